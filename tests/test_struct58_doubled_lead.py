"""A sentence's lead-in said again right after its own colon, reworded a little (…单位构成包括：2021年度…单位包括…):
the subject and its verb before the colon, the same subject and verb again after it. Silent where a label's
value opens with the label's words, where the words after the colon go on otherwise, and where the exact
label said twice is already the doubled label's finding."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


def test_a_lead_in_said_again_after_its_colon_is_found_at_its_second_copy():
    text = ("（八）决算单位构成。某县交通运输局2021年部门决算汇总公开单位构成包括：2021年度部门决算汇总公开单位包括"
            "某县交通运输局本级及所属事业单位2个，为公路养护站、运输管理所。\n")
    assert _doubled(text) == ["2021年度部门决算汇总公开单位包括"]


def test_the_finding_names_the_first_copy_as_related():
    text = "全年部门决算汇总公开单位构成包括：部门决算汇总公开单位包括局本级和下属站所，共3家。\n"
    [f] = [f for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]
    assert f.related and "部门决算汇总公开单位构成包括" in f.related[0].quote


def test_a_label_whose_value_opens_with_its_words_is_left_alone():
    text = "（一）项目资金到位情况：项目资金到位率100%，资金已全部拨付到各乡镇。\n"
    assert _doubled(text) == []


def test_the_same_words_after_the_colon_without_the_verb_are_left_alone():
    text = "某镇农村初中项目绩效自评报告本文内容：城关中学农村初中项目绩效自评报告城关中学位于县城东部，始建于1958年。\n"
    assert _doubled(text) == []


def test_an_exact_label_said_twice_is_one_finding():
    text = "全年完成预算的89.7%。项目绩效目标完成情况：项目绩效目标完成情况：一是开展文化活动12场，二是培训文艺骨干60人。\n"
    assert len(_doubled(text)) == 1


def test_a_label_ending_in_a_noun_whose_value_repeats_it_is_left_alone():
    text = "全年执行数为88.6万元。项目绩效目标完成情况：项目绩效目标完成情况良好，完成培训12期。\n"
    assert _doubled(text) == []
