"""A rural level standing alone before a word of its own (促进村集体经济发展 beside 促进农村集体经济发展; 乡财政,
镇政府) names the level's own body, as the longer word (农村, 乡镇) names the countryside's: a report writes both on
purpose, and no 农 was dropped before 村. A character dropped after the level (乡振兴 beside 乡村振兴), where the
level opens the longer word, is still read. Invented wording."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _dropped(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.dropped"]


def test_a_village_collective_beside_the_rural_collective_is_no_dropped_character():
    text = ("一、绩效目标\n本项目通过盘活闲置资产，促进农村集体经济发展，带动脱贫户稳定增收。\n"
            "二、完成情况\n通过项目实施，有力促进村集体经济发展，群众满意度较高。\n")
    assert _dropped(text) == []


def test_form_rows_naming_the_village_and_the_rural_collective_are_both_meant():
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
            "| 效益指标 | 经济效益指标 | 促进村集体经济发展 | ≥95% |\n"
            "| 产出指标 | 数量指标 | 发放村组干部报酬人数 | 230人 |\n"
            "| 效益指标 | 经济效益指标 | 促进农村集体经济发展 | ≥95% |\n")
    assert _dropped(text) == []


def test_a_character_dropped_after_the_level_is_still_read():
    text = ("一、绩效目标\n本项目通过完善基础设施，全面推进乡村振兴战略实施，带动脱贫户稳定增收。\n"
            "二、完成情况\n通过项目实施，有力推进乡振兴战略实施，群众满意度较高。\n")
    assert _dropped(text) == ["推进乡振兴"]
