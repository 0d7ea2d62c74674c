"""The documentation cannot drift from the code.

* every ```python block of docs/*.md runs (blocks of one page share a namespace, in order;
  a block whose first line is ``# not run`` is skipped; ``>>>`` blocks run as doctests);
* docs/rules.md and the figures in docs/evaluation.md equal what docs/gen_rules.py generates;
* every example of the rule catalogue (EXAMPLES in docs/gen_rules.py) holds for targetx;
* ``mkdocs build --strict`` succeeds (skipped when mkdocs is not installed).
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.M | re.S)


def _load_gen_rules():
    spec = importlib.util.spec_from_file_location("targetx_gen_rules", DOCS / "gen_rules.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


gen_rules = _load_gen_rules()
PAGES = sorted(DOCS.glob("*.md"))


def _blocks(page: Path) -> list[tuple[int, str]]:
    text = page.read_text("utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]


@pytest.fixture()
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)], ids=lambda p: p.name)
def test_python_examples_run(page: Path, in_root, capsys) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for line, code in _blocks(page):
        if code.lstrip().startswith("# not run"):
            continue
        where = f"{page.relative_to(ROOT)}:{line}"
        if code.lstrip().startswith(">>>"):
            test = doctest.DocTestParser().get_doctest(code, namespace, where, str(page), line)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test, out=lambda s: print(s, end=""))
            assert runner.failures == 0, f"doctest failed in {where}:\n{capsys.readouterr().out}"
            continue
        try:
            exec(compile(code, where, "exec"), namespace)
        except Exception as exc:  # noqa: BLE001 - report which block failed
            pytest.fail(f"example at {where} raised {type(exc).__name__}: {exc}")


def test_every_page_is_in_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text("utf-8")
    for page in PAGES:
        assert f" {page.name}" in nav, f"{page.name} is not in the mkdocs.yml nav"
    for name in ("scaling.md", "strategies.md"):
        assert f" {name}" in nav


def test_rules_page_is_generated() -> None:
    committed = (DOCS / "rules.md").read_text("utf-8")
    assert committed == gen_rules.render_rules(), "docs/rules.md is stale: run python docs/gen_rules.py"


def test_evaluation_figures_are_current() -> None:
    committed = (DOCS / "evaluation.md").read_text("utf-8")
    assert committed == gen_rules.with_eval_block(committed), (
        "the figures in docs/evaluation.md are stale: run python docs/gen_rules.py")


def test_every_rule_family_has_examples() -> None:
    families = {"units", "multipliers", "classifiers", "qualifiers", "change_words", "exclusions",
                "implicit_one", "periods", "markers"}
    assert families <= set(gen_rules.EXAMPLES)
    for family in families:
        examples = gen_rules.EXAMPLES[family]
        assert any(e.hit for e in examples), f"{family}: no 'matches' example"
    # qualifiers and change words say what must not happen through their checks (kind, bound)
    for family in ("units", "multipliers", "classifiers", "exclusions"):
        assert any(e.miss for e in gen_rules.EXAMPLES[family]), f"{family}: no 'must not match' example"


def _example_id(item: tuple[str, object]) -> str:
    family, ex = item
    return f"{family}:{ex.text}"


@pytest.mark.parametrize("family_example", gen_rules.all_examples(), ids=_example_id)
def test_rule_example(family_example) -> None:
    family, ex = family_example
    problems = gen_rules.check_example(ex)
    if ex.known_issue:
        if problems:
            pytest.xfail(f"known issue: {ex.known_issue}")
        pytest.fail(f"{family} example {ex.text!r} now holds: remove its known_issue and regenerate docs")
    assert not problems, f"{family} example {ex.text!r}: " + "; ".join(problems)


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="mkdocs is not installed")
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "rules" / "index.html").exists()


def test_every_accepted_column_name_is_documented() -> None:
    import tomllib

    page = (DOCS / "cli.md").read_text("utf-8")
    tables = tomllib.loads((ROOT / "src" / "targetx" / "data" / "columns.toml").read_text("utf-8"))
    missing = [n for t in tables.values() for names in t.values() for n in names if n not in page]
    assert not missing, f"docs/cli.md does not list the column names {missing}"
