"""A self-contained HTML report of scored rows: ``render_html(results, "report.html")``.

One file, no network: inline CSS, an inline SVG histogram of completion ratios and a small inline
script that sorts the target table by ratio and filters it (and the row sections) by pace status
and 责任单位. The page opens with a headline sentence of the counts by status; rows with no
numeric target are behind a toggle; below 640 px the table turns into stacked cards. Every piece
of input text goes through :func:`html.escape`; quantities are highlighted by slicing the raw text
at the mentions' offsets *before* escaping, so offsets are never broken.
"""

from __future__ import annotations

import html
import math
import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from .io import write_file
from .periods import PACE_STATUSES, pace_of, report_month
from .tracking import DROPPED, FELL, Track, Trajectory
from .types import ItemScore, Mention, Pair, RowError

UNPAIRED = "未配对 / unpaired"
NO_RESULT = "no result"
#: status -> label shown on the page
STATUS_LABELS = {"met": "已达成 met", "on track": "进度正常 on track", "behind": "滞后 behind",
                 "missed": "未完成 missed", NO_RESULT: "无结果 no result"}
#: Histogram bins: (label, lower bound inclusive, upper bound exclusive).
BINS: tuple[tuple[str, float, float], ...] = (
    ("<0.5", -math.inf, 0.5),
    ("0.5–0.8", 0.5, 0.8),
    ("0.8–1", 0.8, 1.0),
    ("1–1.2", 1.0, 1.2),
    ("1.2–2", 1.2, 2.0),
    ("≥2", 2.0, math.inf),
)
FONT_STACK = ('system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
              '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif')


def render_html(results: Sequence[ItemScore | RowError] | Iterable[ItemScore | RowError], out: str | Path, *,
                inputs: Iterable[str | Path] = (), title: str | None = None) -> str:
    """Write the HTML report of ``results`` to ``out`` (``"-"`` = stdout), replacing it atomically.

    Args:
        results: scored rows and error records, in report order.
        out: the file to write, or ``"-"`` for stdout.
        inputs: the input files: never overwritten, and named in the report as its source.
        title: the report's name (default: its documents' names).

    Returns:
        The headline sentence (counts by pace status).

    Raises:
        InputError: ``out`` is one of ``inputs`` or cannot be written.
    """
    results = list(results)
    sources = [str(i) for i in inputs]
    page = build_html(results, title=title, sources=sources)
    line = headline(results)
    if str(out) == "-":
        sys.stdout.write(page)
        sys.stdout.flush()
        return line
    write_file(page.encode("utf-8"), out, sources)
    return line


# --------------------------------------------------------------------------------------------
# what the page says


def status_of(item: ItemScore, target: Mention) -> tuple[Pair | None, float | None, str]:
    """(pair, pace, status) of a target; status ``NO_RESULT`` when nothing answers it."""
    pair = item.pair_for(target)
    _, pace, status = pace_of(pair, item)
    return pair, pace, status or NO_RESULT


def status_counts(results: Iterable[ItemScore | RowError]) -> Counter[str]:
    """Targets by status (``PACE_STATUSES`` and ``NO_RESULT``)."""
    return Counter(status_of(it, t)[2] for it in results if isinstance(it, ItemScore) for t in it.targets)


def headline(results: Iterable[ItemScore | RowError]) -> str:
    """"27 of 42 targets with a result met · 2 on track · 13 behind · 0 missed · 25 with no result
    reported" (targets with a result are those paired with an actual)."""
    counts = status_counts(results)
    answered = sum(counts[s] for s in PACE_STATUSES)
    parts = [f"{counts['met']} of {answered} targets with a result met"]
    parts += [f"{counts[s]} {s}" for s in PACE_STATUSES[1:]]
    parts.append(f"{counts[NO_RESULT]} with no result reported")
    return " · ".join(parts)


def report_title(items: Sequence[ItemScore], sources: Sequence[str] = ()) -> tuple[str, str, str]:
    """(name, date, source) of a report: its documents' names, the year and month in them, and
    its input files (else the rows' sources)."""
    docs = list(dict.fromkeys(it.doc for it in items if it.doc))
    name = " / ".join(docs[:3]) + (f" (+{len(docs) - 3})" if len(docs) > 3 else "") if docs else "targetx report"
    months = sorted({m for d in docs if (m := report_month(d)) is not None})
    date = " – ".join(dict.fromkeys(f"{y}-{m:02d}" for y, m in (months[0], months[-1]))) if months else ""
    files = [s for s in sources if s != "-"] or list(dict.fromkeys(it.source for it in items if it.source))
    source = ", ".join(files[:3]) + (f" (+{len(files) - 3})" if len(files) > 3 else "")
    return name, date, source


