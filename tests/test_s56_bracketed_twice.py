"""A name in brackets said again right after them (西部(重庆)重庆科学城): the bracket already names it (written on
pool64 p01, after its measure); one finding for every place of the same doubling."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _twice(text: str) -> list[tuple[str, int]]:
    return [(f.quote, len(f.related)) for f in check_language(read_text_string(text))
            if f.rule == "language.doubled_word" and "括号" in f.message]


def test_a_bracketed_name_said_again_after_its_bracket_is_one_finding():
    text = ("一、年度目标\n为西部(成都)成都科学城营造良好氛围。\n二、完成情况\n为西部(成都)成都科学城营造了良好氛围。\n")
    assert _twice(text) == [("(成都)成都", 1)]


def test_a_bracket_followed_by_other_words_is_right():
    text = "一、年度目标\n为西部(成都)科学城营造良好氛围,完成(一)项任务。\n"
    assert _twice(text) == []
