"""Read progress tables into :class:`Row` objects and write result records to files.

Readers never raise for bad input: a bad row becomes a :class:`RowError` for that row, and a file
that cannot be read at all becomes one :class:`RowError` for the file, so one bad file never sinks
a batch. Writers replace their target atomically, so an interrupted run leaves no partial file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import io
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any, Mapping

from .types import Row, RowError

def _column_tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("targetx").joinpath("data/columns.toml").read_text("utf-8"))
    return ({k: tuple(v) for k, v in data["columns"].items()},
            {k: tuple(v) for k, v in data["indicator_columns"].items()})


#: Header names that identify each field of a progress table, in every input format
#: (``data/columns.toml``); INDICATOR_COLUMNS those of an indicator table of bare numbers.
COLUMN_NAMES, INDICATOR_COLUMNS = _column_tables()
ROLES = (*COLUMN_NAMES, *INDICATOR_COLUMNS)
HEADER_SCAN_ROWS = 50  # a table's header row must be among its first this many rows
PREFIX_NAME = 3  # a header that starts with a known name of at least this many characters counts


class InputError(Exception):
    """A file that cannot be read or written; the message names the file (and line) and the problem."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = str(path), reason, line
        super().__init__(self.path + (f":{line}" if line is not None else "") + f": {reason}")


def _norm(name: str) -> str:
    """A header name as compared: simplified, half width, no spaces, lower case, no trailing colon
    or bracketed suffix."""
    from .text import normalize

    name = re.sub(r"\s+", "", normalize(name)).lower()
    return re.sub(r"[(（][^()（）]*[)）]$", "", name).rstrip(":：")


