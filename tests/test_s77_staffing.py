"""Session 77: staff in post above the posts, as real pages write the posts — 编制数共计20名, a kind's posts
counted as 个 (行政编制1个) — and 协管工作 (a duty) is no word for staff outside the posts."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某市信访局2021年度部门整体支出绩效自评报告\n一、部门基本情况\n"


def _over(body: str) -> list[str]:
    report = read_text_string(_HEAD + body + "\n")
    return [f.message for f in review(report).findings if f.rule == "staffing.over_posts"]


def test_posts_said_with_gongji_are_read():
    found = _over("2021年在职人员编制数共计20名,2021年末实有人数31人,其中:在职26人,退休5人。")
    assert found and "26人" in found[0] and "20人" in found[0]


def test_posts_within_their_number_give_no_finding():
    assert _over("2021年在职人员编制数共计30名,2021年末实有人数31人,其中:在职26人,退休5人。") == []


def test_a_kinds_posts_counted_as_ge():
    found = _over("本单位行政编制 1 个,事业编制 2 个,实有行政编制人员 3 人,合计在岗人数为 2 人。")
    assert found and "行政编制数1" in found[0]
    assert _over("本单位行政编制 3 个,事业编制 2 个,实有行政编制人员 3 人。") == []


def test_bianzhi_as_a_verb_counts_no_posts():
    """编制3个规划 is drawing up three plans: no posts are counted (a kind's 编制 alone may take 个)."""
    assert _over("本年编制3个专项规划，实有人员8人。") == []


def test_a_duty_of_co_managing_cadres_explains_no_excess():
    duty = "做好团基层干部的协管工作。"
    assert _over(duty + "本单位行政编制 1 个,实有行政编制人员 3 人。")
    assert _over("聘用协管员2人。本单位行政编制 1 个,实有行政编制人员 3 人。") == []


def test_staff_said_with_gongji_are_read():
    found = _over("核定编制20名,实有人员共计26人。")
    assert found and "26人" in found[0]


def test_posts_given_only_by_kind_are_summed():
    """局机关定行政编制10名，全额拨款事业编制36名: with no total written, the unit's posts are 46."""
    found = _over("局机关定行政编制10名,全额拨款事业编制36名,实有在岗人数50名,退休人员2名。")
    assert found and "50人" in found[0] and "46人" in found[0]
    assert _over("局机关定行政编制10名,全额拨款事业编制36名,实有在岗人数33名,退休人员8名。") == []


def test_summed_kinds_read_only_where_they_are_all_the_posts():
    """Another kind of posts (差额编制, masked XX) makes the sum no total; a kind inside another (其中) is
    counted once; two figures of one kind are two bodies' posts; staff outside the posts or retired explain."""
    assert _over("行政编制10名,事业编制6名,自收自支编制XX名,实有人员40人。") == []
    assert _over("行政编制10名,其中工勤编制2名,事业编制6名,实有人员15人。") == []
    assert _over("机关行政编制10名,派出所行政编制20名,事业编制6名,实有人员30人。") == []
    assert _over("行政编制10名,事业编制6名,实有人员20人,其中聘用人员4人。") == []
    assert _over("行政编制10名,事业编制6名,实有人员20人,退休人员5人。") == []
    assert _over("核定行政编制XX名,机关工勤编制1名、事业编制103名。实有干部职工120人。") == []  # a kind's posts not told


def test_ge_before_a_noun_counts_offices_not_posts():
    assert _over("核定行政编制3个科室,实有行政编制人员5人。") == []
