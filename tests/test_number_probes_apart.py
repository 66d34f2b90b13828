"""Probes of invented layouts for figures a reader relates across sentences or lines (session 38): each a
short text written right (no number finding) and with one planted defect (a finding of the rule that
owns it), plus look-alikes that must stay silent.

An execution rate alone in its sentence whose spending is the sentence before and whose budget the one
before that, in prose, full-width digits and text wrapped at a page width (a PDF's copy); a score above its
weight in a form written as fields (``标签：值`` lines, or each label on a line over its value); the four
classes' weights in a sentence against the full marks; names and the figures 分别 gives them, counted; a
form's 总分 that gives the score alone; the department's whole money restated with another value under a
heading about the money's use; a form's total score on a line of its own (总分：95分)."""

from __future__ import annotations

import pytest
from number_probes import probe_tests

from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"

_FW = str.maketrans("0123456789.", "０１２３４５６７８９．")
_PAD = ("本单位认真落实年度工作安排，统筹推进各项重点任务，加强预算管理和绩效管理，规范资金使用流程，"
        "提升资金使用效益，全年各项工作有序开展。本单位不断完善内部管理制度，强化日常监督，确保资金安全有效使用。")


def _wrapped(text: str, width: int = 60) -> str:
    """``text`` after an opening paragraph, broken at a page's display width with a page number between
    (a PDF's text copied out): lines break inside words and figures' sentences."""
    lines: list[str] = []
    for para in (_PAD, text):
        line, w = "", 0
        for ch in para:
            cw = 1 if ord(ch) < 128 else 2
            if w + cw > width:
                lines.append(line)
                line, w = "", 0
            line, w = line + ch, w + cw
        lines.append(line)
    lines.insert(2, "- 3 -")
    return "\n".join(lines) + "\n"


_RATE_RIGHT = "全年预算数为200万元。全年实际支出180万元。预算执行率为90%。"
_RATE_WRONG = "全年预算数为200万元。全年实际支出180万元。预算执行率为95%。"

CASES = [
    ("rate, budget and spending in the two sentences before", _RATE_RIGHT + "\n", _RATE_WRONG + "\n", "sentence_rate"),
    ("rate, the same with full-width digits", _RATE_RIGHT.translate(_FW) + "\n", _RATE_WRONG.translate(_FW) + "\n",
     "sentence_rate"),
    ("rate, the same wrapped at a page width", _wrapped(_RATE_RIGHT), _wrapped(_RATE_WRONG), "sentence_rate"),
    ("completion rate, the plan in the sentence before", "计划培训500人次。实际培训450人次，完成率为90%。\n",
     "计划培训500人次。实际培训450人次，完成率为95%。\n", "sentence_rate"),
    ("completion rate, the plan named 年度目标, full-width digits", "年度目标为新增就业岗位２００个。全年新增就业岗位１９０个，完成率为９５%。\n",
     "年度目标为新增就业岗位２００个。全年新增就业岗位１９０个，完成率为９０%。\n", "sentence_rate"),
    ("completion rate, wrapped at a page width", _wrapped("计划培训500人次。实际培训450人次，完成率为90%。"),
     _wrapped("计划培训500人次。实际培训450人次，完成率为95%。"), "sentence_rate"),
    ("rate of payment over the money handed down", "下达资金200万元。全年实际支付180万元。资金执行率为90%。\n",
     "下达资金200万元。全年实际支付180万元。资金执行率为95%。\n", "sentence_rate"),
]

