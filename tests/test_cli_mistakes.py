"""What a finance officer sees for the common mistakes on the command line and with files: one line
in Chinese saying what is wrong and what to do, exit status 2, nothing on standard output."""

from __future__ import annotations

import pytest

from drafting.cli import main


def _mistake(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    out, err = capsys.readouterr()
    assert done.value.code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("错误：") and "usage" not in err and "error:" not in err
    return lines[0]


@pytest.mark.parametrize(("argv", "said"), [
    (["verify", "报告.docx"], "缺少必需的参数 --data：部门数据文件"),
    (["review"], "缺少必需的参数 report：报告文件"),
    ([], "缺少命令：应为 parse、schema、verify、review、draft、check、template、demo 之一"),
    (["review", "报告.docx", "--format", "pdf"], "参数 --format 不能取“pdf”；可选：json、md、html、docx"),
    (["reveiw", "报告.docx"], "没有命令“reveiw”；可用的命令：parse、"),
    (["review", "报告.docx", "--bogus"], "无法识别的参数：--bogus"),
    (["review", "报告.docx", "--jobs"], "参数 --jobs 后面缺少取值"),
    (["review", "报告.docx", "--jobs", "0"], "参数 --jobs：应为正整数，实际为“0”"),
    (["draft", "我局.yaml", "--timeout", "一分钟"], "参数 --timeout 应为数字，实际为“一分钟”"),
])
def test_a_command_line_mistake_is_one_chinese_line_pointing_at_the_commands_help(argv, said, capsys):
    line = _mistake(argv, capsys)
    assert said in line
    command = argv[0] if argv and argv[0] in ("verify", "review", "draft") else None
    assert line.endswith(f"用法见 jixiao {command} --help" if command else "用法见 jixiao --help")


# -- the wrong kind of file ------------------------------------------------------------------------

def _workbook(path):
    from drafting.io.workbook_writer import write_workbook

    write_workbook(str(path), None)
    return path


def _document(path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("清河县水务局2024年度部门整体支出绩效自评报告")
    doc.save(str(path))
    return path


def _pdf(path):
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n")
    return path


def _one_line(argv: list[str], capsys) -> str:
    status = main(argv)
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_a_workbook_given_as_the_report_is_named_as_the_department_data(tmp_path, capsys):
    line = _one_line(["review", str(_workbook(tmp_path / "我局2024.xlsx"))], capsys)
    assert "这是 Excel 工作簿，不是报告" in line and "--data" in line and "ValueError" not in line


def test_a_report_given_as_the_data_is_named_as_a_report(tmp_path, capsys):
    doc = _document(tmp_path / "报告.docx")
    for argv in (["draft", str(doc)], ["check", str(doc)], ["verify", str(doc), "--data", str(doc)]):
        line = _one_line(argv, capsys)
        assert "这是 Word 文档，不是部门数据" in line and "jixiao template" in line, line
        assert "OSError" not in line


def test_a_pdf_with_no_pages_is_refused_as_damaged_saying_how_to_get_a_docx(tmp_path, capsys):
    pdf = _pdf(tmp_path / "报告.pdf")
    line = _one_line(["review", str(pdf)], capsys)
    assert "PDF 文件已损坏" in line and ".docx" in line and "Error" not in line
    renamed = tmp_path / "报告.docx"
    renamed.write_bytes(pdf.read_bytes())
    assert "PDF 文件已损坏" in _one_line(["review", str(renamed)], capsys)
    line = _one_line(["check", str(pdf)], capsys)
    assert "这是 PDF 文件，不是部门数据" in line and "YAML 格式错误" not in line and "expected" not in line


def test_check_of_a_missing_file_is_one_line_as_in_every_other_command(tmp_path, capsys):
    line = _one_line(["check", str(tmp_path / "我局2024.xlsx")], capsys)
    assert line == f"错误：{tmp_path / '我局2024.xlsx'}: 文件不存在；请检查路径是否正确"


# -- what a review written to a file says on the terminal ------------------------------------------

@pytest.mark.parametrize("fmt", ["docx", "html", "md"])
def test_a_review_written_to_a_file_says_how_many_problems_it_holds(fmt, tmp_path, capsys):
    report = tmp_path / "报告.txt"
    report.write_text("临河县文旅局2024年度部门整体支出绩效自评报告\n一、部门概况\n局机关负责全县文化旅游工作。\n"
                      "局机关负责全县文化旅游工作。\n", encoding="utf-8")
    argv = ["review", str(report), "--format", fmt] + (["-o", str(tmp_path / "审核.md")] if fmt == "md" else [])
    assert main(argv) == 0
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert out == "" and len(lines) == 2 and lines[0].startswith("已写入")
    assert lines[1].startswith("共 ") and "条问题，涉及 " in lines[1] and lines[1].endswith("）。"), lines


def test_drafts_sections_help_names_every_section_id():
    from drafting.cli import build_parser
    from drafting.draft.sections import SECTIONS

    draft = next(a for a in build_parser("draft")._actions if a.dest == "command").choices["draft"]  # type: ignore[attr-defined]
    text = next(a.help for a in draft._actions if a.dest == "sections")
    for section in SECTIONS:
        assert f"{section.id} {section.number}" in text


def test_numbers_verified_into_a_file_say_their_count_on_the_terminal(tmp_path, capsys):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures" / "anhua-edu-2023"
    out = tmp_path / "核验.md"
    assert main(["verify", str(root / "report.txt"), "--data", str(root / "data.yaml"), "-o", str(out)]) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == f"已写入 {out}" and lines[1].startswith("共 ") and "个数据性数字：有依据" in lines[1]
    assert lines[1] in out.read_text(encoding="utf-8")


def test_the_demo_names_each_draft_where_it_is(tmp_path, capsys, monkeypatch):
    """With --out /abs/demo-out the drafts were shown as “demo-out/drafts/…”, a path relative to the
    output folder's parent that the working folder does not have; the review beside them was shown
    whole. Each is now shown as written, like the review."""
    from pathlib import Path

    import drafting.io.pdf
    from drafting.demo import _draft_latest

    monkeypatch.setattr(drafting.io.pdf, "render_pdf", lambda path: None)
    folder = Path(__file__).resolve().parent.parent / "fixtures" / "anhua-edu-2023"
    out = tmp_path / "演示输出"
    _draft_latest({"anhua-edu": folder}, out)
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.endswith(f"-> {out / 'drafts' / 'anhua-edu-2023.docx'}"), line
