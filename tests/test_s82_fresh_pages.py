"""Session 82's fresh pages (pools 201–204, round seven of the neighbour genre: 部门决算 and 部门预算 publications),
read by cause after their measure: what a reviewer would not have reported, each as the shape it takes anywhere."""

from __future__ import annotations

from fresh_pages import under

_TITLE = "青山区商务局2021年度部门决算\n\n第一部分 青山区商务局单位概况\n\n"

_found, _messages = under(_TITLE)


def test_a_contents_page_ends_where_its_parts_start_over():
    contents = ("目录\n\n第一部分青山区商务局概况\n\n一、部门职责\n\n二、机构设置\n\n第二部分2021年度部门决算表\n\n一、收支决算总表\n\n"
                "第三部分2021年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n第四部分名词解释\n\n")
    body = ("第一部分\n\n青山区商务局概况\n\n一、部门决算单位构成\n\n纳入部门决算编制范围的单位包括办公室、市场运行股等\n\n"
            "二、部门职责和机构设置\n\n(一)部门职责。\n\n办公室主要履行下列职责:1、负责机关文秘、档案、信息工作;"
            "2、负责机关党建、群团工作;3、负责机关财务管理、人事工作;(二)部门机构设置。市场运行股负责市场监测。\n")
    assert _found(contents + body, "structure.numbering_late_start") == []
    # the same body with no (一) before its run-in (二) still lacks its first item
    assert _found(contents + body.replace("(一)部门职责。\n\n", ""), "structure.numbering_late_start") == ["(二)"]


def test_a_bracketed_item_run_into_the_text_after_a_stop_is_no_gap():
    duties = ("(一)主要职能\n1.贯彻执行党的路线方针政策。2.推动产业结构调整。3.完成上级交办的其他事项。(二)机构设置\n"
              "政府内设党政办公室、经济发展办公室。\n(三)单位构成\n本单位为二级预算单位。\n")
    assert _found(duties, "structure.numbering_gap") == []
    lost = duties.replace("(二)机构设置", "机构设置如下")
    assert _found(lost, "structure.numbering_gap") == ["(三)"]


def test_levels_listed_beside_the_nations_are_no_scope_of_the_units():
    duties = "执行国家统计标准和全国、全省、全市统计报表制度;完善和统一管理全区各项核算制度。\n"
    assert _found(duties, "entities.scope_level") == []
    # the unit's own work at a higher level is still out of place
    assert _found("本局为全省群众提供统计咨询服务。\n", "entities.scope_level") == ["全省"]


def test_a_rank_within_the_province_is_no_scope_of_the_units():
    title = "安平县中医医院2023年度部门决算\n\n第一部分 安平县中医医院单位概况\n\n"
    rank = "医院开放病床500张,是目前全省规模最大、设备最全的县级中医医院。\n"
    assert _found(rank, "entities.scope_level", title=title) == []
    assert _found("医院为全省群众提供中医诊疗服务。\n", "entities.scope_level", title=title) == ["全省"]


def test_a_part_title_before_the_units_name_is_not_part_of_its_region():
    title = "第三部分 青山区统计局2020年部门预算情况说明\n\n"
    said = _messages("本局为全省群众提供统计咨询服务。\n", "entities.scope_level", title=title)
    assert len(said) == 1 and "（青山区）" in said[0] and "第三部分" not in said[0]


def test_words_at_an_excerpts_cut_end_are_not_read_as_transposed():
    cut = "一、主要职责\n1.全面贯彻国家职业教育方针,培养有一技之长的专业人才。\n2.以立德树人为根"
    assert _found(cut, "language.transposed") == []
    # a word split round another inside the text is still read
    split = "一、主要职责\n1.加强财政资预算金管理,提高资金使用效益。\n2.以立德树人为根本。\n"
    assert _found(split, "language.transposed") == ["资预算金"]


def test_a_templates_nil_lines_for_two_funds_are_not_one_paragraph_copied():
    lines = ("(一)收入决算情况\n\n1.一般公共预算财政拨款收入320.15万元,为财政当年拨付的资金。较2021年决算增加12.30万元,主要是人员经费增加。\n\n"
             "2.政府性基金预算财政拨款收入{}万元,为财政当年拨付的资金。与2021年决算持平,无增减变动。\n\n"
             "3.国有资本经营预算财政拨款收入{}万元,为财政当年拨付的资金。与2021年决算持平,无增减变动。\n")
    assert _found(lines.format("0.00", "0.00"), "redundancy.duplicate") == []
    # the same amount other than nil for two funds is still one statement said twice
    assert len(_found(lines.format("16.80", "16.80"), "redundancy.duplicate")) == 1
