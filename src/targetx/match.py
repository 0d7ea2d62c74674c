"""Roles (target / other / actual), metrics, periods, pairing and the completion ratio.

For one report row: the task's quantities are targets unless they are class thresholds,
specifications, durations, baselines or scope totals ("other"); every quantity of the progress
text is an actual. Each target is paired with the actual (or the coordinated list of actuals)
that measures the same thing in a compatible way, one-to-one across the row; no pair is
better than a wrong pair, so weak matches stay unpaired.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import Any, Mapping

import regex

from .extract import extract, tidy
from .metrics import BREAKS, clause_bounds, has_content
from .numerals import normalize
from .rules import Rules
from .scoring import make_pair
from .types import Mention, Pair, Quantity

SENTENCE_BREAKS = set("。;；!！?？\n")
MIN_SCORE = 0.45  # below this a candidate pair is not trusted


# --------------------------------------------------------------------------------------------
# roles and metrics


def task_mentions(task: str, rules: Rules) -> tuple[list[Mention], list[Mention]]:
    """Targets and others of a task text (metrics, bounds; 各 splits a target over its metrics)."""
    norm = normalize(task)
    quantities = extract(task, rules, normalized=norm)
    targets: list[Mention] = []
    others: list[Mention] = []
    for i, q in enumerate(quantities):
        why = _other_reason(norm, q, rules)
        if why:
            others.append(Mention(q, "other", _metric(task, norm, quantities, i, rules), note=why))
            continue
        if task[q.start] == "各":
            for metric in _each_metrics(task, norm, q, rules):
                targets.append(Mention(q, "target", metric))
        else:
            metric = _metric(task, norm, quantities, i, rules)
            if targets:
                metric = _inherit_metric(norm, targets[-1], q, metric, rules)
            targets.append(Mention(q, "target", metric))
    return _spread_bounds(norm, targets, rules), others


def progress_mentions(progress: str, rules: Rules) -> list[Mention]:
    """Actuals of a progress text, each with its metric, period and status note."""
    norm = normalize(progress)
    quantities = extract(progress, rules, normalized=norm)
    periods = list(rules.patterns.period.finditer(norm)) if quantities else []
    period_ends = [m.end() for m in periods]
    restated_after = tuple(rules.lexicon["markers"]["restated_after"])
    mentions = []
    previous: Mention | None = None
    for i, q in enumerate(quantities):
        left, right = clause_bounds(norm, q.start, q.end, allow_list=True)
        head = norm[max(0, q.start - 8) : q.start]
        note = None
        if rules.has_marker("adjusted", head):
            note = "adjusted target"
        elif norm.startswith(restated_after, q.end):
            note = "restated target"
        elif q.dimension == "percent" and rules.has_marker("completion_rate", norm, left, q.end + 6):
            note = "completion rate"
        elif rules.has_marker("candidate", norm, left, right):
            note = "candidate only"
        elif rules.has_marker("forecast", norm, left, q.start):
            note = "forecast"
        metric = _metric(progress, norm, quantities, i, rules)
        if note == "restated target" and previous is not None and _same_sentence(norm, previous.quantity, q):
            metric = previous.metric  # "新建幼儿园48所,超额完成40所的年度目标任务": 40所 of 幼儿园
        elif previous is not None:
            metric = _inherit_metric(norm, previous, q, metric, rules)
        mention = Mention(q, "actual", metric, _period(norm, q, periods, period_ends), note)
        mentions.append(mention)
        previous = mention
    return mentions


def _inherit_metric(norm: str, previous: Mention, q: Quantity, metric: str, rules: Rules) -> str:
    """A quantity whose clause names nothing measures what the one before it measured:
    "固定资产投资完成354.1亿元,同比增长0.1%", "新增1203例,达8878例"."""
    if has_content(metric) or not _same_clause(norm, previous.quantity, q):
        return metric
    return previous.metric + metric


def _other_reason(norm: str, q: Quantity, rules: Rules) -> str | None:
    """Why a task quantity is not a target, or None when it is one."""
    markers = rules.lexicon["markers"]
    qualified = norm.startswith(_CLASS_QUALIFIERS[:3], q.end)
    after = _after_qualifier(norm, q)
    nxt = after[:1]
    if q.dimension == "age":
        return "class threshold (age)"
    if q.dimension == "time" and not rules.has_marker("time_measure", norm, max(0, q.start - 20), q.end + 2):
        return "duration"
    if norm[q.start : q.end].endswith("级") or norm.startswith(("级", "以上级", "及以上级", "以下级"), q.end):
        return "class threshold"
    if q.unit_inferred and q.value == 1:
        return "class threshold"
    if q.classifier == "次" and q.value == 1:
        return "frequency (once)"
    left, right = clause_bounds(norm, q.start, q.end, allow_list=True)
    sentence_start, sentence_end = _sentence_bounds(norm, q)
    if _in_parentheses(norm, q, sentence_start, sentence_end):
        return "breakdown in parentheses"
    if qualified and _is_noun_start(nxt, markers):
        return "class threshold"
    if q.dimension in ("currency", "voltage", "power") and _is_noun_start(nxt, markers):
        return "class threshold or specification"
    head = norm[left : q.start]
    if "从" in head and rules.has_marker("baseline_to", norm, q.end, sentence_end):
        return "baseline before the change"
    if rules.has_marker("scope", head) or head.endswith("共"):
        return "scope total"
    return None


_CLASS_QUALIFIERS = ("及以上", "以上", "以下", "级")


def _after_qualifier(norm: str, q: Quantity) -> str:
    """The few characters after ``q``, past a 以上/以下/级 that qualifies it."""
    after = norm[q.end : q.end + 8]
    for word in _CLASS_QUALIFIERS:
        if after.startswith(word):
            return after[len(word) :]
    return after


def _classifies(norm: str, q: Quantity, markers: Mapping[str, Any]) -> bool:
    """Whether ``q`` names a class of the noun after it ("超亿元产业项目", "50亿元以上企业")."""
    return _is_noun_start(_after_qualifier(norm, q)[:1], markers)


def _in_parentheses(norm: str, q: Quantity, start: int, end: int) -> bool:
    """Whether ``q`` stands inside (…) within ``norm[start:end]`` (its sentence)."""
    opened = norm.rfind("(", start, q.start)
    return opened >= 0 and norm.rfind(")", start, q.start) < opened and norm.find(")", q.end, end) >= 0


def _is_noun_start(char: str, markers: Mapping[str, Any]) -> bool:
    return bool(char) and ("\u4e00" <= char <= "\u9fff" or char in "“《") and char not in markers["not_noun_start"]


_SENTENCE_END = regex.compile(r"[。;；!！?？\n]")
_SENTENCE_START = regex.compile(r"[。;；!！?？\n]", regex.REVERSE)


def _same_sentence(norm: str, a: Quantity, b: Quantity) -> bool:
    return _SENTENCE_END.search(norm, a.end, b.start) is None


def _sentence_bounds(norm: str, q: Quantity) -> tuple[int, int]:
    """The sentence around ``q`` (up to 。;！？ or a line break)."""
    before = _SENTENCE_START.search(norm, 0, q.start)
    after = _SENTENCE_END.search(norm, q.end)
    return (before.end() if before else 0), (after.start() if after else len(norm))


def _metric(raw: str, norm: str, quantities: list[Quantity], i: int, rules: Rules) -> str:
    """The phrase naming what ``quantities[i]`` measures, as written: the clause before it, plus
    the noun after a count ("新增8家市级工业互联网平台"), or the words after it when nothing precedes."""
    q = quantities[i]
    left, right = clause_bounds(norm, q.start, q.end)
    markers = rules.lexicon["markers"]
    if i + 1 < len(quantities) and quantities[i + 1].start < right:
        right = quantities[i + 1].start  # a later quantity bounds the words after this one
    for other in reversed(quantities[:i]):
        if other.end <= left:
            break
        # an earlier one bounds the words before, unless it classifies them ("超亿元产业项目")
        if not _classifies(norm, other, markers):
            left = other.end
            break
    head = _strip_span(norm, left, q.start, rules)
    tail = _strip_span(norm, q.end, right, rules)
    head_text = raw[head[0] : head[1]]
    tail_text = raw[tail[0] : tail[1]]
    counted_noun = q.dimension == "count" and _is_noun_start(norm[tail[0] : tail[0] + 1], markers)
    if tail_text and (counted_noun or not has_content(head_text)):
        return (head_text + tail_text).strip()
    return head_text


def _strip_span(norm: str, start: int, end: int, rules: Rules) -> tuple[int, int]:
    """``norm[start:end]`` without the verbs and qualifiers at its edges (offsets, not a copy);
    a phrase made only of such words keeps its last one ("完成" stays "完成")."""
    leading_words, trailing_words = rules.metric_edges
    trailing = trailing_words.match(norm, start, end)
    if trailing and trailing.start() > start:
        end = trailing.start()
    leading = leading_words.match(norm, start, end)
    if leading and leading.end() < end:
        start = leading.end()
    if start < end and norm[start] == ")" and norm.count("(", start, end) < norm.count(")", start, end):
        start += 1
    return start, end


def _each_metrics(raw: str, norm: str, q: Quantity, rules: Rules) -> list[str]:
    """For "A、B各2家": the metrics A and B."""
    left, _ = clause_bounds(norm, q.start, q.end, allow_list=True)
    parts = []
    for piece in regex.finditer(r"[^、]+", norm[left : q.start]):
        a, b = _strip_span(norm, left + piece.start(), left + piece.end(), rules)
        if a < b:
            parts.append(raw[a:b])
    return parts or [""]


def _spread_bounds(norm: str, targets: list[Mention], rules: Rules) -> list[Mention]:
    """力争…A 40个、B 5个、C 20个以上: 以上 binds the whole list when 力争 governs it."""
    out = list(targets)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and not any(c in BREAKS for c in norm[out[j].quantity.end : out[j + 1].quantity.start]):
            j += 1
        last = out[j].quantity
        if j > i and last.bound == "min":
            left, _ = clause_bounds(norm, out[i].quantity.start, out[i].quantity.end)
            if rules.has_marker("strive", norm, left, out[i].quantity.start):
                for k in range(i, j):
                    if out[k].quantity.bound == "exact":
                        out[k] = dataclasses.replace(out[k], quantity=dataclasses.replace(out[k].quantity, bound="min"))
        i = j + 1
    return out


def _period(norm: str, q: Quantity, periods: list[Any], ends: list[int]) -> str | None:
    """The reporting period that governs ``q``: the last one before it in its sentence.
    ``periods`` are the period matches of the whole text, in order, ``ends`` their ends."""
    i = bisect.bisect_right(ends, q.start) - 1
    if i < 0:
        return None
    found = periods[i]
    if _SENTENCE_END.search(norm, found.end(), q.start):
        return None
    return str(found.group(0))


# --------------------------------------------------------------------------------------------
# unit inference and pairing


def infer_units(targets: list[Mention], actuals: list[Mention], rules: Rules) -> list[Mention]:
    """A bare "32.76万" answering "40万平方米" takes the target's unit."""
    out = []
    for a in actuals:
        q = a.quantity
        if q.unit_inferred and q.dimension == "count" and q.classifier is None:
            best = max(targets, key=lambda t: rules.similarity(t.metric, a.metric), default=None)
            if best is not None and best.quantity.dimension != "count" and \
                    rules.similarity(best.metric, a.metric) >= MIN_SCORE:
                a = dataclasses.replace(a, quantity=_restate(q, best.quantity, rules))
        out.append(a)
    return out


