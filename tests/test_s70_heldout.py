"""Session 70's fixes: misses of the planted defects of sessions 68-69 on the odd pages of pools 109-116 (pages no
planting rule of those sessions was measured or tuned on; the even pages stay held out), read by cause."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str, prefix: str = "") -> list[tuple[str, str]]:
    return [(f.rule, f.quote.strip()) for f in review(read_text_string(text)).findings if f.rule.startswith(prefix)]


# -- the own bureau under a neighbour's name --------------------------------------------------------------------

_TITLED = ("中方县发展和改革局2020年度部门整体支出绩效自评报告\n一、单位基本情况\n"
           "(一)职能职责。{name}主要职责是:拟订并组织实施全县国民经济和社会发展战略、中长期规划和年度计划。\n"
           "(二)机构设置。内设办公室、规划股、投资股等8个股室，核定编制25名。\n")


def test_a_title_naming_the_unit_is_enough_to_know_whose_report_it_is():
    # the body's one sentence naming the unit names another county's bureau: the title says whose report it is
    assert _found(_TITLED.format(name="弥勒县发展和改革局"), "entities.neighbour_unit") == [
        ("entities.neighbour_unit", "弥勒县发展和改革局")]


def test_the_body_naming_the_unit_as_its_title_does_stays_quiet():
    for name in ("中方县发展和改革局", "县发展和改革局", "我局"):
        assert _found(_TITLED.format(name=name), "entities.neighbour_unit") == [], name


# -- a section left empty before a title the reader took for a paragraph ------------------------------------------

_SECTIONS = ("2016年学生资助专项项目绩效评价报告\n一、项目概况\n(一)项目基本性质\n项目基本性质是减免学生学费，帮扶学生顺利完成学业。\n"
             "二、项目资金使用及管理情况\n(一)项目资金到位情况分析(包括财政资金、自筹资金等)\n项目批复资金350万元已全部到位，属于省财政下拨资金。\n"
             "(二)项目资金使用情况分析\n{under}(三)项目资金管理情况分析(包括管理制度、办法的制订 及执行情况等)\n"
             "资金管理制度健全，严格按照制度执行，确保在当年内资金的使用顺利完成。\n三、项目组织实施情况\n项目管理制度健全，日常检查监督到位。\n")


def test_a_heading_followed_straight_by_its_sibling_with_a_template_note_is_empty():
    # （三）…（包括…） is longer than a heading line may be, so the reader keeps it as a paragraph; it is the next title
    assert _found(_SECTIONS.format(under=""), "structure.empty_heading") == [
        ("structure.empty_heading", "(二)项目资金使用情况分析")]


def test_a_section_with_its_text_before_the_noted_sibling_stays_quiet():
    under = "全部资金用于减免在校学生学费，人员费用207.33万元，公用支出142.67万元。\n"
    assert _found(_SECTIONS.format(under=under), "structure.empty_heading") == []


def test_a_note_ending_a_sentence_is_no_title():
    # a bracket closing a paragraph that is not a numbered title once the bracket goes: the heading's text
    text = ("2016年学生资助专项项目绩效评价报告\n一、项目概况\n(一)项目基本性质\n"
            "项目资金统筹安排使用，人员费用和公用支出各有定额(详见附表)\n二、项目资金使用情况\n资金按计划使用。\n")
    assert _found(text, "structure.empty_heading") == []


# -- last year's number left at a place that must carry the evaluated year ----------------------------------------

_YEARLY = ("娄底市文化市场综合行政执法支队2022年度部门整体支出绩效评价报告\n一、部门概况\n(一)2022年度重点工作\n"
           "1、贯彻执行国家、省和市有关文化市场方面的法律、法规。\n(二)部门整体支出规模、使用方向\n"
           "1.2022年支队部门整体支出规模为978.44万元，其中工资福利支出745.13万元。\n"
           "{line}\n(1)开展安全大排查，按照一岗双责要求组织经营单位自查。\n")


def test_a_numbered_title_closed_by_its_colon_with_last_years_number_is_stale():
    found = _found(_YEARLY.format(line="2.2021年支队部门整体支出使用方向、主要内容和涉及范围:"), "dates.heading_year")
    assert found == [("dates.heading_year", "2021年支队部门整体支出使用方向、主要内容和涉及范围")]


def test_the_evaluated_year_there_and_a_decimal_stay_quiet():
    for line in ("2.2022年支队部门整体支出使用方向、主要内容和涉及范围:", "2.2021年度绩效评价结果应用情况:"):
        assert _found(_YEARLY.format(line=line), "dates.heading_year") == [], line


def test_the_body_year_is_planted_only_where_the_body_still_tells_the_year():
    import random

    from evals.real_plant_years import plant_body_year
    p = plant_body_year(_YEARLY.format(line="截至2022年12月31日，支队在职人员42人。"), random.Random(0))
    assert p is not None and p.text[slice(*p.span)] == "2021"
    # the one year-end date is the body's only word on its year: moved, nothing says which of the two is wrong
    alone = "某县交警大队2024年度部门整体支出绩效自评报告\n一、部门基本情况\n截至2024年12月31日，在职人员29人。\n"
    assert plant_body_year(alone, random.Random(0)) is None
    # a project of several years: its dates of last year are its own
    span = _YEARLY.format(line="截至2022年12月31日，2021—2022年项目累计完成投资。")
    assert plant_body_year(span, random.Random(0)) is None


def test_staff_over_posts_is_not_planted_where_the_staff_in_posts_are_given_apart():
    import random

    from evals.real_plant_fields import plant_staff_over_posts
    # 实有数6人, 在编人员6人 planted as 实有数66人 would say sixty staff outside the posts: no defect
    apart = "一、部门基本情况\n核定在职全额编制数6名。预算人员实有数6人，在编人员6人。\n"
    assert plant_staff_over_posts(apart, random.Random(0)) is None
    within = "一、部门基本情况\n核定行政编制50名。在编实有行政人员48人（含机关工勤人员）。\n"
    p = plant_staff_over_posts(within, random.Random(0))
    assert p is not None and int(p.text[slice(*p.span)]) > 50


# -- the same page as a PDF's text layer: nothing new -----------------------------------------------------------

def test_a_copy_that_lost_its_marks_is_known_across_a_title_broken_by_the_page():
    # no 《》 or 〔〕 anywhere and a document's title cited bare: the copy dropped them, not the writer —
    # also where the PDF's line breaks the title (关于开展2016年度省级财 / 政资金…的通知)
    one_line = ("根据省财政厅关于开展2016年度省级财政资金绩效自评工作的通知(湘财绩 2017 6 号)文件要求，"
                "湖南省文化厅于2017年4月对专项资金实施了绩效评价。\n")
    broken = one_line.replace("省级财政", "省级财\n政")
    head = "湖南省2016年度文化综合发展专项资金预算支出绩效评价报告\n"
    for text in (one_line, broken):
        assert _found(head + text, "language.document_number") == [], text
    # with 《》 elsewhere on the page the writer had the marks: the bare year is the writer's
    marked = head + broken + "依据《湖南省财政预算支出绩效评价管理办法》开展评价。\n"
    assert _found(marked, "language.document_number") == [("language.document_number", "湘财绩 2017 6 号")]


def test_a_forms_rows_run_together_are_read_across_the_pdfs_line_breaks():
    rows = ("产出指标数量指标更新剧团老化、损坏的音响50件50件2020设备完好率100%100%2020\n质量指标音响、\n"
            "灯光、道具、服装 质量等合格合格2020指标2:时效指标指标1:指标2: 成本指标演\n出设备成本2万元2万元2018\n")
    head = "2020年度项目支出绩效自评表\n一级指标二级指标三级指标年度指标值实际完成值分值得分\n"
    assert _found(head + rows, "language.doubled_word") == []
    # a word said twice in prose, with no form's figures around it, is still one
    prose = head + "剧团全年完成演出120场，演出质量合格合格，群众反映良好。\n"
    assert _found(prose, "language.doubled_word") == [("language.doubled_word", "合格合格")]


def test_a_traditional_character_copy_reads_its_duty_lists_as_the_simplified_one():
    # the form's 職能職責 and the narrative's duty list say the same statutory words by design, in either script
    duty = "我會主要職能是聽取殘疾人意見，反映殘疾人需要，為殘疾人服務，溝通政府、社會與殘疾人之間的聯係，動員社會理解、尊重、關心、幫助殘疾人。"
    text = ("嶽陽縣殘疾人聯合會2017年度部門整體支出績效自評報告\n一、部門基本概況\n職能職責概述\n" + duty + "\n"
            "二、部門職能職責\n1、團結、教育殘疾人遵紀守法，履行應盡義務。\n"
            "2、弘揚人道主義，宣傳殘疾人事業，溝通政府、社會與殘疾人之間的聯係，動員社會理解、尊重、關心、幫助殘疾人。\n"
            "三、年度工作完成情況\n全年完成殘疾人康複服務320人次。\n")
    from drafting.numbers.traditional import fold_traditional
    assert _found(text, "redundancy") == [] and _found(fold_traditional(text), "redundancy") == []


def test_a_traditional_character_copy_reads_parallel_statements_as_the_simplified_one():
    # each county's figures in one sentence pattern: a parallel statement, not a copy — the duplicates check reads
    # 萬元 as 万元 (the figures told apart), as the rule checks do
    import opencc

    tail = "资金全部按时足额发放到位，"
    a = ("青阳县申请基础养老金补贴238.34万元，缴费补贴17.17万元；2022年底实际领取待遇人数为51268人，基础养老金实际发放"
         "239.53万元，缴费补贴实际发放1.19万元，" + tail + "差额部分由县级财政兜底安排82.82万元。\n")
    b = ("东至县申请基础养老金补贴461.76万元，缴费补贴80.6万元；2022年底实际领取待遇人数为96154人，基础养老金实际发放"
         "446.98万元，缴费补贴实际发放46.65万元，" + tail + "\n")
    text = ("池州市城乡居民基本养老保险补助资金2022年度绩效自评报告\n一、项目基本情况\n（二）各县区情况\n" + a + b
            + "二、绩效目标完成情况\n全年按时足额发放基础养老金。\n")
    assert _found(text, "redundancy") == []
    assert _found(opencc.OpenCC("s2t").convert(text), "redundancy") == []


def test_a_full_width_decimal_point_is_read_by_the_language_checks_as_the_point_it_is():
    head = "某县教育局2019年度学前教育项目绩效自评报告\n一、项目基本情况\n"
    line = "今年我县支持学前教育项目发展资金1293.5万元，其中基建设备项目规划资金1207万元，学前教育阶段学生资助资金86.5万，目前资金已全部落实到位。\n"
    assert _found(head + line, "language.dropped") == [("language.dropped", "86.5万")]
    # typed with full-width input: the same figure, the same slip, quoted as written
    assert _found(head + line.replace(".", "．"), "language.dropped") == [("language.dropped", "86．5万")]


def test_a_traditional_copys_yong_yu_is_no_dropped_character():
    head = "某市民政局2024年度彩票公益金绩效自评报告\n一、基本情况\n"
    assert _found(head + "中央福彩公益金870.2万元，主要用老年福利、儿童福利等方面。\n", "language.confusion") == [
        ("language.confusion", "主要用")]
    # 用於 is how a traditional copy writes 用于: nothing dropped
    assert _found(head + "中央福彩公益金870.2萬元，主要用於老年福利、兒童福利等方面。\n", "language.confusion") == []


def test_a_traditional_texts_own_script_is_no_typo():
    # 用於 is a traditional text's 用于 (於 is GB2312's too, so the typo check read it as a slip)
    text = ("宜良縣交通運輸局2022年度部門整體支出績效自評報告\n一、部門基本情況\n（一）收入情況。全年收入65815.46萬元，"
            "其中財政撥款64196.26萬元。\n（二）使用情況。用於基本支出59070.14萬元，一是在職人員工資福利，二是單位日常運轉。\n")
    assert _found(text, "language") == []
    # in simplified text the same words hold no traditional form, and a slip there is still told
    slip = "某县交通运输局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n单位负贵全县公路养护。\n"
    assert ("language.typo", "负贵") in _found(slip, "language")


# -- a published copy that masks its own unit's name -------------------------------------------------------------

_MASKED_BODY = ("一、部门基本情况\n根据《XX州财政局关于2020年度部门预算的批复》，2020年批复项目11个，批复项目资金908.04万元。\n"
                "二、绩效目标完成情况\n全年完成安全生产检查120次，XX日报、XX电视台进行了报道。\n")


def test_a_page_that_masks_its_own_unit_in_its_head_holds_masks_not_placeholders():
    for head in ("- 发布机构: XX州应急管理局\n", "索引号 | 01526020-0/20230825-00006 | 发布机构 | XX市民政局 |\n",
                 "XX州应急管理局2020年部门项目支出绩效评价报告\n"):
        text = "当前位置: 网站首页 > 信息公开\n" + head + _MASKED_BODY
        assert _found(text, "structure.placeholder") == [], head


def test_a_page_naming_its_unit_leaves_its_xx_placeholders():
    text = "当前位置: 网站首页 > 信息公开\n- 发布机构: 红河州应急管理局\n红河州应急管理局2020年部门项目支出绩效评价报告\n" + _MASKED_BODY
    assert [rule for rule, _ in _found(text, "structure.placeholder")] == ["structure.placeholder"]


def test_a_masked_year_is_no_figure():
    # a published copy writes its years 20XX年 or 201X: the 20 before the mask is no figure of the sentence
    from drafting.numbers.extract import extract
    assert [m.text for m in extract("20XX年总收入65815.46万元，其中财政拨款64196.26万元。")] == ["65815.46万元", "64196.26万元"]
    assert [m.text for m in extract("201X年度预算执行率为98.5%")] == ["98.5%"]
    assert [m.text for m in extract("2022年收入100万元")] == ["2022年", "100万元"]


def test_a_copy_masking_its_years_keeps_a_historys_year_written_out():
    # every year of the report's time masked (20XX年): the publisher's mask, though the unit's history says 1952年
    text = ("20XX年度部门整体支出绩效自评报告\n一、部门基本情况\n湛江市供销合作社联合社成立于1952年，为市政府直属事业单位。\n"
            "20XX年全年收入1291.2万元，支出1185.6万元。\n")
    assert _found(text, "structure.placeholder") == []
    # a year of its own time written out: the 20XX left is a blank
    assert [r for r, _ in _found(text.replace("20XX年度部门", "2022年度部门"), "structure.placeholder")] == [
        "structure.placeholder"]
