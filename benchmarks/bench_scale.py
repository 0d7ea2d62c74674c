"""How targetx scales: (a) is every stage linear in the size of one row or text, (b) does
``targetx score`` stream, i.e. does its peak memory stay flat as the input grows?

    python benchmarks/bench_scale.py            # shapes grown 200 -> 1600 units; 10 and 100 MB JSONL
    python benchmarks/bench_scale.py --quick    # fewer runs; 2 and 20 MB JSONL (~2 min)
    python benchmarks/bench_scale.py --skip-memory
    python benchmarks/bench_scale.py --skip-linear --mem-sizes 10 100 --jobs 2

(a) Each shape repeats one report-like unit ``base`` and ``8 x base`` times (``--base``) and
times ``extract``, ``score_item`` or ``score_text`` on it (best of a few runs, same process). The
8x time ratio is printed per shape; linear is 8, quadratic 64. A ratio over ``LIMIT`` (12) prints
FAIL and the script exits 1. The units are written the way reports are written (counts with
classifiers, money, rates, 分别 lists, 、 lists, brackets), every copy with other numbers.

(b) A JSONL of each ``--mem-sizes`` (MB) of varied rows (every row's numbers differ, so no cache
hides growth) is scored by ``python -m targetx score in.jsonl -o out.jsonl [--jobs N]`` in a
subprocess; the peak RSS of the whole process tree (workers included: a poller sums the RSS of
the process and its children from /proc) is printed with the ratio largest / smallest. Over
``MEMORY_LIMIT`` (1.10) prints FAIL and exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import corpus_rows  # noqa: E402

LIMIT = 12.0
MEMORY_LIMIT = 1.10
MB = 1 << 20


def _n(i: int, base: int) -> int:
    return base + (i * 37) % 500


# shape name -> (what is timed, unit maker): unit(i) is the i-th repeat
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "prose without punctuation": ("score_text", lambda i: f"新增停车位{_n(i, 300)}个完成投资{_n(i, 2)}亿元"),
    "prose with punctuation": ("score_text", lambda i: f"今年计划新建停车位{_n(i, 300)}个,目前已建成{_n(i, 200)}个。"),
    "many same-kind targets": ("score_item", lambda i: f"新建学校{_n(i, 2)}所,"),
    "分别 list": ("score_item", lambda i: f"{_n(i, 1)}.{i % 10}%、"),
    "targets and actuals": ("score_item", lambda i: f"新增绿地{_n(i, 10)}亩;建成道路{_n(i, 3)}公里;"),
    "items separated by 、": ("score_item", lambda i: f"第{i}社区、"),
    "unbalanced brackets": ("score_item", lambda i: f"(新增就业{_n(i, 100)}人"),
    "extract on one text": ("extract", lambda i: f"完成投资{_n(i, 10)}.{i % 10}亿元,增长{i % 9}.{i % 7}%,"),
}


def _case(shape: str, repeats: int) -> Callable[[], object]:
    from targetx import extract, score_item, score_text

    stage, unit = SHAPES[shape]
    body = "".join(unit(i) for i in range(repeats))
    if stage == "extract":
        return lambda: extract(body)
    if stage == "score_text":
        return lambda: score_text(body)
    if shape == "分别 list":
        task = "".join(f"指标{i}增长{_n(i, 1)}%," for i in range(repeats))
        return lambda: score_item(task, "各项指标分别增长" + body.rstrip("、"))
    if shape == "items separated by 、":
        return lambda: score_item(body + "均新增停车位10个以上", body + "均新增停车位12个")
    if shape == "targets and actuals":
        return lambda: score_item(body, "已" + body)
    return lambda: score_item(body, body)


def best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def linear(base: int, runs: int) -> bool:
    from targetx.pipeline import clear_caches

    ok = True
    for shape in SHAPES:
        small, large = _case(shape, base), _case(shape, 8 * base)
        small()  # warm
        clear_caches()
        t_small = best(small, runs + 3)  # the small case is short: more runs against noise
        t_large = best(large, runs)
        ratio = t_large / max(t_small, 1e-9)
        flag = "ok" if ratio <= LIMIT else "FAIL"
        ok &= ratio <= LIMIT
        print(f"  {shape:<28} {base:>5} -> {8 * base:>5}: {t_small:7.3f} s -> {t_large:7.3f} s | 8x ratio {ratio:5.1f} {flag}",
              flush=True)
    return ok


def varied_rows(megabytes: float) -> list[str]:
    rows, lines, size, i = corpus_rows(), [], 0, 0
    while size < megabytes * MB:
        row = dict(rows[i % len(rows)])
        copy = i // len(rows)
        for key in ("task", "progress"):
            row[key] = "".join(str((int(c) + copy) % 10) if c.isdigit() else c for c in row.get(key) or "")
        row["item"] = i + 1
        line = json.dumps(row, ensure_ascii=False) + "\n"
        lines.append(line)
        size += len(line.encode())
        i += 1
    return lines


def _tree_rss(pid: int) -> int:
    """RSS in bytes of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def peak_rss(args: list[str]) -> tuple[int, float]:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    t0 = time.perf_counter()

    def poll() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)

    poller = threading.Thread(target=poll)
    poller.start()
    proc.wait()
    poller.join()
    return peak, time.perf_counter() - t0


def memory(sizes: list[float], jobs: int) -> bool:
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"in{size}.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(varied_rows(size))
            out = Path(tmp) / "out.jsonl"
            peak, seconds = peak_rss([sys.executable, "-m", "targetx", "score", str(path), "-o", str(out),
                                      "--jobs", str(jobs), "--no-progress"])
            peaks.append(peak)
            print(f"  {size:g} MB input (--jobs {jobs}): peak RSS {peak / MB:.0f} MB, {seconds:.0f} s", flush=True)
    ratio = peaks[-1] / peaks[0]
    flag = "ok" if ratio <= MEMORY_LIMIT else "FAIL"
    print(f"peak RSS {sizes[0]:g} MB input: {peaks[0] / MB:.0f} MB | {sizes[-1]:g} MB input: {peaks[-1] / MB:.0f} MB"
          f" | ratio {ratio:.2f} {flag}")
    return ratio <= MEMORY_LIMIT


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--base", type=int, default=200, help="repeats of the small case")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mem-sizes", type=float, nargs="+", help="MB of JSONL (default 10 100, quick 2 20)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--skip-linear", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args(argv)
    ok = True
    if not args.skip_linear:
        print("linear growth (8x the repeats of each shape):")
        ok &= linear(args.base, 1 if args.quick else args.runs)
    if not args.skip_memory:
        print("streaming memory:")
        ok &= memory(args.mem_sizes or ([2, 20] if args.quick else [10, 100]), args.jobs)
    if not ok:
        print("FAIL: a shape grows faster than linear or memory is not flat", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
