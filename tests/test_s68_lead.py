"""Session 68's lead fixes: structure and unit defects planted into real pages (``evals.real_plant_structure``)
that the review missed, read by cause; and the planters themselves."""

import random

from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.real_plant_structure import plant_empty_heading, plant_numbering_repeat, plant_unit_magnitude


def _found(text: str, prefix: str = "") -> list[tuple[str, str]]:
    return [(f.rule, f.quote.strip()) for f in review(read_text_string(text)).findings if f.rule.startswith(prefix)]


_HEAD = "2023年度部门整体支出绩效自评报告\n"

# -- a first item numbered twice -------------------------------------------------------------------------------

_ONES = _HEAD + ("{a}基本情况\n本单位共有编制10人，实有9人。\n{b}绩效目标完成情况\n全年完成各项任务。\n"
                 "{c}存在的问题\n个别指标设置不够细化。\n")


def test_a_first_item_said_twice_before_the_third_is_the_repeat_not_a_gap_at_the_third():
    found = review(read_text_string(_ONES.format(a="一、", b="一、", c="三、"))).findings
    numbering = [f for f in found if f.rule.startswith("structure.numbering")]
    assert [(f.rule, f.quote.strip()) for f in numbering] == [("structure.numbering_repeat", "一、")]
    assert "本项应为“二、”" in numbering[0].message
    assert numbering[0].location.location.block > numbering[0].related[0].location.block  # the second 一、, not the first


def test_the_same_in_arabic_numbers():
    assert _found(_ONES.format(a="1、", b="1、", c="3、"), "structure.numbering") == [("structure.numbering_repeat", "1、")]


def test_a_first_item_said_twice_then_the_second_reads_as_two_columns_and_is_quiet():
    # 1、 … 1、 … 2、: two parallel lists (a plan and its result), each from 1
    assert _found(_ONES.format(a="1、", b="1、", c="2、"), "structure.numbering") == []


# -- a subsection left unwritten ---------------------------------------------------------------------------------

_SUBSECTIONS = _HEAD + ("一、部门基本情况\n{first}\n{second}\n本单位内设办公室、财务股和业务股，共有编制10人，实有9人。\n"
                        "二、绩效目标完成情况\n全年完成各项任务，资金执行率100%。\n")


def test_a_numbered_subsection_title_over_its_written_sibling_is_empty():
    found = _found(_SUBSECTIONS.format(first="1.机构设置", second="2.人员情况"), "structure.empty")
    assert found == [("structure.empty_heading", "1.机构设置")]


def test_a_title_ending_in_its_colon_over_its_written_sibling_is_empty():
    found = _found(_SUBSECTIONS.format(first="（一）部门职能：", second="（二）机构设置："), "structure.empty")
    assert found == [("structure.empty_heading", "（一）部门职能：")]


def test_a_list_item_that_names_no_section_is_no_empty_heading():
    # 1.加强组织领导 is a point of a list (an action), not a section's title
    assert _found(_SUBSECTIONS.format(first="1.加强组织领导", second="2.完善制度建设"), "structure.empty") == []


def test_an_outline_of_short_titles_is_no_empty_heading():
    text = _HEAD + "一、部门基本情况\n1.机构设置\n2.人员情况\n3.职能职责\n二、绩效目标完成情况\n全年完成各项任务。\n"
    assert _found(text, "structure.empty") == []


# -- a 万元 figure written in 元 ---------------------------------------------------------------------------------

def _units(sentence: str) -> list[tuple[str, str]]:
    return _found(_HEAD + "一、资金情况\n" + sentence + "\n", "amount_unit")


def test_a_sum_under_a_hundred_yuan_among_wan_figures_of_other_kinds_is_named():
    # pool123 p02's list, 超收分成10万元 planted as 10元: the three labels end in three different nouns
    assert _units("共安排资金60万元：社工站项目30万元，养老项目20万元，超收分成10元。") == [("amount_unit", "10元")]


def test_an_evaluation_fund_is_no_price():
    # 评价 holds 价, yet 绩效评价经费 is an item of the budget like the others
    assert _units("共安排资金60万元：社工站项目30万元，养老项目20万元，绩效评价经费5元。") == [("amount_unit", "5元")]


def test_a_tiny_sum_is_named_even_where_the_others_are_small():
    # pool130 p08: 8.64元 beside 0.1万元 and 0.17万元 — read in 万元 it is no larger than the list's total
    found = _units("预算资金为8.91万元，即：调运经费8.64元、往年结余上级补助资金0.1万元；利息收入资金0.17万元。")
    assert found == [("amount_unit", "8.64元")]


