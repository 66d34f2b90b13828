from pathlib import Path

import pytest
from shared_paths import SAMPLE

from drafting.checks.entities import check_entities, infer_region
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Heading, Paragraph, Report

COVER = "部门(单位)名称    靖州县人力资源和社会保障局"


def _report(*texts: str) -> Report:
    return Report(blocks=[Paragraph(text=COVER), *[Paragraph(text=t) for t in texts]])


def _quotes(findings):
    return [f.quote for f in findings]


@pytest.mark.parametrize(("name", "region"), [
    ("靖州县人力资源和社会保障局", "靖州县"), ("郴州市教育局", "郴州市"), ("浏阳市卫生健康局", "浏阳市"),
    ("湘西州财政局", "湘西州"), ("湖南省财政厅", "湖南省"),
])
def test_region_is_read_from_the_start_of_the_unit_name(name, region):
    assert infer_region(name) == region


def test_county_unit_calling_itself_our_city_is_flagged():
    findings = check_entities(_report("我市新增就业2141人。"))
    assert _quotes(findings) == ["我市"]
    assert findings[0].kind is Kind.ENTITY_MISMATCH and findings[0].severity is Severity.WARNING


@pytest.mark.parametrize("text", [
    "2022年1月在全市率先举办园区招聘活动。",
    "全县工伤保险行业费率在全省统一的行业基准费率基础上统一下降20%。",
    "我县社保基金风险防控能力得到有效提升。",
    "规范本市场秩序。",
    "贯彻落实省委、省政府办公厅《关于我省社会保险基金监管的意见》。",
])
def test_legitimate_level_words_are_not_flagged(text):
    assert check_entities(_report(text)) == []


def test_county_level_city_may_say_our_city():
    report = Report(blocks=[Paragraph(text="部门名称：浏阳市卫生健康局"), Paragraph(text="我市新增床位200张。")])
    assert check_entities(report) == []


def test_budget_approved_by_a_finance_bureau_of_another_level_is_flagged():
    findings = check_entities(_report("2022年初省财政批复部门预算为987.68万元。"))
    assert _quotes(findings) == ["省"]
    assert findings[0].suggestion == "改为“县财政”"


@pytest.mark.parametrize(("text", "level"), [
    ("经市财政局批复，我局2022年年初预算为500万元。", "市"),
    ("2022年省财政厅核定我局部门预算500万元。", "省"),
    ("市财政批复我局年初预算500万元。", "市"),
])
def test_own_budget_approved_by_another_levels_finance_is_flagged_in_any_wording(text, level):
    assert _quotes(check_entities(_report(text))) == [level]


@pytest.mark.parametrize("text", [
    "经县财政局批复，我局2022年年初预算为500万元。",
    "省财政批复下达我局专项资金预算200万元。",
    "市财政局批复的中央补助资金预算为80万元。",
])
def test_own_level_approval_and_transfers_from_above_are_not_flagged(text):
    assert check_entities(_report(text)) == []


def test_title_naming_another_unit_is_an_error():
    report = _report()
    report.blocks.append(Heading(text="靖州县教育局2022年度部门整体支出绩效自评报告", level=0))
    findings = check_entities(report)
    assert _quotes(findings) == ["靖州县教育局"]
    assert findings[0].severity is Severity.ERROR


def test_signature_with_the_units_short_name_is_fine():
    assert check_entities(_report("工作完成。", "靖州县人社局", "2023年2月20日")) == []


def test_signature_of_a_unit_in_another_county_is_flagged():
    findings = check_entities(_report("工作完成。", "沅陵县人力资源和社会保障局", "2023年2月20日"))
    assert _quotes(findings) == ["沅陵县人力资源和社会保障局"]


def test_with_data_the_name_comes_from_the_data():
    from drafting.io.loading import load_department

    data = load_department(Path(__file__).parents[1] / "fixtures/jingzhou-hrss-2022/data.yaml")
    report = Report(blocks=[Paragraph(text="工作完成。"), Paragraph(text="靖州县人社局"), Paragraph(text="2023年2月20日")])
    assert check_entities(report, data) == []
    report.blocks[1] = Paragraph(text="靖州县民政局")
    assert _quotes(check_entities(report, data)) == ["靖州县民政局"]


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample not available")
def test_sample_has_only_the_provincial_budget_approval():
    from drafting.io.text_reader import read_text_report

    report = read_text_report(SAMPLE)
    findings = check_entities(report)
    assert [(f.quote, report.quote(f.location.location)) for f in findings] == [("省", "省")]


def test_own_status_naming_a_higher_government_is_flagged():
    findings = check_entities(_report("靖州县人力资源和社会保障局是省人民政府主管全县人力资源和社会保障工作的工作部门。"))
    assert _quotes(findings) == ["省人民政府主管全县人力资源和社会保障工作的工作部门"]
    assert findings[0].kind is Kind.ENTITY_MISMATCH and findings[0].severity is Severity.WARNING


def test_report_published_on_a_higher_government_portal_is_flagged():
    findings = check_entities(_report("自评报告按规定在省人民政府门户网站和本局网站向社会公开。"))
    assert [f.rule for f in findings] == ["entities.own_status_level"]


