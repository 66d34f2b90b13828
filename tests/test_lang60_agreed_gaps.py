"""A phrase the report writes whole in one place and once more with a character dropped from inside a word,
so that a character stands stranded, is that phrase slipped (``checks/agreed_gaps.py``): six characters or
more agree around the gap, two or more on each side. Sentences invented."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

HEAD = "某县农业农村局2022年度项目支出绩效自评报告\n一、项目概况\n"


def _dropped(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_typos(report) if f.rule == "language.dropped"]


def test_a_phrase_written_whole_above_and_with_a_character_dropped_below_is_found():
    body = ("项目推动农机作业方式从低效到高效转变，成效明显。\n二、绩效分析\n"
            "通过整合资金，农机作业方式从低到高效转变，群众满意。\n")
    assert _dropped(body) == [("从低到高", "改为“从低效到高”")]


def test_the_slip_is_found_whichever_place_comes_first():
    body = ("通过整合资金，农机作业方式从低到高效转变，群众满意。\n二、绩效分析\n"
            "项目推动农机作业方式从低效到高效转变，成效明显。\n")
    assert _dropped(body) == [("从低到高", "改为“从低效到高”")]


def test_a_character_dropped_before_the_stranded_one_is_found_too():
    body = ("项目推动农机作业方式从低效到高效转变，成效明显。\n二、绩效分析\n"
            "通过整合资金，农机作业方式从效到高效转变，群众满意。\n")
    assert _dropped(body) == [("式从效到", "改为“式从低效到”")]


def test_fewer_than_six_characters_agreeing_are_no_evidence():
    body = "推动农机作业从低效到高效转变。\n二、绩效分析\n资金由低到高效使用。\n"
    assert _dropped(body) == []


@pytest.mark.parametrize("body", [
    # the extra character is a word of its own: what is left reads as whole words
    "全年保证了农机服务站的正常运转。\n二、绩效分析\n项目资金保证农机服务站的正常运转。\n",
    # a character that stands alone by right before a noun (年 after a year)
    "对2022年度农机购置补贴项目进行自评。\n二、绩效分析\n2022年农机购置补贴项目资金到位。\n",
])
def test_a_word_or_qualifier_left_out_is_no_slip(body):
    assert _dropped(body) == []


def test_a_short_form_written_twice_is_the_writers_own():
    body = ("移民后期扶持资金2272万元全部到位。\n二、绩效分析\n移民后扶资金使用规范。\n"
            "三、存在问题\n移民后扶资金拨付较慢。\n")
    assert _dropped(body) == []


def test_a_place_named_with_and_without_its_level_is_no_slip():
    body = ("下达保山市博物馆馆藏文物预防性保护资金。\n二、绩效分析\n"
            "保山博物馆馆藏文物预防性保护工作完成。\n")
    assert _dropped(body) == []


def test_a_gap_across_a_mark_or_a_break_is_not_read():
    body = ("推动农机作业从低效到高效转变。\n二、绩效分析\n推动农机作业从低\n到高效转变。\n")
    assert _dropped(body) == []


def test_a_term_the_dictionary_does_not_know_is_no_evidence():
    # 医共体 is read 医|共|体 and 医共体内 as 医|共|体内: the lone 体 after the lone 医 is a coined term's piece
    body = ("县域组建了两个医共体，全部乡镇卫生院纳入医共体管理。\n资金主要用于医共体信息化建设。\n"
            "二、存在问题\n利益共享机制还不健全。医共体内医保基金打包付费结余留用分配不明确。\n"
            "三、改进措施\n深化医保支付方式改革，细化医共体医保基金打包付费结余分配办法。\n")
    assert _dropped(body) == []
