"""Session 60's lead fixes, each read on a fresh pool after its measure."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


# pool83: a 核查 of a unit's 2023 self-evaluation, dated 30 December 2024. A December date is the year it
# closes (a report signed on 31 December) or, when only the year before is a title's, a review a year on.

HECHA = ("2023年某市应急管理局部门整体支出绩效自评核查报告\n评价时间：{date}\n一、评价部门概要\n"
         "根据“三定”方案，市应急管理局主要职能包括应急管理工作。\n")


def test_a_review_dated_the_next_december_keeps_the_titles_year():
    found = _rules(HECHA.format(date="2024年12月30日"))
    assert not [r for r, _ in found if r.startswith("dates.")]


def test_a_review_dated_within_the_titles_year_is_still_too_early():
    found = _rules(HECHA.format(date="2023年11月30日"))
    assert ("dates.before_year_end", "2023年11月30日") in found


def test_a_title_two_years_behind_a_december_date_is_still_stale():
    found = _rules(HECHA.replace("2023年某市", "2022年某市").format(date="2024年12月30日")
                   + "2024年度预算资金120万元，2024年末全部支出。\n")
    assert [r for r, _ in found if r == "dates.stale_title"]


# pool83 p14: a 分别 list whose last project's name holds 及, the name given whole again later on.

SCORES = ("某区财政局2020年度重点绩效评价情况报告\n一、评价结果\n禁毒工作专项、社区公厕改造建设、扶持企业科技基金及扶持企业发展专项"
          "评价得分分别为93.4分、91分、81.5分。{later}\n")


def test_a_name_holding_ji_given_whole_again_is_one_item():
    found = _rules(SCORES.format(later="扶持企业科技基金及扶持企业发展专项绩效评价结果良好。"))
    assert not [r for r, _ in found if r == "respectively_count"]


def test_without_the_name_again_the_ji_still_parts_two_items():
    found = _rules(SCORES.format(later="评价结果良好。"))
    assert [r for r, _ in found if r == "respectively_count"]


# pool83 p02: a firm's report numbers itself with the firm's code (湘财正咨字), the firm named in full elsewhere.

FIRM = ("某县农机购置补贴资金绩效评价报告\n湘财正咨字〔2022〕第39号\n受县财政局委托，{firm}成立绩效评价工作小组，"
        "对农机购置补贴资金开展绩效评价。\n")


def test_a_firms_own_name_is_no_slip():
    found = _rules(FIRM.format(firm="湖南财正会计师事务所"))
    assert not [q for r, q in found if r == "language.typo"]


def test_the_same_characters_with_no_firm_of_that_name_are_still_read():
    found = _rules(FIRM.format(firm="湖南某会计师事务所") + "加强财正资金管理，提高资金使用效益。\n")
    assert ("language.typo", "财正") in found


# pool84 p14: a measure's suffix after a verb and its object (出车量: the number of call-outs).

CALLS = "某县急救中心2022年度部门整体支出绩效自评报告\n一、基本情况\n急救呼入越来越多，{said}大幅度增加。\n购置急救车辆2台。\n"


def test_a_measure_after_a_verb_and_its_object_is_no_slip():
    assert not [q for r, q in _rules(CALLS.format(said="出车量")) if r == "language.typo"]


def test_the_same_characters_after_no_such_word_are_still_read():
    assert ("language.typo", "车量") in _rules(CALLS.format(said="购置车量"))


# pool85 p01: a measure after a figure (31500口人: 口 counts people) is no swapped 人口.

VILLAGES = "某县农业农村局2019年度美丽乡村项目绩效自评报告\n一、项目概况\n{said}，示范村全部建成。\n"


def test_a_measure_after_a_figure_is_no_swapped_pair():
    found = _rules(VILLAGES.format(said="受益农户9840个，涉及31500口人"))
    assert not [r for r, _ in found if r == "language.swapped"]


def test_the_same_pair_after_no_figure_is_still_swapped():
    assert ("language.swapped", "口人") in _rules(VILLAGES.format(said="全镇口人持续增长"))


# pool86 p03: a site's menu of masked index numbers (>> ********66) is no blank value of the indicator library.

def test_asterisks_running_into_digits_are_a_masked_number():
    found = _rules("某县财政局2019年度防尘洗护费项目绩效评价报告\n>> ********66 政务公开 | >> ********61 部门信息公开\n"
                   "一、项目基本情况\n项目资金12万元，全部支出。\n")
    assert not [r for r, _ in found if r == "structure.placeholder"]


def test_the_blank_value_after_a_sign_is_still_a_placeholder():
    found = _rules("某县财政局2019年度防尘洗护费项目绩效评价报告\n一、项目基本情况\n项目资金12万元，全部支出。\n"
                   "| 数量指标 | 发放人数 | ≥**人 | 120人 |\n")
    assert [r for r, _ in found if r == "structure.placeholder"]


# pool86 p10: a satisfaction figure given with its bound (88.32%及以上) is a figure, not evidence off the topic.

def _form(actual: str) -> str:
    return ("某县人社局2021年度护工培训项目绩效自评表\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n"
            f"| 满意度指标 | 服务对象满意度指标 | 参培学员满意度 | 95%及以上 | {actual} |\n")


def test_a_satisfaction_figure_with_its_bound_is_on_the_topic():
    assert not [r for r, _ in _rules(_form("88.32%及以上")) if r == "claims.evidence_off_topic"]


def test_words_beside_the_topic_are_still_off_it():
    assert [r for r, _ in _rules(_form("已按时完成培训任务")) if r == "claims.evidence_off_topic"]


# pool86 p13: a copy spaced character by character (目 录摘 要) runs two words' halves together.

def test_a_pair_between_spaces_that_closes_and_opens_words_is_a_seam():
    found = _rules("某区文广局2017年度文教结合项目绩效评价报告\n评 价 机 构 ： 某 某 咨 询 有 限 公 司 目 录摘 要 一 、 项 目 基 本 情 况\n")
    assert not [r for r, _ in found if r == "language.swapped"]


def test_the_pair_in_running_text_is_still_swapped():
    found = _rules("某区文广局2017年度文教结合项目绩效评价报告\n一、项目基本情况\n全区口人持续增长，文教结合项目顺利实施。\n")
    assert ("language.swapped", "口人") in found


# pool85 p08's label (read after the measure): a title closed after a clause mark.

def test_a_title_closed_after_a_comma_is_a_misplaced_mark():
    found = _rules("某县委宣传部2022年度新时代文明实践中心建设项目绩效自评报告\n一、项目概况\n"
                   "根据《某县新时代文明实践中心建设实施方案要求，》要强力推进实践中心建设。\n")
    assert ("language.mismatched_pair", "《某县新时代文明实践中心建设实施方案要求，》") in found


def test_a_title_closed_after_its_name_is_left_alone():
    found = _rules("某县委宣传部2022年度新时代文明实践中心建设项目绩效自评报告\n一、项目概况\n"
                   "根据《某县新时代文明实践中心建设实施方案》要求，强力推进实践中心建设。\n")
    assert not [r for r, _ in found if r == "language.mismatched_pair"]


# pool85 p09's label (read after the measure): a part followed by ；其中 (its class's breakdown) still closes the list.

SPENT = "某县人大办2020年度部门整体支出绩效自评报告\n一、部门基本情况\n2020年公共预算财政拨款支出{total}万元,其中:基本支出1006.67万元;" \
        "项目支出379.53万元;其中工资福利支出729.14万元,商品和服务支出152.93万元,对个人和家庭支出124.6万元。\n"


def test_a_part_before_a_new_breakdown_still_closes_its_list():
    assert [r for r, _ in _rules(SPENT.format(total="1386.33")) if r == "sentence_parts_sum"]


def test_the_list_that_adds_up_is_left_alone():
    assert not [r for r, _ in _rules(SPENT.format(total="1386.20")) if r == "sentence_parts_sum"]


# pool84 p14: a flattened form's empty classes run together (质量指标时效指标成本指标效益指标…).

def _classes(line: str) -> list[tuple[str, str]]:
    return _rules("某区急救站2019年度急救运营专项资金绩效自评报告\n一、项目绩效自评表\n" + line + "\n")


def test_the_next_classes_name_after_an_empty_class_is_no_cost_indicator():
    found = _classes("产出指标数量指标调度中心接警次数1200014084质量指标时效指标成本指标效益指标经济效益指标")
    assert not [r for r, _ in found if r == "indicators.misfiled_cost"]


def test_a_cost_indicator_under_a_time_class_is_still_misfiled():
    found = _classes("产出指标数量指标调度中心接警次数1200014084质量指标时效指标成本控制不超过预算效益指标经济效益指标")
    assert [r for r, _ in found if r == "indicators.misfiled_cost"]


# pool88 p02: a firm's evaluation of a building project, dated 28 December, names no year but its own date.

BUILDING = "某县殡仪馆建设项目绩效评价报告\n评价项目名称：某县殡仪馆建设项目\n报告日期：{date}\n一、项目基本情况\n项目于2017年10月8日开工。\n"


def test_a_date_that_alone_names_the_year_is_not_too_early_for_it():
    assert not [r for r, _ in _rules(BUILDING.format(date="2021年12月28日")) if r == "dates.before_year_end"]


def test_a_date_within_a_year_the_title_names_is_still_too_early():
    found = _rules(BUILDING.replace("某县殡仪馆建设项目绩效评价报告", "某县殡仪馆2021年度建设项目绩效评价报告")
                   .format(date="2021年12月28日"))
    assert [r for r, _ in found if r == "dates.before_year_end"]


# pool88 p13: a finance bureau's 通报 of the year's evaluation results, named for the year of the evaluation work.

NOTICE = ("某县财政局关于{title}年财政支出绩效评价结果的通报\n根据《某县财政局关于开展2024年财政支出绩效评价的通知》要求，"
          "各预算部门对2023年度使用财政资金安排的项目支出开展了绩效自评，上报2023年度支出项目绩效自评263个。\n")


def test_a_notice_of_results_a_year_after_the_evaluated_year_is_not_stale():
    assert not [r for r, _ in _rules(NOTICE.format(title="2024")) if r == "dates.stale_title"]


def test_a_notice_two_years_after_is_still_stale():
    assert [r for r, _ in _rules(NOTICE.format(title="2025")) if r == "dates.stale_title"]


# pool87 p04: 省本级 (the province's own budget) after the province's name is a term, no doubled level.

def test_the_levels_own_budget_after_its_name_is_no_doubled_level():
    found = _rules("海南省某医院卫生健康发展专项资金绩效自评报告\n一、项目概况\n根据《海南省省本级项目支出预算管理办法》的要求，"
                   "改善医院医疗条件。海南省本级财政安排资金1110万元。\n")
    assert not [r for r, _ in found if r == "language.doubled_level"]


def test_a_level_doubled_before_an_organ_the_report_names_once_is_still_read():
    found = _rules("某区民政局2021年度部门整体支出绩效自评报告\n一、部门概况\n开州区区民政局负责全区社会救助工作。开州区民政局下设5个科室。\n")
    assert [r for r, _ in found if r == "language.doubled_level"]


# pool87 p04: the project's name said again after its (masked) year is a name dated, no splice.

PROJECT = ("绩效自评报告\n一、项目概况\n（一）项目基本性质、用途和主要内容\n项目名称：海南省某医院卫生健康发展专项资金项目，"
           "项目实施地点：海南省五指山市三月三大道；项目内容：改善医院医疗条件，执行医院各类改造工程，其中包括：\n"
           "1、医院康复病区热水系统改造项目，\n2.全自动生化分析仪，\n3.医院文化建设项目。"
           "{year}海南省某医院卫生健康发展专项资金预算1110万元。\n（二）项目绩效目标\n为满足人民群众对精神卫生的需求，改善医疗条件。\n")


def test_a_name_said_again_after_its_year_is_no_splice():
    for year in ("20xx年", "2020年"):
        assert not [r for r, _ in _rules(PROJECT.format(year=year)) if r == "redundancy.splice_partial"]


# pool87 p08: a rare character the report writes again and again is its own (衢州, 衢丽铁路, 衢江), no slip.

RAIL = ("龙游县衢丽铁路专项债券资金绩效自评报告\n一、项目概况\n衢丽铁路衢州至松阳段正线长94.8公里，与杭衢铁路衔接，"
        "全线设{station}、龙游、遂昌西、松阳4座车站。\n")


def test_a_rare_character_the_report_writes_often_is_its_own():
    assert not [q for r, q in _rules(RAIL.format(station="衢江")) if r == "language.typo"]


def test_a_slip_to_a_common_character_is_still_read():
    found = _rules("某县财政局2023年度部门整体支出绩效自评报告\n一、部门概况\n我局负贵全县财政资金管理。\n")
    assert ("language.typo", "负贵") in found


# pool87 p11: a government site's accessibility switch (打开适老化模式); 适老化 is a policy term.

def test_the_elderly_friendly_mode_is_a_term():
    found = _rules("某县人民医院专项债资金绩效自评报告\n| 无障碍浏览 | 打开适老化模式\n一、项目概况\n项目于2022年开始建设，推进病房适老化改造。\n")
    assert not [q for r, q in found if r == "language.typo"]


# pool87 p11: the province's campaign as the context of a county hospital's project (在全省…的背景下).

def _hospital(clause: str) -> list[tuple[str, str]]:
    return _rules(f"昌宁县人民医院2022年度专项债资金绩效自评报告\n一、项目概况\n2016年7月，{clause}，县人民政府与投资公司签订建设合作协议。\n")


def test_a_higher_levels_campaign_as_the_background_is_a_frame():
    assert not [r for r, _ in _hospital("在全省大力推进“百县百医院”项目的背景下") if r == "entities.scope_level"]


def test_a_province_wide_result_claimed_by_a_county_unit_is_still_read():
    assert [r for r, _ in _hospital("我院为全省320名患者提供康复服务") if r == "entities.scope_level"]


# pool88 p01: a flattened score table's 总分 row (总分 100 100 100 78): which figure is the score is unclear.

def _graded(row: str) -> list[tuple[str, str]]:
    return _rules("某市殡葬管理中心公墓项目绩效评价报告\n二、绩效评价指标评分\n" + row + "\n")


def test_a_flattened_total_row_gives_no_score_to_grade():
    assert not [r for r, _ in _graded("服务对象满意度 8 6 总分 100 100 100 78 评价等次 中 三、评价人员") if r == "score_grade"]


def test_a_score_given_alone_is_still_held_against_its_grade():
    assert [r for r, _ in _graded("项目绩效自评总分 95分，评价等次为“中”。") if r == "score_grade"]


# pool88 p07/p08: a document-sharing site's notice under its preview is the site's, not the report's.

NOTICE_LINE = "1、原创力文档网站文档一经付费，不意味着购买了该文档的版权，仅供个人学习、研究之用，侵权必究。。"


def test_a_sites_notice_is_not_read_for_doubled_marks():
    found = _rules("某市财政支出项目绩效考评报告\n" + NOTICE_LINE + "\n一、项目概况\n项目资金120万元，全部支出。\n")
    assert not [r for r, _ in found if r == "language.doubled_mark"]


def test_a_doubled_stop_in_the_report_is_still_read():
    found = _rules("某市财政支出项目绩效考评报告\n一、项目概况\n项目资金120万元，全部支出。。\n")
    assert [r for r, _ in found if r == "language.doubled_mark"]


# pool88 p10: a page's byline (撰稿 ¦ 陈锦华 审核 ¦陈进华) names people.

def test_a_name_in_a_pages_byline_is_no_slip():
    found = _rules("市委党校关于2017年度财政支出绩效评价结果的说明\n撰稿 ¦ 陈锦华 审核 ¦陈进华 来源 ¦ 本站原创\n"
                   "一、评价情况\n生物进化研究项目按期完成。\n")
    assert not [q for r, q in found if r == "language.typo"]


# pool87 p05: one title written twice (the page's and the heading) that the publication date rules out is one problem.

def test_a_title_repeated_after_publication_is_one_finding():
    report = review(read_text_string("2023年度财政支出专项资金绩效评价自评报告\n时间:2022-10\n"
                                     "2023年度财政支出专项资金绩效评价自评报告\n一、项目概况\n项目资金120万元，全部支出。\n"))
    late = [f for f in report.findings if f.rule == "dates.title_after_publication"]
    assert len(late) == 1 and len(late[0].related) == 1


# pool87 p08's label (read after the measure): a plan's year that lost its 年 (预计2027建成通车).

def test_a_plans_year_without_nian_is_a_dropped_character():
    found = _rules("某县铁路专项债券资金绩效自评报告\n一、项目概况\n项目正线长94.8公里，预计2027建成通车。\n")
    assert ("language.dropped", "2027建") in found


def test_a_planned_count_keeps_its_measure():
    found = _rules("某县铁路专项债券资金绩效自评报告\n一、项目概况\n项目带动就业，预计2027人受益。\n")
    assert not [r for r, _ in found if r == "language.dropped"]


# pool90 p06: a list of duties numbered 1、…7、 that goes on as (8): the fix is 8、, in the parent's digits.

def test_a_restyled_item_after_a_digit_marker_is_told_the_next_digit():
    duties = "".join(f"{k}、负责第{k}项工作。\n" for k in range(1, 8))
    report = review(read_text_string("某县工信局2024年度部门整体绩效目标\n一、部门职能\n" + duties + "(8)承办县政府交办的其他工作。\n"))
    restyled = [f for f in report.findings if f.rule == "structure.numbering_restyled"]
    assert restyled and "应为“8、”" in restyled[0].message


# pool90 p17: 工勤人员编制2人 is one kind's posts, not the unit's total.

def _staff(line: str) -> list[tuple[str, str]]:
    return _rules("某自治县交通运输局2024年度部门整体绩效运行监控报告\n一、部门基本情况\n" + line + "\n")


def test_a_kinds_posts_named_with_renyuan_are_no_total():
    found = _staff("局行政编制11人，工勤人员编制2人，实有人数12人。")
    assert not [r for r, _ in found if r == "staffing.over_posts"]


def test_staff_above_a_total_of_posts_are_still_read():
    assert [r for r, _ in _staff("局机关编制10人，实有人数12人。") if r == "staffing.over_posts"]


# pool90 p15: a page in traditional characters writes the budget's names in them (一般公共預算).

def test_a_fiscal_name_in_traditional_characters_is_no_slip():
    found = _rules("某市統計局2024年度部門整體支出績效運行監控報告\n一、收入情況\n年初預算收入合計316.82萬元，其中：一般公共預算財政撥款收入316.82萬元。\n")
    assert not [r for r, _ in found if r == "language.fiscal_term"]


def test_a_character_struck_into_the_name_is_still_read():
    found = _rules("某市统计局2024年度部门整体支出绩效运行监控报告\n一、收入情况\n本年度一般公共性预算拨款收入120万元，全部用于项目支出。\n")
    assert [r for r, _ in found if r == "language.fiscal_term"]


# pool90 p15: a stray dot in traditional text (的.統一部署) is read through the fold: 统一 is a word, no name's part.

def test_a_stray_dot_in_traditional_text_is_no_names_separator():
    found = review(read_text_string("某市統計局2024年度部門整體支出績效運行監控報告\n一、部門職能\n按照國家、省、市的.統一部署，組織實施人口普查。\n")).findings
    dots = [f for f in found if f.rule == "language.stray_dot"]
    assert dots and "间隔号" not in dots[0].message


# pool92 p06: a preview whose copy lost its figures (截止2018年12月底,,,其中,,, / 100万元、、、) runs marks together in
# many shapes at once: one problem, the text is not whole, told once with every place.

def test_marks_run_together_in_many_shapes_are_one_finding_of_lost_text():
    found = review(read_text_string(
        "某县道路养护资金绩效评价报告\n一、,主要用于国道养护139公里100万元、、、道班房维修费10万元。\n"
        "截至2018年12月底,,,其中,,,具体实施情况如下:。,主要用于新楠路、;用于唐巴路等。\n")).findings
    marks = [f for f in found if f.rule == "language.doubled_mark"]
    assert len(marks) == 1 and "文字缺失" in marks[0].message and len(marks[0].related) >= 4


def test_a_mark_doubled_here_and_there_is_still_its_own_finding():
    found = review(read_text_string("某县道路养护资金绩效评价报告\n一、项目概况\n项目资金120万元，全部支出。。\n"
                                    "二、绩效目标\n完成养护任务，，群众满意。\n")).findings
    assert len([f for f in found if f.rule == "language.doubled_mark"]) == 2


# pool91 p10: 小微企业 is a class of its own beside 中小微企业, no 中 dropped.

def test_small_and_micro_firms_beside_smes_are_no_dropped_character():
    found = _rules("某省中小企业发展专项资金绩效自评报告\n一、项目概况\n资金主要用于支持中小微企业转型升级、完善中小企业服务体系、"
                   "支持小微企业及“三农”融资担保奖励等。\n")
    assert not [q for r, q in found if r == "language.dropped"]


# pool91 p05: an essay site's line 请欣赏乡镇部门绩效自评报告 names townships at large, no township 请欣赏乡.

def test_townships_at_large_in_a_title_name_no_township():
    found = _rules("乡镇部门绩效自评报告\n请欣赏乡镇部门绩效自评报告(精选6篇)，希望能够帮助到大家。\n一、部门基本情况\n"
                   "大东镇人民政府在县委、县政府的领导下，全镇经济社会发展稳中有进。\n")
    assert not [r for r, _ in found if r == "entities.township_kind"]


# pool94 p03: a firm's name said again (北京某某咨询有限责任公司山东分公司) is named, not pasted.

def test_a_firms_name_said_again_is_no_splice():
    found = _rules("山东省文化厅关于非物质文化遗产保护资金第三方评价情况的公示\n"
                   "根据管理办法，2016年2月，我厅委托北京某某咨询有限责任公司山东分公司作为第三方机构，对保护资金开展绩效评价。\n"
                   "2016年3月，北京某某咨询有限责任公司山东分公司通过项目自评、形式审查和现场评价等程序，完成了评价工作。\n")
    assert not [r for r, _ in found if r == "redundancy.splice_partial"]


# pool94 p06: a meeting's minutes cited with their number in brackets, a number with no code: 会议纪要(〔2019〕3号).

def _cited(text: str) -> list[tuple[str, str]]:
    return _rules("某县国家现代农业产业园资金绩效评价报告\n一、评价依据\n" + text + "\n")


def test_the_citations_bracket_after_a_documents_title_is_no_extra_bracket():
    found = _cited("依据《实施意见》(贺党发〔2019〕23号)和某县产业园创建领导小组会议纪要(〔2019〕3号)文件要求开展评价。")
    assert not [r for r, _ in found if r == "language.document_number"]


def test_a_bracket_doubled_after_an_issuers_code_is_still_read():
    assert [r for r, _ in _cited("依据湘财〔〔2021〕5号文件要求开展评价。") if r == "language.document_number"]


# pool93 p01: 完整度高 is 完整度 (a noun made with its suffix) and 高, closing the clause, no swapped 高度 (the page is in
# traditional characters, where the check read it so).

def test_a_suffix_after_a_common_word_is_no_swapped_pair():
    found = _rules("某鄉2022年度項目績效自評報告\n一、評價結論\n績效指標設置合理,完整度高,對項目完成績效評價起到了積極作用。\n")
    assert not [r for r, _ in found if r == "language.swapped"]
