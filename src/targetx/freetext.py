"""Targets and results in running prose (a 政府工作报告, a news report), not in a table.

``score_text(text)`` splits the text into sentences (。！？；; and line breaks) and those into
clauses (，,：:), and gives every clause a role from the words it contains (the ``[markers]``
lists ``target_sentence``, ``report_sentence``, ``report_sentence_weak``, ``target_framing``,
``report_sentence_strong``, ``role_neutral_openers`` and ``role_marker_exclusions``):

* a clause with a target word ("计划新建…", "力争…") states targets, and so does every later
  clause of a sentence framed by "主要预期目标是:" (a list may run on past ；) unless it has a
  strong report word or a reporting period;
* a clause with a report word ("已完成", "累计", "实现", "超计划目标") or a reporting period
  ("1-10月", "上半年", "截至10月底") reports results; when both kinds occur the first one
  decides, and the weak report words (全年, 今年) count only when the clause has no target word;
* a clause opening with 对照/按照… refers to targets without stating one;
* a clause with no marker takes the role of the marked clause before it in its sentence; a
  sentence that opens with unmarked clauses gives them the role "target" when a later clause
  opens on 已/累计… ("300公里农村公路安保工程,现已完成344公里" names the task, then answers it);
  a sentence with no marker at all reports (a review of the year).

Quantities of target clauses become targets (or "other", by the same rules as a table's task
column), quantities of report clauses become actuals, and a report that restates its target
("超额完成40所的年度目标任务") gives a target too. Targets and actuals are paired across the
whole text as ``score_item`` pairs a row, except that a result answers only a target stated
before it. The returned ``ItemScore`` has ``task == progress == text``, so every mention's
offsets index ``text``.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import Literal

from .frames import read_progress, read_task
from .pairing import AlikeSubjects, infer_units, pair_mentions
from .patterns import timeout_for
from .rules import Rules
from .text import Text
from .types import ItemScore, Mention

ClauseRole = Literal["target", "actual"]


@dataclass(frozen=True, slots=True)
class Clause:
    """``text[start:end]`` and the role its quantities take."""

    start: int
    end: int
    role: ClauseRole
    sentence: int = 0


def score_text(text: str, rules: Rules | None = None) -> ItemScore:
    """Find targets and reported results in prose and pair each target with its result.

    Each clause is read as stating a target (计划, 力争, 目标…) or reporting a result (已完成,
    截至…), and the two kinds are paired as a row's columns are (a result after its promise).

    Args:
        text: running prose, such as a 政府工作报告 or a news report on 为民办实事 projects.
        rules: the rule set (default ``Rules.default()``).

    Returns:
        An ``ItemScore`` whose ``task`` and ``progress`` are both ``text``.

    Examples:
        >>> item = score_text("计划新建或改造80个社区便利店,现已超额完成93个。")
        >>> [(p.target.text, p.actuals[0].text, p.met) for p in item.pairs]
        [('80个', '93个', True)]
    """
    rules = rules or Rules.default()
    model = Text.of(text, rules)
    clauses = split_roles(model, rules)
    # two masks of the one text model, offsets unchanged: the target clauses only and the report
    # clauses only (the rest turned into line breaks), so that metrics, periods and list
    # headings are read from clauses of the right role only
    task_view = model.masked([(c.start, c.end) for c in clauses if c.role != "target"], rules)
    report_view = model.masked([(c.start, c.end) for c in clauses if c.role != "actual"], rules)
    targets, others = read_task(task_view, rules)
    actuals = read_progress(report_view, rules)
    # a report that restates its target ("超额完成40所的年度目标任务") states a target too
    restated = [dataclasses.replace(a, role="target", frame=dataclasses.replace(a.frame, status="target"))
                for a in actuals if a.note == "restated target"]
    targets = sorted(targets + restated, key=lambda m: m.quantity.start)
    actuals = [a for a in actuals if a.note != "restated target"]
    actuals = _elided_metrics(targets, actuals, clauses, rules)
    actuals = infer_units(targets, actuals, rules)
    # a result comes after its promise: last year's review does not answer this year's targets
    pairs = pair_mentions(targets, actuals, report_view, rules, answers_follow=True)
    return ItemScore(
        task=text,
        progress=text,
        targets=tuple(targets),
        others=tuple(others),
        actuals=tuple(actuals),
        pairs=tuple(pairs),
        adjusted_targets=tuple(a for a in actuals if a.note == "adjusted target"),
    )


def _elided_metrics(targets: list[Mention], actuals: list[Mention], clauses: list[Clause],
                    rules: Rules) -> list[Mention]:
    """"计划新建1万亩蔬菜基地,现已建成9120亩": the report clause right after a target clause of
    the same sentence leaves out what it measures; its first quantity takes the target's metric
    when its own metric names none of the targets."""
    out = []
    seen: set[int] = set()
    starts = [c.start for c in clauses]
    min_score = rules.weights["min_score"]
    alike = AlikeSubjects(targets, rules)
    in_order = sorted(targets, key=lambda t: t.quantity.start)
    target_starts = [t.quantity.start for t in in_order]
    for a in actuals:
        k = _clause_index(clauses, starts, a.quantity.start)
        if k is not None and k > 0 and k not in seen:
            seen.add(k)
            before = clauses[k - 1]
            if before.role == "target" and before.sentence == clauses[k].sentence:
                named = in_order[bisect.bisect_left(target_starts, before.start) : bisect.bisect_left(target_starts, before.end)]
                if len(named) == 1 and all(rules.subject_similarity(t.frame.subject, a.frame.subject) < min_score
                                           for t in alike.candidates(a.frame.subject)):
                    frame = dataclasses.replace(a.frame, subject=named[0].frame.subject, head=named[0].frame.head,
                                                subject_from="clause")
                    a = dataclasses.replace(a, metric=named[0].metric, frame=frame)
        out.append(a)
    return out


def _clause_index(clauses: list[Clause], starts: list[int], index: int) -> int | None:
    k = bisect.bisect_right(starts, index) - 1
    return k if k >= 0 and clauses[k].start <= index < clauses[k].end else None


def split_roles(text: str | Text, rules: Rules | None = None) -> list[Clause]:
    """The clauses of ``text`` (separators left out), each with its role."""
    rules = rules or Rules.default()
    model = text if isinstance(text, Text) else Text.of(text, rules)
    norm = _mask(model.norm, rules)
    markers = rules.markers
    framing = tuple(markers.get("target_framing", ()))
    strong = tuple(markers.get("report_sentence_strong", ()))
    neutral = tuple(markers.get("role_neutral_openers", ()))
    out: list[Clause] = []
    framed = False  # a "主要目标是:" earlier in the sentence (a list may run on past ；)
    for number, (s_start, s_end) in enumerate(model.sentences()):
        if s_start == 0 or norm[s_start - 1] != ";":
            framed = False
        spans = model.clauses(s_start, s_end, lists=True)
        marked: list[ClauseRole | None] = []
        for a, b in spans:
            clause = norm[a:b]
            if clause.lstrip().startswith(neutral):
                marked.append(None)
                continue
            role = _marker_role(norm, a, b, rules)
            if framed and not any(w in clause for w in strong) and not _has_period(norm, a, b, rules):
                role = "target"
            if any(w in clause for w in framing):
                framed = True
            marked.append(role)
        roles: list[ClauseRole] = []
        current: ClauseRole | None = None
        following: list[tuple[ClauseRole, int] | None] = [None] * len(marked)  # next marked clause
        for i in range(len(marked) - 2, -1, -1):
            after = marked[i + 1]
            following[i] = (after, i + 1) if after is not None else following[i + 1]
        for i, role in enumerate(marked):
            if role is not None:
                current = role
            elif current is None:
                # "300公里农村公路安保工程,现已完成344公里": a sentence that names a task, then
                # answers it with a clause opening on 已/累计…; a sentence with no marker at
                # all reports (a review of the year)
                later = following[i]
                if later is None:
                    role = "actual"
                elif later[0] == "actual" and _opens_with(norm, spans[later[1]], strong):
                    role = "target"
                else:
                    role = later[0]
            roles.append(role or current or "actual")
        out += [Clause(a, b, r, number) for (a, b), r in zip(spans, roles)]
    return out


def _opens_with(norm: str, span: tuple[int, int], words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in the first two characters of the clause ("现已完成…")."""
    head = norm[span[0] : span[1]].lstrip()[:4]
    return any(0 <= head.find(w) <= 1 for w in words)


