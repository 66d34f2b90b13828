"""docx_reader and docx_writer: read .docx in document order with merged/nested tables, write 公文 layout, comment findings."""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from drafting.checks.redundancy import find_duplicates
from drafting.errors import ReportFileError
from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.docx_reader import read_docx
from drafting.io.docx_writer import COMMENT_AUTHOR, write_commented_docx, write_docx
from drafting.io.text_reader import read_text_report
from drafting.report import Cell, Heading, Location, Paragraph, Report, Table

SAMPLE = Path(__file__).parents[1] / "fixtures" / "jingzhou-hrss-2022" / "report.txt"


def _report() -> Report:
    return Report(
        blocks=[
            Heading(text="某县教育局2023年度部门整体支出绩效自评报告", level=0),
            Heading(text="一、部门概况", level=1),
            Heading(text="（一）主要职责", level=2),
            Heading(text="1．人员情况", level=3),
            Paragraph(text="本局现有人员编制36人，实有人数40人。"),
            Paragraph(text="一、这一段虽以编号开头，但作为正文写入，读回仍应是正文"),
            Table(
                rows=[
                    [Cell(text="项目", row_span=2), Cell(text="三公经费", col_span=2), Cell(merged=True)],
                    [Cell(merged=True), Cell(text="公务接待费"), Cell(text="公务用车\n运维费")],
                    [Cell(text="局机关"), Cell(text="5.18"), Cell(text="2.32")],
                ]
            ),
            Table(rows=[[Cell(text="嵌套"), Cell(text="1")]], nested_in=(6, 2, 0)),
            Paragraph(text="2022年决算支出“三公”经费7.5万元，其中公务接待费5.18万元。"),
        ]
    )


def _shape(report: Report) -> list[tuple]:
    out: list[tuple] = []
    for b in report.blocks:
        if isinstance(b, Table):
            spans = [[(c.row_span, c.col_span, c.merged) for c in row] for row in b.rows]
            out.append(("table", b.texts(), spans, b.nested_in))
        else:
            out.append((b.kind, b.text, getattr(b, "level", None)))
    return out


@pytest.fixture
def written(tmp_path: Path) -> Path:
    return write_docx(_report(), tmp_path / "out.docx")


# -- round trip and layout ---------------------------------------------------------------------------


def test_written_report_reads_back_to_the_same_blocks(written: Path) -> None:
    assert _shape(read_docx(written)) == _shape(_report())


def test_sample_report_survives_a_docx_round_trip(tmp_path: Path) -> None:
    report = read_text_report(SAMPLE)
    back = read_docx(write_docx(report, tmp_path / "sample.docx"))
    assert [b.kind for b in back.blocks] == [b.kind for b in report.blocks]
    for a, b in zip(report.blocks, back.blocks, strict=True):
        if isinstance(a, Table):
            assert isinstance(b, Table)
            assert b.texts() == [row + [""] * (a.n_cols - len(row)) for row in a.texts()]
        else:
            assert (a.text, getattr(a, "level", None)) == (b.text, getattr(b, "level", None))  # type: ignore[union-attr]


def test_page_is_a4_with_official_document_margins(written: Path) -> None:
    section = docx.Document(str(written)).sections[0]
    sizes = [section.page_width, section.page_height, section.top_margin, section.bottom_margin,
             section.left_margin, section.right_margin]
    assert [round(x.mm) for x in sizes] == [210, 297, 37, 35, 28, 26]  # stored in twips, so round


@pytest.mark.parametrize(
    ("style", "font", "size"),
    [("Title", "方正小标宋简体", 22), ("Heading 1", "黑体", 16), ("Heading 2", "楷体_GB2312", 16), ("Body Text", "仿宋_GB2312", 16)],
)
def test_styles_set_east_asian_font_and_size(written: Path, style: str, font: str, size: int) -> None:
    s = docx.Document(str(written)).styles[style]
    assert s.element.rPr.rFonts.get(qn("w:eastAsia")) == font
    assert s.element.rPr.rFonts.get(qn("w:eastAsiaTheme")) is None
    assert s.font.size == Pt(size)


def test_title_is_centred(written: Path) -> None:
    assert docx.Document(str(written)).styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_body_has_fixed_28pt_lines_and_two_character_indent(written: Path) -> None:
    style = docx.Document(str(written)).styles["Body Text"]
    assert style.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert style.paragraph_format.line_spacing == Pt(28)
    assert style.element.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"


def test_tables_are_bordered_with_small_fangsong(written: Path) -> None:
    d = docx.Document(str(written))
    assert d.tables[0].style.name == "Table Grid"
    assert d.styles["Table Text"].font.size == Pt(10.5)  # 五号: an eight-column table fits without breaking a number
    assert d.styles["Table Text"].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_font_table_names_fallbacks_for_official_fonts(written: Path) -> None:
    fonts = zipfile.ZipFile(written).read("word/fontTable.xml").decode()
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>' in fonts


