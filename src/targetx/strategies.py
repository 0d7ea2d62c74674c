"""Hypothesis strategies for property-testing targetx — and your own ``Rules``.

Every strategy takes a ``Rules`` (``Rules.default()`` when omitted) and draws its units,
classifiers, multipliers, qualifiers and change words from that rule set's lexicon tables, so
that a unit or classifier you add with ``Rules.with_units`` / ``with_file`` is exercised too.
Nothing here hard-codes a unit list.

>>> from hypothesis import given, settings
>>> from targetx import extract
>>> from targetx.strategies import quantities
>>> @settings(max_examples=20, deadline=None)
... @given(quantities())
... def check(q):
...     found = [m for m in extract(q.text) if m.start == q.start]
...     assert found and found[0].base_value == q.base_value
>>> check()

Known limits the strategies respect (each is a real ambiguity or a documented extraction gap):

* Chinese numerals are written only before units that start with a CJK character that is not
  itself a numeral ("三千瓦" is 3 kW or 3000 瓦?) nor makes another unit with the numeral's
  last character ("一千伏": 1 千伏 or 1000 伏?), never before ambiguous classifiers
  (一期, 二站) or 分, and never as bare 十 before a multiplier after 超/过/逾 ("超过十万元" is the
  class threshold 十万元, value 1).
* A unit written as multiplier + rest where the rest is not a unit but starts with one
  ("百分点" = 百 + 分…) is not drawn after an Arabic number: extraction reads "2百分点" as
  2 百分 (score). Write "个百分点".
* Multipliers (万, 亿 …) go only with units of a dimension where they are meaningful
  (not percent, percentage points, ratios, scores, ages or durations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterator, NamedTuple

from hypothesis import assume
from hypothesis import strategies as st

from .extract import tidy
from .numerals import CN_NUMERAL_CHARS, to_chinese
from .rules import Rules

__all__ = [
    "GeneratedQuantity",
    "GeneratedRow",
    "METRICS",
    "CONTEXT",
    "numbers",
    "quantities",
    "report_rows",
    "units",
    "to_fullwidth",
]

#: Real metric phrases from work reports; rows draw distinct ones so pairing is well defined.
METRICS: tuple[str, ...] = (
    "新增孵化面积", "公共停车位", "地区生产总值", "规上工业增加值", "社会消费品零售总额",
    "固定资产投资", "新建城市道路", "污水处理能力", "新能源汽车推广", "高新技术企业",
    "城镇新增就业", "棚户区改造", "农村公路改造", "造林绿化面积", "外贸进出口总额",
    "招商引资到位资金", "公共充电桩", "保障性租赁住房", "人才公寓", "研发经费投入",
)

#: Plain context phrases with no numbers, units or qualifiers in them.
CONTEXT: tuple[str, ...] = (
    "全区上下", "我市坚持", "持续推进", "扎实开展", "稳步提升", "取得积极成效", "紧盯年度任务",
    "加大工作力度", "强化要素保障", "多措并举", "狠抓落实", "统筹推进",
)

# dimensions where a 万/亿 multiplier makes no sense
_NO_MULTIPLIER = frozenset({"percent", "percentage_point", "ratio", "score", "age", "time"})
# dimensions a row target cannot have (durations and ages are never targets)
_NOT_TARGET = frozenset({"time", "age"})

_FULLWIDTH = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789."}


def to_fullwidth(text: str) -> str:
    """Digits and decimal point as full-width forms ("12.5" -> "１２．５")."""
    return text.translate(_FULLWIDTH)


def _rules(rules: Rules | None) -> Rules:
    return rules or Rules.default()


# --------------------------------------------------------------------------------------------
# units


class _Unit(NamedTuple):
    written: str  # as written after the number (classifier or [units] key)
    expression: str  # pint expression
    factor: Decimal
    base_unit: str
    dimension: str
    classifier: bool


def _all_units(rules: Rules) -> list[_Unit]:
    lex = rules.lexicon
    out = []
    for written, expression in lex["units"].items():
        f = rules.unit_factor(expression)
        out.append(_Unit(written, expression, f.factor, f.base_unit, f.dimension, False))
    count = rules.unit_factor("count")
    for word in lex["classifiers"]["words"]:
        if word not in lex["units"]:
            out.append(_Unit(word, "count", count.factor, count.base_unit, count.dimension, True))
    return out


def _arabic_ok(u: _Unit, rules: Rules) -> bool:
    """False for "百分点"-like units: a multiplier prefix then a non-unit starting with a unit."""
    mults = rules.lexicon["multipliers"]
    i = 0
    while i < len(u.written) and u.written[i] in mults:
        i += 1
    rest = u.written[i:]
    if not i or not rest:
        return True
    known = set(rules.lexicon["units"]) | set(rules.lexicon["classifiers"]["words"])
    if rest in known:
        return True
    return not any(rest.startswith(k) for k in known)


def _chinese_ok(u: _Unit, rules: Rules) -> bool:
    first = u.written[:1]
    return (
        "\u4e00" <= first <= "\u9fff"
        and first not in CN_NUMERAL_CHARS + "点两"
        and u.written not in rules.ambiguous
        and u.written != "分"
        and u.written[:1] not in rules.lexicon["exclusions"]["classifier_word_after"]
    )


def _big_multipliers(rules: Rules) -> list[str]:
    mults = rules.lexicon["multipliers"]
    big = sorted((m for m, v in mults.items() if v >= 10_000), key=lambda m: mults[m])
    stacked = [a + b for i, a in enumerate(big) for b in big[i + 1 :]]
    return big + stacked


def _scale(mult: str, rules: Rules) -> Decimal:
    scale = Decimal(1)
    for c in mult:
        scale *= Decimal(rules.lexicon["multipliers"][c])
    return scale


def units(rules: Rules | None = None) -> st.SearchStrategy[_Unit]:
    """Any written unit or classifier of the rules (with its pint factor and dimension)."""
    return st.sampled_from(_all_units(_rules(rules)))


# --------------------------------------------------------------------------------------------
# numbers


class _Numeral(NamedTuple):
    value: Decimal
    text: str
    chinese: bool


def _arabic_numerals() -> st.SearchStrategy[_Numeral]:
    integers = st.integers(1, 9_999_999).map(lambda n: _Numeral(Decimal(n), str(n), False))
    decimals = st.builds(
        lambda n, places: Decimal(n).scaleb(-places),
        st.integers(1, 9_999_999), st.integers(1, 2),
    ).map(lambda d: _Numeral(d, str(d), False))
    thousands = st.integers(1_000, 99_999_999).map(lambda n: _Numeral(Decimal(n), f"{n:,}", False))
    fullwidth = st.one_of(integers, decimals).map(lambda n: _Numeral(n.value, to_fullwidth(n.text), False))
    return st.one_of(integers, decimals, thousands, fullwidth)


def _chinese_numerals(limit: int = 99_999_999) -> st.SearchStrategy[_Numeral]:
    return st.integers(1, limit).map(lambda n: _Numeral(Decimal(n), to_chinese(n), True))


def numbers(rules: Rules | None = None) -> st.SearchStrategy[tuple[Decimal, str]]:
    """(value, writing): Arabic, with thousands separators, full-width, Chinese numerals, or
    any of those followed by the rules' big multipliers (万, 亿, 万亿 ...).

    >>> from hypothesis import find
    >>> value, text = find(numbers(), lambda vt: "万" in vt[1] and vt[1][0].isdigit())
    >>> value, text
    (Decimal('10000'), '1万')
    """
    r = _rules(rules)
    big = _big_multipliers(r)
    plain = st.one_of(_arabic_numerals(), _chinese_numerals())
    multiplied = st.builds(
        lambda n, m: _Numeral(n.value * _scale(m, r), n.text + m, n.chinese),
        st.one_of(_arabic_numerals(), _chinese_numerals(9_999)), st.sampled_from(big),
    )
    return st.one_of(plain, multiplied).map(lambda n: (n.value, n.text))


# --------------------------------------------------------------------------------------------
# quantities


@dataclass(frozen=True)
class GeneratedQuantity:
    """A quantity phrase with what ``extract`` must report for it.

    ``text`` is the whole phrase; ``start``/``end`` locate the quantity mention in it.
    """

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    base_value: Decimal
    base_unit: str
    dimension: str
    kind: str
    bound: str
    metric: str = ""


def _metric_ok(metric: str, rules: Rules, chinese: bool) -> bool:
    lex = rules.lexicon
    if any(metric.endswith(w) for w in lex["exclusions"]["ordinal_before"]):
        return False
    if chinese and metric[-1:] in lex["exclusions"]["cn_numeral_word_before"]:
        return False
    change = lex["change_words"]
    if any(metric.endswith(w) for w in change["growth"] + change["reduction"]) and \
            not any(metric.endswith(w) for w in change["not_change"]):
        return False
    return not any(c in CN_NUMERAL_CHARS for c in metric)


@st.composite
def quantities(draw: Any, rules: Rules | None = None) -> GeneratedQuantity:
    """A phrase "<context>，<metric>[change][qualifier]<number><unit>[qualifier]，<context>"
    with the value, unit, base value, dimension, kind and bound ``extract`` must find."""
    r = _rules(rules)
    lex = r.lexicon
    q = lex["qualifiers"]
    all_units = _all_units(r)
    unit = draw(st.sampled_from(all_units))
    chinese_ok = _chinese_ok(unit, r)
    arabic_ok = _arabic_ok(unit, r)
    if not arabic_ok and not chinese_ok:
        unit = draw(st.sampled_from([u for u in all_units if _arabic_ok(u, r)]))
        chinese_ok, arabic_ok = _chinese_ok(unit, r), True
    chinese = chinese_ok and (not arabic_ok or draw(st.booleans()))
    mult = ""
    if unit.dimension not in _NO_MULTIPLIER and draw(st.booleans()):
        mult = draw(st.sampled_from(_big_multipliers(r)))
    if chinese:
        numeral = draw(_chinese_numerals(9_999 if mult else 99_999_999))
        if numeral.text[-1] in "万亿":
            # "三万个": extraction keeps the trailing 万 as the multiplier
            trailing = numeral.text[-1]
            written_value = numeral.value / _scale(trailing, r)
            mult, number_text = trailing, numeral.text
        else:
            written_value, number_text = numeral.value, numeral.text + mult
        # (一千伏 is 1 千伏 as much as 1000 伏: the numeral's end and the unit make another unit)
        assume(number_text[-1] + unit.written not in lex["units"])
    else:
        numeral = draw(_arabic_numerals())
        written_value, number_text = numeral.value, numeral.text + mult
    if unit.written == "年" and not mult and written_value == written_value.to_integral_value() \
            and 1900 <= written_value <= 2100:
        written_value += 200  # "2024年" is a date
        number_text = str(written_value)
    per = None
    if not unit.classifier and lex["per_units"] and unit.dimension not in _NO_MULTIPLIER \
            and not chinese and draw(st.integers(0, 4)) == 0:
        per = draw(st.sampled_from(sorted(lex["per_units"])))
        if f"{unit.written}/{per}" in lex["units"]:
            per = None  # (蒸吨/小时 is a unit of its own, the capacity 蒸吨 writes short, no rate of it)
    expression = f"({unit.expression}) / ({lex['per_units'][per]})" if per else unit.expression
    factor = r.unit_factor(expression)

    metric = draw(st.sampled_from([m for m in METRICS if _metric_ok(m, r, chinese)]))
    change, kind = "", "level"
    if factor.dimension in ("percent", "percentage_point") and draw(st.booleans()):
        kind = draw(st.sampled_from(["growth", "reduction"]))
        change = draw(st.sampled_from(sorted(lex["change_words"][kind])))
    where = draw(st.sampled_from(["none", "before", "after"]))
    before = after = ""
    bound = "exact"
    if where == "before":
        bound = draw(st.sampled_from(["min", "max", "approx", "exact"]))
        before = draw(st.sampled_from(sorted(q[f"{bound}_before"])))
        if chinese and (before + number_text)[len(before) - 1] in lex["exclusions"]["cn_numeral_word_before"]:
            before, bound = "", "exact"
        if chinese and mult and numeral.value == 10:
            before, bound = "", "exact"  # "超过十万元" is the class threshold 十万元
    elif where == "after":
        bound = draw(st.sampled_from(["min", "max", "approx"]))
        after = draw(st.sampled_from(sorted(q[f"{bound}_after"])))
    per_text = f"/{per}" if per else ""
    mention = number_text + unit.written + per_text
    head = draw(st.sampled_from(CONTEXT)) + "，" + metric + change + before
    tail = after + "，" + draw(st.sampled_from(CONTEXT)) + "。"
    text = head + mention + tail
    scale = _scale(mult, r)
    return GeneratedQuantity(
        text=text,
        start=len(head),
        end=len(head) + len(mention),
        value=written_value,
        unit=mult + unit.written + per_text,
        base_value=tidy(written_value * scale * factor.factor),
        base_unit=factor.base_unit,
        dimension=factor.dimension,
        kind=kind,
        bound=bound,
        metric=metric,
    )


# --------------------------------------------------------------------------------------------
# report rows


class ExpectedPair(NamedTuple):
    metric: str
    target: str  # the target mention's text
    actual: str  # the actual mention's text
    ratio: float


@dataclass(frozen=True)
class GeneratedRow:
    """A task / progress pair with the targets and pairs ``score_item`` must find.

    Unpacks as ``task, progress, targets, pairs``. ``sentences`` are the progress sentences
    (shuffle them freely); ``restated`` is the progress with every actual written in another
    unit of its dimension (万平方米 -> 平方米, 亿元 -> 万元) where an exact restatement exists.
    """

    task: str
    progress: str
    targets: tuple[tuple[str, str], ...]  # (metric, target text)
    pairs: tuple[ExpectedPair, ...]
    sentences: tuple[str, ...] = field(default=())
    restated: str = ""

    def __iter__(self) -> Iterator[Any]:
        return iter((self.task, self.progress, self.targets, self.pairs))


_DISTRACTOR_SENTENCES = (
    "入选第三批试点。", "“人才新政40条”落地见效。", "综合排名全市第4。", "截至2024年11月30日，各项工作有序推进。",
)
_PERIOD_PREFIXES = ("", "", "1-10月，", "三季度，", "截至11月30日，", "2024年，")


def _writings(base: Decimal, dimension: str, rules: Rules, row_units: list[_Unit]) -> list[str]:
    """Exact writings of ``base`` in units of ``dimension`` with at most two decimals."""
    out = []
    for u in row_units:
        if u.dimension != dimension:
            continue
        for mult in [""] + _big_multipliers(rules)[:2]:
            value = base / (u.factor * _scale(mult, rules))
            if value == value.quantize(Decimal("0.01")) and value >= 1 and value < 10**8:
                out.append(_plain(value) + mult + u.written)
    return out


def _counts_alike(a: _Unit, b: _Unit, rules: Rules) -> bool:
    """Whether two units can measure the same thing (classifiers of compatible types)."""
    return rules.classifiers_compatible(*(u.written if u.written in rules.classifiers else None for u in (a, b)))


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _row_units(rules: Rules) -> list[_Unit]:
    return [
        u for u in _all_units(rules)
        if u.dimension not in _NOT_TARGET and _arabic_ok(u, rules) and u.written[:1] not in "年"
    ]


@st.composite
def report_rows(draw: Any, rules: Rules | None = None, max_targets: int = 3) -> GeneratedRow:
    """A row "<metric>目标N<unit>，…" / "<metric>完成M<unit>。…" with distractors (dates,
    periods, ordinals, quoted names, ranks, a 超亿元 class threshold) and the expected pairs.

    Targets of one row have distinct metrics and distinct dimensions, so the pairing is
    unambiguous; every target has exactly one answering actual.
    """
    r = _rules(rules)
    row_units = _row_units(r)
    by_dim: dict[str, list[_Unit]] = {}
    for u in row_units:
        by_dim.setdefault(u.dimension, []).append(u)
    n = draw(st.integers(1, max_targets))
    dims = draw(st.lists(st.sampled_from(sorted(by_dim)), min_size=n, max_size=n, unique=True))
    metrics = draw(st.lists(st.sampled_from([m for m in METRICS if _metric_ok(m, r, False)]),
                            min_size=n, max_size=n, unique=True))
    big = _big_multipliers(r)
    task_parts, targets, pairs, sentences, restated = [], [], [], [], []
    for metric, dim in zip(metrics, dims):
        unit = draw(st.sampled_from(by_dim[dim]))
        mult = draw(st.sampled_from([""] + big[:2])) if dim not in _NO_MULTIPLIER else ""
        target_value = Decimal(draw(st.integers(2, 9_999)))
        target_text = _plain(target_value) + mult + unit.written
        target_base = target_value * _scale(mult, r) * unit.factor
        # the actual: another unit of the same dimension that can count the same thing (never 名
        # for 个), a plausible completion (10% .. 500%)
        same_kind = [u for u in by_dim[dim] if _counts_alike(unit, u, r)]
        a_unit = draw(st.sampled_from(same_kind))
        a_mult = draw(st.sampled_from([""] + big[:2])) if dim not in _NO_MULTIPLIER else ""
        percent = Decimal(draw(st.integers(10, 500)))
        a_base = target_base * percent / 100
        a_value = a_base / (a_unit.factor * _scale(a_mult, r))
        if a_value != a_value.quantize(Decimal("0.01")) or a_value < Decimal("0.01"):
            a_unit, a_mult = unit, mult  # no exact writing in the other unit: keep the target's
            a_value = target_value * percent / 100
            a_base = a_value * _scale(a_mult, r) * a_unit.factor
        ratio = a_base / target_base
        actual_text = _plain(a_value) + a_mult + a_unit.written
        alternatives = [w for w in _writings(a_base, dim, r, same_kind) if w != actual_text]
        other_text = draw(st.sampled_from(alternatives)) if alternatives else actual_text
        task_parts.append(f"{metric}目标{target_text}")
        targets.append((metric, target_text))
        pairs.append(ExpectedPair(metric, target_text, actual_text, float(ratio)))
        prefix = draw(st.sampled_from(_PERIOD_PREFIXES))
        sentences.append(f"{prefix}{metric}完成{actual_text}。")
        restated.append(f"{prefix}{metric}完成{other_text}。")
    if draw(st.booleans()):
        task_parts.insert(0, "推进超亿元项目建设")  # a class threshold: not a target
    distractors = draw(st.lists(st.sampled_from(_DISTRACTOR_SENTENCES), max_size=2, unique=True))
    task = "，".join(task_parts) + "。"
    progress_sentences = tuple(sentences) + tuple(distractors)
    restated_sentences = tuple(restated) + tuple(distractors)
    return GeneratedRow(
        task=task,
        progress="".join(progress_sentences),
        targets=tuple(targets),
        pairs=tuple(pairs),
        sentences=progress_sentences,
        restated="".join(restated_sentences),
    )
