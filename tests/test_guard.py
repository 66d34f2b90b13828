"""verify(), GuardedText and guard_findings(): numbers against the department data."""

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from drafting.department import DepartmentData
from drafting.draft.drafter import draft
from drafting.findings import Kind, Severity
from drafting.io.loading import load_department
from drafting.io.reading import read_report
from drafting.numbers.facts import build_facts
from drafting.numbers.guard import GuardedText, Verdict, guard_findings, verify
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
    r = verify("公务接待费5.18万元。节约比例22.70%", data())
    assert not r.ok and len(r.failures) == 1
    assert r.summary()["by_verdict"] == {"supported": 1, "unsupported": 1}
    md = r.to_markdown()
    assert "| 位置 | 原文 | 判定 | 依据 |" in md and "无依据 1 个" in md
    assert "22.70%" in md and "5.18万元" not in md  # only the number to look at, unless full
    assert "5.18万元" in r.to_markdown(full=True)


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
        Paragraph(text="公务接待费5.81万元，三公经费节约比例22.60%。"),
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


# -- binding a number to the metric its sentence names ------------------------------------------


def bound_data() -> DepartmentData:
    d = data().model_dump()
    d["indicators"] = [{"level1": "产出指标", "level2": "时效指标", "name": "资金按时支付率", "target_value": "95",
                        "actual_value": "98.22", "unit": "%"}]
    d["key_figures"] += [{"id": "wage_cases", "name": "公开判决欠薪案件", "value": "1", "unit": "起"},
                         {"id": "retention", "name": "留工补助、扩岗补助", "value": "9.75", "unit": "万元"}]
    d["staffing"]["retired"] = 2
    return DepartmentData.model_validate(d)


def claims(text: str, d: DepartmentData | None = None) -> list[tuple[str, Verdict, str | None]]:
    return [(c.mention.text, c.verdict, c.fact.path if c.fact else None)
            for c in verify(text, d or bound_data()).checks if c.mention.is_claim]


def verdicts(text: str, d: DepartmentData | None = None) -> list[Verdict]:
    return [v for _, v, _ in claims(text, d)]


S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED


def test_each_number_of_a_list_is_bound_to_the_nearest_name_before_it():
    assert claims("其中公务接待费5.18万元、公务用车2.32万元") == [
        ("5.18万元", S, "sangong.actual.reception"), ("2.32万元", S, "sangong.actual.vehicle")]


def test_two_named_figures_exchanged_are_both_contradicted_with_the_named_facts():
    assert claims("其中公务接待费2.32万元、公务用车5.18万元") == [
        ("2.32万元", C, "sangong.actual.reception"), ("5.18万元", C, "sangong.actual.vehicle")]


def test_a_small_count_equal_to_another_fact_is_contradicted_by_the_named_one():
    assert claims("人民法院公开判决欠薪案件2起") == [("2起", C, "key_figures.wage_cases")]


def test_the_budget_column_carries_to_the_items_of_the_sentence():
    assert verdicts("三公经费预算数为9.69万元，其中：公务接待费 7.14万元，公务用车 2.55万元") == [S, S, S]


def test_change_words_bind_to_the_change_of_the_metric_stated_before():
    assert claims("三公经费支出7.5万元，比上年减少14,293.93元，减少16%")[1:] == [
        ("14,293.93元", S, "sangong.change.total"), ("16%", S, "sangong.change_ratio.total")]


def test_a_change_that_is_another_items_figure_is_contradicted_with_the_items_change():
    # the correction is the change the clause claims (比上年减少 1.43万元), not the item's level (7.5万元)
    assert claims("三公经费支出7.5万元，比上年减少5.18万元")[1][1:] == (C, "sangong.change.total")


def test_savings_and_savings_ratio_follow_the_metric():
    assert verdicts("三公经费支出7.5万元，节约2.19万元，节约比例22.60%") == [S, S, S]
    assert verdicts("公务接待费支出5.18万元，节约比例22.60%")[1] is C  # the total's ratio, not the reception's


def test_indicator_target_and_actual_in_one_sentence():
    assert verdicts("资金按时支付率目标值95%，实际完成98.22%") == [S, S]


def test_a_full_budget_actual_prior_sentence_stays_clean():
    text = "三公经费年初预算9.69万元，决算支出7.5万元，较预算节约2.19万元，节约22.6%；较上年8.93万元减少1.43万元，下降16.01%"
    assert verdicts(text) == [S] * 7


