"""确实 for 切实 in a purpose clause (为确实做好…工作): 切实 says a thing is to be done in earnest, 确实
that a thing is so; the clause 为… opens is still to be done (issue 10, session 40; invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("为确实做好2023年度部门整体支出绩效自评工作，我局成立了领导小组。", "为确实", "为切实"),
    ("为了确实加强专项资金管理，制定本办法。", "为了确实", "为了切实"),
])
def test_queshi_heading_the_deed_of_a_purpose_clause_is_qieshi(text, quote, right):
    assert fixes(text) == {(quote, f"改为“{right}”")}


@pytest.mark.parametrize("text", [
    "因为确实做好了前期工作，项目进展顺利。",  # 因为: a cause, a thing that is so
    "经核查，该项目确实做好了前期准备。",
    "大家认为确实加强了管理。",
    "为切实做好绩效自评工作，成立领导小组。",
])
def test_queshi_saying_a_thing_is_so_is_left(text):
    assert fixes(text) == set()
