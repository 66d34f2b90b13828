"""Session 71: the copies a site publishes (``evals.real_copies``) — a report in traditional characters reads as its
simplified original, a page with its unit masked XX is no template left blank — and the false alarms those copies
showed on the saved pages, which the simplified text raises too (a unit's name closed by its kind, a coined word,
a page's byline); then misses of planted defects read by cause on the odd pages of pools 109–116 and the corpus's
dev split (a 万元 figure in 元 the report states again in 万元; a works' 完工率)."""

from functools import cache

import opencc
import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import ReviewOptions, review
from evals.real_copies import masked_region, masked_years, traditional


@cache
def _s2t():
    return opencc.OpenCC("s2t").convert


def _found(text: str, prefix: str = "", **options: bool) -> list[tuple[str, str]]:
    return [(f.rule, f.quote.strip()) for f in review(read_text_string(text), options=ReviewOptions(**options)).findings
            if f.rule.startswith(prefix)]


def _rules(text: str, prefix: str = "", **options: bool) -> list[str]:
    return sorted(rule for rule, _ in _found(text, prefix, **options))


# -- a traditional-character copy says what its simplified original says -----------------------------------------

_FORWARDED = ("某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
              "根据《某市财政局关于转发〈某省财政厅关于开展2023年度预算绩效自评工作的通知〉的通知》要求，"
              "我局开展了部门整体支出绩效自评。\n二、工作开展情况\n"
              "全年发放低保资金520万元，资金按时足额发放到户，做到了应保尽保。\n")


def test_a_forwarded_notice_in_traditional_characters_is_no_doubled_word():
    # 關於轉發…的通知》的通知 is a notice forwarding another: the copy reads as the simplified text reads
    copy = _s2t()(_FORWARDED)
    assert _rules(_FORWARDED, "language.") == []
    assert _rules(copy, "language.") == []


_LOST_CHAR = ("某县民政局2023年度居家养老服务项目绩效自评报告\n一、项目概况\n"
              "居家养老服务项目由县民政局组织实施，为全县高龄、失能老年人提供上门服务。"
              "全年居家养老服务覆盖老年人1260人，居家养老服务站点32个。\n二、项目实施情况\n"
              "各乡镇居家老服务站点运行正常，服务质量满意度达到95%。\n")


def test_a_dropped_character_is_found_in_a_traditional_copy_as_in_the_original():
    assert ("language.dropped", "居家老服务") in _found(_LOST_CHAR, "language.dropped")
    assert [rule for rule, _ in _found(_s2t()(_LOST_CHAR), "language.dropped")] == ["language.dropped"]


def test_a_traditional_view_is_read_as_the_simplified_text_it_converts():
    # a site's traditional view converts what was written in simplified characters: its 帳戶 was 帐户 there (the
    # 帐/账 confusion), its 賬戶 账户; but 批覆 is the script's own form of 批复, no slip (GB2312 holds 覆 too)
    text = ("某县农业农村局2023年度项目支出绩效自评报告\n一、资金管理情况\n"
            "项目资金实行专帐管理，资金拨付到农户帐户，做到专款专用，年度资金到位率100%。\n")
    assert _rules(text, "language.confusion", standard_forms=True) == ["language.confusion"] * 2
    assert _rules(_s2t()(text), "language.confusion", standard_forms=True) == ["language.confusion"] * 2
    assert _rules(_s2t()(text.replace("帐", "账")), "language.", standard_forms=True) == []


def test_a_traditional_texts_own_forms_are_no_slips():
    # the fold leaves 批覆 and 徵求 as written (GB2312 holds 覆 and 徵): the script's forms of 批复, 征求
    text = ("某县农业农村局2023年度项目支出绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n"
            "项目经县财政局批复后实施，批复资金120万元。\n（二）绩效目标\n项目实施前广泛征求群众意见，年度资金到位率100%。\n")
    assert _found(text, "language.") == []
    assert _found(_s2t()(text), "language.") == []


