"""Review flags what a chat model left in a report, and nothing a finance officer writes."""

import pytest

from drafting.checks.foreign import check_foreign_text
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _quotes(text: str) -> list[str]:
    return [f.quote for f in check_foreign_text(read_text_string(text))]


def test_echoed_instructions_and_chat_are_flagged_where_they_stand():
    text = ("一、部门概况\n系统提示如下：你是一名财政绩效报告写作助手。\n"
            "好的，以下是为您撰写的部门整体支出情况。\n本局2023年预算收入100万元。\n```\n")
    assert _quotes(text) == ["系统提示如下", "好的，以下是", "```"]


def test_the_finding_reaches_the_review_as_its_own_kind():
    result = review(read_text_string("一、概况\n作为AI语言模型，我无法核实以下数据。\n"))
    assert [f.kind for f in result.findings if f.rule == "foreign.model_text"] == [Kind.FOREIGN_TEXT]


def test_report_prose_masked_copies_and_prompts_to_staff_are_left_alone():
    text = ("一、概况\n20**年**月，**局开展绩效自评。\n根据系统内提示，及时整改问题。\n"
            "希望各股室加强协作，如有问题及时报告。\n二、下一步工作\n")
    assert _quotes(text) == []


def test_a_templates_instruction_left_in_the_report_is_flagged():
    report = read_text_string("（二）项目资金申报及批复情况\n说明项目资金申报、批复及预算调整等程序的相关情况。\n"
                              "项目实施单位：（请填写实施单位全称）")
    quotes = [f.quote for f in check_foreign_text(report) if f.rule == "foreign.template_instruction"]
    assert quotes == ["说明项目资金申报、批复及预算调整等程序的相关情况。", "（请填写实施单位全称）"]


