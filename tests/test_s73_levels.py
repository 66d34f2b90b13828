"""Session 73: a saved page's title line (title: 市文化和旅游局2019年部门整体支出绩效自评报告) names who reports as a
title does, and a region's fund named after the year (宝坻区2019年林业改革发展资金…报告) is that region's: a level above
it claimed in the body (全省组建防治队) is out of place."""

from drafting.checks.unit_titles import bare_level, fund_region, project_region
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _levels(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule.startswith("entities.")]


def test_a_saved_pages_title_line_says_the_bare_level():
    assert bare_level(read_text_string("title: 市文化和旅游局2019年部门整体支出绩效自评报告\n一、部门概况\n")) == ("市文化和旅游局", "市")


def test_a_saved_pages_title_line_names_the_project_region():
    text = "title: 河口县冬玉米高产示范栽培基地项目绩效自评报告\n河口县农业局开展了自评。河口县共种植6000亩。\n"
    assert project_region(read_text_string(text)) == "河口县"


def test_a_regions_fund_named_after_the_year_is_the_regions():
    assert fund_region(read_text_string("宝坻区2019年林业改革发展资金支出绩效评价报告\n一、基本情况\n")) == "宝坻区"
    assert fund_region(read_text_string("title: 宝坻区2019年林业改革发展资金支出绩效评价报告\n")) == "宝坻区"


def test_a_province_wide_claim_in_a_districts_fund_report_is_told():
    text = ("title: 宝坻区2019年林业改革发展资金支出绩效评价报告\n一、项目基本情况\n"
            "2019年春尺蠖累计防治面积10.5万亩，全省组建防治队118个，出动人员9900人次。\n二、绩效目标完成情况\n各项目标均已完成。\n")
    assert _levels(text) == ["全省"]
    assert _levels(text.replace("全省", "全区")) == []
