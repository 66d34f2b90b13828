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


# -- round eight (pools 205–209, measured on 6eb79b2b before any label was read) ---------------------

def test_a_document_numbers_issuer_code_is_no_misspelt_word():
    cited = "根据《关于印发某局主要职责的通知》(市委办发【2019】15号)和《关于成立某中心的批复》(市机编办发〔"
    assert _found(cited, "language.typo") == []
    # the same slip in running text is still read
    assert _found("严格执行财务管理办发,规范资金使用。\n", "language.typo") == ["办发"]


def test_a_numbered_slogans_numeral_is_no_misspelt_word():
    slogan = '主要职责概括起来是"三建四业":"三建"即城乡建设、工程建设;"四业"即建筑业、房地产业。\n'
    assert _found(slogan, "language.typo") == []


def test_a_two_character_organ_before_and_may_name_one_member_of_the_list():
    offices = "学校设有学工室、总务室、教导室、办公室、工会、团委和妇委会共{}个处室。\n"
    assert _found(offices.format("七"), "count_list") == []
    assert _found(offices.format("九"), "count_list") == ["九个"]


def test_a_last_line_that_is_a_units_name_alone_is_no_cut_sentence():
    body = ("一、主要职能\n1、政协是中国人民爱国统一战线组织,是多党合作和政治协商的重要机构,完成县委交办的各项工作任务。\n"
            "二、部门预算单位构成:\n纳入部门预算单位1个;中国人民政治协商会议安平县委员会\n三、部门预算情况说明:\n收入预算455.04万元。\n")
    assert _found(body, "language.unended") == []
    cut = body.replace("中国人民政治协商会议安平县委员会", "本单位负责全县政协委员的联络和服务工作")
    assert _found(cut, "language.unended") != []


def test_a_founding_year_alone_does_not_make_a_later_date_future():
    history = ("一、部门基本情况\n某市环境保护局成立于1989年,前身为县城建环保办公室。2010年11月15日市人民政府办公室对本局主要职责"
               "内设机构和人员编制进行了核定。\n")
    assert _found(history, "dates.future", title="") == []
    # where the body states its year, a date two years on is still told
    said = "2019年度部门决算\n\n2019年度收入合计300万元,2019年度支出合计290万元。2022年3月15日完成了验收。\n"
    assert _found(said, "dates.future", title="") == ["2022年3月15日"]


def test_a_figure_after_a_bare_increase_is_the_change_not_the_base():
    rates = "2019年三公经费预算安排389000元,比上年预算增56400元,同比增长{}%。\n"
    assert _found(rates.format("16.96"), "sentence_change_rate") == []
    # last year's figure itself given, the rate is still read against it
    base = "2019年三公经费预算安排389000元,上年预算332600元,同比增长{}%。\n"
    assert _found(base.format("16.96"), "sentence_change_rate") == []
    assert _found(base.format("19.96"), "sentence_change_rate") == ["19.96%"]


def test_a_budgets_title_names_the_year_after_the_execution_it_reports():
    title = "安平县某镇人民政府2024年政府预算报告\n\n"
    body = ("一、2023年财政预算执行情况\n2023年,镇财政总收入2350万元。2023年全镇一般公共预算支出2100万元。"
            "2023年底,全镇债务余额为0。\n")
    assert _found(body, "dates.stale_title", title=title) == []
    # an account of the execution titled a year on is still stale
    assert _found(body, "dates.stale_title", title=title.replace("政府预算报告", "政府预算执行情况报告")) == ["2024年"]


def test_xx_ending_an_index_code_is_no_placeholder():
    page = "索引号 11500000MB190671XX/2022-00152 发文字号\n本局2021年度决算如下。\n"
    assert _found(page, "structure.placeholder") == []
    assert _found("本局负责XX项目的实施。\n", "structure.placeholder") == ["XX"]


def test_a_text_opening_with_a_sub_item_began_inside_its_parents_item():
    body = ("(一)主要职能。\n某局负责全县城乡建设管理工作。\n(二)重点工作完成情况。\n全年完成项目12个。\n"
            "二、部门概况\n某局属财政全额拨款的行政单位。\n三、收支决算总体情况说明\n本年收入合计300万元。\n")
    assert _found(body, "structure.numbering_late_start", title="") == []
    # under a title and a heading that lost its number, 二、 still tells the missing first item
    titled = "2017年度某县住房和城乡建设局部门决算\n\n部门基本情况\n\n" + body
    assert _found(titled, "structure.numbering_late_start", title="") != [] or \
        _found(titled, "structure.unnumbered_heading", title="") != []


