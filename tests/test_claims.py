from decimal import Decimal
from pathlib import Path

import pytest
from shared_paths import SAMPLE

from drafting.checks.claims import check_claims, find_indicator_rows
from drafting.department import Indicator
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Heading, Paragraph, Report, Table


def _rows(*rows: list[str]) -> Table:
    return Table(rows=[[Cell(text=t) for t in row] for row in rows])


def _quotes(findings):
    return [f.quote for f in findings]


def test_strong_claim_without_any_figure_nearby_is_information_only():
    """A stock phrase (成效明显) is a matter of style: shown to the writer, never a warning."""
    report = Report(blocks=[Paragraph(text="严控经费管理，严格审核审批，成效明显。")])
    findings = check_claims(report, stock_claims=True)
    assert _quotes(findings) == ["成效明显"]
    assert findings[0].kind is Kind.UNSUPPORTED_CLAIM and findings[0].severity is Severity.INFO


@pytest.mark.parametrize("value", ["明显改善", "成效显著。", "效果明显"])
def test_a_claim_phrase_standing_alone_as_a_forms_value_is_an_indicator_value_not_a_claim(value):
    """A flattened 自评表 puts 年度指标值 and 实际完成值 one per line: "明显改善" there is the
    indicator's target or result, which the indicator checks read."""
    report = Report(blocks=[Paragraph(text="群众出行条件改善"), Paragraph(text=value), Paragraph(text="20")])
    assert [f for f in check_claims(report, stock_claims=True) if f.rule == "claims.strong_claim"] == []


def test_a_claim_phrase_filling_a_cell_of_a_row_copied_as_text_is_an_indicator_value():
    report = Report(blocks=[Paragraph(text="效益指标 | 社会效益指标 | 群众出行条件改善 | 明显改善 | 明显改善 | 30 | 30 |")])
    assert [f for f in check_claims(report, stock_claims=True) if f.rule == "claims.strong_claim"] == []


def test_a_claim_phrase_as_the_graded_value_of_an_effect_indicators_entry_is_an_indicator_value():
    """1.社会效益指标：巩固脱贫攻坚成果、集约节约用地，明显提高。 lists the effect indicators and their graded
    result, a qualitative indicator's value as a form's cell gives it; the same phrase told as the year's
    result in a sentence of its own is still a claim."""
    entry = "（二）效益指标\n1.社会效益指标:巩固脱贫攻坚成果、支持乡村振兴、集约节约用地,明显提高。\n2.可持续影响指标:耕地质量完成100%。\n"
    assert [f for f in check_claims(read_text_string(entry), stock_claims=True) if f.rule == "claims.strong_claim"] == []
    told = "（二）效益情况\n项目实施后，群众生产生活条件明显提高。\n"
    assert [f.quote for f in check_claims(read_text_string(told), stock_claims=True) if f.rule == "claims.strong_claim"] == ["明显提高"]


def test_claim_with_a_figure_in_the_same_sentence_is_supported():
    report = Report(blocks=[Paragraph(text="2022年1月在全市率先举办直播招聘活动，观看人次达8万余人。")])
    assert check_claims(report, stock_claims=True) == []


def test_claim_elaborated_by_the_next_sentence_is_supported():
    report = Report(blocks=[Paragraph(text="就业工作成效显著。其中新增就业2141人，城镇登记失业率4.5%以内。")])
    assert check_claims(report, stock_claims=True) == []


def test_claim_followed_by_an_unrelated_figure_is_flagged():
    report = Report(blocks=[Paragraph(text="各项工作圆满完成。全年召开党组会议12次。")])
    assert _quotes(check_claims(report, stock_claims=True)) == ["圆满完成"]


def test_standalone_claim_paragraph_is_not_backed_by_the_next_paragraph():
    report = Report(blocks=[Paragraph(text="全年发放学生资助资金1850.6万元，惠及学生2.1万人次。"),
                            Paragraph(text="各项工作圆满完成，成效显著。"),
                            Paragraph(text="年末固定资产3792.64万元。")])
    findings = check_claims(report, stock_claims=True)
    assert _quotes(findings) == ["圆满完成"] and findings[0].location.location.block == 1


