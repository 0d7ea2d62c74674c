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
from .numerals import CN_NUMERAL_CHARS
from .text import CACHE_SIZE, Punctuation


# an expanded phrase is at most this many times as long as the phrase (plus one full form)
EXPANSION_LIMIT = 8


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

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle as plain data (for worker processes); compiled parts are rebuilt on use."""
        if self is _DEFAULT:
            return (Rules.default, ())
        return (_rebuild, (_thaw(self.lexicon), dict(self.synonyms), self.terms, self.name, self.definitions))

    @cached_property
    def patterns(self) -> _patterns.Patterns:
        return _patterns.build(self.lexicon)  # type: ignore[arg-type]

    @cached_property
    def bundled_periods(self) -> bool:
        """Whether the period patterns are the bundled ones (a user's pattern may backtrack: it
        always runs under the regex timeout)."""
        return self is _DEFAULT or tuple(self.lexicon["periods"]["patterns"]) == tuple(
            _default().lexicon["periods"]["patterns"])

    @cached_property
    def qualifier_words(self) -> Mapping[str, Any]:
        """Qualifier and change-word tables in the shapes the hot path wants (sorted tuples)."""
        q = self.lexicon["qualifiers"]
        bounds = ("max", "min", "approx")
        change = self.lexicon["change_words"]
        return {
            # matched backwards from the number, longest alternative first: 不低于 (min) wins
            # over 低于 (max)
            "before_pattern": regex.compile(
                _patterns.alternation(w for b in bounds for w in q[f"{b}_before"]), regex.REVERSE),
            "before_bound": {w: b for b in bounds for w in q[f"{b}_before"]},
            "after": tuple((b, tuple(q[f"{b}_after"])) for b in bounds),
            "after_first": frozenset(w[0] for b in bounds for w in q[f"{b}_after"] if w),
            # every qualifier before a number, stacked ("达到约"), matched backwards as a whole
            "strip_pattern": regex.compile("(?:" + _patterns.alternation(
                w for k in ("min_before", "max_before", "approx_before", "exact_before") for w in q[k]) + ")+",
                regex.REVERSE),
            "growth": tuple(change["growth"]),
            "reduction": tuple(change["reduction"]),
            "not_change": tuple(change["not_change"]),
            "to_level": tuple(change["to_level"]),
            "rate_nouns": tuple(change.get("rate_nouns", ())),
            "fillers": tuple(change["fillers"]),
            "rate_fillers": tuple(change["rate_fillers"]),
            "ceiling": tuple(q.get("ceiling_before", ())),
            "target_setting": regex.compile("(?:" + _patterns.alternation(change.get("target_setting", ())) + r")\s*$")
            if change.get("target_setting") else regex.compile(r"(?!)"),
        }

    @cached_property
    def _marker_patterns(self) -> dict[str, Any]:
        return {name: regex.compile(self._marker_alternation(words))
                for name, words in self.lexicon.get("markers", {}).items() if words}

    def _marker_alternation(self, words: Any) -> str:
        """The alternation of marker ``words``, each kept from matching as the end of a longer
        word of ``[markers] not_within`` (拟 is no plan word in 虚拟专网)."""
        within = self.lexicon.get("markers", {}).get("not_within", ())
        parts = []
        for word in sorted(set(words), key=lambda w: (-len(w), w)):
            before = "".join(sorted({x[-len(word) - 1] for x in within if x.endswith(word) and len(x) > len(word)}))
            parts.append((f"(?<![{regex.escape(before)}])" if before else "") + regex.escape(word))
        return "|".join(parts)

    @cached_property
    def _any_marker_patterns(self) -> dict[tuple[str, ...], Any]:
        return {}  # names -> one pattern of all their words (a few fixed name sets per rule set)

    def has_any_marker(self, names: tuple[str, ...], text: str) -> bool:
        """Whether ``text`` contains a word of any of the ``[markers]`` lists ``names`` (one scan:
        a cheap test before the lists are asked one by one)."""
        pattern = self._any_marker_patterns.get(names)
        if pattern is None:
            words = [w for name in names for w in self.lexicon.get("markers", {}).get(name, ())]
            pattern = self._any_marker_patterns[names] = regex.compile(self._marker_alternation(words) or "(?!)")
        return pattern.search(text) is not None

    def find_marker(self, name: str, text: str, start: int = 0, end: int | None = None) -> Any:
        """The first word of the ``[markers]`` list ``name`` in ``text[start:end]`` (a match), or None."""
        pattern = self._marker_patterns.get(name)
        return None if pattern is None else pattern.search(text, start, len(text) if end is None else end)

    def has_marker(self, name: str, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` contains a word of the ``[markers]`` list ``name``."""
        return self.find_marker(name, text, start, end) is not None

    @cached_property
    def rate_list(self) -> regex.Pattern[str]:
        """A list of rates that share one change word ("分别增长5%和7%"), matched backwards."""
        change = self.lexicon["change_words"]
        joiners = [j for j in self.lexicon["markers"]["list_joiners"] if j not in self.punctuation.clause]
        return regex.compile(r"(?:[-−]?[0-9.]+(?:" + _patterns.alternation(change["rate_units"]) + r")\s?(?:"
                             + _patterns.alternation(joiners) + ")?)+", regex.REVERSE)

    @cached_property
    def metric_edges(self) -> tuple[Any, Any]:
        """Patterns for the words a metric phrase loses at its start and at its end."""
        edges = self.lexicon["metric_edges"]
        leading = regex.compile(r"(?:[\s\"']|" + _patterns.alternation(edges["leading"]) + ")+")
        trailing = regex.compile(r"(?:[\s\"']|" + _patterns.alternation(edges["trailing"]) + ")+", regex.REVERSE)
        return leading, trailing

    @cached_property
    def edge_kept(self) -> frozenset[str]:
        """Two-character words (and the first and last two characters of longer ones) whose edge
        character a metric phrase keeps (``[metric_edges] kept``: 签约, 共享)."""
        return frozenset(w[:2] for w in self.lexicon["metric_edges"]["kept"]) | frozenset(
            w[-2:] for w in self.lexicon["metric_edges"]["kept"])

    @cached_property
    def change_word_run(self) -> regex.Pattern[str]:
        """Any run of ``[change_words]`` growth and reduction words ("同比增长", "增加")."""
        change = self.lexicon["change_words"]
        return regex.compile("(?:" + _patterns.alternation([*change["growth"], *change["reduction"]]) + ")+")

    @cached_property
    def punctuation(self) -> Punctuation:
        """The punctuation classes of the ``[punctuation]`` table (sentence, clause, list, gloss)."""
        return Punctuation.from_table(self.lexicon["punctuation"])

    @cached_property
    def per_prefix(self) -> Any:
        """The ``[per_prefixes]`` words ("每人每月") that make an amount after them a rate."""
        words = self.lexicon.get("per_prefixes", {})
        q = self.lexicon["qualifiers"]  # "每人每年不低于670元": a bound may stand between
        bounds = [*q["min_before"], *q["max_before"], *q["approx_before"], *q["exact_before"]]
        return regex.compile("(?P<word>" + _patterns.alternation(words) + r")\s*(?P<bound>"
                             + _patterns.alternation(bounds) + r")?\s*$") if words else regex.compile(r"(?!)")

    @cached_property
    def zero_change(self) -> Any:
        """The ``zero_change`` words ("持平"): a change of zero without a digit, or None."""
        words = self.lexicon["change_words"].get("zero_change", ())
        return regex.compile(self._marker_alternation(words)) if words else None  # (not 保持平价)

    @cached_property
    def classifiers(self) -> frozenset[str]:
        return frozenset(self.lexicon["classifiers"]["words"])

    @cached_property
    def ambiguous(self) -> frozenset[str]:
        return frozenset(self.lexicon["classifiers"].get("ambiguous_classifiers", ()))

    @cached_property
    def unit_noise(self) -> dict[int, None]:
        """A ``str.translate`` table deleting what is not part of a unit as written: spaces and
        the one-character "more than" words (余, 多) between a multiplier and its unit."""
        chars = {" "} | {w for w in self.lexicon["qualifiers"]["min_after"] if len(w) == 1}
        return str.maketrans(dict.fromkeys(chars))

    @cached_property
    def marks(self) -> Any:
        """One scanner for what extraction marks besides amounts: quoted names (group ``quote``),
        idioms (``idiom``) and zero-change words (``zero``), so that one pass finds all three."""
        branches = [f"(?P<quote>{self.patterns.quotes.pattern})"]
        for name, pattern in (("idiom", self.idioms), ("zero", self.zero_change)):
            if pattern is not None:
                branches.append(f"(?P<{name}>{pattern.pattern})")
        return regex.compile("|".join(branches))

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

    @cached_property
    def _longest_full_form(self) -> int:
        return max(map(len, self.synonym_map.values()), default=0)

    @cached_property
    def _expansions(self) -> dict[str, str]:
        return {}  # phrase -> expanded phrase, filled as phrases are seen

    def clear_caches(self) -> None:
        """Forget the phrases expanded so far (for benchmarks and long runs)."""
        self._expansions.clear()

    def expand(self, phrase: str) -> str:
        """``phrase`` with abbreviations written out ("规上软服营收" -> "规模以上软件和信息服务业营业收入")."""
        if self._synonym_pattern is None:
            return phrase
        cached = self._expansions.get(phrase)
        if cached is not None:
            return cached
        if len(self._expansions) > CACHE_SIZE:
            self._expansions.clear()
        original = phrase
        # a user's full form may itself use a bundled abbreviation ("软服营收" -> "…营收"):
        # expand until stable (a few passes at most, so a cyclic table cannot loop), and never
        # past EXPANSION_LIMIT characters (a table whose full forms nest cannot exhaust memory)
        for _ in range(3):
            expanded = self._synonym_pattern.sub(lambda m: self.synonym_map[m.group(0)], phrase)
            if expanded == phrase or len(expanded) > EXPANSION_LIMIT * len(original) + self._longest_full_form:
                break
            phrase = expanded
        self._expansions[original] = phrase
        return phrase

    def similarity(self, a: str, b: str) -> float:
        """How alike two metric phrases are under these rules (0..1); any script or width."""
        from .text import normalize

        return self.subject_similarity(normalize(a), normalize(b))

    def subject_similarity(self, a: str, b: str) -> float:
        """``similarity`` of two subjects that are normalised already (frames hold them so)."""
        from .metrics import similarity

        return similarity(self.expand(a), self.expand(b), self.terms)

    def measure_of(self, subject: str) -> str:
        """A subject without the change word it ends in ("出口增长" -> "出口"), or as it is."""
        found = self._trailing_change.search(subject)
        return subject[: found.start()] if found is not None and found.start() >= 2 else subject

    @cached_property
    def amount_change(self) -> tuple[str, ...]:
        """The words that state an amount as a change of a measure (增收, 增加…: change_words)."""
        return tuple(self.lexicon["change_words"]["amount_change"])

    @cached_property
    def _trailing_change(self) -> regex.Pattern[str]:
        change = self.lexicon["change_words"]
        return regex.compile(f"(?:{_patterns.alternation([*change['growth'], *change['reduction']])})$")

    def words(self, phrase: str) -> tuple[str, ...]:
        """The content words of a normalised phrase, in order."""
        from .metrics import words

        return words(phrase, self.terms)

    # -- frames and pairing -----------------------------------------------------------------
    @cached_property
    def weights(self) -> Mapping[str, float]:
        """The pairing weights of ``data/weights.toml`` (one named table; see its comments)."""
        text = resources.files("targetx").joinpath("data/weights.toml").read_text("utf-8")
        return MappingProxyType({k: float(v) for k, v in tomllib.loads(text)["pairing"].items()})

    @cached_property
    def frame_patterns(self) -> Mapping[str, Any]:
        """Patterns built from the ``[frames]`` lexicon table (word lists and span patterns)."""
        frames = self.lexicon["frames"]
        out = {name: regex.compile(_patterns.alternation(frames[name]))
               for name in ("comparison", "action", "all_items", "part_of", "respectively", "forecast", "plan_before",
                            "prior_year")}
        markers = self.lexicon["markers"]  # the words of a stage of work (开工, 建成, 验收…)
        out["stage"] = regex.compile(_patterns.alternation([*markers["started"], *markers["finished"],
                                                             *markers["stage_other"]]))
        # an item of an ordinal list ("第一、二、三产业"): its numeral, and the words after it
        out["ordinal_item"] = regex.compile(
            f"(?:{regex.escape(frames['ordinal_prefix'])})?([{regex.escape(CN_NUMERAL_CHARS)}]{{1,3}})(.*)")
        out["multi_year"] = regex.compile("|".join(f"(?:{p})" for p in frames["multi_year"]))
        out["year_span"] = regex.compile("|".join(f"(?:{p})" for p in frames["year_span"]))
        out["year_list"] = regex.compile("|".join(f"(?:{p})" for p in frames["year_list"]))
        out["subject_noise"] = regex.compile("|".join(f"(?:{p})" for p in frames["subject_noise"]))
        out["year"] = regex.compile(frames["year"])
        out["per_capita_base"] = regex.compile(frames["per_capita_base"])
        out["five_year_plan"] = regex.compile(frames["five_year_plan"])
        out["class_label"] = regex.compile(frames["class_label"])
        levels = _patterns.alternation(frames["level_rank"])
        out["level"] = regex.compile(levels)
        out["level_floor"] = regex.compile(f"({levels})(?:{_patterns.alternation(frames['level_and_above'])})")
        return MappingProxyType(out)

    @cached_property
    def non_head_words(self) -> frozenset[str]:
        """Words a head noun never is: actions (新增, 建成…), changes (增加, 下降…), the terms of a
        growth (实际, 名义), statistics (平均值) and the classifiers that count people, households
        or events (游客人次: the head is 游客)."""
        types = self.lexicon["classifier_types"]
        counters = {word for kind in ("person", "household", "event") for word in types.get(kind, ())}
        change = self.lexicon["change_words"]
        return frozenset(self.lexicon["frames"]["action"]) | frozenset(self.lexicon["frames"]["not_heads"]) | counters \
            | frozenset(change["growth"]) | frozenset(change["reduction"]) | frozenset(self.markers["price_terms"])

    @cached_property
    def _classifier_type(self) -> Mapping[str, str]:
        return {word: kind for kind, words in self.lexicon["classifier_types"].items() if kind != "incompatible"
                for word in words}

    def classifiers_compatible(self, a: str | None, b: str | None) -> bool:
        """Whether two classifiers can count the same thing (人次 cannot count 个 stations)."""
        if not a or not b or a == b:
            return True
        kinds = {self._classifier_type.get(a, "thing"), self._classifier_type.get(b, "thing")}
        return not any(set(pair) == kinds for pair in self.lexicon["classifier_types"]["incompatible"])

    @cached_property
    def _hypernyms(self) -> Mapping[str, frozenset[str]]:
        return {broad: frozenset(narrow) for broad, narrow in self.lexicon["heads"].items()}

    def heads_compatible(self, a: str, b: str) -> bool:
        """Whether two head nouns can name the same thing: equal, one ending the other (服务站,
        站), or one a hypernym of the other in ``[heads]`` (场馆 ⊃ 图书馆)."""
        if not a or not b:
            return False
        if a == b or a.endswith(b) or b.endswith(a):
            return True
        if b in self._hypernyms.get(a, ()) or a in self._hypernyms.get(b, ()):
            return True
        stem_a, stem_b = self._activity(a), self._activity(b)  # 进口 and 进口总额: one measure
        return (stem_a != a or stem_b != b) and len(stem_a) >= 2 and len(stem_b) >= 2 \
            and (stem_a.endswith(stem_b) or stem_b.endswith(stem_a))

    def _activity(self, head: str) -> str:
        """A head without the ending that makes an activity its amount (进口总额 -> 进口)."""
        for ending in self._amount_endings:
            if head.endswith(ending):
                return head[: -len(ending)]
        return head

    @cached_property
    def _amount_endings(self) -> tuple[str, ...]:
        return tuple(sorted(self.lexicon["frames"]["amount_endings"], key=len, reverse=True))

    @cached_property
    def amount_words(self) -> frozenset[str]:
        """The amount endings that are words (总额, 总量): a head noun takes the word before them."""
        return frozenset(w for w in self.lexicon["frames"]["amount_endings"] if len(w) > 1)

    def action_excluded(self, target_action: str, actual_action: str, actual_metric: str) -> bool:
        """A broader aggregate (开竣工 for 新开工), a survey (摸排) or another stage of the work
        (签约, 在建 for 开工) never answers a concrete target; the ``[actions]`` table lists them."""
        table = self.lexicon["actions"]
        if actual_action and actual_action in table["broader"] and target_action in table["broader"][actual_action]:
            return True
        for stage, others in table["other_stages"].items():
            if stage in target_action and stage not in actual_metric and any(w in actual_metric for w in others):
                return True  # "新签约…项目38个" is no project started
        survey = table["survey"]
        return actual_action in survey and target_action not in survey

    def actions_differ(self, a: str, b: str) -> bool:
        """Whether two phrases name actions of different sorts only: one makes a new thing (新建),
        another improves one there is (改造), another recognises one (认定); a phrase that names
        two sorts (新改建…) is either."""
        left = [p.search(a) is not None for p in self._action_sorts]
        right = [p.search(b) is not None for p in self._action_sorts]
        return any(left) and any(right) and not any(x and y for x, y in zip(left, right))

    def compounds(self, phrase: str) -> list[tuple[str, tuple[str, ...]]]:
        """The words of ``phrase`` that join several kinds in one, with those kinds, in table order
        ([frames] compound_items: 城乡 -> 城镇, 农村; 雨污水 -> 雨水, 污水)."""
        return [(word, tuple(kinds)) for word, kinds in self.lexicon["frames"]["compound_items"].items() if word in phrase]

    def combines_actions(self, phrase: str) -> bool:
        """Whether ``phrase`` joins two actions (新建改建, 新改造); one word of two sorts (新增) does not."""
        return len({m.group() for m in self._any_action_sort.finditer(phrase)}) >= 2

    def action_covers(self, combined: str, action: str) -> bool:
        """Whether an action of two sorts (新建改建: makes and improves) covers ``action``, whose
        sorts are among them (改造, 新建)."""
        if not self.combines_actions(combined):
            return False
        left = [p.search(combined) is not None for p in self._action_sorts]
        right = [p.search(action) is not None for p in self._action_sorts]
        return any(right) and all(x for x, y in zip(left, right) if y)

    @cached_property
    def _any_action_sort(self) -> regex.Pattern[str]:
        """The words of every ``[actions]`` sort, one pattern."""
        table = self.lexicon["actions"]
        return regex.compile(_patterns.alternation([w for sort in ("makes", "improves", "recognises") for w in table[sort]]))

    @cached_property
    def _action_sorts(self) -> tuple[regex.Pattern[str], ...]:
        """The ``[actions]`` makes, improves and recognises words, one compiled pattern each."""
        table = self.lexicon["actions"]
        return tuple(regex.compile(_patterns.alternation(table[sort])) for sort in ("makes", "improves", "recognises"))

    @cached_property
    def numeral_chars(self) -> frozenset[str]:
        """Characters that may write a number inside a phrase (the multipliers 十百千万亿)."""
        return frozenset(self.lexicon["multipliers"])

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
        return _extend(self, {"units": dict(mapping)}, definitions, _Locator("with_units"))

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
        where = _Locator(str(path), text)  # also rejects duplicate keys with their lines
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(f"{path}: TOML syntax error: {exc}") from exc
        except RecursionError as exc:
            raise RulesError(f"{path}: TOML nested too deeply to be a rules file") from exc
        pint_table = data.pop("pint", {})
        if not isinstance(pint_table, Mapping) or set(pint_table) - {"definitions"}:
            raise RulesError(f"{where.at('pint')}: [pint] takes only definitions = \"\"\"...\"\"\"")
        definitions = pint_table.get("definitions", "")
        if not isinstance(definitions, str):
            raise RulesError(f"{where.at('pint', 'definitions')}: [pint] definitions must be a string")
        rules = _extend(self, data, definitions, where)
        return dataclasses.replace(rules, name=Path(path).stem)

    def with_data(self, data: Mapping[str, Any], definitions: str = "", *, source: str = "rules") -> Rules:
        """These rules extended by parsed lexicon tables (what ``with_file`` reads), validated."""
        return _extend(self, data, definitions, _Locator(source))

    def _mutable_lexicon(self) -> dict[str, Any]:
        return copy.deepcopy(_thaw(self.lexicon))


