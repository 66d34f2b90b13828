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
    text = "前言\n\n某县福彩公益金使用情况报告\n\n本年安排资金100万元。\n\n二、中央资金使用情况\n\n全部支出。\n"
    assert ("structure.unnumbered_heading", "某县福彩公益金使用情况报告") not in _numbering(text)
