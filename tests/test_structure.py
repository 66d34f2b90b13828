
import pytest
from shared_paths import SAMPLE

from drafting.checks.structure import check_structure
from drafting.checks.toc import toc_blocks
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Heading, Paragraph, Report, Table


def _table(*rows: list[str]) -> Table:
    return Table(rows=[[Cell(text=t) for t in row] for row in rows])


def _quotes(findings):
    return [f.quote for f in findings]


def test_blank_grade_cell_is_a_missing_field():
    findings = check_structure(Report(blocks=[_table(["绩效自评综合得分", "100"], ["评价等次", ""])]))
    assert _quotes(findings) == ["评价等次"]
    assert findings[0].kind is Kind.MISSING_FIELD and findings[0].severity is Severity.ERROR


def test_a_required_label_heading_a_column_of_figures_is_no_blank_field():
    # a flattened 自评表 read back with its header row cut short: the score column's figure is below
    header = _table(["执行率", "自评得分", "", "", ""], ["年度资金总额", "2030.12", "2030.12", "100%", "10"])
    assert [f for f in check_structure(Report(blocks=[header])) if f.rule == "structure.blank_cell"] == []
    # a label over the next label is still a blank field
    listed = _table(["自评得分", ""], ["评价等次", "优"])
    assert _quotes(check_structure(Report(blocks=[listed]))) == ["自评得分"]


def test_blank_contact_next_to_a_filled_phone_is_found():
    findings = check_structure(Report(blocks=[_table(["联系人", "", "联络电话", "0745-8251787"])]))
    assert _quotes(findings) == ["联系人"]


def test_signature_placeholders_and_empty_subunit_rows_are_not_fields():
    report = Report(blocks=[_table(["评价组组长（签字）：\n年    月    日"], ["2、二级机构1", "", "", ""])])
    assert check_structure(report) == []


def test_blank_inline_field_on_the_cover_is_found():
    findings = check_structure(Report(blocks=[Paragraph(text="报告日期：   "), Paragraph(text="预算编码    518")]))
    assert _quotes(findings) == ["报告日期"]


def test_inline_label_followed_by_the_next_label_is_blank():
    findings = check_structure(Report(blocks=[Paragraph(text="联系人：    联系电话：0745-8251787")]))
    assert _quotes(findings) == ["联系人"]


def test_numbering_gap_mixing_separators_is_one_list():
    cell = "1、新增就业2141人。\n2．开发就业岗位。\n3．落实行动。\n5、加大支持。\n6、按时支付。"
    findings = check_structure(Report(blocks=[_table(["年度总体运行情况", cell])]))
    assert _quotes(findings) == ["5、"]
    assert "缺少第4项" in findings[0].message and findings[0].kind is Kind.NUMBERING_GAP


def test_chinese_heading_gap_is_found_across_paragraphs():
    report = Report(blocks=[Heading(text="一、部门概况", level=1), Paragraph(text="正文。"),
                            Heading(text="二、支出情况", level=1), Heading(text="四、问题", level=1)])
    numbering = [f for f in check_structure(report) if f.kind is Kind.NUMBERING_GAP]
    assert _quotes(numbering) == ["四、"]


def test_parenthesised_gap_is_found():
    report = Report(blocks=[Paragraph(text="（一）甲"), Paragraph(text="（三）丙")])
    assert _quotes(check_structure(report)) == ["（三）"]


def test_a_circled_list_that_skips_an_item_is_found():
    report = Report(blocks=[Paragraph(text="1.机构设置\n①局机关内设股室7\n局下辖17个大队\n③区级办公室2")])
    [f] = check_structure(report)
    assert f.quote == "③" and "缺少第②项" in f.message


def test_a_circled_list_in_order_is_fine():
    report = Report(blocks=[Paragraph(text="①甲\n②乙\n③丙"), Paragraph(text="1、丁\n①戊\n②己")])
    assert check_structure(report) == []


def test_restart_in_a_new_section_is_not_a_gap():
    report = Report(blocks=[
        Heading(text="一、部门概况", level=1), Paragraph(text="1、主要职责"), Paragraph(text="4、重点工作计划"),
        Heading(text="二、绩效情况", level=1), Paragraph(text="1、实行重点管控"), Paragraph(text="2、严格审核"),
    ])
    assert _quotes(check_structure(report)) == ["4、"]


def test_numbers_going_back_are_a_restart_not_a_gap():
    report = Report(blocks=[Paragraph(text=t) for t in ["一、甲", "五、戊", "二、乙", "三、丙"]])
    assert _quotes(check_structure(report)) == ["五、"]


def test_decimal_numbers_at_line_start_are_not_list_markers():
    report = Report(blocks=[Paragraph(text="1、甲"), Paragraph(text="3.5万元用于培训。")])
    assert check_structure(report) == []


def test_inline_ordinals_with_a_gap_are_found():
    findings = check_structure(Report(blocks=[Paragraph(text="一是审核单据。二是审核来源。四是审核制度。")]))
    assert _quotes(findings) == ["四是"]


def test_numbering_restarts_in_a_new_table():
    report = Report(blocks=[_table(["1、局机关"], ["2、二级机构1"]), _table(["3、局机关"])])
    assert check_structure(report) == []


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample not available")
def test_sample_structure_findings_are_the_known_defects():
    from drafting.io.text_reader import read_text_report

    report = read_text_report(SAMPLE)
    findings = check_structure(report)
    assert [(f.kind, f.quote) for f in findings] == [(Kind.MISSING_FIELD, "评价等次"), (Kind.NUMBERING_GAP, "5、")]
    for f in findings:
        assert f.quote == report.quote(f.location.location)


def test_empty_grade_in_a_sentence_is_a_missing_field():
    findings = check_structure(Report(blocks=[Paragraph(text="我局2022年度自评得分96.5分，评价等次为“”。")]))
    assert _quotes(findings) == ["评价等次为“”"]
    assert findings[0].kind is Kind.MISSING_FIELD and findings[0].severity is Severity.ERROR


def test_score_without_a_number_in_a_sentence_is_a_missing_field():
    findings = check_structure(Report(blocks=[Paragraph(text="经逐项评分，我局部门整体支出绩效自评得分为  分。")]))
    assert _quotes(findings) == ["自评得分为  分"]


