"""Session 63's lead fixes, each read on a fresh pool after its measure."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings]


# session 62's noticed case: 行政工勤编制 is counted inside 行政编制 by some writers (行政编制11人(含行政工勤编制2人)).

def _posts(second: str) -> str:
    return f"一、部门基本情况\n本单位核定编制32人，其中行政编制11人，{second}2人，事业编制21人。实有人员30人。"


def test_a_class_of_posts_within_another_may_be_counted_inside_it():
    assert "sentence_parts_sum" not in _rules(_posts("行政工勤编制"))


def test_three_classes_of_posts_over_their_total_are_still_found():
    assert "sentence_parts_sum" in _rules(_posts("工勤编制"))


# pool120 p12: a count whose list goes on after a ； grouping its names by kind.

def _police(count: int) -> str:
    return ("一、基本情况\n1.单位机构组成\n本局现有内设机构:指挥中心、政工监督室;"
            f"归口管理机构{count}个:县看守所、县拘留所;城关派出所、桃川派出所、允山派出所、夏层铺派出所、粗石江派出所、"
            "源口派出所、上江圩派出所、松柏派出所、千家峒派出所、兰溪派出所、黄甲岭派出所。\n现有编制212名。")


def test_a_list_that_goes_on_after_a_semicolon_is_counted_whole():
    assert "count_list" not in _rules(_police(13))


def test_a_count_one_off_the_whole_list_is_still_found():
    assert "count_list" in _rules(_police(14))


# pool120 p03: a flattened funds table whose 上年结转资金 row lost its blank 年初预算数 cell.

def _funds(carried: str) -> str:
    return ("项目支出绩效自评表\n\n项目资金(万元)\n\n\n年初预算数\n\n全年预算数A\n\n全年执行数B\n\n分值\n\n执行率\n\n得分\n\n"
            "年度资金总额\n\n264\n\n412.44\n\n330.48\n\n10\n\n80.13\n\n8\n\n其中:当年财政拨款\n\n264\n\n264\n\n203.4\n\n\n"
            f"上年结转资金\n\n\n{carried}\n\n\n其他资金\n\n\n\n\n\n年度总体目标\n\n预期目标\n\n实际完成情况\n")


def test_a_row_that_lost_its_blank_cell_adds_up_once_moved_right():
    assert "table_column_total" not in _rules(_funds("148.44\n\n127.08"))


def test_a_short_row_that_adds_up_nowhere_still_leaves_the_total_wrong():
    assert "table_column_total" in _rules(_funds("148.44\n\n120.08"))


# pool122 p03: a form's label cell (年度总体目标) run into the first numbered item of its value (目标1:).

def test_a_label_run_into_its_first_numbered_item_is_no_doubled_word():
    text = "资金使用情况(万元)合计:109.8万元年度总体目标目标1:支持农村金融组织体系建设,目标2:支持重点群体。"
    assert "language.doubled_word" not in _rules(text)


def test_a_word_doubled_before_a_later_item_is_still_found():
    assert "language.doubled_word" in _rules("一、基本情况\n我局按照目标目标要求，完成了全年任务。")


# pool122 p05: a document site's images in markdown, one a line, are the site's pictures.

def test_lines_of_markdown_images_are_no_repeated_text():
    image = "![资源得分’ title=](/images/score_1.gif)"
    title = "某省冬春救助资金2021年度绩效自评报告和区域目标自评表.docx"
    text = (f"{title}\n{image}\n{image}\n{image}\n{image}\n{image.replace('score_1', 'score_05')}\n"
            f"《{title}》由会员分享,可在线阅读,更多相关《某省")
    assert "language.repeated_clause" not in _rules(text)
