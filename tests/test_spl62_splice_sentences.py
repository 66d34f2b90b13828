"""A run pasted into a sentence that ends with its source's full stop (…走进|购买…服装。|图书馆…) is a
splice: its left seam cuts the host's sentence open, whatever follows the stop. What stops the rule is
a sentence's last clause said again where the host's words ask for it (负责|对…的收集、分析和整理。):
there the host's sentence goes on into the clause and a new sentence may follow."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县文化馆2022年度项目支出绩效自评报告"


def _splices(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "redundancy.splice_partial"]


def test_a_sentence_pasted_into_another_sentence_with_its_full_stop_is_a_splice():
    run = "为演出队12名队员统一配备演出服装。"
    text = "\n".join([TITLE, "一、项目基本情况",
                      f"文化馆2022年安排下乡演出经费6.5万元，{run}全年完成下乡演出24场。",
                      "二、项目绩效情况",
                      f"通过送戏下乡，吸引了更多群众走进{run}文化馆，从而使文化馆更好地发挥公共文化服务职能。"])
    assert _splices(text) == [run]


def test_a_last_clause_said_again_after_a_verb_that_takes_it_is_no_splice():
    text = "\n".join(["某市城市管理局2022年度部门整体支出绩效自评报告", "一、主要职能",
                      "负责全市数字化城市管理平台的日常维护。负责对各类城市管理信息的收集、分析和整理。对终端单位开展考核。",
                      "二、年度目标完成情况",
                      "1.完成平台的日常维护和管理。2.对各类城市管理信息的收集、分析和整理。3.完成终端单位的考核考评。"])
    assert _splices(text) == []
