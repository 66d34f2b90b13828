"""Session 57's lead fixes, each a premise read on pool68 after its measure (held out until then):
a year whose 年 was typed as 月 before its month; a half-width comma doubled after a word; a title quoting
a title with its outer 《 never closed; and two readings that are no defect — a label in the 公文's written
register (需 for 需要) and the weights of an allocation rule's factors (各占50%)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "2020年度某县财政专项扶贫资金项目绩效自评报告\n一、项目概况\n"


def _rules(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(HEAD + body)).findings]


def test_a_year_followed_by_yue_and_then_a_month_had_its_nian_typed_as_yue():
    found = _rules("项目总投资300万元，计划实施时限为2019年7月—2020月12月，已于2020年11月完工。\n")
    assert ("language.year_month", "2020月") in found


def test_a_whole_date_and_a_month_count_are_left_alone():
    found = _rules("项目总投资300万元，计划实施时限为2019年7月—2020年12月，工期18个月，12月完工。\n")
    assert not [r for r, _ in found if r == "language.year_month"]


def test_a_half_width_comma_doubled_after_a_word_is_a_doubled_mark_even_before_a_figure():
    found = _rules("中心办公楼共三层,1楼为标准化接种科室,,2楼为党建室和老年人体检中心,3楼为办公室。\n")
    assert ("language.doubled_mark", ",,") in found


def test_a_doubled_comma_between_figures_is_left_to_the_figures():
    found = _rules("各村补助标准分别为1,,2万元,全部发放到位。\n")  # (a spreadsheet's blank cell between two values)
    assert not [r for r, _ in found if r == "language.doubled_mark"]


def test_a_title_quoting_a_title_whose_outer_mark_is_never_closed_is_unclosed():
    found = _rules("根据《某市财政局关于转发《某省财政厅关于开展2020年度绩效评价工作的通知》的通知(某财绩〔2020〕3号)"
                   "要求，我局开展了自评。\n")
    assert any(r == "language.unclosed" and q.startswith("《某市财政局关于转发") for r, q in found)


def test_the_outer_mark_closed_on_the_next_line_of_a_broken_sentence_is_no_slip():
    found = _rules("根据《某市财政局关于转发《某省财政厅关于开展2020年度绩效评价工作的通知》的通知\n"
                   "》(某财绩〔2020〕3号)要求，我局开展了自评。\n")
    assert not [q for r, q in found if r == "language.unclosed" and q.startswith("《某市财政局关于转发")]


def test_a_title_quoting_a_title_both_closed_is_no_slip():
    found = _rules("根据《某市财政局关于转发〈某省财政厅关于开展2020年度绩效评价工作的通知〉的通知》(某财绩〔2020〕3号)"
                   "要求，我局开展了自评。\n")
    assert not [r for r, _ in found if r == "language.unclosed"]


def test_a_label_in_the_written_register_is_no_dropped_character():
    body = "本项目资金用于资助困难家庭学生，共资助学生300人。\n七、存在的问题及改进措施\n无。\n八、其他需说明的问题\n无。\n"
    assert not [q for r, q in _rules(body) if r == "language.form_label"]


def test_each_factor_of_an_allocation_rule_taking_half_is_no_share_of_the_sum_before():
    found = _rules("省级扶助金为6778万元，其中1000万元按照各市州小型水库的数量和库容各占50%的比例分配到市州，"
                   "剩余部分5778万元按原分配比例分配。\n")
    assert not [r for r, _ in found if r == "sentence_rate"]


def test_a_share_of_the_sum_before_is_still_checked():
    found = _rules("省级扶助金为6778万元，其中1000万元用于水库移民，占50%，剩余部分5778万元按原分配比例分配。\n")
    assert any(r == "sentence_rate" for r, _ in found)
