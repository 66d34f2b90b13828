"""Session 61's lead fixes, each read on a fresh pool after its measure."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


def _messages(text: str, rule: str) -> list[str]:
    return [f.message for f in review(read_text_string(text)).findings if f.rule == rule]


# pool98 p23: a 决算 page's contents listed again in its body, the page's text cut in the body's fifth item.

CONTENTS = ["一般公共预算收入决算表", "一般公共预算支出决算表", "一般公共预算本级支出决算表（功能分类）",
            "一般公共预算本级基本支出决算表（经济分类）", "一般公共预算税收返还和转移支付决算表（分项目）",
            "政府一般债务限额和余额情况决算表", "政府性基金收入决算表"]


def _lists(second: list[str], after: str = "") -> str:
    first = "\n".join(f"{k}、{item}" for k, item in enumerate(CONTENTS, start=1))
    again = "\n".join(f"{k}、{item}" for k, item in enumerate(second, start=1))
    return f"某市2022年政府决算公开\n目录\n{first}\n第二部分 2022年度政府决算表\n{again}\n{after}"


def test_a_list_cut_by_the_texts_end_dropped_nothing():
    cut = [*CONTENTS[:4], "一般公共预算税收返还和转移支付决"]
    assert not [r for r, _ in _rules(_lists(cut)) if r == "structure.lists_differ"]


def test_a_list_that_stops_short_with_text_after_it_still_differs():
    short = [*CONTENTS[:4], "一般公共预算税收返还和转移支付决"]
    found = _rules(_lists(short, after="以上决算表经市人大常委会审查批准。"))
    assert [r for r, _ in found if r == "structure.lists_differ"]


# pool97 p17: a stray dot after a particle (补助的.同心村) is a stray dot, not a name's 间隔号.

def test_a_dot_after_a_particle_is_a_stray_dot():
    found = _messages("决定将奖励补助的.同心村基础设施提升项目结余资金拨付至合作企业。项目已完工。\n", "language.stray_dot")
    assert found and "多出一个半角句点" in found[0]


def test_a_dot_between_a_names_parts_is_still_the_separator():
    found = _messages("项目由阿依古丽.买买提负责。项目已完工。\n", "language.stray_dot")
    assert found and "间隔号" in found[0]


# pool97 p06, pool71 p11, pool84 p13: a copying site numbers each paragraph (1、 2、); a paragraph that opens
# with a list's 、 (cut at a page's seam) reads 2、、.

SITE_NUMBERED = ("1、某县2017年农村危房改造项目绩效自评报告。2017年共实施四类重点对象（建档立卡贫困户\n\n"
                 "2、、低保户、分散供养特困人员）危房改造897户。\n")


def test_a_sites_paragraph_number_before_a_lists_mark_is_no_doubled_mark():
    assert not [r for r, _ in _rules(SITE_NUMBERED) if r == "language.doubled_mark"]


def test_a_doubled_mark_inside_the_paragraph_is_still_one():
    found = _rules(SITE_NUMBERED.replace("低保户、分散", "低保户、、分散"))
    assert [q for r, q in found if r == "language.doubled_mark"] == ["、、"]


# pool99 p02: the hosting page's byline (时间:… 来源::) is the site's words.

BYLINE = "2018年度部门整体支出绩效自评\n\n时间:2019-12-31 15:47:28 来源::\n\n部门整体支出绩效自评表见附件。\n"


def test_a_sites_byline_is_not_the_reports_punctuation():
    assert not [r for r, _ in _rules(BYLINE) if r == "language.doubled_mark"]


def test_a_fund_source_field_is_still_the_reports():
    found = _rules("一、项目概况\n资金来源::县级财政，实施时间为2023年全年。项目已完工。\n")
    assert [r for r, _ in found if r == "language.doubled_mark"]


# pool99 p02: a form's column formulas (④ = ①+②+③, ⑥=⑤/④) name columns by number; they are no list.

FORMULAS = ("2018年度部门整体支出绩效自评表\n年初部门预算安排金额\n历年结余结转\n年中调整金额③ 小计\n④ = ①+② +③\n"
            "年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n资金结余率(%)\n⑧=⑦/④\n")


def test_column_formulas_are_no_numbered_list():
    assert not [r for r, _ in _rules(FORMULAS) if r.startswith("structure.numbering")]


def test_circled_items_that_skip_one_still_do():
    found = _rules("一、主要措施\n①加强项目资金管理，专款专用。\n②严格执行政府采购制度。\n④按时开展绩效自评工作。\n")
    assert [r for r, _ in found if r == "structure.numbering_gap"]


# pool97 p19, pool89 p01: a section's title closed with 。 (（二）项目资金使用情况分析。) with the next section's
# title straight after it was left unwritten.

SECTIONS = ("某校智慧校园项目绩效自评报告\n二、项目资金情况\n（一）项目资金到位情况分析。\n项目所需省财政性资金拨款已足额到位。\n"
            "（二）项目资金使用情况分析。\n{used}（三）项目资金管理情况分析。\n我校按照专项资金管理办法拨付资金，专款专用。\n")


def test_a_title_closed_with_a_stop_and_nothing_under_it_is_empty():
    found = _rules(SECTIONS.format(used=""))
    assert ("structure.empty_heading", "（二）项目资金使用情况分析。") in found


def test_a_title_closed_with_a_stop_and_its_text_is_not():
    found = _rules(SECTIONS.format(used="项目实际支出120万元，预算执行率100%。\n"))
    assert not [r for r, _ in found if r == "structure.empty_heading"]


def test_a_statement_item_closed_with_a_stop_is_no_title():
    found = _rules("三、主要做法\n（一）加强预算编制。\n（二）严格资金管理。\n（三）强化绩效监控。\n各项工作按计划推进。\n")
    assert not [r for r, _ in found if r == "structure.empty_heading"]
