"""pool66's three wrong findings and its one problem told four times, fixed by their causes after its measure:
a growth rate's base is the earlier year's figure; 县委 is the short form of 县委员会; 村账 is a finance term;
a stale title repeated on the page is one finding."""

from drafting.checks.dates import check_dates
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings]


def test_a_growth_rate_over_the_earlier_years_figure_is_right():
    text = "一、资金情况\n业务保障经费达769.4万元,较2018年度增长52.1万元,增长率为7.3%。\n"
    assert "sentence_rate" not in _rules(text)


def test_a_rate_over_a_named_earlier_figure_is_still_checked():
    text = "一、资金情况\n上年经费700万元,本年增长52.1万元,增长率为9.3%。\n"
    assert "sentence_rate" in _rules(text)


def test_a_county_party_committees_short_name_drops_nothing():
    name = "中国共产党长阳土家族自治县委员会组织部"
    text = (f"{name}整体支出绩效自评报告\n{name}整体支出绩效自评报告\n一、部门概况\n{name}是县委工作部门,内设5个科室。\n"
            "附件6 长阳土家族自治县委组织部2024收入支出决算总表(单位:元)\n")
    assert [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.dropped"] == []


def test_village_accounts_kept_by_the_township_are_no_village_head():
    text = "一、管理情况\n推广村账乡代管财务管理制度,做到有章可循。\n"
    assert [f.quote for f in check_typos(read_text_string(text))] == []


def test_a_stale_title_repeated_on_the_page_is_one_finding_listing_every_place():
    title = "某县医疗保障局2024年度城乡居民医疗保险补助资金项目支出绩效评价报告"
    text = (f"名称: {title}\n{title}\n一、基本情况\n2023年度全县参保42万人,2023年度到位资金5000万元。\n"
            "截至2023年12月31日,资金全部拨付。\n")
    stale = [f for f in check_dates(read_text_string(text)) if f.rule == "dates.stale_title"]
    assert [(f.quote, len(f.related)) for f in stale] == [("2024年度", 1)]
