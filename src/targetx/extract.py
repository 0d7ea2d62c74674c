"""Quantity mentions in Chinese report text, with offsets into the raw text.

``extract(text)`` finds every amount a report states (money, area, length, mass, power,
percentages, durations and counts with a classifier) and leaves out what only looks like one:
dates and periods, ordinals, ranks, codes, and numbers inside quoted names or idioms.
"""

from __future__ import annotations

import bisect
import dataclasses
from decimal import Context, Decimal
from typing import Any, Mapping

import regex

from .numerals import CN_BIG_UNITS, CN_DIGITS, CN_NUMERAL_CHARS, CN_SMALL_UNITS, normalize, parse_arabic, parse_chinese, to_halfwidth
from .patterns import QuantityGroups, timeout_for
from .rules import Rules
from .types import Bound, Kind, Quantity

# an amount has fewer integer digits than this (with its multipliers): 10**30 is no report's number
MAX_DIGITS = 30
# how far before a number a per-person prefix is looked for ("每人每年不低于670元": prefix, bound)
PER_PREFIX_REACH = 12
CLAUSE_BREAK = set(",，;；。!！?？:：\n、()（）")


def extract(text: str, rules: Rules | None = None, *, normalized: str | None = None) -> list[Quantity]:
    """Every quantity mention in ``text``, in order; ``text[q.start:q.end] == q.text``.

    Args:
        text: any text; offsets point into it as given (full-width and traditional forms are
            read through a one-for-one normalised copy).
        rules: the rule set (default ``Rules.default()``).
        normalized: ``numerals.normalize(text)`` when the caller has it already.

    Returns:
        ``Quantity`` objects: value and unit as written, ``base_value`` / ``base_unit`` in the
        canonical unit of the dimension, bound and kind. Dates, ordinals, codes and idioms are
        not quantities.

    Examples:
        >>> [(q.text, str(q.base_value), q.base_unit) for q in extract("整治5000亩,粮食产量1.3万亿斤")]
        [('5000亩', '3333333.33333333', 'square_meter'), ('1.3万亿斤', '650000000000', 'kilogram')]
    """
    rules = rules or Rules.default()
    norm = normalize(text) if normalized is None else normalized
    found: list[Quantity] = []
    zeros = False
    for start, end in _chunks(norm):
        # list() first: the timeout then guards the regex alone, not the work done per match
        timeout = timeout_for(end - start)
        matches = list(rules.patterns.quantity.finditer(norm, start, end, timeout=timeout))
        marks = list(rules.marks.finditer(norm, start, end, timeout=timeout)) if matches or rules.zero_change else []
        blocked = _Spans([m.span() for m in marks if m.lastgroup != "zero"])
        for match in matches:
            if blocked.covers(match.start(), match.end()):
                continue
            quantity = _to_quantity(text, norm, match, rules)
            if quantity is not None:
                found.append(quantity)
        changes = [m for m in marks if m.lastgroup == "zero"]
        found += _zero_changes(text, changes, rules)
        zeros = zeros or bool(changes)
    if zeros:
        found.sort(key=lambda q: q.start)
    found = _rate_followers(text, norm, found, rules)
    return _spread_rates(norm, _shared_units(text, norm, found, rules), rules)


_BARE_DECIMAL = regex.compile(r"(?<![0-9.A-Za-z])[0-9]+\.[0-9]+(?![0-9.%‰A-Za-z])")


def _rate_followers(text: str, norm: str, found: list[Quantity], rules: Rules) -> list[Quantity]:
    """"万车死亡率为1.42,较去年同期下降0.21", "…为0.013,低于上年同期的0.016": a bare decimal
    right after a change or comparison word, in the sentence of a rate's bare value and before
    the next amount, is a value of that rate too (its change, or last year's)."""
    rates = [q for q in found if q.unit_inferred and not q.unit and q.dimension == "count" and not q.classifier]
    if not rates:
        return found
    lex = rules.lexicon["exclusions"]
    taken = {q.start for q in found}
    extra: list[Quantity] = []
    for rate in rates:
        stop = next((q.start for q in found if q.start > rate.end), len(norm))
        end = min(stop, *(i for i in (norm.find(c, rate.end) for c in "。;；\n") if i >= 0), len(norm))
        for number in _BARE_DECIMAL.finditer(norm, rate.end, end):
            if number.start() in taken or not norm[max(0, number.start() - 3) : number.start()].endswith(
                    tuple(lex["rate_follower_before"])):
                continue
            value = Decimal(number.group())
            extra.append(dataclasses.replace(rate, text=text[number.start() : number.end()], start=number.start(),
                                             end=number.end(), value=value, base_value=tidy(value), value_max=None,
                                             bound="exact"))
    return sorted(found + extra, key=lambda q: q.start) if extra else found