def test_paragraph_elaborating_a_claim_ending_in_a_colon_supports_it():
    report = Report(blocks=[Paragraph(text="学生资助工作取得显著成效："),
                            Paragraph(text="全年资助学生2.1万人次，发放资金1850.6万元。")])
    assert check_claims(report, stock_claims=True) == []


def test_achieving_marked_results_is_a_claim():
    report = Report(blocks=[Paragraph(text="各项目标任务圆满完成，取得显著成效。")])
    assert _quotes(check_claims(report, stock_claims=True)) == ["圆满完成"]


def test_full_coverage_as_a_manner_of_work_is_not_a_claim():
    report = Report(blocks=[Paragraph(text="对所有村组进行全覆盖宣传。累计开展宣传活动5次。")])
    assert check_claims(report, stock_claims=True) == []


def test_heading_claim_is_supported_by_figures_in_its_section():
    report = Report(blocks=[Heading(text="（二）预期目标圆满完成", level=2),
                            Paragraph(text="新增就业2141人，城镇登记失业率4.5%以内。")])
    assert check_claims(report, stock_claims=True) == []


def test_heading_claim_over_a_section_without_figures_is_flagged():
    report = Report(blocks=[Heading(text="（一）厉行节约成效明显", level=2),
                            Paragraph(text="一是严格审核原始单据。二是严格审核经费来源。"),
                            Heading(text="（二）预期目标", level=2), Paragraph(text="新增就业2141人。")])
    assert _quotes(check_claims(report, stock_claims=True)) == ["成效明显"]


@pytest.mark.parametrize("text", ["着力保障改善民生，积极推进社会保险全覆盖", "力争率先建成示范县", "成效不明显"])
def test_goals_and_negations_are_not_claims(text):
    assert check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True) == []


def test_zero_employment_households_is_a_term_not_a_claim():
    assert check_claims(Report(blocks=[Paragraph(text="零就业家庭保持动态清零。")]), stock_claims=True) == []


def test_satisfaction_100_without_any_survey_is_flagged():
    report = Report(blocks=[Paragraph(text="本部门群众满意度为100%")])
    assert _quotes(check_claims(report, stock_claims=True)) == ["满意度为100%"]


def test_satisfaction_100_with_a_survey_described_is_fine():
    report = Report(blocks=[Paragraph(text="发放问卷300份，回收296份。"), Paragraph(text="群众满意度为100%")])
    assert check_claims(report, stock_claims=True) == []


def _named_table(*rows: list[str]) -> Report:
    header = ["一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "分值", "得分", "偏差原因"]
    return Report(blocks=[_rows(header, *rows)])


def test_indicator_row_with_a_blank_target_is_flagged():
    report = _named_table(["产出指标", "数量指标", "培训人数", "", "1218人次", "10", "10", ""])
    findings = check_claims(report, stock_claims=True)
    assert _quotes(findings) == ["培训人数"]
    assert "没有目标值" in findings[0].message


def test_indicator_row_whose_target_repeats_the_name_is_flagged():
    report = _named_table(["产出指标", "数量指标", "培训人数", "培训人数", "1218人次", "10", "10", ""])
    assert _quotes(check_claims(report, stock_claims=True)) == ["培训人数"]


def test_indicator_rows_with_targets_are_fine():
    report = _named_table(["产出指标", "数量指标", "培训人数", "≥1000人次", "1218人次", "10", "10", ""],
                          ["", "质量指标", "补贴发放准确率", "100%", "100%", "10", "10", ""])
    assert check_claims(report, stock_claims=True) == []


def test_a_flattened_form_whose_cells_shifted_never_reports_a_filled_target_as_missing():
    from drafting.io.text_reader import read_text_string

    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "产出指标", "数量指标", "培训人次", "300人次", "320人次", "10", "10",
             "产出指标", "质量指标", "合格率", "95%", "96%", "10", "10",
             "效益指标", "社会效益", "就业率", "90%", "80%", "20", "15", "总分", "100", "95"]
    report = read_text_string("某县财政局2023年度项目支出绩效自评表\n\n" + "\n\n".join(cells) + "\n")
    assert [f for f in check_claims(report, stock_claims=True) if f.rule == "claims.indicator_without_target"] == []


