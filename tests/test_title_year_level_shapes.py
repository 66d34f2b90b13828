"""How a report's title states its year, and how a unit's name states its level, in shapes the dates
and entities checks did not read before: a 决算 publication's table title, a page's own title above
the document's, a short report whose body states one other year; a CPPCC or party organ's name, a
template's XX县, a 自评结果 title, a province's central-transfer report, a unit named by a bare 省/县, a
unit named before the project it reports on."""

import pytest

from drafting.checks.dates import check_dates
from drafting.checks.entities import check_entities
from drafting.io.text_reader import read_text_string

_FINAL_ACCOUNTS = ("一、单位基本情况\n青石乡人民政府属行政单位。\n"
                   "二、收入支出决算总体情况说明\n2018年度收入总计480.5万元，支出总计476.2万元。\n"
                   "2018年度财政拨款收入450万元。\n")


def _rules(text: str, check=check_dates) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check(read_text_string(text))]


@pytest.mark.parametrize("title", ["青石乡{}年决算情况说明及决算公开表", "/青石乡卫生院{}年度决算报表.xls",
                                   "青石乡{}年部门决算表", "青石乡{}年3个重点项目绩效评价报告"])
def test_a_final_accounts_table_title_or_a_published_reports_title_carries_the_year(title):
    page = "[ 发布机构 ] | 长溪县人民政府 | [ 成文日期 ] | 2019-09-18 |\n"  # a published copy's index fields first
    assert [q for r, q in _rules(page + title.format(2019) + "\n" + _FINAL_ACCOUNTS) if r == "dates.stale_title"] \
        in (["2019年"], ["2019年度"])
    assert _rules(page + title.format(2018) + "\n" + _FINAL_ACCOUNTS) == []


_BODY = ("\n为贯彻落实预算绩效管理要求，我馆对2024年部门整体支出绩效情况进行自查自评。\n"
         "一、部门基本情况\n2024年度部门预算收入126万元，全年支出120万元。\n")


_PAGE = "• 发布机构\n  白沙市文化局\n• 发布日期\n  2025-03-01\n\n白沙市文化馆{}年绩效自评\n\n白沙市文化馆2024年度部门整体和项目\n\n支出绩效自评报告\n\n"


def test_a_pages_own_title_above_the_documents_title_carries_the_year():
    assert _rules(_PAGE.format(2023) + _BODY) == [("dates.stale_title", "2023年")]
    assert _rules(_PAGE.format(2024) + _BODY) == []


def test_a_funds_year_above_the_form_is_no_second_title():
    """某区2021年…补助资金绩效自评 names the fund's year: the 2022 form below evaluates it a year later."""
    text = ("南岭区2021年中央耕地保护补助资金绩效自评\n2022年度项目支出绩效自评表\n"
            "单位名称：南岭区农技推广站 填报日期：2023年3月20日\n年度财政资金总额 | 120 | 118 | 98.33%\n")
    assert not [r for r in _rules(text) if r[0] in ("dates.titles_disagree", "dates.stale_title")]


_SHORT = ("\n一、项目基本情况\n（二）项目绩效目标。2022年县残联实施的康复项目目标为资助精神病患者服药120人。\n"
          "二、绩效评价工作开展情况\n评价的目的是客观反映康复资金的使用效率。\n"
          "三、综合评价\n2022年县残联组织康复培训两期，效果良好。\n")


def test_a_title_year_the_short_body_never_states_disagrees_with_it():
    [f] = [f for f in check_dates(read_text_string("石门县残联2023年度残疾人康复项目支出绩效自评报告" + _SHORT))]
    assert (f.rule, f.quote, f.severity.value) == ("dates.title_unsupported", "2023年度", "warning")
    assert "正文2处写作2022年" in f.message
    assert _rules("石门县残联2022年度残疾人康复项目支出绩效自评报告" + _SHORT) == []
    # the body naming the title's year, or a third year, or the other year once only, decides nothing
    assert _rules("石门县残联2023年度残疾人康复项目支出绩效自评报告" + _SHORT + "2023年项目继续实施。\n") == []
    assert _rules("石门县残联2023年度残疾人康复项目支出绩效自评报告" + _SHORT + "2019年项目启动。\n") == []
    once = _SHORT.replace("2022年县残联组织", "县残联组织")
    assert _rules("石门县残联2023年度残疾人康复项目支出绩效自评报告" + once) == []