def test_a_balance_a_price_and_a_rate_per_head_stay_in_yuan():
    assert _units("实际转移支付1.5万元，支出1.2万元，结余额度0.3元，结转至下一年度。") == []
    assert _units("门票收入50万元，支出30万元，门票价格10元。") == []
    assert _units("发放补助30万元，其中孤儿20万元，每人每月补助80元。") == []


# -- the planters ---------------------------------------------------------------------------------------------------

_PAGE = _HEAD + ("一、部门基本情况\n本单位共有编制10人，实有9人。\n二、绩效目标完成情况\n全年完成各项任务。\n"
                 "三、存在的问题\n个别指标设置不够细化。\n")


def test_numbering_repeat_writes_the_number_before_again():
    p = plant_numbering_repeat(_PAGE, random.Random(0))
    assert p is not None and p.text.count("二、") == 2 and "三、" not in p.text


def test_numbering_repeat_plants_a_first_item_twice_only_before_a_third():
    two = _HEAD + "一、部门基本情况\n本单位共有编制10人。\n二、绩效目标完成情况\n全年完成各项任务。\n"
    assert plant_numbering_repeat(two, random.Random(0)) is None


def test_numbering_repeat_leaves_a_table_of_contents_alone():
    contents = _HEAD + "目录\n一、部门基本情况\n二、绩效目标完成情况\n三、存在的问题\n" + _PAGE.split("\n", 1)[1]
    for seed in range(5):
        p = plant_numbering_repeat(contents, random.Random(seed))
        assert p is not None and p.span[0] > contents.index("本单位")


def test_empty_heading_deletes_the_text_under_one_heading():
    p = plant_empty_heading(_PAGE, random.Random(0))
    assert p is not None and len(p.text) < len(_PAGE)
    head = p.text[slice(*p.span)]
    assert head in ("一、部门基本情况", "二、绩效目标完成情况")
    assert p.text.split(head + "\n", 1)[1].startswith(("二、", "三、"))


def test_unit_magnitude_writes_one_wan_figure_in_yuan():
    text = _HEAD + "一、资金情况\n共安排资金60万元：社工站项目30万元，养老项目20万元，超收分成10万元。\n"
    p = plant_unit_magnitude(text, random.Random(0))
    assert p is not None and p.text.count("万元") == 3 and len(p.text) == len(text) - 1
    assert p.text[slice(*p.span)].endswith("元") and "万" not in p.text[slice(*p.span)]


# -- a sentence of short clauses said twice in its paragraph ------------------------------------------------------

def test_a_sentence_of_short_clauses_said_again_in_its_paragraph_is_named():
    # corpus 37's 拨付合规;使用规范;… pasted again after the next sentence: no clause reaches fifteen characters alone
    text = _HEAD + ("（二）资金管理情况分析。拨付合规;使用规范;执行准确;预算绩效管理较为合理;支出责任按时间节点履行。"
                    "分配科学，下达基本及时，各旗县均已进行结账工作。拨付合规;使用规范;执行准确;预算绩效管理较为合理;支出责任按时间节点履行。\n")
    assert _found(text, "language.repeated") == [
        ("language.repeated_sentence", "拨付合规;使用规范;执行准确;预算绩效管理较为合理;支出责任按时间节点履行。")]


def test_a_chain_said_again_right_after_itself_is_told_once():
    text = _HEAD + "一是加强管理；二是完善制度；三是强化监督。一是加强管理；二是完善制度；三是强化监督。\n"
    assert [r for r, _ in _found(text, "language.repeated")] == ["language.repeated_clause"]


def test_sentence_twice_pastes_a_sentence_into_its_own_paragraph_never_into_a_table_row():
    from evals.real_plant_structure import plant_sentence_twice
    line = "部分资金支付进度偏慢，年底集中支付的情况仍然存在。今后将加强预算执行监控，按月通报执行进度。个别项目绩效目标设置不够细化。"
    p = plant_sentence_twice(_HEAD + line + "\n", random.Random(0))
    assert p is not None and p.text.count("\n") == 2 and len(p.text) > len(_HEAD + line) + 1
    assert plant_sentence_twice(_HEAD + "| " + line + " | 完成 |\n", random.Random(0)) is None
