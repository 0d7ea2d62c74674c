"""Roles and frames: what each quantity of a row is (target, other, actual) and what it measures.

A task's quantities are targets unless they are class thresholds, specifications, durations,
baselines or scope totals ("other"); every quantity of a progress text is an actual. Each one
gets a ``Frame`` (see ``types.Frame``) read from the one ``Text`` of its column:

* its **subject**, the noun phrase before it (and the noun after a count), without verbs,
  qualifiers and comparison phrases (较上年同期…); a quantity whose clause names nothing takes
  the subject of the clause before it in its sentence ("…零售总额完成386.2亿元,较上年同期增长
  4.3%"), and a progress text that names nothing at all answers for the row (``subject_from``);
* **coordination**: 各/均 over a list make one target per listed item; 其中 makes a part of the
  total before it (a sub-target, not a scope total); 分别 spreads a list of values over a list of
  subjects, or over the years of a series ("2021年至2024年…分别为a、b、c、d");
* **aggregation** (累计, 年均, 全年平均, per capita), **period** (the reporting period, or the
  multi-year span of a target) and **status** (done, in progress, candidate, estimate for an
  elapsed period, forecast, restated target, completion rate).

Every word list comes from the lexicon (``[markers]``, ``[frames]``).
"""

from __future__ import annotations

import bisect
import dataclasses
import os
from functools import lru_cache
from typing import Any, Mapping, Sequence, cast

import regex

from .extract import extract
from .metrics import has_content, head_noun, segments, tokens
from .numerals import CN_NUMERAL_CHARS, parse_chinese
from .patterns import timeout_for
from .periods import Elapsed, elapsed
from .rules import Rules
from .text import CACHE_SIZE, Text
from .types import Aggregation, Frame, Mention, Quantity

# how far around a quantity its clause is read (characters): a metric, a qualifier or a marker
# stands within it, and rules stay linear on long text without punctuation
REACH = 80
# the [markers] lists a frame's aggregation and per-capita flag are read from
SHARE_LOOKBACK = 4  # mentions a share looks back over for the measure it is a share of
NOT_LOOKED_UP = object()  # read_task's unit when the caller did not look for a table unit
FRAME_MARKERS = ("annual_mean", "average_rate", "cumulative", "this_period", "per_capita")
# the [markers] lists an actual's status is read from around it
STATUS_MARKERS = ("adjusted", "completion_rate", "candidate", "in_progress")


# --------------------------------------------------------------------------------------------
# the task column


def read_task(text: Text, rules: Rules, unit: str | None | object = NOT_LOOKED_UP) -> tuple[list[Mention], list[Mention]]:
    """Targets and others of a task text, each with its metric and frame; ``unit`` is its
    ``table_unit`` (None: it has none) when the caller found it already."""
    quantities = extract(text.raw, rules, normalized=text.norm)
    unit = table_unit(text, rules) if unit is NOT_LOOKED_UP else cast("str | None", unit)
    from_cells = _cell_quantities(text, unit, rules) if unit else []
    indicator = _indicator(text, unit, rules) if from_cells else None
    quantities = sorted(quantities + from_cells, key=lambda q: q.start)
    targets: list[Mention] = []
    others: list[Mention] = []
    span, years = _target_span(text, rules)
    task_year = _task_year(text, rules)
    previous: Mention | None = None
    total: Mention | None = None  # the last mention that is not a part of another
    for i, q in enumerate(quantities):
        why = _other_reason(text, q, rules, quantities[i - 1] if i else None,
                            quantities[i + 1] if i + 1 < len(quantities) else None)
        metric, subject = indicator if indicator and q in from_cells else _metric(text, quantities, i, rules)
        parent = _part_parent(text, q, total, rules)
        if why is None and parent is not None and parent.role == "other":
            why = "breakdown of a scope total"
        if why:
            mention = Mention(q, "other", metric, note=why,
                              frame=Frame(subject=subject, head=_head(subject, rules), status="target"))
            others.append(mention)
            previous = mention
            total = mention if parent is None else total
            continue
        fields: dict[str, Any] = dict(status="target", change=q.kind, period=span, years=years,
                                      year=task_year if years is None else None,
                                      level_floor=_level_floor(text, q, rules))
        listed = _listed_items(text, q, rules)
        if listed is not None:  # "A、B各2家", "A、B均增长15%以上": one target per item
            word, named = listed
            for item_metric, item_subject in named:
                targets.append(_mention(q, "target", item_metric, item_subject, rules, coordination=word, **fields))
            previous = total = targets[-1]
            continue
        if parent is not None:
            metric, subject = _part_subject(metric, subject, parent, rules)
            fields["coordination"] = "part"
        elif previous is not None and previous.role == "target":
            metric, subject = _inherit_same_clause(text, previous, q, metric, subject, rules)
            if _only_change_words(subject, rules) and not text.breaks_between(previous.quantity.end, q.start):
                # "税收收入增长6%,增收1.5亿元以上": the change of the measure before it
                subject = rules.measure_of(previous.frame.subject) + subject
        subject = _share_subject(text, q, subject, [previous] if previous is not None else [], rules)
        statistic = next((w for w in rules.markers["statistic_words"] if subject.startswith(w)), None)
        if statistic is not None and previous is not None and previous.frame.head \
                and not text.breaks_between(previous.quantity.end, q.start) \
                and (subject == statistic or rules.metric_edges[0].fullmatch(subject, len(statistic))):
            # "社会消费品零售总额增长6.5%,总量力争突破1000亿元": the total of the measure before it
            # (of the things: no action, 新增高新技术企业150家,总数达到1000家 -> 高新技术企业总数)
            subject = rules.frame_patterns["action"].sub("", rules.measure_of(previous.frame.subject)) + statistic
        subject = _attribute_of(text, q, subject, previous, rules)
        if _names_no_measure(subject, rules) and previous is not None and previous.note == "baseline before the change" \
                and not text.breaks_between(previous.quantity.end, q.start, "clause"):
            # "办理时间由10个工作日压缩至3个工作日": what the baseline measured
            subject = _without_baseline_word(previous.frame.subject, rules)
        if not has_content(subject) and (previous is None or text.breaks_between(previous.quantity.end, q.start)):
            subject = _clause_topic(text, q, rules) or subject
        scope, subject = _place_scope(text, q, subject, previous, rules)
        items = () if scope else _coordinated_items(text, q, rules) or _compound_kinds(q, subject, rules)
        mention = _mention(q, "target", metric, subject, rules, _context(text, q), items=items, scope=scope, **fields)
        targets.append(mention)
        previous = mention
        total = mention if parent is None else total
    targets = _respectively(text, targets, rules)
    return _spread_bounds(text, targets, rules), others


def _names_no_measure(subject: str, rules: Rules) -> bool:
    """Whether a subject is empty or only the words at a metric's edge ("压缩至", "降至")."""
    return not has_content(subject) or rules.metric_edges[1].fullmatch(subject) is not None


def _without_baseline_word(subject: str, rules: Rules) -> str:
    """A baseline's subject without the 由 / 从 that opens its value ("办理时间由": 办理时间)."""
    words = tuple(rules.markers["baseline_from"])
    return _clean(subject[:-1], rules) if subject.endswith(words) else subject


def _clause_topic(text: Text, q: Quantity, rules: Rules) -> str:
    """"实际使用外资稳中有增,力争达到45亿美元以上": a target whose clause names nothing measures
    what the nearest clause before it in its sentence names (a clause with no amount), or ""."""
    start, _ = text.sentence(q.start, q.end)
    own, _ = text.clause(q.start, q.end, reach=REACH)
    for a, b in reversed(text.clauses(start, own)):
        phrase = text.norm[a:b]
        if any(c.isdigit() for c in phrase):
            return ""
        topic = _clean(phrase, rules)
        if has_content(topic):
            return topic
    return ""


def _level_floor(text: Text, q: Quantity, rules: Rules) -> str:
    """"新增省级以上众创空间、孵化器10家" -> 省级: the last level-and-above phrase before ``q`` in
    its clause (a list of kinds included), or ""."""
    start, _ = text.clause(q.start, q.end, lists=True, reach=4 * REACH)
    found = None
    for found in rules.frame_patterns["level_floor"].finditer(text.norm, start, q.start):
        pass
    return found.group(1) if found is not None else ""


def _mention(q: Quantity, role: str, metric: str, subject: str, rules: Rules, context: str = "",
             period: str | None = None, note: str | None = None, **fields: Any) -> Mention:
    """A mention whose frame takes ``fields`` and gets its subject, head, action and aggregation
    from ``subject`` and ``context`` (the words before the quantity in its clause, edge words
    included); an actual's ``period`` goes to both."""
    if period is not None:
        share = _elapsed(period, rules)
        if share is not None:
            fields.update(months=round(share.share * 12, 2), year_ended=share.ended)
    marked = rules.has_any_marker(FRAME_MARKERS, subject + context)  # most name none of them
    aggregation = _aggregation(subject + context, rules) if marked else ""
    if aggregation == "multi_year_mean" and role == "target" and q.kind == "level" and fields.get("years") is None:
        aggregation = "annual_mean"  # "PM2.5年均浓度不超过30微克/立方米": one year's mean, no span of years
    frame = Frame(subject=subject, head=_head(subject, rules), action=_action(subject, rules) or _action(context, rules),
                  aggregation=aggregation,
                  per_capita=_per_capita(q, subject, rules, marked),
                  period=period if period is not None else fields.pop("period", None), **fields)
    return Mention(q, role, metric, period=period, note=note, frame=frame)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def _elapsed(period: str, rules: Rules) -> Elapsed | None:
    return elapsed(period, rules)


def table_unit(text: Text, rules: Rules) -> str | None:
    """The unit cell of a task pasted from an indicator table ("新建乡镇污水处理站 座 18",
    "建设高标准农田 | 万亩 | 5.2"): the one cell that is a unit alone (multipliers kept), when
    another cell is a bare number; else None."""
    cells = [text.norm[a:b] for a, b in text.cells()]
    units = [c for c in cells if _is_unit(c, rules)]
    if len(units) != 1 or not any(_is_number(c) for c in cells):
        return None
    return units[0]


def _is_unit(cell: str, rules: Rules) -> bool:
    found = extract("1" + cell, rules) if not _is_number(cell) and len(cell) <= 6 else []
    return len(found) == 1 and found[0].text == "1" + cell


_NUMBER = regex.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(cell) is not None


def _cell_quantities(text: Text, unit: str | None, rules: Rules) -> list[Quantity]:
    """The bare-number cells of a pasted table row, as amounts in the row's unit cell (marked
    inferred: the unit is not written next to them)."""
    out = []
    for a, b in text.cells():
        cell = text.norm[a:b]
        if unit is None or not _is_number(cell):
            continue
        found = extract(cell + unit, rules)
        if len(found) == 1 and found[0].end == len(cell) + len(unit):
            out.append(dataclasses.replace(found[0], text=text.raw[a:b], start=a, end=b, unit_inferred=True))
    return out


def _indicator(text: Text, unit: str | None, rules: Rules) -> tuple[str, str] | None:
    """(metric, subject) of a pasted table row: its first cell that is neither a number nor the unit."""
    for a, b in text.cells():
        cell = text.norm[a:b]
        if not _is_number(cell) and cell != unit and has_content(cell):
            return text.raw[a:b], _clean(cell, rules)
    return None


def _context(text: Text, q: Quantity) -> str:
    left, _ = text.clause(q.start, q.end, reach=REACH)
    return text.norm[left : q.start]


def _task_year(text: Text, rules: Rules) -> int | None:
    """The single year a task names ("2024年全市人均预期寿命达到80岁"), if any."""
    years = {int(m.group(1)) for m in rules.frame_patterns["year"].finditer(text.norm)}
    return years.pop() if len(years) == 1 else None


