"""A PDF report is read through its text layer, as text copied out of the PDF is read, and says the
same as the report in text; a PDF with nothing to review is refused with what to do.

Why: most published 绩效自评报告 are PDFs (issue #9 §2). A PDF puts page numbers and running heads
between a page's last line and the next page's first, breaks every line at the page width and draws
a form's cells apart: the text reader already reads such text. What a finance officer must be told
instead of a review: the PDF asks for a password, is a scan (pages, no characters), is damaged, or its
font gives no characters (codes come out). Every report here is invented; the PDFs are printed by
``evals.printed`` (reportlab's built-in CJK font) or written by pypdf.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
import warnings

import pytest

pytest.importorskip("reportlab")

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from drafting.errors import InputWarning, ReportFileError
from drafting.folder import report_files
from drafting.io.reading import read_report
from drafting.report import Paragraph
from drafting.review import review
from evals.printed import Layout, print_pdf

TITLE = "某县农业农村局2023年度高标准农田建设项目支出绩效自评报告"
CROSSING = ("项目资金全部按时足额拨付到位，资金使用严格执行财政资金管理的各项规定，未发现截留挪用等问题，项目实施单位"
            "定期开展自查自纠，及时整改发现的问题，项目档案收集整理齐全，群众满意度较高，项目效益得到充分发挥。")
REPORT = "\n".join([
    TITLE,
    "一、项目基本情况",
    "2023年度项目预算安排资金共计480万元，实际到位480万元，到位率100%，全年实际支出476.5万元，执行率99.27%，"
    "结余资金3.5万元已按规定上缴财政，项目按计划于11月底前全部完工并通过县级验收。",
    "二、绩效目标完成情况",
    CROSSING,
    "项目建成高标准农田1.2万亩，新建和改造灌溉渠道15公里，新修机耕道路8公里，项目区粮食综合生产能力明显提升。",
    "三、存在的问题",
    "项目资金全部按时足额拨付到位，资金使用严格执行财政资金管理的各项规定，未发现截留挪用等问题。",
    "项目资金全部按时足额拨付到位，资金使用严格执行财政资金管理的各项规定，未发现截留挪用等问题。",
    "部分项目区后期管护机制不够健全，管护资金来源不稳定，2022年度的整改任务在2024年完成。",
])


def _key(finding) -> tuple[str, str]:
    """A finding as layout leaves it: its rule and its quote without blanks or width."""
    return finding.rule or finding.kind.value, re.sub(r"\s+", "", unicodedata.normalize("NFKC", finding.quote))


def _findings(path) -> set[tuple[str, str]]:
    return {_key(f) for f in review(read_report(path)).findings}


def _printed(tmp_path, text=REPORT, name="报告.pdf", **layout):
    return print_pdf(text, tmp_path / name, Layout(head=TITLE[:14], **layout))


# -- a report read from its PDF ---------------------------------------------------------------------


def test_a_sentence_the_page_break_cuts_reads_as_one_paragraph_without_the_page_number_or_head(tmp_path):
    pdf = _printed(tmp_path, leading=100)  # seven lines a page: the long paragraph crosses pages 1 and 2
    from pypdf import PdfReader

    first, second = (p.extract_text() for p in PdfReader(pdf).pages[:2])
    assert CROSSING[:20] in first and CROSSING[-20:] in second and "— 1 —" in first
    texts = [b.text for b in read_report(pdf).blocks if isinstance(b, Paragraph)]
    assert CROSSING in texts
    assert not any("— 1 —" in t or TITLE[:14] in t for t in texts)


def test_a_place_in_a_pdf_names_the_page_it_starts_on(tmp_path):
    """A reader of a PDF turns to the page first: each place opens with the PDF's page (its n-th page,
    as the viewer counts) the paragraph starts on, then the section and paragraph as in a .docx."""
    pdf = _printed(tmp_path, leading=100)  # seven lines a page: the two copies of the paragraph on pages 2 and 3
    (found,) = [f for f in review(read_report(pdf)).findings if f.rule == "redundancy.duplicate"]
    places = {found.location.label, *(r.label for r in found.related)}
    assert places == {"第1页 › 二、绩效目标完成情况 › 第1段", "第2页 › 三、存在的问题 › 第1段", "第3页 › 三、存在的问题 › 第2段"}
    txt = tmp_path / "报告.txt"
    txt.write_text(REPORT, encoding="utf-8")
    (plain,) = [f for f in review(read_report(txt)).findings if f.rule == "redundancy.duplicate"]
    assert plain.location.label == "三、存在的问题 › 第1段"  # a text has no pages


def test_a_pdf_says_what_the_same_report_as_text_and_as_word_says(tmp_path):
    txt = tmp_path / "报告.txt"
    txt.write_text(REPORT, encoding="utf-8")
    from drafting.io.docx_writer import write_docx

    docx = write_docx(read_report(txt), tmp_path / "报告.docx")
    expected = _findings(txt)
    assert ("redundancy.duplicate", _key_quote(REPORT.splitlines()[-2])) in expected
    for layout in ({}, {"leading": 80}, {"size": 10.5, "leading": 16}):
        assert _findings(_printed(tmp_path, **layout)) == expected, layout
    assert _findings(docx) == expected


def _key_quote(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_a_forms_rows_drawn_in_columns_stay_lines_of_their_own_and_never_join_the_prose(tmp_path):
    """A table drawn in a PDF reaches the reader as lines with its cells apart by blanks (a cell too wide
    for its column goes on under it): no row is joined to another or to the prose after the table."""
    form = "\n".join([
        TITLE,
        "一、绩效指标完成情况",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
        "| 产出指标 | 数量指标 | 建成高标准农田面积 | 1.2万亩 | 1.2万亩 |",
        "| 产出指标 | 时效指标 | 项目完工时间 | 2023年11月 | 2023年11月 |",
        "| 效益指标 | 满意度指标 | 受益群众满意度 | ≥90% | 95% |",
        "二、存在的问题",
        "部分项目区后期管护机制不够健全，管护资金来源不稳定。",
    ])
    blocks = read_report(_printed(tmp_path, form)).blocks
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    rows = [t for t in paragraphs if t.startswith(("一级指标", "产出指标", "效益指标"))]
    assert len(rows) == 4 and all(re.search(r"\S\s{2,}\S", t) for t in rows)
    assert re.fullmatch(r"产出指标\s+时效指标\s+项目完工时间\s+2023年11月\s+2023年11月", rows[2])
    assert "部分项目区后期管护机制不够健全，管护资金来源不稳定。" in paragraphs


def test_a_pdf_named_txt_is_still_read_as_a_pdf(tmp_path):
    pdf = _printed(tmp_path)
    renamed = tmp_path / "报告.txt"
    renamed.write_bytes(pdf.read_bytes())
    assert read_report(renamed).blocks[0].text == TITLE


def test_a_page_that_is_only_a_picture_is_named_and_the_text_pages_are_read(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = tmp_path / "扫描页.pdf"
    c = canvas.Canvas(str(scan))
    c.drawImage(ImageReader(Image.new("L", (60, 80), 200)), 50, 50, 300, 400)
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=_printed(tmp_path))
    writer.append(scan)
    mixed = tmp_path / "附扫描件.pdf"
    writer.write(mixed)
    with pytest.warns(InputWarning, match=r"第2页只有图片"):
        report = read_report(mixed)
    assert report.blocks[0].text == TITLE


def test_a_watermark_drawn_across_the_pages_is_no_line_of_the_report(tmp_path):
    """A diagonal watermark (内部资料) crosses the page's lines: read, it would stand inside a paragraph.
    Text drawn turned off the horizontal, and nowhere upright, is left out, on a line of its own or
    inside one."""
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from evals.printed import FONT

    for leading in (20, 30):  # the mark on a line of its own; inside the line 部分项目区…
        report = _printed(tmp_path, leading=leading)
        mark = tmp_path / "水印.pdf"
        c = canvas.Canvas(str(mark))
        c.setFont(FONT, 40)
        c.translate(150, 300)
        c.rotate(45)
        c.drawString(0, 0, "内部资料 注意保密")
        c.save()
        writer = PdfWriter(clone_from=report)
        for page in writer.pages:
            page.merge_page(PdfReader(mark).pages[0])
        marked = tmp_path / "带水印.pdf"
        writer.write(marked)
        texts = [b.text for b in read_report(marked).blocks if isinstance(b, Paragraph)]
        assert CROSSING in texts and not any("内部" in t or "保密" in t for t in texts), leading
        assert texts[-1] == REPORT.splitlines()[-1]


# -- PDFs with nothing to review: refused with what to do ----------------------------------------


def _refusal(path) -> str:
    with pytest.raises(ReportFileError) as caught:
        read_report(path)
    return str(caught.value)


def test_a_pdf_that_asks_for_a_password_is_refused(tmp_path):
    writer = PdfWriter(clone_from=_printed(tmp_path))
    writer.encrypt("口令123", algorithm="RC4-128")
    locked = tmp_path / "加密.pdf"
    writer.write(locked)
    message = _refusal(locked)
    assert "密码" in message and ".docx" in message


def test_a_pdf_that_only_restricts_copying_is_read(tmp_path):
    writer = PdfWriter(clone_from=_printed(tmp_path))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    restricted = tmp_path / "限制复制.pdf"
    writer.write(restricted)
    assert read_report(restricted).blocks[0].text == TITLE


def test_a_pdf_of_pages_without_characters_asks_for_ocr(tmp_path):
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    scanned = tmp_path / "扫描件.pdf"
    writer.write(scanned)
    message = _refusal(scanned)
    assert "文字识别（OCR）" in message and ".docx" in message


def test_a_damaged_pdf_is_refused_as_damaged(tmp_path):
    whole = _printed(tmp_path).read_bytes()
    for name, raw in (("截断.pdf", whole[: len(whole) // 3]), ("空壳.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")):
        broken = tmp_path / name
        broken.write_bytes(raw)
        message = _refusal(broken)
        assert "损坏" in message and ".docx" in message, name


def _unmapped_font_pdf(tmp_path):
    """A page in a subset font with no ToUnicode map: its two-byte glyph numbers are all the text has."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    cid = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject("/ABCDEF+SimSun"),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0)})})
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/ABCDEF+SimSun"), NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([cid])})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    glyphs = [(7 * i) % 900 + 3 for i in range(400)]  # a subset font numbers its glyphs from 1 up
    lines = [b"".join(g.to_bytes(2, "big") for g in glyphs[k:k + 40]).hex() for k in range(0, 400, 40)]
    content = "BT /F1 12 Tf 14 TL 50 800 Td " + " ".join(f"<{h}> Tj T*" for h in lines) + " ET"
    stream = DecodedStreamObject()
    stream.set_data(content.encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = tmp_path / "字体.pdf"
    writer.write(path)
    return path


def test_a_pdf_whose_font_gives_codes_not_characters_is_refused_not_reviewed(tmp_path):
    message = _refusal(_unmapped_font_pdf(tmp_path))
    assert "文字无法正确读出" in message and "乱码" in message and ".docx" in message


def test_pypdf_noise_about_a_slightly_broken_file_stays_off_the_terminal(tmp_path, capfd):
    whole = _printed(tmp_path).read_bytes()
    at = whole.rindex(b"startxref") + len(b"startxref\n")
    end = whole.index(b"\n", at)
    shifted = tmp_path / "偏移.pdf"
    shifted.write_bytes(whole[:at] + str(int(whole[at:end]) + 7).encode() + whole[end:])  # a wrong xref offset
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_report(shifted).blocks[0].text == TITLE
    assert capfd.readouterr().err == ""


# -- where a report is read ---------------------------------------------------------------------------


def test_a_folder_reads_pdfs_but_not_the_printed_copy_beside_its_word_file(tmp_path):
    _printed(tmp_path, name="甲.pdf")
    (tmp_path / "甲.docx").write_bytes(b"")
    _printed(tmp_path, name="乙.pdf")
    with pytest.warns(InputWarning, match=r"未审核 1 个 PDF（如 甲.pdf）：同一文件夹中有同名的 .docx 或 .txt"):
        assert [p.name for p in report_files(tmp_path)] == ["乙.pdf", "甲.docx"]


def test_the_command_line_reviews_a_pdf_and_refuses_a_scan_in_one_line(tmp_path):
    pdf = _printed(tmp_path)
    run = [sys.executable, "-m", "drafting", "review", "--format", "json", "--fail-on", "warning"]
    done = subprocess.run([*run, str(pdf)], capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 1 and "redundancy.duplicate" in done.stdout, done.stderr
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    blank = io.BytesIO()
    writer.write(blank)
    (tmp_path / "扫描件.pdf").write_bytes(blank.getvalue())
    refused = subprocess.run([*run, str(tmp_path / "扫描件.pdf")], capture_output=True, text=True, encoding="utf-8")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "文字识别（OCR）" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


# -- text out of a PDF, however it reached the reader -------------------------------------------------

QUOTED = ("坚持“规划”“建设”“管护”“利用”“监督”“考核”并重，做到“应建尽建”“应管尽管”“能用尽用”，"
          "确保“建得成”“管得好”“用得久”“见实效”，满意度“≥90%”。")


def test_a_line_full_of_quotation_marks_is_as_wide_as_the_page_it_was_printed_on():
    """A Chinese font prints “ ” ≥ a character wide: a PDF's line holding many of them is full, though it
    holds fewer characters than the lines around it; it runs on into the next line like them."""
    from drafting.io.text_reader import read_text_string
    from drafting.report import printed_width

    assert printed_width("“≥”") == 6 and printed_width("预算ab，,") == 2 + 2 + 1 + 1 + 2 + 1
    lines, cur = [], ""
    for ch in CROSSING + QUOTED + CROSSING:
        if printed_width(cur + ch) > 76:
            lines.append(cur)
            cur = ""
        cur += ch
    text = "\n".join([TITLE, *lines, cur, "二、存在的问题"])
    paragraphs = [b.text for b in read_text_string(text).blocks if isinstance(b, Paragraph)]
    assert paragraphs == [CROSSING + QUOTED + CROSSING]


def test_a_tables_row_after_a_full_line_of_prose_stays_a_row_of_its_own():
    """Text laid out by position keeps a table's columns apart by many blanks: a line with such a gap is
    a row, never the end of the full prose line above it."""
    from drafting.io.text_reader import read_text_string

    prose = CROSSING[:38]
    lines = [TITLE, prose, CROSSING[38:76], CROSSING[76:], prose, "项目名称              隆阳区2021年中央化肥减量增效示范县项目"]
    paragraphs = [b.text for b in read_text_string("\n".join(lines)).blocks if isinstance(b, Paragraph)]
    assert paragraphs[-1] == "项目名称              隆阳区2021年中央化肥减量增效示范县项目"


def test_a_pdf_longer_than_its_limit_is_refused_before_its_pages_are_read(tmp_path, monkeypatch):
    from drafting.errors import LimitError

    pdf = _printed(tmp_path, leading=100)  # three pages
    monkeypatch.setenv("JIXIAO_MAX_PDF_PAGES", "2")
    with pytest.raises(LimitError, match="JIXIAO_MAX_PDF_PAGES"):
        read_report(pdf)
    monkeypatch.setenv("JIXIAO_MAX_PDF_PAGES", "3")
    monkeypatch.setenv("JIXIAO_MAX_TEXT_BYTES", "300")
    with pytest.raises(LimitError, match="JIXIAO_MAX_TEXT_BYTES"):
        read_report(pdf)


def test_the_eval_prints_each_dev_text_and_compares_its_findings(tmp_path):
    """``evals.real_pdf`` on a corpus of one invented text: printed, read back, the same findings; its
    results name files and rules, never the text's words."""
    from evals.real_pdf import compare, dev_files, markdown

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "99_invented-2023-project.txt").write_text(f"source: invented\ntitle: {TITLE}\n\n{REPORT}\n", encoding="utf-8")
    (files,) = [dev_files(corpus)]
    row = compare(files[0], tmp_path)
    assert row == {"file": "99_invented-2023-project.txt", "findings": 1, "same": True, "found": 1, "new": [], "lost": []}
    assert markdown([row]).splitlines()[2].startswith("1 of 1 texts give the same findings")