def _lookup(names: dict[str, tuple[str, ...]]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact = {_norm(n): role for role, group in names.items() for n in group}
    prefixes = sorted(((k, r) for k, r in exact.items() if len(k) >= PREFIX_NAME), key=lambda kr: -len(kr[0]))
    return exact, prefixes


_ROLE, _ROLE_PREFIX = _lookup(COLUMN_NAMES)
_INDICATOR, _INDICATOR_PREFIX = _lookup(INDICATOR_COLUMNS)


@functools.lru_cache(maxsize=4096)
def _role(cell: str, indicator: bool = False) -> str | None:
    """The role a header cell names (with ``indicator``, among the indicator-table roles)."""
    if len(cell) > 40:
        return None
    exact, prefixes = (_INDICATOR, _INDICATOR_PREFIX) if indicator else (_ROLE, _ROLE_PREFIX)
    key = _norm(cell)
    return exact.get(key) or next((r for name, r in prefixes if key.startswith(name)), None)


def role_of(name: str) -> str | None:
    """The field a header name stands for (重点工作 / 重點工作 / task -> "task"), or None."""
    return _role(name)


def parse_columns(spec: str | Mapping[str, str] | None) -> dict[str, str] | None:
    """``"task=工作事项,progress=完成情况"`` (or a mapping) as {role: header name}; ValueError for an
    unknown role or a malformed part."""
    if spec is None or spec == "":
        return None
    pairs = spec.items() if isinstance(spec, Mapping) else (part.partition("=")[::2] for part in spec.split(","))
    out = {}
    for role, name in pairs:
        role, name = role.strip(), str(name).strip()
        if role not in ROLES or not name:
            raise ValueError(f"bad column {role}={name!r}: roles are {', '.join(ROLES)}")
        out[role] = name
    if "task" not in out and "indicator" not in out:
        raise ValueError("columns must name the task column (task=…) or an indicator column (indicator=…)")
    return out


def _header(cells: list[str], columns: Mapping[str, str] | None = None) -> dict[str, int] | None:
    """Column index of each role if ``cells`` is a header row: one that names task and progress,
    or an indicator table's indicator, target and actual (or progress); ``columns`` names them
    explicitly ({role: header name})."""
    cols: dict[str, int] = {}
    if columns:
        wanted = {_norm(name): role for role, name in columns.items()}
        for i, cell in enumerate(cells):
            role = wanted.get(_norm(cell))
            if role and role not in cols:
                cols[role] = i
        return cols if ("task" in cols or "indicator" in cols) and len(cols) == len(columns) else None
    indicator: dict[str, int] = {}
    for i, cell in enumerate(cells):
        role = _role(cell, indicator=True)
        if role and role not in indicator:
            indicator[role] = i
        role = _role(cell)
        if role and role not in cols:
            cols[role] = i
    if {"indicator", "target"} <= indicator.keys() and ("actual" in indicator or "progress" in cols):
        indicator.setdefault("actual", cols.get("progress", -1))
        for role in ("item", "owners", "doc"):
            if role in cols and cols[role] not in indicator.values():
                indicator[role] = cols[role]
        return indicator
    return cols if {"task", "progress"} <= cols.keys() else None


def _fields(cols: Mapping[str, int], cells: list[str]) -> dict[str, Any]:
    """A data row's fields by role; an indicator-table row becomes a task and a progress text of
    cells (indicator, unit, target | actual, rate), which scoring reads as a pasted table row."""
    def cell(role: str) -> str:
        i = cols.get(role, -1)
        return cells[i] if 0 <= i < len(cells) else ""

    fields = {role: cell(role) for role in cols if role in COLUMN_NAMES}
    if "indicator" in cols:
        fields["task"] = "\t".join(c for c in (cell("indicator"), cell("unit"), cell("target")) if c)
        fields["progress"] = "\t".join(c for c in (cell("actual"), cell("rate")) if c)
    fields.setdefault("progress", "")
    return fields


_WIDE = re.compile(r"[^\x00-\x7f]")
# Chinese text: CJK ideographs and punctuation, plus the symbols Chinese documents use (①, ≥, ℃, ×).
_CJK = re.compile(r"[·×÷\u2000-\u27ff\u3000-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def _wide_chars(path: Path, encoding: str) -> str | None:
    """Up to 4000 non-ASCII characters if the whole file decodes cleanly, else None. A text with
    many NULs (one character in ten) is in another encoding (UTF-16 without BOM); a stray
    NUL is noise that readers drop."""
    decoder, wide, chars, nuls = codecs.getincrementaldecoder(encoding)(), "", 0, 0
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 16):
                text = decoder.decode(chunk)
                chars, nuls = chars + len(text), nuls + text.count("\x00")
                wide += "".join(_WIDE.findall(text[:100_000]))[: 4000 - len(wide)]
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return None if nuls * 10 > chars else wide


def _encoding(path: Path) -> str:
    """'utf-16' if the file starts with a UTF-16 BOM (LE or BE) and decodes as that, 'utf-8-sig', or
    'gb18030' if the file decodes as that and looks Chinese; else InputError."""
    with open(path, "rb") as f:
        bom = f.read(2)
    if bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and _wide_chars(path, "utf-16") is not None:
        return "utf-16"
    if _wide_chars(path, "utf-8-sig") is not None:
        return "utf-8-sig"
    wide = _wide_chars(path, "gb18030")
    if wide and len(_CJK.findall(wide)) >= 0.8 * len(wide):
        return "gb18030"
    raise InputError(path, "not UTF-8, UTF-16 (with BOM) or GB18030 text")


def read_text(path: str | Path) -> str:
    """The file's text: UTF-16 with a BOM, UTF-8 (BOM stripped), else GB18030/GBK/GB2312; InputError
    if none of these (or if it is an Office file or a PDF). Stray NUL bytes are dropped."""
    path = Path(path)
    _not_binary(path)
    return path.read_text(encoding=_encoding(path)).replace("\x00", "")


_FOOTER = re.compile(r"打印本页|关闭窗口|上一篇|下一篇|扫一扫|分享到|版权所有|主办单位|网站标识码|ICP备|^发布(日期|时间)[:：]")


def parse_page_text(text: str, doc: str, source: str = "") -> list[Row]:
    """Rows of a progress table scraped from a web page as text.

    Layout: chrome, a header with one column name per line (the number column first, owners
    optional), then per row its number alone on a line followed by one line per cell; blank lines
    separate everything. Extra lines of a row belong to its progress cell (joined with "\\n").
    Row numbers must ascend by one. The table ends at the first line that is not the next number
    and is a footer line, a repeat of the chrome above the header, or a header name. Only the
    first table is read (pages often repeat it for printing). InputError if no header is found.
    """
    lines = [(n, s) for n, raw in enumerate(text.splitlines(), 1) if (s := raw.strip())]
    for h in range(len(lines)):
        roles: list[str] = []
        while h + len(roles) < len(lines) and (r := _role(lines[h + len(roles)][1])) and r not in roles:
            roles.append(r)
        if {"task", "progress"} <= set(roles):
            break
    else:
        raise InputError(source or doc, "no header row (序号 / 重点工作 / 责任单位 / 进展情况) found")
    cols = [r for r in roles if r not in ("item", "doc")]
    chrome = {s for _, s in lines[:h] if not s.isdigit()}
    k = h + len(roles)
    number = re.fullmatch(r"(\d+)[.、]?", lines[k][1]) if k < len(lines) else None
    n = int(number.group(1)) if number else 0
    rows: list[Row] = []
    while k < len(lines) and re.fullmatch(rf"{n}[.、]?", lines[k][1]):
        line, k, cells = lines[k][0], k + 1, []
        while k < len(lines) and not _ends_cell(lines[k][1], n + 1, chrome):
            cells.append(lines[k][1])
            k += 1
        values = dict(zip(cols, _fit(cells, cols)))
        rows.append(Row(values["task"], values["progress"], values.get("owners", ""), doc, n, source, line))
        n += 1
    if not rows:
        raise InputError(source or doc, "no numbered rows (1, 2, 3 ...) after the header")
    return rows


def _ends_cell(s: str, next_number: int, chrome: set[str]) -> bool:
    footer = len(s) <= 80 and _FOOTER.search(s)
    return bool(re.fullmatch(rf"{next_number}[.、]?", s) or s in chrome or _role(s) or footer)


def _fit(cells: list[str], cols: list[str]) -> list[str]:
    """Spread a row's lines over the columns: surplus lines go to the progress cell."""
    p, extra = cols.index("progress"), len(cells) - len(cols)
    if extra > 0:
        cells = cells[:p] + ["\n".join(cells[p : p + extra + 1])] + cells[p + extra + 1 :]
    return cells + [""] * (len(cols) - len(cells))


def _make_row(fields: dict[str, Any], doc: str, index: int, source: str, line: int | None) -> Row | RowError:
    """A Row from role -> value, or a RowError if the task is missing or a field is not text."""
    item = fields.get("item")
    if isinstance(item, str) and item.strip().isdigit():
        item = int(item)
    elif isinstance(item, bool) or not isinstance(item, (int, str)) or item == "":
        item = index
    if "task" not in fields:
        return RowError(source, line, "missing task", doc, item)
    for key in ("task", "progress", "owners", "doc"):
        if fields.get(key) is not None and not isinstance(fields[key], str):
            return RowError(source, line, f"{key} is {type(fields[key]).__name__}, not text", doc, item)
    text = {k: fields.get(k) or "" for k in ("task", "progress", "owners", "doc")}
    if not text["task"].strip():
        return RowError(source, line, "empty task", text["doc"] or doc, item)
    return Row(text["task"], text["progress"], text["owners"], text["doc"] or doc, item, source, line)


def _read_page(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
               ) -> Iterator[Row | RowError]:
    """A page as published (one cell a line), or a table pasted as text with tab-separated cells."""
    text = read_text(path)
    if "\t" in text and any(_header(line.split("\t"), columns) for line in text.splitlines()[:HEADER_SCAN_ROWS]):
        rows = ((n, [_cell(c) for c in line.split("\t")]) for n, line in enumerate(text.splitlines(), start=1))
        yield from _read_tables([rows], path, source, doc, columns=columns)
        return
    for row in parse_page_text(text, doc, source):
        yield row if row.task else RowError(source, row.line, "empty task", doc, row.item)


def _read_jsonl(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
                ) -> Iterator[Row | RowError]:
    """One JSON object per line, read line by line; keys may be any known column name."""
    wanted = {_norm(name): role for role, name in columns.items()} if columns else None
    with contextlib.nullcontext(sys.stdin.buffer) if source == "<stdin>" else open(path, "rb") as f:
        index = 0
        for line, raw in enumerate(f, 1):
            if line == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            index += 1
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                yield RowError(source, line, f"bad JSON: {exc}", doc, index)
                continue
            if not isinstance(obj, dict):
                yield RowError(source, line, f"not a JSON object but {type(obj).__name__}", doc, index)
                continue
            fields: dict[str, Any] = {}
            for key, value in obj.items():
                role = wanted.get(_norm(key)) if wanted else _role(key)
                if role and role not in fields:
                    fields[role] = value
            yield _make_row(fields, doc, index, source, line)


def _read_tables(
    tables: Iterable[Iterable[tuple[int, list[str]]]], path: Path, source: str, doc: str, every: bool = False,
    columns: Mapping[str, str] | None = None,
) -> Iterator[Row | RowError]:
    """Rows of (line, cells) under the header of the first table (or ``every`` table) that has one
    among its first ``HEADER_SCAN_ROWS`` rows. Skips empty rows, repeats of the header row (compared as
    column names, so a data row that merely reads like one, "任务 | 进展", is kept) and title/section
    rows spanning the row. The error for a file without a header shows the first cells it holds."""
    index, found = 0, False
    seen: list[str] = []  # the first non-empty rows, for the error message
    for table in tables:
        it = iter(table)
        head = None
        for _, (_, cells) in zip(range(HEADER_SCAN_ROWS), it):
            if _header(cells, columns):
                head = cells
                break
            if len(seen) < 3 and any(cells):
                seen.append(" | ".join(c[:20] for c in cells if c))
        if head is None:
            continue
        found, cols, repeat = True, _header(head, columns) or {}, _names(head)
        for line, cells in it:
            fields = _fields(cols, cells)
            filled = [c for c in cells if c]
            if not filled or _names(cells) == repeat or (
                len(set(filled)) == 1 and (len(filled) > 1 or fields["task"] != filled[0])
            ):
                continue
            index += 1
            yield _make_row(fields, doc, index, source, line)
        if not every:
            return
    if not found:
        wanted = (f"row with the columns {', '.join(f'{r}={n}' for r, n in columns.items())}" if columns
                  else "header row naming task and progress columns (e.g. 重点工作, 进展情况) or an indicator table "
                       "(指标名称, 年度目标, 累计完成)")
        held = "; the first rows hold: " + " / ".join(repr(r) for r in seen) if seen else "; it holds no cells"
        raise InputError(path, f"no {wanted} in the first {HEADER_SCAN_ROWS} rows{held} "
                               "(name them with --columns task=…,progress=…)")


def _names(cells: list[str]) -> list[str]:
    """Cells compared as column names (trailing empty cells dropped)."""
    names = [_norm(c) for c in cells]
    while names and not names[-1]:
        names.pop()
    return names


def _cell(value: Any) -> str:
    """A cell value as text: integral floats without ".0", lines stripped, blank lines dropped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "\n".join(s for line in text.splitlines() if (s := line.strip()))


MAX_FIELD = 1_000_000  # characters of one CSV field (a row is at most this long anyway)


def _read_csv(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
              ) -> Iterator[Row | RowError]:
    """CSV (delimiter sniffed) in UTF-8, UTF-8 with BOM, UTF-16 with BOM or GB18030; header in the first rows.

    NUL bytes are dropped (they are never text); a field over ``MAX_FIELD`` characters is an error
    for its row and reading goes on; a quote that never closes is an error naming its line (the
    rest of the file would otherwise be one cell)."""
    _not_binary(path)
    encoding = _encoding(path)
    with open(path, encoding=encoding, newline="") as f:
        try:
            dialect: Any = csv.Sniffer().sniff(f.read(1 << 16).replace("\0", ""), delimiters=",\t;|")
        except csv.Error:
            dialect = csv.excel
    with open(path, encoding=encoding, newline="") as f:
        reader = csv.reader((line.replace("\0", "") for line in f), dialect, strict=True)
        errors: list[RowError] = []

        def rows() -> Iterator[tuple[int, list[str]]]:
            start = 1
            while True:
                limit = csv.field_size_limit(MAX_FIELD)  # for this read only: the host's limit stays
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    if "field larger" in str(exc):
                        errors.append(RowError(source, start, f"a field over {MAX_FIELD:,} characters", doc))
                        start = reader.line_num + 1
                        continue
                    if reader.line_num > start and ("end of data" in str(exc).lower() or "EOF" in str(exc)):
                        reason = (f"a quote opened on line {start} never closes (lines {start}-{reader.line_num} "
                                  "would be one cell)")
                    else:
                        reason = f"bad CSV: {exc}"
                    errors.append(RowError(source, start, reason, doc))
                    return
                finally:
                    csv.field_size_limit(limit)
                yield start, [_cell(c) for c in cells]
                start = reader.line_num + 1

        for row in _read_tables([rows()], path, source, doc, columns=columns):
            yield from errors
            errors.clear()
            yield row
        yield from errors


MAX_UNZIPPED_BYTES = 2_000_000_000  # an .xlsx/.docx that unpacks to more is refused (zip bomb)
MAX_SHARED_STRINGS_BYTES = 256_000_000  # openpyxl holds the shared strings in memory, even streaming
STREAM_XLSX_BYTES = 20_000_000  # worksheets larger than this (unpacked) are streamed


def _unzipped(path: Path, kind: str) -> dict[str, int]:
    """Unpacked size of each member of an Office file; InputError for what is not such a file or
    would unpack past the caps."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
    except zipfile.BadZipFile:
        _expect_magic(path, _ZIP, kind)  # names what it is (an old .xls, a PDF) when it can
        raise InputError(path, f"not a {kind} file: not a zip archive (an old .xls or .doc renamed?)") from None
    total = sum(sizes.values())
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(path, f"unpacks to {total / 1e6:,.0f} MB (over {MAX_UNZIPPED_BYTES / 1e6:,.0f} MB): refused")
    shared = sum(n for name, n in sizes.items() if name.endswith("sharedStrings.xml"))
    if shared > MAX_SHARED_STRINGS_BYTES:
        raise InputError(path, f"its shared strings unpack to {shared / 1e6:,.0f} MB: refused")
    return sizes


def _read_xlsx(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
               ) -> Iterator[Row | RowError]:
    """The first worksheet with a header row among its first rows.

    Every cell of a merged range reads as the range's top-left value, so rows under a 序号 or 责任单位
    merged over several rows all get it: such sub-rows share the document's item number and are told
    apart by ``line``. A workbook whose sheets unpack to more than ``STREAM_XLSX_BYTES`` is streamed
    row by row (memory stays flat), its merged ranges read from the sheet XML.
    """
    try:
        import openpyxl
    except ImportError:
        raise InputError(path, "reading .xlsx needs openpyxl: pip install openpyxl") from None
    sizes = _unzipped(path, ".xlsx")
    stream = sum(n for name, n in sizes.items() if name.startswith("xl/worksheets/")) > STREAM_XLSX_BYTES
    book = openpyxl.load_workbook(path, read_only=stream, data_only=True)
    try:
        def merged(sheet: Any) -> list[tuple[int, int, int, int]]:
            if not stream:
                return [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]
            return _merged_from_xml(path, sheet._worksheet_path)

        yield from _read_tables((_sheet_rows(sheet, merged(sheet)) for sheet in book.worksheets), path, source, doc,
                                columns=columns)
    finally:
        book.close()


def _merged_from_xml(path: Path, member: str) -> list[tuple[int, int, int, int]]:
    """(min row, min col, max row, max col) of every merged range of a worksheet, read from its XML
    as a stream (the read-only mode of openpyxl does not keep them)."""
    import zipfile
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils import range_boundaries

    out = []
    with zipfile.ZipFile(path) as archive, archive.open(member) as xml:
        for _, element in iterparse(xml):
            if element.tag.endswith("}mergeCell") and element.get("ref"):
                min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                out.append((min_row, min_col, max_row, max_col))
            element.clear()
    return out


def _sheet_rows(sheet: Any, merged: list[tuple[int, int, int, int]]) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of a worksheet, each merged range filled with its top-left value (ranges
    are kept as ranges, so a huge one costs nothing until its rows come)."""
    starting: dict[int, list[tuple[int, int, int, int]]] = {}
    for rng in merged:
        starting.setdefault(rng[0], []).append(rng)
    active: list[tuple[tuple[int, int, int, int], Any]] = []  # ranges covering this row, with their value
    for n, values in enumerate(sheet.iter_rows(values_only=True), 1):
        row = list(values)
        active = [(rng, v) for rng, v in active if rng[2] >= n]
        active += [(rng, row[rng[1] - 1] if rng[1] - 1 < len(row) else None) for rng in starting.pop(n, ())]
        for (_, min_col, _, max_col), value in active:
            if max_col > len(row):
                row += [None] * (min(max_col, len(row) + MAX_COLSPAN) - len(row))
            for c in range(min_col - 1, min(max_col, len(row))):
                row[c] = value
        yield n, [_cell(v) for v in row]


def _read_docx(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
               ) -> Iterator[Row | RowError]:
    """Every table with a header row (Word tables are often split); line = row number over all tables."""
    try:
        import docx
    except ImportError:
        raise InputError(path, "reading .docx needs python-docx: pip install python-docx") from None
    _unzipped(path, ".docx")
    tables, offset = [], 0
    for table in docx.Document(str(path)).tables:
        tables.append([(offset + n, [_cell(c.text) for c in r.cells]) for n, r in enumerate(table.rows, 1)])
        offset += len(tables[-1])
    yield from _read_tables(tables, path, source, doc, every=True, columns=columns)


def _read_xls(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
              ) -> Iterator[Row | RowError]:
    """An old Excel workbook (.xls, BIFF) through xlrd: the first sheet with a header row, merged
    ranges filled with their top-left value as for .xlsx."""
    try:
        import xlrd
    except ImportError:
        raise InputError(path, "reading .xls needs xlrd: pip install 'targetx[xls]'") from None
    _expect_magic(path, _OLE2, ".xls")
    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        def rows(sheet: Any) -> Iterator[tuple[int, list[str]]]:
            merged = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
            yield from _sheet_rows(_XlsSheet(sheet), merged)

        yield from _read_tables((rows(book.sheet_by_index(i)) for i in range(book.nsheets)), path, source, doc,
                                columns=columns)
    finally:
        book.release_resources()


class _XlsSheet:
    """An xlrd sheet seen as openpyxl's ``iter_rows(values_only=True)``."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def iter_rows(self, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        for r in range(self.sheet.nrows):
            yield tuple(self.sheet.row_values(r))


def _read_pdf(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
              ) -> Iterator[Row | RowError]:
    """The tables of a PDF through pdfplumber, page after page as one table (a long table runs
    on over pages without repeating its header); ``line`` counts table rows from the first."""
    try:
        import pdfplumber
    except ImportError:
        raise InputError(path, "reading .pdf needs pdfplumber: pip install 'targetx[pdf]'") from None
    _expect_magic(path, _PDF, ".pdf")

    def rows() -> Iterator[tuple[int, list[str]]]:
        n = 0
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                for table in page.extract_tables():
                    for cells in table:
                        n += 1
                        yield n, [_cell(c) for c in cells]
                page.flush_cache()

    yield from _read_tables([rows()], path, source, doc, columns=columns)


_ZIP, _OLE2, _PDF = b"PK\x03\x04", bytes.fromhex("d0cf11e0a1b11ae1"), b"%PDF"
_KINDS = {_ZIP: "a zip archive (.xlsx, .docx)", _OLE2: "an old Office file (.xls, .doc)", _PDF: "a PDF"}


def _expect_magic(path: Path, magic: bytes, kind: str) -> None:
    """InputError when the file's first bytes are not those of ``kind`` (an .xls renamed .xlsx)."""
    with open(path, "rb") as f:
        head = f.read(8)
    if not head.startswith(magic):
        found = next((name for m, name in _KINDS.items() if head.startswith(m)), None)
        raise InputError(path, f"not a {kind} file" + (f": it is {found}; rename it" if found else ""))


def _not_binary(path: Path) -> None:
    """A text format (.csv, .txt, .jsonl, .html) that holds an Office file or a PDF says so."""
    with open(path, "rb") as f:
        head = f.read(8)
    found = next((name for m, name in _KINDS.items() if head.startswith(m)), None)
    if found:
        raise InputError(path, f"not a {path.suffix} text file: it is {found}; rename it")


class _Tables(HTMLParser):
    """Every <table> as rows of (text, rowspan, colspan) cells; a nested table is a table of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._open: list[list[Any]] = []  # per open table: [rows, text of the open cell or None, spans]
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        top = self._open[-1] if self._open else None
        if tag in ("script", "style"):
            self._skip = True
        elif tag == "table":
            self.tables.append([])
            self._open.append([self.tables[-1], None, (1, 1)])
        elif top and tag in ("tr", "td", "th"):
            self._close(top)
            if tag == "tr" or not top[0]:
                top[0].append([])
            if tag != "tr":
                a = dict(attrs)
                top[1:] = [[], (_span(a.get("rowspan")), _span(a.get("colspan")))]
        elif tag in ("br", "p", "div", "li"):
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = False
        elif self._open and tag in ("table", "tr", "td", "th"):
            self._close(self._open[-1])
            if tag == "table":
                self._open.pop()
        elif tag in ("p", "div", "li"):
            self._add("\n")

    def handle_data(self, data: str) -> None:
        self._add(re.sub(r"\s+", " ", data))  # line breaks in HTML source are plain spaces

    def _add(self, text: str) -> None:
        if self._open and self._open[-1][1] is not None and not self._skip:
            self._open[-1][1].append(text)

    @staticmethod
    def _close(top: list[Any]) -> None:
        if top[1] is not None:
            top[0][-1].append((_cell("".join(top[1])), *top[2]))
            top[1] = None


MAX_COLSPAN = 100  # no progress table is wider; a larger colspan is clipped to this
MAX_GRID_CELLS = 500_000  # slots of one table once spans are expanded (a 5,000-row table has 50,000); more is a file error


def _span(value: str | None) -> int:
    return min(max(int(value), 1), 1000) if value and value.strip().isdigit() else 1


def _grid(rows: list[list[tuple[str, int, int]]]) -> Iterator[tuple[int, list[str]]]:
    """Expand rowspan/colspan: a spanning cell's text is repeated in every slot it covers. A
    rowspan ends with its table and a colspan is clipped to ``MAX_COLSPAN``; a table of more than
    ``MAX_GRID_CELLS`` slots is an InputError (spans that only blow a small file up)."""
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    budget = MAX_GRID_CELLS
    for n, cells in enumerate(rows, 1):
        out: list[str] = []
        queue = iter(cells)
        nxt = next(queue, None)
        last = max(pending, default=-1)  # columns covered from rows above (new ones lie behind)
        while nxt is not None or len(out) <= last:
            if len(out) in pending:
                text, left = pending.pop(len(out))
                if left > 1:
                    pending[len(out)] = (text, left - 1)
                out.append(text)
            elif nxt is not None:
                text, rowspan, colspan = nxt
                rowspan = min(rowspan, len(rows) - n + 1)
                for _ in range(min(colspan, MAX_COLSPAN)):
                    if rowspan > 1:
                        pending[len(out)] = (text, rowspan - 1)
                    out.append(text)
                nxt = next(queue, None)
            else:
                out.append("")
        budget -= len(out)
        if budget < 0:
            raise InputError("", f"table too large: over {MAX_GRID_CELLS:,} cells once rowspan/colspan "
                                   "are expanded", line=n)
        yield n, out


def _read_html(path: Path, source: str, doc: str, columns: Mapping[str, str] | None = None
               ) -> Iterator[Row | RowError]:
    """The first <table> with a header row (saved pages often repeat a table for printing)."""
    parser = _Tables()
    parser.feed(read_text(path))
    parser.close()
    yield from _read_tables(map(_grid, parser.tables), path, source, doc, columns=columns)


_READERS: dict[str, Callable[..., Iterator[Row | RowError]]] = {
    ".txt": _read_page, ".jsonl": _read_jsonl, ".csv": _read_csv, ".tsv": _read_csv, ".xlsx": _read_xlsx,
    ".html": _read_html, ".htm": _read_html, ".docx": _read_docx, ".xls": _read_xls, ".pdf": _read_pdf,
}
SUPPORTED_SUFFIXES = frozenset(_READERS)


def read_table(path: str | Path, columns: str | Mapping[str, str] | None = None) -> list[Row | RowError]:
    """Every row of one table file (any supported format) as ``Row`` objects, with a ``RowError``
    for each row or file part that cannot be read. ``columns`` names the columns whose headers
    targetx does not know ({"task": "工作事项", "progress": "完成情况"} or "task=…,progress=…").

    >>> rows = read_table("corpus/longwan-2024-11.items.jsonl")  # doctest: +SKIP
    """
    return list(read_rows(path, columns=columns))


def read_rows(path: str | Path, *, doc: str | None = None, columns: str | Mapping[str, str] | None = None
              ) -> Iterator[Row | RowError]:
    """Rows of one input file, chosen by extension; ``"-"`` reads JSONL from stdin.

    ``doc`` defaults to the file name up to its first dot (a JSONL line's own ``doc`` wins). A bad row yields a
    RowError and reading goes on; an unreadable file yields one RowError with ``line=None`` (so do
    a missing file, a folder — :func:`iter_input_paths` passes on one without readable files — and
    a missing openpyxl or python-docx).
    """
    stdin = str(path) == "-"
    path = Path(path)
    source = "<stdin>" if stdin else str(path)
    doc = doc if doc is not None else "stdin" if stdin else path.name.split(".")[0]
    reader = _read_jsonl if stdin else _READERS.get(path.suffix.lower())
    if not stdin and not os.path.lexists(path):
        yield RowError(source, None, "no such file", doc)
        return
    if not stdin and not path.exists():
        yield RowError(source, None, f"dangling symlink (to {os.readlink(path)})", doc)
        return
    if not stdin and path.is_dir() and not os.access(path, os.R_OK | os.X_OK):
        yield RowError(source, None, "cannot read folder: permission denied", doc)
        return
    if not stdin and path.is_dir():
        kinds = " ".join(_READERS)
        yield RowError(source, None, f"folder has no readable files ({kinds})", doc)
        return
    if reader is None:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        yield RowError(source, None, f"unsupported file type {path.suffix or '(none)'!r}; use {kinds}", doc)
        return
    try:
        yield from reader(path, source, doc, parse_columns(columns))
    except InputError as exc:
        yield RowError(source, exc.line, exc.reason, doc)
    except OSError as exc:
        yield RowError(source, None, f"cannot read file: {exc.strerror or exc}", doc)
    except Exception as exc:  # corrupt xlsx/docx and the like: report, don't sink the batch
        yield RowError(source, None, f"cannot read file: {type(exc).__name__}: {exc}", doc)


GOLD_SUFFIX = ".gold.jsonl"


def iter_input_paths(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Files as given (``"-"`` for stdin); directories expanded recursively to supported files, sorted.

    Hidden files and folders, Office lock files (``~$name.docx``), gold annotations
    (``*.gold.jsonl``: they hold the rows once more, with answers), the files in ``exclude`` (the
    run's own output, which may sit inside an input folder) and earlier targetx outputs are
    skipped. Nothing is skipped silently: a folder with no supported file, a subfolder that cannot
    be read and a dangling symlink are yielded themselves, so that :func:`read_rows` reports them.
    Symlinked folders are not followed (no loops).
    """
    skip = {Path(e).resolve() for e in exclude if str(e) != "-"}
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-" or not path.is_dir():
            yield path
            continue
        found: list[Path] = []
        unreadable: list[Path] = []
        for folder, dirs, files in os.walk(path, onerror=lambda e: unreadable.append(Path(e.filename))):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "~$")))
            for name in files:
                p = Path(folder) / name
                if name.startswith((".", "~$")) or p.suffix.lower() not in SUPPORTED_SUFFIXES \
                        or name.endswith(GOLD_SUFFIX):
                    continue
                if p.is_symlink() and not p.exists():
                    found.append(p)  # dangling: read_rows says so
                elif p.resolve() not in skip and not (p.suffix.lower() in (".csv", ".jsonl") and is_targetx_output(p)):
                    found.append(p)
        found += unreadable
        yield from sorted(found) or [path]


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    return obj.to_dict() if hasattr(obj, "to_dict") else str(obj)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list, tuple)):
        return _dumps(value)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise ValueError(f"refusing to write the non-finite number {value!r}")
    return encodable(str(value))


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` as UTF-8 can hold it. A file name read undecoded from a Windows archive (GBK
    bytes, which Python keeps as lone surrogates) is decoded as GB18030; any other lone surrogate
    (a JSON ``"\\ud800"``) becomes U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("gb18030")
    except UnicodeError:
        return _SURROGATE.sub("\ufffd", text)


def _encodable_record(rec: dict) -> dict:
    return {k: encodable(v) if isinstance(v, str) else v for k, v in rec.items()}


def _dumps(value: Any) -> str:
    """Strict JSON: NaN or infinity is a bug and raises instead of writing what parsers reject."""
    return json.dumps(value, ensure_ascii=False, default=_json_default, allow_nan=False)


def _write_jsonl(records: Iterable[dict], f: IO[bytes], columns: list[str] | None, bom: bool) -> int:
    n = 0
    for n, rec in enumerate(records, 1):
        f.write(_dumps(_encodable_record(rec)).encode() + b"\n")
    return n


def _write_csv(records: Iterable[dict], f: IO[bytes], columns: list[str] | None, bom: bool) -> int:
    """Header = ``columns`` then every other key in first-seen order (so the rows are buffered in
    an anonymous temp file until the header is known; memory stays flat)."""
    cols, n = list(columns or ()), 0
    seen = set(cols)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as body:
        for n, rec in enumerate(records, 1):
            for key in rec:
                if key not in seen:
                    seen.add(key)
                    cols.append(key)
            body.write(_dumps([_csv_value(rec.get(k)) for k in cols]) + "\n")
        body.seek(0)
        text = io.TextIOWrapper(f, encoding="utf-8-sig" if bom else "utf-8", newline="")
        writer = csv.writer(text)
        if cols:
            writer.writerow(cols)
        for line in body:
            row = json.loads(line)
            writer.writerow(row + [""] * (len(cols) - len(row)))
        text.flush()
        text.detach()
    return n


def _write_parquet(records: Iterable[dict], f: IO[bytes], columns: list[str] | None, bom: bool) -> int:
    """All records in one table (parquet needs the whole schema, so this one holds them in memory)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [json.loads(_dumps(_encodable_record(r))) for r in records]
    table = pa.Table.from_pylist(rows)
    first = [c for c in columns or () if c in table.column_names]
    pq.write_table(table.select(first + [c for c in table.column_names if c not in first]), f)
    return len(rows)


#: fill colour of the status cell in an XLSX output
STATUS_FILLS = {"met": "C6EFCE", "not met": "FFC7CE", "no result reported": "FFEB9C", "error": "D9D9D9"}


def _write_xlsx(records: Iterable[dict], f: IO[bytes], columns: list[str] | None, bom: bool) -> int:
    """A workbook streamed row by row: the records (header frozen, autofilter, widths, numbers as
    numbers, the status coloured), and a second sheet with the errors."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    cols = list(columns or ())
    book = Workbook(write_only=True)
    sheet, errors = book.create_sheet("records"), book.create_sheet("errors")
    error_cols = ["doc", "item", "source", "line", "error"]
    widths = {"metric": 24, "why": 40, "task": 40, "progress": 40, "error": 50, "source": 30}
    fills = {k: PatternFill("solid", fgColor=v) for k, v in STATUS_FILLS.items()}
    bold = Font(bold=True)
    n = e = 0
    first = True
    for n, rec in enumerate(records, 1):
        if first:
            cols = cols or list(rec)
            for i, c in enumerate(cols, 1):
                sheet.column_dimensions[get_column_letter(i)].width = widths.get(c, 12)
            for i, c in enumerate(error_cols, 1):
                errors.column_dimensions[get_column_letter(i)].width = widths.get(c, 12)
            sheet.freeze_panes = errors.freeze_panes = "A2"
            sheet.append([_header_cell(sheet, c, bold, WriteOnlyCell) for c in cols])
            errors.append([_header_cell(errors, c, bold, WriteOnlyCell) for c in error_cols])
            first = False
        row = []
        for c in cols:
            value = rec.get(c)
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"refusing to write the non-finite number {value!r}")
            if not isinstance(value, (int, float, bool, type(None))):
                value = encodable(value if isinstance(value, str) else _dumps(value))
            cell = WriteOnlyCell(sheet, value)
            if c == "status" and value in fills:
                cell.fill = fills[value]
            row.append(cell)
        sheet.append(row)
        if rec.get("error"):
            e += 1
            errors.append([encodable(str(v)) if isinstance(v, str) else v for v in (rec.get(c) for c in error_cols)])
    if cols:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{n + 1}"
        errors.auto_filter.ref = f"A1:{get_column_letter(len(error_cols))}{e + 1}"
    book.save(f)
    return n


def _header_cell(sheet: Any, name: str, font: Any, cell_type: Any) -> Any:
    cell = cell_type(sheet, name)
    cell.font = font
    return cell


_WRITERS = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet, "xlsx": _write_xlsx}


RECORD_KEYS = ("doc", "item", "target", "ratio", "met")  # a file with these columns is a targetx output


def output_target(out: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The file ``out`` names, checked before anything is written: InputError when it cannot be
    resolved (a symlink loop), is not a regular file (a FIFO, a device, a folder), is one of
    ``inputs``, or is a table that scanning an input folder reads (unless it is an earlier
    targetx output, which the scan skips)."""
    path = Path(out)
    try:
        target = path.resolve(strict=False)
    except (RuntimeError, OSError) as exc:  # RuntimeError: a symlink loop (before Python 3.13)
        raise InputError(out, f"cannot resolve the output path: {exc}") from None
    try:
        exists = target.exists()
        if exists and not target.is_file():
            raise InputError(out, "refusing to write: it exists and is not a regular file")
    except OSError as exc:  # ELOOP on a symlink loop
        raise InputError(out, f"cannot use the output path: {exc.strerror or exc}") from None
    for given in inputs:
        if str(given) == "-":
            continue
        try:
            source = Path(given).resolve()
        except (RuntimeError, OSError):
            continue
        if source == target:
            raise InputError(out, "refusing to overwrite an input file")
        if exists and source.is_dir() and target.is_relative_to(source) and _is_scanned(target, source) \
                and not is_targetx_output(target):
            raise InputError(out, f"refusing to overwrite {target.name}: it is an input table in {given}")
    return target


def _is_scanned(path: Path, folder: Path) -> bool:
    """Whether scanning ``folder`` would read ``path`` as a table."""
    parts = path.relative_to(folder).parts
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not any(p.startswith((".", "~$")) for p in parts)


def is_targetx_output(path: Path) -> bool:
    """Whether ``path`` holds records that targetx wrote (its first line names the record
    columns): such a file may be replaced by a new run and is never read back as a table."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096).decode("utf-8-sig", "replace").splitlines()[:1]
    except OSError:
        return False
    if not head:
        return False
    line = head[0]
    if line.startswith("{"):
        try:
            keys = set(json.loads(line))
        except ValueError:
            return False
    else:
        keys = set(next(csv.reader([line]), []))
    return all(k in keys for k in RECORD_KEYS)


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    """A temp file next to ``path`` that replaces it only once the body finished without error."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            mode = path.stat().st_mode & 0o7777
        else:
            os.umask(umask := os.umask(0o022))
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_file(data: bytes, out: str | Path, inputs: Iterable[str | Path] = ()) -> None:
    """Write ``data`` to ``out`` whole or not at all, with the same refusals as ``write_records``
    (an input, a non-regular file, an unresolvable path); InputError if it cannot be written."""
    target = output_target(out, inputs)
    try:
        with _atomic(target) as f:
            f.write(data)
    except OSError as exc:
        raise InputError(out, f"cannot write: {exc.strerror or exc}") from exc


def write_records(
    records: Iterable[dict],
    out: str | Path,
    fmt: str | None = None,
    *,
    inputs: Iterable[str | Path] = (),
    columns: Iterable[str] | None = None,
) -> int:
    """Write records as csv, jsonl, xlsx or parquet (``fmt``, else the extension of ``out``); return the count.

    ``out="-"`` writes to stdout (jsonl unless ``fmt``). Files are replaced atomically: on any error
    or KeyboardInterrupt the old file is untouched and no temp file is left. CSV is UTF-8 with BOM
    (for Excel); its header is ``columns`` followed by any other keys in first-seen order, and dict
    or list values are written as JSON. Parquet needs pyarrow. InputError for an unknown format, a
    missing pyarrow, an ``out`` that is one of ``inputs``, or an OSError creating, writing or
    replacing the file (say, its folder does not exist).
    """
    to_stdout = str(out) == "-"
    kind = (fmt or ("jsonl" if to_stdout else Path(out).suffix)).lower().lstrip(".")
    if kind not in _WRITERS:
        raise InputError(out, f"unknown output format {kind!r}; use csv, jsonl, xlsx or parquet")
    if kind == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError(out, "writing parquet needs pyarrow: pip install pyarrow") from None
    cols = list(columns) if columns is not None else None
    if to_stdout:
        sys.stdout.flush()
        count = _WRITERS[kind](records, sys.stdout.buffer, cols, False)
        sys.stdout.buffer.flush()
        return count
    target = output_target(out, inputs)
    try:
        with _atomic(target) as f:
            return _WRITERS[kind](records, f, cols, True)
    except OSError as exc:
        raise InputError(out, f"cannot write: {exc.strerror or exc}") from exc