def test_ecological_benefit_evidenced_by_unrelated_work_is_flagged():
    report = _named_table(["效益指标", "生态效益", "维护生态平衡", "有所改善",
                           "举办直播带岗招聘活动，改善工作环境，达成就业意向2125人", "10", "10", ""])
    findings = check_claims(report, stock_claims=True)
    assert len(findings) == 1 and findings[0].location.location.col == 4
    assert "生态" in findings[0].message


def test_ecological_benefit_evidenced_by_environmental_work_is_fine():
    report = _named_table(["效益指标", "生态效益", "减少污染排放", "有所改善", "改造污水管网12公里", "10", "10", ""])
    assert check_claims(report, stock_claims=True) == []


def test_table_without_indicator_categories_is_not_an_indicator_table():
    report = Report(blocks=[_rows(["整体支出绩效定性目标及实施计划完成情况", "预期目标", "实际完成"],
                                  ["", "任务1：指标1："])])
    assert find_indicator_rows(report) == []


def test_sample_layout_with_evidence_on_the_next_row_is_read():
    report = Report(blocks=[_rows(
        ["整体支出绩效定量目标完成情况", "评价内容", "绩效目标", "完成情况"],
        ["", "产出目标", "质量指标", "指标1：补贴发放准确率"],
        ["补贴发放准确率为100%。"],
        ["", "", "", "指标6：", "民兵训练基地建设完成"],
    )])
    rows = find_indicator_rows(report)
    assert [(r.category, r.target_missing, r.evidence.quote if r.evidence else None) for r in rows] == [
        ("质量指标", False, "补贴发放准确率为100%。"), ("质量指标", True, "民兵训练基地建设完成")]


def test_with_data_a_missed_target_without_reason_is_a_missing_field(tmp_path):
    from drafting.io.loading import load_department

    data = load_department(Path(__file__).parents[1] / "fixtures/jingzhou-hrss-2022/data.yaml")
    missed = Indicator(level1="产出指标", level2="数量指标", name="培训人数", target="≥1300人次",
                       target_value=Decimal(1300), comparator="≥", actual="1218人次", actual_value=Decimal(1218))
    data = data.model_copy(update={"indicators": [missed]})
    report = _named_table(["产出指标", "数量指标", "培训人数", "≥1300人次", "1218人次", "10", "8", ""])
    findings = [f for f in check_claims(report, data, stock_claims=True) if f.kind is Kind.MISSING_FIELD]
    assert _quotes(findings) == ["培训人数"]


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample not available")
def test_sample_claims_are_the_known_defects():
    from drafting.io.text_reader import read_text_report

    report = read_text_report(SAMPLE)
    findings = check_claims(report, stock_claims=True)
    for f in findings:
        assert f.quote == report.quote(f.location.location)
    quotes = [f.quote[:12] for f in findings if f.rule != "claims.target_not_measurable"]
    assert sorted(quotes) == sorted(["成效明显", "成效明显", "成效显著", "满意度为100%", "指标6：",
                                     "2022年1月在全市率先"])
    assert len([f for f in findings if f.rule == "claims.target_not_measurable"]) == 16


def _sample_layout(*targets: str) -> Report:
    rows = [["整体支出绩效定量目标完成情况", "评价内容", "绩效目标", "完成情况"]]
    for k, t in enumerate(targets):
        rows += [["", "产出目标" if k == 0 else "", "时效指标" if k == 0 else "", t], ["资金在规定时间内下达率为100%。"]]
    return Report(blocks=[_rows(*rows)])


def test_target_cell_holding_only_a_name_has_no_measurable_target():
    findings = check_claims(_sample_layout("指标1：资金按时支付率", "促进社会稳定、和谐"), stock_claims=True)
    assert _quotes(findings) == ["指标1：资金按时支付率", "促进社会稳定、和谐"]
    assert all(f.kind is Kind.UNSUPPORTED_CLAIM and f.severity is Severity.WARNING for f in findings)


