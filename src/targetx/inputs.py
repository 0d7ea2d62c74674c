"""``score_report`` on whatever a user has: a file, a folder, a list of them, a pandas DataFrame
(Chinese or English headers), or rows (``Row`` objects or mappings)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .io import iter_input_paths, parse_columns, read_rows, role_of
from .pipeline import score_report as score_rows
from .rules import Rules
from .types import Report, Row, RowError

PathLike = (str, os.PathLike)


def score_report(source: Any, rules: Rules | None = None, *, columns: str | Mapping[str, str] | None = None
                 ) -> Report:
    """Score a whole report; a row that cannot be read or scored becomes an error record.

    Args:
        source: a path (a table file of any supported format, or a folder of them), a list of
            paths, a pandas DataFrame, or an iterable of ``Row`` / ``RowError`` / mappings with
            task / progress / owners / doc / item keys (or any accepted header name: 重点工作,
            进展情况…).
        rules: the rules to score with (default: the bundled ones).
        columns: which header names which column ({"task": "工作事项", ...} or
            "task=工作事项,progress=完成情况"), for headers targetx does not know.

    Returns:
        A ``Report``: ``items`` (one ``ItemScore`` per scored row) and ``errors`` (one
        ``RowError`` per row or file that could not be read or scored).

    Raises:
        TypeError: ``source`` is none of these (a str is a path, never text to score).
        ValueError: a DataFrame or mappings without a task column.

    Examples:
        >>> report = score_report([{"task": "新建幼儿园40所", "progress": "新建幼儿园48所"}])
        >>> report.items[0].pairs[0].ratio
        1.2
    """
    return score_rows(_rows(source, parse_columns(columns)), rules)


def _rows(source: Any, columns: Mapping[str, str] | None) -> Iterable[Row | RowError | Mapping[str, Any]]:
    if isinstance(source, PathLike):
        return _from_paths([source], columns)
    if isinstance(source, (list, tuple)) and source and all(isinstance(s, PathLike) for s in source):
        return _from_paths(source, columns)
    if hasattr(source, "to_dict") and hasattr(source, "columns"):  # a pandas DataFrame
        return _from_mappings(source.to_dict("records"), columns, [str(c) for c in source.columns])
    if isinstance(source, (bytes, Mapping)) or not isinstance(source, Iterable):
        raise TypeError(f"score_report takes a path, a list of paths, a DataFrame or rows, not {type(source).__name__}")
    return _from_mappings(source, columns)


def _from_paths(paths: Iterable[Any], columns: Mapping[str, str] | None) -> Iterator[Row | RowError]:
    for path in iter_input_paths([Path(p) for p in paths]):
        yield from read_rows(path, columns=columns)


def _from_mappings(rows: Iterable[Any], columns: Mapping[str, str] | None,
                   names: list[str] | None = None) -> Iterator[Row | RowError | Mapping[str, Any]]:
    """Rows as they come; a mapping's keys read as header names (重点工作 -> task)."""
    wanted = {name: role for role, name in columns.items()} if columns else None
    if names is not None:
        roles = {(wanted or {}).get(n) or role_of(n) for n in names}
        if "task" not in roles:
            raise ValueError(f"no task column among the DataFrame's columns {names}: name it with columns=")
    for row in rows:
        if isinstance(row, (Row, RowError)) or not isinstance(row, Mapping):
            yield row
            continue
        fields: dict[str, Any] = {}
        for key, value in row.items():
            role = (wanted or {}).get(str(key)) or role_of(str(key))
            if role and role not in fields:
                fields[role] = None if _missing(value) else value
        yield fields


def _missing(value: Any) -> bool:
    """A DataFrame's empty cell (NaN / None / pd.NA)."""
    try:
        return value is None or bool(value != value)
    except (TypeError, ValueError):
        return False
