"""Session 61's lead fixes, each read on a fresh pool after its measure."""

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


def _fires(text: str, rule: str) -> bool:
    return any(r == rule for r, _ in _rules(text))


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
    assert not _fires(_lists(cut), "structure.lists_differ")


def test_a_list_that_stops_short_with_text_after_it_still_differs():
    short = [*CONTENTS[:4], "一般公共预算税收返还和转移支付决"]
    assert _fires(_lists(short, after="以上决算表经市人大常委会审查批准。"), "structure.lists_differ")


# pool97 p17, pool100 p17: a stray dot after a particle (补助的.同心村) or after an amount's unit (51,025元.结算审核费) is
# a stray dot, neither a name's 间隔号 nor a compound unit's middle dot — which still are what they are.

@pytest.mark.parametrize(("text", "told"), [
    ("决定将奖励补助的.同心村基础设施提升项目结余资金拨付至合作企业。项目已完工。", "多出一个半角句点"),
    ("预算编制费51,025元.结算审核费61,900元，合计112,925元。项目已完成。", "多出一个半角句点"),
    ("项目由阿依古丽.买买提负责。项目已完工。", "间隔号"),
    ("全年培训500人.次，资金全部到位。项目已完成。", "复合单位"),
])
def test_a_stray_dot_is_told_by_what_stands_beside_it(text, told):
    found = _messages(text + "\n", "language.stray_dot")
    assert found and told in found[0]


# pool97 p06, pool71 p11, pool84 p13: a copying site numbers each paragraph (1、 2、); a paragraph that opens
# with a list's 、 (cut at a page's seam) reads 2、、.

SITE_NUMBERED = ("1、某县2017年农村危房改造项目绩效自评报告。2017年共实施四类重点对象（建档立卡贫困户\n\n"
                 "2、、低保户、分散供养特困人员）危房改造897户。\n")


def test_a_sites_paragraph_number_before_a_lists_mark_is_no_doubled_mark():
    assert not _fires(SITE_NUMBERED, "language.doubled_mark")


def test_a_doubled_mark_inside_the_paragraph_is_still_one():
    found = _rules(SITE_NUMBERED.replace("低保户、分散", "低保户、、分散"))
    assert [q for r, q in found if r == "language.doubled_mark"] == ["、、"]


# pool99 p02: the hosting page's byline (时间:… 来源::) is the site's words.

BYLINE = "2018年度部门整体支出绩效自评\n\n时间:2019-12-31 15:47:28 来源::\n\n部门整体支出绩效自评表见附件。\n"


def test_a_sites_byline_is_not_the_reports_punctuation():
    assert not _fires(BYLINE, "language.doubled_mark")


def test_a_fund_source_field_is_still_the_reports():
    assert _fires("一、项目概况\n资金来源::县级财政，实施时间为2023年全年。项目已完工。\n", "language.doubled_mark")


# pool99 p02: a form's column formulas (④ = ①+②+③, ⑥=⑤/④) name columns by number; they are no list.

FORMULAS = ("2018年度部门整体支出绩效自评表\n年初部门预算安排金额\n历年结余结转\n年中调整金额③ 小计\n④ = ①+② +③\n"
            "年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n资金结余率(%)\n⑧=⑦/④\n")


def test_column_formulas_are_no_numbered_list():
    assert not [r for r, _ in _rules(FORMULAS) if r.startswith("structure.numbering")]


def test_circled_items_that_skip_one_still_do():
    assert _fires("一、主要措施\n①加强项目资金管理，专款专用。\n②严格执行政府采购制度。\n④按时开展绩效自评工作。\n", "structure.numbering_gap")


# pool97 p19, pool89 p01: a section's title closed with 。 (（二）项目资金使用情况分析。) with the next section's
# title straight after it was left unwritten.

SECTIONS = ("某校智慧校园项目绩效自评报告\n二、项目资金情况\n（一）项目资金到位情况分析。\n项目所需省财政性资金拨款已足额到位。\n"
            "（二）项目资金使用情况分析。\n{used}（三）项目资金管理情况分析。\n我校按照专项资金管理办法拨付资金，专款专用。\n")


def test_a_title_closed_with_a_stop_and_nothing_under_it_is_empty():
    found = _rules(SECTIONS.format(used=""))
    assert ("structure.empty_heading", "（二）项目资金使用情况分析。") in found


def test_a_title_closed_with_a_stop_and_its_text_is_not():
    assert not _fires(SECTIONS.format(used="项目实际支出120万元，预算执行率100%。\n"), "structure.empty_heading")