def test_a_year_end_deadline_states_its_year_as_the_years_end_does():
    """项目完成时间指标值为2023年12月底 says 2023年底: with 2023年下达…资金 (the year's money allotted, a
    statement of the year as 2023年预算 is) the body states 2023 twice and decides it against the title."""
    body = ("\n2023年下达青溪区中央转移支付资金（残疾人事业发展补助资金）36.5万元，用于残疾人基本康复。\n"
            "二、绩效目标完成情况\n产出时效指标：项目完成时间年初指标值为2023年12月底，实际按时完成。\n")
    title = "青溪区残联中央转移支付{}年度绩效自评报告（残疾人事业发展补助资金）"
    assert _rules(title.format(2024) + body) == [("dates.stale_title", "2024年度")]
    assert _rules(title.format(2023) + body) == []


@pytest.mark.parametrize(("title", "sentence", "said"), [
    ("中国人民政治协商会议某某省青山市委员会2022年度部门整体支出绩效自评报告", "委员会对本省的重要问题开展协商。", "本省"),
    ("中共青山市委党校2022年度部门整体支出绩效自评报告", "培训我省党员干部三百人次。", "我省"),
    ("XX县2021年老旧小区整治工作自评报告", "2021年，我市大力推进老旧小区整治。", "我市"),
    ("某某市长河县生态环境分局2023年部门决算中项目绩效自评结果", "项目推动我市农村黑臭水体治理。", "我市"),
    ("某某省中央农业生产救灾资金转移支付2022年度绩效自评报告", "2022年，中央下达我县3批救灾资金。", "我县"),
    ("省应急救援中心建设项目绩效评价报告", "2019年，我县针对区域风险开展应急演练。", "我县"),
    ("青山市广播电视台专题节目制作经费项目绩效自评报告", "全面宣传推介我省社会、经济、文化发展情况。", "我省"),
])
def test_the_units_level_is_read_from_more_title_shapes(title, sentence, said):
    assert ("entities.level_word", said) in _rules(f"{title}\n一、项目基本情况\n{sentence}\n", check_entities)


@pytest.mark.parametrize("title", ["市级文物保护专项经费绩效自评表（2022年度）", "某某市中央农业生产救灾资金转移支付2022年度绩效自评报告"])
def test_a_level_fund_or_a_citys_transfer_names_no_province_or_city_unit(title):
    """市级…经费 is a fund of that level, which a county's unit may spend; a city's central transfer is
    reported by the city or a county in it: 我县 is no misfit there."""
    assert _rules(f"{title}\n一、项目基本情况\n2022年，中央下达我县3批救灾资金。\n", check_entities) == []


def test_a_page_publishing_a_years_results_the_next_year_names_its_own_year():
    """九亭镇2021年预算绩效评价结果公开 over 2020年度 forms (pool75 p02, session 58): a title announcing a publication
    (…公开, 公示, 公告) one year after the body's year names when it was published; two years off it is still stale."""
    page = "[ 发布机构 ] | 长溪县人民政府 | [ 成文日期 ] | 2019-09-18 |\n"
    title = "青石乡{}年3个重点项目绩效评价报告公开\n"
    assert [r for r, _ in _rules(page + title.format(2019) + _FINAL_ACCOUNTS) if r == "dates.stale_title"] == []
    assert [q for r, q in _rules(page + title.format(2020) + _FINAL_ACCOUNTS) if r == "dates.stale_title"] == ["2020年"]
