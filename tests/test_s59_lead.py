"""Session 59's lead fixes, each read on a fresh pool after its measure: a list item coined on its neighbour's
frame (禁养区、限养区及适养规划区) varies its first character on purpose, so 及适 is no slip of 及时."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "某县畜牧水产事务中心2021年度部门整体支出绩效自评报告\n一、部门基本情况\n"


def _rules(body: str, head: str = HEAD) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(head + body)).findings]


def test_an_item_coined_on_its_neighbours_frame_is_meant():
    found = _rules("明确划出我县规模养殖的禁养区、限养区及适养规划区，提升养殖产业水平。\n")
    assert not [q for r, q in found if r == "language.typo"]


def test_the_same_slip_outside_a_list_is_still_read():
    found = _rules("发现问题后及适整改，确保资金安全。\n")
    assert ("language.typo", "及适") in found