def _target_span(text: Text, rules: Rules) -> tuple[str | None, tuple[int, int] | None]:
    """A multi-year span the task sets its targets over ("2024—2026年", "“十四五”期间")."""
    found = rules.frame_patterns["multi_year"].search(text.norm)
    if found is None:
        return None, None
    years = [int(y) for y in regex.findall(r"(?:19|20)\d{2}", found.group(0))]
    span = (years[0], years[-1]) if len(years) >= 2 else _five_year_plan(found.group(0), rules)
    return text.raw[found.start() : found.end()], span


def _five_year_plan(span: str, rules: Rules) -> tuple[int, int] | None:
    """The years of the Nth five-year plan ("“十四五”期间" -> 2021–2025; from the third, 1966–1970,
    on they follow each other)."""
    found = rules.frame_patterns["five_year_plan"].search(span)
    if found is None:
        return None
    try:
        n = int(parse_chinese(found.group(1)))
    except ValueError:
        return None
    if n < 3:
        return None
    start = 1966 + 5 * (n - 3)
    return start, start + 4


def _other_reason(text: Text, q: Quantity, rules: Rules, before: Quantity | None = None,
                  after_it: Quantity | None = None) -> str | None:
    """Why a task quantity is not a target, or None when it is one (``before``, ``after_it``: the
    quantities around it in the text)."""
    norm = text.norm
    markers = rules.lexicon["markers"]
    classes = rules.lexicon["class_thresholds"]
    after = _after_qualifier(norm, q, rules)
    nxt = after[:1]
    if q.dimension == "age" and not rules.has_marker("age_measure", norm, *text.clause(q.start, q.end, reach=REACH)):
        return "class threshold (age)"
    if q.dimension == "time" and not rules.has_marker("time_measure", norm, max(0, q.start - 20), q.end + 2):
        return "duration"
    if norm[q.start : q.end].endswith(classes["grade"]) or norm.startswith(classes["grade_after"], q.end):
        return "class threshold"
    if q.unit_inferred and q.value == 1:
        return "class threshold"
    if q.classifier in classes["once"] and q.value == 1:
        return "frequency (once)"
    left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
    if _in_parentheses(text, q) and not _quantifies_a_promise(text, q, before, rules) \
            and not _states_a_part(text, q, rules):
        return "breakdown in parentheses"
    if norm.startswith(classes["qualifiers"], q.end) and _is_noun_start(nxt, markers):
        return "class threshold"
    if q.dimension in ("currency", "voltage", "power") and _is_noun_start(nxt, markers):
        return "class threshold or specification"
    share = after_it is not None and after_it.dimension == "percent" and norm.startswith(classes["qualifiers"], q.end)
    if nxt in markers["attributive"] and q.dimension not in ("count", "percent") and after_it is not None \
            and (after_it.dimension == "count" or share) and not text.breaks_between(q.end, after_it.start, "list"):
        # "日处理能力100吨的餐厨垃圾处理项目1个", "年收入50万元以上的村达到60个" (or "…占比达到
        # 85%"): what the counted things are, not a target
        return "class threshold or specification"
    head = norm[left : q.start]
    _, sentence_end = text.sentence(q.start, q.end)
    if rules.has_marker("baseline_from", head) and rules.has_marker("baseline_to", norm, q.end, sentence_end):
        return "baseline before the change"
    if norm.startswith(tuple(rules.markers["basis_after"]), q.end):
        return "baseline before the change"  # "在上年增长7.2%的基础上,…增长6.5%以上"
    # (the scope word of an amount before it in its clause is that amount's: "引进总投资5000万美元以上
    # 外资项目40个" counts projects)
    own = norm[before.end : q.start] if before is not None and before.end > left else head
    scope = rules.find_marker("scope", own)
    # (but an investment agreed, 新签约项目60个、协议总投资300亿元, is what a promise to sign reaches)
    if scope is not None and not own[: scope.start()].endswith(tuple(rules.markers["agreed"])):
        return "scope total"
    if head.endswith(rules.markers["scope_suffix"]) and not (
            before is not None and q.dimension != "currency" and before.dimension != q.dimension
            and norm[before.end : q.start].strip() in rules.markers["scope_suffix"]) \
            and not _promised_total(text, q, before, left, rules):
        return "scope total"  # "共30项"; but "新建城市道路6条共11.2公里" says how long the 6 are
    if q.dimension == "count" and not has_content(_clean(head, rules)) and _budget_follows(text, q, rules):
        return "size of a portfolio"  # "省级6项,概算投资140.16亿元,当年计划投资19亿元"
    return None


def _promised_total(text: Text, q: Quantity, before: Quantity | None, left: int, rules: Rules) -> bool:
    """"完成…筛查共8万人次", "实现…全覆盖(共18家)": a 共 total that a promise of work states (a
    verb of doing in its clause, no amount before it there), not the size of a portfolio
    ("重点工程项目共30项", "城建项目12个共50亿元")."""
    if before is not None and before.end > left:
        return False
    if _in_parentheses(text, q):
        return True
    head = text.norm[left : q.start]
    return rules.frame_patterns["action"].search(head) is not None or rules.has_marker("doing", head)


def _budget_follows(text: Text, q: Quantity, rules: Rules) -> bool:
    """Whether the next clause of the sentence opens with a scope total (概算投资, 总投资…)."""
    _, right = text.clause(q.start, q.end, lists=True, reach=REACH)
    nxt = text.norm[right + 1 : right + 1 + REACH].lstrip()
    return not text.breaks_between(q.end, right + 1) and nxt.startswith(tuple(rules.markers["scope"]))


def _after_qualifier(norm: str, q: Quantity, rules: Rules) -> str:
    """The few characters after ``q``, past a 以上/以下/级 that qualifies it."""
    after = norm[q.end : q.end + 8]
    words = _qualifier_words(rules)
    if not after.startswith(words):  # most amounts have none: one test
        return after
    return after[len(next(word for word in words if after.startswith(word))) :]


@lru_cache(maxsize=8)
def _qualifier_words(rules: Rules) -> tuple[str, ...]:
    """The words after an amount that qualify it as a class, in the order they are tried."""
    return tuple(rules.lexicon["class_thresholds"]["qualifiers"]) + tuple(rules.lexicon["class_thresholds"]["grade"])


def _classifies(norm: str, q: Quantity, rules: Rules) -> bool:
    """Whether ``q`` names a class of the noun after it ("超亿元产业项目", "50亿元以上企业"); a verb
    after it starts the next measure ("停车位300个完成投资2亿元")."""
    if _grade_after(norm, q, rules):
        return True  # "新建5万吨级以上泊位3个": a grade of what is counted
    if norm.startswith(tuple(rules.markers["baseline_to"]), q.end):
        return False  # "由10个工作日压缩至3个工作日": the value changed from, no class
    after = _after_qualifier(norm, q, rules)
    return _is_noun_start(after[:1], rules.lexicon["markers"]) and rules.metric_edges[0].match(after) is None


def _in_parentheses(text: Text, q: Quantity) -> bool:
    """Whether ``q`` stands inside (…) within its sentence."""
    start, end = text.sentence(q.start, q.end)
    norm = text.norm
    opened = norm.rfind("(", start, q.start)
    return opened >= 0 and norm.rfind(")", start, q.start) < opened and norm.find(")", q.end, end) >= 0


def _states_a_part(text: Text, q: Quantity, rules: Rules) -> bool:
    """"新开工超亿元制造业项目120个(其中10亿元以上项目15个)": 其中 opening the parentheses around
    ``q`` in a task states a part to reach, a sub-target like one written outside them."""
    start, _ = text.sentence(q.start, q.end)
    opened = text.norm.rfind("(", start, q.start)
    return opened >= 0 and rules.frame_patterns["part_of"].match(text.norm, opened + 1) is not None


def _quantifies_a_promise(text: Text, q: Quantity, before: Quantity | None, rules: Rules) -> bool:
    """"实现行政村全覆盖(覆盖率100%)。": parentheses that close a clause whose promise is made in
    words (no amount before them in the clause) state it as a number: a target. A project's
    specification ("发电厂二期(日处理能力1000吨)建设", "项目(总投资78亿元):") is not one."""
    if before is not None and not text.breaks_between(before.end, q.start, "clause"):
        return False  # "新建学校5所(其中小学3所)": a breakdown of the amount before it
    closed = text.norm.find(")", q.end)
    after = text.norm[closed + 1 : closed + 2]
    return not after or after in rules.markers["promise_closers"]


_HAN = regex.compile(r"\p{Han}")


def _is_noun_start(char: str, markers: Mapping[str, Any]) -> bool:
    """Whether ``char`` can open the noun a count classifies (a Han character or an opening quote)."""
    return bool(char) and (_HAN.match(char) is not None or char in markers["noun_openers"]) \
        and char not in markers["not_noun_start"]


# --------------------------------------------------------------------------------------------
# the progress column