def test_a_statement_item_closed_with_a_stop_is_no_title():
    assert not _fires("三、主要做法\n（一）加强预算编制。\n（二）严格资金管理。\n（三）强化绩效监控。\n各项工作按计划推进。\n", "structure.empty_heading")


# Pools 55-96 re-laid (``evals.real_layouts`` over 719 pages): findings a layout alone made.

TARGET_ACTUAL = ("重大传染病防治项目绩效自评表\n总体目标完成情况\n总体目标\n全年实际完成情况\n\n"
                 "{text}\n{text}\n绩效指标\n")
GOALS = ("目标1：继续为适龄儿童常规接种。目标2：开展重大慢性病早期筛查干预项目，落实慢性病及相关危险因素监测，"
         "全年筛查12000人，随访3200人。目标3：全面开展包虫病综合防治工作。")


def test_a_forms_target_and_actual_cells_alike_flattened_are_no_copied_sentence():
    found = _rules(TARGET_ACTUAL.format(text=GOALS))
    assert not [r for r, _ in found if r.startswith("redundancy.")]


def test_a_sentence_pasted_into_another_paragraph_is_still_copied():
    other = "今年新增宣传活动两场。目标2：开展重大慢性病早期筛查干预项目，落实慢性病及相关危险因素监测，全年筛查12000人，随访3200人。"
    text = f"某项目绩效自评报告\n一、项目概况\n{GOALS}\n二、绩效目标完成情况\n{other}\n"
    assert _fires(text, "redundancy.copied_sentence")


def test_the_same_cells_on_one_line_of_a_transfer_form_are_no_repeated_sentence():
    assert not _fires(f"重大传染病防治项目绩效自评表\n总体目标完成情况 总体目标 全年实际完成情况\n{GOALS} {GOALS}\n", "language.repeated_sentence")


# a form copied a cell a line, a blank cell an empty line, its merged cells (产出指标, 数量指标) given once
FLAT_FORM = ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分",
             "偏差原因分析及改进措施", 4, "产出指标", "数量指标", "预算执行率", "100%", "83.5%", "20", "18", 6,
             "预算资金拨款率", "100%", "100%", "10", "10", 21, "质量指标", "服务事项办结率", "100%", "100%", "10", "10",
             7, "日常考核合格率", "100%", "100%", "10", "10", 21, "时效指标", 38, "成本指标", "中心运行维护费", "150万",
             "150万", "10", "10", 33, "效益指标", "经济效益 指标", "大厅运行正常率", "100%", "100%", "10", "10", 32,
             "社会效益 指标", "岗", 1]


def test_a_header_that_took_in_an_indicator_class_reads_no_column_blank():
    cells = "\n".join("\n" * (c - 1) if isinstance(c, int) else c for c in FLAT_FORM)
    assert not _fires(cells + "\n", "structure.blank_column")


# prose wrapped at a page's width (twenty characters a line), then a spreadsheet's rows pasted a tab apart
PROSE = ("本项目资金主要用于全县公共文化活动开展、乡镇文化站免费开放、图书分馆运行保障、送书下乡和农村电影公益放映等方面。"
         "项目实施后，全县公共文化服务体系进一步完善，群众文化生活更加丰富，基层文化阵地作用明显增强，公共文化服务效能"
         "持续提升，各项工作按计划完成，资金使用规范，未发现挤占挪用现象。")
TABBED = ("某县公共文化活动专项资金绩效评价报告\n一、项目概况\n"
          + "\n".join(PROSE[i:i + 20] for i in range(0, len(PROSE), 20))
          + "\n二、项目支出明细情况\n支出内容(经济科目)\t计划支出数(万元)\t实际支出数(万元)\n"
          "文化活动经费\t166.16\t129.05\n广电低保工程补助\t80.00\t62.54\n非物质文化保护经费\t100.00\t98.21\n"
          "支出合计\t346.16\t289.80\n")


# …and a form's rows as a PDF's text layer gives them, a row's filled cells a blank apart (文化活动经费 166.16 129.05)
RUNS = TABBED.replace("\t", " ")


def test_a_row_closing_on_its_figures_is_never_joined_to_the_line_before():
    assert not [r for r, _ in _rules(RUNS) if r.endswith("total")]


def test_a_spreadsheets_rows_a_tab_apart_are_never_joined_as_wrapped_lines():
    assert not [r for r, _ in _rules(TABBED) if r.endswith("total")]


def test_a_tabbed_total_that_is_off_is_still_told():
    found = _rules(TABBED.replace("289.80", "289.90"))
    assert [q for r, q in found if r.endswith("total")] == ["289.90"]


