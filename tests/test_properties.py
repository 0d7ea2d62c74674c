"""Property tests built on ``targetx.strategies`` (rules-driven generators)."""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from targetx import Rules, extract, score_item
from targetx.numerals import normalize, parse_chinese, to_chinese
from targetx.strategies import numbers, quantities, report_rows, to_fullwidth

# hypothesis profiles (targetx-ci under CI=true, else targetx-dev) are set in conftest.py

USER_RULES = Rules.default().with_units(
    {"吨油当量": "oil_equivalent_ton", "趟次": "vehicle_trip"},
    "oil_equivalent_ton = [oil_equivalent]\nvehicle_trip = count",
).with_classifiers(["台班"])


def _at(text: str, start: int):
    return [q for q in extract(text) if q.start == start]


@given(quantities())
def test_generated_quantity_is_extracted(q):
    found = _at(q.text, q.start)
    assert found, q.text
    got = found[0]
    assert got.end == q.end and got.text == q.text[q.start : q.end]
    assert got.value == q.value
    assert got.unit == q.unit
    assert got.base_value == q.base_value
    assert (got.base_unit, got.dimension) == (q.base_unit, q.dimension)
    assert got.kind == q.kind
    assert got.bound == q.bound


@given(quantities(USER_RULES))
def test_generated_quantity_under_user_rules(q):
    found = [m for m in extract(q.text, USER_RULES) if m.start == q.start]
    assert found, q.text
    assert (found[0].unit, found[0].base_value, found[0].dimension) == (q.unit, q.base_value, q.dimension)


@given(st.text())
def test_extract_never_raises_and_spans_slice_back(text):
    for q in extract(text):
        assert text[q.start : q.end] == q.text


@given(st.text(alphabet=st.sampled_from("0123456789.,万亿个元%平方米吨第年月日“”以上约超，。一二三十百千零 ０１２３")))
def test_extract_on_numeric_noise(text):
    for q in extract(text):
        assert text[q.start : q.end] == q.text


@given(quantities())
def test_fullwidth_and_halfwidth_agree(q):
    wide = to_fullwidth(q.text)
    half = [(m.value, m.base_value, normalize(m.unit), m.dimension) for m in extract(q.text)]
    full = [(m.value, m.base_value, normalize(m.unit), m.dimension) for m in extract(wide)]
    assert half == full


@given(numbers())
def test_numbers_read_back_through_a_classifier(pair):
    value, writing = pair
    found = extract(f"完成{writing}个，")
    assert len(found) == 1, writing
    assert found[0].base_value == value


def _pairs(item):
    return sorted((p.target.text, tuple(a.text for a in p.actuals), p.ratio) for p in item.pairs)


@settings(deadline=None)
@given(report_rows())
def test_rows_pair_target_with_its_actual(row):
    task, progress, targets, pairs = row
    item = score_item(task, progress)
    assert [t.text for t in item.targets] == [text for _, text in targets]
    got = {p.target.text: p for p in item.pairs}
    assert len(got) == len(pairs), (task, progress)
    for expected in pairs:
        pair = got[expected.target]
        assert [a.text for a in pair.actuals] == [expected.actual]
        assert math.isclose(pair.ratio, expected.ratio, rel_tol=1e-6), (pair.ratio, expected.ratio)


@settings(deadline=None)
@given(report_rows())
def test_ratio_invariant_when_restated_in_another_unit(row):
    first = score_item(row.task, row.progress)
    again = score_item(row.task, row.restated)
    ratios = {p.target.text: p.ratio for p in first.pairs}
    restated = {p.target.text: p.ratio for p in again.pairs}
    assert ratios.keys() == restated.keys()
    for key, ratio in ratios.items():
        assert math.isclose(ratio, restated[key], rel_tol=1e-6)


@settings(deadline=None)
@given(report_rows(), st.randoms(use_true_random=False))
def test_sentence_order_does_not_change_pairs(row, random):
    sentences = list(row.sentences)
    random.shuffle(sentences)
    assert _pairs(score_item(row.task, "".join(sentences))) == _pairs(score_item(row.task, row.progress))


@given(st.integers(0, 10**12 - 1))
def test_chinese_numeral_round_trip(n):
    assert parse_chinese(to_chinese(n)) == Decimal(n)


def _mapped_chars() -> list[str]:
    from targetx.text import translation

    table = translation()
    return sorted({chr(k) for k in table} | set(table.values()))


@given(st.lists(st.sampled_from(_mapped_chars()) | st.characters(), max_size=60).map("".join))
def test_normalize_is_one_pass_of_the_character_table(text):
    """The fast path (str.replace per character) gives what one str.translate pass gives, also
    for characters the table maps to a character it maps again (薴 -> 苧 -> 苎: once only); a
    financial numeral next to no other numeral is kept as written on either path."""
    from targetx.text import _financial, _words_kept, translation

    assert normalize(text) == _words_kept(text, text.translate(translation()), _financial())
    assert normalize("薴苧") == "苧苎" and len(normalize(text)) == len(text)


@given(st.text(max_size=20), st.sampled_from(sorted("伍拾肆柒捌玖壹贰叁佰仟")), st.text(max_size=20))
def test_a_financial_numeral_is_a_numeral_only_next_to_one(before, numeral, after):
    """伍 of 队伍 stays 伍; 伍 of 伍拾 reads 五."""
    from targetx.text import translation

    text = before + numeral + after
    at = len(before)
    near = [c for c in text[max(0, at - 1) : at] + text[at + 1 : at + 2]]
    got = normalize(text)[at]
    if any(unicodedata.numeric(c, None) is not None for c in near):
        assert got == translation()[ord(numeral)]
    else:
        assert got == numeral


class _EverySlice(dict):
    """A longest-word table that lets head_noun try every slice up to LONGEST_WORD."""

    def get(self, key, default=None):
        from targetx.metrics import LONGEST_WORD

        return LONGEST_WORD


@given(st.lists(st.sampled_from(["新建", "城市", "书房", "公共", "充电桩", "完成", "累计", "建设", "高标准", "农田",
                                 "面积", "人", "家", "的", "万", "企业", "中华人民共和国", "规模以上"]), max_size=6).map("".join))
def test_head_noun_skips_only_slices_no_word_can_fill(subject):
    from unittest import mock

    from targetx import metrics

    rules = Rules.default()
    skipping = metrics.head_noun.__wrapped__(subject, rules)
    with mock.patch.object(metrics, "_longest_ending", lambda terms: _EverySlice()):
        assert metrics.head_noun.__wrapped__(subject, rules) == skipping
