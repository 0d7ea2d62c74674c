"""Where a worker pool pays: ``targetx score`` with ``--jobs 1``, ``--jobs 2`` and the default
``--jobs 0`` (auto) on inputs of growing size, as whole processes (start-up included).

    python benchmarks/bench_jobs.py [--rows 200 1000 3000 8000] [--runs 3]

The rows are the dev corpus rows with their numbers varied per copy (so no cache hides work),
written as JSONL to a temp folder. Each command runs ``--runs`` times, interleaved; the median wall
time counts. Prints per size the seconds and ``jobs2/jobs1`` and ``auto/jobs1``: below 1 a pool
wins. ``cli.PARALLEL_BYTES`` (where auto starts a pool) should sit where jobs2/jobs1 drops below 1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import corpus_rows  # noqa: E402


def varied_rows(n: int) -> list[dict]:
    base = corpus_rows()
    out = []
    for i in range(n):
        row = dict(base[i % len(base)])
        copy = i // len(base)
        for key in ("task", "progress"):
            row[key] = "".join(str((int(c) + copy) % 10) if c.isdigit() else c for c in row.get(key) or "")
        row["item"] = i + 1
        out.append(row)
    return out


def wall(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "targetx", "score", *args, "--no-progress"], check=True,
                   capture_output=True)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[200, 1000, 3000, 8000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            rows = Path(tmp) / f"rows{n}.jsonl"
            rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in varied_rows(n)), "utf-8")
            out = str(Path(tmp) / "out.jsonl")
            times: dict[str, list[float]] = {"1": [], "2": [], "0": []}
            for _ in range(args.runs):
                for jobs in times:
                    times[jobs].append(wall([str(rows), "-o", out, "--jobs", jobs]))
            m = {jobs: statistics.median(t) for jobs, t in times.items()}
            size = rows.stat().st_size / 1e6
            print(f"{n:>6} rows ({size:.2f} MB): jobs1 {m['1']:.2f} s | jobs2 {m['2']:.2f} s | auto {m['0']:.2f} s"
                  f" | jobs2/jobs1 = {m['2'] / m['1']:.2f} | auto/jobs1 = {m['0'] / m['1']:.2f}", flush=True)


if __name__ == "__main__":
    main()
