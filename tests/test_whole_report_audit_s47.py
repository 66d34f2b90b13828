"""Session 47's ninth outsider audit on whole invented clean reports (s47a): each case is a shape a
clean report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

import pytest
from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules

# -- one pattern filled for each village: parallel statements, not copies ------------------------------

_VILLAGE = ("（{n}）{name}。{name}共有农户{h}户，项目资金{a}万元，主要用于村内道路硬化、路灯安装和垃圾收集点建设，"
            "完成道路硬化{km}公里、安装路灯{lamps}盏、建设垃圾收集点{bins}个，村容村貌得到改善，群众出行更加方便。\n\n")
_FIRST = {"n": "一", "name": "张湾村", "h": 286, "a": "28.60", "km": "1.2", "lamps": 46, "bins": 8}


def _villages(*others: dict[str, object]) -> str:
    return "三、项目实施情况\n\n" + "".join(_VILLAGE.format(**v) for v in (_FIRST, *others))


def test_each_village_told_in_one_pattern_with_its_own_name_and_figures_is_no_copy():
    """Deleting 李圩村's paragraph, as a duplicate finding asks, would lose its 312户 and 1.5公里."""
    text = _villages({"n": "二", "name": "李圩村", "h": 312, "a": "31.20", "km": "1.5", "lamps": 52, "bins": 9},
                     {"n": "三", "name": "王寨村", "h": 198, "a": "19.80", "km": "0.8", "lamps": 30, "bins": 6})
    assert "redundancy.duplicate" not in _rules(text)
    assert "redundancy.duplicate" not in _rules(_fixture("s47_township_village_parallel_paragraphs_2016.txt"))


def test_the_same_paragraph_again_with_other_figures_is_still_a_copy():
    """Same words, new figures: one of the two is stale (which is right?)."""
    text = _villages({**_FIRST, "n": "二", "h": 312, "a": "31.20", "km": "1.5", "lamps": 52, "bins": 9})
    assert "redundancy.duplicate" in _rules(text)


def test_another_villages_name_on_the_first_villages_figures_is_still_a_copy():
    """A paragraph pasted and renamed keeps the first village's figures: a paste, not a statement of its own."""
    text = _villages({**_FIRST, "n": "二", "name": "李圩村"})
    assert "redundancy.duplicate" in _rules(text)


def test_the_same_paragraph_with_new_figures_and_words_added_is_still_a_copy():
    """Words added to a paste (a phrase appended) are an edit of the same text, no name put for a name."""
    other = {"n": "二", "name": "张湾村", "h": 312, "a": "31.20", "km": "1.5", "lamps": 52, "bins": 9}
    text = _villages(other).replace("群众出行更加方便。\n\n（二）", "群众出行更加方便。\n\n（二）", 1)
    text = text.replace("出行更加方便。\n\n", "出行更加方便，分批有序推进。\n\n", 2)
    text = text.replace("出行更加方便，分批有序推进。", "出行更加方便。", 1)
    assert "redundancy.duplicate" in _rules(text)


def test_a_copy_edited_in_one_figure_under_another_name_is_still_a_copy():
    text = _villages({**_FIRST, "n": "二", "name": "李圩村", "lamps": 52})
    assert "redundancy.duplicate" in _rules(text)


# -- the proposers' own rating of their 建议 and 提案 ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "市十六届人大三次会议期间代表提出的386件建议全部办结，代表满意和基本满意率100%。",
    "县政协十届二次会议立案提案213件，已全部办复，委员对办理结果的满意率为100%。",
])
def test_the_proposers_rating_of_their_suggestions_handling_needs_no_survey(sentence):
    """Each 代表 or 委员 answers on his own reply slip: every proposer counted, no sample asked."""
    assert "claims.satisfaction_without_survey" not in _rules("三、绩效目标完成情况\n\n" + sentence + "\n")
    assert "claims.satisfaction_without_survey" not in _rules(_fixture("s47_city_peoples_congress_dept_2024.txt"))


@pytest.mark.parametrize("sentence", [
    "全年受理群众来信来访126件次，按期办结率100%，群众满意率100%。",
    "代表提出的386件建议全部办结，办理工作得到社会认可，群众满意率100%。",
])
def test_a_full_satisfaction_of_the_public_with_no_survey_is_still_found(sentence):
    assert "claims.satisfaction_without_survey" in _rules("三、绩效目标完成情况\n\n" + sentence + "\n")


# -- a claim heading an item of a run-in list (一是…。…。二是…) -----------------------------------------

def test_a_claim_opening_an_item_is_told_by_the_items_figures():
    text = ("（二）效益\n\n一是稳岗扩岗效果明显。全年为312家中小微企业发放社会保险补贴，惠及职工3,016人，"
            "用工总体稳定。二是创业带动就业成效显著。发放一次性创业补贴320户，带动就业1,150人。\n")
    assert "claims.strong_claim" not in _rules(text, info=True)
    assert "claims.strong_claim" not in _rules(_fixture("s47_yunxi_employment_subsidy_2024.txt"), info=True)


def test_an_items_claim_with_no_figure_before_the_next_item_is_still_noted():
    text = ("（二）效益\n\n一是稳岗扩岗效果明显。企业用工总体稳定。二是创业带动就业，"
            "发放一次性创业补贴320户，带动就业1,150人。\n")
    assert "claims.strong_claim" in _rules(text, info=True)


# -- a budget and its targets, written before the year they plan ---------------------------------------

_BUDGET = "寿县科学技术协会{year}年部门{kind}\n\n一、部门基本情况\n\n县科协核定行政编制7名。\n\n寿县科学技术协会\n{date}\n"


