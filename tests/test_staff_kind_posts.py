"""Staff in one kind of posts above that kind's posts (核定行政编制15名，实有行政编制人员18人; 事业编制核定数
35名。实有事业人员38名), in one paragraph. Silent where the staff are fewer, explained (借调, 超编), where
the kind has no posts and its staff are named without 编制 (office staff of a 事业单位), or where the
paragraph gives that kind's posts of two bodies. Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"


def _staff(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(H + text)).findings if f.rule.startswith("staffing")]


@pytest.mark.parametrize(("text", "quote"), [
    ("本单位核定行政编制15名，实有行政编制人员18人。\n", "18人"),
    ("本单位核定行政编制15名，实有行政人员18人。\n", "18人"),
    ("事业编制核定数35名。实有事业人员38名、离退休人员29名。\n", "38名"),
    ("截至2025年末，行政编制24人，在职在编实有行政人员26人，退休5人。\n", "26人"),
    ("局机关行政编制10名，实有行政人员8人；下属中心事业编制20名，实有事业人员25人。\n", "25人"),
])
def test_staff_of_a_kind_above_its_posts_are_flagged(text, quote):
    assert _staff(text) == [("staffing.over_posts", quote)]


@pytest.mark.parametrize("text", [
    "截至2025年末，行政编制24人，在职在编实有行政人员13人，退休5人。\n",
    "事业编制核定数35名。实有事业人员32名、离退休人员29名。\n",
    "核定行政编制15名，实有行政人员18人（含借调3人）。\n",
    "核定行政编制15名，实有行政人员18人，超编3人。\n",
    "机关行政编制10名，派出所行政编制20名，实有行政人员25人。\n",
    "核定行政编制0名，事业编制12名，实有行政人员2人，事业人员10人。\n",
    "本单位核定行政编制15名，实有人员18人。\n",
])
def test_fewer_explained_unposted_or_several_bodies_staff_are_not(text):
    assert _staff(text) == []


@pytest.mark.parametrize("text", [
    # 行政人员 may be the office's whole staff: another kind's posts named beside, all posts cover them
    "核定行政编制15名、工勤编制3名，实有行政人员18人，退休人员6人。\n",
    # the staff's own breakdown names another kind
    "机关行政编制15名，实有行政人员18人（含参照公务员法管理事业单位人员4人）。\n",
    "核定事业编制20名，实有事业人员23人，其中行政人员3人。\n",
])
def test_staff_named_loosely_by_a_kind_that_may_hold_other_posts_are_left_alone(text):
    assert _staff(text) == []


def test_staff_above_all_the_posts_named_or_named_with_their_posts_kind_are_still_told():
    assert [q for _, q in _staff("核定行政编制15名、工勤编制3名，实有行政人员20人。\n")] == ["20人"]
    assert [q for _, q in _staff("核定行政编制15名、工勤编制3名，实有行政编制人员18人。\n")] == ["18人"]
