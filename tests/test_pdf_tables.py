"""A table a PDF draws with ruling lines is read as a table: its rows and cells as drawn, a cell's
wrapped lines as one text, a merged cell once; the page's other text as before.

Why: most 绩效自评表 reach a reviewer as PDFs, and read as lines of text a form's cells come apart (a
cell that wraps is split over two lines, the cells of a row spread with blanks): the checks of a
table (执行率 = 执行数 ÷ 预算数, 得分 against 分值, blank cells) see no table. Every table here is
invented and printed by reportlab (its built-in CJK font), with a grid of lines, a box with inner
lines, a merged cell, a cell that wraps, or lines drawn as thin filled bars (as Word's PDF export
draws cell borders); a box around a paragraph is no table.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pypdf import PdfReader

from drafting.checks.arithmetic.forms import check_forms
from drafting.io.pdf_reader import _laid_out, _turned, pdf_pages
from drafting.io.reading import read_report
from drafting.io.text_reader import read_text_string
from drafting.report import Location, Paragraph, Table
from evals.printed import FONT, Layout, print_pdf

BEFORE = "一、项目资金使用情况"
AFTER = "二、绩效目标完成情况：项目按计划实施，各项指标基本完成，群众满意度较高。"
HEADER = ["项目", "预算数（万元）", "执行数（万元）", "执行率", "得分"]
ROWS = [["年度资金总额", "278.44", "30.00", "17.77%", "2.16"], ["其中：财政拨款", "200.00", "180.00", "90.00%", "8.00"]]
LONG = "年度资金总额（含上年结转资金及其他来源资金）"  # wraps in its column


def _style(size: float = 10.5):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.5, wordWrap="CJK")


def _print(tmp_path, rows, rules, widths=None, name="表.pdf", before=BEFORE, after=AFTER):
    """``rows`` printed as a reportlab table (``rules``: its TableStyle lines) between two paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as T

    style = _style()
    cells = [[P(c, style) if c else "" for c in row] for row in rows]
    table = T(cells, colWidths=widths or [150, 80, 80, 60, 50])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *rules]))
    path = tmp_path / name
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build([P(before, style), table, P(after, style)])
    return path


GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
BOXED = [("BOX", (0, 0), (-1, -1), 1, "black"), ("INNERGRID", (0, 0), (-1, -1), 0.5, "black")]


def _tables(path) -> list[list[list[str]]]:
    return [[[c.text for c in row] for row in b.rows] for b in read_report(path).blocks if isinstance(b, Table)]


@pytest.mark.parametrize("rules", [GRID, BOXED], ids=["grid", "box-and-inner-lines"])
def test_a_ruled_table_is_read_as_a_table_of_its_rows_and_cells(tmp_path, rules):
    report = read_report(_print(tmp_path, [HEADER, *ROWS], rules))
    (table,) = [b for b in report.blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows] == [HEADER, *ROWS]
    texts = [b.text for b in report.blocks if not isinstance(b, Table)]
    assert texts[0] == BEFORE and texts[-1] == AFTER  # the text around it in its place
    assert report.blocks.index(table) == 1


def test_a_cell_whose_text_wraps_onto_two_lines_is_one_cell(tmp_path):
    pdf = _print(tmp_path, [HEADER, [LONG, *ROWS[0][1:]]], GRID, widths=[100, 80, 80, 60, 50])
    first = PdfReader(pdf).pages[0].extract_text(extraction_mode="layout")
    assert LONG not in first.replace(" ", "")  # (drawn on two lines)
    assert _tables(pdf) == [[HEADER, [LONG, *ROWS[0][1:]]]]


