"""Session 66's lead fixes: labelled misses of the spent pools (109–136), read by cause."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


def _numbering(text: str) -> list[tuple[str, str]]:
    return [(r, q) for r, q in _found(text) if r.startswith("structure.numbering") or r == "structure.unnumbered_heading"]


# pool123 p09 and pool118 p12: the parts start at 二、 below a first heading that lost its 一、.

_NOTICE = ("某县民政局关于2021年度福彩公益金使用情况的公告\n\n根据有关规定，现将情况公告如下。\n\n总体情况\n\n"
           "2021年共安排彩票公益金539.66万元。\n\n二、中央彩票公益金使用情况\n\n中央资金270万元全部支出。\n\n"
           "三、省级彩票公益金使用情况\n\n省级资金86万元全部支出。\n")


def test_a_first_heading_without_its_number_is_named_as_the_slip():
    assert _numbering(_NOTICE) == [("structure.unnumbered_heading", "总体情况")]


def test_a_first_heading_opening_a_sub_list_is_named_though_it_ends_otherwise():
    text = ("某县文旅局部门整体支出绩效自评报告\n\n发布时间：2023年11月2日\n\n部门、单位基本情况\n\n（一）部门职能概述\n\n"
            "本局是县政府工作部门。\n\n（二）人员情况\n\n编制51名。\n\n二、一般公共预算支出情况\n\n全年支出1000万元。\n")
    assert _numbering(text) == [("structure.unnumbered_heading", "部门、单位基本情况")]


def test_with_no_line_that_reads_as_the_first_heading_the_late_start_stands():
    text = _NOTICE.replace("总体情况\n\n", "")
    assert _numbering(text) == [("structure.numbering_late_start", "二、")]


def test_where_two_lines_could_be_the_first_heading_neither_is_named():
    text = _NOTICE.replace("总体情况\n\n", "总体情况\n\n资金分配情况\n\n")
    assert _numbering(text) == [("structure.numbering_late_start", "二、")]


def test_a_title_is_never_the_lost_first_heading():
    text = ("发布时间：2023年11月2日\n\n某县民政局部门整体支出绩效自评报告\n\n（一）部门职能\n\n本局是县政府工作部门。\n\n"
            "二、部门整体支出情况\n\n全年支出1000万元。\n")
    assert not [q for r, q in _numbering(text) if r == "structure.unnumbered_heading"]


# pool118 p04, pool133 p01: a part's last paragraph runs into the next heading with no closing mark.

_CUT = ("一、项目概况\n\n（一）资金申报及批复情况\n\n为切实开展少数民族活动，展示民族团结进步示范区成果，"
        "区级批复下达2024年实际少数民族资金\n\n（二）资金计划、到位及使用情况\n\n年初下达资金10000元，全部到位。\n")


def _unended(text: str) -> list[str]:
    return [q for r, q in _found(text) if r == "language.unended"]


def test_a_paragraph_running_into_the_next_heading_without_its_mark_is_cut():
    assert _unended(_CUT) == ["2024年实际少数民族资金"]


def test_a_page_number_between_the_paragraph_and_the_heading_is_passed_over():
    assert _unended(_CUT.replace("\n\n（二）", "\n\n— 2 —\n\n（二）")) == ["2024年实际少数民族资金"]


def test_a_paragraph_closed_with_its_stop_is_no_finding():
    assert _unended(_CUT.replace("少数民族资金\n", "少数民族资金10000元。\n")) == []


def test_a_lead_in_before_a_list_at_its_first_item_is_no_finding():
    text = "一、部门职能\n\n本局是县政府工作部门，主要职责有以下几个方面\n\n（一）负责全县民政工作。\n\n（二）负责社会救助。\n"
    assert _unended(text) == []


def test_an_item_of_the_same_list_without_its_stop_is_left_to_the_list():
    text = ("（一）一般公共服务支出273.34万元，占26.15%。\n（二）卫生健康支出20.03万元，占1.92%\n"
            "（三）农林水支出533.36万元，占51.02%。\n")
    assert _unended(text) == []


def test_a_flattened_forms_score_cell_ending_the_text_is_no_cut():
    text = "三、自评结论\n\n各项工作有序开展，办案水平稳步提高，为业务工作提供了良好的保障100\n\n四、年度绩效指标完成情况\n\n见下表。\n"
    assert _unended(text) == []


# pool126 p04: one duty of a list run on one line lost its 。, the next marker glued to its last word.

_DUTIES = ("职能职责概述：（一）负责全区民政工作，拟订年度计划。（二）培育和发展全区社会组织。（三）依法建立最低生活保障制度、"
           "临时救助制度、救急难制度（四）研究提出加强基层政权建设的意见。（五）指导婚姻管理工作。\n")


def _glued(text: str) -> list[str]:
    return [q for r, q in _found(text) if r == "structure.glued_item"]


def test_an_item_whose_next_marker_is_glued_to_its_last_word_lost_its_stop():
    assert _glued(_DUTIES) == ["救急难制度（四）"]


def test_items_that_close_with_no_stop_are_no_glued_item():
    assert _glued(_DUTIES.replace("。（", "，（")) == []


def test_a_missing_item_nowhere_written_stays_a_numbering_gap():
    text = _DUTIES.replace("救急难制度（四）研究提出加强基层政权建设的意见。", "救急难制度。")
    found = _found(text)
    assert _glued(text) == [] and ("structure.numbering_gap", "（五）") in found
