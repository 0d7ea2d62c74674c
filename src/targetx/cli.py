"""Command line: ``targetx score | eval | render``.

Exit status: 0 everything scored, 1 some rows or files failed (error records written), 2 usage
error (bad arguments, unreadable rules file, unwritable output).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .records import RECORD_COLUMNS
from .types import ItemScore, Row, RowError

BUNDLED_CORPUS = Path("corpus/longwan-2024-11.page.txt")
BATCH = 64  # rows handed to a worker process at a time
PARALLEL_BYTES = 1_000_000  # --jobs 0 starts a pool from this much input (benchmarks/bench_jobs.py)
MAX_AUTO_JOBS = 8


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``targetx`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    previous = _on_sigterm()
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("targetx: interrupted; no partial output was written", file=sys.stderr)
        return 130
    except Terminated:
        print("targetx: terminated; no partial output was written", file=sys.stderr)
        return 143
    except UsageError as exc:
        print(f"targetx: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (targetx score | head): stop quietly, as other Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C, so temp files go and workers stop."""


def _on_sigterm() -> Any:
    """Turn SIGTERM into ``Terminated`` while the command runs (main thread only); returns the
    handler it replaced, or None."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def terminate(signum: int, frame: Any) -> None:
        raise Terminated()

    return signal.signal(signal.SIGTERM, terminate)


def _columns(args: argparse.Namespace) -> Any:
    """``--columns`` checked before any file is read."""
    from .io import parse_columns

    try:
        return parse_columns(getattr(args, "columns", None))
    except ValueError as exc:
        raise UsageError(f"--columns: {exc}") from None


class UsageError(Exception):
    """Bad arguments or an unusable rules/output file (exit status 2)."""


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="targetx",
        description="Pair the targets of Chinese government work reports with their reported results.",
        epilog="Exit status: 0 all rows scored; 1 some rows or files failed (see error records); 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"targetx {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    score = sub.add_parser("score", help="score progress tables (page text, HTML, DOCX, XLSX, CSV, JSONL)",
                           epilog="Exit status: 0 all rows scored; 1 some rows failed; 2 usage error.")
    score.add_argument("inputs", nargs="*", metavar="INPUT",
                       help=f"files or folders ('-' = JSONL on stdin); default: {BUNDLED_CORPUS}")
    score.add_argument("-o", "--output", help="write one record per target here (.csv, .jsonl, .parquet; '-' = stdout)")
    score.add_argument("--format", choices=["csv", "jsonl", "xlsx", "parquet"], help="output format (default: from -o)")
    score.add_argument("--jobs", type=int, default=0,
                       help="worker processes; 0 (the default) = one process for small input, one per core for large")
    score.add_argument("--rules", help="a rules file (TOML) extending the bundled rules")
    score.add_argument("--columns", help="which header names which column: task=…,progress=…,owners=… "
                                         "(or indicator=…,unit=…,target=…,actual=…,rate=… for an indicator table)")
    score.add_argument("--prose", action="store_true",
                       help="inputs are running prose (a 政府工作报告), not tables: each file is one text")
    score.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    score.set_defaults(run=run_score)

    ev = sub.add_parser("eval", help="score targetx against gold annotations")
    ev.add_argument("gold", nargs="+", help="gold JSONL file(s) in the corpus/SCHEMA.md format")
    ev.add_argument("--json", action="store_true", help="print one JSON object per gold file")
    ev.add_argument("--show", type=int, default=20, help="misses and false hits to list (default 20)")
    ev.add_argument("--text", action="store_true",
                    help="score every gold row as running prose with score_text (rows that name a "
                         "text_file are scored so anyway)")
    ev.add_argument("--rules", help="a rules file (TOML) extending the bundled rules")
    ev.add_argument("--by", metavar="FIELD", help="also print targets and pairs F1 per value of a gold field "
                                                  "(--by phenomenon: per class of the phenomena set)")
    ev.set_defaults(run=run_eval)

    render = sub.add_parser("render", help="write a self-contained HTML report")
    render.add_argument("inputs", nargs="*", metavar="INPUT")
    render.add_argument("-o", "--output", default="report.html")
    render.add_argument("--rules", help="a rules file (TOML) extending the bundled rules")
    render.add_argument("--columns", help="which header names which column, as for score")
    render.add_argument("--prose", action="store_true",
                        help="inputs are running prose, not tables (a text file with no table header "
                             "is read as prose anyway)")
    render.add_argument("--title", help="the report's name (default: its documents' names)")
    render.set_defaults(run=run_render)

    tr = sub.add_parser("track", help="follow each target through a series of reports (oldest first)")
    tr.add_argument("inputs", nargs="+", metavar="REPORT", help="one file per report, oldest first")
    tr.add_argument("-o", "--output", help="write here: .html (small multiples), .csv or .jsonl (one record "
                                           "per target and report); default: print a table")
    tr.add_argument("--rules", help="a rules file (TOML) extending the bundled rules")
    tr.add_argument("--title", help="the series' name in the HTML page")
    tr.set_defaults(run=run_track)
    return parser


def load_rules(path: str | None) -> Any:
    """The bundled rules, or the bundled rules extended by a user's file."""
    from .rules import Rules, RulesError

    if not path:
        return None
    try:
        return Rules.default().with_file(path)
    except RulesError as exc:
        raise UsageError(str(exc)) from exc