_SCORE = re.compile(r"\s*\(score -?[0-9.]+\)$")
_SAME = re.compile(r"same measure \('[^']*' ~ '[^']*'\)")
_RELATED = re.compile(r"related measure \('[^']*' ~ '([^']*)'\)")
_OTHER = re.compile(r"another thing \('([^']*)' / '([^']*)'\)")


def reason(pair: Pair | None, pace: float | None, status: str, share: float | None) -> str:
    """Why a target reads as it does, in plain words ("same measure, reported for 1-10月; 0.82
    done in 10/12 of the year: behind")."""
    if pair is None:
        return "no figure in the progress text answers it"
    why = _SCORE.sub("", pair.why)
    why = _SAME.sub("same measure", why)
    why = _RELATED.sub(lambda m: f"a related measure ({m.group(1)})", why)
    why = _OTHER.sub(lambda m: f"though it names {m.group(2)}, not {m.group(1)}", why)
    if pair.actuals and pair.actuals[0].quantity.unit_inferred:
        why += "; unit taken from the target"
    if pair.ratio is not None and share is not None and pace is not None and pace != pair.ratio:
        why += f"; {pair.ratio:.0%} done in {share * 12:.3g}/12 of the year (pace {pace:.2f})"
    elif status == "behind" and pair.ratio is not None:
        rate = pair.target.quantity.kind != "level"
        why += "; an annual rate, judged as it stands" if rate else "; judged as it stands"
    if status == "missed":
        why += "; the year has ended"
    return why


def build_html(results: Sequence[ItemScore | RowError], *, title: str | None = None,
               sources: Sequence[str] = ()) -> str:
    """The report as one HTML string."""
    items = [r for r in results if isinstance(r, ItemScore)]
    errors = [r for r in results if isinstance(r, RowError)]
    pairs = [p for it in items for t in it.targets if (p := it.pair_for(t)) is not None]
    ratios = [p.ratio for p in pairs if p.ratio is not None]
    n_targets = sum(len(it.targets) for it in items)
    median = statistics.median(ratios) if ratios else None
    owners = sorted({o for it in items for o in split_owners(it.owners)})
    name, date, source = report_title(items, sources)
    name = title or name
    counts = status_counts(items)
    many_docs = len({it.doc for it in items}) > 1
    no_target = sum(not it.targets for it in items)
    meta = " · ".join(_e(x) for x in (date and f"截至 as of {date}", source and f"来源 source: {source}") if x)

    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(' · '.join(x for x in (name, date, source) if x))} — targetx</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{_e(name)} <small>目标完成情况 targetx report</small></h1>",
        f'<p class="meta">{meta}</p>' if meta else "",
        f'<p id="headline" class="headline">{_e(headline(items))}</p></header>',
        '<section id="summary"><h2>概览 / Summary</h2><div class="summary">',
        *(_stat(STATUS_LABELS[s], counts[s], s.replace(" ", "-")) for s in (*PACE_STATUSES, NO_RESULT)),
        _stat("行 / rows", len(items)),
        _stat("目标 / targets", n_targets),
        _stat("错误 / errors", len(errors), "bad" if errors else ""),
        _stat("完成率中位数 / median ratio", _fmt_ratio(median) if median is not None else "–"),
        "</div>",
        _histogram(ratios),
        "</section>",
        _table(items, owners, many_docs),
        '<section id="rows"><h2>逐行详情 / Rows</h2>',
        '<p class="controls"><label><input type="checkbox" id="show-all"> '
        f"显示无数值目标的行 / show the {no_target} rows with no numeric target</label></p>",
        '<p class="legend"><mark class="target">目标 target</mark> <mark class="actual">实际 actual</mark> '
        '<mark class="other">其他 other</mark></p>',
        *(_row_section(i, it) for i, it in enumerate(items, 1)),
        "</section>",
        _errors(errors),
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def render_track_html(series: Track, out: str | Path, *, inputs: Iterable[str | Path] = (),
                      title: str | None = None) -> str:
    """Write the trajectories of ``series`` as one self-contained HTML page: its headline and a
    small multiple (inline SVG) per target of its ratio over the reports, dropped and fallen
    points flagged. Returns the headline; InputError as for ``render_html``."""
    page = build_track_html(series, title=title)
    if str(out) == "-":
        sys.stdout.write(page)
        sys.stdout.flush()
        return series.headline()
    write_file(page.encode("utf-8"), out, inputs)
    return series.headline()


