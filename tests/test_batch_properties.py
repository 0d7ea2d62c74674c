"""Batch invariants over generated input files: arbitrary text, mixed encodings, random table
shapes, broken lines and unreadable files.

* no exception escapes reading and scoring;
* every data row of every file comes out exactly once, as a result or as an error record, and an
  unreadable file comes out as exactly one error record;
* scoring in two worker processes gives exactly what one process gives.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from targetx.cli import iter_rows, score_rows
from targetx.records import target_records
from targetx.types import RowError

TEXT = st.text(alphabet="经济社会发展地区生产总值增长新增万亿元个人次平方米公里一二三四五%.,;0123456789 ",
               max_size=40)
ANY_TEXT = st.text(max_size=30)
# column names as reports write them, Chinese and English
TASK_NAMES = ["重点工作", "任务", "目标任务", "task"]
PROGRESS_NAMES = ["进展情况", "完成情况", "推进情况", "progress"]
OWNER_NAMES = ["责任单位", "牵头单位", "owners"]


@st.composite
def table_rows(draw):
    """Data rows whose task and progress differ (so no row reads as a title spanning the table)."""
    n = draw(st.integers(min_value=0, max_value=5))
    return [("任务" + draw(TEXT), "进展" + draw(TEXT), draw(TEXT)) for _ in range(n)]


@st.composite
def csv_file(draw):
    rows = draw(table_rows())
    names = [draw(st.sampled_from(TASK_NAMES)), draw(st.sampled_from(PROGRESS_NAMES))]
    with_owner = draw(st.booleans())
    if with_owner:
        names.append(draw(st.sampled_from(OWNER_NAMES)))
    extra = draw(st.booleans())  # a column targetx does not read
    order = draw(st.permutations(range(len(names) + extra)))
    header = [(names + ["备注"])[i] for i in order]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if draw(st.booleans()):
        writer.writerow(["2024年重点工作进展情况表"])  # a title above the header
    writer.writerow(header)
    for task, progress, owner in rows:
        cells = [task, progress] + ([owner] if with_owner else []) + (["x"] if extra else [])
        writer.writerow([cells[i] for i in order])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
    return ".csv", buffer.getvalue().encode(encoding), len(rows)


@st.composite
def jsonl_file(draw):
    lines, expected = [], 0
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        kind = draw(st.sampled_from(["row", "row", "chinese keys", "broken", "no task", "not text"]))
        if kind == "row":
            obj = {"task": "任务" + draw(TEXT), "progress": draw(TEXT)}
        elif kind == "chinese keys":
            obj = {"重点工作": "任务" + draw(TEXT), "进展情况": draw(TEXT)}
        elif kind == "no task":
            obj = {"progress": draw(TEXT)}
        elif kind == "not text":
            obj = {"task": draw(st.integers()), "progress": draw(ANY_TEXT)}
        else:
            lines.append("{" + draw(ANY_TEXT).replace("\n", " ").replace("\r", " "))
            expected += 1
            continue
        lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())))
        expected += 1
    return ".jsonl", ("\n".join(lines) + "\n").encode("utf-8"), expected


@st.composite
def unreadable_file(draw):
    suffix, data = draw(st.sampled_from([
        (".txt", b"\x00\x01garbage\x80\x81"),  # binary, not text
        (".xlsx", b"PK\x03\x04 not really a workbook"),
        (".docx", b"not a document"),
        (".csv", "没有表头的一行,另一列\n".encode("utf-8")),  # no header naming task and progress
        (".pdf", b"%PDF-1.4"),  # a type targetx does not read
    ]))
    return suffix, data, 1


FILES = st.lists(st.one_of(csv_file(), jsonl_file(), unreadable_file()), min_size=1, max_size=4)


def _write(files, folder: Path) -> list[str]:
    paths = []
    for i, (suffix, data, _) in enumerate(files):
        path = folder / f"input{i}{suffix}"
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def _outcomes(paths, jobs: int):
    results = list(score_rows(iter_rows(paths), jobs=jobs))
    return [("error", r.source, r.line, r.reason) if isinstance(r, RowError)
            else ("row", r.doc, r.item, json.dumps(target_records(r), ensure_ascii=False, sort_keys=True))
            for r in results]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILES)
def test_every_row_comes_out_exactly_once(files):
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(files, Path(folder))
        outcomes = _outcomes(paths, jobs=1)
    assert len(outcomes) == sum(expected for _, _, expected in files)
    for path, (_, _, expected) in zip(paths, files):
        assert sum(1 for o in outcomes if o[0] == "error" and o[1] == path) + \
            sum(1 for o in outcomes if o[0] == "row" and o[1] == Path(path).name.split(".")[0]) == expected


@settings(deadline=None, max_examples=5, suppress_health_check=[HealthCheck.too_slow])
@given(FILES)
def test_two_workers_give_what_one_gives(files):
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(files, Path(folder))
        assert _outcomes(paths, jobs=2) == _outcomes(paths, jobs=1)
