"""Notebook friendliness: short reprs, ``_repr_html_``, ``to_dict`` and docstring examples that run."""

from __future__ import annotations

import doctest
import html.parser
import importlib
import inspect
import json

import pytest

import targetx
from targetx import score_item, score_report

ROWS = [
    {"doc": "demo-2024-06", "item": 1, "owners": "区发改局",
     "task": "新增孵化面积40万平方米,创成双创载体4家", "progress": "上半年全区新增孵化面积10万平方米,5家载体获批省级双创载体"},
    {"doc": "demo-2024-06", "item": 2, "task": "推进数字化改革<script>", "progress": ""},
    {"doc": "demo-2024-06", "item": 3, "task": None, "progress": 3},
]


@pytest.fixture(scope="module")
def report():
    return score_report(ROWS)


def test_short_reprs(report) -> None:
    assert repr(report) == "Report(items=2, targets=2, pairs=2, met=1, errors=1)"
    assert repr(report.items[0]) == "ItemScore(doc='demo-2024-06', item=1, targets=2, pairs=2, met=1)"


class _Cells(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.cells: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_cell = tag == "td"
        if self._in_cell:
            self.cells.append("")

    def handle_endtag(self, tag):
        self._in_cell = False if tag == "td" else self._in_cell

    def handle_data(self, data):
        if self._in_cell:
            self.cells[-1] += data


def test_repr_html(report) -> None:
    page = report._repr_html_()
    parser = _Cells()
    parser.feed(page)
    assert "script" not in parser.tags  # the task's "<script>" is text, escaped
    assert parser.tags.count("tr") == 1 + 2  # a header and one line per target
    # the area target: 10 of 40 in half the year is behind; the 4 载体 are met
    assert "behind" in parser.cells and "met" in parser.cells and "上半年" in parser.cells
    assert "2 targets: 1 met, 1 behind" in page and "1 rows could not be scored" in page
    row = report.items[0]._repr_html_()
    assert "新增孵化面积40万平方米" in row and "demo-2024-06 #1" in row


def test_to_dict_is_json_ready(report) -> None:
    item = report.items[0]
    pair = item.pairs[0].to_dict()
    assert pair["target"]["text"] == "40万平方米" and [a["text"] for a in pair["actuals"]] == ["10万平方米"]
    assert pair["ratio"] == 0.25 and pair["met"] is False
    d = item.to_dict()
    assert d["task"] == ROWS[0]["task"] and [t["text"] for t in d["targets"]] == ["40万平方米", "4家"]
    whole = report.to_dict()
    assert len(whole["items"]) == 2 and whole["errors"][0]["item"] == 3
    assert json.loads(json.dumps(whole, ensure_ascii=False)) == whole  # plain data all through


PUBLIC = ["extract", "score_item", "score_row", "score_report", "score_text", "track"]


@pytest.mark.parametrize("name", PUBLIC)
def test_public_functions_document_parameters_and_an_example(name: str) -> None:
    func = getattr(targetx, name)
    doc = inspect.getdoc(func) or ""
    assert "Args:" in doc and "Returns:" in doc and "Examples:" in doc and ">>>" in doc, name
    for parameter in inspect.signature(func).parameters:
        assert f"{parameter}:" in doc, f"{name} does not document {parameter}"


@pytest.mark.parametrize("module", ["targetx.pipeline", "targetx.freetext", "targetx.extract", "targetx.periods",
                                    "targetx.inputs", "targetx.tracking"])
def test_docstring_examples_run(module: str, monkeypatch) -> None:
    monkeypatch.chdir(pytest.importorskip("pathlib").Path(__file__).resolve().parents[1])
    mod = importlib.import_module(module)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0
