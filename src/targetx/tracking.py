"""Trajectories: the same target across the reports of one series (a district's Q1, H1, 1-9月 and
year-end tables), its ratio over time, and the targets that drop out or whose actual falls.

``track(reports)`` matches each target of a report to a target of the reports before it: by the
task text first (the same row, the same target and metric), then, when the wording changed, by
its frame (the same dimension and kind, and the most similar subject, at least
``FRAME_SIMILARITY``). Each match across the series is a ``Trajectory`` of ``Point``\\ s, one per
report, with flags:

* ``dropped``: the target stood in an earlier report and is missing from this one;
* ``fell``: the actual of a target that accumulates (``periods.accumulates``) is lower than in
  the report before.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

from .periods import accumulates
from .pipeline import score_report
from .records import target_records
from .rules import Rules
from .text import normalize
from .types import ItemScore, Mention, Report, RowError

#: the least subject similarity at which a reworded target is taken for the same one
FRAME_SIMILARITY = 0.6
DROPPED = "dropped"
FELL = "fell"


@dataclass(frozen=True, slots=True)
class Point:
    """One target in one report (``present`` False where the target is missing)."""

    report: str
    present: bool
    item: int | str = ""
    target: str | None = None
    actual: str | None = None
    actual_value: float | None = None
    period: str | None = None
    ratio: float | None = None
    elapsed: float | None = None
    pace: float | None = None
    pace_status: str | None = None
    matched_by: str = ""  # "task" or "frame" (how this report's target was matched), "" for the first
    flag: str | None = None  # DROPPED or FELL


@dataclass(frozen=True, slots=True)
class Trajectory:
    """One target through the series: what it measures, and a point per report."""

    metric: str
    target: str
    owners: str
    points: tuple[Point, ...]

    @property
    def ratios(self) -> list[float | None]:
        """The ratio in each report (None where missing or unpaired)."""
        return [p.ratio for p in self.points]

    @property
    def flags(self) -> list[str]:
        """"dropped in REPORT", "fell in REPORT (a → b)"."""
        out = []
        for k, p in enumerate(self.points):
            if p.flag == DROPPED:
                out.append(f"{DROPPED} in {p.report}")
            elif p.flag == FELL:
                before = next(q for q in reversed(self.points[:k]) if q.actual_value is not None)
                out.append(f"{FELL} in {p.report} ({before.actual} → {p.actual})")
        return out


@dataclass(frozen=True)
class Track:
    """The trajectories of a series of reports (``reports`` names them, in order)."""

    reports: tuple[str, ...]
    trajectories: tuple[Trajectory, ...]

    def to_records(self) -> list[dict[str, Any]]:
        """One flat record per target and report: ``series`` (the trajectory's number), its
        metric and target, and the point's fields."""
        return [{"series": n, "metric": t.metric, "target_text": t.target, "owners": t.owners, **asdict(p)}
                for n, t in enumerate(self.trajectories, 1) for p in t.points]

    def to_dataframe(self) -> Any:
        """``to_records()`` as a pandas DataFrame (needs pandas)."""
        import pandas as pd

        return pd.DataFrame.from_records(self.to_records())

    def headline(self) -> str:
        """"67 targets over 3 reports: 40 rising, 1 dropped, 0 fell"."""
        rising = sum(_rising(t.ratios) for t in self.trajectories)
        dropped = sum(any(p.flag == DROPPED for p in t.points) for t in self.trajectories)
        fell = sum(any(p.flag == FELL for p in t.points) for t in self.trajectories)
        return (f"{len(self.trajectories)} targets over {len(self.reports)} reports: {rising} rising, "
                f"{dropped} dropped, {fell} with an actual that fell")

    def __repr__(self) -> str:
        return f"Track(reports={len(self.reports)}, targets={len(self.trajectories)})"


def _rising(ratios: list[float | None]) -> bool:
    values = [r for r in ratios if r is not None]
    return len(values) >= 2 and all(a < b for a, b in zip(values, values[1:]))


@dataclass
class _Open:
    """A trajectory being built: its points so far and the last target seen."""

    last: Mention
    task: str
    metric: str
    target: str
    owners: str
    points: list[Point]


def track(reports: Sequence[Report | Iterable[ItemScore | RowError] | str | Path],
          rules: Rules | None = None) -> Track:
    """Follow every target through a series of reports of one body, in the order given.

    Args:
        reports: the reports, oldest first: ``Report`` objects, lists of ``ItemScore``, or paths
            of input files (read with ``targetx.io.read_rows`` and scored).
        rules: the rule set (default ``Rules.default()``), for scoring paths and comparing
            subjects.

    Returns:
        A ``Track``: one ``Trajectory`` per target, with a ``Point`` per report (ratio, pace
        status, flags ``dropped`` and ``fell``); ``to_records()`` flattens it.

    Examples:
        >>> from targetx import score_report
        >>> q1 = score_report([{"doc": "d-2024-03", "task": "新建幼儿园40所", "progress": "新建幼儿园12所"}])
        >>> h1 = score_report([{"doc": "d-2024-06", "task": "新建幼儿园40所", "progress": "新建幼儿园25所"}])
        >>> t = track([q1, h1])
        >>> t.trajectories[0].ratios
        [0.3, 0.625]
    """
    rules = rules or Rules.default()
    names: list[str] = []
    open_: list[_Open] = []
    for k, report in enumerate(reports):
        items, name = _items(report, rules, k)
        names.append(name)
        taken: set[int] = set()
        pending: list[tuple[ItemScore, Mention, dict[str, Any]]] = []
        for item in items:
            for target, record in zip(item.targets, target_records(item, rules)):
                pending.append((item, target, record))
        # 1. the same task text, target and metric
        rest = []
        for item, target, record in pending:
            task = _task_key(item.task)
            j = next((j for j, o in enumerate(open_) if j not in taken and o.task == task
                      and o.target == target.text and o.metric == target.metric), None)
            if j is None:
                rest.append((item, target, record))
                continue
            taken.add(j)
            _extend(open_[j], item, target, record, name, "task")
        # 2. reworded: the same dimension and kind, the most similar subject
        scored = []
        for n, (item, target, record) in enumerate(rest):
            for j, o in enumerate(open_):
                if j in taken or not _comparable(o.last, target):
                    continue
                similarity = rules.subject_similarity(o.last.frame.subject, target.frame.subject)
                if similarity >= FRAME_SIMILARITY:
                    scored.append((similarity, n, j))
        used: set[int] = set()
        for _, n, j in sorted(scored, key=lambda s: -s[0]):
            if n in used or j in taken:
                continue
            used.add(n)
            taken.add(j)
            item, target, record = rest[n]
            _extend(open_[j], item, target, record, name, "frame")
        for n, (item, target, record) in enumerate(rest):
            if n not in used:
                o = _Open(target, _task_key(item.task), target.metric, target.text, item.owners,
                          [Point(r, False) for r in names[:-1]])
                o.points.append(_point(record, name, item, ""))
                open_.append(o)
                taken.add(len(open_) - 1)
        for j, o in enumerate(open_):  # missing from this report
            if j not in taken:
                was_present = any(p.present for p in o.points)
                flag = DROPPED if was_present and o.points[-1].present else None
                o.points.append(Point(name, False, flag=flag))
    trajectories = tuple(Trajectory(o.metric, o.target, o.owners, tuple(_falls(o, rules))) for o in open_)
    return Track(tuple(names), trajectories)


def _items(report: Report | Iterable[ItemScore | RowError] | str | Path, rules: Rules,
           k: int) -> tuple[list[ItemScore], str]:
    """The scored rows of one report and its name (the documents' name, else the file's)."""
    if isinstance(report, (str, Path)):
        from .io import read_rows

        scored = score_report(read_rows(report), rules)
        items, fallback = list(scored.items), Path(report).name.split(".")[0]
    elif isinstance(report, Report):
        items, fallback = list(report.items), f"report {k + 1}"
    else:
        items, fallback = [r for r in report if isinstance(r, ItemScore)], f"report {k + 1}"
    docs = list(dict.fromkeys(it.doc for it in items if it.doc))
    return items, " / ".join(docs) if docs else fallback


def _task_key(task: str) -> str:
    return "".join(normalize(task).split())


def _comparable(a: Mention, b: Mention) -> bool:
    return a.quantity.dimension == b.quantity.dimension and a.quantity.kind == b.quantity.kind


def _point(record: dict[str, Any], report: str, item: ItemScore, matched_by: str) -> Point:
    return Point(report, True, item.item, record["target"], record["actual"], record["actual_value"],
                 record["period"], record["ratio"], record["elapsed"], record["pace"], record["pace_status"],
                 matched_by)


def _extend(o: _Open, item: ItemScore, target: Mention, record: dict[str, Any], report: str,
            matched_by: str) -> None:
    o.points.append(_point(record, report, item, matched_by))
    o.last, o.task, o.metric, o.target = target, _task_key(item.task), target.metric, target.text


def _falls(o: _Open, rules: Rules) -> list[Point]:
    """The points, with ``fell`` on an actual lower than the one before it, for a target that
    accumulates."""
    if not accumulates(o.last, rules):
        return o.points
    out: list[Point] = []
    before: float | None = None
    for p in o.points:
        if p.present and p.actual_value is not None:
            if before is not None and p.actual_value < before:
                p = replace(p, flag=FELL)
            before = p.actual_value
        out.append(p)
    return out