def read_progress(text: Text, rules: Rules, row_subject: str = "", row_unit: str | None = None,
                  targets: Sequence[Mention] = ()) -> list[Mention]:
    """Actuals of a progress text, each with its metric, period, status note and frame.
    ``row_subject`` (the task's subject) stands for a progress text that names nothing, and the
    subject of the one task ``targets`` with its action for a clause that names only an action;
    ``row_unit`` is the unit cell of a task pasted from an indicator table (``table_unit``): the
    bare numbers of a progress row of cells are in it, and a percentage there is the stated
    completion rate."""
    quantities = extract(text.raw, rules, normalized=text.norm)
    from_cells = _cell_quantities(text, row_unit, rules) if row_unit else []
    quantities = sorted(quantities + from_cells, key=lambda q: q.start)
    periods = _periods(text, rules) if quantities else []
    period_ends = [m.end() for m in periods]
    mentions: list[Mention] = []
    previous: Mention | None = None
    total: Mention | None = None  # the last mention that is not a part of another
    totals: dict[str, Mention] = {}  # …and that of each dimension
    parents: list[Mention] = []  # the totals that parts were found for, in order
    for i, q in enumerate(quantities):
        metric, subject = _metric(text, quantities, i, rules)
        period = _period(text, q, periods, period_ends)
        status, note = _status(text, q, period, rules)
        if status == "done" and _counts_a_set(text, quantities, i, rules):
            status, note = "scope", "scope of the parts"
        if status == "done" and _wider_average(text, q, previous, rules):
            status, note = "baseline", "a wider area's average"
        if from_cells and q.dimension == "percent" and not q.unit_inferred and status == "done":
            status, note = "completion_rate", "completion rate"  # "23  127.8%": the rate column
        # "开工38个,开工率90.5%,其中已完工验收14个": the part of the last total in its dimension
        same_kind = totals.get(q.dimension)
        parent = _part_parent(text, q, same_kind if same_kind is not None and not text.breaks_between(
            same_kind.quantity.end, q.start) else total, rules)
        if parent is None and previous is not None and previous.frame.coordination == "part" and parents \
                and previous.quantity.unit == q.unit and not text.breaks_between(previous.quantity.end, q.start):
            parent = parents[-1]  # "其中新店溪3.79公里,新西河2.7公里": the parts go on to the sentence's end
        subject_from = "own"
        coordination = ""
        if note == "restated target" and previous is not None and not text.breaks_between(previous.quantity.end, q.start):
            metric, subject = previous.metric, previous.frame.subject  # "新建幼儿园48所,超额完成40所的年度目标任务"
        elif parent is not None:
            metric, subject = _part_subject(metric, subject, parent, rules)
            coordination = "part"
        elif previous is not None and previous.frame.status != "completion_rate":  # (a share of the plan is no measure)
            metric, subject = _inherit_same_clause(text, previous, q, metric, subject, rules)
        if previous is not None and previous.frame.status == "baseline" and _names_no_measure(subject, rules) \
                and not text.breaks_between(previous.quantity.end, q.start, "clause"):
            subject = _without_baseline_word(previous.frame.subject, rules)  # "…起付线已由1.5万元降至1.2万元"
        subject = _in_set(text, q, subject, previous, rules)
        subject = _share_subject(text, q, subject, mentions, rules)
        if subject in rules.markers["statistic_words"] and previous is not None and previous.frame.head \
                and previous.quantity.unit == q.unit and not text.breaks_between(previous.quantity.end, q.start):
            subject = previous.frame.head + subject  # "净增高新技术企业286家,总数达到2137家": 高新技术企业总数
        else:
            subject = _attribute_of(text, q, subject, previous, rules)
        scope, subject = _place_scope(text, q, subject, previous, rules)
        # "…余额8120.4亿元,比年初增加516.2亿元", "…45218元,比上年名义增长5.9%" (the terms of a growth
        # name no measure either)
        change_only = _only_change_words(_without_terms(subject, rules), rules)
        # "已完工9个", "已竣工验收四十一户": a subject of actions and stages of work names nothing
        if not has_content(subject) or not rules.frame_patterns["stage"].sub("", rules.frame_patterns["action"].sub("", subject)) \
                or change_only:
            inherited = _elided_subject(text, q, previous, rules, mentions)
            if inherited is not None:
                # "…增长5.9%,扣除价格因素,实际增长5.7%": the measure inherited, in real terms
                terms = "".join(w for w in rules.markers["price_terms"] if w in subject)
                topic = _surveyed(inherited[0], subject, rules)
                # (…名义增长 -> …: this one's change and terms are its own)
                topic = _measure_named(topic, rules) if change_only else _without_terms(topic, rules)
                own = _without_terms(subject, rules) if change_only else ""
                subject, subject_from = topic + terms + own, inherited[1]
                if change_only and status == "done" and previous is not None and previous.frame.status == "candidate" \
                        and not text.breaks_between(previous.quantity.end, q.start):
                    status, note = "candidate", previous.note  # "申报226家,较上年同期增加38家": more applications
            elif row_subject:
                subject, subject_from = row_subject, "row"
            elif (task := _target_of_action(subject, targets, rules)) is not None:
                # "…改造任务60万平方米,调整为45万平方米;截至10月底,已完成改造验收38.6万平方米"
                subject, subject_from = task.frame.subject, "row"
        items: tuple[str, ...] = ()
        if not coordination:
            listed = _listed_items(text, q, rules)  # "A、B同比均增长15%以上": one value for each
            if listed is not None and len(listed[1]) >= 2:
                coordination, items = listed[0], tuple(item for _, item in listed[1])
        if coordination == "each":
            # "经开区、高新区新增…各12家": the value once for each item, as the task side reads 各
            places = scope if len(scope) == len(items) else tuple(_place_name(item, rules) for item in items)
            for k, item in enumerate(items):
                # (a place is the copy's scope; a kind, 省级、市级…各2家, its subject)
                own = subject if places[k] else item if subject in item else item + subject
                mentions.append(_mention(q, "actual", metric, own, rules, _context(text, q), period=period,
                                         note=note, change=q.kind, status=status, coordination="each", index=k,
                                         size=len(items), scope=(places[k],) if places[k] else (),
                                         subject_from=subject_from))
        else:
            mentions.append(_mention(q, "actual", metric, subject, rules, _context(text, q), period=period, note=note,
                                     change=q.kind, status=status, coordination=coordination, scope=scope,
                                     subject_from=subject_from, items=items))
        previous = mentions[-1]
        if parent is None:
            total = totals[q.dimension] = previous
        else:
            parents.append(parent)
    mentions = _respectively(text, _place_parts(text, mentions, rules), rules)
    return _series(text, _list_totals(text, mentions, rules), rules)


def _periods(text: Text, rules: Rules) -> list[Any]:
    """Every reporting period of a text, under the regex timeout (a user's period pattern may
    backtrack without end)."""
    timeout = timeout_for(len(text.norm), rules.bundled_periods)
    try:
        return list(rules.patterns.period.finditer(text.norm, timeout=timeout))
    except TimeoutError as exc:
        raise TimeoutError(f"the period patterns of rules {rules.name!r} ran over {timeout} s on a text of "
                           f"{len(text.norm)} characters: does a user pattern backtrack?") from exc


def _status(text: Text, q: Quantity, period: str | None, rules: Rules) -> tuple[str, str | None]:
    """(frame status, note) of an actual: a restated or adjusted target, a completion rate, a
    candidate, a forecast or an estimate (for a period that has passed, or measured), work in
    progress, done."""
    norm = text.norm
    left, right = text.clause(q.start, q.end, lists=True, reach=REACH)
    # one scan of the window every STATUS_MARKERS list below reads: most actuals have none
    marked = rules.has_any_marker(STATUS_MARKERS, norm[min(left, max(0, q.start - 8)) : max(right, q.end + 6)])
    head = norm[max(0, q.start - 8) : q.start]
    if marked and rules.has_marker("adjusted", head):
        return "adjusted", "adjusted target"
    if norm.startswith(rules.markers["restated_after"], q.end) or _restates_plan(text, q, rules):
        return "restated", "restated target"
    if _names_a_scope(text, q, right, rules):
        return "scope", "scope of the parts"
    if _names_a_class(text.norm, q, rules):
        return "scope", "class threshold"
    if _is_baseline(text, q, left, rules):
        return "baseline", "baseline before the change"
    if _prior_year(text, q, rules):
        return "baseline", "last year's value"
    # "完成率102%", "102%的完成率"; not "增长3.8%,完成年度预算的76.3%": the next clause's rate
    completion = rules.find_marker("completion_rate", norm, left, min(right, q.end + 6)) \
        if marked and q.dimension == "percent" else None
    if completion is not None and not norm.startswith(rules.markers["confirms_after"], q.end + 1) \
            and not _rate_of_work(norm, left, completion, rules):
        return "completion_rate", "completion rate"
    if (marked and rules.has_marker("candidate", norm, left, right)) or _candidate_follows(text, q, right, rules):
        return "candidate", "candidate only"
    forecast = _forecast_word(norm, left, q.start, rules)
    if forecast is not None:
        return _estimate_or_forecast(text, q, forecast.start(), period, rules)
    _, own_end = text.clause(q.start, q.end, reach=REACH)
    if _forecast_word(norm, q.end, own_end, rules) is not None:
        return "forecast", "forecast"  # "第二批264套预计10月底交付": what is still to come
    # "预计全年能耗下降3.3%左右,能源消费总量约183万吨": a forecast stated with a value governs the
    # clauses after it in its sentence, until a word of a result (已, 累计, 实际…); a bare opening
    # ("初步预计,…") is left to each clause
    opening, _ = text.sentence(q.start, q.end, reach=4 * REACH)
    forecast = _forecast_word(norm, opening, left, rules) if opening < left else None
    if forecast is not None and any(c.isdigit() for c in norm[forecast.end() : left]) \
            and not rules.has_marker("result_words", norm, forecast.end(), q.start):
        return _estimate_or_forecast(text, q, forecast.start(), period, rules)
    if marked and rules.has_marker("in_progress", norm, left, right):
        return "in_progress", None
    return "done", None


def _rate_of_work(norm: str, left: int, completion: Any, rules: Rules) -> bool:
    """"核查处置完成率95.7%", "整改完成率96%": a 完成率 right after the work it counts is the rate of
    that work (a measure), not the share of the target done ("完成率102%", "投资完成率102%")."""
    markers = rules.lexicon["markers"]
    return completion.group() in markers["work_rate"] and completion.start() > left \
        and norm.endswith(tuple(markers["work_rate_after"]), left, completion.start())


def _estimate_or_forecast(text: Text, q: Quantity, at: int, period: str | None, rules: Rules) -> tuple[str, str | None]:
    """The status of an amount a forecast word at ``at`` governs: an estimate that answers (for a
    period that has passed, or measured), else a forecast."""
    if _elapsed_estimate(text, q, at, period, rules) or _measured_estimate(text, q, at, rules):
        return "estimate", None
    return "forecast", "forecast"


def _names_a_scope(text: Text, q: Quantity, right: int, rules: Rules) -> bool:
    """"十二座小(2)型水库中已完工九座", "新建的十所学校中,四所已竣工": a count followed by its
    noun and 中 is the set the amounts after it are counted in."""
    if q.dimension != "count":
        return False
    markers = rules.markers
    norm = text.norm
    at = norm.find(markers["among"][0], q.end + 1, min(right, q.end + 16))
    if at < 0 or norm[at - 1] in markers["not_among_before"] or not _is_noun_start(norm[q.end : q.end + 1], markers):
        return False
    return at + 1 >= right or norm.startswith(markers["among_next"], at + 1)


def _counts_a_set(text: Text, quantities: Sequence[Quantity], i: int, rules: Rules) -> bool:
    """"新建的12所学校已有9所竣工投用", "6家卫生院已完成改造5家": a count with its noun right after
    it, then in its clause a smaller count of the same classifier that counts no noun of its own
    (nothing, or a predicate, after it), is the set the later count is a part of."""
    q = quantities[i]
    if q.classifier is None or i + 1 >= len(quantities):
        return False
    part = quantities[i + 1]
    norm, markers = text.norm, rules.markers
    if part.classifier != q.classifier or not 0 < part.base_value < q.base_value \
            or text.breaks_between(q.end, part.start, "list") or not _is_noun_start(norm[q.end : q.end + 1], markers) \
            or norm.startswith(tuple(markers["predicate_opening"]), q.end):
        return False
    after = norm[part.end : _clause_end(text, part)]
    patterns = rules.frame_patterns
    return not has_content(after) or after.startswith(tuple(markers["predicate_opening"])) \
        or patterns["action"].match(after) is not None or patterns["stage"].match(after) is not None


def _in_set(text: Text, q: Quantity, subject: str, previous: Mention | None, rules: Rules) -> str:
    """"6个体育公园中,已建成开放2个", "三所派出所业务用房中,城关、新塘两所已竣工": a smaller count
    of the same classifier after a set named with 中 in its sentence counts things of that set:
    the set's noun opens its subject."""
    if previous is None or previous.note != "scope of the parts" or q.classifier is None \
            or previous.quantity.classifier != q.classifier or not 0 < q.base_value < previous.quantity.base_value \
            or text.breaks_between(previous.quantity.end, q.start):
        return subject
    if subject.startswith(tuple(rules.lexicon["frames"]["place_remainder"])):
        return subject  # "其余三所主体完工": the rest of the set, not what its target asks
    among = rules.markers["among"][0]
    cut = previous.frame.subject.rfind(among)
    thing = previous.frame.subject[:cut] if cut > 0 else previous.frame.subject
    thing = thing[thing.rfind(rules.markers["attributive"][0]) + 1 :]  # (the set's noun: 新建的五所学校 -> 学校)
    return subject if not has_content(thing) or thing in subject else thing + subject


def _wider_average(text: Text, q: Quantity, previous: Mention | None, rules: Rules) -> bool:
    """"每千人拥有2.73名,全省平均为2.4名": a wider area's average (全国平均, 全省水平) named in the
    clause of an amount that follows the place's own value of its unit, in one sentence."""
    if previous is None or previous.quantity.unit != q.unit or text.breaks_between(previous.quantity.end, q.start):
        return False
    left, _ = text.clause(q.start, q.end, reach=REACH)
    return rules.has_marker("wider_average", text.norm, max(left, previous.quantity.end), q.start)


def _names_a_class(norm: str, q: Quantity, rules: Rules) -> bool:
    """"经营性收入10万元以下的村", "5000万元以上项目": an amount qualified by 以上 / 以下 that
    opens what it describes names a class of things, not a result (a count or a share only
    with 的 between: "300人以上企业" may still be a count of people)."""
    if _grade_after(norm, q, rules) and q.dimension != "count":
        return True  # "2个5万吨级泊位": the class of the berths counted
    if not norm.startswith(rules.lexicon["class_thresholds"]["qualifiers"], q.end):
        return False
    markers = rules.lexicon["markers"]
    after = _after_qualifier(norm, q, rules)
    if after[:1] in markers["attributive"]:
        return _is_noun_start(after[1:2], markers)
    return q.dimension not in ("count", "percent", "percentage_point") and _is_noun_start(after[:1], markers)


