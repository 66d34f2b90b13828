"""A lead-in or label that names the project's content or implementation with last year's number — 2021年项目
主要内容及实施情况为… in the report on 2022 — is last year's lead-in copied with the text (DEFECTS.md: a year
copied with the text). Comparisons, history, a carry-over, a document's title, a project of several years, a
year further back, a plain sentence that is no lead-in, and a budget's 说明 are left. Invented reports."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县文化馆{y}年度项目支出绩效自评报告\n一、项目概况\n"
_TAIL = "\n二、绩效目标完成情况\n截至{y}年12月31日，全年开展送戏下乡演出120场，群众满意度为96%。\n"


def _found(body: str, year: int = 2022, head: str = _HEAD) -> list:
    text = head.format(y=year) + body + _TAIL.format(y=year)
    return [f for f in review(read_text_string(text)).findings if f.rule == "dates.content_year"]


@pytest.mark.parametrize(("body", "quote"), [
    ("根据县委宣传部有关文件精神，2021年项目主要内容及实施情况为：一是送戏下乡；二是群众文艺培训。",
     "2021年项目主要内容及实施情况"),
    ("2021年项目主要内容：开展送戏下乡演出120场，举办培训班10期。", "2021年项目主要内容"),
    ("2021年度项目实施内容如下：开展送戏下乡演出120场。", "2021年度项目实施内容"),
    ("2020年项目建设内容是：改造文化馆排练厅一处。", "2020年项目建设内容"),
])
def test_a_content_lead_in_one_or_two_years_behind_is_found(body, quote):
    found = _found(body)
    assert [f.quote for f in found] == [quote]
    assert "2022年" in found[0].message and found[0].severity.value == "warning"


def test_a_content_label_heading_its_own_line_is_found():
    assert [f.quote for f in _found("2021年项目实施情况\n开展送戏下乡演出120场。")] == ["2021年项目实施情况"]


@pytest.mark.parametrize("body", [
    "2022年项目主要内容及实施情况为：一是送戏下乡；二是群众文艺培训。",              # the year's own
    "与上年相比，2021年项目主要内容为送戏下乡，本年增加了培训。",                    # a comparison
    "项目自2021年以来持续实施，2021年项目主要内容为送戏下乡。",                     # history
    "2021年结转项目主要内容为：完成排练厅改造。",                                   # a carry-over
    "依据《2021年项目实施内容：送戏下乡工作方案》开展演出。",                       # a document's title
    "2019年项目主要内容为：改造文化馆排练厅一处。",                                 # further back
    "2021年项目主要内容已全部完成验收。",                                           # no lead-in
])
def test_comparisons_history_carry_overs_titles_and_plain_sentences_are_left(body):
    assert _found(body) == []


def test_a_project_of_several_years_keeps_an_earlier_year_s_content():
    body = "本项目实施期为2021年—2023年。2021年项目主要内容为：完成排练厅改造。"
    assert _found(body) == []


def test_a_budget_s_note_is_left():
    head = "某县文化馆{y}年度项目预算说明\n一、项目概况\n"
    assert _found("2021年项目主要内容为：开展送戏下乡演出120场。", year=2022, head=head) == []