def _rebuild(lexicon: dict[str, Any], synonyms: dict[str, str], terms: tuple[str, ...], name: str,
             definitions: tuple[str, ...]) -> Rules:
    return Rules(_freeze(lexicon), MappingProxyType(dict(synonyms)), terms, name, definitions)


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


# -- extending and validating -----------------------------------------------------------------

# tables that are open mappings (any key) rather than fixed sets of named lists
_MAPPING_TABLES = frozenset({"multipliers", "units", "per_units", "synonyms"})
_EXTRA_TABLES = frozenset({"terms"})
_KEY_RE = regex.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")
_TABLE_RE = regex.compile(r"^\s*\[([^\[\]]+)\]\s*(?:#.*)?$")


class _Locator:
    """Line numbers of tables, keys and list items in a rules file (1-based), for error messages."""

    def __init__(self, source: str, text: str = "") -> None:
        self.source = source
        self.lines = text.splitlines()
        self.tables: dict[str, int] = {}
        self.keys: dict[tuple[str, str], int] = {}
        if text:
            self._scan()

    def _scan(self) -> None:
        table = ""
        in_basic = in_literal = False
        for number, line in enumerate(self.lines, start=1):
            was_open = in_basic or in_literal
            in_basic ^= line.count('"""') % 2 == 1
            in_literal ^= line.count("'''") % 2 == 1
            if was_open:
                continue
            header = _TABLE_RE.match(line)
            if header:
                table = header.group(1).strip().strip('"')
                self.tables.setdefault(table, number)
                continue
            key = _KEY_RE.match(line)
            if not key:
                continue
            name = _unquote(key.group(1))
            if (table, name) in self.keys:
                what = "written unit" if table in ("units", "per_units") else "key"
                raise RulesError(
                    f"{self.source}:{number}: duplicate {what} {name!r} in [{table}] "
                    f"(first defined at line {self.keys[(table, name)]}); define each only once"
                )
            self.keys[(table, name)] = number

    def at(self, table: str, key: str | None = None, item: str | None = None) -> str:
        """``source:line`` for the most precise place known, else ``source``."""
        line = self.line(table, key, item)
        return f"{self.source}:{line}" if line else self.source

    def line(self, table: str, key: str | None = None, item: str | None = None) -> int | None:
        start = self.tables.get(table)
        if key is not None and (table, key) in self.keys:
            start = self.keys[(table, key)]
            if item is None:
                return start
        if item is not None and start is not None:
            needles = (item, item.replace("\\", "\\\\").replace('"', '\\"'))
            for number in range(start, len(self.lines) + 1):
                if any(n in self.lines[number - 1] for n in needles):
                    return number
        return start