def build_track_html(series: Track, *, title: str | None = None) -> str:
    """The trajectories page as one HTML string."""
    name = title or " → ".join(series.reports)
    # targets with a result somewhere first, flagged ones at the top
    order = sorted(series.trajectories, key=lambda t: (not t.flags, all(r is None for r in t.ratios)))
    figures = "".join(_multiple(t, series.reports) for t in order)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(name)} — targetx track</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f"<header><h1>{_e(name)} <small>目标轨迹 targetx track</small></h1>",
        f'<p id="headline" class="headline">{_e(series.headline())}</p></header>',
        '<section id="trajectories"><h2>完成率轨迹 / ratio over time</h2>',
        '<p class="legend">— 完成率 ratio · ┄ 目标 target (1.0) · <span class="flag">✕ 未再报告 dropped · '
        '▼ 实际下降 fell</span></p>',
        '<p class="legend">' + " · ".join(f"{k} = {_e(r)}" for k, r in enumerate(series.reports, 1)) + "</p>",
        f'<div class="multiples">{figures}</div></section>', "</body>", "</html>"]) + "\n"


def _multiple(t: Trajectory, reports: Sequence[str]) -> str:
    """One small chart: the ratio in each report (0 to 2, the target at 1)."""
    width, height, left, top, bottom = 220, 110, 26, 8, 22
    plot_w, plot_h = width - left - 8, height - top - bottom
    top_ratio = 2.0

    def x(k: int) -> float:
        return left + (plot_w * k / (len(reports) - 1) if len(reports) > 1 else plot_w / 2)

    def y(r: float) -> float:
        return top + plot_h * (1 - min(max(r, 0.0), top_ratio) / top_ratio)

    out = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="{_e(t.metric)} {_e(t.target)}">',
           f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}"/>',
           f'<line x1="{left}" y1="{y(1):.1f}" x2="{width - 8}" y2="{y(1):.1f}" stroke="#111827" '
           'stroke-dasharray="3 3"/>',
           f'<text x="{left - 4}" y="{y(1) + 4:.1f}" style="text-anchor:end">1</text>']
    points = [(x(k), y(p.ratio)) for k, p in enumerate(t.points) if p.ratio is not None]
    if len(points) > 1:
        out.append('<polyline fill="none" stroke="#2563eb" stroke-width="2" points="'
                   + " ".join(f"{a:.1f},{b:.1f}" for a, b in points) + '"/>')
    for k, p in enumerate(t.points):
        if p.flag == DROPPED:
            out.append(f'<text class="flag" x="{x(k):.1f}" y="{top + plot_h - 2}" fill="#b91c1c">✕'
                       f"<title>{_e(p.report)}: {DROPPED}</title></text>")
        if p.ratio is not None:
            colour = "#b91c1c" if p.flag == FELL else "#2563eb"
            out.append(f'<circle cx="{x(k):.1f}" cy="{y(p.ratio):.1f}" r="3" fill="{colour}">'
                       f"<title>{_e(p.report)}: {_fmt_ratio(p.ratio)} ({_e(p.actual or '')})</title></circle>")
            if p.flag == FELL:
                out.append(f'<text x="{x(k):.1f}" y="{y(p.ratio) - 6:.1f}" fill="#b91c1c">▼</text>')
        out.append(f'<text x="{x(k):.1f}" y="{height - 6}">{k + 1}</text>')
    out.append("</svg>")
    flags = "".join(f'<div class="flag">{_e(f)}</div>' for f in t.flags)
    ratios = " → ".join(_fmt_ratio(r) for r in t.ratios)
    return (f'<figure><figcaption><b>{_e(t.target)}</b> {_e(t.metric)}<br><span class="note">{ratios}</span>'
            f"</figcaption>{''.join(out)}{flags}</figure>")


def split_owners(owners: str) -> list[str]:
    """Distinct 责任单位 of a row: split on 、, leading * (lead unit marker) stripped."""
    seen: list[str] = []
    for part in (owners or "").replace("\n", "、").split("、"):
        name = part.strip().lstrip("*＊").strip()
        if name and name not in seen:
            seen.append(name)
    return seen


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _fmt_ratio(ratio: float | None) -> str:
    if ratio is None:
        return "–"
    if math.isinf(ratio):
        return "∞"
    return f"{ratio:.2f}"