def test_a_merged_cell_reads_once_as_the_text_of_the_same_table_saved_from_word(tmp_path):
    """A cell merged down (一级指标 over its 二级指标) is written in its first row, an empty cell below it; a
    cell merged across is one cell of its row — as Word's "save as text" writes them."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
            ["产出指标", "数量指标", "培训人次", "1000人次", "1050人次"],
            ["", "质量指标", "合格率", "≥95%", "97%"],
            ["合计", "", "", "", "100"]]
    rules = [*GRID, ("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (3, 3))]
    pdf = _print(tmp_path, rows, rules, widths=[80, 80, 100, 80, 80])
    word = ("\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\t实际完成值\n\n\t产出指标\n\t数量指标\n\t培训人次\n\t1000人次\n"
            "\t1050人次\n\n\t\n\t质量指标\n\t合格率\n\t≥95%\n\t97%\n\n\t合计\n\t100\n")
    (saved,) = [[[c.text for c in r] for r in b.rows] for b in read_text_string(word).blocks if isinstance(b, Table)]
    assert _tables(pdf) == [saved]
    assert saved[2][0] == "" and saved[3] == ["合计", "100"]


FORM = [["预算执行情况（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        ["年度资金总额", "300.00", "278.44", "30.00", "10", "17.77%", "1.08"],
        ["其中：当年财政拨款", "250.00", "228.44", "28.00", "—", "12.26%", "—"]]


def test_a_wrong_execution_rate_in_a_printed_form_is_found_as_in_its_text(tmp_path):
    """17.77% where 30.00 ÷ 278.44 is 10.77%: found in the 自评表's budget block printed to PDF (its
    headers and labels wrapping in their cells) as in the same form read as text."""
    text = "\n".join(" | ".join(r) for r in FORM) + "\n"
    assert [f.quote for f in check_forms(read_text_string(text))] == ["17.77%"]
    pdf = _print(tmp_path, FORM, GRID, widths=[90, 60, 60, 60, 40, 60, 40])
    findings = check_forms(read_report(pdf))
    assert [f.quote for f in findings] == ["17.77%"]
    assert "10.77%" in findings[0].message


def test_cell_borders_drawn_as_thin_filled_bars_make_a_table(tmp_path):
    """Word's PDF export draws a cell's border as a thin filled rectangle, not a stroked line."""
    from reportlab.pdfgen import canvas

    _style()
    path = tmp_path / "bars.pdf"
    c = canvas.Canvas(str(path), invariant=True)
    c.setFont(FONT, 10.5)
    c.drawString(72, 760, BEFORE)
    xs, ys = [72, 222, 302, 382, 442, 492], [740, 720, 700, 680]
    for x in xs:
        c.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
    for y in ys:
        c.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
    for row, y in zip([HEADER, *ROWS], ys[1:], strict=True):
        for text, x in zip(row, xs, strict=False):
            c.drawString(x + 4, y + 6, text)
    c.drawString(72, 650, AFTER)
    c.save()
    assert _tables(path) == [[HEADER, *ROWS]]


def test_a_box_around_a_paragraph_is_no_table(tmp_path):
    """A one-cell box (a text box, a framed note) and underlines make no table: the page reads as before."""
    note = "说明：本表金额单位为万元，执行率为执行数除以预算数。"
    pdf = _print(tmp_path, [[note]], [("BOX", (0, 0), (-1, -1), 1, "black")], widths=[400])
    page = PdfReader(pdf).pages[0]
    laid_out = _laid_out(page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False), _turned(page))
    assert pdf_pages(pdf) == [laid_out]
    assert not _tables(pdf) and note in [b.text for b in read_report(pdf).blocks if isinstance(b, Paragraph)]


def test_one_row_of_cells_in_a_box_is_no_table(tmp_path):
    assert not _tables(_print(tmp_path, [ROWS[0]], GRID))


def test_a_page_without_a_ruled_table_reads_exactly_as_layout_mode_lays_it_out(tmp_path):
    """A report printed without ruling lines (its table's cells in columns): each page's text is layout
    mode's, as before."""
    text = "\n".join([BEFORE, " | ".join(HEADER), *(" | ".join(r) for r in ROWS), AFTER])
    pdf = print_pdf(text, tmp_path / "无表线.pdf", Layout())
    pages = PdfReader(pdf).pages
    assert pdf_pages(pdf) == [_laid_out(p.extract_text(extraction_mode="layout", layout_mode_space_vertically=False),
                                        _turned(p)) for p in pages]


def test_the_text_outside_a_table_is_laid_out_as_before(tmp_path):
    """The page's lines above and below the table are layout mode's lines, unchanged."""
    pdf = _print(tmp_path, [HEADER, *ROWS], GRID)
    page = PdfReader(pdf).pages[0]
    laid_out = _laid_out(page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False), _turned(page))
    (text,) = pdf_pages(pdf)
    outside = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("\t")]
    assert outside == [laid_out.splitlines()[0], laid_out.splitlines()[-1]]


