"""Punctuation checks on copies that break lines anywhere (a PDF's page width, a form's narrow cell):
a title mark or bracket opened on one line and closed on the next was not left out. Invented wording."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def marks(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.kind.value == "punctuation"]


def test_a_title_broken_over_lines_is_opened_on_the_line_before():
    text = "一、基本情况\n根据《某省财政厅\n关于印发预算绩效管理办法的通知》要求，我局开展了自评工作。\n"
    assert marks(text) == []
    # over three lines, the middle one the title's words only
    text = "根据《某省财政厅\n关于印发某某专项\n资金管理办法的通知》要求，我局开展了自评工作。\n"
    assert marks(text) == []


def test_a_title_closed_that_nothing_opened_is_still_found_after_a_finished_sentence():
    text = "我局开展了自评工作。\n根据某县财政局关于下达专项资金的批复》（某财〔2023〕3号），资金已拨付。\n"
    assert marks(text) == ["某县财政局关于下达专项资金的批复》"]  # from its issuer: the 《 goes there
    # the line before opened a title and closed it: nothing is open
    text = "根据《某省预算法实施条例》和\n某县财政局关于下达专项资金的批复》，资金已拨付。\n"
    assert marks(text) == ["某县财政局关于下达专项资金的批复》"]  # from its issuer: the 《 goes there


def test_a_square_bracket_opened_on_the_line_before_is_no_stray_closer():
    assert marks("【部门整体支出\n绩效目标】全面保障机关运转。\n") == []
    assert marks("全面保障机关运转。\n春节防火宣传】活动开展3次。\n") == ["传】"]


def test_a_bracket_whose_closer_the_copy_put_on_the_next_line_is_closed():
    assert marks("附表1\n（注：本表数据来源于部门决算报表。\n）\n单位：万元（保留两位小数。\n）\n") == []
    # left open where the next line goes on with other words: the closer is missing
    assert marks("（注：本表数据来源于部门决算报表。\n二、绩效目标完成情况\n") == ["（注：本表数据来源于部门决算报表。"]


def test_a_quotation_of_sentences_broken_over_lines_mid_sentence_carries_on():
    text = "会议强调：“要加强专项资金管理。要注重绩效实效，\n确保资金安全。”各单位认真落实。\n"
    assert marks(text) == []
    # the paragraph ends where its sentence ends, the quotation still open: its closing mark is missing
    text = "会议强调：“要加强专项资金管理。要注重绩效实效。\n各单位认真落实。\n"
    assert marks(text) == ["“"]


def test_a_contents_lines_leader_typed_in_marks_is_no_doubled_mark():
    text = "目录\n一、部门基本情况。。。。。。。。。。3\n二、绩效目标完成情况，，，，，，，，，12\n"
    assert marks(text) == []
    # the same marks in a sentence, or two before a figure that is no page number's place
    assert marks("我局共有在职人员20人。。。。。。其中行政编制12人。\n") == ["。。。。。。"]
    assert marks("全年完成培训。。3\n") == ["。。"]


def test_a_quotation_whose_partner_is_typed_half_width_is_named_so():
    report = read_text_string("严格执行“收支两条线\"制度，资金使用规范。\n严格执行\"收支两条线”制度，资金使用规范。\n")
    found = [f for f in check_language(report) if f.rule == "language.unbalanced_quote"]
    assert [f.message for f in found] == ["引号不配对：后引号写成了半角的“\"”", "引号不配对：前引号写成了半角的“\"”"]
    assert [f.suggestion for f in found] == ["把半角的“\"”改为“””", "把半角的“\"”改为““”"]
