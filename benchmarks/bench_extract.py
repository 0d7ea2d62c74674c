"""Throughput of ``targetx.extract`` and of the full ``score_report`` pipeline, measured against
``jieba.lcut`` over the same text in the same process (a familiar yardstick for "how slow is this
for Chinese text processing").

    python benchmarks/bench_extract.py [--seconds 1.5] [--repeat 3]

The text is every task and progress cell of the dev corpus. Each tool is called once per cell (the
way the pipeline calls ``extract``), over the corpus repeated until one pass takes about
``--seconds``; the best of ``--repeat`` passes is reported. Both tools are warmed first, so jieba's
dictionary load is not timed.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "corpus" / "longwan-2024-11.items.jsonl", ROOT / "corpus" / "more-reports.items.jsonl"]


def corpus_rows() -> list[dict]:
    rows = []
    for path in CORPUS:
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows


def best_of(fn, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def calibrate(fn, seconds: float) -> int:
    """How many corpus passes make one timed run take about ``seconds``."""
    t0 = time.perf_counter()
    fn()
    once = time.perf_counter() - t0
    return max(1, round(seconds / max(once, 1e-6)))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=1.5, help="target duration of one timed run")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per tool; the best counts")
    args = ap.parse_args(argv)

    import jieba
    from targetx import extract, score_report
    from targetx.pipeline import clear_caches

    jieba.setLogLevel(60)
    rows = corpus_rows()
    cells = [row.get(k) or "" for row in rows for k in ("task", "progress")]
    chars = sum(map(len, cells))

    def run_extract(n: int) -> None:
        for _ in range(n):
            for cell in cells:
                extract(cell)

    def run_jieba(n: int) -> None:
        for _ in range(n):
            for cell in cells:
                jieba.lcut(cell)

    def run_score(n: int) -> None:
        for _ in range(n):
            clear_caches()  # every pass pays for its metric segmentation, as new text would
            score_report(rows)

    jieba.lcut("预热结巴分词词典")  # dictionary load, not timed
    extract("预热5万元")
    score_report(rows[:2])

    print(f"corpus: {len(rows)} rows, {len(cells)} cells, {chars} chars; best of {args.repeat}")
    results = {}
    for name, fn in (("extract", run_extract), ("jieba.lcut", run_jieba), ("score_report", run_score)):
        n = calibrate(lambda: fn(1), args.seconds)
        seconds = best_of(lambda: fn(n), args.repeat)
        results[name] = chars * n / seconds
        print(f"  {name:<13} {n:>4} passes  {seconds:.3f} s", flush=True)
    e, j, s = results["extract"], results["jieba.lcut"], results["score_report"]
    print(f"extract: {e:,.0f} chars/s | jieba.lcut: {j:,.0f} chars/s | ratio extract/jieba = {e / j:.3f}")
    print(f"score_report: {s:,.0f} chars/s | jieba.lcut: {j:,.0f} chars/s | ratio score_report/jieba = {s / j:.3f}")


if __name__ == "__main__":
    main()
