"""Start-up: a whole new process that imports targetx and scores one row, against the same for
jieba (import plus one ``lcut``) and against an empty interpreter.

    python benchmarks/bench_startup.py [--runs 11]

Each command runs ``--runs`` times in turn (interleaved, so machine load hits all alike) after one
untimed run each, which fills the on-disk caches (jieba's dictionary cache, targetx's unit factors)
as any earlier use on the machine would. Prints the median wall time of each and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": "pass",
    "import jieba; jieba.lcut": "import jieba; jieba.setLogLevel(60); jieba.lcut('新增停车位500个')",
    "import targetx; score_item": "import targetx; targetx.score_item('新增停车位500个', '已建成停车位612个')",
}


def wall(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args(argv)
    for code in COMMANDS.values():
        wall(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, code in COMMANDS.items():
            times[name].append(wall(code))
    median = {name: statistics.median(t) for name, t in times.items()}
    for name, m in median.items():
        print(f"  {name:<28} median {m:.3f} s")
    ours, jieba, empty = median["import targetx; score_item"], median["import jieba; jieba.lcut"], median["python -c pass"]
    print(f"startup: targetx import + first score {ours:.3f} s | vs jieba import + lcut = {ours / jieba:.3f} | "
          f"vs python -c pass = {ours / empty:.2f}")


if __name__ == "__main__":
    main()
