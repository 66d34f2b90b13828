"""read_text_report: Word's text export (TAB cells) → headings, paragraphs and tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.errors import ReportFileError
from drafting.io.text_reader import heading_level, read_text_report, read_text_string
from drafting.report import Heading, Paragraph, Table

SAMPLE = Path(__file__).parents[1] / "fixtures" / "jingzhou-hrss-2022" / "report.txt"


@pytest.fixture(scope="module")
def sample():
    return read_text_report(SAMPLE)


def _row_starting(report, label: str, n: int = 0) -> list[str]:
    rows = [r for b in report.blocks if isinstance(b, Table) for r in b.texts() if r and r[0] == label]
    return rows[n]


def test_sample_income_row_of_the_bureau_reads_cell_by_cell(sample) -> None:
    assert _row_starting(sample, "1、局机关", 0) == ["1、局机关", "1209.14", "0", "1209.14", "0", "0", "0"]


def test_sample_expenditure_row_of_the_bureau_reads_cell_by_cell(sample) -> None:
    assert _row_starting(sample, "1、局机关", 1) == [
        "1、局机关", "1209.14", "708.61", "445.69", "262.92", "500.53", "0", "0"
    ]


def test_sample_sangong_and_fixed_asset_rows_read_cell_by_cell_under_their_headers(sample) -> None:
    # The form part is one Word table; each sub-table keeps its own header row above its data.
    form = next(b for b in sample.blocks if isinstance(b, Table))
    rows = form.texts()
    headers = [i for i, r in enumerate(rows) if r and r[0] == "机构名称"]
    assert [rows[i][1].replace("\n", "") for i in headers] == ["收入合计", "支出合计", "三公经费合计", "固定资产合计"]
    assert _row_starting(sample, "1、局机关", 2) == ["1、局机关", "7.5", "5.18", "2.32", "0", "0"]
    assert _row_starting(sample, "1、局机关", 3) == ["1、局机关", "1534.99", "1534.99", "", ""]


def test_sample_sangong_narrative_is_one_paragraph_with_exact_text(sample) -> None:
    paragraphs = [b for b in sample.blocks if isinstance(b, Paragraph) and b.text.startswith("2022年决算支出“三公”经费7.5万元")]
    assert len(paragraphs) == 1
    line = next(ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.startswith("2022年决算支出“三公”经费7.5万元"))
    assert paragraphs[0].text == line.strip()


def test_sample_duties_cell_keeps_its_untabbed_continuation_paragraphs(sample) -> None:
    row = _row_starting(sample, "职能职责概述")
    assert row[1].startswith("（一）贯彻执行")
    assert "（十三）有关职责分工" in row[1]
    assert row[1].count("\n") >= 13


def test_sample_sangong_table_that_lost_its_tabs_is_rebuilt(sample) -> None:
    tables = [b for b in sample.blocks if isinstance(b, Table) and b.rows[0][0].text == "项目"]
    assert len(tables) == 1
    texts = tables[0].texts()
    assert texts[0][:4] == ["项目", "2022年决算支出", "与年初预算对比", "与上年决算对比"]
    assert texts[2][:8] == ["公务接待费", "5.18", "7.14", "1.96", "27.45%", "6.39", "1.21", "18.92%"]
    assert texts[-1][:8] == ["合计", "7.5", "9.69", "2.19", "22.6%", "8.93", "1.43", "16%"]


def test_sample_titles_are_level_zero_headings_joined_across_lines(sample) -> None:
    titles = [b.text for b in sample.blocks if isinstance(b, Heading) and b.level == 0]
    assert titles == ["靖州县2022年度部门（单位）整体支出绩效评价自评报告", "靖州县人力资源和社会保障局2020年度部门整体支出绩效自评报告"]


def test_sample_section_headings_are_recognised(sample) -> None:
    headings = {(b.level, b.text) for b in sample.blocks if isinstance(b, Heading)}
    assert (1, "一、部门概况") in headings
    assert (2, "（一）厉行节约成效明显") in headings
    assert (3, "1、主要职责") in headings


def test_consecutive_tab_lines_form_a_row_and_blank_lines_separate_rows() -> None:
    report = read_text_string("\t名称\n\t金额\n\n\t甲\n\t1.5\n")
    assert report.blocks[0].texts() == [["名称", "金额"], ["甲", "1.5"]]  # type: ignore[union-attr]


def test_untabbed_line_directly_after_a_cell_continues_it() -> None:
    report = read_text_string("\t任务\n\t任务1：甲\n任务2：乙\n\n正文段落，说明情况。\n")
    table = report.blocks[0]
    assert isinstance(table, Table) and table.texts() == [["任务", "任务1：甲\n任务2：乙"]]
    assert report.blocks[1] == Paragraph(text="正文段落，说明情况。")


def test_section_heading_between_tables_ends_the_table() -> None:
    report = read_text_string("\t甲\n\t1\n\n一、部门概况\n\n本部门负责……。\n\n\t乙\n\t2\n")
    assert [b.kind for b in report.blocks] == ["table", "heading", "paragraph", "table"]


def test_ordinary_short_lines_are_not_taken_for_a_lost_table() -> None:
    lines = [f"第{i}项工作已完成" for i in range(14)]
    report = read_text_string("\n".join(lines))
    assert all(isinstance(b, Paragraph) for b in report.blocks)


def test_run_of_labels_and_numbers_becomes_a_table() -> None:
    text = "项目\n预算数\n决算数\n差额\n比例\n接待费\n10\n8\n2\n20%\n用车费\n5\n4\n1\n20%\n合计\n15\n12\n3\n20%\n"
    table = read_text_string(text).blocks[0]
    assert isinstance(table, Table)
    assert table.texts()[0] == ["项目", "预算数", "决算数", "差额", "比例"]
    assert table.texts()[3] == ["合计", "15", "12", "3", "20%"]


def test_a_dash_in_a_table_that_lost_its_tabs_is_an_empty_cell_not_a_new_row() -> None:
    """其中：当年财政拨款 / 40 / 48 / 45.6 / - / 95% / -: the dashes are the row's empty 分值 and 得分
    cells; read as labels they started rows of their own and moved the 95% under another row."""
    text = ("项目\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n40\n48\n45.6\n10\n95%\n9.5\n"
            "其中：当年财政拨款\n40\n48\n45.6\n-\n95%\n-\n上年结转资金\n0\n0\n0\n—\n—\n—\n")
    table = read_text_string(text).blocks[0]
    assert isinstance(table, Table)
    assert [row[0] for row in table.texts()] == ["项目", "年度资金总额", "其中：当年财政拨款", "上年结转资金"]
    assert table.texts()[2] == ["其中：当年财政拨款", "40", "48", "45.6", "-", "95%", "-"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("某县教育局2023年度部门整体支出绩效自评报告", 0),
        ("一、部门概况", 1),
        ("（二）预算执行情况", 2),
        ("(二)预算执行情况", 2),
        ("3．人员情况", 3),
        ("一、本年度全部工作任务均已按期完成，群众满意度高，社会效益显著，得到上级充分肯定。", None),
        ("5.18", None),
        ("2022年2月20日", None),
    ],
)
def test_heading_level_by_numbering_and_length(text: str, level: int | None) -> None:
    assert heading_level(text) == level


def test_gbk_encoded_file_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes("一、部门概况\n本局负责全县教育工作。\n".encode("gbk"))
    assert read_text_report(p).blocks[0] == Heading(text="一、部门概况", level=1)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes("\ufeff一、部门概况\n".encode())
    assert read_text_report(p).blocks[0].text == "一、部门概况"  # type: ignore[union-attr]


def test_source_is_the_path(sample) -> None:
    assert sample.source == str(SAMPLE)


@pytest.mark.parametrize(("content", "words"), [(b"", "文件为空"), (b"  \n\n", "文件为空"), (b"\x00\x01\x02abc", "二进制")])
def test_empty_or_binary_file_is_refused(tmp_path: Path, content: bytes, words: str) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes(content)
    with pytest.raises(ReportFileError, match=words):
        read_text_report(p)


def test_the_control_characters_counted_are_unicodes_less_tab_and_line_breaks():
    """The count that refuses a binary file is taken by a pattern; it must be Unicode's category Cc
    (every one of them) but tab, line feed, form feed and carriage return."""
    import unicodedata

    from drafting.io.text_reader import _CONTROLS

    every = [chr(i) for i in range(0x110000)]
    assert [c for c in every if _CONTROLS.match(c)] == [
        c for c in every if unicodedata.category(c) == "Cc" and c not in "\t\r\n\f"]
