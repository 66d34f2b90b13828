"""Session 42's precision audit on whole invented clean reports (s42a): each case is a shape a clean
report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

from pathlib import Path

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in review(read_text_string(text)).findings if f.severity.value != "info"]


def _rules(text: str) -> list[str]:
    return [rule for rule, _ in _findings(text)]


def _fixture(name: str) -> str:
    return (Path(__file__).parent / "data" / "whole_clean" / name).read_text(encoding="utf-8")


# -- a list of units wrapped after its 、 (a PDF's line the reader could not join) ------------------------

def _wrapped_list(count: str) -> str:
    return ("一、单位概况\n"
            "青石县林业局是县人民政府工作部门，内设办公室、森林资源管理股、\n"
            f"生态修复股、林业产业股、森林防火股{count}个股\n"
            "室，下设县林业技术推广站1个二级单位。\n")


def test_a_list_of_units_wrapped_after_its_separator_is_counted_whole():
    """办公室、森林资源管理股、 / 生态修复股、林业产业股、森林防火股5个股室: a paragraph never ends on 、, so the
    line before holds the list's first names; read alone, the second line named three and 5个 was "wrong"."""
    assert "count_list" not in _rules(_wrapped_list("5"))
    assert "count_list" not in _rules(_fixture("pdf_wrapped_units_2023.txt"))


def test_a_miscount_of_a_wrapped_list_is_still_found_against_all_its_names():
    found = [message for rule, message in _findings(_wrapped_list("6")) if rule == "count_list"]
    assert found and "列举了5项" in found[0]


# -- a higher level's ceiling, against which a county measures its own rate ---------------------------------

_CEILING = ("一、履职绩效\n\n社区矫正对象再犯罪率0.31%，{clause}。\n")
_HEAD = "石桥县司法局2024年度部门整体支出绩效自评报告\n\n"


def test_a_higher_levels_control_line_frames_the_units_own_rate():
    """控制在全省≤1%的控制线以内: 全省 names whose line the county's rate keeps under, not the county's scope."""
    for clause in ("控制在全省≤1%的控制线以内", "控制在全省下达的控制指标以内", "未突破全市确定的红线"):
        assert "entities.scope_level" not in _rules(_HEAD + _CEILING.format(clause=clause)), clause
    assert "entities.scope_level" not in _rules(_fixture("justice_mediation_ceiling_2024.txt"))


def test_a_county_claiming_a_provinces_work_is_still_found():
    text = _HEAD + "一、履职绩效\n\n我局为全省320名社区矫正对象提供帮扶，帮扶率100%。\n"
    assert "entities.scope_level" in _rules(text)
