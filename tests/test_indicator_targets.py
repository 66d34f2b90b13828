"""The target cell of an indicator row holds the year's plan. Two ways it cannot:

- it holds the result (已完成126场, 实际发放补贴3.2万元): the outcome pasted one column early — a warning;
- the indicator is a rate or a count (…率, …人次, …数量) and its target has no number (逐步提高, 合格,
  按要求完成): nothing to compare the result with — an info.

Found in a Word-like "|" table, one cell per line and rows run together; silent on the targets real forms
write: figures, comparators (≥ ≤ ＞ 控制在…以内), ranges, deadlines, a share in words (全覆盖, 零事故),
a time standard for a timeliness rate (按时发放), and qualitative targets for indicators that are not
rates or counts (有效改善). Also: a strict comparator (＞95％, 大于, ＜, 小于) is a floor or a ceiling, so a
miss against it given full marks is found. Invented forms."""

from __future__ import annotations

import pytest

from drafting.findings import Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Report
from drafting.review import review

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"]
_FIRST = ["产出指标", "数量指标", "培训场次", "≥12场", "13场", "10", "10", "无"]
_LAST = ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "96%", "10", "10", "无"]
_TOP = "某县人社局2024年度职业技能培训项目绩效自评表\n\n问卷调查回收有效问卷120份。\n\n"
_END = "\n\n自评得分：100分\n"


def _row(name: str, target: str, actual: str, category: str = "质量指标") -> list[str]:
    return ["产出指标", category, name, target, actual, "10", "10", "无"]


def _piped(rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + "\n".join("| " + " | ".join(r) + " |" for r in rows) + _END)


def _one_cell_a_line(rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + "\n\n".join(c for r in rows for c in r if c) + _END)


def _run_together(rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + "\n".join(" ".join(c for c in r if c) for r in rows) + _END)


_LAYOUTS = [_piped, _one_cell_a_line, _run_together]


def _target_findings(report: Report) -> list[tuple[str, str, Severity]]:
    return [(f.rule, f.location.quote.strip(), f.severity) for f in review(report).findings
            if f.rule in ("indicators.result_as_target", "indicators.number_expected")]


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(("name", "target", "actual"), [
    ("培训人次", "已完成326人次", "326人次"),
    ("发放补贴金额", "实际发放3.2万元", "3.2万元"),
    ("新建村级服务站", "已建成8个", "8个"),
])
def test_a_result_in_the_target_column_is_a_warning(layout, name, target, actual):
    report = layout([_HEAD, _FIRST, _row(name, target, actual, "数量指标"), _LAST])
    assert _target_findings(report) == [("indicators.result_as_target", target, Severity.WARNING)]


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(("name", "target", "actual"), [
    ("政策知晓率", "逐步提高", "92%"),
    ("培训合格率", "合格", "98%"),
    ("参训人次", "按要求完成", "326人次"),
    ("发放补贴户数（户）", "逐步增加", "1200"),
])
def test_a_rate_or_count_with_no_number_as_its_target_is_an_info(layout, name, target, actual):
    report = layout([_HEAD, _FIRST, _row(name, target, actual), _LAST])
    assert _target_findings(report) == [("indicators.number_expected", target, Severity.INFO)]


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(("name", "target", "actual"), [
    ("培训合格率", "≥95%", "98%"),
    ("资料归档率", "90%-95%", "93%"),
    ("设备完好率", "＞95％", "９８％"),
    ("人均培训成本", "控制在500元以内", "480元"),
    ("政策知晓率", "全覆盖", "全覆盖"),
    ("安全事故发生率", "零事故", "零事故"),
    ("补贴发放及时率", "按时发放", "按时发放"),
    ("资金拨付及时率", "年底前拨付", "11月拨付"),
    ("培训人次", "三百人次", "326人次"),
    ("群众文化生活改善", "有效改善", "有效改善"),
    ("服务效率", "明显提高", "明显提高"),
    ("长效管理机制", "建立健全", "已建立"),
    ("培训完成情况", "完成120场", "126场"),
    ("脱贫人口培训覆盖率", "已脱贫人口全覆盖", "100%"),
    ("补贴资金发放率", "足额发放", "足额发放"),  # in full: the whole, a number in words
    ("符合条件人员参保率", "应保尽保", "应保尽保"),
])
def test_the_targets_real_forms_write_are_silent(layout, name, target, actual):
    assert _target_findings(layout([_HEAD, _FIRST, _row(name, target, actual), _LAST])) == []


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(("target", "missed", "met"), [
    ("＞95％", "９０％", "９８％"),
    (">95%", "90%", "98%"),
    ("大于95%", "90%", "98%"),
    ("＜5％", "８％", "３％"),
    ("小于5%", "8%", "3%"),
    ("≧95%", "90%", "98%"),  # the "greater than over equal" sign some forms use
    ("≦5%", "8%", "3%"),
])
def test_a_strict_comparator_is_a_floor_or_a_ceiling(layout, target, missed, met):
    def rules(actual: str) -> list[str]:
        rows = [_HEAD, _FIRST, _row("设备故障率" if "5" in target else "设备完好率", target, actual), _LAST]
        return [f.rule for f in review(layout(rows)).findings if f.rule == "indicators.missed_full_score"]
    assert rules(missed) == ["indicators.missed_full_score"]
    assert rules(met) == []


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(("name", "target", "actual"), [
    ("政策知晓率", "较上年提高", "已提高"),  # a change against last year: last year's figure is its number
    ("群众投诉率", "同比下降", "下降"),
    ("通组道路通畅率提升", "逐步提高", "已提高"),  # names a change, not a rate
])
def test_a_change_against_a_baseline_or_a_change_named_is_silent(layout, name, target, actual):
    assert _target_findings(layout([_HEAD, _FIRST, _row(name, target, actual), _LAST])) == []
