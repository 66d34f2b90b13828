"""Session 49e's fourteenth outsider audit: whole invented reports as PDF text extraction leaves them
(lines broken at the page width, a running head and a page number between pages, a table's cells one a
line, footnotes at the page's foot). Each case is a shape such text takes that the reader or a rule
misread, pinned beside a real slip of the same kind, which is still found. The whole reports sit in
tests/data/whole_clean/s49e_* (laid out by evals/invented/s49e_pdf/layout.py). Invented wording."""

from __future__ import annotations

import pytest
from whole_reports import WHOLE_CLEAN
from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules

from drafting.io.text_reader import read_text_string

_ROADS = "s49e_township_roads_2020.txt"  # its second page opens mid-sentence: …压力较大。下一 / — ２ — / head / 步，…


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in read_text_string(text).blocks if getattr(b, "text", "")]


# -- a page break with blank lines around the page's furniture ----------------------------------------


def test_a_sentence_cut_by_a_page_break_goes_on_across_the_blank_margins():
    """…压力较大。下一 / (blank) — ２ — (blank) running head / 步，我镇将…: the blank lines around the page's
    foot and head are its margin, not a paragraph's end, when the page's last line runs on."""
    assert "较大。下一\n\n— ２ —\n\n" in _fixture(_ROADS)
    assert any("下一步，我镇将积极争取" in p for p in _paragraphs(_fixture(_ROADS)))


def test_a_page_that_ends_its_paragraph_keeps_the_paragraph_end():
    text = _fixture(_ROADS).replace("较大。下一\n", "较大。\n", 1).replace("\n步，我镇将", "\n下一步，我镇将", 1)
    paras = _paragraphs(text)
    assert any(p.endswith("自筹资金压力较大。") for p in paras)
    assert any(p.startswith("下一步，我镇将") for p in paras)


def test_a_paragraph_pasted_twice_across_a_page_break_is_still_found():
    text = _fixture(_ROADS)
    start = text.index("项目实施后")
    para = text[start:text.index("\n\n", start)]
    assert "redundancy.duplicate" in _rules(text.replace("五、主要做法", para + "\n\n五、主要做法", 1))


# -- 任 (to serve as) after a post that ends in 任 -------------------------------------------------------

_PROJECT = "宁川县农业机械化服务中心2017年度农机购置补贴项目支出绩效自评报告"


def _report(body: str) -> str:
    return f"{_PROJECT}\n\n一、基本情况\n\n{body}\n"


def test_a_deputy_director_serving_as_deputy_head_is_no_doubled_character():
    """由主任任组长、分管副主任任副组长: the post 副主任, then 任 (to serve as) opening the post held."""
    body = "中心成立了由主任任组长、分管副主任任副组长的农机购置补贴工作领导小组，下设办公室负责日常工作。"
    assert "language.doubled_char" not in _rules(_report(body))


def test_a_character_typed_twice_is_still_found():
    body = "中心按照照要求成立了农机购置补贴工作领导小组，下设办公室负责日常工作。"
    assert "language.doubled_char" in _rules(_report(body))


# -- the whole reports -------------------------------------------------------------------------------

_NOTES = {  # fair notes: a qualitative claim with no figure beside it
    "s49e_district_elderly_care_2024.txt": ["claims.strong_claim"],
    "s49e_banner_grassland_2018.txt": ["claims.strong_claim"],
}


@pytest.mark.parametrize("name", sorted(p.name for p in WHOLE_CLEAN.glob("s49e_*.txt")))
def test_the_whole_reports_of_this_audit_draw_no_warning_and_only_their_known_notes(name):
    assert [r for r, _ in _findings(_fixture(name), info=True)] == _NOTES.get(name, [])