def _forecast_word(norm: str, start: int, end: int, rules: Rules) -> Any:
    """The first forecast word in ``norm[start:end]`` that is not part of a name (预期寿命, 预期目标)."""
    return next((m for m in rules.frame_patterns["forecast"].finditer(norm, start, end)
                 if not norm.startswith(rules.lexicon["frames"]["not_forecast"], m.start())), None)


def _is_baseline(text: Text, q: Quantity, left: int, rules: Rules) -> bool:
    """"由年初的92%提升至96%": the value a change starts from (从/由 before it in its clause, no
    提高到… between, one after it in its sentence) is no result."""
    norm = text.norm
    start = max((norm.rfind(w, left, q.start) for w in rules.markers["baseline_from"]), default=-1)
    if start < 0 or rules.has_marker("baseline_to", norm, start, q.start):
        return False
    _, end = text.sentence(q.start, q.end, reach=4 * REACH)
    return rules.has_marker("baseline_to", norm, q.end, end)


def _prior_year(text: Text, q: Quantity, rules: Rules) -> bool:
    """"上年全市为2.41%": a value of last year (上年 in its clause, not as what a change is
    measured against: 较上年, 比上年同期) is no result of this one."""
    norm = text.norm
    left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)  # (上年同期为60起、42人: both)
    frames = rules.lexicon["frames"]
    for found in rules.frame_patterns["prior_year"].finditer(norm, left, q.start):
        if rules.has_marker("deduction", norm, left, found.start()):
            continue  # "扣除上年同期一次性因素后,同口径增长4.6%": what was taken out
        if norm[found.start() - 1 : found.start()] not in frames["comparison_before"] \
                and not rules.has_marker("baseline_to", norm, found.end(), q.start):
            return True  # (but "由上年的42.1%提高到42.8%": the value it rose to is this year's)
        if norm[found.end() : q.start] in frames["prior_value_joiners"]:
            return True  # "…78.7%,较上年底的74.1%提高4.6个百分点": the value compared with
    return False


def _restates_plan(text: Text, q: Quantity, rules: Rules) -> bool:
    """"年初计划明确…不超过4%,实际…": a plan word before the amount in its clause, and no
    word of a result between them."""
    left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
    plan = rules.frame_patterns["plan_before"].search(text.norm, left, q.start)
    # (not "完成年度计划的85%": a share of the plan, read as a completion rate)
    return plan is not None and not rules.has_marker("report_sentence_strong", text.norm, plan.end(), q.start) \
        and not text.norm[plan.end() : q.start].endswith(tuple(rules.markers["attributive"]))


def _candidate_follows(text: Text, q: Quantity, right: int, rules: Rules) -> bool:
    """"已完成12个村的创建工作,并上报省级验收": the next clause, joined by 并…, only submits it;
    "…已通过评审,等待省级验收": a next clause that opens by awaiting it."""
    nxt = text.clause(right + 1, right + 1, lists=True, reach=REACH) if right < len(text.norm) else None
    if nxt is None or text.breaks_between(right, right + 1) or nxt[0] >= nxt[1]:
        return False
    clause = text.norm[nxt[0] : nxt[1]].lstrip()
    if clause.startswith(rules.markers["awaiting_opening"]):
        return True
    return clause.startswith(rules.markers["joined_clause"]) and rules.has_marker("candidate", clause)


def _elapsed_estimate(text: Text, q: Quantity, at: int, period: str | None, rules: Rules) -> bool:
    """"前三季度预计…增长7.5%左右": an estimate for a period that has passed answers; "预计全年将
    达到…" does not. The period must govern the estimate and must not be the whole year."""
    if period is None or rules.has_marker("future", text.norm, at, q.start):
        return False
    return not any(period.startswith(w) for w in rules.markers["whole_year"])


def _measured_estimate(text: Text, q: Quantity, at: int, rules: Rules) -> bool:
    """"据初步测算,全年预计接待国内游客5380万人次": an estimate the text says was measured (测算,
    初步核算, 统计快报) answers, unless what follows 预计 looks ahead ("预计年底…可达63个")."""
    start, _ = text.sentence(q.start, q.end, reach=4 * REACH)
    return rules.has_marker("estimate_source", text.norm, start, at) and not rules.has_marker("future", text.norm, at, q.start)


def _period(text: Text, q: Quantity, periods: list[Any], ends: list[int]) -> str | None:
    """The reporting period that governs ``q``: the last one before it in its sentence, or one
    that opens the sentence across semicolons ("1-10月,…增长7.2%;…增长6.3%。")."""
    i = bisect.bisect_right(ends, q.start) - 1
    if i < 0:
        return None
    found = periods[i]
    if text.breaks_between(found.end(), q.start) and not _opens_across_semicolons(text, found.start(), q.start):
        return None
    return str(found.group(0))


def _opens_across_semicolons(text: Text, at: int, end: int) -> bool:
    """Whether what starts at ``at`` opens its sentence and only semicolons (no full stop or line
    break) stand between it and ``end``, at most ``4 * REACH`` characters on (linear on text of
    semicolons only)."""
    if end - at > 4 * REACH:
        return False
    start, _ = text.sentence(at)
    if text.norm[start:at].strip():
        return False
    breaks = text.sentence_breaks
    i = bisect.bisect_left(breaks, at)
    while i < len(breaks) and breaks[i] < end:
        if text.norm[breaks[i]] != ";":
            return False
        i += 1
    return True


def _only_change_words(subject: str, rules: Rules) -> bool:
    """Whether a subject is only change words ("增加", "同比增长"): it names no measure."""
    return bool(subject) and not rules.change_word_run.sub("", subject)


def _measure_named(subject: str, rules: Rules) -> str:
    """The measure a subject names, without the terms and the change word it ends in
    ("全体居民人均可支配收入名义增长" -> "全体居民人均可支配收入")."""
    return rules.measure_of(_without_terms(subject, rules))


def _without_terms(subject: str, rules: Rules) -> str:
    """A subject without the terms a growth is stated in (实际, 名义: markers price_terms)."""
    for word in rules.markers["price_terms"]:
        subject = subject.replace(word, "")
    return subject


def _surveyed(inherited: str, own: str, rules: Rules) -> str:
    """"排查发现问题71个,已完成整治58个": a clause that names only its action acts on what the
    survey before it found; the action takes the survey word's place (整治问题)."""
    actions = rules.lexicon["actions"]
    # (a clause that opens with what the survey found, 发现积水点26处, is one too)
    found_words = [w for w in actions["survey_found"] if len(w) > 1]  # (发现; not 出, which opens 出口)
    survey = next((w for w in (*actions["survey"], *found_words) if inherited.startswith(w)), None)
    # "对…易涝积水点逐一排查,完成整治15处": the survey after the thing it looked at
    last = next((w for w in actions["survey"] if inherited.endswith(w)), None) if survey is None else None
    # "取水口核查登记共发现问题138个,已整改销号112个": what was found, after what was looked at
    inside = next((w for w in found_words if w in inherited[1:]), None) if survey is None and last is None else None
    if survey is None and last is None and inside is None:
        return inherited
    action = rules.frame_patterns["action"].search(own)
    if action is None or action.group() in actions["survey"]:
        return inherited
    if inside is not None:
        looked_at, _, found = inherited.partition(inside)
        return action.group() + looked_at.rstrip("".join(rules.lexicon["actions"]["survey_joiners"])) + found
    if last is not None:
        thing = inherited[: -len(last)]
        return action.group() + thing.removesuffix(next((w for w in actions["survey_manner"] if thing.endswith(w)), ""))
    found = inherited[len(survey or ""):]
    return action.group() + next((found[len(w):] for w in actions["survey_found"] if found.startswith(w)), found)


def _attribute_of(text: Text, q: Quantity, subject: str, previous: Mention | None, rules: Rules) -> str:
    """"背街小巷硬化10条,面积8650平方米", "改造老旧小区8个,改造面积20万平方米": a subject that is
    only an attribute (面积, 长度, 投资…; an action before it aside) is that of the things counted
    right before it in its sentence; "高血压患者规范管理12.4万人,管理率71.5%": a bare rate whose
    word the amount before it names is the rate of those things."""
    words = rules.markers["attribute_words"]
    if previous is not None and len(subject) <= RATE_WORD + 1 and not text.breaks_between(previous.quantity.end, q.start) \
            and q.dimension == "percent":
        ending = next((e for e in rules.lexicon["frames"]["rate_endings"] if subject.endswith(e)), "")
        word = subject[: -len(ending)] if ending else ""
        at = previous.frame.subject.find(word) if len(word) >= 2 else -1
        if at >= 0 and previous.frame.subject != subject:
            return previous.frame.subject[: at + len(word)] + ending
    if previous is None or not subject.endswith(words):  # (most subjects: no regex)
        return subject
    bare = rules.frame_patterns["action"].sub("", subject)
    if bare not in words or not has_content(previous.frame.subject) \
            or previous.quantity.dimension != "count" or q.dimension == "count" \
            or previous.frame.subject.endswith(bare) or text.breaks_between(previous.quantity.end, q.start):
        return subject
    return previous.frame.subject + bare


# the longest bare rate word read as the rate of the things counted before it (管理率, 覆盖率)
RATE_WORD = 3


def _elided_subject(text: Text, q: Quantity, previous: Mention | None, rules: Rules,
                    before: Sequence[Mention] = ()) -> tuple[str, str] | None:
    """The subject a quantity whose clause names nothing leaves out: the nearest clause before
    it in its sentence that names something ("森林覆盖率较上年有所提高,达到45.8%"), else the
    subject of the quantity before it in the sentence ("…完成386.2亿元,较上年同期增长4.3%"),
    past the completion rates between them ("…47.32亿元,为年初预算的54.7%,同比增长6.1%":
    ``before`` are the mentions before it)."""
    start, _ = text.sentence(q.start, q.end, reach=4 * REACH)
    floor = previous.quantity.end if previous is not None and previous.quantity.end > start else start
    for a, b in reversed(text.clauses(floor, text.clause(q.start, q.end, reach=REACH)[0])):
        subject = _clean(text.norm[a:b], rules)
        if has_content(subject):
            return subject, "clause"
    k = len(before) - 1
    while previous is not None and previous.frame.status == "completion_rate" and k > 0 and before[k] is previous:
        k -= 1  # a share of the plan is no measure: the amount before it is
        previous = before[k]
    if before and previous is before[-1]:
        previous = _same_count(text, q, before)
    if previous is not None and previous.quantity.end > start and has_content(previous.frame.subject):
        return previous.frame.subject, "row" if previous.frame.subject_from == "row" else "clause"
    return None


# --------------------------------------------------------------------------------------------
# metrics and subjects


