"""The CLI is thin: one line per error, exit 2 on bad input, linter-like exit codes, inputs untouched."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drafting.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
DATA = ROOT / "fixtures" / "jingzhou-hrss-2022" / "data.yaml"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drafting", *args], capture_output=True, text=True, cwd=ROOT)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_data_file_gives_one_line_exit_2_and_no_traceback(tmp_path):
    bad = tmp_path / "data.yaml"
    bad.write_text("department:\n  name: 测试局\nyear: 二〇二二\n", encoding="utf-8")
    proc = _run("verify", str(SAMPLE), "--data", str(bad))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(bad) in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_report_file_exits_2(tmp_path):
    proc = _run("parse", str(tmp_path / "nope.docx"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_unknown_format_exits_2(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.4 not a report")
    proc = _run("review", str(f))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_parse_prints_blocks_as_json(capsys):
    assert main(["parse", str(SAMPLE), "--format", "json"]) == 0
    parsed = json.loads(capsys.readouterr().out)
    kinds = {b["kind"] for b in parsed["blocks"]}
    assert {"paragraph", "table"} <= kinds


def test_review_exits_1_when_findings_reach_the_threshold_and_0_below_it(tmp_path):
    """Without data no rule says error yet (drafting.calibration), so --fail-on error passes the
    sample and --fail-on warning stops it; a clean report passes either way."""
    out = tmp_path / "r.json"
    assert main(["review", str(SAMPLE), "--format", "json", "-o", str(out)]) == 0
    assert main(["review", str(SAMPLE), "--format", "json", "-o", str(out), "--fail-on", "warning"]) == 1
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["summary"]["total"] == len(result["findings"]) > 0
    clean = ROOT / "fixtures" / "anhua-edu-2023" / "report.txt"
    assert main(["review", str(clean), "--format", "json", "-o", str(tmp_path / "c.json"), "--fail-on", "warning"]) == 0


def test_review_never_modifies_its_input(tmp_path):
    before = _digest(SAMPLE)
    for fmt in ("json", "md", "html", "docx"):
        main(["review", str(SAMPLE), "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")])
    main(["review", str(SAMPLE), "--dedup", "-o", str(tmp_path / "cleaned.docx")])
    assert _digest(SAMPLE) == before
    assert (tmp_path / "cleaned.docx").exists()


def test_review_refuses_to_overwrite_the_input(tmp_path):
    copy = tmp_path / "report.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    assert main(["review", str(copy), "--format", "md", "-o", str(copy)]) == 2
    assert copy.read_bytes() == SAMPLE.read_bytes()


def test_verify_exits_1_when_a_number_is_unsupported(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("2022年决算支出“三公”经费9.99万元，其中公务接待费5.18万元。\n", encoding="utf-8")
    assert main(["verify", str(report), "--data", str(DATA), "--format", "json", "-o", str(tmp_path / "v.json")]) == 1
    report.write_text("2022年决算支出“三公”经费7.5万元，其中公务接待费5.18万元。\n", encoding="utf-8")
    assert main(["verify", str(report), "--data", str(DATA), "--format", "md", "-o", str(tmp_path / "v.md")]) == 0


def test_review_of_a_folder_prints_a_summary_table(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    status = main(["review", str(tmp_path), "--format", "json", "-o", str(tmp_path / "out"), "--fail-on", "warning"])
    table = capsys.readouterr().out
    assert status == 1
    assert "a.txt" in table and "b.txt" in table and "合计" in table
    assert (tmp_path / "out" / "a.json").exists()


@pytest.mark.parametrize("command", ["parse", "review", "verify", "draft", "demo", "schema"])
def test_every_command_has_help(command):
    proc = _run(command, "--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"用法：jixiao {command}") and "选项：" in proc.stdout
    assert "show this help" not in proc.stdout and "usage" not in proc.stdout


def test_data_whose_totals_do_not_add_up_is_loaded_with_a_warning_naming_the_paths(tmp_path):
    text = DATA.read_text(encoding="utf-8").replace("{total: 7.5,", "{total: 7.6,", 1)
    assert text != DATA.read_text(encoding="utf-8")
    bad = tmp_path / "data.yaml"
    bad.write_text(text, encoding="utf-8")
    proc = _run("verify", str(SAMPLE), "--data", str(bad), "-o", str(tmp_path / "v.md"))
    assert "数据核对警告" in proc.stderr
    assert "sangong.actual.total" in proc.stderr


def test_a_folder_review_to_a_markdown_file_writes_that_file_not_a_folder(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("a.txt", "乙单位报告.txt"):
        (reports / name).write_text("2022年决算支出“三公”经费7.5万元。\n", encoding="utf-8")
    out = tmp_path / "all.md"
    main(["review", str(reports), "-o", str(out)])
    assert out.is_file() and "文件夹审核汇总" in out.read_text(encoding="utf-8")
    lines = capsys.readouterr().out.splitlines()
    total = next(ln for ln in lines if ln.startswith("合计"))
    header = next(ln for ln in lines if ln.startswith("报告"))
    wide = next(ln for ln in lines if ln.startswith("乙单位"))
    # columns line up on screen: a Chinese character takes two columns
    from drafting.report import display_width
    assert display_width(total) == display_width(header) == display_width(wide)


def test_dedup_with_an_output_file_prints_no_review(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_bytes(SAMPLE.read_bytes())
    main(["review", str(report), "--dedup", "-o", str(tmp_path / "cleaned.docx")])
    captured = capsys.readouterr()
    assert captured.out == "" and "共 " in captured.err
    assert (tmp_path / "cleaned.docx").exists()
    # the count in the words a review written to a file uses (it had its own older format)
    main(["review", str(report), "--format", "json", "-o", str(tmp_path / "r.json")])
    said = capsys.readouterr().err.splitlines()
    assert [ln for ln in captured.err.splitlines() if ln.startswith("共 ")] == [ln for ln in said if ln.startswith("共 ")]
    assert re.fullmatch(r"共 \d+ 条问题，涉及 \d+ 处（.+）。.*", next(ln for ln in said if ln.startswith("共 ")))


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.startswith("jixiao ")


def test_every_option_has_help_text():
    from drafting.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[attr-defined]
        for action in command._actions:
            assert action.help, f"jixiao {name} {'/'.join(action.option_strings) or action.dest} has no help"


def test_a_command_is_parsed_by_its_own_arguments_alone_as_by_the_whole_parser(capsys):
    """Start-up: ``main`` builds only the named command's arguments; its help, its parse and its
    errors are the whole parser's. A first word that names no command gets the whole parser."""
    from drafting.cli import _HANDLERS as _COMMANDS
    from drafting.cli import build_parser

    whole = next(a for a in build_parser()._actions if a.dest == "command").choices  # type: ignore[attr-defined]
    for name in _COMMANDS:
        alone = next(a for a in build_parser(name)._actions if a.dest == "command").choices  # type: ignore[attr-defined]
        assert list(alone) == [name]
        assert alone[name].format_help() == whole[name].format_help()
    argv = ["review", "r.txt", "--format", "json", "-o", "out.json", "--accept", "a1", "--accept", "b2"]
    assert vars(build_parser("review").parse_args(argv)) == vars(build_parser().parse_args(argv))
    for argv in (["review", "--format", "pdf", "r.txt"], ["reveiw", "r.txt"]):
        errors = []
        for parser in (build_parser(argv[0] if argv[0] in _COMMANDS else None), build_parser()):
            with pytest.raises(SystemExit):
                parser.parse_args(argv)
            errors.append(capsys.readouterr().err)
        assert errors[0] == errors[1] and errors[0].startswith("错误：")


