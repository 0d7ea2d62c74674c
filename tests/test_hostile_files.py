"""File-level failures that once sank a whole batch or lost data: each run goes on with an error
or a clear refusal, every input stays byte-identical, and what is written is strict JSON."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from targetx.cli import main
from targetx.io import InputError, write_records

ROW = {"doc": "d", "item": 1, "task": "新增停车位500个", "progress": "已建成停车位612个"}


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _strict(line: str) -> dict:
    def refuse(name: str) -> None:
        raise ValueError(f"non-standard JSON constant {name}")
    return json.loads(line, parse_constant=refuse)


def test_a_zero_target_writes_strict_json_that_says_met_or_not(tmp_path):
    rows = _jsonl(tmp_path / "in.jsonl", [
        {**ROW, "item": 1, "task": "实现安全生产事故0起", "progress": "全年发生安全生产事故0起"},
        {**ROW, "item": 2, "task": "实现安全生产事故0起", "progress": "全年发生安全生产事故2起"},
    ])
    out = tmp_path / "out.jsonl"
    assert main(["score", str(rows), "-o", str(out), "--no-progress"]) == 0
    records = [_strict(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["item"], r["ratio"], r["met"]) for r in records] == [(1, None, True), (2, None, False)]


def test_writers_refuse_non_finite_numbers_and_leave_no_file(tmp_path):
    for name in ("out.jsonl", "out.csv"):
        with pytest.raises(ValueError):
            write_records([{"ratio": 1.0}, {"ratio": float("inf")}], tmp_path / name)
        assert not (tmp_path / name).exists()
    assert os.listdir(tmp_path) == []  # no temp file either


def test_a_lone_surrogate_in_a_field_is_written_as_a_replacement_character(tmp_path):
    rows = tmp_path / "in.jsonl"
    rows.write_text('{"doc": "a\\ud800b", "item": 1, "task": "新增停车位500个", "progress": "已建成停车位612个"}\n'
                    + json.dumps({**ROW, "item": 2}) + "\n", encoding="utf-8")
    for out in (tmp_path / "out.jsonl", tmp_path / "out.csv"):
        assert main(["score", str(rows), "-o", str(out), "--no-progress"]) == 0
        text = out.read_text("utf-8")
        lines = text.splitlines()
        assert "a\ufffdb" in text and len(lines) == (2 if out.suffix == ".jsonl" else 3)  # + CSV header


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
def test_a_gbk_file_name_in_a_folder_is_read_and_named_in_the_output(tmp_path):
    folder = tmp_path / "fold"
    folder.mkdir()
    name = "进展.jsonl".encode("gbk")  # as unzipping a Windows archive leaves it
    with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as f:
        f.write(json.dumps(ROW, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(folder), "-o", str(out), "--no-progress"]) == 0
    (record,) = [_strict(line) for line in out.read_text("utf-8").splitlines()]
    assert record["source"].endswith("进展.jsonl") and record["ratio"] == pytest.approx(612 / 500)


def test_an_output_that_is_a_symlink_loop_is_a_usage_error(tmp_path, capsys):
    rows = _jsonl(tmp_path / "in.jsonl", [ROW])
    loop = tmp_path / "loop.jsonl"
    os.symlink(loop, loop)
    assert main(["score", str(rows), "-o", str(loop), "--no-progress"]) == 2
    assert "loop.jsonl" in capsys.readouterr().err
    assert loop.is_symlink()


def test_an_input_table_in_a_scanned_folder_is_never_overwritten(tmp_path, capsys):
    folder = tmp_path / "fold"
    folder.mkdir()
    table = folder / "a.csv"
    table.write_text("重点工作,进展情况\n新增停车位500个,已建成停车位612个\n", encoding="utf-8")
    before = table.read_bytes()
    assert main(["score", str(folder), "-o", str(table), "--no-progress"]) == 2
    assert "a.csv" in capsys.readouterr().err
    assert table.read_bytes() == before


def test_an_earlier_output_in_the_folder_is_replaced_and_not_read_back(tmp_path):
    folder = tmp_path / "fold"
    folder.mkdir()
    _jsonl(folder / "rows.jsonl", [ROW])
    out = folder / "out.csv"
    assert main(["score", str(folder), "-o", str(out), "--no-progress"]) == 0
    first = out.read_bytes()
    assert main(["score", str(folder), "-o", str(out), "--no-progress"]) == 0
    assert out.read_bytes() == first  # the old output was not scored as a table


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_an_output_at_a_fifo_is_refused_and_stays_a_fifo(tmp_path, capsys):
    rows = _jsonl(tmp_path / "in.jsonl", [ROW])
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert main(["score", str(rows), "-o", str(fifo), "--no-progress"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert fifo.is_fifo()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_sigterm_removes_the_temp_file_and_the_workers(tmp_path):
    many = [{**ROW, "item": i, "task": f"新增停车位{500 + i}个,建成道路{i}公里" * 20} for i in range(3000)]
    rows = _jsonl(tmp_path / "in.jsonl", many)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "targetx", "score", str(rows), "-o", str(out), "--jobs", "2",
                             "--no-progress"], stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2:
        workers |= _children(proc.pid)
        time.sleep(0.1)
    assert workers, "the pool never started"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "terminated" in err
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl"]  # no output, no hidden temp file
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children")
        if children.exists():
            found |= {int(c) for c in children.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_an_unknown_format_names_the_output():
    with pytest.raises(InputError, match="unknown output format"):
        write_records([], "out.txt")


# --- readers: a bad part of a file is an error naming it, the rest is read ---

from targetx import io as tio  # noqa: E402
from targetx.io import read_rows  # noqa: E402

HEADER = "重点工作,进展情况\n"


def _rows_and_errors(path: Path) -> tuple[list, list]:
    from targetx.types import RowError

    out = list(read_rows(path))
    return [r for r in out if not isinstance(r, RowError)], [r for r in out if isinstance(r, RowError)]


def test_a_csv_quote_that_never_closes_is_an_error_naming_its_line(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text(HEADER + "新增停车位500个,已建成612个\n\"新建道路5公里,已建成4公里\n新增绿地3亩,已完成2亩\n", "utf-8")
    rows, errors = _rows_and_errors(path)
    assert [r.task for r in rows] == ["新增停车位500个"]
    assert errors[0].line == 3 and "never closes" in errors[0].reason


def test_a_huge_csv_field_is_an_error_for_its_row_only(tmp_path):
    import csv

    path = tmp_path / "big.csv"
    path.write_text(HEADER + "新增停车位500个," + "长" * (tio.MAX_FIELD + 10) + "\n新增绿地3亩,已完成2亩\n", "utf-8")
    before = csv.field_size_limit()
    rows, errors = _rows_and_errors(path)
    assert [r.task for r in rows] == ["新增绿地3亩"] and errors[0].line == 2
    assert csv.field_size_limit() == before  # the host's limit is untouched


def test_a_nul_byte_is_dropped_not_a_rejection(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes((HEADER + "新增停车位500个,已建\0成612个\n").encode())
    rows, errors = _rows_and_errors(path)
    assert errors == [] and rows[0].progress == "已建成612个"


def test_a_dangling_symlink_in_a_folder_is_reported_and_the_rest_read(tmp_path):
    folder = tmp_path / "fold"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", [ROW])
    os.symlink(folder / "gone.csv", folder / "b.csv")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(folder), "-o", str(out), "--no-progress"]) == 1
    records = [_strict(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["error"] for r in records if r["error"]] == [f"dangling symlink (to {folder / 'gone.csv'})"]
    assert sum(r["ratio"] is not None for r in records) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_is_reported(tmp_path):
    folder = tmp_path / "fold"
    (folder / "locked").mkdir(parents=True)
    _jsonl(folder / "a.jsonl", [ROW])
    _jsonl(folder / "locked" / "b.jsonl", [ROW])
    os.chmod(folder / "locked", 0)
    try:
        from targetx.io import iter_input_paths

        found = list(iter_input_paths([folder]))
        assert folder / "locked" in found
        assert any("cannot read folder" in e.reason for e in read_rows(folder / "locked"))
    finally:
        os.chmod(folder / "locked", 0o755)


def test_html_spans_that_blow_a_table_up_are_an_error(tmp_path):
    cells = "".join(f'<td rowspan="500" colspan="500">x{i}</td>' for i in range(40))
    path = tmp_path / "bomb.html"
    path.write_text("<table><tr><th>重点工作</th><th>进展情况</th></tr>" + f"<tr>{cells}</tr>" * 50 + "</table>", "utf-8")
    _, errors = _rows_and_errors(path)
    assert errors and "table too large" in errors[-1].reason


def _workbook(path: Path) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["重点工作", "责任单位", "进展情况"])
    sheet.append(["新增停车位500个", "区住建局", "已建成612个"])
    sheet.append(["新建道路5公里", None, "已建成4公里"])
    sheet.merge_cells("B2:B3")  # one owner for both rows
    book.save(path)
    return path


def test_a_large_workbook_is_streamed_with_its_merged_cells(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "t.xlsx")
    loaded, _ = _rows_and_errors(path)
    monkeypatch.setattr(tio, "STREAM_XLSX_BYTES", 0)
    streamed, errors = _rows_and_errors(path)
    assert errors == [] and streamed == loaded
    assert [r.owners for r in streamed] == ["区住建局", "区住建局"]


def test_a_workbook_that_unpacks_too_far_is_refused(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "t.xlsx")
    monkeypatch.setattr(tio, "MAX_UNZIPPED_BYTES", 1000)
    _, (error,) = _rows_and_errors(path)
    assert "unpacks to" in error.reason and "refused" in error.reason


def test_an_old_xls_renamed_xlsx_says_so(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504)  # an OLE2 (.xls) header
    _, (error,) = _rows_and_errors(path)
    assert "not a zip archive" in error.reason and ".xls" in error.reason