def _metric(text: Text, quantities: list[Quantity], i: int, rules: Rules) -> tuple[str, str]:
    """(metric as written, normalised subject) of ``quantities[i]``: the clause before it, plus
    the noun after a count ("新增8家市级工业互联网平台"), or the words after it when nothing
    precedes."""
    norm, raw = text.norm, text.raw
    q = quantities[i]
    left, right = text.clause(q.start, q.end, reach=REACH)
    whole, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
    if whole < left and (i == 0 or quantities[i - 1].end <= whole) and not any(c.isdigit() for c in norm[whole:left]) \
            and (i + 1 == len(quantities) or text.breaks_between(q.end, quantities[i + 1].start, "clause")) \
            and rules.frame_patterns["respectively"].search(norm, whole, q.start) is None \
            and rules.frame_patterns["all_items"].search(norm, whole, q.start) is None \
            and not any(_place_name(_clean(m.group(), rules), rules)
                        for m in rules.punctuation.list_item.finditer(norm, whole, left)):
        # "新推广氢燃料电池物流车、公交车86辆": the kinds listed before one amount share it
        left = whole
    markers = rules.lexicon["markers"]
    after = noun_at = q.end
    if i + 1 < len(quantities) and quantities[i + 1].start < right:
        right = quantities[i + 1].start  # a later quantity bounds the words after this one
        grade = _grade_after(norm, quantities[i + 1], rules) if right == q.end and q.dimension == "count" else ""
        if grade:  # "2个5万吨级泊位已完工": the count's noun is the class and what it counts
            after = quantities[i + 1].start
            right = quantities[i + 2].start if i + 2 < len(quantities) and quantities[i + 2].start < _clause_end(text, q) \
                else _clause_end(text, q)
            noun_at = quantities[i + 1].end + len(grade)
            cut = min((at for w in markers["predicate_opening"] if (at := norm.find(w, noun_at, right)) > noun_at),
                      default=right)
            right = cut
    for j in range(i - 1, -1, -1):  # no slice: a copy per quantity would be quadratic in prose
        other = quantities[j]
        if other.end <= left:
            break
        if j == i - 1 and _counts_a_set(text, quantities, j, rules):
            left = other.end  # "新建的12所学校已有9所竣工投用": the set's noun, not its number
            break
        # an earlier one bounds the words before, unless it classifies them ("超亿元产业项目")
        if not _classifies(norm, other, rules):
            left = other.end
            break
        joined = _joined_count(norm, other, left, q.start, rules)
        if joined is not None:  # "完成三座小(1)型水库和十二座小(2)型水库除险加固": the next count's own noun
            left = joined
            break
    head = _strip_span(norm, left, q.start, rules)
    # (words in parentheses right after an amount break it down, "4.6万亩(其中已验收3.8万亩)": no noun of it)
    tail = _strip_span(norm, after, right, rules) if not norm.startswith(rules.markers["breakdown_openers"], after) \
        else (after, after)
    head_subject = _clean(norm[head[0] : head[1]], rules)
    # (not a predicate right after the count: "新建村卫生室十五个已全部完成主体建设")
    noun_start = max(tail[0], noun_at)
    counted_noun = q.dimension == "count" and _is_noun_start(norm[noun_start : noun_start + 1], markers) \
        and not norm.startswith(tuple(markers["predicate_opening"]), q.end)
    if counted_noun and norm[head[0] : head[1]].endswith(tuple(markers["examples_ending"])):
        # "滨江路、文昌路等4条道路已建成通车": named examples, then the count of the things they
        # are, then what was done to them
        cut = min((at for w in markers["predicate_opening"] if (at := norm.find(w, tail[0], tail[1])) > tail[0]),
                  default=tail[1])
        return raw[tail[0] : cut], _clean(norm[tail[0] : cut], rules)
    if counted_noun and tail[1] == right and i + 1 < len(quantities) and quantities[i + 1].start == right \
            and quantities[i + 1].dimension == "count" and quantities[i + 1].classifier != q.classifier:
        # "312座加油站加油机2456台", "86家机关事业单位…停车位2315个": the count's noun is the first
        # word after it; the rest is what the next count counts
        first = next((w for w in segments(norm[tail[0] : tail[1]], rules.terms) if len(w) >= 2), "")
        if first and norm.startswith(first, tail[0]) and tail[0] + len(first) < tail[1]:
            tail = (tail[0], tail[0] + len(first))
    if tail[0] < tail[1] and (counted_noun or not has_content(head_subject)):
        metric = (raw[head[0] : head[1]] + raw[tail[0] : tail[1]]).strip()
        return metric, _clean(norm[head[0] : head[1]] + norm[tail[0] : tail[1]], rules)
    return raw[head[0] : head[1]], head_subject


def _joined_count(norm: str, count: Quantity, left: int, start: int, rules: Rules) -> int | None:
    """Where the words of the amount at ``start`` begin when a count of its own noun stands before
    it with a conjunction between ("三座小(1)型水库和十二座小(2)型水库"): after the last
    conjunction, else None."""
    if count.classifier is None:
        return None
    between = norm[count.end : start]
    conjunctions = rules.lexicon["frames"]["item_conjunctions"]
    if not any(w in between for w in conjunctions) or not any(w in conjunctions for w in segments(between, rules.terms)):
        return None  # (a conjunction's character inside a word, 和美乡村, joins nothing)
    cut = max((between.rfind(w) + len(w) for w in conjunctions if w in between), default=-1)
    return count.end + cut if 0 < cut and count.end + cut > left else None


def _grade_after(norm: str, q: Quantity, rules: Rules) -> str:
    """The grade word right after an amount that makes it a class ("5万吨级", "10千伏以上级"), or ""."""
    return next((w for w in _grade_words(rules) if norm.startswith(w, q.end)), "")


@lru_cache(maxsize=8)
def _grade_words(rules: Rules) -> tuple[str, ...]:
    """The grade words after an amount, longest first."""
    return tuple(sorted(rules.lexicon["class_thresholds"]["grade_after"], key=len, reverse=True))


def _clause_end(text: Text, q: Quantity) -> int:
    """The end of ``q``'s clause."""
    return text.clause(q.start, q.end, reach=REACH)[1]


def _head(subject: str, rules: Rules, reported: bool = False) -> str:
    """The head noun of a subject; a share's is that of the measure it is a share of
    ("税收收入占一般公共预算收入的", "税收收入占比": 税收收入, not the whole); a ``reported``
    subject's stands before its predicate ("老旧小区改造项目已全部完成立项": 老旧小区改造)."""
    for opener in rules.markers["share_opening"]:
        at = subject.find(opener, 1)
        whole = subject[at:]
        if at > 0 and (whole.endswith(rules.markers["share_ending"]) or rules.has_marker("share_words", whole)):
            head = head_noun(subject[:at], rules)
            if head:
                return head
    if reported:
        cut = min((at for w in rules.markers["predicate_opening"] if (at := subject.find(w, 2)) > 0), default=-1)
        head = head_noun(subject[:cut], rules) if cut > 0 else ""
        if head:
            return head
    return _rate_head(subject, head_noun(subject, rules), rules)


def _rate_head(subject: str, head: str, rules: Rules) -> str:
    """A rate's head is the word before its ending with the ending ("在线监控接入率": 接入率, "赋码率":
    赋码率): two rates of different words are two measures, whatever they are rates of."""
    ending = next((e for e in rules.lexicon["frames"]["rate_endings"] if subject.endswith(e)), None)
    if ending is None:
        return head
    words = segments(subject, rules.terms)
    if len(words) >= 2 and words[-1] == ending and len(words[-2]) >= 2:
        return words[-2] + ending  # (电子证照应用率: 应用率, where backward matching takes 用率)
    if len(words[-1]) > len(ending) + 1:
        return words[-1]  # (覆盖率, 赋码率 as one word)
    if head.endswith(ending):
        return head
    at = subject.rfind(head) if head else -1
    between = subject[at + len(head) : -len(ending)] if at >= 0 else ""
    if at >= 0 and len(between) != 1 and len(between) <= 3:  # (城镇化率: 城镇化率; 气瓶赋码率: 赋码率)
        return (between or head) + ending
    return subject[-len(ending) - 2 :] if not head and has_content(subject[: -len(ending)]) else head


def _share_subject(text: Text, q: Quantity, subject: str, earlier: list[Mention], rules: Rules) -> str:
    """"服务业增加值10872亿元,增长5.6%,占地区生产总值的比重为56.2%": a share whose clause names
    only the whole (占…, 与…之比) is the share of the measure named before it in the sentence: the
    last amount's subject among the few mentions before it, else the last mention's without its
    change word."""
    markers = rules.markers
    openers = markers["share_opening"] + markers["ratio_opening"]
    if q.dimension != "percent" or not (subject.startswith(markers["share_opening"]) or (
            subject.startswith(markers["ratio_opening"]) and rules.has_marker("share_ratio", subject))):
        return subject
    before: list[Mention] = []
    for m in reversed(earlier[-SHARE_LOOKBACK:]):  # a bounded look back: linear in a long sentence
        if text.breaks_between(m.quantity.end, q.start):
            break
        before.insert(0, m)
    if not before:
        return subject
    amounts = [m for m in before if m.quantity.dimension not in ("percent", "percentage_point")]
    if amounts:
        base = amounts[-1].frame.subject
    else:
        base = before[-1].frame.subject
        words = rules.qualifier_words["growth"] + rules.qualifier_words["reduction"]
        base = base[: len(base) - max((len(w) for w in words if base.endswith(w)), default=0)]
    return base + subject if has_content(base) and not base.startswith(openers) else subject


def _strip_span(norm: str, start: int, end: int, rules: Rules) -> tuple[int, int]:
    """``norm[start:end]`` without the verbs and qualifiers at its edges (offsets, not a copy);
    a phrase made only of such words keeps its last one ("完成" stays "完成")."""
    leading_words, trailing_words = rules.metric_edges
    kept = rules.edge_kept  # (not half of a word: 违法行为, 共享单车)
    trailing = trailing_words.match(norm, start, end)
    if trailing and trailing.start() > start:
        end = trailing.start() + (norm[trailing.start() - 1 : trailing.start() + 1] in kept)
    leading = leading_words.match(norm, start, end)
    if leading and leading.end() < end:
        start = leading.end() - (norm[leading.end() - 1 : leading.end() + 1] in kept and leading.end() - 1 >= start)
    if start < end and norm[start] == ")" and norm.count("(", start, end) < norm.count(")", start, end):
        start += 1
    return start, end


@lru_cache(maxsize=CACHE_SIZE)
def _clean(phrase: str, rules: Rules) -> str:
    """A subject without white space (masked glosses), comparison phrases (较上年同期…) and the
    verbs and qualifiers at its edges."""
    phrase = "".join(phrase.split()).lstrip("".join(rules.markers["breakdown_openers"]))  # ("(含水田": 含水田)
    phrase = rules.frame_patterns["subject_noise"].sub("", rules.frame_patterns["comparison"].sub("", phrase))
    a, b = _strip_span(phrase, 0, len(phrase), rules)
    return phrase[a:b]


def _inherit_same_clause(text: Text, previous: Mention, q: Quantity, metric: str, subject: str,
                         rules: Rules) -> tuple[str, str]:
    """A quantity whose clause names nothing measures what the one before it measured:
    "固定资产投资完成354.1亿元,同比增长0.1%" is handled by ``_elided_subject``; this is the
    same clause: "新增1203例,达8878例"."""
    action = rules.frame_patterns["action"]
    own_action = bool(subject) and not action.sub("", subject)  # (actions only: 新增, 改造提升)
    before = action.match(previous.frame.subject) if own_action else None
    # (an action alone listed after one of another action names nothing either: "新建公墓2个、改扩建1个")
    if (has_content(subject) and (before is None or text.breaks_between(previous.quantity.end, q.start, "clause"))) \
            or not _same_clause(text, previous.quantity, q):
        return metric, subject
    own_clause, _ = text.clause(q.start, q.end, reach=REACH)
    if any(has_content(text.norm[a:b]) for a, b in text.clauses(previous.quantity.end, own_clause)):
        return metric, subject  # a clause between names it: "…1.35万亩,森林覆盖率较上年有所提高,达到45.8%"
    if own_action and before is not None:  # "更新新能源公交车156辆、新增44辆": 新增 + 新能源公交车
        thing = previous.frame.subject[before.end() :]  # (without the stage it was at: 开工)
        alternative = _LEADING_ALTERNATIVE.match(thing)  # (nor the other action in parentheses: 新增(优化)线路)
        thing = thing[alternative.end() :] if alternative is not None else thing
        stage = [m for m in rules.frame_patterns["stage"].finditer(thing) if m.end() == len(thing)]
        return (previous.metric + metric)[-REACH:], subject + (thing[: stage[-1].start()] if stage else thing)
    inherited = previous.frame.subject
    if _only_change_words(_without_terms(subject, rules), rules):
        # "…名义增长5.9%,扣除价格因素实际增长5.7%": the measure, without the change and terms before
        inherited = _measure_named(inherited, rules)
    return (previous.metric + metric)[-REACH:], _clean((inherited + subject)[-REACH:], rules)


