
import pytest
from shared_paths import SAMPLE

from drafting.checks.dates import check_dates, infer_year
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Heading, Paragraph, Report


def _report(*texts: str, title: str = "某县2022年度部门整体支出绩效自评报告") -> Report:
    return Report(blocks=[Heading(text=title, level=0), *[Paragraph(text=t) for t in texts]])


def _kinds(findings):
    return [(f.kind, f.quote) for f in findings]


def test_year_is_the_cover_year_when_a_stale_title_ties_it():
    report = Report(blocks=[
        Heading(text="靖州县2022年度部门（单位）整体支出绩效评价自评报告", level=0),
        Paragraph(text="2022年新增就业2141人。2022年离校未就业高校毕业生506人。"),
        Heading(text="靖州县人力资源和社会保障局2020年度部门整体支出绩效自评报告", level=0),
    ])
    assert infer_year(report) == 2022


def test_year_falls_back_to_the_year_before_the_report_date():
    report = Report(blocks=[Paragraph(text="报告日期：2024年3月1日")])
    assert infer_year(report) == 2023


def test_title_with_another_year_is_stale():
    report = _report("正文。", title="某县教育局2022年度部门整体支出绩效自评报告")
    report.blocks.append(Heading(text="某县教育局2020年度部门整体支出绩效自评报告", level=0))
    findings = check_dates(report, 2022)
    assert _kinds(findings) == [(Kind.STALE_YEAR, "2020年度")]
    assert findings[0].suggestion == "改为2022年度"
    assert "标题年度为2020年，报告年度为2022年" in findings[0].message


def test_year_end_status_date_of_the_previous_year_is_stale():
    findings = check_dates(_report("截止2021年12月31日，实有在职人数40人。"), 2022)
    assert _kinds(findings) == [(Kind.STALE_YEAR, "截止2021年12月31日")]


def test_year_end_date_of_the_report_year_is_fine():
    assert check_dates(_report("截至2022年12月31日，实有在职人数40人。"), 2022) == []


def test_plan_of_the_previous_year_is_flagged_as_warning():
    findings = check_dates(_report("2022年，根据2021年《工作计划及重点》的要求，认真履行职责。"), 2022)
    assert _kinds(findings) == [(Kind.STALE_YEAR, "2021年")]
    assert findings[0].severity is Severity.WARNING


def test_a_yearly_plan_cited_with_its_issuer_first_is_read_for_its_year():
    findings = check_dates(_report("依据《某县人民政府 2021 年地质灾害防治方案》的要求，组织巡查。"), 2022)
    assert _kinds(findings) == [(Kind.STALE_YEAR, "2021 年")]


def test_last_years_implementation_plan_of_a_project_is_not_a_stale_plan():
    text = "依据《某县2021年农村公路建设实施方案》，项目于2022年完工。"
    assert [f for f in check_dates(_report(text), 2022) if f.rule == "dates.plan_year"] == []


@pytest.mark.parametrize("text", [
    "在2021年细化内部管理方面已经取得了一定的成效的基础上，2022年进一步出台相关制度。",
    "认定2021年度初级职称116人，推荐申报2022年度正（副）高职称206人。",
    "贯彻落实《关于切实加强社会保险基金监管工作的意见》（湘办〔2021〕28号）文件精神。",
    "2023年计划新建校舍3所，到2025年实现全覆盖。",
    "比上年减少14,293.93元。",
])
def test_legitimate_mentions_of_other_years_are_not_flagged(text):
    assert check_dates(_report(text), 2022) == []


def test_signature_date_before_the_year_ends_is_inconsistent():
    report = _report("报告日期：   2023年2月 20日", "靖州县人力资源和社会保障局", "2022年2月20日")
    findings = check_dates(report, 2022)
    assert _kinds(findings) == [(Kind.DATE_INCONSISTENCY, "2022年2月20日")]
    assert findings[0].related[0].quote == "2023年2月 20日"
    assert findings[0].severity is Severity.ERROR


def test_cover_and_signature_dates_that_disagree_are_flagged():
    report = _report("报告日期：2023年2月20日", "某县教育局", "2023年3月1日")
    findings = check_dates(report, 2022)
    assert _kinds(findings) == [(Kind.DATE_INCONSISTENCY, "2023年3月1日")]


def test_dates_inside_sentences_are_not_report_dates():
    assert check_dates(_report("2022年1月在全市率先举办招聘活动，观看8万余人次。"), 2022) == []


def test_every_quote_matches_the_report():
    report = _report("截止 2021 年 12 月 31 日，实有人数40人。", "2022年2月20日")
    for f in check_dates(report, 2022):
        assert f.quote == report.quote(f.location.location)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample not available")
def test_sample_findings_are_the_known_date_defects():
    from drafting.io.text_reader import read_text_report

    report = read_text_report(SAMPLE)
    assert infer_year(report) == 2022
    assert sorted(_kinds(check_dates(report))) == sorted([
        (Kind.STALE_YEAR, "2020年度"),
        (Kind.STALE_YEAR, "截止2021年12月31日"),
        (Kind.STALE_YEAR, "2021年"),
        (Kind.DATE_INCONSISTENCY, "2022年2月20日"),
    ])


def test_section_heading_about_last_years_results_is_not_a_stale_title():
    report = _report("正文。")
    report.blocks.append(Heading(text="二、2021年度绩效评价结果整改情况", level=1))
    assert check_dates(report, 2022) == []


def test_a_date_alone_in_the_middle_of_the_report_is_not_a_signature_date():
    report = _report("项目完工时间：", "2022年6月30日", *[f"正文第{i}段。" for i in range(6)])
    assert check_dates(report, 2022) == []


def _stale_title_report() -> Report:
    return Report(blocks=[
        Heading(text="安化县教育局2022年度部门整体支出绩效自评报告", level=0),
        Paragraph(text="按照县财政局关于开展2023年度部门整体支出绩效自评工作的统一部署，我局对2023年度部门整体支出进行了自评。"),
        Paragraph(text="2023年末核定编制58名。2023年年初预算7065.3万元。"),
        Paragraph(text="安化县教育局"),
        Paragraph(text="2024年2月27日"),
    ])


def test_a_single_stale_title_does_not_outvote_the_body_and_the_signature():
    assert infer_year(_stale_title_report()) == 2023


def test_with_a_stale_title_the_title_is_flagged_and_the_signature_date_is_not():
    findings = check_dates(_stale_title_report())
    assert _kinds(findings) == [(Kind.STALE_YEAR, "2022年度")]