@pytest.mark.parametrize("target", ["指标1：资金支付率≥95%", "指标2：补贴资金按时发放", "年底前完成全部项目验收",
                                    "群众就医负担有所减轻，服务质量有所提升", "不低于上年水平", "达标",
                                    "未设置量化目标值"])
def test_targets_with_a_standard_are_measurable(target):
    assert check_claims(_sample_layout(target), stock_claims=True) == []


def test_named_table_target_with_a_standard_in_words_is_fine():
    report = _named_table(["效益指标", "社会效益", "群众就医负担", "明显减轻", "次均费用下降3.2%", "10", "10", ""],
                          ["", "可持续影响", "长效管理机制", "健全", "出台制度5项", "10", "10", ""])
    assert check_claims(report, stock_claims=True) == []


def test_target_naming_last_year_as_baseline_is_measurable():
    report = _named_table(["效益指标", "社会效益指标", "通组道路通畅率提升", "较上年提高", "已提高", "10", "10", ""])
    assert check_claims(report, stock_claims=True) == []


@pytest.mark.parametrize("target", ["建立", "建立健全", "已建立"])
def test_yes_no_target_for_a_system_is_measurable(target):
    report = _named_table(["效益指标", "可持续影响指标", "设备运维管理制度建立情况", target, "已建立", "10", "10", ""])
    assert check_claims(report, stock_claims=True) == []


def test_an_aim_that_merely_starts_with_establish_still_has_no_measurable_target():
    report = _named_table(["效益指标", "可持续影响指标", "长效机制", "建立健全长效机制促进发展", "已建立", "10", "10", ""])
    assert [f.rule for f in check_claims(report, stock_claims=True)] == ["claims.target_not_measurable"]


def test_indicator_number_without_a_name_is_a_missing_field():
    findings = check_claims(_sample_layout("指标6："), stock_claims=True)
    assert [(f.kind, f.quote) for f in findings] == [(Kind.MISSING_FIELD, "指标6：")]


def test_first_time_as_a_term_is_not_a_claim():
    assert check_claims(Report(blocks=[Paragraph(text="为首次创业人员提供培训服务。")]), stock_claims=True) == []


def test_first_award_without_figures_is_a_claim():
    report = Report(blocks=[Paragraph(text="我局首次荣获省级文明单位称号。")])
    assert _quotes(check_claims(report, stock_claims=True)) == ["首次荣获"]


def test_claim_word_describing_whom_funds_favour_is_not_a_claim():
    text = "进一步优化资金分配因素，向粮食主产区和绿色防控工作成效明显的县市区倾斜。"
    assert check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True) == []


def test_claims_in_a_next_year_plan_section_are_aims_not_results():
    report = Report(blocks=[
        Paragraph(text="七、改进措施及有关建议"),
        Paragraph(text="（一）加强监管"),
        Paragraph(text="各县市区统防统治能力显著提升，服务组织实现全覆盖。"),
    ])
    assert check_claims(report, stock_claims=True) == []


def test_claims_after_the_plan_section_ends_are_checked_again():
    report = Report(blocks=[
        Paragraph(text="五、下一步工作计划"),
        Paragraph(text="继续推进老旧小区改造。"),
        Paragraph(text="六、其他需要说明的情况"),
        Paragraph(text="严控经费管理，严格审核审批，成效明显。"),
    ])
    assert _quotes(check_claims(report, stock_claims=True)) == ["成效明显"]


def test_a_duty_list_says_what_the_unit_is_charged_with_not_what_it_achieved():
    report = Report(blocks=[
        Heading(text="一、部门主要职责", level=1),
        Paragraph(text="街道办事处职能:"),
        Paragraph(text="1、加强党的建设。落实基层党建工作责任制，统筹推进社区党建，实现党的组织和工作全覆盖。"),
        Paragraph(text="2、负责辖区安全生产。"),
        Paragraph(text="全年工作成效显著，得到上级一致好评。"),  # a result told among the duties
        Heading(text="二、2023年重点工作完成情况", level=1),
        Paragraph(text="辖区治理能力显著提升，网格化管理实现全覆盖。"),
    ])
    # the duties are silent; a year's result among them and the results after them are checked
    assert _quotes(check_claims(report, stock_claims=True)) == ["成效显著", "显著提升"]


