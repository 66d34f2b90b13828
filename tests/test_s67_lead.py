"""Session 67's lead fixes: planted defects the review missed on the spent pools' pages, read by cause."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


def _dates(text: str) -> list[tuple[str, str]]:
    return [(r, q) for r, q in _found(text) if r.startswith("dates.")]


# pool126 p06: an attachment's label (附件2) is no part of the title under it; read as one line, the
# title's year stood after a digit (附件22019年度…) and was no year at all.

_ATTACHED = ("{caption}第二福利院部门整体支出绩效自评报告\n\n来源：某区财政局 发布时间：2020-07-15 09:46\n\n附件2\n\n"
             "2019年度第二福利院部门整体支出绩效自评报告\n\n一、部门、单位基本情况\n\n"
             "第二福利院隶属于某区民政局，2019年共有正式职工2人，临时工8人。\n")


def test_a_caption_whose_year_differs_from_the_attached_titles_is_named():
    found = _dates(_ATTACHED.format(caption="2018年度"))
    assert [r for r, _ in found] == ["dates.titles_disagree"]
    assert found[0][1] == "2018年度"


def test_the_attachment_label_is_not_joined_to_the_title():
    report = read_text_string(_ATTACHED.format(caption="2019年度"))
    texts = [u.text for u in report.units()]
    assert "附件2" in texts
    assert "2019年度第二福利院部门整体支出绩效自评报告" in texts


def test_a_caption_that_agrees_with_the_attached_title_is_quiet():
    assert _dates(_ATTACHED.format(caption="2019年度")) == []


# pool120 p11: a page's 更新时间 bounds when its text existed, as 发布时间 does.

_UPDATED = ("新邵县政协{year}年度部门整体支出绩效自评报告\n\n更新时间: 2021-08-16 16:48\n\n"
            "根据《新邵县财政局关于编制2020年部门整体支出绩效目标的通知》等文件的要求，现将自评情况报告如下。\n")


def test_a_title_year_not_over_when_the_page_was_updated_is_named():
    assert _dates(_UPDATED.format(year="2021")) == [("dates.title_after_publication", "2021年度")]


def test_a_title_year_over_before_the_update_is_quiet():
    assert _dates(_UPDATED.format(year="2020")) == []


def test_a_filing_field_is_no_publication_date():
    text = _UPDATED.format(year="2020").replace("更新时间", "归档时间").replace("2021-08-16", "2020-10-01")
    assert _dates(text) == []


# pool118 p04: a title naming the evaluated year and the funds' year (…2024年度…自评报告（…2024年…资金项目）).

_TWO_YEARS = ("某区太平乡人民政府 {year}年度部门预算项目支出绩效自评报告 （某区2024年市级少数民族资金项目）\n\n"
              "来源：某区太平乡综合办公室 发布时间：2025-05-22\n\n{year2}年度部门预算项目支出绩效自评报告\n\n"
              "一、项目概况\n\n区级批复下达2024年实际少数民族资金10000元。截至2024年12月31日，资金使用0万元。\n")


def test_a_title_year_not_over_at_publication_is_named_beside_the_funds_year():
    found = _dates(_TWO_YEARS.format(year="2025", year2="2024"))
    assert found == [("dates.title_after_publication", "2025年度")]


def test_an_evaluation_year_before_the_funds_year_it_evaluates_is_stale():
    found = _dates(_TWO_YEARS.format(year="2023", year2="2024"))
    assert found == [("dates.stale_title", "2023年度")]


def test_the_evaluated_year_beside_its_own_funds_year_is_quiet():
    assert _dates(_TWO_YEARS.format(year="2024", year2="2024")) == []


def test_a_funds_year_before_the_evaluated_year_still_stands():
    text = ("某市2022年省级资金2023年度绩效自评报告\n\n发布时间：2024-03-01\n\n一、基本情况\n\n"
            "2023年度下达资金100万元。截至2023年12月31日，资金全部支出。\n")
    assert _dates(text) == []


# pool123 p09: an integer part is no sum of the finer parts after it (270万元 beside 86 + 183.66 = 269.66).

def _sums(text: str) -> list[tuple[str, str]]:
    return [(r, q) for r, q in _found(text) if r == "sentence_parts_sum"]


def test_parts_over_their_total_are_named_though_two_of_them_round_to_a_third():
    text = "专项资金530.65万元，其中：中央资金270万元，省级资金86万元，市级资金183.66万元。"
    assert len(_sums(text)) == 1


def test_a_part_followed_by_its_exact_breakdown_still_reads_as_nested():
    text = "支出合计1180.40万元，其中：基本支出860.20万元，人员经费780.10万元，公用经费80.10万元，项目支出320.20万元。"
    assert _sums(text) == []


# pool131 p01: a higher level's act in the sentence excuses the level word that names who acts, not who
# receives (…印发了《关于下达…省级…资金的通知》，给我省下达… in a county's report).

_ACTED = ("南江县民政局2021年城乡社区治理项目支出绩效评价报告\n\n一、项目基本情况\n\n"
          "2021年，四川省财政厅印发了《关于下达2021年省级财政民政事业补助资金的通知》，给{who}下达试点补助资金370万元。\n")


def _levels(text: str) -> list[tuple[str, str]]:
    return [(r, q) for r, q in _found(text) if r == "entities.level_word"]


def test_a_county_receiving_as_my_province_after_the_provinces_act_is_named():
    assert _levels(_ACTED.format(who="我省")) == [("entities.level_word", "我省")]


def test_the_province_named_as_the_acting_subject_is_quiet():
    text = ("某县民政局2019年低保资金项目支出绩效评价报告\n\n一、项目基本情况\n\n"
            "结合本省实际情况，我省人民政府正式颁布了《湖南省最低生活保障办法》，本县据此开展低保工作。\n")
    assert _levels(text) == []


# pool126 p05: a count's list after a bare comma, units' names only, closing the sentence.

_UNITS = "下设直属单位{n}个，市民政事务中心、市殡葬事务中心、市救助站、市社会福利院、市福利彩票发行中心。"


def _counts(text: str) -> list[tuple[str, str]]:
    return [(r, q) for r, q in _found(text) if r == "count_list"]


def test_a_count_over_the_names_after_its_comma_is_named():
    assert _counts(_UNITS.format(n=6)) == [("count_list", "6个")]


def test_a_count_that_fits_the_names_after_its_comma_is_quiet():
    assert _counts(_UNITS.format(n=5)) == []


def test_what_follows_a_comma_is_no_list_unless_every_item_is_a_units_name():
    assert _counts("全年开展活动7个，培训、宣传、走访、慰问、评比、表彰。") == []


# pool126 p11: a unit's own account at the head, …关于2018年预算项目绩效情况的补充说明, is the report's title.

_ACCOUNT = ("临沧市儿童福利院关于{year}年预算项目绩效情况的补充说明\n\n发布时间：2019-02-27\n\n"
            "我部门编制2018年部门预算单位共1个。2018年编制项目1个，截至2018年12月31日，项目资金全部支出。\n")


def test_an_accounts_title_year_the_body_contradicts_is_stale():
    assert _dates(_ACCOUNT.format(year="2017")) == [("dates.stale_title", "2017年")]


def test_an_accounts_title_year_the_body_states_is_quiet():
    assert _dates(_ACCOUNT.format(year="2018")) == []


# pool117 p05: a rate inside a bracket that holds its item's budget and spending is their ratio, whatever
# other budgets its sentence names before the bracket.

_ITEMS = ("3个项目部分支付，包括规划专项经费（预算170万元，因招标延迟未支付）、"
          "价格监测经费（预算10.43万元，支付8.30万元，执行率{rate}%）。")


def _rates(text: str) -> list[tuple[str, str]]:
    return [(r, q) for r, q in _found(text) if r == "sentence_rate"]


def test_a_bracketed_items_rate_off_its_own_ratio_is_named():
    assert _rates(_ITEMS.format(rate="75.6")) == [("sentence_rate", "75.6%")]


def test_a_bracketed_items_rate_that_is_its_ratio_is_quiet():
    assert _rates(_ITEMS.format(rate="79.6")) == []


def test_a_bracket_with_the_rate_alone_leaves_the_figures_before_it():
    assert _rates("全年预算100万元，实际支出80万元（执行率85%）。") == [("sentence_rate", "85%")]
