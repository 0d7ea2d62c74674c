"""The HTML report: self-contained, one table row per target, marks at the mentions' offsets, escaped."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from targetx.io import InputError, read_rows
from targetx.pipeline import score_item, score_row
from targetx.render import UNPAIRED, headline, highlight, render_html, split_owners
from targetx.types import ItemScore, RowError

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "longwan-2024-11.page.txt"


class Page(HTMLParser):
    """Tags, attributes and the text inside <mark>, <tr class=target-row> and <section class=row>."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self.section_marks: dict[str, list[tuple[str, str]]] = {}
        self.target_rows: list[list[str]] = []  # text of each cell
        self.script_text: list[str] = []
        self.errors_text = ""
        self._mark: list[str] | None = None
        self._mark_cls = ""
        self._section: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._script = False
        self._in_errors = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        cls = (a.get("class") or "").split()
        if tag == "mark":
            self._mark, self._mark_cls = [], a.get("class") or ""
        elif tag == "section" and "row" in cls:
            self._section = a["id"]
            self.section_marks[a["id"] or ""] = []
        elif tag == "section" and a.get("id") == "errors":
            self._in_errors = True
        elif tag == "tr" and "target-row" in cls:
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "script":
            self._script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            mark = (self._mark_cls, "".join(self._mark))
            self.marks.append(mark)
            if self._section is not None:
                self.section_marks[self._section].append(mark)
            self._mark = None
        elif tag == "section":
            self._section = None
            self._in_errors = False
        elif tag == "td" and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.target_rows.append(self._row)
            self._row = None
        elif tag == "script":
            self._script = False

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._script:
            self.script_text.append(data)
        if self._in_errors:
            self.errors_text += data

    def count(self, tag: str) -> int:
        return sum(t == tag for t, _ in self.tags)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def expected_marks(item: ItemScore) -> list[tuple[str, str]]:
    """(role, text) of every distinct mention span: task mentions by offset, then progress ones."""
    out = []
    for mentions in ((*item.targets, *item.others), item.actuals):
        spans = {}
        for m in mentions:
            spans.setdefault((m.quantity.start, m.quantity.end), m)
        out += [(m.role, m.text) for _, m in sorted(spans.items())]
    return out


@pytest.fixture(scope="module")
def corpus_results() -> list[ItemScore | RowError]:
    results: list[ItemScore | RowError] = [
        r if isinstance(r, RowError) else score_row(r) for r in read_rows(CORPUS)
    ]
    # the corpus reads cleanly, so add error records of both shapes (a row and a whole file)
    results.append(RowError("broken.csv", 7, "no task text", doc="broken", item=3))
    results.append(RowError("missing.xlsx", None, "cannot read file: No such file"))
    return results


@pytest.fixture(scope="module")
def rendered(corpus_results, tmp_path_factory) -> tuple[Path, Page]:
    out = tmp_path_factory.mktemp("render") / "report.html"
    render_html(corpus_results, out, inputs=[str(CORPUS)])
    return out, parse(out)


def items_of(results) -> list[ItemScore]:
    return [r for r in results if isinstance(r, ItemScore)]


def test_one_svg_histogram(rendered):
    _, page = rendered
    assert page.count("svg") == 1
    assert page.count("rect") == 6  # one bar per ratio bin


def test_one_table_row_per_target(rendered, corpus_results):
    _, page = rendered
    n_targets = sum(len(it.targets) for it in items_of(corpus_results))
    assert n_targets > 0
    assert len(page.target_rows) == n_targets
    assert all(len(cells) == 10 for cells in page.target_rows)  # no doc column: one document


def test_self_contained(rendered):
    path, page = rendered
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "data", "xlink:href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, name, value)
        if tag == "link":
            assert "stylesheet" not in (attrs.get("rel") or "").lower()
        if tag == "script":
            assert "src" not in attrs
    assert page.count("link") == 0
    text = path.read_text(encoding="utf-8")
    assert "@import" not in text and "url(" not in text
    html_tag = next(a for t, a in page.tags if t == "html")
    assert html_tag.get("lang") == "zh"


def test_marks_match_mentions(rendered, corpus_results):
    _, page = rendered
    items = items_of(corpus_results)
    assert len(page.section_marks) == len(items)
    for (section, marks), item in zip(page.section_marks.items(), items):
        assert marks == expected_marks(item), section
    assert {cls for cls, _ in page.marks} == {"target", "actual", "other"}
    assert sum(1 for cls, _ in page.marks if cls == "target") >= 1


def test_unpaired_target_is_marked(rendered, corpus_results):
    _, page = rendered
    items = items_of(corpus_results)
    unpaired = [(it, t) for it in items for t in it.targets if it.pair_for(t) is None]
    assert unpaired, "the corpus has unpaired targets"
    marked = [cells for cells in page.target_rows if UNPAIRED in cells[4]]
    assert len(marked) == len(unpaired)
    it, t = unpaired[0]
    assert any(cells[3] == t.text and cells[0] == str(it.item) for cells in marked)
    assert all("no result" in cells[8] for cells in marked)


def test_summary_and_owner_filter(rendered, corpus_results):
    _, page = rendered
    options = [a.get("value") for t, a in page.tags if t == "option"]
    assert options[0] == "" and options[1:6] == ["met", "on track", "behind", "missed", "no result"]
    owner_options = options[6:]
    assert owner_options[0] == ""
    owners = {o for it in items_of(corpus_results) for o in split_owners(it.owners)}
    assert set(owner_options[1:]) == owners
    assert not any(o.startswith("*") or "、" in o for o in owners)
    assert page.count("select") == 2 and page.count("script") == 1


