"""Pace: the period -> elapsed share table, and the statuses met / on track / behind / missed."""

from __future__ import annotations

import pytest
import regex

from targetx import Rules, score_item
from targetx.periods import (ON_TRACK_PACE, PACE_STATUSES, Elapsed, elapsed, pace_of, report_elapsed)
from targetx.records import target_records

# every period form of the lexicon, with its share of the year worked out by hand
# (months covered / 12) and whether the year has ended
PERIODS: list[tuple[str, float | None, bool | None]] = [
    # month ranges (digits, dashes, Chinese numerals, 份)
    ("1-10月", 10 / 12, False),
    ("1—10月份", 10 / 12, False),
    ("1-12月份", 1.0, True),
    ("一至十月", 10 / 12, False),
    ("一-十二月", 1.0, True),
    ("7-9月", 3 / 12, False),  # a range not from January covers its own months
    # 截至 a month, a part of it or a day
    ("截至11月底", 11 / 12, False),
    ("截至11月末", 11 / 12, False),
    ("截至11月份", 11 / 12, False),
    ("截至11月", 11 / 12, False),
    ("截至11月30日", 11 / 12, False),  # November has 30 days: the whole month
    ("截至12月31日", 1.0, True),
    ("截至2018年12月25日", (11 + 25 / 31) / 12, False),
    ("截至10月上旬", (9 + 10 / 31) / 12, False),
    ("截至10月中旬", (9 + 20 / 31) / 12, False),
    ("截至10月下旬", 10 / 12, False),
    ("截止到今年6月底", 6 / 12, False),
    # quarters: so far, bare (so far, as progress reports write it), alone
    ("前三季度", 9 / 12, False),
    ("三季度", 9 / 12, False),
    ("一季度", 3 / 12, False),
    ("第三季度", 3 / 12, False),
    ("三季度单季", 3 / 12, False),
    ("第四季度", 3 / 12, True),
    ("前4季度", 1.0, True),
    # halves and the whole year
    ("上半年", 6 / 12, False),
    ("下半年", 6 / 12, True),
    ("全年", 1.0, True),
    ("过去一年", 1.0, True),  # a report looking back on the year that has ended
    ("全年预计", 1.0, False),  # a forecast: the year has not ended
    # periods that do not say how much of the year has gone
    ("今年", None, None),
    ("目前", None, None),
    ("截至目前", None, None),
    ("截止", None, None),
    ("年度累计", None, None),
    ("2024年", None, None),
    (None, None, None),
    # not a month or quarter
    ("13月", None, None),
    ("第五季度", None, None),
]


@pytest.mark.parametrize(("period", "share", "ended"), PERIODS, ids=[str(p[0]) for p in PERIODS])
def test_elapsed_share(period: str | None, share: float | None, ended: bool | None) -> None:
    found = elapsed(period)
    if share is None:
        assert found is None
    else:
        assert found is not None and found.share == pytest.approx(share) and found.ended is ended


def test_every_lexicon_period_pattern_has_a_case() -> None:
    """Adding a period pattern to the lexicon needs a row in PERIODS."""
    patterns = Rules.default().lexicon["periods"]["patterns"]
    texts = [p for p, _, _ in PERIODS if p]
    def whole(pattern: str, text: str) -> bool:  # the text and a comma after it (for look-aheads)
        found = regex.match(pattern, text + ",")
        return found is not None and found.end() == len(text)

    for pattern in patterns:
        assert any(whole(pattern, t) for t in texts), f"no case for period pattern {pattern!r}"


def test_report_date_from_its_name() -> None:
    assert report_elapsed("longwan-2024-11") == Elapsed(11 / 12, False)
    assert report_elapsed("xiangxiang-2023-12") == Elapsed(1.0, True)
    assert report_elapsed("kunming-2017-2021") is None and report_elapsed("demo") is None


def _status(task: str, progress: str, doc: str = "") -> tuple[float | None, float | None, str | None]:
    item = score_item(task, progress, doc=doc)
    assert len(item.pairs) == 1, item
    return pace_of(item.pairs[0], item)


def test_level_target_statuses() -> None:
    task = "新增孵化面积40万平方米"
    # 42 / 40 reached: met, whatever the date
    assert _status(task, "1-10月,全区新增孵化面积42万平方米")[2] == "met"
    # 21 / 40 = 0.525 in half the year: pace 1.05, on track
    share, pace, status = _status(task, "上半年,全区新增孵化面积21万平方米")
    assert (share, status) == (0.5, "on track") and pace == pytest.approx(1.05)
    # 10 / 40 = 0.25 in half the year: pace 0.5, behind
    assert _status(task, "上半年,全区新增孵化面积10万平方米")[1:] == (pytest.approx(0.5), "behind")
    # the year is over and 30 / 40 is short: missed
    assert _status(task, "1-12月,全区新增孵化面积30万平方米")[2] == "missed"


def test_growth_rates_are_judged_as_they_are() -> None:
    share, pace, status = _status("地区生产总值增长6.5%左右", "三季度地区生产总值增速6.1%")
    assert share == 0.75 and pace == pytest.approx(6.1 / 6.5, abs=1e-6) and status == "behind"
    assert _status("地区生产总值增长6.5%左右", "全年地区生产总值增长6.0%")[2] == "missed"


def test_rates_do_not_accumulate() -> None:
    """A share to reach (优良率97%) is not divided by the time gone."""
    share, pace, status = _status("空气质量优良率达到97%", "1-6月,空气质量优良率95.6%")
    assert share == 0.5 and pace == pytest.approx(95.6 / 97, abs=1e-6) and status == "behind"


def test_no_period_runs_to_the_report_date() -> None:
    # 30 of 40 by the end of September (the report's name): pace 0.75 / 0.75 = 1, on track
    share, pace, status = _status("新增孵化面积40万平方米", "全区新增孵化面积30万平方米", doc="demo-2024-09")
    assert share == 0.75 and pace == pytest.approx(ON_TRACK_PACE) and status == "on track"
    # without a date, a short figure is judged as it is
    assert _status("新增孵化面积40万平方米", "全区新增孵化面积30万平方米") == (None, 0.75, "behind")


def test_records_carry_pace() -> None:
    item = score_item("新增孵化面积40万平方米,地区生产总值增长6.5%", "上半年,全区新增孵化面积21万平方米",
                      doc="demo-2024-06")
    records = target_records(item)
    assert [(r["elapsed"], r["pace_status"]) for r in records] == [(0.5, "on track"), (None, None)]
    assert all(r["pace_status"] in (*PACE_STATUSES, None) for r in records)


@pytest.mark.parametrize("progress, months, ended", [
    ("1-10月新增停车位412个", 10, False),
    ("前三季度新增停车位380个", 9, False),
    ("第三季度新增停车位120个", 3, False),
    ("全年新增停车位520个", 12, True),
    ("全年预计新增停车位520个", 12, False),
    ("已新增停车位412个", None, None),
])
def test_an_actuals_frame_carries_its_parsed_period(progress, months, ended):
    from targetx import score_item

    (actual,) = score_item("新增停车位500个", progress).actuals
    assert (actual.frame.months, actual.frame.year_ended) == (months, ended)