def test_bare_value_in_the_result_column_of_a_satisfaction_indicator_is_on_topic():
    table = _rows(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.17%", "10", "10", ""],
    )
    assert check_claims(Report(blocks=[table]), stock_claims=True) == []


def test_narrative_evidence_off_the_satisfaction_topic_is_still_flagged():
    table = _rows(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "完成12座水库除险加固", "10", "10", ""],
    )
    [f] = check_claims(Report(blocks=[table]), stock_claims=True)
    assert f.rule == "claims.evidence_off_topic" and "满意度指标指标" not in f.message


def test_a_claim_in_a_text_that_stops_mid_sentence_is_not_judged():
    from drafting.checks.claims import check_claims
    from drafting.io.text_reader import read_text_string

    cut = "二、社会效益\n2018年我处通过一年的努力，建立、完善了各项财务制度，全面完成"
    assert [f for f in check_claims(read_text_string(cut), stock_claims=True) if f.rule == "claims.strong_claim"] == []
    whole = cut + "了各项工作任务。"
    assert [f.quote for f in check_claims(read_text_string(whole), stock_claims=True) if f.rule == "claims.strong_claim"] == ["全面完成"]


def test_an_aim_whose_verb_stands_before_a_list_of_its_objects_is_not_a_claim():
    """推进 governs the whole 、 list: the coverage is the year's task, not a result claimed."""
    aim = "本年审计工作的主要任务是大力推进对公共资金、国有资产、国有资源和领导干部履行经济责任情况的审计全覆盖。"
    assert check_claims(Report(blocks=[Paragraph(text=aim)]), stock_claims=True) == []
    # the same coverage stated as a result still is a claim without a figure
    done = "本年对公共资金、国有资产、国有资源和领导干部履行经济责任情况实现了审计全覆盖。"
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=done)]), stock_claims=True)) == ["全覆盖"]


def _strong(*paragraphs: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=p) for p in paragraphs])
    return [f.quote for f in check_claims(report, stock_claims=True) if f.rule == "claims.strong_claim"]


@pytest.mark.parametrize("text", ["按照县财政局统一部署，本次部门整体支出绩效自评工作已全面完成。",
                                  "评价小组按时圆满完成了项目绩效评价任务，形成本报告。"])
def test_the_evaluation_done_is_the_reports_own_procedure_not_a_result_claimed(text):
    """That the self-evaluation itself was carried out is how the report came about: nothing of
    the spending's results is claimed, so no figure is owed."""
    assert _strong(text) == []
    # the same words about the year's work still claim a result
    assert _strong("本年度各项工作任务已全面完成。") == ["全面完成"]


@pytest.mark.parametrize("text", ["圆满完成全县第三届农民运动会后勤保障任务，被市体育局评为先进集体。",
                                  "文明创建工作成效显著，单位荣获“省级文明单位”称号。",
                                  "灌区续建配套工程全面完成，并通过省水利厅竣工验收。",
                                  # a top place won (状元, 冠军, 第一名) is a named result as an award is
                                  "2023年中考成绩显著，学生李明获得全市理科状元。",
                                  "校园足球工作成效显著，校队获全县中学生联赛冠军。"])
def test_a_claim_its_own_sentence_backs_with_a_named_result_is_supported(text):
    """An award, a title or an acceptance named in the sentence is evidence a reviewer can check, as a
    figure is."""
    assert _strong(text) == []
    # a place without a named win backs nothing
    assert _strong("2023年中考成绩显著，学生积极性明显提高。") == ["成绩显著"]


def test_reaching_zero_of_something_is_a_count_not_a_qualitative_claim():
    """实现零上访 states a figure (none): it is checked like any count, not as a stock phrase."""
    assert _strong("全年信访维稳工作扎实有效，实现“零上访”。") == []
    assert _strong("全年安全生产形势平稳，实现零事故。") == []


