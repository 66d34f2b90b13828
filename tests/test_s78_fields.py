"""A cover's fields run together with no blank between a value and the next label (主管部门:湖北省交通运输厅评价机构:
武汉…, session 78): the value ends where the next label the forms print begins, so the field is filled."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _blank(cover: str) -> list[str]:
    text = f"湖北省省级财政项目资金绩效评价报告\n\n{cover}\n\n一、项目基本情况\n\n本项目用于系统维护。\n"
    return [f.location.quote for f in review(read_text_string(text)).findings if f.rule == "structure.blank_inline"]


def test_a_value_run_into_the_next_label_is_a_filled_field():
    assert _blank("项目名称:联网收费系统维护 项目单位:湖北省高速公路联网收费中心 主管部门:湖北省交通运输厅评价机构:某会计师事务所") == []


def test_a_label_followed_at_once_by_the_next_label_is_still_blank():
    assert _blank("项目名称:联网收费系统维护 项目单位:湖北省高速公路联网收费中心 主管部门:评价机构:某会计师事务所") == ["主管部门"]