def test_own_status_at_the_unit_level_is_fine():
    assert check_entities(_report("我局是县人民政府工作部门，承办县人民政府交办的其他事项。",
                                  "自评报告在县人民政府门户网站公开。")) == []


def test_references_to_higher_levels_are_not_own_status():
    report = _report("贯彻执行国家、省、市人力资源和社会保障方针政策，承担审核上报国家、省、市人民政府表彰奖励相关工作。",
                     "按照省人社厅、省财政厅要求，在全省统一的行业基准费率基础上调整费率。",
                     "2022年1月在全市率先举办直播带岗活动。在今年7月湖南省第一届技能比武当中获得优胜奖1人。")
    assert check_entities(report) == []


def test_a_unit_name_column_header_in_a_revenue_table_is_not_taken_for_the_unit():
    from drafting.report import Cell, Table

    header = ["单位名称", "收入合计", "上年结转", "一般公共预算拨款", "其他收入"]
    values = ["常德市住房和城乡建设局（汇总）", "9812.36", "412.50", "8976.21", "43.65"]
    table = Table(rows=[[Cell(text=t) for t in header], [Cell(text=t) for t in values]])
    report = Report(blocks=[Heading(text="常德市住房和城乡建设局2023年度部门整体支出绩效自评报告", level=1),
                            table, Paragraph(text="常德市住房和城乡建设局")])
    assert check_entities(report) == []


# -- the unit's own level, from its name --------------------------------------------------------

def test_the_innermost_region_of_a_unit_name_gives_its_level():
    from drafting.checks.entities import level_of, own_region

    assert own_region("遂宁市安居区市场监管局") == "安居区"
    assert own_region("寻甸回族彝族自治县人民政府倘甸镇") == "倘甸镇"
    assert own_region("儋州市人民法院") == "儋州市"
    assert own_region("益阳市赫山区城市管理和综合执法局") == "赫山区"
    # a city whose own name ends in 城 or 都 is a city (城市 alone, or 都市, is still no place)
    assert own_region("成都市武侯区民政局") == "武侯区"
    assert own_region("盐城市财政局") == "盐城市"
    assert own_region("城市管理和综合执法局") is None
    assert level_of(own_region("广西壮族自治区生态环境厅")) == "省"
    assert level_of(own_region("锡林郭勒盟人力资源和社会保障局")) == "州"


def test_a_one_character_place_with_shi_before_a_town_or_district_word_is_that_town_or_district():
    from drafting.checks.entities import level_of, own_region

    # no city is named with one character: 热市 of 热市镇 is the town's name, 沙市 of 沙市区 the district's
    assert own_region("桃源县热市镇人民政府") == "热市镇"
    assert level_of(own_region("某县马市乡人民政府")) == "乡"
    assert own_region("荆州市沙市区财政局") == "沙市区"
    assert own_region("某市区城管局") == "某市"  # 某 masks a name of any length


def test_a_town_named_with_shi_takes_its_countys_tasks_as_its_own():
    from drafting.io.text_reader import read_text_string

    report = read_text_string("桃源县热市镇人民政府2024年部门整体支出绩效自评报告\n主要职责：7. 承办县委、县政府交办的其他工作。")
    assert [f.rule for f in check_entities(report)] == []


def test_a_count_of_places_after_a_region_names_no_place_of_its_own():
    from drafting.checks.entities import own_region

    # 某市四县两区: the city's counties and districts counted, not a district called 两区
    assert own_region("安庆市四县两区2021年度农村公路养护资金绩效评价报告") == "安庆市"
    assert own_region("某州三县一市专项资金") == "某州"


def test_without_a_cover_field_the_title_names_the_unit_and_its_level():
    from drafting.io.text_reader import read_text_string

    report = read_text_string("衡山县商务局2020年度部门整体支出绩效自评报告\n本局是省人民政府工作部门，负责全县商务工作。")
    [f] = check_entities(report)
    assert f.rule == "entities.own_status_level" and "县" in f.message


def test_an_autonomous_region_says_wo_qu_and_a_township_may_speak_of_its_county():
    from drafting.io.text_reader import read_text_string

    region = read_text_string("广西壮族自治区生态环境厅2022年度项目绩效自评报告\n我区大气污染防治资金全部到位。")
    town = read_text_string("下桥镇人民政府2024年度绩效自评报告\n按照我县统一部署，完成全部任务。")
    assert check_entities(region) == [] and check_entities(town) == []


def test_a_duty_scope_above_the_units_level_is_flagged_but_a_comparison_is_not():
    from drafting.io.text_reader import read_text_string

    report = read_text_string("某某县交通运输局2023年度部门整体支出绩效自评报告\n"
                              "主要职责：负责全省公路建设管理。\n我县公路里程在全省率先实现全覆盖。")
    [f] = [f for f in check_entities(report) if f.rule == "entities.duty_scope"]
    assert f.quote == "全省" and "全县" in f.suggestion


