"""Notebook views: the short text and the HTML table that Jupyter shows for an ``ItemScore`` or
a ``Report`` (``_repr_html_``), built from the flat records; plain escaped HTML, no script."""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING, Any

from .periods import PACE_STATUSES
from .records import target_records

if TYPE_CHECKING:  # notebook sits below types, whose _repr_html_ calls it
    from .types import ItemScore, Report

#: rows a Report's notebook table shows before it says how many more there are
MAX_ROWS = 60
COLUMNS = ("item", "metric", "target", "actual", "period", "ratio", "pace", "pace_status")
_COLOURS = {"met": "#166534", "on track": "#1d4ed8", "behind": "#b45309", "missed": "#b91c1c"}


def counts(records: list[dict[str, Any]]) -> str:
    """"42 targets: 27 met, 2 on track, 13 behind, 25 with no result" for target records."""
    targets = [r for r in records if not r.get("error")]
    by_status = Counter(r.get("pace_status") for r in targets)
    parts = [f"{by_status[s]} {s}" for s in PACE_STATUSES if by_status[s]]
    if by_status[None]:
        parts.append(f"{by_status[None]} with no result")
    return f"{len(targets)} targets" + (": " + ", ".join(parts) if parts else "")


def item_repr(item: ItemScore) -> str:
    """``ItemScore(doc='…', item=27, targets=2, pairs=2, met=1)``."""
    met = sum(p.met for p in item.pairs)
    return (f"ItemScore(doc={item.doc!r}, item={item.item!r}, targets={len(item.targets)}, "
            f"pairs={len(item.pairs)}, met={met})")


def report_repr(report: Report) -> str:
    """``Report(items=87, targets=67, pairs=42, met=27, errors=0)``."""
    pairs = [p for it in report.items for p in it.pairs]
    return (f"Report(items={len(report.items)}, targets={sum(len(it.targets) for it in report.items)}, "
            f"pairs={len(pairs)}, met={sum(p.met for p in pairs)}, errors={len(report.errors)})")


def item_html(item: ItemScore) -> str:
    """The row's texts and one table line per target."""
    records = target_records(item)
    head = f"<p><b>{_e(item.doc)} #{_e(item.item)}</b> {_e(counts(records))}</p>" if item.doc or item.item != "" \
        else f"<p>{_e(counts(records))}</p>"
    texts = f"<p><small>task:</small> {_e(item.task)}</p>"
    if item.progress and item.progress != item.task:
        texts += f"<p><small>progress:</small> {_e(item.progress)}</p>"
    return f"<div>{head}{texts}{_table(records)}</div>"


def report_html(report: Report) -> str:
    """The counts by status and one table line per target (the first ``MAX_ROWS``)."""
    records = [r for it in report.items for r in target_records(it)]
    more = len(records) - MAX_ROWS
    tail = f"<p>… {more} more; <code>report.to_dataframe()</code> has them all</p>" if more > 0 else ""
    errors = f"<p>{len(report.errors)} rows could not be scored</p>" if report.errors else ""
    return f"<div><p>{_e(counts(records))}</p>{errors}{_table(records[:MAX_ROWS])}{tail}</div>"


def _table(records: list[dict[str, Any]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in COLUMNS)
    rows = []
    for r in records:
        cells = []
        for c in COLUMNS:
            value = r.get(c)
            if isinstance(value, float):
                value = f"{value:.3f}"
            style = f' style="color:{_COLOURS[value]}"' if c == "pace_status" and value in _COLOURS else ""
            cells.append(f"<td{style}>{'' if value is None else _e(value)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)
