"""Session 81's fresh pages (pools 171–175: a neighbour genre, 部门决算 and 部门预算 publications), read by cause
after their measure: what a reviewer would not have reported, and what was missed, each as the shape it takes
anywhere."""

from __future__ import annotations

from fresh_pages import under

from drafting.io.pdf_text import unwrap

_TITLE = "某县文化馆2021年度部门决算\n\n第一部分 单位概况\n\n"

_found, _messages = under(_TITLE)


# -- wrong findings removed -------------------------------------------------------------------------

def test_a_two_character_word_before_and_is_not_a_units_name():
    offices = "本级下设{}个部门,分别为:办公室、组织部、宣传部、妇女发展部、权益部、家庭和儿童工作部、机关党委。"
    assert _found(offices.format(7), "count_list") == []
    assert _found(offices.format(6), "count_list") == ["6个"]
    # a unit's whole name before 和 still names two units
    assert _found("下设3个科室,分别为:办公室、财务管理科和业务指导科、信息科。", "count_list") == ["3个"]


def test_a_heading_followed_by_a_list_numbered_anew_in_its_style_is_not_empty():
    work = "(一)主要职能。\n\n负责全镇经济社会事务。\n\n(二)2019年重点工作完成情况。\n\n(一)抓从严治党,强化基层党建工作\n\n以党建提升年为主线,推进阵地建设。\n\n(二)抓产业发展\n\n全年新建基地2个。\n"
    assert _found(work, "structure.empty_heading") == []
    # a heading followed by its next sibling is still empty
    empty = "(一)主要职能\n\n负责全镇经济社会事务。\n\n(二)2019年重点工作完成情况\n\n(三)机构设置\n\n内设机构4个。\n\n(四)人员情况\n\n在职人员20人。\n"
    assert _found(empty, "structure.empty_heading") == ["(二)2019年重点工作完成情况"]
    restarted = empty.replace("(三)机构设置", "(一)抓从严治党")
    assert _found(restarted, "structure.empty_heading") == []


def test_a_verb_of_change_takes_its_amount_straight_after_it():
    changes = ("本年收入合计435.82万元,较上年决算数减少83.71万元,下降16.1%。本年支出合计387.82万元,"
               "较上年决算数减65.62万元,下降13.1%。基本支出较上年增加18.67万元,项目支出较上年增17.1万元。")
    assert _found(changes, "language.dropped") == []
    # a word cut short before its figure is still read (预算支 where the report writes 预算支出)
    cut = "2020年预算支出1066180元。2019年预算支1079128元。预算支出主要用于人员工资。"
    assert _found(cut, "language.dropped") == ["预算支"]


def test_a_sentence_that_writes_its_head_counts_bare_as_its_way_is_not_told_for_one_of_them():
    bare = ("编制人数小计20,其中:行政编制人数 12,全部补助事业编制人数8人;实有人数小计18,其中:在职人数小计18,"
            "包括行政在职人数11,全部补助事业在职人数7人。")
    assert _found(bare, "language.dropped") == []
    # one count among counts told with 人 still lost its unit — told once, not again as a bare count
    slip = "单位人员情况：正式职工2人,临时工8人,公益性岗位1人,计划内合同工1,退休职工4人。"
    assert _found(slip, "language.dropped") == ["计划内合同工1"]
    assert _found(slip, "language.bare_count") == []


# -- misses read -------------------------------------------------------------------------------------

_CONTENTS = ("2021年度某镇人民政府部门决算\n\n目录\n\n第一部分 单位概况\n\n一、部门职责\n\n二、机构设置\n\n第二部分 部门决算情况说明\n\n"
             "一、收入支出决算总体情况说明\n\n二、收入决算情况说明\n\n三、支出决算情况说明\n\n四、财政拨款收入支出决算总体情况说明\n\n"
             "五、一般公共预算财政拨款支出决算情况说明\n\n六、一般公共预算财政拨款基本支出决算情况说明\n\n"
             "七、一般公共预算财政拨款三公经费支出决算情况说明\n\n{}\n\n十、一般性支出情况说明\n\n十一、政府采购支出说明\n\n"
             "{}第三部分 名词解释\n\n第一部分 单位概况\n\n一、部门职责\n\n负责全镇经济社会事务。\n")


