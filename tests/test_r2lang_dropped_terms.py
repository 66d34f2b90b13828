"""A term the report writes three times or more the same way, written once more with one character
dropped, is that term slipped (``checks/dropped_terms.py``) — unless what is left is a word of its
own, reads as whole words, stands inside a longer word, or a line break stands at the gap."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

HEAD = "某县畜牧站2022年度项目支出绩效自评报告\n一、绩效目标完成情况\n"
ROWS = ("1.牛羊口蹄疫免疫密度，年初目标值≥95%，实际完成值98%。\n"
        "2.禽流感免疫抗体合格率，年初目标值≥75%，实际完成值80%。\n"
        "3.病死畜无害化处理率，年初目标值=100%，实际完成值100%。\n")


def _dropped(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_typos(report) if f.rule == "language.dropped"]


def test_a_row_label_written_three_times_and_once_without_its_first_character_is_found():
    body = ROWS + "4.养殖户满意率，初目标值≥90%，实际完成值93%。\n"
    assert _dropped(body) == [("初目标值", "改为“年初目标值”")]


def test_a_term_written_once_more_with_a_character_dropped_inside_is_found():
    body = ("一、基层医疗卫生机构实施基本药物制度。\n二、基层医疗卫生机构全部纳入。\n三、基层医疗卫生机构考核合格。\n"
            "四、基层医疗卫生构，考核合格率100%。\n")
    assert _dropped(body) == [("基层医疗卫生构", "改为“基层医疗卫生机构”")]


def test_a_slip_the_typo_checks_other_reading_finds_is_one_finding():
    body = ("一、动物防疫能力提升资金主要用于疫苗采购。\n二、动物防疫能力提升资金到位及时。\n"
            "三、动物防疫能力提升资金使用规范。\n四、动物防疫能力提升资2022年度绩效目标全部完成。\n")
    assert _dropped(body) == [("提升资", "改为“提升资金”")]


def test_what_is_left_that_is_a_word_of_its_own_is_meant():
    body = ROWS + "4.养殖户满意率，目标值≥90%，实际完成值93%。\n"
    assert _dropped(body) == []


def test_what_is_left_that_reads_as_whole_words_is_meant():
    body = ROWS + "年初目标全部完成，群众满意。\n"
    assert _dropped(body) == []


def test_a_term_written_only_twice_is_no_fixed_wording():
    body = ("1.口蹄疫免疫密度，年初目标值≥95%。\n2.禽流感抗体合格率，年初目标值≥75%。\n"
            "3.养殖户满意率，初目标值≥90%。\n")
    assert _dropped(body) == []


def test_the_shorter_form_written_twice_is_the_writers_own():
    body = ROWS + "4.养殖户满意率，初目标值≥90%。\n5.防疫员满意率，初目标值≥90%。\n"
    assert _dropped(body) == []


def test_a_first_character_after_another_character_may_end_a_word_with_it():
    body = ("一、发放耕地地力补贴资金120万元。\n二、补贴资金已全部到户。\n三、补贴资金使用规范。\n"
            "四、另有奖补资金30万元用于示范户。\n")
    assert _dropped(body) == []


def test_a_line_that_starts_at_the_gap_may_hold_the_character_on_the_line_before():
    body = ROWS + "4.养殖户满意率，年\n初目标值≥90%，实际完成值93%。\n"
    assert _dropped(body) == []


def test_a_name_taking_another_ending_is_no_slip():
    body = ("寻甸县委统战部全年召开会议6次。\n寻甸县委统战部开展调研3次。\n寻甸县委统战部完成培训2期。\n"
            "依据《寻甸县本级部门预算绩效管理办法》开展自评。\n")
    assert _dropped(body) == []


def test_a_lone_first_character_after_a_bracket_may_be_a_words_alternative():
    body = ("一、交工验收合格率100%。\n二、交工验收资料齐全。\n三、组织交工验收2次。\n"
            "四、按照《公路工程竣（交）工验收办法实施细则》开展验收。\n")
    assert _dropped(body) == []


def test_a_term_cut_where_other_text_runs_on_is_a_seam_not_a_dropped_character():
    body = ("一、财政部门整体支出绩效评价工作有序开展。\n二、财政部门整体支出绩效目标明确。\n"
            "三、财政部门整体支出管理规范。\n四、协调全县各级党政群的财政部门整指导工作。\n")
    assert _dropped(body) == []


def test_a_lone_first_character_after_a_full_stop_may_be_a_seam_where_a_sentence_was_pasted_in():
    body = ("一、城乡居民基本养老保险基金管理规范。\n二、城乡居民基本养老保险参保率98%。\n"
            "三、城乡居民基本养老保险待遇按时发放。\n四、全区城乡居民基按规定发放丧葬补助金。本养老保险全年预算数100万元。\n")
    assert _dropped(body) == []


def test_a_level_of_government_standing_for_the_place_is_meant():
    body = ("主管部门：某市生态环境局\n实施单位：某市生态环境监测站\n某市生态环境局2023年开展监测。\n"
            "满意度来源：市生态环境局委托第三方调查。\n")
    assert _dropped(body) == []
