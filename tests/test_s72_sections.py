"""Session 72: planted defects missed on saved pages nobody tuned on (session 63's pages, pools 117–137), read by
cause — a section left empty where the report has two parallel parts with the same subsections, and a section
whose neighbour's text is a field with figures in its value."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str, prefix: str = "") -> list[tuple[str, str]]:
    return [(f.rule, f.quote.strip()) for f in review(read_text_string(text)).findings if f.rule.startswith(prefix)]


# -- two parallel parts, the same subsections under each: no table of contents --------------------------------------

_PARTS = ("某县民政局2023年度彩票公益金使用情况公告\n"
          "一、中央集中彩票公益金使用管理情况\n"
          "1.总体情况\n2023年，我县收到中央集中彩票公益金38.8万元，已全部使用。\n"
          "2.执行情况\n{first}"
          "3.绩效目标完成情况\n中央集中彩票公益金使用率达100%，受助孤儿满意度达98%。\n"
          "二、省级福利彩票公益金使用管理情况\n"
          "1.总体情况\n2023年，我县收到省级福利彩票公益金80万元，已使用80万元。\n"
          "2.执行情况\n截至2023年12月31日，共支付省级福利彩票公益金80万元，执行率100%。\n"
          "3.绩效目标完成情况\n省级福利彩票公益金使用率达100%，社工站服务对象满意度达95%。\n")


def test_a_subsection_left_empty_in_the_first_of_two_parallel_parts_is_reported():
    # 2.执行情况 is written again under 二、, but 一、 is not: the body's two parts, not a contents list and the body
    assert _found(_PARTS.format(first=""), "structure.empty_heading") == [("structure.empty_heading", "2.执行情况")]


def test_the_same_parts_with_every_subsection_written_are_quiet():
    written = _PARTS.format(first="截至2023年12月31日，实现支付38.8万元，预算执行率为100%。\n")
    assert _found(written, "structure.empty_heading") == []


def test_a_contents_list_naming_the_parts_and_their_subsections_is_still_no_empty_section():
    # a table of contents lists the parent (一、…) as well as the child: both are found again in the body
    contents = ("某县民政局2023年度部门整体支出绩效自评报告\n目录\n一、部门基本情况\n1.部门职能\n2.机构设置\n"
                "二、绩效自评情况\n"
                "一、部门基本情况\n1.部门职能\n我局主要负责全县社会救助、养老服务和社会事务管理工作。\n"
                "2.机构设置\n我局内设办公室、社会救助股、养老服务股3个股室。\n"
                "二、绩效自评情况\n我局对2023年度部门整体支出开展了绩效自评，自评得分95分。\n")
    assert _found(contents, "structure.empty_heading") == []


# -- a section's text may be a field whose value holds figures --------------------------------------------------------

_FIELDS = ("某县民政局2023年度中央集中彩票公益金使用情况公告\n一、中央集中彩票公益金使用管理情况\n"
           "1.总体情况\n{first}2.支持方向\n"
           "儿童福利类项目19万元:安排19万元资助“福彩圆梦·孤儿助学”工程\n"
           "老年人福利类项目19.8万元:安排19.8万元用于适老化改造\n"
           "3.执行情况\n截至2023年12月31日，实现支付38.8万元，预算执行率为100%。\n")


def test_a_section_left_empty_before_one_whose_text_is_fields_with_figures_is_reported():
    assert _found(_FIELDS.format(first=""), "structure.empty_heading") == [("structure.empty_heading", "1.总体情况")]


def test_the_same_sections_written_are_quiet():
    written = _FIELDS.format(first="2023年，我县收到中央集中彩票公益金38.8万元，已全部使用。\n")
    assert _found(written, "structure.empty_heading") == []


def test_a_list_of_short_items_before_a_field_line_is_no_section_left_empty():
    # 1. and 2. here are a list's items (no section's noun, no sibling written): nothing is missing
    items = ("某县民政局2023年度部门整体支出绩效自评报告\n一、主要做法\n1.加强组织领导\n2.规范资金管理\n"
             "资金拨付:严格按照程序审核拨付资金并公示\n二、存在问题\n部分项目绩效目标设置不够细化。\n")
    assert _found(items, "structure.empty_heading") == []


# -- a field's title closed by its colon, its answer below ------------------------------------------------------------

_COLON = ("某乡人民政府2022年度部门整体支出绩效自评报告\n一、部门概况\n(一)部门基本情况\n1、机构人员情况:\n{first}"
          "2、主要职能:\n(1)制定和组织实施经济、社会发展计划，组织指导各业生产。\n"
          "(2)负责本行政区域内的民政、文化教育等社会公益事业。\n")


def test_a_field_title_followed_at_once_by_the_next_fields_title_is_left_unanswered():
    assert _found(_COLON.format(first=""), "structure.empty_heading") == [
        ("structure.empty_heading", "1、机构人员情况:")]


def test_the_same_field_answered_is_quiet():
    answered = _COLON.format(first="我乡内设党政办公室等6个机构，编制32人，年末实有31人。\n")
    assert _found(answered, "structure.empty_heading") == []


def test_two_statements_closed_by_colons_are_no_fields():
    # 1、加强领导： names no section (情况, 职能, 目标 …): a list's statements, which may introduce what follows
    statements = _COLON.format(first="").replace("机构人员情况", "加强组织领导").replace("主要职能", "规范资金管理")
    assert _found(statements, "structure.empty_heading") == []


def test_a_field_title_followed_at_once_by_the_next_sections_title_without_a_colon_is_unanswered():
    # 1、机构设置情况: then 2.编制情况 and its text (a dev miss of the planted kind, session 72): the list's second
    # title need not end with a colon, nor share the first's 、
    text = ("某县档案馆2024年度部门整体支出绩效评价报告\n一、部门概况\n(一)部门机构设置、编制。\n1、机构设置情况:\n{first}"
            "2.编制情况\n我单位在职人员编制为17人，其中事业编制17人，在职实有16人。\n")
    assert _found(text.format(first=""), "structure.empty_heading") == [("structure.empty_heading", "1、机构设置情况:")]
    answered = text.format(first="我馆内设办公室、档案管理股2个股室。\n")
    assert _found(answered, "structure.empty_heading") == []


def test_a_title_without_a_colon_before_the_next_is_no_field_left_unanswered():
    # 1、机构设置情况 with no colon is a section's title, read by ``structure`` alone (its own premises)
    text = ("某县档案馆2024年度部门整体支出绩效评价报告\n一、部门概况\n(一)部门机构设置、编制。\n1、总体要求\n"
            "2.编制情况\n我单位在职人员编制为17人，其中事业编制17人，在职实有16人。\n")
    assert _found(text, "structure.empty_heading") == []
