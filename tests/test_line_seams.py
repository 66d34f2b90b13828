"""A character or word typed twice across a line break inside a sentence (PDF text, a form's wide cell,
broken at the page's width): a check that reads one line at a time never sees it (issue 10, session 40;
invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

_SLIPS = {"language.doubled_word", "language.doubled_char"}


def _doubled(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_language(read_text_string(text)) if f.rule in _SLIPS]


@pytest.mark.parametrize(("text", "found"), [
    ("根据县财政局的统一部署和有关要求，根据\n根据县财政局要求，我局开展了部门整体支出绩效自评工作。",
     ("language.doubled_word", "根据")),
    ("为进一步规范财政资金管理，切实加强\n加强预算绩效管理，特制定本办法。", ("language.doubled_word", "加强")),
    ("按照县委县政府的统一部署，认真做好各项工作，全面\n全面完成年度目标任务。", ("language.doubled_word", "全面")),
    ("项目资金主要用于购置办公设备，采购的\n的设备已全部投入使用。", ("language.doubled_char", "的")),
    ("县财政局下达资金50万元，主要用于农村公路养护，其中县级\n级配套资金10万元。", ("language.doubled_char", "级")),
])
def test_a_copy_typed_again_after_a_line_break_is_found(text, found):
    assert _doubled(text) == [found]


@pytest.mark.parametrize("text", [
    "按照县委县政府的统一部署，认真做好各项工作，全面\n面向社会公开招聘工作人员。",  # 全面 | 面向: two words
    "经县人力资源和社会保障局党组会议研究，由县人社局\n局长担任领导小组组长。",  # 人社局局长 is said
    "成立了以局长为组长的领导小组，组长\n长期负责绩效管理工作。",
    "评价方式：部门（单位）绩效自评\n评价机构：部门（单位）",  # a form's fields, one a line
    "自评\n评价机构",  # short lines: a form's cells
    "一、根据\n根据县财政局要求开展自评。",  # no clause mark: a heading or a cell, not prose
    "全年共组织开展各类培训，累计培训人员一千二百人次。\n次年继续开展培训。",  # the line ends the sentence
])
def test_words_that_only_meet_at_a_break_are_left(text):
    assert _doubled(text) == []
