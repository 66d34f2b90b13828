"""A sentence said twice in two sections (written on pool67 p13 and pool61 p26, two sources): thirty Chinese
characters and more with no figure said alike to a sentence's end, in two paragraphs, are one writer's wording
pasted; stock wording is shorter. One finding for two paragraphs one paste made; a page's navigation, a target
and its outcome in the same words are no paste."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县政法委2018年度维稳经费项目支出绩效自评报告\n"
# 34 Chinese characters, no figure: the use of the funds, told in two sections
_USE = "主要用于政法委及维稳办开展综治维稳、矛盾纠纷调处、重大节日及活动安保等工作"


def _copies(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(_TITLE + text)).findings if f.rule.startswith("redundancy.")]


def test_the_use_of_the_funds_said_again_after_another_opening_is_a_paste():
    text = (f"一、项目基本情况\n项目资金为财政拨款资金，{_USE}。项目由县委政法委组织实施。\n"
            f"二、项目使用、实施情况\n本项目施行时间为一年。项目资金为30万元，{_USE}。各项工作均按计划完成。\n")
    assert _copies(text) == [("redundancy.copied_tail", _USE)]


def test_a_whole_sentence_of_thirty_characters_said_in_two_paragraphs_is_a_paste():
    said = "及时足额发放冬春救灾资金，确保冬春期间受灾群众基本生活和安全温暖过冬。"
    text = (f"一、项目概况\n按照上级规定做好受灾群众救助工作；{said}\n"
            f"二、绩效目标情况\n严格按照有关规定做好全县受灾地区群众救助；{said}\n")
    assert _copies(text) == [("redundancy.copied_sentence", said)]


def test_a_shorter_shared_end_is_stock_wording():
    stock = "各类生产经营性安全事故指标在市政府控制指标范围内"  # 24
    text = f"一、工作成效\n全年开展检查120次，{stock}。\n二、绩效目标完成情况\n安全生产目标全部完成，{stock}。\n"
    assert _copies(text) == []


def test_a_pages_navigation_said_twice_is_the_sites_not_the_reports():
    path = "首页>某县某某乡人民政府门户网站>政务公开>法定主动公开内容>财政预算决算>部门决算公开目录"
    text = f"您当前所在位置：{path}\n一、基本情况\n本乡共有8个村。\n当前位置：{path}\n"
    assert _copies(text) == []


def test_a_target_and_its_outcome_in_the_same_words_are_planned_and_done():
    aim = "推动基层党组织充分发挥战斗堡垒作用和党员先锋模范作用，努力开创基层党建工作新局面"
    text = (f"一、绩效目标\n年度目标：全面加强支部建设，{aim}。\n"
            f"二、目标完成情况\n全年组织学习24次，较好地{aim}。\n")
    assert _copies(text) == []


def test_two_paragraphs_one_paste_made_give_one_finding():
    said = "及时足额发放冬春救灾资金，确保冬春期间受灾群众基本生活和安全温暖过冬。"
    opening = "受灾群众冬春期间口粮、饮水、衣被、取暖、医疗等基本生活救助，维护社会稳定"
    text = (f"一、项目概况\n本项目资金由省财政厅于年末下达，用于全县冬春救助，覆盖12个乡镇。按照上级规定，做好灾区{opening}；{said}\n"
            f"二、绩效目标情况\n经县应急管理局审核，绩效目标从产出、效益和满意度三方面设置。严格按照有关规定，做好全县受灾地区{opening}；{said}\n")
    assert _copies(text) == [("redundancy.copied_sentence", said)]


_DUTY = "指导全县建立统一规范的职业技能培训市场，促进技能人才合理流动、有效配置。"  # 31, no figure


def test_a_short_duty_said_in_the_forms_duty_list_and_the_narratives_is_the_units_statutory_wording():
    text = ("职能职责概述 （一）贯彻执行国家和省有关职业技能培训的方针政策。\n"
            f"（二）会同有关部门拟订全县培训市场发展规划；{_DUTY}\n"
            "一、部门概况\n1、主要职责\n我局是主管全县职业技能培训工作的县政府组成部门。主要职责是：\n"
            "（一）贯彻执行国家、省有关职业技能培训的方针政策和法律法规。\n"
            f"（二）拟订并组织实施全县培训市场发展规划；{_DUTY}\n")
    assert _copies(text) == []


def test_a_short_duty_pasted_into_a_results_paragraph_is_a_paste():
    text = ("一、部门概况\n主要职责：\n（一）贯彻执行国家和省有关职业技能培训的方针政策。\n"
            f"（二）会同有关部门拟订全县培训市场发展规划；{_DUTY}\n"
            f"二、绩效目标完成情况\n全年共举办培训班12期，培训学员860人次；{_DUTY}\n")
    assert [rule for rule, _ in _copies(text)] == ["redundancy.copied_sentence"]


def test_a_formula_sentence_of_two_parallel_project_sections_is_the_patterns():
    formula = "资金实行镇级报账制管理，按照“村申报、镇审核、财政支付”的程序拨付，专款专用，未发现挤占挪用情况。"  # 39
    text = ("一、村道养护项目\n（一）项目概况。安排村道养护资金64.00万元，用于全镇村道日常养护。\n"
            f"（二）资金使用情况。全年支出61.20万元，执行率95.63%。{formula}\n"
            "二、人居环境整治项目\n（一）项目概况。安排整治资金86.00万元，用于全镇垃圾收集转运。\n"
            f"（二）资金使用情况。全年支出84.36万元，执行率98.09%。{formula}\n")
    assert _copies(text) == []


def test_a_forms_head_row_run_onto_one_line_in_two_forms_is_no_sentence():
    head = "主管部门 某某市某某区某某街道办事处 实施单位 某某市某某区某某街道办事处社区服务管理中心"
    text = (f"项目一：老旧小区环境整治项目绩效自评表\n项目名称 老旧小区环境整治 {head}\n项目资金 年初预算数 100\n"
            f"项目二：社区网格化服务管理项目绩效自评表\n项目名称 社区网格化服务管理 {head}\n项目资金 年初预算数 80\n")
    assert _copies(text) == []
