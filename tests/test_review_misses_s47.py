"""Numbers, levels and template leftovers the review missed in other layouts than the ones it was
written on (issue #9; planted misses of session 46's audit, in general shapes). All text is invented.

* a 占比 row under a table's amounts' row (the table laid out by rows) is read as a 占比 column is;
* a scoring form that sets its 分值 and 得分 columns before the indicator's name still has its 总分 row
  (| 100 | 96.5 | 合计 | …) read: the 总分 against its scores, the weights against the full marks;
* a city unit's own budget said to be arranged by the provincial finance office claims the province's
  level; money the province hands down to the city (省级财政安排的转移支付) is normal and stays quiet.
"""

import pytest

from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.review import review


def findings(text: str, rule: str):
    return [f for f in review(read_text_string(text)).findings if f.rule == rule]


# -- a share row under the amounts' row ----------------------------------------------------------

ROWS = "2023年支出结构\n\n| 项目 | 人员经费 | 公用经费 | 项目支出 | 合计 |\n| 金额（万元） | 300 | 100 | {a} | 800 |\n" \
       "| 占比（%） | 37.5 | 12.5 | {s} | 100 |\n"


def test_a_share_row_that_is_not_its_amount_over_the_total_is_found():
    [f] = findings(ROWS.format(a=400, s=60), "table_share")
    assert f.quote == "60" and f.severity is Severity.WARNING
    assert "400 ÷ 800" in f.message and "50%" in f.message


def test_a_share_row_with_percent_signs_in_its_cells_is_read_too():
    text = ("| 项目 | 人员经费 | 公用经费 | 项目支出 | 其他支出 | 合计 |\n| 金额（万元） | 300 | 100 | 350 | 50 | 800 |\n"
            "| 占比 | 37.5% | 12.5% | 48.75% | 6.25% | 100% |\n")
    [f] = findings(text, "table_share")
    assert f.quote == "48.75%" and "43.75%" in f.message


def test_a_share_row_under_two_years_amounts_is_held_against_either_year():
    text = ("| 项目 | 人员经费 | 公用经费 | 项目支出 | 合计 |\n| 2022年（万元） | 280 | 110 | 410 | 800 |\n"
            "| 2023年（万元） | 300 | 100 | 400 | 800 |\n| 2023年占比（%） | 37.5 | 12.5 | {s} | 100 |\n")
    assert [f.quote for f in findings(text.format(s=55), "table_share")] == ["55"]
    assert findings(text.format(s=50), "table_share") == []


@pytest.mark.parametrize("text", [
    ROWS.format(a=400, s=50),
    # each share rounded half-up at its shown precision
    "| 项目 | 人员经费 | 公用经费 | 项目支出 | 其他支出 | 合计 |\n| 金额（万元） | 301 | 99 | 350 | 53 | 803 |\n"
    "| 占比（%） | 37.48 | 12.33 | 43.59 | 6.60 | 100 |\n",
    # a share row whose 合计 is not 100%: the shares are of another whole
    ROWS.format(a=400, s=60).replace("| 100 |\n", "| 80 |\n"),
    # two parts only: the rows that hold cannot outnumber the one that does not
    "| 项目 | 基本支出 | 项目支出 | 合计 |\n| 金额（万元） | 300 | 500 | 800 |\n| 占比（%） | 37.5 | 52.5 | 100 |\n",
])
def test_share_rows_that_hold_or_cannot_be_told_stay_quiet(text):
    assert findings(text, "table_share") == []


# -- a scoring form with 分值 and 得分 first -----------------------------------------------------------

FORM = """| 分值 | 得分 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
| --- | --- | --- | --- | --- | --- | --- |
| 20 | 20 | 产出指标 | 数量指标 | 新建校舍面积 | ≥6.5万平方米 | 6.8万平方米 |
| 20 | 18 | 产出指标 | 时效指标 | 按期交付项目 | ≥28所 | 26所 |
| {w} | 30 | 效益指标 | 社会效益指标 | 大班额消除 | 全部消除 | 全部消除 |
| 20 | 19 | 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 93.6% |
| 100 | {t} | 合计 | | | | |
"""


def test_a_total_score_that_is_not_the_sum_of_the_rows_is_found_when_the_scores_come_first():
    [f] = findings(FORM.format(w=40, t=88), "score_total")
    assert f.quote == "88" and "87" in f.message


def test_weights_over_the_full_marks_are_found_when_the_scores_come_first():
    [f] = findings(FORM.format(w=45, t=87), "weights_over_full_marks")
    assert f.quote == "100" and "105" in f.message


def test_a_clean_form_with_the_scores_first_stays_quiet():
    found = review(read_text_string(FORM.format(w=40, t=87))).findings
    assert [f.rule for f in found if f.kind is Kind.ARITHMETIC_MISMATCH] == []


# -- a city unit's own budget arranged by the province -------------------------------------------