def test_years_named_in_comparisons_do_not_vote_for_the_evaluated_year():
    report = _report("较2021年增长5%。比2021年增加3人。与2021年相比下降2个百分点。",
                     "2022年完成培训1200人次。", title="某县教育局2022年度部门整体支出绩效自评报告")
    assert infer_year(report) == 2022


# -- the year from all the evidence, never from the title alone ---------------------------------

def test_a_body_that_states_its_year_overrules_a_title_and_the_title_is_flagged():
    report = _report("截至2022年12月底，在职人员40人。2022年度部门预算收入500万元。",
                     title="某县教育局2021年部门整体支出绩效自评报告")
    assert infer_year(report) == 2022
    [f] = [f for f in check_dates(report) if f.rule == "dates.stale_title"]
    assert f.quote == "2021年" and f.suggestion == "改为2022年度" and f.severity is Severity.ERROR


def test_a_body_that_mostly_speaks_of_the_year_before_does_not_overrule_the_title():
    report = _report("2018年我县被确定为示范县。2018年项目启动。2018年开工建设。",
                     title="某县商务局2019年度项目支出绩效自评报告")
    assert [f for f in check_dates(report) if f.rule == "dates.stale_title"] == []


def test_two_titles_that_disagree_without_a_deciding_body_are_one_warning():
    report = _report("正文。", title="某县教育局2022年度部门整体支出绩效自评报告")
    report.blocks.append(Heading(text="某县教育局2020年度部门整体支出绩效自评报告", level=0))
    [f] = check_dates(report)
    assert f.kind is Kind.DATE_INCONSISTENCY and f.severity is Severity.WARNING and len(f.related) == 1


def test_a_title_with_the_year_in_brackets_or_a_label_before_it_is_a_title():
    for title in ("标题:某县林业局2021年部门整体支出绩效自评表", "部门整体支出绩效评价报告(南县政协2021年度)"):
        report = _report("截至2022年12月31日，在职人员40人。2022年度部门预算收入500万元。", title=title)
        report.blocks[0] = Paragraph(text=title)
        assert [f.rule for f in check_dates(report)] == ["dates.stale_title"], title


def test_hereby_reporting_a_year_states_that_year():
    """现将2024年度…报告如下 is the report's own year: 现将 is "hereby", not a plan (将)."""
    report = _report("现将2024年度绩效情况报告如下：", "2024年度财政拨款收入合计100万元。",
                     title="某镇人民政府2025年度绩效自评报告")
    findings = check_dates(report)
    assert _kinds(findings) == [(Kind.STALE_YEAR, "2025年度")]
    assert findings[0].suggestion == "改为2024年度"


def test_a_year_end_written_year_then_year_end_states_the_year():
    """2018年年末有固定资产… is a strong statement of 2018, like 2018年末."""
    report = _report("2018年，编制核定数35名。", "2018年年末有固定资产1222.5万元。", "2018年场馆免费开放。",
                     title="某市文化馆2019年度整体支出绩效评价报告")
    assert infer_year(report) == 2018
    assert _kinds(check_dates(report)) == [(Kind.STALE_YEAR, "2019年度")]


def test_a_title_year_not_over_when_the_page_was_published_is_flagged():
    report = _report("发文日期:2019-07-17 信息类别:综合政务", "沅江市于2018年起开展第四次全国经济普查。",
                     title="某市统计局2019年度经济普查专项资金绩效自评报告")
    findings = check_dates(report)
    assert _kinds(findings) == [(Kind.STALE_YEAR, "2019年度")]
    assert findings[0].rule == "dates.title_after_publication"
    assert "2019年7月" in findings[0].message


def test_a_monitoring_report_is_published_within_the_year_it_follows():
    body = ("发布时间:2022-08-09 信息类别:综合政务", "沅江市于2021年起开展项目建设。")
    for title in ("某县2022年衔接资金项目绩效监控总结报告", "某县2022年项目绩效运行监控报告（1-6月）"):
        assert [f for f in check_dates(_report(*body, title=title)) if f.rule == "dates.title_after_publication"] == []
    # a year-end self-evaluation published in August of its own year is still flagged
    late = check_dates(_report(*body, title="某县2022年衔接资金项目绩效自评报告"))
    assert [f.rule for f in late] == ["dates.title_after_publication"]


def test_a_page_published_years_later_neither_flags_nor_votes():
    """Copies are often published long after: 2022 says nothing about a 2017 report's year."""
    report = _report("时间:2022-05-10 来源:县政府", "2017年部门预算收入500万元。",
                     title="某县编办2017年度部门整体支出绩效自评报告")
    assert check_dates(report) == []
    assert infer_year(report) == 2017


def test_an_implementation_time_field_is_not_a_publication_date():
    report = _report("实施时间:2019-03-01", "项目于2019年完成。", title="某县2019年度项目支出绩效自评报告")
    assert check_dates(report) == []


@pytest.mark.parametrize("text, quote", [
    ("项目实施期为2023年3月至2022年12月。", "2023年3月至2022年12月"),
    ("实施周期：2023.03.01-2022.12.31", "2023.03.01-2022.12.31"),
])
def test_a_period_that_ends_before_it_begins_is_flagged(text, quote):
    [f] = [f for f in check_dates(_report(text), 2023) if f.rule == "dates.backward_range"]
    assert f.quote == quote and f.kind == Kind.DATE_INCONSISTENCY


@pytest.mark.parametrize("text", [
    "项目实施期为2023年1月至2023年12月。",
    "2022年12月至2023年2月开展冬春攻势。",
    "实施周期：2023.01.01-2023.12.31",
    "2023年12月至2月为枯水期。",  # no second year: into the next year
    "2021-2025年规划",
])
def test_periods_in_order_are_fine(text):
    assert [f for f in check_dates(_report(text), 2023) if f.rule == "dates.backward_range"] == []


def test_years_written_full_width_are_read_and_quoted_as_written():
    report = _report("截至２０２２年１２月底，在职人员40人。２０２２年度部门预算收入500万元。",
                     title="某县教育局２０２１年部门整体支出绩效自评报告")
    assert infer_year(report) == 2022
    [f] = [f for f in check_dates(report) if f.rule == "dates.stale_title"]
    assert f.quote == "２０２１年"


