"""Every failure is one line and a documented exit code: 2 bad input, 4 the machine refused, 5 a bug;
never a traceback, never 1 (the findings code) for a crash."""

from __future__ import annotations

import errno
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafting.cli import main
from drafting.errors import DataFileError
from drafting.io.loading import load_department
from drafting.io.text_reader import read_text_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jingzhou-hrss-2022"
SAMPLE = FIXTURE / "report.txt"
DATA = FIXTURE / "data.yaml"


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], err
    return err[0]


def test_an_unreadable_report_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    report = tmp_path / "r.txt"
    report.write_bytes(SAMPLE.read_bytes())
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == report:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert main(["parse", str(report)]) == 2
    assert "没有读取权限" in _one_line(capsys)


def test_an_unreadable_data_file_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    data = tmp_path / "d.yaml"
    data.write_bytes(DATA.read_bytes())

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert main(["verify", str(SAMPLE), "--data", str(data)]) == 2
    assert "没有读取权限" in _one_line(capsys)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_reads_like_utf8(tmp_path, encoding):
    text = SAMPLE.read_text(encoding="utf-8")
    p = tmp_path / "r.txt"
    p.write_bytes(text.encode(encoding))
    assert read_text_report(p).blocks == read_text_report(SAMPLE).blocks


def test_a_utf16_data_file_with_a_bom_loads(tmp_path):
    p = tmp_path / "d.yaml"
    p.write_bytes(DATA.read_text(encoding="utf-8").encode("utf-16"))
    assert load_department(p) == load_department(DATA)


def test_control_characters_deep_in_a_text_are_removed_with_a_warning_and_the_docx_is_well_formed(tmp_path, capsys):
    text = SAMPLE.read_text(encoding="utf-8")
    p = tmp_path / "r.txt"
    p.write_text(text[:9000] + "\x01\x02" + text[9000:], encoding="utf-8")
    out = tmp_path / "r.docx"
    assert main(["review", str(p), "--format", "docx", "-o", str(out)]) in (0, 1)
    assert "删去了 2 个控制字符" in capsys.readouterr().err
    with zipfile.ZipFile(out) as z:
        etree.fromstring(z.read("word/document.xml"))
    assert main(["review", str(p), "--dedup", "-o", str(tmp_path / "d.docx")]) in (0, 1)


@pytest.mark.parametrize(("text", "line", "words"), [
    ("department:\n  name: 甲\n  name: 乙\nyear: 2022\n", 3, "键“name”重复"),
    ("year: 2022\nyear: 2023\n", 2, "键“year”重复"),
    ("year: " + "9" * 5000 + "\n", 1, "位数过多"),
    ("year: 2022\nx: 1.0e+400\n", 2, "位数过多"),
])
def test_absurd_yaml_is_an_error_naming_the_line(tmp_path, text, line, words):
    p = tmp_path / "d.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=words) as exc:
        load_department(p)
    assert exc.value.where == f"第{line}行"


@pytest.mark.parametrize(("text", "line", "words"), [
    ('{"year": 2022,\n "year": 2023}', 2, "键“year”重复"),
    ('{"year":\n ' + "9" * 5000 + "}", 2, "位数过多"),
    ('{"year":\n 1e400}', 2, "位数过多"),
])
def test_absurd_json_is_an_error_naming_the_line(tmp_path, text, line, words):
    p = tmp_path / "d.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=words) as exc:
        load_department(p)
    assert exc.value.where == f"第{line}行"


def test_a_negative_budget_is_an_error_naming_the_field_and_line(tmp_path):
    lines = DATA.read_text(encoding="utf-8").splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip().startswith("initial_budget:"))
    lines[at] = "  initial_budget: -987.68"
    p = tmp_path / "d.yaml"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"finance.initial_budget：应不小于 0") as exc:
        load_department(p)
    assert exc.value.where == f"第{at + 1}行"


def test_a_control_character_in_a_data_text_is_an_error_naming_the_field(tmp_path):
    p = tmp_path / "d.json"
    p.write_text('{"department":\n {"name": "人社\\u0001局"}}', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"department\.name：含控制字符") as exc:
        load_department(p)
    assert exc.value.where == "第2行"


def test_a_write_into_proc_is_one_line_exit_4(capsys):
    assert main(["parse", str(SAMPLE), "-o", "/proc/jixiao-test/out.md"]) == 4
    assert "无法写入" in _one_line(capsys)


def test_a_full_disk_is_one_line_exit_4(tmp_path, monkeypatch, capsys):
    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    assert main(["parse", str(SAMPLE), "-o", str(tmp_path / "o.md")]) == 4
    assert "磁盘空间已满" in _one_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_running_out_of_memory_is_one_line_exit_4(monkeypatch, capsys):
    import drafting.review

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(drafting.review, "review", exhausted)
    assert main(["review", str(SAMPLE)]) == 4
    assert "内存不足" in _one_line(capsys)


def test_a_bug_is_one_line_exit_5_not_the_findings_code(monkeypatch, capsys):
    import drafting.review

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(drafting.review, "review", broken)
    assert main(["review", str(SAMPLE)]) == 5
    assert "ZeroDivisionError" in _one_line(capsys)


def test_debug_mode_shows_the_traceback(monkeypatch):
    import drafting.review

    monkeypatch.setattr(drafting.review, "review", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        main(["review", str(SAMPLE)], raise_errors=True)


def test_a_folder_review_with_jobs_gives_the_same_output_as_one_job(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("jingzhou-hrss-2022", "anhua-edu-2023"):
        (folder / f"{name}.txt").write_bytes((ROOT / "fixtures" / name / "report.txt").read_bytes())
    (folder / "copy.txt").write_bytes(SAMPLE.read_bytes())
    outs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        main(["review", str(folder), "--format", "json", "-o", str(out), "--jobs", jobs])
        outs[jobs] = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.iterdir())}
    assert len(outs["1"]) == 3 and outs["1"] == outs["2"]
