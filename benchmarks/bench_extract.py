"""Throughput of ``targetx.extract``, ``score_report`` and ``score_text`` against ``jieba.lcut`` over
the same text in the same process (a familiar yardstick for Chinese text processing).

    python benchmarks/bench_extract.py [--seconds 1.0] [--rounds 5]

The text is every task and progress cell of both dev sets. ``extract`` and the two ``jieba.lcut``
modes are called once per cell; ``score_report`` scores the rows; ``score_text`` scores the same
cells joined as one prose text. Each tool runs the corpus ``n`` times per timed pass (``n``
calibrated so that a pass takes about ``--seconds``), and the passes are interleaved: every round
runs each tool once, in turn, so that a change in machine load hits all of them alike. The best
pass of each tool over ``--rounds`` rounds counts. Every cache targetx keeps for text it has seen
is cleared before each targetx pass, as new text would find it; jieba's dictionary is loaded
before timing starts.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "corpus" / "longwan-2024-11.items.jsonl", ROOT / "corpus" / "more-reports.items.jsonl"]


def corpus_rows() -> list[dict]:
    rows = []
    for path in CORPUS:
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="duration of one timed pass")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds; each tool's best pass counts")
    args = ap.parse_args(argv)

    import jieba
    from targetx import extract, score_report, score_text
    from targetx.pipeline import clear_caches

    jieba.setLogLevel(60)
    rows = corpus_rows()
    cells = [row.get(k) or "" for row in rows for k in ("task", "progress")]
    prose = "\n".join(cells)
    chars = sum(map(len, cells))

    def per_cell(fn: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for cell in cells:
                fn(cell)
        return run

    def fresh(fn: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            clear_caches()  # every pass pays for its segmentation and subjects, as new text would
            fn()
        return run

    tools: dict[str, Callable[[], object]] = {
        "jieba.lcut": per_cell(jieba.lcut),
        "jieba.lcut(HMM=False)": per_cell(lambda c: jieba.lcut(c, HMM=False)),
        "extract": fresh(per_cell(extract)),
        "score_report": fresh(lambda: score_report(rows)),
        "score_text": fresh(lambda: score_text(prose)),
    }
    for fn in tools.values():  # warm: dictionaries, compiled patterns
        fn()
    repeats = {name: max(1, round(args.seconds / max(timed(fn), 1e-6))) for name, fn in tools.items()}
    best = dict.fromkeys(tools, math.inf)
    for _ in range(args.rounds):
        for name, fn in tools.items():
            n = repeats[name]
            best[name] = min(best[name], timed(lambda: [fn() for _ in range(n)]) / n)

    speed = {name: chars / seconds for name, seconds in best.items()}
    print(f"corpus: {len(rows)} rows, {len(cells)} cells, {chars} chars; best of {args.rounds} interleaved rounds")
    for name in tools:
        print(f"  {name:<22} {speed[name]:>12,.0f} chars/s")
    for name in ("extract", "score_report", "score_text"):
        print(f"{name}/jieba = {speed[name] / speed['jieba.lcut']:.3f} | "
              f"{name}/jieba(HMM=False) = {speed[name] / speed['jieba.lcut(HMM=False)']:.3f}")


if __name__ == "__main__":
    main()
