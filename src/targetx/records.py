"""Flat output records: one per target of a row (paired or not), and one for a row with no
numeric target, so that every input row appears in the output. Every writer and
``Report.to_records`` / ``to_dataframe`` share this shape: ``RECORD_COLUMNS``."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .periods import pace_of

if TYPE_CHECKING:  # records sit below types: Report.to_records calls them
    from .rules import Rules
    from .types import ItemScore, Mention, Quantity


#: every record has these keys, in this order (CSV, JSONL, parquet, XLSX and DataFrame columns)
RECORD_COLUMNS = [
    "doc", "item", "owners", "metric", "target", "target_value", "target_unit", "kind", "bound",
    "actual", "actual_value", "actual_unit", "period", "ratio", "stated_rate", "met", "status",
    "elapsed", "pace", "pace_status",
    "adjusted_target", "why", "task", "progress", "error", "source", "line",
]
#: the values of ``status``
STATUSES = ("met", "not met", "no result reported", "no numeric target", "error")


def row_records(item: ItemScore, rules: Rules | None = None) -> list[dict[str, Any]]:
    """The row's output records: one per target, or one saying it has no numeric target."""
    records = target_records(item, rules)
    if records:
        return records
    return [{**dict.fromkeys(RECORD_COLUMNS), "doc": item.doc, "item": item.item, "owners": item.owners,
             "status": "no numeric target", "why": "the task states no numeric target",
             "task": item.task, "progress": item.progress, "source": item.source or None, "line": item.line}]


def error_record(doc: str, item: Any, reason: str, source: str, line: int | None) -> dict[str, Any]:
    """The record of a row or file that could not be read or scored."""
    return {**dict.fromkeys(RECORD_COLUMNS), "doc": doc, "item": item, "status": "error", "error": reason,
            "source": source, "line": line}


def target_records(item: ItemScore, rules: Rules | None = None) -> list[dict[str, Any]]:
    """Flat output records: one per target of the row, paired or not. ``elapsed``, ``pace`` and
    ``pace_status`` are those of ``periods.pace_of`` (``rules`` give the period words)."""
    records = []
    for target in item.targets:
        pair = item.pair_for(target)
        q = target.quantity
        share, pace, pace_status = pace_of(pair, item, rules)
        stated = _stated_rate(item) if pair else None
        records.append({
            "doc": item.doc,
            "item": item.item,
            "owners": item.owners,
            "metric": target.metric,
            "target": q.text,
            "target_value": float(q.value),
            "target_unit": q.unit,
            "kind": q.kind,
            "bound": q.bound,
            "actual": " + ".join(a.text for a in pair.actuals) if pair else None,
            "actual_value": _actual_value(q, pair.actuals) if pair else None,
            "actual_unit": _actual_unit(q, pair.actuals) if pair else None,
            "period": (pair.actuals[0].period if pair else None),
            "ratio": pair.ratio if pair else None,
            "stated_rate": stated,
            "met": pair.met if pair else None,
            "status": ("met" if pair.met else "not met") if pair else "no result reported",
            "elapsed": share,
            "pace": pace,
            "pace_status": pace_status,
            "adjusted_target": _adjustment_of(item, target),
            "why": (pair.why + _rate_check(stated, pair.ratio)) if pair else "no answering actual found",
            "task": item.task,
            "progress": item.progress,
            "error": None,
            "source": item.source or None,
            "line": item.line,
        })
    return records


def _actual_value(target: Quantity, actuals: tuple[Mention, ...]) -> float | None:
    """The actuals' total in the target's unit (for a zero target, in the unit both share)."""
    if target.value and target.base_value:
        return float(sum((a.quantity.base_value for a in actuals), Decimal(0)) / (target.base_value / target.value))
    if all(a.quantity.unit == target.unit for a in actuals):
        return float(sum((a.quantity.value for a in actuals), Decimal(0)))
    return None


#: a stated completion rate this far (absolute) from the computed ratio is flagged
RATE_TOLERANCE = 0.005


def _stated_rate(item: ItemScore) -> float | None:
    """The completion rate the row states (an indicator table's 完成率 column, "完成率127.8%"), as
    a fraction, when the row has one target and one such rate."""
    rates = [a for a in item.actuals if a.frame.status == "completion_rate" and a.quantity.unit == "%"]
    if len(rates) != 1 or len(item.targets) != 1:
        return None
    return float(rates[0].quantity.value) / 100


def _rate_check(stated: float | None, ratio: float | None) -> str:
    if stated is None or ratio is None:
        return ""
    if abs(stated - ratio) > RATE_TOLERANCE:
        return f"; the stated completion rate {stated:.1%} disagrees with the computed {ratio:.1%}"
    return f"; agrees with the stated completion rate {stated:.1%}"


def _actual_unit(target: Quantity, actuals: tuple[Mention, ...]) -> str | None:
    """The unit ``actual_value`` is in: the target's when it converts, else the one the actuals share."""
    if target.value and target.base_value:
        return target.unit
    units = {a.quantity.unit for a in actuals}
    return units.pop() if len(units) == 1 else None


def _adjustment_of(item: ItemScore, target: Mention) -> str | None:
    """The restated target ("任务调整为24个") that the progress text gives for ``target``, if any:
    reported alongside, while the ratio stays against the original target."""
    same_kind = [a for a in item.adjusted_targets if a.quantity.dimension == target.quantity.dimension]
    if len(same_kind) == 1 and sum(t.quantity.dimension == target.quantity.dimension for t in item.targets) == 1:
        return same_kind[0].text
    return None

