"""How targetx scales: (a) is ``extract`` linear in the size of its input, (b) does ``targetx score``
stream, i.e. does its peak memory stay flat as the input grows?

    python benchmarks/bench_scale.py                 # 1, 2, 4, 8, 16 MB; 10 and 100 MB JSONL
    python benchmarks/bench_scale.py --quick         # 0.25, 0.5, 1 MB; 1 and 5 MB JSONL
    python benchmarks/bench_scale.py --sizes 1 4 --mem-sizes 5 50 --jobs 2

(a) Synthetic report text is built by repeating the corpus' real progress sentences up to each size
(MB of UTF-8). ``extract`` is timed two ways: ``whole`` = one call on the whole text (what a caller
handing it a long document does), ``lines`` = one call per line (what ``score`` does, row by row).
The ratio of s/MB at the largest vs the smallest size is ~1 for linear growth, ~size ratio for
quadratic growth. A call that raises (e.g. the regex ``TimeoutError``) is reported, not hidden.

(b) A JSONL of each size is written to a temp dir from the corpus rows with fresh item numbers and
scored by ``python -m targetx.cli score in.jsonl -o out.jsonl`` in a subprocess; its peak RSS is
read with ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a fresh wrapper process per run, so
each run's figure is its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "corpus" / "longwan-2024-11.items.jsonl", ROOT / "corpus" / "more-reports.items.jsonl"]
MB = 1 << 20

_RSS_WRAPPER = """
import resource, subprocess, sys
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)
"""


def corpus_rows() -> list[dict]:
    rows = []
    for path in CORPUS:
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows


def synthetic_text(megabytes: float, rows: list[dict]) -> str:
    """Progress sentences, one per line, repeated until the text is ``megabytes`` of UTF-8."""
    unit = "\n".join(r["progress"] for r in rows if r.get("progress")) + "\n"
    per = len(unit.encode())
    text = unit * max(1, round(megabytes * MB / per))
    return text


def time_extract(text: str, mode: str) -> tuple[float, str | None]:
    from targetx import extract

    t0 = time.perf_counter()
    try:
        if mode == "whole":
            extract(text)
        else:
            for line in text.splitlines():
                extract(line)
    except Exception as exc:  # noqa: BLE001 - report it, carry on with the next size
        return time.perf_counter() - t0, f"{type(exc).__name__}: {exc}"
    return time.perf_counter() - t0, None


def linear(sizes: list[float], modes: list[str], rows: list[dict]) -> None:
    from targetx import extract

    extract("预热5万元")
    for mode in modes:
        per_mb: dict[float, float] = {}
        for size in sizes:
            text = synthetic_text(size, rows)
            real = len(text.encode()) / MB
            seconds, error = time_extract(text, mode)
            if error:
                print(f"extract[{mode}] {real:6.2f} MB: FAILED after {seconds:.2f} s ({error})", flush=True)
                continue
            per_mb[size] = seconds / real
            print(f"extract[{mode}] {real:6.2f} MB: {seconds:8.3f} s  {per_mb[size]:.3f} s/MB", flush=True)
        lo, hi = min(sizes), max(sizes)
        if lo in per_mb and hi in per_mb:
            print(f"extract[{mode}] s/MB at {hi:g} MB vs {lo:g} MB: ratio {per_mb[hi] / per_mb[lo]:.2f} (1 = linear)")
        else:
            print(f"extract[{mode}] s/MB ratio {hi:g} MB vs {lo:g} MB: n/a (a size failed)")


def write_jsonl(path: Path, megabytes: float, rows: list[dict]) -> int:
    target, written, n = megabytes * MB, 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target:
            for row in rows:
                n += 1
                line = json.dumps({**row, "doc": "synthetic", "item": n}, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode())
                if written >= target:
                    break
    return n


def peak_rss(in_path: Path, out_path: Path, jobs: int) -> tuple[float, int, float]:
    """(peak RSS in MB, exit status, seconds) of one ``targetx score`` run."""
    cmd = [sys.executable, "-c", _RSS_WRAPPER, sys.executable, "-m", "targetx.cli", "score", str(in_path),
           "-o", str(out_path), "--no-progress", "--jobs", str(jobs)]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    kb = int(out[0]) * (1 if sys.platform != "darwin" else 1 / 1024)  # macOS reports bytes
    return kb / 1024, int(out[1]), time.perf_counter() - t0


def memory(sizes: list[float], rows: list[dict], jobs: int) -> None:
    peaks = []
    with tempfile.TemporaryDirectory(prefix="targetx-bench-") as tmp:
        for size in sizes:
            src = Path(tmp) / f"in-{size:g}MB.jsonl"
            n = write_jsonl(src, size, rows)
            rss, status, seconds = peak_rss(src, Path(tmp) / "out.jsonl", jobs)
            peaks.append(rss)
            print(f"score {size:g} MB JSONL ({n} rows, --jobs {jobs}): peak RSS {rss:.1f} MB, "
                  f"exit {status}, {seconds:.1f} s", flush=True)
            src.unlink()
    if len(sizes) >= 2:
        print(f"peak RSS {sizes[0]:g} MB input: {peaks[0]:.1f} MB | {sizes[-1]:g} MB input: {peaks[-1]:.1f} MB"
              f" | ratio {peaks[-1] / peaks[0]:.2f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: 0.25 0.5 1 MB text, 1 and 5 MB JSONL")
    ap.add_argument("--sizes", type=float, nargs="+", help="text sizes in MB for extract (default 1 2 4 8 16)")
    ap.add_argument("--modes", nargs="+", choices=["whole", "lines"], default=["whole", "lines"],
                    help="extract on the whole text in one call and/or line by line (default both)")
    ap.add_argument("--mem-sizes", type=float, nargs="+", help="JSONL sizes in MB for peak RSS (default 10 100)")
    ap.add_argument("--jobs", type=int, default=1, help="--jobs for the targetx score runs (default 1)")
    ap.add_argument("--skip-linear", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args(argv)
    sizes = args.sizes or ([0.25, 0.5, 1] if args.quick else [1, 2, 4, 8, 16])
    mem_sizes = args.mem_sizes or ([1, 5] if args.quick else [10, 100])

    rows = corpus_rows()
    if not args.skip_linear:
        linear(sorted(sizes), args.modes, rows)
    if not args.skip_memory:
        memory(sorted(mem_sizes), rows, args.jobs)


if __name__ == "__main__":
    main()