def test_review_progress_goes_to_stderr_only_when_asked_or_on_a_terminal(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("一、部门基本情况\n局办公室负责机关日常运转。\n", encoding="utf-8")
    main(["review", str(report), "--format", "json", "--progress"])
    shown = capsys.readouterr()
    assert "审核：错别字" in shown.err and json.loads(shown.out)["findings"] is not None
    main(["review", str(report), "--format", "json"])  # stderr is not a terminal under pytest
    quiet = capsys.readouterr()
    assert quiet.err == "" and quiet.out == shown.out


def test_a_command_runs_with_a_larger_young_generation_and_gives_the_callers_setting_back(tmp_path):
    import gc

    from drafting.cli import collector

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with collector():
            assert gc.get_threshold() == (100_000, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0)  # switched off by the caller: stays off
        with collector():
            assert gc.get_threshold()[0] == 0
        gc.set_threshold(700, 10, 10)
        report = tmp_path / "r.txt"
        report.write_text("一、基本情况\n本单位2022年支出100万元。\n", encoding="utf-8")
        assert main(["parse", str(report), "-o", str(tmp_path / "r.json")]) == 0
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_text_review_loads_no_word_workbook_model_or_data_machinery(tmp_path):
    """Start-up (issue 14): reviewing a text report without data imports none of what it does not
    use — python-docx, openpyxl, LangChain, the HTTP clients, PyYAML, the data model and loader, the
    number guard, the drafter, the model layer; nor the standard library's ``html`` (for pages) and
    ``json`` (a report's JSON is pydantic's) nor ``statistics`` (one rare unit check's median) — and,
    with the lexicon file built, neither jieba nor pypinyin."""
    from drafting.checks.lexicon import lexicon

    lexicon()  # the file exists for this user and version, as after any first review
    heavy = ("docx", "openpyxl", "langchain", "langchain_core", "langchain_openai", "openai", "httpx",
             "requests", "yaml", "jieba", "pypinyin", "lxml", "numpy", "tiktoken", "datasketch",
             "drafting.department", "drafting.io.loading", "drafting.io.docx_reader", "drafting.io.docx_writer",
             "drafting.numbers.guard", "drafting.numbers.facts", "drafting.draft", "drafting.llm", "html", "json",
             "statistics")
    code = ("import sys; from drafting.cli import main; "
            f"main(['review', {str(SAMPLE)!r}, '--format', 'json', '-o', {str(tmp_path / 'out.json')!r}]); "
            f"print(sorted({{m for m in sys.modules for h in {heavy!r} if m == h or m.startswith(h + '.')}}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert (tmp_path / "out.json").exists()
    assert out.stdout.strip() == "[]"


def test_a_command_run_in_another_thread_sets_no_handler_and_the_main_threads_handler_is_its_own(tmp_path):
    """SIGTERM ends a command as Ctrl-C does only in the main thread (the only one that may set a
    handler); told without importing ``threading`` (start-up): a command run in a worker thread runs
    as before, and the main thread's own handler is left as it was, before and after a command."""
    import signal
    import threading

    out = tmp_path / "out.json"
    status: list[int] = []
    worker = threading.Thread(target=lambda: status.append(main(["review", str(SAMPLE), "--format", "json", "-o", str(out)])))
    worker.start()
    worker.join()
    assert status and status[0] in (0, 1) and out.exists()
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    seen: list[object] = []
    assert main(["review", str(SAMPLE), "--format", "json", "-o", str(out)]) in (0, 1)
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # taken back after the command
    own = signal.signal(signal.SIGTERM, lambda *a: seen.append(a))
    try:
        handler = signal.getsignal(signal.SIGTERM)
        assert main(["review", str(SAMPLE), "--format", "json", "-o", str(out)]) in (0, 1)
        assert signal.getsignal(signal.SIGTERM) is handler  # a program's own handler left alone
    finally:
        signal.signal(signal.SIGTERM, own)


_WRAPPED = r"""
import os, signal, sys
from drafting import cli
from drafting.checks import typos
def wrapping(report, standard_forms=False):  # a library that turns the signal's exception into an error of its own
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        signal.pause()
    except KeyboardInterrupt:
        raise RuntimeError("Error building validator: Terminated") from None
typos.check_typos = wrapping
sys.exit(cli.main(["review", sys.argv[1], "--format", "json", "-o", sys.argv[2]]))
"""


def test_sigterm_raised_inside_a_library_that_wraps_it_still_ends_the_command_as_terminated(tmp_path):
    """The signal's exception may surface inside a library's code (pydantic building a validator on
    first use), which reports it as an error of its own: the command still ends as terminated, with
    status 143 and the one line — not as a defect of jixiao (status 5)."""
    out = tmp_path / "out.json"
    done = subprocess.run([sys.executable, "-c", _WRAPPED, str(SAMPLE), str(out)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 143, done.stderr
    assert "收到终止信号" in done.stderr and "内部错误" not in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_ctrl_c_raised_inside_a_library_that_wraps_it_still_ends_the_command_as_interrupted(tmp_path):
    """Ctrl-C likewise: wrapped by a library into an error of its own, it still ends the command with
    status 130 and no output — not as a defect of jixiao (status 5)."""
    out = tmp_path / "out.json"
    # Ctrl-C as a terminal delivers it: a runner that starts its jobs in the background leaves SIGINT
    # ignored, and the process would wait in signal.pause() for a signal it never receives
    code = _WRAPPED.replace("signal.SIGTERM", "signal.SIGINT").replace(
        "from drafting import cli", "signal.signal(signal.SIGINT, signal.default_int_handler)\nfrom drafting import cli")
    done = subprocess.run([sys.executable, "-c", code, str(SAMPLE), str(out)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 130, done.stderr
    assert "内部错误" not in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
