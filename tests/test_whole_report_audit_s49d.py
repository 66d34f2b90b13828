"""Session 49's thirteenth outsider audit, on reports as Word files (s49d): headings numbered by Word
itself, lists in List Number, a table of contents, merged 一级/二级 cells in the 自评表, a two-row header
with merged cells, a table split under 续表 with its header typed again, line breaks and tabs in cells,
a 签章 table. The reports sit in tests/data/whole_clean_docx (made by ``evals.docx_reports``, figures
computed); each is read by the .docx reader and reviewed whole. Invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from whole_reports import findings as _findings

from drafting.io.docx_reader import read_docx
from drafting.review import review

DOCX = Path(__file__).parent / "data" / "whole_clean_docx"
REPORTS = sorted(DOCX.glob("*.docx"))


def test_eight_word_reports_are_kept():
    assert len(REPORTS) >= 8


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_a_clean_word_report_draws_no_warning(path):
    found = [(f.rule, f.message) for f in review(read_docx(path)).findings if f.severity.value != "info"]
    assert found == []


# -- a remark on the first data row ----------------------------------------------------------------------

_HEAD = "| 乡镇 | 到位资金（万元） | 受益人数（人） | 备注 |\n|---|---|---|---|\n"
_TOWNS = ("乡镇资金到位情况如下。\n\n" + _HEAD +
          "| 城关镇 | 18.40 | 1098 | 含上年结转 |\n| 河口镇 | 41.10 | 1186 | |\n| 马坪乡 | 72.38 | 304 | |\n"
          "| 合计 | 131.88 | 2588 | |\n")


def test_a_remark_on_the_first_data_row_under_a_remark_column_keeps_the_row_in_the_sum():
    """|城关镇|18.40|1098|含上年结转|: the first row of figures has a remark under 备注; it is a data row, not
    a second header row, so the 合计 closes all three towns."""
    assert "table_column_total" not in [r for r, _ in _findings(_TOWNS)]


def test_a_wrong_total_under_a_first_row_with_a_remark_is_still_found():
    text = _TOWNS.replace("| 合计 | 131.88 |", "| 合计 | 113.88 |", 1)
    assert any(r == "table_column_total" and "131.88" in m for r, m in _findings(text))


def test_text_under_a_column_that_is_no_remark_column_still_opens_a_new_part():
    """|一、城区|12.00|300|完成| under |地区|资金|人数|进度|: 进度 is no remark column; the row reads as before
    (no sum is claimed over it)."""
    from drafting.checks.arithmetic.remarks import remark_row

    head = ["地区", "资金", "人数", "进度"]
    assert not remark_row(["12.00", "300", "完成"], [None, 1, 1, None], None, head)
    assert remark_row(["12.00", "300", "含上年结转"], [None, 1, 1, None], None, ["地区", "资金", "人数", "备注"])


def test_a_table_continued_under_xubiao_in_a_word_file_sums_both_parts(tmp_path):
    """The kept reports split the town table under 续表, the first part's first row with a remark: the
    合计 in the second part closes the towns of both parts, and a wrong one is still found."""
    from docx import Document

    path = next(p for p in REPORTS if p.stem.endswith("proj"))
    doc = Document(str(path))
    table = next(t for t in doc.tables if t.cell(0, 0).text == "乡镇")
    cell = table.cell(1, 1)
    right = cell.text
    cell.paragraphs[0].runs[0].text = f"{float(right.replace(',', '')) + 10:.2f}"
    broken = tmp_path / "broken.docx"
    doc.save(str(broken))
    found = [f for f in review(read_docx(broken)).findings if f.rule == "table_column_total"]
    assert len(found) == 1