def _has_period(norm: str, start: int, end: int, rules: Rules) -> bool:
    weak = rules.markers.get("report_sentence_weak", ())
    timeout = timeout_for(end - start, rules.bundled_periods)
    return any(m.group(0) not in weak for m in rules.patterns.period.finditer(norm, start, end, timeout=timeout))


def _mask(norm: str, rules: Rules) -> str:
    for word in rules.markers.get("role_marker_exclusions", ()):
        norm = norm.replace(word, " " * len(word))
    return norm


def _marker_role(norm: str, start: int, end: int, rules: Rules) -> ClauseRole | None:
    clause = norm[start:end]
    markers = rules.markers
    target = _first(clause, markers.get("target_sentence", ()))
    report = _first(clause, markers.get("report_sentence", ()))
    weak = _first(clause, markers.get("report_sentence_weak", ()))
    timeout = timeout_for(end - start, rules.bundled_periods)
    for m in rules.patterns.period.finditer(norm, start, end, timeout=timeout):
        if m.group(0) in markers.get("report_sentence_weak", ()):
            continue
        report = min(report, m.start() - start)
    if target == _NONE and report == _NONE:
        return "actual" if weak != _NONE else None
    return "target" if target < report else "actual"


_NONE = 1 << 30


def _first(clause: str, words: tuple[str, ...]) -> int:
    found = [i for i in (clause.find(w) for w in words) if i >= 0]
    return min(found, default=_NONE)