# -- misses read (round eight's labels, after the measure) -------------------------------------------

def test_a_kinds_staff_above_its_posts_is_told_where_the_total_is_within_its_posts():
    staff = ("2018年编制人数为41人,其中行政编制25人,事业编制16人。在职实有人数39人,行政实有人数22人;"
             "事业实有人数为{}人,其中农服中心7人,文广站3人。\n")
    assert _found(staff.format(17), "staffing.over_posts") == ["17人"]
    assert _found(staff.format(16), "staffing.over_posts") == []


# -- round nine (pools 210–214, measured on a300762c before any label was read) ----------------------

def test_an_office_named_short_and_a_set_phrase_are_no_misspelt_words():
    said = "2016年中央编办拟在我省召开全国会议。按照只减不增的要求从严控制三公经费。\n"
    assert _found(said, "language.typo") == []


def test_a_lists_enumeration_comma_before_its_etc_is_told():
    assert _found("医院设有内科、外科、口腔科、等临床科室。\n", "language.doubled_mark") == ["、等"]
    assert _found("医院设有内科、外科、口腔科等临床科室。一、等级评定\n", "language.doubled_mark") == []


def test_a_kinds_posts_and_staff_side_by_side_are_read_as_a_pair():
    staff = "有在职人员69人,编制60人,行政编制30人实有19人,工勤编3人实有{}人,事业编制27人实有27人。\n"
    assert _found(staff.format(13), "staffing.over_posts") == ["13"]
    assert _found(staff.format(3), "staffing.over_posts") == []
    # the last kind's posts before the whole's staff are no pair
    assert _found("核定行政编制5名、事业编制2名，实有7名。\n", "staffing.over_posts") == []


def test_a_listed_table_that_lost_its_numeral_is_told():
    contents = ("目录\n\n八、政府性基金预算支出情况表(公开08表)\n\n九、国有资本经营预算支出情况表(公开09表)\n\n"
                "、政府采购预算表(公开10表)\n\n十一、政府购买服务预算表(公开11表)\n\n第一部分 部门概况\n\n一、主要职责\n\n负责全县自然资源工作。\n")
    assert _found(contents, "structure.broken_marker") == ["、"]


def test_a_townships_account_of_another_township_as_the_budget_unit_is_told():
    head = "平安县高峰镇人民政府\n2017年部门决算编制说明\n"
    body = "一、基本职能\n执行本级人民代表大会的决议。\n二、部门概况\n{}属一级预算单位,其中行政单位1个,其他事业单位6个。\n"
    assert _found(body.format("坦溪镇"), "entities.neighbour_unit", title=head) == ["坦溪镇"]
    assert _found(body.format("高峰镇"), "entities.neighbour_unit", title=head) == []
    assert _found(body.format("本镇"), "entities.neighbour_unit", title=head) == []


# -- round ten (pools 215–219, measured on c993eba6 before any label was read) -----------------------

def test_a_flattened_two_column_tables_numbers_are_no_gap():
    table = ("部门预算收支总表\n序号收入支出\n1一、一般公共预算拨款收入4948.24一、一般公共服务支出\n2二、政府性基金预算拨款收入\n二、外交支出\n"
             "3三、国有资本经营预算拨款收入\n三、国防支出\n4四、财政专户管理资金收入70.00四、公共安全支出\n5五、事业收入\n五、教育支出5018.24\n")
    assert _found(table, "structure.numbering_gap") == []
    assert _found("一、部门职责\n负责全市工作。\n三、机构设置\n内设3个科室。\n", "structure.numbering_gap") == ["三、"]


def test_a_lists_own_lead_in_after_an_earlier_count_takes_the_list():
    courts = ("全院设有5个内设庭室、基层设有3个人民法庭、独立核算机构为1个(即某县人民法院),全院的所有庭室和法庭名称为:\n"
              "1. 立案庭\n2. 综合审判庭\n3. 执行庭\n4. 综合办公室\n5. 政治部\n6. 甲人民法庭\n7. 乙人民法庭\n8. 丙人民法庭。\n第二部分 决算表\n")
    assert _found(courts, "count_list") == []
    counted = "内设机构4个:\n1.办公室\n2.财务股\n3.业务股\n4.法规股\n5.信息股\n二、人员情况\n在职10人。\n"
    assert _found(counted, "count_list") == ["4个"]


