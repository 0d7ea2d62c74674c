"""Completion: the ratio of a pair's actual total to its target, and whether the target was met."""

from __future__ import annotations

from decimal import Decimal

from .types import Mention, Pair, Quantity

APPROX_TOLERANCE = 0.05  # an "approx" target counts as met within 5 %


def _signed(q: Quantity) -> Decimal:
    """The base value with a fall counted negative: 下降2.3% is -2.3 of growth."""
    return -q.base_value if q.kind == "reduction" else q.base_value



def make_pair(t: Mention, actuals: tuple[Mention, ...], why: str, combine: str,
               lower_is_better: bool = False) -> Pair:
    """The pair with its ratio and whether the target was met: ``max`` targets, and loosely
    stated targets of measures where less is better (失业率5.5%左右, 价格涨幅3%左右), are met
    from below; a reduction target (能耗下降3%) is met by at least that reduction. A zero
    target has no ratio (``None``) and is met only by zero."""
    total = sum((_signed(a.quantity) for a in actuals), Decimal(0))
    target = _signed(t.quantity)
    if not target:  # 事故0起: a zero target is "at most zero", met only by zero, with no ratio
        return Pair(t, actuals, None, total == 0, why, combine)  # type: ignore[arg-type]
    ratio = float(total / target)
    bound = t.quantity.bound
    if bound == "max" or (lower_is_better and bound in ("approx", "exact") and t.quantity.kind != "reduction"):
        met = ratio <= (1 + APPROX_TOLERANCE if bound == "approx" else 1)
    elif bound == "approx":
        met = ratio >= 1 - APPROX_TOLERANCE
    else:
        met = ratio >= 1
    return Pair(t, actuals, round(ratio, 6), met, why, combine)  # type: ignore[arg-type]
