"""Plain, frozen data types shared by every module.

They hold only plain data (str, Decimal, tuples) so that they pickle across processes and
serialise to JSON without a pint registry; ``Quantity.quantity`` builds the pint object on demand.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any, Literal, TypeVar

_T = TypeVar("_T")
_UNSET = object()  # a field with a default factory was not given


def slot_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its slot
    descriptor. It makes the same object as the one ``dataclasses`` writes, at less than half the
    cost: that one calls ``object.__setattr__`` per field, and frames and quantities are made by
    the thousand per report."""
    params, body, env = [], [], {}
    for f in fields(cls):  # type: ignore[arg-type]
        env[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is not MISSING:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
            body.append(f"    _set_{f.name}(self, {f.name})")
        elif f.default_factory is not MISSING:
            env[f"_factory_{f.name}"], env["_UNSET"] = f.default_factory, _UNSET
            params.append(f"{f.name}=_UNSET")
            body.append(f"    _set_{f.name}(self, _factory_{f.name}() if {f.name} is _UNSET else {f.name})")
        else:
            params.append(f.name)
            body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), env)  # noqa: S102 - our own field names
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc, method-assign]
    return cls


Kind = Literal["level", "growth", "reduction"]
Bound = Literal["min", "max", "approx", "exact", "range"]
Role = Literal["target", "other", "actual"]