def test_entries_of_a_table_of_contents_that_lost_their_numbers_are_named_with_the_numbers_they_lost():
    lost = _CONTENTS.format("政府性基金预算收入支出决算情况说明\n\n机关运行经费支出说明", "")
    assert _messages(lost, "structure.unnumbered_heading", title="") == [
        "目录中“政府性基金预算收入支出决算情况说…”等项没有编号，按前后各项应为“八、”“九、”（目录中共2项）"]


def test_a_table_of_contents_jump_with_another_count_of_bare_entries_or_bare_entries_after_its_last_number_is_left():
    one_bare = _CONTENTS.format("政府性基金预算收入支出决算情况说明", "")
    assert _found(one_bare, "structure.unnumbered_heading", title="") == []
    trailing = _CONTENTS.format("八、政府性基金预算收入支出决算情况说明\n\n九、机关运行经费支出说明", "部门整体支出绩效目标表\n\n")
    assert _found(trailing, "structure.unnumbered_heading", title="") == []


def test_a_table_of_contents_whose_entries_share_a_width_is_not_read_as_a_wrapped_page():
    # three numbered entries of twenty characters each, as a page width's lines would be
    lines = ["目录", "", "第三部分 部门决算情况说明", "", "五、一般公共预算财政拨款支出决算情况说明", "",
             "六、一般公共预算财政拨款基本支出决算情况", "", "七、一般公共预算财政拨款三公经费支出决算", "",
             "政府性基金预算收入支出决算情况", "", "机关运行经费支出说明", "", "十、一般性支出情况说明"]
    kept = unwrap(lines)
    assert "政府性基金预算收入支出决算情况" in kept
    assert "七、一般公共预算财政拨款三公经费支出决算" in kept
    # prose wrapped at a page's width is still joined
    prose = ["本单位本年度收入支出均较上年有所减少，主要原因是区科技馆", "建设已经正常运行，装修及展教设备采购工作已经全部完成，运",
             "行经费相应减少，其中基本支出全部用于保障本单位机构正常运", "转。"]
    assert len({len(line) for line in prose[:3]}) == 1
    assert len(unwrap(prose)) == 1


# -- round two (pools 176–180) -------------------------------------------------------------------------

def test_a_table_of_contents_that_closes_its_entries_with_a_stop_is_still_a_table_of_contents():
    contents = ("某镇人民政府2020年部门预算\n\n目 录\n\n第一部分 部门基本情况\n\n一、基本职能。\n\n二、机构设置情况。\n\n三、人员构成情况。\n\n"
                "第二部分 其他事项说明\n\n一、机关运行经费预算安排情况 ;\n\n二、政府采购预算安排情况;\n\n三、预算绩效管理工作开展情况\n\n"
                "第一部分 某镇人民政府基本情况\n\n一、基本职能\n\n负责全镇经济社会事务。\n\n二、机构设置情况\n\n内设机构4个。\n\n"
                "三、人员构成情况\n\n在职人员20人。\n")
    assert _found(contents, "structure.empty_heading", title="") == []
    # a heading of the body left empty is still told
    assert _found(contents.replace("内设机构4个。\n\n", ""), "structure.empty_heading", title="") == ["二、机构设置情况"]


