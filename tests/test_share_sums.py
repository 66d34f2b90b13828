"""Shares of one whole listed in one sentence add to at most 100% (checks/arithmetic/share_sums.py)."""

import pytest

from drafting.checks.arithmetic.sentence_rates import check_sentence_rates
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string


def share_findings(text: str):
    return [f for f in check_sentence_rates(read_text_string(text)) if f.rule == "sentence_share_sum"]


def test_parts_of_one_whole_whose_shares_add_to_more_than_all_of_it_are_reported_once():
    [f] = share_findings("2023年部门支出合计860万元，其中人员经费占60%、公用经费占30%、项目经费占15%。")
    assert f.severity is Severity.WARNING
    assert f.location.quote == "15%" and {r.quote for r in f.related} == {"60%", "30%"}
    assert "105%" in f.message and "60% + 30% + 15% = 105%" in f.evidence
    assert "人员经费60%" in f.message and "项目经费15%" in f.message


def test_shares_after_amounts_naming_the_same_whole_are_added_as_parts():
    [f] = share_findings("本年支出中，基本支出512.30万元，占总支出的63.5%；项目支出295.10万元，占总支出的38.2%。")
    assert f.location.quote == "38.2%" and "101.7%" in f.message


@pytest.mark.parametrize("text", [
    # shares that add to 100%, or just over it by the rounding of each share as shown
    "其中人员经费占60%、公用经费占30%、项目经费占10%。",
    "其中中央资金占33.4%、省级资金占33.3%、县级资金占33.4%。",
    # shares of wholes named differently: 全县 and 全省 are two wholes
    "其中农村低保对象占全县的60%，城市低保对象占全省的45%。",
    # a list nested in a part: the sub-list's shares are inside the part's
    "其中基本支出占60%，其中人员支出占50%、公用支出占10%。",
    # names of two classifications (sex, education) may overlap
    "在职职工45人，其中女性占60%，大专以上学历占80%。",
    # groups of people that end alike may overlap too: only money's parts by nature or source never do
    "在职职工45人，其中男性职工占55%，党员职工占60%。",
    "受益群众1.2万人，其中脱贫人口占40%、老年人口占70%。",
    # shares of two years are no parts of one whole
    "2022年项目支出占60%，2023年项目支出占65%。",
    # a change of a share is no share
    "其中人员经费占比提高60%，公用经费占比下降50%。",
    # a share told with its change is an indicator of its own; the next may be a part of it
    "全县普惠性幼儿园在园幼儿占比95.82%，比上年提高1.4个百分点；公办园在园幼儿占比59.33%。",
    # shares no whole introduces as a list: indicators told side by side, which may overlap
    "全县普惠性幼儿园在园幼儿占比95.82%；公办园在园幼儿占比59.33%。",
    # an approximate share is not added
    "其中人员经费约占70%，公用经费占30%，项目经费占15%。",
    # a percent that is no share in the same sentence: more than one list
    "预算执行率为95%，其中人员经费占60%，公用经费占45%。",
])
def test_shares_that_are_not_parts_of_one_whole_over_all_of_it_stay_quiet(text):
    assert share_findings(text) == []


def test_a_share_the_ratio_rule_already_corrects_is_not_reported_again():
    found = check_sentence_rates(read_text_string(
        "部门支出合计100万元，其中人员经费60万元，占60%；公用经费45万元，占54%。"))
    assert [f.rule for f in found if f.rule == "sentence_share_sum"] == []
    assert any(f.location.quote == "54%" for f in found)


# ---------------------------------------------------------------- a table's share column

def table_share_findings(text: str):
    from drafting.checks.arithmetic import check_arithmetic
    return [f for f in check_arithmetic(read_text_string(text)) if f.rule == "table_share"]


_TABLE = """2023年项目支出构成如下：
| 项目 | 金额（万元） | 占比（%） |
| --- | --- | --- |
| 设备购置 | 120.00 | {a} |
| 人员培训 | 50.00 | {b} |
| 宣传印刷 | 30.00 | {c} |
| 合计 | 200.00 | {t} |
"""


def test_a_share_column_cell_that_is_not_its_amount_over_the_total_row_is_reported():
    [f] = table_share_findings(_TABLE.format(a="60.00", b="35.00", c="15.00", t="100.00"))
    assert f.severity is Severity.WARNING and f.location.quote == "35.00"
    assert "50.00 ÷ 200.00 应为 25.00%" in f.message
    assert {r.quote for r in f.related} >= {"50.00", "200.00"}


@pytest.mark.parametrize(("a", "b", "c", "t"), [
    ("60.00", "25.00", "15.00", "100.00"),  # every share holds
    ("60", "25", "15", ""),  # a blank 合计 share, whole numbers
    ("60.0", "25.0", "15.0", "100.0"),
    ("30.00", "12.50", "7.50", "50.00"),  # a column of shares of another whole (合计 says 50%)
    ("50.00", "35.00", "15.00", "100.00"),  # most rows off: the column is over some other base
])
def test_a_share_column_that_holds_or_is_over_another_whole_stays_quiet(a, b, c, t):
    assert table_share_findings(_TABLE.format(a=a, b=b, c=c, t=t)) == []


def test_several_wrong_shares_of_one_table_are_one_finding():
    more = "| 差旅费 | 60.00 | 20.00 |\n| 会议费 | 40.00 | 13.33 |\n| 合计"
    text = _TABLE.replace("| 合计", more).replace("200.00 | {t}", "300.00 | {t}")
    [f] = table_share_findings(text.format(a="40.00", b="20.00", c="15.00", t="100.00"))
    assert "人员培训的占比写作 20.00" in f.message and "宣传印刷的占比写作 15.00" in f.message
    assert "50.00 ÷ 300.00 应为 16.67%" in f.message


def test_a_qizhong_row_whose_share_is_of_the_row_above_it_stays_quiet():
    text = _TABLE.replace("| 人员培训", "| 其中：进口设备 | 60.00 | 50.00 |\n| 人员培训")
    assert table_share_findings(text.format(a="60.00", b="25.00", c="15.00", t="100.00")) == []