@pytest.mark.parametrize("middle", ["开展“双学双比”竞赛活动", "组织技能比赛和岗位评比", "取得较好成效", "成效较为明显"])
def test_words_that_only_contain_bi_or_jiao_compare_no_levels(middle):
    """评比, 比赛, 双学双比 and 较 as "fairly" set nothing side by side: a county unit's duty that
    promotes 全省经济 is still out of its level."""
    from drafting.io.text_reader import read_text_string

    report = read_text_string("某某县妇女联合会2023年度部门整体支出绩效评价报告\n"
                              f"团结和动员全县妇女投身经济建设，{middle}，促进全省经济和社会发展。")
    assert [f.quote for f in check_entities(report) if f.rule == "entities.scope_level"] == ["全省"]
    compared = read_text_string("某某县妇女联合会2023年度部门整体支出绩效评价报告\n"
                                f"全省培训妇女1.2万人次，{middle}，比上年增加，我县培训800人次。")
    assert [f for f in check_entities(compared) if f.rule == "entities.scope_level"] == []


def test_work_the_unit_does_over_a_whole_area_above_its_level_is_flagged():
    from drafting.io.text_reader import read_text_string

    wrong = read_text_string("腾冲市林业和草原局2019年度项目绩效自评报告\n"
                             "三项工作都是对全省林地范围、林地利用状况等内容进行调查。")
    [f] = [f for f in check_entities(wrong) if f.rule == "entities.duty_scope"]
    assert f.quote == "全省" and "全市" in f.suggestion
    own = read_text_string("全南县自然资源局2021年度项目绩效自评报告\n对全县各乡镇开展防汛排查。"
                           "参加全省统一组织的培训，在全市开展的评比中名列前茅。")
    assert [f for f in check_entities(own) if f.rule == "entities.duty_scope"] == []


def test_the_page_publisher_names_the_unit_when_no_title_does():
    from drafting.io.text_reader import read_text_string

    report = read_text_string("[ 发布机构 ]\n忠县民政局\n项目目标：保障全市慈善工作顺利开展。")
    assert [f.rule for f in check_entities(report)] == ["entities.duty_scope"]


def test_cheng_xiang_in_a_bureau_name_is_not_a_township():
    from drafting.checks.entities import own_region

    assert own_region("常德市住房和城乡建设局") == "常德市"


def test_a_district_unit_whose_duties_cover_the_whole_city_is_flagged():
    """A district's own duties are 全区: 承担全市… in its 职能 was taken from a city unit."""
    from drafting.checks.entities import check_entities
    from drafting.report import Heading, Paragraph, Report

    report = Report(blocks=[Heading(text="重庆市大足区发展和改革委员会2020年度部门整体支出绩效自评报告", level=0),
                            Paragraph(text="部门（单位）名称：重庆市大足区发展和改革委员会"),
                            Paragraph(text="主要承担全市经济社会中长期发展规划的编制工作。")])
    found = [f for f in check_entities(report) if f.rule == "entities.duty_scope"]
    assert [f.quote for f in found] == ["全市"]
    ok = Report(blocks=[*report.blocks[:2], Paragraph(text="主要承担全区经济社会中长期发展规划的编制工作。")])
    assert [f for f in check_entities(ok) if f.rule == "entities.duty_scope"] == []


@pytest.mark.parametrize("text, quote", [
    ("主管部门：横县中共中央横县县委", "中共中央横县县委"),
    ("根据国务院湖南省人民政府的要求", "国务院湖南省人民政府"),
])
def test_a_national_organ_run_into_a_local_one_is_flagged(text, quote):
    [f] = [f for f in check_entities(Report(blocks=[Paragraph(text=text)])) if f.rule == "entities.national_local"]
    assert f.quote == quote and f.kind == Kind.ENTITY_MISMATCH


@pytest.mark.parametrize("text", [
    "认真贯彻中共中央、国务院关于乡村振兴的决策部署",
    "根据中共中央办公厅、国务院办公厅印发的意见，中共横县县委、横县人民政府结合实际",
    "按照国务院安委会和湖南省人民政府的部署",
])
def test_national_and_local_organs_named_apart_are_fine(text):
    assert [f for f in check_entities(Report(blocks=[Paragraph(text=text)])) if f.rule == "entities.national_local"] == []


@pytest.mark.parametrize(("title", "said"), [
    ("寻甸回族彝族自治县人民政府倘甸镇2023年部门整体支出绩效自评报告", "全省"),  # a township's government
    ("重庆市大足区土门中心小学2021项目资金绩效自评报告", "我省"),  # a school; a year without 年
    ("2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告", "我省"),  # the year first
    ("云南省2022年度中央自然灾害资金绩效自评报告", "我县"),  # only the region opens the title
])
def test_the_units_level_is_read_from_titles_in_other_shapes(title, said):
    body = {"全省": "负责全省城乡道路建设。", "我省": "我省高度重视该项工作。", "我县": "我县高度重视该项工作。"}[said]
    report = Report(blocks=[Heading(text=title, level=0), Paragraph(text=body)])
    assert said in _quotes(check_entities(report))[0]