def _same_count(text: Text, q: Quantity, before: Sequence[Mention]) -> Mention:
    """The mention an action-only count inherits from: the one before it, or when that counts
    with another classifier, the last one in its sentence that counts with its own ("检查九小场所
    4127家,发现隐患6205处,督促整改5873处,完成整治2316家": 2316家 are places, as 4127家)."""
    previous = before[-1]
    if q.classifier is None or previous.quantity.classifier in (None, q.classifier):
        return previous
    for m in reversed(before[-SHARE_LOOKBACK:]):
        if text.breaks_between(m.quantity.end, q.start):
            break
        if m.quantity.classifier == q.classifier:
            return m
    return previous


def _same_clause(text: Text, a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` follows ``a`` closely in one sentence."""
    return b.start - a.end < 30 and not text.breaks_between(a.end, b.start)


def _action(subject: str, rules: Rules) -> str:
    """The first action verb of a subject (新增, 建成, 改造…), or ""; a survey joined to the work it
    leads to (排查整治, 摸排整改) is that work: what it counts is what was put right."""
    pattern = rules.frame_patterns["action"]
    found = pattern.search(subject)
    if found is None:
        return ""
    if found.group(0) in rules.lexicon["actions"]["survey"]:
        then = pattern.match(subject, found.end())
        if then is not None and then.group(0) not in rules.lexicon["actions"]["survey"]:
            return then.group(0)
    return found.group(0)


def _with_action(subject: str, action: str, rules: Rules) -> str:
    """``subject`` under another action: its own action word replaced, or ``action`` put first."""
    own = _action(subject, rules)
    return subject.replace(own, action, 1) if own else action + subject


def _per_capita(q: Quantity, subject: str, rules: Rules, marked: bool = True) -> bool:
    """Counted per person or household: 人均…, 千人…, 元/人月 (``marked``: whether the subject may
    hold a ``FRAME_MARKERS`` word at all)."""
    return (marked and rules.has_marker("per_capita", subject)) or "count" in q.base_unit.partition("/")[2]


def _aggregation(subject: str, rules: Rules) -> Aggregation:
    """How a quantity adds up, from its subject."""
    if rules.has_marker("annual_mean", subject):
        return "annual_mean"
    if rules.has_marker("average_rate", subject):
        return "multi_year_mean"
    if rules.has_marker("this_period", subject):
        return "this_period"  # "今年新建760个", "其中今年完成1312根", "今年累计…": this period's
    if rules.has_marker("cumulative", subject):
        return "cumulative"
    return ""


# --------------------------------------------------------------------------------------------
# coordination


def _listed_items(text: Text, q: Quantity, rules: Rules) -> tuple[str, list[tuple[str, str]]] | None:
    """For "A、B各2家" or "A、B均增长15%以上": ("each" or "all", [(metric, subject) of A and B])."""
    norm = text.norm
    left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
    if norm.startswith(rules.lexicon["qualifiers"]["each_before"], q.start):
        word, cut = "each", q.start
    else:
        found = None
        for hit in rules.frame_patterns["all_items"].finditer(norm, left, q.start):
            if not norm[hit.start() - 1 : hit.start()] in rules.lexicon["frames"]["all_items_not_after"]:
                found = hit  # not the 均 of 人均, 平均, 年均…
        if found is None or not any(c in rules.punctuation.list for c in norm[left : found.start()]):
            return None
        word, cut = "all", found.start()
    spans = [m.span() for m in rules.punctuation.list_item.finditer(norm, left, cut)]
    joints = _joined_pieces(norm, spans[0][0], spans[0][1], rules) if len(spans) == 1 and word == "each" else []
    joined = bool(joints)
    if joined:  # "城区和县城新建改造标准化菜市场各8个"
        spans = joints
    pieces = []
    for start, end in spans:
        a, b = _strip_span(norm, start, end, rules)
        if a < b:
            pieces.append((text.raw[a:b], _clean(norm[a:b], rules)))
    if len(pieces) < 2 and word == "all":
        return None
    if joined:
        pieces = list(zip([m for m, _ in pieces], _with_shared_tail([s for _, s in pieces], rules)))
    if word == "all":  # "新增A、B均…": the action of the first item is every item's
        pieces = list(zip([m for m, _ in pieces], _with_shared_tail([s for _, s in pieces], rules)))
        action = _action(pieces[0][1], rules)
        pieces = [(m, s if not action or s.startswith(action) or _action(s, rules) else action + s) for m, s in pieces]
    return word, pieces or [("", "")]


def _place_scope(text: Text, q: Quantity, subject: str, previous: Mention | None,
                 rules: Rules) -> tuple[tuple[str, ...], str]:
    """(places, subject without them) of a measure taken for a list of places: "将端州区、鼎湖区、
    肇庆高新区分散供养孤儿养育标准提高到…" is 分散供养孤儿养育标准 for those three. A later
    clause of the sentence that names no place of its own keeps the places ("…,分散供养孤儿养育
    标准提高到1400元/人月")."""
    norm = text.norm
    left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
    listed = text.breaks_between(left, q.start, "list")  # a 、 list before it in its clause
    pieces = [m.span() for m in rules.punctuation.list_item.finditer(norm, left, q.start)] if listed else []
    places = [_clean(norm[a:b], rules) for a, b in pieces[:-1]]
    if len(pieces) >= 2 and all(_is_place(p, rules) for p in places):
        last = _clean(norm[pieces[-1][0] : pieces[-1][1]], rules)
        for cut in range(2, min(len(last), PLACE_LENGTH) + 1):
            if _is_place(last[:cut], rules) and subject.startswith(last[:cut]) and has_content(subject[cut:]):
                return (*places, last[:cut]), subject[cut:]
        return (), subject
    if previous is not None and previous.frame.scope and not text.breaks_between(previous.quantity.end, q.start) \
            and not any(c in subject[:PLACE_LENGTH] for c in "".join(rules.lexicon["frames"]["place_suffix"])):
        return previous.frame.scope, subject
    return (), subject


# how long a place name of a list may be (characters)
PLACE_LENGTH = 8


def _place_parts(text: Text, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """"城关镇整治河道12公里、河口镇8.6公里、其余镇街合计17.9公里": amounts of one measure taken
    place by place in a sentence. The first names a place and the measure; each next one names
    only its place (or the rest of the places: 其余镇街). Each gets the measure as its subject,
    its place as its scope and coordination "place" (index, size: its place in the run), or
    "part" when a total of the places follows (…,全县合计完成20座), which takes the measure."""
    out = list(mentions)
    i = 0
    while i < len(out):
        first = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is None or nxt.quantity.unit != first.quantity.unit or len(nxt.frame.subject) > PLACE_LENGTH + 4:
            i += 1  # no next amount in the same unit with a subject short enough to be a place
            continue
        place, measure = _leading_place(first.frame.subject, rules)
        j = i
        while place and j + 1 < len(out) and _only_place(out[j + 1], out[j], out[i], text, rules):
            j += 1
        if j == i:
            i += 1
            continue
        size = j + 1 - i
        # "…、白沙镇9座,全县合计完成20座": a total of the places follows, and they are its parts
        total = j + 1 < len(out) and out[j + 1].quantity.unit == first.quantity.unit and \
            not text.breaks_between(out[j].quantity.end, out[j + 1].quantity.start) and \
            any(w in text.norm[out[j].quantity.end : out[j + 1].quantity.start] for w in rules.lexicon["frames"]["place_total"])
        if total:
            after = out[j + 1]
            out[j + 1] = dataclasses.replace(after, metric=first.metric, frame=dataclasses.replace(
                after.frame, subject=measure, head=_head(measure, rules), subject_from="previous",
                action=first.frame.action, aggregation=first.frame.aggregation))
        for position, k in enumerate(range(i, j + 1)):
            m = out[k]
            where = place if k == i else _place_name(m.frame.subject, rules)
            frame = dataclasses.replace(m.frame, subject=measure, head=_head(measure, rules), scope=(where,),
                                        coordination="part" if total else "place", index=position, size=size)
            if k > i:  # the measure's action and aggregation, not those of 合计
                frame = dataclasses.replace(frame, subject_from="previous", action=first.frame.action,
                                            aggregation=first.frame.aggregation)
            out[k] = dataclasses.replace(m, metric=m.metric if k == i else first.metric, frame=frame)
        i = j + 1
    return out


def _leading_place(subject: str, rules: Rules) -> tuple[str, str]:
    """(place, measure) of a subject that opens with a place name of three characters or more
    ("城关镇整治河道": 城关镇, 整治河道), else ("", subject)."""
    for cut in range(3, min(len(subject) - 1, PLACE_LENGTH) + 1):
        if _is_place(subject[:cut], rules) and has_content(subject[cut:]):
            return subject[:cut], subject[cut:]
    return "", subject


def _place_name(subject: str, rules: Rules) -> str:
    """The subject as a place: a place name ("河口镇") or the rest of the places ("其余镇街",
    "其他乡镇"), a total word after it dropped (合计, 共计); "" if it is not one."""
    name = subject
    for word in rules.lexicon["frames"]["place_total"]:
        name = name.removesuffix(word)
    frames = rules.lexicon["frames"]
    opening = next((w for w in frames["place_remainder"] if name.startswith(w)), None)
    if opening is not None:
        rest = name[len(opening):]
        kinds = "".join(frames["place_suffix"]) + "".join(frames["place_kind_chars"])
        return name if 1 <= len(rest) <= 4 and all(c in kinds for c in rest) else ""
    return name if len(name) >= 3 and _is_place(name, rules) else ""


def _only_place(m: Mention, before: Mention, first: Mention, text: Text, rules: Rules) -> bool:
    """Whether ``m`` names only a place, written between it and the amount ``before`` it, and
    takes the measure of ``first`` (same sentence, same unit, no part of another)."""
    if m.role != "actual" or m.frame.coordination or m.frame.subject_from != "own" \
            or m.quantity.unit != first.quantity.unit or text.breaks_between(first.quantity.end, m.quantity.start):
        return False
    place = _place_name(m.frame.subject, rules)
    return bool(place) and place in text.norm[before.quantity.end : m.quantity.start]


def _is_place(name: str, rules: Rules) -> bool:
    """A place name: short, no digits, a place suffix (区, 县…) and not a kind of place (城市)."""
    frames = rules.lexicon["frames"]
    return 2 <= len(name) <= PLACE_LENGTH and name.endswith(tuple(frames["place_suffix"])) \
        and not name.endswith(tuple(frames["not_places"])) and not any(c.isdigit() for c in name)


_LAST_DIGIT = regex.compile(r"[0-9]", regex.REVERSE)


def _coordinated_items(text: Text, q: Quantity, rules: Rules) -> tuple[str, ...]:
    """The kinds a target is set over ("新增省级、市级专精特新中小企业30家" -> 省级, 市级): the
    last word of each 、-piece before the last, and the first word of the last piece."""
    left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
    # "工业领域节能30万吨、建筑和交通领域节能15万吨": the list after the amount before it
    digit = _LAST_DIGIT.search(text.norm, left, q.start)
    if digit is not None:
        cut = next((k for k in range(digit.start(), q.start) if text.norm[k] in rules.punctuation.list), None)
        left = cut + 1 if cut is not None else left
    if not text.breaks_between(left, q.start, "list"):
        return _joined_items(text.norm[left : q.start], rules)  # no 、 list before it in its clause
    phrase = text.norm[left : q.start]
    pieces = [_clean(m.group(0), rules) for m in rules.punctuation.list_item.finditer(phrase)]
    if len(pieces) < 2 or any(c.isdigit() for c in phrase):
        return ()
    items: list[str] = []
    for k, piece in enumerate(pieces):
        found = segments(piece, rules.terms)
        if not found:
            return ()
        last = k == len(pieces) - 1
        item = found[0] if last else found[-1]
        if len(item) == 1 and len(found) >= 2:  # "喷灌、微灌面积", "产业路、资源路": a character and its neighbour
            item = found[0] + found[1] if last else found[-2] + found[-1]
        items.append(item)
    return tuple(items) if len(set(items)) == len(items) > 1 else ()


def _joined_items(phrase: str, rules: Rules) -> tuple[str, ...]:
    """The two kinds of "新开通和优化调整公交线路", "新建和改造提升农贸市场": one conjunction
    word (和, 及…) between two pieces: the last word before it and the first word after it
    (not 及以上, which is a level)."""
    frames = rules.lexicon["frames"]
    if any(c.isdigit() for c in phrase):
        return ()
    joint = _conjunction_joint(_clean(phrase, rules), rules)
    if joint is None:
        return _alternative_items(_clean(phrase, rules), rules)
    found, k = joint
    before, after = "".join(found[:k]), "".join(found[k + 1 :])
    if after.startswith(tuple(frames["level_and_above"])):
        return ()
    action = rules.frame_patterns["action"]
    ending = [m for m in action.finditer(before) if m.end() == len(before)]
    opening = action.match(after)
    first = ending[-1].group(0) if ending else found[k - 1]  # an action word is one kind: 新建, 改扩建
    second = opening.group(0) if opening else found[k + 1]
    return (first, second) if first != second and not first.isdigit() and not second.isdigit() else ()


def _part_parent(text: Text, q: Quantity, total: Mention | None, rules: Rules) -> Mention | None:
    """The total that ``q`` is a part of ("…5200套,其中新建1600套", "其中新建1720套、盘活
    3760套"): 其中 stands between the total and ``q`` in one sentence, and only a list (or the
    colon of "其中:") separates it from ``q``."""
    if total is None or text.breaks_between(total.quantity.end, q.start):
        return None
    norm = text.norm
    marker = None
    for found in rules.frame_patterns["part_of"].finditer(norm, max(total.quantity.end, q.start - REACH), q.start):
        marker = found
    if marker is None:
        return None
    if norm[marker.end() : marker.end() + 1] in (":", ","):
        return total  # "其中:A 27项(…),B 3项(…)", "其中,出口…": a list of parts to the end of the sentence
    return None if text.breaks_between(marker.end(), q.start, "clause") else total


def _part_subject(metric: str, subject: str, parent: Mention, rules: Rules) -> tuple[str, str]:
    """A part's subject: its own words ("新建") on the total's head ("保障性租赁住房"), unless
    they name a measure of their own ("其中出口5630亿元": 出口)."""
    own = subject
    base = _head(parent.frame.subject, rules, reported=True) or parent.frame.subject
    if not own:
        return parent.metric, parent.frame.subject
    if base and base not in own and not has_content(rules.frame_patterns["stage"].sub("", own)):
        named_by_period = not has_content(own) and parent.frame.aggregation != "multi_year_mean"
        if rules.frame_patterns["stage"].search(own) or named_by_period:
            # "其中已完工验收14个", "其中今年完成34台": a stage or period of the total's things (not
            # the 年均 of a mean over years: "年均增长5.7%,其中2024年增长6%")
            return metric, own + parent.frame.subject
        return metric, own + base
    return metric, own


def _respectively(text: Text, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """"城镇、农村居民人均可支配收入分别增长5.8%、7.9%": the values of a 分别 list take the listed
    subjects in order (a short modifier takes the rest of the last item: 城镇 -> 城镇居民人均可支配
    收入); a 分别 list with no subject of its own takes those of the amounts listed just before it
    ("接待游客2350万人次、实现旅游总收入268亿元,分别增长15.3%、11.6%")."""
    out = list(mentions)
    i = 0
    norm = text.norm
    while i < len(out):
        q = out[i].quantity
        left, _ = text.clause(q.start, q.end, lists=True, reach=REACH)
        marker = rules.frame_patterns["respectively"].search(norm, left, q.start)
        if marker is None:
            i += 1
            continue
        j = i
        while j + 1 < len(out) and out[j + 1].quantity.dimension == q.dimension and \
                norm[out[j].quantity.end : out[j + 1].quantity.start].strip() in rules.markers["list_joiners"]:
            j += 1
        size = j + 1 - i
        subjects = _list_subjects(text, left, _before_baseline(norm, left, marker.start(), rules), rules)
        if subjects is None:  # "城乡居民人均可支配收入分别增长5.5%和7%": 城镇 and 农村
            subjects = _compound_items(text.raw[left : marker.start()], _clean(norm[left : marker.start()], rules),
                                       size, rules)
        scopes: list[str] = []  # the places of a list of places, each the scope of its value
        if subjects is None and i >= size:
            before = out[i - size : i]
            places = all(m.frame.coordination == "place" and m.frame.size == size for m in before)
            if all(not text.breaks_between(m.quantity.end, q.start) for m in before) and (
                    len({(m.quantity.dimension, m.quantity.classifier) for m in before}) == size or places
                    or (all(m.frame.coordination == "respectively" and m.frame.size == size for m in before)
                        and len({m.frame.subject for m in before}) == size)):
                # (…分别为18642元、39810元,分别增长6.8%、4.9%: a 分别 list of the same size that
                # named its items)
                subjects = [(m.metric, m.frame.subject) for m in before]
                scopes = [m.frame.scope[0] for m in before] if places else []
                own = _clean(norm[left : marker.start()], rules)
                if _action(own, rules) and not _head(own, rules):
                    # "…分别新开工加装电梯78台、46台,建成投用分别为52台、31台": the same items,
                    # their measure under this clause's action
                    subjects = [(metric, _with_action(subject, own, rules)) for metric, subject in subjects]
            else:
                subjects = _per_capita_of(text, out, i, size, left, marker.start(), rules)
        elif subjects is not None and len(subjects) == size:
            subjects = _shared_base(subjects, rules)
        if subjects is None and not has_content(_clean(norm[left : marker.start()], rules)):
            subjects = _list_of_clause_before(text, left, size, rules)
        # "A、B分别净增50家、120家": the increment word after 分别 is each item's, and so is a measure
        # named after it ("城东、城西分别新开工加装电梯78台、46台", whose items are then its scopes)
        verb = rules.find_marker("increment", norm, marker.end(), q.start)
        measure = _clean(norm[marker.end() : q.start], rules)
        measure = measure if _head(measure, rules) and not any(c.isdigit() for c in measure) else ""
        if measure and subjects is not None and len(subjects) == size and \
                all(_place_name(subject, rules) == subject for _, subject in subjects):
            scopes = [subject for _, subject in subjects]
            subjects = [(metric + measure, measure) for metric, _ in subjects]
        for position, k in enumerate(range(i, j + 1)):
            frame = dataclasses.replace(out[k].frame, coordination="place" if scopes else "respectively",
                                        index=position, size=size)
            if scopes:
                frame = dataclasses.replace(frame, scope=(scopes[position],))
            if subjects is not None and len(subjects) == size:
                metric, subject = subjects[position]
                if measure and measure not in subject:
                    subject += measure
                elif verb is not None and verb.group() not in subject:
                    subject = verb.group() + subject
                # each value is one item's: the list is no longer a set of kinds it sums over
                out[k] = dataclasses.replace(out[k], metric=metric, frame=dataclasses.replace(
                    frame, subject=subject, head=_head(subject, rules), subject_from="list", items=(),
                    action=_action(subject, rules) or frame.action,
                    per_capita=_per_capita(out[k].quantity, subject, rules)))
            else:
                out[k] = dataclasses.replace(out[k], frame=frame)
        i = j + 1
    return out


def _compound_items(metric: str, subject: str, size: int, rules: Rules) -> list[tuple[str, str]] | None:
    """The items of a subject that joins them in one word ([frames] compound_items: 城乡 is 城镇 and
    农村, 进出口 进口 and 出口), when a 分别 list has as many values; else None."""
    for compound, items in rules.compounds(subject):
        if len(items) == size:
            return [(metric, subject.replace(compound, item, 1)) for item in items]
    return None


def _compound_kinds(q: Quantity, subject: str, rules: Rules) -> tuple[str, ...]:
    """The kinds a target's subject joins in one word ([frames] compound_items: 雨污水管网 is of
    雨水 and 污水), for an amount that adds up over them (no rate, nothing per capita)."""
    if q.dimension in ("percent", "percentage_point") or _per_capita(q, subject, rules):
        return ()
    return next((items for _, items in rules.compounds(subject)), ())


def _per_capita_of(text: Text, mentions: list[Mention], i: int, size: int, left: int, marker: int,
                   rules: Rules) -> list[tuple[str, str]] | None:
    """"医师9826人、护士11342人、床位18650张,按常住人口286.4万人计算,每千人口分别为3.43人、
    3.96人、6.51张": a 分别 list of rates whose own words name only their base (每千人口) takes
    the subjects of the amounts before it in its sentence in the same units, each on that base."""
    base = _clean(text.norm[left:marker], rules)
    if not rules.has_marker("per_capita", base):
        return None
    def kind(m: Mention) -> tuple[str, str]:  # (1.61万人 and 3.49人 count one kind: multipliers aside)
        return m.quantity.dimension, m.quantity.classifier or m.quantity.base_unit

    units = [kind(m) for m in mentions[i : i + size]]
    for end in range(i, size - 1, -1):
        window = mentions[end - size : end]
        if [kind(m) for m in window] == units and not text.breaks_between(window[0].quantity.end,
                                                                                  mentions[i].quantity.start):
            return [(m.metric, base + m.frame.subject) for m in window]
    return None


def _shared_base(subjects: list[tuple[str, str]], rules: Rules) -> list[tuple[str, str]]:
    """"每千人口执业(助理)医师数、注册护士数、床位数分别达到…": the per-capita base that opens the
    first item (每千人口, 人均…) is every item's."""
    pattern = rules.frame_patterns["per_capita_base"]
    found = pattern.match(subjects[0][1])
    if found is None:
        return subjects
    return [subjects[0]] + [(m, s if pattern.match(s) else found.group() + s) for m, s in subjects[1:]]


# a run of digits that is no part of a code (5G, 4K, G15): an amount's, or a baseline's
_AMOUNT_DIGITS = regex.compile(r"(?<![A-Za-z0-9.+])[0-9][0-9.]*(?![0-9.]*[A-Za-z+])")


def _before_baseline(norm: str, left: int, end: int, rules: Rules) -> int:
    """Where the subjects of a 分别 list end when baselines stand before it: "将城镇、农村低保…
    水平从每人每月574元、271元分别提高到…" ends at 从."""
    found = _AMOUNT_DIGITS.search(norm, left, end)  # (not the digit of a code: 5G, 4K)
    if found is None:
        return end
    digit = found.start()
    cut = max((norm.rfind(w, left, digit) for w in rules.markers["baseline_from"]), default=-1)
    return cut if cut > left else digit


def _list_of_clause_before(text: Text, left: int, size: int, rules: Rules) -> list[tuple[str, str]] | None:
    """"围绕新能源、新材料、高端装备三大主导产业精准招商,全年分别招引超亿元项目60个、40个、50个": a
    分别 clause that names nothing takes the 、-list of the clause before it in its sentence (cut
    at the numeral that counts it, 三大; without an opening 围绕), when it has one item per value."""
    start, _ = text.sentence(left, left)
    before = text.clauses(start, left, lists=True)  # (whole clauses, 、-lists in one piece)
    if not before:
        return None
    a, b = before[-1]
    norm = text.norm
    joiners = rules.punctuation.list
    last = max((norm.rfind(c, a, b) for c in joiners), default=-1)
    if any(c.isdigit() for c in norm[a:b]) or last < 0:
        return None
    opener = next((w for w in rules.markers["role_neutral_openers"] if norm.startswith(w, a)), "")
    a += len(opener)
    b = next((k for k in range(last, b) if norm[k] in CN_NUMERAL_CHARS), b)
    subjects = _list_subjects(text, a, b, rules)
    return subjects if subjects is not None and len(subjects) == size else None


def _list_subjects(text: Text, left: int, end: int, rules: Rules) -> list[tuple[str, str]] | None:
    """The items of a 、-list in ``norm[left:end]``, each a full subject, or None."""
    norm = text.norm
    a, b = _strip_span(norm, left, end, rules)
    pieces = [m.span() for m in rules.punctuation.list_item.finditer(norm, a, b)]
    if len(pieces) < 2:
        pieces = _joined_pieces(norm, a, b, rules)  # "城市公厕和农村公厕分别建成22座、47座"
    if len(pieces) < 2:
        return None
    subjects = _with_shared_tail([_clean(norm[s:e], rules) for s, e in pieces], rules)
    return [(text.raw[s:e], subject) for (s, e), subject in zip(pieces, subjects)]


def _joined_pieces(norm: str, a: int, b: int, rules: Rules) -> list[tuple[int, int]]:
    """The spans of the two items of ``norm[a:b]`` joined by one conjunction word (和, 及…),
    or [] (a conjunction inside a word, 和平, is no joint: the words are jieba's)."""
    joint = _conjunction_joint(norm[a:b], rules)
    if joint is None or "".join(joint[0]) != norm[a:b]:
        return []
    found, k = joint
    cut = a + sum(map(len, found[:k]))
    return [(a, cut), (cut + len(found[k]), b)]


def _alternative_items(phrase: str, rules: Rules) -> tuple[str, ...]:
    """The two kinds of "新建(改扩建)农村公墓", "老年食堂(助餐点)": a short word in parentheses
    right after an action or a noun is a second kind of the same target (not a breakdown, 含…,
    nor a level, 以上): that action and the word's action, or the noun's last word and the word."""
    frames = rules.lexicon["frames"]
    found = _ALTERNATIVE.search(phrase)
    if found is None or found.group(2).startswith(tuple(frames["alternative_not"])):
        return ()
    before, inside = phrase[: found.start()] + found.group(1), found.group(2)
    action = rules.frame_patterns["action"]
    if action.fullmatch(inside) is not None:
        ending = [m for m in action.finditer(before) if m.end() == len(before)]
        return (ending[-1].group(0), inside) if ending and ending[-1].group(0) != inside else ()
    words = segments(before, rules.terms)
    return (words[-1], inside) if words and len(words[-1]) >= 2 and words[-1] != inside else ()


# a short word of Han characters in parentheses right after one ("食堂(助餐点)")
_ALTERNATIVE = regex.compile(r"(\p{Han})\((\p{Han}{2,5})\)")
_LEADING_ALTERNATIVE = regex.compile(r"\(\p{Han}{2,5}\)")


def _conjunction_joint(phrase: str, rules: Rules) -> tuple[tuple[str, ...], int] | None:
    """(words, index) of the one conjunction word (和, 及…) that joins two pieces of a phrase,
    or None: none, several, or one at an edge (most phrases have none: no segmentation)."""
    conjunctions = rules.lexicon["frames"]["item_conjunctions"]
    if not any(w in phrase for w in conjunctions):
        return None
    found = segments(phrase, rules.terms)
    joints = [k for k, word in enumerate(found) if word in conjunctions]
    if len(joints) != 1 or not 0 < joints[0] < len(found) - 1:
        return None
    return found, joints[0]


def _with_shared_tail(items: list[str], rules: Rules) -> list[str]:
    """The items of a list, each a full subject: the last item's words after what the others
    have in common with it go to each of them ("城镇居民、农村居民人均可支配收入" -> 城镇居民 +
    人均可支配收入: the first item's ending 居民 stands in the last one), or, to the others that
    are one word, the last item's words after its first when that is a word of two characters or
    more ("城镇、农村居民人均可支配收入"; not "二氧化硫、氮氧化物排放量": 氮 is no modifier)."""
    *others, last = items
    if not others:
        return items
    ordinal = rules.frame_patterns["ordinal_item"]
    ordinals = [ordinal.fullmatch(item) for item in items]
    if all(ordinals) and not any(m.group(2) for m in ordinals[:-1]) and ordinals[-1].group(2):  # type: ignore[union-attr]
        # "第一、二、三产业增加值": 第一产业增加值, 第二产业增加值, 第三产业增加值
        tail, prefix = ordinals[-1].group(2), rules.lexicon["frames"]["ordinal_prefix"]  # type: ignore[union-attr]
        return [prefix + m.group(1) + tail for m in ordinals]  # type: ignore[union-attr]
    tail = _tail_after_ending(others[0], last)
    if tail:
        return [o if o.endswith(tail) else o + tail for o in others] + [last]
    last_words = tokens(last, rules.terms, ordered=True)
    first = last_words[0] if len(last_words) > 1 else min(
        (w for w in tokens(last, rules.terms) if len(w) >= 2 and last.startswith(w) and w != last), key=len, default="")
    # (a report term of one word, 城镇居民人均可支配收入, opens with the search-mode word 城镇)
    if len(first) >= 2 and last.startswith(first):
        rest = last[len(first) :]
        # (not to an item with the last one's ending: 高新技术企业、科技型中小企业 are two whole nouns)
        return [o + rest if len(tokens(o, rules.terms, ordered=True)) == 1 and not o.endswith(last[-2:]) else o
                for o in others] + [last]
    return items


def _tail_after_ending(first: str, last: str) -> str:
    """The words of ``last`` after the ending (two characters, else one) it shares with
    ``first``, when at least two remain: ("城镇居民", "农村居民人均可支配收入") -> 人均可支配收入."""
    for size in (2, 1):
        if len(first) <= size:
            continue
        at = last.find(first[-size:], 1)
        if at > 0 and len(last) - (at + size) >= 2:
            return last[at + size :]
    return ""


def _list_totals(text: Text, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """"药品、医疗器械、化妆品抽检分别为612批次、138批次、205批次,合计955批次", "新开通公交线路12条、
    优化调整公交线路9条,合计21条": an amount named only by a total word right after a list of
    amounts of its unit (a 分别 list, or items joined by 、 or a comma in one sentence) is the
    list's total: its subject joins what tells the items apart to what they share
    (新开通优化调整公交线路合计), not the last item's alone."""
    out = list(mentions)
    totals = tuple(rules.lexicon["frames"]["place_total"])
    joiners = rules.markers["list_joiners"]
    for k in range(2, len(out)):
        last, q = out[k - 1], out[k].quantity
        between = "".join(c for c in text.norm[last.quantity.end : q.start] if c.isalnum())
        if between not in totals or text.breaks_between(last.quantity.end, q.start):
            continue
        size = last.frame.size if last.frame.coordination == "respectively" else None
        listed = size is not None
        if size is not None:
            first = k - size
        else:  # the amounts of its kind listed right before it, none a part of another
            first = k - 1
            while first > 0 and _listed_before(text, out[first - 1], out[first], q, joiners):
                first -= 1
        if first < 0 or k - first < 2:
            continue
        items = [m.frame.subject for m in out[first:k]]
        shared = os.path.commonprefix([item[::-1] for item in items])[::-1]
        # (the items of a 分别 list were named together: what they share names the total)
        apart = "" if listed else "".join(dict.fromkeys(item[: len(item) - len(shared)] for item in items))
        subject = apart + shared + between
        # (a sum of the items, not a running total: it adds up as they do)
        aggregations = {m.frame.aggregation for m in out[first:k]}
        out[k] = dataclasses.replace(out[k], frame=dataclasses.replace(
            out[k].frame, subject=subject, head=_head(subject, rules), coordination="total", size=k - first,
            aggregation=aggregations.pop() if len(aggregations) == 1 else ""))
    return out


def _listed_before(text: Text, item: Mention, nxt: Mention, total: Quantity, joiners: Any) -> bool:
    """Whether ``item`` is listed right before ``nxt`` in one sentence, of the kind of ``total``
    and a part of nothing."""
    a, b = item.quantity.end, nxt.quantity.start
    return _kind_of(item.quantity) == _kind_of(total) and item.frame.coordination != "part" \
        and not text.breaks_between(a, b) \
        and (text.norm[a:b].strip() in joiners or text.breaks_between(a, b, "list"))


def _kind_of(q: Quantity) -> tuple[str, str | None]:
    """What an amount counts or measures: its dimension and classifier (万户 and 户 alike)."""
    return q.dimension, q.classifier


def _series(text: Text, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """"2021年至2024年,…分别为79.2岁、79.5岁、79.8岁、80.1岁": a 分别 list of as many values as
    the years of the span (or the list of years: 2021年、2022年和2023年) before it gives each
    value its year."""
    out = list(mentions)
    later: dict[int, bool] = {}  # a series' span end -> whether this year's figures follow it
    for k, m in enumerate(out):
        f = m.frame
        if f.coordination != "respectively" or f.index is None or f.size is None or f.size < 2:
            continue
        start, _ = text.sentence(m.quantity.start)
        window = (max(start, m.quantity.start - 4 * REACH), m.quantity.start)
        span = rules.frame_patterns["year_span"].search(text.norm, *window)
        if span is not None:
            ends = [int(y) for y in regex.findall(r"(?:19|20)\d{2}", span.group(0))]
            years = list(range(ends[0], ends[-1] + 1)) if len(ends) == 2 else []
        else:
            span = rules.frame_patterns["year_list"].search(text.norm, *window)
            if span is None:
                continue
            years = [int(y) for y in regex.findall(r"(?:19|20)\d{2}", span.group(0))]
        # "2022年、2023年和今年…分别…": the list ends in this year, the year after the last one named
        this_year = span.group(0).endswith(tuple(rules.markers["this_year"]))
        if this_year and years:
            years.append(years[-1] + 1)
        if len(years) < 2 or len(years) != f.size or years != sorted(set(years)):
            continue
        frame = dataclasses.replace(f, coordination="series", year=years[f.index])
        if span.end() not in later:  # (once per series, not per value)
            later[span.end()] = not this_year and _reported_later(text, span.end(), years[-1], rules)
        if later[span.end()]:
            # "2021年至2023年…分别为…;今年前三季度…": the series is of years before this one
            frame = dataclasses.replace(frame, status="baseline")
            out[k] = dataclasses.replace(m, frame=frame, note="an earlier year")
        else:
            out[k] = dataclasses.replace(m, frame=frame)
    return out


def _reported_later(text: Text, after: int, last_year: int, rules: Rules) -> bool:
    """Whether the text reports a period after a series that ends in ``last_year``: a word of
    this year (今年, 本年) or a later year after the series' span."""
    norm = text.norm
    if rules.has_marker("this_year", norm, after):
        return True
    return any(int(y.group(1)) > last_year for y in rules.frame_patterns["year"].finditer(norm, after))


def _spread_bounds(text: Text, targets: list[Mention], rules: Rules) -> list[Mention]:
    """力争…A 40个、B 5个、C 20个以上: 以上 binds the whole list when 力争 governs it."""
    out = list(targets)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and not text.breaks_between(out[j].quantity.end, out[j + 1].quantity.start, "clause"):
            j += 1
        last = out[j].quantity
        if j > i and last.bound == "min":
            left, _ = text.clause(out[i].quantity.start, out[i].quantity.end)
            if rules.has_marker("strive", text.norm, left, out[i].quantity.start):
                for k in range(i, j):
                    if out[k].quantity.bound == "exact":
                        out[k] = dataclasses.replace(out[k], quantity=dataclasses.replace(out[k].quantity, bound="min"))
        i = j + 1
    return out


def _target_of_action(subject: str, targets: Sequence[Mention], rules: Rules) -> Mention | None:
    """The one target whose action a subject of actions and stages only names (完成改造验收: 改造),
    or None."""
    patterns = rules.frame_patterns
    if patterns["stage"].sub("", patterns["action"].sub("", subject)):
        return None
    action = _action(subject, rules)
    found = [t for t in targets if action and t.frame.action == action]
    return found[0] if len(found) == 1 else None


def row_subject(targets: list[Mention]) -> str:
    """The subject a progress text that names nothing answers for: the task's, when its
    targets share one."""
    subjects = {t.frame.subject for t in targets if t.frame.subject}
    return subjects.pop() if len(subjects) == 1 else ""


def clear_caches() -> None:
    """Forget the cleaned subject phrases and parsed periods (for benchmarks and long runs)."""
    _clean.cache_clear()
    _elapsed.cache_clear()