def test_write_replaces_the_target_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    write_docx(_report(), target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


# -- reading documents made by others ----------------------------------------------------------------


def _foreign_doc(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("")  # empty paragraphs are skipped
    d.add_paragraph("一、部门概况")  # unstyled: level from 公文 numbering
    d.add_paragraph("预算执行", style="Heading 2")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "机构"
    t.cell(0, 1).merge(t.cell(0, 2)).text = "支出"
    t.cell(1, 1).text, t.cell(1, 2).text = "基本", "项目"
    t.cell(2, 0).text, t.cell(2, 1).text, t.cell(2, 2).text = "局机关", "708.61", "500.53"
    inner = t.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "内", "表"
    p = d.add_paragraph("　　本年度预算")
    p.add_run("执行率").bold = True
    p.add_run("为98.5%。")
    d.save(str(path))
    return path


def test_foreign_document_blocks_come_in_document_order(tmp_path: Path) -> None:
    report = read_docx(_foreign_doc(tmp_path / "f.docx"))
    assert [b.kind for b in report.blocks] == ["heading", "heading", "table", "table", "paragraph"]
    assert (report.blocks[0].level, report.blocks[1].level) == (1, 2)  # type: ignore[union-attr]
    assert report.blocks[4].text == "本年度预算执行率为98.5%。"  # type: ignore[union-attr]


def test_merged_cells_are_resolved_on_the_grid(tmp_path: Path) -> None:
    table = read_docx(_foreign_doc(tmp_path / "f.docx")).blocks[2]
    assert isinstance(table, Table)
    assert table.texts() == [["机构", "支出", ""], ["", "基本", "项目"], ["局机关", "708.61", "500.53"]]
    assert (table.rows[0][0].row_span, table.rows[1][0].merged) == (2, True)
    assert (table.rows[0][1].col_span, table.rows[0][2].merged) == (2, True)


def test_nested_table_follows_its_parent_and_names_its_cell(tmp_path: Path) -> None:
    report = read_docx(_foreign_doc(tmp_path / "f.docx"))
    nested = report.blocks[3]
    assert isinstance(nested, Table)
    assert nested.nested_in == (2, 2, 0) and nested.texts() == [["内", "表"]]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "文件为空"),
        (b"hello, not a zip", "不是有效的 .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "文件已加密或为旧版 .doc 格式"),
    ],
)
def test_unreadable_files_raise_report_file_error(tmp_path: Path, content: bytes, words: str) -> None:
    p = tmp_path / "bad.docx"
    p.write_bytes(content)
    with pytest.raises(ReportFileError, match=re.escape(words)):
        read_docx(p)


def test_zip_without_a_word_document_is_reported_as_corrupt(tmp_path: Path) -> None:
    p = tmp_path / "bad.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReportFileError, match=re.escape("无法打开 .docx")):
        read_docx(p)


# -- review comments ---------------------------------------------------------------------------------


def _finding(report: Report, loc: Location, message: str = "合计与分项之和不符") -> Finding:
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH,
        severity=Severity.ERROR,
        message=message,
        location=FindingLocation(location=loc, quote=report.quote(loc)),
        evidence="5.18 + 2.32 = 7.50",
        suggestion="核对三公经费合计",
    )


