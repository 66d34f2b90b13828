"""A number said again where the next one belonged (四、四、六、) is one problem, told once (invented outlines)."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string


def _numbering(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.quote, f.suggestion) for f in check_structure(read_text_string(text))
            if f.rule.startswith("structure.numbering")]


def test_a_repeat_followed_by_the_number_after_the_missing_one_is_one_finding_naming_the_right_number():
    text = ("一、部门基本情况\n正文。\n二、一般公共预算支出情况\n正文。\n三、政府性基金预算支出情况\n正文。\n"
            "四、国有资本经营预算支出情况\n正文。\n四、社会保险基金预算支出情况\n正文。\n六、部门整体支出绩效情况\n正文。\n")
    assert _numbering(text) == [("structure.numbering_repeat", "四、", "改为“五、”")]


def test_a_repeat_and_a_wider_gap_are_two_problems():
    text = "（一）甲\n正文。\n（二）乙\n正文。\n（二）丙\n正文。\n（五）丁\n正文。\n"
    assert [r for r, _, _ in _numbering(text)] == ["structure.numbering_repeat", "structure.numbering_gap"]