def _restate(q: Quantity, like: Quantity, rules: Rules) -> Quantity:
    """``q`` (a bare number with multipliers) restated in the unit of ``like``."""
    mults = rules.lexicon["multipliers"]
    like_mult, like_unit = _split_multiplier(like.unit, mults)
    q_mult, _ = _split_multiplier(q.unit, mults)
    per_unit = like.base_value / (like.value * _scale(like_mult, mults)) if like.value else Decimal(1)
    return dataclasses.replace(
        q, unit=q_mult + like_unit, base_value=tidy(q.value * _scale(q_mult, mults) * per_unit),
        base_unit=like.base_unit, dimension=like.dimension, classifier=like.classifier,
        unit_inferred=True,
    )


def _split_multiplier(unit: str, mults: Mapping[str, int]) -> tuple[str, str]:
    i = 0
    while i < len(unit) and unit[i] in mults:
        i += 1
    return unit[:i], unit[i:]


def _scale(mult: str, mults: Mapping[str, int]) -> Decimal:
    scale = Decimal(1)
    for c in mult:
        scale *= Decimal(mults[c])
    return scale


def _unit_key(q: Quantity) -> str:
    return q.classifier or q.base_unit


def _compatible(t: Quantity, a: Quantity) -> bool:
    """Same dimension and kind: a growth target pairs with a growth rate (or with a fall:
    下降2.3% answers 增长5% as -2.3%), never with a level."""
    if t.dimension != a.dimension:
        return False
    return t.kind == a.kind or (t.kind != "level" and a.kind != "level")