_BARE_NUMBER_BEFORE = regex.compile(r"(?<![0-9.A-Za-z])[0-9]+(?:\.[0-9]+)?$")


def _shared_units(text: str, norm: str, found: list[Quantity], rules: Rules) -> list[Quantity]:
    """"分别为12.5、8.3亿元", "分别增长3.2和4.1个百分点": bare numbers listed right before an
    amount share its unit as written (multipliers too), its dimension and bound; they are
    amounts whose unit is inferred. A list that opens with an ordinal (第1、2批) is no amount."""
    joiners = rules.markers["shared_unit_joiners"]
    ordinal_before = rules.lexicon["exclusions"]["ordinal_before"]
    out: list[Quantity] = []
    taken = 0  # a shared number never reaches back over a quantity already found
    for q in found:
        listed: list[Quantity] = []
        at = q.start
        shares = q.value and q.text[:1].isdigit() and not q.unit_inferred
        percent = q.dimension in ("percent", "percentage_point")
        before = out[-1] if out else None
        if shares and before is not None and before.end == at - 1 and norm[at - 1] in joiners \
                and before.dimension == "count" and before.unit != q.unit and q.unit.startswith(before.unit):
            # "低于预期1.1个和0.9个百分点": the first unit is cut short of the one it shares
            out[-1] = _sharing(q, text, before.start, before.end, before.value, _kind(norm, before.start, rules),
                               before.bound)
        while shares and at - 1 > taken and norm[at - 1] in joiners:
            number = _BARE_NUMBER_BEFORE.search(norm, max(taken, at - 1 - MAX_DIGITS), at - 1)
            if number is None:
                break
            listed.append(_sharing(q, text, number.start(), number.end(), Decimal(number.group()),
                                   _kind(norm, number.start(), rules) if percent else q.kind,
                                   "exact" if q.bound == "range" else q.bound))
            at = number.start()
        if listed and _preceded_by(norm, at, ordinal_before):
            continue  # "第1、2批": ordinals, the last one too
        if listed:
            out += reversed(listed)
            if percent:
                q = dataclasses.replace(q, kind=listed[-1].kind)  # "分别增长3.2、4.1%": the list's change
        out.append(q)
        taken = q.end
    return out


def _sharing(q: Quantity, text: str, start: int, end: int, value: Decimal, kind: Kind, bound: Bound) -> Quantity:
    """The amount ``text[start:end]`` (``value``) in the unit of ``q`` it shares, its unit inferred."""
    return dataclasses.replace(q, text=text[start:end], start=start, end=end, value=value,
                               base_value=tidy(value * q.base_value / q.value), value_max=None,
                               kind=kind, bound=bound, unit_inferred=True)


def _spread_rates(norm: str, found: list[Quantity], rules: Rules) -> list[Quantity]:
    """"每人每月574元、271元", "由每人每月800元、660元提高到860元": the amounts listed (or raised
    to) after a prefixed rate are rates of it too."""
    out = list(found)
    joiners = rules.markers["list_joiners"] + rules.markers["baseline_to"]
    spread = False  # out[i - 1] took its rate from the amount before it
    for i in range(1, len(out)):
        head, q = out[i - 1], out[i]
        was_spread, spread = spread, False
        if "/" not in head.unit or "/" in q.unit or norm[head.end : q.start] not in joiners:
            continue
        unit, per = head.unit.split("/", 1)
        if q.unit != unit or per not in rules.lexicon["per_units"] or not (
                was_spread or rules.per_prefix.search(norm, max(0, head.start - 6), head.start + 4)):
            continue
        spread = True
        divisor = rules.unit_factor(rules.lexicon["per_units"][per]).factor
        out[i] = dataclasses.replace(q, unit=f"{q.unit}/{per}", base_value=tidy(q.base_value / divisor),
                                     base_unit=head.base_unit, dimension=head.dimension)
    return out


