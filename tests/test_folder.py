"""A folder review streams: each report's output is written as soon as it is reviewed, the run keeps
one small row a report, workers give the same findings as one process, and the cross-report keys
mean the same in every process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafting.checks.crossreport import boilerplate_findings, paragraph_keys
from drafting.cli import main
from drafting.errors import InputError
from drafting.findings import Kind
from drafting.folder import ReviewedFile, review_folder, stream_folder
from drafting.folder_output import FolderOutput, Row
from drafting.io.text_reader import read_text_string

ROOT = Path(__file__).resolve().parent.parent
SHARED = "为深入贯彻落实上级关于预算绩效管理的决策部署，本单位成立了由主要负责同志任组长的绩效自评工作领导小组，统筹推进自评工作。"


def _folder(tmp_path: Path, n: int = 5) -> list[Path]:
    """``n`` small reports; every one has the shared paragraph, each with its own figures."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i}.txt").write_text(
            f"第{i}县教育局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            f"本单位共有在编人员{10 + i}人，年度预算{100 + i}万元，主要用于第{i}中学的校舍维修改造项目。\n"
            f"{SHARED}\n", encoding="utf-8")
    return sorted(folder.glob("*.txt"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_report_is_written_before_the_run_ends(tmp_path, jobs):
    files = _folder(tmp_path)
    out = tmp_path / "out"
    sink = FolderOutput("json", {f: out / (f.stem + ".json") for f in files}, tmp_path / ".jixiao-review.yaml")
    written: list[int] = []

    def progress(i: int, n: int, label: str) -> None:
        if not label.startswith("跨报告"):
            written.append(len(list(out.glob("*.json"))))

    rows = stream_folder(files, sink, progress=progress, jobs=jobs)
    # when the k-th report is reported done, at least k output files are already on disk
    assert written and all(count >= k for k, count in enumerate(written, 1))
    assert [r.name for r in rows] == [f.name for f in files] and all(isinstance(r, Row) for r in rows)


def test_a_shared_paragraph_reaches_every_report_file_after_the_second_pass(tmp_path):
    files = _folder(tmp_path)
    out = tmp_path / "out"
    assert main(["review", str(files[0].parent), "--format", "json", "-o", str(out), "--jobs", "2"]) in (0, 1)
    for f in files:
        found = json.loads((out / (f.stem + ".json")).read_text(encoding="utf-8"))["findings"]
        quotes = [x["location"]["quote"] for x in found if x["kind"] == Kind.CROSS_REPORT_BOILERPLATE.value]
        assert SHARED in quotes, f.name
    assert not list(out.glob(".*.tmp"))  # every write was atomic: no temporary file left behind


def test_jobs_one_and_two_give_the_same_results_as_the_in_memory_review(tmp_path):
    files = _folder(tmp_path, 6)
    one = review_folder(files[0].parent, jobs=1)
    two = review_folder(files[0].parent, jobs=2)
    assert [f.result for f in one.files] == [f.result for f in two.files]
    # the same findings as reviewing each report and finding the shared paragraphs in memory
    shared = boilerplate_findings([f.report for f in one.files])
    for f in one.files:
        mine = [x for x in f.result.findings if x.kind == Kind.CROSS_REPORT_BOILERPLATE]
        assert sorted((x.location.location.block, x.quote) for x in mine) == sorted(
            (x.location.location.block, x.quote) for x in shared[f.report.source or ""])


def test_accepting_an_id_no_report_has_is_one_line_and_exit_2(tmp_path, capsys):
    files = _folder(tmp_path, 3)
    status = main(["review", str(files[0].parent), "--format", "json", "-o", str(tmp_path / "out"),
                   "--accept", "nosuchid", "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 2 and "nosuchid" in err
    assert not (files[0].parent / ".jixiao-review.yaml").exists()


def test_accepting_every_finding_of_a_folder_leaves_nothing_shown_and_records_them(tmp_path, capsys):
    files = _folder(tmp_path, 3)
    out = tmp_path / "out"
    assert main(["review", str(files[0].parent), "--format", "json", "-o", str(out), "--accept", "all"]) == 0
    for f in files:
        summary = json.loads((out / (f.stem + ".json")).read_text(encoding="utf-8"))["summary"]
        assert summary["total"] == 0 and summary["accepted"] >= 1
    assert "accepted" in (files[0].parent / ".jixiao-review.yaml").read_text(encoding="utf-8")


def test_paragraph_keys_are_the_same_in_a_process_with_another_hash_seed():
    """Workers started by spawn (not fork) hash strings differently; the keys must not."""
    text = (ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt").read_text(encoding="utf-8")
    here = [k.grams.hex() for k in paragraph_keys(read_text_string(text))]
    code = ("import sys; from drafting.checks.crossreport import paragraph_keys; "
            "from drafting.io.text_reader import read_text_string; "
            "print('\\n'.join(k.grams.hex() for k in paragraph_keys(read_text_string(sys.stdin.read()))))")
    for seed in ("1", "2"):
        other = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True,
                               cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}).stdout.split()
        assert other == here


def test_a_broken_report_in_a_worker_is_one_line_naming_it_and_exit_2(tmp_path, capsys):
    files = _folder(tmp_path, 4)
    (files[0].parent / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    status = main(["review", str(files[0].parent), "--format", "json", "-o", str(tmp_path / "out"), "--jobs", "2"])
    err = capsys.readouterr().err
    last = err.replace("\r", "\n").strip().splitlines()[-1]
    assert status == 2 and last.startswith("错误：") and "broken.docx" in last
    assert "Traceback" not in err


def test_a_report_changed_between_the_two_passes_is_refused_in_one_line(tmp_path):
    """The second pass reads each sharing report again; a file edited meanwhile is not quoted wrongly."""
    files = _folder(tmp_path, 3)

    def progress(i: int, n: int, label: str) -> None:
        if i == n and not label.startswith("跨报告"):  # every report reviewed once: edit one now
            files[1].write_text(files[1].read_text(encoding="utf-8") + "新增一段文字。\n", encoding="utf-8")

    with pytest.raises(InputError, match="被修改"):
        review_folder(files[0].parent, progress=progress)


def test_a_folder_review_keeps_no_report_s_readings_after_it(tmp_path):
    """Memory flat with the report count: each report's normalised paragraphs, figures and sentences
    are dropped once it is finished, in the process that reviewed it."""
    from importlib import import_module

    extract, textnorm = import_module("drafting.numbers.extract"), import_module("drafting.numbers.textnorm")

    stream_folder(_folder(tmp_path), ReviewedFile, jobs=1)
    assert textnorm._normalize.cache_info().currsize == 0
    assert extract._extract.cache_info().currsize == 0


def test_tasks_go_in_chunks_of_up_to_four_and_the_last_ones_singly():
    """Workers end within one report of each other before the cross-report step waits for them."""
    from drafting.folder import _chunks

    for n in (0, 1, 7, 8, 9, 63, 64, 65, 200, 999):
        for jobs in (2, 3):
            chunks = _chunks(list(range(n)), jobs)
            assert [t for c in chunks for t in c] == list(range(n))
            assert all(1 <= len(c) <= 4 for c in chunks)
            assert all(len(c) == 1 for c in chunks[-min(n, 4 * jobs):])
    assert len(_chunks(list(range(999)), 2)) == 247 + 11  # 988 in fours, the last 11 one by one


def test_jobs_one_and_two_write_byte_identical_files_for_a_paragraph_in_many_reports(tmp_path):
    """More than five other reports: the finding names five and counts all (``Share.n_others``)."""
    files = _folder(tmp_path, 12)
    outs = {}
    for jobs in (1, 2):
        outs[jobs] = tmp_path / f"out{jobs}"
        assert main(["review", str(files[0].parent), "--format", "json", "-o", str(outs[jobs]),
                     "--jobs", str(jobs)]) in (0, 1)
    names = sorted(p.name for p in outs[1].iterdir())
    assert names == sorted(p.name for p in outs[2].iterdir()) and len(names) == 12
    assert all((outs[1] / n).read_bytes() == (outs[2] / n).read_bytes() for n in names)
    found = json.loads((outs[2] / "r3.json").read_text(encoding="utf-8"))["findings"]
    shared = next(x for x in found if x["kind"] == Kind.CROSS_REPORT_BOILERPLATE.value)
    named = shared["evidence"].split("同见于：")[1]
    assert "其他11份报告" in shared["message"] and named.endswith("等") and named.count("、") == 4
    assert [Path(n).name for n in named[:-1].split("、")] == ["r0.txt", "r1.txt", "r10.txt", "r11.txt", "r2.txt"]
