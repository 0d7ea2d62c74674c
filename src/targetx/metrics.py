"""Metric phrases ("孵化面积", "公共充电桩(枪)") and how alike two of them are.

Segmentation uses a private ``jieba.Tokenizer`` (never jieba's global one, which spaCy shares)
loaded lazily with the report-terms dictionary in ``data/userdict.txt`` and any user terms.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from .numerals import normalize
from .text import CACHE_SIZE
from .units import cache_dir

def _stopwords() -> frozenset[str]:
    """[metric_stopwords] of the bundled lexicon: words that say how or when, not what."""
    text = resources.files("targetx").joinpath("data/lexicon.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["metric_stopwords"]["words"])


STOPWORDS = _stopwords()

_tokenizer_lock = threading.Lock()


def _import_jieba() -> Any:
    """``import jieba``, without the ``pkg_resources`` its ``_compat`` imports only to open jieba's
    own data files (a tenth of a second and more of a start; setuptools deprecates it): while
    jieba loads, that import is blocked, and jieba takes its own fallback, a plain ``open``. When
    either is loaded already, nothing is blocked."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "import pkg_resources" raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=8)
def tokenizer(terms: tuple[str, ...] = ()) -> object:
    """A private jieba Tokenizer on the compact dictionary (``data/words.txt``, jieba's most
    frequent words: see docs/gen_dictionary.py) with the report terms (and ``terms``) added."""
    jieba = _import_jieba()
    logging.getLogger("jieba").setLevel(logging.WARNING)
    with _tokenizer_lock, resources.as_file(resources.files("targetx").joinpath("data/words.txt")) as words_file:
        tk = jieba.Tokenizer(str(words_file))
        tk.tmp_dir = str(cache_dir())
        tk.initialize()
        path = resources.files("targetx").joinpath("data/userdict.txt")
        with resources.as_file(path) as file:
            tk.load_userdict(str(file))
        for term in terms:
            tk.add_word(normalize(term), freq=1000)
    return tk


@lru_cache(maxsize=CACHE_SIZE)
def words(phrase: str, terms: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Content words of a normalised metric phrase in order (jieba's precise mode; stopwords and
    punctuation dropped)."""
    tk = tokenizer(terms)
    found = tk.lcut(phrase, HMM=False)  # type: ignore[attr-defined]
    return tuple(w for w in found if w.strip() and w not in STOPWORDS and not _is_punct(w))


@lru_cache(maxsize=CACHE_SIZE)
def segments(phrase: str, terms: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every word of a normalised phrase in order, stopwords included (punctuation dropped)."""
    tk = tokenizer(terms)
    return tuple(w for w in tk.lcut(phrase, HMM=False) if w.strip() and not _is_punct(w))  # type: ignore[attr-defined]


@lru_cache(maxsize=CACHE_SIZE)
def _search_tokens(phrase: str, terms: tuple[str, ...] = ()) -> frozenset[str]:
    tk = tokenizer(terms)
    found = tk.lcut_for_search(phrase, HMM=False)  # type: ignore[attr-defined]
    return frozenset(w for w in found if w.strip() and w not in STOPWORDS and not _is_punct(w))


def tokens(phrase: str, terms: tuple[str, ...] = (), ordered: bool = False) -> Any:
    """Content words of a normalised metric phrase: a set of every word jieba's search mode
    finds (long words and their parts), or with ``ordered`` the words in order."""
    return words(phrase, terms) if ordered else _search_tokens(phrase, terms)


# the longest dictionary word looked for at the end of a subject (characters)
LONGEST_WORD = 8


@lru_cache(maxsize=CACHE_SIZE)
def head_noun(subject: str, rules: Any) -> str:
    """The head noun of a normalised subject: its last content word that is not an action or a
    statistic ("新建城市书房" -> "书房"; "" when it names nothing). Words are cut from the end,
    longest word first (backward maximum matching) among the dictionary's words and the nouns of
    ``data/nouns.txt``: the head needs no full segmentation of the subject."""
    in_dictionary = _dictionary(rules.terms).get  # a word's prefixes are in it with frequency 0
    nouns = _nouns()
    longest = _longest_ending(rules.terms)
    skip = rules.non_head_words
    end = len(subject)
    amount: str = ""  # "用电总量": an amount word (总量, 总额) heads with the word before it
    while end > 1:
        for start in range(max(0, end - longest.get(subject[end - 1], 0)), end - 1):
            word = subject[start:end]
            if in_dictionary(word) or word in nouns:
                if amount and word not in STOPWORDS:
                    return word + amount
                if word not in STOPWORDS and word not in skip:
                    if word not in rules.amount_words or amount:
                        return word
                    amount = word
                end = start
                break
        else:
            if amount:
                return amount
            end -= 1
    return amount


@lru_cache(maxsize=8)
def _longest_ending(terms: tuple[str, ...]) -> dict[str, int]:
    """For each character, the length of the longest dictionary word ending in it (at most
    ``LONGEST_WORD``): backward matching tries no longer slice."""
    longest: dict[str, int] = {}
    words = (word for word, freq in _dictionary(terms).items() if freq)
    for word in itertools.chain(words, _nouns()):
        if len(word) > longest.get(word[-1], 1):
            longest[word[-1]] = min(len(word), LONGEST_WORD)
    return longest


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """``data/nouns.txt``: the nouns of jieba's dictionary that the segmentation dictionary
    leaves out ("基站", "床位", "孵化器"; see docs/gen_dictionary.py). A head noun may be one."""
    return frozenset(resources.files("targetx").joinpath("data/nouns.txt").read_text("utf-8").split())


def _dictionary(terms: tuple[str, ...]) -> dict[str, int]:
    """The word frequencies of the tokenizer for ``terms`` (jieba's dictionary, report terms and
    ``terms`` included)."""
    return tokenizer(terms).FREQ  # type: ignore[attr-defined, no-any-return]


@lru_cache(maxsize=1)
def _stopword_run() -> regex.Pattern[str]:
    """Stopwords, digits and anything that is not a letter: what names nothing."""
    words = sorted(STOPWORDS, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words) + r"|[^\p{L}]|\p{N}")