def test_a_project_title_opening_with_a_region_and_a_programme_name_gives_no_level():
    # 湖南省…专项资金 may be a provincial programme reported by a county unit: no level is assumed
    report = Report(blocks=[Heading(text="湖南省农村公路建设专项资金2022年度绩效自评报告", level=0),
                            Paragraph(text="我县高度重视该项工作。")])
    assert check_entities(report) == []


# -- level claims beyond 我县/本县 (issue #9, planted levels) ---------------------------------------
def _unit(name: str, *texts: str) -> Report:
    return Report(blocks=[Paragraph(text=f"部门(单位)名称    {name}"), *[Paragraph(text=t) for t in texts]])


def _rules(report: Report) -> list[tuple[str | None, str]]:
    return [(f.rule, f.quote) for f in check_entities(report)]


@pytest.mark.parametrize("sentence", [
    "全年为全省320名残疾儿童提供康复训练。",  # a county's result over the province
    "全省完成乡村道路硬化12.6公里。",
    "在全省开展安全隐患排查。",  # 在 alone is no frame
    "按照县委印发的慰问方案，向全省一线医务工作者表达春节慰问。",  # 向 the people served: its own scope
])
def test_a_county_unit_claiming_a_province_wide_result_is_flagged(sentence):
    assert _rules(_unit("平安县残疾人联合会", sentence)) == [("entities.scope_level", "全省")]


@pytest.mark.parametrize("sentence", [
    "在全省率先举办招聘活动。", "全县费率在全省统一的基准费率基础上下降。", "综合考核位居全市第一。",
    "按照全省统一部署开展工作。", "指标2：全省社会保险基金管理防风险堵漏洞专项整治工作。", "人均收入高于全省平均水平。",
    "助力全市经济社会发展。", "完善安全区管理，推进完全市场化改革，健全县级服务网络。", "参加全市业务培训2次。",
    "向全省推广康复服务经验。", "向全市报送工作信息12条。",
])
def test_a_higher_level_named_as_a_frame_is_not_a_claim(sentence):
    assert _rules(_unit("平安县残疾人联合会", sentence)) == []


def test_a_province_unit_never_speaks_of_the_whole_county():
    assert _rules(_unit("青原省农业农村厅", "组织实施全县“三农”工作的发展战略。")) == [("entities.scope_level", "全县")]
    assert _rules(_unit("广西壮族自治区人力资源和社会保障厅", "全区参保人数达到2,100万人。")) == []


@pytest.mark.parametrize(("sentence", "quote"), [
    ("本单位系市级财政全额拨款行政单位。", "市级"),  # the status sentence is flagged once
    ("我局为市本级一级预算单位。", "市本级一级预算单位"),
    ("本会属省财政全额拨款单位。", "省财政全额拨款"),
])
def test_a_status_of_another_level_is_flagged_once(sentence, quote):
    assert _rules(_unit("平安县水利局", sentence)) == [("entities.own_status_level", quote)]


def test_honours_and_the_units_own_level_are_no_status_claims():
    assert _rules(_unit("平安县水利局", "我局被评为省级文明单位，列为市级试点单位。本单位系县级财政全额拨款行政单位。")) == []


def test_a_finance_office_is_a_townships():
    assert _rules(_unit("河湾镇人民政府", "省财政所对项目资金实行专账核算。")) == [("entities.finance_office", "省财政所")]
    assert _rules(_unit("河湾镇人民政府", "镇财政所对项目资金实行专账核算。")) == []


def test_a_budget_approved_by_another_levels_finance_on_a_date_and_a_form_field_status_are_flagged():
    report = _unit("平安县水利局", "省财政局于2023年1月批复我局部门预算1,200万元。", "单位性质：省财政全额拨款事业单位。",
                   "省财政局于3月下达专项补助资金200万元。")  # a transfer from above is sound
    assert [r for r, _ in _rules(report)] == ["entities.finance_level", "entities.own_status_level"]


@pytest.mark.parametrize(("sentence", "rule", "quote"), [
    ("经省财政厅批复，年初预算1,200万元。", "entities.finance_level", "省"),  # the budget after a comma
    ("本局为省政府工作部门。", "entities.own_status_level", "省政府工作部门"),  # 政府 without 人民
])
def test_a_county_units_budget_approved_and_status_said_at_the_province_are_flagged(sentence, rule, quote):
    assert _rules(_unit("平安县水利局", sentence)) == [(rule, quote)]


@pytest.mark.parametrize("sentence", [
    "经县财政局批复，年初预算1,200万元。", "本局为县政府工作部门。",
    "经省财政厅批复，项目年初预算200万元由省级承担。",  # a project's budget, not the unit's
])
def test_the_units_own_level_and_a_projects_budget_are_left(sentence):
    assert _rules(_unit("平安县水利局", sentence)) == []