LEFT = [
    # the sentence before names a part, another time or another period: not the rate's spending
    ("spending of a part", "部门预算200万元。基本支出实际支出120万元。预算执行率为95%。\n"),
    ("spending of a 其中 part", "全年预算数为200万元。其中项目支出实际支出80万元。预算执行率为95%。\n"),
    ("spending up to a date", "全年预算数为200万元。截至6月底实际支出90万元。预算执行率为95%。\n"),
    ("spending of last year", "全年预算数为200万元。上年实际支出180万元。预算执行率为95%。\n"),
    # two budgets: which one the rate is over is not told
    ("two budgets before", "年初预算200万元，调整预算220万元。全年支出198万元。预算执行率为95%。\n"),
    # the rate names a part, or another year
    ("rate of a part", "全年预算数为200万元。全年实际支出180万元。项目支出执行率为95%。\n"),
    ("rate of last year", "全年预算数为200万元。全年实际支出180万元。上年预算执行率为95%。\n"),
    # more than the spending in the sentence before
    ("spending and balance before", "全年预算数为200万元。全年实际支出180万元，结余20万元。预算执行率为95%。\n"),
    # right at the rate's shown precision (1900.48 ÷ 2000.5 = 94.998%)
    # a completion rate whose sentence before is not its plan alone, or whose actual is a part's or another year's
    ("completion, a part of the plan", "计划培训500人次。其中实际培训农民450人次，完成率为95%。\n"),
    ("completion, last year's actual", "计划培训500人次。上年实际培训450人次，完成率为95%。\n"),
    ("completion, two plans before", "计划培训500人次，建设站点10个。实际培训450人次，完成率为95%。\n"),
    ("completion, another unit", "计划培训500人次。实际培训450人，完成率为95%。\n"),
    ("a rate of quality, not completion", "计划培训500人次。实际培训450人次，合格率为95%。\n"),
    ("completion over the plan, capped at 100%", "计划培训500人次。实际培训520人次，完成率为100%。\n"),
    ("right when rounded", "全年预算数为2000.5万元。全年实际支出1900.48万元。预算执行率为95%。\n"),
]

test_right_is_silent, test_planted_is_found, test_left_is_silent = probe_tests(H, CASES, LEFT)


# a score above its weight in a form written as fields (标签：值 lines, or each label over its value)
_FIELD_CASES = [
    ("score, field lines without 分", "指标名称：培训人次\n分值：10\n得分：9\n", "指标名称：培训人次\n分值：10\n得分：12\n",
     "indicator_score_over_weight"),
    ("score, field lines, 自评得分 under 分值", "培训人次\n分值：10分\n自评得分：9分\n", "培训人次\n分值：10分\n自评得分：12分\n",
     "indicator_score_over_weight"),
    ("score, each label over its value", "指标名称\n培训人次\n分值\n10\n得分\n9\n", "指标名称\n培训人次\n分值\n10\n得分\n12\n",
     "indicator_score_over_weight"),
    ("score, each label over its value, blank lines and full-width digits", "权重\n\n１０\n\n得分\n\n９\n",
     "权重\n\n１０\n\n得分\n\n１２\n", "indicator_score_over_weight"),
    ("score, two fields on one line", "分值：10分，得分：9分\n", "分值：10分，得分：12分\n", "indicator_score_over_weight"),
]

_FIELD_LEFT = [
    ("a weight in percent", "权重：10%\n得分：12\n"),
    ("a bonus line between", "分值：10\n加分：2\n得分：12\n"),
    ("the score before the weight", "得分：12\n分值：10\n"),
    ("full marks of the whole form", "满分：100分\n得分：92分\n"),
    ("a flattened header over its values", "分值\n得分\n10\n9\n"),
]

test_field_right_is_silent, test_field_planted_is_found, test_field_left_is_silent = \
    probe_tests(H, _FIELD_CASES, _FIELD_LEFT)


# the weights of a scoring frame's four classes, named in one sentence, against its full marks
_WEIGHT_CASES = [
    ("weights in brackets, full marks stated", "本次评价指标体系由决策（20分）、过程（20分）、产出（50分）、效益（10分）四类指标构成，满分100分。\n",
     "本次评价指标体系由决策（20分）、过程（20分）、产出（50分）、效益（20分）四类指标构成，满分100分。\n",
     "class_weights_total"),
    ("weights listed after 权重", "一级指标权重分别为：决策20分、过程20分、产出50分、效益10分。\n",
     "一级指标权重分别为：决策20分、过程20分、产出50分、效益20分。\n", "class_weights_total"),
    ("weights named 分值, full-width digits", "决策指标分值为１５分，过程指标分值为２５分，产出指标分值为４０分，效益指标分值为２０分。\n",
     "决策指标分值为１５分，过程指标分值为２５分，产出指标分值为４０分，效益指标分值为３０分。\n", "class_weights_total"),
    ("投入 for 决策, a total of 总分值", "投入（20分）、过程（20分）、产出（40分）、效益（20分），总分值为100分。\n",
     "投入（20分）、过程（20分）、产出（40分）、效益（20分），总分值为110分。\n", "class_weights_total"),
    ("each weight with its score", "决策(20分)得18分、过程(20分)得19分、产出(40分)得38分、效益(20分)得18分。\n",
     "决策(20分)得18分、过程(20分)得19分、产出(40分)得38分、效益(30分)得18分。\n", "class_weights_total"),
]

