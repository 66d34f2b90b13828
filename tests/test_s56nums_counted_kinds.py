"""A total's parts that fall short of it when the text itself names and counts the kinds there are
(主要有甲、乙二类支出): the writer's own word that the list after 其中 is all of it. Invented wording in
the shape of a city bureau's project report (pool58 page 26)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report


def quotes(*texts: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=t) for t in texts])
    return [f.quote for f in check_arithmetic(report) if f.rule == "sentence_parts_sum"]


def test_parts_of_counted_kinds_short_of_their_total_are_flagged() -> None:
    found = quotes("某市水务局主要有部门预算项目支出、专项预算支出二类支出，项目资金总预算为1366.5万元，"
                   "其中部门预算项目支出56.5万元，专项预算支出1300万元。")
    assert found == ["项目资金总预算为1366.5万元，其中部门预算项目支出56.5万元，专项预算支出1300万元"]


def test_the_count_may_be_said_in_a_sentence_of_its_own() -> None:
    found = quotes("本单位资金分为日常运转经费、业务工作经费两部分。全年资金共计300万元，其中日常运转经费120万元，"
                   "业务工作经费170万元。")
    assert len(found) == 1 and found[0].startswith("资金共计300万元")


@pytest.mark.parametrize("text", [
    # no count: 其中 may list some of the parts only
    "项目资金总预算为1366.5万元，其中部门预算项目支出56.5万元，专项预算支出1300万元。",
    # the count is of other things than the parts listed
    "本局主要有业务培训、宣传推广二类工作，项目资金总预算为1366.5万元，其中部门预算项目支出56.5万元，"
    "专项预算支出1300万元。",
    # three kinds counted, two listed: the third is left out of the list
    "本局有部门预算项目支出、专项预算支出、政府性基金支出三类支出，项目资金总预算为1366.5万元，"
    "其中部门预算项目支出56.5万元，专项预算支出1300万元。",
    # the parts make the total
    "本局主要有部门预算项目支出、专项预算支出二类支出，项目资金总预算为1356.5万元，其中部门预算项目支出"
    "56.5万元，专项预算支出1300万元。",
])
def test_no_finding_without_the_count_of_the_very_parts_listed(text: str) -> None:
    assert quotes(text) == []