def test_a_document_number_reads_alike_in_either_script():
    simplified = "某县人民政府办公室\n根据县政府(益赫政发201612号)文件要求，我局开展绩效自评，全年执行率98.5%。\n"
    firm = "评价报告编号为汇鼎会咨报字〔2024〕第0019号，由会计师事务所出具，全年执行率98.5%。\n"
    assert _rules(simplified, "language.document_number") == ["language.document_number"]
    assert _rules(_s2t()(simplified), "language.document_number") == ["language.document_number"]
    assert _rules(_s2t()(firm), "language.document_number") == []  # a firm's own report number, in any script


# -- a page that masks its own unit: the masks are no blanks left ---------------------------------------------------

_MASKED_BODY = ("XX县民政局认真组织开展了福彩公益金项目绩效自评。全年使用福彩公益金231万元，"
                "主要用于XX县养老服务和儿童福利项目，资金使用规范。\n")


@pytest.mark.parametrize("head", [
    "XX县民政局2024年县级福彩公益金的使用情况",  # a title that says what it reports, no 报告
    "XX市昭化区民政局关于2023年度福彩公益金使用情况的公告",
    "XX自治县就业服务局2018年度整体绩效评价报告",
    "XX市统计局部门整体支出绩效自评报 告",  # a web copy's stray space
    "[ 发布机构 ] | XX县发展和改革委员会 |",
    "项目名称公共文化服务体系运行保障经费项目单位XX市文化旅游广电局主管部门XX市人民政府",  # a form flattened
    "XX縣民政局2024年縣級福彩公益金的使用情況",  # a traditional copy's title
])
def test_a_page_masking_its_own_unit_in_its_head_is_anonymised(head):
    assert _found(f"{head}\n{_MASKED_BODY}", "structure.placeholder") == []


def test_a_unit_naming_its_short_form_under_a_mask_is_anonymised():
    text = ("XX市西区人民政府办公室(简称区政府办公室),为协助区政府领导处理区政府日常工作的机构。\n"
            + _MASKED_BODY)
    assert _found(text, "structure.placeholder") == []


def test_a_blank_left_in_a_sentence_is_still_a_placeholder():
    text = "某县民政局2024年度福彩公益金使用情况\n项目实施单位为“XX县XX局”，全年使用资金231万元。\n"
    assert _rules(text, "structure.placeholder") == ["structure.placeholder"]


# -- false alarms the copies showed, raised on simplified text too ------------------------------------------------

def test_a_units_kind_doubled_where_its_name_ends_and_a_word_begins_is_no_slip():
    text = "2023年县救助管理站站内托养照料继续实施，全年托养12人，使用救助资金13.5万元。\n"
    assert _found(text, "language.doubled_char") == []


def test_a_character_typed_twice_is_still_found():
    text = "2023年优待金金发放到位，全年发放12人，使用资金13.5万元。\n"
    assert _found(text, "language.doubled_char") == [("language.doubled_char", "金金")]


def test_a_coined_word_of_the_epidemic_years_is_no_typo():
    text = "任务3:着力凝聚全民战疫大合力。任务4:着力满足人民群众精神文化需求。\n"
    assert _found(text, "language.typo") == []


def test_a_pages_byline_names_a_person_not_a_slip():
    text = "专项资金绩效自评报告\n时间:2024-08-21 17:55:55 炜亮 报告 我要投稿\n全年使用专项资金231万元，资金使用规范。\n"
    assert _found(text, "language.typo") == []


# -- the copies themselves ---------------------------------------------------------------------------------------

def test_a_masked_copy_masks_the_region_its_title_opens_with_and_reads_quotes_alike():
    copy = masked_region("湖南省财政厅下达湖南省本级资金。", "湖南省文化厅2016年度绩效评价报告")
    assert copy is not None and copy.text == "XX省财政厅下达XX省本级资金。"
    assert copy.fold("湖南省本级") == copy.fold("XX省本级") == "XX省本级"
    assert masked_region("资金。", "湘西民族职业技术学院部门整体支出绩效评价报告") is None  # no region opens it