def test_the_items_of_a_list_of_aims_are_aims():
    """主要目标是：（1）…显著增强；（2）…大幅提升: each item of the list carries the aim that opens it,
    and a section headed as the targets (绩效目标) says what was aimed at, not what was done."""
    aims = ("（一）发展规划\n“十四五”时期，全县水利事业发展的主要目标是：（1）防汛抢险能力显著增强；"
            "（2）水资源保障能力大幅提升；（3）农村供水质量明显改善。\n")
    assert [f for f in check_claims(read_text_string(aims), stock_claims=True) if f.rule == "claims.strong_claim"] == []
    assert [f for f in check_claims(read_text_string("（三）年度绩效目标\n农村供水质量明显改善。\n"), stock_claims=True)
            if f.rule == "claims.strong_claim"] == []
    # the same words told as the year's result are a claim
    done = "（三）绩效目标完成情况\n全年防汛抢险能力显著增强；农村供水质量明显改善。\n"
    assert [f.quote for f in check_claims(read_text_string(done), stock_claims=True) if f.rule == "claims.strong_claim"] == ["显著增强", "明显改善"]
    # a result told in a section of the targets (2023年…取得了) is still the year's result
    told = "一、绩效目标分解下达情况\n2023年，全县水利工作取得了明显成效，群众反映良好。\n"
    assert [f.quote for f in check_claims(read_text_string(told), stock_claims=True) if f.rule == "claims.strong_claim"] == ["取得了明显成效"]
    # a heading of the targets and their completion heads results, however far 完成 stands from 目标
    both = "（二）绩效目标设定及各项指标完成情况\n资金及时拨付到位，各项任务圆满完成。\n"
    assert [f.quote for f in check_claims(read_text_string(both), stock_claims=True) if f.rule == "claims.strong_claim"] == ["圆满完成"]


@pytest.mark.parametrize("text", ["全面完成了年度绩效目标任务（详见附表1）。", "各项产出指标均已全面完成，具体见附件2。",
                                  "项目实施成效显著，各指标完成情况见下表。"])
def test_a_claim_that_points_to_its_table_is_backed_there(text):
    """详见附表1, 见下表: the sentence sends the reader to the figures, which a reviewer checks there."""
    assert _strong(text) == []


def test_claim_words_inside_a_documents_title_are_its_name():
    """《…全面完成验收工作方案》 names a document; its words claim nothing of the unit's own."""
    assert _strong("根据《某县2023年农村人居环境整治全面完成验收工作方案》，开展验收工作。") == []
    assert _strong("根据工作方案，农村人居环境整治全面完成。") == ["全面完成"]


def test_a_paragraph_that_opens_its_own_duty_list_is_duties_without_a_duties_heading():
    # the heading names the section's facts (职能情况), the duties open in the paragraph's own words
    report = Report(blocks=[
        Heading(text="（一）单位机构设置、部门职能情况", level=2),
        Paragraph(text="本镇主要职责是：1、宣传贯彻党的方针政策。2、落实基层党建工作责任制，实现党的组织和工作全覆盖，"
                       "提高党建工作的有效性。3、统筹辖区发展。"),
        Paragraph(text="本镇内设5个职能科室：党政办、经发办、社事办、综治办、财政所。社区治理水平显著提升。"),
    ])
    # the duty is silent; a paragraph naming offices (职能科室：) opens no duties, its claim is checked
    assert _quotes(check_claims(report, stock_claims=True)) == ["显著提升"]
    told = Report(blocks=[Paragraph(text="本镇主要职责是：落实基层党建工作责任制。2023年实现党的组织和工作全覆盖。")])
    assert _quotes(check_claims(told, stock_claims=True)) == ["全覆盖"]  # a year's result told after the duties is checked


