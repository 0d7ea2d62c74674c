"""The public scoring entry points: one row (``score_item`` / ``score_row``) and many rows
(``score_report``), with a bad row turned into an error record, never an exception."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

from . import frames, metrics, pairing
from .frames import read_progress, read_task, row_subject, table_unit
from .pairing import infer_units, pair_mentions
from .rules import Rules
from .text import Text
from .types import ItemScore, Report, Row, RowError

MAX_ROW_CHARACTERS = 1_000_000  # a row longer than this is an error record, not a stall
MAX_ROW_QUANTITIES = 20_000  # so is a row with more quantities than this (no table cell has them)


class RowTooLong(ValueError):
    """A row over the per-row budget (``MAX_ROW_CHARACTERS``)."""


def score_item(
    task: str,
    progress: str = "",
    *,
    rules: Rules | None = None,
    doc: str = "",
    item: int | str = "",
    owners: str = "",
) -> ItemScore:
    """Find targets, others and actuals in one row and pair each target with its result.

    Each column is normalised once into a ``Text``; the task's quantities become targets (or
    others), the progress text's become actuals, each with a frame, and pairing works on frames.

    Args:
        task: the task column (重点工作): the promises, e.g. "新增孵化面积40万平方米".
        progress: the progress column (进展情况): the reported results.
        rules: the rule set (default ``Rules.default()``).
        doc: the document's name, kept on the result (a YYYY-MM in it dates the report: pace).
        item: the row's number or id, kept on the result.
        owners: the owners column (责任单位), kept on the result.

    Returns:
        An ``ItemScore``: ``targets``, ``others``, ``actuals`` (each a ``Mention`` with its
        frame) and ``pairs`` (each a ``Pair`` with its ratio, met and why).

    Raises:
        RowTooLong: the row is longer than ``MAX_ROW_CHARACTERS``.

    Examples:
        >>> row = score_item("新增孵化面积40万平方米", "全区新增孵化面积32.76万")
        >>> [(p.target.text, p.actuals[0].text, round(p.ratio, 3), p.met) for p in row.pairs]
        [('40万平方米', '32.76万', 0.819, False)]
    """
    rules = rules or Rules.default()
    size = len(task) + len(progress)
    if size > MAX_ROW_CHARACTERS:
        raise RowTooLong(f"row too long: {size} characters (at most {MAX_ROW_CHARACTERS})")
    task_text = Text.of(task, rules)
    progress_text = Text.of(progress, rules)
    unit = table_unit(task_text, rules)  # a task pasted from an indicator table: its unit cell
    targets, others = read_task(task_text, rules, unit)
    actuals = read_progress(progress_text, rules, row_subject(targets), unit, targets)
    found = len(targets) + len(others) + len(actuals)
    if found > MAX_ROW_QUANTITIES:
        raise RowTooLong(f"row too long: {size} characters / {found} quantities (at most {MAX_ROW_QUANTITIES})")
    actuals = infer_units(targets, actuals, rules)
    adjusted = tuple(a for a in actuals if a.note == "adjusted target")
    pairs = pair_mentions(targets, actuals, progress_text, rules)
    return ItemScore(
        task=task,
        progress=progress,
        targets=tuple(targets),
        others=tuple(others),
        actuals=tuple(actuals),
        pairs=tuple(pairs),
        adjusted_targets=adjusted,
        doc=doc,
        item=item,
        owners=owners,
    )


def score_row(row: Row | Mapping[str, Any], rules: Rules | None = None) -> ItemScore:
    """``score_item`` on a Row or a dict with task/progress/owners/doc/item keys.

    Args:
        row: a ``Row`` or a mapping (a JSONL line of ``corpus/*.items.jsonl``); missing keys are
            empty, ``None`` is empty text.
        rules: the rule set (default ``Rules.default()``).

    Returns:
        The row's ``ItemScore``, with ``doc``, ``item``, ``owners`` and ``source`` kept.

    Raises:
        TypeError: task, progress or owners is not text.

    Examples:
        >>> score_row({"doc": "demo-2024-06", "item": 1, "task": "新建幼儿园40所", "progress": "新建幼儿园48所"})
        ItemScore(doc='demo-2024-06', item=1, targets=1, pairs=1, met=1)
    """
    keys = ("task", "progress", "owners", "doc", "item", "source", "line")
    if isinstance(row, Row):
        fields = {k: getattr(row, k) for k in keys}
    else:
        fields = {k: row.get(k, "") for k in keys}
    for key in ("task", "progress", "owners"):
        value = fields[key]
        if value is None:
            fields[key] = ""
        elif not isinstance(value, str):
            raise TypeError(f"{key} must be text, got {type(value).__name__}")
    item = score_item(
        fields["task"], fields["progress"], rules=rules,
        doc=str(fields["doc"] or ""), item=fields["item"] if fields["item"] is not None else "",
        owners=fields["owners"],
    )
    line = fields["line"] if isinstance(fields["line"], int) and not isinstance(fields["line"], bool) else None
    if fields["source"] or line is not None:
        return dataclasses.replace(item, source=str(fields["source"] or ""), line=line)
    return item


def score_report(
    rows: Iterable[Row | RowError | Mapping[str, Any]], rules: Rules | None = None
) -> Report:
    """Score many rows; a row that cannot be scored becomes an error record, never an exception.

    Args:
        rows: ``Row`` objects, mappings as for ``score_row``, or ``RowError`` records of rows that
            could not be read (``targetx.io.read_rows`` yields both); they pass through as errors.
        rules: the rule set (default ``Rules.default()``).

    Returns:
        A ``Report``: ``items`` in input order and ``errors`` (``RowError``, with the row's
        source, line and reason). ``report.to_records()`` / ``to_dataframe()`` flatten it.

    Examples:
        >>> report = score_report([{"task": "新建幼儿园40所", "progress": "新建幼儿园48所"},
        ...                        {"task": None, "progress": 3}])
        >>> report
        Report(items=1, targets=1, pairs=1, met=1, errors=1)
        >>> report.errors[0].reason
        'TypeError: progress must be text, got int'
    """
    items: list[ItemScore] = []
    errors: list[RowError] = []
    for index, row in enumerate(rows, start=1):
        if isinstance(row, RowError):
            errors.append(row)
            continue
        try:
            items.append(score_row(row, rules))
        except Exception as exc:  # noqa: BLE001 - one bad row never sinks a batch
            source = getattr(row, "source", "") or (row.get("source", "") if isinstance(row, Mapping) else "")
            line = getattr(row, "line", None) if isinstance(row, Row) else index
            errors.append(RowError(str(source), line, f"{type(exc).__name__}: {exc}",
                                   doc=str(_field(row, "doc")), item=_field(row, "item")))
    return Report(tuple(items), tuple(errors))


def clear_caches(rules: Rules | None = None) -> None:
    """Forget every cache that grows with the text seen: metric segmentations, head nouns, cleaned
    subjects, thresholds and the synonym expansions of ``rules`` (default: the bundled rules)."""
    (rules or Rules.default()).clear_caches()
    metrics.words.cache_clear()
    metrics.segments.cache_clear()
    metrics._search_tokens.cache_clear()
    metrics.bigrams.cache_clear()
    metrics.head_noun.cache_clear()
    frames.clear_caches()
    metrics.content_length.cache_clear()
    pairing.clear_caches()


def _field(row: Any, key: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(key, "")
    return getattr(row, key, "")