def _stat(label: str, value: object, cls: str = "") -> str:
    return (f'<div class="stat {cls}"><div class="value">{_e(value)}</div>'
            f'<div class="label">{_e(label)}</div></div>')


def _bin_of(ratio: float) -> int:
    for i, (_, lo, hi) in enumerate(BINS):
        if lo <= ratio < hi:
            return i
    return len(BINS) - 1  # nan: nowhere sensible; put it with the outliers


def _histogram(ratios: list[float]) -> str:
    counts = [0] * len(BINS)
    for r in ratios:
        counts[_bin_of(r)] += 1
    width, height, top, bottom, left = 560, 220, 24, 40, 36
    plot_h = height - top - bottom
    slot = (width - left - 10) / len(BINS)
    peak = max(counts) or 1
    out = [f'<svg class="hist" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           'role="img" aria-label="完成率分布 / ratio distribution">',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" class="axis"/>']
    for i, ((label, lo, _), n) in enumerate(zip(BINS, counts)):
        h = plot_h * n / peak
        x = left + i * slot + 6
        y = top + plot_h - h
        cls = "met" if lo >= 1.0 else "short"
        out.append(f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{slot - 12:.1f}" height="{h:.1f}">'
                   f"<title>{_e(label)}: {n}</title></rect>")
        out.append(f'<text x="{x + (slot - 12) / 2:.1f}" y="{y - 5:.1f}" class="count">{n}</text>')
        out.append(f'<text x="{x + (slot - 12) / 2:.1f}" y="{top + plot_h + 18}" class="tick">{_e(label)}</text>')
    out.append(f'<text x="{left + (width - left) / 2:.1f}" y="{height - 4}" class="axis-label">'
               "完成率 ratio = 实际 / 目标</text>")
    out.append("</svg>")
    return '<figure><figcaption>完成率分布 / ratio distribution</figcaption>' + "".join(out) + "</figure>"


def _table(items: list[ItemScore], owners: list[str], many_docs: bool) -> str:
    options = "".join(f'<option value="{_e(o)}">{_e(o)}</option>' for o in owners)
    statuses = "".join(f'<option value="{_e(s)}">{_e(STATUS_LABELS[s])}</option>' for s in (*PACE_STATUSES, NO_RESULT))
    columns = (["文件 doc"] if many_docs else []) + [
        "序号 item", "责任单位 owners", "指标 metric", "目标 target", "实际 actual", "时段 period"]
    head = (
        '<section id="targets-section"><h2>目标一览 / Targets</h2>'
        '<p class="controls"><label for="status-filter">状态 / status: </label>'
        f'<select id="status-filter"><option value="">全部 / all</option>{statuses}</select> '
        '<label for="owner-filter">责任单位 / owner: </label>'
        f'<select id="owner-filter"><option value="">全部 / all</option>{options}</select> '
        '<span id="shown"></span></p>'
        '<div class="table-wrap"><table id="targets"><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in columns)
        + '<th class="sortable" id="ratio-header" title="点击排序 / click to sort">'
        '完成率 ratio <span class="arrow">↕</span></th><th>进度 pace</th><th>状态 status</th><th>说明 reason</th>'
        "</tr></thead><tbody>"
    )
    rows = []
    for i, it in enumerate(items, 1):
        owner_attr = _e("、".join(split_owners(it.owners)))
        for t in it.targets:
            pair, pace, status = status_of(it, t)
            share = None
            if pair is not None:
                share = pace_of(pair, it)[0]
                actual = " + ".join(_e(a.text) for a in pair.actuals)
                if pair.combine == "sum":
                    actual += ' <span class="note">(合计 sum)</span>'
                period = _e(pair.actuals[0].period or "")
                sort = "" if pair.ratio is None else "Infinity" if math.isinf(pair.ratio) else repr(pair.ratio)
            else:
                actual, period, sort = f'<span class="unpaired-tag">{UNPAIRED}</span>', "", ""
            cells = ([f'<td class="doc" data-label="文件 doc">{_e(it.doc)}</td>'] if many_docs else []) + [
                f'<td data-label="序号 item"><a href="#row-{i}">{_e(it.item)}</a></td>',
                f'<td class="owners" data-label="责任单位 owners">{_e(it.owners)}</td>',
                f'<td data-label="指标 metric">{_e(t.metric)}</td>',
                f'<td class="num" data-label="目标 target">{_e(t.text)}</td>',
                f'<td class="num" data-label="实际 actual">{actual}</td>',
                f'<td class="period" data-label="时段 period">{period}</td>',
                f'<td class="num ratio" data-label="完成率 ratio">{_fmt_ratio(pair.ratio) if pair else "–"}</td>',
                f'<td class="num" data-label="进度 pace">{_fmt_ratio(pace)}</td>',
                f'<td class="status-cell" data-label="状态 status"><span class="status {status.replace(" ", "-")}">'
                f"{_e(STATUS_LABELS[status])}</span></td>",
                f'<td class="reason" data-label="说明 reason">{_e(reason(pair, pace, status, share))}</td>',
            ]
            rows.append(f'<tr class="target-row" data-owners="{owner_attr}" data-status="{_e(status)}" '
                        f'data-ratio="{sort}">' + "".join(cells) + "</tr>")
    return head + "".join(rows) + "</tbody></table></div></section>"