def _commented_ranges(path: Path) -> dict[str, str]:
    """Text covered by each comment id, read from document.xml in document order."""
    d = docx.Document(str(path))
    active: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for el in d.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            active[el.get(qn("w:id"))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            cid = el.get(qn("w:id"))
            done[cid] = "".join(active.pop(cid))
        elif el.tag == qn("w:p"):
            for parts in active.values():
                if parts:
                    parts.append("\n")
        elif el.tag == qn("w:t"):
            for parts in active.values():
                parts.append(el.text or "")
    return done


def test_comments_cover_exactly_the_quoted_text(tmp_path: Path) -> None:
    report = _report()
    findings = [
        _finding(report, Location(block=8, start=15, end=20)),  # 7.5万元
        _finding(report, Location(block=8, start=17, end=30)),  # overlaps the first
        _finding(report, Location(block=6, row=1, col=2, start=2, end=6)),  # spans two cell paragraphs
    ]
    out = write_commented_docx(report, findings, tmp_path / "review.docx")
    d = docx.Document(str(out))
    comments = list(d.comments)
    assert len(comments) == 3
    assert {c.author for c in comments} == {COMMENT_AUTHOR}
    assert {c.initials for c in comments} == {"JX"}
    ranges = _commented_ranges(out)
    assert [ranges[str(c.comment_id)] for c in comments] == [f.quote for f in findings]
    assert comments[0].text.startswith("【错误】计算不符：合计与分项之和不符")
    assert "建议：核对三公经费合计" in comments[0].text


def test_comments_on_a_source_docx_map_locations_like_read_docx(tmp_path: Path) -> None:
    source = _foreign_doc(tmp_path / "source.docx")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    report = read_docx(source)
    findings = [
        _finding(report, Location(block=4, start=3, end=9)),  # crosses the bold run: 预算执行率为
        _finding(report, Location(block=2, row=2, col=1, start=0, end=6)),  # 708.61
    ]
    out = write_commented_docx(report, findings, tmp_path / "review.docx", source=source)
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    ranges = _commented_ranges(out)
    assert sorted(ranges.values()) == sorted(["预算执行率为", "708.61"])
    assert read_docx(out).blocks[4].text == report.blocks[4].text  # type: ignore[union-attr]


def test_commented_copy_refuses_to_overwrite_its_source(tmp_path: Path) -> None:
    source = _foreign_doc(tmp_path / "source.docx")
    with pytest.raises(ReportFileError, match="不能覆盖"):
        write_commented_docx(read_docx(source), [], source, source=source)


def test_finding_whose_text_is_gone_is_still_commented_with_its_place(tmp_path: Path) -> None:
    report = _report()
    finding = _finding(report, Location(block=8, start=15, end=20))
    finding.location.quote = "不存在的文字"
    out = write_commented_docx(report, [finding], tmp_path / "review.docx")
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == 1 and "未能在文中定位" in comments[0].text


def test_a_duplicate_cluster_gets_a_comment_on_each_copy_naming_the_others(tmp_path: Path) -> None:
    text = "全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元，严格落实降费率政策。"
    other = "结合党史学习教育，扎实推进模范机关建设，提升干部队伍素质，不断优化营商环境，持续深化放管服改革。"
    report = Report(blocks=[Paragraph(text=text), Paragraph(text=other), Paragraph(text=text),
                            Table(rows=[[Cell(text="实际完成"), Cell(text=text)]])])
    findings = find_duplicates(report)
    assert len(findings) == 1
    out = write_commented_docx(report, findings, tmp_path / "review.docx")
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == 3
    ranges = _commented_ranges(out)
    assert [ranges[str(c.comment_id)] for c in comments] == [text] * 3
    own, *copies = [c.text for c in comments]
    assert own.startswith("【警告】段落重复：同一段文字") and "共出现3次" in own
    table = "表《实际完成｜全县社会保险参保合计24.27…》第1行 第2列"  # never cut inside 24.27
    assert f"本处文字与第3段、{table}重复" in copies[0]  # on the first occurrence
    assert "本处文字与第3段、第1段重复" in copies[1]  # on the table cell
    assert all("详见第3段的批注" in c and "建议：" in c for c in copies)


def test_findings_of_other_kinds_are_commented_once_whatever_their_related_places(tmp_path: Path) -> None:
    report = _report()
    finding = _finding(report, Location(block=8, start=15, end=20))
    finding.related = [FindingLocation(location=Location(block=8, start=0, end=4), quote=report.quote(
        Location(block=8, start=0, end=4)))]
    out = write_commented_docx(report, [finding], tmp_path / "review.docx")
    assert len(list(docx.Document(str(out)).comments)) == 1


def test_two_findings_on_the_same_words_share_one_comment(tmp_path: Path) -> None:
    report = _report()
    first = _finding(report, Location(block=8, start=15, end=20))
    second = first.model_copy(update={"kind": Kind.NUMBER_UNSUPPORTED, "message": "数字无依据"})
    out = write_commented_docx(report, [first, second], tmp_path / "review.docx")
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == 1
    assert "（1）【错误】计算不符" in comments[0].text and "（2）【错误】数字无依据" in comments[0].text


def test_in_the_review_copy_a_short_row_spans_the_table_and_columns_fit_their_text(tmp_path: Path) -> None:
    long = "全县社会保险参保合计24.27万人，基金征缴2.15亿元。" * 20
    table = Table(rows=[[Cell(text="序号"), Cell(text="项目"), Cell(text="金额"), Cell(text="说明文字较长的一列")],
                        [Cell(text="主要职责"), Cell(text=long)]])
    out = write_commented_docx(Report(blocks=[table]), [], tmp_path / "t.docx")
    t = docx.Document(str(out)).tables[0]
    answer = t.rows[1].cells[1]
    assert answer.text == long and t.rows[1].cells[3].text == long  # one merged cell over columns 2–4
    widths = [c.width for c in t.columns]
    assert widths[0] < widths[3]  # 序号 narrower than the long header's column
    assert abs(sum(w for w in widths) - Mm(156)) < Mm(1)


def test_a_printed_title_is_broken_between_phrases_and_reads_back_with_that_line_break(tmp_path: Path) -> None:
    # only on request (a draft for print): a plain write keeps the report's text exactly
    printed = read_docx(write_docx(_report(), tmp_path / "printed.docx", printed=True))
    assert printed.blocks[0].text == "某县教育局2023年度\n部门整体支出绩效自评报告"  # type: ignore[union-attr]
    assert _shape(printed)[1:] == _shape(_report())[1:]