@pytest.mark.parametrize(("text", "quote"), [("为XX县经济社会发展提供保障。", "XX"), ("全年支出××万元。", "××"),
                                             ("项目名称：□□□□", "□□□□"), ("完成培训＿＿人次。", "＿＿")])
def test_template_placeholders_left_in_the_text_are_flagged(text, quote):
    assert _quotes(check_structure(Report(blocks=[Paragraph(text=text)]))) == [quote]


def test_filled_results_checkboxes_and_signature_blanks_are_fine():
    report = Report(blocks=[Paragraph(text="自评得分96.5分，评价等次为“优”。得分分析详见附表。"),
                            Paragraph(text="是否公开：□是 □否。面积3×4米。"),
                            Paragraph(text="评价组组长（签字）：＿＿＿＿"),
                            Paragraph(text="＿＿年＿＿月＿＿日")])
    assert check_structure(report) == []


def test_a_label_alone_on_its_line_in_a_flattened_form_is_not_blank():
    """One cell per line: the value of 自评得分 comes lines later, after other labels."""
    blocks = [Paragraph(text=t) for t in ("自评得分", "省级财政部门", "四川省财政厅", "100")]
    assert check_structure(Report(blocks=blocks)) == []
    assert check_structure(Report(blocks=[Paragraph(text="自评得分："), Paragraph(text="96.5")])) == []


def test_a_number_said_twice_in_one_list_is_flagged_but_parallel_columns_are_not():
    paras = ["1.数量指标", "2.质量指标", "3.时效指标", "4.成本指标", "4.社会效益指标"]
    [f] = check_structure(Report(blocks=[Paragraph(text=t) for t in paras]))
    assert f.rule == "structure.numbering_repeat" and f.quote == "4."
    columns = ["1.培训人数", "1.培训人数", "2.合格率", "2.合格率"]
    assert check_structure(Report(blocks=[Paragraph(text=t) for t in columns])) == []


def test_a_heading_list_that_starts_at_its_second_item_is_flagged():
    blocks = [Paragraph(text="一、基本情况"), Paragraph(text="（二）2020年度重点工作"), Paragraph(text="（三）资金情况")]
    [f] = check_structure(Report(blocks=blocks))
    assert f.rule == "structure.numbering_late_start" and f.quote == "（二）"


def test_a_list_whose_first_item_sits_inside_a_flattened_row_does_not_start_late():
    blocks = [Paragraph(text="产出指标 | 数量指标 | 一、示范区建立 | 20000亩"), Paragraph(text="二、田间试验 | 15组")]
    assert check_structure(Report(blocks=blocks)) == []


def test_a_bracketed_first_item_run_into_its_heading_counts():
    blocks = [Paragraph(text="一、部门单位概况(一)部门主要职责"), Paragraph(text="(二)当年履职总体目标")]
    assert check_structure(Report(blocks=blocks)) == []


def test_an_item_numbered_twice_in_two_systems_is_flagged():
    from drafting.checks.structure import check_structure
    from drafting.io.text_reader import read_text_string

    text = "（四）其他工作\n(4)做好年度考核工作。\n(5)五是做好驾驶员管理工作。\n"
    found = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_double"]
    assert [f.quote for f in found] == ["(5)五是"]


