"""A rate in a sentence must follow from the figures it is stated with (checks/arithmetic/rates.py)."""

import pytest

from drafting.checks.arithmetic.sentence_rates import check_sentence_rates
from drafting.io.text_reader import read_text_string


def rate_findings(text: str):
    return check_sentence_rates(read_text_string(text))


def test_an_execution_rate_its_budget_and_spending_do_not_give_is_reported_with_the_right_rate():
    [f] = rate_findings("2023年项目预算安排60万元，预算支出60万元，预算执行率为96%。")
    assert f.location.quote == "96%"
    assert "100%" in f.message and f.suggestion.startswith("将 96% 改为 100%")
    assert {r.quote for r in f.related} == {"60万元"}


def test_a_share_of_a_total_listed_under_qizhong_must_be_the_part_over_the_total():
    [f] = rate_findings("部门预算总计100.46万元，其中项目经费34.5万元，占部门预算数的30.34%；工作经费5.8万元，占5.77%。")
    assert f.location.quote == "30.34%" and "34.34%" in f.message


def test_a_completion_rate_of_counts_is_the_done_over_the_planned():
    [f] = rate_findings("计划新建堤防8公里，实际完成8.2公里，完成率95%。")
    assert "8.2公里 ÷ 8公里" in f.message


def test_a_target_floor_in_ten_thousands_is_the_planned_side_of_a_completion_rate():
    [f] = rate_findings("资助参保人数目标值不少于2.5万人，实际资助参保2.36万人，完成率105.2%。")
    assert f.location.quote == "105.2%" and "应为 94.4%" in f.message


def test_counts_in_ten_thousands_are_compared_within_their_own_rounding():
    # 2.36万人 may be 23,550-23,649 and 2.5万人 24,950-25,049: 94.2% is inside that interval
    assert rate_findings("资助参保人数目标值2.5万人，实际资助参保2.36万人，完成率94.2%。") == []


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("项目总投资500万元，截至年底已完成投资450万元，投资完成率95%。", "95%", "90%"),
    ("全县共有贫困户1200户，其中已脱贫1100户，占81.67%。", "81.67%", "91.67%"),
    ("财政拨款支出预算数为1000万元，决算数为980万元，完成预算的97%。", "97%", "98%"),
    ("支出决算数1234.56万元，年初预算1000万元，为年初预算的113.46%。", "113.46%", "123.46%"),
    ("全年预算120万元，支出108万元，支出进度85%。", "85%", "90%"),
])
def test_the_same_relation_in_other_words_is_checked_the_same_way(text, wrong, right):
    [f] = rate_findings(text)
    assert f.location.quote == wrong and f"应为 {right}" in f.message


def test_with_several_budgets_the_rate_is_held_against_the_one_the_others_add_up_to():
    text = "年初预算2,860.00万元，年中追加预算355.62万元，全年预算数3,215.62万元，实际支出3,198.07万元，预算执行率98.45%。"
    [f] = rate_findings(text)
    assert f.location.quote == "98.45%" and "应为 99.45%" in f.message
    assert rate_findings(text.replace("98.45%", "99.45%")) == []
    assert rate_findings(text.replace("98.45%", "111.82%")) == []  # over the opening budget: some ratio gives it


@pytest.mark.parametrize("text", [
    "年初预算100万元，追加20万元，全年预算120万元，支出108万元，执行率92%。",  # two budgets: not pinned
    "2023年项目预算安排60万元，预算支出60万元，预算执行率为100%。",
    "预算安排30万元，实际支出29.4万元，执行率98%。",  # exact
    "预算安排3万元，实际支出2.999万元，执行率99.9%。",  # truncated, as many reports write it
    "全年预算100万元，结转20万元，支出108万元，执行率90%。",  # over the money available
    "年初预算100万元，调整后预算120万元，支出108万元，执行率90%。",  # two budgets: not pinned
    "下达资金100万元，到位率100%，支出80万元，执行率80%。",
    "预算安排50万元，实际支出52万元，执行率100%。",  # capped at 100%, as forms score it
    "全年支出100万元，其中人员支出60万元，占60%，公用支出40万元，占40%。",
    "实际支出60万元，执行率95%。",  # the budget is not in the sentence: nothing to recompute
    "计划新建堤防8公里，实际完成8.2公里，完成率102.5%。",
    "计划培训300人次，实际完成培训280人次，完成率93.3%；预算50万元，支出48万元，执行率96%。",
])
def test_a_rate_its_sentence_gives_or_cannot_pin_is_left_alone(text):
    assert rate_findings(text) == []


