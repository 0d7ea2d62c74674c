"""A self-contained HTML report of scored rows: ``render_html(results, "report.html")``.

One file, no network: inline CSS, an inline SVG histogram of completion ratios and a small inline
script that sorts the target table by ratio and filters it (and the row sections) by 责任单位.
Every piece of input text goes through :func:`html.escape`; quantities are highlighted by slicing
the raw text at the mentions' offsets *before* escaping, so offsets are never broken.
"""

from __future__ import annotations

import html
import math
import statistics
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .io import InputError, _atomic
from .periods import pace_of
from .types import ItemScore, Mention, Pair, RowError

UNPAIRED = "未配对 / unpaired"
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
                inputs: Iterable[str | Path] = ()) -> None:
    """Write the HTML report of ``results`` to ``out`` (``"-"`` = stdout), replacing it atomically.

    Raises InputError if ``out`` is one of ``inputs`` or cannot be written.
    """
    results = list(results)
    page = build_html(results)
    if str(out) == "-":
        sys.stdout.write(page)
        sys.stdout.flush()
        return
    target = Path(out).resolve()
    if any(str(i) != "-" and Path(i).resolve() == target for i in inputs):
        raise InputError(out, "refusing to overwrite an input file")
    try:
        with _atomic(target) as f:
            f.write(page.encode("utf-8"))
    except OSError as exc:
        raise InputError(out, f"cannot write: {exc.strerror or exc}") from exc


# --------------------------------------------------------------------------------------------
# page


def build_html(results: Sequence[ItemScore | RowError]) -> str:
    """The report as one HTML string."""
    items = [r for r in results if isinstance(r, ItemScore)]
    errors = [r for r in results if isinstance(r, RowError)]
    pairs = [p for it in items for t in it.targets if (p := it.pair_for(t)) is not None]
    ratios = [p.ratio for p in pairs if p.ratio is not None]
    n_targets = sum(len(it.targets) for it in items)
    median = statistics.median(ratios) if ratios else None
    owners = sorted({o for it in items for o in split_owners(it.owners)})

    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>targetx 目标完成情况报告</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header><h1>目标完成情况 <small>targetx report</small></h1></header>",
        '<section id="summary"><h2>概览 / Summary</h2><div class="summary">',
        _stat("行 / rows", len(items)),
        _stat("目标 / targets", n_targets),
        _stat("已配对 / paired", len(pairs)),
        _stat("已达成 / met", sum(p.met for p in pairs)),
        _stat("错误 / errors", len(errors), "bad" if errors else ""),
        _stat("完成率中位数 / median ratio", _fmt_ratio(median) if median is not None else "–"),
        "</div>",
        _histogram(ratios),
        "</section>",
        _table(items, owners),
        '<section id="rows"><h2>逐行详情 / Rows</h2>',
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


def _table(items: list[ItemScore], owners: list[str]) -> str:
    options = "".join(f'<option value="{_e(o)}">{_e(o)}</option>' for o in owners)
    head = (
        '<section id="targets-section"><h2>目标一览 / Targets</h2>'
        '<p class="controls"><label for="owner-filter">责任单位 / owner: </label>'
        f'<select id="owner-filter"><option value="">全部 / all</option>{options}</select> '
        '<span id="shown"></span></p>'
        '<table id="targets"><thead><tr>'
        '<th>文件 doc</th><th>序号 item</th><th>责任单位 owners</th>'
        '<th>指标 metric</th><th>目标 target</th><th>实际 actual(s)</th>'
        '<th class="sortable" id="ratio-header" title="点击排序 / click to sort">'
        '完成率 ratio <span class="arrow">↕</span></th><th>达成 met</th><th>进度 pace</th>'
        "</tr></thead><tbody>"
    )
    rows = []
    for i, it in enumerate(items, 1):
        owner_attr = _e("、".join(split_owners(it.owners)))
        for t in it.targets:
            pair = it.pair_for(t)
            _, pace, status = pace_of(pair, it)
            pace_cell = f"{_e(status)} ({_fmt_ratio(pace)})" if status else "–"
            if pair is None:
                actual = f'<span class="unpaired-tag">{UNPAIRED}</span>'
                ratio, met, cls, sort = "–", "–", "unpaired", ""
            else:
                actual = " + ".join(_e(a.text) for a in pair.actuals)
                if pair.combine == "sum":
                    actual += ' <span class="note">(合计 sum)</span>'
                ratio = _fmt_ratio(pair.ratio)
                met = "✓ 是" if pair.met else "✗ 否"
                cls = "is-met" if pair.met else "is-not-met"
                sort = "" if pair.ratio is None else "Infinity" if math.isinf(pair.ratio) else repr(pair.ratio)
            rows.append(
                f'<tr class="target-row {cls}" data-owners="{owner_attr}" data-ratio="{sort}">'
                f'<td class="doc">{_e(it.doc)}</td>'
                f'<td><a href="#row-{i}">{_e(it.item)}</a></td>'
                f'<td class="owners">{_e(it.owners)}</td>'
                f"<td>{_e(t.metric)}</td>"
                f'<td class="num">{_e(t.text)}</td>'
                f'<td class="num">{actual}</td>'
                f'<td class="num ratio">{ratio}</td>'
                f'<td class="met-cell">{met}</td><td class="pace">{pace_cell}</td></tr>'
            )
    return head + "".join(rows) + "</tbody></table></section>"


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
    lines = [
        f'<section class="row" id="row-{index}" data-owners="{_e("、".join(owners))}">',
        f'<h3><span class="doc">{_e(it.doc)}</span> #{_e(it.item)}'
        f'<span class="owners">{_e(it.owners)}</span></h3>',
        '<div class="texts">',
        f'<div class="task"><h4>任务 task</h4><p class="text">{highlight(it.task, (*it.targets, *it.others))}</p></div>',
        f'<div class="progress"><h4>进展 progress</h4><p class="text">{highlight(it.progress, it.actuals)}</p></div>',
        "</div>",
    ]
    if it.targets:
        lines.append('<ul class="pairs">')
        for t in it.targets:
            pair = it.pair_for(t)
            metric = f' <span class="metric">{_e(t.metric)}</span>' if t.metric else ""
            if pair is None:
                lines.append(f'<li class="unpaired"><span class="chip target">{_e(t.text)}</span>{metric} → '
                             f'<span class="unpaired-tag">{UNPAIRED}</span></li>')
                continue
            actuals = " + ".join(f'<span class="chip actual">{_e(a.text)}</span>' for a in pair.actuals)
            lines.append(
                f'<li class="pair"><div class="pair-text"><span class="chip target">{_e(t.text)}</span>{metric} → '
                f'{actuals} <b class="ratio">{_fmt_ratio(pair.ratio)}</b> '
                f'<span class="{"met" if pair.met else "not-met"}">{"✓" if pair.met else "✗"}</span></div>'
                f'{_bar(pair)}<div class="why">{_e(pair.why)}</div></li>')
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
  line-height: 1.55; background: #fafafa; }
