"""A rare character (in no frequent word, jieba counting it alone a few times) written once in a report's prose,
where a common character of the same radical makes a frequent word with its neighbour, is a slip for that
character (pool67 p18 菅造 for 营造, pool66 p12 目标仼务 for 任务, pool64 p10 顼目 for 项目). Invented texts."""

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.typos import check_typos
from drafting.checks.typos_rare import radical, rare_glyphs
from drafting.report import Paragraph, Report
from tests.test_lex60_sound_only import _PROSE


def _found(line: str, more: tuple[str, ...] = ()) -> dict[str, str]:
    report = Report(blocks=[Paragraph(text=t) for t in [*_PROSE[:6], line, *more, *_PROSE[6:]]])
    return {f.quote: f.message for f in check_typos(report) if f.rule == "language.typo"}


def test_radicals_are_read_from_the_unicode_order():
    assert radical("菅") == radical("营") == radical("花")
    assert radical("仼") == radical("任") != radical("营")
    assert radical("䘵") == 0  # extension A: not read


@pytest.mark.parametrize(("line", "quote", "right"), [
    ("积极维护社会秩序，菅造公平公正的发展环境。", "菅造", "营造"),
    ("按期完成上级下达的年度目标仼务，资金足额到位。", "仼务", "任务"),
])
def test_a_rare_character_for_a_common_one_of_its_radical(line, quote, right):
    assert f"应为“{right}”" in _found(line).get(quote, "")


@pytest.mark.parametrize(("line", "more", "quote"), [
    ("项目负责人王喆同志负责组织实施。", (), "喆同"),  # a given name: no 合同 reads better
    ("采购雨水篦等附属设施一批。", (), "篦等"),  # beside 等, a word alone: no 等等
    ("新建垌坑水库一座。", (), "垌坑"),  # the word restored (土坑) too rare to tell a slip from a place’s name
    ("按期完成年度目标仼务。", ("仼务清单由县局下达。",), "仼务"),  # written twice: the report's own
    ("为患者免费发放阿苯达唑片剂。", (), "唑片"),  # a drug's name among lone characters: no 名片
    ("金銮山村位于县城东部。", (), "金銮"),  # a village's name before its kind: no 金钱
])
def test_a_rare_character_that_is_meant(line, more, quote):
    assert quote not in _found(line, more)


@pytest.mark.parametrize("run", ["对项目开展綜合评价", "资金預算已下达"])
def test_a_traditional_form_is_no_slip_of_its_radical(run):
    """綜 reads as 综 and 預 as 预, GB2312 characters of their radicals: a variant form written so (the typo
    check's other rules say where a traditional character stands in simplified text), no 结合 nor 金额."""
    lex = lexicon()
    assert rare_glyphs(run, lex.route(run), lex, run) == []