CITY = "邵阳市卫生健康委员会2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"


@pytest.mark.parametrize("sentence", [
    "2024年，我委部门预算由省级财政安排，年初预算3000万元。",
    "我委年初预算资金3000万元，全部由省级财政安排。",
    "2024年度部门预算3000万元，均由省级财政安排。",
    "省级财政安排我委2024年部门预算3000万元。",
])
def test_a_city_units_own_budget_arranged_by_the_province_is_found(sentence):
    [f] = findings(CITY + sentence, "entities.finance_level")
    assert f.quote == "省" and f.kind is Kind.ENTITY_MISMATCH and f.severity is Severity.WARNING


@pytest.mark.parametrize("sentence", [
    "2024年收到省级财政安排的转移支付资金200万元，用于基层医疗机构设备购置。",
    "该项目资金来源为省级财政安排的专项资金和市级配套资金。",
    "2024年，省级财政安排我市基层医疗卫生服务能力提升资金1500万元。",
    "我委年初预算经市财政批复为3000万元，其中省级财政安排的专项转移支付800万元。",
    "我委年初预算3000万元，其中800万元由省级财政安排。",
    "我委部门预算由市级财政安排，年初预算3000万元。",
    "按照省财政厅安排，我委2024年部门预算绩效自评工作于3月完成。",
    "2024年部门预算中，省级财政安排的项目资金800万元。",
])
def test_money_the_province_hands_down_or_the_citys_own_budget_stays_quiet(sentence):
    assert findings(CITY + sentence, "entities.finance_level") == []


def test_a_provincial_unit_may_say_its_budget_is_arranged_by_the_province():
    text = "湖南省卫生健康委员会2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n我委部门预算由省级财政安排，年初预算3000万元。"
    assert findings(text, "entities.finance_level") == []


# -- template leftovers ---------------------------------------------------------------------------

BODY = "某县农业农村局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"


def quotes(text: str, rule: str) -> list[str]:
    return [f.quote for f in findings(BODY + text, rule)]


def test_a_prompt_in_square_brackets_on_its_own_line_is_a_placeholder():
    text = "【请简要描述项目实施情况】\n\n二、绩效目标完成情况\n\n全年完成培训200人。"
    assert quotes(text, "structure.placeholder") == ["【请简要描述项目实施情况】"]


@pytest.mark.parametrize("text, quote", [
    ("部门职能：此处填写部门主要职能。", "此处填写部门主要职能"),
    ("请在此处填写项目实施的主要做法。", "请在此处填写项目实施的主要做法"),
    ("单击或点击此处输入文字。", "单击或点击此处输入文字"),
])
def test_the_template_pointing_at_here_to_be_filled_is_an_instruction_left_in(text, quote):
    assert quotes(text, "foreign.template_instruction") == [quote]


@pytest.mark.parametrize("text", [
    "型号为XX-200的设备3台已投入使用。",  # a model's letters joined to its digits
    "【项目名称】某县高标准农田建设项目",  # a label in 【】 with its value after it
    "经核实，此处所列数据均来自财务决算报表。",  # 此处 naming the report's own place, nothing to fill in
])
def test_codes_labels_and_the_reports_own_here_stay_quiet(text):
    assert quotes(text, "structure.placeholder") == [] and quotes(text, "foreign.template_instruction") == []


# -- counts of sessions and batches; directions in the target's own cell -------------------------

def test_a_count_of_sessions_against_its_list_is_found():
    [f] = findings(BODY + "全年共开展培训3期：春耕技术培训、畜禽防疫培训、农机安全培训、电商培训。", "count_list")
    assert f.quote == "3期" and "4项" in f.message


@pytest.mark.parametrize("text", [
    "全年共开展培训4期：春耕技术培训、畜禽防疫培训、农机安全培训、电商培训。",
    "全年共开展培训5期，主要有春耕技术培训、畜禽防疫培训、农机安全培训等。",
    "资金分3批拨付到位。",
])
def test_counts_of_sessions_that_fit_or_name_some_stay_quiet(text):
    assert findings(BODY + text, "count_list") == []


DIRECTED = "| 一级指标 | 二级指标 | 三级指标 | 指标方向 | 年度指标值 | 实际完成值 |\n" \
           "| 产出指标 | 数量指标 | 培训人数 | {d1} | ≥100人 | 120人 |\n| 成本指标 | 经济成本 | 人均成本 | {d2} | ≤500元 | 480元 |\n"


def test_a_direction_against_the_comparator_opening_its_target_cell_is_found():
    [f] = findings(BODY + DIRECTED.format(d1="反向指标", d2="反向"), "indicators.direction")
    assert f.quote == "≥" and [r.quote for r in f.related] == ["反向指标"]
    [g] = findings(BODY + DIRECTED.format(d1="正向指标", d2="正向"), "indicators.direction")
    assert g.quote == "≤"