h1 { font-size: 1.6rem; margin: 0.2em 0 0.6em; } h1 small { font-size: 0.9rem; color: #6b7280; font-weight: normal; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; margin-top: 1.6em; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; }
.stat { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 16px; min-width: 130px; }
.stat .value { font-size: 1.5rem; font-weight: 600; } .stat .label { font-size: 0.8rem; color: #6b7280; }
.stat.bad .value { color: var(--short); }
figure { margin: 16px 0; } figcaption { font-size: 0.9rem; color: #4b5563; margin-bottom: 4px; }
svg.hist { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; max-width: 100%%; height: auto; }
svg.hist rect.met { fill: #4ade80; } svg.hist rect.short { fill: #f87171; }
svg.hist text { font-family: inherit; font-size: 12px; text-anchor: middle; fill: #374151; }
svg.hist .axis { stroke: #9ca3af; }
.controls { font-size: 0.9rem; } select { font: inherit; padding: 2px 4px; max-width: 420px; }
table { border-collapse: collapse; width: 100%%; background: #fff; font-size: 0.85rem; }
th, td { border: 1px solid #e5e7eb; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f3f4f6; position: sticky; top: 0; } th.sortable { cursor: pointer; user-select: none; }
th.sortable:hover { background: #e5e7eb; }
td.num { white-space: nowrap; } td.ratio { text-align: right; font-variant-numeric: tabular-nums; }
td.owners { max-width: 260px; color: #4b5563; }
tr.is-met td.met-cell { color: var(--met); } tr.is-not-met td.met-cell { color: var(--short); }
td.doc { white-space: nowrap; }
tr.unpaired { background: #fff7ed; }
.unpaired-tag { display: inline-block; background: #fed7aa; color: #9a3412; border-radius: 4px; padding: 0 6px;
  font-size: 0.8rem; white-space: nowrap; }
.note { color: #6b7280; font-size: 0.8rem; }
.legend mark { margin-right: 6px; }
section.row { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 14px; margin: 10px 0; }
section.row h3 { font-size: 0.95rem; margin: 2px 0 6px; }
section.row h3 .owners { font-weight: normal; color: #6b7280; font-size: 0.8rem; margin-left: 10px; }
.texts { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
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
.why { color: #9ca3af; font-size: 0.75rem; }
.none { color: #9ca3af; font-size: 0.85rem; }
ul.errors li { color: #991b1b; font-size: 0.9rem; }
.hidden { display: none !important; }
@media (max-width: 800px) { .texts { grid-template-columns: 1fr; } }
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
  var select = document.getElementById('owner-filter');
  var shown = document.getElementById('shown');
  function has(el, owner) { return !owner || el.dataset.owners.split('、').indexOf(owner) >= 0; }
  function apply() {
    var owner = select.value, n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var ok = has(r, owner); r.classList.toggle('hidden', !ok); if (ok) n++;
    });
    document.querySelectorAll('section.row').forEach(function (s) { s.classList.toggle('hidden', !has(s, owner)); });
    shown.textContent = n + ' / ' + body.rows.length;
  }
  select.addEventListener('change', apply);
  apply();
})();
"""