def test_rounding_of_the_figures_themselves_makes_a_warning_not_an_error():
    # 2.0万元 ÷ 3.0万元 = 66.67%, but 2.04 ÷ 2.95 rounds to 69.15%: the stated 69% may stand
    [f] = rate_findings("预算安排3.0万元，实际支出2.0万元，执行率69%。")
    assert f.severity.value in ("warning", "note")


def test_an_execution_rate_uses_the_paragraphs_budget_when_its_sentence_gives_only_the_spending():
    [f] = rate_findings("2023年项目预算安排1,280.00万元，其中中央补助760.00万元、县级配套520.00万元。"
                        "截至2023年12月31日，实际支出1,216.00万元，预算执行率96.00%。")
    assert f.location.quote == "96.00%" and "按同段 1,216.00万元 ÷ 1,280.00万元 应为 95.00%" in f.message


@pytest.mark.parametrize("text", [
    # right
    "2023年项目预算安排1,280.00万元。截至年底实际支出1,216.00万元，预算执行率95.00%。",
    # two budgets in the paragraph: which one the rate is over is not pinned
    "年初预算安排1,000.00万元。年中追加预算280.00万元。实际支出1,216.00万元，预算执行率96.00%。",
    # the rate is over the central part: some ratio of the paragraph's figures gives it
    "预算安排1,280.00万元，其中中央补助760.00万元。中央资金支出729.60万元，执行率96.00%。",
    # spending stated earlier too: the sentence's own figure may be another spending
    "预算安排1,280.00万元，支出1,216.00万元。其中本级支出600.00万元，执行率96.00%。",
])
def test_a_paragraph_rate_that_is_right_or_not_pinned_is_left_alone(text):
    assert rate_findings(text) == []


def test_a_task_is_the_planned_side_of_a_completion_rate_and_actual_is_the_done():
    """完成…任务320万亩 states the plan although it says 完成; 实际建成336万亩 is done."""
    [f] = rate_findings("完成高标准农田建设任务320万亩，实际建成336万亩，完成率为101%。")
    assert "336万亩 ÷ 320万亩" in f.message and "105%" in f.message
    assert rate_findings("完成高标准农田建设任务320万亩，实际建成336万亩，完成率为105%。") == []


@pytest.mark.parametrize(("text", "right"), [
    ("2022年市级下达残疾人两项补贴资金1,560.00万元，实际发放1,497.60万元，发放率92%。", "96%"),  # side word inside its clause
    ("年度计划新改建农村公路85公里，实际完成88.4公里，完成比例达101%。", "104%"),  # 完成比例 is a 完成率
    ("2021年项目总投资4,500万元，年度实际完成投资4,275万元，投资完成比例为91%。", "95%"),  # 实际完成投资 is done
])
def test_rates_in_other_words_of_the_same_relation(text, right):
    [f] = rate_findings(text)
    assert right in f.message


def test_a_paragraphs_budget_serves_an_investment_completion_rate_unless_its_figures_give_the_rate():
    paragraph = "2021年项目总投资4,500万元，由省级补助安排。年度实际完成投资4,275万元，投资完成比例为{r}%。"
    assert [f.location.quote for f in rate_findings(paragraph.format(r=91))] == ["91%"]
    assert rate_findings(paragraph.format(r=95)) == []


@pytest.mark.parametrize(("text", "right"), [
    ("全县农作物秸秆产生量50万吨，综合利用量45万吨，秸秆综合利用率达87%。", "90%"),
    ("全县农户3,200户，已改厕2,880户，改厕率93%。", "90%"),
])
def test_a_rate_named_by_what_its_part_did_is_the_part_over_the_whole(text, right):
    """W率 after two figures, one named by W (综合利用量) and one not (产生量): the first over the second."""
    [f] = rate_findings(text)
    assert right in f.message and "率" in f.message


