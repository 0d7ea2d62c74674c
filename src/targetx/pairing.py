"""Pairing on frames: which actual (or sum of actuals) answers each target of a row.

Candidates are filtered by what their frames say before any similarity is computed: the same
dimension and a compatible change (a growth target takes a growth rate or a fall, never a
level), an answering status (done, in progress or an estimate for an elapsed period; never a
forecast, a candidate, a restated target or a completion rate), the same aggregation (per
capita with per capita, 年均 with 年均), compatible classifier types (people are not places),
no broader or survey action for a concrete one, the target's year in a series. The survivors
are scored by subject similarity plus the evidence of the row, with every weight a named entry
of ``data/weights.toml``; pairs are then chosen one-to-one, best first, and weak ones dropped.

To stay near-linear on long rows, each target considers only the actuals of its dimension that
share a character bigram with its subject (or name nothing of their own), at most
``max_candidates`` of them, nearest first.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Sequence

from .extract import extract, tidy
from .frames import REACH
from .metrics import bigrams, has_content, head_noun, segments
from .rules import Rules
from .scoring import make_pair
from .text import Text
from .types import Frame, Mention, Pair, Quantity, slot_init

ANSWERING = ("done", "in_progress", "estimate")


def infer_units(targets: list[Mention], actuals: list[Mention], rules: Rules) -> list[Mention]:
    """A bare "32.76万" answering "40万平方米" takes the target's unit."""
    w = rules.weights
    out = []
    alike = AlikeSubjects(targets, rules)
    for a in actuals:
        q = a.quantity
        if q.unit_inferred and q.dimension == "count" and q.classifier is None and q.text != "0":
            best = max(alike.candidates(a.frame.subject),
                       key=lambda t: rules.subject_similarity(t.frame.subject, a.frame.subject), default=None)
            if best is not None and best.quantity.dimension != "count" and \
                    rules.subject_similarity(best.frame.subject, a.frame.subject) >= w["min_score"]:
                a = dataclasses.replace(a, quantity=restate(q, best.quantity, rules))
        out.append(a)
    return out


class AlikeSubjects:
    """The mentions whose subjects could be like a phrase: all of them in a small pool; in a large
    one (prose), the ``max_candidates`` that share the most character bigrams with it (a pair with
    none in common has similarity 0), in their order. Keeps "which target is most like this
    actual" linear in the number of mentions."""

    def __init__(self, mentions: list[Mention], rules: Rules) -> None:
        self.mentions = mentions
        self.rules = rules
        self.limit = int(rules.weights["max_candidates"])
        self._by_gram: dict[str, list[int]] | None = None

    def candidates(self, subject: str) -> list[Mention]:
        if len(self.mentions) <= self.limit:
            return self.mentions
        if self._by_gram is None:
            self._by_gram = defaultdict(list)
            for i, m in enumerate(self.mentions):
                for gram in bigrams(self.rules.expand(m.frame.subject)):
                    self._by_gram[gram].append(i)
        shared: Counter[int] = Counter()
        for gram in bigrams(self.rules.expand(subject)):
            hits = self._by_gram.get(gram, ())
            if len(hits) <= 4 * self.limit:  # a bigram every mention has tells nothing
                shared.update(hits)
        return [self.mentions[i] for i in sorted(i for i, _ in shared.most_common(self.limit))]


def restate(q: Quantity, like: Quantity, rules: Rules) -> Quantity:
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


def _split_multiplier(unit: str, mults: Any) -> tuple[str, str]:
    i = 0
    while i < len(unit) and unit[i] in mults:
        i += 1
    return unit[:i], unit[i:]


def _scale(mult: str, mults: Any) -> Decimal:
    scale = Decimal(1)
    for c in mult:
        scale *= Decimal(mults[c])
    return scale


def unit_key(q: Quantity) -> str:
    return q.classifier or q.base_unit


def compatible(t: Quantity, a: Quantity) -> bool:
    """Same dimension and kind: a growth target pairs with a growth rate (or with a fall:
    下降2.3% answers 增长5% as -2.3%), never with a level."""
    if t.dimension != a.dimension:
        return False
    return t.kind == a.kind or (t.kind != "level" and a.kind != "level")


def _kind_key(q: Quantity) -> tuple[str, bool]:
    """Targets of one kind compete for the same actuals: a dimension, and level or change."""
    return q.dimension, q.kind == "level"


@slot_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Candidate:
    score: float
    target: int
    actuals: tuple[int, ...]
    why: tuple[str, ...]