@dataclasses.dataclass(frozen=True)
class _Features:
    """What pairing needs to know of one mention, computed once per row."""

    named: bool  # its metric names something ("孵化面积"), not only "1—9月完成"
    per_capita: bool  # 千人托位数, 人均…
    average_rate: bool  # 年均增长…
    thresholds: frozenset[tuple[str, Decimal]]  # class thresholds inside its metric
    unit: str  # classifier or base unit
    running_total: bool = False  # 累计…, 达8878例
    in_progress: bool = False  # 正在改造
    restates_next: bool = False  # "8个重点行业中…3个": followed in its clause by a part of it


def _features(m: Mention, rules: Rules, norm: str, next_q: Quantity | None = None,
              actual: bool = False) -> _Features:
    """Features of a target (``actual=False``, ``norm`` its task text) or an actual."""
    q = m.quantity
    markers = rules.lexicon["markers"]
    running_total = in_progress = restates_next = False
    if actual:  # its surroundings in the progress text count too
        left, right = clause_bounds(norm, q.start, q.end)
        running_total = norm[max(0, q.start - 3) : q.start].endswith(tuple(markers["cumulative"]))
        in_progress = rules.has_marker("in_progress", norm, left, right)
        restates_next = next_q is not None and _same_clause(norm, q, next_q)
    return _Features(
        named=has_content(rules.expand(m.metric)),
        per_capita=rules.has_marker("per_capita", m.metric),  # 千人托位数, 人均…
        average_rate=rules.has_marker("average_rate", m.metric),
        thresholds=_thresholds(m.metric, rules),
        unit=_unit_key(q),
        running_total=running_total,
        in_progress=in_progress,
        restates_next=restates_next,
    )