def test_a_soil_and_water_station_and_an_office_word_are_no_slips():
    units = "下属二级预算单位:区水政监察大队、水保站、村镇供水服务中心。区图书馆由6个部室组成。\n"
    assert _found(units, "language.typo") == []
    assert _found("区图书馆由6个部室部室组成。\n", "language.doubled_word") == ["部室部室"]


def test_a_part_title_that_lost_its_number_is_told_once():
    contents = ("目录\n第一部分 部门概况\n一、部门职责\n第二部分 2021年度部门决算表\n部分 2021年度部门决算情况说明\n"
                "一、收入支出决算总体情况说明\n第三部 名词解释\n四部分:2021年部门决算公开表\n")
    said = _found(contents, "structure.part_title")
    assert said == ["部分"]
    assert "全文共3处" in _messages(contents, "structure.part_title")[0]
    # prose opening with 部分 or 一部分 ("some", "a part of") is no title
    prose = "第一部分 部门概况\n部分乡镇资金到位较晚,影响了项目进度。\n一部分资金用于道路维修。\n"
    assert _found(prose, "structure.part_title") == []


# -- round eleven (pools 220–224, measured on ffeea527 before any label was read) --------------------

def test_a_larger_whole_summed_after_a_lists_parts_makes_them_a_guess():
    income = ("全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,其中:一般转移支付收入1478万元,上年结转结余60万元,"
              "基金调入103万元,收入合计为6449万元。\n")
    assert _found(income, "sentence_parts_sum") == []
    # a part's own 共计 within the whole is a part all the same
    funds = "体育彩票公益金共计123.22万元,其组成情况如下:一是地方分成37.22万元,二是省级公益金85万元,三是中央公益金经费共计4.5万元。\n"
    assert len(_found(funds, "sentence_parts_sum")) == 1


def test_a_numbered_duty_lists_last_item_without_its_stop_is_no_cut_sentence():
    duties = ("(一)主要职能\n4. 加强村镇规划建设和生态环境保护,确保农村社会和谐稳定\n"
              "5. 加强安全生产监督管理,推进基层行政执法体制改革,增强执法监督能力\n(二)机构设置\n内设5个办公室。\n")
    assert _found(duties, "language.unended") == []


def test_the_same_change_stated_for_the_total_and_for_income_is_no_splice():
    said = ("1.总体情况。2024年度收入总计4697.76万元,支出总计4697.76万元。收、支与2023年度相比,减少956.31万元,下降16.9%,"
            "主要原因是上级对我单位各类项目投入量有所减少。\n\n"
            "2.收入情况。2024年度收入合计4697.76万元,2023年度相比,减少956.31万元,下降16.9%,主要原因是项目资金减少。\n")
    assert _found(said, "redundancy.splice_partial") == []


def test_a_first_heading_shown_as_a_bullet_is_no_late_start():
    body = "第一部分 某小学概况\n  • 某小学主要职责\n(1)认真贯彻执行党的教育方针。\n二、某小学单位机构设置情况\n内设2个处室。\n"
    assert _found(body, "structure.numbering_late_start") == []
    # a site's menu bullet is no first item
    menu = "  • 网站支持IPv6\n某局关于2021年度公益金使用情况的公告\n  总体情况\n全年使用资金100万元。\n二、使用情况\n资金已拨付。\n"
    assert _found(menu, "structure.unnumbered_heading", title="") != []


def test_a_copy_of_a_list_running_to_the_excerpts_end_is_not_told_as_differing():
    lists = ("目录\n第二部分2022年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表\n"
             "五、一般公共预算财政拨款支出决算表\n六、一般公共预算财政拨款基本支出决算明细表\n七、政府性基金预算财政拨款收入支出决算表\n"
             "八、国有资本经营预算财政拨款支出决算表\n九、财政拨款三公经费支出决算表\n第一部分部门概况\n一、部门职责\n实施初等教育。\n"
             "第二部分2022年度部门决算表\n四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n"
             "六、一般公共预算财政拨款基本支出决算明细表\n七、政府性基金预算")
    assert _found(lists, "structure.lists_differ") == []


def test_a_units_name_in_full_and_a_part_title_before_it_name_the_report_itself():
    page = ("第三部分 本溪县实验幼儿园2021年度部门决算情况说明\n\n纳入本溪县财政局2021年部门决算编制范围的二级决算单位包括:"
            "本溪满族自治县实验幼儿园。\n")
    assert _found(page, "entities.neighbour_unit", title="") == []


