"""The data-entry workbook: ``jixiao template`` writes it, ``check``/``draft`` read it.

What must hold: every fixture goes YAML → workbook → the same ``DepartmentData``, each number with
the same decimals; numbers are read exactly (binary float noise never reaches a figure; a number
typed as text is accepted); a blank cell is "not stated", never 0; a broken workbook gets every
problem listed, each naming its sheet and cell; LibreOffice opens the workbook.
"""

from __future__ import annotations

import hashlib
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from drafting.cli import main
from drafting.department import DepartmentData
from drafting.errors import DataFileError
from drafting.io.loading import load_department
from drafting.io.pdf import office
from drafting.io.workbook_layout import INFO_SHEET, SHEETS
from drafting.io.workbook_writer import write_workbook

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*/data.yaml"))
ANHUA = ROOT / "fixtures" / "anhua-edu-2023" / "data.yaml"


def _exact(data: DepartmentData) -> dict[str, str]:
    """Every figure by path, as written (Decimal('7065.30') is not Decimal('7065.3') here)."""
    return {f.path: repr(f.value) for f in data.figures()}


def _filled(tmp_path: Path, source: Path = ANHUA) -> Path:
    out = tmp_path / "data.xlsx"
    write_workbook(out, load_department(source))
    return out


def _edit(path: Path, edits: dict[tuple[str, str], object]) -> None:
    wb = load_workbook(path)
    for (sheet, cell), value in edits.items():
        wb[sheet][cell] = value
    wb.save(path)


def _problems(path: Path) -> list[str]:
    with pytest.raises(DataFileError) as caught:
        load_department(path)
    return caught.value.problems


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.parent.name)
def test_every_fixture_round_trips_through_the_workbook(tmp_path, fixture):
    data = load_department(fixture)
    path = tmp_path / "data.xlsx"
    write_workbook(path, data)
    back = load_department(path)
    assert back == data
    assert _exact(back) == _exact(data)


def test_the_empty_template_has_a_guide_every_part_units_and_drop_downs_and_no_invented_values(tmp_path):
    path = tmp_path / "t.xlsx"
    assert main(["template", str(path)]) == 0
    wb = load_workbook(path)
    assert wb.sheetnames == ["说明", *SHEETS]
    assert "jixiao check" in " ".join(str(c.value) for c in wb["说明"]["A"] if c.value)
    assert wb["收入"]["B1"].value == "收入合计（万元）" and wb["指标"]["J1"].value == "分值（分）"
    assert "例" in wb["指标"]["C1"].comment.text or "如" in wb["指标"]["C1"].comment.text
    lists = {str(dv.sqref): dv.formula1 for dv in wb["指标"].data_validations.dataValidation if dv.type == "list"}
    assert any("满意度指标" in f for f in lists.values()) and any("万元" in f for f in lists.values())
    for name in SHEETS[1:]:
        ws = wb[name]
        first = 2 if name in ("人员", "三公") else 1  # these start with their row labels (行政…, 决算数…)
        assert all(c.value is None for row in ws.iter_rows(min_row=2, min_col=first) for c in row), name
    assert [c.value for c in wb["三公"]["A"][1:4]] == ["决算数", "预算数", "上年数"]
    assert all(ws.cell(r, 2).value is None for ws in [wb[INFO_SHEET]] for r in range(2, ws.max_row + 1))


def test_the_empty_template_checked_names_each_required_cell(tmp_path):
    path = tmp_path / "t.xlsx"
    write_workbook(path)
    problems = _problems(path)
    assert "「基本情况」表 B2（单位全称）：必填，不能为空" in problems
    assert "「三公」表 B2（合计）：必填，不能为空" in problems
    assert len(problems) == 7


