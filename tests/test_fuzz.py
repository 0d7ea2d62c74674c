"""Fuzzing the core: arbitrary unicode and a grammar of report-like fragments (numerals of every
script, multipliers, units, qualifiers, ranges, brackets, traditional and full-width forms, very
long numbers) never crash ``extract``, ``score_item`` or ``score_text``, and what they return
keeps its invariants: offsets slice back to the text, base values are value × unit factor,
ratios are finite or absent, pairs refer to the row's own mentions, and results are
deterministic.

The CI profile runs a few dozen examples per test; ``TARGETX_THOROUGH=1`` runs thousands (see
conftest.py). Cases found so far are pinned with ``@example``.
"""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from targetx import extract, score_item
from targetx.extract import tidy
from targetx.freetext import score_text
from targetx.rules import Rules

RULES = Rules.default()
LEX = RULES.lexicon

_digits = st.one_of(
    st.integers(0, 10**9).map(str),
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False).map(str),
    st.integers(1, 2000).map(lambda n: "9" * n),  # very long digit runs
    st.sampled_from(["０１２", "３２．７６", "1,234", "1,2345", ".5", "5.", "0.0000000000001"]),
)
_numerals = st.one_of(
    _digits,
    st.sampled_from(["一", "两", "三十", "十二", "一百零五", "二〇二四", "壹仟", "贰拾", "十万", "五千三百", "幺", "百"]),
)
_fragments = st.one_of(
    _numerals,
    st.sampled_from(list(LEX["multipliers"])),
    st.sampled_from(sorted(LEX["units"])),
    st.sampled_from(list(LEX["classifiers"]["words"])),
    st.sampled_from(["以上", "以下", "不低于", "不超过", "左右", "约", "余", "多", "力争", "确保", "超", "达到"]),
    st.sampled_from(["-", "—", "~", "至", "到", "、", ",", "，", ";", "。", ":", "\n", " ", "%", "‰", "/"]),
    st.sampled_from(["(", ")", "（", "）", "[", "]", "《", "》", "“", "”", "「", "」"]),
    st.sampled_from(["增长", "下降", "同比增长", "提高到", "分别", "均", "各", "其中", "累计", "年均", "持平", "预计"]),
    st.sampled_from(["1-10月", "前三季度", "截至11月底", "2024年", "“十四五”", "2021年至2024年", "全年"]),
    st.sampled_from(["萬", "億", "個", "項", "增長", "國內生產總值", "銀行(háng)", "新增", "建成", "企业", "城镇、农村"]),
    st.sampled_from(["新增孵化面积", "地区生产总值", "城镇居民人均可支配收入", "每人每月", "元/人月", "端州区"]),
)
report_like = st.lists(_fragments, max_size=40).map("".join)
anything = st.text(max_size=300)

_PINNED = [
    ("1" * 1000 + "万") * 20,  # InvalidOperation in tidy once
    "新建学校0.0000000000001所",
    "实现安全生产事故0起",
    "零事故,0校",
    "(" * 500 + "5万元" + ")" * 3,
    "每人每月\n0%",  # KeyError once: the per-prefix match took the line break with it
]


def _split_multiplier(unit: str) -> tuple[Decimal, str]:
    scale = Decimal(1)
    i = 0
    while i < len(unit) and unit[i] in LEX["multipliers"]:
        scale *= Decimal(LEX["multipliers"][unit[i]])
        i += 1
    return scale, unit[i:]


def _check_extract(text: str) -> None:
    for q in extract(text):
        assert text[q.start : q.end] == q.text
        scale, written = _split_multiplier(q.unit)
        if "/" in q.unit or q.unit_inferred:
            continue
        if written in LEX["units"]:
            factor = RULES.unit_factor(LEX["units"][written]).factor
        elif written in LEX["classifiers"]["words"]:
            factor = Decimal(1)
        else:
            continue
        assert q.base_value == tidy(q.value * scale * factor), (q, factor)


def _check_item(item) -> None:  # type: ignore[no-untyped-def]
    mentions = {id(m) for m in item.targets + item.actuals}
    for pair in item.pairs:
        assert pair.ratio is None or math.isfinite(pair.ratio)
        assert id(pair.target) in mentions and all(id(a) in mentions for a in pair.actuals)
    for record in item_records(item):
        for value in record.values():
            assert not isinstance(value, float) or math.isfinite(value), record


def item_records(item):  # type: ignore[no-untyped-def]
    from targetx.records import target_records

    return target_records(item)


@given(report_like)
@example(_PINNED[0]).via("pinned")
@example(_PINNED[1]).via("pinned")
@example(_PINNED[4]).via("pinned")
@example(_PINNED[5]).via("pinned")
def test_extract_keeps_its_invariants_on_report_like_text(text: str) -> None:
    _check_extract(text)


@given(anything)
def test_extract_keeps_its_invariants_on_any_unicode(text: str) -> None:
    _check_extract(text)


@given(report_like, report_like)
@example(_PINNED[2], "全年发生安全生产事故0起").via("pinned")
@example(_PINNED[1], "新建学校0.0000000000002所").via("pinned")
@example(_PINNED[3], "零事故").via("pinned")
def test_rows_score_finite_and_deterministic(task: str, progress: str) -> None:
    first = score_item(task, progress)
    _check_item(first)
    assert repr(score_item(task, progress)) == repr(first)


@given(anything, anything)
def test_rows_of_any_unicode_score(task: str, progress: str) -> None:
    _check_item(score_item(task, progress))


@given(st.lists(report_like, max_size=6).map("。".join))
@example("今年目标:" + _PINNED[2] + "。全年发生安全生产事故0起。").via("pinned")
def test_prose_scores_finite_and_deterministic(text: str) -> None:
    first = score_text(text)
    _check_item(first)
    assert repr(score_text(text)) == repr(first)
