"""A township's report calling itself by another kind of township (written on pool67 p07 and p18, two sources):
the unit's kind, read from its name, fixes what 本X and its own two levels can be; generic words (乡镇, 镇街,
镇村), the 乡 of the countryside, another unit's document title and a unit of the same kind are no sign."""

from drafting.checks.entities import check_entities, unit_name_of
from drafting.io.text_reader import read_text_string


def _kinds(text: str) -> list[str]:
    return [f.quote for f in check_entities(read_text_string(text)) if f.rule == "entities.township_kind"]


def _township(name: str, duties: str) -> str:
    return (f"青山县{name}人民政府2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            f"(一)部门职能职责\n青山县{name}人民政府承担以下职责:\n{duties}\n")


def test_a_xiang_whose_duties_say_ben_zhen_is_found_once_with_its_other_places():
    text = _township("白石乡", "1.加强党的建设。推进本镇机关及辖区内村党建工作。\n2.强化公共服务。健全完善镇、村两级政务服务体系。\n")
    findings = [f for f in check_entities(read_text_string(text)) if f.rule == "entities.township_kind"]
    assert [f.quote for f in findings] == ["本镇"]
    assert len(findings[0].related) == 1  # 镇、村两级: the same paste, one problem


def test_a_task_done_for_ben_zhen_in_a_xiang_report_is_found():
    text = _township("白石乡", "1.全年完成本镇下达的各项工作任务。\n")
    assert _kinds(text) == ["本镇"]


def test_a_xiang_whose_duties_say_ben_jiedao_is_found():
    text = _township("白石乡", "1.统筹辖区发展。拟定本街道各项事业发展的中长期规划,并组织实施。\n")
    assert _kinds(text) == ["本街道"]


def test_a_zhen_that_says_quan_jiedao_is_found():
    text = _township("青石镇", "1.组织全街道开展人居环境整治。\n")
    assert _kinds(text) == ["全街道"]


def test_a_unit_of_the_same_kind_is_quiet():
    text = _township("青石镇", "1.推进本镇机关党建工作。\n2.健全完善镇、村两级政务服务体系,全镇共完成10项。\n")
    assert _kinds(text) == []


def test_generic_township_words_are_no_sign():
    text = _township("白石乡", "1.落实乡镇(街道)、村(社区)两级网格。本乡镇财政所负责本镇街资金监管。\n"
                               "2.推进全镇村干部培训的县级部署,编制镇村体系规划。\n")
    assert _kinds(text) == []


def test_a_streets_road_in_a_zhen_report_is_no_sign():
    text = _township("青石镇", "1.完成本街道路面硬化3公里,全街道路灯更换120盏。\n")
    assert _kinds(text) == []


def test_the_countryside_xiang_in_a_zhen_report_is_no_sign():
    text = _township("青石镇", "1.实行村账乡代管,吸纳本乡本土人才,全乡村振兴示范。\n")
    assert _kinds(text) == []


def test_a_cited_title_and_a_word_ending_in_ben_are_no_sign():
    text = _township("白石乡", "1.根据《青山县本镇机关管理办法》执行。\n2.降低成本镇村道路维护。\n3.健全镇级台账。\n")
    assert _kinds(text) == []


def test_a_county_report_speaks_of_its_towns_freely():
    text = ("青山县农业农村局2024年度部门整体支出绩效自评报告\n一、基本情况\n指导各镇推进本镇机关建设,健全镇、村两级服务体系。\n")
    assert _kinds(text) == []


def test_the_unit_that_stamps_its_own_evaluation_names_the_unit():
    text = ("部门整体支出绩效自评报告\n评价年度:2024\n评价单位(公章):青山县白石乡人民政府\n填报日期:\n"
            "一、单位基本情况\n主要职责是:拟定本街道各项事业发展规划。\n")
    cover = unit_name_of(read_text_string(text))
    assert cover is not None and cover[0].text[cover[1]:cover[2]] == "青山县白石乡人民政府"
    assert _kinds(text) == ["本街道"]


def test_a_firm_that_stamps_a_third_party_evaluation_names_no_unit():
    text = ("绩效评价报告\n评价单位(盖章):四川省某某会计师事务所有限公司\n一、基本情况\n本乡拟定本街道发展规划。\n")
    assert unit_name_of(read_text_string(text)) is None
