"""Session 72: classic 公文 confusions that blind labellers marked on pools 109–136 and the review missed — each a slip
wherever its pattern stands, with its reason (``data/typo_confusions.yaml``), and the right words its letters meet
left alone. Invented sentences."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confusions(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("先将我局2023年度绩效自评情况汇报如下：\n", "先将", "现将"),
    ("截至12月31日，上级补助资金现以拨付到位。\n", "以", "已"),
    ("开展文化市场检查，维护经济次序。\n", "经济次序", "经济秩序"),
    ("全年新建自愿服务站5个，开展活动30场。\n", "自愿", "志愿"),
    ("推动生态文明建议和体制改革。\n", "生态文明建议", "生态文明建设"),
    ("六、部门整体指出绩效评价分析\n", "整体指出", "整体支出"),
    ("资源探勘工业信息等支出12.5万元。\n", "资源探勘", "资源勘探"),
])
def test_the_slip_is_a_confusion_with_its_correction(text, quote, right):
    [(found, suggestion)] = _confusions(text)
    assert found == quote and right in suggestion


@pytest.mark.parametrize("text", [
    "我们先将资金拨付到乡镇，再由乡镇发放到户。\n",  # 先将 = first, with no 如下 after it
    "以拨付到位的资金为基数计算执行率。\n",  # 以…为…: a preposition
    "按照申报的先后次序排列，择优安排。\n",  # 次序: an order of succession
    "群众自愿参与，自愿服务他人的精神值得提倡。\n",  # 自愿 + 服务 + an object, no 站/队/者
    "我局就生态文明建设提出三条建议。\n",
    "审计报告整体指出了三个方面的问题。\n",  # 指出 = pointed out
    "开展矿产资源勘探工作。\n",
])
def test_the_same_letters_in_right_usage_are_left_alone(text):
    assert _confusions(text) == []
