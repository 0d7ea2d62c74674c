"""The checks and the writer the hand-annotated probe scripts share (make_probe_county.py,
_shishi, _bureau, _indicators, _plan, _zones; the two oldest, _tables and _bulletins, keep their
own): mention helpers in the gold schema (corpus/SCHEMA.md),
span checks (every annotated string occurs, ``nth`` where it repeats, no span claimed twice or
overlapping, no mention starting inside a longer number, the written value is the annotated
one, every period occurs in the progress text), ratios computed in a common unit independently
of targetx, and a list of the digit and numeral runs left unannotated. A script builds its
rows with ``ProbeSet.row`` and ends with ``ProbeSet.write``."""
from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

MULT = {"万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(1000), "百": Decimal(100),
        "萬": Decimal(10**4), "億": Decimal(10**8)}
BASE = {"亩": Decimal("666.67"), "畝": Decimal("666.67"), "平方米": Decimal(1), "公顷": Decimal(10000),
        "公頃": Decimal(10000), "平方公里": Decimal(10**6), "公里": Decimal(1000), "米": Decimal(1),
        "兆瓦": Decimal(10**6), "瓦": Decimal(1), "吨": Decimal(1000), "噸": Decimal(1000),
        "公斤": Decimal(1), "斤": Decimal("0.5")}

DIGITS = re.compile(r"[0-9０-９][0-9０-９.．]*")
CN = re.compile(r"[零〇一二两兩三四五六七八九十百千万萬点點]+"
                r"(?=[个個座所名人张張条條家项項处處公户戶亩畝台臺辆輛场場次米吨噸元件套间間批期年岁歲种種例剂级級])")
NUMCH = set("0123456789０１２３４５６７８９.．")
CNCH = set("零〇一二两兩三四五六七八九十百千万萬点點")
FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")


def norm(v, unit):
    """A value in the common unit of its kind (multipliers applied; 亩, 公里, 吨… to m², m, kg)."""
    x = Decimal(str(v))
    u = unit
    while u and u[0] in MULT and len(u) > 1:
        x *= MULT[u[0]]; u = u[1:]
    if u in BASE:
        x *= BASE[u]
    return x


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i); i = hay.find(needle, i + 1)
    return out


def M(text, value, unit, metric, kind="level", nth=None, **kw):
    """A target or actual mention."""
    d = {"text": text, "metric": metric, "value": value, "unit": unit, "kind": kind}
    if nth is not None:
        d["nth"] = nth
    d.update(kw)
    return d


def O(text, value, unit, why, nth=None):
    """A task quantity that is not a target, with why."""
    d = {"text": text, "value": value, "unit": unit, "why": why}
    if nth is not None:
        d["nth"] = nth
    return d


