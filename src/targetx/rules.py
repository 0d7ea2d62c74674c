"""All rule data in one immutable value: lexicon tables, compiled patterns, metric vocabulary.

``Rules.default()`` is the bundled set. Users derive their own with ``with_units``,
``with_classifiers``, ``with_synonyms``, ``with_markers`` or ``Rules.from_file``; two rule sets
live side by side in one process without touching each other (no global state is changed).
"""

from __future__ import annotations

import copy
import dataclasses
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

import regex

from . import patterns as _patterns
from . import units as _units


class RulesError(ValueError):
    """A rules file or extension is invalid; the message names the file, line and problem."""


@dataclass(frozen=True, eq=False)
class Rules:
    """An immutable rule set. Build it with ``Rules.default()`` and the ``with_*`` methods."""

    lexicon: Mapping[str, Any]
    synonyms: Mapping[str, str] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    name: str = "default"
    #: extra pint definition lines; a Rules with any gets its own registry (never the shared one)
    definitions: tuple[str, ...] = ()

    @staticmethod
    def default() -> Rules:
        """The bundled rules (built once)."""
        return _default()

    @staticmethod
    def from_file(path: str | Path) -> Rules:
        """The bundled rules extended by a TOML file in the format of ``data/lexicon.toml``."""
        return Rules.default().with_file(path)

    @cached_property
    def patterns(self) -> _patterns.Patterns:
        return _patterns.build(self.lexicon)  # type: ignore[arg-type]

    @cached_property
    def classifiers(self) -> frozenset[str]:
        return frozenset(self.lexicon["classifiers"]["words"])

    @cached_property
    def ambiguous(self) -> frozenset[str]:
        return frozenset(self.lexicon["classifiers"].get("ambiguous_classifiers", ()))

    @cached_property
    def idioms(self) -> Any:
        words = self.lexicon["exclusions"].get("idioms", [])
        return regex.compile(_patterns.alternation(words)) if words else None

    @cached_property
    def synonym_map(self) -> Mapping[str, str]:
        """Abbreviation -> full form: the bundled [synonyms] table plus the user's."""
        merged = dict(self.lexicon.get("synonyms", {}))
        merged.update(self.synonyms)
        return merged

    @cached_property
    def _synonym_pattern(self) -> Any:
        words = self.synonym_map
        return regex.compile(_patterns.alternation(words)) if words else None

    def expand(self, phrase: str) -> str:
        """``phrase`` with abbreviations written out ("规上软服营收" -> "规模以上软件和信息服务业营业收入")."""
        if self._synonym_pattern is None:
            return phrase
        return self._synonym_pattern.sub(lambda m: self.synonym_map[m.group(0)], phrase)

    def similarity(self, a: str, b: str) -> float:
        """How alike two metric phrases are under these rules (0..1)."""
        from .metrics import similarity

        return similarity(self.expand(a), self.expand(b), self.terms)

    @cached_property
    def markers(self) -> Mapping[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in self.lexicon.get("markers", {}).items()}

    # -- units ------------------------------------------------------------------------------
    @cached_property
    def registry(self) -> Any:
        """The pint registry of these rules: the shared one, or a private one with user definitions."""
        if not self.definitions:
            return _units.registry()
        return _units.registry_with("\n".join(self.definitions))

    @cached_property
    def _factors(self) -> dict[str, _units.UnitFactor]:
        return {}

    def unit_factor(self, expression: str) -> _units.UnitFactor:
        """``units.unit_factor`` under these rules (user pint definitions included)."""
        if not self.definitions:
            return _units.unit_factor(expression)  # shared, cached registry: the fast path
        found = self._factors.get(expression)
        if found is None:
            found = self._factors[expression] = _units.factor_in(self.registry, expression)
        return found

    # -- deriving new rule sets -------------------------------------------------------------
    def with_units(self, mapping: Mapping[str, str], definitions: str = "") -> Rules:
        """New written units -> pint expression, with optional extra pint definition lines.

        >>> r = Rules.default().with_units({"吨标准煤": "standard_coal_ton"},
        ...                                 "standard_coal_ton = [standard_coal]")
        >>> r.unit_factor("standard_coal_ton").dimension
        '[standard_coal]'
        """
        return self.with_data({"units": dict(mapping)}, definitions, source="with_units")

    def with_classifiers(self, words: Iterable[str]) -> Rules:
        """Extra classifiers (量词): a number followed by one is a count."""
        return self.with_data({"classifiers": {"words": list(words)}}, source="with_classifiers")

    def with_synonyms(self, mapping: Mapping[str, str]) -> Rules:
        """Extra abbreviations (abbreviation -> full form), expanded before metrics are compared."""
        return self.with_data({"synonyms": dict(mapping)}, source="with_synonyms")

    def with_markers(self, **lists: Iterable[str]) -> Rules:
        """Extend [markers] lists, e.g. ``with_markers(forecast=["拟于"], scope=["总规模"])``."""
        return self.with_data({"markers": {k: list(v) for k, v in lists.items()}}, source="with_markers")

    def with_terms(self, words: Iterable[str]) -> Rules:
        """Domain terms jieba keeps whole when it segments metric phrases."""
        return self.with_data({"terms": {"words": list(words)}}, source="with_terms")

    def with_file(self, path: str | Path) -> Rules:
        """These rules extended by a TOML file in the format of the bundled ``lexicon.toml``.

        Any subset of the bundled tables may appear: lists extend, tables merge. Two more tables
        are understood: ``[terms] words = [...]`` (jieba domain terms) and
        ``[pint] definitions = \"\"\"...\"\"\"`` (pint definition lines for new units).
        """
        text = _read_text(path)
        lines = _scan_keys(text, str(path))
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(f"{path}: TOML syntax error: {exc}") from exc
        pint_table = data.pop("pint", {})
        if not isinstance(pint_table, Mapping) or set(pint_table) - {"definitions"}:
            raise RulesError(f"{path}:{lines.get(('pint', None), '?')}: [pint] takes only "
                             "definitions = \"\"\"...\"\"\"")
        definitions = pint_table.get("definitions", "")
        if not isinstance(definitions, str):
            raise RulesError(f"{path}:{lines.get(('pint', 'definitions'), '?')}: [pint] definitions must be a string")
        rules = self.with_data(data, definitions, source=str(path), lines=lines,
                               definitions_line=lines.get(("pint", "definitions")))
        return dataclasses.replace(rules, name=Path(path).stem)

    def with_data(
        self,
        data: Mapping[str, Any],
        definitions: str = "",
        *,
        source: str = "rules",
        lines: Mapping[tuple[str, str | None], int] | None = None,
        definitions_line: int | None = None,
    ) -> Rules:
        """These rules extended by parsed lexicon tables (what ``with_file`` reads), validated."""
        return _extend(self, data, definitions, source, lines or {}, definitions_line)

    def _derive(self, lexicon: dict[str, Any] | None = None, **changes: Any) -> Rules:
        data = {
            "lexicon": lexicon if lexicon is not None else self.lexicon,
            "synonyms": self.synonyms,
            "terms": self.terms,
            "name": self.name,
        }
        data.update(changes)
        return Rules(**data)

    def _mutable_lexicon(self) -> dict[str, Any]:
        return copy.deepcopy(_thaw(self.lexicon))


def _thaw(obj: Any) -> Any:
    if isinstance(obj, Mapping):
        return {k: _thaw(v) for k, v in obj.items()}
    if isinstance(obj, tuple):
        return [_thaw(v) for v in obj]
    return obj


def _freeze(obj: Any) -> Any:
    if isinstance(obj, dict):
        return MappingProxyType({k: _freeze(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return tuple(_freeze(v) for v in obj)
    return obj


def _load_bundled_lexicon() -> dict[str, Any]:
    text = resources.files("targetx").joinpath("data/lexicon.toml").read_text("utf-8")
    return tomllib.loads(text)


_DEFAULT: Rules | None = None


def _default() -> Rules:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Rules(lexicon=_freeze(_load_bundled_lexicon()))
    return _DEFAULT


def read_toml(path: str | Path) -> dict[str, Any]:
    """Read a TOML rules file, turning syntax errors into RulesError naming file and line."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rules file: {exc.strerror}") from exc
