"""Five premises a fresh pool of real pages showed too wide, each narrowed by what the text says
about itself: an excerpt cut inside a document (its lists began before the cut, its last sentence
was never finished), a figure held against two bases in one sentence, each item's spending against
its own budget, and a firm's report number. Every text here is invented, in the shape of the pages;
each clean case is quiet and a real defect of the same rule is still found."""

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string
from drafting.review import review


def rules(text: str, rule: str) -> list[str]:
    """The quotes of the review's findings of ``rule``."""
    return [f.quote.strip() for f in review(read_text_string(text)).findings if f.rule == rule]


def late_starts(text: str) -> list[str]:
    return [f.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_late_start"]


# -- a list whose first items lie before the excerpt ------------------------------------------------


def test_an_excerpt_opening_inside_a_sub_list_does_not_start_its_next_heading_late():
    """No title, and the first numbered line is item 6 of （一）'s sub-list: the text begins mid-document,
    and （一） stood before the cut."""
    text = ("6.效益指标:受益群众满意度达到97%。\n（二）部门项目支出自评结果。\n"
            "1.总体情况:本年项目15个,支出总额320万元。\n2.项目完成情况良好。")
    assert late_starts(text) == []
    # (the page's own number, dropped by the reader, changes nothing)
    assert late_starts("—18—\n" + text) == []


def test_an_excerpt_opening_with_a_page_number_above_one_began_on_a_later_page():
    text = ("9\n主要原因是在职人员增加。主要用于办公费、水电费等日常公用经费支出。\n（二）政府采购预算安排情况说明。\n"
            "2024年政府采购预算300万元。\n（三）国有资产占有使用情况。\n车辆2台。")
    assert late_starts(text) == []


def test_an_excerpt_opening_on_a_sentence_tail_began_mid_document():
    """The first line opens on the tail of a sentence cut by the excerpt (a few words and a full stop,
    then the next sentence): the lists of the page before it began there."""
    text = ("设备更新。项目支出1200.5万元,与上年相比,减少30.2万元。\n无其他需要说明的事项。\n"
            "（二）项目支出决算情况说明\n本年项目支出1200.5万元。")
    assert late_starts(text) == []
    assert late_starts("及维修费用。" + text) == []
    # a whole opening sentence, even one opening with a word that may join (和平县…), is no tail
    assert late_starts("和平县文化馆2022年度部门决算情况说明如下。\n二、机构设置\n内设股室3个。") == ["二、"]


def test_a_report_from_its_title_or_an_opening_sentence_still_starts_late():
    titled = "某县2024年度耕地保护资金绩效自评报告\n项目资金100万元。资金到位及时。\n（三）项目实施情况。\n已完成。"
    assert late_starts(titled) == ["（三）"]
    opened = "现将我馆2022年度部门决算情况说明如下。\n二、机构设置\n内设综合股、业务股。\n三、人员情况\n编制12名。"
    assert late_starts(opened) == ["二、"]
    # a first line that is item 1's page (or no page at all) says nothing about a cut
    assert late_starts("1\n" + opened) == ["二、"]


# -- a date at the cut ------------------------------------------------------------------------------


def test_a_date_that_ends_the_text_opening_its_last_sentence_was_cut_not_dropped():
    text = "一、项目概况\n项目建设内容已全部完成。设计文件已于2021年3月通过审查。2021年06月18"
    assert rules(text, "language.dropped") == []


@pytest.mark.parametrize("text", [
    "填报单位：某某县农业农村局 填报日期：2021 年 6 月 18 一、项目基本情况 项目总投资80万元。",
    "一、项目概况\n项目建设内容已全部完成。\n某某县农业农村局\n2021年6月18",
    "项目建设内容已全部完成。\n填报日期：2021年6月18",
])
def test_a_date_that_lost_its_day_mark_is_still_found_before_more_text_on_its_own_line_or_after_a_label(text):
    assert len(rules(text, "language.dropped")) == 1


# -- one figure against two bases -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年公务接待费为86万元,较上年97万元减少11万元,下降11%,较预算数210万元减少124万元,下降59%。",
    "2023年公用经费中的运行维护费514万元,较上年488万元增加26万元,增长5%,较预算数537万元减少23万元,下降4%。",
    "公务用车运行维护费为25.6万元,比上年24.1万元增加1.5万元,增长6.2%,比年初预算30万元减少4.4万元,下降14.7%。",
    "因公出国(境)费为0万元,与上年0万元持平,较预算数5万元减少5万元,下降100%。",
    "会议费为12万元,与上年12万元相比无增减,较预算数20万元减少8万元,下降40%。",
    "培训费为30万元,较预算数25万元增加5万元,增长20%,较上年40万元减少10万元,下降25%。",
])
def test_each_change_is_on_the_base_its_own_comparison_names(text):
    assert [f for f in review(read_text_string(text)).findings if f.rule and f.rule.startswith("sentence_")] == []


def test_a_wrong_second_base_or_its_rate_is_still_found_on_that_comparison():
    base = "2023年公务接待费为86万元,较上年97万元减少11万元,下降11%,较预算数201万元减少124万元,下降59%。"
    [f] = review(read_text_string(base)).findings
    assert f.rule == "sentence_change" and f.quote == "201万元" and "210万元" in f.message
    rate = "2023年公务接待费为86万元,较上年97万元减少11万元,下降11%,较预算数210万元减少124万元,下降49%。"
    [f] = review(read_text_string(rate)).findings
    assert f.rule == "sentence_change_rate" and f.quote == "49%" and "59%" in f.message


# -- each item against its own budget ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年“三公”经费支出决算为15.3万元。其中：因公出国（境）费支出占预算的0%，公务用车运行维护费支出占预算的92.5%，"
    "公务接待费支出占预算的45.2%。",
    "其中：人员经费支出占年初预算数的96.1%；公用经费支出占年初预算数的88.4%；项目支出占年初预算数的73.0%。",
    "其中:因公出国(境)费支出决算为0万元,完成预算的0.00%;公务用车购置及运行费支出决算为6.1万元,完成预算的87.14%;"
    "公务接待费支出决算为9.2万元,完成预算的61.33%。",
])
def test_items_spent_against_their_own_budgets_are_no_shares_of_one_whole(text):
    assert rules(text, "sentence_share_sum") == []


def test_shares_of_one_total_over_a_hundred_percent_are_still_found():
    text = "本年支出中，基本支出占总支出的62.5%，项目支出占总支出的45.1%。"
    assert rules(text, "sentence_share_sum") == ["45.1%"]
    budget = "其中：基本支出占预算总额的70%，项目支出占预算总额的40%。"  # a total named: one whole
    assert rules(budget, "sentence_share_sum") == ["40%"]


# -- a firm's report number -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "受县财政局委托，某某会计师事务所有限公司开展了评价，出具了《绩效评价报告》（某会湘报字(2023)第0012号）。",
    "评价报告编号：中审评字[2021]第0035号。",
    "某某资产评估有限公司出具的某评(2022)第0007号报告。",
])
def test_an_accounting_or_appraisal_firms_report_number_is_no_official_document_number(text):
    assert rules(text, "language.document_number") == []


def test_an_offices_number_in_round_or_square_brackets_is_still_found_even_beside_a_firm():
    text = "根据《某某管理办法》(湘财农[2019]45号)和《通知》(某政办发(2020)12号)要求。"
    assert len(rules(text, "language.document_number")) == 2
    assert rules("某某会计师事务所依据财农[2016]181号文件开展评价。", "language.document_number") == ["财农[2016]181号"]