@pytest.mark.parametrize("text", [
    "经自评，本局2021年度部门整体支出绩效自评得分为92分，等级为“优”。",
    "综合评定，2021年度部门整体支出绩效自评得分96.3分，评价等次“优”。",
    "对照评价指标逐项打分，我局2021年度项目支出绩效评价结果为“良”。",
])
def test_a_self_evaluation_result_for_an_earlier_year_is_stale(text):
    findings = [f for f in check_dates(_report(text), 2022) if f.rule == "dates.conclusion_year"]
    assert [f.quote for f in findings] == [text[text.index("2021"):text.index("年", text.index("2021")) + 2]]
    assert findings[0].kind is Kind.STALE_YEAR and findings[0].severity is Severity.WARNING


@pytest.mark.parametrize("text", [
    "经自评，本局2022年度部门整体支出绩效自评得分为92分。",  # the year evaluated
    "经自评，本局2022年度得分为93.1分，较上年2021年度自评得分88.4分提高4.7分。",  # a comparison
    "针对2021年度绩效评价结果整改的问题，我局逐项落实。",  # last year's results, followed up
    "2021年度部门整体支出绩效自评得分为90分。",  # no 经/综合: a statement of record, not the conclusion
])
def test_results_of_other_years_in_comparisons_or_follow_up_are_not_stale(text):
    assert [f for f in check_dates(_report(text), 2022) if f.rule == "dates.conclusion_year"] == []


# -- the body's year in more wordings (issue #9, planted title years) --------------------------------
def test_a_years_project_spending_and_budget_state_the_evaluated_year():
    """"2021年项目支出…", "2021年部门预算总计…" and "2022年共投入…" speak of the year's money, as
    "2021年度" does: a title a year off is flagged."""
    report = _report("2021年项目支出主要为专项经费34.5万元。", "2021年部门预算总计100.46万元，其中项目资金40.3万元。",
                     title="南县妇女联合会2022年度项目支出绩效评价报告")
    assert _kinds(check_dates(report)) == [(Kind.STALE_YEAR, "2022年度")]
    invest = _report("2022年共投入补助经费预算10441万元。", "2022年租用6架直升机。", "2022年防期发生火灾12起。",
                     title="某省2021年度中央自然灾害资金绩效自评报告")
    assert _kinds(check_dates(invest)) == [(Kind.STALE_YEAR, "2021年度")]


def test_a_report_in_traditional_characters_is_read_like_its_simplified_original():
    from drafting.io.text_reader import read_text_string
    from drafting.review import review
    text = ("南縣婦女聯合會2022年度項目支出績效評價報告\n2021年項目支出主要為專項經費34.5萬元。\n"
            "2021年部門預算總計100.46萬元。\n")
    findings = [f for f in review(read_text_string(text)).findings if f.kind is Kind.STALE_YEAR]
    assert [f.quote for f in findings] == ["2022年度"]  # quoted as written


def test_a_project_year_of_work_is_a_statement_of_the_year():
    """"2018年项目绩效目标" states the year's project (a strong statement); a title a year off is flagged,
    while plain mentions of a project's start year still do not overrule a title (see above)."""
    report = _report("沅江市于2018年起开展第四次全国经济普查。", "2018年项目绩效目标:组建普查机构。",
                     title="沅江市统计局2017年度经济普查专项资金绩效自评报告")
    assert _kinds(check_dates(report)) == [(Kind.STALE_YEAR, "2017年度")]


def test_a_title_in_a_pages_name_field_is_a_title():
    """名称: …报告 文号: — a published page's index line names the report; when it disagrees with the
    document's own title, the one the body supports less is flagged."""
    report = Report(blocks=[
        Paragraph(text="名称: 绩溪县自然资源和规划局2022年省级地质灾害防治专项资金项目绩效评价报告 文号:"),
        Paragraph(text="绩溪县自然资源和规划局2023年省级地质灾害防治专项资金项目绩效评价报告"),
        Paragraph(text="2023年绩溪县地质灾害防治补助资金安排60万元。"),
    ])
    assert [(f.rule, f.quote) for f in check_dates(report)] == [("dates.titles_disagree", "2022年")]


@pytest.mark.parametrize("title", [
    "平安县民政局{y}年度项目支出绩效自评情况", "平安县民政局关于{y}年度部门整体支出绩效自评情况的说明",
    "平安县民政局{y}年度城乡低保资金项目绩效自评", "{y}年度平安县民政局部门整体支出绩效自评报告书",
    "项目名称：{y}年城乡低保资金绩效自评报告",
])
def test_a_title_at_the_head_of_a_report_may_end_in_other_words(title):
    report = Report(blocks=[Paragraph(text=title.format(y=2023)), Paragraph(text="一、基本情况"),
                            Paragraph(text="截至2022年底，全县保障低保对象3,200人。"),
                            Paragraph(text="2022年度发放低保金1,260万元。")])
    assert [f.rule for f in check_dates(report)] == ["dates.stale_title"]


def test_a_funds_year_or_a_heading_further_down_is_no_title():
    """隆阳区2021年中央…资金绩效自评 names the fund's year (no 年度); below 一、 a line ending 自评情况 is
    a section's heading."""
    fund = Report(blocks=[Paragraph(text="隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评"),
                          Paragraph(text="2022年度项目支出绩效自评表"), Paragraph(text="一、基本情况")])
    assert check_dates(fund) == []
    heading = Report(blocks=[Paragraph(text="一、基本情况"), Paragraph(text="2022年度项目支出60万元，2022年度完成。"),
                             Paragraph(text="某县2021年度绩效自评情况")])
    assert check_dates(heading) == []


@pytest.mark.parametrize("body", [
    "评价年度：2022年\n全年发放低保金1,260万元。",  # a form's year field
    "2022年，我局认真落实低保政策，全年发放低保金1,260万元。\n2022年我局共保障困难群众3,200人。",
    "2022年全县发放低保金1,260万元，比2021年增长5%。\n2022年保障困难群众3,200人。",
])
def test_the_body_states_its_year_in_a_field_or_in_sentences_of_the_years_totals(body):
    report = _report(*body.split("\n"), title="平安县民政局2023年度部门整体支出绩效自评报告")
    assert _kinds(check_dates(report)) == [(Kind.STALE_YEAR, "2023年度")]