def test_three_entries_of_a_long_list_quoted_under_another_heading_are_not_the_list_written_twice():
    names = ["财政拨款收入支出决算表", "一般公共预算财政拨款收入支出决算表", "一般公共预算财政拨款基本支出决算表",
             "一般公共预算财政拨款项目支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表",
             "财政拨款“三公”经费、行政参公单位机关运行经费情况表", "一般公共预算财政拨款“三公”经费情况表",
             "部门整体支出绩效自评情况", "部门整体支出绩效自评表", "项目支出绩效自评表"]
    tables = "\n\n".join(f"{n}、{name}" for n, name in zip(["四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"],
                                                          names, strict=True))
    later = "(一)部门整体支出绩效自评情况\n\n(二)部门整体支出绩效自评表\n\n(三)项目支出绩效自评表"
    body = f"第二部分 决算表\n\n{tables}\n\n第四部分 其他重要事项\n\n四、部门绩效自评情况\n\n{later}\n\n五、其他重要事项情况说明\n"
    assert _found(body, "structure.lists_differ") == []


def test_the_last_item_of_a_list_whose_items_drop_their_stops_is_not_told_unended():
    duties = ("一、部门职责\n\n4负责区人大、区政协联系、组织、督促有关部门办理提、议案和视察事项\n\n"
              "5负责依法行政,政务信息公开事项;负责金融、外事侨务等相关事项\n\n二、机构设置及人员情况\n\n内设机构3个。\n")
    assert _found(duties, "language.unended") == []
    # a paragraph of prose cut before the next heading still is
    prose = ("一、部门职责\n\n本单位负责全区文化工作,承担公共文化服务、文化市场管理等职能,是集社会宣传教育、公益文化服务、"
             "文化艺术普及功能于一体的区域文化地标\n\n二、机构设置\n\n内设机构3个。\n")
    assert _found(prose, "language.unended") == ["功能于一体的区域文化地标"]


def test_a_first_item_whose_number_is_glued_to_a_code_is_the_lists_first_item():
    units = "(二)部门预算单位构成\n\n1.101 某区人大常委会办公室(一级预算单位)\n\n2. 101001 某区人大常委会办公室本级(二级预算单位)\n"
    assert _found(units, "structure.numbering_late_start") == []
    assert _found(units.replace("1.101 ", ""), "structure.numbering_late_start") == ["2."]


def test_a_public_health_term_is_not_a_slip_of_a_word_the_report_writes_elsewhere():
    duties = "负责全县传染病防治、慢性病防治工作,开展病媒生物防制、技术指导与管理。"
    assert _found(duties, "language.typo") == []


def test_a_publications_title_naming_its_unit_and_year_is_no_sentence_a_run_was_pasted_into():
    page = ("新疆某某县某某乡人民政府2021年度部门决算公开说明\n\n一、部门职责\n\n负责全乡经济社会事务。\n\n二、机构设置及人员情况\n\n"
            "某某县某某乡人民政府2021年度,实有人数346人,其中:在职人员255人,退休人员91人。\n")
    assert _found(page, "redundancy.splice_partial", title="") == []


def test_a_budget_tables_line_with_no_amount_is_nil_not_a_section_left_unwritten():
    table = ("序号 |\n收入 |\n支出 |\n1 |\n一、一般公共预算拨款收入 |\n675.82 |\n一、一般公共服务支出 |\n516.39 |\n2 |\n"
             "二、政府性基金预算拨款收入 |\n|\n二、外交支出 |\n|\n3 |\n三、国有资本经营预算拨款收入 |\n|\n三、国防支出 |\n|\n")
    assert _found(table, "structure.blank_section_cell") == []


def test_a_sites_banner_above_its_breadcrumb_is_not_the_reports_text():
    page = "重庆市长寿区区教育委员会\n\n您当前的位置:首页 >区教育委员会 >政务公开 >财务信息\n\n某中学2022年度部门决算\n\n一、部门职责\n\n负责教育教学工作。\n"
    assert _found(page, "language.doubled_level", title="") == []
    assert _found("本校隶属于重庆市长寿区区教育委员会。", "language.doubled_level") == ["长寿区区教育"]


