"""What session 78's fresh pages taught, as specifications.

- A district bureau's report may tell what the province's organs issued and set (省委、省政府印发了《…行动计划》,
  该计划提出全省的工作目标…全省…): that 全省 is the issuer's scope, reported, not the bureau's own.
- A document site's text layer that turned every mark into a blank (根据 关于贯彻落实国发 2013 36 号文件 …) lost the
  〔〕 of its 发文字号 with the rest: a blank on each side of the year is no bracket left out by the writer.
"""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(title: str, body: str, prefix: str) -> list[tuple[str, str]]:
    text = f"{title}\n\n一、项目概况\n\n{body}\n"
    return [(f.rule, f.location.quote) for f in review(read_text_string(text)).findings if f.rule.startswith(prefix)]


DISTRICT = "奉化区农业农村局2023年度村级集体经济项目支出绩效评价报告"


def test_a_higher_levels_plan_reported_in_its_own_scope_is_no_scope_claim():
    body = ("2021年年初,省委、省政府印发了《村级集体经济巩固提升三年行动计划》,该计划提出全省的工作目标:到2022年底,"
            "全省集体经济年收入达到20万元以上的行政村实现基本覆盖。到2025年底,全省年经营性收入50万元以上的行政村占比达到50%以上。")
    assert _rules(DISTRICT, body, "entities.scope_level") == []


def test_a_district_bureau_claiming_the_provinces_result_is_still_found():
    body = "2023年,我局积极推进村级集体经济发展,全省集体经济年收入达到20万元以上的行政村实现全覆盖。"
    assert _rules(DISTRICT, body, "entities.scope_level") == [("entities.scope_level", "全省")]


def test_blanks_where_a_document_numbers_brackets_stood_are_the_copys_loss():
    body = "立项背景 根据 关于贯彻落实国发 2013 36 号文件进一步加强城市基础设施建设的实施意见 稳步推进道路保洁。"
    assert _rules("冠县住建局2017年度城区道路保洁项目绩效评价报告", body, "language.document_number") == []


def test_a_year_run_into_its_number_is_still_a_missing_bracket():
    body = "根据《关于加强城市基础设施建设的意见》(国发201336号)文件精神,稳步推进道路保洁。"
    assert [r for r, _ in _rules("冠县住建局2017年度城区道路保洁项目绩效评价报告", body, "language.document_number")] == \
        ["language.document_number"]


def test_a_formulas_outer_bracket_left_open_around_a_closed_inner_one_is_unclosed():
    body = ("各单位按季度申报，全年应得管理养护费金额(管理养护里程*【养护定额标准-扣减系数(国省道每低于一等一个级次，"
            "每公里扣2000元)】；最后向县政府行文申报项目预算。")
    assert _rules("某县2016年公路日常养护项目支出绩效评价报告", body, "language.unclosed") == \
        [("language.unclosed", body[body.index("(管理"):body.index("预算。") + 3])]
    closed = body.replace("】；", "】)；")
    assert _rules("某县2016年公路日常养护项目支出绩效评价报告", closed, "language.unclosed") == []