def test_a_signature_date_counts_though_an_attached_form_follows_it():
    """平安县民政局 / 2023年3月1日, then 附件：自评表 with many cells: the date under the unit's name still
    dates the report (a 2022 report), so a title of 2023 is flagged."""
    body = ["一、基本情况", "2022年发放低保金1,260万元。", "平安县民政局", "2023年3月1日", "附件：项目支出绩效自评表",
            *[f"指标{i}" for i in range(12)]]
    report = _report(*body, title="平安县民政局2023年度部门整体支出绩效自评报告")
    assert _kinds(check_dates(report)) == [(Kind.STALE_YEAR, "2023年度")]
    # a date under a sentence, not under a unit's name, is no signature
    unsigned = _report("一、基本情况", "2022年发放低保金1,260万元。", "工作安排如下：", "2023年3月1日",
                       *[f"指标{i}" for i in range(12)], title="平安县民政局2023年度部门整体支出绩效自评报告")
    assert check_dates(unsigned) == []


def test_a_title_written_as_a_files_name_is_a_title():
    report = _report("一、基本情况", "截至2022年底，全县保障低保对象3,200人。", "2022年度发放低保金1,260万元。", "二、问题",
                     "附件：平安县民政局2023年度部门整体支出绩效自评报告.docx")
    assert _kinds(check_dates(report)) == [(Kind.STALE_YEAR, "2023年度")]


def test_a_category_label_at_the_head_is_no_second_title():
    """栏目：2021年度绩效自评 above 平安县民政局2022年度…自评报告: where a title of the usual shape stands, a
    head line that only names a 年度 and 自评 is a page's label, not a second title."""
    report = Report(blocks=[Paragraph(text="栏目：2021年度绩效自评"),
                            Paragraph(text="平安县民政局2022年度部门整体支出绩效自评报告"),
                            Paragraph(text="一、基本情况"), Paragraph(text="2022年度发放低保金1,260万元。")])
    assert check_dates(report) == []


def test_a_signature_above_an_attachment_votes_for_the_year_but_is_not_itself_checked():
    """Only the report's closing dates are held against the year's end; one above an attachment (which
    may date a quoted notice as well as the report) only votes."""
    body = ["一、基本情况", "2022年度发放低保金1,260万元。", "2022年末保障对象3,200人。", "平安县民政局", "2022年12月20日",
            "附件：项目支出绩效自评表", *[f"指标{i}" for i in range(12)]]
    report = _report(*body, title="平安县民政局2022年度部门整体支出绩效自评报告")
    assert [f for f in check_dates(report) if f.rule == "dates.before_year_end"] == []


def _plain(*lines: str):
    from drafting.io.text_reader import read_text_string
    return check_dates(read_text_string("\n".join(lines)))


def test_a_body_naming_one_year_only_decides_it_against_the_title():
    # no statement is strong (2021年衔接资金 is no 年度/预算 phrase), but the body names 2021 twice and no other year
    body = ["（一）某县水务局2021年衔接资金共下达80万元，用于灌溉项目。", "某县水务局2021年衔接资金80万元已全部到位。"]
    [f] = _plain("某县水务局2022年衔接资金项目绩效自评报告", *body)
    assert f.rule == "dates.stale_title" and f.quote == "2022年"
    assert _plain("某县水务局2021年衔接资金项目绩效自评报告", *body) == []
    # another year named in the body: not unanimous, the body's years decide nothing (no 报告年度 message),
    # but the title's own name (某县水务局…衔接资金) written twice with 2021 still tells
    [f] = _plain("某县水务局2022年衔接资金项目绩效自评报告", *body, "2020年曾实施同类项目。")
    assert f.quote == "2022年" and "称呼同一名称" in f.message and "报告年度为" not in f.message


def test_a_sentence_opening_with_its_year_and_a_total_far_after_共_is_the_years_statement():
    [f] = _plain("某市民政局关于2022年度困难群众救助资金绩效自评报告",
                 "2021年我局共收到上级下达困难群众救助补助资金960万元，主要用于城乡低保。")
    assert f.rule == "dates.stale_title" and f.quote == "2022年度"


def test_a_work_summary_is_a_title_and_a_numbered_heading_is_not():
    body = ["2021年我单位共完成项目支出绩效自评项目12个。", "2021年度项目预算执行率98%。"]
    [f] = _plain("某县教育局2022年部门绩效自评工作情况总结（自评结果）", *body)
    assert f.quote == "2022年"
    assert _plain("某县教育局2021年部门绩效自评工作情况总结", *body, "三、2022年度绩效自评工作总结") == []


def test_a_final_accounts_report_is_decided_by_the_years_finances():
    body = ["一、2021年地方财力及平衡情况", "全镇一般公共预算财力1,867.48万元。", "2021年，我镇无国有资本经营预算。"]
    [f] = _plain("某区某镇人民政府", "2022年决算报告", *body)
    assert f.rule == "dates.stale_title" and f.quote == "2022年"
    assert _plain("某区某镇人民政府", "2021年决算报告", *body) == []


def test_a_years_allocation_batch_is_a_statement_of_its_money():
    body = ["平安县2021年第一批公路安全工程经市交通局下达2021年第一批补助后实施。"]
    [f] = _plain("平安县2022年第一批公路安全工程绩效自评报告", *body)
    assert f.quote == "2022年"
    assert _plain("平安县2021年第一批公路安全工程绩效自评报告", *body) == []


def test_one_title_naming_two_years_does_not_disagree_with_itself():
    title = "平安县2022年预算执行情况和2023年预算草案的报告"
    assert [f.rule for f in _plain(title, "受县人民政府委托，现将报告提请审议。")] == []
    report = _report("正文。", title="某县教育局2022年度部门整体支出绩效自评报告")
    report.blocks.append(Heading(text="某县教育局2020年度部门整体支出绩效自评报告", level=0))
    assert [f.rule for f in check_dates(report)] == ["dates.titles_disagree"]


@pytest.mark.parametrize("title", ["平安县教育局2022年部门预算绩效自评结果公开", "关于平安县教育局2022年部门整体支出绩效自评情况的说明"])
def test_a_head_line_naming_a_year_and_its_performance_evaluation_is_a_title(title):
    # (the body two years before the title: a page publishing a year's results names the next year, session 58)
    body = ["一、基本情况", "2020年度部门预算收入500万元，支出480万元。", "截至2020年12月31日，项目全部完工。"]
    [f] = _plain(title, *body)
    assert f.rule == "dates.stale_title" and f.quote == "2022年"
    # further down, past the first numbered heading, such a line heads a section
    assert _plain("平安县教育局2020年度部门整体支出绩效自评报告", *body, title) == []