def test_scope_claims_by_level_of_the_unit():
    # a plan or programme the unit itself carries out is its own scope
    assert _rules(_unit("平安县自然资源局", "完成全省国土空间规划编制。")) == [("entities.scope_level", "全省")]
    assert _rules(_unit("平安县自然资源局", "确保全省耕地保有量不减少。")) == [("entities.scope_level", "全省")]
    # an autonomous region says 全区, never 全县
    assert _rules(_unit("广西壮族自治区人力资源和社会保障厅", "全县参保人数达到2,100万人。")) == [("entities.scope_level", "全县")]
    # a township speaks of the county it lies in
    assert _rules(_unit("河湾镇人民政府", "圆满完成全县下达的各项任务。")) == []
    # named in a higher level's list of key items (全省重点…): a frame, not the unit's own scope
    assert _rules(_unit("平安县史志研究室", "《平安县交通志》为全省重点编修志书,2023年完成初稿。")) == []
    assert _rules(_unit("平安县交通运输局", "该项目列入全市重点项目,年内完工。")) == []
    assert _rules(_unit("河湾镇人民政府", "全省完成乡村道路硬化12.6公里。")) == [("entities.scope_level", "全省")]


@pytest.mark.parametrize("sentence", [
    "接受全市绩效考评。", "对标全省一流水平。", "全市共下达资金1亿元，其中我县2000万元。",
    "全省共有示范县20个，我县是其中之一。", "我县被列为全省首批试点县。", "全省农村饮水安全工作现场会在我县召开。",
    "获得全省脱贫攻坚先进集体称号。", "向全市推广我县做法。", "根据市人民政府关于印发全市农村公路建设实施方案的通知开展工作。",
    "经验做法在全市范围内推广。", "辐射带动全市茶产业发展。",
])
def test_a_county_report_naming_the_province_or_city_as_a_frame_or_beside_itself_is_not_flagged(sentence):
    assert [r for r, _ in _rules(_unit("平安县水利局", sentence)) if r == "entities.scope_level"] == []


@pytest.mark.parametrize("sentence", [
    # two clauses listing the unit's results: the higher scope is claimed, not compared
    "用于建设特殊教育资源教室，扩大了全市特殊教育教学资源，提升了我县特殊教育水平。",
    "依法拟订本县水利发展规划；研究提出全省水利改革的意见和建议。",
])
def test_naming_its_own_level_in_another_clause_does_not_excuse_a_higher_scope(sentence):
    assert [r for r, _ in _rules(_unit("平安县水利局", sentence)) if r == "entities.scope_level"] == ["entities.scope_level"]


def test_a_title_in_a_project_name_field_names_the_units_level():
    from drafting.io.text_reader import read_text_string
    report = read_text_string("项目名称：平安县2022年农村饮水安全项目绩效自评报告\n一、基本情况\n我省农村自来水普及率93%。\n")
    assert [f.rule for f in check_entities(report)] == ["entities.level_word"]


def test_a_title_that_opens_with_its_region_before_a_fund_names_the_units_level():
    from drafting.io.text_reader import read_text_string
    text = "平安市危房改造转移支付2022年度绩效自评报告\n一、绩效目标情况\n根据上级要求，我省2022年危房改造任务数为115户。"
    assert [(f.rule, f.quote) for f in check_entities(read_text_string(text))] == [("entities.level_word", "我省")]
    # the reporting unit may be a township of that city: only a level above the city is out of place
    assert check_entities(read_text_string(text.replace("我省", "我市"))) == []
    assert check_entities(read_text_string(text.replace("我省", "我镇"))) == []


def test_a_government_report_titled_about_its_region_names_the_units_level():
    from drafting.io.text_reader import read_text_string
    text = "关于平城区2022年预算执行情况和2023年预算草案的报告\n各位代表：\n现向大会报告我省2022年预算执行情况。"
    assert [(f.rule, f.quote) for f in check_entities(read_text_string(text))] == [("entities.level_word", "我省")]
    assert check_entities(read_text_string(text.replace("我省", "我区"))) == []


def test_a_district_whose_name_ends_in_chengqu_is_a_region_but_an_old_town_is_not():
    from drafting.checks.entities import own_region
    assert own_region("平城区文化和旅游局") == "平城区"
    assert own_region("老城区改造项目") is None


def test_a_situation_note_titled_with_its_region_and_another_name_in_brackets_names_the_level():
    from drafting.io.text_reader import read_text_string
    text = "平安新区(安平区)预算绩效工作开展情况说明\n随着绩效工作的不断深入，我省一直推动财政资金提质增效。"
    assert [(f.rule, f.quote) for f in check_entities(read_text_string(text))] == [("entities.level_word", "我省")]


def test_the_units_short_name_gives_its_level_where_the_title_names_a_fund_of_that_region():
    from drafting.io.text_reader import read_text_string
    text = ("平安省助残补助资金(省对下转移支付)项目2022年度绩效自评报告\n"
            "平安省残疾人联合会（以下简称“省残联”）成立自评专班。根据国家和我市统一安排，省残联组织实施了该项目。")
    assert [(f.rule, f.quote) for f in check_entities(read_text_string(text))] == [("entities.level_word", "我市")]
    assert check_entities(read_text_string(text.replace("我市", "我省"))) == []
    # another office's short name says nothing of the reporting unit's level
    other = text.replace("平安省残疾人联合会（以下简称“省残联”）", "平安市财政局（以下简称“市财政局”）")
    assert check_entities(read_text_string(other)) == []