def test_a_year_that_lost_its_nian_after_a_headings_number_or_before_sangong_or_bumen():
    assert _found("二、2022三公经费预算情况说明\n\n本部门三公经费预算3万元。\n", "language.dropped") == ["2022三"]
    assert _found("二、2023“三公”经费预算情况说明\n\n本部门三公经费预算3万元。\n", "language.dropped") == ["2023“"]
    assert _found("现将2025部门预算公开如下:\n\n一、部门职责\n\n负责全市工作。\n", "language.dropped") == ["2025部"]
    # a count after 将 carries its measure word, and a year its 年
    assert _found("计划将2025户农户纳入保障,现将2025年部门预算公开如下。", "language.dropped") == []


def test_a_year_before_the_units_own_name_lost_its_nian_while_an_events_name_keeps_its_year_bare():
    assert _found("2022湘潭县审计局共有预算单位1个,包括本级。", "language.dropped") == ["2022湘"]
    assert _found("2022北京冬奥会期间,本单位做好服务保障。", "language.dropped") == []


# -- round three (pools 181–185) -----------------------------------------------------------------------

def test_a_province_whose_name_ends_in_zhou_is_a_province_not_a_prefecture():
    from drafting.checks.unit_titles import own_region
    assert own_region("中共贵州省政法委员会") == "贵州省"
    assert own_region("黔东南州财政局") == "黔东南州"
    page = ("中共贵州省委政法委员会2017年部门预算\n\n一、主要职能\n\n省委政法委是省委领导政法工作的职能部门,"
            "研究全省政法工作重大事项和问题。\n")
    assert _found(page, "entities.scope_level", title="") == []


def test_an_autonomous_countys_short_name_is_the_reports_own_unit():
    page = ("石柱土家族自治县文化馆2023年单位预算情况说明\n\n一、单位基本情况\n\n(一)职能职责\n\n负责全县群众文化工作。\n\n"
            "(二)单位构成\n\n石柱县文化馆为二级预算单位,主管部门是石柱县文化旅游委。主要用于保障石柱县文化馆在职人员工资福利。\n")
    assert _found(page, "entities.neighbour_unit", title="") == []


def test_a_figure_said_besides_is_no_part_of_the_total():
    income = ("2019年度收入合计2,020.55万元,较上年决算数增加275.83万元。其中:财政拨款收入2,020.55万元,占100.0%;"
              "此外,年初结转和结余34.78万元。")
    assert _found(income, "sentence_parts_sum") == []


def test_a_class_followed_by_its_one_item_of_the_same_amount_is_counted_once():
    spending = ("年初预算数430.31万元,其中:文化旅游体育与传媒支出预算286.85万元,群众文化支出预算286.85万元,"
                "社会保障和就业支出预算107.16万元,卫生健康支出预算19.57万元,住房保障支出预算16.73万元。")
    assert _found(spending, "sentence_parts_sum") == []
    assert len(_found(spending.replace("16.73万元", "26.73万元"), "sentence_parts_sum")) == 1


def test_a_share_after_a_bracket_detailing_its_figure_is_that_figures_share():
    income = ("本年收入合计25,031.67万元;包括财政拨款收入24,940.34万元(其中,一般公共预算24,399.59万元,"
              "政府性基金预算540.75万元,国有资本经营预算0万元),占收入合计{}%;其他收入91.33万元,占收入合计0.36%。")
    assert _found(income.format("99.64"), "sentence_rate") == []
    assert _found(income.format("98.64"), "sentence_rate") == ["98.64%"]


def test_a_bylines_source_before_the_title_is_no_word_written_twice():
    page = "政法委部门2017年部门预算编制说明\n浏览:5403次 时间:2017-03-22 来源:政法委\n\n政法委部门2017年部门预算编制说明\n\n一、部门基本情况\n"
    assert _found(page, "language.doubled_word", title="") == []