@pytest.mark.parametrize("text", [
    "全县农户3,200户，已改厕2,880户，改厕率90%。",  # right
    "全县农户3,200户，已改厕2,880户，新建2,000户，改厕率93%。",  # three figures: which two is unclear
    "初检合格300人，复检合格280人，合格率96%。",  # both named by the stem
])
def test_a_rate_named_by_its_part_is_left_alone_when_right_or_unclear(text):
    assert rate_findings(text) == []


@pytest.mark.parametrize(("text", "right"), [
    ("年初预算200万元，全年预算220万元，实际支出209万元，预算执行率92%。", "209万元 ÷ 220万元"),  # the full year's budget
    ("支出190万元，占年度预算200万元的92%。", "190万元 ÷ 200万元"),  # the base named inside 占…的
    ("女性学员800人次，占培训总人次2000人次的37%。", "800人次 ÷ 2000人次"),
    ("项目预算200万元，由县级安排。全年支出190万元，为预算的92%。", "190万元 ÷ 200万元"),  # the paragraph's budget
])
def test_more_wordings_of_a_rate_over_its_base(text, right):
    [f] = rate_findings(text)
    assert right in f.message


@pytest.mark.parametrize("text", [
    "年初预算200万元，全年预算220万元，实际支出209万元，预算执行率95%。",
    "年初预算200万元，追加预算20万元，实际支出209万元，预算执行率95%。",  # 209 ÷ (200 + 20)
    "支出190万元，占年度预算200万元的95%。",
])
def test_those_wordings_when_right_are_left_alone(text):
    assert rate_findings(text) == []


@pytest.mark.parametrize(("text", "right"), [
    # the target named inside 完成…目标…的 or 为…计划…的, its figure written with a thousands comma
    ("资助学生7,335人次，完成年度目标7,300人次的104.80%。", "7,335人次 ÷ 7,300人次 应为 100.48%"),
    ("全年资助学生7,335人次，为年度计划7,300人次的104.80%。", "7,335人次 ÷ 7,300人次 应为 100.48%"),
    ("全年新增就业2141人，完成省下达目标任务1800人的128.9%，失业率控制在4.5%以内。", "2141人 ÷ 1800人 应为 118.9%"),
])
def test_a_share_of_a_target_named_in_the_sentence_is_the_done_over_the_target(text, right):
    [f] = rate_findings(text)
    assert right in f.message and f.message.startswith("完成比例")


@pytest.mark.parametrize("text", [
    "资助学生7,335人次，完成年度目标7,300人次的100.48%。",
    "新增就业2.14万人，完成目标1.8万人的118.9%。",  # within the rounding of 万
    "全年新增就业2141人，完成目标任务1800人的119%。",
    "新增就业2141人，较上年增长5%，完成目标1800人的118.9%。",
    "全年完成造林2.3万亩，其中人工造林1.5万亩，完成市下达目标任务2万亩的75%。",  # the part right before
    "累计发放补贴4,512.6万元，完成年度计划4,600万元的98.1%。",
    # a figure in brackets is a part of the one before it, not the done figure
    "资助7,335人次（含续助1,200人次），完成年度目标7,300人次的100.48%。",
    "全年支出190万元（其中结转资金10万元），占年度预算200万元的95%。",
])
def test_a_share_of_a_target_that_its_figures_give_is_left_alone(text):
    assert rate_findings(text) == []


def test_parts_in_brackets_end_with_them_and_a_budget_may_stand_in_an_earlier_clause():
    [f] = rate_findings("年度预算资金200万元（其中中央资金120万元，省级资金80万元），实际支出190万元，执行率92%。")
    assert "190万元 ÷ 200万元" in f.message
    [g] = rate_findings("全年预算200万元；实际支出190万元，执行率92%。")
    assert "190万元 ÷ 200万元" in g.message
    # parts listed without brackets run on while they fall short of their whole: the spending may be one of them
    assert rate_findings("年度预算资金200万元，其中中央资金120万元，省级资金50万元，实际支出190万元，执行率92%。") == []
    # …and end once they add up to it: the spending after them is a whole again
    [h] = rate_findings("年度预算资金200万元，其中中央资金120万元，省级资金80万元，实际支出190万元，执行率92%。")
    assert "190万元 ÷ 200万元" in h.message