def highlight(text: str, mentions: Iterable[Mention]) -> str:
    """``text`` escaped, with each mention wrapped in ``<mark class="{role}">``.

    Mentions are placed by their raw offsets; duplicates of one span (a "各2家" target counted for two
    metrics) are marked once, and a mention overlapping an earlier one is left unmarked.
    """
    spans: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        q = m.quantity
        if 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text:
            spans.setdefault((q.start, q.end), m)
    out, pos = [], 0
    for (start, end), m in sorted(spans.items()):
        if start < pos:
            continue
        out.append(_e(text[pos:start]))
        title = " · ".join(x for x in (m.role, m.metric, m.period or "", m.note or "") if x)
        out.append(f'<mark class="{m.role}" title="{_e(title)}">{_e(text[start:end])}</mark>')
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _bar(pair: Pair) -> str:
    ratio = pair.ratio
    share = 1.0 if ratio is None or math.isinf(ratio) or math.isnan(ratio) else min(max(ratio, 0.0), 2.0) / 2
    cls = "met" if pair.met else "not-met"
    return (f'<div class="bar" title="{_e(_fmt_ratio(pair.ratio))}"><div class="fill {cls}" '
            f'style="width:{share * 100:.1f}%"></div><div class="full" title="100%"></div></div>')


def _row_section(index: int, it: ItemScore) -> str:
    owners = split_owners(it.owners)
    statuses = " ".join(dict.fromkeys(status_of(it, t)[2].replace(" ", "-") for t in it.targets))
    cls = "row" if it.targets else "row no-target"
    lines = [
        f'<section class="{cls}" id="row-{index}" data-owners="{_e("、".join(owners))}" data-statuses="{statuses}">',
        f'<h3><span class="doc">{_e(it.doc)}</span> #{_e(it.item)}'
        f'<span class="owners">{_e(it.owners)}</span></h3>',
    ]
    if it.task == it.progress:  # prose (score_text): one text, its targets and results marked in it
        lines += ['<div class="texts prose">',
                  f'<div class="task"><h4>文本 text</h4><p class="text">'
                  f"{highlight(it.task, (*it.targets, *it.others, *it.actuals))}</p></div>", "</div>"]
    else:
        lines += [
            '<div class="texts">',
            f'<div class="task"><h4>任务 task</h4><p class="text">{highlight(it.task, (*it.targets, *it.others))}</p></div>',
            f'<div class="progress"><h4>进展 progress</h4><p class="text">{highlight(it.progress, it.actuals)}</p></div>',
            "</div>",
        ]
    if it.targets:
        lines.append('<ul class="pairs">')
        for t in it.targets:
            pair, pace, status = status_of(it, t)
            metric = f' <span class="metric">{_e(t.metric)}</span>' if t.metric else ""
            label = f'<span class="status {status.replace(" ", "-")}">{_e(STATUS_LABELS[status])}</span>'
            if pair is None:
                lines.append(f'<li class="unpaired"><span class="chip target">{_e(t.text)}</span>{metric} → '
                             f'<span class="unpaired-tag">{UNPAIRED}</span> {label}</li>')
                continue
            share = pace_of(pair, it)[0]
            actuals = " + ".join(f'<span class="chip actual">{_e(a.text)}</span>' for a in pair.actuals)
            lines.append(
                f'<li class="pair"><div class="pair-text"><span class="chip target">{_e(t.text)}</span>{metric} → '
                f'{actuals} <b class="ratio">{_fmt_ratio(pair.ratio)}</b> {label}</div>'
                f'{_bar(pair)}<div class="why">{_e(reason(pair, pace, status, share))}</div></li>')
        lines.append("</ul>")
    else:
        lines.append('<p class="none">无数值目标 / no numeric target</p>')
    lines.append("</section>")
    return "\n".join(lines)