_WEIGHT_LEFT = [
    ("two classes only", "其中产出指标50分、效益指标30分。\n"),
    ("the classes' scores", "决策指标得分18分，过程指标得分27分，产出指标得分38分，效益指标得分9分，总得分92分。\n"),
    ("bonus marks beyond the classes", "决策（20分）、过程（20分）、产出（40分）、效益（20分），另设加分项10分，总分值为110分。\n"),
    ("效益 of one kind is a part, not the class", "社会效益（20分）、经济效益（10分）、决策（20分）、过程（20分）、产出（40分）。\n"),
    ("bare figures in a sentence that names no weights", "决策20分、过程20分、产出50分、效益20分。\n"),
]

test_weight_right_is_silent, test_weight_planted_is_found, test_weight_left_is_silent = \
    probe_tests(H, _WEIGHT_CASES, _WEIGHT_LEFT)


# a list of names and the figures 分别 gives them, of two lengths
_LIST_CASES = [
    ("three sources, two amounts", "中央、省级和县级资金分别为40万元、60万元和20万元。\n", "中央、省级和县级资金分别为40万元、60万元。\n",
     "respectively_count"),
    ("two offices, three counts, full-width digits", "办公室和财务股分别有５人、３人。\n", "办公室和财务股分别有５人、３人、２人。\n",
     "respectively_count"),
    ("three tasks, two figures after 达到", "全年培训、宣传、检查分别达到500人次、20场、30次。\n",
     "全年培训、宣传、检查分别达到500人次、20场。\n", "respectively_count"),
    ("wrapped at a page width", _wrapped("财政局、人社局和民政局分别为40万元、60万元、20万元。"),
     _wrapped("财政局、人社局和民政局分别为40万元、60万元。"), "respectively_count"),
]

_LIST_LEFT = [
    ("an organ's name holding 和", "财政局、人力资源和社会保障局分别为40万元、60万元。\n"),
    ("和 inside a name before the last", "基本支出中人员经费和公用经费、项目支出分别为80万元、20万元、60万元。\n"),
    ("figures going on past a comma", "中央、省级资金分别为40万元，60万元，合计100万元。\n"),
    ("an open list", "甲项目、乙项目分别为40万元、60万元等。\n"),
    ("names in the clause before", "本局下设办公室、财务股、业务股，分别为3人、2人、4人。\n"),
    ("one figure for two names", "一般公共预算和政府性基金预算收入分别为100万元。\n"),
    ("a second 分别 of the same names", "收入和支出分别为100万元、60万元，分别同比增长5%、3%。\n"),
    ("names, not figures, after 分别为", "本局下设3个股室，分别为办公室、财务股、业务股。\n"),
    ("a bracket inside the names", "甲项目（含乙、丙两个子项目）和丁项目分别为40万元、60万元。\n"),
]

test_list_right_is_silent, test_list_planted_is_found, test_list_left_is_silent = \
    probe_tests(H, _LIST_CASES, _LIST_LEFT)


# a form's 总分 row that gives the score alone (its 分值 cell blank, or one number on the line after 总分)
_FORM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_FORM_ROWS = [["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "20", "20"],
              ["产出指标", "质量指标", "合格率", "≥95%", "97%", "20", "20"],
              ["效益指标", "社会效益指标", "就业人数", "≥100人", "90人", "30", "27"],
              ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "30", "29"]]


def _cells(*tail: str, rows: list[list[str]] = _FORM_ROWS) -> str:
    """The form flattened to one cell per line with blank lines between, ``tail`` after its rows."""
    return "\n\n".join([c for r in [_FORM_HEAD, *rows] for c in r] + list(tail)) + "\n"


