"""User-extensible rules: Rules as a value, rules files, validation errors."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetx import Rules, RulesError, extract, score_item

USER_FILE = '''
# my province's extra rules
[units]
"吨油当量" = "oil_equivalent_ton"
"趟次" = "vehicle_trip"

[classifiers]
words = ["台班"]

[synonyms]
"软服营收" = "软件和信息服务业营收"
"芯产" = "集成电路产业产值"

[markers]
forecast = ["拟于"]

[terms]
words = ["油当量"]

[pint]
definitions = """
oil_equivalent_ton = [oil_equivalent]
vehicle_trip = count
"""
'''


@pytest.fixture
def user_rules(tmp_path):
    path = tmp_path / "province.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    return Rules.from_file(path)


def _one(text, rules=None):
    found = extract(text, rules)
    assert len(found) == 1, found
    return found[0]


def test_user_unit_with_pint_definition_and_multiplier(user_rules):
    q = _one("全年节能5万吨油当量，", user_rules)
    assert (q.text, q.value, q.unit) == ("5万吨油当量", Decimal(5), "万吨油当量")
    assert (q.base_value, q.base_unit, q.dimension) == (Decimal(50000), "oil_equivalent_ton", "[oil_equivalent]")
    # the default rules know nothing of it: 5万吨 of mass, the 油当量 left over
    q = _one("全年节能5万吨油当量，")
    assert (q.unit, q.dimension) == ("万吨", "mass")
    assert "吨油当量" not in Rules.default().lexicon["units"]


def test_user_units_pair_and_do_not_cross_dimensions(user_rules):
    row = score_item("节约能源10万吨油当量。", "节约能源8万吨油当量。", rules=user_rules)
    assert [(p.target.text, p.actuals[0].text, p.ratio) for p in row.pairs] == [("10万吨油当量", "8万吨油当量", 0.8)]
    row = score_item("节约能源10万吨油当量。", "节约能源8万吨。", rules=user_rules)
    assert row.pairs == ()  # mass does not answer standard coal


def test_user_registry_is_private(user_rules):
    default = Rules.default()
    assert default.definitions == ()
    assert user_rules.registry is not default.registry
    assert "oil_equivalent_ton" in user_rules.registry
    assert "oil_equivalent_ton" not in default.registry
    with pytest.raises(Exception):
        default.unit_factor("oil_equivalent_ton")
    assert user_rules.unit_factor("vehicle_trip").dimension == "count"


def test_user_classifier_and_markers(user_rules):
    assert _one("完成120台班，", user_rules).classifier == "台班"
    assert not [q for q in extract("完成120台班，") if q.classifier == "台班"]
    assert "拟于" in user_rules.markers["forecast"]
    assert "拟于" not in Rules.default().markers["forecast"]
    assert "油当量" in user_rules.terms and user_rules.name == "province"


def test_user_synonyms_expand_and_pair(user_rules):
    default = Rules.default()
    assert user_rules.expand("软服营收") == default.expand("软件和信息服务业营收")
    assert user_rules.similarity("软件和信息服务业营收", "软服营收") == pytest.approx(1.0)
    task = "集成电路产业产值达到300亿元，建筑业总产值达到200亿元。"
    progress = "芯产完成320亿元。建筑业总产值完成210亿元。"
    pairs = {p.target.text: p.actuals[0].text for p in score_item(task, progress, rules=user_rules).pairs}
    assert pairs == {"300亿元": "320亿元", "200亿元": "210亿元"}
    pairs = {p.target.text: p.actuals[0].text for p in score_item(task, progress).pairs}
    assert "300亿元" not in pairs  # the default rules cannot tell what 芯产 is
    assert default.expand("芯产") == "芯产"


def test_with_methods_are_values():
    base = Rules.default()
    a = base.with_units({"吨油当量": "oil_equivalent_ton"}, "oil_equivalent_ton = [oil_equivalent]")
    b = base.with_units({"吨油当量": "1000 * kilogram"})  # same written unit, another meaning
    c = base.with_classifiers(["台班"]).with_synonyms({"芯产": "集成电路产业产值"}).with_markers(
        scope=["总规模"]).with_terms(["集成电路"])
    assert _one("5万吨油当量，", a).dimension == "[oil_equivalent]"
    assert _one("5万吨油当量，", b).dimension == "mass"
    assert _one("5万吨油当量，").unit == "万吨"
    assert _one("3台班，", c).classifier == "台班"
    assert "总规模" in c.markers["scope"] and "总规模" not in base.markers["scope"]
    assert c.terms == ("集成电路",) and base.terms == ()
    assert base is Rules.default() and base.synonym_map == Rules.default().synonym_map
    assert "芯产" not in base.synonym_map


def test_same_meaning_is_not_a_shadow():
    rules = Rules.default().with_units({"吨": "ton"})
    assert _one("5吨，", rules).base_value == Decimal(5000)


# -- bad files ----------------------------------------------------------------------------------


def _bad(tmp_path, text):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as info:
        Rules.from_file(path)
    message = str(info.value)
    assert str(path) in message
    return message


def test_toml_syntax_error_names_line(tmp_path):
    message = _bad(tmp_path, '[units]\n"吨油当量" = "oil_equivalent_ton"\n"车次 = "x"\n')
    assert "TOML syntax error" in message and "line 3" in message


def test_undefined_pint_unit(tmp_path):
    message = _bad(tmp_path, '[units]\n\n"吨油当量" = "oil_equivalent_ton"\n')
    assert "bad.toml:3:" in message and "undefined pint unit" in message and "吨油当量" in message


def test_unknown_dimension(tmp_path):
    message = _bad(tmp_path, '[units]\n"蒲式耳" = "[grain] * meter"\n')
    assert "bad.toml:2:" in message and "蒲式耳" in message


def test_duplicate_unit(tmp_path):
    message = _bad(tmp_path, '[units]\n"吨油当量" = "ton"\n"吨油当量" = "kilogram"\n')
    assert "bad.toml:3:" in message and "duplicate written unit '吨油当量'" in message and "line 2" in message


def test_period_pattern_that_does_not_compile(tmp_path):
    message = _bad(tmp_path, "[periods]\npatterns = [\n  '截至(目前',\n]\n")
    assert "bad.toml:3:" in message and "does not compile" in message


def test_unit_shadowing_a_builtin_unit(tmp_path):
    message = _bad(tmp_path, '[units]\n"吨" = "kilogram"\n')
    assert "bad.toml:2:" in message and "shadow" in message and "built-in" in message


def test_unit_shadowing_a_builtin_classifier(tmp_path):
    message = _bad(tmp_path, '[units]\n"家" = "ton"\n')
    assert "bad.toml:2:" in message and "classifier" in message


def test_classifier_shadowing_a_builtin_unit(tmp_path):
    message = _bad(tmp_path, '[classifiers]\nwords = ["吨"]\n')
    assert "bad.toml:2:" in message and "shadow" in message


def test_pint_definition_shadowing_or_invalid(tmp_path):
    message = _bad(tmp_path, '[pint]\ndefinitions = """\nton = 2 * gram\n"""\n')
    assert "bad.toml:3:" in message and "shadow" in message
    message = _bad(tmp_path, '[pint]\ndefinitions = """\nwidget = 3 * nosuchunit\n"""\n')
    assert "bad.toml:3:" in message and "invalid" in message


def test_unknown_table_and_list(tmp_path):
    assert "unknown table [unitz]" in _bad(tmp_path, '[unitz]\n"吨" = "ton"\n')
    assert "unknown list 'forcast'" in _bad(tmp_path, '[markers]\nforcast = ["拟"]\n')


def test_missing_file(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        Rules.from_file(tmp_path / "nope.toml")


def test_with_units_validates_too():
    with pytest.raises(RulesError, match="with_units.*undefined pint unit"):
        Rules.default().with_units({"吨油当量": "oil_equivalent_ton"})
    with pytest.raises(RulesError, match="shadow"):
        Rules.default().with_units({"平方米": "meter"})


def test_extended_rules_pickle_for_worker_processes():
    import pickle

    rules = Rules.default().with_units(
        {"吨油当量": "oil_equivalent_ton"}, "oil_equivalent_ton = [oil_equivalent]"
    ).with_synonyms({"软服营收": "软件和信息服务业营收"})
    again = pickle.loads(pickle.dumps(rules))
    text = "全年节约5万吨油当量"
    assert [(q.value, q.base_value, q.dimension) for q in extract(text, again)] == \
        [(q.value, q.base_value, q.dimension) for q in extract(text, rules)] != []
    assert again.expand("软服营收") == rules.expand("软服营收") != "软服营收"


def test_deriving_keeps_user_pint_definitions():
    rules = Rules.default().with_units({"吨油当量": "oil_equivalent_ton"}, "oil_equivalent_ton = [oil_equivalent]")
    derived = rules.with_synonyms({"芯产": "集成电路产业产值"}).with_classifiers(["台班"])
    assert derived.definitions == rules.definitions
    assert [q.dimension for q in extract("节约5万吨油当量", derived)] == ["[oil_equivalent]"]


@pytest.mark.parametrize("definition, problem", [
    ("oil_equivalent_ton = = [oil_equivalent]", "empty definition"),
    ("shuang_ = 2", "plain number"),
    ("oil_equivalent_ton = 1e3 * kilogram_ce", "undefined unit(s): kilogram_ce"),
])
def test_bad_pint_definitions_are_named(definition, problem):
    name = definition.split()[0]
    with pytest.raises(RulesError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        Rules.default().with_units({"某单位": name}, definition)


# -- hostile rules files: a clear RulesError or correct behaviour, never a crash or a hang ----


def test_deeply_nested_toml_is_a_rules_error(tmp_path):
    message = _bad(tmp_path, "a = " + "[" * 3000 + "]" * 3000 + "\n")
    assert "nested too deeply" in message


def test_unit_of_no_size_is_a_rules_error(tmp_path):
    message = _bad(tmp_path, '[units]\n"零米" = "0 * meter"\n')
    assert "零米" in message and "no positive finite size" in message


def test_multiplier_that_is_regex_syntax_still_extracts(tmp_path):
    path = tmp_path / "mult.toml"
    path.write_text('[multipliers]\n"]" = 10\n', encoding="utf-8")
    rules = Rules.from_file(path)
    assert [q.text for q in extract("新建道路5公里,新增企业30家", rules)] == ["5公里", "30家"]


def test_nested_synonyms_expand_within_a_bound(tmp_path):
    from targetx.rules import EXPANSION_LIMIT

    table = "\n".join(f'"s{i}" = "' + f"s{i + 1}" * 200 + '"' for i in range(5))
    path = tmp_path / "bomb.toml"
    path.write_text("[synonyms]\n" + table + "\n", encoding="utf-8")
    rules = Rules.from_file(path)
    expanded = rules.expand("s0指标")
    # fully nested, s0 would be 200**5 characters long; one full form more than its bound at most
    assert expanded.startswith("s1s1") and len(expanded) <= EXPANSION_LIMIT * len("s0指标") + 400 + 2
    assert score_item("s0指标目标30个", "s0指标完成20个", rules=rules).pairs


def test_backtracking_period_pattern_is_a_row_error(tmp_path, monkeypatch):
    import targetx.patterns
    from targetx import score_report

    monkeypatch.setattr(targetx.patterns, "MATCH_TIMEOUT", 0.2)
    path = tmp_path / "period.toml"
    path.write_text('[periods]\npatterns = ["(新|新新)+$"]\n', encoding="utf-8")
    rules = Rules.from_file(path)
    report = score_report([{"doc": "d", "item": 1, "task": "新增企业30家", "progress": "新" * 200 + "!新增企业28家"},
                           {"doc": "d", "item": 2, "task": "新增企业30家", "progress": "新增企业28家"}], rules)
    assert [i.item for i in report.items] == [2] and len(report.items[0].pairs) == 1
    (error,) = report.errors
    assert error.item == 1 and "period patterns" in error.reason and "backtrack" in error.reason


@given(st.text(alphabet="人均年累计全平增长千户元月达到" + "abc", max_size=12))
def test_has_any_marker_is_any_of_the_lists(text):
    from targetx.frames import FRAME_MARKERS

    rules = Rules.default()
    assert rules.has_any_marker(FRAME_MARKERS, text) == any(rules.has_marker(n, text) for n in FRAME_MARKERS)
    assert rules.has_any_marker(("cumulative",), "累计完成") and not rules.has_any_marker((), "累计完成")


@pytest.mark.parametrize("a, b, compatible", [
    ("场馆", "图书馆", True), ("人才", "博士", True), ("博士后", "人才", True),  # [heads]: a kind of the other
    ("进口", "进口总额", True), ("用电", "用电量", True), ("出口额", "出口总额", True),  # an activity and its amount
    ("人才", "床位", False), ("进口", "出口额", False),
])
def test_head_nouns_are_compatible_by_kind_or_by_amount_ending(a, b, compatible):
    assert Rules.default().heads_compatible(a, b) is compatible


@pytest.mark.parametrize("subject, head", [
    ("新能源汽车上牌", "汽车"),  # a registration verb is no head (backward matching would take 车上)
    ("新建城市书房", "书房"),
    ("新增公共停车泊位", "泊位"),
])
def test_the_head_noun_is_the_last_content_word(subject, head):
    from targetx.metrics import head_noun
    assert head_noun(subject, Rules.default()) == head


@pytest.mark.parametrize("short, full", [("规上工业企业", "规模以上工业企业"), ("限上企业", "限额以上企业"),
                                         ("平均用时", "平均时间")])
def test_bundled_abbreviations_expand_to_their_full_form(short, full):
    assert Rules.default().expand(short) == Rules.default().expand(full)