def test_a_table_continued_on_the_next_page_with_one_row_is_read_on(tmp_path):
    """A row too tall for the page's end moves to the next page, alone there between the table's
    lines: read as the table's row (its columns are those of the table on the page before)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as T

    style = _style()
    tall = "；".join(f"第{n}项任务按计划完成，资金使用规范" for n in range(1, 40)) + "。"
    rows = [["项目", "内容"], ["任务", "完成"], ["年度总体完成情况", tall]]
    table = T([[P(c, style) for c in r] for r in rows], colWidths=[100, 350])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *GRID]))
    path = tmp_path / "续表.pdf"
    filler = [P("项目实施过程中各单位密切配合，按时完成了各项工作任务。", style)] * 38
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build([*filler, table])
    first, second = pdf_pages(path)
    assert "\t任务" in first and tall[:10] in second.replace("\n", "")  # the tall row alone on page 2
    (read,) = _tables(path)
    assert read == [["项目", "内容"], ["任务", "完成"], ["年度总体完成情况", tall]]


def test_text_between_two_tables_is_the_reports_text_not_the_first_tables_last_cell(tmp_path):
    """A table's caption between two tables stays a paragraph of its own (Word's text would have a
    cell's later paragraph there; the PDF's tables write each cell whole)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as T

    style = _style()
    caption = "表2 项目绩效指标完成情况"

    def table(rows):
        t = T([[P(c, style) for c in r] for r in rows], colWidths=[150, 80, 80, 60, 50])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *GRID]))
        return t

    path = tmp_path / "两表.pdf"
    indicators = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"], ["产出指标", "数量指标", "培训人次", "1000", "1050"]]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(
        [P(BEFORE, style), table([HEADER, *ROWS]), P(caption, style), table(indicators)])
    blocks = read_report(path).blocks
    assert [type(b).__name__ for b in blocks][1:] == ["Table", "Paragraph", "Table"]
    assert blocks[2].text == caption and _tables(path) == [[HEADER, *ROWS], indicators]


def test_a_ruled_table_over_pages_names_each_rows_own_page(tmp_path):
    """A form runs over many pages: a place in its later rows opens with the page that row is printed
    on, where the reader of the PDF looks, not the page the table starts on."""
    rows = [[f"第{i}项工作", f"{i}.00", f"{i}.00", "100.00%", "1.00"] for i in range(1, 61)]
    text = "\n".join([BEFORE, "| " + " | ".join(HEADER) + " |", *("| " + " | ".join(r) + " |" for r in rows), AFTER])
    path = print_pdf(text, tmp_path / "long.pdf", Layout(ruled=True))
    printed_on = next(n for n, page in enumerate(pdf_pages(path), 1) if "第60项工作" in page)
    assert printed_on >= 2
    report = read_report(path)
    k, table = next((k, b) for k, b in enumerate(report.blocks) if isinstance(b, Table))
    last = len(table.rows) - 1
    assert table.rows[last][0].text == "第60项工作"
    assert report.place_label(Location(block=k, row=0, col=0)).startswith("第1页")
    assert report.place_label(Location(block=k, row=last, col=0)).startswith(f"第{printed_on}页")
