"""The shape the code promises: one normalisation per text, word lists and weights as data that
something reads, no CJK word lists in the core modules, layers that import only downwards, and
frames that do not depend on how a text is written (traditional characters, full-width forms)."""

from __future__ import annotations

import ast
import json
import tomllib
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import targetx.text
from targetx.pipeline import score_item
from targetx.strategies import report_rows, to_fullwidth

SRC = Path(targetx.text.__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[1]  # the checkout, not the installed package
DATA = SRC / "data"

# bottom to top: a module imports only from modules before it
# (records sit below types, whose Report.to_records calls them; imports for type checking only
# do not count)
LAYERS = ["text", "units", "numerals", "patterns", "metrics", "rules", "periods", "records", "notebook", "types", "extract",
          "scoring", "frames", "pairing", "pipeline", "freetext", "evaluate", "io", "inputs", "tracking", "render",
          "strategies", "spacy_component", "__init__", "cli", "__main__"]
# modules that hold no words of the language: their word lists live in data/
CORE = ["types", "text", "rules", "metrics", "extract", "scoring", "periods", "records", "frames", "pairing", "pipeline",
        "freetext", "evaluate", "tracking"]
# lexicon tables that map written forms (unit names, synonyms, hypernyms) rather than name rules
MAPS = {"multipliers", "units", "per_units", "per_prefixes", "heads", "synonyms", "classifier_types"}


def _tree(module: str) -> ast.Module:
    return ast.parse((SRC / f"{module}.py").read_text("utf-8"))


def _names_read() -> set[str]:
    """Every string constant and attribute name in the package source."""
    out: set[str] = set()
    for path in SRC.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
            elif isinstance(node, ast.Attribute):
                out.add(node.attr)
    return out


def _templates() -> set[str]:
    """The constant tails of f-strings (f"{bound}_before" -> "_before")."""
    out = set()
    for path in SRC.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.JoinedStr):
                out.update(v.value for v in node.values if isinstance(v, ast.Constant) and v.value.startswith("_"))
    return out


def test_each_column_is_normalised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    original = targetx.text.normalize

    def counting(text: str) -> str:
        seen.append(text)
        return original(text)

    for module in ("targetx.text", "targetx.numerals", "targetx.extract", "targetx.metrics", "targetx.rules"):
        monkeypatch.setattr(f"{module}.normalize", counting, raising=False)
    task = "新增孵化面積40万平方米,地区生产总值增长6.5%左右"
    progress = "全区新增孵化面积32.76万,,三季度地区生产总值增速6.1%。"
    item = score_item(task, progress)
    assert len(item.pairs) == 2  # the row is really scored
    assert seen.count(task) == 1 and seen.count(progress) == 1, seen


def test_every_named_lexicon_entry_and_weight_is_read() -> None:
    lexicon = tomllib.loads((DATA / "lexicon.toml").read_text("utf-8"))
    weights = tomllib.loads((DATA / "weights.toml").read_text("utf-8"))
    read, templates = _names_read(), _templates()
    unread = [f"[{table}] {key}" for table, entries in lexicon.items() if table not in MAPS
              and isinstance(entries, dict) for key in entries
              if key not in read and not any(key.endswith(t) for t in templates)]
    unread += [f"[{table}]" for table in lexicon if table not in read]
    unread += [f"weights {key}" for key in weights["pairing"] if key not in read]
    assert not unread, unread


def test_weights_the_code_asks_for_exist() -> None:
    weights = tomllib.loads((DATA / "weights.toml").read_text("utf-8"))["pairing"]
    asked = {node.slice.value for node in ast.walk(_tree("pairing"))
             if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "w"
             and isinstance(node.slice, ast.Constant)}
    assert asked and asked <= set(weights), asked - set(weights)


@pytest.mark.parametrize("module", CORE)
def test_no_cjk_word_lists_in_core_modules(module: str) -> None:
    tree = _tree(module)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    literals = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                and isinstance(node.value, str) and id(node) not in docstrings and regex.search(r"\p{Han}", node.value)]
    assert not literals, literals


def _imports(module: str) -> set[str]:
    """The package modules ``module`` imports at run time (``from . import __version__`` is the
    package itself; imports under ``if TYPE_CHECKING`` are left out)."""
    tree = _tree(module)
    typing_only = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(node.test) for inner in ast.walk(node)}
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and id(node) not in typing_only:
            if node.module:
                out.add(node.module)
            else:
                out.update(a.name if (SRC / f"{a.name}.py").exists() else "__init__" for a in node.names)
    return out


@pytest.mark.parametrize("module", [m for m in LAYERS if (SRC / f"{m}.py").exists()])
def test_layers_import_only_downwards(module: str) -> None:
    rank = LAYERS.index(module)
    for name in _imports(module):
        assert name in LAYERS, f"{module} imports {name}, which has no layer"
        assert LAYERS.index(name) < rank, f"{module} imports {name} from a layer above it"


def test_every_module_has_a_layer() -> None:
    assert {p.stem for p in SRC.glob("*.py")} <= set(LAYERS)


# -- frames do not depend on how a text is written -------------------------------------------


def _to_traditional() -> dict[str, str]:
    """Simplified -> one traditional form, from the bundled table, kept only where normalising
    the traditional form gives the simplified one back."""
    out: dict[str, str] = {}
    for line in (DATA / "t2s.txt").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        trad, simp = line.split()
        if len(trad) == len(simp) == 1 and simp not in out and targetx.text.normalize(trad) == simp:
            out[simp] = trad
    return out


TRADITIONAL = _to_traditional()
CORPUS_ROWS = [json.loads(line) for name in ("longwan-2024-11.gold.jsonl", "more-reports.gold.jsonl")
               for line in (ROOT / "corpus" / name).read_text("utf-8").splitlines()]


def _frames(task: str, progress: str) -> list[object]:
    item = score_item(task, progress)
    pairs = [(item.targets.index(p.target), [item.actuals.index(a) for a in p.actuals]) for p in item.pairs]
    return [[(m.role, m.quantity.base_value, m.frame.to_dict()) for m in item.targets + item.actuals], pairs]


def _rewrite(text: str, traditional: bool, wide: bool) -> str:
    if traditional:
        text = "".join(TRADITIONAL.get(c, c) for c in text)
    return to_fullwidth(text) if wide else text


def test_the_rewrite_really_changes_text() -> None:
    sample = CORPUS_ROWS[0]["task"]
    assert _rewrite(sample, True, False) != sample and _rewrite(sample, False, True) != sample


@given(row=st.sampled_from(CORPUS_ROWS), traditional=st.booleans(), wide=st.booleans())
def test_frames_invariant_under_script_and_width_on_report_rows(row: dict, traditional: bool, wide: bool) -> None:
    task, progress = row["task"], row["progress"]
    assert _frames(_rewrite(task, traditional, wide), _rewrite(progress, traditional, wide)) == _frames(task, progress)


@given(row=report_rows(), traditional=st.booleans(), wide=st.booleans())
def test_frames_invariant_under_script_and_width_on_generated_rows(row, traditional: bool, wide: bool) -> None:
    assert _frames(_rewrite(row.task, traditional, wide), _rewrite(row.progress, traditional, wide)) == \
        _frames(row.task, row.progress)