def test_error_records_listed(rendered):
    _, page = rendered
    assert "broken.csv:7" in page.errors_text and "no task text" in page.errors_text
    assert "missing.xlsx" in page.errors_text and "cannot read file" in page.errors_text


def test_refuses_to_overwrite_input(tmp_path, corpus_results):
    src = tmp_path / "table.txt"
    src.write_text(CORPUS.read_text(encoding="utf-8"), encoding="utf-8")
    before = src.read_bytes()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with pytest.raises(InputError, match="refusing to overwrite"):
            render_html(corpus_results, "table.txt", inputs=[str(src)])
    finally:
        os.chdir(cwd)
    assert src.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["table.txt"]  # no temp file left


def test_unwritable_output_is_input_error(tmp_path, corpus_results):
    with pytest.raises(InputError):
        render_html(corpus_results, tmp_path / "no-such-dir" / "r.html")


def test_special_characters_are_escaped(tmp_path):
    task = '<script>alert("x")</script>新建&改造 公园10个'
    item = score_item(task, "已完成<b>12个</b>", doc='d"oc', item=1, owners="*<i>局</i>、区财政局")
    assert item.targets and item.actuals
    out = tmp_path / "special.html"
    render_html([item], out)
    page = parse(out)
    text = out.read_text(encoding="utf-8")
    assert page.count("script") == 1  # only the report's own
    assert "alert" not in "".join(page.script_text)
    assert page.count("i") == 0
    assert all(a.get("class") for t, a in page.tags if t == "b")  # only the report's own <b class=ratio>
    assert "已完成&lt;b&gt;" in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert list(page.section_marks.values())[0] == expected_marks(item)
    options = [a.get("value") for t, a in page.tags if t == "option"]
    assert "<i>局</i>" in options  # the attribute round-trips through escaping


def test_highlight_keeps_offsets():
    item = score_item("绿化<面积>达到40万平方米&新增5个", "完成32.76万平方米")
    marked = highlight(item.task, (*item.targets, *item.others))
    assert "&lt;面积&gt;" in marked and "&amp;" in marked
    page = Page()
    page.feed(f"<p>{marked}</p>")
    assert [t for _, t in page.marks] == [m.text for m in sorted(
        (*item.targets, *item.others), key=lambda m: m.quantity.start)]
    assert html_text(marked) == item.task  # the marks add tags, never change the text


def html_text(fragment: str) -> str:
    parts: list[str] = []

    class Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    parser = Text(convert_charrefs=True)
    parser.feed(fragment)
    parser.close()
    return "".join(parts)


def test_cli_render(tmp_path, monkeypatch):
    from targetx.cli import main

    out = tmp_path / "r.html"
    assert main(["render", str(CORPUS), "-o", str(out)]) == 0
    assert parse(out).count("svg") == 1
    assert main(["render", str(CORPUS), "-o", str(CORPUS)]) == 2


def test_headline_title_and_reasons(rendered, corpus_results):
    path, page = rendered
    text = path.read_text(encoding="utf-8")
    items = items_of(corpus_results)
    pairs = [p for it in items for p in it.pairs]
    n_targets = sum(len(it.targets) for it in items)
    met = sum(p.met for p in pairs)
    line = headline(corpus_results)
    # the counts are the pairs' own: met, then the rest of the paired, then the unpaired
    assert line.startswith(f"{met} of {len(pairs)} targets with a result met")
    assert line.endswith(f"{n_targets - len(pairs)} with no result reported")
    assert f'<p id="headline" class="headline">{line}</p>' in text
    title = text.split("<title>")[1].split("</title>")[0]
    assert "longwan-2024-11" in title and "2024-11" in title and "longwan-2024-11.page.txt" in title
    reasons = [cells[9] for cells in page.target_rows]
    assert not any("score" in r for r in reasons)  # internal pairing scores stay out
    assert any(r.startswith("same measure; reported for 1-10月") for r in reasons)


def test_rows_without_targets_are_behind_a_toggle(rendered, corpus_results):
    path, page = rendered
    items = items_of(corpus_results)
    no_target = [i for i, it in enumerate(items, 1) if not it.targets]
    assert no_target
    sections = {a["id"]: a["class"] for t, a in page.tags if t == "section" and "row" in (a.get("class") or "")}
    assert {s for s, c in sections.items() if "no-target" in c} == {f"row-{i}" for i in no_target}
    assert 'id="show-all"' in path.read_text(encoding="utf-8")


def test_prose_shows_one_text(tmp_path):
    from targetx import score_text

    item = score_text("计划新建或改造80个社区便利店,现已超额完成93个。")
    out = tmp_path / "prose.html"
    render_html([item], out)
    page = parse(out)
    assert out.read_text(encoding="utf-8").count("现已超额完成") == 1
    assert list(page.section_marks.values()) == [[("target", "80个"), ("actual", "93个")]]


def test_cli_render_prose(tmp_path, capsys):
    from targetx.cli import main

    prose = CORPUS.parent / "freetext-fuzhou-2012-10.txt"
    out = tmp_path / "r.html"
    assert main(["render", str(prose), "-o", str(out)]) == 0  # no table header: read as prose
    printed = capsys.readouterr().out
    assert "targets with a result met" in printed
    page = parse(out)
    assert len(page.section_marks) == 1 and page.target_rows
    assert main(["render", "--prose", str(prose), "-o", str(out)]) == 0