def test_beside_the_one_planned_figure_an_unmarked_figure_of_its_kind_is_the_done():
    """新建及改造村道86公里，计划80公里，完成率… — 86公里 carries no 实际/完成 but stands beside the plan."""
    [f] = rate_findings("新建及改造村道86公里，计划80公里，完成率104.5%。")
    assert "86公里 ÷ 80公里" in f.message
    assert rate_findings("新建及改造村道86公里，计划80公里，完成率107.5%。") == []
    # two unmarked figures: which one is done is unclear
    assert rate_findings("新建村道86公里，改造村道20公里，计划80公里，完成率104.5%。") == []


@pytest.mark.parametrize(("text", "right"), [
    ("应到位资金200万元，实际到位190万元，资金到位率92%。", "190万元 ÷ 200万元"),  # what was due is the base
    ("年度预算200万元，年末结余10万元，结余率8%。", "10万元 ÷ 200万元"),  # a balance named by its rate
    ("计划培训500人次，实际培训520人次，完成计划的108%。", "520人次 ÷ 500人次"),  # 完成计划的 is a completion rate
])
def test_the_base_of_a_rate_in_still_other_words(text, right):
    [f] = rate_findings(text)
    assert right in f.message


def test_a_share_of_a_figure_named_a_total():
    """全年总支出1000万元，项目支出600万元，占比55% — the whole is named 总支出, though no 其中 lists the part."""
    [f] = rate_findings("全年总支出1000万元，项目支出600万元，占比55%。")
    assert "600万元 ÷ 1000万元" in f.message
    assert rate_findings("全年总支出1000万元，项目支出600万元，占比60%。") == []
    assert rate_findings("全年支出1000万元，项目支出600万元，占比55%。") == []  # no figure named a whole


def test_a_share_that_its_part_over_a_whole_stated_many_figures_earlier_gives_is_right():
    """Shares of a total listed part by part, zero parts included: the total is far behind the later
    parts, and each share that its part over that total gives is right (0万元 is 0%, not a mistake)."""
    text = ("2023年本年收入合计500.00万元，其中：财政拨款收入470.15万元，占94.03%；政府性基金收入0万元，占0%；"
            "上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；其他收入29.85万元，占5.97%。")
    assert rate_findings(text) == []
    [f] = rate_findings(text.replace("占5.97%", "占6.97%"))
    assert f.location.quote == "6.97%" and "5.97%" in f.message


@pytest.mark.parametrize("text", [
    "一是学前教育支出，即幼儿园补助经费合计75万元，已于本年度支出75万元，预算执行率96%。",
    "公共卫生服务补助资金2.00万元，截至2023年12月31日，资金已使用2.00万元，结余0万元，资金执行率96%。",
    "项目资金共2.00万元，截至2023年12月8日，已完成拨付2.00万元，执行率96%。",
])
def test_a_named_sum_of_money_then_its_bare_spending_is_the_base_of_the_rate(text):
    [f] = rate_findings(text)
    assert f.location.quote == "96%" and "应为 100%" in f.message


@pytest.mark.parametrize("text", [
    "培训经费5万元，慰问支出3万元，执行率95%。",  # the spending names its own object: no pair
    "补助经费75万元，已于本年度支出75万元，预算执行率100%。",
    "补助经费75万元，其中已支出60万元，执行率95%。",  # a part under 其中 is no side
])
def test_a_spending_that_names_another_object_or_agrees_is_no_pair(text):
    assert rate_findings(text) == []


