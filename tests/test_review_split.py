"""One long report's checks on several processes (``review_split``): the same review as one process
gives, byte for byte; never for a short report; a child's failure or a Ctrl-C is one line, and no
child is left behind. The threshold is lowered (``JIXIAO_PARALLEL_CHARS``) so that small invented
reports take the parallel path."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from drafting import processes, review_split
from drafting.errors import EnvironmentFailure
from drafting.io.loading import load_department
from drafting.io.reading import read_report
from drafting.io.text_reader import read_text_string
from drafting.review import ReviewOptions, review

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods() or not hasattr(os, "killpg"),
                                reason="forked children and process groups")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# invented: a county forestry station's report with a repeated paragraph, a table whose total is
# wrong, a doubled word, a year out of place and an unbalanced bracket, written three times over with
# other figures, as a long report repeats its sections
_PART = """{k}、林业站{y}年度部门整体支出绩效自评报告
（{k}）部门基本情况
本站共有在编人员{a}人，负责全镇{b}万亩生态公益林的管护和森林防火巡查工作工作。
本站共有在编人员{a}人，负责全镇{b}万亩生态公益林的管护和森林防火巡查工作工作。
（二）预算执行情况
{y}年度预算资金{c}万元，其中基本支出{d}万元，项目支出{e}万元，全年执行率为98.5%。
项目\t预算数\t执行数
防火巡查\t{d}\t{d}
苗木补植\t{e}\t{e}
合计\t{c}\t{f}
（三）绩效目标完成情况
202{k}年完成补植苗木{g}株（成活率达到96%，较上年提高2个百分点，群众满意度达到95%以上。
"""


def _long_text(parts: int = 3) -> str:
    return "".join(_PART.format(k="一二三四五六"[i], y=2023, a=8 + i, b=12 + i, c=100 + 10 * i, d=40 + i,
                                e=60 + 9 * i, f=100 + 10 * i + 3, g=3000 + 17 * i) for i in range(parts))


def _json(report, **kw) -> str:
    return review(report, **kw).model_dump_json()


@pytest.fixture
def split_always(monkeypatch):
    monkeypatch.setenv(processes.THRESHOLD_ENV, "0")
    calls: list[int] = []
    real = review_split.run_split

    def spy(names, one, jobs, progress, after):
        calls.append(jobs)
        return real(names, one, jobs, progress, after)

    monkeypatch.setattr(review_split, "run_split", spy)
    return calls


def test_a_long_report_on_two_processes_gives_the_one_process_review_byte_for_byte(split_always):
    report = read_text_string(_long_text())
    alone = _json(report)
    assert split_always == []
    assert _json(report, jobs=2) == alone and split_always == [2]
    assert _json(report, jobs=3) == alone
    assert len(review(report).findings) >= 5  # the invented defects are found: the comparison means something


@pytest.mark.parametrize("name", ["anhua-edu-2023", "jingzhou-hrss-2022", "liuyang-health-2023"])
def test_a_fixture_with_its_data_and_prior_on_two_processes_is_the_same_review(split_always, name):
    here = FIXTURES / name
    report = read_report(here / "report.txt")
    data = load_department(here / "data.yaml") if (here / "data.yaml").exists() else None
    prior = read_report(here / "prior.txt") if (here / "prior.txt").exists() else None
    assert _json(report, data=data, prior=prior, jobs=2) == _json(report, data=data, prior=prior)
    assert split_always == [2]


def test_a_short_report_starts_no_process(monkeypatch):
    monkeypatch.delenv(processes.THRESHOLD_ENV, raising=False)

    def refuse(*args, **kwargs):
        raise AssertionError("a short report was split")

    monkeypatch.setattr(review_split, "run_split", refuse)
    before = multiprocessing.active_children()
    review(read_text_string(_long_text()), jobs=2)
    assert multiprocessing.active_children() == before
    assert processes.split_jobs(199_999, 2) == 1 and processes.split_jobs(200_000, 2) == 2
    assert processes.split_jobs(10**7, 1) == 1


def test_the_plan_puts_every_check_in_one_group_and_keeps_the_sharing_checks_together():
    names = ["重复段落", "照搬上年", "拼接错位", "表内运算", "编制人数", "无依据结论", "指标方向", "达标表述",
             "年份日期", "日期先后", "层级单位", "结构", "语言", "外来文字", "错别字", "无名检查"]
    for jobs in (1, 2, 3, 8):
        groups = review_split.plan(names, jobs)
        assert sorted(i for g in groups for i in g) == list(range(len(names)))
        assert all(g for g in groups) and len(groups) <= jobs
        assert all([i for i in g if names[i] not in review_split._EARLY] == sorted(i for i in g if names[i] not in review_split._EARLY)
                   for g in groups)  # in running order but the memory-heavy checks first
        where = {names[i]: k for k, g in enumerate(groups) for i in g}
        assert where["重复段落"] == where["照搬上年"] == where["拼接错位"] and where["语言"] == where["错别字"]
    two = review_split.plan(names, 2)
    weight = [sum(review_split.WEIGHTS.get(names[i], 1.0) for i in g) for g in two]
    assert max(weight) / min(weight) < 1.2  # about even
    assert names.index("错别字") not in two[0]  # the typo check's word sets go with a child, not this process


def test_progress_is_told_once_per_check_in_order_and_then_for_the_merge(split_always):
    told: list[tuple[int, int, str]] = []
    review(read_text_string(_long_text()), jobs=2, progress=lambda i, n, name: told.append((i, n, name)))
    alone: list[tuple[int, int, str]] = []
    review(read_text_string(_long_text()), progress=lambda i, n, name: alone.append((i, n, name)))
    assert [i for i, _, _ in told] == [i for i, _, _ in alone]
    assert sorted(name for _, _, name in told[:-1]) == sorted(name for _, _, name in alone[:-1])
    assert told[-1] == alone[-1]


def test_a_check_failing_in_a_child_fails_the_review_as_it_would_in_one_process(split_always, monkeypatch):
    from drafting.checks import typos

    parent = os.getpid()

    def broken(report, standard_forms=False):
        raise ValueError(f"broken in {'the parent' if os.getpid() == parent else 'a child'}")

    monkeypatch.setattr(typos, "check_typos", broken)
    groups = review_split.plan(["重复段落", "照搬上年", "拼接错位", "表内运算", "编制人数", "无依据结论", "指标方向",
                                "达标表述", "年份日期", "日期先后", "层级单位", "结构", "语言", "外来文字", "错别字"], 2)
    assert 14 not in groups[0]  # the typo check runs in the child with the full list of checks
    with pytest.raises(ValueError, match="broken in a child"):
        review(read_text_string(_long_text()), jobs=2)
    assert multiprocessing.active_children() == []


def test_a_child_killed_ends_the_review_with_an_environment_failure(split_always, monkeypatch):
    from drafting.checks import typos

    parent = os.getpid()

    def killed(report, standard_forms=False):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return []

    monkeypatch.setattr(typos, "check_typos", killed)
    with pytest.raises(EnvironmentFailure, match="--jobs 1"):
        review(read_text_string(_long_text()), options=ReviewOptions(), jobs=2)
    assert multiprocessing.active_children() == []


# Ctrl-C while the child runs: the terminal signals the whole group; the child ignores it, the parent
# stops it. The child writes its process id first, so the test can see it is gone.
_SCRIPT = r"""
import os, signal, sys, time
from drafting import cli
from drafting.checks import typos
parent = os.getpid()
def slow(report, standard_forms=False):
    if os.getpid() != parent:
        open(sys.argv[3], "w").write(str(os.getpid()))
        if sys.argv[4] == "interrupt":
            os.killpg(os.getpgid(0), signal.SIGINT)
        else:  # kill, timeout or a service stopping the run
            os.kill(parent, signal.SIGTERM)
        time.sleep(60)
    return []
typos.check_typos = slow
sys.exit(cli.main(["review", sys.argv[1], "--format", "json", "-o", sys.argv[2], "--jobs", "2"]))
"""


@pytest.mark.parametrize(("act", "status"), [("interrupt", 130), ("terminate", 143)])
def test_ctrl_c_or_sigterm_during_a_split_review_ends_it_without_a_traceback_and_stops_the_child(tmp_path, act, status):
    report, out, pid_file = tmp_path / "r.txt", tmp_path / "r.json", tmp_path / "child.pid"
    report.write_text(_long_text(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(report), str(out), str(pid_file), act],
                          capture_output=True, text=True, timeout=120, start_new_session=True,
                          env={**os.environ, processes.THRESHOLD_ENV: "0"},
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert done.returncode == status, done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["child.pid", "r.txt"]  # no output, no temporary file
    child = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def _in_a_pool_worker(text: str) -> str:
    return review(read_text_string(text), jobs=2).model_dump_json()


def test_a_review_in_a_pool_s_daemonic_worker_runs_in_one_process(split_always):
    with multiprocessing.get_context("fork").Pool(1) as pool:  # its workers may not have children
        assert pool.apply(_in_a_pool_worker, (_long_text(),)) == _json(read_text_string(_long_text()))