def _unquote(key: str) -> str:
    if key[:1] == '"':
        try:
            return tomllib.loads(f"k = {key}")["k"]
        except tomllib.TOMLDecodeError:
            return key[1:-1]
    if key[:1] == "'":
        return key[1:-1]
    return key


def _read_text(path: str | Path) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rules file: {exc.strerror}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulesError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _merge_list(base: list[Any], extra: list[Any]) -> list[Any]:
    seen = set(base)
    out = list(base)
    for item in extra:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _str_list(value: Any, where: str, what: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)) or \
            not all(isinstance(v, str) and v for v in value):
        raise RulesError(f"{where}: {what} must be a list of non-empty strings")
    return list(value)


def _extend(
    rules: Rules,
    data: Mapping[str, Any],
    definitions: str,
    loc: _Locator,
) -> Rules:
    source = loc.source
    bundled = Rules.default().lexicon
    lex = rules._mutable_lexicon()
    synonyms = dict(rules.synonyms)
    terms = list(rules.terms)
    new_units: dict[str, str] = {}
    new_per: dict[str, str] = {}

    for table, content in data.items():
        if table not in lex and table not in _EXTRA_TABLES:
            known = ", ".join(sorted(set(bundled) | _EXTRA_TABLES | {"pint"}))
            raise RulesError(f"{loc.at(table)}: unknown table [{table}]; known tables: {known}")
        if not isinstance(content, Mapping):
            raise RulesError(f"{loc.at(table)}: [{table}] must be a table")
        if table == "terms":
            for key in content:
                if key != "words":
                    raise RulesError(f"{loc.at(table, key)}: [terms] takes only words = [...]")
            terms = _merge_list(terms, _str_list(content.get("words", []), loc.at(table, "words"), "[terms] words"))
            continue
        if table == "synonyms":
            for short, full in content.items():
                if not isinstance(full, str) or not full or not short:
                    raise RulesError(f"{loc.at(table, short)}: synonym {short!r} must map to a non-empty string")
                synonyms[short] = full
            continue
        if table in _MAPPING_TABLES:
            for key, value in content.items():
                where = loc.at(table, key)
                if table == "multipliers":
                    if len(key) != 1 or isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                        raise RulesError(f"{where}: multiplier {key!r} must be one character mapped to a positive integer")
                    old = lex[table].get(key)
                    if old is not None and old != value:
                        raise RulesError(f"{where}: multiplier {key!r} would shadow the built-in {key!r} = {old}")
                    lex[table][key] = value
                    continue
                if not isinstance(value, str) or not value.strip() or not key:
                    raise RulesError(f"{where}: {table} entry {key!r} must map to a pint expression string")
                old = lex[table].get(key)
                if old is not None and old != value:
                    origin = "built-in" if key in bundled[table] else "already defined"
                    raise RulesError(f"{where}: written unit {key!r} would shadow the {origin} "
                                     f"{key!r} = {old!r} (new meaning {value!r})")
                if table == "units" and key in lex["classifiers"]["words"]:
                    origin = "built-in" if key in bundled["classifiers"]["words"] else "already defined"
                    raise RulesError(f"{where}: written unit {key!r} would shadow the {origin} "
                                     f"classifier {key!r} (a count)")
                lex[table][key] = value
                (new_units if table == "units" else new_per)[key] = value
            continue
        # a table of named word lists: lists extend
        for key, value in content.items():
            where = loc.at(table, key)
            if key not in lex[table]:
                known = ", ".join(sorted(lex[table]))
                raise RulesError(f"{where}: unknown list {key!r} in [{table}]; known: {known}")
            words = _str_list(value, where, f"[{table}] {key}")
            if table == "classifiers":
                for word in words:
                    if word in lex["units"]:
                        origin = "built-in" if word in bundled["units"] else "already defined"
                        raise RulesError(f"{loc.at(table, key, word)}: classifier {word!r} would shadow the "
                                         f"{origin} unit {word!r} = {lex['units'][word]!r}")
            if table == "periods":
                for pattern in words:
                    try:
                        regex.compile(pattern)
                    except regex.error as exc:
                        raise RulesError(f"{loc.at(table, key, pattern)}: period pattern {pattern!r} "
                                         f"does not compile: {exc}") from exc
            lex[table][key] = _merge_list(lex[table][key], words)

    new_definitions = _check_definitions(definitions, loc)
    extended = Rules(
        lexicon=_freeze(lex),
        synonyms=MappingProxyType(synonyms),
        terms=tuple(terms),
        name=rules.name,
        definitions=rules.definitions + new_definitions,
    )
    if new_definitions:
        try:
            extended.registry  # noqa: B018 - build it now, so errors surface here
        except Exception as exc:  # pint raises many kinds
            raise RulesError(f"{source}: [pint] definitions: {exc}") from exc
    for table, entries in (("units", new_units), ("per_units", new_per)):
        for written, expression in entries.items():
            try:
                factor = extended.unit_factor(expression)
            except Exception as exc:  # noqa: BLE001 - pint's errors are many and varied
                raise RulesError(
                    f"{loc.at(table, written)}: {table} entry {written!r} = {expression!r}: "
                    f"undefined pint unit or unknown dimension ({exc}); define it under "
                    "[pint] definitions"
                ) from exc
            if not factor.factor.is_finite() or factor.factor <= 0:
                raise RulesError(f"{loc.at(table, written)}: {table} entry {written!r} = {expression!r} "
                                 f"has no positive finite size (factor {factor.factor}): amounts in it "
                                 "could not be compared")
    try:
        extended.patterns  # noqa: B018 - compile now: a broken table fails here, not mid-extract
    except regex.error as exc:
        raise RulesError(f"{source}: the extended rules do not compile: {exc}") from exc
    return extended


