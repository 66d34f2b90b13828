"""A roster after a post and its colon (成员：何作凡、李伟、黄英) lists people: each item of two or three characters,
up to a mark or the line's end, is a name whatever its surname, and no slip is read in it (何作 is no 合作). A
traditional copy's roster (成員：) heads its names as the simplified one does: the typo check reads such a copy as
written, so the names' protection reads it as simplified. Prose after a post is read as ever. Invented wording."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _typos(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.typo"]


_HEAD = "一、项目组织\n为做好监测工作，成立领导小组，负责协调各项工作。\n"


def test_every_name_of_a_roster_after_a_post_is_a_name_whatever_its_surname():
    text = _HEAD + "组长：黄时勇\n副组长：罗宗宾、甘晓琴\n成员：李启新、何作凡、李伟、黄英\n"
    assert _typos(text) == []


def test_a_roster_parted_by_spaces_is_a_roster_too():
    text = _HEAD + "组长：黄时勇\n成员：李启新 何作凡 李伟\n"
    assert _typos(text) == []


def test_a_traditional_copys_roster_is_read_as_the_simplified_one():
    text = ("一、項目組織\n為做好監測工作，成立領導小組，負責協調各項工作，確保資金規範使用。\n"
            "組長：黃時勇\n副組長：羅宗賓、甘曉琴\n成員：李啟新、何作凡、李偉、黃英\n")
    assert _typos(text) == []


def test_a_slip_in_prose_after_the_roster_is_still_read():
    text = _HEAD + "成员：李启新、何作凡、李伟、黄英\n各成员单位要加强何作，按期完成监测任务。\n"
    assert _typos(text) == ["何作"]