def test_a_title_naming_two_years_still_disagrees_with_another_title():
    lines = ["平安镇2022年度部门预算项目支出绩效自评报告（2021年城乡临时救助备用金）", "",
             "平安镇2021年度部门预算项目支出绩效自评报告", "一、项目概况", "2021年城乡临时救助备用金用于临时救助。"]
    [f] = _plain(*lines)
    assert f.rule == "dates.titles_disagree" and f.quote == "2022年度"


def test_one_sentence_naming_an_earlier_years_work_does_not_make_the_title_stale():
    """A form's cell copied into the next one: the same sentence twice, about an inspection of 2019's
    planting. It is the project's history, not the year the form evaluates."""
    task = "实施新一轮退耕还林,督促兑付补助资金,协助完成省林业局对我县2019年度退耕还林的检查验收。"
    report = _report(task, task, "完成退耕还林面积1200亩。", title="部门预算项目支出绩效自评表(2024年度)")
    assert [f for f in check_dates(report) if f.rule == "dates.stale_title"] == []
    # two sentences of their own stating another year still decide it
    report = _report(task, "2019年度发放退耕还林补助资金360万元。", title="部门预算项目支出绩效自评表(2024年度)")
    assert [f.quote for f in check_dates(report) if f.rule == "dates.stale_title"] == ["2024年度"]


def test_a_notice_of_the_years_progress_is_dated_within_that_year():
    """A 公示 of the year's livelihood projects is published in December of that year; it is no
    year-end self-evaluation dated too early."""
    body = ["根据市统计局关于做好2023年重点民生实事数据认定工作的通知,现将我区2023年度老旧小区改造项目完成情况公示如下:",
            "2023年度计划改造小区12个,已全部完工。", "某区城市人居环境局", "2023年12月15日"]
    notice = _report(*body, title="某区2023年重点民生实事老旧小区项目完成情况公示")
    assert [f for f in check_dates(notice) if f.rule == "dates.before_year_end"] == []
    # the same date under a self-evaluation report is too early
    report = _report(*body, title="某区2023年度老旧小区改造项目绩效自评报告")
    assert [f.rule for f in check_dates(report) if f.rule == "dates.before_year_end"] == ["dates.before_year_end"]


def test_one_sentence_of_a_later_year_still_shows_a_title_left_from_last_years_form():
    """History is earlier than the report: a title a year older than the only year the body states
    is last year's title kept."""
    report = _report("2024年度发放退耕还林补助资金360万元,兑付率100%。", "完成退耕还林面积1200亩。",
                     title="部门预算项目支出绩效自评表(2023年度)")
    assert [f.quote for f in check_dates(report) if f.rule == "dates.stale_title"] == ["2023年度"]
    # a title a year or two ahead of the one year the body states is a wrong title, not history
    report = _report("2022年度发放退耕还林补助资金360万元,兑付率100%。", "完成退耕还林面积1200亩。",
                     title="部门预算项目支出绩效自评表(2024年度)")
    assert [f.quote for f in check_dates(report) if f.rule == "dates.stale_title"] == ["2024年度"]


def test_a_date_of_an_event_two_years_after_the_report_year_is_a_slip_but_a_dating_line_is_not():
    body = "一、项目概况\n2022年度项目于2022年3月开工，2024年6月15日完成竣工验收。\n"
    [f] = [f for f in check_dates(read_text_string(body), year=2022) if f.rule == "dates.future"]
    assert f.quote == "2024年6月15日"
    # a late publication stamp or a signature standing alone on its line dates the document, not an event
    stamped = "某局2022年度统计公告\n管理员 于2024年08月17日发表\n一、概况\n2022年全县投入资金300万元。\n某县教育局\n2024年1月2日\n"
    assert [f for f in check_dates(read_text_string(stamped), year=2022) if f.rule == "dates.future"] == []
    # a web page's clock in its header carries the weekday; an event's date does not
    clock = "2025年05月06日 星期二 | 无障碍\n某县2022年度项目绩效评价报告\n一、概况\n2022年全县投入资金300万元。\n"
    assert [f for f in check_dates(read_text_string(clock), year=2022) if f.rule == "dates.future"] == []


def test_a_title_naming_the_body_year_and_the_next_years_draft_is_not_stale():
    body = ["各位代表：", "现将2022年预算执行情况和2023年预算草案提请审议。", "一、2022年预算执行情况",
            "2022年，全县一般公共预算收入完成28,583万元，比上年增长10.85%。", "2022年度全县一般公共预算支出完成40,100万元。"]
    assert [f for f in _plain("平安县2022年预算执行情况和2023年预算草案的报告", *body) if f.rule == "dates.stale_title"] == []
    # the same title broken after its 和 onto two lines
    assert [f for f in _plain("平安县2022年预算执行情况和", "2023年预算草案的报告", *body) if f.rule == "dates.stale_title"] == []
    # a title naming only the other year is still stale
    assert [f.quote for f in _plain("平安县2023年预算草案的报告", *body) if f.rule == "dates.stale_title"] == ["2023年"]


def test_a_report_dated_31_december_of_its_year_votes_for_that_year():
    """A report signed on the last day of the year it evaluates: its date is no evidence of the year
    before (the signature is still too early, which ``dates.before_year_end`` says)."""
    lines = ["平安县2021年度部门整体支出绩效评价自评报告", "部门（单位）名称：平安县平安镇政府", "报告日期：2021年12月31日",
             "一、部门（单位）基本概况", "2020年度项目已全部完工。", "2020年完成道路硬化3公里。"]
    findings = _plain(*lines)
    assert [f for f in findings if f.rule == "dates.stale_title"] == []


def test_the_sentence_saying_what_was_evaluated_states_the_evaluated_year():
    # 对…2021年…进行绩效评价 names the year whose spending was evaluated; the evaluation's own dates
    # (2022年6月至2022年9月) are no statement of a year, and the notice cited for the work (开展2022年度…) is outweighed
    body = ("根据《平安州财政局关于开展2022年度财政绩效评价工作的通知》要求，某会计师事务所于2022年6月至2022年9月"
            "对平安州环境局2021年城区大气污染联防专项资金项目支出进行绩效评价。2021年城区大气污染联防专项资金共下达300万元。")
    stale = _report(body, title="平安州环境局2022年城区大气污染联防专项资金项目支出绩效评价报告")
    assert [f.quote for f in check_dates(stale) if f.rule == "dates.stale_title"] == ["2022年"]
    right = _report(body, title="平安州环境局2021年城区大气污染联防专项资金项目支出绩效评价报告")
    assert [f for f in check_dates(right) if f.rule == "dates.stale_title"] == []



