"""A word cut short before its figure that the report writes so for a sibling is the writer's short form
(pool62 p24; the 编 of 编制 counted by kind on pool62 p17 and pool63 p05 too; session 60).

总编制32个，其中行政编28个、工勤编4个: the posts counted by kind, each by the short form 编; the longer 行政编制
written once elsewhere does not make 行政编 a word cut short. A slip strikes one word at one place: a second
word ending in the same lone character before its figure shows the writer's habit — unless that word is a
common one of its own (汇编 3册 says nothing of 编).
"""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "一、部门基本情况\n\n本办为县政府工作部门。全办现有在职人员45人。根据三定方案,总编制32个,"
_TAIL = "县级领导行政编制单列,按实际情况核定。\n\n二、部门整体支出情况\n\n2020年部门支出总额为1265.3万元。\n"


def _dropped(text: str) -> list[str]:
    result = review(read_text_string(text))
    findings = result.findings if hasattr(result, "findings") else result
    return [f.quote for f in findings if f.rule == "language.dropped"]


def test_posts_counted_by_kind_in_the_short_form_are_no_cut_word():
    assert _dropped(_HEAD + "其中行政编28个、工勤编4个," + _TAIL) == []


def test_a_space_before_the_figures_changes_nothing():
    assert _dropped(_HEAD + "其中行政编 28 个、工勤编 4 个," + _TAIL) == []


def test_the_short_form_written_once_is_still_read_as_cut_short():
    assert _dropped(_HEAD + "其中行政编28个," + _TAIL) == ["行政编"]


def test_a_common_word_ending_in_the_character_is_no_sibling():
    assert _dropped(_HEAD + "其中行政编28个,印发政策汇编3册," + _TAIL) == ["行政编"]