def pair_mentions(targets: list[Mention], actuals: list[Mention], progress: Text, rules: Rules,
                  answers_follow: bool = False) -> list[Pair]:
    """Pair targets with actuals (found in ``progress``) one-to-one across the row, or with the
    sum of listed parts (a total the task breaks into parts, with the sum of its parts' answers);
    weak candidates stay unpaired. With ``answers_follow`` (prose, where both
    share one text) an actual answers only a target stated before it."""
    w = rules.weights
    # "申报高新技术企业100家": a target to submit is answered by what was submitted
    submits = any(rules.has_marker("submits", t.frame.subject) for t in targets)
    eligible = [a for a in actuals if (a.frame.status in ANSWERING and a.note is None)
                or (submits and a.frame.status == "candidate")]
    if not targets or not eligible:
        return []
    index = _Index(eligible, rules, len(targets))
    actual_units = _tally(unit_key(a.quantity) for a in eligible)
    target_units = _tally(unit_key(t.quantity) for t in targets)
    restated = _restated_values(targets, actuals, eligible, progress)
    rates = _stated_rates(actuals, progress)
    stage_of: dict[int, str] = {}  # each actual's stage of work, read once for all targets
    totals = _totals(eligible, progress)
    candidates: list[_Candidate] = []
    kinds = _tally(_kind_key(t.quantity) for t in targets)
    total_units = {unit_key(t.quantity) for t in targets if t.frame.aggregation == "cumulative"}  # (…,累计达到60个)
    seen: dict[Any, int] = {}
    for ti, t in enumerate(targets):
        key = _kind_key(t.quantity)
        rivals, position = kinds[key], seen.get(key, 0)  # targets of its kind, and its place among them
        seen[key] = position + 1
        # what could answer by kind (dimension, change, classifier type); the frames then rule out
        # more, but "the only answer of its kind" counts these
        window = (t.quantity.start - int(w["prose_reach_back"]), t.quantity.end + int(w["prose_reach"])) \
            if answers_follow else None
        submitted = submits and rules.has_marker("submits", t.frame.subject)
        near = [ai for ai in index.near(t, rules, window) if compatible(t.quantity, eligible[ai].quantity)
                and (submitted or eligible[ai].frame.status != "candidate")
                and rules.classifiers_compatible(t.quantity.classifier, eligible[ai].quantity.classifier)
                and (not answers_follow or eligible[ai].quantity.start > t.quantity.end
                     or t.note == "restated target")]  # "…48所,超额完成40所的年度目标任务"
        choices = [ai for ai in near if _admissible(t, eligible[ai], rules)]
        # "保有量2150个,其中本年新增286个": a target for one year's new ones (no multi-year span) is
        # answered by this period's new ones when the text states them apart from the total
        increment = _adds(t.frame, rules)
        # …and so is a target for the year's work (完成桩基1800根) when the text states this year's
        # apart from a running total since the work began (累计完成桩基1926根(其中今年完成1312根))
        cumulative = rules.markers["cumulative"]
        apart = increment or (t.frame.aggregation != "cumulative" and any(
            _running(eligible[ai], progress, cumulative) for ai in choices))
        new_ones = t.frame.years is None and apart and \
            any(_states_new_ones(eligible[ai], choices, eligible, progress, rules, increment) for ai in choices)
        # what really competes: neither work in progress nor a part of another candidate (this
        # period's new ones are a part that competes)
        # "开工112座、建成76座": where some choices are finished and others only started, a
        # target to build (not to start) is answered by the finished ones
        stages: dict[int, str] = {}
        if not rules.has_marker("started", t.frame.subject):
            for ai in near:
                if ai not in stage_of:
                    stage_of[ai] = _stage(progress, ai, eligible, rules)
                stages[ai] = stage_of[ai]
        started_only = "finished" in stages.values()
        scored: dict[int, tuple[float, tuple[str, ...]]] = {}  # each choice's _score, computed once

        def score_of(ai: int) -> tuple[float, tuple[str, ...]]:
            if ai not in scored:
                scored[ai] = _score(t, eligible[ai], rules)
            return scored[ai]

        # "接待游客…,其中过夜游客…" for 过夜游客: a part that names the target competes as a whole
        named_parts = {ai for ai in near if _part_names_target(t, ai, eligible, totals, score_of, rules)}
        finished = [ai for ai in near if eligible[ai].frame.status != "in_progress" and (
            totals.get(ai) not in near or ai in named_parts
            or (new_ones and eligible[ai].frame.aggregation == "this_period")
            or (started_only and stages.get(totals.get(ai, -1)) == "started"))
            and not (started_only and stages[ai] == "started")]
        yearly = t.frame.years is None and t.frame.aggregation != "cumulative"  # a target for the year's work
        for ai in choices:
            a = eligible[ai]
            score, why = score_of(ai)
            tq, aq = t.quantity, a.quantity
            base = tq.base_value
            ratio = aq.base_value / base if base else Decimal(0)
            same_unit = unit_key(tq) == unit_key(aq)
            # (an amount of another action is another measure: being the only one says nothing)
            named_other = (score < w["only_candidate_floor"] and _other_statistic(t.frame.head, a.frame.head, rules)) \
                or _other_action(t.frame, a.frame, rules) or _other_rate(t.frame, a.frame, rules)
            if rivals == 1 and (len(near) == 1 or finished == [ai]) and not named_other:
                # "建成12个,另有8个正在改造"; not an amount that names another measure (技术合同成交额
                # growth against 高新技术产业增加值增长9.3%)
                score += w["only_candidate_same_unit"] if same_unit else w["only_candidate_other_unit"]
                why += ("the only answer of its kind",)
                if same_unit and Decimal("0.2") <= ratio <= 5:
                    score += w["only_candidate_plausible"]
            elif same_unit and actual_units[unit_key(aq)] == 1 and target_units[unit_key(tq)] == 1 and not named_other:
                score += w["unique_unit"]
                why += (f"the only amount in {aq.classifier or aq.unit}",)
            if tq.kind == "level" and base and (ratio > 20 or ratio < Decimal("0.02")):
                score += w["implausible_ratio"]
            if tq.kind != "level" and aq.kind != "level" and rules.has_marker(
                    "since_year_start", progress.norm, progress.clause(aq.start, aq.end)[0], aq.start):
                score += w["since_year_start"]  # "较年初增长9.2%,同比增长17.6%": the year-on-year rate answers
                why += ("a change since the start of the year",)
            if tq.kind == "level" and base and _rate_agrees(aq, ratio, rates, progress):
                score += w["stated_rate_agrees"]  # "完成投资13.05亿元,占年度计划的72.5%": 13.05 / 18
                why += ("the completion rate the text states agrees",)
            f = a.frame
            if f.coordination == "respectively" and f.index == position and f.size == rivals > 1 \
                    and f.subject_from != "list":
                score += w["respectively_order"]
                why += ("in the order of the list",)
            running = _running(a, progress, cumulative)
            # (a running total this year so far is this year's new ones, unless stated as a level
            # reached: "新上线12项,累计达到46项")
            if new_ones and running and not (a.period and a.period.startswith(rules.markers["year_to_date"])
                                             and not _word_before(progress, aq, rules.markers["level_reached"])):
                score += w["stock_for_increment"]
            elif running and increment and t.frame.aggregation != "cumulative" and not _adds(f, rules) \
                    and _word_before(progress, aq, rules.markers["level_reached"]):
                score += w["stock_named_for_increment"]  # "全市新能源公交车达到2146辆" for 新增…300辆
                why += ("a stock against a target to add",)
            elif running and increment and t.frame.aggregation != "cumulative" and unit_key(tq) in total_units:
                score += w["stock_for_increment"]  # "新建…15个,全市累计达到60个": the running total answers the total
                why += ("a running total, and the row sets a target for the total",)
            elif running and yearly and _since_start(progress, aq, rules) \
                    and any(not _running(eligible[bi], progress, cumulative) for bi in finished if bi != ai):
                # "完成…改造112个;自2021年实施以来,累计完成…486个" for 完成…改造150个: the year's
                # target is answered by the year's work, not by the total since the programme began
                score += w["stock_for_increment"]
                why += ("a total since the work began against a year's target",)
            elif running:
                score += w["running_total"]
            elif f.aggregation == "this_period" and (increment or new_ones):
                score += w["this_period_increment"]
                why += ("this period's new ones" if increment else "this period's, apart from the running total",)
            if f.status == "in_progress":
                score += w["in_progress"]
            if started_only and stages.get(ai) == "started":
                score += w["started_for_finished"]
            if t.frame.years is not None:  # a multi-year target: the running total since it began
                if running:
                    score += w["multi_year_cumulative"]
                    why += ("the total since the period began",)
                else:
                    score += w["multi_year_increment"]
            if _restates_next(progress, ai, eligible) and ratio == 1:
                score += w["restates_next"]
            finished_part = started_only and stages.get(ai) == "finished" and stages.get(totals.get(ai, -1)) == "started"
            # (an item of a list with its total stated after it is a part too: "…居民用户1.26万户、
            # …工商用户932户,合计13532户")
            is_part = f.coordination == "part" or (ai in totals and eligible[totals[ai]].frame.coordination == "total")
            if (t.frame.coordination == "part" or is_part) and \
                    not (new_ones and f.aggregation == "this_period") and not finished_part \
                    and ai not in named_parts:
                if (t.frame.coordination == "part") != is_part:
                    score += w["part_mismatch"]
                    if totals.get(ai) in choices:  # "已完成1.62万亩,其中新造林0.8万亩": the total answers
                        score += w["part_of_candidate"]
            if restated.get(ai) is not None:
                if restated[ai] == ti:
                    score += w["restated_value"]
                    why += ("the target value the report restates",)
                else:
                    score += w["restated_other"]
            candidates.append(_Candidate(score, ti, (ai,), why))
        candidates += _sums(t, ti, eligible, choices, progress, rules)
    return _total_of_answered_parts(targets, _choose(targets, eligible, candidates, rules), rules, eligible, totals)


