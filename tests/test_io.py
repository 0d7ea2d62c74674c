"""Tests for targetx.io: every reader, the page-text parser, and the atomic writers."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

import pytest

from targetx.io import (
    COLUMN_NAMES,
    InputError,
    iter_input_paths,
    parse_page_text,
    read_rows,
    read_text,
    write_records,
)
from targetx.types import Row, RowError

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FIELDS = ("doc", "item", "task", "owners", "progress")


def rows_of(path, **kw):
    return list(read_rows(path, **kw))


def only_rows(items):
    assert all(isinstance(r, Row) for r in items), [r for r in items if isinstance(r, RowError)]
    return items


# --- page text ------------------------------------------------------------------------------


def test_page_text_reproduces_hand_split_items_exactly():
    text = read_text(CORPUS / "longwan-2024-11.page.txt")
    rows = parse_page_text(text, "longwan-2024-11", source="page")
    expected = [json.loads(line) for line in (CORPUS / "longwan-2024-11.items.jsonl").open(encoding="utf-8")]
    assert len(rows) == len(expected) == 87
    for row, exp in zip(rows, expected):
        assert {k: getattr(row, k) for k in FIELDS} == {k: exp[k] for k in FIELDS}
    assert "\n" in rows[34].progress  # a multi-paragraph progress cell (item 35) kept its breaks
    assert text.splitlines()[rows[0].line - 1] == "1" and rows[0].source == "page"


PAGE_3COL = """网站首页 > 政务公开
2023年民生实事项目完成情况
发布时间:2024-01-05


序 号

实事项目

完成情况(截至12月底)

1

新建公办幼儿园3所。

已建成4所。

2

改造老旧小区20个。

已完成18个。

剩余2个明年一季度完工。

3

新增停车位1000个。

