"""A line of Word's table of contents is read as a line of the table, never as a heading: it says a
heading again with a page number, and read as one it would put 一、基本情况 twice in the outline.
Word marks its table — the content control it sits in (docPartGallery "Table of Contents") and the
PAGEREF field of each line — so the mark is trusted even when the lines lost their TOC style (pasted,
or "clear formatting"). Files built here; invented."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from drafting.io.docx_reader import read_docx
from drafting.report import Heading, Paragraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ENTRIES = [("一、", "基本情况", 1), ("（一）", "部门职责", 2), ("二、", "绩效目标及完成情况", 3)]


def _entry(label: str, title: str, page: int, *, style: str = "", field: bool = True) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    number = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc{page} \\h '
              f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
              f'<w:r><w:fldChar w:fldCharType="end"/></w:r>') if field else f"<w:r><w:t>{page}</w:t></w:r>"
    return (f'<w:p xmlns:w="{W_NS}">{ppr}<w:hyperlink w:anchor="_Toc{page}"><w:r><w:t>{label}</w:t></w:r><w:r><w:tab/></w:r>'
            f'<w:r><w:t>{title}</w:t></w:r><w:r><w:tab/></w:r>{number}</w:hyperlink></w:p>')


def _document(path: Path, *, in_control: bool, field: bool, style: str = "") -> Path:
    d = docx.Document()
    d.add_paragraph("某县水利局2023年度部门整体支出绩效自评报告", style="Title")
    lines = "".join(_entry(label, title, page, style=style, field=field) for label, title, page in _ENTRIES)
    body = d.element.body
    if in_control:
        body.insert(len(body) - 1, parse_xml(
            f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            f'</w:docPartObj></w:sdtPr><w:sdtContent>{lines}</w:sdtContent></w:sdt>'))
    else:
        for label, title, page in _ENTRIES:
            body.insert(len(body) - 1, parse_xml(_entry(label, title, page, style=style, field=field)))
    d.add_paragraph("一、基本情况", style="Heading 1")
    d.add_paragraph("本局主要职责是负责全县水利工程建设与管理。")
    d.save(str(path))
    return path


def _kinds(path: Path) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_docx(path).blocks if isinstance(b, (Heading, Paragraph))][1:]


def test_lines_that_lost_their_toc_style_but_hold_pageref_fields_are_no_headings(tmp_path: Path) -> None:
    assert _kinds(_document(tmp_path / "field.docx", in_control=False, field=True)) == [
        ("paragraph", "一、\t基本情况\t1"), ("paragraph", "（一）\t部门职责\t2"), ("paragraph", "二、\t绩效目标及完成情况\t3"),
        ("heading", "一、基本情况"), ("paragraph", "本局主要职责是负责全县水利工程建设与管理。")]


def test_lines_in_words_table_of_contents_control_are_no_headings(tmp_path: Path) -> None:
    """The page numbers typed in (the fields unlinked), the lines still in Word's control."""
    blocks = read_docx(_document(tmp_path / "control.docx", in_control=True, field=False)).blocks
    assert [type(b).__name__ for b in blocks[1:5]] == ["Paragraph", "Paragraph", "Paragraph", "Heading"]
    assert [b.style for b in blocks[1:4] if isinstance(b, Paragraph)] == ["toc"] * 3


def test_a_toc_styled_line_keeps_its_style_name(tmp_path: Path) -> None:
    blocks = read_docx(_document(tmp_path / "styled.docx", in_control=True, field=True, style="TOC1")).blocks
    assert [(type(b).__name__, getattr(b, "style", None)) for b in blocks[1:4]] == [("Paragraph", "TOC1")] * 3


def test_a_numbered_line_without_a_toc_mark_is_still_a_heading_by_its_number(tmp_path: Path) -> None:
    """Only Word's own marks make a line of the table: a short 一、 line elsewhere is a heading as before."""
    assert _kinds(_document(tmp_path / "plain.docx", in_control=False, field=False))[:3] == [
        ("heading", "一、\t基本情况\t1"), ("heading", "（一）\t部门职责\t2"), ("heading", "二、\t绩效目标及完成情况\t3")]


def test_a_table_listing_the_headings_without_their_numbers_ends_at_the_numbered_body() -> None:
    """目录 / 基本情况 1 / 绩效目标 2, then the body's 一、基本情况 (typed, or Word's number now read):
    the body heading opens the body, it is no line of the table (base 440c2cf took it into the table,
    so the numbering checks skipped the body's first heading)."""
    from drafting.checks.toc import toc_blocks
    from drafting.io.text_reader import read_text_string

    report = read_text_string("\n".join(["某县水利局2023年度部门整体支出绩效自评报告", "目  录", "基本情况\t1", "绩效目标\t2",
                                         "一、基本情况", "本局主要职责是负责全县水利工程建设与管理。",
                                         "二、绩效目标", "全年完成投资120万元。"]))
    assert [report.blocks[i].text for i in sorted(toc_blocks(report))] == ["基本情况\t1", "绩效目标\t2"]  # type: ignore[union-attr]


def test_the_kept_word_reports_tables_of_contents_end_before_the_body() -> None:
    """s49d's Word reports list their headings without numbers; Word numbers the body's (一、基本情况)."""
    from drafting.checks.toc import toc_blocks

    kept = Path(__file__).parent / "data" / "whole_clean_docx"
    for path in sorted(kept.glob("*.docx")):
        report = read_docx(path)
        texts = [report.blocks[i].text for i in sorted(toc_blocks(report))]  # type: ignore[union-attr]
        assert all(t.endswith(tuple("12345")) for t in texts), (path.name, texts)
