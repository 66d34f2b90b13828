"""行政工勤 posts inside the 行政 posts' own breakdown (行政编制10人（含行政工勤编制1人）) are part of them:
the staff's like breakdown (实有行政人员12人（含行政工勤人员1人）) counts alike, and staff above the posts
are flagged. Where the 工勤 posts stand beside the 行政 ones, or the staff's breakdown names another kind,
the 行政人员 may count other people and nothing is said. Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"


def _staff(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(H + text)).findings if f.rule.startswith("staffing")]


@pytest.mark.parametrize("text", [
    "本局年末核定人员编制8人。其中：行政编制8人（含行政工勤编制2人）；在职在编实有行政人员11人（含行政工勤人员2人）。退休人员4人。\n",
    "核定行政编制15名（其中：行政工勤编制3名），实有行政人员17名（含行政工勤人员3名）。\n",
])
def test_staff_above_posts_that_include_the_office_workers_are_flagged(text):
    found = _staff(text)
    assert [rule for rule, _ in found] == ["staffing.over_posts"]
    assert found[0][1] in ("11人", "17名")


@pytest.mark.parametrize("text", [
    # the 工勤 posts beside the 行政 ones: 行政人员 may count them
    "核定行政编制8名，行政工勤编制2名，实有行政人员10人（含行政工勤人员2人）。\n",
    # fewer staff than posts
    "核定行政编制15名（含行政工勤编制3名），实有行政人员14名（含行政工勤人员3名）。\n",
    # the staff's breakdown names another kind than the posts include
    "核定行政编制15名（含行政工勤编制3名），实有行政人员17名（含参照公务员法管理事业单位人员4人）。\n",
    # the excess explained
    "核定行政编制15名（含行政工勤编制3名），实有行政人员17名（含行政工勤人员3名），另有借调人员2名。\n",
])
def test_office_workers_beside_the_posts_fewer_or_other_kinds_are_not(text):
    assert _staff(text) == []
