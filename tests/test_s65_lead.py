"""Session 65's lead fixes: labelled misses of the spent pools (109–136), read by cause."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


# pool116 p02: a unit written twice after its figure (支出资金11.96万元万元).

def test_a_money_unit_written_twice_after_its_figure_is_a_repeated_word():
    text = "一、项目概况\n核定我院用于预防艾滋病项目的财政拨款支出资金11.96万元万元，该资金指标于年初下达我院。\n"
    assert ("language.doubled_char", "万元万元") in _found(text)


def test_a_unit_once_after_each_figure_is_no_repeated_word():
    text = "一、项目概况\n核定资金11.96万元，其中中央资金5万元、省级资金6.96万元。\n"
    assert not [r for r, _ in _found(text) if r == "language.doubled_char"]


# pool120 p03 and pool112 p13: a closing bracket at its line's end with nothing opened before it.

_BUDGET = "一、基本情况\n（一）预算情况\n中央财政下达专项转移支付资金264万元不含上年结转148.44万元)\n（二）绩效目标\n全年完成目标。\n"


def test_a_closing_bracket_ending_its_line_with_none_open_is_stray():
    assert ("language.unclosed", "万元)") in _found(_BUDGET)


def test_a_bracket_opened_on_the_line_before_is_closed_not_stray():
    text = _BUDGET.replace("264万元不含上年结转148.44万元)", "264万元（不含\n上年结转148.44万元)")
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


def test_a_list_marker_bracket_at_a_lines_end_is_no_stray_closer():
    text = "一、基本情况\n主要职责如下：\n1)\n负责全县社会救助工作。\n"
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


# pool117 p06: 已 said twice around a date (资金已于2024年11月20日已拨付村居).

def test_already_said_before_and_after_a_date_is_said_twice():
    text = "一、资金使用情况\n村居补助资金已于2024年11月20日已拨付村居，用于村级组织运转。\n"
    assert ("language.verb_twice", "已于2024年11月20日已") in _found(text)


def test_already_once_before_a_date_and_once_in_the_next_clause_is_two_acts():
    text = "一、资金使用情况\n资金已于2024年11月20日拨付村居，已完成全部验收。\n"
    assert not [q for r, q in _found(text) if r == "language.verb_twice"]


# pool123 p17: the second title of a list lost its 《 (《彩票公益金管理办法》、民政部…信息公开办法》).

def test_a_listed_title_closed_but_never_opened_is_found():
    text = "一、基本情况\n根据《彩票公益金管理办法》、民政部彩票公益金使用管理信息公开办法》等规定，现将使用情况公告如下：\n"
    assert ("language.unclosed", "民政部彩票公益金使用管理信息公开办法》") in _found(text)


def test_listed_titles_each_in_their_marks_are_balanced():
    text = "一、基本情况\n根据《彩票公益金管理办法》、《民政部彩票公益金使用管理信息公开办法》等规定，现将使用情况公告如下：\n"
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


def test_titles_listed_inside_a_notice_that_issues_them_are_balanced():
    text = "一、基本情况\n根据《省财政厅关于印发〈资金管理办法〉、〈绩效评价办法〉的通知》要求，开展自评。\n"
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


# pool119 p16: a title left open though the document number cited inside it is closed
# (《福建省财政厅关于…的通知(闽财绩函〔2017〕1号)的文件通知精神,…。).

def test_a_title_left_open_around_its_closed_document_number_is_found():
    text = ("一、项目概况\n根据《福建省财政厅关于开展省直部门2016年度专项支出绩效自评工作的通知(闽财绩函〔2017〕1号)"
            "的文件通知精神，我局成立绩效自评工作领导小组。\n")
    assert [q for r, q in _found(text) if r == "language.unclosed" and q.startswith("《福建省财政厅")]


def test_a_title_holding_a_bracket_and_closed_is_balanced():
    text = "一、项目概况\n根据《某县专项资金管理办法(试行)》(某财〔2017〕1号)的规定，我局开展绩效自评。\n"
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


# pool112 p08: a section left empty right before the excerpt's last item, which runs on past its first sentence.

def _cut_after(item: str) -> str:
    return ("三、项目实施及管理情况\n项目完工后及时组织验收，验收合格后支付资金。\n四、项目绩效情况\n"
            f"(一)项目完成情况\n(二)项目效益情况\n{item}\n")


def test_an_empty_section_before_an_item_that_runs_on_is_found():
    text = _cut_after("1、提高生活质量，改观农村面貌。通过公")
    assert ("structure.empty_heading", "(一)项目完成情况") in _found(text)


def test_an_empty_section_before_an_item_title_alone_may_be_where_the_excerpt_was_cut():
    text = _cut_after("1、提高生活质量")
    assert not [q for r, q in _found(text) if r == "structure.empty_heading"]


def test_a_title_broken_at_a_lines_end_is_not_read_on_through_the_next_lines_brackets():
    text = ("一、项目概况\n我局严格按照《湘潭县差旅费管理办法》《湘潭县县级部门财政拨款结转和\n"
            "贯彻党和国家有关文化、新闻出版(版权)工作的方针政策。\n")
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


# pool109 p13: two constructions of one comparison run together (比上年相比增加1人).

def test_a_comparison_said_in_two_constructions_at_once_is_found():
    text = "一、基本情况\n年末实有人数12人，比上年相比增加1人。\n"
    assert ("language.verb_twice", "比上年相比") in _found(text)


def test_either_construction_alone_is_fine():
    text = "一、基本情况\n年末实有人数12人，与上年相比增加1人，比上年增长9.1%；对比上年相比较，支出减少。\n"
    assert not [q for r, q in _found(text) if r == "language.verb_twice"]


# pool126 p11 and pool120 p08: a count of budget units broken down by kind, the kinds adding up to another count.

def _units(whole: int, kinds: str) -> str:
    return (f"一、预算单位基本情况\n我部门编制2018年部门预算单位共{whole}个。其中：财政全供给单位{whole}个；部分供给单位0个。"
            f"财政全供给单位中{kinds}。截至2017年底，部门基本情况如下。\n")


def test_kinds_of_unit_that_add_up_to_none_of_the_one_unit_are_found():
    found = _found(_units(1, "行政单位0个；参公管理事业单位0个；非参公管理事业单位0个"))
    assert ("arithmetic.unit_kinds", "行政单位0个；参公管理事业单位0个；非参公管理事业单位0个") in found


def test_kinds_of_unit_that_add_up_to_two_of_one_unit_are_found():
    assert [q for r, q in _found(_units(1, "行政单位1个；参公单位0个；事业单位1个")) if r == "arithmetic.unit_kinds"]


def test_kinds_of_unit_that_add_up_to_the_count_stand():
    assert not [q for r, q in _found(_units(2, "行政单位1个；参公单位0个；事业单位1个")) if r == "arithmetic.unit_kinds"]


def test_an_open_list_of_kinds_is_not_added_up():
    assert not [q for r, q in _found(_units(3, "行政单位1个；其他事业单位1个")) if r == "arithmetic.unit_kinds"]


# pool123 p12: a 发文字号 right after a date's 年度 (2023年度天财社(2022)97号文共下达…).

def test_a_document_number_right_after_a_dates_year_is_read():
    text = "一、资金使用情况\n2023年度天财社(2022)97号文共下达我县中央福利彩票公益金231万元。\n"
    assert ("language.document_number", "天财社(2022)97号") in _found(text)


def test_a_dates_year_with_no_code_after_it_is_no_document_number():
    text = "一、资金使用情况\n本项目于2023年度(2022)97号楼旁实施。\n"
    assert not [q for r, q in _found(text) if r == "language.document_number"]


# pool110 p01: a form's amount whose thousands separators are misplaced (實際支出 (萬元) | 7,00.0,77 |).

_FORM = "项目资金情况\n计划安排资金（万元） |\n700 |\n实际支出（万元） |\n{} |\n结余（万元） |\n0 |\n"


def test_a_figure_alone_in_its_cell_with_misplaced_separators_is_found():
    assert ("language.digit_groups", "7,00.0,77") in _found(_FORM.format("7,00.0,77"))


def test_a_figure_grouped_by_three_stands():
    assert not [q for r, q in _found(_FORM.format("1,700.50")) if r == "language.digit_groups"]


def test_two_figures_parted_by_a_comma_in_running_text_are_not_read_as_one():
    text = "一、项目概况\n两类补助标准分别为3,12.5万元，全部发放到位。\n"
    assert not [q for r, q in _found(text) if r == "language.digit_groups"]


# pool118 p04: the outline's note on how to write a part left in its heading ((可用表格形式反映)).

def test_the_outlines_note_to_use_a_table_left_in_a_heading_is_found():
    text = "一、基本情况\n(一)资金计划、到位及使用情况(可用表格形式反映)\n全年预算100万元，全部到位。\n"
    assert ("foreign.template_instruction", "(可用表格形式反映)") in _found(text)


def test_a_heading_naming_its_own_table_is_no_note():
    text = "一、基本情况\n(一)资金计划、到位及使用情况(见附表1)\n全年预算100万元，全部到位。\n"
    assert not [q for r, q in _found(text) if r == "foreign.template_instruction"]


# pool115 p03: the first member of a list named again as its last (安排在洲湖镇、洋门乡、寮塘乡、洲湖镇等乡镇).

def test_a_lists_first_member_after_its_preposition_named_again_is_found():
    text = "一、项目概况\n油茶新造1000亩任务安排在洲湖镇、洋门乡、寮塘乡、洲湖镇等乡镇，方案已上报。\n"
    assert ("language.repeated_member", "洲湖镇、洋门乡、寮塘乡、洲湖镇") in _found(text)


def test_a_longer_first_member_that_ends_in_a_later_one_is_another_member():
    text = "一、项目概况\n资金用于乡镇卫生院、村卫生室、社区服务站、卫生院等机构的设备购置。\n"
    assert not [q for r, q in _found(text) if r == "language.repeated_member"]


def test_a_bracket_closing_a_pdf_columns_header_two_lines_down_is_not_stray():
    text = ("绩效指标完   一级指标    二级指标     三级指标    预期指标值    实际完成指\n"
            "成情况                              (包含数字    标值(包含\n"
            "及文字描述)   数字及文字\n描述)\n项目完成指   数量指标    查处各类交    7万起     7.07万起\n")
    assert not [q for r, q in _found(text) if r == "language.unclosed"]
