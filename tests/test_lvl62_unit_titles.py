"""Where a report names the unit whose level its own level words must fit, in shapes the entities check
did not read before: a 公文 title naming its issuer before 关于, a summary of the evaluation work
(…自评工作情况总结), an attachment's label before the title (附件3), a template's placeholder region
before a fund (XX区…转移支付2019年度…), a name field's stamp note (部门名称（公章）：), a published
page's 发布机构 with its value in the next cell. And what stays a citation: another body's document
named inside 《》 in the opening sentence says nothing of the unit's level."""

import pytest

from drafting.checks.entities import check_entities
from drafting.io.text_reader import read_text_string


def _levels(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_entities(read_text_string(text))
            if f.rule.startswith("entities.") and f.rule != "entities.author"]


_AUDIT_BODY = ("一、部门基本情况\n青山市审计局是市人民政府工作部门。主要职责是：主管{scope}审计工作；"
               "组织实施对本级预算执行情况的审计。\n二、自评结论\n2022年，{self}审计工作按计划完成。\n")


@pytest.mark.parametrize("title", ["青山市审计局2022年度部门绩效自评工作情况总结", "青山市审计局部门整体支出绩效评价工作总结"])
def test_a_summary_of_the_evaluation_work_is_the_reports_title_and_names_the_unit(title):
    wrong = _levels(title + "\n" + _AUDIT_BODY.format(scope="全省", self="我省"))
    assert ("entities.duty_scope", "全省") in wrong and ("entities.level_word", "我省") in wrong
    assert _levels(title + "\n" + _AUDIT_BODY.format(scope="全市", self="我市")) == []


_HOUSING = ("一、绩效目标情况\n2019年，{a}城镇棚户区改造开工19800套，发放租赁补贴5300户。\n"
            "二、绩效目标完成情况\n历年来{b}高度重视公租房保障工作，年度目标全部完成。\n")


@pytest.mark.parametrize("title", ["江南省住房和城乡建设厅关于2019年度中央财政城镇保障性安居工程专项资金绩效自评报告",
                                   "江南省住房和城乡建设厅关于城镇保障性安居工程资金支出绩效的自评报告"])
def test_a_title_naming_its_issuer_before_about_names_the_unit(title):
    assert sorted(_levels(title + "\n" + _HOUSING.format(a="全市", b="我县"))) == \
        [("entities.level_word", "我县"), ("entities.scope_level", "全市")]
    assert _levels(title + "\n" + _HOUSING.format(a="全省", b="我省")) == []


def test_a_township_named_after_an_attachments_label_speaks_of_its_county_but_not_of_a_province():
    text = ("附件3\n田心乡部门整体支出绩效自评报告\n（2022年度）\n一、部门基本情况\n"
            "田心乡人民政府下设党政办、经济发展办等4个内设机构。2022年，{said}农村人居环境整治按计划完成。\n")
    assert _levels(text.format(said="我省")) == [("entities.level_word", "我省")]
    assert _levels(text.format(said="我县")) == []


def test_a_document_of_another_body_cited_in_the_opening_sentence_names_no_level_of_the_unit():
    text = ("根据《江南省财政厅关于做好2022年度绩效自评工作的通知》要求，现将我市2022年度公共文化服务体系建设"
            "资金绩效自评情况报告如下：\n一、基本情况\n我市严格按照绩效目标分配资金，全市完成送戏下乡120场。\n")
    assert _levels(text) == []


def test_a_placeholder_region_before_a_fund_and_its_year_names_the_level_of_the_fund():
    title = "XX区中央农业生产救灾补助资金转移支付2019年度绩效自评报告\n"
    body = "一、绩效目标分解下达情况\n2019年预算下达{said}中央财政农业生产救灾资金XX万元，主要用于病虫害防控。\n"
    assert _levels(title + body.format(said="我省")) == [("entities.level_word", "我省")]
    assert _levels(title + body.format(said="我区")) == []


def test_a_name_fields_stamp_note_is_no_name_the_name_after_it_gives_the_level():
    text = ("松溪县林业和草原局2023年造林补助资金项目支出绩效自评报告\n部门名称（公章）：松溪县林业和草原局\n"
            "一、项目基本情况\n2023年，{said}完成造林1200亩，资金全部拨付到位。\n")
    assert _levels(text.format(said="我市")) == [("entities.level_word", "我市")]
    assert _levels(text.format(said="我县")) == []


def test_a_published_pages_issuer_in_the_next_cell_names_the_unit():
    text = ("索引号: | 11340000/202304-00032 | 组配分类: | 财政资金 |\n发布机构: | 松溪县应急管理局 | 主题分类: | 救灾 |\n"
            "（中央自然灾害救灾资金—第一批洪涝灾害救灾补助）转移支付 2022年度绩效自评报告\n"
            "一、基本情况\n2022年，{said}共发放救灾物资3200件。\n")
    assert _levels(text.format(said="我省")) == [("entities.level_word", "我省")]
    assert _levels(text.format(said="我县")) == []


_PROJECT = ("青川市义务教育小规模（教学点）智慧学校建设项目绩效自评报告\n一、基本情况\n根据《青川市人民政府关于2020年实施"
            "民生工程的通知》文件精神，到2020年底实现智慧学校建设全覆盖。\n二、绩效自评工作开展情况\n{said}对照绩效自评指标，"
            "对智慧学校建设资金认真开展自评。\n")


def test_a_project_named_after_its_region_reads_the_units_own_self_reference_against_that_region():
    assert _levels(_PROJECT.format(said="我省")) == [("entities.level_word", "我省")]
    # the unit may be below the region (a county's school in a city's project), and a higher level's scope may be
    # that level's requirement told: only the unit calling itself by a higher level is read
    assert _levels(_PROJECT.format(said="我县")) == []
    assert _levels(_PROJECT.replace("实现智慧学校", "实现全省智慧学校").format(said="我市")) == []


def test_a_project_title_opening_with_a_kind_of_area_or_a_region_named_nowhere_else_names_no_level():
    area = _PROJECT.replace("青川市义务教育小规模（教学点）智慧学校建设", "三峡库区移民后期扶持").replace("青川市人民政府", "三峡库区移民工作领导小组")
    assert _levels(area.format(said="我省")) == []
    once = _PROJECT.replace("《青川市人民政府", "《人民政府")
    assert _levels(once.format(said="我省")) == []