def test_a_level_alone_and_a_bodys_short_name_are_no_dropped_characters():
    duties = ("负责全市畜牧业发展规划;负责市畜牧兽医系统内财务及国有资产的监督管理。"
              "根据《关于设立随州市随城山森林公园管理处的通知》,设立随城山森林公园管理处,为全额拨款事业单位。")
    assert _found(duties, "language.dropped") == []


def test_one_dropped_character_read_by_two_checks_is_told_once():
    contents = "第二部分:某市水利局2018度部门决算报表\n\n第三部分:某市水利局2018年度部门决算情况说明\n\n一、2018年度收入支出决算总体情况\n"
    assert _found(contents, "language.dropped") == ["2018度"]


def test_a_total_row_wrong_in_most_of_its_columns_at_once_is_a_misread_table_not_nine_errors():
    from drafting.checks.arithmetic import check_arithmetic
    from drafting.io.text_reader import read_text_string
    head = "单位名称 | 合计 | 行政 | 事业 | 工勤 | 退休\n"
    misread = head + "市教育局 | 64 | 40 | 37 | 3 | 24\n某中学 | 518 | 321 | 303 | 18 | 197\n合计 | 1384 | 966 | 37 | 841 | 88\n"
    assert [f for f in check_arithmetic(read_text_string(misread)) if f.rule == "table_column_total"] == []
    one_off = head + "市教育局 | 64 | 40 | 37 | 3 | 24\n某中学 | 518 | 321 | 303 | 18 | 197\n合计 | 582 | 361 | 340 | 21 | 231\n"
    assert [f.quote for f in check_arithmetic(read_text_string(one_off)) if f.rule == "table_column_total"] == ["231"]


def test_two_terms_meeting_on_one_character_are_no_doubled_character():
    assert _found("（四）负责兽医医政和兽药药政工作；", "language.doubled_char") == []


# -- round four (pools 186–190) ------------------------------------------------------------------------

def test_terms_of_health_and_emergency_work_are_no_slips():
    text = ("日常受理和处置各类城市管理问题并提供便民服务,急时提供应急指挥平台服务。医院于2019年搬迁至新城,形成一院两点新布局。"
            "承担县委县政府及县卫健委交办的其他卫生工作。")
    assert _found(text, "language.typo") == []


def test_a_heading_cut_at_the_excerpts_end_is_no_signature():
    page = ("某县侨联2021年部门预算公开说明\n\n单位名称:某县归侨侨眷联合会\n\n一、部门职责\n\n负责全县侨务工作。\n\n(一)部门收支预算总表\n\n"
            "(二)部门收入预算总表\n\n(三)部门支出预算总表\n\n(四)部")
    assert _found(page, "entities.author", title="") == []


def test_a_section_whose_items_are_numbered_in_the_style_above_it_is_not_empty():
    body = ("第一部分 某乡2022年部门预算公开说明\n\n、部门基本情况\n\n(一)部门主要职能\n\n一、坚持党委集体领导,认真执行上级党委、政府和\n\n"
            "同级党委、人民代表大会决议、决定,并报告政府工作。\n\n   二、制定乡政府各项工作发展总体规划和年度目标管理并组织实施。\n\n"
            "(二)部门预算单位构成\n\n本部门无二级单位。\n")
    assert _found(body, "structure.empty_heading", title="") == []


def test_an_untitled_table_of_contents_whose_entries_close_with_a_stop_is_still_one():
    page = ("某区民政局2017年决算公开\n\n  某区民政局 \n\n  2017年部门决算 \n\n  第一部分:某区民政局概况 \n\n  一、主要职能 \n\n"
            "  二、部门决算单位构成 \n\n  第二部分:某区民政局2017年部门决算报表 \n\n  第三部分:某区民政局2017年度部门决算情况说明 \n\n"
            "  一、2017 年度收入支出决算总体情况。 \n\n  二、2017 年度一般公共预算支出决算情况。 \n\n  三、其他重要事项情况说明。 \n\n"
            "  第一部分:某区民政局概况 \n\n  一、基本职能及主要工作 (一)贯彻执行有关社会行政事务的法律、法规和政策;研究提出全区民政事业"
            "中长期发展规划,并负责组织实施。 \n\n  (二)负责辖区内社会团体的登记管理和年度检查工作。 \n")
    assert _found(page, "structure.empty_heading", title="") == []


