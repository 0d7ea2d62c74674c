"""Flat output records: one per target of a row (paired or not), the shape every writer and
``Report.to_records`` / ``to_dataframe`` share."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .periods import pace_of

if TYPE_CHECKING:  # records sit below types: Report.to_records calls them
    from .rules import Rules
    from .types import ItemScore, Mention, Quantity


def target_records(item: ItemScore, rules: Rules | None = None) -> list[dict[str, Any]]:
    """Flat output records: one per target of the row, paired or not. ``elapsed``, ``pace`` and
    ``pace_status`` are those of ``periods.pace_of`` (``rules`` give the period words)."""
    records = []
    for target in item.targets:
        pair = item.pair_for(target)
        q = target.quantity
        share, pace, pace_status = pace_of(pair, item, rules)
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
            "period": (pair.actuals[0].period if pair else None),
            "ratio": pair.ratio if pair else None,
            "met": pair.met if pair else None,
            "elapsed": share,
            "pace": pace,
            "pace_status": pace_status,
            "adjusted_target": _adjustment_of(item, target),
            "why": pair.why if pair else "no answering actual found",
            "source": item.source or None,
        })
    return records


def _actual_value(target: Quantity, actuals: tuple[Mention, ...]) -> float | None:
    """The actuals' total in the target's unit (for a zero target, in the unit both share)."""
    if target.value and target.base_value:
        return float(sum((a.quantity.base_value for a in actuals), Decimal(0)) / (target.base_value / target.value))
    if all(a.quantity.unit == target.unit for a in actuals):
        return float(sum((a.quantity.value for a in actuals), Decimal(0)))
    return None


def _adjustment_of(item: ItemScore, target: Mention) -> str | None:
    """The restated target ("任务调整为24个") that the progress text gives for ``target``, if any:
    reported alongside, while the ratio stays against the original target."""
    same_kind = [a for a in item.adjusted_targets if a.quantity.dimension == target.quantity.dimension]
    if len(same_kind) == 1 and sum(t.quantity.dimension == target.quantity.dimension for t in item.targets) == 1:
        return same_kind[0].text
    return None

