"""Session 72: a 万元 figure written in 元 among the items of one 、 list (下达A110万元、B300元、C263万元) — the last dev miss
of the planted kind: the items of a list are alike whatever their head nouns (改造, 建设, 项目)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _units(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if "单位疑误" in f.message]


_LIST = "另外单独下达戴南高中校园供水系统改造110万元、董北实小校园建设{a}、新生中心小学基建项目263万元。\n"


def test_an_item_of_a_list_in_yuan_among_items_in_wan_yuan_is_reported():
    assert _units(_LIST.format(a="300元")) == ["300元"]


def test_the_same_list_in_one_unit_is_quiet():
    assert _units(_LIST.format(a="300万元")) == []


def test_a_rate_per_head_in_a_list_of_totals_is_no_slip():
    # 每人300元 is a standard: small on purpose
    assert _units(_LIST.format(a="每人300元")) == []


def test_amounts_parted_by_commas_are_no_list_and_need_a_kind_in_common():
    # 改造 / 建设 / 项目 name no one kind, and a comma parts clauses, not a list's items
    assert _units(_LIST.format(a="300元").replace("、", "，")) == []
