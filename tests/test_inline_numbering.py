"""Lists numbered inside one line (flattened forms, PDF copies): jumps and repeats, and the lines
that only look like lists (cross-references, ranges, numerals read together, restarts) left alone."""

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string


def _numbering(text: str):
    return [(f.rule, f.quote) for f in check_structure(read_text_string(text))
            if f.rule and f.rule.startswith("structure.numbering")]


def _doc(line: str) -> str:
    return f"一、基本情况\n{line}\n二、绩效目标\n各项目标均已完成。\n"


@pytest.mark.parametrize(("line", "found"), [
    ("本单位主要职责：（1）负责全县就业工作；（2）负责社会保险工作；（4）负责人才队伍建设。",
     [("structure.numbering_gap", "（4）")]),
    ("主要措施：（一）加强组织领导；（二）健全工作制度；（二）强化资金监管；（三）抓好督查。",
     [("structure.numbering_repeat", "（二）")]),
    ("主要做法：①加强组织领导；②完善管理制度；④强化过程监督。", [("structure.numbering_gap", "④")]),
    ("主要做法：1.加强组织领导；2.完善管理制度；2.强化过程监督；3.抓好整改落实。",
     [("structure.numbering_repeat", "2.")]),
    ("主要做法：第一，加强组织领导。第二，完善管理制度。第四，强化过程监督。",
     [("structure.numbering_gap", "第四")]),
    ("存在问题：1、预算编制不够精细 2、绩效目标不够量化 3、资金支付进度偏慢 5、监控不到位",
     [("structure.numbering_gap", "5、")]),
    ("主要做法：一是加强领导；二是完善制度；二是强化监督；三是抓好落实。",
     [("structure.numbering_repeat", "二是")]),
    # items labelled by a word and their number, in simplified or traditional characters
    ("年度主要工作：任务1:抓好粮食生产; 任务2:推进乡村建设; 任务3:完成帮扶任务; 任务4:争取项目投入; 任务6:推广农业新技术。",
     [("structure.numbering_gap", "任务6:")]),
    ("年度主要工作：任務1:抓好糧食生產; 任務2:推進鄉村建設; 任務3:完成幫扶任務; 任務5:推廣農業新技術。",
     [("structure.numbering_gap", "任務5:")]),
    ("主要措施：措施一、加强组织领导；措施二、完善管理制度；措施二、强化过程监督；措施三、抓好整改。",
     [("structure.numbering_repeat", "措施二、")]),
])
def test_a_list_numbered_within_one_line_that_jumps_or_repeats_is_found(line, found):
    assert _numbering(_doc(line)) == found


@pytest.mark.parametrize("line", [
    # a list in order, and one that restarts at 1 for a second group
    "主要做法：（1）加强组织领导；（2）完善管理制度；（3）强化过程监督。",
    "产出指标：（1）培训人数；（2）合格率；（3）完成时限。效益指标：（1）就业人数；（2）满意度。",
    # a cross-reference and a range are no items
    "本年完成1、3、5号楼改造，详见附件（3）说明，其余按第（2）项办理。",
    # numerals read with their measure word: 第二、三季度
    "资金于第一，第二、三季度分批拨付，第四季度完成结算。",
    # figures: 1.5万元 and 2.5万元 are amounts
    "支出明细：1.5万元用于培训，2.5万元用于宣传，3.5万元用于印刷。",
    "主要做法：第一，加强组织领导。第二，完善管理制度。第三，强化过程监督。",
    # a run of two items only, then another list's third item
    "（1）加强领导；（2）完善制度。另见（3）资金使用情况。",
    "①加强组织领导；②完善管理制度；③强化过程监督；①资金足额到位；②按时拨付。",
    # two columns (planned, actual) of a form run into one line: each number twice
    "（1）培训人数 （1）培训人数 （2）合格率 （2）合格率 （3）完成时限 （3）完成时限",
    "1、培训人数500人次 1、培训人数520人次 2、合格率90% 2、合格率95% 4、满意度90% 4、满意度96%",
    "主要做法：1.加强组织领导；2.完善管理制度；2.完善管理制度（续）；3.抓好整改落实。",
    # numbers naming classes or groups (one character, then a figure): no list's items
    "受助学生分布：（1）班12人，（2）班8人，（4）班5人，（5）班3人。",
    "参赛队伍：1组 2组 4组 5组，3组弃权。",
    # labelled items in order, two labels each in order, a label inside a word, a year before its number
    "年度主要工作：任务1:抓好粮食生产; 任务2:推进乡村建设; 任务3:完成帮扶任务; 任务4:推广农业新技术。",
    "目标1：完成培训；目标2：提高就业；指标1：培训人数；指标2：合格率；指标3：满意度。",
    "分解为子任务1：调研；子任务2：设计；子任务4：施工。",
    "2021年1：2022年3：2023年5：",
    # a form's rows flattened with values between them: a row's label may have moved in the copy
    "指标1:居民健康档案 38508人 指标2:发放宣传资料 不少于12种 116次 二级指标 指标5:举办知识讲座 150次 指标6:开展咨询活动 12次",
])
def test_lines_in_order_or_not_lists_are_left_alone(line):
    assert _numbering(_doc(line)) == []


