"""The spaCy component: spans, labels, extensions, nlp.pipe and to_disk/spacy.load."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

SENTENCE = "今年主要预期目标是:地区生产总值增长6%左右。1-10月,地区生产总值增长5.2%。"
TEXTS = [
    SENTENCE,
    "我市计划新建或改造80个社区便利店,现已超额完成93个;计划新建1万亩蔬菜基地,现已建成9120亩。",
    "力争纳入省级重点项目150个以上,实施市级重点项目350个。",
    "没有数字的句子。",
    "",
]
FREETEXT = Path(__file__).resolve().parents[1] / "corpus" / "freetext-fuzhou-2012-10.txt"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")  # character segmenter
    nlp.add_pipe("targetx")  # found through the spacy_factories entry point
    return nlp


@pytest.fixture(scope="module")
def nlp_jieba():
    try:
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    except Exception as exc:  # noqa: BLE001 - jieba missing or failing to initialise
        pytest.skip(f"jieba segmenter unavailable: {exc}")
    nlp.add_pipe("targetx", config={"alignment_mode": "strict"})
    return nlp


def _spans(doc, key="targetx"):
    return [(s.start_char, s.end_char, s.text, s.label_, s._.metric, s._.quantity) for s in doc.spans[key]]


def _check_spans(doc) -> None:
    for span in doc.spans["targetx"]:
        q = span._.quantity
        assert isinstance(q, dict) and isinstance(span._.metric, str)
        assert q["text"] in span.text
        assert doc.text[q["start"] : q["end"]] == q["text"]
        assert span.label_ in ("TARGET", "ACTUAL", "QUANTITY")


def test_entry_point_registered() -> None:
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names.get("targetx") == "targetx.spacy_component:make_targetx"


def test_work_report_sentence(nlp) -> None:
    doc = nlp(SENTENCE)
    assert [(s.text, s.label_) for s in doc.spans["targetx"]] == [("6%", "TARGET"), ("5.2%", "ACTUAL")]
    target, actual = doc.spans["targetx"]
    assert target._.quantity["kind"] == "growth" and target._.quantity["bound"] == "approx"
    assert actual._.quantity["value"] == 5.2
    assert "地区生产总值" in target._.metric
    assert target._.frame["status"] == "target" and target._.frame["change"] == "growth"
    assert "地区生产总值" in actual._.frame["subject"] and actual._.frame["period"] == "1-10月"
    (pair,) = doc._.pairs
    assert pair["target"] == "6%" and (pair["target_start"], pair["target_end"]) == (target.start_char, target.end_char)
    assert [a["text"] for a in pair["actuals"]] == ["5.2%"]
    assert pair["ratio"] == pytest.approx(5.2 / 6, abs=1e-6)
    assert pair["met"] is False
    _check_spans(doc)


def test_span_texts_and_plain_data(nlp) -> None:
    import json

    text = FREETEXT.read_text("utf-8")
    doc = nlp(text)
    _check_spans(doc)
    assert [s.text for s in doc.spans["targetx"]] == [s._.quantity["text"] for s in doc.spans["targetx"]]
    labels = {s.text: s.label_ for s in doc.spans["targetx"]}
    assert labels["80个"] == "TARGET" and labels["93个"] == "ACTUAL" and labels["1万亩"] == "TARGET"
    json.dumps(doc._.pairs, ensure_ascii=False)  # plain data only
    assert {(p["target"], p["actuals"][0]["text"]) for p in doc._.pairs} >= {("80个", "93个"), ("1万亩", "9120亩")}


def test_jieba_segmenter(nlp, nlp_jieba) -> None:
    for text in TEXTS + [FREETEXT.read_text("utf-8")]:
        doc = nlp_jieba(text)
        _check_spans(doc)
        by_char = nlp(text)
        # the same quantities with the same labels, whatever the segmenter
        assert [(s._.quantity["start"], s.label_) for s in doc.spans["targetx"]] == \
               [(s.start_char, s.label_) for s in by_char.spans["targetx"]]
        assert doc._.pairs == by_char._.pairs


def test_pipe_equals_one_by_one(nlp) -> None:
    piped = [(_spans(d), d._.pairs) for d in nlp.pipe(TEXTS, batch_size=2)]
    single = [(_spans(d), d._.pairs) for d in (nlp(t) for t in TEXTS)]
    assert piped == single


def test_to_disk_round_trip(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["targetx"]
    for text in TEXTS:
        a, b = nlp(text), loaded(text)
        assert _spans(a) == _spans(b) and a._.pairs == b._.pairs


def test_config_and_rules_file_round_trip(tmp_path) -> None:
    rules = tmp_path / "extra.toml"
    rules.write_text('[synonyms]\n"便利店" = "社区便利店"\n', encoding="utf-8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx", config={"spans_key": "tx", "alignment_mode": "contract", "rules_file": str(rules)})
    doc = nlp(SENTENCE)
    assert [s.label_ for s in doc.spans["tx"]] == ["TARGET", "ACTUAL"]
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "targetx" / "rules.toml").exists()
    rules.unlink()  # the saved pipeline carries its own copy
    loaded = spacy.load(tmp_path / "model")
    component = loaded.get_pipe("targetx")
    assert component.spans_key == "tx" and component.alignment_mode == "contract"
    assert component.rules is not None and component.rules.synonym_map.get("便利店") == "社区便利店"
    assert _spans(loaded(SENTENCE), "tx") == _spans(doc, "tx")


def test_bad_alignment_mode() -> None:
    nlp = spacy.blank("zh")
    with pytest.raises(ValueError):
        nlp.add_pipe("targetx", config={"alignment_mode": "sideways"})


ROW = ("新增孵化面积40万平方米,创成双创载体4家", "全区新增孵化面积32.76万,5家载体获批省级双创载体")


@pytest.mark.parametrize("mode", ["auto", "row"])
def test_row_mode_pairs_a_table_row(mode: str) -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx", config={"mode": mode})
    text = "\t".join(ROW)
    doc = nlp(text)
    spans = doc.spans["targetx"]
    assert [(s.text, s.label_) for s in spans] == [("40万平方米", "TARGET"), ("4家", "TARGET"),
                                                   ("32.76万", "ACTUAL"), ("5家", "ACTUAL")]
    for s in spans:  # offsets into doc.text, the progress column's shifted past the task and the tab
        q = s._.quantity
        assert text[q["start"] : q["end"]] == q["text"] == s.text
    pair = doc._.pairs[0]
    assert (pair["target"], pair["ratio"]) == ("40万平方米", 0.819)
    assert text[pair["actuals"][0]["start"] : pair["actuals"][0]["end"]] == "32.76万"


def test_prose_mode_and_auto_without_a_tab(nlp) -> None:
    prose = spacy.blank("zh")
    prose.add_pipe("targetx", config={"mode": "prose"})
    # the prose scorer reads a row's two columns as one text
    doc = prose("\t".join(ROW))
    assert [s.label_ for s in doc.spans["targetx"]] != ["TARGET", "TARGET", "ACTUAL", "ACTUAL"]
    doc = nlp(SENTENCE)
    assert [(s.text, s.label_) for s in doc.spans["targetx"]] == [("6%", "TARGET"), ("5.2%", "ACTUAL")]


def test_mode_round_trips_and_is_checked(tmp_path) -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx", config={"mode": "row", "row_separator": "|||"})
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.get_pipe("targetx").mode == "row" and loaded.get_pipe("targetx").row_separator == "|||"
    doc = loaded("|||".join(ROW))
    assert [s.label_ for s in doc.spans["targetx"]] == ["TARGET", "TARGET", "ACTUAL", "ACTUAL"]
    with pytest.raises(ValueError, match="mode"):
        spacy.blank("zh").add_pipe("targetx", config={"mode": "table"})


def test_displacy_colours() -> None:
    from spacy import displacy

    from targetx.spacy_component import DISPLACY_OPTIONS

    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx")
    doc = nlp("\t".join(ROW))
    page = displacy.render(doc, style="span", options={"spans_key": "targetx", **DISPLACY_OPTIONS})
    assert set(DISPLACY_OPTIONS["colors"]) == {"TARGET", "ACTUAL", "QUANTITY"}
    assert DISPLACY_OPTIONS["colors"]["TARGET"] in page and DISPLACY_OPTIONS["colors"]["ACTUAL"] in page