def _part_names_target(t: Mention, ai: int, eligible: list[Mention], totals: dict[int, int],
                       score_of: Callable[[int], tuple[float, tuple[str, ...]]], rules: Rules) -> bool:
    """"接待游客1062.8万人次,其中过夜游客218.4万人次" for a target of 过夜游客: a part in the
    target's unit that names its measure much better than its total does is no mere part."""
    total, a = totals.get(ai), eligible[ai]
    if total is None or (a.frame.coordination != "part" and eligible[total].frame.coordination != "total") \
            or unit_key(a.quantity) != unit_key(t.quantity):
        return False
    part, whole, wanted = a.frame.subject, eligible[total].frame.subject, t.frame.subject
    if part and (part in wanted or wanted in part) and not (whole and (whole in wanted or wanted in whole)):
        return True  # the part's words are the target's, the total's are not
    return score_of(ai)[0] >= score_of(total)[0] + rules.weights["part_names_target_margin"]


def _total_of_answered_parts(targets: list[Mention], pairs: list[Pair], rules: Rules,
                             eligible: Sequence[Mention] = (), totals: Mapping[int, int] | None = None) -> list[Pair]:
    """"完成营造林3.2万亩,其中人工造林1.5万亩、森林抚育1.7万亩": a total the task breaks into
    parts that add up to it, and that nothing answers itself, is answered by the sum of the
    parts' answers when every part has one, or by the total those answers are the parts of
    ("已完工10座,其中小(1)型3座、小(2)型7座": 10座)."""
    answered = {id(p.target): p for p in pairs}
    used = {id(a) for p in pairs for a in p.actuals}
    index = {id(a): k for k, a in enumerate(eligible)}
    out = list(pairs)
    for i, t in enumerate(targets):
        if id(t) in answered or t.frame.coordination == "part":
            continue
        parts = list(itertools.takewhile(lambda u: u.frame.coordination == "part", targets[i + 1 :]))
        whole = t.quantity.base_value
        if len(parts) < 2 or any(id(u) not in answered or unit_key(u.quantity) != unit_key(t.quantity) for u in parts) \
                or abs(sum(u.quantity.base_value for u in parts) - whole) > abs(whole) / 1000:
            continue
        found = tuple(a for u in parts for a in answered[id(u)].actuals)
        parents = {(totals or {}).get(index.get(id(a), -1), -1) for a in found}
        parent = eligible[parents.pop()] if len(parents) == 1 and -1 not in parents else None
        if parent is not None and id(parent) not in used and unit_key(parent.quantity) == unit_key(t.quantity) \
                and abs(parent.quantity.base_value - sum(a.quantity.base_value for a in found)) <= abs(whole) / 1000:
            out.append(make_pair(t, (parent,), "the total whose parts answer its parts",
                                 "single", rules.has_marker("lower_is_better", t.frame.subject or t.metric)))
        elif len({id(a) for a in found}) == len(found):
            out.append(make_pair(t, found, f"the answers of its {len(parts)} parts add up to the total",
                                 "sum", rules.has_marker("lower_is_better", t.frame.subject or t.metric)))
    order = {id(t): k for k, t in enumerate(targets)}
    return sorted(out, key=lambda p: order[id(p.target)])


def _other_statistic(a: str, b: str, rules: Rules) -> bool:
    """Whether two head nouns name two different statistics (成交额 and 增加值: both end in a
    word of [frames] statistic_endings, and neither covers the other)."""
    endings = tuple(rules.lexicon["frames"]["statistic_endings"])
    return a.endswith(endings) and b.endswith(endings) and not rules.heads_compatible(a, b)


def _other_rate(tf: Frame, af: Frame, rules: Rules) -> bool:
    """Whether two frames measure two rates of different words (后处理率 and 发现率; not 整改率,
    which shortens 整改到位率: a rate's word in the other's subject is the same rate)."""
    a, b = tf.head, af.head
    ending = next((e for e in rules.lexicon["frames"]["rate_endings"] if a.endswith(e) and b.endswith(e)), None)
    if ending is None or a in b or b in a:
        return False
    return a[: -len(ending)] not in af.subject and b[: -len(ending)] not in tf.subject


def _stated_rates(actuals: list[Mention], progress: Text) -> dict[int, list[tuple[int, float]]]:
    """The completion rates a text states (完成年度计划的72.5%), by sentence: (start, percent)."""
    out: dict[int, list[tuple[int, float]]] = {}
    for m in actuals:
        if m.frame.status == "completion_rate":
            out.setdefault(progress.sentence_number(m.quantity.start), []).append((m.quantity.start, float(m.quantity.value)))
    return out


def _rate_agrees(q: Quantity, ratio: Decimal, rates: dict[int, list[tuple[int, float]]], progress: Text) -> bool:
    """Whether a completion rate stated after ``q`` in its sentence is ``ratio`` as rounded."""
    if not rates:
        return False
    percent = float(ratio) * 100
    return any(start > q.end and abs(percent - rate) <= max(0.1, 0.002 * rate)
               for start, rate in rates.get(progress.sentence_number(q.start), ()))


