"""Staff in post above the authorised posts, unless the paragraph explains staff outside the posts."""

from drafting.checks.staffing import check_staffing
from drafting.io.text_reader import read_text_string


def test_more_staff_in_post_than_posts_is_flagged_with_both_places():
    report = read_text_string("截至2024年12月31日，在职人员编制14人，其中：行政编制14人。在职实有29人，其中财政全供养29人。")
    [f] = check_staffing(report)
    assert f.quote == "29人" and f.related[0].quote == "14人"


def test_staff_outside_the_posts_explain_the_difference():
    report = read_text_string("核定编制14人，实有29人，其中聘用人员15人。")
    assert check_staffing(report) == []


def test_fewer_staff_than_posts_and_a_part_of_the_posts_are_fine():
    assert check_staffing(read_text_string("编制92人，实有75人。")) == []
    assert check_staffing(read_text_string("行政编制5人，事业编制9人，实有12人。")) == []
