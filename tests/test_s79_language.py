"""Session 79: a part's last paragraph that is an inline numbered list ends on its last item without a stop,
as its other items do — a habit of lists, not a cut sentence (…;8、按时上报监测数据资料;9、加强队伍能力建设)."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _unended(paragraph: str) -> list[str]:
    text = (f"某县环保局2018年度部门整体支出绩效自评报告\n\n一、基本情况\n\n{paragraph}\n"
            "(二)部门整体支出情况\n2018年整体支出数为2397.9万元。\n")
    return [f.location.quote for f in review(read_text_string(text)).findings if f.rule == "language.unended"]


def test_an_inline_list_ends_on_its_last_item_without_a_stop():
    assert _unended("重点工作:1、推进湘江防治行动计划;2、落实大气污染防治规划;3、大力加强环境监管执法;"
                    "4、加强队伍能力建设和干部队伍的业务培训") == []


def test_running_text_cut_before_the_next_heading_is_still_unended():
    assert _unended("重点工作:推进湘江防治行动计划,落实大气污染防治规划,大力加强环境监管执法,"
                    "开展小片网整治行动,拆除非法卫星地面接收") != []


def test_one_numbered_sentence_alone_is_no_list():
    # a single item marker opening the last sentence, with no item before it, says nothing of a list
    assert _unended("重点工作:推进湘江防治行动计划,落实大气污染防治规划。"
                    "1、开展小片网整治行动,拆除非法卫星地面接收") != []


def _run_on(sentence: str) -> list[str]:
    text = f"某小学2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n{sentence}\n"
    return [f.location.quote for f in review(read_text_string(text)).findings if f.rule == "language.run_on"]


def test_two_dates_of_a_period_run_together_lost_their_zhi():
    assert _run_on("实验小学2023年1月1日2023年12月31日本级财政预算资金整体支出情况如下。") \
        == ["2023年1月1日2023年12月31日"]
    assert _run_on("实验小学2023年1月1日至2023年12月31日本级财政预算资金整体支出情况如下。") == []


def test_a_forms_period_label_before_its_two_cells_run_together_is_layout():
    assert _run_on("项目名称环卫作业项目起止时间2021年1月1日2021年12月31日计划安排资金(万元)") == []
