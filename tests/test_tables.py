"""The tables analysts have: indicator tables (指标名称 / 单位 / 年度目标 / 累计完成 / 完成率) in every
format, header names targetx has not seen before, and every kind of library input. Files are
made here, at test time."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import targetx
from targetx.cli import main
from targetx.io import read_rows, read_table
from targetx.types import Row, RowError

INDICATOR_HEADER = ["序号", "指标名称", "单位", "年度目标", "累计完成", "完成率"]
INDICATOR_ROWS = [
    [1, "新建乡镇污水处理站", "座", 18, 23, "127.8%"],
    [2, "建设高标准农田", "万亩", 5.2, 5.6, "107.7%"],
    [3, "改造老旧小区", "个", 42, 30, "71.4%"],
    [4, "地区生产总值增长", "%", 6.5, 6.1, "93.8%"],
]
# by hand: actual / target for each indicator
RATIOS = [23 / 18, 5.6 / 5.2, 30 / 42, 6.1 / 6.5]


def _ratios(report: targetx.Report) -> list[float]:
    assert not report.errors, report.errors
    return [float(p.ratio) for item in report.items for p in item.pairs]


def _write_csv(path: Path, header: list, rows: list, delimiter: str = ",", above: int = 0) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        for i in range(above):
            writer.writerow([f"表{i + 1}说明"] if i == 0 else [])
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _write_xlsx(path: Path, header: list, rows: list) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2024年度目标责任制考核指标完成情况"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xlsx", "txt"])
def test_an_indicator_table_pairs_its_rows_in_every_format(tmp_path, fmt):
    path = tmp_path / f"indicators.{fmt}"
    if fmt == "xlsx":
        _write_xlsx(path, INDICATOR_HEADER, INDICATOR_ROWS)
    elif fmt == "txt":  # a table pasted as text: tab-separated cells
        path.write_text("\n".join("\t".join(map(str, r)) for r in [INDICATOR_HEADER, *INDICATOR_ROWS]), "utf-8")
    else:
        _write_csv(path, INDICATOR_HEADER, INDICATOR_ROWS, "\t" if fmt == "tsv" else ",")
    report = targetx.score_report(path)
    assert _ratios(report) == pytest.approx(RATIOS, rel=1e-4)
    targets = [t.quantity for item in report.items for t in item.targets]
    assert [q.unit for q in targets] == ["座", "万亩", "个", "%"]
    assert all(q.unit_inferred for q in targets)
    records = report.to_records()
    assert [r["stated_rate"] for r in records] == pytest.approx([1.278, 1.077, 0.714, 0.938])
    assert all("agrees with the stated" in r["why"] for r in records)
    assert [r["line"] for r in records] == ([3, 4, 5, 6] if fmt == "xlsx" else [2, 3, 4, 5])


def test_headers_in_traditional_characters_below_row_ten_with_suffixes(tmp_path):
    path = _write_csv(tmp_path / "t.csv", ["序號", "重點工作任務", "責任單位", "完成情況及下步打算"],
                      [[1, "新增停車位500個", "區住建局", "已建成停車位612個,下步繼續推進"]], above=20)
    (row,) = read_table(path)
    assert isinstance(row, Row) and row.task == "新增停車位500個" and row.owners == "區住建局" and row.line == 22
    assert _ratios(targetx.score_report(path)) == pytest.approx([612 / 500])


def test_columns_name_headers_targetx_does_not_know(tmp_path, capsys):
    path = _write_csv(tmp_path / "odd.csv", ["事项", "说明"], [["新增停车位500个", "已建成停车位612个"]])
    (err,) = read_table(path)
    assert isinstance(err, RowError) and "'事项 | 说明'" in err.reason  # says what it saw
    report = targetx.score_report(path, columns={"task": "事项", "progress": "说明"})
    assert _ratios(report) == pytest.approx([612 / 500])
    out = tmp_path / "out.jsonl"
    assert main(["score", str(path), "--columns", "task=事项,progress=说明", "-o", str(out), "--no-progress"]) == 0
    assert json.loads(out.read_text("utf-8").splitlines()[0])["ratio"] == pytest.approx(612 / 500)
    assert main(["score", str(path), "--columns", "tsak=事项"]) == 2
    assert "--columns" in capsys.readouterr().err


def test_pandas_read_excel_with_chinese_headers_scores_every_row(tmp_path):
    pd = pytest.importorskip("pandas")
    rows = [["1", "新增停车位500个", "区住建局", "已建成停车位612个"], ["2", "优化营商环境", "区发改局", "持续推进"],
            ["3", "新建道路5公里", "", "已建成道路4公里"]]
    path = _write_xlsx(tmp_path / "t.xlsx", ["序号", "重点工作", "责任单位", "进展情况"], rows)
    frame = pd.read_excel(path, header=1)
    for source in (frame, frame.to_dict("records")):
        report = targetx.score_report(source)
        assert len(report.items) == 3 and not report.errors
        assert [r["status"] for r in report.to_records()] == ["met", "no numeric target", "not met"]
    assert report.items[2].owners == ""  # an empty cell (NaN) is no owner


def test_library_input_of_every_kind_and_clear_errors(tmp_path):
    pd = pytest.importorskip("pandas")
    a = _write_csv(tmp_path / "a.csv", ["重点工作", "进展情况"], [["新增停车位500个", "已建成停车位612个"]])
    b = _write_csv(tmp_path / "b.csv", ["重点工作", "进展情况"], [["新建道路5公里", "已建成道路4公里"]])
    assert _ratios(targetx.score_report(str(a))) == pytest.approx([1.224])
    assert _ratios(targetx.score_report([a, b])) == pytest.approx([1.224, 0.8])
    assert len(targetx.score_report(tmp_path).items) == 2  # a folder
    for bad in (42, b"rows", {"task": "x"}):
        with pytest.raises(TypeError, match=type(bad).__name__):
            targetx.score_report(bad)
    with pytest.raises(ValueError, match="no task column"):
        targetx.score_report(pd.DataFrame({"名称": ["x"], "数值": [1]}))


def test_a_folder_scan_skips_gold_files(tmp_path):
    (tmp_path / "r.items.jsonl").write_text(json.dumps({"task": "新增停车位500个", "progress": "已建成612个"},
                                                       ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "r.gold.jsonl").write_text(json.dumps({"task": "新增停车位500个", "progress": "已建成612个",
                                                       "targets": []}, ensure_ascii=False) + "\n", "utf-8")
    assert [r.source for r in read_rows(tmp_path / "r.items.jsonl")] == [str(tmp_path / "r.items.jsonl")]
    assert len(targetx.score_report(tmp_path).items) == 1


PROGRESS_HEADER = ["序号", "重点工作", "责任单位", "进展情况"]
PROGRESS_ROWS = [["1", "新增停车位500个", "区住建局", "已建成停车位612个"],
                 ["2", "新建道路5公里", "区交通局", "已建成道路4公里"],
                 ["3", "新增城市绿地面积50万平方米", "区综合执法局", "新增城市绿地42.5万平方米"]]


def _pdf(path: Path, rows: list[list[str]]) -> Path:
    pytest.importorskip("pdfplumber")
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    table = platypus.Table(rows)
    table.setStyle(platypus.TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    platypus.SimpleDocTemplate(str(path)).build([platypus.Paragraph("2024年重点工作进展情况"), table])
    return path


def _scores(report: targetx.Report) -> list[tuple]:
    return [(r["item"], r["target"], r["actual"], r["ratio"], r["owners"]) for r in report.to_records()]


def test_a_pdf_table_scores_like_its_workbook(tmp_path):
    pdf = _pdf(tmp_path / "t.pdf", [PROGRESS_HEADER, *PROGRESS_ROWS])
    xlsx = _write_xlsx(tmp_path / "t.xlsx", PROGRESS_HEADER, PROGRESS_ROWS)
    from_pdf, from_xlsx = targetx.score_report(pdf), targetx.score_report(xlsx)
    assert not from_pdf.errors and _scores(from_pdf) == _scores(from_xlsx)
    assert [s[3] for s in _scores(from_pdf)] == pytest.approx([1.224, 0.8, 0.85])


def test_an_old_xls_workbook_with_merged_owners(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    pytest.importorskip("xlrd")
    book = xlwt.Workbook()
    sheet = book.add_sheet("进展")
    for c, name in enumerate(PROGRESS_HEADER):
        sheet.write(0, c, name)
    for r, row in enumerate(PROGRESS_ROWS[:2], 1):
        for c, value in enumerate(row):
            if c != 2:
                sheet.write(r, c, value)
    sheet.write_merge(1, 2, 2, 2, "区建设局")  # one owner over both rows
    path = tmp_path / "old.xls"
    book.save(str(path))
    report = targetx.score_report(path)
    assert [(s[0], s[3], s[4]) for s in _scores(report)] == [(1, pytest.approx(1.224), "区建设局"),
                                                             (2, pytest.approx(0.8), "区建设局")]


@pytest.mark.parametrize("make, name, says", [
    ("xlsx", "renamed.xls", "it is a zip archive"),
    ("pdf", "renamed.csv", "it is a PDF"),
    ("xlsx", "renamed.txt", "it is a zip archive"),
])
def test_a_file_whose_content_is_not_its_extension_says_what_it_is(tmp_path, make, name, says):
    pytest.importorskip("xlrd")
    real = _write_xlsx(tmp_path / "real.xlsx", PROGRESS_HEADER, PROGRESS_ROWS) if make == "xlsx" \
        else _pdf(tmp_path / "real.pdf", [PROGRESS_HEADER, *PROGRESS_ROWS])
    path = tmp_path / name
    path.write_bytes(real.read_bytes())
    (error,) = read_table(path)
    assert isinstance(error, RowError) and says in error.reason and "rename" in error.reason
