"""The typo check reads the phrase around a suspected slip (``drafting/checks/context.py``): shapes of
written Chinese in which a string that is no word alone is meant. Each case was a false alarm before
the premise; each premise leaves a real slip beside it found."""

from __future__ import annotations

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


def test_a_formal_numeral_is_written_on_purpose():
    # 第壹 is the 大写 a finance text writes, no slip for 第一
    assert fixes("详见第壹章附表，合同金额按第壹期执行。") == set()


def test_a_name_in_a_list_of_names_of_one_kind_is_written_as_its_owner_writes_it():
    # 组宣部 sits among …部 names: 宣部 is no 宣布
    assert fixes("内设机构：办公室、组宣部、法务部、财务部。") == set()
    # a slip right after such a list, in the sentence's own words, is still one
    assert ("负贵", "改为“负责”") in fixes("办公室、财务部、人事部负贵全局的后勤保障。")


def test_a_level_before_an_organ_belongs_to_the_organs_name():
    # 的区人大代表: 区 begins 区人大, and 的区 is no 地区
    assert fixes("会议邀请了市人大和市政协的区人大代表。") == set()
    # 的区 before no organ may still be a slip
    assert ("的区", "改为“地区”") in fixes("单位的区域划分清楚，的区人员到位。")


def test_a_function_character_before_a_word_is_no_half_of_another_word():
    # 及本年: 本 begins 本年; 基本年 is no phrase
    assert fixes("主要原因是上年结余及本年拨款减少。") == set()
    # 以经完成: 经完 is no word, so 以经 is still 已经
    assert ("以经", "改为“已经”") in fixes("项目以经完成验收，资料齐全。")


def test_the_first_item_of_an_elided_pair_is_no_slip():
    # 企、事业单位 is 企业单位 and 事业单位: 及企 is no 及其
    assert fixes("指导党政机关及企、事业单位做好档案工作。") == set()


def test_garbled_text_is_no_language_a_slip_could_be_read_in():
    # a PDF's broken font mapping: seven characters that make no word together
    assert fixes("表头为项目名称碟令薯樽轴示施项目实施单位农技中心。") == set()
    # ordinary text with a few one-character words still has its slips read
    assert ("负贵", "改为“负责”") in fixes("工作人员负贵日常管理。")


def test_finance_terms_of_the_vocabulary_are_not_corrected():
    # 专账 (专项资金单独设账), 调增 (a budget adjustment), 整县 (整县推进), 专项债 (专项债券)
    assert fixes("资金使用实行专账管理，专款专用，通过银行转账支付。") == set()
    assert fixes("年中调整预算调增200万元。") == set()
    assert fixes("对整县制完成改造的县给予补助。") == set()
    assert fixes("专项债券资金3亿元已拨付，专项债资金使用规范。") == set()


def test_a_bracketed_insert_inside_a_phrase_strands_no_character_after_it():
    # 因公出国（境）费: 费 goes on with the phrase before the bracket, no 经 was dropped
    text = "(1)因公出国(境)费决算数0万元,比预算数减少0万元。2021年三公经费决算数合计为807.95万元。"
    assert fixes(text) == set()
    # a heading's number is no insert: the first character after it may have been dropped
    text = "(二)政拨款收入支出决算总表。本年财政拨款收入支出决算总表已公开。"
    assert ("政拨款收", "改为“财政拨款收”") in fixes(text)


def test_a_target_cell_and_its_actual_with_the_same_text_are_no_repeated_clause():
    from drafting.checks.language import check_language

    def repeated(text: str) -> list[str]:
        return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.repeated_clause"]

    # a 自评表 flattened into one line: the header names the target and what was done, then both cells
    form = ("年度总体目标年初设定目标年度总体目标完成情况综述完成泵站改造两处,"
            "保障灌区群众生产用水需要,保障灌区群众生产用水需要,绩效指标一级指标二级指标")
    assert repeated(form) == []
    # the same clause said twice in a narrative is still one
    prose = "今年我们完成泵站改造两处,保障灌区群众生产用水需要,保障灌区群众生产用水需要,效果良好。"
    assert repeated(prose) == ["保障灌区群众生产用水需要,"]


def test_a_whole_word_left_out_of_a_phrase_is_no_dropped_character():
    # 改革局整体 beside 改革局部门整体: 部门 is a word of its own, so 局 stranded nothing (局部 is jieba's misreading)
    text = "茂名市发展和改革局部门整体支出绩效自评报告。2021年茂名市发展和改革局整体支出绩效自评报告。"
    assert fixes(text) == set()
    # characters dropped from inside words are still found (育经费 is no word)
    assert ("义务教保障", "改为“义务教育经费保障”") in fixes("全县义务教育经费保障机制健全。义务教保障到位。")
