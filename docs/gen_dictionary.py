"""Regenerate ``src/targetx/data/words.txt``: the segmentation dictionary targetx loads instead of
jieba's full one (349k words, 0.8 s to load; this one loads in a few hundredths of a second).

    python docs/gen_dictionary.py          # rewrite the file
    python docs/gen_dictionary.py --check  # exit 1 if the file differs from what jieba gives

It is jieba's own ``dict.txt`` (MIT licence, https://github.com/fxsjy/jieba) cut to its most
frequent ``SIZE`` words, in jieba's format (``word frequency tag``), most frequent first, ties in
jieba's order. Metric phrases are segmented only to compare them, and the words that decide such a
comparison are either frequent words or report terms, which ``data/userdict.txt`` adds on top.
At 30,000 words pairing on both dev sets and the phenomena set is the same as with the full
dictionary (docs/evaluation.md); 10,000 loses pairs.

It also writes ``data/nouns.txt``: the nouns (tags n, nz) of 2-4 characters that the cut leaves
out, down to frequency ``NOUN_MIN_FREQUENCY``. ``metrics.head_noun`` reads them (a measure's head
is often such a noun: 基站, 床位, 管网, 孵化器); segmentation does not, so similarity is unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "targetx" / "data" / "words.txt"
NOUNS = OUT.with_name("nouns.txt")
SIZE = 30_000
# nouns.txt: the nouns below that frequency, down to this one (2-4 characters). A metric's head
# noun is often one ("基站", "床位", "管网", "孵化器": rare in jieba's general-text counts);
# head_noun reads them, segmentation for similarity does not (it is tuned on words.txt)
NOUN_TAGS = ("n", "nz")
NOUN_MIN_FREQUENCY = 5


def build() -> str:
    """The dictionary's text, as ``OUT`` should hold it."""
    import jieba

    source = Path(jieba.__file__).resolve().parent / "dict.txt"
    entries = [line for line in source.read_text("utf-8").splitlines() if line.strip()]
    entries.sort(key=lambda line: -int(line.split(" ")[1]))  # stable: ties keep jieba's order
    return "\n".join(entries[:SIZE]) + "\n"


def build_nouns() -> str:
    """The head-noun list's text, as ``NOUNS`` should hold it: the nouns of jieba's dictionary
    that ``words.txt`` leaves out, one per line, most frequent first."""
    import jieba

    source = Path(jieba.__file__).resolve().parent / "dict.txt"
    entries = [line.split(" ") for line in source.read_text("utf-8").splitlines() if line.strip()]
    entries.sort(key=lambda entry: -int(entry[1]))
    return "".join(entry[0] + "\n" for entry in entries[SIZE:] if _is_head_noun(*entry))


def _is_head_noun(word: str, frequency: str, tag: str = "") -> bool:
    return tag in NOUN_TAGS and int(frequency) >= NOUN_MIN_FREQUENCY and 2 <= len(word) <= 4


def main(argv: list[str]) -> int:
    files = {OUT: build(), NOUNS: build_nouns()}
    if "--check" in argv:
        stale = [path.name for path, text in files.items() if path.read_text("utf-8") != text]
        print(f"{', '.join(stale)} differ from jieba's dictionary: regenerate" if stale else "words.txt and nouns.txt are up to date")
        return 1 if stale else 0
    for path, text in files.items():
        path.write_text(text, "utf-8")
        print(f"wrote {path} ({text.count(chr(10))} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