def test_a_budget_completion_rate_over_money_is_read_as_spent_over_budget():
    [f] = rate_findings("三是小学教育支出，即校舍改造工程合计676.47万元，于本年度支出676.47万元，预算完成率96%。")
    assert "676.47万元 ÷ 676.47万元" in f.message
    # a task's completion rate keeps the planned/done reading
    assert rate_findings("改造工程合计676.47万元，于本年度支出676.47万元，任务完成率96%。") == []


def test_investment_completed_by_year_end_is_the_spent_side_of_its_rate():
    text = "该项目总投资120万元，其中中央资金100万元，县级配套20万元。截至年底完成投资108万元，投资完成率{}。"
    [f] = rate_findings(text.format("85%"))
    assert "108万元 ÷ 120万元" in f.message and "应为 90%" in f.message
    assert rate_findings(text.format("90%")) == []


@pytest.mark.parametrize("verb", ["完成", "为"])
def test_spending_as_a_share_of_the_budget_named_before_it(verb):
    [f] = rate_findings(f"本年支出480万元，{verb}年初预算500万元的90%。")
    assert "480万元 ÷ 500万元" in f.message and "应为 96%" in f.message
    assert rate_findings(f"本年支出480万元，{verb}年初预算500万元的96%。") == []


@pytest.mark.parametrize(("text", "right"), [
    # a 决算说明's parts, each with its share, under 主要用于 (not 其中)
    ("本年一般公共预算财政拨款支出2,000.00万元，主要用于以下方面：教育支出150.00万元，占5.50%；"
     "卫生健康支出1,850.00万元，占92.50%。", "7.50%"),
    # three figures: the part named by the rate, the one whole larger than it, and the rest
    ("送审金额5.00亿元，审定金额2.00亿元，核减不合理申报3.00亿元，核减率达到65.00%。", "60.00%"),
])
def test_a_share_under_a_total_and_a_rate_over_its_one_larger_whole(text, right):
    [f] = rate_findings(text)
    assert right in f.message


@pytest.mark.parametrize("text", [
    "本年一般公共预算财政拨款支出2,000.00万元，主要用于以下方面：教育支出150.00万元，占7.50%。",
    "送审金额5.00亿元，审定金额2.00亿元，核减不合理申报3.00亿元，核减率达到60.00%。",
    "送审金额5.00亿元，审定金额4.00亿元，核减不合理申报1.00亿元，核减率达到25.00%。",  # 1 ÷ 4: two wholes
])
def test_a_right_share_or_rate_or_one_with_two_possible_wholes_is_left_alone(text):
    assert rate_findings(text) == []


def test_a_whole_stated_roughly_is_read_as_shown_and_its_rounding_allowed():
    text = "送审金额约4.79亿元，审定金额1.99亿元，核减不合理申报2.81亿元，核减率达到{}%。"
    [f] = rate_findings(text.format("63.66"))
    assert "58.66%" in f.message
    assert rate_findings(text.format("58.70")) == []  # within the rounding of 约4.79亿元


def test_a_rate_closing_a_part_listed_after_qizhong_is_the_parts_own_rate():
    # 执行率 after a part (基本支出…) is that part's rate over its own budget, which the sentence does not give
    text = "本局2023年度收入合计500.00万元，支出合计450.00万元，执行率为90.00%，其中：基本支出300.00万元，执行率达100.00%，项目支出150.00万元，执行率达75.00%。"
    assert rate_findings(text) == []
    # the whole's own rate is still checked
    [f] = rate_findings(text.replace("执行率为90.00%", "执行率为95.00%"))
    assert f.location.quote == "95.00%"


def test_a_rate_after_the_parts_is_the_wholes_when_no_rate_came_before():
    # 决算总支出…，其中基本支出…，项目支出…，预算执行率P%: the parts are listed, then the whole's rate
    [f] = rate_findings("2023年全年预算1550.00万元，决算总支出合计1500.50万元，其中基本支出900.25万元，项目支出600.25万元，预算执行率95.8%。")
    assert f.location.quote == "95.8%" and "应为 96.8%" in f.message


