"""What session 78's fresh pages taught, as specifications.

- A district bureau's report may tell what the province's organs issued and set (省委、省政府印发了《…行动计划》,
  该计划提出全省的工作目标…全省…): that 全省 is the issuer's scope, reported, not the bureau's own.
- A document site's text layer that turned every mark into a blank (根据 关于贯彻落实国发 2013 36 号文件 …) lost the
  〔〕 of its 发文字号 with the rest: a blank on each side of the year, in a paragraph with no mark at all, is no
  bracket left out by the writer (with its marks kept, 湘财绩 2017 6 号 is the writer's: ``test_s70_heldout``).
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
    body = "1、 1 立项背景 根据 关于贯彻落实国发 2013 36 号文件进一步加强城市基础设施建设的实施意见 稳步推进道路保洁 "
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


def test_an_uploaded_files_name_is_no_title_and_one_tag_is_one_finding():
    # a document site heads its copy with the uploaded file's name: …报告(范本) - 副本(5).doc is the site's, not the report's
    named = "\n".join(["一类疫苗运输遵化市预算支出项目绩效评价报告(范本) - 副本(5).doc"] * 3)
    text = f"{named}\n\n一、项目概况\n\n遵化市疾病预防控制中心承担一类疫苗运输工作。\n"
    assert [f for f in review(read_text_string(text)).findings if f.rule == "foreign.template_instruction"] == []
    # the template's own tag left on a report's title, and again on its running heads: one finding listing each
    tagged = "\n\n".join(["某县疾控中心2019年度项目支出绩效自评报告（参考格式）"] * 2)
    found = [f for f in review(read_text_string(f"{tagged}\n\n一、项目概况\n\n本中心承担疫苗运输工作。\n")).findings
             if f.rule == "foreign.template_instruction"]
    assert [(f.location.quote, len(f.related)) for f in found] == [("（参考格式）", 1)]


def test_a_goal_restated_in_its_result_under_numbered_headings_is_no_splice():
    text = ("南昌市东湖区扬子洲镇2017年防汛工作经费项目绩效自评报告\n\n二、项目预期目标\n\n(一)项目预期总目标\n\n"
            "扬子洲镇2017年度防汛工作有序开展,保障全镇安全度汛。\n\n(二)项目预期阶段性目标\n\n年度防汛工作,无阶段性目标。\n\n"
            "(三)项目预期目标完成情况(包括目标完成、项目完成、资金进度的对比情况)\n\n"
            "2017年度防汛工作有序开展,实现全镇安全度汛。完成中心渠道清杂、电排站维修等相关目标。\n")
    assert [f for f in review(read_text_string(text)).findings if f.rule.startswith("redundancy.splice")] == []


def test_a_work_plan_said_again_word_for_word_as_the_years_targets_is_a_copy():
    plan = ("以人为本,科学管理,巩固成果,积极创新,提高教学质量,提升办学水平,向学校管理科学化、办学条件标准化,"
            "教学设施现代化迈进,努力使教育教学质量及各项工作取得新成绩。")
    text = (f"开远市崇文小学校2021年度部门整体支出绩效单位自评报告\n一、部门基本情况\n(一)部门概况\n"
            f"3、年度工作计划及重点工作任务情况\n{plan}\n(二)当年部门履职总体目标、工作任务\n"
            f"全面贯彻党的教育方针,全面提高教育质量,全面实施素质教育。\n(三)当年部门整体支出绩效目标\n{plan}\n")
    found = [f for f in review(read_text_string(text)).findings if f.rule == "redundancy.duplicate"]
    assert len(found) == 1 and len(found[0].related) == 1


def test_a_last_sentence_ending_on_a_figure_and_its_unit_lost_only_its_stop():
    body = ("2022年底教职工157人,其中在职在编教师56人,编外100人,借用外单位1人\n(二)部门中长期战略目标\n继续提升保教质量。\n"
            "(三)部门年度工作任务\n为切实开展少数民族活动，展示民族团结进步示范区成果，区级批复下达2024年实际少数民族资金\n"
            "(四)部门预算情况\n预算收入合计120万元。")
    assert [q for r, q in _rules("某幼儿园2022年度部门整体支出绩效评价报告", body, "language.unended")] == ["2024年实际少数民族资金"]