def test_a_year_end_after_the_report_year_is_no_stale_copy():
    """A project named by its year is evaluated once its money is spent: 截至 the next year's end is
    where the spending stands, not a year-end copied from last year's report."""
    report = _report("根据《关于某区2021年农村公路建设项目的批复》，项目总投资300万元。",
                     "某区2021年农村公路建设项目由区交通运输局实施。",
                     "截至2022年12月31日，项目实际收到资金280万元，已支付260万元。",
                     title="某区2021年农村公路建设项目绩效评价报告")
    assert [f for f in check_dates(report) if f.rule == "dates.year_end"] == []
    stale = _report("截至2020年12月31日，项目实际收到资金280万元。", title="某区2021年度部门整体支出绩效自评报告")
    assert [f.quote for f in check_dates(stale, 2021) if f.rule == "dates.year_end"] == ["截至2020年12月31日"]


def test_a_title_naming_its_project_with_another_year_than_the_body_is_flagged():
    """The body writes 某区2021年农村公路建设项目 twice and never with 2022: the title's 2022 is the
    odd one, though the body's other years are mixed (money spent to 2022's end)."""
    body = ("根据《关于某区2021年农村公路建设项目的批复》，项目总投资300万元。",
            "某区2021年农村公路建设项目由区交通运输局实施。",
            "截至2022年12月31日，项目实际收到资金280万元。")
    [f] = [f for f in check_dates(_report(*body, title="某区2022年农村公路建设项目绩效评价报告"))
           if f.rule == "dates.stale_title"]
    assert f.quote == "2022年" and "正文2处以2021年称呼同一名称" in f.message
    assert [f for f in check_dates(_report(*body, title="某区2021年农村公路建设项目绩效评价报告"))
            if f.rule == "dates.stale_title"] == []
    once = body[1:]  # the other year's name written only once: not enough to tell
    assert [f for f in check_dates(_report(*once, title="某区2022年农村公路建设项目绩效评价报告"))
            if f.rule == "dates.stale_title"] == []


def test_a_title_naming_its_project_with_another_year_than_the_evaluated_object_is_flagged():
    """One naming is enough where it is the statement of what was evaluated (对某区2021年农村公路建设
    项目支出进行绩效评价): the evaluators' own words for the object, though the evaluation took place in
    the next year and cites that year's notice."""
    body = ("根据《某区财政局关于开展2022年度财政绩效评价工作的通知》，受区财政局委托，某会计师事务所于"
            "2022年6月至2022年9月对某区2021年农村公路建设项目支出进行绩效评价。",
            "项目总投资300万元，由区交通运输局实施。")
    [f] = [f for f in check_dates(_report(*body, title="某区2022年农村公路建设项目支出绩效评价报告"))
           if f.rule == "dates.stale_title"]
    assert f.quote == "2022年" and "正文1处以2021年称呼同一名称" in f.message
    assert [f for f in check_dates(_report(*body, title="某区2021年农村公路建设项目支出绩效评价报告"))
            if f.rule == "dates.stale_title"] == []
    # named once, but not as what was evaluated (a project's history): not enough to tell
    history = ("某区2021年农村公路建设项目已于2022年6月完工。", "2022年度项目总投资300万元，由区交通运输局实施。")
    assert [f for f in check_dates(_report(*history, title="某区2022年农村公路建设项目支出绩效评价报告"))
            if f.rule == "dates.stale_title"] == []


def test_a_page_head_line_restating_the_title_is_a_title_though_its_year_names_a_fund():
    """A published page opens with its own title line, the document's title and the site's name
    (…资金绩效自评报告某县财政局-门户网站), above the document's title: the same words but for the year.
    It is the title said again, so a year that differs there is a stale title, though the year names
    a fund (2023年度中央…资金); said alike, nothing is flagged."""
    def page(head_year: int):
        return Report(blocks=[
            Paragraph(text=f"某县应急管理领域{head_year}年度中央转移支付资金绩效自评报告某县应急管理局-门户网站"),
            Paragraph(text="某县应急管理领域2022年度中央转移支付资金绩效自评报告"),
            Paragraph(text="一、基本情况"),
            Paragraph(text="2022年度下达中央转移支付资金1,400万元，截至2022年12月31日执行1,261.31万元。"),
            Paragraph(text="2022年全县共接报处置森林火灾15起。")])
    [f] = check_dates(page(2023))
    assert f.rule == "dates.stale_title" and f.quote == "2023年度"
    assert check_dates(page(2022)) == []



def test_a_year_in_brackets_on_the_line_under_a_title_is_the_titles_year():
    """项目支出绩效自评表 / （2023年度）: a form's title gives its year on the next line, in brackets."""
    body = ["一、基本情况", "2023年度部门预算收入560.20万元，2023年度支出548.30万元。",
            "截至2023年12月31日，项目资金已全部拨付。"]
    def report(year: int) -> Report:
        return Report(blocks=[Paragraph(text="某县退役军人事务局部门整体支出绩效自评报告"),
                              Paragraph(text=f"（{year}年度）"), *(Paragraph(text=t) for t in body)])
    [f] = check_dates(report(2022))
    assert f.rule == "dates.stale_title" and f.quote == "2022年度"
    assert check_dates(report(2023)) == []
    # a bracketed year under a section's heading is that section's, not the report's
    section = Report(blocks=[Paragraph(text="某县退役军人事务局部门整体支出绩效自评报告"), Paragraph(text="（2023年度）"),
                             *(Paragraph(text=t) for t in body), Paragraph(text="三、上年度评价结果应用情况"),
                             Paragraph(text="（2022年度）")])
    assert check_dates(section) == []



def test_a_titles_fund_year_later_than_the_year_it_evaluates_is_stale():
    """平安市2024年市级传统工艺保护资金转移支付 2023年度绩效自评报告: a title may name the fund's year and
    the evaluated year, but a 2023 evaluation cannot be of 2024's funds."""
    body = ["一、绩效目标分解下达情况", "2023年下达平安市市级传统工艺保护专项资金3.5万元。",
            "2023年下达平安市市级传统工艺保护专项资金3.5万元，资金已全部到位。",
            "截至2023年12月31日，资金已全部支出，2023年度共补助五名传承人。"]
    def report(fund: int) -> Report:
        return Report(blocks=[Paragraph(text=f"平安市{fund}年市级传统工艺保护资金转移支付 2023年度绩效自评报告"),
                              *(Paragraph(text=t) for t in body)])
    [f] = check_dates(report(2024))
    assert f.rule == "dates.stale_title" and f.quote == "2024年"
    assert check_dates(report(2023)) == []


