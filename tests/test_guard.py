"""verify(), GuardedText and guard_findings(): numbers against the department data."""

from decimal import Decimal

import pytest
from pydantic import ValidationError

from drafting.department import DepartmentData
from drafting.facts import build_facts
from drafting.findings import Kind, Severity
from drafting.guard import GuardedText, Verdict, guard_findings, verify
from drafting.quantities import Unit
from drafting.report import Cell, Paragraph, Report, Table


def data() -> DepartmentData:
    return DepartmentData.model_validate({
        "department": {"name": "测试县人力资源和社会保障局", "region": "测试县", "level": "县"},
        "year": 2022,
        "staffing": {"authorized": 36, "actual": 40},
        "finance": {"expenditure": [{"unit_name": "局机关", "total": "1209.14", "basic": "708.61",
                                     "personnel": "445.69", "public": "262.92", "project": "500.53"}]},
        "sangong": {
            "actual": {"total": "7.5", "reception": "5.18", "vehicle_operation": "2.32"},
            "budget": {"total": "9.69", "reception": "7.14", "vehicle_operation": "2.55"},
            "prior": {"total": "8.93", "reception": "6.39", "vehicle_operation": "2.54"},
        },
        "key_figures": [
            {"id": "insured", "name": "参保合计", "value": "242700", "unit": "人"},
            {"id": "viewers", "name": "直播观看人次", "value": "81234", "unit": "人"},
            {"id": "unemployment", "name": "城镇登记失业率", "value": "3.9", "unit": "%"},
            {"id": "fund", "name": "基金征缴", "value": "2.15", "unit": "亿元"},
        ],
    })


def one(text: str, **kw):
    checks = [c for c in verify(text, data(), **kw).checks if c.mention.is_claim]
    assert len(checks) == 1, checks
    return checks[0]


def test_direct_figure_is_supported_with_its_fact():
    c = one("公务接待费5.18万元")
    assert c.verdict is Verdict.SUPPORTED and c.fact.path == "sangong.actual.reception"


def test_savings_ratio_at_shown_precision_is_supported():
    assert one("节约比例22.60%").verdict is Verdict.SUPPORTED


def test_wrong_savings_ratio_is_unsupported_and_names_the_nearest_fact():
    c = one("节约比例22.70%")
    assert c.verdict is Verdict.UNSUPPORTED
    assert c.nearest[0].path == "sangong.savings_ratio.total"
    assert "22.60%" in c.message


def test_named_metric_with_another_value_is_contradicted():
    c = one("公务接待费5.81万元")
    assert c.verdict is Verdict.CONTRADICTED and c.fact.path == "sangong.actual.reception"
    assert "5.18万元" in c.message


def test_yuan_mention_more_precise_than_wan_fact_is_supported_at_the_coarser_precision():
    assert one("比上年减少14,293.93元").fact.path == "sangong.change.total"


def test_yuan_mention_off_by_more_than_the_facts_precision_is_unsupported():
    assert one("比上年减少14,393.93元").verdict is Verdict.UNSUPPORTED


def test_mention_coarser_than_fact_is_compared_at_its_own_precision():
    checks = [c for c in verify("决算7.5万元，折合75000元，合计7.52万元", data()).checks if c.mention.is_claim]
    assert [c.verdict for c in checks] == [Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.UNSUPPORTED]


def test_yi_yuan_and_wan_ren_are_matched_with_scale():
    checks = [c for c in verify("参保合计24.27万人，基金征缴2.15亿元", data()).checks if c.mention.is_claim]
    assert [c.verdict for c in checks] == [Verdict.SUPPORTED, Verdict.SUPPORTED]


def test_wrong_scale_is_unsupported():
    assert one("基金征缴2.15万元").verdict is not Verdict.SUPPORTED


def test_yu_is_supported_by_a_fact_above_within_the_next_step():
    assert one("观看人次达8万余人").verdict is Verdict.SUPPORTED


def test_yu_is_not_supported_by_a_fact_below():
    assert one("观看人次达9万余人").verdict is not Verdict.SUPPORTED


def test_upper_bound_is_supported_when_the_named_metric_is_within_it():
    assert one("城镇登记失业率控制在4.5%以内").verdict is Verdict.SUPPORTED


def test_upper_bound_broken_by_the_named_metric_is_contradicted():
    assert one("城镇登记失业率控制在3.5%以内").verdict is Verdict.CONTRADICTED


def test_percent_written_for_a_points_difference_is_not_supported():
    assert one("增长2.8%").verdict is Verdict.UNSUPPORTED