def test_a_district_whose_duties_cover_the_whole_county_is_flagged_and_its_first_part_names_it():
    from drafting.io.text_reader import read_text_string
    text = ("目 录\n第一部分平安区水利局单位概况\n一、部门职责\n"
            "（一）拟订全县水利工作的中长期发展规划并监督实施。\n（二）负责全区水旱灾害防治工作。\n")
    assert [(f.rule, f.quote) for f in check_entities(read_text_string(text))] == [("entities.duty_scope", "全县")]
    county = text.replace("平安区", "平安县")
    assert [(f.rule, f.quote) for f in check_entities(read_text_string(county))] == [("entities.duty_scope", "全区")]


def test_a_duty_list_carried_over_with_another_scope_is_one_finding_naming_every_item():
    from drafting.io.text_reader import read_text_string
    text = ("第一部分平安区水利局单位概况\n（一）拟订全县水利工作规划并监督实施。\n（二）负责全县水旱灾害防治工作。\n"
            "（三）指导全县水利工程建设。\n")
    [f] = check_entities(read_text_string(text))
    assert f.rule == "entities.duty_scope" and len(f.related) == 2


def test_a_name_field_whose_value_is_a_run_of_form_labels_names_no_unit():
    # a form's header row flattened onto one line: the labels follow each other, the values come below
    text = ("某某县林业局2023年度部门整体支出绩效自评报告\n"
            "单位名称 单位负责人及电话 填报人\n某某县林业局 李某 0736-5551234 张某\n"
            "2023年全年完成造林面积1.2万亩。\n")
    assert [f for f in check_entities(read_text_string(text)) if f.rule == "entities.author"] == []
    # a value that is a name is the unit's name, up to the next label on its line
    text = ("某某县林业局2023年度部门整体支出绩效自评报告\n"
            "单位名称 某某县水利局 单位负责人及电话 李某 0736-5551234\n2023年全年完成造林面积1.2万亩。\n")
    [f] = [f for f in check_entities(read_text_string(text)) if f.rule == "entities.author"]
    assert f.quote == "某某县林业局" and "某某县水利局”" in f.message


def test_a_form_field_naming_another_role_at_the_end_of_a_cut_excerpt_is_no_signature():
    head = "某某市第一中学2023年度部门整体支出绩效自评报告\n单位名称：某某市第一中学\n2023年全年完成教学任务，资金执行率100%。\n"
    for last in ("主管部门：某某市教育局", "项目名称 校舍维修 主管部门 某某市教育局"):
        assert [f for f in check_entities(read_text_string(head + last)) if f.rule == "entities.author"] == []
    # a duty list's last clause cut at the excerpt's end (…工作。负责某某市垃圾处理中心) opens with a verb: no name
    cut = head + "三、主要职责\n指导全市市政设施建设工作。负责某某市城区生活垃圾终端处理中心"
    assert [f for f in check_entities(read_text_string(cut)) if f.rule == "entities.author"] == []
    # a signature is the name alone, after a sentence's end or a signing label: another unit there is told
    for last in ("某某市教育局\n2024年3月1日", "特此报告。某某市教育局", "填报单位（盖章）：某某市教育局"):
        [f] = [f for f in check_entities(read_text_string(head + last)) if f.rule == "entities.author"]
        assert f.quote == "某某市教育局"


@pytest.mark.parametrize("sentence", [
    "二是省级部门交办的古籍普查任务已全部完成。",  # an enumerated point
    "下达的项目为省级文物保护单位石门古城墙抢救性修缮工程。",  # a heritage site's grade
])
def test_an_enumerated_point_or_a_heritage_sites_grade_is_no_status_claim(sentence):
    assert _rules(_unit("平安市文化和旅游局", sentence)) == []
    # the same words as what the unit is still tell its level
    assert _rules(_unit("平安市文化和旅游局", "本局是省级部门。")) == [("entities.own_status_level", "省级")]


def test_the_law_of_the_province_quoted_in_statutory_duties_is_no_claim_to_be_the_province():
    duty = "（1）在不同宪法、法律、行政法规和本省地方性法规相抵触的前提下，制定单行条例。"
    assert _rules(_unit("红岩州人大常委会办公室", duty)) == []
    assert _rules(_unit("红岩州人大常委会办公室", "本省就业形势总体稳定。")) == [("entities.level_word", "本省")]


@pytest.mark.parametrize("sentence", [
    "全省共发放护理补贴180万元，惠及全县重度残疾人1,500人。",  # one piece of work told at two levels
    "全市共完成造林面积3,000亩，全县森林覆盖率达到62%。",
])
def test_a_higher_scope_beside_the_units_own_whole_counting_something_else_is_no_comparison(sentence):
    """全县 beside 全省 compares the two only where both give a figure of one measure: money and people,
    or 亩 and a percentage, are one piece of work told at two levels, the higher one a level too many."""
    assert [r for r, _ in _rules(_unit("平安县民政局", sentence)) if r == "entities.scope_level"] == ["entities.scope_level"]


