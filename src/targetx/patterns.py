"""Regular expressions compiled from the lexicon tables in ``data/lexicon.toml``.

Every alternation is built from a word list, escaped and sorted longest first, so that the
tables stay the single place where a rule's vocabulary lives. Number runs use possessive
quantifiers: no pattern backtracks over a long run of digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Mapping, NamedTuple

import regex

from .numerals import CN_DIGITS

MATCH_TIMEOUT = 5.0  # seconds per finditer call; guards against pathological input
# Texts up to this many characters are matched without a timeout by the patterns targetx builds
# (escaped word lists, possessive number runs: a few milliseconds at worst on such a text, even
# on runs of numerals or separators), where the timeout's clock costs more than the match itself.
UNGUARDED = 2_000


def timeout_for(length: int, trusted: bool = True) -> float | None:
    """The timeout of one regex call over ``length`` characters: ``MATCH_TIMEOUT``, or none for
    a short text under a ``trusted`` pattern (one built by targetx, not a user's regex)."""
    return None if trusted and length <= UNGUARDED else MATCH_TIMEOUT


def alternation(words: Any) -> str:
    """An escaped regex alternation of ``words``, longest first."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)


ARABIC = r"(?>[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?|[0-9]++(?:\.[0-9]++)?)"
CN_START = "".join(CN_DIGITS) + "十"
CN_BODY = CN_START + "百千万亿"
CN = rf"(?>[{CN_START}][{CN_BODY}]*+(?:点[{''.join(CN_DIGITS)}]++)?)"
RANGE_SEP = r"\s?(?:-|—|–|~|～|至|到)\s?"


class QuantityGroups(NamedTuple):
    """The named groups of a ``Patterns.quantity`` match that extraction reads (None where a
    group took no part): read from one ``match.groups()`` tuple, cheaper than a call per name."""

    each: str | None
    pct: str | None
    permille: str | None
    implicit: str | None
    num: str | None
    num_max: str | None
    mult: str | None
    unit: str | None
    per: str | None
    approx: str | None
    approx2: str | None
    neg: str | None
    cn: str | None
    cn_max: str | None
    cnmult: str | None
    cnunit: str | None
    cnper: str | None
    cnapprox: str | None
    cnapprox2: str | None


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns of one lexicon."""

    quantity: Any
    group_number: dict[str, int]  # name -> group number, for match.start(n) (names repeat in branches)
    pick_groups: Callable[[tuple[Any, ...]], tuple[Any, ...]]  # match.groups() -> QuantityGroups' fields
    period: Any
    quotes: Any


def _first_char_guard(lex: Mapping[str, Any]) -> str:
    """A lookahead for the characters a quantity can start with. The regex engine then skips
    every other position at once: 4-5 times faster on report text than trying each branch."""
    starts = set("0123456789各百千-−") | set(CN_START) | {w[0] for w in lex["implicit_one"]["words"]}
    return "(?=[" + "".join(sorted(regex.escape(c) for c in starts)) + "])"


def build(lex: Mapping[str, Any]) -> Patterns:
    """Compile the patterns for a lexicon (the bundled one, or a user's extension of it)."""
    units = list(lex["units"]) + list(lex["classifiers"]["words"])
    unit = alternation(units)
    per = alternation(lex["per_units"])
    mult = "[" + "".join(regex.escape(c) for c in lex["multipliers"]) + "]"
    implicit = alternation(lex["implicit_one"]["words"])
    implicit_before = alternation(lex["implicit_one"]["before"])
    implicit_after = alternation(lex["implicit_one"]["after"])
    quantity = rf"""
        (?P<each>各)?
        (?:
            百分之(?P<pct>{ARABIC}|{CN}|百)
          | 千分之(?P<permille>{ARABIC}|{CN})
          | (?<=(?:{implicit_before}))(?P<implicit>{implicit})
          | (?P<implicit>{implicit})(?=(?:{implicit_after}))
          | (?<![A-Za-z0-9.+_#\-])(?<![0-9],)(?<![0-9A-Za-z]/)  # (after a unit's /: 10万千瓦/20万千瓦时)
            (?P<neg>[-−](?=[0-9]))?  # "增长-2.3%": kept only after a change word (extract checks)
            (?P<num>{ARABIC})
            # a range repeats the unit or multiplier of its first end, if it names one:
            # "4.5%-5%", "1.5万至2万人"; "12%至3.5万亿元" is two amounts
            (?:(?P<u1>{mult}{{0,3}}(?:{unit})|{mult}{{1,3}})?{RANGE_SEP}(?P<num_max>{ARABIC})(?(u1)(?=(?P=u1))))?
            (?P<approx>余|多)?
            (?:  # a unit wins over a bare multiplier (5万千瓦 is 5 万千瓦, not 5万千 + 瓦), and the
                 # fewest multipliers win over a shorter unit (2百分点 is 2 百分点, not 2百 + 分)
                \x20?(?P<mult>{mult}{{0,3}}?)(?P<approx2>余|多)?\x20?(?P<unit>{unit})(?:/(?P<per>{per}))?
              | (?P<mult>{mult}{{0,3}})(?P<approx2>余|多)?
            )
          | (?<![{CN_BODY}])
            # the shortest numeral that a unit follows: 五百千伏 is 500 千伏, 二十万千瓦 is 20 万千瓦
            (?P<cn>[{CN_START}][{CN_BODY}]*?(?:点[{''.join(CN_DIGITS)}]++)?)
            (?:(?P<cnu1>{unit})?(?:至|到|-|—|~)(?P<cn_max>{CN}))?
            (?P<cnapprox>余|多)?(?P<cnmult>[万亿]{{0,2}})(?P<cnapprox2>余|多)?
            (?P<cnunit>{unit})(?:/(?P<cnper>{per}))?
        )
    """
    compiled = regex.compile(_first_char_guard(lex) + quantity, regex.VERBOSE)
    periods = "|".join(f"(?:{p})" for p in lex["periods"]["patterns"])
    return Patterns(
        quantity=compiled,
        group_number=dict(compiled.groupindex),
        pick_groups=itemgetter(*(compiled.groupindex[name] - 1 for name in QuantityGroups._fields)),
        period=regex.compile(periods),
        quotes=regex.compile(r"“[^“”。\n]{0,40}”|《[^《》\n]{0,60}》|「[^「」\n]{0,40}」|『[^『』\n]{0,40}』|\"[^\"\n。]{0,40}\""),
    )