def test_a_list_of_ordinals_inside_the_first_item_is_not_a_double_number():
    from drafting.checks.structure import check_structure
    from drafting.io.text_reader import read_text_string

    text = "(1)一是加强预算管理；二是完善制度。\n(2)开展自评。\n3、四是另一项。\n"
    assert [f for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_double"] == []


def test_a_drafts_own_to_be_filled_mark_left_in_is_a_placeholder():
    from drafting.checks.structure import check_structure
    from drafting.io.text_reader import read_text_string

    text = "七、结果应用\n【待补充】本部分需要数据字段 result_use，请据实填写。\n"
    found = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.placeholder"]
    assert [f.quote for f in found] == ["【待补充】"]


def test_a_heading_that_opens_with_a_lone_closing_bracket_has_lost_its_number():
    report = Report(blocks=[Paragraph(text="（二）资金管理情况"), Paragraph(text=")总体绩效目标完成情况分析"),
                            Paragraph(text="（四）绩效指标完成情况分析")])
    [broken] = [f for f in check_structure(report) if f.rule == "structure.broken_marker"]
    assert broken.quote == ")" and broken.kind == Kind.PUNCTUATION


def test_a_gap_a_broken_marker_explains_is_one_problem_reported_once():
    report = Report(blocks=[Paragraph(text="（一）资金投入情况"), Paragraph(text=")总体绩效目标完成情况分析"),
                            Paragraph(text="（四）绩效指标完成情况分析")])
    assert [f.rule for f in check_structure(report)] == ["structure.broken_marker"]
    report = Report(blocks=[Paragraph(text="（一）资金投入情况"), Paragraph(text="（四）绩效指标完成情况分析")])
    assert [f.rule for f in check_structure(report)] == ["structure.numbering_gap"]


def test_a_sibling_heading_that_lost_its_number_is_named_with_the_number_it_lacks():
    text = ("(一)资金投入情况分析\n2023年收到财政资金共2330.9万元。\n总体绩效情况分析\n按年初规划执行。\n"
            ")总体绩效目标完成情况分析\n完成发放各类补助。\n(四)绩效指标完成情况分析\n")
    found = check_structure(read_text_string(text))
    assert [(f.rule, f.quote) for f in found] == [("structure.unnumbered_heading", "总体绩效情况分析"),
                                                 ("structure.broken_marker", ")")]
    assert "“(二)”" in found[0].message
    # a short line that does not end like its siblings is no lost heading: the gap stays
    other = text.replace("总体绩效情况分析", "主要做法如下").replace(")总体绩效目标完成情况分析", "另有说明")
    assert [f.rule for f in check_structure(read_text_string(other))] == ["structure.numbering_gap"]


def test_a_bracket_broken_across_lines_is_not_a_lost_number():
    report = Report(blocks=[Paragraph(text="项目资金（含上年结转\n）共计120万元"), Paragraph(text="（详见附件\n）")])
    assert [f for f in check_structure(report) if f.rule == "structure.broken_marker"] == []


def test_a_first_item_that_lost_its_opening_bracket_is_punctuation():
    report = Report(blocks=[Paragraph(text="主要职能:1)宣传党的路线方针政策;(2)组织文艺演出;(3)指导群众文化工作。")])
    [f] = [f for f in check_structure(report) if f.rule == "structure.odd_first_item"]
    assert f.quote == "1)" and f.kind == Kind.PUNCTUATION and f.suggestion == "改为“(1)”"


def test_a_first_item_numbered_in_another_system_is_a_numbering_finding():
    report = Report(blocks=[Paragraph(text="（一）目标完成情况 1.截至12月31日配备群测群防员95名。"
                                           "(2)及时调整责任人。(3)健全会商机制。")])
    [f] = [f for f in check_structure(report) if f.rule == "structure.odd_first_item"]
    assert f.quote == "1." and f.kind == Kind.NUMBERING_GAP


def test_a_list_with_its_first_item_in_brackets_is_fine():
    report = Report(blocks=[Paragraph(text="主要职能:(1)宣传政策;(2)组织演出;(3)指导工作。"),
                            Paragraph(text="资金1.5万元用于(2)(3)两项。"), Paragraph(text="详见表1。(2)号楼、(3)号楼已完工。")])
    assert [f for f in check_structure(report) if f.rule == "structure.odd_first_item"] == []


def test_a_first_heading_run_into_the_opening_sentence_counts():
    report = Report(blocks=[Paragraph(text="现将绩效评价内容报告如下:一、部门概况(一)部门职能。"),
                            Paragraph(text="二、项目基本情况")])
    assert [f for f in check_structure(report) if f.rule == "structure.numbering_late_start"] == []


def _empty_heading_quotes(*blocks):
    return [f.quote for f in check_structure(Report(blocks=list(blocks))) if f.rule == "structure.empty_heading"]


def test_a_section_heading_followed_straight_by_the_next_section_is_empty():
    quotes = _empty_heading_quotes(
        Heading(text="二、改进措施", level=1), Paragraph(text="加强预算编制。"),
        Heading(text="三、其他需要说明的情况", level=1), Paragraph(text=""),
        Heading(text="四、自评结论", level=1), Paragraph(text="自评得分90分。"))
    assert quotes == ["三、其他需要说明的情况"]


def test_a_table_of_contents_list_items_sub_headings_and_the_last_heading_are_not_empty_sections():
    toc = [Heading(text=t, level=1) for t in ("一、部门基本情况", "二、绩效目标", "三、评价结论")]
    assert _empty_heading_quotes(*toc, Paragraph(text="正文。")) == []  # several back to back: a 目录
    assert _empty_heading_quotes(Heading(text="（一）加强预算编制。", level=2),
                                 Heading(text="（二）细化绩效目标。", level=2), Paragraph(text="…")) == []
    assert _empty_heading_quotes(Heading(text="一、部门概况", level=1), Heading(text="（一）职能", level=2),
                                 Paragraph(text="负责…。")) == []  # a sub-heading is content
    assert _empty_heading_quotes(Paragraph(text="正文。"), Heading(text="五、附件", level=1)) == []


def test_a_table_of_contents_split_by_its_parts_names_sections_still_to_come():
    toc = [Paragraph(text="目录"), Paragraph(text="第一部分 单位概况"),
           Heading(text="一、单位职责", level=1), Heading(text="二、人员情况", level=1),
           Paragraph(text="第二部分 决算情况说明"), Heading(text="一、收入决算情况说明", level=1)]
    body = [Paragraph(text="第一部分 单位概况"), Heading(text="一、 单位职责", level=1),
            Paragraph(text="负责全区档案的收集和保管。"),
            Heading(text="二、人员情况", level=1), Heading(text="三、其他事项", level=1), Paragraph(text="无。")]
    # the 目录's lines open sections found further on; the body's own empty section is still one
    assert _empty_heading_quotes(*toc, *body) == ["二、人员情况"]
    assert [f.location.location.block for f in check_structure(Report(blocks=[*toc, *body]))
            if f.rule == "structure.empty_heading"] == [9]


def test_table_of_contents_lines_with_page_numbers_are_no_empty_sections():
    # copied from Word (field codes left in) or with dot leaders; the excerpt stops before the body
    assert _empty_heading_quotes(
        Heading(text="一、主要职责 PAGEREF _Toc101 h 3", level=1), Heading(text="二、机构设置 PAGEREF _Toc102 h 4", level=1),
        Paragraph(text="第二部分 决算说明 PAGEREF _Toc103 h 5"),
        Heading(text="一、收入决算情况说明……………………6", level=1), Heading(text="二、支出决算情况说明……………7", level=1),
        Paragraph(text="第三部分 名词解释……………………9"), Paragraph(text="第一部分 概况")) == []


def test_a_table_of_contents_line_still_counts_in_its_run_of_headings():
    # only the first line is found again before the excerpt ends; its neighbours are 目录 lines all the same
    assert _empty_heading_quotes(
        Heading(text="一、单位 主要职责", level=1), Heading(text="二、单位 机构设置", level=1),
        Heading(text="三、部门决算单位构成", level=1), Paragraph(text="第二部分:部门决算表"),
        Paragraph(text="第一部分:单位概况"), Heading(text="一、单位主要职责", level=1),
        Paragraph(text="(一)组织各职能部门集中办公。")) == []


def test_numbering_in_a_table_of_contents_is_the_bodys_and_is_not_checked_there():
    # the 目录 lists (二) and (五) lines of several sections; their parents were left out of it
    toc = "\n".join(["目 录", "(二)评价原则和评价方法", "(二)资金筹集渠道单一", "(五)前期工作不扎实", "(五)夯实前期工作"])
    body = "一、项目基本情况\n城镇老旧小区改造是重大民生工程,本年改造小区12个,惠及居民1860户。"
    rules = [f.rule for f in check_structure(read_text_string(toc + "\n" + body)) if f.rule.startswith("structure.numbering")]
    assert rules == []
    # the same lines outside a 目录 are a list with repeats
    rules = [f.rule for f in check_structure(read_text_string(toc.replace("目 录\n", "") + "\n" + body))
             if f.rule.startswith("structure.numbering")]
    assert "structure.numbering_repeat" in rules


def test_a_table_of_contents_line_written_as_a_clause_or_two_is_still_a_line_of_it():
    # a problem's or a measure's heading is often clauses joined by commas: no sentence, no body yet
    toc = "\n".join(["目 录", "(二)评价原则、评价指标和评价方法", "(二)筹资渠道单一,分摊规则不明,社会参与不足",
                     "(五)前期工作不扎实,申报数据不准确", "(五)夯实前期工作,确保手续齐全"])
    body = "一、项目基本情况\n城镇老旧小区改造是重大民生工程,本年改造小区12个,惠及居民1860户。"
    rules = [f.rule for f in check_structure(read_text_string(toc + "\n" + body)) if f.rule.startswith("structure.numbering")]
    assert rules == []


def test_a_table_of_contents_whose_body_lies_past_the_excerpts_end_has_no_empty_sections():
    # no page numbers, and the excerpt ends inside the body's first part: the later lines are
    # never found again, yet they are lines of the 目录 all the same
    toc = ["目 录", "第一部分 部门概况", "一、部门职责", "第二部分 部门决算情况说明", "一、收入决算情况说明",
           "二、支出决算情况说明", "第三部分 名词解释"]
    body = ["第一部分 部门概况", "一、部门职责", "负责全县档案的收集、整理和保管,指导各单位的档案工作。"]
    text = "\n".join(toc + body)
    assert [f.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.empty_heading"] == []
    # the same lines without the 目录 title, the text going on after them, are an outline whose first
    # section of part two was left empty
    lines = [*toc[1:3], "负责全县档案工作。", *toc[3:6], "本年支出320万元。", toc[6], "第四部分 附件"]
    quotes = [f.quote for f in check_structure(read_text_string("\n".join(lines))) if f.rule == "structure.empty_heading"]
    assert quotes == ["一、收入决算情况说明"]
    # with nothing written after them, the excerpt was cut there: no section is known to be empty
    lines = [*toc[1:3], "负责全县档案工作。", *toc[3:], "第四部分 附件"]
    assert [f.quote for f in check_structure(read_text_string("\n".join(lines))) if f.rule == "structure.empty_heading"] == []


def test_a_section_whose_heading_points_to_an_attached_form_is_not_empty():
    text = "\n".join(["二、绩效目标完成情况", "全年完成项目12个,资金执行率100%。",
                      "三、专项资金主要绩效(附专项资金绩效目标自评表)", "四、存在的问题", "项目前期准备不足。"])
    assert [f.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.empty_heading"] == []
    # without the pointer the same empty section is told
    bare = text.replace("(附专项资金绩效目标自评表)", "")
    assert [f.quote for f in check_structure(read_text_string(bare)) if f.rule == "structure.empty_heading"] \
        == ["三、专项资金主要绩效"]


def test_table_of_contents_lines_with_their_page_numbers_glued_on_are_no_empty_sections():
    # a 目录 copied without its leaders or its 目录 line: 一、部门职责3 / 二、机构设置3 / 第二部分…3
    lines = [Paragraph(text="第一部分 县政府办部门概况3"), Heading(text="一、部门职责3", level=1),
             Heading(text="二、机构设置3", level=1), Paragraph(text="第二部分 部门决算情况说明4"),
             Heading(text="七、政府性基金预算财政拨款收入支出决算情况说明8", level=1),
             Paragraph(text="九、政府性基金预算财政拨款“三公”经费支出决算情况说明10"),
             Paragraph(text="第一部分 县政府办部门概况"), Paragraph(text="负责县政府会议的准备工作。")]
    assert _empty_heading_quotes(*lines) == []
    # one heading ending in a figure is no table of contents
    assert _empty_heading_quotes(Heading(text="二、改进措施", level=1), Paragraph(text="加强预算编制。"),
                                 Heading(text="三、其他需要说明的情况", level=1),
                                 Heading(text="四、自评结论", level=1), Paragraph(text="自评得分90分。")) == ["三、其他需要说明的情况"]


def test_a_heading_followed_by_a_heading_with_the_same_number_is_said_twice_not_empty():
    blocks = [Heading(text="一、部门职责", level=1), Heading(text="一、单位主要职能", level=1),
              Paragraph(text="（一）贯彻落实退役军人工作的政策法规。"), Heading(text="二、机构设置", level=1),
              Paragraph(text="内设股室4个。")]
    assert _empty_heading_quotes(*blocks) == []
    # two headings without numbers are not "the same number": the first is still a section left empty
    bare = [Heading(text="部门职责", level=1), Heading(text="机构设置", level=1), Paragraph(text="内设股室4个。")]
    assert _empty_heading_quotes(*bare) == ["部门职责"]


def test_a_first_item_glued_after_a_page_title_and_its_number_counts():
    report = Report(blocks=[Paragraph(text="绩效运行监控报告1一、项目支出基本情况"), Paragraph(text="本年项目预算19.3万元。"),
                            Paragraph(text="二、绩效运行监控工作开展情况")])
    assert [f for f in check_structure(report) if f.rule == "structure.numbering_late_start"] == []


def test_two_lines_run_together_on_one_line_leave_no_gap():
    lines = "目 录\n一、收入支出决算总表二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表"
    report = read_text_string(lines.replace("目 录\n", "") + "\n正文：本年收入合计500万元。")
    assert [f.rule for f in check_structure(report) if f.rule.startswith("structure.numbering")] == []
    # …also when the first line ends in its page number (……10四、): a digit is no Chinese numeral
    paged = read_text_string("一、收入决算情况说明……9\n二、支出决算情况说明……10三、财政拨款收入支出决算总体情况说明……10\n"
                             "四、一般公共预算财政拨款支出决算情况说明……11\n正文：本年收入合计500万元。")
    assert [f.rule for f in check_structure(paged) if f.rule.startswith("structure.numbering")] == []
    # a line that skips the item is still a gap
    skipped = read_text_string("一、收入支出决算总表\n三、支出决算表\n四、财政拨款收入支出决算总表\n正文：本年收入合计500万元。")
    assert [f.rule for f in check_structure(skipped) if f.rule.startswith("structure.numbering")] == ["structure.numbering_gap"]


def test_a_marker_printed_with_a_space_before_its_mark_still_numbers_its_item():
    # web and PDF copies print 三 、 and （ 二 ）: the list runs on, no gap
    text = ("一、单位基本情况\n某某县实验幼儿园现有教职工40人。\n二、机构设置\n内设办公室、保教处。\n"
            "三 、2022年度单位决算表\n（表格附后）\n四、2022年度单位决算情况说明\n本年收入800.5万元。\n")
    assert [f.rule for f in check_structure(read_text_string(text)) if f.rule.startswith("structure.numbering")] == []
    text = "（一）收入情况\n收入500万元。\n（ 二 ）支出情况\n支出480万元。\n（三）结余情况\n结余20万元。\n"
    assert [f.rule for f in check_structure(read_text_string(text)) if f.rule.startswith("structure.numbering")] == []


def test_headings_at_the_end_of_an_excerpt_and_attachment_headings_are_no_empty_sections():
    # public texts are excerpts cut anywhere: headings with no written text after them mark a cut
    end = ["二、部门决算情况说明", "本年收入650.2万元,本年支出640.8万元。", "三、其他重要事项说明", "四、附表",
           "扫一扫在手机打开当前页"]
    assert [f.quote for f in check_structure(read_text_string("\n".join(end))) if f.rule == "structure.empty_heading"] == []
    # a heading that names an attachment has its content in a document of its own
    annex = ["二、部门决算情况说明", "本年收入650.2万元。", "三、附件", "四、名词解释", "财政拨款收入：指本级财政拨付的资金。"]
    assert [f.quote for f in check_structure(read_text_string("\n".join(annex))) if f.rule == "structure.empty_heading"] == []
    # the text going on after them, an empty section is still told
    later = ["二、部门决算情况说明", "本年收入650.2万元。", "三、其他重要事项说明", "四、名词解释",
             "财政拨款收入：指本级财政拨付的资金。"]
    assert [f.quote for f in check_structure(read_text_string("\n".join(later))) if f.rule == "structure.empty_heading"] \
        == ["三、其他重要事项说明"]


def test_a_placeholder_inside_a_quoted_example_of_wording_is_meant():
    # the template quoted as a template: XX is what the rule asks for, not a blank left
    for text in ("产出指标应细化量化，如“XX设备采购数量达到XX台”，不得只写“完成”。",
                 "部分指标表述笼统，仅写为“XX工作完成率”等，未明确具体内容。"):
        assert [f for f in check_structure(Report(blocks=[Paragraph(text=text)])) if f.rule == "structure.placeholder"] == []
    # in quotes but not an example: a value never filled in
    found = check_structure(Report(blocks=[Paragraph(text="项目实施单位为“XX县农业技术推广中心”。")]))
    assert [f.quote for f in found if f.rule == "structure.placeholder"] == ["XX"]


def _empty_in(lines):
    return [f.quote for f in check_structure(read_text_string("\n".join(lines))) if f.rule == "structure.empty_heading"]


def test_a_table_of_contents_with_its_page_numbers_on_lines_of_their_own_has_no_empty_sections():
    # a long entry takes its page number in as a PDF line break would be mended; short ones leave it alone
    toc = ["某某市文化馆单位决算", "目 录", "第一部分 单位概况", "3", "一、单位职责", "3", "二、机构设置", "4",
           "第二部分 2022年度单位决算情况说明", "5", "一、收入支出决算总体情况说明", "5",
           "二、一般公共预算财政拨款基本支出决算情况说明", "6", "三、财政拨款“三公”经费支出决算情况说明", "7",
           "四、政府采购支出情况说明", "7", "五、国有资本经营预算财政拨款收入支出决算情况说明", "8",
           "六、其他重要事项情况说明", "8", "第三部分 名词解释", "9"]
    body = ["第一部分 单位概况", "一、单位职责", "负责全市群众文化活动的组织和指导,开展非遗保护工作。",
            "二、机构设置", "内设办公室、活动部、培训部。"]
    assert _empty_in(toc + body) == []
    # every line of the table, its page numbers too, up to the body's first line, is the table's
    report = read_text_string("\n".join(toc + body))
    assert toc_blocks(report) == set(range(2, len(toc)))


def test_a_table_of_contents_with_entries_run_together_on_one_line_has_no_empty_sections():
    toc = ["目 录", "第一部分 单位概况", "一、单位职责", "二、机构设置", "第二部分 2022年度单位决算表",
           "一、收入支出决算总表二、收入决算表", "三、支出决算表",
           "四、财政拨款收入支出决算总表 五、一般公共预算财政拨款支出决算表六、一般公共预算财政拨款基本支出决算表"
           "七、一般公共预算财政拨款项目支出决算表", "八、国有资产占用情况表", "第三部分 2022年度单位决算情况说明",
           "一、收入决算情况说明二、支出决算情况说明", "三、财政拨款支出决算情况说明",
           "四、一般公共预算财政拨款基本支出决算情况说明五、财政拨款“三公”经费支出决算情况说明",
           "六、机关运行经费支出情况说明七、政府采购支出情况说明", "八、国有资产占用情况说明九、预算绩效情况说明",
           "第四部分 名词解释"]
    body = ["第一部分 单位概况", "一、单位职责", "负责全市群众文化活动的组织和指导,开展非遗保护工作。"]
    assert _empty_in(toc + body) == []


def test_a_table_of_contents_without_its_title_is_known_by_the_body_opening_again_with_its_first_line():
    toc = ["某某县福利院2022年单位预算", "第一部分 某某县福利院概况", "一、单位主要职责", "二、机构设置及人员情况",
           "第二部分 2022年单位预算情况说明", "一、2022年单位预算收支情况说明", "二、2022年“三公”经费预算情况说明",
           "第三部分 名词解释"]
    body = ["第一部分 某某县福利院概况", "一、单位主要职责", "负责收养孤残儿童,提供生活照料、医疗康复和教育服务。",
            "二、机构设置及人员情况", "内设综合科、保育科,编制25名。", "第二部分 2022年单位预算情况说明", "一、2022"]
    assert _empty_in(toc + body) == []


def test_a_heading_said_again_in_another_numbering_is_not_an_empty_section():
    lines = ["四、名词解释", "(八)年初结转和结余:指以前年度尚未完成、结转到本年的资金。",
             "(九)本单位使用的支出功能分类科目(到项级)", "五、本单位使用的支出功能分类科目:",
             "1.教育支出:反映政府教育事务支出。", "2.卫生健康支出:反映政府卫生健康方面的支出。"]
    assert _empty_in(lines) == []
    # other words under the next heading: the section was left empty
    lines[3] = "五、其他需要说明的事项:"
    assert _empty_in(lines) == ["(九)本单位使用的支出功能分类科目(到项级)"]


def test_a_text_that_opens_with_its_second_section_was_cut_there():
    # an excerpt cut anywhere: page header lines, then 二、 — the first section lies before the cut
    text = ("首页 > 信息公开 > 部门决算\n某某县档案馆2022年度部门决算\n二、机构设置\n内设综合股、业务股。\n"
            "三、人员情况\n编制12名，实有11名。\n")
    assert [f for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_late_start"] == []
    # written text before it: the list began late
    text = "现将我馆2022年度部门决算情况说明如下。\n二、机构设置\n内设综合股、业务股。\n三、人员情况\n编制12名。\n"
    assert [f.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_late_start"] \
        == ["二、"]


def test_a_label_that_ends_the_text_is_a_cut_not_a_blank_field():
    # the excerpt stops right after the label: its value lies past the cut
    cut = "单位名称：某某县林业局\n自评得分：92分\n联系人：张某 联系电话："
    assert [f for f in check_structure(read_text_string(cut)) if f.rule == "structure.blank_inline"] == []
    # with the text going on after it, the blank is told
    blank = "单位名称：某某县林业局\n联系人：张某 联系电话：\n自评得分：92分"
    assert [f.quote for f in check_structure(read_text_string(blank)) if f.rule == "structure.blank_inline"] == ["联系电话"]


def test_a_heading_that_names_a_table_is_no_empty_section():
    # the table is the section: a text copy of the page drops it
    lines = ["二、机构设置", "内设办公室、业务科。", "三、2022年度部门决算表", "四、2022年度部门决算情况说明",
             "本年收入820.4万元,本年支出815.2万元。"]
    assert _empty_in(lines) == []
    lines[2] = "三、人员编制情况"
    assert _empty_in(lines) == ["三、人员编制情况"]


@pytest.mark.parametrize("line", ["三、四季度集中支付的情况。", "3、4月份集中支付的情况。", "3、4号机组检修后集中支付。"])
def test_numerals_read_together_at_a_line_start_are_no_marker(line):
    """三、四季度 (the third and fourth quarters), 3、4月份: a PDF line broken mid-sentence may open with
    numerals read together with their measure word; that is no item of the report's list."""
    text = ("一、部门概况\n本局内设5个股室。\n二、收支情况\n全年支出3102.3万元。\n三、存在的问题\n"
            "1、部分项目开工较晚，资金支付进度偏慢，全年有\n" + line + "\n2、绩效目标不够细化。\n四、改进措施\n加强项目前期谋划。\n")
    assert [f.rule for f in check_structure(read_text_string(text)) if f.rule.startswith("structure.numbering")] == []
    # a heading whose title opens with a count stays a heading
    kept = "一、概况\n本局内设5个股室。\n三、四项制度落实情况\n全部落实。\n"
    assert [f.quote for f in check_structure(read_text_string(kept)) if f.rule == "structure.numbering_gap"] == ["三、"]
    # where the list calls for 三 next, 三、四季度… is item 三 titled by the fourth quarter
    called = "一、概况\n本局内设5个股室。\n二、收支情况\n全年支出3102.3万元。\n三、四季度重点工作\n完成验收。\n四、改进措施\n加强谋划。\n"
    assert [f.rule for f in check_structure(read_text_string(called)) if f.rule.startswith("structure.numbering")] == []


def test_a_name_or_number_masked_in_a_published_copy_is_no_placeholder():
    """王××, 139××××5678: a published copy masks a person's name after the surname and the middle of a
    phone number; a template's placeholder stands for the whole value (联系人：××, XX镇)."""
    masked = "一、项目概况\n项目负责人：王××，联系电话：139××××5678。\n经办人：李XX\n"
    assert [f.quote for f in check_structure(read_text_string(masked)) if f.rule == "structure.placeholder"] == []
    left = "一、项目概况\n项目负责人：××，联系电话：××××。\n本项目在XX镇实施。\n"
    found = [f for f in check_structure(read_text_string(left)) if f.rule == "structure.placeholder"]
    assert [(f.quote, [r.quote for r in f.related]) for f in found] == [("××", ["××××"]), ("XX", [])]


def test_placeholders_of_one_kind_of_any_length_are_one_finding_listing_every_place():
    """XX, XXXXX and XXXXXX left in one report are one template never filled in (one problem, one finding)."""
    text = "一、项目概况\n2019年下达我区资金XX万元。\n受益农户XXXXXX户，覆盖XXXXX个村。\n资金XX万元已拨付。\n"
    (f,) = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.placeholder"]
    assert f.quote == "XX" and len(f.related) == 3
    assert f.message == "文中留有模板占位符“XX”（全文共4处，另有“XXXXXX”“XXXXX”）"


def test_a_surname_masked_inside_a_sentence_is_a_published_copys_mask_not_a_blank():
    """向特困户赵××、孙×等发放: a common surname, its mask, and no count or place after it — a masked name
    wherever the sentence names a person; a blank before a unit or a place (韩××万元, 在×××镇) is still one."""
    masked = "一、项目概况\n全年向特困供养对象赵××等12户发放救助金，由经办人孙×审核。\n"
    assert [f.quote for f in check_structure(read_text_string(masked)) if f.rule == "structure.placeholder"] == []
    left = "一、项目概况\n全年向特困供养对象发放救助金××万元，由经办人审核。\n本项目在郑××镇实施。\n"
    assert [f.quote for f in check_structure(read_text_string(left)) if f.rule == "structure.placeholder"] == ["××"]


def test_the_same_placeholder_left_in_several_places_is_one_finding_naming_every_place():
    text = "某市环境整治专项资金自评报告\n在XX日报、XX电视台、XX网开设专栏。\n项目名称：□□□□\n"
    found = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.placeholder"]
    assert [(f.quote, len(f.related)) for f in found] == [("XX", 2), ("□□□□", 0)]
    assert "全文共3处" in found[0].message


@pytest.mark.parametrize("heading", ["（二）人员情况（涉密）", "(二)人员情况(涉密)", "（二）人员情况（无）", "（二）人员情况（略）"])
def test_a_heading_that_says_why_nothing_follows_is_not_an_empty_section(heading):
    text = "\n".join(["一、基本情况", "（一）单位情况", "本局是县政府工作部门。", heading, "（三）工作职能",
                      "负责全县的有关工作。"])
    assert [f for f in check_structure(read_text_string(text)) if f.rule == "structure.empty_heading"] == []
    plain = text.replace(heading, "（二）人员情况")
    assert [f.quote for f in check_structure(read_text_string(plain)) if f.rule == "structure.empty_heading"] \
        == ["（二）人员情况"]


def test_a_first_item_that_is_a_short_heading_numbers_the_level_above():
    # 1.主要职能。 titles a heading; its own list (1), (2)… follows, the (1) lost in the copy
    report = Report(blocks=[Paragraph(text="（一）基本情况。 1.主要职能。 拟订医疗保障政策并组织实施；"
                                           "(2)组织制定基金监督管理办法；(3)组织拟订筹资和待遇政策。")])
    assert [f for f in check_structure(report) if f.rule == "structure.odd_first_item"] == []


def test_an_item_whose_text_opens_with_a_figure_is_no_gap():
    """2.164个农家书屋… is item 2 followed by the figure 164, not the number 2.164: 1. then 3. skip nothing."""
    text = ("绩效目标情况：\n1.确保85个文化服务站点正常运行。\n2.132个农家书屋进行图书更新900册。\n"
            "3.开展文化下乡活动12场。\n4.对6个乡镇应急广播设备进行维护。")
    assert [f for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_gap"] == []
    skipped = text.replace("2.132个农家书屋进行图书更新900册。\n", "")
    assert [f.quote for f in check_structure(read_text_string(skipped))
            if f.rule == "structure.numbering_gap"] == ["3."]


def test_headings_run_in_after_a_full_stop_and_a_space_are_no_gap():
    """A copy whose lines run together puts 二、 … 五、 after the last words of the section before,
    a space between (a full stop or none): the list is whole."""
    text = ("一、项目概况\n项目建设村级活动场所4处。\n群众满意度达90%以上。 二、项目资金管理\n"
            "申报资金80万元，完成率100%。 三、项目绩效情况\n完成建设4处。\n确保项目按期完成 四、评价结论\n"
            "评价等级为良。 五、存在的问题\n无。\n六、其他需说明的事项\n无。")
    assert [f for f in check_structure(read_text_string(text)) if f.rule == "structure.numbering_gap"] == []
    lost = text.replace("确保项目按期完成 四、评价结论", "确保项目按期完成。")
    assert [f.quote for f in check_structure(read_text_string(lost))
            if f.rule == "structure.numbering_gap"] == ["六、"]


_DUTIES = ["负责全县义务教育学校的规划布局和建设管理工作。", "负责全县教师队伍建设和教师资格认定工作。",
           "负责全县学生资助和营养改善计划的组织实施。", "负责全县教育经费的统筹管理和监督检查。",
           "负责全县教育督导评估和质量监测工作。", "承办县人民政府交办的其他事项。"]


def _two_lists(second: list[str]) -> str:
    form = "\n".join(f"{i + 1}.{t}" for i, t in enumerate(_DUTIES))
    narrative = "\n".join(f"（{'一二三四五六七'[i]}）{t}" for i, t in enumerate(second))
    return (f"一、部门基本情况\n（一）主要职能\n{form}\n二、部门整体支出绩效自评表\n部门职责：\n{narrative}\n"
            "三、绩效情况\n全年支出1,200万元。")


def test_a_list_written_twice_with_an_item_dropped_says_where_they_differ():
    """The form's duties and the narrative's: writing them twice is the template's way; an item one
    has and the other lacks is what a reviewer checks (issue 9) — never "delete one of them"."""
    dropped = _DUTIES[:3] + _DUTIES[4:]
    [f] = [f for f in check_structure(read_text_string(_two_lists(dropped))) if f.rule == "structure.lists_differ"]
    assert "前一处有、这里没有：“负责全县教育经费的统筹管理和监督检查。”" in f.message
    assert f.severity is Severity.INFO and "删" not in f.suggestion.replace("不必删去", "")
    added = [*_DUTIES, "负责全县语言文字工作的规划和监督检查。"]
    [g] = [f for f in check_structure(read_text_string(_two_lists(added))) if f.rule == "structure.lists_differ"]
    assert g.quote.startswith("负责全县语言文字工作") and "这里有、前一处没有" in g.message


def test_the_same_list_twice_or_two_different_lists_are_silent():
    assert [f for f in check_structure(read_text_string(_two_lists(_DUTIES))) if f.rule == "structure.lists_differ"] == []
    other = ["完成全县校舍安全排查120所。", "组织教师培训3,200人次。", "发放学生资助资金860万元。", "新建幼儿园3所。"]
    assert [f for f in check_structure(read_text_string(_two_lists(other))) if f.rule == "structure.lists_differ"] == []


def test_a_half_width_point_after_a_chinese_numeral_is_the_same_marker():
    """一、 二． 三. are one list printed three ways (a PDF's or a repost's half-width point): no gap, no
    heading without its number."""
    text = ("一、部门基本情况\n本局内设3个股室。\n二．部门预算执行情况\n全年支出合计1,251.30万元。\n"
            "三.绩效目标完成情况\n各项目标均已完成。\n四、存在的问题\n绩效目标不够细化。\n")
    rules = [f.rule for f in check_structure(read_text_string(text))]
    assert not [r for r in rules if "number" in r], rules


def test_a_heading_whose_template_note_says_it_may_stay_empty_is_not_unwritten():
    lines = ["某县林业局2023年度部门整体支出绩效自评报告", "一、部门基本情况", "（一）部门职能", "负责全县林业工作。",
             "（二）其他需要说明的事项（如没有需要说明的事项，可不填写）", "二、绩效目标完成情况", "全年完成造林3000亩。",
             "三、存在的问题", "（一）其他需要说明的事项", "四、改进措施", "加强管理。"]
    assert _empty_in(lines) == ["（一）其他需要说明的事项"]


def test_the_last_numbered_subsection_left_empty_before_the_next_section_is_unwritten():
    """1. and 2. each have their text, so they are subsections; 3. is followed straight by (二)."""
    lines = ["某县水利局2023年度部门整体支出绩效自评报告", "一、部门基本情况", "（一）部门概况", "1.部门职能",
             "负责全县水利工作。", "2.机构设置及人员情况", "内设股室5个，编制人数30人。", "3.年度重点工作任务",
             "（二）部门预算安排", "全年预算收入850万元。"]
    assert _empty_in(lines) == ["3.年度重点工作任务"]
    # a list of short items is no run of subsections; a run that starts again (一、 under 4、) goes on below it
    assert _empty_in([*lines[:4], "2.机构设置", "3.年度重点工作任务", *lines[8:]]) == []
    restart = [*lines[:8], "一、加快水毁工程修复", "全年修复堤防12公里。"]
    assert _empty_in(restart) == []


def test_a_heading_that_lost_its_numeral_or_its_opening_bracket_is_one_finding_per_way_listing_every_place():
    text = "\n".join(["某县2023年度项目支出绩效自评报告", "一、项目概况", "项目总投资80万元。", "二、项目资金情况",
                      "资金已全部到位。", "、项目绩效情况", "一)产出指标完成情况", "完成改造20户。", "二)效益指标完成情况",
                      "群众出行更加便利。", "、评价结论及建议", "总体评价为优。"])
    broken = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.broken_marker"]
    assert sorted((f.quote, len(f.related)) for f in broken) == [("、", 1), ("一)", 1)]


def test_a_report_from_its_title_whose_list_starts_at_its_third_item_lost_its_first_items():
    """Invented: the title, two paragraphs of funds with no heading, then （三）: the text is the whole
    report, so the first two items were lost, not cut away."""
    body = ("某县农业农村局关于下达2024年耕地保护资金的通知，下达我县资金120万元。\n"
            "县财政局追加下达配套资金30万元。\n（三）项目实施情况\n全年完成耕地地力提升2.1万亩。\n"
            "（四）存在问题\n部分地块施工进度偏慢。\n")
    late = [f.quote for f in check_structure(read_text_string("某县2024年度耕地保护资金绩效自评报告\n" + body))
            if f.rule == "structure.numbering_late_start"]
    assert late == ["（三）"]
    # no title: an excerpt that may have been cut after its first items
    assert [f for f in check_structure(read_text_string(body)) if f.rule == "structure.numbering_late_start"] == []
    # the first items there: no late start
    whole = ("某县2024年度耕地保护资金绩效自评报告\n（一）资金下达情况\n下达我县资金120万元。\n"
             "（二）资金使用情况\n已全部支出。\n" + body.split("\n", 2)[2])
    assert [f for f in check_structure(read_text_string(whole)) if f.rule == "structure.numbering_late_start"] == []


def test_a_templates_field_in_square_brackets_left_in_is_a_placeholder():
    """【单位名称】 / 【请填写…】 are the template's fields, never filled in; a web page's 【字体：大 中 小】
    or a heading in 【】 names no field."""
    def placeholders(text: str) -> list[str]:
        return [f.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.placeholder"]

    assert placeholders("一、基本情况\n【部门名称】负责全县林业工作，内设4个股室。\n") == ["【部门名称】"]
    assert placeholders("一、基本情况\n本项目由【请填写实施单位】组织实施。\n") == ["【请填写实施单位】"]
    assert placeholders("【字体：大 中 小】【打印本页】\n一、基本情况\n【基本支出】主要用于人员工资。\n") == []
    # a label in 【】 with its value after it
    assert placeholders("【单位名称】某县林业局\n【项目名称】：造林补助项目\n一、基本情况\n内设4个股室。\n") == []


def test_a_line_the_sub_list_restarts_under_is_the_heading_that_lost_its_number():
    """Invented: 一、 with (一)(二) under it, then a bare line under which (一) starts again, then 三、 —
    the bare line is the 二、 item; where nothing restarts under it, the gap stays a gap."""
    text = ("一、项目概况\n(一)项目背景\n项目于年初立项。\n(二)资金安排\n资金由县财政安排。\n主要评价过程\n"
            "(一)前期准备\n成立评价小组。\n(二)组织实施\n逐项核查资料。\n三、综合评价结论\n(一)评价得分\n自评得分92分。\n")
    found = check_structure(read_text_string(text))
    assert [(f.rule, f.quote) for f in found] == [("structure.unnumbered_heading", "主要评价过程")]
    assert "“二、”" in found[0].message
    flat = ("一、项目概况\n(一)项目背景\n项目于年初立项。\n(二)资金安排\n资金由县财政安排。\n主要评价过程\n说明如下。\n"
            "三、综合评价结论\n(一)评价得分\n自评得分92分。\n")
    assert [f.rule for f in check_structure(read_text_string(flat))] == ["structure.numbering_gap"]


def test_a_table_of_contents_is_found_once_while_its_report_is_held_still_and_afresh_after():
    """The checks that read past a table of contents share one answer while the review holds the report
    still; another report, or the same one after its blocks change, is read again."""
    from drafting.checks import toc

    lines = ["目 录", "一、单位职责", "二、机构设置", "一、单位职责", "负责全市群众文化活动的组织和指导。"]
    report = read_text_string("\n".join(lines))
    other = read_text_string("\n".join(["二、机构设置", "内设办公室。"]))
    with report.held_still():
        first = toc_blocks(report)
        assert first == toc._toc_blocks(report) == {1, 2}
        assert toc_blocks(report) is first  # the same answer, not found again
        with other.held_still():
            assert toc_blocks(other) == frozenset()
    assert toc_blocks(report) == first and toc_blocks(report) is not first  # not held: found afresh
    report.blocks = report.blocks[:1]
    with report.held_still():
        assert toc_blocks(report) == frozenset()


def test_a_heading_that_lost_its_opening_bracket_before_a_blank_or_ending_in_jixiao_is_found():
    """三) 当年部门整体支出绩效 after (一) and (二): a copy's blank after the bracket, and a section named for its
    performance (…绩效), are the same heading that lost its "(" (pool55, tuned on)."""
    text = "\n".join(["一、部门基本情况", "(一)部门职能", "负责全县教育工作。", "(二)机构设置", "内设5个股室。",
                      "三) 当年部门整体支出绩效", "全年支出500万元。"])
    broken = [f.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.broken_marker"]
    assert broken == ["三)"]
    prose = "\n".join(["一、部门基本情况", "(一)部门职能", "负责全县教育工作。", "三) 工作人员认真履职，取得较好成绩。"])
    assert [f for f in check_structure(read_text_string(prose)) if f.rule == "structure.broken_marker"] == []
