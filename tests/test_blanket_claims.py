"""A claim that every indicator was met (各项指标均已完成, 全部达到预期目标) over an indicator table with a row that
plainly missed: one finding at the claim listing the rows. Invented tables."""

import pytest

from drafting.checks.blanket_claims import check_blanket_claims
from drafting.io.text_reader import read_text_string

_HEAD = "某县卫健局2023年度项目支出绩效自评报告\n\n三、绩效指标完成情况\n"
_TABLE = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n"
          "| 产出指标 | 数量指标 | 免费体检人数 | ≥1200人 | {people} |\n"
          "| 产出指标 | 时效指标 | 补助发放时间 | 2023年10月底前 | {month} |\n"
          "| 效益指标 | 满意度指标 | 群众满意度 | ≥90% | 94% |\n")


def _found(claim: str, people: str = "1080人", month: str = "2023年10月", before: str = "") -> list[tuple[str, str]]:
    text = _HEAD + before + _TABLE.format(people=people, month=month) + "\n四、自评结论\n" + claim + "\n"
    return [(f.quote, f.message) for f in check_blanket_claims(read_text_string(text))]


@pytest.mark.parametrize("claim", [
    "经自评，本项目各项绩效指标均已完成。",
    "项目实施后，全部达到预期目标，群众反映良好。",
    "本项目所有指标都已达到。",
    "年度绩效目标均已实现。",
])
def test_a_blanket_claim_over_a_row_that_missed_its_floor_is_found(claim):
    [(quote, message)] = _found(claim)
    assert quote in claim
    assert message.endswith("有1项未达到指标值：免费体检人数（指标值≥1200人，实际1080人）")


def test_every_row_that_missed_is_listed_in_one_finding():
    [(_, message)] = _found("各项指标均已完成。", month="2023年12月")
    assert "有2项未达到指标值" in message and "免费体检人数" in message and "补助发放时间（指标值2023年10月底前，实际2023年12月）" in message


def test_a_row_whose_cell_says_it_was_not_met():
    table = ("| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 家庭医生签约户数 | 300户 | 260户 | 未完成 |\n"
             "| 宣传活动次数 | 6次 | 6次 | 已完成 |\n")
    text = _HEAD + table + "\n四、自评结论\n各项指标均已完成。\n"
    [f] = check_blanket_claims(read_text_string(text))
    assert "家庭医生签约户数（指标值300户，实际260户，未完成）" in f.message


@pytest.mark.parametrize("claim", [
    "除免费体检人数外，其余指标均已完成。",
    "各项指标基本完成，免费体检人数未达到目标。",
    "下一步，力争各项指标全部完成。",
    "各项指标完成情况见上表。",
    "上年各项指标均已完成。",
    "本项目大部分指标已完成。",
])
def test_a_claim_that_is_hedged_or_not_a_blanket_claim_is_silent(claim):
    assert _found(claim) == []


def test_a_table_that_met_every_target_or_states_no_comparator_is_silent():
    assert _found("各项绩效指标均已完成。", people="1250人") == []
    text = _HEAD + "| 三级指标 | 年度指标值 | 实际完成值 |\n| 免费体检人数 | 1200人 | 1080人 |\n\n四、结论\n各项指标均已完成。\n"
    assert check_blanket_claims(read_text_string(text)) == []


def test_with_several_tables_a_claim_speaks_for_the_table_before_it():
    text = ("某县卫健局2023年度部门整体支出绩效自评报告\n\n（一）甲项目\n| 三级指标 | 年度指标值 | 实际完成值 |\n"
            "| 免费体检人数 | ≥1200人 | 1080人 |\n甲项目体检人数低于计划。\n（二）乙项目\n| 三级指标 | 年度指标值 | 实际完成值 |\n"
            "| 宣传活动次数 | ≥6次 | 6次 |\n乙项目各项指标均已完成。\n")
    assert check_blanket_claims(read_text_string(text)) == []


_LINES = "1.免费体检人数：年度指标值≥1200人，实际完成{people}。\n2.群众满意度：年度指标值≥90%，实际完成94%。\n"


def _lines(people: str, claim: str = "本项目各项绩效指标均已完成。") -> list[str]:
    text = _HEAD + _LINES.format(people=people) + "\n四、自评结论\n" + claim + "\n"
    return [f.message for f in check_blanket_claims(read_text_string(text))]


def test_indicators_told_line_by_line_in_prose_are_read_when_there_is_no_table():
    assert _lines("1080人") == ["写作“各项绩效指标均已完成”，但文中所列指标中有1项未达到指标值：免费体检人数（指标值≥1200人，实际1080人）"]


@pytest.mark.parametrize("line", [
    "1.免费体检人数：年度指标值≥1200人，实际完成1250人。\n",
    "1.免费体检人数：年度指标值1200人，实际完成1080人。\n",  # no comparator
    "1.人均补助标准：年度指标值≥1200元，实际完成1080元。\n",  # per head
    "1.投诉件数：年度指标值≤10件，实际完成8件。\n",  # a ceiling kept
])
def test_prose_indicators_that_met_or_cannot_be_read_are_silent(line):
    text = _HEAD + line + "\n四、自评结论\n本项目各项绩效指标均已完成。\n"
    assert check_blanket_claims(read_text_string(text)) == []


def test_an_indicator_named_for_what_is_not_met_is_no_status_cell():
    table = "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 未达标河段治理长度 | ≥12公里 | 13公里 | 已完成 |\n"
    text = _HEAD + table + "\n四、自评结论\n各项指标均已完成。\n"
    assert check_blanket_claims(read_text_string(text)) == []


def test_the_claim_is_one_finding_in_the_review_not_also_a_claim_without_support():
    from drafting.review import review

    text = _HEAD + _TABLE.format(people="1080人", month="2023年10月") + "\n四、自评结论\n本年度各项目标任务圆满完成，取得显著成效。\n"
    found = [f for f in review(read_text_string(text)).findings if "圆满" in f.quote]
    assert [f.rule for f in found] == ["claims.blanket_met_but_missed"]