def test_a_year_masked_copy_keeps_dates_of_history_and_masks_the_reports_years():
    copy = masked_years("2023年资金下达，2023-05-12发布。", "")
    assert copy is not None and copy.text == "20XX年资金下达，2023-05-12发布。"
    assert masked_years("资金下达。", "") is None


def test_a_traditional_copy_reads_quotes_back_in_simplified_characters():
    copy = traditional("资金拨付到户", "")
    assert copy.text == "資金撥付到戶"
    assert copy.fold(copy.text) == copy.fold("资金拨付到户") == "资金拨付到户"


# -- an amount in 元 whose digits the report gives elsewhere in 万元 -----------------------------------------------

_FUNDS = ("2023年收到中央下达优抚对象生活补助资金1372.7万元，自治区下达98.6万元，地方匹配{local}。\n"
          "二、资金使用情况\n2023年收到财政资金共2330.9万元，其中中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元。\n")


def test_an_amount_in_yuan_that_the_report_gives_elsewhere_in_wan_yuan_dropped_its_wan():
    assert _found(_FUNDS.format(local="859.6元"), "amount_unit") == [("amount_unit", "859.6元")]
    assert _found(_FUNDS.format(local="859.6万元"), "amount_unit") == []


def test_a_round_or_per_head_or_twice_written_yuan_amount_is_the_writers_own():
    assert _found(_FUNDS.format(local="500元").replace("859.6万元", "500万元"), "amount_unit") == []  # 500 recurs by chance
    assert _found(_FUNDS.format(local="人均859.6元"), "amount_unit") == []  # a rate per head is 元 on purpose
    twice = _FUNDS.format(local="859.6元") + "地方匹配资金859.6元已全部到位。\n"
    assert _found(twice, "amount_unit") == []  # written in 元 twice: not one slip


def test_a_yuan_amount_among_yuan_amounts_is_no_slip():
    text = "全年发放补助资金共计2330.9万元。\n发放临时救助金12笔，其中单笔最高3000元，共计859.6元，另有慰问金1500元。\n其他资金859.6万元。\n"
    assert _found(text, "amount_unit") == []


# -- a works' completion rate (完工率, 竣工率) is a completion rate ---------------------------------------------------

@pytest.mark.parametrize("word", ["完工率", "竣工率"])
def test_a_works_completion_rate_is_checked_against_its_figures(word):
    text = f"计划改造农村公路20公里，实际完成20公里，{word}为96%。\n"
    assert _found(text) == [("sentence_rate", "96%")]
    assert _found(text.replace("96%", "100%")) == []


# -- an empty section before the excerpt's cut last section ---------------------------------------------------------

_CUT = ("2021年度市级就业资金配套项目资金绩效自评报告\n一、项目概况\n就业专项资金由本级财政部门会同人力资源社会保障部门管理，"
        "专项用于促进就业创业。\n二、绩效自评工作开展情况\n{under}三、综合评价结论\n{last}\n")


def test_a_section_left_empty_before_a_last_section_cut_mid_sentence_is_empty():
    # the text goes on after the empty section, if only with a clause the excerpt cuts after its comma
    text = _CUT.format(under="", last="2021年度项目资金绩效自评得分为98分,自评结论为“优秀")
    assert _found(text, "structure.empty_heading") == [("structure.empty_heading", "二、绩效自评工作开展情况")]
    assert _found(_CUT.format(under="成立自评工作小组，对照指标逐项打分。\n", last="2021年度项目资金绩效自评得分为98分,自评结论为“优秀"),
                  "structure.empty_heading") == []


def test_an_excerpt_ending_on_a_heading_and_a_short_title_line_says_nothing_of_the_section_before():
    # nothing written follows: the excerpt may end where the page was cut, the section before may be filled
    assert _found(_CUT.format(under="", last="(一)自评得分情况"), "structure.empty_heading") == []


