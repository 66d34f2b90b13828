"""A drafted .docx looks like a report an officer signs: tables fitted to their content with bold
header rows repeated on each page, numbers on one line, page numbers, a right-aligned 落款; and
rendered to PDF (where LibreOffice is installed) each table follows the paragraph naming it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from drafting.draft.drafter import draft
from drafting.io.docx_layout import NUMBER, column_widths, text_width_mm, title_lines
from drafting.io.loading import load_department
from drafting.report import Cell, Table

ANHUA_2023 = Path(__file__).parent.parent / "fixtures/anhua-edu-2023/data.yaml"


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("draft") / "draft.docx"
    draft(load_department(ANHUA_2023)).write(path)
    return path


def test_header_rows_are_bold_and_repeat_and_rows_do_not_split(written):
    for table in docx.Document(str(written)).tables:
        first = table.rows[0]
        assert first._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(run.bold for cell in first.cells for p in cell.paragraphs for run in p.runs)
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def test_tables_fill_the_text_width_and_numbers_do_not_wrap(written):
    for table in docx.Document(str(written)).tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert abs(sum(grid) - Mm(156).twips) < 20 * len(grid)
        number_cells = [c for row in table.rows[1:] for c in row.cells if re.fullmatch(r"[\d.]+%?", c.text)]
        assert number_cells and all(c._tc.tcPr.find(qn("w:noWrap")) is not None for c in number_cells)


def test_a_column_is_at_least_as_wide_as_its_longest_number():
    table = Table(rows=[[Cell(text="项目"), Cell(text="说明"), Cell(text="金额")],
                        [Cell(text="甲"), Cell(text="很长的说明文字" * 6), Cell(text="7571.92")]])
    widths = column_widths(table, 156, 10.5)
    assert widths[2] >= text_width_mm("7571.92", 10.5) and abs(sum(widths) - 156) < 0.01
    assert widths[1] > widths[0]


@pytest.mark.parametrize("figure", ["≤180万元/公里", "172.4万元/公里", "5元/亩", "≥2400批次", "节约17.86%"])
def test_a_figure_with_a_compound_unit_is_not_broken(figure):
    # the scratch run's 表4 broke “≤180万 / 元/公里” over two lines
    header = ["一级指标", "二级指标", "三级指标", "目标值", "完成值", "偏差原因"]
    row = ["产出指标", "服务对象满意度指标", "新建改造堤防长度" * 2, figure, figure, "汛期施工受阻，剩余工程量转入下一年度" * 2]
    table = Table(rows=[[Cell(text=t) for t in header], [Cell(text=t) for t in row]])
    assert column_widths(table, 156, 10.5)[3] >= text_width_mm(figure, 10.5)


def test_pages_are_numbered_and_the_signature_is_right_aligned(written):
    d = docx.Document(str(written))
    footer = d.sections[0].footer._element
    assert any("PAGE" in f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple")))
    last = [p for p in d.paragraphs if p.text.strip()][-2:]
    assert [p.text for p in last] == ["安化县教育局", "2024年2月27日"]
    assert all(p.style.paragraph_format.alignment == 2 for p in last)  # RIGHT


def test_the_signature_stays_together_with_the_last_paragraph(written):
    # anhua-edu-2023 once printed 安化县教育局 at the foot of page 8 and its date alone on page 9
    paragraphs = [p for p in docx.Document(str(written)).paragraphs if p.text.strip()]
    assert [p.paragraph_format.keep_with_next for p in paragraphs[-3:]] == [True, True, None]
    pdf = _pdf(written)
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    last = re.sub(r"\s+", "", next(p for p in reversed(pages) if p.strip()))
    assert "安化县教育局" in last and "2024年2月27日" in last
    assert re.sub(r"—\d+—", "", last.replace("安化县教育局", "").replace("2024年2月27日", ""))  # and text above it


def _pdf(docx_path: Path) -> Path:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed")
    if not docx_path.with_suffix(".pdf").exists():  # one rendering for the module's checks
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent),
                        str(docx_path)], check=True, capture_output=True, timeout=300)
    return docx_path.with_suffix(".pdf")


def test_rendered_pages_put_each_table_after_the_paragraph_that_names_it(written):
    pdf = _pdf(written)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    for n, header in ((1, "机构名称"), (2, "机构名称"), (3, "项目"), (4, "一级指标")):
        intro = flat.index(f"表{n}")  # the paragraph's 见表N (or 列于表N), before the caption
        caption = flat.index(f"表{n}", intro + 2)
        assert intro < caption < flat.index(header, caption)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                              text=True).stdout)[1])
    assert 5 <= pages <= 12


@pytest.mark.parametrize(("title", "lines"), [
    ("清溪县水利局2024年度部门整体支出绩效自评报告", ["清溪县水利局2024年度", "部门整体支出绩效自评报告"]),
    ("靖州县人力资源和社会保障局2022年度部门整体支出绩效自评报告",
     ["靖州县人力资源和社会保障局2022年度", "部门整体支出绩效自评报告"]),
    ("某局2023年度部门整体支出绩效自评报告", ["某局2023年度部门整体支出绩效自评报告"]),  # fits: one line
    ("湘西土家族苗族自治州人力资源和社会保障局2023年度部门整体支出绩效自评报告",  # name + year too long
     ["湘西土家族苗族自治州人力资源和社会保障局", "2023年度部门整体支出绩效自评报告"]),
])
def test_a_long_title_is_broken_between_phrases_never_inside_one(title, lines):
    assert title_lines(title, 22, 156) == lines
    assert all(text_width_mm(line, 22) <= 156 for line in lines)


def test_the_drafted_title_carries_its_line_break_where_the_phrase_ends(written):
    title = docx.Document(str(written)).paragraphs[0]
    assert title.style.name == "Title"
    assert title.text == "安化县教育局2023年度\n部门整体支出绩效自评报告"


def test_rendered_title_lines_end_where_the_phrases_do(written):
    text = subprocess.run(["pdftotext", "-layout", str(_pdf(written)), "-"], check=True, capture_output=True,
                          text=True).stdout
    first = [re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip()][:2]
    assert first == ["安化县教育局2023年度", "部门整体支出绩效自评报告"]


def test_a_lead_in_stays_on_the_page_of_what_it_introduces(written):
    # “…的应用及公开情况如下：” once ended page 8 with its item on page 9
    body = [p for p in docx.Document(str(written)).paragraphs if p.text.strip() and p.style.name != "Title"]
    leads = [p for p in body if p.text.endswith("：")]
    assert leads and all(p.paragraph_format.keep_with_next for p in leads)


def test_text_after_a_table_does_not_touch_its_last_rule(written):
    d = docx.Document(str(written))
    after = [el.getnext() for el in d.element.body if el.tag == qn("w:tbl")]
    assert after and all(el.find(qn("w:pPr")).find(qn("w:spacing")).get(qn("w:before")) for el in after)


def test_rendered_figures_in_tables_are_never_broken_across_lines(written):
    text = subprocess.run(["pdftotext", "-layout", str(_pdf(written)), "-"], check=True, capture_output=True,
                          text=True).stdout
    figures = {c.text for b in draft(load_department(ANHUA_2023)).report.blocks if b.kind == "table"
               for row in b.rows[1:] for c in row if NUMBER.match(c.text.strip())}
    assert len(figures) > 20
    broken = [f for f in figures if not re.search(r"[ ]*".join(map(re.escape, f.replace(" ", ""))), text)]
    assert broken == []


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|表\d)")


def test_a_page_ends_early_only_before_a_heading_or_the_last_paragraph_kept_with_the_signature(written):
    """Keep-with-next holds a heading with its first lines and the 落款 with the last paragraph; a page
    left more than two lines short must be followed by one of those, never by running text."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(_pdf(written)), "-"], check=True, capture_output=True,
                            text=True).stdout
    pages = []
    for page in layout.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page)[1])
        lines = [(float(m[1]), "".join(re.findall(r">([^<]*)</word>", m[2])))
                 for m in re.finditer(r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>',
                                      page, re.S)]
        body = [(y, t) for y, t in lines if y < height - 80]  # the page number's footer aside
        pages.append((height - max(y for y, _ in body), [t for _, t in body]))
    usual = min(gap for gap, _ in pages[:-1])
    line = 28  # the body's exact line height, in points
    for n in range(len(pages) - 1):
        if pages[n][0] > usual + 2 * line:
            following = pages[n + 1][1]
            assert _HEADING.match(following[0]) or "安化县教育局" in following[-2:], (n + 1, following[:2])
