"""The department form's year funds split by source (按收入性质分) and by use (按支出性质分): one sum told twice."""

import pytest

from drafting.checks.arithmetic.tables import check_arithmetic
from drafting.io.text_reader import read_text_string


def _form(income: str, spending: str, general: str, basic: str, project: str, other: str, extra: str = "") -> str:
    return ("某局2023年度部门整体支出绩效自评表\n年度资金总额\n\n" f"按收入性质分:{income}\n\n按支出性质分:{spending}\n\n"
            f"其中: 一般公共预算:{general}\n\n其中:基本支出:{basic}\n\n政府性基金拨款:\n\n项目支出:{project}\n\n"
            f"纳入专户管理的非税收入拨款:\n\n其他资金:{other}\n\n{extra}年度总体目标\n完成全年工作任务。\n")


def _found(text: str):
    return [(f.rule, f.quote) for f in check_arithmetic(read_text_string(text)) if f.rule == "funds_by_nature"]


@pytest.mark.parametrize(("text", "quote"), [
    (_form("2030.12", "1925.67", "1325.68", "900.47", "1025.20", "704.44"), "1925.67"),  # both stated
    (_form("", "", "1873.66万元", "1768.16万元", "2985.5万元", "2870万元"), "1873.66"),  # both left to their lines
    (_form("4753.66", "", "1873.66", "1768.16", "2975.5", "2880"), "4753.66"),  # one stated, the other summed
    ("| 按收入性质分：500.00 | 按支出性质分：480.00 |\n| 一般公共预算：500.00 | 基本支出：300.00 |\n"
     "| 其他资金： | 项目支出：180.00 |\n", "480.00"),  # a table's cells
])
def test_the_two_splits_of_the_years_funds_that_differ_are_found(text, quote):
    assert _found(text) == [("funds_by_nature", quote)]


@pytest.mark.parametrize("text", [
    _form("2030.12", "2030.12", "1325.68", "900.47", "1129.65", "704.44"),
    _form("", "", "1873.66万元", "1768.16万元", "2985.5万元", "2880万元"),
    _form("2030.1", "2030.12", "1325.68", "900.47", "1129.65", "704.44"),  # agree at the coarser precision
    # an income line the check does not read (上年结转): the income side's sum may miss it
    _form("", "", "1873.66", "1768.16", "2985.5", "2870", "上年结转:10\n\n"),
    _form("2030.12", "", "", "", "", ""),  # one side only
    _form("2030.12万元", "20301200元", "", "", "", ""),  # two units: not read
    "按收入性质分：2030.12\n其中：一般公共预算：2030.12\n年度总体目标\n",  # no 按支出性质分
])
def test_splits_that_agree_or_cannot_be_read_whole_are_left(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    # the year's income and its spending, each split its own way: two sums, which may differ by a balance
    "2022年度本年收入按收入性质分：一般公共预算：500.00万元，其他资金：10.00万元。\n"
    "本年支出按支出性质分：基本支出：400.00万元，项目支出：80.00万元。年末结转结余30.00万元。\n",
    "年初预算按收入性质分：一般公共预算：320.00万元，其他资金：15.00万元；按支出性质分：基本支出：280.00万元，项目支出：40.00万元。\n",
])
def test_splits_of_two_sums_named_before_their_labels_are_left(text):
    assert _found(text) == []
