"""Staff of one kind named bare (行政人员17人, with no 实有/现有) beside that kind's posts (行政编制16名), in
prose or in a 其中 list under the staff in post: found above the posts. Silent where they are within the
posts, where the kind's people are the retired's or staff outside the posts, where another kind's staff are
not given apart (行政人员 may be all the office's), and where the report's staff above posts is already
found in total (one problem, one finding). Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _over(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in review(read_text_string(text)).findings if f.rule == "staffing.over_posts"]


@pytest.mark.parametrize("text", [
    "本局核定行政编制16名，事业编制5名。截至2023年底，行政人员17人，事业人员4人。\n",
    "本局核定行政编制16名、事业编制5名，实有在职人员20人，其中：行政人员17人，事业人员3人。\n",
    "本局核定行政编制16名、事业编制5名，实有在职人员20人，其中：行政编制人员17人，事业编制人员3人。\n",
])
def test_bare_kind_staff_above_their_posts_are_found(text):
    found = _over(text)
    assert [q for q, _ in found] == ["17人"]
    assert "17人" in found[0][1] and "16" in found[0][1]


@pytest.mark.parametrize("text", [
    "本局核定行政编制16名，事业编制5名。截至2023年底，行政人员15人，事业人员4人。\n",
    "本局核定行政编制16名、事业编制5名。离退休人员30人，其中：行政人员17人，事业人员13人。\n",
    "本局核定行政编制16名。全年组织培训行政人员120人次。\n",
    "本局核定行政编制16名、工勤编制3名，行政人员18人。\n",
    "本局核定行政编制16名、事业编制5名。行政人员17人（含借调1人），事业人员4人。\n",
    "本局核定行政编制16名。实有人员25人，其中行政人员15人，聘用人员10人。\n",
])
def test_within_posts_retired_loosely_named_or_explained_are_quiet(text):
    assert _over(text) == []


def test_staff_above_posts_found_in_total_is_not_found_again_by_kind():
    """40 in post for 36 posts is the problem; its 行政 part (23 for 13) is the same one, told again."""
    text = "本局核定编制36人，其中：行政编制13人，事业编制23人。实有人员40人，其中：行政编制人员23人，工勤2人，事业编制人员15人。\n"
    assert [q for q, _ in _over(text)] == ["40人"]


def test_a_kinds_posts_counted_as_bianzhi_renshu_are_no_staff():
    assert _over("本局核定行政编制16名。2024年调整后，行政编制人数18人。\n") == []
