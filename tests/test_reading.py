"""read_report: the reader is chosen by content first, then by suffix."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from drafting.errors import ReportFileError
from drafting.io.docx_writer import write_docx
from drafting.io.reading import read_report
from drafting.report import Heading, Paragraph, Report

SAMPLE = Path(__file__).parents[1] / "fixtures" / "jingzhou-hrss-2022" / "report.txt"


def _docx(path: Path) -> Path:
    return write_docx(Report(blocks=[Heading(text="一、部门概况", level=1), Paragraph(text="正文。")]), path)


def test_text_report_is_read_and_source_set() -> None:
    report = read_report(SAMPLE)
    assert report.source == str(SAMPLE)
    assert report.title() == "靖州县2022年度部门（单位）整体支出绩效评价自评报告"


def test_docx_report_is_read_and_source_set(tmp_path: Path) -> None:
    path = _docx(tmp_path / "r.docx")
    report = read_report(path)
    assert report.source == str(path)
    assert report.blocks == [Heading(text="一、部门概况", level=1), Paragraph(text="正文。", style="Body Text")]


def test_docx_renamed_to_txt_is_still_read_as_word(tmp_path: Path) -> None:
    path = _docx(tmp_path / "r.docx").rename(tmp_path / "r.txt")
    assert read_report(path).blocks[0] == Heading(text="一、部门概况", level=1)


@pytest.mark.parametrize("suffix", [".md", ".text"])
def test_markdown_and_text_suffixes_are_plain_text(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"r{suffix}"
    shutil.copy(SAMPLE, path)
    assert len(read_report(path).blocks) == len(read_report(SAMPLE).blocks)


def test_missing_file_is_a_report_file_error(tmp_path: Path) -> None:
    with pytest.raises(ReportFileError, match="不存在"):
        read_report(tmp_path / "none.docx")


def test_an_ole2_file_too_short_to_be_a_doc_is_named_damaged(tmp_path: Path) -> None:
    """(A .doc is read: tests/test_doc_reader.py; one cut short after its signature is damaged.)"""
    path = tmp_path / "r.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ReportFileError, match=re.escape("Word 文档（.doc）：文件可能已损坏")):
        read_report(path)


def test_unknown_format_names_the_suffix_and_the_accepted_ones(tmp_path: Path) -> None:
    path = tmp_path / "r.odt"
    path.write_bytes(b"<office:document>")
    with pytest.raises(ReportFileError, match=re.escape("不支持的文件格式 .odt，请提供 .docx、.doc、.pdf 或 .txt")):
        read_report(path)


def test_a_pdf_that_is_no_pdf_inside_is_named_damaged_with_the_way_to_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(b"%PDF-1.7 ...")
    with pytest.raises(ReportFileError, match=r"PDF 文件已损坏.*请重新下载或导出 PDF，或提供报告的 \.docx"):
        read_report(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"")
    with pytest.raises(ReportFileError, match="文件为空"):
        read_report(path)


def test_a_reposts_inline_pinyin_readings_are_removed_with_one_warning(tmp_path: Path) -> None:
    """A mirror site's converter writes 聯(lián)合社 and 發(fā)展: the readings split the words every check
    reads, so they go, with one warning; a writer's own brackets (a), (A/B), (一) stay."""
    from drafting.errors import InputWarning
    text = ("湛江市供銷合作社聯(lián)合社部門整體支出自我績效評價報告\n"
            "研究制訂全市供銷社的發(fā)展戰(zhàn)略和發(fā)展規劃，執行率(B/A)為98%，見附件(a)。\n")
    path = tmp_path / "repost.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(InputWarning, match="删去了 4 处转贴网页插入的拼音注音"):
        report = read_report(path)
    body = "\n".join(u.text for u in report.units())
    assert "聯合社" in body and "發展戰略" in body and "(B/A)" in body and "(a)" in body
    assert path.read_text(encoding="utf-8") == text  # the input is never changed


def test_one_or_two_bracketed_readings_are_the_writers_own() -> None:
    from drafting.io.text_reader import read_text_string
    report = read_text_string("“龙(lóng)”字的读音已在教材中注明。")
    assert "龙(lóng)" in "".join(u.text for u in report.units())


def test_a_reading_is_found_where_the_look_behind_first_pattern_found_it() -> None:
    # the pattern is led by its bracket (found fast) and looks back at the character before it: the
    # same places as the pattern that opened with that look-behind, edges included
    from drafting.io import text_reader
    before = re.compile(r"(?<=[\u4e00-\u9fff])\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")
    texts = ["(lián)合社", "聯(lián)(fā)合", "a(lián)b", "聯((lián))", "發(fā)展(zhàn)略(lüè)", "聯 (lián)", "聯(lian)",
             "聯(lián", "（lián）聯(lián)聯(lián)", "聯(lǘ)", "\n聯(lián)\n", "聯()", "聯(ǎ)"]
    for text in texts:
        assert text_reader._READING.findall(text) == before.findall(text), text
        assert text_reader.drop_readings(text) == before.sub("", text), text
