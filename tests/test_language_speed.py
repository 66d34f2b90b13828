"""The language checks' speed work (issue 10, session 28) changed how they look, never what they find:
each restructured step is pinned here against the plain form it replaced, on invented text."""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from drafting.checks import doubled_marks, language, pair_marks, slips, stray_dots, year_slips
from drafting.checks.language import check_language
from drafting.checks.lexicon import lexicon
from drafting.io.text_reader import read_text_string


def _framed_every_place(run: str) -> set[int]:
    """``slips.framed`` as it was: every character compared with the one two on."""
    out: set[int] = set()
    for j in range(len(run) - 2):
        if run[j] == run[j + 2]:
            if j + 4 <= len(run):
                out.update(range(j, j + 4))
            if j >= 1:
                out.update(range(j - 1, j + 3))
    return out


def test_the_parallel_frames_found_by_search_are_those_of_every_place():
    assert slips.framed("边查边改") == {0, 1, 2, 3}
    assert slips.framed("做到一降一补工作") == {1, 2, 3, 4, 5}
    assert slips.framed("统筹推进") == set()
    rng = random.Random(28)
    for _ in range(20_000):
        run = "".join(rng.choice("边查改一降补") for _ in range(rng.randint(0, 14)))
        assert slips.framed(run) == _framed_every_place(run), run


def test_routes_share_their_span_pairs_and_read_as_before():
    lex = lexicon()
    first, again = lex.route("各乡镇财政所落实资金"), lex.route("各乡镇财政所落实资金")
    assert first == again
    assert all(a is b for a, b in zip(first[1], again[1], strict=True))  # one tuple per pair, not made anew
    spans = first[1]
    assert spans[0][0] == 0 and spans[-1][1] == len("各乡镇财政所落实资金")
    assert all(a[1] == b[0] for a, b in pairwise(spans))  # they tile the run in order


# each gate: what every match of the pattern holds; a paragraph without it is not scanned. The
# invented texts are strings of the pieces given
_MARKS = ["0", "3", " ", "。", "，", "、", "；", "：", "《", "》", "！", "？", ",", ";", ":", "/", "年"]
_GATES = [
    (language._MEASURE_TWICE, lambda s: language._MEASURE_PAIR.search(s), ["0", "3", " ", "个", "项", "件", "人", "。"]),
    (doubled_marks._DOUBLED_MARKS, lambda s: doubled_marks._MARK_PAIR.search(s), _MARKS),
    (year_slips._YEAR_DOUBLED, lambda s: "年年" in s, ["2021年", "1998", "年", "12月", "1231日", ".", "底", "3"]),
    (year_slips._YEAR_TWICE, lambda s: "今年" in s, ["2021", "年", "度", "今年", "以来", "1", ".", "今"]),
    (language._COMMA_BEFORE_UNIT, lambda s: language._COMMA_UNIT.search(s), ["3", "12", ",", "，", "万元", "元", "%", "％", "人"]),
    (language._RUN_ON_YEAR, lambda s: language._UNIT_YEAR.search(s),
     ["3", "12", "万元", "元", "%", "人次", "人", "2021", "1998", "年", "，", "次"]),
]


@pytest.mark.parametrize(("pattern", "gate", "pieces"), _GATES)
def test_a_text_the_gate_passes_over_holds_no_match_of_its_pattern(pattern, gate, pieces):
    rng = random.Random(10)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        if pattern.search(text):
            matched += 1
            assert gate(text), text
    assert matched > 20  # the invented texts do reach the pattern


def test_the_gated_language_checks_still_find_their_slips():
    text = ("一、基本情况\n本项目下降0.1个个百分点。。资金到位率为100%。\n"
            "截至2021年年12月31日，2022年今年以来共接待群众128人次。\n"
            "全年支出859.6万元2023年支出计划已报。\n"
            "工资和.上级福利政策已落实。\n依据《项目管理办法〉执行，“资金到位”，共计70,734,万元。\n")
    rules = sorted(f.rule for f in check_language(read_text_string(text)))
    assert rules.count("language.doubled_char") == 2  # 个个 and 年年
    assert {"language.doubled_mark", "language.year_twice", "language.run_on", "language.stray_dot",
            "language.mismatched_pair", "language.comma_before_unit"} <= set(rules)


def test_a_quotation_left_open_carries_over_paragraphs_without_quote_marks():
    """The paragraphs with no quote mark are passed over, and what is open carries on through them."""
    text = "他说：“加快项目进度\n各单位落实到位\n确保按期完成。”\n"
    assert not [f for f in check_language(read_text_string(text)) if f.rule == "language.unbalanced_quote"]


def test_a_paragraph_with_nothing_to_match_is_not_scanned(monkeypatch):
    """The gates in place: a plain paragraph never reaches the patterns opening with a lookbehind."""
    scanned: list[str] = []

    class Spy:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def finditer(self, text: str):
            scanned.append(self.pattern.pattern)
            return self.pattern.finditer(text)

    for module, name in [(language, n) for n in ("_MEASURE_TWICE", "_RUN_ON_YEAR",
                                                  "_COMMA_BEFORE_UNIT", "_QUOTES")] \
            + [(pair_marks, "_PAIR_MARKS"), (doubled_marks, "_DOUBLED_MARKS"), (year_slips, "_YEAR_DOUBLED"), (year_slips, "_YEAR_TWICE"),
               (stray_dots, "_STRAY_DOT")]:
        monkeypatch.setattr(module, name, Spy(getattr(module, name)))
    check_language(read_text_string("2023年全年共完成培训12期，参训人员达到560人，群众满意度为95%。\n"))
    assert scanned == []
