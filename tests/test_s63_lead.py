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


# Round two's labelled misses (pools 120 and 123), found by what the text says, each with a guard.

def test_staff_of_one_class_above_all_the_posts_are_above_the_posts():
    text = ("一、部门概况\n(一)部门机构设置、编制\n某县人大常委会核定编制38人。其中:行政编制38人(含行政工勤编制7人)。"
            "2024年末在职在编实有行政人员48人(含机关工勤人员7人),与上年相比减少2人。")
    assert "staffing.over_posts" in _rules(text)


def test_staff_of_one_class_within_the_posts_is_no_finding():
    text = "一、部门概况\n某县人大常委会核定编制38人。2024年末在职在编实有行政人员36人(含机关工勤人员7人)。"
    assert "staffing.over_posts" not in _rules(text)


def _goal_page(sentence: str, above: str = "公告摘要\n项目编号-\n预算金额-\n") -> str:
    return (f"{above}某市公安局2023年度信息系统维护费项目绩效自评报告\n一、项目概况\n(一)项目基本情况:\n项目保障信息系统运行,截至2023年12月31日,"
            "2023年预算181万元已全部支付,2023年全年执行率100%。\n"
            f"(二)项目年度预算绩效目标和绩效指标设定情况\n{sentence}\n当年年度目标完成情况:已完成,目标已达到。")


def test_last_years_goal_label_is_stale_though_the_goal_raises_a_rate():
    assert "dates.label_year" in _rules(_goal_page("2022年年度目标是充分利用视频监控技术手段,提高破案率。"))


def test_a_goal_compared_with_last_year_is_no_stale_label():
    assert "dates.label_year" not in _rules(_goal_page("2022年年度目标是破案率较上年提高5%。"))


def test_a_budget_documents_title_still_reads_its_labels_as_last_years_by_design():
    above = "某市公安局2024年部门预算编制说明\n"
    assert "dates.label_year" not in _rules(_goal_page("2022年年度目标是充分利用视频监控技术手段,提高破案率。", above))


def _made_of(total: str) -> str:
    return (f"某县2017年度体育彩票公益金使用情况公告\n根据通知要求,2017年我县体育彩票公益金共计{total}万元,其组成情况如下:"
            "一是体育彩票销售地方分成37.22万元,二是省级体彩公益金(定向转移支付)85万元,三是中央彩票公益金支持地方体育事业经费"
            "共计4.5万元。现将使用情况公告如下:")


def test_a_total_its_components_told_one_by_one_exceed_is_found():
    assert "sentence_parts_sum" in _rules(_made_of("123.22"))


def test_a_total_its_components_make_is_no_finding():
    assert "sentence_parts_sum" not in _rules(_made_of("126.72"))


# Planted totals missed on the session's new pages (pool120 p09, pool123 p19), read by what the text says.

def _retired(total: int, stop: str) -> str:
    return f"一、部门概况\n本单位核定编制38人。\n离退休人员{total}人,其中退休40人,离休0人{stop}"


def test_a_space_before_the_stop_does_not_hide_the_last_part():
    assert "sentence_parts_sum" in _rules(_retired(39, " 。"))


def test_parts_that_make_their_total_before_a_spaced_stop_are_no_finding():
    assert "sentence_parts_sum" not in _rules(_retired(40, " 。"))


def _balance(total: str) -> str:
    return f"二、资金使用情况\n结余{total}万元,其中残疾人福利类1.39万元,社会公益类4.5万元。"


def test_a_balance_is_a_sum_of_its_parts_like_any_total():
    assert "sentence_parts_sum" in _rules(_balance("5.78"))


def test_a_balance_its_parts_make_is_no_finding():
    assert "sentence_parts_sum" not in _rules(_balance("5.89"))


# Planted rates missed on the session's new pages (pool117 p03, pool119 p14), read by what the text says.

def _rate_page(sentence: str) -> str:
    return f"二、绩效情况分析\n(一)资金投入情况分析。\n{sentence}"


def test_money_actually_put_in_is_the_spent_side_of_an_execution_rate():
    assert "sentence_rate" in _rules(_rate_page("全年预算481.88万元,实际投入资金339万元,实际执行率为75.35%。"))


def test_money_actually_put_in_that_gives_the_rate_is_no_finding():
    assert "sentence_rate" not in _rules(_rate_page("全年预算481.88万元,实际投入资金339万元,实际执行率为70.35%。"))


def test_a_fund_named_as_such_is_the_base_of_its_execution_rate():
    assert "sentence_rate" in _rules(_rate_page("中央集中彩票公益金10.7万元,执行数8.46万元,预算执行率为75.07%。"))


def test_a_fund_whose_rate_holds_is_no_finding():
    assert "sentence_rate" not in _rules(_rate_page("中央集中彩票公益金10.7万元,执行数8.46万元,预算执行率为79.07%。"))
