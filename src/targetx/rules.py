"""All rule data in one immutable value: lexicon tables, compiled patterns, metric vocabulary.

``Rules.default()`` is the bundled set. Users derive their own with ``with_units``,
``with_classifiers``, ``with_synonyms``, ``with_markers`` or ``Rules.from_file``; two rule sets
live side by side in one process without touching each other (no global state is changed).
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import regex

from . import patterns as _patterns


class RulesError(ValueError):
    """A rules file or extension is invalid; the message names the file, line and problem."""


@dataclass(frozen=True, eq=False)
class Rules:
    """An immutable rule set. Build it with ``Rules.default()`` and the ``with_*`` methods."""

    lexicon: Mapping[str, Any]
    synonyms: Mapping[str, str] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    name: str = "default"

    @staticmethod
    def default() -> Rules:
        """The bundled rules (built once)."""
        return _default()

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

    # -- deriving new rule sets -------------------------------------------------------------
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
