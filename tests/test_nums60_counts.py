"""A count against its list of units' names: where every name ends in its unit's kind (…中心, …队, …股), a
和/及 in the last name whose first half has no kind joins two fields of one unit's name, not two units."""

import pytest

from drafting.checks.arithmetic.counts import check_count_lists
from drafting.io.text_reader import read_text_string


def _counts(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in check_count_lists(read_text_string(text)) if f.rule == "count_list"]


@pytest.mark.parametrize("text", [
    "所属事业单位6个，分别为：城建服务中心、社会保障服务中心（加挂“退役军人服务站”牌子）、文化服务中心、"
    "综合执法队、生态环境和农业农村综合服务中心。",
    "内设5个科室：办公室、财务科、业务科、城乡规划及建设管理股。",
    "大队下设4个中队，分别是秩序中队、事故中队、宣传和法制教育中队。",
])
def test_a_name_joined_by_a_conjunction_among_names_with_kinds_is_one_unit(text):
    [(quote, message)] = _counts(text)
    assert quote in text and "列举了" in message and "或" not in message


@pytest.mark.parametrize("text", [
    "所属事业单位4个，分别为：城建服务中心、社会保障服务中心、文化服务中心、生态环境和农业农村综合服务中心。",
    "内设4个科室：办公室、财务科、业务科、城乡规划及建设管理股。",
    "下设4个中队：秩序中队、事故中队、宣传中队及车辆管理所。",  # 中队 then 所: two units
    "补助5个村：东村、西村、南村、北山和下河村。",  # names without a kind: the 和 may join two of them
])
def test_the_list_holding_the_count_is_silent(text):
    assert _counts(text) == []
