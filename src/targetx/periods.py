"""Pace: how much of its year a reporting period covers, and whether a target keeps up with it.

``elapsed("1-10月")`` is ``Elapsed(share=10/12, ended=False)``: the figure covers ten months of
the year and two remain. Every word comes from the lexicon's ``[pace]`` table:

=================================  ========  =====================================================
period                             share     note
=================================  ========  =====================================================
1-10月, 一至十月, 1—10月份           10/12     a month range from January runs to its last month
7-9月                               3/12      a range not from January covers its months only
截至11月底, 截至11月, 截至11月30日   11/12     to the end of the month (底, 末, 份, 下旬, or no word)
截至10月20日, 截至10月中旬           9.65/12   to that day (上旬 = the 10th, 中旬 = the 20th)
前三季度, 三季度                     9/12      the year up to the quarter's end
第三季度, 三季度单季                 3/12      that quarter alone (第四季度 ends the year)
上半年 / 下半年                      6/12      下半年 ends the year
全年                                1         the year has ended
全年预计                            1         a forecast for the year, which has not ended
今年, 目前, 截至目前, 2024年          –         read from the report's own date (``report_elapsed``)
=================================  ========  =====================================================

``pace_of(pair)`` turns a pair into ``(elapsed share, pace, status)``. For a level target whose
amount accumulates over the year (新增…40万平方米, 招引…项目40个) ``pace = ratio / share``:
1.0 means the actual keeps up with the time gone. Growth and reduction rates are already annual,
and rates, shares, ceilings and means do not accumulate: their pace is the ratio itself.
The status is one of ``PACE_STATUSES``:

* ``met``: the pair is met (``Pair.met``);
* ``missed``: not met, and the period has ended the year;
* ``on track``: not met, the year runs on, and the pace is at least ``ON_TRACK_PACE``
  (less ``APPROX_TOLERANCE`` for an approximate target);
* ``behind``: not met, the year runs on, and the pace is short (or cannot be told).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from .numerals import CN_NUMERAL_CHARS, parse_chinese
from .patterns import alternation
from .rules import Rules

if TYPE_CHECKING:  # periods sit below types, whose records call them
    from .types import ItemScore, Mention, Pair

#: a level target is on track when its pace (ratio / elapsed share) is at least this
ON_TRACK_PACE = 1.0
#: an approximate target (左右, 约) is on track this much below ON_TRACK_PACE (as scoring meets it)
APPROX_TOLERANCE = 0.05
#: the statuses, best first
PACE_STATUSES = ("met", "on track", "behind", "missed")
#: dimensions whose amounts do not add up over the year: a rate, a share, a score, an age, a
#: specification; a target in them is judged on the figure as it is
NOT_ACCUMULATING = frozenset({"percent", "percentage_point", "ratio", "score", "age", "voltage", "time"})
#: aggregations that are means, not running totals
MEANS = frozenset({"annual_mean", "multi_year_mean"})

_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Elapsed:
    """The share of its year a period covers (0 < share <= 1) and whether the year has ended."""

    share: float
    ended: bool


@lru_cache(maxsize=8)
def _patterns(rules: Rules) -> dict[str, Any]:
    pace = rules.lexicon["pace"]
    number = rf"(?:[0-9]{{1,2}}|[{CN_NUMERAL_CHARS}]{{1,3}})"
    month, day = alternation(pace["month"]), alternation(pace["day"])
    alone, so_far = alternation(pace["quarter_alone"]), alternation(pace["quarters_so_far"])
    parts = alternation(pace["early_month"] + pace["mid_month"] + pace["month_end"])
    return {
        "range": regex.compile(rf"(?P<a>{number})\s*(?:{alternation(pace['range_joiners'])})\s*(?P<b>{number})\s*"
                               rf"(?:{month})"),
        "point": regex.compile(rf"(?:(?P<y>(?:19|20)[0-9]{{2}})\s*(?:{alternation(pace['year'])}))?\s*"
                               rf"(?P<b>{number})\s*(?:{month})\s*(?:(?P<d>{number})\s*(?:{day})|(?P<part>{parts}))?"),
        "quarter": regex.compile(rf"(?P<pre>{so_far}|{alone})?\s*(?P<n>{number})\s*(?:{alternation(pace['quarter'])})"
                                 rf"\s*(?P<single>{alone})?"),
        "report": regex.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[-_.]?(?P<m>0[1-9]|1[0-2])(?![0-9])"),
    }


def _number(text: str) -> int | None:
    try:
        value = int(text) if text.isdigit() else int(parse_chinese(text))
    except (ValueError, ArithmeticError):
        return None
    return value


def elapsed(period: str | None, rules: Rules | None = None) -> Elapsed | None:
    """The share of its year that ``period`` (a ``Mention.period``) covers, or None when the
    period does not say (今年, 目前, no period).

    >>> elapsed("1-10月")
    Elapsed(share=0.8333333333333334, ended=False)
    >>> elapsed("全年")
    Elapsed(share=1.0, ended=True)
    """
    if not period:
        return None
    rules = rules or Rules.default()
    pace = rules.lexicon["pace"]
    text = "".join(period.split())
    if any(w in text for w in pace["whole_year_forecast"]):
        return Elapsed(1.0, False)
    if any(text.startswith(w) for w in pace["whole_year"]):
        return Elapsed(1.0, True)
    if any(w in text for w in pace["first_half"]):
        return Elapsed(0.5, False)
    if any(w in text for w in pace["second_half"]):
        return Elapsed(0.5, True)
    found = _patterns(rules)
    if (m := found["range"].search(text)) is not None:
        a, b = _number(m["a"]), _number(m["b"])
        if a is None or b is None or not 1 <= a <= b <= _MONTHS:
            return None
        return Elapsed((b - a + 1) / _MONTHS, b == _MONTHS)
    if (m := found["quarter"].search(text)) is not None:
        n = _number(m["n"])
        if n is None or not 1 <= n <= 4:
            return None
        alone = bool(m["single"]) or (m["pre"] or "") in pace["quarter_alone"]
        return Elapsed((3 if alone else 3 * n) / _MONTHS, n == 4)
    if (m := found["point"].search(text)) is not None:
        b = _number(m["b"])
        if b is None or not 1 <= b <= _MONTHS:
            return None
        days = calendar.monthrange(int(m["y"]) if m["y"] else 2023, b)[1]
        if m["d"]:
            d = _number(m["d"])
            if d is None or not 1 <= d <= days:
                return None
            months = b - 1 + d / days
        elif m["part"] in pace["early_month"]:
            months = b - 1 + 10 / days
        elif m["part"] in pace["mid_month"]:
            months = b - 1 + 20 / days
        else:
            months = float(b)
        return Elapsed(months / _MONTHS, months >= _MONTHS)
    return None


def report_month(name: str) -> tuple[int, int] | None:
    """(year, month) of a report from its name ("longwan-2024-11" -> (2024, 11)), or None."""
    found = _patterns(Rules.default())["report"].search(name or "")
    return None if found is None else (int(found["y"]), int(found["m"]))


def report_elapsed(name: str) -> Elapsed | None:
    """The share of the year a report covers, from a year and month in its name
    ("longwan-2024-11" -> 11/12), or None."""
    found = report_month(name)
    if found is None:
        return None
    month = found[1]
    return Elapsed(month / _MONTHS, month == _MONTHS)


def accumulates(target: Mention, rules: Rules | None = None) -> bool:
    """Whether a target's amount adds up over the year, so that its pace is ratio / share: a
    level to reach (not a rate, a ceiling, a mean, a per-person rate, a multi-year span or a
    measure where less is better)."""
    rules = rules or Rules.default()
    q, frame = target.quantity, target.frame
    return (q.kind == "level" and q.bound != "max" and q.dimension not in NOT_ACCUMULATING
            and "/" not in q.base_unit and frame.aggregation not in MEANS and frame.years is None
            and not rules.has_marker("lower_is_better", target.metric + frame.subject))


def pace_of(pair: Pair | None, item: ItemScore | None = None,
            rules: Rules | None = None) -> tuple[float | None, float | None, str | None]:
    """(elapsed share, pace, status) of a pair: the share from its first actual's period, else
    from the report's name (``item.doc``); ``(None, None, None)`` without a pair."""
    if pair is None:
        return None, None, None
    rules = rules or Rules.default()
    share = elapsed(pair.actuals[0].period if pair.actuals else None, rules)
    if share is None and item is not None:
        share = report_elapsed(item.doc)
    ratio = pair.ratio
    level = accumulates(pair.target, rules)
    if ratio is None:
        pace = None
    elif level and share is not None:
        pace = round(ratio / share.share, 6)
    else:
        pace = ratio
    ended = share is not None and share.ended
    if pair.met:
        status = "met"
    elif ended:
        status = "missed"
    elif level and pace is not None and share is not None and \
            pace >= ON_TRACK_PACE - (APPROX_TOLERANCE if pair.target.quantity.bound == "approx" else 0):
        status = "on track"
    else:
        status = "behind"
    return (round(share.share, 6) if share is not None else None), pace, status