def test_numbers_are_read_exactly_as_shown_never_as_binary_noise(tmp_path):
    path = _filled(tmp_path)
    wb = load_workbook(path)
    ws = wb["收入"]
    ws["C2"].value, ws["C2"].number_format = 0.1 + 0.2 + 29.05, "#,##0.00"  # 29.35000000000001 in binary
    ws["E2"].value = "226.5"  # text, as typed
    ws["F2"].value, ws["F2"].number_format = 45.0, "0.00"
    ws["B2"].value = "７,６０２.４８"  # full-width digits and a thousands separator, as text
    wb["指标"]["H2"].value, wb["指标"]["H2"].number_format = 0.9205, "0.00%"  # shown as 92.05%
    wb.save(path)
    data = load_department(path)
    row = data.finance.income[0]
    assert repr(row.carryover) == "Decimal('29.35')"
    assert repr(row.government_fund) == "Decimal('226.5')"
    assert repr(row.special_account) == "Decimal('45.00')"
    assert row.total == Decimal("7602.48")
    assert data.indicators[0].actual_value == Decimal("92.05")


def test_a_blank_cell_is_not_stated_never_zero(tmp_path):
    path = _filled(tmp_path)
    _edit(path, {("支出", "H2"): None, ("关键数字", "F2"): None, ("指标", "H3"): None, ("基本情况", "B16"): None})
    data = load_department(path)
    assert data.finance.expenditure[0].balance_cumulative is None
    assert data.key_figures[0].prior_value is None
    assert data.indicators[1].actual_value is None
    assert data.staffing.retired is None
    assert not any(f.path.endswith("balance_cumulative") for f in data.figures())