@pytest.mark.parametrize("kind", ["预算及绩效目标说明", "预算编制说明", "项目绩效目标申报表"])
def test_a_budget_or_its_targets_dated_early_in_its_year_is_not_dated_too_early(kind):
    for date in ("2016年2月5日", "2015年12月20日"):
        assert not {"dates.before_year_end", "dates.stale_title"} & set(_rules(_BUDGET.format(year=2016, kind=kind, date=date)))
    assert "dates.before_year_end" not in _rules(_fixture("s47_county_sci_assoc_budget_notes_2016.txt"))


@pytest.mark.parametrize("kind", ["整体支出绩效自评报告", "决算说明", "预算执行情况说明"])
def test_an_account_of_the_year_dated_within_it_is_still_too_early(kind):
    """A year's account dated within that year: its date too early, or its title's year one too late."""
    text = _BUDGET.format(year=2016, kind=kind, date="2016年11月20日")
    assert {"dates.before_year_end", "dates.stale_title"} & set(_rules(text))


# -- an organ's short name in a list of organs at one level --------------------------------------------

_ORGANS = "中共寿县县委高度重视科普工作。\n\n{sentence}\n"


def test_a_short_name_in_a_list_of_county_organs_is_no_slip_for_the_county_committee():
    """县卫计委 (卫生和计划生育委员会) among 县农委 and 县科技局: 卫 is no 委 of 县委."""
    text = _ORGANS.format(sentence="联合县农委、县卫计委、县科技局等部门开展“科技三下乡”活动。")
    assert "language.typo" not in _rules(text, info=True)
    assert "language.typo" not in _rules(_fixture("s47_county_sci_assoc_budget_notes_2016.txt"), info=True)


def test_the_county_committee_mistyped_outside_a_list_of_organs_is_still_found():
    text = _ORGANS.format(sentence="经县卫研究决定，联合县农委、县科技局、县教育局开展“科技三下乡”活动。")
    assert "language.typo" in _rules(text, info=True)


# -- the count of a list's items, named by the items' own kind -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "学院设有机械与汽车工程系、信息工程系、经济贸易系、建筑工程系、艺术设计系等9个系部，开设专业48个。",
])
def test_the_noun_counting_a_lists_items_by_their_kind_is_meant(sentence):
    """系部 after a list of …系: the items' kind counted, no slip for 西部."""
    text = "一、学院概况\n\n学院地处西部，" + sentence + "\n"
    assert "language.typo" not in _rules(text, info=True)
    assert "language.typo" not in _rules(_fixture("s47_vocational_college_final_accounts_2018.txt"), info=True)


def test_the_same_noun_with_no_list_of_its_kind_before_it_is_still_read():
    text = "一、学院概况\n\n学院地处西部，学院设有9个系部，开设专业48个。\n"
    assert "language.typo" in _rules(text, info=True)


# -- a count in 万 against its parts in 万 ------------------------------------------------------------

def test_parts_of_a_count_in_wan_over_their_total_are_found():
    text = "（一）参保扩面。全市参保人数达到162.38万人，其中职工医保参保21.64万人、城乡居民医保参保140.92万人。\n"
    found = [m for r, m in _findings(text) if r == "sentence_parts_sum"]
    assert found and "162.56万人" in found[0]


@pytest.mark.parametrize("parts", ["21.46万人、城乡居民医保参保140.92万人", "21.46万人、城乡居民医保参保140.91万人"])
def test_parts_of_a_count_in_wan_within_their_total_are_quiet(parts):
    text = f"（一）参保扩面。全市参保人数达到162.38万人，其中职工医保参保{parts}。\n"
    assert "sentence_parts_sum" not in _rules(text)
    assert "sentence_parts_sum" not in _rules(_fixture("s47_county_city_medical_security_dept_2023.txt"))


# -- a rate whose stem the figure's words name only as a qualifier --------------------------------------

def test_a_rate_is_no_ratio_of_a_figure_that_counts_something_else_of_its_stem():
    """失业人员再就业1,862人 counts re-employment (of the unemployed), not the unemployed: 失业率 is over the labour force."""
    text = "四、绩效情况\n\n2016年，全县城镇新增就业5,126人，失业人员再就业1,862人，城镇登记失业率为3.6%。\n"
    assert "sentence_rate" not in _rules(text)
    assert "sentence_rate" not in _rules(_fixture("s47_county_hrss_final_accounts_codes_2016.txt"))


@pytest.mark.parametrize("text", [
    "全县劳动力5,126人，失业人员186人，失业率为4.6%。",
    "全县应参保1,200人，实际参保1,110人，参保率为95.0%。",
    "应发放人数8,640人，实际发放人数7,925人，发放率为93.5%。",
])
def test_a_rate_over_figures_that_count_its_stem_is_still_checked(text):
    assert "sentence_rate" in _rules("四、绩效情况\n\n" + text + "\n")


# -- a central term newer than the dictionary --------------------------------------------------------

def test_new_quality_productive_forces_is_a_term_not_a_slip():
    """新质生产力 (the central term since 2023): 新质 is no slip for 性质."""
    text = "三、绩效目标完成情况\n\n围绕发展新质生产力，组织“科技工作者服务企业”活动86场次，明确项目性质。\n"
    assert "language.typo" not in _rules(text, info=True)
    assert "language.typo" not in _rules(_fixture("s47_city_sci_assoc_new_quality_2025.txt"), info=True)


def test_the_character_slip_outside_the_term_is_still_found():
    text = "三、绩效目标完成情况\n\n该项目新质为公益性项目，明确项目性质，组织活动86场次。\n"
    assert "language.typo" in _rules(text, info=True)