@pytest.mark.parametrize("sentence", [
    "全省共下达护理补贴1,800万元，全县获得180万元。",  # the same measure at both levels: a comparison
    "全省共有重度残疾人32万人，全县1,500人。",
    "全省共下达资金1亿元，我县也获得了资金支持。",  # the unit named beside the whole, as 我县
])
def test_a_higher_scope_beside_the_units_own_figure_of_the_same_measure_is_a_comparison(sentence):
    assert [r for r, _ in _rules(_unit("平安县民政局", sentence)) if r == "entities.scope_level"] == []


@pytest.mark.parametrize("sentence, said", [
    ("经费来源：省财政全额拨款。", "省财政全额拨款"),
    ("经费形式 | 市财政差额拨款", "市财政差额拨款"),
])
def test_a_funding_field_names_the_units_own_finance(sentence, said):
    """经费来源：X财政全额拨款 states how the unit is funded, as 属X财政全额拨款 does: its own level's."""
    assert _rules(_unit("平安县水利局", sentence)) == [("entities.own_status_level", said)]
    assert _rules(_unit("平安县水利局", sentence.replace(said[0], "县", 1))) == []


def test_a_finance_office_approving_the_units_budget_of_a_year_is_the_units_own_level():
    """省财政批复我局2023年预算: the unit's budget for a year, named by its year, is approved by its own level."""
    assert _rules(_unit("平安县水利局", "省财政批复我局2023年预算收入860万元。")) == [("entities.finance_level", "省")]
    assert _rules(_unit("平安县水利局", "县财政批复我局2023年预算收入860万元。")) == []
    assert _rules(_unit("平安县水利局", "省财政下达我局2023年专项资金200万元。")) == []  # a transfer from above


def test_a_higher_levels_special_campaign_is_a_frame_but_special_funds_are_the_units_own_money():
    """全省…专项整治 is that level's campaign (a frame); 专项资金 is money, which the unit's 全县 spends: a
    全省 before it is a level too high."""
    assert _rules(_unit("平安县民政局", "全省共发放困难群众专项资金420万元。")) == [("entities.scope_level", "全省")]
    assert _rules(_unit("平安县民政局", "积极参加全省社会救助领域专项整治。")) == []


def test_a_self_reference_that_says_what_the_unit_belongs_to_is_read_but_a_city_owned_thing_is_not():
    """我省属于…重点县 is the unit speaking of itself as a province; 本市属国有企业 (city-owned) is no self-reference."""
    assert _rules(_unit("平安县民政局", "我省属于国家乡村振兴重点帮扶县。")) == [("entities.level_word", "我省")]
    assert _rules(_unit("平安县民政局", "我县属于国家乡村振兴重点帮扶县。")) == []
    assert _rules(_unit("平安县国资局", "本市属国有企业改革稳步推进。")) == []


def test_honours_a_higher_level_awards_listed_after_the_verb_that_confers_them_are_no_scope_claim():
    """被评为全省…先进单位；全省…奖: each item after ； is another honour the province awarded."""
    honours = "2023年，我局被评为全省文化旅游系统先进集体；全省乡村文化振兴工作表现突出单位；全省公共文化服务体系建设考核评比优胜奖。"
    assert _rules(_unit("安平县文化旅游局", honours)) == []
    # a scope claim after a comma is the unit's own words again
    claimed = "2023年，我局被评为全省文化旅游系统先进集体，全省完成文化下乡演出120场。"
    assert _rules(_unit("安平县文化旅游局", claimed)) == [("entities.scope_level", "全省")]


def test_a_title_ending_in_zipingqingkuang_opens_with_the_region_whose_unit_reports():
    """某市…专项资金绩效自评情况 is a report's title: its city says the level, and 我省 is out of place."""
    report = read_text_string("安平市2023年度城乡医疗救助专项资金绩效自评情况\n一、基本情况\n"
                              "2023年度共下达我省城乡医疗救助资金120万元。\n")
    assert [(f.rule, f.quote) for f in check_entities(report)] == [("entities.level_word", "我省")]


# -- a higher level's total told before the unit's own share (pool39 odd page 003; issue #9) ----------
@pytest.mark.parametrize(("name", "sentence"), [
    # the share names the unit by its place, with or without the level word, or as 本局
    ("平安县生态环境局", "省厅下达资金项目计划，全省确定26项水污染防治项目，其中涉及平安县水污染防治项目1个，总投资1807万元。"),
    ("平安县生态环境局", "全省共下达资金1亿元，其中平安获得2000万元。"),
    ("平安县生态环境局", "全市共下达资金1亿元；其中，本局承担200万元。"),  # the share in the next sentence, after ；
    ("平安县民政局", "全州共安排补助资金3200万元。其中平安县分配480万元。"),  # … or after 。, opening with 其中
    ("河湾镇人民政府", "全省共硬化农村道路1200公里，其中河湾镇18公里。"),
])
def test_a_higher_levels_total_before_the_units_own_share_is_no_level_claim(name, sentence):
    assert [r for r, _ in _rules(_unit(name, sentence)) if r == "entities.scope_level"] == []


