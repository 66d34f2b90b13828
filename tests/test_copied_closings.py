"""A sentence's closing clauses said word for word in two paragraphs (checks/copied_closings.py).
Invented wording throughout."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县2024年度畜禽粪污资源化利用项目绩效自评报告\n"
CLOSING = "有效减少了养殖污染排放、提高了粪污综合利用水平、带动了周边农户发展绿色种养、进一步改善了农村人居环境。"


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(TITLE + text)).findings
            if f.rule and f.rule.startswith("redundancy.")]


def test_a_closing_pasted_after_two_different_openings_is_one_finding():
    text = (f"（一）资金下达情况。县财政局下达项目资金300万元，全部用于粪污处理设施建设。通过项目建设，{CLOSING}\n"
            f"（二）资金使用情况。资金按进度拨付到12个规模养殖场。通过实施该项目，{CLOSING}\n")
    found = review(read_text_string(TITLE + text)).findings
    [f] = [f for f in found if f.rule == "redundancy.copied_closing"]
    assert f.quote == CLOSING and [r.quote for r in f.related] == [CLOSING]


def test_closings_with_figures_short_ones_and_table_cells_are_left_alone():
    figures = "新建沼气池一座，容积120立方米，配套建设输送管网1.5公里，铺设防渗膜800平方米，安装搅拌设备2台。"
    text = (f"（一）东片区建设内容。{figures}\n（二）西片区建设内容。{figures}\n"
            "（三）组织情况。县农业农村局牵头，成立领导小组，压实工作责任。\n"
            "（四）监督情况。县财政局配合，成立领导小组，压实工作责任。\n"
            f"绩效目标 | 目标值 | 完成情况\n带动效益 | 通过项目建设，{CLOSING} | 通过项目建设，{CLOSING}\n")
    assert [r for r in _rules(text) if r[0] == "redundancy.copied_closing"] == []


def test_a_whole_paragraph_said_twice_stays_one_duplicate_finding():
    para = f"县财政局下达项目资金300万元，全部用于粪污处理设施建设，{CLOSING}"
    text = f"一、项目概况\n{para}\n二、项目成效\n{para}\n"
    assert [r[0] for r in _rules(text)] == ["redundancy.duplicate"]


def test_stock_wording_that_states_no_result_is_left_alone():
    """How funds are managed, or what the project aims at, said in two sections is stock wording, not a
    pasted conclusion: it reports nothing done."""
    rules = "严格按照《某省补贴资金管理办法》规定执行，实行专账管理、专款专用，确保资金安全运行和使用效益。"
    aims = "引导农民自觉提升耕地地力，切实加强农业生态资源保护，促进农业可持续发展和农民持续稳定增收。"
    text = (f"（一）项目概况。补贴资金由县财政局统一拨付，{rules}\n（二）资金管理。补贴资金通过一卡通发放到户，{rules}\n"
            f"二、绩效目标\n年度目标：按时足额发放补贴，{aims}\n三、目标完成情况\n全年按时发放补贴到户，{aims}\n")
    assert [r for r in _rules(text) if r[0] == "redundancy.copied_closing"] == []


def test_a_set_phrase_of_results_said_of_two_spendings_is_left_alone():
    stock = "有效保障了机关正常运转，提高了资金使用效益，确保了各项工作任务顺利完成。"
    text = (f"一、基本支出情况\n基本支出全部用于人员工资和日常运转，{stock}\n"
            f"二、项目支出情况\n项目支出主要用于信息化建设，{stock}\n")
    assert [r for r in _rules(text) if r[0] == "redundancy.copied_closing"] == []