def _score(t: Mention, a: Mention, tf: _Features, af: _Features, rules: Rules) -> float:
    """How well actual ``a`` answers target ``t``, before the row-level evidence of ``_pair``."""
    score = rules.similarity(t.metric, a.metric) if af.named else 0.2  # unnamed: the row's subject
    if tf.thresholds != af.thresholds:
        score -= 0.6 if tf.thresholds and af.thresholds else 0.2  # 超亿元 projects are not 超10亿元 ones
    tc, ac = t.quantity.classifier, a.quantity.classifier
    if tc and ac and (tc in ac or ac in tc):
        score += 0.1 if tc == ac else 0.05  # 家 with 家, 场 with 场次; a distinctive unit earns more below
    return score


def pair_mentions(targets: list[Mention], actuals: list[Mention], task: str, progress: str,
                  rules: Rules, answers_follow: bool = False) -> list[Pair]:
    """Pair targets (found in ``task``) with actuals (found in ``progress``), one-to-one across
    the row, or with the sum of listed parts; weak candidates stay unpaired. With
    ``answers_follow`` (prose, where both share one text) an actual answers only a target
    stated before it."""
    eligible = [a for a in actuals if a.note is None]
    if not targets or not eligible:
        return []
    norm = normalize(progress)
    respectively = _respectively(eligible, norm, rules.lexicon["markers"])
    task_norm = normalize(task)
    tfeat = [_features(t, rules, task_norm) for t in targets]
    afeat: dict[int, _Features] = {}  # computed for the actuals some target can take

    def actual_features(i: int) -> _Features:
        if i not in afeat:
            following = eligible[i + 1].quantity if i + 1 < len(eligible) else None
            afeat[i] = _features(eligible[i], rules, norm, following, actual=True)
        return afeat[i]

    actual_units = Counter(_unit_key(a.quantity) for a in eligible)
    target_units = Counter(f.unit for f in tfeat)
    candidates: list[tuple[float, int, tuple[int, ...]]] = []
    for ti, t in enumerate(targets):
        tf = tfeat[ti]
        compatible = [ai for ai, a in enumerate(eligible) if _compatible(t.quantity, a.quantity)
                      and (not answers_follow or a.quantity.start > t.quantity.end
                           or t.note == "restated target")]  # "…48所,超额完成40所的年度目标任务"
        rivals = [u for u in targets if _compatible(u.quantity, t.quantity)]
        position = next(i for i, u in enumerate(rivals) if u is t)  # among targets of its kind
        for ai in compatible:
            a, af = eligible[ai], actual_features(ai)
            if tf.per_capita != af.per_capita or tf.average_rate != af.average_rate:
                continue  # 千人托位数 is no number of 托位; 年均增长 over years is no one year's growth
            score = _score(t, a, tf, af, rules)
            if a.quantity.kind != t.quantity.kind:
                score -= 0.05  # a fall answering a growth target: the right measure, a weaker match
            base = t.quantity.base_value
            ratio = a.quantity.base_value / base if base else Decimal(0)
            if len(compatible) == 1 and len(rivals) == 1:
                # the only answer of its kind for the only target of its kind
                same_unit = tf.unit == af.unit
                score += 0.35 if same_unit else 0.2
                if same_unit and Decimal("0.2") <= ratio <= 5:
                    score += 0.15
            elif tf.unit == af.unit and actual_units[af.unit] == 1 and target_units[tf.unit] == 1:
                score += 0.2  # the one 家次 reported answers the one 家次 promised
            if t.quantity.kind == "level" and (ratio > 20 or ratio < Decimal("0.02")):
                score -= 0.3  # an implausible completion is a sign of a different measure
            if respectively.get(ai) == (position, len(rivals)) and len(rivals) > 1:
                score += 0.4  # "分别完成95个、310个、7397个" answers three targets in order
            if af.running_total:
                score += 0.1  # a running total answers a year's target better than an increment
            if af.in_progress:
                score -= 0.2  # "另有8个正在改造" is not yet done
            if af.restates_next and ratio == 1:
                score -= 0.1  # "8个重点行业中…3个": the restated target is not its own answer
            candidates.append((score, ti, (ai,)))
        for group, heading_score in _sum_groups(t, eligible, compatible, norm, rules):
            candidates.append((heading_score, ti, group))
    # ties go to the order of the lists: parallel lists answer in the same order
    candidates.sort(key=lambda c: (-round(c[0], 6), abs(c[1] - c[2][0]), c[1], c[2]))
    used_t: set[int] = set()
    used_a: set[int] = set()
    chosen: dict[int, tuple[float, tuple[int, ...]]] = {}
    for score, ti, members in candidates:
        if score < MIN_SCORE - 1e-9 or ti in used_t or used_a.intersection(members):
            continue
        used_t.add(ti)
        used_a.update(members)
        chosen[ti] = (score, members)
    pairs = []
    for ti, t in enumerate(targets):
        if ti not in chosen:
            continue
        score, members = chosen[ti]
        found = tuple(eligible[ai] for ai in members)
        if len(found) == 1:
            why = (f"score {score:.2f}: same {t.quantity.dimension}, "
                   f"metric '{t.metric}' ~ '{found[0].metric}'")
            pairs.append(make_pair(t, found, why, "single", rules.has_marker("lower_is_better", t.metric)))
        else:
            why = f"{len(found)} parts listed under one heading add up to the target (score {score:.2f})"
            pairs.append(make_pair(t, found, why, "sum", rules.has_marker("lower_is_better", t.metric)))
    return pairs


