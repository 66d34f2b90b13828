"""A whole sentence from another paragraph pasted between two items of a 、-list is a splice; a list
whose items stay short, a numbered point, and a list that closes before a repeated sentence stay quiet.
Invented texts."""

from drafting.checks.splice_lists import find_list_splices
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.review import review

AGED = "高龄津贴按照每人每月100元标准发放，全年惠及老人3200人。"
SHORT = "高龄津贴按照每人每月100元标准发放。"
HEAD = "某某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）年度工作\n"
TAIL = "\n二、绩效自评结论\n经自评，本年度得分95分。\n"


def text(service: str, *more: str) -> str:
    return HEAD + service + "\n" + "\n".join(more) + TAIL


def splices(body: str):
    return find_list_splices(read_text_string(body))


def test_a_sentence_pasted_between_two_list_items_is_a_splice():
    host = f"居家养老服务中心提供助餐、{AGED}文体娱乐、日间照料等服务，全年服务老人1.2万人次。"
    r = read_text_string(text(host, AGED))
    [f] = find_list_splices(r)
    assert f.kind == Kind.SPLICED_TEXT and f.severity == Severity.WARNING
    assert f.rule == "redundancy.splice_list"
    assert f.location.quote == AGED
    assert [x.label for x in f.related] == ["插入起点", "插入终点", "相同文字"]
    assert "提供助餐、文体娱乐" in f.suggestion
    for x in [f.location, *f.related]:
        assert x.quote == r.quote(x.location)


def test_a_short_sentence_with_a_figure_and_its_stop_is_a_splice_too():
    host = f"服务内容包括助餐、{SHORT}文体娱乐等，覆盖全县12个乡镇。"
    assert [f.location.quote for f in splices(text(host, "为落实政策，" + SHORT))] == [SHORT]


def test_the_pasted_sentence_without_its_stop_is_a_splice():
    host = f"服务内容包括助餐、{AGED[:-1]}文体娱乐、日间照料等。"
    assert [f.location.quote for f in splices(text(host, AGED))] == [AGED[:-1]]


def test_the_review_reports_it_once():
    host = f"居家养老服务中心提供助餐、{AGED}文体娱乐、日间照料等服务，全年服务老人1.2万人次。"
    found = [f for f in review(read_text_string(text(host, AGED))).findings if f.kind == Kind.SPLICED_TEXT]
    assert [f.rule for f in found] == ["redundancy.splice_list"]


def test_the_same_list_without_the_pasted_sentence_is_quiet():
    host = "居家养老服务中心提供助餐、文体娱乐、日间照料等服务，全年服务老人1.2万人次。"
    assert splices(text(host, AGED)) == []


def test_a_list_whose_last_item_is_the_repeated_sentence_and_then_ends_is_quiet():
    host = f"全年开展助餐服务、{AGED}"
    assert splices(text(host, "文体娱乐、日间照料等服务稳步推进。", AGED)) == []


def test_a_numbered_point_is_no_list_item():
    body = HEAD + f"一、{AGED}十二、日间照料等服务稳步推进。\n{AGED}" + TAIL
    assert splices(body) == []


def test_a_long_name_repeated_as_a_list_item_is_quiet():
    name = "城乡居民最低生活保障资金发放工作"
    host = f"重点做好特困供养、{name}、临时救助等工作。"
    assert splices(text(host, f"{name}。")) == []


def test_a_sentence_repeated_in_the_same_paragraph_is_left_to_the_repeat_checks():
    host = f"提供助餐、{AGED}文体娱乐、日间照料等服务。{AGED}"
    assert splices(HEAD + host + TAIL) == []


def test_a_new_point_after_the_sentence_is_no_list_going_on():
    host = f"一是做好助餐、{AGED}二是低保、特困供养等救助工作。"
    assert splices(text(host, AGED)) == []


def test_the_clause_marks_found_in_c_are_every_comma_and_colon_of_any_width():
    """The index reads clause starts with one pattern; it must know every character ``to_halfwidth`` makes a
    comma or a colon, and no other."""
    from drafting.checks.splice_lists import _CLAUSE_MARK
    from drafting.numbers.textnorm import to_halfwidth
    wanted = {chr(c) for c in range(0x10000) if to_halfwidth(chr(c)) in (",", ":")}
    assert {chr(c) for c in range(0x10000) if _CLAUSE_MARK.fullmatch(chr(c))} == wanted
