"""Probes of invented layouts for the number checks: one short text per layout, written right (no number
finding) and with one planted defect (exactly one finding, of the rule that owns it).

Staffing (编制 vs 实有, and a part larger than its whole), magnitudes (元 among 万元), scores and weights,
averages and questionnaire counts — in prose, ``标签：值`` lines, one cell per line, ``|`` tables and
full-width digits. A layout the checks leave on purpose (ambiguous) is not listed here.
"""

from __future__ import annotations

import pytest
from number_probes import probe_tests

from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某某局部门整体支出绩效自评报告\n一、部门基本情况\n"


def _table(*rows: str) -> str:
    head, *body = rows
    sep = "| " + " | ".join("---" for _ in head.split("|")) + " |"
    return "\n".join(["| " + head + " |", sep, *("| " + r + " |" for r in body)]) + "\n"


CASES = [
    # staffing: 实有 above 编制
    ("staff, prose", "本单位核定编制20人，实有人数18人。\n", "本单位核定编制20人，实有人数26人。\n", "staffing.over_posts"),
    ("staff, full-width digits", "本单位核定编制２０人，实有人数１８人。\n", "本单位核定编制２０人，实有人数２６人。\n",
     "staffing.over_posts"),
    ("staff, field lines", "编制数：20人\n实有人数：18人\n", "编制数：20人\n实有人数：26人\n", "staffing.over_posts"),
    ("staff, field lines whose label names the count", "编制人数：20\n实有人数：18\n", "编制人数：20\n实有人数：26\n",
     "staffing.over_posts"),
    ("staff, one cell per line", "编制数\n20\n实有人数\n18\n", "编制数\n20\n实有人数\n26\n", "staffing.over_posts"),
    ("staff, one cell per line with blank lines, the posts labelled 人员编制", "人员编制\n\n20\n\n实有人员\n\n18\n",
     "人员编制\n\n20\n\n实有人员\n\n26\n", "staffing.over_posts"),
    ("staff, header over column", _table("编制数 | 实有人数", "20 | 18"), _table("编制数 | 实有人数", "20 | 26"),
     "staffing.over_posts"),
    ("staff, label cell beside its value", "| 编制数 | 20 | 实有人数 | 18 |\n| 单位名称 | 某某局 | 负责人 | 张三 |\n",
     "| 编制数 | 20 | 实有人数 | 26 |\n| 单位名称 | 某某局 | 负责人 | 张三 |\n", "staffing.over_posts"),
    ("staff, 在编 hold posts", "核定编制20名，现有在编人员18名。\n", "核定编制20名，现有在编人员26名。\n",
     "staffing.over_posts"),
    # staffing: a part larger than its whole
    ("staff part, prose with two parts", "本单位在职人员12人，其中行政人员8人，事业人员4人。\n",
     "本单位在职人员12人，其中行政人员14人，事业人员4人。\n", "sentence_parts_sum"),
    ("staff part, one part named", "在职人员１２人，其中行政人员８人。\n", "在职人员１２人，其中行政人员１４人。\n",
     "staffing.part_over_whole"),
    ("staff part, 其中 on the next line", "实有人数：12人\n其中：行政人员8人\n", "实有人数：12人\n其中：行政人员14人\n",
     "staffing.part_over_whole"),
    # a rate over the money used and the money left, no budget named
    ("rate of use over used and not yet paid", "资金支付180万元，未支付20万元，支付率90%。\n",
     "资金支付180万元，未支付20万元，支付率95%。\n", "sentence_rate_used_left"),
    ("rate of use over spent and the balance", "全年支出80万元，结余20万元，预算执行率80%。\n",
     "全年支出80万元，结余20万元，预算执行率75%。\n", "sentence_rate_used_left"),
    ("rate of use over the money a project uses and the sum it spent", "该项目使用统筹整合资金850万元，全年执行数800万元，执行率94.12%。\n",
     "该项目使用统筹整合资金850万元，全年执行数800万元，执行率96%。\n", "sentence_rate"),
    ("rate of use over the money a named project uses", "2025年某村道路建设项目使用统筹整合资金850万元，全年执行数800万元，执行率94.12%。\n",
     "2025年某村道路建设项目使用统筹整合资金850万元，全年执行数800万元，执行率96%。\n", "sentence_rate"),
    # magnitudes
    ("amount, sentence", "全年支出办公费12.5万元、印刷费8.6万元、差旅费15.2万元。\n",
     "全年支出办公费12.5元、印刷费8.6万元、差旅费15.2万元。\n", "amount_unit"),
    ("amount, field lines", "办公费：12.5万元\n印刷费：8.6万元\n差旅费：15.2万元\n",
     "办公费：12.5元\n印刷费：8.6万元\n差旅费：15.2万元\n", "amount_unit"),
    ("amount, ten thousand times too large", "全年支出办公费125000元、印刷费86000元、差旅费152000元。\n",
     "全年支出办公费125000万元、印刷费86000元、差旅费152000元。\n", "amount_unit"),
    ("amount, a fund under a hundred 元 (the 万 dropped)", "春节慰问项目市级配套资金3.6万元，已全部到位。\n",
     "春节慰问项目市级配套资金3.6元，已全部到位。\n", "amount_unit"),
    # scores and weights
    ("score over weight, table", _table("指标 | 分值 | 得分", "产出数量 | 40 | 38", "产出质量 | 30 | 30", "满意度 | 30 | 28",
                                       "合计 | 100 | 96"),
     _table("指标 | 分值 | 得分", "产出数量 | 40 | 42", "产出质量 | 30 | 30", "满意度 | 30 | 24", "合计 | 100 | 96"),
     "indicator_score_over_weight"),
    ("weights not adding up, table", _table("指标 | 分值 | 得分", "产出数量 | 40 | 38", "产出质量 | 30 | 30",
                                            "满意度 | 30 | 28", "合计 | 100 | 96"),
     _table("指标 | 分值 | 得分", "产出数量 | 40 | 38", "产出质量 | 30 | 30", "满意度 | 20 | 18", "合计 | 100 | 86"),
     "table_column_total"),
    ("score over weight, prose", "产出指标分值50分，得分48分；效益指标分值30分，得分28分；满意度指标分值20分，得分19分；总分95分。\n",
     "产出指标分值50分，得分48分；效益指标分值30分，得分32分；满意度指标分值20分，得分15分；总分95分。\n",
     "indicator_score_over_weight"),
    ("total not the sum, prose", "产出指标分值50分，得分48分；效益指标分值30分，得分28分；满意度指标分值20分，得分19分；总分95分。\n",
     "产出指标分值50分，得分48分；效益指标分值30分，得分28分；满意度指标分值20分，得分19分；总分98分。\n", "score_total"),
    ("total not the sum, in a sentence of its own closing the paragraph",
     "产出指标分值50分，得分48分；效益指标分值30分，得分28分；满意度指标分值20分，得分19分。综合得分95分。\n",
     "产出指标分值50分，得分48分；效益指标分值30分，得分28分；满意度指标分值20分，得分19分。综合得分98分。\n", "score_total"),
    ("score over weight, the weight in brackets", "产出指标（分值50分）得分48分。\n", "产出指标（分值50分）得分52分。\n",
     "indicator_score_over_weight"),
    ("score over weight, a weight line over its score line", "产出指标分值：50分\n产出指标得分：48分\n",
     "产出指标分值：50分\n产出指标得分：52分\n", "indicator_score_over_weight"),
    ("total not the sum, field lines", "产出指标得分：48分\n效益指标得分：28分\n满意度指标得分：19分\n总得分：95分\n",
     "产出指标得分：48分\n效益指标得分：28分\n满意度指标得分：19分\n总得分：98分\n", "score_total"),
    # averages and surveys
    ("average, prose", "全年举办培训45期，培训3600人次，平均每期80人次。\n", "全年举办培训45期，培训3600人次，平均每期85人次。\n",
     "sentence_average"),
    ("average, full-width digits", "全年举办培训４５期，培训３６００人次，平均每期８０人次。\n",
     "全年举办培训４５期，培训３６００人次，平均每期８５人次。\n", "sentence_average"),
    ("average, a verb after the measure", "全年举办培训45期，共培训3600人次，平均每期培训80人次。\n",
     "全年举办培训45期，共培训3600人次，平均每期培训85人次。\n", "sentence_average"),
    ("average per head, 万元 over people in 元", "全年发放补助资金36万元，惠及1200人，人均补助300元。\n",
     "全年发放补助资金36万元，惠及1200人，人均补助350元。\n", "sentence_average"),
    ("average per household, 元", "全年发放奖补资金360000元，惠及240户，户均1500元。\n",
     "全年发放奖补资金360000元，惠及240户，户均1800元。\n", "sentence_average"),
    ("survey, returned above issued", "发放问卷500份，回收480份，有效问卷470份。\n", "发放问卷500份，回收526份，有效问卷470份。\n",
     "survey_counts"),
    ("survey, valid above returned", "发放问卷500份，回收480份，有效问卷470份。\n", "发放问卷500份，回收480份，有效问卷490份。\n",
     "survey_counts"),
    ("survey, rate", "发放问卷500份，回收480份，有效问卷470份，回收率96%。\n", "发放问卷500份，回收480份，有效问卷470份，回收率90%。\n",
     "survey_rate"),
    ("survey, field lines counts", "发放问卷：500份\n回收问卷：480份\n有效问卷：470份\n",
     "发放问卷：500份\n回收问卷：526份\n有效问卷：470份\n", "survey_counts"),
    ("survey, field lines rate", "发放问卷：500份\n回收问卷：480份\n有效问卷：470份\n回收率：96%\n",
     "发放问卷：500份\n回收问卷：480份\n有效问卷：470份\n回收率：90%\n", "survey_rate"),
    ("survey, table under a header of counts", _table("发放问卷 | 回收问卷 | 有效问卷", "500 | 480 | 470"),
     _table("发放问卷 | 回收问卷 | 有效问卷", "500 | 526 | 470"), "survey_counts"),
    ("survey, table with a rate column", _table("发放问卷（份） | 回收问卷（份） | 回收率", "500 | 480 | 96%"),
     _table("发放问卷（份） | 回收问卷（份） | 回收率", "500 | 480 | 90%"), "survey_rate"),
    ("survey, full-width digits", "发放问卷５００份，回收４８０份，有效问卷４７０份，回收率９６％。\n",
     "发放问卷５００份，回收５２６份，有效问卷４７０份。\n", "survey_counts"),
    # a rate of change given with both figures and no difference: (this year − the base) ÷ the base
    ("year on year, the base a 比 names", "部门支出1200万元，比上年1000万元增长20%。\n",
     "部门支出1200万元，比上年1000万元增长25%。\n", "sentence_change_rate"),
    ("year on year, a fall on 较上年", "三公经费支出8万元，较上年10万元下降20%。\n",
     "三公经费支出8万元，较上年10万元下降30%。\n", "sentence_change_rate"),
    ("year on year, 本年 and 上年 figures then 同比", "本年收入合计500万元，上年收入合计400万元，同比增长25%。\n",
     "本年收入合计500万元，上年收入合计400万元，同比增长30%。\n", "sentence_change_rate"),
    # a rate told in label-then-value lines
    ("rate, label and value lines", "预算资金\n200万元\n实际支付\n180万元\n资金支付率\n90%\n",
     "预算资金\n200万元\n实际支付\n180万元\n资金支付率\n95%\n", "line_rate"),
    ("completion rate, label and value lines with colons and blank lines",
     "计划培训人次：\n\n500人次\n\n实际培训人次：\n\n450人次\n\n完成率：\n\n90%\n",
     "计划培训人次：\n\n500人次\n\n实际培训人次：\n\n450人次\n\n完成率：\n\n95%\n", "line_rate"),
    # a form's budget and spending written in two money units
    ("rate fields, 元 over 万元", "全年预算数：5000000元\n全年执行数：450万元\n执行率：90%\n",
     "全年预算数：5000000元\n全年执行数：450万元\n执行率：95%\n", "form_rate"),
    # a total that closes the parts listed before it
    ("parts then their total", "人员经费60万元、公用经费40万元，合计100万元。\n", "人员经费60万元、公用经费50万元，合计100万元。\n",
     "sentence_total_after"),
    ("parts with a detail in brackets, then 以上两项合计", "基本支出60万元（人员经费50万元、公用经费10万元），项目支出40万元，以上两项合计100万元。\n",
     "基本支出60万元（人员经费50万元、公用经费10万元），项目支出45万元，以上两项合计100万元。\n", "sentence_total_after"),
    ("year on year, 亿元 over 万元", "全年支出1.2亿元，比上年10000万元增长20%。\n",
     "全年支出1.2亿元，比上年10000万元增长2%。\n", "sentence_change_rate"),
]


