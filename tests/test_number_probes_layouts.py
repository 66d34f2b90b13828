"""Probes of invented layouts for the number checks, session 35: each a short text written right (no
number finding) and with one planted defect (a finding of the rule that owns it), plus layouts that
must stay silent. Staffing in a form's table read down its rows; totals in a table whose data rows have
no label cell; parts in prose whose last one is joined by 和/及; a bare rate right after the sentence
that gives its figures."""

from __future__ import annotations

from number_probes import probe_tests

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"


def _table(*rows: str) -> str:
    return "\n".join("| " + r + " |" for r in rows) + "\n"


CASES = [
    ("staff, a form's label cells over each other",
     _table("项目 | 人数", "编制数 | 30", "实有人数 | 28"), _table("项目 | 人数", "编制数 | 30", "实有人数 | 33"),
     "staffing.over_posts"),
    ("staff, label cells over each other with a row between",
     _table("编制数 | 30", "内设机构 | 5", "实有人数 | 28"), _table("编制数 | 30", "内设机构 | 5", "实有人数 | 33"),
     "staffing.over_posts"),
    ("staff, a form's fields run together on one line", "编制人数 30 实有人数 28 内设机构 5\n",
     "编制人数 30 实有人数 33 内设机构 5\n", "staffing.over_posts"),
    # a part larger than its whole, the whole named by the staff it counts
    ("staff part, 干部职工 and one part", "全局干部职工45人，其中女职工20人。\n", "全局干部职工45人，其中女职工50人。\n",
     "staffing.part_over_whole"),
    ("staff part, 工作人员 and one part after a colon", "全局工作人员45人，其中：党员30人。\n", "全局工作人员45人，其中：党员50人。\n",
     "staffing.part_over_whole"),
    # a table's one data row with no label cell, under a header that names every column
    ("total closing a row of unlabelled figures", _table("基本支出 | 项目支出 | 合计", "640.7 | 300 | 940.7"),
     _table("基本支出 | 项目支出 | 合计", "640.7 | 300 | 950.7"), "table_row_total"),
    ("total opening a row of unlabelled figures", _table("合计 | 基本支出 | 项目支出", "940.7 | 640.7 | 300"),
     _table("合计 | 基本支出 | 项目支出", "950.7 | 640.7 | 300"), "table_row_total"),
    ("total of a form's header and its figures flattened one cell per line",
     "中央资金\n省级资金\n县级资金\n合计\n60\n30\n20\n110\n", "中央资金\n省级资金\n县级资金\n合计\n60\n30\n20\n120\n",
     "table_row_total"),
    ("the same with blank lines between the cells", "中央资金\n\n省级资金\n\n县级资金\n\n合计\n\n60\n\n30\n\n20\n\n110\n",
     "中央资金\n\n省级资金\n\n县级资金\n\n合计\n\n60\n\n30\n\n20\n\n120\n", "table_row_total"),
    ("two unlabelled rows under one header", _table("基本支出 | 项目支出 | 合计", "640.7 | 300 | 940.7", "600 | 200 | 800"),
     _table("基本支出 | 项目支出 | 合计", "640.7 | 300 | 940.7", "600 | 200 | 810"), "table_row_total"),
    # parts in prose whose last one is joined by 和/及/以及
    ("parts joined by 和, more than the total", "全年项目支出420万元，包括农田水利建设资金300万元和技术推广经费120万元。\n",
     "全年项目支出380万元，包括农田水利建设资金300万元和技术推广经费120万元。\n", "sentence_parts_sum"),
    ("parts joined by 及 after 其中", "全年项目支出420万元，其中农田水利建设资金300万元及技术推广经费120万元。\n",
     "全年项目支出380万元，其中农田水利建设资金300万元及技术推广经费120万元。\n", "sentence_parts_sum"),
    ("three parts, the last joined by 以及",
     "全年项目支出420万元，其中农田水利建设资金200万元、种子补贴100万元以及技术推广经费120万元。\n",
     "全年项目支出380万元，其中农田水利建设资金200万元、种子补贴100万元以及技术推广经费120万元。\n", "sentence_parts_sum"),
    # 标签：值 fields run on one line, apart by ；, closed by their 合计
    ("fields on one line and their 合计", "人员经费：560.2万元；公用经费：80.5万元；合计：640.7万元。\n",
     "人员经费：560.2万元；公用经费：80.5万元；合计：650.7万元。\n", "sentence_total_after"),
    ("clauses apart by ； and their 合计", "人员经费560.2万元；公用经费80.5万元；合计640.7万元。\n",
     "人员经费560.2万元；公用经费80.5万元；合计650.7万元。\n", "sentence_total_after"),
    # a count of units over a list of two units' names
    ("two units' names after 即", "本部门下属二级单位2家，即县农业技术推广中心、县畜牧水产事务中心。\n",
     "本部门下属二级单位3家，即县农业技术推广中心、县畜牧水产事务中心。\n", "count_list"),
    ("two units' names after a colon", "下属单位2个：县农业技术推广中心、县畜牧水产事务中心。\n",
     "下属单位3个：县农业技术推广中心、县畜牧水产事务中心。\n", "count_list"),
    # a count of items over the numbered lines after its colon
    ("duties numbered （一） after a count of items",
     "主要履行以下4项职责：\n（一）拟订农业发展规划；\n（二）负责种植业管理；\n（三）负责畜牧业管理；\n（四）负责农村经营管理。\n二、部门整体支出情况\n",
     "主要履行以下5项职责：\n（一）拟订农业发展规划；\n（二）负责种植业管理；\n（三）负责畜牧业管理；\n（四）负责农村经营管理。\n二、部门整体支出情况\n",
     "count_list"),
    ("duties numbered 1. after a count of items",
     "主要履行以下4项职责：\n1.拟订农业发展规划；\n2.负责种植业管理；\n3.负责畜牧业管理；\n4.负责农村经营管理。\n二、部门整体支出情况\n",
     "主要履行以下5项职责：\n1.拟订农业发展规划；\n2.负责种植业管理；\n3.负责畜牧业管理；\n4.负责农村经营管理。\n二、部门整体支出情况\n",
     "count_list"),
    # a bare rate of the whole money right after the sentence or ；-clause that gives its figures
    ("rate in the sentence after its figures", "全年预算数500万元，实际支出480万元。预算执行率为96%。\n",
     "全年预算数500万元，实际支出480万元。预算执行率为98%。\n", "sentence_rate"),
    ("rate in the ；-clause after its figures", "全年预算数500万元，实际支出480万元；预算执行率为96%。\n",
     "全年预算数500万元，实际支出480万元；预算执行率为98%。\n", "sentence_rate"),
    ("rate of use over the money that arrived, told in the ；-clause before",
     "截至2025年12月31日，项目资金到位280万元，到位率100%；已支付资金266万元，支付率95%。\n",
     "截至2025年12月31日，项目资金到位280万元，到位率100%；已支付资金266万元，支付率96%。\n", "sentence_rate"),
    ("rate of use over the money that arrived, told in the sentence before",
     "项目资金到位280万元。已支付资金266万元，支付率95%。\n", "项目资金到位280万元。已支付资金266万元，支付率96%。\n",
     "sentence_rate"),
    ("rate after its figures, full-width digits", "全年预算数５００万元，实际支出４８０万元。预算执行率为９６％。\n",
     "全年预算数５００万元，实际支出４８０万元。预算执行率为９８％。\n", "sentence_rate"),
]


