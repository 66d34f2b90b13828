"""A clause that opens by pointing back (该工程…, 其资金…) said in two sentences about two members of a series is
each member described alike, not a paste; the same clause pasted into one subject's sentences is still one."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

_CLAUSE = "该工程资金使用衔接推进乡村振兴补助资金和县级配套资金"


def _repeats(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.repeated_sentence"]


def test_two_members_of_a_series_described_alike_are_no_repeat():
    text = (f"一期工程涉及东镇等三个乡镇，{_CLAUSE}，主要建设道路12公里。"
            f"二期工程覆盖西镇五个村，{_CLAUSE}，主要建设桥梁2座。\n")
    assert _repeats(text) == []


def test_a_clause_pointing_back_pasted_into_the_same_opening_is_still_reported():
    text = (f"一期工程涉及东镇等三个乡镇，{_CLAUSE}，主要建设道路12公里。"
            f"一期工程涉及东镇等三个乡镇，{_CLAUSE}，主要建设桥梁2座。\n")
    assert _repeats(text) == [f"一期工程涉及东镇等三个乡镇，{_CLAUSE}"]


def test_a_clause_that_does_not_point_back_is_still_reported():
    clause = "工程资金全部使用衔接推进乡村振兴补助资金和县级配套资金"
    text = (f"一期工程涉及东镇等三个乡镇，{clause}，主要建设道路12公里。"
            f"二期工程覆盖西镇五个村，{clause}，主要建设桥梁2座。\n")
    assert _repeats(text) == [clause]
