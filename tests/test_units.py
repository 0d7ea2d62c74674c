import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from targetx.units import registry, unit_factor


@pytest.mark.parametrize("expression, factor, base, dimension", [
    ("mu", Decimal(10000) / 15, "square_meter", "area"),
    ("jin", Decimal("0.5"), "kilogram", "mass"),
    ("ton", Decimal(1000), "kilogram", "mass"),
    ("kilovolt", Decimal(1000), "volt", "voltage"),
    ("gigawatt", Decimal(10**9), "watt", "power"),
    ("square_kilometer", Decimal(10**6), "square_meter", "area"),
    ("kilometer_", Decimal(1000), "meter", "length"),
    ("yuan", Decimal(1), "yuan", "currency"),
    ("percent", Decimal(1), "percent", "percent"),
    ("percentage_point", Decimal(1), "percentage_point", "percentage_point"),
    ("count", Decimal(1), "count", "count"),
    ("exaflops", Decimal(1000), "petaflops", "computing_power"),
    ("teraflops", Decimal("0.001"), "petaflops", "computing_power"),
])
def test_unit_factors(expression, factor, base, dimension):
    got = unit_factor(expression)
    assert abs(got.factor - factor) <= Decimal("1e-20") * factor
    assert (got.base_unit, got.dimension) == (base, dimension)


def test_registry_is_built_once():
    assert registry() is registry()


def test_currency_is_its_own_dimension():
    reg = registry()
    assert reg.Quantity(1, "yuan").dimensionality != reg.Quantity(1, "count").dimensionality
    assert unit_factor("yuan").dimension != unit_factor("usd").dimension


# --- the on-disk factor table: a new process does not import pint for units it has seen ---

STARTUP = r"""
import json, sys
import targetx
item = targetx.score_item("新增停车位500个,建成道路5公里,新增耕地120亩", "已建成停车位612个,道路4.2公里,耕地98亩")
print(json.dumps({"pint": "pint" in sys.modules, "numpy": "numpy" in sys.modules,
                  "ratios": [str(p.ratio) for p in item.pairs],
                  "bases": [str(t.quantity.base_value) for t in item.targets]}))
"""


def _fresh_run(cache: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_second_process_scores_without_pint(tmp_path):
    first = _fresh_run(tmp_path)
    second = _fresh_run(tmp_path)
    assert first["pint"]  # nothing cached yet: the factors come from pint
    assert not second["pint"] and not second["numpy"]
    assert second["ratios"] == first["ratios"] and second["bases"] == first["bases"]
    assert Decimal(second["bases"][2]) == Decimal(120) * Decimal(10000) / 15  # 120 亩 in m², by hand


def test_cached_factors_equal_pint_for_every_bundled_unit(tmp_path, monkeypatch):
    from targetx import units
    from targetx.rules import Rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(units, "_disk", None)
    expressions = sorted(set(Rules.default().lexicon["units"].values()))
    derived = {e: units.factor_in(registry(), e) for e in expressions}
    units.unit_factor.cache_clear()
    try:
        for e in expressions:
            units.unit_factor(e)  # fills the disk table
        monkeypatch.setattr(units, "_disk", None)  # as a new process: read back from the file
        units.unit_factor.cache_clear()
        assert {e: units.unit_factor(e) for e in expressions} == derived
    finally:
        units.unit_factor.cache_clear()
        monkeypatch.setattr(units, "_disk", None)


@pytest.mark.parametrize("damage", ["not json", '{"mu": [1, 2]}', '{"mu": ["x", "square_meter", "area"]}', "[]"])
def test_a_damaged_factor_table_is_derived_again(tmp_path, monkeypatch, damage):
    from targetx import units

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(units, "_disk", None)
    units._disk_path().write_text(damage, "utf-8")
    units.unit_factor.cache_clear()
    try:
        assert units.unit_factor("mu") == units.factor_in(registry(), "mu")
        monkeypatch.setattr(units, "_disk", None)
        assert json.loads(units._disk_path().read_text("utf-8"))["mu"][1] == "square_meter"  # rewritten whole
    finally:
        units.unit_factor.cache_clear()
        monkeypatch.setattr(units, "_disk", None)


def test_the_compact_dictionary_is_what_the_generator_makes():
    """data/words.txt is jieba's dictionary cut by frequency (docs/gen_dictionary.py)."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, str(root / "docs" / "gen_dictionary.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("subject, head", [("建成5G基站", "基站"), ("新增养老床位", "床位"), ("新认定孵化器", "孵化器")])
def test_head_nouns_below_the_segmentation_cut_come_from_nouns_txt(subject, head):
    # rare in general text, so not among words.txt's most frequent words, but a measure's head
    from targetx.metrics import _dictionary, head_noun
    from targetx.rules import Rules

    assert not _dictionary(()).get(head)  # no word of the segmentation dictionary (a prefix at most)
    assert head_noun(subject, Rules.default()) == head


@pytest.mark.parametrize("subject, head", [("存量留抵退税", "留抵退税"), ("办理增值税留抵退税", "留抵退税"),
                                           ("全区税收收入", "税收收入"), ("货物进口总额", "进口总额"),
                                           ("新增智能算力规模", "智能算力规模")])
def test_report_terms_and_amount_words_head_a_subject(subject, head):
    # a fiscal term of data/userdict.txt is one head; 总额 / 总量 head with the word before them
    from targetx.metrics import head_noun
    from targetx.rules import Rules

    assert head_noun(subject, Rules.default()) == head


@pytest.mark.parametrize("subject, head", [("接待游客人次", "游客"), ("举办招聘会场次", "招聘会"), ("服务群众人次", "群众")])
def test_words_that_count_people_or_events_are_no_heads(subject, head):
    from targetx.metrics import head_noun
    from targetx.rules import Rules

    assert head_noun(subject, Rules.default()) == head
