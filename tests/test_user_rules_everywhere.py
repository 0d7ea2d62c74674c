"""One user rules file (a new unit and a synonym) drives the library, the CLI and the spaCy
component alike, and leaves the bundled rules untouched."""

from __future__ import annotations

import json

import pytest

from targetx import Rules, score_item
from targetx.cli import main

RULES = '''
[units]
"吨油当量" = "oil_equivalent_ton"

[synonyms]
"芯产" = "集成电路产业产值"

[pint]
definitions = "oil_equivalent_ton = [oil_equivalent]"
'''
TASK = "集成电路产业产值达到100亿元,全年节能10万吨油当量。"
PROGRESS = "1-10月芯产完成85亿元,软件业营收30亿元;节能8万吨油当量。"


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / "province.toml"
    path.write_text(RULES, encoding="utf-8")
    return path


def _pairs(item):
    return sorted((p.target.text, p.actuals[0].text, round(p.ratio, 4)) for p in item.pairs)


def test_library(rules_file):
    rules = Rules.from_file(rules_file)
    item = score_item(TASK, PROGRESS, rules=rules)
    assert _pairs(item) == [("100亿元", "85亿元", 0.85), ("10万吨油当量", "8万吨油当量", 0.8)]
    coal = next(t for t in item.targets if t.text == "10万吨油当量").quantity
    assert (coal.unit, coal.dimension) == ("万吨油当量", "[oil_equivalent]")
    # the bundled rules read 万吨 (mass) and know no 芯产: the money target stays unpaired
    plain = score_item(TASK, PROGRESS)
    assert [t.quantity.dimension for t in plain.targets] == ["currency", "mass"]
    assert all(p.target.text != "100亿元" for p in plain.pairs)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli(rules_file, tmp_path, jobs):
    source = tmp_path / "rows.jsonl"
    source.write_text(json.dumps({"doc": "d", "item": 1, "task": TASK, "progress": PROGRESS},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(source), "-o", str(out), "--rules", str(rules_file), "--jobs", jobs,
                 "--no-progress"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = sorted((r["target"], r["target_unit"], r["actual"], round(r["ratio"], 4)) for r in records)
    assert got == [("100亿元", "亿元", "85亿元", 0.85), ("10万吨油当量", "万吨油当量", "8万吨油当量", 0.8)]


def test_cli_rejects_a_bad_rules_file(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[units]\n"吨油当量" = "no_such_unit"\n', encoding="utf-8")
    assert main(["score", "corpus/longwan-2024-11.page.txt", "--rules", str(bad)]) == 2
    assert "bad.toml" in capsys.readouterr().err


def test_spacy_component(rules_file):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx", config={"rules_file": str(rules_file)})
    doc = nlp("今年目标是集成电路产业产值达到100亿元。1-10月,芯产完成85亿元,软件业营收30亿元。")
    ratios = {(p["target"], tuple(a["text"] for a in p["actuals"])): round(p["ratio"], 4) for p in doc._.pairs}
    assert ratios == {("100亿元", ("85亿元",)): 0.85}