@pytest.mark.parametrize("text", [
    "全年预算200万元，实际支出190万元，执行率95%，上年执行率为88%。",
    "计划培训400人次，实际完成培训420人次，完成率105%，去年同期完成率为97%。",
    "本年度受理申请80件，办结78件，办结率97.5%，上年同期办结率为92.3%。",
])
def test_a_rate_said_of_another_period_is_no_ratio_of_this_periods_figures(text):
    """上年执行率, 去年同期完成率: last year's rate, quoted beside this year's; its figures are not given."""
    assert rate_findings(text) == []


def test_the_rate_of_money_carried_over_from_last_year_is_this_years_rate():
    [f] = rate_findings("上年结转资金20万元，本年支出18万元，上年结转资金执行率80%。")
    assert "应为 90%" in f.message


def test_money_won_from_a_higher_level_earlier_in_the_paragraph_is_no_base_of_a_later_rate():
    # 争取…投资 is an achievement (often another project's money), not the budget the rate is over
    paragraph = ("本年度积极争取省预算内基本建设投资800万元，申报新型城镇化项目6个。"
                 "项目支出费用31.5万元，支付率{r}%。")
    assert rate_findings(paragraph.format(r="63.00")) == []
    # the same paragraph with the money named as the year's budget still pins the rate
    budget = "本年度项目预算安排800万元，申报新型城镇化项目6个。项目支出费用31.5万元，支付率63.00%。"
    assert [f.location.quote for f in rate_findings(budget)] == ["63.00%"]


def test_a_projects_own_money_is_the_base_of_what_arrived_for_it():
    # 某宣传经费项目60万元 names a sum of money by its project, as 补助经费60万元 does
    [f] = rate_findings("2023年城乡宣传经费项目60万元，实际到位60万元，到位率96%。")
    assert f.location.quote == "96%" and "应为 100%" in f.message
    assert rate_findings("2023年城乡宣传经费项目60万元，实际到位60万元，到位率100%。") == []
    # a count of projects is no sum of money
    assert rate_findings("2023年实施项目3个60万元，实际到位60万元，到位率96%。") == []


def test_money_used_is_over_the_money_that_arrived_when_no_budget_is_named():
    text = "本项目投资估算5,000.00万元，实际到位资金1,200.00万元，使用项目资金1,100.00万元，资金使用率{r}%。"
    [f] = rate_findings(text.format(r="93.35"))
    assert "1,100.00万元 ÷ 1,200.00万元" in f.message and "91.67%" in f.message
    assert rate_findings(text.format(r="91.67")) == []
    # with a budget named, which base the rate is on is the budget's question, not the arrival's
    budgeted = "预算安排1,500.00万元，实际到位资金1,200.00万元，使用资金1,100.00万元，资金使用率91.67%。"
    assert rate_findings(budgeted) == []


def test_a_part_equal_to_its_whole_is_all_of_it():
    text = "本部门2023年度收入合计1,234.56万元，其中：财政拨款收入1,234.56万元，占{r}%。"
    [f] = rate_findings(text.format(r="96"))
    assert f.location.quote == "96%" and "应为 100%" in f.message
    assert rate_findings(text.format(r="100")) == []


def test_money_in_wan_whose_yuan_was_dropped_is_still_money():
    [f] = rate_findings("投入省级专项资金38.4万,执行数38.4万,执行率96%。")
    assert f.location.quote == "96%" and "100%" in f.message


def test_an_execution_figure_named_by_its_column_word_spends_the_money_named_before_it():
    [f] = rate_findings("投入中央补助资金52.5万元，执行数52.5万元，执行率97%。")
    assert "100%" in f.message


def test_a_figure_of_money_in_wan_after_no_money_word_stays_a_plain_number():
    # 人口3.2万 is no money: the sentence has no rate over money to check
    assert rate_findings("服务人口3.2万,覆盖3.2万,覆盖率97%。") == []


def test_budget_money_spent_is_the_spending_side_and_its_listed_sources_do_not_explain_a_wrong_rate():
    [f] = rate_findings("2022年残疾儿童补助资金项目全年预算资金8.37万元,其中:中央配套5.12万元,省级配套3.02万元,"
                        "市级配套0.23万元。执行预算资金8.37万元,执行率94%。")
    assert "8.37万元 ÷ 8.37万元" in f.message and "100%" in f.message


