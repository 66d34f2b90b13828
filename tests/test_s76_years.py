"""Session 76: "2018年整体支出数为…" states the year's money, as "2018年部门支出" does, so a body that says
so outweighs a title one year on: the title is flagged, never the body's own 2018."""

from drafting.checks.dates import infer_year
from drafting.io.text_reader import read_text_string
from drafting.review import review

_REPORT = ("{0}年度部门整体支出绩效自评报告\n（某区环境保护局）\n一、部门概况\n（一）部门基本情况。\n"
           "我局为正科级行政单位，内设办公室、环境管理股。\n（二）2018年的重点工作\n"
           "推进湘江防治行动计划，落实大气污染防治规划。\n二、部门整体支出情况\n"
           "2018年整体支出数为2397.9万元，其中基本支出868.8万元，项目支出1529.1万元。\n"
           "对2017年中央环保督察交办件23件组织开展“回头看”。\n")


def test_the_years_whole_spending_names_the_evaluated_year():
    assert infer_year(read_text_string(_REPORT.format(2019))) == 2018


def test_a_title_one_year_on_is_flagged_not_the_bodys_heading():
    findings = review(read_text_string(_REPORT.format(2019))).findings
    stale = [f for f in findings if f.rule.startswith("dates.")]
    assert stale and all("2019年度部门整体支出" in f.quote or f.quote.startswith("2019") for f in stale)
    assert not any("重点工作" in f.quote for f in findings)


def test_the_same_report_with_its_own_year_in_the_title_is_quiet():
    findings = review(read_text_string(_REPORT.format(2018))).findings
    assert not [f for f in findings if f.rule.startswith("dates.")]