def _stage(progress: Text, ai: int, eligible: list[Mention], rules: Rules) -> str:
    """"finished" or "started" when the words of an actual's own stretch of its clause (between
    the amounts around it) say the work is done (建成, 竣工…) or only begun (开工, 进场施工…),
    else ""."""
    q = eligible[ai].quantity
    left, right = progress.clause(q.start, q.end, reach=REACH)
    if ai and eligible[ai - 1].quantity.end > left:
        left = eligible[ai - 1].quantity.end
    if ai + 1 < len(eligible) and eligible[ai + 1].quantity.start < right:
        right = eligible[ai + 1].quantity.start
    words = progress.norm[left : q.start] + progress.norm[q.end : right]
    if rules.has_marker("finished", words):
        return "finished"
    return "started" if rules.has_marker("started", words) else ""


def _states_new_ones(a: Mention, choices: list[int], eligible: list[Mention], progress: Text, rules: Rules,
                     increment: bool = True) -> bool:
    """Whether ``a`` states this period's new ones apart from a running total: marked so (今年新建),
    or named by an increment word (新增上云企业1126家) in the sentence of a running total
    (…,累计达到5890家)."""
    if a.frame.aggregation == "this_period":
        return True
    if a.frame.aggregation or not increment or not _adds(a.frame, rules):
        return False
    return any(eligible[ai].frame.aggregation == "cumulative" and not progress.breaks_between(
        min(a.quantity.end, eligible[ai].quantity.end), max(a.quantity.start, eligible[ai].quantity.start))
        for ai in choices)


def _adds(frame: Frame, rules: Rules) -> bool:
    """Whether a frame counts new ones (新增, 新建, 培育…: markers increment), in its subject or
    as its action (a verb its subject shed: 培育家庭农场)."""
    return rules.has_marker("increment", frame.subject) or frame.action in rules.markers["increment"]