LEFT = [
    ("staff, a row of staff outside the posts in the same table",
     _table("编制数 | 30", "实有人数 | 33", "其中编外聘用人员 | 3")),
    ("staff, a row of the retired in the same table, as many as the excess",
     _table("编制数 | 30", "实有人数 | 43", "退休人数 | 15")),
    ("staff, fields on one line with the retired as many as the excess", "编制人数 30 实有人数 33 退休人数 10\n"),
    ("staff, fields on one line with staff outside the posts", "编制人数 30 实有人数 33 编外人员 3\n"),
    ("staff, label cells far apart in one table", _table("编制数 | 30", "内设机构 | 5", "下属单位 | 2", "车辆 | 3",
                                                        "实有人数 | 33")),
    ("staff, label cells in two tables", _table("编制数 | 30", "内设机构 | 5") + "本单位另有下属单位。\n"
     + _table("实有人数 | 33", "车辆 | 3")),
    ("a year column is no part of the row's total", _table("年度 | 基本支出 | 项目支出 | 合计", "2025 | 640.7 | 300 | 940.7")),
    ("a column of years under another header is no part either", _table("时间 | 基本支出 | 项目支出 | 合计", "2025 | 640.7 | 300 | 940.7")),
    ("stages of one money are no parts of a 合计", _table("预算数 | 决算数 | 合计", "100 | 90 | 180")),
    ("a first part equal to the rest may be their whole (其中)", _table("中央资金 | 省级资金 | 县级资金 | 合计",
                                                                     "50 | 30 | 20 | 110")),
    ("a flattened form whose figures do not fill its columns", "中央资金\n省级资金\n县级资金\n合计\n60\n30\n20\n备注\n无\n"),
    ("和 joining a count of people to a sum of money", "全年项目支出380万元，其中农田水利建设资金300万元和技术人员20人。\n"),
    ("和 before a year: a figure of another year", "全年项目支出380万元，其中农田水利建设资金300万元和2024年结转资金120万元。\n"),
    ("a rate of a part named in the sentence after", "全年预算数500万元，实际支出480万元。其中项目资金执行率为98%。\n"),
    ("a rate of another time in the sentence after", "全年预算数500万元，实际支出480万元。截至6月底，预算执行率为48%。\n"),
    ("a rate after its figures, the software's truncation", "全年预算数200万元，实际支出199.97万元。预算执行率为99.98%。\n"),
    ("a rate after figures that name no budget", "本年收入500万元，支出480万元。预算执行率为98%。\n"),
    ("a rate in the next paragraph is left", "全年预算数500万元，实际支出480万元。\n预算执行率为98%。\n"),
    ("rows in 元 and their total in 万元, each named in its label",
     _table("项目 | 金额", "人员经费（元） | 5,602,000", "公用经费（元） | 805,000", "合计（万元） | 640.7")),
    ("columns in 元 and their total in 万元, each named in its header",
     _table("项目 | 基本支出（元） | 项目支出（元） | 合计（万元）", "本级 | 6407000 | 3000000 | 940.7")),
    ("a ；-clause with a label of its own is another figure", "人员经费：560.2万元；公用经费：80.5万元；支出合计：650.7万元。\n"),
    ("a rate of use over the budget, with the money that arrived beside it",
     "项目预算300万元，资金到位280万元；已支付资金266万元，支付率88.67%。\n"),
    ("two names after 包括 may be two of more", "共3个股室，包括办公室、财务股。\n"),
    ("two names that are no units'", "全年开展3次督查，分别为春耕督查、秋收督查。\n"),
    ("numbered headings with text under each are no list of lines",
     "全年重点完成了以下3项工作：\n（一）农田建设\n全年建设高标准农田1万亩。\n（二）技术推广\n培训农民500人次。\n"
     "（三）产业发展\n新增合作社5家。\n（四）其他工作\n完成上级交办的其他任务。\n"),
    ("numbered duties running to the end of the text (cut off)",
     "主要履行以下5项职责：\n（一）拟订农业发展规划；\n（二）负责种植业管理；\n（三）负责畜牧业管理；\n（四）负责农村经营管理。\n"),
    ("numbered duties with sub-items in another style",
     "主要履行以下5项职责：\n（一）拟订农业发展规划；\n（二）负责种植业管理；\n1.种植业生产；\n2.种子管理；\n（三）负责畜牧业管理；\n"
     "（四）负责农村经营管理。\n二、部门整体支出情况\n"),
    ("a flattened budget form with its rate", "年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n100\n120\n108\n10\n90%\n9\n"),
]


(test_the_right_version_draws_no_number_finding, test_the_planted_defect_draws_one_finding_of_its_rule,
 test_ambiguous_or_explained_layouts_draw_no_number_finding) = probe_tests(H, CASES, LEFT)
