"""The patterns written for speed find exactly what their plain forms find (issue 14: start-up and CPU).

A look-ahead, a look-behind or a possessive repeat added so that a search passes over a place at once must never
change a match: each fast pattern is compared with the plain one it replaced, over invented texts built to hit
their edges (runs of Chinese characters just under, at and over each bound, marks before and after)."""

from __future__ import annotations

import itertools
import re

from drafting.checks import cut_verbs, list_repeats
from drafting.checks.arithmetic import count_fields
from drafting.checks.execution_claims import _NO_PROBLEM, _SOME_NO_PROBLEM

_PLAIN_LIST = re.compile(r"[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{2,8}){2,}(?:、[\u4e00-\u9fff]{2,16})?")
_PLAIN_CLAUSE_END = re.compile(r"[\u4e00-\u9fff]{3,}(?=[，。；,;])")


def _texts(ends: str) -> list[str]:
    """Runs of 0 to 17 Chinese characters (each bound's edges), each closed by one of ``ends``, three in a row."""
    pieces = ["项" * n + e for n in (0, 1, 2, 3, 8, 12, 13, 17) for e in ends]
    return ["".join(p) for p in itertools.product(pieces, repeat=3)]


def test_a_list_of_members_is_found_where_the_plain_pattern_finds_it() -> None:
    for text in _texts("、，a\n"):
        assert [m.span() for m in list_repeats._LIST.finditer(text)] == [m.span() for m in _PLAIN_LIST.finditer(text)], text


def test_a_first_member_longer_than_twelve_characters_starts_no_list() -> None:
    assert list_repeats._LIST.search("一二三四五六七八九十一二三、甲乙、丙丁") is not None  # its last 12 characters do
    assert list_repeats._LIST.search("一二三四五六七八九十一二三、甲乙、丙丁").start() == 1
    assert list_repeats._LIST.search("，、甲乙、丙丁") is None  # a member of no character


def test_a_clause_final_run_is_found_where_the_plain_pattern_finds_it() -> None:
    for text in _texts("，;、a\n"):
        assert [m.span() for m in cut_verbs._CLAUSE_END.finditer(text)] == [m.span() for m in _PLAIN_CLAUSE_END.finditer(text)], text


def test_the_stems_before_a_names_label_are_read_line_by_line_as_over_the_whole() -> None:
    lines = ["项目名称", "补助对象具体名单，项目名称", "名称", "一二三四五六七八九十一二三名称", "名单名称", "无标签"]
    for a, b in itertools.product(lines, repeat=2):
        whole = f"{a}\n{b}"
        plain = {m.group(1) for m in count_fields._BEFORE_NAMES.finditer(whole)}
        by_line = {m.group(1) for line in whole.split("\n") if "名称" in line or "名单" in line
                   for m in count_fields._BEFORE_NAMES.finditer(line)}
        assert by_line == plain, whole


def test_a_denied_problem_is_found_anywhere_the_full_pattern_finds_one() -> None:
    words = ["目前", "暂", "时", "尚", "无", "没有", "不存在", "未发现", "暂无", "暂未发现", "明显", "的", "问题", "问", "，"]
    for parts in itertools.product(words, repeat=3):
        text = "".join(parts)
        assert bool(_SOME_NO_PROBLEM.search(text)) == bool(_NO_PROBLEM.search(text)), text


def test_a_header_row_read_twice_gives_each_caller_its_own_list() -> None:
    from drafting.checks.indicator_lines import header_roles

    cells = ["一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分"]
    first = header_roles(cells)
    assert first is not None and "target" in first and "actual" in first
    first.append("changed by a caller")
    assert header_roles(list(cells)) == first[:-1]  # read again from the row, not the caller's list
    assert header_roles(["说明", "备注"]) is None
