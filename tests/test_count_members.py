"""A count of projects held against the list that gives each project with its sum, after the sums said
of them all (invented wording in the shape of a 项目支出 self-evaluation's overview)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report

_LIST = ("包括：甲乙城乡居民养老保险配套专项资金300.00万元、丙丁人员社会保险费预算经费120.00万元、"
         "戊己就业见习生活补助经费90.00万元，庚辛农民工工资应急周转专项资金60.00万元。")


def count_findings(text: str) -> list:
    return [f for f in check_arithmetic(Report(blocks=[Paragraph(text=text)])) if f.rule == "count_list"]


def test_a_count_of_projects_is_held_against_the_projects_listed_after_their_sums():
    [f] = count_findings(f"我局2023年项目支出共6个，年初预算数620.00万元，支出数598.00万元，{_LIST}")
    assert f.quote == "6个"
    assert "列举了4项" in f.message


def test_the_last_project_after_a_comma_is_one_of_the_list():
    assert count_findings(f"我局2023年项目支出共4个，年初预算数620.00万元，支出数598.00万元，{_LIST}") == []
    assert count_findings(f"我局2023年项目支出共4个，{_LIST}") == []  # read as three names before


def test_a_count_named_after_it_and_a_lead_of_each_one_read_the_same():
    text = ("共实施4个项目，总投资600万元，分别为：农村公路提质改造项目300万元、饮水安全巩固提升工程150万元、"
            "村级活动场所建设补助80万元、河道清淤疏浚工程70万元。")
    assert count_findings(text) == []
    assert [f.quote for f in count_findings(text.replace("4个项目", "5个项目"))] == ["5个"]


def test_a_clause_after_the_list_ends_it():
    text = ("共实施项目4个，总投资500万元，包括：农村公路提质改造项目300万元、饮水安全巩固提升工程150万元、"
            "村级活动场所建设补助50万元，资金已全部到位。")
    assert [f.quote for f in count_findings(text)] == ["4个"]
    assert count_findings(text.replace("项目4个", "项目3个")) == []


@pytest.mark.parametrize("parts", [
    "中央补助资金300万元、省级配套资金150万元、县级配套资金50万元",  # the sums by source
    "人员经费300万元、公用经费150万元、日常公用经费50万元",  # by kind of spending
    "基础设施建设类项目300万元、民生保障类项目150万元、产业发展类项目50万元",  # by class of project
    "农村公路提质改造项目300万元、饮水安全巩固提升工程150万元、村级活动场所建设补助50万元等",  # an open list
    "农村公路提质改造项目300万元、饮水安全巩固提升工程180万元、村级活动场所建设补助90万元",  # above the whole
])
def test_a_list_that_breaks_the_sums_down_another_way_is_not_the_count_s(parts):
    assert count_findings(f"共实施项目5个，总投资500万元，包括：{parts}。") == []


def test_a_list_cut_off_by_the_end_of_the_text_is_not_counted():
    assert count_findings(f"我局项目支出共6个，年初预算数620.00万元，{_LIST.rstrip('。')}") == []


def test_a_count_that_is_not_of_projects_is_left_to_the_other_readings():
    text = "共有在职职工6人，工资总额96.00万元，包括：" + _LIST.split("：", 1)[1]
    assert count_findings(text) == []
