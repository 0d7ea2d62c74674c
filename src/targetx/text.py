"""The text model: a text normalised once, with its sentences and clauses found once.

Every later stage (extraction, frames, pairing, prose roles) reads one ``Text``:

* ``norm`` has the same length as ``raw`` (offsets into one are offsets into the other):
  full-width forms become ASCII, traditional and variant characters simplified (OpenCC's
  character table, ``data/t2s.txt``, plus ``data/charmap.txt``), and extraction noise is masked
  with spaces: pinyin glosses after a character (``銀行(háng)``) and repeated punctuation (``,,``).
* ``sentence(i)`` / ``clause(i)`` find the span around an offset by bisection in break positions
  computed once; the punctuation classes come from the ``[punctuation]`` table of the lexicon.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Mapping

import regex

if TYPE_CHECKING:
    from .rules import Rules

FULLWIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


def _read_map(name: str, table: dict[int, str]) -> None:
    text = resources.files("targetx").joinpath(f"data/{name}").read_text("utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#") or not line.strip():
            continue
        src, dst = line.split()
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"{name}:{number}: {line!r} must map one character to one character")
        table[ord(src)] = dst


@lru_cache(maxsize=1)
def translation() -> dict[int, str]:
    """The length-preserving character map: full-width -> ASCII, OpenCC's traditional ->
    simplified characters (``data/t2s.txt``), then targetx's own entries (``data/charmap.txt``:
    financial numerals and variants OpenCC leaves alone), which win."""
    table: dict[int, str] = dict(FULLWIDTH)
    _read_map("t2s.txt", table)
    _read_map("charmap.txt", table)
    return table


@lru_cache(maxsize=1)
def _mapped() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """The characters ``translation`` changes, what each becomes, and those that become a
    character the table changes again (one pass of the table maps them only once)."""
    table = {chr(k): v for k, v in translation().items()}
    return frozenset(table), table, frozenset(k for k, v in table.items() if table.get(v, v) != v)


# a text with at most this many distinct characters to change is mapped by str.replace, one
# character at a time (one fast scan each); above it by str.translate, one lookup per character
_REPLACE_AT_MOST = 16


def normalize(text: str) -> str:
    """Full-width -> ASCII, traditional -> simplified, keeping every offset (same length).
    ``Text`` calls it once per text; the rest of the pipeline reads ``Text.norm``. A financial
    numeral (伍, 拾…) reads as a numeral only next to another numeral: alone it is a word's
    character (队伍, 收拾)."""
    keys, target, chained = _mapped()
    found = keys.intersection(text)
    if len(found) > _REPLACE_AT_MOST or not chained.isdisjoint(found):
        norm = text.translate(translation())
    else:
        norm = text
        for char in found:
            norm = norm.replace(char, target[char])
    financial = _financial()
    return _words_kept(text, norm, financial) if not financial.isdisjoint(found) else norm


@lru_cache(maxsize=1)
def _financial() -> frozenset[str]:
    """The financial numerals of ``data/charmap.txt`` (those it maps onto a Chinese numeral;
    traditional forms such as 萬 come from ``t2s.txt`` and are no financial numerals)."""
    own: dict[int, str] = {}
    _read_map("charmap.txt", own)
    return frozenset(chr(k) for k, v in own.items() if _is_numeral(v) and chr(k) != v)


def _is_numeral(char: str) -> bool:
    """A digit or a character Unicode gives a numeric value (五, 十, 万, 亿, 伍…)."""
    return unicodedata.numeric(char, None) is not None


def _words_kept(raw: str, norm: str, financial: frozenset[str]) -> str:
    """``norm`` with each financial numeral of ``raw`` that stands next to no other numeral
    character put back as written ("队伍人员" stays; "伍拾万元" reads 五十万元)."""
    chars = list(norm)
    for i, char in enumerate(raw):
        if char in financial and not ((i and _is_numeral(raw[i - 1])) or (i + 1 < len(raw) and _is_numeral(raw[i + 1]))):
            chars[i] = char
    return "".join(chars)


@dataclass(frozen=True, slots=True, eq=False)
class Text:
    """A raw text, its normalised form and the positions of its sentence and clause breaks."""

    raw: str
    norm: str
    sentence_breaks: tuple[int, ...]
    clause_breaks: tuple[int, ...]  # sentence breaks included, the list comma 、 not
    list_breaks: tuple[int, ...]  # clause breaks and 、
    _clauses: dict[tuple[int, int, bool, int | None], tuple[int, int]] = field(
        default_factory=dict, repr=False, compare=False)  # clause() asked again and again

    @staticmethod
    def of(raw: str, rules: Rules) -> Text:
        """Normalise ``raw`` once, mask its noise and find its breaks."""
        return Text.from_norm(raw, mask_noise(normalize(raw), rules), rules)

    @staticmethod
    def from_norm(raw: str, norm: str, rules: Rules) -> Text:
        """A ``Text`` over an already normalised (or masked) ``norm`` of the same length."""
        punct = rules.punctuation
        lists = tuple(m.start() for m in punct.any_break.finditer(norm))
        clause = tuple(i for i in lists if norm[i] in punct.clause)
        sentence = tuple(i for i in clause if norm[i] in punct.sentence)
        return Text(raw, norm, sentence, clause, lists)

    def masked(self, drop: list[tuple[int, int]], rules: Rules) -> Text:
        """The same text with the spans ``drop`` turned into line breaks (the prose clauses of
        the other role), offsets unchanged and nothing normalised again."""
        chars = list(self.norm)
        for a, b in drop:
            chars[a:b] = "\n" * (b - a)
        return Text.from_norm(self.raw, "".join(chars), rules)

    def __len__(self) -> int:
        return len(self.raw)

    def _span(self, breaks: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(breaks, start)
        left = breaks[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(breaks, end)
        right = breaks[j] if j < len(breaks) else len(self.norm)
        return left, right

    def sentence(self, start: int, end: int | None = None, reach: int | None = None) -> tuple[int, int]:
        """The sentence around ``norm[start:end]`` (up to 。;!? or a line break), at most
        ``reach`` characters on either side."""
        end = start if end is None else end
        return self._clip(self._span(self.sentence_breaks, start, end), start, end, reach)

    def clause(self, start: int, end: int | None = None, lists: bool = False,
               reach: int | None = None) -> tuple[int, int]:
        """The clause around ``norm[start:end]``: up to the nearest punctuation on either side
        (with ``lists`` the list comma 、 does not end it), at most ``reach`` characters on
        either side: rules that read a window around each quantity stay linear on text
        without punctuation."""
        end = start if end is None else end
        key = (start, end, lists, reach)
        found = self._clauses.get(key)
        if found is None:
            found = self._clauses[key] = self._clip(
                self._span(self.clause_breaks if lists else self.list_breaks, start, end), start, end, reach)
        return found

    @staticmethod
    def _clip(span: tuple[int, int], start: int, end: int, reach: int | None) -> tuple[int, int]:
        if reach is None:
            return span
        return max(span[0], start - reach), min(span[1], end + reach)

    def sentence_number(self, index: int) -> int:
        """How many sentence breaks stand before ``index``."""
        return bisect.bisect_left(self.sentence_breaks, index)

    def breaks_between(self, start: int, end: int, kind: str = "sentence") -> bool:
        """Whether a sentence (or, with ``kind="clause"``, any clause; with ``kind="list"``, any
        break, the list comma 、 included) break lies in ``[start, end)``."""
        breaks = self.sentence_breaks if kind == "sentence" else self.clause_breaks if kind == "clause" \
            else self.list_breaks
        i = bisect.bisect_left(breaks, start)
        return i < len(breaks) and breaks[i] < end

    def clauses(self, start: int = 0, end: int | None = None, lists: bool = False) -> list[tuple[int, int]]:
        """The non-empty clauses of ``norm[start:end]`` in order (separators left out)."""
        end = len(self.norm) if end is None else end
        breaks = self.clause_breaks if lists else self.list_breaks
        out, i = [], start
        for b in breaks[bisect.bisect_left(breaks, start) : bisect.bisect_left(breaks, end)]:
            if b > i:
                out.append((i, b))
            i = b + 1
        if end > i:
            out.append((i, end))
        return out

    def cells(self) -> list[tuple[int, int]]:
        """The cells of a table row pasted as text ("新建乡镇污水处理站 座 18", "3960\t110.0%",
        "建设高标准农田 | 万亩 | 5.2"): spans between tabs, bars or spaces, when the text is one
        short line without clause punctuation; else no cells."""
        norm = self.norm
        if len(norm) > MAX_CELL_ROW or any(not (0 < i < len(norm) - 1 and norm[i - 1].isdigit() and norm[i + 1].isdigit())
                                            for i in self.list_breaks):  # a thousands comma is no break
            return []
        cells = [m.span() for m in _CELL.finditer(norm)]
        return cells if len(cells) >= 2 else []

    def sentences(self) -> list[tuple[int, int]]:
        """The non-empty sentences in order (breaks left out)."""
        out, i = [], 0
        for b in self.sentence_breaks:
            if b > i:
                out.append((i, b))
            i = b + 1
        if len(self.norm) > i:
            out.append((i, len(self.norm)))
        return out


#: entries of each cache of seen text (segmentations, head nouns, cleaned subjects, expansions):
#: enough for any report, and small enough that memory stays flat over a stream of them
CACHE_SIZE = 8192
MAX_CELL_ROW = 120  # a pasted table row is short
_CELL = regex.compile(r"[^\s|｜]+")  # what stands between cell separators


def mask_noise(norm: str, rules: Rules) -> str:
    """Glosses and repeated punctuation replaced by spaces (same length)."""
    punct = rules.punctuation
    chars: list[str] | None = None
    for m in punct.gloss.finditer(norm):
        chars = chars or list(norm)
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in punct.repeated.finditer(norm):
        chars = chars or list(norm)
        chars[m.start() + 1 : m.end()] = " " * (m.end() - m.start() - 1)
    return norm if chars is None else "".join(chars)


@dataclass(frozen=True, slots=True)
class Punctuation:
    """The punctuation classes of the ``[punctuation]`` lexicon table (normalised forms)."""

    sentence: frozenset[str]
    clause: frozenset[str]  # every clause break, sentence breaks included
    list: frozenset[str]
    gloss: regex.Pattern[str]
    repeated: regex.Pattern[str]
    list_item: regex.Pattern[str]  # the items of a list ("A、B、C" -> A, B, C)
    any_break: regex.Pattern[str]  # one character of any class

    @staticmethod
    def from_table(table: Mapping[str, object]) -> Punctuation:
        sentence = frozenset(str(table["sentence"])) | {"\n"}
        clause = frozenset(str(table["clause"])) | sentence
        marks = "".join(sorted(regex.escape(c) for c in clause if c != "\n"))
        return Punctuation(
            sentence=sentence,
            clause=clause,
            list=frozenset(str(table["list"])),
            gloss=regex.compile(str(table["gloss"])),
            repeated=regex.compile(rf"([{marks}])\1+"),
            list_item=regex.compile("[^" + "".join(regex.escape(c) for c in str(table["list"])) + "]+"),
            any_break=regex.compile("[" + "".join(regex.escape(c) for c in sorted(clause | set(str(table["list"])))) + "]"),
        )