def _piped(score: str) -> str:
    rows = [_FORM_HEAD, *_FORM_ROWS, ["总分", "", "", "", "", "", score]]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


_TOTAL_CASES = [
    ("one cell per line, 总分 and the score alone", _cells("总分", "96"), _cells("总分", "95"), "score_total"),
    ("one cell per line, 合计 and the score alone, full-width", _cells("合计", "９６"), _cells("合计", "９４"), "score_total"),
    ("a | table whose 总分 row leaves its 分值 blank", _piped("96"), _piped("95"), "score_total"),
]

_TOTAL_LEFT = [
    # 100 under weights of 100: the 分值 total, its score left blank
    ("the full marks alone", _cells("合计", "100")),
    # weights of 90: the budget block's 10 is in the total, or not — which one is not told
    ("weights short of full marks", _cells("总分", "95", rows=[*_FORM_ROWS[:3], [*_FORM_ROWS[3][:5], "20", "19"]])),
    ("a | table whose weights are short of full marks",
     "\n".join("| " + " | ".join(r) + " |" for r in [_FORM_HEAD, *_FORM_ROWS[:3], ["总分", "", "", "", "", "", "60"]]) + "\n"),
]

test_total_right_is_silent, test_total_planted_is_found, test_total_left_is_silent = \
    probe_tests(H, _TOTAL_CASES, _TOTAL_LEFT)


def _restated(text: str) -> list[str]:
    return [f.location.quote for f in review(read_text_string(H + text)).findings if f.rule == "same_metric_twice"]


_OVERVIEW = "部门收入合计350万元，支出合计340万元。\n二、绩效目标\n全面完成年度工作任务。\n"


@pytest.mark.parametrize("heading", ["三、资金使用情况", "（三）资金管理情况", "三、资金执行情况"])
def test_the_whole_money_restated_under_a_heading_about_its_use_is_one_figure(heading: str) -> None:
    assert _restated(_OVERVIEW + f"{heading}\n部门收入合计380万元，其中财政拨款300万元。\n") == ["380万元"]
    assert _restated(_OVERVIEW + f"{heading}\n部门收入合计350万元，其中财政拨款300万元。\n") == []


@pytest.mark.parametrize("heading", ["三、扶贫资金使用情况", "三、项目资金使用情况", "三、专项资金管理情况", "三、上年度资金使用情况"])
def test_a_heading_naming_a_fund_or_another_period_is_another_category(heading: str) -> None:
    assert _restated(_OVERVIEW + f"{heading}\n部门收入合计380万元，其中财政拨款300万元。\n") == []


# a form's total score on a line of its own (总分：95分), the form without a 总分 row
def _rows_piped(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [_FORM_HEAD, *rows]) + "\n"


_AFTER_CASES = [
    ("one cell per line, 总分： after it", _cells() + "\n总分：96分\n", _cells() + "\n总分：95分\n", "score_sum_stated"),
    ("| rows, 总分： after them, full-width", _rows_piped(_FORM_ROWS) + "总分：９６分\n", _rows_piped(_FORM_ROWS) + "总分：９５分\n",
     "score_sum_stated"),
    ("tab rows", "\n".join("\t".join(r) for r in [_FORM_HEAD, *_FORM_ROWS]) + "\n总分为96分。\n",
     "\n".join("\t".join(r) for r in [_FORM_HEAD, *_FORM_ROWS]) + "\n总分为95分。\n", "score_sum_stated"),
]

_SHORT_ROWS = [*_FORM_ROWS[:3], [*_FORM_ROWS[3][:5], "20", "19"]]
_AFTER_LEFT = [
    ("weights short of full marks", _cells(rows=_SHORT_ROWS) + "\n总分：95分\n"),
    ("the table's own total row before it", _rows_piped([*_FORM_ROWS, ["总分", "", "", "", "", "100", "96"]]) + "总分：95分\n"),
    ("a bare 总分 in a sentence may be the full marks", _cells() + "\n本次评价实行百分制，总分100分。\n"),
]

test_after_right_is_silent, test_after_planted_is_found, test_after_left_is_silent = \
    probe_tests(H, _AFTER_CASES, _AFTER_LEFT)
