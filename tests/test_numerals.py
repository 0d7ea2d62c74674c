from decimal import Decimal

import pytest

from targetx.numerals import normalize, parse_arabic, parse_chinese, parse_number, to_chinese

CHINESE = [
    ("十二", 12), ("两千", 2000), ("一百五十", 150), ("三万五千", 35000), ("十", 10),
    ("一百零五", 105), ("三亿五千万", 350_000_000), ("一万亿", 10**12), ("二〇二四", 2024),
    ("十二万三千四百五十六", 123456), ("三点五", Decimal("3.5")), ("壹佰贰拾", 120), ("兩千", 2000),
]


@pytest.mark.parametrize("numeral, value", CHINESE)
def test_chinese_numerals(numeral, value):
    assert parse_chinese(numeral) == Decimal(value)


@pytest.mark.parametrize("digits, value", [
    ("1,032", 1032), ("6.5", Decimal("6.5")), ("７．９５５４", Decimal("7.9554")), ("１２", 12),
])
def test_arabic_numerals(digits, value):
    assert parse_arabic(digits) == Decimal(value)


@pytest.mark.parametrize("bad", ["", "abc", "十x", "一点十"])
def test_not_a_numeral(bad):
    with pytest.raises(ValueError):
        parse_chinese(bad)


def test_parse_number_dispatches():
    assert parse_number("３５") == 35
    assert parse_number("三十五") == 35


def test_normalize_keeps_length_and_maps_forms():
    raw = "全年提供有效就業崗位１４萬個，增長６．５％"
    norm = normalize(raw)
    assert len(norm) == len(raw)
    assert "14万个" in norm and "6.5%" in norm


@pytest.mark.parametrize("value", [0, 1, 10, 11, 20, 101, 110, 1001, 10010, 100001, 35000, 123456789, 200000000001])
def test_to_chinese_round_trip(value):
    assert parse_chinese(to_chinese(value)) == value
