"""A character typed twice at a common word's start, after a word (工程支支出, 项目资资金), and what is said so
on purpose or by a layout: a numeral's measure word (两支支队), a reduplication (家家户户, 常常), a function
word (现在在做), a short name's or a compound's last character (发展改革委|委托, 末梢水|水质), two alike columns
of a form run together (…动物资|资源、…动物资源)."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.doubled_char"]


@pytest.mark.parametrize(("text", "quote"), [
    ("全年实际支出980万元，其中乙镇道路改造工程支支出312.5万元，余款结转下年。", "支支"),
    ("截至年底项目资资金到位率为100%。", "资资"),
    ("本年度部门基本支支出合计45万元，主要用于人员工资。", "支支"),
    ("乡镇认真落实惠农政政策，及时兑付补贴资金。", "政政"),
])
def test_a_lone_copy_between_a_word_and_the_common_word_it_starts_is_a_doubled_character(text, quote):
    assert _doubled(text) == [quote]


@pytest.mark.parametrize("text", [
    "县里组建两支支队开展森林防火巡查。",  # a numeral's measure word before 支队
    "全镇家家户户通上了自来水。",
    "干部常常深入一线调研。",
    "我们现在在做项目的收尾工作。",
    "全面推进村村通公路建设。",
    "安排项目资金5万元，支出4.8万元。",
    "一项项工作落到实处。",
    "县发展改革委委托第三方机构开展评估。",  # 委 closes an organ's short name
    "乙镇管网末梢水水质检测全部合格。",  # 水, often a word alone, ends a compound the dictionary lacks
    "参观新四军军部旧址开展现场教学。",
])
def test_a_doubling_said_on_purpose_is_left(text):
    assert _doubled(text) == []


def test_two_alike_columns_run_together_leave_their_seam_alone():
    """A form's target and actual cells, flattened line by line into one run: one cell's line ends mid-word
    where the other's goes on with the same words (…野生动物资|资源、陆生野生动物资源…)."""
    text = ("全年目标实际完成情况全区林地资源、陆生野生动物资资源、陆生野生动物资源得到有效保护,"
            "得到有效保护,火灾发生率为0;")
    assert _doubled(text) == []