def test_a_claim_word_among_the_attributes_a_selection_asks_for_is_a_criterion():
    # 选取…成效显著、管理规范的合作社: what the pilots must show, not what the unit achieved
    text = "选取种植规模较大、带动增收成效显著、管理规范的合作社作为试点，给予每家5万元补助。"
    assert check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True) == []
    # the same words told of the unit's own work are a claim
    told = "本年度合作社带动增收成效显著、管理规范，群众普遍认可。"
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=told)]), stock_claims=True)) == ["成效显著"]


def test_a_claim_heading_its_own_numbered_item_is_backed_by_the_items_figures():
    # 1、圆满完成…目标。 then what was done, with figures: the item's headline and its details
    item = "1、圆满完成年初的生产运营目标。2022年度，各供水厂精心组织运营，供水量共计8,320.15万吨，处理污泥量41,250吨。"
    assert check_claims(Report(blocks=[Paragraph(text="项目主要绩效"), Paragraph(text=item)]), stock_claims=True) == []
    # the same item with no figure after its headline is still unsupported
    bare = "1、圆满完成年初的生产运营目标。各供水厂精心组织运营，群众普遍认可。"
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=bare)]), stock_claims=True)) == ["圆满完成"]
    # a claim opening an unnumbered paragraph is not an item's headline
    plain = "圆满完成年初的生产运营目标。全年供水量共计8,320.15万吨，处理污泥量41,250吨。"
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=plain)]), stock_claims=True)) == ["圆满完成"]


@pytest.mark.parametrize("text", [
    # a count with a measure word the number reader has no unit for backs the claim as any figure does
    "超额完成年度工作计划中的火化任务1800具，全年共火化遗体2046具。",
    "全面完成村卫生室改造任务，全年新建村卫生室12处。",
    # a ； chains the next clause into the same sentence: its figures back the claim
    "全面完成了道路、水利和村级阵地建设等重点任务；全镇地区生产总值达6.8亿元，较上年增长7%。",
])
def test_a_claim_backed_by_a_counted_figure_or_by_the_clause_after_its_semicolon_is_supported(text):
    assert check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True) == []


def test_a_claim_whose_semicolon_clause_gives_no_figure_is_still_unsupported():
    text = "全面完成了道路、水利和村级阵地建设等重点任务；群众满意度明显提升。"
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True))[:1] == ["全面完成"]


def test_a_target_written_as_a_bare_figure_in_its_own_column_is_a_target():
    # the form gives the unit a column of its own (or the name carries it): "2" is the value, not a number label
    report = _named_table(["产出指标", "数量指标", "举办培训班期数(期)", "2", "2", "10", "10", ""],
                          ["", "质量指标", "验收合格率", "100", "100", "10", "10", ""])
    assert [f for f in check_claims(report, stock_claims=True) if f.rule == "claims.indicator_without_target"] == []


def test_a_target_written_only_as_an_indicator_number_is_still_missing():
    report = _named_table(["产出指标", "数量指标", "培训人数", "指标1:", "1218人次", "10", "10", ""])
    assert [f.rule for f in check_claims(report, stock_claims=True)] == ["claims.indicator_without_target"]


def _survey_rules(report: Report) -> list[str]:
    return [f.quote for f in check_claims(report, stock_claims=True) if f.rule == "claims.satisfaction_without_survey"]


def test_a_satisfaction_rows_actual_of_100_percent_in_a_table_without_any_survey_is_flagged():
    table = _rows(["三级指标", "年度指标值", "实际完成值"], ["受益群众满意率", "≥95%", "100%"],
                  ["培训合格率", "≥90%", "100%"])
    assert _survey_rules(Report(blocks=[table])) == ["100%"]
    piped = "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 受益群众满意率 | ≥95% | 100% |\n"
    assert _survey_rules(read_text_string("某县林业局2023年度部门整体支出绩效自评报告\n五、效益\n" + piped)) == ["100%"]


