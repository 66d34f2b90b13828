"""What the copy lost is not the report's defect, and what states one value is no range (invented texts of the
shapes seen on pool64 p06, pool65 p16, pool66 p01/p06/p14, written after their measure).

- A page with no 《》 and no 〔〕 anywhere, whose cited documents run their titles bare into their numbers, lost
  its paired marks in the copy: its unbracketed 发文字号 are not told; a page that keeps its 《》 still is, and
  so is a bare number where no title shows the marks lost.
- A list whose headings lost their numerals more often than they kept them (or the page's only heading) lost its
  numbering whole (Word's list numbers, dropped by the copy); one numeral lost among numbered siblings is told.
- An actual that repeats a ceiling of nought (≤0%) states the one value the bound admits.
- A year told of a plan (2022年某局计划使用资金…共3万元) is no statement of the year's totals: alone it does not
  make the title's year stale; the year's own statements still do.
"""

from __future__ import annotations

from drafting.checks.broken_markers import broken_markers
from drafting.checks.dates import check_dates
from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string
from drafting.report import Heading, Paragraph, Report
from drafting.review import review


def _docnumbers(text: str) -> list[str]:
    report = read_text_string("某局2013年度项目支出绩效自评报告\n一、项目概况\n" + text + "\n")
    return [f.quote for f in check_language(report) if f.rule == "language.document_number"]


def test_an_unbracketed_number_on_a_page_that_lost_every_paired_mark_is_the_copys():
    stripped = "根据某省财政厅文件“某财绩2014226号某省财政厅关于开展2013年预算项目绩效自评的通知”的精神,开展自评。"
    assert _docnumbers(stripped) == []


def test_an_unbracketed_number_beside_a_title_in_its_marks_is_still_told():
    kept = "根据某省财政厅《关于开展2013年预算项目绩效自评的通知》(某财绩2014226号)的精神,开展自评。"
    assert _docnumbers(kept) == ["某财绩2014226号"]
    # one 〔〕 elsewhere on the page shows the copy keeps its brackets
    mixed = kept.replace("《", "“").replace("》", "”") + "另据某财预〔2013〕5号文件安排资金。"
    assert _docnumbers(mixed) == ["某财绩2014226号"]
    # no title cited at all: nothing shows the copy lost its marks
    assert _docnumbers("按照某财绩2014226号文件要求,开展自评。") == ["某财绩2014226号"]


def _lost(text: str) -> list[str]:
    return [f.quote for f in broken_markers(read_text_string(text)) if f.message.startswith("标题以“、”开头")]


def test_headings_that_lost_their_numerals_throughout_are_the_copys():
    contents = ("一、部门概况\n(一)部门职能\n、绩效目标\n、评价思路和过程\n(一)评价思路\n、评价结论和绩效分析\n"
                "、存在的问题\n、改进措施及建议\n")
    assert _lost(contents) == []
    only = "某县交通运输局2020年绩效自评工作报告\n 、绩效自评工作组织开展情况\n为做好2020年绩效自评工作,成立了工作组。\n"
    assert _lost(only) == []


def test_one_numeral_lost_among_numbered_siblings_is_still_told():
    text = "一、项目概况\n项目资金100万元。\n二、绩效目标\n目标已完成。\n、存在的问题\n宣传不足。\n四、改进措施\n加强宣传。\n"
    assert _lost(text) == ["、"]


FORM = ("某县文物局2023年度项目支出绩效自评表\n"
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
        "产出指标 | 质量指标 | 安全事故发生率 | {a} | {a} | 10 | 10\n"
        "产出指标 | 数量指标 | 展陈面积 | {b} | {b} | 10 | 10\n")


def _repeats(text: str) -> list[str]:
    found = review(read_text_string(text)).findings
    return [f.quote for f in found if f.rule == "indicators.actual_repeats_target"]


def test_an_actual_repeating_a_ceiling_of_nought_states_its_one_value():
    assert _repeats(FORM.format(a="<=0%", b="=800平方米")) == []
    assert _repeats(FORM.format(a="≤0次", b="=800平方米")) == []


def test_an_actual_repeating_any_other_bound_is_still_told():
    assert _repeats(FORM.format(a="<=0%", b="≥800平方米")) == ["≥800平方米"]
    assert _repeats(FORM.format(a="≤2%", b="=800平方米")) == ["≤2%"]


def _stale(*texts: str) -> list[str]:
    report = Report(blocks=[Heading(text="部门预算项目支出绩效自评表(2023年度)", level=0),
                            *[Paragraph(text=t) for t in texts]])
    return [f.quote for f in check_dates(report) if f.rule == "dates.stale_title"]


def test_a_plans_year_alone_does_not_make_the_title_stale():
    plan = "2022年某局计划使用财政资金45万元给聘用的14人发放工资及缴纳保险费,其中保险费共3万元,以监管基金安全。"
    assert _stale(plan, "项目按计划实施。") == []


def test_the_years_own_totals_still_make_the_title_stale():
    totals = "2022年某局使用财政资金45万元给聘用的14人发放工资及缴纳保险费,其中保险费共3万元,以监管基金安全。"
    assert _stale(totals, "项目按计划实施。") == ["2023年度"]


def _placeholders(text: str) -> list[str]:
    from drafting.checks.placeholders import narrative_blanks
    return [f.quote for f in narrative_blanks(read_text_string(text)) if f.rule == "structure.placeholder"]


def test_xx_on_a_page_that_masks_its_own_units_name_is_the_publishers():
    """The writer types their own unit first; a page whose title or self-naming is XX was anonymized whole."""
    titled = "XX区农业救灾补助资金转移支付2019年度绩效自评报告\n一、目标下达情况\n下达我区资金XX万元,用于XX乡病虫害防控。\n"
    assert _placeholders(titled) == []
    named = ("某专项经费项目支出绩效自评报告\n(一)项目背景\n2022年度预算安排XX镇人民政府(以下简称本单位)专项经费XX万元,"
             "本单位下辖X个村。\n")
    assert _placeholders(named) == []


def test_xx_left_in_a_report_that_names_its_own_unit_is_still_a_placeholder():
    text = ("某县某镇人民政府2022年度专项经费项目支出绩效自评报告\n(一)项目背景\n2022年度预算安排某镇人民政府(以下简称本单位)"
            "专项经费XX万元,用于XX村道路维修。\n")
    assert _placeholders(text) == ["XX"]
