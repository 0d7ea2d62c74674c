"""The ``targetx`` command line (in-process through ``targetx.cli.main`` and once as a subprocess),
plus the parallel/distributed contracts: ``--jobs``, Dask bags and pickling of results."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetx import score_item, score_report, score_row
from targetx.cli import main, median
from targetx.io import read_rows
from targetx.records import row_records, target_records

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PAGE = CORPUS / "longwan-2024-11.page.txt"
ITEMS = CORPUS / "longwan-2024-11.items.jsonl"
GOLD = CORPUS / "longwan-2024-11.gold.jsonl"
METRIC_KEYS = {"precision", "recall", "f1", "tp", "predicted", "gold"}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def page_outputs(tmp_path_factory):
    """The corpus page scored once to CSV and once to JSONL (in-process), plus the expected targets."""
    out = tmp_path_factory.mktemp("page")
    statuses = [main(["score", str(PAGE), "-o", str(out / name), "--no-progress"])
                for name in ("page.csv", "page.jsonl")]
    report = score_report(read_rows(PAGE))
    expected = [rec for item in report.items for rec in row_records(item)]
    return out, statuses, expected, report


# --- score -----------------------------------------------------------------------------------


def test_score_page_writes_csv_and_jsonl_that_pandas_reads(page_outputs):
    pd = pytest.importorskip("pandas")
    out, statuses, expected, report = page_outputs
    assert statuses == [0, 0]
    assert not report.errors and expected
    csv_frame = pd.read_csv(out / "page.csv")
    json_frame = pd.read_json(out / "page.jsonl", lines=True, dtype=False)
    for frame in (csv_frame, json_frame):
        assert list(frame.columns[:3]) == ["doc", "item", "owners"]  # no BOM glued to "doc"
        assert len(frame) == len(expected)  # one row per target, one per row without a target
        assert len(expected) == sum(max(1, len(item.targets)) for item in report.items)
        assert set(zip(frame["doc"], frame["item"])) == {(i.doc, i.item) for i in report.items}  # every row
        assert list(frame["target"].fillna("")) == [r["target"] or "" for r in expected]
        assert list(frame["metric"].fillna("")) == [r["metric"] or "" for r in expected]  # Chinese intact
        assert set(frame["status"]) == {"met", "not met", "no result reported", "no numeric target"}
        assert frame["metric"].str.contains("地区生产总值").any()
        assert set(frame["doc"]) == {"longwan-2024-11"}
    raw = (out / "page.jsonl").read_text("utf-8")
    assert "地区生产总值" in raw and "\\u" not in raw  # not ASCII-escaped
    assert (out / "page.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel


def test_folder_of_mixed_inputs_scores_the_readable_and_reports_the_rest(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PAGE, folder / "a-page.txt")
    (folder / "b-table.csv").write_text(
        "序号,重点工作,责任单位,进展情况\n1,新增就业1万人,区人社局,新增就业1.2万人\n"
        "2,建成公园3个,区住建局,已建成公园2个\n", encoding="utf-8")
    good = {"task": "完成投资10亿元", "progress": "完成投资12亿元"}
    (folder / "c-rows.jsonl").write_text(
        json.dumps(good, ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"task": "培训2000人次", "progress": "培训2500人次"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (folder / "d-garbage.txt").write_bytes(b"\xff\xfe\x00\x81\xfe\xff" * 50)
    out = tmp_path / "out.jsonl"

    status = main(["score", str(folder), "-o", str(out), "--no-progress"])

    assert status == 1
    records = _jsonl(out)
    errors = [r for r in records if r.get("error")]
    targets = [r for r in records if not r.get("error")]
    assert {Path(e["source"]).name for e in errors} == {"c-rows.jsonl", "d-garbage.txt"}
    bad_json = next(e for e in errors if e["source"].endswith("c-rows.jsonl"))
    assert bad_json["line"] == 2 and "JSON" in bad_json["error"]
    assert {r["doc"] for r in targets} == {"a-page", "b-table", "c-rows"}
    assert {r["target"] for r in targets if r["doc"] == "b-table"} == {"1万人", "3个"}
    assert {r["target"] for r in targets if r["doc"] == "c-rows"} == {"10亿元", "2000人次"}
    assert "errors 2" in capsys.readouterr().err


def test_jobs_2_output_equals_jobs_1_output(page_outputs, tmp_path):
    out, statuses, _, _ = page_outputs
    assert main(["score", str(PAGE), "-o", str(tmp_path / "j2.jsonl"), "--jobs", "2", "--no-progress"]) == 0
    assert (tmp_path / "j2.jsonl").read_bytes() == (out / "page.jsonl").read_bytes()


def test_output_equal_to_an_input_is_refused(tmp_path, capsys):
    src = tmp_path / "rows.jsonl"
    shutil.copy(ITEMS, src)
    before, mtime = src.read_bytes(), src.stat().st_mtime_ns
    assert main(["score", str(src), "-o", str(src), "--no-progress"]) == 2
    assert src.read_bytes() == before and src.stat().st_mtime_ns == mtime
    assert "refusing to overwrite an input" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.jsonl"]  # no temp file left


def test_eval_json_prints_the_tallies(capsys):
    assert main(["eval", str(GOLD), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    for key in ("mentions", "targets", "pairs"):
        assert METRIC_KEYS <= result[key].keys(), key
        assert 0 <= result[key]["precision"] <= 1 and 0 <= result[key]["recall"] <= 1


@pytest.mark.parametrize("argv", [["score", "--no-such-option"], ["frobnicate"], [], ["score", "--jobs", "x"]])
def test_usage_error_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_negative_jobs_is_a_usage_error(capsys):
    assert main(["score", str(ITEMS), "--jobs", "-1"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_auto_jobs_is_one_process_for_small_input_and_a_pool_for_large(tmp_path, monkeypatch):
    from targetx import cli

    small = tmp_path / "small.jsonl"
    small.write_text(ITEMS.read_text("utf-8"), encoding="utf-8")
    assert cli.auto_jobs([str(small)]) == 1
    assert cli.auto_jobs(["-"]) == 1
    monkeypatch.setattr(cli, "PARALLEL_BYTES", small.stat().st_size)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert cli.auto_jobs([str(tmp_path)]) == (1 if cores < 2 else min(cores, cli.MAX_AUTO_JOBS))


def test_pool_and_single_process_write_the_same_records(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["score", str(ITEMS), "-o", str(one), "--jobs", "1", "--no-progress"]) == 0
    assert main(["score", str(ITEMS), "-o", str(two), "--jobs", "2", "--no-progress"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text("utf-8").splitlines()) > 50


def test_subprocess_module_run_matches_in_process(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(line + "\n" for line in ITEMS.read_text("utf-8").splitlines()[:8]), encoding="utf-8")
    assert main(["score", str(rows), "-o", str(tmp_path / "in.jsonl"), "--no-progress"]) == 0
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "targetx.cli", "score", str(rows), "-o", "-", "--no-progress"],
                          capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == (tmp_path / "in.jsonl").read_bytes()
    bogus = subprocess.run([sys.executable, "-m", "targetx.cli", "score", "--bogus"],
                           capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert bogus.returncode == 2


# --- distributed use ------------------------------------------------------------------------------


def _corpus_rows(n: int = 20) -> list[dict]:
    return _jsonl(ITEMS)[:n]


def test_dask_bag_gives_the_same_records_as_a_loop():
    bag = pytest.importorskip("dask.bag")
    rows = _corpus_rows()
    plain = [rec for row in rows for rec in target_records(score_row(row))]
    items = bag.from_sequence(rows, npartitions=2).map(score_row).compute(scheduler="sync")
    assert [rec for item in items for rec in target_records(item)] == plain


def test_score_item_results_pickle():
    item = score_item("新增孵化面积40万平方米,新增就业1万人", "全区新增孵化面积32.76万,新增就业1.2万人",
                      doc="d", item=3, owners="区科技局")
    again = pickle.loads(pickle.dumps(item))
    assert again == item
    assert target_records(again) == target_records(item)
    assert [r["ratio"] for r in target_records(again)] == [pytest.approx(0.819), pytest.approx(1.2)]
    report = score_report(_corpus_rows(5) + [{"task": 5}])
    assert pickle.loads(pickle.dumps(report)).to_records() == report.to_records()


def test_rerun_with_output_inside_the_input_folder_does_not_read_the_old_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.jsonl").write_text(
        "".join(line + "\n" for line in ITEMS.read_text("utf-8").splitlines()[:3]), encoding="utf-8")
    out = folder / "out.jsonl"
    assert main(["score", str(folder), "-o", str(out), "--no-progress"]) == 0
    first = out.read_bytes()
    assert main(["score", str(folder), "-o", str(out), "--no-progress"]) == 0
    assert out.read_bytes() == first


def test_rules_pickle_for_worker_processes():
    """``score --jobs N --rules FILE`` ships the Rules to worker processes by pickling them."""
    from targetx import Rules

    rules = Rules.default()
    again = pickle.loads(pickle.dumps(rules))
    assert target_records(score_item("新增就业1万人", "新增就业1.2万人", rules=again)) == \
        target_records(score_item("新增就业1万人", "新增就业1.2万人", rules=rules))


def test_prose_inputs_are_scored_as_running_text(tmp_path, capsys):
    page = tmp_path / "report.txt"
    page.write_text("今年计划新建幼儿园10所,现已建成12所。计划改造老旧小区20个,现已完成15个。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["score", "--prose", str(page), "-o", str(out), "--no-progress"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc"], r["target"], r["actual"], r["ratio"]) for r in records] == \
        [("report", "10所", "12所", 1.2), ("report", "20个", "15个", 0.75)]


def test_records_have_one_layout_and_name_their_source(tmp_path):
    source = tmp_path / "rows.jsonl"
    source.write_text('{"task": "新增停车位500个", "progress": "已建成停车位1032个"}\n{"task": 5}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(source), "-o", str(out), "--no-progress"]) == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len({tuple(r) for r in records}) == 1  # the same keys, in the same order, for results and errors
    assert records[0]["source"] == str(source) and records[0]["ratio"] == 2.064
    assert records[1]["error"] and records[1]["ratio"] is None


def test_eval_refuses_a_file_without_annotations(capsys):
    assert main(["eval", "corpus/longwan-2024-11.items.jsonl"]) == 2
    assert "not a gold row" in capsys.readouterr().err


def test_eval_by_a_gold_field_prints_one_line_per_value(capsys):
    assert main(["eval", str(ROOT / "corpus" / "phenomena.gold.jsonl"), "--by", "phenomenon", "--show", "0"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("  ") and line.strip()[:2].strip().isdigit()]
    classes = {json.loads(l)["phenomenon"] for l in (ROOT / "corpus" / "phenomena.gold.jsonl").read_text("utf-8").splitlines()}
    assert len(lines) == len(classes)
    assert any(line.split()[0] == "1" and line.endswith("3/3") for line in lines)  # class 1, three pairs


def test_score_without_output_prints_a_table_of_targets(capsys):
    """The README's first command: the table on the terminal, rows without a target left out."""
    assert main(["score", str(PAGE), "--no-progress"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("longwan-2024-11")]
    assert len(lines) == 67 and "rows 87" in out  # 67 targets of 87 rows


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False) | st.sampled_from([0.0, 0.5, 1.0]),
                min_size=1, max_size=80))
def test_summary_median_is_the_statistics_median(values):
    # selection in the array (no sorted copy) must give what statistics.median gives, ties included
    assert median(array("d", values)) == statistics.median(values)