@pytest.mark.parametrize("row", [
    ["受益群众满意率", "≥95%", "98%"],            # not 100%
    ["受益群众满意率", "≥95%", "97%", "100%"],    # a third percentage: a 完成率, not the actual
    ["培训合格率", "≥90%", "100%"],               # no satisfaction
    ["受益群众满意率", "100%"],                   # one percentage: a target's, perhaps
    # the classes above name satisfaction; the indicator itself (the last worded cell) is another
    ["服务对象满意度指标", "投诉渠道畅通，投诉率比上年下降", "100%", "100%"],
])
def test_rows_that_do_not_state_a_satisfaction_of_100_percent_are_silent(row):
    assert _survey_rules(Report(blocks=[_rows(["三级指标", "年度指标值", "实际完成值", "完成率"][:len(row)], row)])) == []


def test_a_satisfaction_indicators_property_cells_before_its_figures_keep_its_name():
    table = _rows(["二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值"],
                  ["满意度指标", "受益群众满意率", "定量", "≥95%", "100%"])
    assert _survey_rules(Report(blocks=[table])) == ["100%"]


def test_a_survey_named_anywhere_supports_the_tables_100_percent():
    table = _rows(["三级指标", "年度指标值", "实际完成值"], ["受益群众满意率", "≥95%", "100%"])
    assert _survey_rules(Report(blocks=[Paragraph(text="年末入户走访测评200户。"), table])) == []


@pytest.mark.parametrize("target", ["有效保障", "得到有效保障", "得以基本落实"])
def test_a_graded_state_with_an_adverb_is_a_measurable_target(target):
    # 有效保障 grades the state as 得到保障 does: the result is judged against it
    report = _named_table(["效益指标", "社会效益指标", "困难家庭基本生活", target, "已保障", "20", "19", ""])
    assert check_claims(report, stock_claims=True) == []


def test_an_aim_that_merely_starts_with_an_adverb_still_has_no_measurable_target():
    report = _named_table(["效益指标", "社会效益指标", "困难家庭基本生活", "有效保障困难家庭生活促进和谐", "已保障", "20", "19", ""])
    assert [f.rule for f in check_claims(report, stock_claims=True)] == ["claims.target_not_measurable"]


@pytest.mark.parametrize("text", ["本制度以“广覆盖、全覆盖、可持续”为基本方针，建立统一的养老保险制度。",
                                  "坚持“应保尽保、全覆盖”原则，开展困难群众救助工作。"])
def test_a_claim_word_inside_a_quoted_watchword_names_a_principle(text):
    """以“…全覆盖…”为方针 names a policy's watchwords, as a document title names a document: no result claimed."""
    assert _strong(text) == []


def test_a_claim_quoted_for_emphasis_is_still_a_claim():
    assert _strong("今年全县村级服务站实现了“全覆盖”。") == ["全覆盖"]


@pytest.mark.parametrize("text", [
    "为做到绩效目标全覆盖，项目从申报之初就设置了明确的绩效目标。",
    "为圆满完成污水处理设施建设目标任务，我厅坚持问题导向、目标导向。",
    "为了全面完成年度任务，我局建立了月调度机制。",
])
def test_a_claim_word_in_a_clause_of_purpose_claims_nothing(text):
    """为…，then the main clause: the 为 clause says what was aimed at, not what was achieved."""
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True)) == []


@pytest.mark.parametrize(("text", "claim"), [
    ("我局圆满完成年度任务，群众满意。", "圆满完成"),
    ("通过专项整治，成效显著，受到好评。", "成效显著"),
    ("为全县脱贫攻坚取得了显著成效，受到表扬。", "取得了显著成效"),
])
def test_a_claim_outside_a_clause_of_purpose_is_still_told(text, claim):
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True)) == [claim]


@pytest.mark.parametrize("text", [
    "在圆满完成年度送戏工作任务的前提下，利用部分结余资金，继续开展送戏下乡演出。",
    "在全面完成年度目标的基础上，进一步提升服务质量。",
])
def test_a_claim_word_in_a_clause_of_condition_claims_nothing(text):
    """在…的前提下/基础上，then the main clause: what it builds on is said in passing, not claimed."""
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True)) == []


def test_a_claim_after_a_clause_of_circumstance_is_still_told():
    text = "在各方共同努力下，圆满完成年度任务，群众满意。"
    assert _quotes(check_claims(Report(blocks=[Paragraph(text=text)]), stock_claims=True)) == ["圆满完成"]
