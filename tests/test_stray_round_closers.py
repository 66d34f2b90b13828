"""A round bracket closed that nothing opened, on a short line of a form (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _stray(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.message.startswith("多余的")]


def test_a_forms_subtitle_that_lost_its_opening_bracket_is_flagged():
    text = "部门整体支出绩效自评表\n\n（2023年度）\n\n单位名称\n\n某县文化馆\n\n预算年度\n\n2023年度）\n"
    assert _stray(text) == ["度）"]


@pytest.mark.parametrize("text", [
    "部门整体支出绩效自评表\n\n（2023年度）\n\n单位名称\n",  # opened on its own line
    "项目支出绩效自评表（\n2023年度）\n单位名称\n",  # opened on the line above: a line broken inside the bracket
    "一）项目概况\n二）资金情况\n",  # a list's markers close numerals
    "本项目由县文化馆实施，全年开展送戏下乡演出36场，覆盖全县12个乡镇的群众。其中省级补助资金到位）\n",  # a long line
])
def test_a_bracket_opened_above_a_list_marker_or_a_long_line_is_left_alone(text):
    assert _stray(text) == []
