"""Robustness: pathological inputs finish and never raise; traditional/full-width text reads the
same as simplified/half-width; ``score_report`` accounts for every row whatever it is given.

pytest-timeout is not installed, so the inputs are sized so that a quadratic blow-up would clearly
hang (minutes) while linear work takes well under a second or two. Nothing here asserts on time.
"""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from targetx import extract, score_item, score_report

# Hypothesis profile convention (tests/conftest.py may register the same name first; keep theirs).
try:
    settings.get_profile("targetx-ci")
except InvalidArgument:
    settings.register_profile("targetx-ci", parent=settings.get_profile("ci"), max_examples=50)
if os.environ.get("CI"):
    settings.load_profile("targetx-ci")

MB = 1 << 20
CJK = "经济社会发展稳中有进地区生产总值增长万亿元个人次平方米公里一二三四五六七八九十百千"


def _quantities(text: str) -> list[tuple]:
    return [(q.value, q.value_max, q.base_value, q.base_unit, q.dimension, q.kind, q.bound)
            for q in extract(text)]


# --- pathological inputs ----------------------------------------------------------------------


def test_one_megabyte_of_digits_is_not_an_amount():
    assert extract("1234567890" * (MB // 10)) == []


def test_two_hundred_thousand_wan():
    result = extract("万" * 200_000)
    assert isinstance(result, list)


def test_deeply_nested_brackets():
    assert extract("(" * 100_000 + ")" * 100_000) == []
    assert isinstance(extract("（" * 50_000 + "5万元" + "）" * 50_000), list)


def test_five_megabyte_line_without_punctuation():
    rnd = random.Random(1)
    parts, size = [], 0
    while size < 5 * MB:  # CJK runs with a number every ~200 characters, one line, no punctuation
        chunk = "".join(rnd.choices(CJK, k=200)) + str(rnd.randrange(10**6))
        parts.append(chunk)
        size += len(chunk.encode())
    text = "".join(parts)
    result = extract(text)
    assert all(text[q.start:q.end] == q.text for q in result)


def test_random_mix_of_numbers_units_quotes_and_punctuation():
    rnd = random.Random(2)
    alphabet = CJK + "，。、；：（）()《》“”「」%.,-~～至到 \n各余多百分之0123456789１２３４５６７８９０．％"
    text = "".join(rnd.choices(alphabet, k=200_000))
    result = extract(text)
    assert all(text[q.start:q.end] == q.text for q in result)


def test_long_row_scores_without_raising():
    # 100 targets x 100 actuals: O(T*A) pairing is instant; the O(T*A*(T+A)) of today takes seconds
    row = {"task": "新增就业1万人。" * 100, "progress": "新增就业1.2万人," * 100}
    report = score_report([row])
    assert len(report.items) + len(report.errors) == 1


# --- traditional characters and full-width forms -----------------------------------------------


@pytest.mark.parametrize(("variant", "plain"), [
    ("全年提供有效就業崗位14萬個", "全年提供有效就业岗位14万个"),
    ("農村低收入人口享受扶貧小額到戶貸款12億元", "农村低收入人口享受扶贫小额到户贷款12亿元"),
    ("新增貸款戶5000戶", "新增贷款户5000户"),
    ("６．５％", "6.5%"),
    ("地区生产总值增长６．５％左右", "地区生产总值增长6.5%左右"),
    ("完成投資３５４．１億元", "完成投资354.1亿元"),
    ("新增孵化面積４０萬平方米", "新增孵化面积40万平方米"),
    ("城鎮新增就業１３萬人", "城镇新增就业13万人"),
])
def test_traditional_and_full_width_read_like_simplified(variant, plain):
    assert len(variant) == len(plain)
    expected = _quantities(plain)
    assert expected, plain
    assert _quantities(variant) == expected
    assert [(q.start, q.end) for q in extract(variant)] == [(q.start, q.end) for q in extract(plain)]


def test_traditional_row_pairs_like_simplified():
    trad = score_item("全年提供有效就業崗位14萬個", "全年提供有效就業崗位16.63萬個")
    simp = score_item("全年提供有效就业岗位14万个", "全年提供有效就业岗位16.63万个")
    assert [p.ratio for p in trad.pairs] == [p.ratio for p in simp.pairs]
    assert len(simp.pairs) == 1


# --- score_report accounts for every row --------------------------------------------------------

_field_value = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=CJK + "0123456789.%，。万亿", max_size=60),
    st.none(),
    st.integers(),
    st.lists(st.text(max_size=5), max_size=3),
    st.floats(allow_nan=True),
)


@st.composite
def _rows(draw):
    rows = []
    for i in range(draw(st.integers(min_value=0, max_value=6))):
        row = {"item": i, "doc": "d"}
        for key in ("task", "progress", "owners"):
            if draw(st.booleans()):
                row[key] = draw(_field_value)
        rows.append(row)
    return rows


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rows())
def test_score_report_never_raises_and_keeps_every_row(rows):
    report = score_report(rows)
    assert len(report.items) + len(report.errors) == len(rows)
    seen = sorted([item.item for item in report.items] + [e.item for e in report.errors])
    assert seen == list(range(len(rows)))


def test_a_row_over_the_budget_is_an_error_record_and_the_batch_goes_on(monkeypatch):
    from targetx import pipeline

    monkeypatch.setattr(pipeline, "MAX_ROW_QUANTITIES", 10)
    crowded = "、".join(f"新建{name}{i + 1}个" for i, name in enumerate("甲乙丙丁戊己庚辛壬癸子丑"))
    report = pipeline.score_report([{"task": crowded, "progress": ""}, {"task": "新增停车位500个", "progress": "已建成停车位612个"}])
    assert len(report.items) == 1 and report.items[0].pairs[0].ratio == pytest.approx(612 / 500)
    (error,) = report.errors
    assert "row too long" in error.reason and "12 quantities" in error.reason
    monkeypatch.setattr(pipeline, "MAX_ROW_CHARACTERS", 20)
    report = pipeline.score_report([{"task": "新增停车位500个" * 3, "progress": ""}])
    assert "27 characters" in report.errors[0].reason  # 3 x 9 characters
