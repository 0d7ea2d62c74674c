"""The patterns are built from the lexicon tables: vocabulary changes there, not in code."""

import copy

import regex

from targetx import Rules, extract
from targetx.patterns import alternation, build


def test_alternation_is_escaped_and_longest_first():
    pattern = regex.compile(alternation(["个", "个百分点", "m²", "a+b"]))
    assert pattern.match("个百分点").group(0) == "个百分点"
    assert pattern.match("a+b").group(0) == "a+b"
    assert pattern.match("aab") is None


def test_a_unit_added_to_the_table_is_matched_without_code_changes():
    lexicon = copy.deepcopy(dict(Rules.default()._mutable_lexicon()))
    lexicon["units"]["公顷地"] = "hectare"
    patterns = build(lexicon)
    match = patterns.quantity.search("新增120公顷地")
    assert match is not None and match.group(0) == "120公顷地"
    # the bundled patterns stay as they were
    assert Rules.default().patterns.quantity.search("新增120公顷地").group(0) == "120公顷"


def test_the_first_character_guard_lets_every_kind_of_start_through():
    # Arabic, Chinese numerals, 百分之, each-prefix and implicit thresholds all start a match
    for text, surface in [("完成12个", "12个"), ("完成十二个", "十二个"), ("占百分之六十", "百分之六十"),
                          ("各2家", "各2家"), ("超亿元项目", "亿元"), ("百万以上成果", "百万")]:
        assert [q.text for q in extract(text)] == [surface], text


def test_number_runs_are_taken_whole():
    # possessive number runs: a long run of digits is one candidate (which extract then drops as
    # a bare number), never re-tried from every position inside it
    digits = "9" * 200_000 + "x"
    matches = list(Rules.default().patterns.quantity.finditer(digits, timeout=5))
    assert [m.span() for m in matches] == [(0, 200_000)]
    assert extract(digits) == []


def test_only_short_text_under_trusted_patterns_runs_without_a_timeout(tmp_path):
    from targetx.patterns import MATCH_TIMEOUT, UNGUARDED, timeout_for
    from targetx.rules import Rules

    assert timeout_for(UNGUARDED) is None and timeout_for(UNGUARDED + 1) == MATCH_TIMEOUT
    assert timeout_for(10, trusted=False) == MATCH_TIMEOUT  # a user's pattern is always guarded
    assert Rules.default().bundled_periods
    path = tmp_path / "period.toml"
    path.write_text('[periods]\npatterns = ["本季度"]\n', encoding="utf-8")
    assert not Rules.from_file(path).bundled_periods
    path.write_text('[units]\n"吨油当量" = "ton"\n', encoding="utf-8")
    assert Rules.from_file(path).bundled_periods  # other tables leave the period patterns alone
