"""A Word 97–2003 report (.doc, WPS's .doc/.wps) reads as the .docx of the same document; what cannot be
read is refused in one line with what to do.

Why: county finance officers write in Word/WPS and many still save the binary .doc (WPS's default on many
installs); the review refused every one of them. A .doc's text is its main document (footnotes, headers,
comments are stored after it and are not the report's body), a field shows its result, a table's cells
end with \\x07 and each row with a mark of its own that its properties call the row's end (an empty cell's
mark is no row end). The files are written by ``evals/doc_written.py`` from invented text (no converter
that writes .doc is installed, and no binary file is committed).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("olefile")

from drafting.checks.arithmetic import check_arithmetic
from drafting.errors import InputWarning, ReportFileError
from drafting.folder import report_files
from drafting.io.reading import read_report
from drafting.report import Heading as HeadingBlock
from drafting.report import Paragraph, Table
from evals.doc_written import DELETED, Heading, Rows, build_doc, cfb

ROOT = Path(__file__).resolve().parent.parent

TITLE = "某县农业农村局2023年度项目支出绩效自评报告"
BUDGET = "项目年度预算数为120.00万元，全年执行数为110.40万元，预算执行率为{rate}%。"
ROADS = "全县建制村通硬化路215个，建制村总数230个，通达率{rate}%。"
FORM = [["项目", "应参保人数", "实际参保人数", "参保率"],
        ["城乡居民养老保险", "12500", "11800", "{rate}%"],
        ["城乡居民医疗保险", "30000", "29100", "97.00%"]]


def _items(rate: str = "92.00", road: str = "93.48") -> list[object]:
    return [TITLE, Heading(1, "项目概况"), "一、基本情况", BUDGET.format(rate=rate), ROADS.format(rate=road),
            "（一）绩效指标完成情况", Rows([[c.format(rate="94.40") for c in row] for row in FORM]),
            "二、存在的问题", "部分村组道路养护不及时。"]


def _docx(items: list[object], path: Path) -> Path:
    """The same document written by python-docx (heading N in Word's own style)."""
    from docx import Document

    doc = Document()
    for item in items:
        if isinstance(item, Heading):
            doc.add_heading(item.text, level=item.level)
        elif isinstance(item, Rows):
            table = doc.add_table(rows=len(item.cells), cols=item.starts(0)[-1])
            for r, row in enumerate(item.cells):  # merged first (python-docx joins merged cells' texts), then filled
                starts = item.starts(r)
                for k, text in enumerate(row):
                    if starts[k + 1] - starts[k] > 1:
                        table.cell(r, starts[k]).merge(table.cell(r, starts[k + 1] - 1))
                    if text is None:
                        table.cell(r - 1, starts[k]).merge(table.cell(r, starts[k]))
            for r, row in enumerate(item.cells):
                for k, text in enumerate(row):
                    if text is not None:
                        first, *rest = text.split("\n")
                        cell = table.cell(r, item.starts(r)[k])
                        cell.paragraphs[0].text = first
                        for more in rest:
                            cell.add_paragraph(more)
        else:
            doc.add_paragraph(str(item))
    doc.save(str(path))
    return path


def _doc(tmp_path: Path, items: list[object], name: str = "报告.doc", **options: object) -> Path:
    path = tmp_path / name
    path.write_bytes(build_doc(items, **options))  # type: ignore[arg-type]
    return path


def _dumped(path: Path) -> list[dict]:
    return [b.model_dump() for b in read_report(path).blocks]


# -- what is read ------------------------------------------------------------------------------------


def test_paragraphs_headings_and_tables_read_as_from_the_docx_of_the_same_document(tmp_path):
    items = _items()
    doc = _dumped(_doc(tmp_path, items))
    assert doc == _dumped(_docx(items, tmp_path / "报告.docx"))
    assert [type(b) for b in read_report(tmp_path / "报告.doc").blocks][:3] == [HeadingBlock] * 3


def test_a_table_reads_as_a_table_its_empty_cells_and_a_cells_paragraphs_kept(tmp_path):
    """An empty cell's mark follows the cell before it as a row's end mark would: the marks'
    properties, not their run in the text, say where a row ends."""
    rows = [["指标", "目标值", "完成值"], ["数量指标\n（户数）", "", "812户"], ["质量指标", "≥95%", ""]]
    items = ["表1 绩效指标完成情况", Rows(rows), "以上指标均已完成。"]
    report = read_report(_doc(tmp_path, items))
    tables = [b for b in report.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].texts() == rows
    assert [b.text for b in report.blocks if not isinstance(b, Table)] == ["表1 绩效指标完成情况", "以上指标均已完成。"]


def test_a_forms_merged_cells_read_as_in_the_docx_each_figure_under_its_header(tmp_path):
    """A .doc stores a cell merged across columns as one wider cell (its row has fewer cells) and a
    vertical merge as flags on each row: laid on the grid of every row's edges, the cells after a wide
    one stand under their own headers, as in the .docx."""
    form = Rows([["项目名称", "农村道路养护", "主管部门", "县交通运输局"],
                 ["年度资金总额", "预算数", "执行数", "执行率", "得分"],
                 ["", "120.00", "110.40", "92.00%", "9.2"],
                 ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
                 ["产出指标", "数量指标", "养护里程", "≥230公里", "235公里"],
                 [None, "质量指标", "验收合格率", "100%", "100%"]],
                widths=[[1, 2, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1],
                        [1, 1, 1, 1, 1]])
    items = ["附件：项目支出绩效自评表", form, "填表人：张三"]
    doc = read_report(_doc(tmp_path, items)).blocks[1]
    assert isinstance(doc, Table)
    assert doc.model_dump() == read_report(_docx(items, tmp_path / "报告.docx")).blocks[1].model_dump()
    assert doc.rows[0][1].col_span == 2 and doc.rows[0][2].merged and doc.rows[0][3].text == "主管部门"
    assert doc.rows[4][0].row_span == 2 and doc.rows[5][0].merged and doc.rows[5][1].text == "质量指标"
    flagged = Rows(form.cells, form.widths, flagged=True)  # Word 97: one cell a column, the rest flagged merged on
    assert read_report(_doc(tmp_path, ["附件：项目支出绩效自评表", flagged, "填表人：张三"], name="97.doc")).blocks[1] == doc


def test_a_wrong_rate_in_a_doc_is_found_as_in_the_docx(tmp_path):
    wrong = _items(rate="95.00", road="95.48")
    wrong[6] = Rows([[c.format(rate="96.40") for c in row] for row in FORM])
    findings = {}
    for path in (_doc(tmp_path, wrong), _docx(wrong, tmp_path / "报告.docx")):
        found = check_arithmetic(read_report(path))
        findings[path.suffix] = sorted((f.rule or "", f.location.quote) for f in found)
    assert findings[".doc"] == findings[".docx"]
    assert {"95.48%", "96.40%"} <= {quote for _, quote in findings[".doc"]}
    assert not [f for f in check_arithmetic(read_report(_doc(tmp_path, _items(), name="right.doc")))
                if f.location.quote in ("92.00%", "93.48%", "94.40%")]


def test_pieces_8_bit_and_utf16_in_any_number_read_the_same(tmp_path):
    """Word stores characters that are all cp1252 one byte each (compressed, at fc/2) and others as
    UTF-16LE, in as many pieces as editing left."""
    items = [*_items(), "Total: 2023 KPI score 95 (A-level), see §3."]
    one_kind = _dumped(_doc(tmp_path, items, name="u.doc", utf16=True))
    assert _dumped(_doc(tmp_path, items, name="m.doc")) == one_kind
    assert _dumped(_doc(tmp_path, items, name="s.doc", split=3)) == one_kind
    assert _dumped(_doc(tmp_path, items, name="0.doc", table_stream="0Table")) == one_kind
    from drafting.io.doc_reader import _Fib, _pieces

    raw = (tmp_path / "s.doc").read_bytes()
    import olefile

    with olefile.OleFileIO(raw) as ole:
        word, table = ole.openstream("WordDocument").read(), ole.openstream("1Table").read()
    pieces = _pieces(table, *_Fib(word).entry(33))
    assert len(pieces) > 50 and {p.width for p in pieces} == {1, 2}


def test_a_field_shows_its_result_objects_and_the_stories_after_the_main_text_are_left_out(tmp_path):
    items = [TITLE, "详见\x13 HYPERLINK \"http://example.invalid/a\" \x14附件2\x15，图\x01略。",
             "第一页末行。\x0c第二页首行。", "第一行\x0b第二行"]
    report = read_report(_doc(tmp_path, items, stories="脚注：本段为脚注文字。\r页眉文字\r"))
    assert [b.text for b in report.blocks] == [TITLE, "详见附件2，图略。", "第一页末行。", "第二页首行。",
                                               "第一行\n第二行"]


def test_text_deleted_with_changes_tracked_is_left_out_as_a_docx_read_leaves_it_out(tmp_path):
    """A .doc keeps deleted text in place, marked deleted in its character properties (sprmCFRMarkDel);
    reviewed as if it stood, 95.00%92.00% would be one wrong figure. A .docx read skips w:del."""
    gone = "{}{{}}{}".format(*DELETED)
    items = [TITLE, "项目年度预算数为120.00万元，全年执行数为110.40万元，预算执行率为" + gone.format("95.00%") + "92.00%。",
             Rows([["指标", "完成值"], ["验收" + gone.format("不") + "合格率", gone.format("90%") + "98%"]])]
    for options in ({}, {"split": 3}, {"utf16": True}):
        blocks = read_report(_doc(tmp_path, items, **options)).blocks
        assert blocks[1].text == BUDGET.format(rate="92.00")  # type: ignore[union-attr]
        assert blocks[2].texts() == [["指标", "完成值"], ["验收合格率", "98%"]]  # type: ignore[union-attr]
    assert check_arithmetic(read_report(tmp_path / "报告.doc")) == []


def test_a_table_of_contents_is_no_heading(tmp_path):
    items = [TITLE, "\x13 TOC \\o \"1-3\" \x14一、基本情况\t1", "二、存在的问题\t3\x15", "一、基本情况"]
    blocks = read_report(_doc(tmp_path, items)).blocks
    assert [type(b) for b in blocks] == [HeadingBlock, Paragraph, Paragraph, HeadingBlock]


# -- what is refused -----------------------------------------------------------------------------------


def _cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drafting", "review", "--format", "json", str(path)],
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])})


