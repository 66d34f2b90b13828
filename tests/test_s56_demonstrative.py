"""The demonstrative 该 before what it counts or names (该项目, 该笔资金, 该村) is a word's start: the character
before it stands alone (因 | 该项目为…), so 因该 there is no slip for 应该 (pool65 p16, after its measure)."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _typos(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text))]


@pytest.mark.parametrize("sentence", [
    "因该项目为革命文物展陈,展陈方案需通过省委宣传部审核。",
    "因该笔资金到位较晚,项目延期至次年完成。",
    "因该村距离较远,施工期延长。",
])
def test_because_then_this_project_is_no_slip(sentence):
    assert "因该" not in _typos("一、项目实施情况\n" + sentence + "\n")


def test_because_typed_for_should_before_a_verb_is_still_found():
    assert "因该" in _typos("一、存在的问题\n我们因该加强资金管理,提高使用效率。\n")