# ---------------------------------------------------------------------------------------------
# score


def iter_rows(inputs: Iterable[str], exclude: Iterable[str] = (), columns: Any = None) -> Iterator[Row | RowError]:
    """Rows of every input (folders expanded, ``exclude`` skipped), in order; unreadable files
    become RowErrors."""
    from .io import iter_input_paths, read_rows

    for path in iter_input_paths(inputs, exclude):
        yield from read_rows(path, columns=columns)


def iter_prose(inputs: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[Row | RowError]:
    """Each input file as one row of running prose (its whole text in ``task``)."""
    from .io import InputError, iter_input_paths, read_text

    for path in iter_input_paths(inputs, exclude):
        try:
            text = sys.stdin.read() if str(path) == "-" else read_text(path)
        except (InputError, OSError) as exc:
            yield RowError(str(path), None, str(getattr(exc, "reason", exc)), doc=path.name.split(".")[0])
            continue
        yield Row(task=text, doc=path.name.split(".")[0], item=1, source=str(path))


def score_rows(rows: Iterable[Row | RowError], rules: Any = None, jobs: int = 1, prose: bool = False,
               records: bool = False) -> Iterator[Any]:
    """Score rows lazily, in input order; with ``jobs > 1`` in a process pool, batch by batch.

    Yields an ItemScore or RowError per row; with ``records`` the ItemScore comes as its list of
    output records, which is what a worker sends back (a tenth of the pickled size)."""
    if jobs <= 1:
        for row in rows:
            yield from _score_batch([row], rules, prose, records)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        pending = []
        for batch in _batches(rows, BATCH):
            pending.append(pool.submit(_score_batch, batch, rules, prose, records))
            if len(pending) >= 2 * jobs:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
    except BaseException:  # interrupted or terminated: stop the workers now, not after their batches
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _worker_init() -> None:
    """In each worker: die with the parent (Linux: PR_SET_PDEATHSIG), leave Ctrl-C to it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
            if os.getppid() == 1:  # the parent died before prctl took effect
                os._exit(1)


def auto_jobs(inputs: Iterable[str]) -> int:
    """Worker processes for ``--jobs 0``: one process until the input is large enough for a pool
    to pay for its start-up (``PARALLEL_BYTES``), then one per core (at most ``MAX_AUTO_JOBS``)."""
    from .io import iter_input_paths

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2:
        return 1
    size = 0
    for path in iter_input_paths(inputs):
        if str(path) == "-":
            return 1  # stdin: its size is unknown, and one process is never slower
        with contextlib.suppress(OSError):
            size += path.stat().st_size
        if size >= PARALLEL_BYTES:
            return min(cores, MAX_AUTO_JOBS)
    return 1


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _score_batch(batch: list[Row | RowError], rules: Any, prose: bool = False, records: bool = False
                 ) -> list[Any]:
    """Score a batch in order; a failing row becomes its RowError in place (with ``records``, a
    scored row becomes its list of output records)."""
    from .pipeline import score_report
    from .records import row_records

    out: list[Any] = []
    for row in batch:
        if prose and isinstance(row, Row):
            result: Any = _score_prose(row, rules)
        else:
            report = score_report([row], rules)
            result = (report.items or report.errors)[0]
        out.append(row_records(result, rules) if records and isinstance(result, ItemScore) else result)
    return out


def _score_prose(row: Row, rules: Any) -> ItemScore | RowError:
    import dataclasses

    from .freetext import score_text

    try:
        item = score_text(row.task, rules)
    except Exception as exc:  # noqa: BLE001 - one bad file never sinks a batch
        return RowError(row.source, None, f"{type(exc).__name__}: {exc}", doc=row.doc, item=row.item)
    return dataclasses.replace(item, doc=row.doc, item=row.item)


def records_of(results: Iterable[ItemScore | RowError], summary: dict[str, Any],
               rules: Any = None) -> Iterator[dict[str, Any]]:
    """Output records (one per target, one per row without a numeric target, one per error),
    updating ``summary`` as they pass."""
    from .records import error_record, row_records

    for result in results:
        if isinstance(result, RowError):
            summary["errors"] += 1
            print(f"targetx: error: {result}", file=sys.stderr)
            yield error_record(result.doc, result.item, result.reason, result.source, result.line)
            continue
        summary["rows"] += 1
        for record in (result if isinstance(result, list) else row_records(result, rules)):
            record = {column: record.get(column) for column in RECORD_COLUMNS}  # one layout always
            if record["status"] == "no numeric target":
                yield record
                continue
            summary["targets"] += 1
            if record["status"] in ("met", "not met"):
                summary["paired"] += 1
                summary["met"] += record["status"] == "met"
            if record["ratio"] is not None:
                summary["ratios"].append(record["ratio"])
            yield record


def _progress(rows: Iterable[Any], enabled: bool) -> Iterable[Any]:
    if not enabled or not sys.stderr.isatty():
        return rows
    try:
        from tqdm import tqdm
    except ImportError:
        return rows
    return tqdm(rows, desc="scoring", unit="row", file=sys.stderr)


def run_score(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules)
    inputs = args.inputs or [str(BUNDLED_CORPUS)]
    if not args.inputs and not BUNDLED_CORPUS.exists():
        raise UsageError(f"no INPUT given and the bundled corpus {BUNDLED_CORPUS} is not here; "
                         "run from the repository root or name input files")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (auto) or more")
    jobs = args.jobs or auto_jobs(inputs)
    summary: dict[str, Any] = {"rows": 0, "errors": 0, "targets": 0, "paired": 0, "met": 0,
                               "ratios": array("d")}  # 8 bytes a ratio: a long stream stays small
    many = len(inputs) > 1 or any(Path(i).is_dir() for i in inputs)
    outputs = [args.output] if args.output else []
    columns = _columns(args)
    rows = _progress(iter_prose(inputs, exclude=outputs) if args.prose else iter_rows(inputs, outputs, columns), enabled=not args.no_progress and (many or args.output is not None))
    records = records_of(score_rows(rows, rules, jobs, args.prose, records=True), summary, rules)
    if args.output:
        from .io import InputError, write_records

        try:
            write_records(records, args.output, args.format, inputs=inputs, columns=RECORD_COLUMNS)
        except InputError as exc:
            raise UsageError(str(exc)) from exc
        _print_summary(summary, sys.stderr)
    else:
        _print_table(list(records), sys.stdout)
        _print_summary(summary, sys.stdout)
    return 1 if summary["errors"] else 0


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def _print_table(records: list[dict[str, Any]], out: Any) -> None:
    out.write(f"{_pad('doc', 18)} {_pad('item', 4, True)}  {_pad('target', 14)} {_pad('actual', 22)} "
              f"{_pad('ratio', 7, True)}  met  metric\n")
    for r in records:
        if r.get("error"):
            out.write(f"{_pad(str(r['doc']), 18)} {_pad(str(r['item']), 4, True)}  ERROR: {r['error']}\n")
            continue
        if r["status"] == "no numeric target":
            continue  # the table lists targets; the summary counts every row
        ratio = f"{r['ratio']:.3f}" if r["ratio"] is not None else "-"
        met = {True: "yes", False: "no", None: "-"}[r["met"]]
        out.write(f"{_pad(str(r['doc']), 18)} {_pad(str(r['item']), 4, True)}  {_pad(r['target'], 14)} "
                  f"{_pad(r['actual'] or '-', 22)} {_pad(ratio, 7, True)}  {_pad(met, 4)} {r['metric']}\n")


def median(values: array) -> float:
    """The median of ``values`` as ``statistics.median`` gives it, found by selection in the
    array itself (reordered): a sorted copy would hold a float object (32 bytes) per value, and
    at the end of a long stream that is the peak of its memory."""
    if not values:
        raise ValueError("no median of no values")
    k = len(values) // 2
    lo, hi = 0, len(values) - 1
    while lo < hi:  # Hoare's selection: values[:k] <= values[k] <= values[k + 1:] when it ends
        pivot = sorted((values[lo], values[(lo + hi) // 2], values[hi]))[1]
        i, j = lo, hi
        while i <= j:
            while values[i] < pivot:
                i += 1
            while values[j] > pivot:
                j -= 1
            if i <= j:
                values[i], values[j] = values[j], values[i]
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            break
    if len(values) % 2:
        return values[k]
    return (max(values[:k]) + values[k]) / 2


def _print_summary(summary: dict[str, Any], out: Any) -> None:
    ratios = summary["ratios"]
    median_ratio = f"{median(ratios):.3f}" if ratios else "-"
    out.write(
        f"\nrows {summary['rows']}  errors {summary['errors']}  targets {summary['targets']}  "
        f"paired {summary['paired']}  met {summary['met']}  median ratio {median_ratio}\n"
    )


# ---------------------------------------------------------------------------------------------
# eval and render


def run_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_rows, load_gold, score_as_prose

    rules = load_rules(args.rules)
    status = 0
    for gold in args.gold:
        try:
            rows = load_gold(gold)
        except (OSError, ValueError) as exc:
            print(f"targetx: {exc}", file=sys.stderr)
            status = 2
            continue
        ev = evaluate_rows(rows, rules, score_as_prose if args.text else None)
        if args.json:
            print(json.dumps({"gold": gold, **ev.to_json()}, ensure_ascii=False))
            continue
        print(f"== {gold} ({len(rows)} rows)")
        print(f"{'':<18}{'precision':>10}{'recall':>10}{'f1':>8}{'tp':>6}{'pred':>6}{'gold':>6}")
        for name, tally in (("mentions", ev.mentions), ("  task column", ev.task_mentions),
                            ("  progress column", ev.progress_mentions), ("targets", ev.targets),
                            ("pairs", ev.pairs)):
            print(f"{name:<18}{tally.precision:>10.4f}{tally.recall:>10.4f}{tally.f1:>8.4f}"
                  f"{tally.tp:>6}{tally.predicted:>6}{tally.gold:>6}")
        extra = ev.to_json().get("ratio_accuracy")
        if extra:
            print(f"ratio accuracy: {extra['within_0.5pct']:.4f} of "
                  f"{extra['pairs_with_matched_target_and_actuals']} matched pairs within 0.5%")
        if args.by:
            _print_groups(rows, args.by, rules, score_as_prose if args.text else None)
        for label, tally in (("mentions", ev.mentions), ("targets", ev.targets), ("pairs", ev.pairs)):
            for kind, entries in (("miss", tally.misses), ("false", tally.false_hits)):
                for (doc, item), _, text in entries[: args.show]:
                    print(f"  {label:<8} {kind:<5} {doc} #{item}: {text}")
    return status


def _print_groups(rows: list[dict[str, Any]], field: str, rules: Any, scorer: Any) -> None:
    """Targets and pairs F1 per value of a gold field (``--by phenomenon``: per class)."""
    from .evaluate import evaluate_rows

    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(row.get(field, "")), []).append(row)
    print(f"by {field}:{'':<27}{'targets f1':>11}{'pairs f1':>10}{'pairs tp/gold':>15}")
    for value, group in sorted(groups.items(), key=lambda kv: _natural(kv[0])):
        ev = evaluate_rows(group, rules, scorer)
        print(f"  {value[:36]:<36}{ev.targets.f1:>11.4f}{ev.pairs.f1:>10.4f}{ev.pairs.tp:>9}/{ev.pairs.gold}")


def _natural(text: str) -> tuple[int, str]:
    head = text.split(" ", 1)[0]
    return (int(head), text) if head.isdigit() else (1 << 30, text)


NO_HEADER = "no header row"  # the start of io's reason for a text file that holds no table


def iter_rows_or_prose(inputs: Iterable[str], exclude: Iterable[str] = (), prose: bool = False,
                       columns: Any = None) -> Iterator[tuple[Row | RowError, bool]]:
    """(row, is prose) of every input: tables row by row; a file read as prose (``prose``, or a
    ``.txt`` file with no table header) as one row."""
    from .io import iter_input_paths, read_rows

    for path in iter_input_paths(inputs, exclude):
        if prose:
            yield from ((row, True) for row in iter_prose([str(path)]))
            continue
        rows = list(read_rows(path, columns=columns))
        if path.suffix.lower() == ".txt" and len(rows) == 1 and isinstance(rows[0], RowError) \
                and rows[0].line is None and rows[0].reason.startswith(NO_HEADER):
            yield from ((row, True) for row in iter_prose([str(path)]))
            continue
        yield from ((row, False) for row in rows)


def run_render(args: argparse.Namespace) -> int:
    from .render import render_html

    rules = load_rules(args.rules)
    inputs = args.inputs or [str(BUNDLED_CORPUS)]
    columns = _columns(args)
    results = [result for row, prose in iter_rows_or_prose(inputs, exclude=[args.output], prose=args.prose,
                                                           columns=columns)
               for result in _score_batch([row], rules, prose)]
    from .io import InputError

    try:
        line = render_html(results, args.output, inputs=inputs, title=args.title)
    except InputError as exc:
        raise UsageError(str(exc)) from exc
    for result in results:
        if isinstance(result, RowError):
            print(f"targetx: error: {result}", file=sys.stderr)
    errors = sum(isinstance(r, RowError) for r in results)
    print(line, file=sys.stderr if args.output == "-" else sys.stdout)
    print(f"targetx: wrote {args.output} ({len(results) - errors} rows, {errors} errors)", file=sys.stderr)
    return 1 if errors else 0


def run_track(args: argparse.Namespace) -> int:
    from .io import InputError, write_records
    from .render import render_track_html
    from .tracking import track

    rules = load_rules(args.rules)
    reports, errors = [], 0
    for path in args.inputs:
        results = [result for row, prose in iter_rows_or_prose([path], exclude=[args.output or ""])
                   for result in _score_batch([row], rules, prose)]
        for result in results:
            if isinstance(result, RowError):
                errors += 1
                print(f"targetx: error: {result}", file=sys.stderr)
        reports.append([r for r in results if isinstance(r, ItemScore)] or [])
    series = track(reports, rules)
    if args.output:
        try:
            if args.output.lower().endswith((".html", ".htm")):
                render_track_html(series, args.output, inputs=args.inputs, title=args.title)
            else:
                write_records(series.to_records(), args.output, inputs=args.inputs)
        except InputError as exc:
            raise UsageError(str(exc)) from exc
        print(series.headline())
        print(f"targetx: wrote {args.output} ({len(series.trajectories)} targets)", file=sys.stderr)
    else:
        out = sys.stdout
        out.write(f"{'target':<14} {'ratios':<32} {'flags':<30} metric\n")
        for t in series.trajectories:
            ratios = " → ".join("-" if r is None else f"{r:.2f}" for r in t.ratios)
            out.write(f"{_pad(t.target, 14)} {_pad(ratios, 32)} {_pad('; '.join(t.flags) or '-', 30)} {t.metric}\n")
        out.write(f"\n{series.headline()}\n")
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