def test_the_body_opening_again_after_a_contents_list_is_no_restarted_level():
    page = ("某中学2018年度部门决算公开\n目 录\n一、某中学单位概况\n(一)部门职责\n(二)机构设置\n二、某中学2018年度部门决算表\n"
            "决算公开表格附后。\n三、某中学2018年度部门决算情况说明\n(一)收入支出决算总体情况说明\n四、名称解释\n一、某中学单位概况\n"
            "(一)部门职责\n实施初中教育。\n二、某中学2018年度部门决算表\n")
    assert _found(page, "structure.numbering_level", title="") == []


def test_a_city_named_for_its_town_is_a_city():
    title = "景德镇市民政局2023年部门预算\n\n第一部分 景德镇市民政局概况\n\n"
    assert _found("(一)拟订全市民政事业发展规划和政策。\n", "entities.duty_scope", title=title) == []


def test_a_tables_header_word_is_no_slip():
    assert _found("决算公开表目录\n序号 | 表名 | 表号\n1 | 收入支出决算总表 | 公开01表\n", "language.typo") == []


# -- round twelve (pools 225–229, measured on 891b0462 before any label was read) --------------------

def test_a_budget_with_no_title_left_is_dated_within_its_year():
    page = ("一.基本情况\n1.主要职能职责\n本局负责自然保护区的管理。\n二. 支出预算情况\n在职人员年工资总额396.1万元,公用经费12.88万元。\n"
            "附件:某管理局2016年度部门预算表和三公经费预算表\n某管理局\n2016年7月19日\n")
    assert _found(page, "dates.before_year_end", title="") == []
    # an account (决算) dated within its year is still told
    account = page.replace("支出预算情况", "支出决算情况").replace("2016年度部门预算表", "2016年度部门决算表")
    assert _found(account, "dates.before_year_end", title="") != []


def test_a_budget_published_within_its_year_is_no_title_after_publication():
    page = "某市教育局2022年部门预算公开报告\n\n来源:某市教育局 发布日期:2022-03-18 10:28\n\n一、部门职责\n负责全市教育工作。\n"
    assert _found(page, "dates.title_after_publication", title="") == []


def test_a_list_that_says_its_whole_again_first_is_no_breakdown():
    staff = ("核定编制79人,其中:行政编制32人,事业编制45人,自收自支 2 人。实有在职人员85人。其中在职人员85人,自收自支人员 2人,"
             "退休人员 20 人,临时人员 0人,遗属人员8 人。现有车辆2台。\n")
    assert _found(staff, "sentence_parts_sum") == []
    posts = "核定编制79人,其中:行政编制32人,事业编制53人,工勤编制0人。\n"
    assert _found(posts, "sentence_parts_sum") != []


def test_a_copy_of_a_list_cut_after_a_note_and_a_bare_marker_is_not_told_as_differing():
    lists = ("目录\n第二部分 决算表\n四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n"
             "六、一般公共预算财政拨款基本支出决算明细表\n七、政府性基金预算财政拨款收入支出决算表\n八、国有资本经营预算财政拨款支出决算表\n"
             "九、财政拨款三公经费支出决算表\n第一部分 部门概况\n一、部门职责\n实施小学教育。\n第二部分 决算表\n"
             "四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n六、一般公共预算财政拨款基本支出决算明细表\n"
             "七、政府性基金预算财政拨款收入支出决算表\n本部门没有相关数据,故本表无数据。\n八、")
    assert _found(lists, "structure.lists_differ") == []


# -- round thirteen (pools 230–232, measured on the final code ba6f0c09; then read) ------------------

def test_a_bracket_detailing_the_whole_staff_after_the_last_kind_is_no_part_over_its_kind():
    staff = "我办现有编制在职14名,其中行政编制10名,行政工勤人员编制1名,事业编制3名(领导班子成员4名,改非领导1名,职工9名)。\n"
    assert _found(staff, "part_over_whole") == []
    assert _found("现有在职职工14名,其中事业编制3名(领导班子成员4名,职工2名)。\n", "part_over_whole") != []


def test_a_mirrors_lost_characters_before_a_marker_leave_the_marker():
    body = "??一、部门基本情况\n??(一)职能职责。\n本院是基层医疗机构。\n二、部门决算情况说明\n收入总计1651.74万元。\n"
    assert _found(body, "structure.numbering_late_start", title="某卫生院2022年度部门决算情况说明\n") == []