def _errors(errors: list[RowError]) -> str:
    if not errors:
        return '<section id="errors"><h2>错误 / Errors</h2><p class="none">无 / none</p></section>'
    items = "".join(
        f'<li class="error"><code>{_e(e.source)}{":" + _e(e.line) if e.line is not None else ""}</code> '
        f'{_e(e.doc)}{" #" + _e(e.item) if e.item not in ("", None) else ""}: {_e(e.reason)}</li>'
        for e in errors)
    return f'<section id="errors"><h2>错误 / Errors ({len(errors)})</h2><ul class="errors">{items}</ul></section>'


# --------------------------------------------------------------------------------------------
# inline assets

_CSS = """
:root { --target:#fde68a; --actual:#bbf7d0; --other:#e5e7eb; --met:#16a34a; --short:#dc2626; --ink:#1f2937; }
* { box-sizing: border-box; }
body { font-family: %s; color: var(--ink); margin: 0 auto; max-width: 1240px; padding: 16px 20px 48px;
  line-height: 1.55; background: #fafafa; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0.2em 0 0.2em; } h1 small { font-size: 0.85rem; color: #6b7280; font-weight: normal; }
.meta { color: #4b5563; font-size: 0.85rem; margin: 0; }
.headline { font-size: 1.1rem; font-weight: 600; margin: 0.5em 0 0; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; margin-top: 1.4em; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; }
.stat { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 6px 12px; min-width: 110px; }
.stat .value { font-size: 1.35rem; font-weight: 600; } .stat .label { font-size: 0.78rem; color: #6b7280; }
.stat.bad .value, .stat.missed .value { color: var(--short); } .stat.met .value { color: var(--met); }
.stat.behind .value { color: #b45309; } .stat.on-track .value { color: #1d4ed8; }
figure { margin: 12px 0; } figcaption { font-size: 0.9rem; color: #4b5563; margin-bottom: 4px; }
svg { max-width: 100%%; height: auto; }
svg.hist { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; }
svg.hist rect.met { fill: #4ade80; } svg.hist rect.short { fill: #f87171; }
svg text { font-family: inherit; font-size: 12px; text-anchor: middle; fill: #374151; }
svg .axis { stroke: #9ca3af; }
.controls { font-size: 0.9rem; } select { font: inherit; padding: 2px 4px; max-width: 100%%; }
.table-wrap { max-width: 100%%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%%; background: #fff; font-size: 0.85rem; }
th, td { border: 1px solid #e5e7eb; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f3f4f6; position: sticky; top: 0; overflow-wrap: normal; word-break: keep-all; } th.sortable { cursor: pointer; user-select: none; }
th.sortable:hover { background: #e5e7eb; }
td.num, td.period { white-space: nowrap; } td.ratio { text-align: right; font-variant-numeric: tabular-nums; }
td.owners { max-width: 220px; color: #4b5563; } td.reason { color: #4b5563; font-size: 0.8rem; min-width: 200px; }
td.doc { white-space: nowrap; }
.status { border-radius: 4px; padding: 0 6px; font-size: 0.8rem; white-space: nowrap; }
.status.met { background: #dcfce7; color: #166534; } .status.on-track { background: #dbeafe; color: #1d4ed8; }
.status.behind { background: #fef3c7; color: #92400e; } .status.missed { background: #fee2e2; color: #991b1b; }
.status.no-result { background: #f3f4f6; color: #4b5563; }
.unpaired-tag { display: inline-block; background: #fed7aa; color: #9a3412; border-radius: 4px; padding: 0 6px;
  font-size: 0.8rem; white-space: nowrap; }
.note { color: #6b7280; font-size: 0.8rem; }
.legend mark { margin-right: 6px; }
section.row { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 14px; margin: 10px 0; }
section.row h3 { font-size: 0.95rem; margin: 2px 0 6px; }
section.row h3 .owners { font-weight: normal; color: #6b7280; font-size: 0.8rem; margin-left: 10px; }
.texts { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; } .texts.prose { grid-template-columns: 1fr; }
.texts h4 { margin: 0; font-size: 0.75rem; color: #6b7280; font-weight: normal; }
p.text { white-space: pre-wrap; margin: 2px 0 6px; font-size: 0.9rem; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.target { background: var(--target); } mark.actual { background: var(--actual); } mark.other { background: var(--other); }
ul.pairs { list-style: none; padding: 0; margin: 4px 0; }
ul.pairs li { margin: 4px 0; font-size: 0.85rem; }
.chip { border-radius: 3px; padding: 0 3px; } .chip.target { background: var(--target); } .chip.actual { background: var(--actual); }
.metric { color: #4b5563; } .met { color: var(--met); } .not-met { color: var(--short); }
.bar { position: relative; height: 10px; width: 320px; max-width: 100%%; background: #f3f4f6; border-radius: 3px; margin: 2px 0; }
.bar .fill { height: 100%%; border-radius: 3px; } .bar .fill.met { background: #4ade80; } .bar .fill.not-met { background: #f87171; }
.bar .full { position: absolute; left: 50%%; top: -3px; bottom: -3px; border-left: 2px solid #111827; }
.why { color: #6b7280; font-size: 0.78rem; }
.none { color: #9ca3af; font-size: 0.85rem; }
ul.errors li { color: #991b1b; font-size: 0.9rem; }
.hidden, section.row.no-target:not(.shown) { display: none !important; }
.multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px; }
.multiples figure { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 6px; margin: 0; }
.multiples figcaption { font-size: 0.8rem; }
.flag { color: #991b1b; font-size: 0.8rem; }
@media (max-width: 800px) { .texts { grid-template-columns: 1fr; } }
@media (max-width: 640px) {
  body { padding: 10px 10px 32px; } h1 { font-size: 1.2rem; }
  .stat { min-width: 0; flex: 1 1 40%%; }
  table#targets, table#targets tbody, table#targets tr, table#targets td { display: block; width: 100%%; }
  table#targets thead { display: none; }
  table#targets tr { border: 1px solid #e5e7eb; border-radius: 8px; margin: 0 0 10px; padding: 4px 8px; background: #fff; }
  table#targets td { border: none; padding: 2px 0; white-space: normal; max-width: none; min-width: 0; text-align: left; }
  table#targets td::before { content: attr(data-label); display: inline-block; min-width: 7.5em; color: #6b7280;
    font-size: 0.75rem; }
  .controls label, .controls select { display: block; width: 100%%; margin: 2px 0; }
}
""" % FONT_STACK

