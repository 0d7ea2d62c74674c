"""Importing and using targetx leaves other libraries' global state alone: pint's application
registry (the host's own pint quantities keep working) and jieba's default tokenizer. Run in a
fresh interpreter, since other tests import these libraries first."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, pint, jieba
registry = pint.get_application_registry().get()
tokenizer = jieba.dt
initialized = jieba.dt.initialized
import targetx
item = targetx.score_item("新增停车位500个,建成道路5公里", "已建成停车位612个,道路4.2公里")
magnitude = str(item.targets[1].quantity.quantity.to("meter").magnitude)
spacy_used = False
try:
    import spacy
    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx")
    doc = nlp("今年目标是地区生产总值增长6%左右。1-10月,地区生产总值增长5.2%。")
    spacy_used = len(doc.spans["targetx"]) == 2
except ImportError:
    pass
print(json.dumps({
    "same_registry": pint.get_application_registry().get() is registry,
    "host_inch": str(pint.Quantity(1, "inch").to("centimeter").magnitude),
    "same_tokenizer": jieba.dt is tokenizer,
    "tokenizer_untouched": jieba.dt.initialized == initialized,
    "pairs": len(item.pairs),
    "magnitude": magnitude,
    "spacy_used": spacy_used,
}))
"""


def test_pint_and_jieba_state_unchanged() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["pairs"] == 2 and state["magnitude"] == "5000"  # targetx really ran
    assert state["same_registry"] and state["host_inch"] == "2.54"
    assert state["same_tokenizer"] and state["tokenizer_untouched"]
    pytest.importorskip("spacy")
    assert state["spacy_used"]


JIEBA_SCRIPT = r"""
import json, sys
{before}
import targetx
item = targetx.score_item("新增停车位500个", "已建成停车位612个")
import jieba
print(json.dumps({{"pkg_resources": "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is not None,
                   "ratio": item.pairs[0].ratio, "words": jieba.lcut("温州湾新区新增停车位")}}))
"""


@pytest.mark.parametrize("before, loaded", [("", False), ("import pkg_resources", True)])
def test_jieba_loads_without_pkg_resources_and_still_works(before: str, loaded: bool) -> None:
    # targetx loads jieba with pkg_resources blocked (jieba then opens its data files itself); a
    # host that imported pkg_resources first keeps it, and jieba's own default tokenizer still works
    if loaded and importlib.util.find_spec("pkg_resources") is None:
        pytest.skip("setuptools (pkg_resources) is not installed here")
    out = subprocess.run([sys.executable, "-c", JIEBA_SCRIPT.format(before=before)], capture_output=True,
                         text=True, check=True, timeout=300)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["pkg_resources"] is loaded
    assert found["ratio"] == pytest.approx(612 / 500)
    assert "停车位" in "".join(found["words"]) and len(found["words"]) >= 3
