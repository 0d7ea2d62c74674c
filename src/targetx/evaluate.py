"""Score targetx against gold annotations (schema: corpus/SCHEMA.md).

* mentions: a predicted quantity matches a gold one of the same item and column when both
  normalise to the same dimension and base value (relative tolerance 1e-6); counts match counts
  whatever the classifier. Task mentions = targets + other; progress mentions = actuals.
* targets: same rule, over targets only.
* pairs: the target and the set of actuals match, and the ratio is within 0.5 % of gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable

from .extract import extract
from .freetext import score_text
from .pipeline import score_item
from .rules import Rules
from .types import ItemScore, Quantity

REL_TOL = Decimal("1e-6")
RATIO_TOL = 0.005


@dataclass
class Tally:
    """True positives, predictions and gold counts, with the misses and false hits listed."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[tuple[Any, str, str]] = field(default_factory=list)
    false_hits: list[tuple[Any, str, str]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        self.misses += other.misses
        self.false_hits += other.false_hits

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "tp": self.tp, "predicted": self.predicted, "gold": self.gold,
        }


@dataclass
class Evaluation:
    """All scores of one gold file."""

    mentions: Tally = field(default_factory=Tally)
    task_mentions: Tally = field(default_factory=Tally)
    progress_mentions: Tally = field(default_factory=Tally)
    targets: Tally = field(default_factory=Tally)
    pairs: Tally = field(default_factory=Tally)
    ratio_errors: list[float] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = {
            "mentions": self.mentions.summary(),
            "mentions_task": self.task_mentions.summary(),
            "mentions_progress": self.progress_mentions.summary(),
            "targets": self.targets.summary(),
            "pairs": self.pairs.summary(),
        }
        if self.ratio_errors:
            errors = sorted(self.ratio_errors)
            out["ratio_accuracy"] = {
                "pairs_with_matched_target_and_actuals": len(errors),
                "within_0.5pct": round(sum(e <= RATIO_TOL for e in errors) / len(errors), 4),
                "median_relative_error": round(errors[len(errors) // 2], 6),
            }
        return out


def gold_base(entry: dict[str, Any], rules: Rules) -> tuple[str, Decimal] | None:
    """(dimension, base value) of a gold mention, from its value and unit as written (a negative
    value keeps its sign: extraction reads a bare minus only after a change word)."""
    written = str(entry["value"])
    found = extract(f"{written.lstrip('-')}{entry['unit']}", rules)
    if not found:
        return None
    q = found[0]
    return q.dimension, -q.base_value if written.startswith("-") else q.base_value


def _key(q: Quantity) -> tuple[str, Decimal]:
    return q.dimension, q.base_value


def _same(a: tuple[str, Decimal] | None, b: tuple[str, Decimal] | None) -> bool:
    if a is None or b is None or a[0] != b[0]:
        return False
    scale = max(abs(a[1]), abs(b[1]))
    return abs(a[1] - b[1]) <= REL_TOL * scale


def _match(pred: list[tuple[Any, tuple[str, Decimal]]], gold: list[tuple[Any, tuple[str, Decimal] | None]]
           ) -> tuple[dict[int, Any], list[Any], list[Any]]:
    """Greedy one-to-one match in text order. Returns {pred index: gold id}, missed gold, false preds."""
    free = list(gold)
    matched: dict[int, Any] = {}
    false = []
    for i, (label, key) in enumerate(pred):
        hit = next((g for g in free if _same(g[1], key)), None)
        if hit is None:
            false.append(label)
        else:
            free.remove(hit)
            matched[i] = hit[0]
    return matched, [g[0] for g in free], false


def score_as_prose(row: dict[str, Any], rules: Rules) -> ItemScore:
    """Score a gold row as running text with ``score_text``: the text of its ``text_file``
    (read by ``load_gold``) when it names one, else its task and progress in a row."""
    return score_text(row.get("text") or row["task"] + "\n" + row["progress"], rules)


def evaluate_rows(gold_rows: Iterable[dict[str, Any]], rules: Rules | None = None,
                  scorer: Callable[[dict[str, Any], Rules], ItemScore] | None = None) -> Evaluation:
    """Evaluate targetx on gold rows (dicts in the gold schema). By default a row is scored with
    ``score_item`` on its task and progress, or with ``score_text`` when it comes from prose
    (``text_file``); ``scorer`` overrides both (``score_as_prose`` treats every row as prose)."""
    rules = rules or Rules.default()
    ev = Evaluation()
    for row in gold_rows:
        item = (row.get("doc", ""), row.get("item", ""))
        if scorer is not None:
            score = scorer(row, rules)
        elif row.get("text"):  # a row cut from prose (text_file): score the prose itself
            score = score_as_prose(row, rules)
        else:
            score = score_item(row["task"], row["progress"], rules=rules)
        gold_of = {g["id"]: g for col in ("targets", "other", "actuals") for g in row.get(col, [])}
        base = {gid: gold_base(g, rules) for gid, g in gold_of.items()}

        # mentions, per column ("A、B各2家" is two targets, as the gold schema annotates it)
        task_pred = sorted(score.targets + score.others, key=lambda m: m.quantity.start)
        for tally, pred, gold_ids in (
            (ev.task_mentions, task_pred, [g["id"] for g in row.get("targets", []) + row.get("other", [])]),
            (ev.progress_mentions, list(score.actuals), [g["id"] for g in row.get("actuals", [])]),
        ):
            matched, missed, false = _match([(m.text, _key(m.quantity)) for m in pred],
                                            [(gid, base[gid]) for gid in gold_ids])
            t = Tally(len(matched), len(pred), len(gold_ids),
                      [(item, "mention", gold_of[g]["text"]) for g in missed],
                      [(item, "mention", text) for text in false])
            tally.add(t)
            ev.mentions.add(t)

        # targets
        gold_targets = [(g["id"], base[g["id"]]) for g in row.get("targets", [])]
        matched, missed, false = _match([(m.text, _key(m.quantity)) for m in score.targets], gold_targets)
        target_gold_id = {id(score.targets[i]): gid for i, gid in matched.items()}
        ev.targets.add(Tally(len(matched), len(score.targets), len(gold_targets),
                             [(item, "target", gold_of[g]["text"]) for g in missed],
                             [(item, "target", text) for text in false]))

        # pairs
        gold_pairs = {p["target"]: p for p in row.get("pairs", [])}
        tp = 0
        false_pairs = []
        hit_targets = set()
        for pair in score.pairs:
            gid = target_gold_id.get(id(pair.target))
            gp = gold_pairs.get(gid) if gid else None
            shown = "none" if pair.ratio is None else f"{pair.ratio:.4f}"
            label = f"{pair.target.text} <- {' + '.join(a.text for a in pair.actuals)} ({shown})"
            if gp and gid not in hit_targets and _same_actuals(pair.actuals, gp["actuals"], base):
                if pair.ratio is None or gp["ratio"] is None:
                    error = 0.0 if pair.ratio is None and gp["ratio"] is None else 1.0
                else:
                    error = abs(pair.ratio - gp["ratio"]) / abs(gp["ratio"]) if gp["ratio"] else abs(pair.ratio)
                ev.ratio_errors.append(error)
                if error <= RATIO_TOL:
                    tp += 1
                    hit_targets.add(gid)
                    continue
            false_pairs.append((item, "pair", label))
        missed_pairs = [(item, "pair", f"{gold_of[t]['text']} <- "
                         + " + ".join(gold_of[a]["text"] for a in p["actuals"]))
                        for t, p in gold_pairs.items() if t not in hit_targets]
        ev.pairs.add(Tally(tp, len(score.pairs), len(gold_pairs), missed_pairs, false_pairs))
    return ev


def _same_actuals(predicted: tuple[Any, ...], gold_ids: list[str],
                  base: dict[str, tuple[str, Decimal] | None]) -> bool:
    if len(predicted) != len(gold_ids):
        return False
    free = [base[g] for g in gold_ids]
    for mention in predicted:
        hit = next((g for g in free if _same(g, _key(mention.quantity))), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; a malformed line raises ValueError naming the file and line."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            for key in ("task", "progress"):
                if not isinstance(row.get(key), str):
                    raise ValueError(f"{path}:{number}: gold row needs a text field {key!r}")
            if not any(key in row for key in ("targets", "other", "actuals", "pairs")):
                raise ValueError(f"{path}:{number}: not a gold row (no targets/other/actuals/pairs): "
                                 "is this an items file rather than gold?")
            if row.get("text_file"):  # free text: the whole document the row was cut from
                text_path = Path(path).parent / row["text_file"]
                try:
                    row["text"] = text_path.read_text(encoding="utf-8")
                except OSError as exc:
                    raise ValueError(f"{path}:{number}: cannot read text_file {text_path}: {exc.strerror}") from exc
            rows.append(row)
    return rows