_HEAD = "某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n负责全县就业工作。\n二、绩效目标完成情况\n"


@pytest.mark.parametrize(("body", "quote"), [
    ("（一）产出指标\n2.数量指标\n完成培训500人次。\n3.质量指标\n合格率95%。\n", "2."),
    ("（一）产出指标\n完成情况如下。\n（2）质量指标\n合格率95%。\n（3）时效指标\n按期完成。\n", "（2）"),
    ("1、产出指标\n②质量指标合格率95%。\n③时效指标按期完成。\n", "②"),
])
def test_a_sub_list_that_starts_at_its_second_item_is_found(body, quote):
    assert _numbering(_HEAD + body) == [("structure.numbering_late_start", quote)]


@pytest.mark.parametrize("body", [
    "（一）产出指标\n1.数量指标\n完成培训500人次。\n2.质量指标\n合格率95%。\n",
    # numbered on across the headings: (一) has 1, (二) goes on at 2
    "（一）产出指标\n1.数量指标完成培训500人次。\n（二）效益指标\n2.社会效益\n就业率提高。\n",
    # the first item run into the heading's line, as PDF copies do
    "（一）产出指标 1.数量指标完成培训500人次。\n2.质量指标\n合格率95%。\n",
    # figures and numerals read together at a line's start
    "（一）产出指标\n2.5万元用于培训。\n2、3月份完成验收。\n",
    # the first item numbered in another form of 1: ⒈, 1）, 第1项
    "（一）效益指标\n⒈社会效益：群众出行条件改善。\n2.可持续影响：建立长效养护机制。\n",
    "（一）强化考核\n第1项：按季度考核；\n2.年终考核与资金挂钩。\n",
])
def test_sub_lists_that_start_at_one_or_continue_are_left(body):
    assert _numbering(_HEAD + body) == []


def test_a_list_with_no_heading_above_it_may_be_an_excerpt_cut_there():
    assert _numbering("2.质量指标\n合格率95%。\n3.时效指标\n按期完成。\n") == []


@pytest.mark.parametrize(("line", "quote"), [
    # the line's opening sentence is item 1, its marker lost; the items after it are numbered from 2
    ("完成拆旧复垦面积48亩、新增耕地面积19亩;2、涉及3个乡镇12个村179户。", "2、"),
    ("完成道路硬化12公里；（2）新建桥梁3座；（3）完成验收。", "（2）"),
    ("开展技能培训500人次；②组织招聘会6场；③发放补贴120万元。", "②"),
])
def test_a_line_whose_list_is_numbered_from_2_after_its_unmarked_first_sentence_is_found(line, quote):
    assert _numbering(_doc(line)) == [("structure.numbering_late_start", quote)]


@pytest.mark.parametrize(("before", "line"), [
    ("", "1、完成拆旧复垦面积48亩;2、涉及3个乡镇12个村。"),  # numbered from 1
    ("1、完成拆旧复垦面积48亩、新增耕地面积19亩", "新增林地24亩;2、涉及3个乡镇12个村。"),  # the 1 on the line before (a PDF's break)
    ("", "完成拆旧复垦面积48亩。详见附表;2、涉及3个乡镇12个村。"),  # a full stop: the 2 is not the opening sentence's next
    ("", "完成拆旧复垦面积48亩;2、3号地块完成验收。"),  # 2、3 are numerals read together, no item
    ("", "完成道路硬化12公里；（2）新建桥梁3座；（4）完成验收。"),  # not 2, 3 … one by one: the jump rule's, if any
    ("", "面积48亩，涉及3个村；2021年完成验收。"),  # a year, no marker
    # the first item marked inside the opening sentence, after its verb (…分别为①…；②…): the list starts at 1
    ("今年共拨付资金900万元。", "具体用途为①道路养护支付36万元，完成率40%；②桥梁检修支付52万元；③绿化补植未支付。"),
    ("", "安排的项目包括（1）校舍维修投入18万元；（2）设备购置投入25万元；（3）教师培训投入6万元。"),
])
def test_lines_whose_first_item_is_numbered_or_that_are_no_such_list_are_left(before, line):
    assert _numbering(_doc(f"{before}\n{line}" if before else line)) == []


def test_items_labelled_by_a_word_whose_first_follows_a_blank_are_left():
    # 目标1： after a form's label and a blank is no clause start, but it is there: the list starts at 1
    assert _numbering(_doc("年度总体目标 目标1：完成老旧小区改造12个；目标2：道路维护覆盖率100%；目标3：不发生安全事故。")) == []