def test_bare_cells_use_the_default_unit():
    assert one("5.18", default_unit=Unit.WAN_YUAN).verdict is Verdict.SUPPORTED
    assert one("5.18", default_unit=Unit.YUAN).verdict is Verdict.UNSUPPORTED


def test_stale_year_in_a_title_line():
    checks = verify("测试县人力资源和社会保障局2020年度部门整体支出绩效自评报告", data()).checks
    assert [c.verdict for c in checks] == [Verdict.STALE_YEAR]


def test_earlier_year_in_a_sentence_is_fine():
    checks = verify("认定2021年度初级职称116人。", data()).checks
    assert checks[0].verdict is Verdict.YEAR_OK


def test_document_numbers_are_not_checked():
    assert [c.verdict for c in verify("（湘办〔2021〕28号）", data()).checks] == [Verdict.NOT_A_CLAIM] * 2


def test_guard_report_summary_and_markdown():
    r = verify("公务接待费5.18万元，节约比例22.70%", data())
    assert not r.ok and len(r.failures) == 1
    assert r.summary()["by_verdict"] == {"supported": 1, "unsupported": 1}
    assert "| 位置 | 原文 | 判定 | 依据 |" in r.to_markdown()


def test_guarded_text_accepts_supported_numbers():
    g = GuardedText.model_validate({"text": "公务接待费5.18万元"}, context={"facts": build_facts(data())})
    assert g.text == "公务接待费5.18万元"


def test_guarded_text_lists_each_failing_number():
    with pytest.raises(ValidationError) as exc:
        GuardedText.model_validate({"text": "公务接待费5.81万元，节约比例22.70%"}, context={"facts": data()})
    msg = str(exc.value)
    assert "“5.81万元”" in msg and "“22.70%”" in msg and "sangong.actual.reception" in msg


def test_guarded_text_without_context_says_what_is_missing():
    with pytest.raises(ValidationError, match="context"):
        GuardedText.model_validate({"text": "5.18万元"})


def report() -> Report:
    return Report(blocks=[
        Paragraph(text="公务接待费5.81万元，节约比例22.60%。"),
        Paragraph(text="三公经费支出（万元）"),
        Table(rows=[[Cell(text="项目"), Cell(text="决算数")], [Cell(text="公务接待费"), Cell(text="5.19")]]),
    ])


def test_guard_findings_point_at_the_exact_quote_with_a_suggestion():
    rep = report()
    fs = guard_findings(rep, data())
    contradicted = [f for f in fs if f.kind is Kind.NUMBER_CONTRADICTED]
    assert len(contradicted) == 1
    f = contradicted[0]
    assert f.severity is Severity.ERROR and f.quote == "5.81万元" == rep.quote(f.location.location)
    assert f.suggestion == "改为 5.18万元" and "sangong.actual.reception" in f.evidence


def test_guard_findings_read_the_table_unit_from_the_caption_above():
    fs = guard_findings(report(), data())
    cells = [f for f in fs if f.location.location.row is not None]
    assert [f.quote for f in cells] == ["5.19"]


def test_report_cells_inherit_money_unit_and_are_supported():
    rep = Report(blocks=[Paragraph(text="单位：万元"), Table(rows=[[Cell(text="7.5"), Cell(text="9.69")]])])
    assert verify(rep, data()).ok


def test_verify_accepts_a_prebuilt_index():
    assert verify("公务接待费5.18万元", build_facts(data())).checks[0].fact.value == Decimal("5.18")


def test_last_years_figure_presented_as_this_years_is_contradicted():
    c = one("公务接待费6.39万元")
    assert c.verdict is Verdict.CONTRADICTED and c.fact.path == "sangong.actual.reception"


def test_last_years_figure_introduced_as_such_is_supported():
    assert one("上年公务接待费6.39万元").verdict is Verdict.SUPPORTED


def test_negative_table_change_is_matched_against_the_decrease():
    assert one("-1.43", default_unit=Unit.WAN_YUAN).verdict is Verdict.SUPPORTED


def test_a_budget_figure_also_equal_to_last_year_is_not_called_stale():
    d = data().model_copy(deep=True)
    d.sangong.prior.reception = Decimal("7.14")
    checks = [c for c in verify("预算9.69万元，其中公务接待费7.14万元", d).checks if c.mention.is_claim]
    assert [c.verdict for c in checks] == [Verdict.SUPPORTED, Verdict.SUPPORTED]