def _check_definitions(definitions: str, loc: _Locator) -> tuple[str, ...]:
    """The user's pint definition lines, each checked alone against the bundled registry."""
    out: list[str] = []
    shared = _units.registry()
    source = loc.source
    first_line = loc.line("pint", "definitions")
    for raw in definitions.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        number = loc.line("pint", None, line) or first_line
        where = f"{source}:{number}" if number else source
        name = line.split("=", 1)[0].strip()
        if "=" not in line or not name:
            raise RulesError(f"{where}: pint definition {line!r} must read 'name = definition'")
        if not name.startswith("@") and not name.endswith("-") and name in shared:
            raise RulesError(f"{where}: pint definition {name!r} would shadow a built-in unit")
        if line.count("=") > 1 and "[" not in line.split("=", 2)[1] and line.split("=", 2)[1].strip() == "":
            raise RulesError(f"{where}: pint definition {line!r} has an empty definition (two '=' in a row?)")
        try:
            reg = _units.registry_with("\n".join(out + [line]))
            rhs = regex.sub(r"\[[^\]]*\]", " ", line.split("=", 1)[1])
            undefined = [w for w in regex.findall(r"(?<![0-9.])[A-Za-z_][A-Za-z_0-9]*", rhs) if w not in reg]
            if undefined:
                raise ValueError(f"undefined unit(s): {', '.join(undefined)}")
            factor = None
            if not name.startswith("@") and not name.endswith("-"):
                factor = _units.factor_in(reg, name)  # pint resolves references lazily: resolve now
        except Exception as exc:  # noqa: BLE001
            raise RulesError(f"{where}: pint definition {line!r} is invalid: {exc}") from exc
        if factor is not None and factor.dimension == "percent":
            raise RulesError(f"{where}: pint definition {line!r} gives a plain number, not a unit: "
                             "define a dimension ('name = [dimension]') or use existing units")
        out.append(line)
    return tuple(out)