@pytest.mark.parametrize("sentence", [
    "我局完成全省26项水污染防治项目，其中新建项目10个。",  # a 其中 that is no share of the unit's
    "全省确定26项水污染防治项目，平安县环境明显改善。",  # the unit named, but no share of the total
    "全省完成26个项目。其中平安县项目进展顺利。",  # a share without a figure
    "为全省320名群众提供服务，其中新增120名。",
])
def test_a_county_unit_claiming_a_province_wide_total_without_its_share_is_still_flagged(sentence):
    assert _rules(_unit("平安县生态环境局", sentence)) == [("entities.scope_level", "全省")]


def test_a_total_and_share_in_traditional_characters_are_read_alike():
    from drafting.io.text_reader import read_text_string
    from drafting.review import review
    head = "平安縣2020年度中央財政水污染防治專項資金績效自評報告\n"
    shared = head + "全省確定26項水污染防治項目,其中涉及平安縣水污染防治項目1個,項目總投資1807萬元。\n"
    claimed = head + "我局完成全省26項水污染防治項目,項目總投資1807萬元。\n"
    rules = [[f.rule for f in review(read_text_string(t)).findings if f.rule == "entities.scope_level"] for t in (shared, claimed)]
    assert rules == [[], ["entities.scope_level"]]


def test_a_one_character_place_with_xiang_or_zhen_before_a_level_word_is_a_county_or_city():
    from drafting.checks.entities import level_of, own_region
    from drafting.io.text_reader import read_text_string

    # 新乡市, 安乡县, 丰镇市: the 乡/镇 belongs to the place's name; a town is still a town
    assert own_region("新乡市卫生健康委员会") == "新乡市"
    assert own_region("河南省新乡市财政局") == "新乡市"
    assert own_region("安乡县统计局") == "安乡县"
    assert own_region("丰镇市教育局") == "丰镇市"
    assert own_region("龙潭乡市场监管所") == "龙潭乡"
    assert level_of(own_region("金江镇人民政府")) == "镇"
    clean = read_text_string("安乡县统计局2022年度部门整体支出绩效自评报告\n一、部门职责\n负责全县统计调查工作。")
    assert check_entities(clean) == []
    # the defective twin: the same county's unit claiming a province's scope is still found
    wrong = read_text_string("安乡县统计局2022年度部门整体支出绩效自评报告\n一、部门职责\n负责全省统计调查工作。")
    assert [f.rule for f in check_entities(wrong)] == ["entities.duty_scope"]


def test_one_sentence_stating_the_units_level_wrongly_twice_is_one_finding():
    """本单位为省级预算单位，经费由省级财政全额保障 in a city unit's report: one problem, the second
    place its related place; the same words in two sentences are two."""
    one = check_entities(_unit("某市自然资源局", "本单位为省级预算单位，经费由省级财政全额保障。"))
    assert [(f.rule, f.quote, [r.quote for r in f.related]) for f in one] == [
        ("entities.own_status_level", "省级", ["省级财政全额保障"])]
    two = check_entities(_unit("某市自然资源局", "本单位为省级预算单位。经费由省级财政全额保障。"))
    assert [f.quote for f in two] == ["省级", "省级财政全额保障"]


def test_level_words_alone_name_no_place_in_a_units_name():
    """县乡村公路管理站 is a county's station for village roads, not a 乡 unit: 县 is no place's name, so the
    unit's level is not read from it and its duties over 全县 draw nothing; a town's unit still does."""
    from drafting.checks.entities import own_region
    from drafting.io.text_reader import read_text_string

    assert own_region("县乡村公路管理站") is None and own_region("市县财政局") is None
    assert own_region("平江县乡村公路管理站") == "平江县" and own_region("安乡县农业局") == "安乡县"
    station = read_text_string("单位名称：县乡村公路管理站\n主要职责：负责全县农村公路养护管理。")
    assert [f for f in check_entities(station) if f.rule == "entities.duty_scope"] == []
    town = read_text_string("下桥镇人民政府2024年度绩效自评报告\n主要职责：负责全县农村公路养护管理。")
    assert [f.quote for f in check_entities(town) if f.rule == "entities.duty_scope"] == ["全县"]


@pytest.mark.parametrize("kind", ["建制镇", "重点镇", "小城镇"])
def test_a_kind_of_town_a_fund_supports_is_no_town_that_reports(kind):
    """现将我厅…支持建制镇…报告如下: 建制镇 names every incorporated town the fund reaches, so the
    provincial department that reports may speak of 全省."""
    report = read_text_string(
        f"现将我厅2020年彩票公益金支持{kind}生活污水处理设施建设项目支出绩效报告公告如下。\n"
        f"一、绩效目标完成情况分析\n全省新建{kind}污水处理设施12处，完成投资300万元。\n")
    assert not [f for f in check_entities(report) if "全省" in f.quote]


def test_a_town_named_before_its_kind_still_reports_as_a_town():
    report = read_text_string(
        "平安镇人民政府2020年度部门整体支出绩效自评报告\n"
        "一、绩效目标完成情况分析\n全省新建污水处理设施12处，完成投资300万元。\n")
    assert [f.quote for f in check_entities(report) if "全省" in f.quote] == ["全省"]
