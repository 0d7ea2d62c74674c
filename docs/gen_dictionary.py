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
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "targetx" / "data" / "words.txt"
SIZE = 30_000


def build() -> str:
    """The dictionary's text, as ``OUT`` should hold it."""
    import jieba

    source = Path(jieba.__file__).resolve().parent / "dict.txt"
    entries = [line for line in source.read_text("utf-8").splitlines() if line.strip()]
    entries.sort(key=lambda line: -int(line.split(" ")[1]))  # stable: ties keep jieba's order
    return "\n".join(entries[:SIZE]) + "\n"


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        same = OUT.read_text("utf-8") == text
        print("words.txt is up to date" if same else "words.txt differs from jieba's dictionary: regenerate it")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({SIZE} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