# pool101 p01: each unit's posts with its own staff (局编制6人、实有在职7人，馆编制4人、实有在职4人): the first
# unit's staff above its posts, though the two units' posts together are more.

STAFF = "{unit}人员编制为6人、实有在职人员{n}人,{other}编制为4人、实有在职4人,离休人员1人,退休人员4人。\n"


def test_each_units_staff_above_its_own_posts_is_over():
    found = _rules("一、部门基本情况\n" + STAFF.format(unit="档案局", n=7, other="档案馆"))
    assert ("staffing.over_posts", "7人") in found


def test_each_units_staff_within_its_own_posts_is_not():
    assert not _fires("一、部门基本情况\n" + STAFF.format(unit="档案局", n=6, other="档案馆"), "staffing.over_posts")


def test_one_staff_figure_over_several_units_posts_is_still_not():
    assert not _fires("一、部门基本情况\n机关编制10人，下属单位编制20人，全局实有28人。\n", "staffing.over_posts")


# pool102 p09: 人均 figures side by side (农村人均2.5万元，城镇人均3万元) and a bound's count (6人及以上户) are
# no total and count of one another.

def test_amounts_per_head_side_by_side_are_no_total_and_its_average():
    text = ("住房面积人均不得超过25平方米，6人及以上户每户最高不得超过150平方米；农村购房或建房人均2.5万元，"
            "城镇购房人均3万元；搬迁户按时入住。\n")
    assert not _fires(text, "sentence_average")


def test_an_amount_over_its_count_of_people_is_still_an_average():
    found = _rules("发放资金36万元，惠及1200人，人均补助400元。\n")
    assert ("sentence_average", "400元") in found


# pool103 p01: a 发文字号 that lost its brackets (鲁办发201550号) still holds a 机关代字, no slip for 办法.

def test_a_document_code_without_its_brackets_is_no_typo():
    text = "省委办公厅印发关于深入推进农村改厕工作的实施意见(鲁办发201550号),对改厕工作作出部署。各地按管理办法执行。\n"
    found = _rules(text)
    assert not [q for r, q in found if r == "language.typo"]
    assert [q for r, q in found if r == "language.document_number"] == ["鲁办发201550号"]


# pool103 p05 (and pools 78, 82, 83, 90, 97): a copying site decodes （一） as 。ㄒ唬; the list it opens is not late.

GARBLED = ("一、专项资金基本情况\n{first}专项资金概况\n年初预算安排公路日常养护400万元。\n"
           "（二）专项资金预期目标完成程度\n全年完成养护里程314公里。\n")


def test_a_list_whose_first_marker_a_site_garbled_is_not_late():
    assert not _fires(GARBLED.format(first="。ㄒ唬⿲m椯"), "structure.numbering_late_start")


def test_a_list_that_lacks_its_first_item_is_still_late():
    assert _fires(GARBLED.format(first="").replace("专项资金概况\n", ""), "structure.numbering_late_start")


# pool104 p05: a project's content said again as the object of 用于 after a scope word (用于全国|重点军供站维修改造、
# 设备设施更新，…) is no splice.

SUPPLY = ("一、基本情况\n2.立项目的：根据省财政厅下达补助经费的通知，用于{scope}重点军供站维修改造、设备设施更新，"
          "强化军供保障软件硬件，为部队官兵提供优质服务。\n3.项目内容：重点军供站维修改造、设备设施更新，严格按照财政要求专款专用。\n")


def test_a_projects_content_taken_by_its_verb_after_a_scope_word_is_no_splice():
    assert not [r for r, _ in _rules(SUPPLY.format(scope="全国")) if r.startswith("redundancy.splice")]


# pool104 p17 (and pool90 p09, pool97 p13, pool58 p01): an amount that lost its 元 (日常支出103.9915万。) where the
# report writes its amounts in 万元.

def test_an_amount_with_a_bare_wan_lost_its_yuan():
    text = "其中物业管理承包服务费86.0085万元，水电、维修等日常支出103.9915万。此项资金确保了场馆运行。\n"
    assert ("language.dropped", "103.9915万") in _rules(text)


def test_a_count_in_wan_is_no_amount():
    assert not _fires("项目资金500万元，受益人口2.5万，覆盖3个乡镇。\n", "language.dropped")


# pool104 p14: 共制定6个绩效目标，分别为： then five numbered lines, each a goal told its own way.