def test_prose_that_uses_the_word_shuoming_is_not_an_instruction():
    text = "满意度达98%，说明群众认可度高。\n说明：本表金额单位为万元。\n说明了资金使用情况等。\n通过调查，说明项目实施效果良好。"
    assert [f for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.template_instruction"] == []


def _instructions(text: str) -> list[str]:
    return [f.quote for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.template_instruction"]


def test_an_outline_item_kept_as_the_heading_of_what_the_unit_wrote_under_it_is_a_heading():
    # many units keep the outline's numbered items as their headings and write the section under them:
    # the item names the section; only an item with nothing of the unit's own under it was left unfilled
    filled = ("（二）项目资金情况\n2.简要概述项目资金到位及使用等情况。\n本年度县财政安排项目资金36万元，已全部支付。\n"
              "3.说明项目绩效目标完成情况。\n（1）完成改造道路4.2公里。\n（三）其他情况\n")
    assert _instructions(filled) == []
    unfilled = ("（二）项目资金情况\n2.简要概述项目资金到位及使用等情况。\n3.说明项目绩效目标完成情况。\n"
                "（三）其他情况\n4.说明项目存在的问题等情况。")
    assert _instructions(unfilled) == ["2.简要概述项目资金到位及使用等情况。", "3.说明项目绩效目标完成情况。",
                                       "4.说明项目存在的问题等情况。"]
    # an unnumbered instruction under its own heading was left in, whatever follows it
    assert _instructions("（一）项目概况\n说明项目立项依据及主要内容等情况。\n本项目由县农业农村局实施。\n") == \
        ["说明项目立项依据及主要内容等情况。"]


def test_a_forms_label_carrying_its_own_fill_in_note_is_the_printed_label():
    """实施单位（请填写全称） | 某县… and 偏差原因分析（请如实说明原因） as a column's head: the form as
    issued prints the note in its label; the unit filled the field beside or below it. Only a note
    standing where the value belongs was left unfilled."""
    form = ("主管部门 | 某县交通运输局 | 实施单位（请填写全称） | 某县公路养护中心 |\n"
            "三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析及改进措施（请如实说明原因） |\n"
            "养护里程 | 320公里 | 326公里 | 无 |\n"
            "项目负责人（请填写姓名）：王立新\n")
    assert _instructions(form) == []
    left = ("主管部门 | 某县交通运输局 | 实施单位 | （请填写全称） |\n"
            "本年共完成（请填写数量）公里农村公路养护。\n项目负责人：（请填写姓名）\n")
    assert _instructions(left) == ["（请填写全称）", "（请填写数量）", "（请填写姓名）"]
    # the same in a table read as a grid
    from drafting.report import Cell, Report, Table
    grid = Report(blocks=[Table(rows=[[Cell(text="实施单位（请填写全称）"), Cell(text="某县公路养护中心")],
                                      [Cell(text="实施单位"), Cell(text="（请填写全称）")]])])
    assert [f.quote for f in check_foreign_text(grid) if f.rule == "foreign.template_instruction"] == ["（请填写全称）"]
    assert [f.location.location.col for f in check_foreign_text(grid)] == [1]


def test_a_line_that_draws_the_conclusion_of_the_paragraph_before_is_no_instruction():
    """说明… after a paragraph of findings reads "this shows that…"; an outline's instruction stands
    under its heading (or is the numbered item itself)."""
    text = ("（三）满意度情况\n共发放问卷200份，收回196份，满意率96%。\n说明群众对项目实施情况总体满意。\n"
            "（四）资金管理情况\n经核查，资金支出与预算一致，未发现违规支出。\n说明项目资金管理规范，不存在挤占挪用等情况。\n")
    assert _instructions(text) == []
    # under a heading, or asking 是否/包括, the same opening is the outline's
    left = ("（三）资金管理情况\n说明项目资金管理规范，不存在挤占挪用等情况。\n（四）实施情况\n本项目于3月开工。\n"
            "说明是否制定详细可行的项目实施计划，是否按计划落实。\n")
    assert _instructions(left) == ["说明项目资金管理规范，不存在挤占挪用等情况。", "说明是否制定详细可行的项目实施计划，是否按计划落实。"]


def test_a_list_of_the_things_a_project_does_under_its_heading_is_its_content():
    """3.项目主要内容 then 包括彩票市场销售和管理、游戏促销…等。 names what the money paid for: an outline's
    note names aspects to report on (组织、方法、步骤, 背景、内容、情况), and those are still told."""
    text = ("3.项目主要内容\n包括彩票市场销售和管理、游戏促销、营销宣传、印刷、兑奖风险金、日常办公管理等。\n"
            "（二）项目绩效目标\n")
    assert _instructions(text) == []
    text = "3.项目主要内容\n包括项目背景、主要内容及实施情况、资金投入和使用情况等。\n（二）项目绩效目标\n"
    assert _instructions(text) == ["包括项目背景、主要内容及实施情况、资金投入和使用情况等。"]


def test_an_outlines_list_of_what_a_section_covers_left_as_its_only_text_is_an_instruction():
    """二、…工作开展情况 then 包括…范围、对象、时间及方式等。: the outline's note of what to cover, never
    written; the same words inside prose, in a form's bracketed label or not under a heading are the
    report's own."""
    text = "二、绩效自评工作开展情况\n包括自评工作组织、方法、步骤及时限等。\n三、绩效目标完成情况\n"
    assert _instructions(text) == ["包括自评工作组织、方法、步骤及时限等。"]
    assert _instructions("二、绩效自评工作开展情况\n自评范围包括全部项目资金，方法包括现场核查等。\n") == []
    assert _instructions("资金来源\n（包括银行贷款及其他资金等）\n") == []
    assert _instructions("本局下设机构较多。\n包括办公室、财务股、业务股等。\n") == []


def test_a_bracketed_note_telling_the_writer_what_this_part_should_say_is_an_instruction():
    text = "一、基本情况\n（说明：此部分应简要介绍部门职能、机构设置、人员情况等。）\n二、绩效目标\n全年完成培训1200人次。"
    assert _instructions(text) == ["（说明：此部分应简要介绍部门职能、机构设置、人员情况等。）"]
    # a note about the figures themselves is the writer's own
    assert _instructions("一、基本情况\n资金已全部拨付（此部分资金含上年结转10万元）。\n二、绩效目标\n完成任务。") == []


def _other_template(text: str) -> list[str]:
    return [f.quote for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.other_template"]


def test_a_project_reports_heading_in_a_department_wide_report_is_from_another_template():
    """项目概况 / 项目资金申报及批复情况 head the project outline's sections (the templates' T03/T04);
    in a 部门整体支出 report they were copied from a project report."""
    head = "某县民政局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局内设5个股室。\n"
    assert _other_template(head + "二、项目资金申报及批复情况\n资金按程序申报。\n") == ["项目资金申报及批复情况"]
    # a department-wide report tells its projects' spending under its own headings
    assert _other_template(head + "二、项目支出情况\n全年项目支出80万元。\n（一）重点项目实施情况\n按期完成。\n") == []
    # a report on both (部门整体支出及项目支出) may hold either outline's headings
    both = "某县民政局2023年度部门整体支出及项目支出绩效自评报告\n一、部门概况\n内设5个股室。\n二、项目概况\n共3个项目。\n"
    assert _other_template(both) == []


def test_a_department_wide_report_whose_outline_opens_with_the_project_is_a_project_outline():
    """A department-wide outline opens with the department; 一、项目基本情况 as its first section means the
    project outline was taken. Later, 项目概况 may be the department's own projects (above)."""
    title = "某县水利局2023年度部门整体支出绩效自评报告\n"
    assert _other_template(title + "一、项目基本情况\n负责全县水利工作。\n二、资金使用情况\n支出120万元。\n") == ["项目基本情况"]
    assert _other_template(title + "一、项目概况\n负责全县水利工作。\n") == ["项目概况"]
    later = title + "一、部门基本情况\n负责全县水利工作。\n二、项目概况\n共3个项目。\n"
    assert _other_template(later) == []


def test_a_note_telling_the_writer_a_section_may_stay_empty_is_a_template_instruction_left_in():
    text = ("某县林业局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n负责全县林业工作。\n"
            "（二）其他需要说明的事项（如没有需要说明的事项，可不填写）\n二、绩效目标完成情况\n全年完成造林3000亩。\n")
    found = [f for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.template_instruction"]
    assert [f.quote for f in found] == ["（如没有需要说明的事项，可不填写）"]
    # a heading that says why nothing follows is the unit's own words
    assert not [f for f in check_foreign_text(read_text_string(text.replace("（如没有需要说明的事项，可不填写）", "（无）")))
                if f.rule == "foreign.template_instruction"]


def test_a_templates_word_limits_left_in_are_one_finding_listing_every_place():
    text = ("某县2023年度项目支出绩效自评表\n年度总体目标完成情况：对照年度目标，说明相关任务目标的完成情况（100字以内）\n"
            "评价结论：结合自评情况，说明项目实施取得的成效。（200字以内）\n存在问题：分析存在的问题及原因。（200字以内）\n")
    [f] = [f for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.template_instruction"
           and "字数限制" in f.message]
    # each place is the instruction the limit closes, after its field's label: what was left unwritten
    assert f.quote == "对照年度目标，说明相关任务目标的完成情况（100字以内）"
    assert [r.quote for r in f.related] == ["结合自评情况，说明项目实施取得的成效。（200字以内）",
                                            "分析存在的问题及原因。（200字以内）"]
    # a count of characters the report states is no limit
    assert not [f for f in check_foreign_text(read_text_string("编印宣传册2000册（每册约3万字）。\n")) if "字数限制" in f.message]


def test_a_word_limit_after_written_text_or_a_figure_is_placed_on_the_limit_alone():
    """Only a line that is the instruction alone is quoted whole: text the unit wrote before a limit it
    left (or a rule of the template with figures in it) is no instruction."""
    text = ("某区2024年度项目支出绩效自评表\n绩效目标 |\n全年完成道路养护12公里，群众满意。（100字以内） |\n"
            "1.执行率=执行数/预算数，执行率低于90%的需说明原因（100字以内） |\n评价结论 |\n"
            "针对自评发现的问题，提出改进意见。（200字以内） |\n分析了存在的问题。（200字以内） |\n")
    [f] = [f for f in check_foreign_text(read_text_string(text)) if "字数限制" in f.message]
    assert [f.quote, *[r.quote for r in f.related]] == [  # (the 执行率 note is for a case only: left, below)
        "（100字以内）", "针对自评发现的问题，提出改进意见。（200字以内）", "（200字以内）"]


def test_a_bracket_that_only_says_what_to_fill_in_is_a_template_instruction():
    """（填写部门年度主要工作任务） in a flattened form's cell: the template's imperative, never replaced. A
    label (填报单位：…) or a filler's own aside (按计划填报) is not one."""
    form = "部门整体支出绩效自评表\n部门名称\n某县林业局\n年度主要任务\n（填写部门年度主要工作任务）\n"
    assert _instructions(form) == ["（填写部门年度主要工作任务）"]
    assert _instructions(form.replace("（填写部门年度主要工作任务）", "造林3000亩（填报单位：营林股）")) == []
    assert _instructions(form.replace("（填写部门年度主要工作任务）", "造林3000亩（按计划填报）")) == []


def test_a_note_telling_the_filler_to_delete_it_is_a_template_instruction():
    text = ("一、绩效指标\n| 指标 | 年度指标值 |\n注：本表由项目实施单位填写，填写时请删除本说明。\n二、结论\n完成目标。\n")
    assert _instructions(text) == ["填写时请删除本说明"]
    assert _instructions(text.replace("本表由项目实施单位填写，填写时请删除本说明", "本表金额单位为万元")) == []


def test_a_project_outlines_top_section_in_a_department_wide_report_is_from_another_template():
    """项目决策 / 项目实施及管理情况 as a section of the report's own outline (一、…) come from the project
    outline; under a lower marker a department report may assess one of its projects by that framework."""
    head = "某县水利局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局内设3个股室。\n"
    assert _other_template(head + "二、项目决策情况\n年度计划经党组研究确定。\n") == ["项目决策情况"]
    assert _other_template(head + "二、项目实施及管理情况\n资金按进度拨付。\n") == ["项目实施及管理情况"]
    assert _other_template(head + "二、重点项目绩效\n（一）项目决策\n立项依据充分。\n") == []
    assert _other_template(head + "二、部门管理情况\n（一）项目管理情况\n严格执行招投标制度。\n") == []


def test_a_project_outlines_conclusion_as_a_section_of_a_department_wide_report_is_from_another_template():
    """The conclusion names what was evaluated: 项目综合评价结论 as a section of a 部门整体支出 report's own
    outline was taken from a project report; a department's conclusion, or one project's under a lower
    marker, is its own."""
    head = "某县水利局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局内设3个股室。\n"
    assert _other_template(head + "四、项目综合评价结论\n自评得分92分。\n") == ["项目综合评价结论"]
    assert _other_template(head + "四、综合评价结论\n自评得分92分。\n") == []
    assert _other_template(head + "四、重点项目绩效\n（一）项目综合评价结论\n得分90分。\n") == []


def test_a_department_wide_outlines_heading_in_a_project_report_is_from_another_template():
    head = "某县农村饮水安全巩固提升项目2023年度绩效自评报告\n一、项目基本情况\n改造供水管网36公里。\n"
    assert _other_template(head + "二、部门整体支出情况\n资金全部用于管网改造。\n") == ["部门整体支出情况"]
    assert _other_template(head + "二、履职效果情况\n受益群众1.2万人。\n") == ["履职效果情况"]
    assert _other_template(head + "二、项目资金使用及管理情况\n纳入部门整体支出统一核算。\n") == []
    assert _other_template(head + "二、项目资金使用情况\n（一）部门整体支出中的本项目资金\n用于管网改造。\n") == []
    # a page's navigation naming 部门项目 is no title: the report is not known to be a project's
    chrome = "网站首页> 部门项目\n某县水利局2023年度整体绩效报告\n一、部门整体支出情况\n支出500万元。\n"
    assert _other_template(chrome) == []


def test_an_outlines_note_run_on_after_its_heading_on_the_same_line_is_an_instruction():
    """（一）项目概况。包括项目背景、主要内容…等。 — the outline prints its heading and what the section covers
    on one line; a copy that keeps the note and writes below it left the instruction in."""
    text = "一、基本情况\n（一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。\n本局2023年实施项目6个。\n"
    assert _instructions(text) == ["包括项目背景、主要内容及实施情况、资金投入和使用情况等。"]
    # the heading with the unit's own text after it, a figure in the list, or one item only: the report's own
    assert _instructions("（一）项目概况。包括项目背景等。\n本局2023年实施项目6个。\n") == []
    assert _instructions("（一）资金来源。包括中央资金120万元、县级资金30万元等。\n") == []
    assert _instructions("（一）项目概况。本项目包括管网、水池等，已全部完工。\n") == []


@pytest.mark.parametrize(("line", "tag"), [("附件1：某县2023年度部门整体支出绩效自评报告（参考格式）", "（参考格式）"),
                                           ("某县项目支出绩效自评表 (样表) 项目名称：乡村道路养护", "(样表)")])
def test_a_templates_tag_kept_on_the_reports_title_is_a_template_instruction(line, tag):
    """The bureau's outline tags its own title （参考格式）; a filled report that keeps the tag was not cleaned."""
    found = [f for f in check_foreign_text(read_text_string(line + "\n一、部门基本情况\n本局内设4个股室。\n"))
             if f.rule == "foreign.template_instruction"]
    assert [f.quote for f in found] == [tag]


@pytest.mark.parametrize("line", ["报告格式（参考格式）见附件。", "按统一格式（模板）填报各项数据。",
                                  "某县2023年度部门整体支出绩效自评报告（修订版）"])
def test_a_format_word_not_tagging_a_reports_title_is_left_alone(line):
    assert [f for f in check_foreign_text(read_text_string(line + "\n")) if f.rule == "foreign.template_instruction"] == []


def test_a_project_outlines_opening_as_the_first_sub_section_of_a_department_wide_report_is_from_another_template():
    """The first sub-section of a department-wide outline's first section is the department's own (职能,
    机构); （一）项目背景 or （一）项目概况 there opens a project's outline. Where the title names neither kind,
    the report's statement of what it evaluated (对本镇2023年度部门预算整体支出进行了绩效评价) tells."""
    head = ("某镇人民政府2023年度绩效自评报告\n根据县财政局通知要求，我镇对本镇2023年度部门预算整体支出进行了绩效评价。"
            "现将情况报告如下：\n一、基本情况\n")
    body = "（一）项目背景、内容。\n本镇负责全镇经济社会管理。\n（二）部门资金情况。\n全年预算1848万元。\n"
    assert _other_template(head + body) == ["项目背景、内容"]
    titled = "某县水利局2023年度部门整体支出绩效自评报告\n一、基本情况\n（一）项目概况\n负责全县水利工作。\n"
    assert _other_template(titled) == ["项目概况"]


def test_a_project_heading_later_in_the_outline_or_in_a_report_on_projects_is_left():
    head = ("某镇人民政府2023年度绩效自评报告\n我镇对本镇2023年度部门预算整体支出进行了绩效评价。\n一、基本情况\n")
    # the department first, its projects after: a department may tell of its projects
    assert _other_template(head + "（一）部门职能\n负责全镇管理。\n（二）项目概况\n共102个项目。\n") == []
    # a statement naming projects too, or a report titled as a project's: the outline may be a project's
    both = head.replace("部门预算整体支出", "部门预算整体支出及重点项目支出")
    assert _other_template(both + "（一）项目背景\n本镇负责全镇管理。\n") == []
    project = "某镇2023年度农村公路养护项目支出绩效自评报告\n一、基本情况\n（一）项目背景\n全镇公路120公里。\n"
    assert _other_template(project) == []
    # no statement of what was evaluated: the kind is not known
    assert _other_template("某镇人民政府2023年度绩效自评报告\n一、基本情况\n（一）项目背景\n全镇公路120公里。\n") == []


def _other_template_findings(text: str):
    return [f for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.other_template"]


def test_a_title_naming_one_kind_of_report_over_the_other_kinds_whole_outline_is_the_one_finding():
    """When every section follows the other outline from the first on, the title is what is wrong (a
    project report saved under last year's department-wide title, or the reverse): one finding on the
    title pointing at the headings, not one per heading."""
    department = ("某县农业农村局2023年度部门整体支出绩效自评报告\n一、项目基本情况\n（一）项目概况\n实施高标准农田建设。\n"
                  "二、项目资金申报及批复情况\n资金500万元。\n")
    found = _other_template_findings(department)
    assert [f.quote for f in found] == ["某县农业农村局2023年度部门整体支出绩效自评报告"]
    assert "项目支出自评提纲" in found[0].message and len(found[0].related) == 3
    project = ("某县农村饮水项目2023年度绩效自评报告\n一、部门基本情况\n负责全县饮水工作。\n"
               "二、部门整体支出情况\n支出500万元。\n三、履职效果情况\n受益1.2万人。\n")
    assert [f.quote for f in _other_template_findings(project)] == ["某县农村饮水项目2023年度绩效自评报告"]


def test_an_outline_mixing_both_kinds_keeps_one_finding_per_foreign_heading():
    title = "某县水利局2023年度部门整体支出绩效自评报告\n"
    mixed = title + "一、项目基本情况\n负责全县水利工作。\n二、项目资金申报及批复情况\n资金到位。\n三、部门整体支出绩效情况\n良好。\n"
    assert [f.quote for f in _other_template_findings(mixed)] == ["项目基本情况", "项目资金申报及批复情况"]
    own_first = title + "一、部门基本情况\n负责水利。\n二、项目资金申报及批复情况\n到位。\n三、项目决策情况\n充分。\n"
    assert [f.quote for f in _other_template_findings(own_first)] == ["项目资金申报及批复情况", "项目决策情况"]


def test_a_forms_standing_note_for_a_case_only_is_no_instruction_left_in():
    """四川's form prints in its 原因 cell: …执行率未达到90%的需说明原因(100字以内) — a note for the case where a
    reason is due, in every copy; the word limit of an instruction the writer had to answer is still found."""
    note = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
            "2.年中发生预算调整的(追加或调减),应单独说明理由。")
    form = "预算执行情况\n总额 | 238.93 | 251.89 | 100.00% | 10 | 10 | " + note + "\n"
    assert _instructions(form) == []
    assert _instructions("年度目标完成情况：\n对照年度目标,说明相关任务目标的完成情况(100字以内)\n" + form) != []
    assert _instructions("存在问题：如有问题请说明原因（100字以内）\n无。\n") == []


def test_a_line_telling_how_to_write_the_section_item_by_item_right_under_its_heading_is_an_instruction():
    text = ("三、绩效目标完成情况分析\n对照年度绩效目标及指标值逐项分析。\n(一)产出指标完成情况\n"
            "全年完成检测样品1200份，达到年度目标。\n")
    assert _instructions(text) == ["对照年度绩效目标及指标值逐项分析。"]


@pytest.mark.parametrize("line", [
    "按照绩效目标自评表所列内容，现将完成情况逐条分析如下：",  # the report's own lead-in to its list
    "经对照评价指标逐项打分，自评得分95分。",  # what was done, with its result
])
def test_a_reports_own_sentence_about_its_item_by_item_method_is_left_alone(line):
    assert _instructions("三、绩效目标完成情况分析\n" + line + "\n全年完成检测样品1200份。\n") == []


def test_the_item_by_item_line_away_from_a_heading_is_left_alone():
    assert _instructions("全年完成检测样品1200份。\n根据绩效目标及指标值逐项分析。\n") == []


def test_the_outlines_own_title_left_on_a_line_of_its_own_is_the_templates():
    """部门整体支出绩效评价报告参考提纲 between the cover and 一、: the bureau's outline named itself so; a report
    mentioning its outline in a sentence, or titled as a report, is the report's own."""
    text = "2021年度某中学整体支出绩效自评报告\n部门整体支出绩效评价报告参考提纲\n一、部门概况\n本校现有教职工120人。\n"
    assert _instructions(text) == ["部门整体支出绩效评价报告参考提纲"]
    assert _instructions("一、部门概况\n按照市财政局下发的参考提纲，现将自评情况报告如下。\n") == []