_JS = """
(function () {
  var table = document.getElementById('targets');
  var body = table.tBodies[0];
  var header = document.getElementById('ratio-header');
  var dir = 0;
  header.addEventListener('click', function () {
    dir = dir === 1 ? -1 : 1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.dataset.ratio, y = b.dataset.ratio;
      if (x === '' && y === '') return 0;
      if (x === '') return 1;
      if (y === '') return -1;
      return dir * (parseFloat(x) - parseFloat(y));
    });
    rows.forEach(function (r) { body.appendChild(r); });
    header.querySelector('.arrow').textContent = dir === 1 ? '↑' : '↓';
  });
  var owners = document.getElementById('owner-filter');
  var statuses = document.getElementById('status-filter');
  var showAll = document.getElementById('show-all');
  var shown = document.getElementById('shown');
  function hasOwner(el, owner) { return !owner || el.dataset.owners.split('、').indexOf(owner) >= 0; }
  function apply() {
    var owner = owners.value, status = statuses.value, n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var ok = hasOwner(r, owner) && (!status || r.dataset.status === status);
      r.classList.toggle('hidden', !ok); if (ok) n++;
    });
    document.querySelectorAll('section.row').forEach(function (s) {
      var st = status.replace(' ', '-');
      var ok = hasOwner(s, owner) && (!status || s.dataset.statuses.split(' ').indexOf(st) >= 0);
      s.classList.toggle('hidden', !ok);
      s.classList.toggle('shown', showAll.checked && !status);
    });
    shown.textContent = n + ' / ' + body.rows.length;
  }
  owners.addEventListener('change', apply);
  statuses.addEventListener('change', apply);
  showAll.addEventListener('change', apply);
  apply();
})();
"""
