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
