"""Session 75: a section's whole answer is written text though it makes no sentence — 无 (or 不涉及), or the
document it rests on (依据《…》) — so the section before a sibling answered so, left with nothing under it,
was left unwritten; and a section answered 无 is written, not empty."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县民政局2022年度孤儿基本生活保障资金项目绩效自评报告\n一、项目基本情况\n项目资金458.96万元，已全部支出。\n二、绩效目标完成情况\n"
_TAIL = "三、存在的问题和原因\n1.绩效理念有待提高。项目绩效理念有待加强。\n2.资金下达滞后。本级财政收入减少，资金下达较晚。\n"


def _empty(body: str) -> list[str]:
    found = review(read_text_string(_HEAD + body + _TAIL)).findings
    return [f.quote for f in found if f.rule == "structure.empty_heading"]


def test_a_section_before_a_sibling_answered_none_is_empty():
    body = ("1.执行率情况\n项目总预算458.96万元，决算支出458.96万元，执行率100%。\n"
            "2.完成的绩效目标\n3.未完成的绩效目标\n无\n")
    assert _empty(body) == ["2.完成的绩效目标"]


def test_a_section_before_a_sibling_citing_its_basis_is_empty():
    body = ("1.项目基本情况\n2.项目的实施依据\n依据《湖南省民政厅关于做好2022年孤儿基本生活保障工作的通知》\n"
            "3.项目主要内容\n资金用于发放孤儿基本生活费，按月足额发放到人。\n")
    assert _empty(body) == ["1.项目基本情况"]


def test_a_section_answered_none_is_written():
    body = ("1.执行率情况\n项目总预算458.96万元，决算支出458.96万元，执行率100%。\n"
            "2.完成的绩效目标\n全年保障孤儿315人，按月足额发放。\n3.未完成的绩效目标\n无\n")
    assert _empty(body) == []


def test_a_list_of_items_with_no_text_of_their_own_stays_quiet():
    body = "1.加强预算管理\n2.提高资金使用效益\n3.强化绩效监控\n"
    assert _empty(body) == []
