"""An indicator under 经济效益指标 that speaks of safety or of something kept running, and of nothing economic,
is misfiled: the form's 经济效益 is the project's economic effect (income, output, costs saved, losses
avoided), while safety and normal running are social effects. Read in any of a form's layouts; a name with
a word of money or economy, and the same name under 社会效益指标, are left."""

from __future__ import annotations

import pytest

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
OUTPUT = ["产出指标", "数量指标", "维修设备台数", "≥30台", "32台", "20", "20"]
SOCIAL = ["", "社会效益指标", "群众办事便利程度", "明显提高", "明显提高", "10", "10"]


def economic(report: Report) -> list:
    return [f for f in check_claims(report) if f.rule == "indicators.misfiled_economic"]


def _word_table(*rows: list[str]) -> Report:
    return Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in (HEAD, *rows)])])


def _text(body: str) -> Report:
    return read_text_string("某中心2025年度项目支出绩效自评表\n\n" + body + "\n\n二、存在问题\n\n无。\n")


def _one_a_line(*rows: list[str]) -> Report:
    return _text("\n\n".join(c for r in (HEAD, *rows) for c in r if c))


def _bar_rows(*rows: list[str]) -> Report:
    return _text("\n".join(" | ".join(r) + " |" for r in (HEAD, *rows)))


LAYOUTS = [_word_table, _one_a_line, _bar_rows]


@pytest.mark.parametrize("build", LAYOUTS)
@pytest.mark.parametrize("name", ["设施安全率", "服务大厅运行正常率", "保障辖区安全度汛", "对保障机构正常运转的影响程度"])
def test_safety_or_normal_running_under_economic_benefit_is_misfiled(build, name):
    [f] = economic(build(OUTPUT, ["效益指标", "经济效益指标", name, "100%", "100%", "10", "10"], SOCIAL))
    assert f.location.quote == name and "经济效益指标" in f.message and "社会效益" in f.suggestion


def test_a_class_cell_wrapped_onto_two_lines_and_a_numbered_name_are_read():
    report = _text("\n\n".join(["效益指标", "经济效益", "指标", "指标1：服务设施安全率", "100", "100", "10", "10",
                                "社会效益", "指标", "指标1：群众知晓率", "90%", "95%", "10", "10"]))
    [f] = economic(report)
    assert f.location.quote == "服务设施安全率"


def test_a_form_run_together_with_figures_after_the_name():
    report = _text("效益指标\n经济效益\n指标\n指标1:全县安全度汛 10 10\n指标2:\n社会效益\n指标\n")
    [f] = economic(report)
    assert f.location.quote == "全县安全度汛"


def test_a_second_numbered_name_under_the_class_is_read_too():
    report = _text("\n".join(["经济效益指标 | 指标1：带动农户增收 | ≥5% | 6% | 5 | 5 |",
                              "指标2：农机作业安全率 | 100% | 100% | 5 | 5 |",
                              "社会效益指标 | 指标1：安全生产宣传覆盖率 | 90% | 95% | 10 | 10 |"]))
    assert [f.location.quote for f in economic(report)] == ["农机作业安全率"]


@pytest.mark.parametrize("name", ["减少安全事故经济损失", "安全生产带动就业人数", "保障设备正常运行节约维修费用",
                                  "保障粮食安全", "带动农户增收", "全年影院观影人数"])
def test_a_name_with_an_economic_word_or_no_word_of_safety_is_left(name):
    assert economic(_word_table(OUTPUT, ["效益指标", "经济效益指标", name, "100%", "100%", "10", "10"])) == []


@pytest.mark.parametrize("build", LAYOUTS)
def test_safety_under_social_benefit_is_where_it_belongs(build):
    assert economic(build(OUTPUT, ["效益指标", "社会效益指标", "设施安全率", "100%", "100%", "10", "10"])) == []


def test_economic_benefit_named_in_prose_is_no_class_cell():
    report = _text("三、绩效情况\n\n项目的经济效益指标显著，设施安全率达到100%，大厅运行正常。")
    assert economic(report) == []


@pytest.mark.parametrize("line", ["产出指标数量指标维修设备台数≥30台32台2020效益指标(30分)经济效 益指标服务大厅运行正常率100%100%10",
                                  "效益指标 经济效益指标 设施安全率 100% 100% 10 10 社会效益指标 群众知晓率 90% 95% 10 10"])
def test_a_row_run_together_in_one_line_is_read(line):
    [f] = economic(_text(line))
    assert f.location.quote in ("服务大厅运行正常率", "设施安全率")


@pytest.mark.parametrize("line", ["经济效益指标带动农户增收5%6%10", "经济效益指标减少安全事故经济损失 明显 明显 10 10",
                                  "项目的经济效益指标安全，设施运行正常率100%。"])
def test_a_row_run_together_with_an_economic_name_or_prose_is_left(line):
    assert economic(_text(line)) == []