已新增1200个。
【打印本页】【关闭窗口】
4
"""


def test_page_text_with_three_columns_and_footer():
    rows = parse_page_text(PAGE_3COL, "d")
    assert [(r.item, r.task, r.owners, r.progress) for r in rows] == [
        (1, "新建公办幼儿园3所。", "", "已建成4所。"),
        (2, "改造老旧小区20个。", "", "已完成18个。\n剩余2个明年一季度完工。"),
        (3, "新增停车位1000个。", "", "已新增1200个。"),
    ]


def test_page_text_without_header_is_one_file_error(tmp_path):
    with pytest.raises(InputError, match="no header"):
        parse_page_text("首页\n\n1\n\n新建学校\n", "d", "x.txt")
    path = tmp_path / "nohead.txt"
    path.write_text("首页\n\n1\n\n新建学校\n", encoding="utf-8")
    (err,) = rows_of(path)
    assert isinstance(err, RowError) and err.line is None and err.source == str(path)


def test_read_rows_txt_defaults_doc_to_stem(tmp_path):
    path = tmp_path / "longwan.txt"
    path.write_bytes((CORPUS / "longwan-2024-11.page.txt").read_text(encoding="utf-8").encode("gb18030"))
    rows = only_rows(rows_of(path))
    assert len(rows) == 87 and rows[0].doc == "longwan" and rows[86].item == 87
    assert rows_of(path, doc="other")[0].doc == "other"


# --- JSONL ----------------------------------------------------------------------------------


def test_jsonl_bad_lines_become_row_errors_and_reading_goes_on(tmp_path):
    lines = [
        json.dumps({"task": "新建学校3所", "progress": "已建4所", "owners": "教育局", "item": 7}),
        "{not json",
        "",
        json.dumps({"重点工作": "绿化2万平方米", "进展情况": "已完成", "doc": "own-doc"}, ensure_ascii=False),
        json.dumps({"progress": "no task here"}),
        json.dumps({"task": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"task": "最后一行"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    out = rows_of(path)
    kinds = ["Row", "RowError", "Row", "RowError", "RowError", "RowError", "Row"]
    assert [type(r).__name__ for r in out] == kinds
    assert out[0] == Row("新建学校3所", "已建4所", "教育局", "in", 7, str(path), 1)
    assert (out[1].line, out[1].source) == (2, str(path)) and "bad JSON" in out[1].reason
    third = (out[2].task, out[2].progress, out[2].doc, out[2].item, out[2].line)
    assert third == ("绿化2万平方米", "已完成", "own-doc", 3, 4)
    assert (out[3].line, out[3].reason) == (5, "missing task")
    assert out[4].line == 6 and "not text" in out[4].reason
    assert out[5].line == 7 and "not a JSON object" in out[5].reason
    assert (out[6].task, out[6].progress, out[6].line) == ("最后一行", "", 8)


def test_jsonl_from_stdin(monkeypatch):
    data = json.dumps({"task": "任务", "progress": "进展"}, ensure_ascii=False) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    (row,) = rows_of("-")
    assert (row.task, row.progress, row.source, row.doc, row.line) == ("任务", "进展", "<stdin>", "stdin", 1)


def test_jsonl_is_read_lazily(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"task": "t"}) + "\n{broken\n", encoding="utf-8")
    it = read_rows(path)
    assert next(it).task == "t"  # the first row arrives before the bad line is looked at
    assert isinstance(next(it), RowError)


# --- CSV ------------------------------------------------------------------------------------

CSV_ZH = (
    "2024年重点工作进展\n"
    "序号,重点工作,责任单位,进展情况\n"
    "1,新建学校3所。,区教育局,已建成4所。\n"
    '2,绿化2万平方米,区林业局,"已完成1.5万平方米\n其余年底完成"\n'
    ",,,\n"
    "3,新增就业1万人,区人社局,新增1.2万人\n"
)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_with_chinese_headers(tmp_path, encoding):
    path = tmp_path / "report.csv"
    path.write_bytes(CSV_ZH.encode(encoding))
    rows = only_rows(rows_of(path))
    assert [(r.item, r.task, r.owners, r.line) for r in rows] == [
        (1, "新建学校3所。", "区教育局", 3), (2, "绿化2万平方米", "区林业局", 4), (3, "新增就业1万人", "区人社局", 7),
    ]
    assert rows[1].progress == "已完成1.5万平方米\n其余年底完成" and rows[0].doc == "report"


def test_csv_with_english_headers_and_tabs(tmp_path):
    path = tmp_path / "en.csv"
    text = "Task\tProgress\tnote\nbuild 3 schools\tbuilt 4\tx\n\tonly progress\ty\n"
    path.write_text(text, encoding="utf-8")
    out = rows_of(path)
    assert out[0] == Row("build 3 schools", "built 4", "", "en", 1, str(path), 2)
    assert isinstance(out[1], RowError) and out[1].line == 3 and out[1].reason == "empty task"


def test_csv_without_recognisable_header_is_one_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    (err,) = rows_of(path)
    assert isinstance(err, RowError) and err.line is None and "no header" in err.reason


def test_undecodable_file_is_one_error_naming_it(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("Café,naïve\nrésumé,déjà vu\n".encode("cp1252"))
    (err,) = rows_of(path)
    assert isinstance(err, RowError) and err.source == str(path) and err.line is None
    assert "not UTF-8, UTF-16 (with BOM) or GB18030" in err.reason and str(path) in str(err)
    with pytest.raises(InputError, match=r"latin.csv: not UTF-8, UTF-16 \(with BOM\) or GB18030 text"):
        read_text(path)
    for name, data in [
        ("latin.txt", "Café, naïve résumé — déjà vu.\n".encode("cp1252")),  # decodes as neither
        ("russian.txt", "Привет, мир\n".encode("gb18030")),  # valid GB18030 but not Chinese text
        ("nul.txt", "task,progress\n".encode("utf-16-le")),  # valid UTF-8 bytes, but full of NULs
    ]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError, match="not UTF-8, UTF-16"):
            read_text(tmp_path / name)
    zh = "重点工作:完成率≥95%,①新建学校3所,温度26℃。\n"
    (tmp_path / "zh.txt").write_bytes(zh.encode("gb18030"))
    assert read_text(tmp_path / "zh.txt") == zh


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_with_bom_is_read(tmp_path, encoding):
    path = tmp_path / "report.csv"
    path.write_bytes((CSV_ZH if encoding == "utf-16" else "\ufeff" + CSV_ZH).encode(encoding))  # one BOM
    rows = only_rows(rows_of(path))
    assert len(rows) == 3 and (rows[0].item, rows[0].task, rows[0].owners) == (1, "新建学校3所。", "区教育局")
    assert read_text(path) == CSV_ZH  # BOM stripped
    (tmp_path / "nobom.csv").write_bytes(CSV_ZH.encode("utf-16-le"))  # no BOM: still not read
    (err,) = rows_of(tmp_path / "nobom.csv")
    assert isinstance(err, RowError) and "not UTF-8, UTF-16 (with BOM) or GB18030" in err.reason


def test_csv_with_more_column_names_as_reports_write_them(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("序号,重点任务,牵头部门,工作进展\n1,新建学校3所,教育局,已建4所\n", encoding="utf-8")
    (row,) = only_rows(rows_of(path))
    assert (row.item, row.task, row.owners, row.progress) == (1, "新建学校3所", "教育局", "已建4所")


def test_repeated_header_is_skipped_but_a_row_that_reads_like_one_is_kept(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("重点工作,进展情况\n任务,进展\n重点工作 ,进展情况(续)\n新建学校,已建\n", encoding="utf-8")
    rows = only_rows(rows_of(path))
    assert [(r.task, r.progress, r.line) for r in rows] == [("任务", "进展", 2), ("新建学校", "已建", 4)]


@pytest.mark.parametrize("name", ["no/such/file", "x.csv", "gone.xlsx"])
def test_missing_input_is_one_error_saying_no_such_file(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (err,) = rows_of(name)
    assert isinstance(err, RowError) and err.line is None and err.source == name
    assert err.reason == "no such file" and err.doc == Path(name).name.split(".")[0]


def test_folder_without_readable_files_is_one_error(tmp_path):
    empty, other = tmp_path / "empty", tmp_path / "other"
    empty.mkdir()
    other.mkdir()
    (other / "notes.pdf").write_bytes(b"%PDF-1.4")
    (other / ".hidden.csv").write_text("x", encoding="utf-8")
    assert list(iter_input_paths([empty, other])) == [empty, other]
    for folder in (empty, other):
        (err,) = rows_of(folder)
        assert isinstance(err, RowError) and err.line is None and err.source == str(folder)
        assert err.reason == "folder has no readable files (.txt .jsonl .csv .xlsx .html .htm .docx)"


@pytest.mark.parametrize(("module", "suffix", "package"), [("openpyxl", ".xlsx", "openpyxl"), ("docx", ".docx", "python-docx")])
def test_missing_optional_dependency_is_one_error_for_the_file(tmp_path, monkeypatch, module, suffix, package):
    path = tmp_path / f"t{suffix}"
    path.write_bytes(b"PK\x03\x04")
    monkeypatch.setitem(sys.modules, module, None)  # makes ``import module`` raise ImportError
    (err,) = rows_of(path)
    assert isinstance(err, RowError) and err.line is None and err.source == str(path)
    assert package in err.reason and f"pip install {package}" in err.reason


def test_unreadable_files_each_give_one_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "broken.docx").write_text("hello", encoding="utf-8")
    for name in ("notes.pdf", "broken.xlsx", "broken.docx", "missing.csv"):
        out = rows_of(tmp_path / name)
        assert len(out) == 1 and isinstance(out[0], RowError) and out[0].line is None, (name, out)
        assert out[0].source == str(tmp_path / name)


# --- XLSX / DOCX / HTML ---------------------------------------------------------------------


def test_xlsx_first_sheet_with_header_title_row_and_section_rows(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active["A1"] = "填表说明:本表每月更新"
    sheet = book.create_sheet("进展")
    sheet.append(["2024年政府工作报告重点工作进展情况"])
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["序号", "工作任务", "牵头单位", "落实进展情况"])
    sheet.append(["一、经济发展"])
    sheet.append([1, "地区生产总值增长6%", "发改局", "增长6.1%"])
    sheet.append([2.0, "新建5G基站300个", "经信局", "已建成320个\n超额完成"])
    sheet.append([None, None, None, None])
    sheet.append([None, "无序号的任务", None, "进行中"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    rows = only_rows(rows_of(path))
    assert [(r.item, r.task, r.owners, r.progress, r.line) for r in rows] == [
        (1, "地区生产总值增长6%", "发改局", "增长6.1%", 5),
        (2, "新建5G基站300个", "经信局", "已建成320个\n超额完成", 6),
        (3, "无序号的任务", "", "进行中", 8),
    ]


def test_xlsx_merged_cells_fill_every_row_they_cover(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "重点工作", "责任单位", "进展情况"])
    sheet.append([1, "新建学校3所", "教育局", "已建成2所"])
    sheet.append([None, "新增学位2000个", None, "新增2100个"])
    sheet.append([2, "改造道路5公里", "交通局", "完成3公里"])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("C2:C3")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    rows = only_rows(rows_of(path))
    assert [(r.item, r.task, r.owners, r.progress, r.line) for r in rows] == [
        (1, "新建学校3所", "教育局", "已建成2所", 2),
        (1, "新增学位2000个", "教育局", "新增2100个", 3),  # same numbered item, told apart by line
        (2, "改造道路5公里", "交通局", "完成3公里", 4),
    ]


def test_docx_table_with_title_row_above_header(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("附件:重点工作进展")
    table = document.add_table(rows=4, cols=4)
    title = table.cell(0, 0).merge(table.cell(0, 3))
    title.text = "2024年重点工作进展情况表"
    for cell, text in zip(table.rows[1].cells, ["序号", "重点工作", "责任单位", "进展情况"]):
        cell.text = text
    for cell, text in zip(table.rows[2].cells, ["1", "新建学校3所", "教育局", "已建成2所"]):
        cell.text = text
    for cell, text in zip(table.rows[3].cells, ["2", "改造道路5公里", "交通局", "完成3公里"]):
        cell.text = text
    table.cell(3, 3).add_paragraph("余下年底完成")
    document.add_paragraph("续表")  # a table split in two, header repeated
    rest = document.add_table(rows=2, cols=3)
    for row, texts in zip(rest.rows, [["序号", "重点工作", "进展情况"], ["3", "新增就业1万人", "1.2万人"]]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    path = tmp_path / "report.docx"
    document.save(path)
    rows = only_rows(rows_of(path))
    assert [(r.item, r.task, r.owners, r.progress, r.line) for r in rows] == [
        (1, "新建学校3所", "教育局", "已建成2所", 3),
        (2, "改造道路5公里", "交通局", "完成3公里\n余下年底完成", 4),
        (3, "新增就业1万人", "", "1.2万人", 6),
    ]


HTML = """<!doctype html><html><head><meta charset="utf-8"><title>进展</title>
<script>var x = "<table><tr><td>重点工作</td><td>进展情况</td></tr></table>";</script></head>
<body><table class="layout"><tr><td>首页</td><td>政务公开</td></tr></table>
<table border="1">
  <tr><td colspan="4"><b>2024年重点工作进展情况</b></td></tr>
  <tr><th>序号</th><th>重点工作</th><th>责任单位</th><th>进展情况</th></tr>
  <tr><td>1</td><td>新建学校
      3所。</td><td rowspan="2">区教育局</td><td>已建成4所。<br>另有1所在建。</td></tr>
  <tr><td>2</td><td>新增学位2000个&amp;以上</td><td><p>新增2100个。</p></td></tr>
  <tr><td colspan="4">二、城市建设</td></tr>
  <tr><td>3</td><td>改造道路5公里</td><td>区交通局</td><td>完成&nbsp;3公里</td></tr>