def test_directions_that_fit_their_targets_stay_quiet():
    assert findings(BODY + DIRECTED.format(d1="正向指标", d2="反向"), "indicators.direction") == []


# -- parts in the sentence after their total -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "2023年度，我局共支出800万元。其中：人员经费300万元，公用经费100万元，项目支出300万元。",
    "2023年度，我局共支出800万元，其中人员经费300万元，公用经费100万元，项目经费300万元。",
    "2023年度，我局共支出800万元，较上年增加50万元。其中：人员支出300万元，公用支出100万元，项目支出300万元。",
])
def test_spending_by_kind_listed_in_full_after_its_total_must_add_up_to_it(text):
    [f] = findings(BODY + text, "sentence_parts_sum")
    assert f.quote.startswith("我局共支出800万元") and "700万元" in f.message and "300万元 + 100万元 + 300万元" in f.message


@pytest.mark.parametrize("text", [
    "2023年度，我局共支出800万元。其中：人员经费300万元，公用经费100万元，项目支出400万元。",
    # rounded parts within the total's shown precision
    "2023年度，我局共支出800.0万元。其中：人员经费300.12万元，公用经费100.45万元，项目支出399.44万元。",
    # two of the three kinds: the list names only some
    "2023年度，我局共支出800万元。其中：人员经费300万元，项目支出400万元。",
    # the parts make the other total of the sentence
    "2023年度，我局预算800万元，实际支出700万元。其中：人员经费300万元，公用经费100万元，项目支出300万元。",
])
def test_spending_by_kind_that_adds_up_or_names_only_some_stays_quiet(text):
    assert findings(BODY + text, "sentence_parts_sum") == []


# -- a count leading into points 一是, 二是 … ----------------------------------------------------------

AFTER = "\n\n二、存在的问题\n\n资金拨付进度偏慢。"


@pytest.mark.parametrize("text, quote, listed", [
    ("本年度重点完成以下三项工作：一是高标准农田建设；二是动物防疫；三是农机补贴；四是农村改厕。", "三项", "4项"),
    ("本年度重点完成以下四项工作：一是高标准农田建设；二是动物防疫；三是农机补贴。", "四项", "3项"),
])
def test_a_count_against_the_points_it_leads_into_is_found(text, quote, listed):
    [f] = findings(BODY + text + AFTER, "count_list")
    assert f.quote == quote and f"列举了{listed}" in f.message


@pytest.mark.parametrize("text", [
    "本年度重点完成以下四项工作：一是高标准农田建设；二是动物防疫；三是农机补贴；四是农村改厕。" + AFTER,
    # fewer points where the list may go on: the text ends, or the next paragraph holds the next point
    "本年度重点完成以下四项工作：一是高标准农田建设；二是动物防疫；三是农机补贴。",
    "本年度重点完成以下四项工作：一是高标准农田建设；二是动物防疫；三是农机补贴。\n\n四是农村改厕。" + AFTER,
    # 统一是非: 是 after 一 inside a word is no point
    "主要从三个方面开展工作：一是加强组织领导，统一是非标准；二是完善制度；三是强化监督。" + AFTER,
    # points numbered out of turn: a second list
    "主要做了两项工作：一是加强管理，一是完善制度；二是强化监督。" + AFTER,
])
def test_points_that_fit_their_count_or_may_go_on_stay_quiet(text):
    assert findings(BODY + text, "count_list") == []


# -- blank dates in a sentence; a placeholder joined by a dash ------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("项目于    年  月  日通过竣工验收。", "于    年  月  日"),
    ("截至2023年  月  日，项目累计支出450万元。", "截至2023年  月  日"),
])
def test_a_date_left_blank_inside_a_sentence_is_found(text, quote):
    [f] = findings(BODY + text, "structure.blank_date")
    assert f.quote == quote and f.kind is Kind.MISSING_FIELD and f.severity is Severity.WARNING


@pytest.mark.parametrize("text", [
    "正文。\n\n某县农业农村局\n    年  月  日",  # the signature's date, filled by hand after printing
    "填报日期：    年  月  日",  # a form's date field, filled by hand too
    "项目于2023年5月10日通过竣工验收。",
])
def test_signature_dates_and_filled_dates_stay_quiet(text):
    assert findings(BODY + text, "structure.blank_date") == []


def test_a_phone_number_placeholder_is_one_placeholder():
    assert quotes("联系电话：XXXX-XXXXXXX", "structure.placeholder") == ["XXXX-XXXXXXX"]


@pytest.mark.parametrize("text", [
    "全年完成12项工作其中主要有：一是高标准农田建设；二是动物防疫；三是农机补贴。" + AFTER,
    "全年完成12项工作，举例如下：一是高标准农田建设；二是动物防疫；三是农机补贴。" + AFTER,
])
def test_points_said_to_be_some_of_the_count_stay_quiet(text):
    assert findings(BODY + text, "count_list") == []