def test_an_items_number_with_a_blank_before_its_dot_is_read():
    items = "(一)主要职能\n\n1.做好服务工作。\n\n2 .围绕人大立法做好服务工作。\n\n3. 做好代表工作。\n\n4. 做好会议服务。\n\n5 .加大督查力度。\n\n6 .加强工作联系。\n\n7. 做好机关保障工作。\n"
    assert _found(items, "structure.numbering_gap") == []


def test_a_late_start_after_a_heading_that_lost_its_numeral_is_that_loss_told_once():
    page = "某县医疗保障局2020年度部门决算公开说明\n\n、单位基本情况\n\n(一)职能职责\n\n负责全县医疗保障工作。\n\n二、部门决算情况说明\n\n本年收入100万元。\n"
    assert _found(page, "structure.numbering_late_start", title="") == []
    assert len(_found(page, "structure.broken_marker", title="")) == 1


def test_a_periods_two_ends_after_the_reports_year_are_one_finding():
    form = "财政项目支出绩效目标审批表\n\n( 2023年度)\n\n建设周期 | 2025年1月1日-2025年12月31日 | 业务主管部门 | 某县应急管理局\n"
    assert len(_found(form, "dates.future", title="")) == 1


def test_a_rural_level_counted_after_ge_is_a_noun_alone():
    text = ("全镇东村、西村、南村等17个村居凡有松树的林地山头均纳入普查范围。"
            "本年共完成17个村凡有松树的林地的普查工作。")
    assert _found(text, "language.dropped") == []


def test_a_stop_typed_for_a_dun_inside_a_bracketed_list_of_offices_parts_no_names():
    offices = "行政单位{}个(党政办公室、财政所、党建办公室、社会治理办公室。规划建设办公室、综合执法办公室、乡村振兴办公室)。"
    assert _found(offices.format(7), "count_list") == []
    assert _found(offices.format(8), "count_list") == ["8个"]


# -- round five (pools 191–195) ------------------------------------------------------------------------

def test_numbered_lines_after_a_sentence_without_a_count_are_not_an_earlier_counts_list():
    units = ("某局下属二级单位3个,其中:参照公务员法管理的事业单位1个,其他事业单位2个。纳入某局2019年度部门决算编制范围的"
             "二级预算单位包括:\n\n1. 某局经济责任审计分局\n\n2. 某县政府投资建设项目审计中心\n\n3. 某县计算机审计信息技术中心\n\n"
             "二、部门决算情况说明\n\n本年收入100万元。\n")
    assert _found(units, "count_list") == []


def test_the_year_before_a_budgets_year_is_its_baseline_at_the_years_end():
    text = ("本单位2023年“会议费”“培训费”财政拨款预算数3万元。(三)国有资产占有使用情况\n\n"
            "截至2022年底,本单位所属各预算单位共有车辆0辆,2023年部门预算安排车辆购置经费0万元。\n")
    assert _found(text, "dates.year_end", title="") == []


def test_a_part_whose_figure_lost_its_unit_is_counted_before_the_sum_is_judged():
    posts = "某镇人民政府单位编制数为39名,其中公务员(含参照公务员管理事业人员)20事业编制17名,工勤编制2名。"
    assert _found(posts, "sentence_parts_sum") == []
    assert len(_found(posts.replace("39名", "49名"), "sentence_parts_sum")) == 1


def test_a_figure_for_each_is_no_part_of_its_own():
    posts = "学校设12个内设机构和内设机构领导职数22名(其中技能鉴定办、资助办各1名,其他内设机构正副职数各1名)。"
    assert _found(posts, "sentence_parts_sum") == []


