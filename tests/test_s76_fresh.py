"""Session 76's fresh pages (pool138, measured once, then read by cause): wrong findings, each from a
reading any report can meet.

- "2014年预算编制" names the budget compiled for 2014, work of the year before: no statement of the evaluated
  year, so a form signed in May 2014 beside such a note is of 2013, and its date no signature before the year ended.
- A template's bracketed choice is read in a numbered line's title, not in the sentences or a flattened
  form's cells run on after it (…注：“年初”目标指编制预算时(或绩效分析调整)申报的目标 is the form's printed note).
- A published copy's omission mark (略) cuts no word and breaks no pair of marks.
"""

from drafting.checks.dates import infer_year
from drafting.io.text_reader import read_text_string
from drafting.review import review

_FORM = ("附件4-1\n财政支出项目绩效评价报告\n项目名称:某省森林生态效益补偿基金\n评价时间:2014年5月15日\n上报时间:2014年5月15日\n"
         "附件4-2\n项目绩效目标表\n注:预算批复的绩效目标如有调整的,需在报告中加以说明。新增目标的项目可参照"
         "2014年预算编制中我厅已审核同类型项目目标重新设置\n")


def test_a_budgets_compilation_names_no_evaluated_year():
    report = read_text_string(_FORM)
    assert infer_year(report) == 2013
    assert not [f for f in review(report).findings if f.rule.startswith("dates.")]


def test_a_title_year_still_decides_before_the_dates():
    """A report titled 2014 and signed in May 2014 is still told it signed early."""
    report = read_text_string("某省林业厅2014年度项目支出绩效自评报告\n" + _FORM)
    assert infer_year(report) == 2014
    assert [f for f in review(report).findings if f.rule == "dates.before_year_end"]


_RUN_ON = ("一、项目绩效目标\n2、后)产出指标指标1:宏观经济形势分析半年报告全部完成无全部完成80%60%60%以下"
           "效率指标指标:以资金的使用进度为衡量标准全部完成无全部完成80%60%60%以下注:“年初”目标指编制预算时"
           "(或绩效分析调整)申报的目标,“调整后”目标按项目自评情况填报\n")


def test_a_forms_printed_note_run_on_after_a_numbered_line_is_no_heading_note():
    assert not [f for f in review(read_text_string(_RUN_ON)).findings if f.rule == "foreign.template_instruction"]


def test_a_numbered_titles_own_choice_is_still_told():
    text = "一、绩效目标\n2、2024年度（或阶段性）绩效目标\n完成平台建设，全年服务群众1200人次。\n"
    notes = [f for f in review(read_text_string(text)).findings if f.rule == "foreign.template_instruction"]
    assert [f.quote for f in notes] == ["（或阶段性）"]


# A published copy's omission mark, (略): what it cuts goes on in what was left out.

_OMITTED = ("(略)社会组织培育发展基地文化展示项目\n一、项目概况\n根据《(略)令第(略)号)和《(略)社会(略)关于印(略)社会组织"
            "培育发展基地管理办法的通知》等文件要求,为促进社会组织高质量发展,加大对社会组织培育扶持力度。\n"
            "二、项目成果\n已完(略)社会组织培育发展基地的场地改造,场地内规划了社会组(略)、天河会客厅、名师讲堂等功能区,"
            "满足了培育发展社会组织的需求,是社会组织融合创新的集聚体和推动民政事业高质量发展的新质空间。\n")


def test_a_word_or_a_pair_of_marks_the_omission_cuts_is_no_slip():
    assert [f.rule for f in review(read_text_string(_OMITTED)).findings
            if f.rule in ("language.dropped", "language.mismatched_pair")] == []


def test_the_same_word_and_marks_cut_without_the_omission_are_still_read():
    typed = _OMITTED.replace("社会组(略)、", "社会组、").replace("《(略)令第(略)号)", "《某市社会组织管理规定)")
    rules = {f.rule for f in review(read_text_string(typed)).findings}
    assert {"language.dropped", "language.mismatched_pair"} <= rules


def test_a_list_ending_on_its_dunhao_reads_without_error():
    """Found by session 76's fuzz of the rebuilt pages: a list of units whose last 、 ends the line."""
    text = "一、基本情况\n下设县实验小学、县第一中学、县第二中学、\n"
    assert [f for f in review(read_text_string(text)).findings if f.rule == "language.joined_names"] == []
    joined = "一、基本情况\n下设县实验小学、县第一中学县第二中学、县第三中学。\n"
    assert [f.rule for f in review(read_text_string(joined)).findings if f.rule == "language.joined_names"] \
        == ["language.joined_names"]


def test_a_word_that_ends_a_forms_cell_and_opens_the_next_label_is_no_doubled_word():
    """pool139 (session 76's second fresh pages): a flattened form's option cell, then its next label alone on a line."""
    form = "项目属性\n\n1、持续性项目   2、新增性项目\n\n项目类型\n\n1、常年性项目   2、延续性项目      3、一次性项目\n"
    assert [f for f in review(read_text_string(form)).findings if f.rule == "language.doubled_word"] == []
    prose = "为进一步规范财政资金管理，切实加强预算绩效\n绩效管理，特制定本办法。\n"
    assert [f.rule for f in review(read_text_string(prose)).findings if f.rule == "language.doubled_word"] \
        == ["language.doubled_word"]
