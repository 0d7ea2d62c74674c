"""score_text: targets and results in prose, paired across the whole text."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from targetx.extract import extract
from targetx.freetext import score_text, split_roles

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NAME = "freetext-fuzhou-2012-10"


def _nth(column: str, text: str, nth: int) -> int:
    i = -1
    for _ in range(nth + 1):
        i = column.index(text, i + 1)
    return i


def _gold_pairs() -> list[tuple[Decimal, list[Decimal], float]]:
    """(target base value, actual base values, gold ratio) read from the gold file."""
    gold = json.loads((CORPUS / f"{NAME}.gold.jsonl").read_text("utf-8").splitlines()[0])

    def base(entry: dict, column: str) -> Decimal:
        start = _nth(column, entry["text"], entry.get("nth", 0))
        (q,) = [q for q in extract(entry["text"])]
        assert column[start : start + len(entry["text"])] == entry["text"]
        return q.base_value

    targets = {t["id"]: t for t in gold["targets"]}
    actuals = {a["id"]: a for a in gold["actuals"]}
    return [
        (base(targets[p["target"]], gold["task"]),
         [base(actuals[a], gold["progress"]) for a in p["actuals"]], p["ratio"])
        for p in gold["pairs"]
    ]


def test_gold_arithmetic() -> None:
    for target, actuals, ratio in _gold_pairs():
        assert float(sum(actuals) / target) == pytest.approx(ratio, abs=5e-5)


def test_score_text_finds_the_gold_pairs() -> None:
    text = (CORPUS / f"{NAME}.txt").read_text("utf-8")
    item = score_text(text)
    found = {(p.target.quantity.base_value, tuple(a.quantity.base_value for a in p.actuals)): p.ratio
             for p in item.pairs}
    expected = _gold_pairs()
    for target, actuals, ratio in expected:
        key = (target, tuple(actuals))
        assert key in found, f"missing pair {key}; found {found}"
        assert found[key] == pytest.approx(ratio, abs=5e-4)
    assert len(item.pairs) == len(expected)
    for m in item.targets + item.others + item.actuals:
        assert text[m.quantity.start : m.quantity.end] == m.text


def test_work_report_sentence() -> None:
    text = "今年主要预期目标是:地区生产总值增长6%左右。1-10月,地区生产总值增长5.2%。"
    item = score_text(text)
    assert [m.text for m in item.targets] == ["6%"]
    assert [m.text for m in item.actuals] == ["5.2%"]
    (pair,) = item.pairs
    assert pair.actuals[0].period == "1-10月"
    assert pair.ratio == pytest.approx(5.2 / 6, abs=1e-6)
    assert not pair.met


def test_roles() -> None:
    text = "300公里农村公路安保工程,现已完成344公里;计划新建1万亩蔬菜基地,现已建成9120亩。全年任务为282个村"
    roles = [(text[c.start : c.end], c.role) for c in split_roles(text)]
    assert roles == [
        ("300公里农村公路安保工程", "target"), ("现已完成344公里", "actual"),
        ("计划新建1万亩蔬菜基地", "target"), ("现已建成9120亩", "actual"),
        ("全年任务为282个村", "target"),
    ]


def test_marker_words_inside_other_words() -> None:
    # 主要 contains 要, but 主要污染物排放量削减完成 reports a result
    (clause,) = split_roles("主要污染物排放量削减完成12%")
    assert clause.role == "actual"


def test_empty_and_plain_text() -> None:
    item = score_text("")
    assert item.targets == item.actuals == item.pairs == ()
    assert score_text("没有数字的句子。").pairs == ()


def test_framed_targets_and_a_review_paragraph() -> None:
    text = ("今后五年的主要目标是:到2025年,地区生产总值达到1000亿元以上,城镇居民人均可支配收入年均增长8%。"
            "对照年初确定的主要目标,各项指标总体完成。"
            "2025年,地区生产总值1050亿元,增长6%;城镇居民人均可支配收入6.2万元,增长8.5%,超计划目标0.5个百分点。")
    item = score_text(text)
    # 达到 inside a sentence framed by 主要目标是 states a target; the review reports
    assert [t.text for t in item.targets] == ["1000亿元", "8%"]
    assert {a.text for a in item.actuals} >= {"1050亿元", "6%", "6.2万元", "8.5%", "0.5个百分点"}
    # a five-year average (年均) is not answered by one year's growth
    assert [(p.target.text, [a.text for a in p.actuals], round(p.ratio, 4)) for p in item.pairs] == \
        [("1000亿元", ["1050亿元"], 1.05)]


def test_a_report_that_restates_its_target() -> None:
    text = ("学前教育扩容提质工程。全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务;"
            "增加入学名额1.25万个,超额完成1万个的年度目标任务。")
    item = score_text(text)
    assert [t.text for t in item.targets] == ["40所", "1万个"]
    assert [(p.target.text, [a.text for a in p.actuals], round(p.ratio, 4)) for p in item.pairs] == \
        [("40所", ["48所"], 1.2), ("1万个", ["1.25万个"], 1.25)]


def test_a_target_list_runs_on_past_semicolons_and_only_later_results_answer() -> None:
    text = ("回顾过去一年,地区生产总值增长5.6%;新建5G基站1200个。"
            "今年的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长5%;"
            "城镇调查失业率控制在5.5%以内。"
            "1-10月,地区生产总值增长5.8%,一般公共预算收入增长4.1%,城镇调查失业率5.2%。")
    item = score_text(text)
    assert [t.text for t in item.targets] == ["6%", "5%", "5.5%"]
    # last year's 5.6% is reported before the targets: it answers none of them
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == \
        [("6%", ["5.8%"]), ("5%", ["4.1%"]), ("5.5%", ["5.2%"])]
    assert [p.met for p in item.pairs] == [True, False, True]  # 6%左右 within 5 %; 5.5%以内 is a ceiling


def test_prose_answers_a_target_within_its_reach_only():
    """A prose target is answered in the section after it (``prose_reach`` characters), never by
    a figure of the same kind pages away."""
    from targetx.rules import Rules

    reach = int(Rules.default().weights["prose_reach"])
    filler = "全面推进各项工作,持续优化营商环境。"
    target, answer = "今年计划新建停车位500个。", "目前已建成停车位612个。"
    near = score_text(target + filler * 5 + answer)
    far = score_text(target + filler * (reach // len(filler) + 2) + answer)
    assert [(p.target.text, p.actuals[0].text) for p in near.pairs] == [("500个", "612个")]
    assert far.pairs == () and [t.text for t in far.targets] == ["500个"]