def test_a_rate_over_one_listed_source_is_still_explained():
    # the rate is the spending over the central part alone: one source is a base a writer may use
    assert rate_findings("全年预算资金8万元,其中:中央配套5万元,省级配套3万元。执行预算资金4万元,执行率80%。") == []


PREVIOUS = ("一、基本情况\n1.预算安排情况\n某某监测专项经费预算数为24万元。分别为运行维护经费15万元和电费9万元。"
            "主要用于站点运行。\n(2)资金使用情况\n2022年度某某监测专项经费实际执行数为15.02万元,预算执行率为{}%。")


def test_the_budget_may_stand_in_the_paragraph_before_the_heading_of_the_spending():
    [f] = rate_findings(PREVIOUS.format(67))
    assert "按上段 15.02万元 ÷ 24万元 应为 63%" in f.message
    assert rate_findings(PREVIOUS.format(63)) == []


def test_the_budget_of_the_paragraph_before_is_not_read_past_another_paragraph():
    text = PREVIOUS.replace("(2)资金使用情况\n", "(2)资金使用情况\n项目由第三方运维公司负责日常运行，运行情况良好。\n")
    assert rate_findings(text.format(67)) == []


def test_a_budget_before_is_not_read_when_that_paragraph_also_states_spending():
    text = ("1.资金到位情况。上级下达体育专项资金380万元，已拨付290万元。\n\n"
            "2.资金执行情况。截至年底，全县执行数350万元，执行率97%。")
    assert rate_findings(text) == []


def test_a_budget_named_by_a_label_before_its_colon_is_the_base():
    [f] = rate_findings("年度预算资金总额：120万元，实际支出111万元，预算执行率95%。")
    assert "111万元 ÷ 120万元" in f.message


def test_money_due_as_matching_funds_is_the_base_of_the_rate():
    [f] = rate_findings("2022年某专项基金地方应配套12000.00万元,实际配套到位资金11400.00万元,执行率为98%。")
    assert "11400.00万元 ÷ 12000.00万元" in f.message and "95%" in f.message
    assert rate_findings("2022年某专项基金地方应配套12000.00万元,实际配套到位资金11400.00万元,执行率为95%。") == []


def test_a_budget_before_far_from_the_rate_is_of_something_else():
    text = ("（一）部门预算\n2023年部门预算1000万元。\n（二）项目资金\n2023年某项目实际执行数为95万元，预算执行率为95%。")
    assert rate_findings(text) == []


@pytest.mark.parametrize(("text", "right"), [
    ("应参保1200人，实际参保1110人，参保率95%。", "应为 93%"),
    ("全县应覆盖120个村，已覆盖111个村，覆盖率95%。", "应为 93%"),
    ("应到账资金120万元，实际到账111万元，到账率95%。", "应为 93%"),
])
def test_a_rate_whose_two_figures_both_name_it_is_the_done_over_the_due(text, right):
    [f] = rate_findings(text)
    assert f.location.quote == "95%" and right in f.message
    assert rate_findings(text.replace("111", "114").replace("1110", "1140")) == []


@pytest.mark.parametrize("text", ["项目批复预算120万元，结算金额111万元，执行率95%。",
                                  "项目预算120万元，已报账111万元，执行率95%。"])
def test_money_settled_or_reimbursed_is_money_spent(text):
    [f] = rate_findings(text)
    assert "111万元 ÷ 120万元" in f.message


def test_money_that_arrived_between_budget_and_spending_is_no_second_spending():
    """预算A，到位B，实际支出C，执行率P: the arrived money is the rate's other possible base, not a second
    spending figure that leaves the rate unread; any of the figures' ratios giving P excuses it."""
    wrong = "项目资金预算260.35万元，到位260.35万元，实际支出260.35万元，执行率96%；资金按规定使用。"
    [f] = rate_findings(wrong)
    assert f.quote == "96%"
    for right in ("项目资金预算260.35万元，到位260.35万元，实际支出260.35万元，执行率100%。",
                  "项目资金预算300万元，到位240万元，实际支出240万元，执行率100%。"):  # over what arrived
        assert rate_findings(right) == []