class ProbeSet:
    """The rows of one probe file (gold ``doc`` name ``doc``), checked as they are added."""

    def __init__(self, doc):
        self.doc = doc
        self.rows = []
        self.unannotated = []
        self.errors = []

    def spans(self, col, lst, item):
        taken = {}
        for m in lst:
            occ = occurrences(col, m["text"])
            assert occ, (item, "missing", m["text"])
            if len(occ) > 1 and "nth" not in m:
                self.errors.append((item, "needs nth", m["text"],
                                    [col[max(0, o - 4):o + len(m["text"]) + 2] for o in occ]))
            n = m.get("nth", 0)
            assert n < len(occ), (item, m["text"], n, len(occ))
            s = occ[n]
            key = (s, s + len(m["text"]))
            if key in taken and not m["text"].startswith("各"):
                raise AssertionError((item, "span claimed twice", m["text"], taken[key]))
            # a mention must not start inside a longer number ("2家" inside "12家")
            if s > 0 and ((m["text"][0] in NUMCH and col[s - 1] in NUMCH) or
                          (m["text"][0] in CNCH and col[s - 1] in CNCH)):
                self.errors.append((item, "starts inside a number", m["text"], col[max(0, s - 4):key[1] + 2]))
            # the value must be the number written at the start of the text (Arabic digits)
            lead = re.match(r"[各每人月餐]*([0-9０-９][0-9０-９.．]*)", m["text"])
            if lead:
                written = Decimal(lead.group(1).translate(FULL))
                if written != Decimal(str(m["value"])):
                    self.errors.append((item, "value differs from text", m["text"], m["value"]))
            taken[key] = m.get("id")
        keys = sorted(taken)
        for (s1, e1), (s2, e2) in zip(keys, keys[1:]):
            if s2 < e1 and (s1, e1) != (s2, e2):
                self.errors.append((item, "overlapping spans", col[s1:e1], col[s2:e2]))
        return list(taken)

    def uncovered(self, col, sp, item, which):
        for rx in (DIGITS, CN):
            for g in rx.finditer(col):
                if not any(s <= g.start() and g.end() <= e for s, e in sp):
                    ctx = col[max(0, g.start() - 6):g.end() + 4]
                    self.unannotated.append((item, which, g.group(), ctx))

    def row(self, owner, task, progress, targets=(), other=(), actuals=(), pairs=(), note=""):
        """Add one row: ids are given in order (t1…, o1…, a1…); pairs are (target id, [actual
        ids]); the ratio is computed here."""
        item = len(self.rows) + 1
        T = []
        for i, t in enumerate(targets, 1):
            t = dict(t); t.setdefault("bound", "exact"); T.append({"id": f"t{i}", **t})
        Os = [{"id": f"o{i}", **o} for i, o in enumerate(other, 1)]
        A = []
        for i, a in enumerate(actuals, 1):
            a = dict(a); a.setdefault("period", None); A.append({"id": f"a{i}", **a})
            if a["period"] is not None and a["period"] not in progress:
                self.errors.append((item, "period not in progress", a["text"], a["period"]))
        for t in T:
            if t["bound"] == "range" and "value_max" not in t:
                self.errors.append((item, "range without value_max", t["text"]))
        self.uncovered(task, self.spans(task, T + Os, item), item, "task")
        self.uncovered(progress, self.spans(progress, A, item), item, "progress")
        byid = {m["id"]: m for m in T + A}
        P = []
        for tgt, acts, *rest in pairs:
            t = byid[tgt]
            assert t["id"].startswith("t"), (item, tgt)
            for a in acts:
                assert a.startswith("a") and a in byid, (item, a)
            tv = norm(t["value"], t["unit"])
            if tv == 0:  # zero target: no ratio (met only by zero)
                P.append({"target": tgt, "actuals": list(acts), "ratio": None}); continue
            sign = lambda m: -1 if m["kind"] == "reduction" else 1
            s = sum(sign(byid[a]) * norm(byid[a]["value"], byid[a]["unit"]) for a in acts)
            r = float(s / (sign(t) * tv))
            p = {"target": tgt, "actuals": list(acts), "ratio": round(r, 4)}
            if len(acts) > 1:
                p["combine"] = "sum"
            P.append(p)
        assert len({p["target"] for p in P}) == len(P), (item, "target paired twice")
        self.rows.append({"doc": self.doc, "item": item, "task": task, "owners": owner, "progress": progress,
                          "targets": T, "other": Os, "actuals": A, "pairs": P, "note": note})

    def write(self, out, count=40):
        """Write the rows to ``out`` (JSONL), print the counts, the errors and the unannotated
        runs, and exit 1 on any error."""
        rows = self.rows
        assert len(rows) == count, len(rows)
        with open(Path(out), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("ok", len(rows), "rows;", sum(len(r["targets"]) for r in rows), "targets;",
              sum(len(r["other"]) for r in rows), "other;",
              sum(len(r["actuals"]) for r in rows), "actuals;", sum(len(r["pairs"]) for r in rows), "pairs")
        for e in self.errors:
            print("ERROR", e)
        print("unannotated digit / numeral runs:")
        for u in self.unannotated:
            print("  ", u)
        if self.errors:
            sys.exit(1)