def test_one_of_two_joined_by_and_left_out_is_no_dropped_text():
    duties = ("1.宣传贯彻执行党和国家的教育方针、政策、法律法规等,坚持依法治教。"
              "(一)职能职责\n\n加强教育教学管理,发展教育事业。全面贯彻执行党的教育方针,开展教育教学活动。\n")
    assert _found(duties, "language.dropped") == []


def test_a_table_of_contents_entry_that_kept_its_numeral_but_lost_its_mark_bounds_the_gap():
    contents = ("目录\n\n第二部分 部门预算表\n\n七、基本支出明细表\n\n八、项目支出明细表\n\n“三公”经费、会议费和培训费支出预算表\n\n"
                "政府采购预算表\n\n十一政府购买服务预算表\n\n十二、政府性基金支出预算表\n\n第三部分 名词解释\n\n第一部分 部门概况\n\n"
                "一、主要职责\n\n负责全镇事务。\n")
    assert _messages(contents, "structure.unnumbered_heading", title="") == [
        "目录中““三公”经费、会议费和培训费支出…”等项没有编号，按前后各项应为“九、”“十、”（目录中共2项）"]


# -- round six (pools 196–200) -------------------------------------------------------------------------

def test_a_list_of_tables_one_a_line_is_no_word_written_twice_across_lines():
    tables = ("第五部分:2019年部门决算公开报表\n表1:财政拨款收支决算总体情况表(见附件)\n表2:一般公开预算支出决算情况表\n"
              "表3:一般公开预算财政拨款基本支出决算情况表\n表4:一般公开预算“三公”经费支出决算情况表\n")
    assert _found(tables, "language.doubled_char") == []


def test_the_year_before_a_budgets_year_is_its_baseline_wherever_the_title_says_budget():
    page = ("第一部分 某县公安局2019年部门预算编制说明\n\n一、基本职能及主要工作\n\n负责全县公安工作。\n\n二、预算单位基本情况\n\n"
            "截至2018年12月统计,部门基本情况如下:\n在职人员编制202人,其中:行政编制199人,工勤编制3人。在职实有198人。\n\n"
            "三、预算单位收入情况\n\n2019年部门财务总收入6804.27万元,其中:一般公共预算财政拨款6504.54万元。\n")
    assert _found(page, "dates.year_end", title="") == []
    # in a report on the year's accounts the same year-end is stale
    assert _found(page.replace("部门预算编制说明", "部门决算说明"), "dates.year_end", title="") == ["截至2018年12月"]


def test_a_units_own_name_said_again_where_the_template_names_it_is_no_splice():
    page = ("一、部门职责\n\n负责全区退役军人工作。\n\n二、机构设置情况\n天津市宝坻区退役军人事务局本级内设2个职能科室;下辖0个预算单位。\n"
            "纳入天津市宝坻区退役军人事务局本级2022年部门预算编制范围的预算单位包括:\n天津市宝坻区退")
    assert _found(page, "redundancy.splice_partial", title="") == []


def test_a_contents_pages_last_entry_before_the_next_part_is_no_empty_heading():
    page = ("中国共产党某市委员会党校\n\n2019 年部门决算\n\n第一部分:某市委党校概况\n\n一、主要职能\n\n二、部门决算单位构成\n\n"
            "第三部分:某市委党校2019年度部门决算情况\n\n说明\n\n一、2019年度收入支出决算总体情况\n\n五、一般公共预算财政拨款安排的“三公“经费支出决\n\n"
            "算情况说明。\n\n六、其他重要事项情况说明\n\n第四部分 名词解\n\n4\n\n第一部分:某市委党校概况\n\n一、主要职能\n\n某市委党校成立于1953年。\n")
    assert "六、其他重要事项情况说明" not in _found(page, "structure.empty_heading", title="")