def _respectively(eligible: list[Mention], norm: str, markers: Mapping[str, Any]) -> dict[int, tuple[int, int]]:
    """Places in a "分别…A、B、C" list: {index in eligible: (position in the list, list length)}."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(eligible):
        q = eligible[i].quantity
        left, _ = clause_bounds(norm, q.start, q.end, allow_list=True)
        if not any(w in norm[left : q.start] for w in markers["respectively"]):
            i += 1
            continue
        j = i
        while j + 1 < len(eligible) and eligible[j + 1].quantity.dimension == q.dimension and \
                norm[eligible[j].quantity.end : eligible[j + 1].quantity.start].strip() in ("、", ",", "，", "和", "及", "与"):
            j += 1
        for position, k in enumerate(range(i, j + 1)):
            out[k] = (position, j + 1 - i)
        i = j + 1
    return out


def _sum_groups(t: Mention, eligible: list[Mention], compatible: list[int], norm: str,
                rules: Rules) -> list[tuple[tuple[int, ...], float]]:
    """Coordinated actuals under one heading ("惠民场地建设方面,8个…、8个…、1个…"): their sum may answer."""
    groups: list[list[int]] = []
    for ai in compatible:
        q = eligible[ai].quantity
        if groups:
            prev = eligible[groups[-1][-1]].quantity
            between = norm[prev.end : q.start]
            if not any(c in SENTENCE_BREAKS or c.isdigit() for c in between) and q.classifier == prev.classifier:
                groups[-1].append(ai)
                continue
        groups.append([ai])
    markers = rules.lexicon["markers"]
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        first = eligible[group[0]].quantity
        start, _ = _sentence_bounds(norm, first)
        heading = norm[start : first.start]
        cut = max(heading.rfind(c) for c in ",，:：")
        if cut < 0 or not (heading[cut] in ":：" or heading[:cut].endswith(tuple(markers["list_heading"]))):
            continue  # no heading introduces the list as parts of one whole
        score = rules.similarity(t.metric, heading[:cut])
        if t.quantity.classifier and t.quantity.classifier == first.classifier:
            score += 0.15
        out.append((tuple(group), score))
    return out


@lru_cache(maxsize=4096)
def _thresholds(metric: str, rules: Rules) -> frozenset[tuple[str, Decimal]]:
    """Class thresholds named inside a metric ("超10亿元产业项目" -> {(currency, 1e9)})."""
    if not any(c.isdigit() or c in "十百千万亿" for c in metric):
        return frozenset()
    return frozenset((q.dimension, q.base_value) for q in extract(metric, rules))


def _same_clause(norm: str, a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` follows ``a`` closely in one sentence of the normalised text."""
    return b.start - a.end < 30 and _SENTENCE_END.search(norm, a.end, b.start) is None