@pytest.mark.parametrize("text, right", [
    ("全镇常住人口8,000人，外出务工人员2,000人，占常住人口的20%。", "25%"),
    ("某馆持证读者42,000人，少儿读者8,400人，占持证读者的比重为25%。", "20%"),
    ("全县养老机构床位600个，护理型床位360个，占养老机构床位的比例为55%。", "60%"),
])
def test_a_share_names_its_whole_after_zhan_and_the_figure_that_bears_that_name_is_its_base(text, right):
    """占…的P%: the words between 占 and 的 name the whole; the one earlier figure whose own words are
    that name is the base, the figure right before the share the part."""
    [f] = rate_findings(text)
    assert f.location.quote.endswith("%") and f"应为 {right}" in f.message


@pytest.mark.parametrize("text", [
    "某馆持证读者42,000人，少儿读者8,400人，占持证读者的比重为20%。",  # right
    "某馆持证读者42,000人，新办证8,400人，少儿读者5,000人，占持证读者的12%。",  # 5,000 of 42,000 is 11.9: right
    "某馆新增读者4,200人，另有团体读者800人，少儿300人，占读者的7%。",  # two figures named 读者: which is the whole?
])
def test_a_share_whose_named_whole_gives_it_or_is_unclear_is_left_alone(text):
    assert rate_findings(text) == []


@pytest.mark.parametrize("text, right", [
    ("年度预算数：80万元；全年执行数：76万元；执行率：90%。", "95%"),
    ("下达资金：200万元；已拨付：150万元；资金拨付率：70%。", "75%"),
])
def test_a_rate_given_as_a_fields_value_after_fields_of_its_figures_is_named_by_its_label(text, right):
    """执行率：90% after 预算数：…；执行数：…: the label before the colon names the rate, as 执行率为 does."""
    [f] = rate_findings(text)
    assert f"应为 {right}" in f.message


def test_a_rate_field_its_fields_give_is_left_alone():
    assert rate_findings("年度预算数：80万元；全年执行数：76万元；执行率：95%。") == []



def test_an_appropriation_is_the_base_of_an_execution_rate():
    # 财政拨款 is the money given; 预算支出 and 全年支出 both the money spent
    text = "2021年财政拨款150.49万元，预算支出150.49万元，全年支出150.49万元，执行率96%。"
    [f] = rate_findings(text)
    assert f.location.quote == "96%" and "应为 100%" in f.message
    assert rate_findings(text.replace("执行率96%", "执行率100%")) == []
    # money paid out is no base: nothing here says what the budget was
    assert rate_findings("财政拨款支出150万元，全年支出150万元，执行率96%。") == []


def test_a_rate_of_what_was_done_after_a_count_of_what_was_not_is_the_rest_over_the_whole():
    """不合格36批次 … 合格率98%: 36 is the part the rate leaves out; the right rate is (1200 − 36) ÷ 1200,
    never 36 ÷ 1200 (3%), which s47a's audit found the check suggesting."""
    [f] = rate_findings("全年共抽检食品1200批次，其中不合格36批次，抽检合格率98%。")
    assert f.location.quote == "98%" and "应为 97%" in f.message and f.suggestion.startswith("将 98% 改为 97%")
    assert {r.quote for r in f.related} == {"36批次", "1200批次"}
    [g] = rate_findings("计划改造120户，未完成12户，完成率80%。")
    assert "应为 90%" in g.message


def test_a_right_rate_of_the_rest_and_a_rate_of_what_was_not_done_stay_as_they_were():
    assert rate_findings("全年共抽检食品1200批次，其中不合格36批次，抽检合格率97%。") == []
    assert rate_findings("全年共抽检食品1200批次，其中不合格36批次，不合格率3%。") == []
    [f] = rate_findings("全年共抽检食品1200批次，其中不合格36批次，不合格率4%。")
    assert f.message.startswith("不合格率写作 4%") and "应为 3%" in f.message