# what is left on purpose: the figures do not say they are complete, or the layout reads two ways
LEFT = [
    ("staff outside the posts named beside the table", _table("编制数 | 实有人数 | 编外人员", "20 | 26 | 6")),
    ("staff outside the posts named on the field lines", "编制数：20人\n实有人数：26人\n编外聘用人员：6人\n"),
    ("prose weights that do not reach 100: not every indicator is listed",
     "其中产出指标分值50分，得分48分；效益指标分值30分，得分28分；总分95分。\n"),
    ("a bare figure before a score need not be its weight", "产出指标50分，得分52分。\n"),
    ("a line that is no score breaks the run of score lines", "产出指标得分：48分\n其他说明：无\n满意度指标得分：19分\n总得分：95分\n"),
    ("a rate in another paragraph is another survey's", "发放问卷：500份\n回收问卷：480份\n\n本年度另开展走访调查，回收率达到90%。\n"),
    ("人均增收 is no share of the sentence's amount", "全年投入资金36万元，带动1200人就业，人均增收3500元。\n"),
    ("two counts of people: which the average is over is unclear",
     "全年发放补助资金36万元，覆盖1200人，其中困难群众300人，人均补助350元。\n"),
    ("a total with a label of its own names another figure", "本年支出合计120万元，基本支出60万元，项目支出40万元。\n"),
    ("parts rounded: 60.12 + 39.87 shown as 100", "人员经费60.12万元、公用经费39.87万元，合计100万元。\n"),
    ("label and value lines: a rate over the budget and its addition together",
     "预算资金\n200万元\n追加资金\n50万元\n实际支付\n180万元\n资金支付率\n72%\n"),
    ("a rise named over a fall: which figure is wrong is unknown", "部门支出800万元，比上年1000万元增长20%。\n"),
    ("a rate of change over this year's figure is left", "本年收入500万元，上年收入400万元，同比增长20%。\n"),
    ("a rate after three figures: which two it compares is a guess",
     "部门支出1200万元，项目支出300万元，比上年1000万元增长25%。\n"),
    ("a list of several parts is the count check's, not read again",
     "实有人数：12人\n其中行政人员：8人\n事业人员：4人\n"),
]


