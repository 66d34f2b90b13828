"""A year heading a clause of running text (a paragraph's or sentence's start, or right after a unit's
name) before a word no figure stands before lost its 年: a count or an amount there carries its measure
word or unit (``checks/year_slips.py``, ``_YEAR_OPENS``). Sentences invented."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县残联2020年度项目支出绩效自评报告\n一、项目概况\n"


def _bare(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_language(report)
            if f.rule == "language.dropped" and "缺少“年”" in f.message]


@pytest.mark.parametrize(("body", "quote"), [
    ("2020财政下达残疾人事业专项资金28万元。\n", "2020财"),  # a paragraph's start
    ("项目已完成。2019新增康复机构2家。\n", "2019新"),  # a sentence's start
    ("某县残疾人联合会2016单列出来，成为群团组织。\n", "2016单"),  # after a unit's name; 单列 is a verb
])
def test_a_year_heading_its_clause_before_a_word_lost_its_nian(body, quote):
    assert _bare(body) == [(quote, f"改为“{quote[:4]}年”")]


@pytest.mark.parametrize("body", [
    "全年完成2016单业务办理。\n",  # no clause's start: a count
    "某县残疾人联合会2016单业务已办结。\n",  # 单 before a noun is a measure
    "2020户残疾人家庭得到走访。\n",  # a measure word: a count
    "2035远景目标纲要已印发。\n".replace("2035远", "2035年远"),  # written whole
    "某县残疾人联合会2018绩效评价自评报告.pdf\n",  # a file's name as uploaded (the title: tests/test_lang59_title_years.py)
    "执行GB 2015标准要求。\n",  # a code after its letters
    "2019至2020年项目连续实施。\n",  # a range's first year
    "2020版操作手册已印发。\n",  # an edition
    "2000种常用药品纳入集中采购。\n",  # a measure word: a count
    "2000以上的残疾人家庭已走访。\n",  # a count and its bound
    "2022北京冬奥会期间，组织志愿者开展助残服务。\n",  # an event's name writes its year bare
])
def test_a_count_a_code_a_title_or_a_whole_year_is_left(body):
    assert _bare(body) == []


def test_a_form_cell_holding_a_figure_and_a_label_is_left():
    report = read_text_string(HEAD + "| 项目 | 金额 |\n| --- | --- |\n| 2020其他资金 | 5 |\n")
    assert [f for f in check_language(report) if "缺少“年”" in f.message] == []


@pytest.mark.parametrize("line", ["2020其他资金\t5", "2020其他资金"])
def test_a_form_row_laid_out_as_text_or_a_label_alone_on_its_line_is_left(line):
    report = read_text_string(HEAD + "项目\t金额\n" + line + "\n二、资金情况\n资金已全部到位。\n")
    assert [f for f in check_language(report) if "缺少“年”" in f.message] == []
