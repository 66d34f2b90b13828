"""What a web copy of a report carries besides the report — a site's menu, a document site's summary —
and a unit named with its city's name before it (invented pages)."""

import pytest

from drafting.checks.entities import check_entities
from drafting.checks.language import check_language
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def test_a_sites_menu_line_names_its_sections_in_its_own_words():
    page = "首页 走进大足 政务公开 政务服务 营商环境 政民互动 大足数据\n某区商务委员会2021年度预算资金绩效自评\n"
    assert [f.quote for f in check_typos(read_text_string(page + "会同区民政局开展帮扶工作。\n"))] == []


def test_a_sentence_in_the_report_is_still_read_for_slips():
    assert [f.quote for f in check_typos(read_text_string("首页\n我们认真做好工作，加强人员管里。\n"))] == ["管里"]


def _repeats(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.repeated_sentence"]


_OPENING = "某中学位于县城东侧一公里处，学校始建于1959年，是一所公办九年制义务教育学校。特大地震给学校的教学楼和学生宿舍造成重大损失。"


def test_a_document_sites_summary_repeating_the_documents_opening_is_no_repeat():
    page = f"农村初中项目绩效自评报告简介;{_OPENING}经鉴定只有二教学楼可维修加固后使用外农村初中项目绩效自评报告本文内容:{_OPENING}其余校舍全部拆除重建。\n"
    assert _repeats(page) == []


def test_a_sentence_said_twice_inside_the_document_itself_is_still_told():
    page = f"项目绩效自评报告简介;学校概况。本文内容:{_OPENING}其余校舍全部拆除重建。特大地震给学校的教学楼和学生宿舍造成重大损失。\n"
    assert _repeats(page) == ["特大地震给学校的教学楼和学生宿舍造成重大损失。"]


@pytest.mark.parametrize(("title", "flagged"), [
    ("重庆市大足区商务委员会2021年度预算资金绩效自评报告", False),  # the same unit, its municipality named first
    ("重庆市商务委员会2021年度预算资金绩效自评报告", True),  # the municipality's own commission
])
def test_a_title_naming_the_unit_with_its_citys_name_first_is_the_same_unit(title, flagged):
    report = read_text_string(f"{title}\n单位名称 大足区商务委员会\n一、基本情况\n本委2021年完成各项任务。\n")
    found = [f.quote for f in check_entities(report) if f.rule == "entities.author"]
    assert bool(found) is flagged