def _one_line(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_the_command_line_reviews_a_doc_and_leaves_it_as_it_was(tmp_path):
    path = _doc(tmp_path, _items(rate="95.00"))
    before, stamp = path.read_bytes(), path.stat().st_mtime_ns
    done = _cli(path)
    assert done.returncode in (0, 1) and "95.00%" in done.stdout, done.stderr
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp


def test_an_encrypted_doc_is_refused_in_one_line_with_what_to_do(tmp_path):
    _one_line(_cli(_doc(tmp_path, _items(), encrypted=True)), "文件已加密")
    package = tmp_path / "加密.docx"  # an encrypted .docx is an OLE2 file holding the encrypted package
    package.write_bytes(cfb({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x10" * 64}))
    with pytest.raises(ReportFileError, match=r"文件已加密.*另存为"):
        read_report(package)


def test_an_ole2_file_that_is_no_word_document_is_refused_in_one_line(tmp_path):
    xls = tmp_path / "数据.xls"
    xls.write_bytes(cfb({"Workbook": b"\x09\x08" + b"\0" * 100}))
    _one_line(_cli(xls), "不是 Word 文档（Excel 工作簿 .xls）")
    other = tmp_path / "报告.doc"
    other.write_bytes(cfb({"Contents": b"\0" * 100}))
    with pytest.raises(ReportFileError, match=r"不是 Word 文档.*请提供报告的 \.docx、\.doc、\.pdf 或 \.txt"):
        read_report(other)


def test_a_word_6_or_95_document_is_refused_in_one_line_not_read_from_the_wrong_places(tmp_path):
    """Word 6.0/95 wrote another FIB (nFib 0x65-0x68): its fields are elsewhere."""
    _one_line(_cli(_doc(tmp_path, _items(), nfib=0x68)), "Word 6.0/95 或更早格式")


@pytest.mark.parametrize("cut", [600, 1600, 5000])
def test_a_truncated_doc_is_named_damaged_without_a_traceback(tmp_path, cut):
    path = tmp_path / "残缺.doc"
    path.write_bytes(build_doc(_items())[:cut])
    with pytest.raises(ReportFileError, match=r"可能已损坏，或其写法本工具读不了；请在 Word/WPS 中打开后另存为 \.docx"):
        read_report(path)


def test_a_word_stream_that_holds_no_fib_or_a_piece_table_out_of_place_is_damaged(tmp_path):
    path = tmp_path / "坏.doc"
    path.write_bytes(cfb({"WordDocument": b"\x00\x01" * 600, "1Table": b"\0" * 100}))
    _one_line(_cli(path), "已损坏")
    good = bytearray(build_doc(_items()))
    fib = 1536 + 0x9A + 8 * 33  # WordDocument's first sector follows the FAT and the directory
    good[fib:fib + 4] = (10**6).to_bytes(4, "little")  # fcClx past the table stream's end
    path.write_bytes(bytes(good))
    with pytest.raises(ReportFileError, match="已损坏"):
        read_report(path)


# -- where .doc files are read --------------------------------------------------------------------------


def test_a_folder_reads_doc_and_wps_but_not_the_doc_beside_a_docx_of_its_name(tmp_path):
    for name in ("甲.doc", "乙.doc", "丙.wps"):
        _doc(tmp_path, _items(), name=name)
    _docx(_items(), tmp_path / "甲.docx")
    with pytest.warns(InputWarning, match=r"未审核 1 个旧版 Word 文件（如 甲.doc）：同一文件夹中有同名的 \.docx") as caught:
        names = [p.name for p in report_files(tmp_path)]
    assert names == ["丙.wps", "乙.doc", "甲.docx"] and len(caught) == 1


def test_a_docx_review_imports_neither_olefile_nor_the_doc_reader(tmp_path):
    path = _docx(_items(), tmp_path / "报告.docx")
    code = ("import sys\nfrom drafting.io.reading import read_report\nfrom drafting.review import review\n"
            f"review(read_report({str(path)!r}))\n"
            "print(sorted(m for m in sys.modules if 'olefile' in m or m.endswith('doc_reader')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])})
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stderr


def test_without_paragraph_properties_a_table_of_filled_cells_still_reads_as_a_table(tmp_path):
    """Word always writes the marks' properties; where none are read, a \\x07 right after a cell's
    closes the row (an empty cell would be taken for a row's end: the properties are what tell)."""
    rows = [["指标", "完成值"], ["数量指标", "812户\n（目标800户）"], ["质量指标", "98%"]]
    report = read_report(_doc(tmp_path, ["表1", Rows(rows), "说明。"], papx=False))
    assert [b.texts() if isinstance(b, Table) else b.text for b in report.blocks] == ["表1", rows, "说明。"]