(test_the_right_version_draws_no_number_finding, test_the_planted_defect_draws_one_finding_of_its_rule,
 test_ambiguous_or_explained_layouts_draw_no_number_finding) = probe_tests(H, CASES, LEFT)


def test_a_budget_named_before_is_the_base_of_a_rate_given_with_the_money_left():
    """结余 may count other money (上年结转): where the budget before gives the rate, it is the base."""
    text = H + "2025年项目预算总额为100万元。\n全年支出80万元，结余15万元，执行率80%。\n"
    assert not [f for f in review(read_text_string(text)).findings if f.rule == "sentence_rate_used_left"]


def test_a_rate_the_shown_precision_of_used_and_left_can_give_is_no_mistake():
    text = H + "全年支出80.2万元，结余19.8万元，执行率80%。\n"
    assert not [f for f in review(read_text_string(text)).findings if f.rule == "sentence_rate_used_left"]


@pytest.mark.parametrize("text", ["项目结余资金0.36元已按规定上缴。", "每人补助资金50元，共发放120人。", "本年度利息收入3.6元。"])
def test_a_small_balance_a_per_head_sum_or_interest_in_yuan_is_no_unit_slip(text: str) -> None:
    assert not [f for f in review(read_text_string(H + text + "\n")).findings if f.rule == "amount_unit"]


def test_a_rate_written_100_percent_caps_a_little_overspending_not_a_large_one():
    """Forms cap 执行率 at 100% for scoring: 102万元 of a 100万元 budget may be written 100%; 187% may not."""
    def rates(text: str) -> list[str]:
        return [f.rule for f in review(read_text_string(H + text + "\n")).findings if f.rule == "sentence_rate"]
    assert rates("2025年预算数100万元，执行数102万元，执行率为100%。") == []
    assert rates("2025年预算数100万元，执行数187万元，执行率为100%。") == ["sentence_rate"]