def test_a_titles_earlier_fund_year_stands_unless_the_body_names_that_fund_with_the_evaluated_year():
    """A fund of the year before may be evaluated a year later (平安市2022年…资金 2023年度绩效自评), but
    not where the body names the title's fund, in its words, with 2023 twice and never with 2022: then
    the title's 2022 is stale."""
    title = "平安市2022年市级传统工艺保护资金转移支付 2023年度绩效自评报告"
    named = ["2023年下达平安市市级传统工艺保护专项资金3.5万元。",
             "2023年下达平安市市级传统工艺保护专项资金3.5万元，资金已全部到位。",
             "截至2023年12月31日，资金已全部支出，2023年度共补助五名传承人。"]
    [f] = check_dates(Report(blocks=[Paragraph(text=title), *(Paragraph(text=t) for t in named)]))
    assert f.rule == "dates.stale_title" and f.quote == "2022年"
    carried = ["2022年下达平安市市级传统工艺保护专项资金3.5万元，结转至2023年使用。",
               "截至2023年12月31日，资金已全部支出，2023年度共补助五名传承人。", "2023年度项目资金全部到位。"]
    assert check_dates(Report(blocks=[Paragraph(text=title), *(Paragraph(text=t) for t in carried)])) == []
    once = named[1:]  # named with 2023 once only: not enough to call the title's fund year stale
    assert check_dates(Report(blocks=[Paragraph(text=title), *(Paragraph(text=t) for t in once)])) == []



def test_the_sentence_that_introduces_the_report_states_its_year():
    """现将我市2019年旅游发展基金补助地方项目绩效评价报告如下: the report says what it reports, which
    outweighs the year of a notice it cites (《关于做好2018年…绩效评价整改通知》)."""
    body = ["根据《四川省财政厅关于做好2018年旅游发展基金绩效评价整改通知》要求，现将我市2019年旅游发展基金"
            "补助地方项目（旅游厕所建设）绩效评价报告如下：",
            "财政厅下达我市2019年旅游发展基金资金50万元，用于景区旅游厕所建设。"]
    def report(year: int) -> Report:
        return Report(blocks=[Paragraph(text=f"某市文化广播电视和旅游局关于{year}年旅游发展基金补助地方项目资金绩效评价的报告"),
                              *(Paragraph(text=t) for t in body)])
    [f] = check_dates(report(2018))
    assert f.rule == "dates.stale_title" and f.quote == "2018年"
    assert check_dates(report(2019)) == []


def test_the_years_money_approved_or_allotted_is_a_statement_of_the_evaluated_year():
    """2021年批复某局项目6个，项目资金800万元 says what the year's budget was, as 2021年预算 does: with
    four plain statements of 2021 it outweighs one 2019年度 plan the history cites, against a 2019 title."""
    body = ["根据市财政局下达预算的通知，2021年批复平安州水务局项目6个，项目资金800万元。",
            "2021年河道治理专项资金500万元，资金直接拨付至项目县。",
            "2021年水质监测经费300万元，已全部支出。",
            "在前期工作的基础上，进一步编制2019年度河道治理实施方案，并于2021年组织实施。"]
    [f] = check_dates(_report(*body, title="平安州水务局2019年度项目支出绩效自评报告"))
    assert f.rule == "dates.stale_title" and f.quote == "2019年度" and "报告年度为2021年" in f.message
    assert check_dates(_report(*body, title="平安州水务局2021年度项目支出绩效自评报告")) == []


def test_money_a_finance_office_allotted_in_a_year_states_that_year():
    """2023年省财政下达我县…资金 is the year's money, as 2023年下达… is, whoever allotted it: with a
    second statement it decides the year against a 2022 title, an honour of 2021 notwithstanding."""
    body = ["2023年省财政下达我县困难群众救助补助资金460万元。", "2023年我县困难群众救助补助资金460万元已全部拨付。",
            "2021年我县被评为全省社会救助工作先进县。"]
    [f] = check_dates(_report(*body, title="平安县民政局2022年度困难群众救助资金绩效自评报告"))
    assert f.rule == "dates.stale_title" and f.quote == "2022年度"
    assert check_dates(_report(*body, title="平安县民政局2023年度困难群众救助资金绩效自评报告")) == []


def test_a_projects_approval_told_as_history_is_no_statement_of_the_year():
    """该项目于2018年批复立项 is the project's history: the body never naming another year does not make
    2018 the year evaluated."""
    body = ["该项目于2018年批复立项，总投资1,200万元。", "项目建成后，惠及群众3,000人。"]
    assert check_dates(_report(*body, title="平安县水务局2021年度项目支出绩效自评报告")) == []


@pytest.mark.parametrize("title", ["平安县2021年残疾人康复项目绩效目标完成情况表", "平安县残联2021年度部门整体绩效目标实现情况表"])
def test_a_form_of_targets_met_is_a_title_whose_year_the_body_may_contradict(title):
    """…绩效目标完成情况表 is a self-evaluation's form, titled as …自评表 is: its year is the year evaluated."""
    body = ["2022年度部门预算收入380万元，2022年度支出372万元。", "截至2022年12月31日，项目资金已全部拨付。"]
    [f] = check_dates(Report(blocks=[Paragraph(text=title), *(Paragraph(text=t) for t in body)]))
    assert f.rule == "dates.stale_title" and f.quote.startswith("2021年")
    right = title.replace("2021", "2022")
    assert check_dates(Report(blocks=[Paragraph(text=right), *(Paragraph(text=t) for t in body)])) == []


def test_a_cover_naming_its_funds_year_and_the_evaluated_year_in_brackets_is_not_stale():
    """某局2023年…补助资金项目支出绩效自评报告 over （2024年度）: funds of 2023 evaluated for 2024, two
    years named on purpose; the 项目名称 field that says the title again is no stale title either."""
    title = "某县水利局2023年农村饮水安全补助资金项目支出绩效自评报告"
    text = (f"{title}\n（2024年度）\n部门名称：某县水利局\n项目名称：{title}\n"
            "一、项目基本情况\n本项目资金于2024年度拨付到位，全年完成农村供水管网改造12公里。\n")
    assert [f for f in check_dates(read_text_string(text)) if f.rule == "dates.stale_title"] == []