def test_a_change_after_a_list_of_items_is_not_bound_to_the_last_item():
    assert verdicts("公务接待费5.18万元，公务用车2.32万元，比上年减少1.43万元") == [S, S, S]


def test_numbers_listed_with_fenbie_pair_by_order_not_by_nearness():
    assert verdicts("公务接待费、公务用车运维费分别为5.18万元、2.32万元") == [S, S]


def test_a_rate_per_head_after_a_name_is_not_the_named_total():
    assert verdicts("基金征缴标准为每人2.32万元") == [S]


def test_a_name_with_a_dunhao_inside_is_found_whole():
    assert claims("发放留工补助、扩岗补助5.18万元") == [("5.18万元", C, "key_figures.retention")]


def test_a_change_of_a_metric_without_a_change_in_the_data_is_not_bound():
    assert verdicts("参保合计24.27万人，比上年增加40人") == [S, S]


def test_a_clause_naming_a_metric_of_another_unit_leaves_the_number_unbound():
    assert verdicts("完成培训1218人次，其中上年公务接待费项目2人") == [Verdict.UNSUPPORTED, S]


def test_actual_staff_by_kind_may_be_named_with_the_bianzhi_word():
    d = data().model_copy(update={"staffing": data().staffing.model_copy(
        update={"authorized_by_kind": {"行政": 13, "事业": 23}, "actual_by_kind": {"行政": 25, "事业": 15}})})
    assert verdicts("实有在职人数40人，其中：行政编制25人，事业编制15人", d) == [S, S, S]


def test_exchanged_staffing_figures_are_contradicted():
    assert verdicts("现有人员编制40人，实有人数36人") == [C, C]


# -- false-alarm controls: the fixtures --------------------------------------------------------

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CLEAN = sorted(p.parent.name for p in FIXTURES.glob("*/report.txt") if p.parent.name != "jingzhou-hrss-2022")
ALL = sorted(p.parent.name for p in FIXTURES.glob("*/data.yaml"))


@pytest.mark.parametrize("folder", CLEAN)
def test_clean_fixture_report_has_no_failing_number(folder):
    d = load_department(FIXTURES / folder / "data.yaml")
    assert [(c.where(), c.mention.text) for c in verify(read_report(FIXTURES / folder / "report.txt"), d).failures] == []


@pytest.mark.parametrize("folder", ALL)
def test_offline_draft_has_no_failing_number(folder):
    d = load_department(FIXTURES / folder / "data.yaml")
    assert [(c.where(), c.mention.text) for c in verify(draft(d).report, d).failures] == []


def test_the_real_sample_reports_only_its_two_wrong_ratios():
    folder = FIXTURES / "jingzhou-hrss-2022"
    fs = guard_findings(read_report(folder / "report.txt"), load_department(folder / "data.yaml"))
    assert sorted(f.quote for f in fs) == ["18.92%", "8.67%"]


def test_a_wrong_figure_does_not_make_the_same_items_later_figures_look_wrong():
    # “预算12亿元” is wrong; the item's savings and its change on last year that follow are right.
    data = load_department(Path(__file__).resolve().parent.parent / "fixtures" / "liuyang-health-2023" / "data.yaml")
    text = ("公务用车运行维护费支出10.87万元，预算12亿元，节约1.13万元，节约比例9.42%，"
            "比上年减少0.87万元，下降7.41%。")
    failures = [c.mention.text for c in verify(text, data).failures]
    assert failures == ["12亿元"]


def test_the_guard_package_keeps_every_name_its_callers_import():
    import drafting.numbers.guard as guard

    assert {"FAILING", "GuardReport", "GuardedText", "NumberCheck", "Verdict", "check_mention", "failure_lines",
            "guard_findings", "verify"} <= set(guard.__all__)
    assert all(getattr(guard, name) is not None for name in guard.__all__)


def test_guard_findings_messages_name_no_internal_block_number():
    """The message said “第3块(表格)第2行第2列“5.19”…”: a block number no Word reader can find, and
    the place again after the Word reader's own (the finding's place label, shown before it)."""
    fs = guard_findings(report(), data())
    assert fs and all("块" not in f.message and "第" not in f.message.split("“")[0] for f in fs), [f.message for f in fs]
    cell = next(f for f in fs if f.location.location.row is not None)
    assert cell.message.startswith("“5.19”")