def _zero_changes(text: str, matches: list[Any], rules: Rules) -> list[Quantity]:
    """"与上年同期持平": a change of zero written without a digit, a growth of 0 %."""
    if not matches:
        return []
    factor = rules.unit_factor("percent")
    return [Quantity(text=text[m.start() : m.end()], start=m.start(), end=m.end(), value=Decimal(0), unit="%",
                     base_value=Decimal(0), base_unit=factor.base_unit, dimension=factor.dimension,
                     kind="growth", unit_inferred=True)
            for m in matches]


CHUNK = 20_000  # characters matched per regex call: each call has its own timeout


def _chunks(norm: str) -> list[tuple[int, int]]:
    """Split long text into spans at sentence ends (else at any non-number character), so that
    the regex timeout guards each piece and never the whole of a large document."""
    spans = []
    start = 0
    while len(norm) - start > CHUNK:
        window = norm[start + CHUNK // 2 : start + CHUNK]
        cut = max(window.rfind(c) for c in "。;；!！?？\n")
        if cut < 0:
            cut = next((i for i in range(len(window) - 1, -1, -1) if not _in_number(window[i])), len(window) - 1)
        end = start + CHUNK // 2 + cut + 1
        spans.append((start, end))
        start = end
    spans.append((start, len(norm)))
    return spans


def _in_number(char: str) -> bool:
    return char.isdigit() or char in CN_NUMERAL_CHARS or char in ".,%"


class _Spans:
    """Quoted names and idioms; ``covers`` answers in O(log n) whether one holds a match."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # furthest end among the spans starting at or before each one
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


def _to_quantity(text: str, norm: str, m: Any, rules: Rules) -> Quantity | None:
    lex = rules.lexicon
    money = lex["money_context"]["unit"]
    start, end = m.span()
    patterns = rules.patterns
    g = QuantityGroups._make(patterns.pick_groups(m.groups()))
    number = patterns.group_number
    num_start = m.start(number["each"]) + 1 if g.each else start
    exclusions = lex["exclusions"]
    if _preceded_by(norm, num_start, exclusions["ordinal_before"]) and \
            not _preceded_by(norm, num_start, exclusions["not_ordinal_before"]):
        return None  # 第3批, 全省前三位; but 目前3吨
    if _names_a_concept(norm, end, exclusions["name_after"]) and (g.unit or g.cnunit) not in rules.classifiers:
        return None  # 15分钟生活圈, 九年义务教育: a concept's name (but 5所义务教育学校 counts schools)
    if norm.startswith(tuple(exclusions["classifier_name_after"].get(g.unit or g.cnunit or "", ())), end):
        return None  # 三次产业: a classifier that makes a name with the word after it
    unit_at = m.start(number["unit"]) if g.unit is not None else m.start(number["cnunit"])
    if unit_at >= 0 and norm.startswith(exclusions["ordinal_after"], unit_at):
        return None

    unit_inferred = False
    value_max: Decimal | None = None
    approx = False
    per = None
    written = (end, end)  # span of the unit as written (multipliers included)
    if g.pct:
        value = _parse(g.pct)
        mult, unit = "", "%"
    elif g.permille:
        value = _parse(g.permille)
        mult, unit = "", "‰"
    elif g.implicit:
        word = g.implicit
        value = Decimal(1)
        mult = word.removesuffix(money)
        unit = money
        unit_inferred = not word.endswith(money)
        written = m.span(number["implicit"])
    elif g.num:
        value = Decimal(g.num.replace(",", ""))  # ASCII already: the text is normalised
        value_max = Decimal(g.num_max.replace(",", "")) if g.num_max else None
        mult, unit, per = g.mult or "", g.unit or "", g.per
        approx = bool(g.approx or g.approx2)
        written = (m.start(number["mult"]), end)
        if not _arabic_is_amount(norm, m, value, mult, unit, rules):
            return None
    else:
        numeral: str = g.cn or ""  # this branch: the Chinese numeral matched
        trailing = ""
        while len(numeral) > 1 and numeral[-1] in CN_BIG_UNITS:  # 十二万人: 12, unit 万人
            trailing = numeral[-1] + trailing
            numeral = numeral[:-1]
        mult = trailing + (g.cnmult or "")
        unit, per = g.cnunit or "", g.cnper
        approx = bool(g.cnapprox or g.cnapprox2)
        written = (m.end(number["cn"]) - len(trailing), end) if trailing else (m.start(number["cnmult"]), end)
        if not _chinese_is_amount(norm, m, numeral, mult, unit, rules):
            return None
        value = parse_chinese(numeral)
        value_max = parse_chinese(g.cn_max) if g.cn_max else None

    classifier = None
    if unit in rules.classifiers:
        classifier = unit
        expression = "count"
    elif unit:
        expression = lex["units"][unit]
    elif not mult and _rate_value(norm, start, lex["exclusions"]):
        expression, unit_inferred = "count", True  # "亿元GDP…死亡率控制在0.018": a rate, no money
    elif any(c in mult for c in lex["money_context"]["bare_multipliers"]) or _money_context(norm, start, lex):
        expression, unit, unit_inferred = "yuan", money, True  # a bare 亿 amount is money
    else:
        expression, unit_inferred = "count", True
    prefix = None
    # "每人每月200元" is 200 元/人月; a share (5%) is never a rate per person
    if not per and unit and not classifier and rules.unit_factor(expression).dimension != "percent":
        prefix = rules.per_prefix.search(norm, max(0, num_start - PER_PREFIX_REACH), num_start)
        if prefix is not None:
            per = lex["per_prefixes"][prefix.group("word")]  # white space may stand between
    if per:
        expression = f"({expression}) / ({lex['per_units'][per]})"
    factor = rules.unit_factor(expression)
    scale = _scale(mult, rules) if mult else _ONE
    if (value * scale).adjusted() >= MAX_DIGITS or (value_max is not None and (value_max * scale).adjusted() >= MAX_DIGITS):
        return None  # a run of 30 digits is a code or noise, never an amount (and stays finite as a float)
    if g.pct or g.permille:
        written_unit = unit
    else:
        written_unit = to_halfwidth(text[written[0] : written[1]]).translate(rules.unit_noise)
    if unit_inferred and unit == money and not written_unit.endswith(money):
        written_unit += money
    if prefix is not None:
        written_unit += "/" + (per or "")
        if prefix.group("bound") is None:
            start = prefix.start()  # "每人每月200元" as one mention (not across 不低于)

    bound = _bound(norm, num_start, end, rules, value_max is not None, approx)
    kind = _kind(norm, num_start, rules) if factor.dimension in ("percent", "percentage_point") else "level"
    if g.neg:
        if kind == "level":
            start = m.start(number["num"])  # "项目-3个": a dash, not a minus
        else:
            value, value_max = -value, (-value_max if value_max is not None else None)  # 增长-2.3%
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        unit=written_unit,
        base_value=tidy(value * scale * factor.factor),
        base_unit=factor.base_unit,
        dimension=factor.dimension,
        value_max=value_max,
        classifier=classifier,
        kind=kind,
        bound=bound,
        unit_inferred=unit_inferred,
    )


_ONE = Decimal(1)


def _scale(mult: str, rules: Rules) -> Decimal:
    """The factor of a run of multipliers ("万亿" is 10**12)."""
    scale = _ONE
    for char in mult:
        scale *= Decimal(rules.lexicon["multipliers"][char])
    return scale


# conversion noise lies beyond this many significant digits
_TIDY = Context(prec=15)


def tidy(value: Decimal) -> Decimal:
    """``value`` without conversion noise: 15亩 is 10000 m², not 10000.000…0005 m². Any size
    works: a tiny value keeps its digits, a huge integer its exponent."""
    value = _TIDY.plus(value).normalize(_TIDY)
    if value == value.to_integral_value() and value.adjusted() < _TIDY.prec:
        return value.quantize(Decimal(1))
    return value


def _parse(numeral: str) -> Decimal:
    return parse_arabic(numeral) if numeral[0].isdigit() else parse_chinese(numeral)


def _arabic_is_amount(norm: str, m: Any, value: Decimal, mult: str, unit: str, rules: Rules) -> bool:
    lex = rules.lexicon["exclusions"]
    end = m.end()
    after = norm[end : end + 1]
    if not unit and not any(c in mult for c in lex["bare_number_multipliers"]) and not _rate_value(norm, m.start(), lex):
        return False  # a bare number: a code, a year, a rank ... (not a rate's value: 万车死亡率为1.42)
    if after.isascii() and after.isalpha() and not unit[-1:].isalpha():
        return False  # 5G, 4S店
    if not unit and after in lex["address_after"]:
        return False  # 10号 is an address
    if unit and rules.lexicon["units"].get(unit) == "year":
        if not mult and value == value.to_integral_value() and 1900 <= value <= 2100:
            return False  # 2024年
        if after and after in lex["not_after_year"]:
            return False
    if after and after in lex["word_units"].get(unit, ()) and not (
            after in lex["fraction_joiners"] and not _numeral_at(norm, end + 1)):
        return False  # 2分之1, 5分钟; but 1分之内 is within a point
    if unit and after == unit[-1] and len(unit) == 1:
        return False  # 件件
    return True


def _format_of(unit: str, after: str, lex: Mapping[str, Any]) -> bool:
    """Whether a Chinese-numeral count and the character after it name a format ("五人制", "三班制")."""
    return after in lex["format_after"] and unit in lex["format_units"]


def _chinese_is_amount(
    norm: str, m: Any, numeral: str, mult: str, unit: str, rules: Rules
) -> bool:
    lex = rules.lexicon["exclusions"]
    start, end = m.span()
    if not unit:
        return False  # bare Chinese numerals are words far more often than amounts
    if unit in lex["word_units"]:
        return False  # 十分
    if unit in rules.ambiguous and not _counts_ambiguous(norm, numeral, end, lex["cardinal_numerals"]) \
            and not (_preceded_by(norm, start, lex["division_before"])
                     and not _preceded_by(norm, start, lex["not_division_before"])):
        return False  # 一期, 二站; but "分两批实施", "分三期建设" count the parts
    if unit in rules.lexicon["classifiers"]["arabic_only"]:
        return False  # 滨海二十一路: a numbered name, whatever the numeral
    if len(numeral) > 1 and all(c in CN_DIGITS for c in numeral):
        return False  # 二〇二四年, 一二三
    if numeral[:1] in CN_SMALL_UNITS and start and norm[start - 1] in lex["vague_before_ten"]:
        return False  # 数十个, 几百家: dozens, hundreds
    if start and norm[start - 1] in lex["rate_base_before"]:
        return False  # 每十万人口: the base of a rate
    if parse_chinese(numeral) == 1 and start and norm[start - 1] in lex["cn_numeral_word_before"]:
        return False  # 新一轮, 进一步, 每一个
    if start and norm[start - 1] in CN_DIGITS:
        return False
    after = norm[end : end + 1]
    if after and after in lex["classifier_word_after"] and (
            parse_chinese(numeral) == 1 or unit in rules.ambiguous or _format_of(unit, after, lex)):
        return False  # 一站式, 一体化, 五人制; but 三家制造业企业, 五个化工项目 count
    if len(unit) == 1 and after == unit:
        return False  # 一件件
    if rules.lexicon["units"].get(unit) == "year" and after and after in lex["not_after_year"]:
        return False
    return True


def _counts_ambiguous(norm: str, numeral: str, end: int, cardinals: Any) -> bool:
    """Whether a Chinese numeral before a classifier that is also a label counts: ten and more
    ("培训班十二期": phases and stations are numbered one to nine), or a numeral never ordinal
    (两) at a clause's end ("已举办两期。")."""
    if numeral[0] in CN_SMALL_UNITS or len(numeral) > 1:
        return parse_chinese(numeral) >= 10
    return numeral in cardinals and (end == len(norm) or norm[end] in CLAUSE_BREAK)


def _numeral_at(norm: str, index: int) -> bool:
    """Whether an Arabic or Chinese numeral character stands at ``norm[index]``."""
    return index < len(norm) and (norm[index].isdigit() or norm[index] in CN_NUMERAL_CHARS)


def _rate_value(norm: str, start: int, lex: Mapping[str, Any]) -> bool:
    """Whether the number at ``start`` follows a rate noun and at most one verb ("死亡率为", "率控制在")."""
    before = norm[max(0, start - 4) : start]
    for verb in ("", *lex["bare_rate_verbs"]):
        if before.endswith(verb) and before[: len(before) - len(verb)].endswith(tuple(lex["bare_rate_before"])):
            return True
    return False


# how many characters may stand between an amount and the concept word it names ("15分钟便民生活圈")
CONCEPT_REACH = 4


def _names_a_concept(norm: str, end: int, words: Any) -> bool:
    """Whether a concept word (生活圈, 义务教育…) follows ``end`` directly or after at most
    ``CONCEPT_REACH`` Han characters ("15分钟生活圈", "15分钟便民生活圈")."""
    words = tuple(words)
    for k in range(CONCEPT_REACH + 1):
        if k and not _HAN_CHAR.match(norm, end + k - 1):
            return False
        if norm.startswith(words, end + k):
            return True
    return False


_HAN_CHAR = regex.compile(r"\p{Han}")


def _preceded_by(norm: str, index: int, words: Any) -> bool:
    return norm[max(0, index - 4) : index].rstrip().endswith(tuple(words))


def _money_context(norm: str, start: int, lex: Mapping[str, Any]) -> bool:
    clause = _clause_before(norm, start)
    return any(w in clause for w in lex["money_context"]["words"])


def _clause_before(norm: str, index: int, limit: int = 30) -> str:
    i = index
    while i > 0 and index - i < limit and norm[i - 1] not in CLAUSE_BREAK:
        i -= 1
    return norm[i:index]


def _bound(norm: str, start: int, end: int, rules: Rules, is_range: bool, approx: bool) -> Bound:
    if is_range:
        return "range"
    words = rules.qualifier_words
    if norm[end : end + 1] in words["after_first"]:
        tail = norm[end : end + 4]
        for bound, after in words["after"]:
            if tail.startswith(after):
                if bound == "approx" and norm[max(0, start - 6) : start].endswith(words["ceiling"]):
                    return "max"  # 控制在3%左右: a ceiling, however loosely stated
                return bound  # type: ignore[no-any-return]
    if approx:
        return "min"  # 160余万件, 200多亿: more than
    # the longest qualifier ending right before the number wins: 不低于 (min) over 低于 (max)
    found = words["before_pattern"].match(norm, max(0, start - 6), start)
    return words["before_bound"][found.group(0)] if found else "exact"  # type: ignore[no-any-return]


_KIND_HEAD_BREAK = regex.compile(r"[,，;；。:：!！?？\n()（）]", regex.REVERSE)


def _kind(norm: str, start: int, rules: Rules) -> Kind:
    words = rules.qualifier_words
    cut = _KIND_HEAD_BREAK.search(norm, max(0, start - 24), start)
    head = norm[cut.end() if cut else max(0, start - 24) : start].rstrip()  # a masked gloss: 上涨(zhǎng)1.8%
    rates = rules.rate_list.match(head)  # "分别增长5%和7%": the 7% grows like the 5%
    if rates:
        head = head[: rates.start()]
    qualifiers = words["strip_pattern"].match(head)  # "上升不超过": the change word before 不超过
    if qualifiers:
        head = head[: qualifiers.start()]
    setting = words["target_setting"].search(head)  # "增长目标定为8%": a growth target
    if setting:
        head = head[: setting.start()]
    fillers = "".join(words["fillers"])
    rate = head.rstrip(fillers + "".join(words["rate_fillers"]))
    if rate.endswith(words["rate_nouns"]):  # "增速为7.5%", "降幅为2.1%": a rate, though 为
        return "reduction" if rate.endswith(words["reduction"]) else "growth"
    if head.endswith(words["to_level"]):
        return "level"  # 提高到, 降至: a level, not a change
    head = head.rstrip(fillers)
    if head.endswith(words["not_change"]):
        return "level"
    if head.endswith(words["reduction"]):
        return "reduction"
    if head.endswith(words["growth"]):
        return "growth"
    return "level"