</table>
<table><tr><td>序号</td><td>重点工作</td><td>进展情况</td></tr><tr><td>9</td><td>print copy</td><td>x</td></tr></table>
</body></html>"""


def test_html_table_with_colspan_title_and_rowspan(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    rows = only_rows(rows_of(path))
    assert [(r.item, r.task, r.owners, r.progress, r.line) for r in rows] == [
        (1, "新建学校 3所。", "区教育局", "已建成4所。\n另有1所在建。", 3),
        (2, "新增学位2000个&以上", "区教育局", "新增2100个。", 4),
        (3, "改造道路5公里", "区交通局", "完成 3公里", 6),
    ]


# --- paths ----------------------------------------------------------------------------------


def test_iter_input_paths_expands_directories_sorted(tmp_path):
    names = ["b/z.csv", "b/a.jsonl", "a.txt", "c/d/e.XLSX", "notes.pdf", ".hidden/x.csv", "~$lock.docx", "f.htm"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = list(iter_input_paths([str(tmp_path), "-", str(tmp_path / "notes.pdf")]))
    rel = [str(p.relative_to(tmp_path)) if p.is_absolute() else str(p) for p in got]
    assert rel == ["a.txt", "b/a.jsonl", "b/z.csv", "c/d/e.XLSX", "f.htm", "-", "notes.pdf"]


# --- writers --------------------------------------------------------------------------------


def records():
    yield {"doc": "d", "item": 1, "task": "新建学校3所", "value": Decimal("3")}
    yield {"doc": "d", "item": 2, "task": "绿化", "value": Decimal("2.5"), "extra": {"单位": "万平方米"}}
    yield {"doc": "d", "item": 3, "error": "bad row", "line": 7}


def test_write_jsonl_and_round_trip_through_reader(tmp_path):
    out = tmp_path / "out.jsonl"
    assert write_records(records(), out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    second = {"doc": "d", "item": 2, "task": "绿化", "value": 2.5, "extra": {"单位": "万平方米"}}
    assert json.loads(lines[1]) == second
    assert "新建学校3所" in lines[0]  # ensure_ascii=False
    got = rows_of(out)
    assert [r.task for r in got[:2]] == ["新建学校3所", "绿化"] and isinstance(got[2], RowError)


def test_write_csv_union_of_columns_with_bom(tmp_path):
    out = tmp_path / "out.csv"
    assert write_records(records(), out, columns=["item", "task"]) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "item,task,doc,value,extra,error,line"
    assert lines[1] == "1,新建学校3所,d,3,,,"
    assert lines[2] == '2,绿化,d,2.5,"{""单位"": ""万平方米""}",,'
    assert lines[3] == "3,,d,,,bad row,7"


def test_written_csv_reads_back_as_rows(tmp_path):
    rows = [asdict(r) for r in parse_page_text(PAGE_3COL, "d")]
    out = tmp_path / "rows.csv"
    write_records(rows, out)
    back = only_rows(rows_of(out))
    assert [(r.item, r.task, r.progress) for r in back] == [(d["item"], d["task"], d["progress"]) for d in rows]


def test_csv_is_readable_by_pandas_with_chinese_intact(tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out.csv"
    write_records(records(), out)
    frame = pd.read_csv(out)
    assert list(frame.columns) == ["doc", "item", "task", "value", "extra", "error", "line"]
    assert frame["task"].tolist()[:2] == ["新建学校3所", "绿化"]
    assert json.loads(frame["extra"][1]) == {"单位": "万平方米"}


def interrupted(exc):
    yield {"task": "one"}
    yield {"task": "two"}
    raise exc


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("exc", [RuntimeError("boom"), KeyboardInterrupt()])
def test_interrupted_write_leaves_no_file_and_no_temp(tmp_path, fmt, exc):
    out = tmp_path / f"out.{fmt}"
    with pytest.raises(type(exc)):
        write_records(interrupted(exc), out)
    assert list(tmp_path.iterdir()) == []
    out.write_text("old content", encoding="utf-8")
    with pytest.raises(type(exc)):
        write_records(interrupted(exc), out)
    assert out.read_text(encoding="utf-8") == "old content"
    assert list(tmp_path.iterdir()) == [out]


def test_overwrite_keeps_file_mode(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    write_records([{"a": 1}], out)
    assert out.stat().st_mode & 0o777 == 0o640 and out.read_text(encoding="utf-8") == '{"a": 1}\n'


def test_refuses_to_overwrite_an_input(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text('{"task": "t"}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="input"):
        write_records([{"a": 1}], str(tmp_path / "sub" / ".." / "in.jsonl"), inputs=["in.jsonl", "-"])
    assert src.read_text(encoding="utf-8") == '{"task": "t"}\n'
    assert write_records([{"a": 1}], tmp_path / "other.jsonl", inputs=["in.jsonl"]) == 1


def test_write_to_stdout_and_format_override(tmp_path, capsysbinary):
    assert write_records(records(), "-") == 3
    assert capsysbinary.readouterr().out.decode("utf-8").count("\n") == 3
    assert write_records([{"任务": "甲"}], "-", fmt="csv") == 1
    assert capsysbinary.readouterr().out.decode("utf-8") == "任务\r\n甲\r\n"  # no BOM on stdout
    out = tmp_path / "data.txt"
    write_records([{"a": 1}], out, fmt="jsonl")
    assert out.read_text(encoding="utf-8") == '{"a": 1}\n'
    with pytest.raises(InputError, match="unknown output format"):
        write_records([], tmp_path / "x.xml")


def test_write_into_missing_folder_is_an_input_error(tmp_path):
    out = tmp_path / "no" / "such" / "out.csv"
    with pytest.raises(InputError, match=r"out\.csv: cannot write: No such file or directory") as info:
        write_records(records(), out)
    assert info.value.path == str(out) and not (tmp_path / "no").exists()


def test_parquet_needs_pyarrow(tmp_path):
    out = tmp_path / "out.parquet"
    try:
        import pyarrow.parquet as pq
    except ImportError:
        with pytest.raises(InputError, match="pyarrow"):
            write_records(records(), out)
        assert not out.exists()
        return
    assert write_records(records(), out) == 3
    assert pq.read_table(out).column("task").to_pylist()[:2] == ["新建学校3所", "绿化"]


@pytest.mark.parametrize(
    ("role", "name"),
    [(role, name) for role in ("task", "owners", "progress") for name in COLUMN_NAMES[role]],
)
def test_every_column_synonym_is_recognised(role, name):
    header = {"task": "重点工作", "owners": "责任单位", "progress": "进展情况", role: name}
    text = "\n\n".join(["序号", *header.values(), "1", "新建学校3所", "教育局", "已建4所"])
    (row,) = parse_page_text(text, "d")
    assert (row.task, row.owners, row.progress) == ("新建学校3所", "教育局", "已建4所")



def test_a_table_pasted_as_text_with_tabs(tmp_path):
    page = tmp_path / "pasted.txt"
    page.write_text("某区2024年重点工作进展\n序号\t重点工作\t责任单位\t进展情况\n"
                    "1\t新增城镇就业1.2万人\t区人社局\t1-10月新增城镇就业1.1万人\n"
                    "2\t建成5G基站500个\t区经信局\t已建成5G基站520个\n", encoding="utf-8")
    rows = list(read_rows(page))
    assert [(r.item, r.task, r.owners, r.progress) for r in rows] == [
        (1, "新增城镇就业1.2万人", "区人社局", "1-10月新增城镇就业1.1万人"),
        (2, "建成5G基站500个", "区经信局", "已建成5G基站520个"),
    ]


def test_score_writes_a_real_workbook(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from targetx.cli import main
    from targetx.records import RECORD_COLUMNS

    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join([
        json.dumps({"doc": "d", "item": 1, "task": "新增停车位500个", "progress": "已建成停车位612个"}, ensure_ascii=False),
        json.dumps({"doc": "d", "item": 2, "task": "新建道路5公里", "progress": "已建成道路4公里"}, ensure_ascii=False),
        json.dumps({"doc": "d", "item": 3, "task": "优化营商环境", "progress": "持续推进"}, ensure_ascii=False),
        "{broken",
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    assert main(["score", str(rows), "-o", str(out), "--no-progress"]) == 1  # one bad line
    book = openpyxl.load_workbook(out)
    sheet = book["records"]
    assert [c.value for c in sheet[1]] == RECORD_COLUMNS
    from openpyxl.utils import get_column_letter

    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(RECORD_COLUMNS))}{sheet.max_row}"
    records = [dict(zip(RECORD_COLUMNS, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [(r["item"], r["status"]) for r in records] == [
        (1, "met"), (2, "not met"), (3, "no numeric target"), (4, "error")]  # the bad line is row 4
    assert records[0]["ratio"] == pytest.approx(612 / 500) and records[0]["target_value"] == 500  # a number, not text
    status = RECORD_COLUMNS.index("status") + 1
    assert sheet.cell(2, status).fill.fgColor.rgb.endswith("C6EFCE") and sheet.cell(3, status).fill.fgColor.rgb.endswith("FFC7CE")
    errors = list(book["errors"].iter_rows(values_only=True))
    assert len(errors) == 2 and "bad JSON" in errors[1][-1]