@lru_cache(maxsize=CACHE_SIZE)
def content_length(phrase: str) -> int:
    """Characters of a phrase that can belong to a content word (stopwords, digits, punctuation out)."""
    return len(_stopword_run().sub("", phrase))


def has_content(phrase: str) -> bool:
    """Whether a phrase names something once stopwords, digits and punctuation are gone
    ("1—9月完成" names nothing; "孵化面积" does). A cheap test that needs no segmentation."""
    return content_length(phrase) >= 2


def _is_punct(word: str) -> bool:
    """Punctuation or bare digits: nothing that names a measure."""
    return all(not c.isalnum() or c.isdigit() for c in word)


@lru_cache(maxsize=CACHE_SIZE)
def bigrams(phrase: str) -> frozenset[str]:
    """Character bigrams of a phrase (letters and digits only, normalised)."""
    chars = [c for c in phrase if c.isalnum()]
    return frozenset(a + b for a, b in zip(chars, chars[1:]))


def similarity(a: str, b: str, terms: tuple[str, ...] = ()) -> float:
    """How alike normalised metric ``a`` and phrase ``b`` are, 0..1: shared words blended with shared
    character bigrams. Only ``a`` (a target's metric, the side that is compared many times) is
    segmented with jieba; its words are looked up in ``b`` as text, and ``b``'s word count is
    estimated from its content characters (two per word), which keeps the measure symmetric."""
    if not a or not b:
        return 0.0
    char = _overlap(bigrams(a), bigrams(b))
    if char == 0.0:
        return 0.0  # no two characters in common: no shared word of two or more either
    found = tokens(a, terms)
    if not found:
        return 0.5 * char
    common = sum(w in b for w in found)
    b_words = max(1, round(content_length(b) / 2))
    word = 0.5 * common / min(len(found), b_words) + common / (len(found) + b_words)
    return 0.5 * min(word, 1.0) + 0.5 * char


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Mean of the overlap coefficient and Dice: forgiving of extra words, not of unrelated ones."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return 0.5 * common / min(len(a), len(b)) + common / (len(a) + len(b))
