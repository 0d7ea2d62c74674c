"""Prose at two sizes: ``score_text`` over 100 KB and over 1 MB of the dev cells joined as running
text (every copy with its digits shifted, so that no cache sees a copy twice), and the ratio of
the two times (linear is 10).

    python benchmarks/bench_prose.py [--small-kb 100] [--factor 10]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "corpus" / "longwan-2024-11.items.jsonl", ROOT / "corpus" / "more-reports.items.jsonl"]
SHIFT = str.maketrans("0123456789", "1234567890")


def prose(chars: int) -> str:
    """The dev cells as one text of about ``chars`` characters, each copy's digits shifted once more."""
    cells = [json.loads(line).get(k) or "" for path in CORPUS
             for line in path.read_text("utf-8").splitlines() if line.strip() for k in ("task", "progress")]
    base = "\n".join(cells)
    out, copy, size = [], base, 0
    while size < chars:
        out.append(copy)
        size += len(copy) + 1
        copy = copy.translate(SHIFT)
    return "\n".join(out)[:chars]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small-kb", type=int, default=100, help="size of the small text, in thousands of characters")
    ap.add_argument("--factor", type=int, default=10, help="the large text is this many times the small one")
    args = ap.parse_args(argv)
    from targetx import score_text
    from targetx.pipeline import clear_caches

    small, large = prose(args.small_kb * 1000), prose(args.small_kb * 1000 * args.factor)
    score_text(prose(2000))  # warm: dictionaries, compiled patterns
    times = []
    for text in (small, large):
        clear_caches()
        t0 = time.perf_counter()
        score_text(text)
        times.append(time.perf_counter() - t0)
    ratio = times[1] / times[0]
    bound = 1.2 * args.factor
    print(f"score_text {len(small):,} chars: {times[0]:.2f} s | {len(large):,} chars: {times[1]:.2f} s | "
          f"{args.factor}x ratio {ratio:.2f} {'ok' if ratio <= bound else 'FAIL'} (linear {args.factor}, bound {bound:g})")
    if ratio > bound:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