GOALS_LISTED = "本项目年初共制定{n}个绩效目标，分别为：\n{items}\n2017年产出和效益目标均已完成。\n"
LINES = ["投入-实效目标-目标完成率100%", "投入-成本目标-预算执行率100%；", "产出-数量目标-补助4家训练单位；",
         "产出-可持续影响目标-参加28个项目省级比赛；", "效益-社会效益-训练单位组织外训项目10个", "效益-满意度目标-运动员满意度90%"]


def test_a_count_of_goals_told_one_by_one_that_lists_fewer_is_a_miscount():
    items = "\n".join(f"{k}、{x}" for k, x in enumerate(LINES[:5], start=1))
    assert ("count_list", "6个") in _rules(GOALS_LISTED.format(n=6, items=items))


def test_a_count_of_goals_that_lists_them_all_is_not():
    items = "\n".join(f"{k}、{x}" for k, x in enumerate(LINES, start=1))
    assert not _fires(GOALS_LISTED.format(n=6, items=items), "count_list")


# pool105 p04: a 2024 report published in May 2025 whose body names one year, 下达市级2023年度…补助经费 (the funds
# of the year before): the title matches the page's schedule, and one mention of 2023 does not outvote it.

PUTIAN = ("2024年度市级预算项目绩效自评报告（标准化工作专项补助经费）\n发布时间:{published} 信息来源:某市市场监督管理局\n"
          "一、项目基本情况\n（一）主要成效\n联合市财政局下达市级2023年度标准化工作补助经费200万元，共有24个标准化项目获得补助。\n")


def test_a_title_published_on_schedule_is_not_outvoted_by_one_mention():
    assert not _fires(PUTIAN.format(published="2025-05-12 15:42"), "dates.stale_title")


def test_a_title_years_ahead_of_its_publication_is_still_told():
    found = _rules(PUTIAN.format(published="2024-05-12 15:42"))
    assert [r for r, _ in found if r.startswith("dates.")]


# pool105 p04: (二) (一) (三) — two items in the wrong order, one problem.

ORDER = "二、绩效分析\n（二）成本指标\n获得补助金额200万元。\n（一）产出指标\n主导制修订国家标准2项。\n（三）效益指标\n宣传解读300份。\n"


def test_two_items_in_the_wrong_order_are_one_finding():
    found = [(r, q) for r, q in _rules(ORDER) if r.startswith("structure.numbering")]
    assert [r for r, _ in found] == ["structure.numbering_late_start"]
    assert "顺序颠倒" in _messages(ORDER, "structure.numbering_late_start")[0]


def test_a_list_that_starts_late_without_going_back_is_still_late():
    found = _messages(ORDER.replace("（一）产出指标", "产出指标"), "structure.numbering_late_start")
    assert found and "前面没有第一项" in found[0]


# pool107 p04: a form's two columns of funds flattened, each label read twice (…自筹资金自筹资金其他其他…).

FUNDS = "预算安排资金(万元)4,035.00财政支出资金(万元)3,917.00其中:中央财政其中:中央财政省财政940.00省财政940.00自筹资金自筹资金{x}实际支出(万元)2,275.50。\n"


def test_a_label_doubled_after_another_doubled_label_is_two_columns():
    assert not _fires(FUNDS.format(x="其他其他"), "language.doubled_word")


def test_a_word_doubled_in_prose_is_still_a_slip():
    assert ("language.doubled_word", "其他其他") in _rules("我们要认真学习其他其他文件精神，确保落实到位。\n")


# pool108 p07: an essay site's teaser copies the report's opening and goes on with its own words (…管理水平下面是小编
# 为大家整理的…，供大家参考); the copy in it is no splice.

OPENING = "随着经济的高速发展，城市治安管理面临的压力也越来越大，传统的以人力防范为主的管理模式已经开始制约公安工作管理水平"
TEASER = (f"技防维护费绩效自评报告一、项目概况{OPENING}{{after}}，供大家参考。\n技防维护费绩效自评报告\n一、项目概况\n"
          f"{OPENING}的进一步提高。数字图像监控的相关硬件软件已经成熟。\n")


def test_an_essay_sites_teaser_copying_the_opening_is_no_splice():
    assert not [r for r, _ in _rules(TEASER.format(after="下面是小编为大家整理的技防维护费绩效自评报告")) if r.startswith("redundancy.splice")]


def test_the_same_copy_going_on_with_the_reports_words_is_still_a_splice():
    found = _rules(TEASER.format(after="的进一步提升和全市视频监控系统建设的推进"))
    assert [r for r, _ in found if r.startswith("redundancy.splice")]
