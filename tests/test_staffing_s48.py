"""Staff in post above the posts where the posts are named by their one kind (核定全额拨款事业编制25名) or the
staff field is labelled 实有在编 (session 48, issue #9). Invented texts."""

import pytest

from drafting.checks.staffing import check_staffing
from drafting.io.text_reader import read_text_string


def _over(text: str) -> list[str]:
    return [f.quote for f in check_staffing(read_text_string(text)) if f.rule == "staffing.over_posts"]


def test_in_post_staff_above_a_units_only_kind_of_posts_are_reported():
    assert _over("县水文站核定全额拨款事业编制18名，年末在职在编人员21名，退休人员6名。\n") == ["21名"]


@pytest.mark.parametrize("text", [
    "县水文站核定全额拨款事业编制18名，年末在职在编人员16名。\n",            # within the posts
    "县水文站核定行政编制4名、事业编制18名，年末在编人员21名。\n",           # two kinds: 22 posts in all
    "县水文站核定事业编制18名，实有人员21名。\n",                            # 实有 may count staff outside the posts
    "县水文站核定事业编制18名，在编人员21名，其中编外聘用3名。\n",            # the excess explained
])
def test_staff_within_or_beside_more_than_one_kind_of_posts_are_left_alone(text):
    assert _over(text) == []


def test_a_form_field_labelled_shiyou_zaibian_is_the_staff_in_post():
    assert _over("编制数\n16\n实有在编\n19\n退休人员\n5\n") == ["19"]
    assert _over("编制数\n16\n实有在编\n15\n退休人员\n5\n") == []
