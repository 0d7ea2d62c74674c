"""spaCy pipeline component ``targetx``: targets, actuals and their pairs as spans of a Doc.

The only module of targetx that imports spaCy; ``import targetx`` never loads it. The factory is
shipped through the ``spacy_factories`` entry point, so ``nlp.add_pipe("targetx")`` works without
importing this module first::

    nlp = spacy.blank("zh")
    nlp.add_pipe("targetx")          # config: spans_key, alignment_mode, rules_file
    doc = nlp("今年主要预期目标是:地区生产总值增长6%左右。1-10月,地区生产总值增长5.2%。")
    [(s.text, s.label_) for s in doc.spans["targetx"]]   # [('6%', 'TARGET'), ('5.2%', 'ACTUAL')]

``mode`` says how ``doc.text`` is read: ``"prose"`` runs ``targetx.freetext.score_text`` on it
(target and result clauses of running text); ``"row"`` reads it as one table row, the task
column, ``row_separator`` (a tab by default) and the progress column, and runs
``targetx.score_item`` on the two; ``"auto"`` (the default) is ``"row"`` when the text holds the
separator and ``"prose"`` otherwise. Offsets are always offsets into ``doc.text``. It writes

* ``doc.spans[spans_key]``: one span per quantity, labelled ``TARGET``, ``ACTUAL`` or
  ``QUANTITY`` (a quantity of a target clause that is not a target: class threshold, duration,
  scope total ...), in text order;
* ``span._.quantity``: ``Quantity.to_dict()`` (plain JSON data, safe for DocBin and
  multi-process ``nlp.pipe``); ``span._.metric``: the metric phrase (str); ``span._.frame``:
  ``Frame.to_dict()``, what the quantity measures (subject, head, action, change, aggregation,
  period, status, coordination…);
* ``doc._.pairs``: a list of plain dicts ``{"target", "target_start", "target_end", "metric",
  "actuals": [{"text", "start", "end"}...], "ratio", "met", "combine", "why"}`` (character
  offsets into ``doc.text``).

Alignment. Quantities are found on characters, spans are made of tokens. The default
``alignment_mode="expand"`` widens a quantity that does not fall on token boundaries to the
tokens that cover it (with the jieba segmenter "6%左右" may be one token, so the span of "6%" is
"6%左右"); "strict" and "contract" are accepted too, but whenever the configured mode gives no
span, the span is made with "expand" instead, so no quantity is ever lost. Hence a span's text
always equals or contains its quantity's text (``span._.quantity["text"]``). With the default
character segmenter of ``spacy.blank("zh")`` every mode gives the exact quantity text.

``rules_file``: a TOML rules file applied on top of the bundled rules
(``Rules.default().with_file(path)``). ``nlp.to_disk`` writes ``targetx/cfg.json`` and a copy
of the rules file, and ``spacy.load`` reads them back, so a saved pipeline does not depend on
the original path.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .freetext import score_text
from .pipeline import score_item
from .rules import Rules
from .types import ItemScore, Mention

ALIGNMENT_MODES = ("strict", "contract", "expand")
MODES = ("auto", "row", "prose")
#: displacy colours of the labels, as in the HTML report: ``displacy.render(doc, style="span",
#: options={"spans_key": "targetx", **DISPLACY_OPTIONS})``
DISPLACY_OPTIONS: dict[str, Any] = {"colors": {"TARGET": "#fde68a", "ACTUAL": "#bbf7d0", "QUANTITY": "#e5e7eb"}}
CFG_NAME = "cfg.json"
RULES_NAME = "rules.toml"


def _register_extensions() -> None:
    for name in ("quantity", "metric", "frame"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Token.has_extension("targetx_role"):
        Token.set_extension("targetx_role", default=None)
    if not Doc.has_extension("pairs"):
        Doc.set_extension("pairs", default=None)


@Language.factory(
    "targetx",
    assigns=["doc.spans", "span._.quantity", "span._.metric", "span._.frame", "doc._.pairs", "token._.targetx_role"],
    default_config={"spans_key": "targetx", "alignment_mode": "expand", "rules_file": None, "mode": "auto",
                    "row_separator": "\t"},
)
def make_targetx(
    nlp: Language, name: str, spans_key: str, alignment_mode: str, rules_file: str | None, mode: str = "auto",
    row_separator: str = "\t",
) -> TargetxComponent:
    """Build the ``targetx`` component (see the module docstring for the config)."""
    return TargetxComponent(nlp, name, spans_key=spans_key, alignment_mode=alignment_mode,
                            rules_file=rules_file, mode=mode, row_separator=row_separator)


class TargetxComponent:
    """Callable pipeline component: annotates a Doc with targets, actuals and pairs."""

    def __init__(self, nlp: Language | None = None, name: str = "targetx", *, spans_key: str = "targetx",
                 alignment_mode: str = "expand", rules_file: str | None = None, mode: str = "auto",
                 row_separator: str = "\t") -> None:
        if alignment_mode not in ALIGNMENT_MODES:
            raise ValueError(f"alignment_mode must be one of {ALIGNMENT_MODES}, got {alignment_mode!r}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if not row_separator:
            raise ValueError("row_separator must not be empty")
        self.mode = mode
        self.row_separator = row_separator
        _register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.alignment_mode = alignment_mode
        self.rules_file = str(rules_file) if rules_file else None
        self.rules = _load_rules(self.rules_file) if self.rules_file and Path(self.rules_file).exists() else None
        # a configured rules file that is not here yet (a pipeline being loaded from disk):
        # from_disk supplies the saved copy; calling the component without it is an error
        self._rules_missing = bool(self.rules_file) and self.rules is None

    # -- processing ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self._rules_missing:
            raise FileNotFoundError(f"targetx: rules_file not found: {self.rules_file}")
        item, shift = self._score(doc.text)
        spans = []
        seen: set[tuple[int, int, str]] = set()
        for mention, label in _labelled(item):
            q = mention.quantity
            start, end = q.start + shift(mention), q.end + shift(mention)
            if (start, end, label) in seen:
                continue  # "A、B各2家": one quantity, two targets
            seen.add((start, end, label))
            span = doc.char_span(start, end, label=label, alignment_mode=self.alignment_mode)
            if span is None:
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:  # only for offsets outside the text, which score_text never gives
                continue
            span._.quantity = dict(q.to_dict(), start=start, end=end)
            span._.metric = mention.metric
            span._.frame = mention.frame.to_dict()
            for token in span:
                token._.targetx_role = label
            spans.append(span)
        spans.sort(key=lambda s: (s.start_char, s.end_char))
        doc.spans[self.spans_key] = spans
        doc._.pairs = [_pair_dict(p, shift) for p in item.pairs]
        return doc

    def _score(self, text: str) -> tuple[ItemScore, Any]:
        """The text scored as a row or as prose, and the offset of each mention's column in it."""
        row = self.mode == "row" or (self.mode == "auto" and self.row_separator in text)
        if not row:
            return score_text(text, self.rules), lambda m: 0
        task, sep, progress = text.partition(self.row_separator)
        offset = len(task) + len(sep)
        return score_item(task, progress, rules=self.rules), lambda m: offset if m.role == "actual" else 0

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- serialisation ------------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        saved_rules = None
        if self.rules_file:
            shutil.copyfile(self.rules_file, path / RULES_NAME)
            saved_rules = RULES_NAME
        cfg = {"spans_key": self.spans_key, "alignment_mode": self.alignment_mode, "rules_file": saved_rules,
               "mode": self.mode, "row_separator": self.row_separator}
        (path / CFG_NAME).write_text(json.dumps(cfg, ensure_ascii=False, indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TargetxComponent:
        path = Path(path)
        cfg = json.loads((path / CFG_NAME).read_text(encoding="utf-8"))
        self.spans_key = cfg["spans_key"]
        self.alignment_mode = cfg["alignment_mode"]
        self.mode = cfg.get("mode", "auto")
        self.row_separator = cfg.get("row_separator", "\t")
        if cfg.get("rules_file"):
            self.rules_file = str(path / cfg["rules_file"])
            self.rules = _load_rules(self.rules_file)
        else:
            self.rules_file, self.rules = None, None
        self._rules_missing = False
        return self


def _load_rules(path: str) -> Rules:
    return Rules.from_file(path)


def _labelled(item: ItemScore) -> list[tuple[Mention, str]]:
    out = [(m, "TARGET") for m in item.targets]
    out += [(m, "QUANTITY") for m in item.others]
    out += [(m, "ACTUAL") for m in item.actuals]
    return out


def _pair_dict(pair: Any, shift: Any) -> dict[str, Any]:
    t = pair.target.quantity
    return {
        "target": t.text,
        "target_start": t.start + shift(pair.target),
        "target_end": t.end + shift(pair.target),
        "metric": pair.target.metric,
        "actuals": [{"text": a.quantity.text, "start": a.quantity.start + shift(a), "end": a.quantity.end + shift(a)}
                    for a in pair.actuals],
        "ratio": pair.ratio,
        "met": pair.met,
        "combine": pair.combine,
        "why": pair.why,
    }
