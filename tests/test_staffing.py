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


def test_posts_and_staff_on_neighbouring_field_lines_of_a_form_are_compared():
    [f] = check_staffing(read_text_string("单位名称：某县司法局\n编制人数：35人\n实有人数：38人\n"))
    assert f.quote == "38人" and [r.quote for r in f.related] == ["35人"]


def test_field_lines_far_apart_or_explained_are_left_alone():
    far = "编制人数：35人\n单位地址：某县某路1号\n联系电话：0731-1234567\n负责人：张三\n实有人数：38人\n"
    explained = "编制人数：35人\n实有人数：38人\n其中编外聘用人员：3人\n"
    assert check_staffing(read_text_string(far)) == []
    assert check_staffing(read_text_string(explained)) == []


def test_staff_counted_as_paid_from_the_units_own_money_explain_an_excess_over_the_posts():
    # a hospital: posts for part of its staff, the rest paid from its own income
    said = "在职人员编制150人,其中事业编制150人。在职实有420人,其中:财政差额补助140人,单位资金保障280人。"
    assert check_staffing(read_text_string(said)) == []
    # a breakdown that leaves the excess unexplained is still a finding
    short = said.replace("财政差额补助140人,单位资金保障280人", "财政差额补助400人,单位资金保障20人")
    [f] = check_staffing(read_text_string(short))
    assert f.location.quote == "420人"


def test_staff_in_post_counted_with_the_retired_are_compared_by_their_in_post_part():
    # 实有 here counts the retired too: only the 在职 part holds posts
    retired = "人员编制40人（行政编制8人、事业编制32人），年末实有75人，其中在职人员39人，离休2人，退休34人。"
    assert check_staffing(read_text_string(retired)) == []
    # an in-post part above the posts is still a finding, quoted at the in-post figure
    [f] = check_staffing(read_text_string(retired.replace("在职人员39人", "在职人员45人").replace("退休34人", "退休28人")))
    assert f.quote == "45人" and f.related[0].quote == "40人"


def test_retired_staff_counted_beside_a_staff_figure_explain_its_excess():
    """实有 often counts the retired (实有人员41人，其中：行政人员18人，事业人员9人，退休人员14人): they hold
    no posts, so 41 over 编制28 is no excess when the retired named there cover it."""
    for text in ("本所编制28人，实有人员41人，其中：行政人员18人，事业人员9人，退休人员14人。",
                 "本所编制28人，实有人员41人（在职27人，退休14人）。",
                 "本所核定编制28人，实有在职在编27人，另有退休人员14人，实有人数41人。"):
        assert check_staffing(read_text_string(text)) == []
    # retired staff too few to cover the excess leave it flagged
    [f] = check_staffing(read_text_string("本所编制28人，实有人员41人，其中：行政人员20人，事业人员17人，退休人员4人。"))
    assert f.quote == "41人"


def test_staff_of_several_units_are_held_to_the_posts_of_them_all():
    """机关编制9人，下属中心编制16人，全局实有23人: the first 编制 is one unit's; the staff are the whole's."""
    assert check_staffing(read_text_string("局机关编制9人，下属中心编制16人，全局实有人员23人。")) == []
    assert check_staffing(read_text_string("机关编制9人，所属中心编制16人，合计编制25人，实有23人。")) == []
    [f] = check_staffing(read_text_string("局机关编制9人，下属中心编制16人，全局实有人员31人。"))
    assert f.quote == "31人"


def test_staff_said_to_be_in_post_do_not_count_the_retired_beside_them():
    """在职实有25人 are in post by their own words; the 离退休人员 after them (counted once, not as 离退休
    plus 离休 plus 退休) explain nothing."""
    text = ("编制12人，其中：行政编制12人。在职实有25人，其中：财政全供养25人。离退休人员9人，其中：离休0人，退休9人。")
    [f] = check_staffing(read_text_string(text))
    assert f.quote == "25人"
    # a bare 实有 figure with enough retired named beside it may count them
    assert check_staffing(read_text_string(text.replace("在职实有25人", "实有25人").replace("9人", "13人"))) == []


def test_a_header_row_and_its_value_row_flattened_one_cell_per_line_are_paired_by_position():
    """Invented: a 基础数据表's staff row copied as text, the group's title, three header cells, three values."""
    head = "某镇2024年度部门整体支出绩效评价基础数据表\n财政供养人员情况（人）\n编制数\n2024 年实际在职人数\n控制率\n"
    [f] = check_staffing(read_text_string(head + "38\n41\n107.89%\n经费控制情况（万元）\n"))
    assert f.quote == "41" and [r.quote for r in f.related] == ["38", "107.89%"]  # the form's 控制率 too
    # within the posts
    assert check_staffing(read_text_string(head + "38\n35\n92.11%\n经费控制情况（万元）\n")) == []
    # a value missing (an empty cell dropped): the positions no longer pair, nothing is read
    assert check_staffing(read_text_string(head + "41\n107.89%\n经费控制情况（万元）\n")) == []
    # staff outside the posts named in the header explain the excess
    explained = head.replace("控制率", "其中编外聘用人数") + "38\n41\n3\n"
    assert check_staffing(read_text_string(explained)) == []


def test_a_note_after_a_flattened_staff_row_explains_its_excess():
    """Invented: the row's values, then a note under the form naming staff outside the posts."""
    head = "某镇2024年度部门整体支出绩效评价基础数据表\n财政供养人员情况（人）\n编制数\n2024年实际在职人数\n控制率\n"
    assert check_staffing(read_text_string(head + "35\n38\n108.57%\n说明：实际在职人数含借调人员3人。\n")) == []


def test_a_flattened_row_with_staff_of_two_years_holds_the_latest_to_the_posts():
    """Invented: last year's staff above the posts, this year's within them — the posts are this year's."""
    head = ("某镇2024年度部门整体支出绩效评价基础数据表\n财政供养人员情况（人）\n编制数\n2023年实际在职人数\n"
            "2024年实际在职人数\n")
    assert check_staffing(read_text_string(head + "46\n50\n45\n经费控制情况（万元）\n")) == []
    [f] = check_staffing(read_text_string(head + "46\n45\n50\n经费控制情况（万元）\n"))
    assert f.quote == "50"


def test_the_ratio_a_staff_form_states_beside_its_counts_is_a_place_of_the_same_excess():
    """Invented: the form's own 控制率 says the excess a third time; the one finding lists it too."""
    lines = "某镇2024年度部门整体支出绩效评价基础数据表\n财政供养人员情况（人）\n编制数\n2024年实际在职人数\n控制率\n38\n41\n107.89%\n"
    [f] = check_staffing(read_text_string(lines))
    assert f.quote == "41" and [r.quote for r in f.related] == ["38", "107.89%"]
    table = "| 编制数 | 实有人数 | 编制使用率 |\n|---|---|---|\n| 20 | 23 | 115% |\n"
    [f] = check_staffing(read_text_string("某局2024年度部门整体支出绩效自评报告\n" + table))
    assert f.quote == "23" and [r.quote for r in f.related] == ["20", "115%"]
