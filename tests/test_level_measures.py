"""A higher level's 全X beside the unit's own figures (entities.scope_level): a comparison only where
the figures are of one measure, or the unit's clause takes a share of the whole; and a title's unit name
followed by the part of the unit it covers in brackets. Invented wording."""

import pytest

from drafting.checks.entities import check_entities
from drafting.io.text_reader import read_text_string
from drafting.report import Paragraph, Report


def _scope(name: str, sentence: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=f"部门(单位)名称    {name}"), Paragraph(text=sentence)])
    return [f.quote for f in check_entities(report) if f.rule == "entities.scope_level"]


@pytest.mark.parametrize("sentence", [
    "我县共发放农机补贴2400万元，惠及全省农户4.3万户。",  # the unit's money, a province's households
    "全省共完成退耕还林3万亩，我县森林覆盖率达到58%。",  # nothing set side by side
    "本县本年度争取项目资金6000万元，全省新建通村公路95公里。",
    "我县现有专业合作社410家，全省土地托管面积达到9万亩。",
])
def test_a_higher_scope_beside_the_units_figures_of_another_measure_is_flagged(sentence: str) -> None:
    assert _scope("青山县农业农村局", sentence) == ["全省"]


@pytest.mark.parametrize("sentence", [
    "全市共有托育机构86家，我县21家。",  # one measure: a comparison
    "全省城镇居民人均收入4.2万元，我县3.6万元。",
    "全省共下达资金2亿元，我县获得支持项目9个。",  # a share received, in any measure
    "全市共下达农机补贴资金6000万元，我县受益农户2700户。",
    "全省共安排造林任务200万亩，我县承担任务1.5万亩。",
    "全省共下达资金2亿元，我县也获得了资金支持。",  # the unit's clause gives no figure
    "全省农机总动力增长3.1%，我县增长4.4%。",
])
def test_a_higher_level_beside_the_units_share_or_like_figure_stays_silent(sentence: str) -> None:
    assert _scope("青山县农业农村局", sentence) == []


def test_a_title_with_the_units_part_in_brackets_names_the_unit() -> None:
    body = "\n一、基本情况\n本局负责全省农田水利建设管理工作。\n"
    for title in ("青山县水利局（本级）2023年度部门整体支出绩效自评报告", "青山县水利局(机关本级)部门整体支出绩效自评报告"):
        found = [f for f in check_entities(read_text_string(title + body)) if f.kind.value == "entity_mismatch"]
        assert [f.quote for f in found] == ["全省"], title
