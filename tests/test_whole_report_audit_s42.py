"""Session 42's precision audit on whole invented clean reports (s42a): each case is a shape a clean
report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules

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


# -- a header on two lines: 绩效指标 merged over the level columns, the columns beside it merged down -------

def _two_line_header(target: str = "≥95%") -> str:
    rows = [("绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分"),
            ("一级指标", "二级指标", "三级指标", "", "", "", ""),
            ("产出指标", "数量指标", "巡查河道里程", "≥1200公里", "1,286公里", "40", "40"),
            ("", "质量指标", "问题整改率", target, "97%", "30", "30"),
            ("效益指标", "生态效益指标", "断面水质达标率", "≥90%", "92.5%", "20", "20"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥85%", "91%", "10", "10"),
            ("总分", "", "", "", "", "100", "100")]
    return ("青石县水利局2024年度河道管护项目绩效自评报告\n\n一、绩效指标完成情况\n\n"
            + "\n".join("\n".join("\t" + c for c in row) + "\n" for row in rows)
            + "\n注：满意度由沿河6个村问卷调查取得，收回有效问卷320份。\n")


def test_a_header_written_on_two_lines_is_read_as_one():
    """The lower line (一级指标 | 二级指标 | 三级指标, blank under the columns merged down) names the columns
    the upper one's 绩效指标 spans: read as an indicator, "三级指标" had no target."""
    assert _rules(_two_line_header()) == []
    assert _rules(_fixture("wps_merged_header_form_2024.txt")) == []


def test_an_indicator_without_its_target_under_such_a_header_is_still_found_by_its_name():
    found = [message for rule, message in _findings(_two_line_header(target=""))
             if rule == "claims.indicator_without_target"]
    assert found == ["绩效指标“问题整改率”没有目标值，无法评价完成情况"]


# -- 得分 before a word that opens with 分 -----------------------------------------------------------------

def test_a_score_word_before_a_word_opening_with_fen_is_no_blank_score():
    """各项目指标及得分分列如下 (listed one by one), 得分分为三档: 分 opens 分列 / 分为, no score's unit after
    a blank; read as 得分  分, the sentence drew a blank result."""
    for sentence in ("各项目指标及得分分列如下。", "各项指标得分分为满分、扣半分和不得分三档。"):
        assert "structure.blank_in_text" not in _rules("一、自评结论\n\n" + sentence + "\n"), sentence
    assert _rules(_fixture("two_project_forms_2023.txt")) == []


def test_a_score_left_blank_before_its_unit_is_still_found():
    assert "structure.blank_in_text" in _rules("一、自评结论\n\n本项目自评得分  分，等次为“优”。\n")