def test_a_broken_workbook_lists_every_problem_with_sheet_and_cell(tmp_path, capsys):
    path = _filled(tmp_path)
    _edit(path, {("指标", "F3"): "九十八", ("基本情况", "B8"): "二〇二三", ("基本情况", "B5"): "乡",
                 ("收入", "B1"): "总收入", ("关键数字", "D4"): "公斤", ("三公", "B2"): "5.18万元"})
    wb = load_workbook(path)
    del wb["资产"]
    wb.save(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "共 8 处问题" in err, err
    for where in ("「基本情况」表 B5（行政级别）：应为以下之一：省、市、县、区，实际填写为“乡”", "「基本情况」表 B8（评价年度）：应为整数",
                  "「收入」表 B1：表头“总收入”不是本表的栏目", "「收入」表 第1行：缺少“收入合计”列",
                  "「资产」表：缺少工作表“资产”", "「三公」表 B2（合计）：应为数字", "「指标」表 F3（目标值（数值））：应为数字",
                  "「关键数字」表 D4（计量单位）：应为以下之一"):
        assert where in err, where
    assert "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_file_that_is_no_workbook_is_one_line_exit_2(tmp_path, capsys):
    text = tmp_path / "data.xlsx"
    text.write_text("单位全称,安化县教育局\n", encoding="utf-8")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert main(["check", str(text)]) == 2
    assert main(["check", str(old)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and "不是 Excel 工作簿" in lines[0] and "另存为 .xlsx" in lines[1]


def test_money_units_come_from_the_headers_and_must_agree(tmp_path):
    path = _filled(tmp_path)
    wb = load_workbook(path)
    for cell in wb["收入"][1][1:]:
        cell.value = str(cell.value).replace("万元", "元")
    wb.save(path)
    assert any("「收入」表 B1：金额单位“元”与「基本情况」表" in p for p in _problems(path))


def test_a_formula_without_a_saved_result_is_named(tmp_path):
    path = _filled(tmp_path)
    _edit(path, {("支出", "B2"): "=C2+F2"})  # openpyxl saves no cached result
    assert any(p.startswith("「支出」表 B2（支出合计）：公式没有保存计算结果") for p in _problems(path))


def test_tasks_may_name_their_key_figures_by_name(tmp_path):
    path = _filled(tmp_path)
    _edit(path, {("任务", "D2"): "学前三年毛入园率、普惠性幼儿园覆盖率"})
    assert load_department(path).tasks[0].figures == ["preschool_enrolment_rate", "inclusive_kindergarten_rate"]
    _edit(path, {("任务", "D2"): "没有这个数"})
    assert _problems(path) == ["「任务」表 D2（关联关键数字）：“没有这个数”不是「关键数字」表中的编号或名称"]


def test_a_draft_from_the_workbook_is_the_draft_from_yaml(tmp_path):
    from docx import Document

    path = _filled(tmp_path)
    assert main(["draft", str(path), "-o", str(tmp_path / "a.docx")]) == 0
    assert main(["draft", str(ANHUA), "-o", str(tmp_path / "b.docx")]) == 0
    texts = [[p.text for p in Document(str(tmp_path / n)).paragraphs] for n in ("a.docx", "b.docx")]
    assert texts[0] == texts[1] and len(texts[0]) > 20


def test_template_refuses_a_name_that_is_not_xlsx_and_an_input(tmp_path, capsys):
    assert main(["template", str(tmp_path / "t.xls")]) == 2
    path = _filled(tmp_path)
    assert main(["template", str(path), "--data", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def _calc_converts(tmp_path: Path) -> bool:
    """Whether this LibreOffice has Calc (a -nogui Writer-only install cannot load any .xlsx)."""
    probe = tmp_path / "probe.xlsx"
    Workbook().save(probe)
    return _to_csv(probe, tmp_path / "probe")[0] == 0 and any((tmp_path / "probe").glob("*.csv"))


def _to_csv(path: Path, out: Path) -> tuple[int, str]:
    exe = office()
    assert exe is not None
    done = subprocess.run([exe, f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless", "--convert-to",
                           "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                           "--outdir", str(out), str(path)], capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.skipif(office() is None, reason="LibreOffice is not installed (libreoffice/soffice not on PATH)")
def test_libreoffice_opens_the_workbook_and_reads_its_figures(tmp_path):
    if not _calc_converts(tmp_path):
        pytest.skip("LibreOffice has no Calc here (install libreoffice-calc or libreoffice-calc-nogui)")
    path = _filled(tmp_path)
    code, log = _to_csv(path, tmp_path / "csv")
    assert code == 0, log
    sheets = {p.stem.split("-")[-1]: p.read_text(encoding="utf-8") for p in (tmp_path / "csv").glob("*.csv")}
    assert set(sheets) == {"说明", *SHEETS}
    assert "单位全称,安化县教育局" in sheets[INFO_SHEET]
    assert "局机关,\"7,602.48\",29.35," in sheets["收入"]
    assert "学前三年毛入园率,≥91%,≥,91,92.05%,92.05,%" in sheets["指标"]


@pytest.mark.skipif(office() is None, reason="LibreOffice is not installed (libreoffice/soffice not on PATH)")
def test_a_workbook_saved_again_by_libreoffice_reads_back_the_same_data(tmp_path):
    """As an officer's spreadsheet program would: open each fixture's workbook and save it as .xlsx."""
    if not _calc_converts(tmp_path):
        pytest.skip("LibreOffice has no Calc here (install libreoffice-calc or libreoffice-calc-nogui)")
    books = []
    for fixture in FIXTURES:
        books.append(tmp_path / f"{fixture.parent.name}.xlsx")
        write_workbook(books[-1], load_department(fixture))
    exe = office()
    assert exe is not None
    done = subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "saved"),
                           *map(str, books)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for fixture, book in zip(FIXTURES, books, strict=True):
        again = load_department(tmp_path / "saved" / book.name)
        assert again == load_department(fixture) and _exact(again) == _exact(load_department(fixture)), book.name


def test_an_empty_templates_scores_and_targets_show_the_decimals_typed_money_two(tmp_path):
    path = tmp_path / "t.xlsx"
    assert main(["template", str(path)]) == 0
    ws = load_workbook(path)["指标"]
    headers = {str(c.value): c.column for c in ws[1] if c.value}
    for name in ("目标值（数值）", "分值（分）"):
        col = next(c for h, c in headers.items() if h.startswith(name))
        assert ws.cell(2, col).number_format == "General", name  # 92.5 shows as 92.5, not 93
    assert load_workbook(path)["收入"]["B2"].number_format == "#,##0.00"