def test_a_section_before_a_line_broken_after_its_comma_is_followed_by_text():
    text = ("自治区大气污染防治资金绩效评价报告\n一、基本情况\n1.项目背景\n中央财政设立大气污染防治资金，专门用于支持大气污染防治。\n"
            "2.项目主要内容\n3.项目实施情况\n近三年来,\n各地累计完成清洁取暖改造12.5万户。\n")
    assert _found(text, "structure.empty_heading") == [("structure.empty_heading", "2.项目主要内容")]


_PROJECTS = ("忠县民政局2024年度资金绩效自评报告\n一、项目情况\n(一)中央、市级下达专项转移支付预算\n"
             "1.城乡低保项目\n绩效目标：保障城乡低保对象基本生活。\n2.临时救助项目\n绩效目标：对民政补助对象开展定期入户调查。\n"
             "3.{third}\n4.福利彩票公益金支出\n绩效目标：用于老年、儿童等社会福利事业支出，确保有关工作顺利推进。\n")


def test_an_item_of_a_list_of_written_sections_left_without_text_is_empty():
    # 1. and 2. each have their own text: the list is of sections, and 3. was left unwritten
    assert _found(_PROJECTS.format(third="忠州福利院运行经费项目"), "structure.empty_heading") == [
        ("structure.empty_heading", "3.忠州福利院运行经费项目")]


def test_a_statement_in_a_list_of_written_items_is_no_empty_section():
    assert _found(_PROJECTS.format(third="加强资金监管。"), "structure.empty_heading") == []
    one_written = _PROJECTS.replace("2.临时救助项目\n绩效目标：对民政补助对象开展定期入户调查。\n", "").replace("3.{third}", "2.{third}")
    one_written = one_written.replace("4.福利", "3.福利")
    assert _found(one_written.format(third="忠州福利院运行经费项目"), "structure.empty_heading") == []


def test_a_fields_written_value_is_text_after_the_section_left_empty():
    # the excerpt stops inside 5.'s field: its value is written all the same, so 4. is no cut end
    text = _PROJECTS.format(third="忠州福利院运行经费项目\n绩效目标：保障忠州福利院正常运行。").replace(
        "绩效目标：用于老年、儿童等社会福利事业支出，确保有关工作顺利推进。\n", "5.养老机构消防安全达标提升补助项目\n绩效目标:养老机构消防安全防范能\n")
    assert _found(text, "structure.empty_heading") == [("structure.empty_heading", "4.福利彩票公益金支出")]


def test_an_amount_in_wan_yuan_among_yuan_that_the_report_gives_elsewhere_in_yuan_took_a_wan():
    text = ("一、节日慰问\n春节走访困难户支出3300元，端午慰问1350万元，购置慰问品2800元。\n"
            "二、资金使用情况\n端午节慰问困难党员15人，发放慰问金1350元。\n")
    assert _found(text, "amount_unit") == [("amount_unit", "1350万元")]
    assert _found(text.replace("1350万元", "1350元"), "amount_unit") == []


# -- the report's title ends a table of contents ---------------------------------------------------------------------

_WITH_TOC = ("某区发展和改革委员会2023年专项储备粮补贴评价报告\n目 录\n{toc}"
             "某区2023年专项储备粮补贴项目 绩效评价报告\n一、基本情况\n为深入贯彻预算绩效管理的意见，对该项目开展绩效评价。\n"
             "{second}三、存在的问题\n绩效目标值和绩效指标值不一致。\n四、有关建议\n加强预算编制。\n")


def test_a_section_dropped_after_a_cut_table_of_contents_and_the_reports_title_is_a_gap():
    text = _WITH_TOC.format(toc="附件2:项目支出绩效目标申报表.........................28\n", second="")
    assert _found(text, "structure.numbering_gap") == [("structure.numbering_gap", "三、")]


def test_a_whole_table_of_contents_before_the_title_is_no_gap():
    toc = "一、基本情况......1\n二、绩效评价结论......3\n三、存在的问题......5\n四、有关建议......6\n"
    text = _WITH_TOC.format(toc=toc, second="二、绩效评价结论\n综合评分92分，评价等级为优。\n")
    assert _found(text, "structure.numbering") == []