def test_a_title_year_that_names_no_funds_under_a_later_bracketed_year_is_still_weighed():
    title = "某县水利局2023年度部门整体支出绩效自评报告"
    text = (f"{title}\n（2024年度）\n一、部门基本情况\n2024年度部门收入合计980万元，全年支出合计960万元。\n"
            "截至2024年12月31日，本局在职人员42人。\n")
    assert [f.quote for f in check_dates(read_text_string(text)) if f.rule == "dates.stale_title"] == ["2023年度"]


def _flat(*lines: str) -> Report:
    return read_text_string("某县水利局2023年度部门整体支出绩效自评报告\n一、预算执行情况\n2023年度支出120万元。\n"
                            + "\n".join(lines) + "\n")


def test_a_year_end_under_a_point_of_count_label_is_that_fields_value_not_a_signature():
    report = _flat("数据统计截止时间", "2023年12月31日", "全年支出", "120万元")
    assert check_dates(report, 2023) == []


def test_last_years_end_under_a_point_of_count_label_is_a_stale_year_end():
    report = _flat("数据统计截止时间", "2022年12月31日", "全年支出", "120万元")
    assert _kinds(check_dates(report, 2023)) == [(Kind.STALE_YEAR, "2022年12月31日")]


def test_a_balance_carried_over_from_last_years_end_names_that_year_on_purpose():
    report = _report("截至2023年12月31日，全年支出120万元；截至2022年12月31日的上年结转资金8万元已全部支出。",
                     title="某县水利局2023年度部门整体支出绩效自评报告")
    assert check_dates(report, 2023) == []
    stale = _report("截至2022年12月31日，全年支出120万元。", title="某县水利局2023年度部门整体支出绩效自评报告")
    assert _kinds(check_dates(stale, 2023)) == [(Kind.STALE_YEAR, "截至2022年12月31日")]


def test_a_clause_naming_last_years_balance_after_its_year_end_names_that_year_on_purpose():
    """截至2021年12月31日，上年结余资金5万元: the clause says the balance is last year's."""
    title = "某县水利局2023年度部门整体支出绩效自评报告"
    assert check_dates(_report("截至2022年12月31日，上年结余资金5万元，本年已全部使用。", title=title), 2023) == []
    stale = _report("截至2022年12月31日，结余资金5万元。", title=title)
    assert _kinds(check_dates(stale, 2023)) == [(Kind.STALE_YEAR, "截至2022年12月31日")]


def test_a_word_before_an_items_number_does_not_make_the_items_year_a_comparison():
    # 较 of 较多 ends item 1; item 2 opens with its own year, the title's: no vote is lost, no stale title
    text = ("某市卫生健康委员会2023年度公共卫生服务项目\n绩效自评报告\n一、存在问题\n"
            "问题：1、2022年度结转资金较多 2、2023年度资金下达较晚 3、部分台账不完整。\n")
    assert [f for f in check_dates(read_text_string(text)) if f.rule == "dates.stale_title"] == []
    # a year right after 较 is still a comparison: the title's year stays unsupported, the 2022 statements decide
    stale = ("某市卫生健康委员会2023年度公共卫生服务项目\n绩效自评报告\n"
             "2022年度预算收入320万元，2022年度支出300万元，较2023年度减少20万元。\n")
    assert [f.quote for f in check_dates(read_text_string(stale)) if f.rule == "dates.stale_title"] == ["2023年度"]


def test_a_report_date_in_a_bar_row_is_read_as_the_labelled_field():
    """填报日期 | 2023年10月8日: a form kept as bar rows gives the report's date without its colon."""
    body = ("某县林业局2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年，我局全年支出合计512.40万元，预算执行率98.6%。\n"
            "填报单位 | 某县林业局\n")
    early = read_text_string(body + "填报日期 | 2023年10月8日\n")
    assert [f.location.quote for f in check_dates(early) if f.rule == "dates.before_year_end"] == ["2023年10月8日"]
    late = read_text_string(body + "填报日期 | 2024年1月8日\n")
    assert [f for f in check_dates(late) if f.rule == "dates.before_year_end"] == []


def test_a_signature_that_gives_its_month_only_is_read_as_that_months_last_day():
    body = ("某县林业局2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年，我局全年支出合计512.40万元，预算执行率98.6%。\n"
            "截至2023年12月31日，造林任务全部完成。\n")
    early = read_text_string(body + "某县林业局\n2023年11月\n")
    assert [f.location.quote for f in check_dates(early) if f.rule == "dates.before_year_end"] == ["2023年11月"]
    late = read_text_string(body + "某县林业局\n2024年2月\n")
    assert [f for f in check_dates(late) if f.rule == "dates.before_year_end"] == []
    # a form's last field, a month under its label, is no signature
    field = read_text_string(body + "计划完成时间\n2023年11月\n")
    assert [f for f in check_dates(field) if f.rule == "dates.before_year_end"] == []


def test_an_earlier_year_end_paired_with_the_years_own_is_a_baseline():
    # last year's year-end set against this year's, in one sentence: a comparison, not a copied date
    text = "截至2021年12月31日，全镇垃圾分类覆盖率为52.4%；截至2022年12月31日，覆盖率达到60.1%。"
    assert check_dates(_report(text), 2022) == []
    # the defective twin: last year's year-end alone, the year's own in another sentence, is still stale
    twin = "截至2021年12月31日，全镇垃圾分类覆盖率为60.1%。截至2022年12月31日，共建成投放点40个。"
    assert _kinds(check_dates(_report(twin), 2022)) == [(Kind.STALE_YEAR, "截至2021年12月31日")]


@pytest.mark.parametrize("clock", ["今天是：2026年03月09日", "当前日期：2026年3月9日 | 网站地图", "今日是2026年3月9日"])
def test_a_web_pages_clock_named_as_today_is_no_event_date(clock):
    """A page copied from a website keeps its header's 今天是… clock; it dates the copy, not the work.
    Premise from pool44 even page 032 (held out; the fix is tuned on that half), invented wording."""
    text = f"{clock} 无障碍 关怀版\n某县2022年度项目绩效评价报告\n一、概况\n2022年全县投入资金300万元。\n"
    assert [f for f in check_dates(read_text_string(text), year=2022) if f.rule == "dates.future"] == []
    event = "一、概况\n2022年度项目于2022年3月开工，今年已于2026年3月9日完成竣工验收。\n"
    assert [f.quote for f in check_dates(read_text_string(event), year=2022) if f.rule == "dates.future"] == ["2026年3月9日"]