@slot_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity mention: ``source[start:end] == text``.

    ``value`` is the number as written (multipliers stay in ``unit``: "40万平方米" -> 40, "万平方米");
    ``base_value`` / ``base_unit`` are the value normalised to the canonical unit of its dimension
    (m**2, CNY, kg, m, V, W, percent, count ...).
    """

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    base_value: Decimal
    base_unit: str
    dimension: str
    value_max: Decimal | None = None
    classifier: str | None = None
    kind: Kind = "level"
    bound: Bound = "exact"
    unit_inferred: bool = False

    @property
    def quantity(self) -> Any:
        """The normalised amount as a pint Quantity of targetx's own registry (for a unit that a
        user's rules define, use ``rules.registry.Quantity(q.base_value, q.base_unit)``)."""
        from .units import registry

        reg = registry()
        if self.base_unit.split(" ")[0] not in reg:
            raise ValueError(f"{self.base_unit!r} is not a bundled unit; it comes from user rules: "
                             "use rules.registry.Quantity(q.base_value, q.base_unit)")
        return reg.Quantity(self.base_value, self.base_unit)

    @property
    def base_value_max(self) -> Decimal | None:
        """Upper end of a range in the base unit, else None."""
        if self.value_max is None or self.value == 0:
            return None
        return self.base_value * self.value_max / self.value

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (Decimals as numbers)."""
        return _plain(asdict(self))


Change = Literal["level", "growth", "reduction"]
Aggregation = Literal["", "cumulative", "this_period", "multi_year_mean", "annual_mean"]
Status = Literal["target", "done", "in_progress", "candidate", "estimate", "forecast", "restated",
                 "adjusted", "completion_rate", "baseline", "scope"]
Coordination = Literal["", "each", "all", "respectively", "part", "series", "list", "place", "total"]


@slot_init
@dataclass(frozen=True, slots=True)
class Frame:
    """What one quantity measures, read from its sentence (plain data).

    ``subject`` is the normalised noun phrase it measures (carried forward from the clause or
    row before it when its own clause names nothing: ``subject_from`` says where it came from;
    ``previous``: the measure of the first amount of a run of places),
    ``head`` that phrase's head noun, ``action`` the verb that produces it (新增, 建成, 改造…),
    ``change`` level / growth / reduction, ``aggregation`` how it adds up (累计 cumulative,
    今年新建, 今年完成 this period's, 年均 multi-year mean, 全年平均 annual mean) and
    ``per_capita`` whether it is counted per person or household (人均, 每人每月, 元/人月),
    ``period`` the reporting period or
    the multi-year span of a target (``years``), parsed (``periods.elapsed``) into the
    ``months`` of its year it covers (1-10月 10, 第三季度 alone 3, 截至10月20日 9.65) and whether
    it closes the year (``year_ended``: 全年 yes, 全年预计 not yet), ``status`` done / in progress / candidate /
    estimate / forecast / restated target / scope (十二个项目中: the set the amounts after it are counted in)…, and ``coordination`` its place in a list:
    各 each, 均 all, 分别 respectively, 其中 part, a year series (``index`` / ``size`` /
    ``year``), one place's amount in a run of places (place: 城关镇…12公里、河口镇8.6公里), the total of the amounts listed right before it (total: …、…,合计22条; ``size`` of them), or the parts of a coordinated list ``items`` (新增省级、市级…); ``scope`` the
    places a measure is taken for when a list of them stands before it (端州区、鼎湖区…);
    ``level_floor`` the lowest administrative level a target counts (省级以上…: 省级).
    """

    subject: str = ""
    head: str = ""
    subject_from: Literal["own", "clause", "row", "list", "previous"] = "own"
    action: str = ""
    change: Change = "level"
    aggregation: Aggregation = ""
    per_capita: bool = False
    period: str | None = None
    months: float | None = None
    year_ended: bool | None = None
    years: tuple[int, int] | None = None
    status: Status = "done"
    coordination: Coordination = ""
    index: int | None = None
    size: int | None = None
    year: int | None = None
    items: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    level_floor: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return _plain(asdict(self))


@slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity in its row: its role, the metric it measures (as written), the period (for
    actuals), a status note and its ``frame`` (what it measures, read from its sentence)."""

    quantity: Quantity
    role: Role
    metric: str = ""
    period: str | None = None
    note: str | None = None
    frame: Frame = field(default_factory=Frame)

    @property
    def text(self) -> str:
        return self.quantity.text

    def to_dict(self) -> dict[str, Any]:
        d = self.quantity.to_dict()
        d.update(role=self.role, metric=self.metric, period=self.period, note=self.note,
                 frame=self.frame.to_dict())
        return d


@slot_init
@dataclass(frozen=True, slots=True)
class Pair:
    """A target and the actual(s) that answer it; ``ratio`` = actual total / target (lower end)."""

    target: Mention
    actuals: tuple[Mention, ...]
    ratio: float | None  # None for a zero target (met only by zero)
    met: bool
    why: str
    combine: Literal["single", "sum"] = "single"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: the target and actuals as ``Mention.to_dict``, the ratio, met, why."""
        return {"target": self.target.to_dict(), "actuals": [a.to_dict() for a in self.actuals],
                "ratio": self.ratio, "met": self.met, "why": self.why, "combine": self.combine}


@slot_init
@dataclass(frozen=True, slots=True)
class ItemScore:
    """Everything targetx found in one report row."""

    task: str
    progress: str
    targets: tuple[Mention, ...]
    others: tuple[Mention, ...]
    actuals: tuple[Mention, ...]
    pairs: tuple[Pair, ...]
    adjusted_targets: tuple[Mention, ...] = ()
    doc: str = ""
    item: int | str = ""
    owners: str = ""
    source: str = ""
    line: int | None = None  # the row's line (or sheet row) in ``source``

    def pair_for(self, target: Mention) -> Pair | None:
        """The pair whose target is ``target``, if any."""
        return next((p for p in self.pairs if p.target is target), None)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat record per target, or one saying the row has none (``records.RECORD_COLUMNS``)."""
        from .records import row_records

        return row_records(self)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of the row: its texts, every mention and every pair (each pair holds
        its target and actuals again, so that it reads alone)."""
        return {"doc": self.doc, "item": self.item, "owners": self.owners, "source": self.source,
                "task": self.task, "progress": self.progress,
                "targets": [m.to_dict() for m in self.targets], "others": [m.to_dict() for m in self.others],
                "actuals": [m.to_dict() for m in self.actuals], "pairs": [p.to_dict() for p in self.pairs],
                "adjusted_targets": [m.to_dict() for m in self.adjusted_targets]}

    def __repr__(self) -> str:
        from .notebook import item_repr

        return item_repr(self)

    def _repr_html_(self) -> str:
        """The row as Jupyter shows it: its texts and a table of its targets."""
        from .notebook import item_html

        return item_html(self)


@dataclass(frozen=True, slots=True)
class Row:
    """One input row of a progress table."""

    task: str
    progress: str = ""
    owners: str = ""
    doc: str = ""
    item: int | str = ""
    source: str = ""
    line: int | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    """An input row or file that could not be read or scored; never silently dropped."""

    source: str
    line: int | None
    reason: str
    doc: str = ""
    item: int | str = ""

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class Report:
    """Scores for many rows, plus the rows that failed."""

    items: tuple[ItemScore, ...]
    errors: tuple[RowError, ...] = field(default=())

    def to_records(self) -> list[dict[str, Any]]:
        """One flat record per target (paired or not), one per row without a numeric target and
        one per error: every input row appears (``records.RECORD_COLUMNS``)."""
        from .records import error_record, row_records

        records = [rec for item in self.items for rec in row_records(item)]
        records += [error_record(e.doc, e.item, e.reason, e.source, e.line) for e in self.errors]
        return records

    def to_dataframe(self) -> Any:
        """``to_records()`` as a pandas DataFrame (needs pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on environment
            raise ImportError("Report.to_dataframe() needs pandas: pip install pandas") from exc
        from .records import RECORD_COLUMNS

        frame = pd.DataFrame.from_records(self.to_records(), columns=RECORD_COLUMNS)
        frame["met"] = frame["met"].astype("boolean")  # nullable: df[df.met == False] works, NaN never
        return frame

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: every row as ``ItemScore.to_dict`` and every error."""
        return {"items": [it.to_dict() for it in self.items], "errors": [e.to_dict() for e in self.errors]}

    def __repr__(self) -> str:
        from .notebook import report_repr

        return report_repr(self)

    def _repr_html_(self) -> str:
        """The report as Jupyter shows it: counts by status and a table of its targets."""
        from .notebook import report_html

        return report_html(self)


def _plain(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() and abs(obj) < 10**15 else float(obj)
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj
