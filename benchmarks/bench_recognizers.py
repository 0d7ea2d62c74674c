"""targetx.extract against Microsoft Recognizers-Text (Chinese culture) on the same text, in one
process. Optional: skipped with a message when the package is not installed.

    pip install recognizers-text-suite "emoji<1.0" && python benchmarks/bench_recognizers.py [--rounds 3]

(Recognizers-Text 1.0.2a2 imports ``emoji.UNICODE_EMOJI``, which emoji 1.0 removed.)

Recognizers-Text's four models that find what targetx finds (numbers, percentages, dimensions,
currencies) each run once per cell of both dev sets; so does ``targetx.extract``. Passes are
interleaved and the best of ``--rounds`` counts. Prints chars/s of each and the ratio.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import corpus_rows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    try:
        from recognizers_number import Culture, recognize_number, recognize_percentage
        from recognizers_number_with_unit import recognize_currency, recognize_dimension
    except ImportError:
        print("skipped: Recognizers-Text is not installed (pip install recognizers-text-suite \"emoji<1.0\")")
        return 0
    from targetx import extract
    from targetx.pipeline import clear_caches

    cells = [row.get(k) or "" for row in corpus_rows() for k in ("task", "progress")]
    chars = sum(map(len, cells))
    culture = Culture.Chinese
    models = (recognize_number, recognize_percentage, recognize_dimension, recognize_currency)

    def recognizers() -> None:
        for cell in cells:
            for model in models:
                model(cell, culture)

    def targetx() -> None:
        clear_caches()
        for cell in cells:
            extract(cell)

    recognizers()
    targetx()
    best = {"recognizers": math.inf, "targetx.extract": math.inf}
    for _ in range(args.rounds):
        for name, fn in (("recognizers", recognizers), ("targetx.extract", targetx)):
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    for name, seconds in best.items():
        print(f"  {name:<16} {chars / seconds:>12,.0f} chars/s")
    print(f"targetx.extract/recognizers = {best['recognizers'] / best['targetx.extract']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