def _tally(keys: Iterable[Any]) -> dict[Any, int]:
    """How often each key occurs (a dict: cheaper than a Counter for the few keys of a row)."""
    counts: dict[Any, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return counts


def _admissible(t: Mention, a: Mention, rules: Rules) -> bool:
    """What the frames rule out before any similarity is computed (``compatible`` and the
    classifier types are checked before: people are not places, 1.8万人次 never answers 20个
    stations)."""
    tf, af = t.frame, a.frame
    if tf.per_capita != af.per_capita:
        return False  # 千人托位数 is no number of 托位
    if (tf.aggregation == "multi_year_mean") != (af.aggregation == "multi_year_mean"):
        return False  # 年均增长 over years is no one year's growth
    if af.coordination == "series" and af.year is not None and tf.year is not None and af.year != tf.year:
        return False  # the element of another year of a series
    if af.coordination == "series" and tf.year is None and af.size is not None and af.index != af.size - 1:
        return False  # with no year named, only the latest element of a series answers
    if rules.has_marker("whole_totals", tf.subject) and rules.has_marker("scope_restrictions", af.subject) \
            and not rules.has_marker("scope_restrictions", tf.subject):
        return False  # 规上工业能源消费量 is only a part of 能源消费总量, 全社会用电量
    for group in rules.lexicon["frames"]["exclusive_qualifiers"]:  # 调查失业率 is no 登记失业率
        named = {w for w in group if w in tf.subject}, {w for w in group if w in af.subject}
        if all(named) and not named[0] & named[1]:
            return False
    label = rules.frame_patterns["class_label"]
    labels = set(label.findall(tf.subject)), set(label.findall(af.subject))
    if all(labels) and not labels[0] & labels[1]:
        return False  # 小(1)型水库 are no 小(2)型水库, 3A级 no 4A级景区
    return not rules.action_excluded(tf.action, af.action, a.metric)


def _score(t: Mention, a: Mention, rules: Rules) -> tuple[float, tuple[str, ...]]:
    """How well actual ``a`` answers target ``t`` from their frames alone, and why."""
    w = rules.weights
    tf, af = t.frame, a.frame
    why: list[str] = []
    if af.subject_from == "row" or not has_content(af.subject):
        score = w["unnamed_actual"]  # names nothing: it answers for the row
        why.append("its text names no other measure")
        if tf.action and tf.action in a.metric:  # "现已新增20条" for 新增公交线路
            score += w["unnamed_same_action"]
            why.append(f"its words name the target's action ({tf.action})")
    else:
        # a change's word (增长, 下降) is its kind, compared apart: the measure is what it changes
        measure = rules.measure_of if t.quantity.kind != "level" else str
        subject, head = af.subject, af.head
        if _shared_by(af):  # "A、B均增长15%": the value of each item; the best-named one answers
            subject = max(_shared_by(af), key=lambda item: rules.subject_similarity(measure(tf.subject), measure(item)))
            head = head_noun(subject, rules)
        score = rules.subject_similarity(measure(tf.subject), measure(subject))
        why.append(f"same measure ('{tf.subject}' ~ '{subject}')" if score >= 0.6
                   else f"related measure ('{tf.subject}' ~ '{subject}')")
        if rules.heads_compatible(tf.head, head):
            score += w["same_head"]  # 书房 ~ 城市书房, 场馆 ⊃ 图书馆
        elif _other_rate(tf, dataclasses.replace(af, head=head), rules):
            score += w["other_rate"]  # 后处理率 is no 发现率
            why.append(f"another rate ('{tf.head}' / '{head}')")
        elif not _shared_by(af) and (_modifies(tf.head, af) or _modifies(af.head, tf)):
            score += w["head_as_modifier"]  # 未来工厂 is no 未来工厂试点
            why.append(f"another thing ('{tf.head}' / '{af.head}')")
    if tf.aggregation != "cumulative" and _adds(tf, rules) and not _adds(af, rules) \
            and rules.has_marker("stock_words", af.subject):
        score += w["stock_named_for_increment"]  # "新增高新技术企业150家" is no "高新技术企业数量1012家"
        why.append("a stock against a target to add")
    if _other_action(tf, af, rules):
        score += w["other_action"]  # 新增公交线路 is no 优化公交线路
        why.append(f"another action ('{tf.action}' / '{af.action}')")
    if tf.scope and af.scope:  # both taken for listed places: the same places, or others
        if set(tf.scope) & set(af.scope):
            score += w["same_places"]
            why.append("for the same places")
        else:
            score += w["other_places"]
    tt, at = _thresholds(tf.subject, rules), _thresholds(af.subject, rules)
    if tt != at:
        score += w["threshold_mismatch_both"] if tt and at else w["threshold_mismatch_one"]
    terms = next((word for word in rules.markers["price_terms"] if word in tf.subject), None)
    if terms is not None and terms in af.subject:
        score += w["same_price_terms"]  # 实际增长6% ~ …,扣除价格因素,实际增长5.7%
        why.append(f"both {terms}")
    tc, ac = t.quantity.classifier, a.quantity.classifier
    if tc and ac and (tc in ac or ac in tc):
        score += w["same_classifier"] if tc == ac else w["related_classifier"]
    if a.quantity.kind != t.quantity.kind:
        score += w["fall_for_growth"]
        why.append("a fall against a growth target")
    elif t.quantity.kind == "level" and tf.subject.endswith(rules.amount_change) \
            and not any(word in af.subject for word in rules.amount_change) and not _adds(af, rules):
        score += w["level_for_change"]  # "增收1.5亿元" is not answered by "收入完成22.35亿元"
        why.append("a level against a change")
    elif t.quantity.kind == "level" and rules.measure_of(a.metric) != a.metric \
            and rules.frame_patterns["comparison"].search(a.metric) is not None \
            and rules.measure_of(tf.subject) == tf.subject and not _adds(tf, rules) and not _adds(af, rules):
        # "时间压缩至1个工作日" is not answered by "较上年压缩0.4个工作日": the change on a baseline
        score += w["change_for_level"]
        why.append("a change against a level")
    if a.period:
        why.append(f"reported for {a.period}")
    if af.status == "estimate":
        why.append("an estimate (for a period that has passed, or measured), not a forecast")
    return score, tuple(why)


def _shared_by(f: Frame) -> tuple[str, ...]:
    """The items one value is stated for (A、B均增长15%, A、B各2家), or ()."""
    return f.items if f.coordination in ("all", "each") else ()


def _other_action(tf: Frame, af: Frame, rules: Rules) -> bool:
    """Whether both frames name actions, of different sorts only (新认定 / 新建, 新增 / 优化)."""
    return bool(tf.action and af.action) and rules.actions_differ(tf.subject + tf.action, af.subject + af.action)


def _modifies(head: str, f: Frame) -> bool:
    """Whether ``head`` stands in the other subject only as a modifier of another head noun
    ("未来工厂" in "入选省未来工厂试点")."""
    return bool(head and f.head) and head in f.subject and not f.subject.endswith(head)


def _running(a: Mention, progress: Text, cumulative: tuple[str, ...]) -> bool:
    """Whether ``a`` is a running total (累计…, or so aggregated; a list's 合计 is its sum)."""
    return a.frame.aggregation == "cumulative" or (
        a.frame.coordination != "total" and _word_before(progress, a.quantity, cumulative))


def _since_start(progress: Text, q: Quantity, rules: Rules) -> bool:
    """Whether the running total ``q`` counts since its work began, not this year: a running total
    stated as a level reached (累计建成绿道达到186公里; a bare 达8878例 may be the programme's own
    total) or a 以来 of a start in its sentence (自2021年实施以来, 开工以来; not 今年以来)."""
    start, _ = progress.sentence(q.start, q.end)
    left = progress.clause(q.start, q.end)[0]
    running = rules.find_marker("running_word", progress.norm, left, q.start)
    if running is not None and _word_before(progress, q, rules.markers["level_reached"]):
        return True
    if running is not None and progress.norm[max(0, running.start() - 2) : running.start()].endswith(
            tuple(rules.markers["years_running"])):
        return True  # "三年累计征收10650户": the total of several years
    at = progress.norm.rfind(rules.markers["since"][0], start, q.start)
    return at >= 0 and not progress.norm[max(start, at - 2) : at + 2].endswith(tuple(rules.markers["year_to_date"]))


def _word_before(progress: Text, q: Quantity, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` ends right before ``q``: a running total ("累计3200个": markers
    cumulative), or one stated as a level reached ("累计达到46项": markers level_reached)."""
    return progress.norm[max(0, q.start - 3) : q.start].endswith(words)


def _restates_next(progress: Text, ai: int, eligible: list[Mention]) -> bool:
    """"8个重点行业中…3个": followed closely in its clause by a part of it (a smaller amount of
    the same dimension; "新增6项先进标准6项" repeats itself, no part follows)."""
    if ai + 1 >= len(eligible):
        return False
    a, b = eligible[ai].quantity, eligible[ai + 1].quantity
    return b.start - a.end < 30 and not progress.breaks_between(a.end, b.start) \
        and b.dimension == a.dimension and b.base_value < a.base_value


def _totals(eligible: list[Mention], progress: Text) -> dict[int, int]:
    """{part: its total}: each 其中 part and the last amount of its dimension before it in its
    sentence that is no part ("开工13个,开工率86.7%,其中已完工6个": 13个), and each item of a list
    and the total stated after it ("…1.26万户、…932户,合计13532户": 13532户)."""
    out: dict[int, int] = {}
    totals: dict[str, int] = {}
    for ai, a in enumerate(eligible):
        dimension = a.quantity.dimension
        if a.frame.coordination == "total" and a.frame.size and ai >= a.frame.size:
            # "新增…居民用户1.26万户、…工商用户932户,合计13532户": the items listed before a total
            for bi in range(ai - a.frame.size, ai):
                out.setdefault(bi, ai)
        if a.frame.coordination != "part":
            totals[dimension] = ai
        elif dimension in totals and not progress.breaks_between(eligible[totals[dimension]].quantity.end,
                                                                 a.quantity.start):
            out[ai] = totals[dimension]
    return out


def _restated_values(targets: list[Mention], actuals: list[Mention], eligible: list[Mention],
                     progress: Text) -> dict[int, int]:
    """"基本医疗保险参保率为94.1%,超过92%的目标": a restated target value names the target that
    the result before it in its sentence answers. {eligible index: target index}."""
    out: dict[int, int] = {}
    position = {id(a): i for i, a in enumerate(eligible)}
    by_value: dict[tuple[str, Decimal], list[int]] = defaultdict(list)
    for ti, t in enumerate(targets):
        by_value[(t.quantity.dimension, t.quantity.base_value)].append(ti)
    for k, r in enumerate(actuals):
        if r.frame.status != "restated":
            continue
        same = by_value.get((r.quantity.dimension, r.quantity.base_value), [])
        if len(same) != 1:
            continue
        for j in range(k - 1, -1, -1):
            a = actuals[j]
            if progress.breaks_between(a.quantity.end, r.quantity.start):
                break  # only the result in its sentence
            if id(a) in position and a.quantity.dimension == r.quantity.dimension:
                out[position[id(a)]] = same[0]
                break
    return out


def _sums(t: Mention, ti: int, eligible: list[Mention], choices: list[int], progress: Text,
          rules: Rules) -> list[_Candidate]:
    """Sums that may answer ``t``: the parts listed under one heading ("惠民场地建设方面,8个…、
    8个…"), and one part per item of a target over listed kinds ("新增省级、市级…30家" answered
    by "新增省级…12家;新增市级…21家")."""
    w = rules.weights
    out = []
    for group, score in _heading_groups(t, eligible, choices, progress, rules):
        out.append(_Candidate(score, ti, group, ("parts listed under one heading add up to the target",)))
    out += _level_sums(t, ti, eligible, choices, rules)
    out += _place_sums(t, ti, eligible, choices, rules)
    out += _kind_sums(t, ti, eligible, choices, progress, rules)
    out += _each_sums(t, ti, eligible, choices, progress, rules)
    items = t.frame.items
    # (the kinds of a compound, 进出口 or 雨污水, add up only where no amount names the compound)
    compound = next((c for c, kinds in rules.compounds(t.frame.subject) if kinds == items), None)
    if compound is not None and any(compound in eligible[ai].frame.subject for ai in choices):
        items = ()
    if len(items) >= 2 and any(all(item in eligible[ai].frame.subject for item in items) for ai in choices):
        items = ()  # "共完成药品、医疗器械、化妆品抽检1046批次": an amount names them all
    if len(items) >= 2:
        parts: list[int] = []
        for item in items:
            holders = _holders(item, items, t, eligible, choices, lambda a: a.frame.subject)
            if not holders:  # "新开通城区至高铁站、工业园区公交线路3条": the kind is in the clause
                holders = _holders(item, items, t, eligible, choices, lambda a: _clause_before(progress, a))
            if len(holders) != 1:
                break
            parts.append(holders[0])
        else:
            if len(set(parts)) == len(parts):
                best = max(_score(t, eligible[ai], rules)[0] for ai in parts)
                out.append(_Candidate(max(best, w["min_score"]) + w["sum_of_parts"], ti, tuple(parts),
                                      (f"one part for each of {' / '.join(items)} adds up to the target",)))
    return out


def _each_sums(t: Mention, ti: int, eligible: list[Mention], choices: list[int], progress: Text,
               rules: Rules) -> list[_Candidate]:
    """"经开区、高新区新增…各12家,其余县(市、区)合计新增19家" for 新增…50家: a value stated for
    each item of a list counts once per item, with the rest of the places after it in its
    sentence, for a target that names none of the items."""
    if t.frame.scope or t.frame.items or t.quantity.dimension in ("percent", "percentage_point"):
        return []
    remainder = tuple(rules.lexicon["frames"]["place_remainder"])
    out = []
    for ai in choices:
        a = eligible[ai]
        if a.frame.coordination != "each" or a.frame.index != 0 or unit_key(a.quantity) != unit_key(t.quantity):
            continue
        parts = tuple(bi for bi in choices if eligible[bi].frame.coordination == "each"
                      and eligible[bi].quantity.start == a.quantity.start)
        items = [eligible[bi].frame.scope[0] if eligible[bi].frame.scope else eligible[bi].frame.subject for bi in parts]
        if len(parts) != a.frame.size or len(parts) < 2 or any(item in t.frame.subject for item in items):
            continue
        rest = next((bi for bi in choices if bi > ai and eligible[bi].frame.subject.startswith(remainder)
                     and unit_key(eligible[bi].quantity) == unit_key(t.quantity)
                     and not progress.breaks_between(a.quantity.end, eligible[bi].quantity.start)), None)
        parts += (rest,) if rest is not None else ()
        best = max(_score(t, eligible[k], rules)[0] for k in set(parts))
        out.append(_Candidate(max(best, rules.weights["min_score"]) + rules.weights["sum_of_parts"], ti, parts,
                              (f"the value stated for each of {' / '.join(items)} adds up to the target",)))
    return out


def _holders(item: str, items: tuple[str, ...], t: Mention, eligible: list[Mention], choices: list[int],
             words: Callable[[Mention], str]) -> list[int]:
    """The choices whose ``words`` name ``item`` and no other of ``items``: whole amounts in the
    target's unit (not parts of another, unless the target is a part too: "其中喷灌、微灌面积1万亩"
    answered by "其中…喷灌0.48万亩、微灌0.36万亩")."""
    parts = t.frame.coordination == "part"
    return [ai for ai in choices if item in words(eligible[ai]) and (parts or eligible[ai].frame.coordination != "part")
            and unit_key(eligible[ai].quantity) == unit_key(t.quantity)
            and not any(other in words(eligible[ai]) for other in items if other != item)]


def _clause_before(progress: Text, a: Mention) -> str:
    """The words of an actual's clause (a 、 list included) before its number."""
    start, _ = progress.clause(a.quantity.start, a.quantity.end, lists=True, reach=REACH)
    return progress.norm[start : a.quantity.start]


def _kind_sums(t: Mention, ti: int, eligible: list[Mention], choices: list[int], progress: Text,
               rules: Rules) -> list[_Candidate]:
    """"新改建农村公路260公里" answered by "新建农村公路112公里、改建农村公路156.5公里", "新建技能
    大师工作室10家" by "新建市级技能大师工作室8家、省级技能大师工作室3家": the amounts of a whole
    list in a sentence, each the target's measure made narrower in its own way (a grade, a kind,
    or an action the target's covers: 新建 and 改建 of 新改建), add up to it; so do those of a 分别
    list that share one subject over the items named before it ("新签约工业项目26个、服务业项目
    17个,协议投资分别为138亿元和42.6亿元")."""
    if t.frame.scope or t.quantity.dimension in ("percent", "percentage_point"):
        return []
    w = rules.weights
    if t.frame.per_capita or t.frame.coordination == "respectively":
        return []
    increment = _adds(t.frame, rules) and t.frame.aggregation != "cumulative" and t.frame.years is None
    cumulative = rules.markers["cumulative"]
    ordered = sorted(ai for ai in choices if unit_key(eligible[ai].quantity) == unit_key(t.quantity)
                     and eligible[ai].frame.coordination in ("", "respectively"))
    lists: list[list[int]] = []  # the 、 and 分别 lists the amounts in the unit stand in, in order
    # (a target of two actions, 新建改建…, is answered by a sentence that states them clause by
    # clause: "新建城市道路21.6公里,改造提升城市道路18.9公里")
    combined = rules.combines_actions(t.frame.action)
    for ai in ordered:
        f = eligible[ai].frame
        before = eligible[lists[-1][-1]].frame if lists else None
        previous = eligible[lists[-1][-1]].quantity if lists else None
        if before is not None and previous is not None and f.coordination == before.coordination and (
                (_listed_next(progress, previous, eligible[ai].quantity)
                 or (combined and not progress.breaks_between(previous.end, eligible[ai].quantity.start)))
                if f.coordination == ""
                else f.index is not None and before.index is not None and f.index == before.index + 1):
            lists[-1].append(ai)
        else:
            lists.append([ai])
    out = []
    for items in lists:  # the whole list, not some of its items (绿色食品12个、有机农产品5个…)
        if len(items) < 2:
            continue  # (most rows: no segmentation)
        after = items[-1] + 1  # (a total the text states after the list is the sum: 合计13532户)
        if after in choices and eligible[after].frame.coordination == "total" and eligible[after].frame.size == len(items):
            continue
        if increment and any(_running(eligible[ai], progress, cumulative) for ai in items):
            continue  # "累计分别达到186项、312项": stocks, no sum of new ones
        shared = eligible[items[0]].frame.coordination == "respectively" and \
            len({eligible[ai].frame.subject for ai in items}) == 1  # "协议投资分别为138亿元和42.6亿元"
        ways = [_narrowing(t, eligible[ai], rules) for ai in items]
        if not shared and (None in ways or len(set(ways)) < len(ways)):
            continue
        scores = [_score(t, eligible[ai], rules)[0] for ai in items]
        if min(scores) >= w["kind_sum_item_floor"]:
            out.append(_Candidate(max(scores) + w["sum_of_parts"], ti, tuple(items),
                                  ("kinds of the target's measure add up to it",)))
    return out


def _listed_next(progress: Text, a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` follows ``a`` as the next item of a 、 list (no clause break between)."""
    return progress.breaks_between(a.end, b.start, "list") and not progress.breaks_between(a.end, b.start, "clause")


def _narrowing(t: Mention, a: Mention, rules: Rules) -> tuple[str, frozenset[str]] | None:
    """How actual ``a`` narrows target ``t``'s measure: (its own action, its words the target's
    subject lacks), or None when it does not (another head, an action the target's does not
    cover, or nothing of its own)."""
    tf, af = t.frame, a.frame
    if not rules.heads_compatible(tf.head, af.head):
        return None
    action = rules.frame_patterns["action"]
    own_action = af.action if af.action and af.action != tf.action else ""
    if own_action and (not tf.action or not set(own_action) <= set(tf.action)) \
            and not rules.action_covers(tf.action, own_action):
        return None  # 改建 is covered by 新改建 (and 改造 by 新建改建), not by 新建
    edges = rules.lexicon["metric_edges"]  # words that say how or when (已, 全市, 累计), not which kind
    target_words = set(segments(action.sub("", tf.subject), rules.terms))
    actual_words = segments(action.sub("", af.subject), rules.terms)
    levels = rules.lexicon["frames"]["level_rank"]
    if any(w in levels for w in target_words.difference(actual_words)) and any(
            w in levels and w not in target_words for w in actual_words):
        return None  # another level is a sibling, not a narrowing: 省级绿色工厂 for 国家级绿色工厂
    extra = frozenset(w for w in actual_words
                      if w not in target_words and w not in edges["leading"] and w not in edges["trailing"]
                      and not rules.change_word_run.fullmatch(w) and not any(c.isdigit() for c in w))
    return (own_action, extra) if own_action or extra else None


def _place_sums(t: Mention, ti: int, eligible: list[Mention], choices: list[int], rules: Rules) -> list[_Candidate]:
    """"整治县乡河道46公里" answered by "城关镇整治河道12公里、河口镇8.6公里、其余镇街合计17.9公里":
    a whole run of amounts given place by place adds up to a target set for no place of its own."""
    if t.frame.scope or t.quantity.dimension in ("percent", "percentage_point"):
        return []
    out = []
    for ai in choices:
        f = eligible[ai].frame
        if f.coordination != "place" or f.index != 0 or f.size is None:
            continue
        run = tuple(range(ai, ai + f.size))
        unit = eligible[ai].quantity
        # (in one unit; a classifier of the same type as the target's counts alike: 电梯200部, 78台)
        if (unit_key(unit) == unit_key(t.quantity) or (unit.base_unit == t.quantity.base_unit and
                                                       rules.classifiers_compatible(unit.classifier, t.quantity.classifier))) \
                and all(k in choices and eligible[k].frame.coordination == "place" and eligible[k].frame.index == k - ai
                        and unit_key(eligible[k].quantity) == unit_key(unit) for k in run):
            best = max(_score(t, eligible[k], rules)[0] for k in run)
            out.append(_Candidate(max(best, rules.weights["min_score"]) + rules.weights["sum_of_parts"], ti, run,
                                  (f"the amounts of {' / '.join(eligible[k].frame.scope[0] for k in run)} add up to the target",)))
    return out


def _level_sums(t: Mention, ti: int, eligible: list[Mention], choices: list[int], rules: Rules) -> list[_Candidate]:
    """"新增省级以上众创空间、孵化器10家" answered by "省级众创空间4家、省级孵化器3家、国家级孵化器2家":
    the actuals recognised at the target's level floor or higher, of its listed kinds (or its
    measure), add up to it when they are two or more, and no actual states a total at a floor
    itself ("市级以上…27家、新增省级…3家": the 3 are among the 27)."""
    floor = t.frame.level_floor
    if not floor or any(rules.frame_patterns["level_floor"].search(eligible[ai].frame.subject) for ai in choices):
        return []
    rank = rules.lexicon["frames"]["level_rank"]
    level = rules.frame_patterns["level"]
    items = t.frame.items
    parts = []
    for ai in choices:
        a = eligible[ai]
        found = level.search(a.frame.subject)
        if found is None or rank[found.group(0)] < rank[floor] or a.frame.coordination == "part" \
                or unit_key(a.quantity) != unit_key(t.quantity):
            continue
        of_kind = sum(item in a.frame.subject for item in items) == 1 if len(items) >= 2 else \
            rules.heads_compatible(t.frame.head, a.frame.head) or _score(t, a, rules)[0] >= rules.weights["min_score"]
        if of_kind:
            parts.append(ai)
    if len(parts) < 2:
        return []
    best = max(_score(t, eligible[ai], rules)[0] for ai in parts)
    return [_Candidate(max(best, rules.weights["min_score"]) + rules.weights["sum_of_parts"], ti, tuple(parts),
                       (f"the parts at {floor} or above add up to the target",))]


def _heading_groups(t: Mention, eligible: list[Mention], choices: list[int], progress: Text,
                    rules: Rules) -> list[tuple[tuple[int, ...], float]]:
    """Coordinated actuals under one heading ("惠民场地建设方面,8个…、8个…"): their sum may answer."""
    norm = progress.norm
    groups: list[list[int]] = []
    for ai in sorted(choices):
        q = eligible[ai].quantity
        if groups:
            prev = eligible[groups[-1][-1]].quantity
            if not progress.breaks_between(prev.end, q.start) and q.classifier == prev.classifier \
                    and not any(c.isdigit() for c in norm[prev.end : q.start]):
                groups[-1].append(ai)
                continue
        groups.append([ai])
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        first = eligible[group[0]].quantity
        start, _ = progress.sentence(first.start)
        heading = norm[start : first.start]
        cut = max(heading.rfind(c) for c in ",:")
        if cut < 0 or not (heading[cut] == ":" or heading[:cut].endswith(rules.markers["list_heading"])):
            continue  # no heading introduces the list as parts of one whole
        score = rules.subject_similarity(t.frame.subject, "".join(heading[:cut].split()))
        if t.quantity.classifier and t.quantity.classifier == first.classifier:
            score += rules.weights["heading_same_classifier"]
        out.append((tuple(group), score))
    return out


def _choose(targets: list[Mention], eligible: list[Mention], candidates: list[_Candidate],
            rules: Rules) -> list[Pair]:
    """One-to-one, best first; ties go to the order of the lists (parallel lists answer in order)."""
    candidates.sort(key=lambda c: (-round(c.score, 6), abs(c.target - c.actuals[0]), c.target, c.actuals))
    used_t: set[int] = set()
    used_a: set[int] = set()
    # "A、B均增长15%": one value answers as many targets as it has items
    uses = {ai: len(_shared_by(a.frame)) - 1 for ai, a in enumerate(eligible) if _shared_by(a.frame)}
    chosen: dict[int, _Candidate] = {}
    for c in candidates:
        if c.score < rules.weights["min_score"] - 1e-9 or c.target in used_t or used_a.intersection(c.actuals):
            continue
        used_t.add(c.target)
        for ai in c.actuals:
            if uses.get(ai, 0) > 0 and len(c.actuals) == 1:
                uses[ai] -= 1
            else:
                used_a.add(ai)
        chosen[c.target] = c
    pairs = []
    for ti, t in enumerate(targets):
        pick = chosen.get(ti)
        if pick is None:
            continue
        found = tuple(eligible[ai] for ai in pick.actuals)
        why = "; ".join(dict.fromkeys(pick.why)) + f" (score {pick.score:.2f})"
        pairs.append(make_pair(t, found, why, "single" if len(found) == 1 else "sum",
                               rules.has_marker("lower_is_better", t.frame.subject or t.metric)))
    return pairs


class _Index:
    """Actuals by dimension and by the character bigrams of their subjects, so that a target
    looks only at the actuals it could share a measure with."""

    def __init__(self, eligible: list[Mention], rules: Rules, targets: int = 1) -> None:
        self.eligible = eligible
        w = rules.weights
        # a row of thousands of targets scores fewer candidates for each (its budget is shared)
        self.limit = max(int(w["min_candidates"]), min(int(w["max_candidates"]), int(w["candidate_budget"]) // max(targets, 1)))
        self.unnamed: dict[str, list[int]] = defaultdict(list)
        self.by_bigram: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_dimension: dict[str, list[int]] = defaultdict(list)
        self.indexed: set[str] = set()  # dimensions whose bigrams are indexed (only large pools)
        self.by_start: dict[str, tuple[list[int], list[int]]] = {}  # dimension -> (starts, ids) in text order
        for ai, a in enumerate(eligible):
            self.by_dimension[a.quantity.dimension].append(ai)

    def _index(self, dim: str, rules: Rules) -> None:
        self.indexed.add(dim)
        for ai in self.by_dimension[dim]:
            a = self.eligible[ai]
            if a.frame.subject_from == "row" or not has_content(a.frame.subject):
                self.unnamed[dim].append(ai)
            grams = set().union(*(bigrams(rules.expand(s)) for s in (a.frame.subject, *_shared_by(a.frame))))
            for gram in grams:
                self.by_bigram[(dim, gram)].append(ai)

    def near(self, t: Mention, rules: Rules, window: tuple[int, int] | None = None) -> list[int]:
        """The actuals ``t`` is scored against: those of its dimension (in prose, only those that
        start inside ``window``), at most ``max_candidates`` of them by shared bigrams."""
        dim = t.quantity.dimension
        pool = self.by_dimension.get(dim, [])
        if window is not None:
            pool = self._inside(dim, window)
        if len(pool) <= self.limit:
            return pool
        if dim not in self.indexed:
            self._index(dim, rules)
        allowed = set(pool) if window is not None else None
        shared: Counter[int] = Counter()
        for gram in bigrams(rules.expand(t.frame.subject)):
            hits = self.by_bigram.get((dim, gram), ())
            if len(hits) <= 4 * self.limit:  # a bigram every actual has tells nothing
                shared.update(hits if allowed is None else [ai for ai in hits if ai in allowed])
        found = [ai for ai, _ in shared.most_common(self.limit)]
        unnamed = self.unnamed.get(dim, [])
        found += [ai for ai in unnamed if allowed is None or ai in allowed][: self.limit]
        if not found:  # nothing shares a character: the nearest ones in the text
            found = pool[: self.limit]
        return sorted(set(found))

    def _inside(self, dim: str, window: tuple[int, int]) -> list[int]:
        if dim not in self.by_start:
            ids = sorted(self.by_dimension.get(dim, []), key=lambda ai: self.eligible[ai].quantity.start)
            self.by_start[dim] = ([self.eligible[ai].quantity.start for ai in ids], ids)
        starts, ids = self.by_start[dim]
        return sorted(ids[bisect.bisect_left(starts, window[0]) : bisect.bisect_right(starts, window[1])])


@lru_cache(maxsize=4096)
def _thresholds(subject: str, rules: Rules) -> frozenset[tuple[str, Decimal]]:
    """Class thresholds named inside a subject ("超10亿元产业项目" -> {(currency, 1e9)})."""
    if not any(c.isdigit() or c in rules.numeral_chars for c in subject):
        return frozenset()
    return frozenset((q.dimension, q.base_value) for q in extract(subject, rules, normalized=subject))


def clear_caches() -> None:
    """Forget the cached thresholds (for benchmarks and long runs)."""
    _thresholds.cache_clear()
