"""A list's first item may open with a year (资金组成:1.2022年省级资金35万元;2.…): its 1. is a marker, though a
digit follows the dot, so the list does not start late (pool65 p12, after its measure)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _late_starts(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings
            if f.rule == "structure.numbering_late_start"]


def test_an_item_opening_with_a_year_is_marked():
    text = ("一、项目概况\n项目预算总投资47.3万元;\n"
            "资金组成:1.2022年省级彩票公益金35万元;2.镇人民政府投入资金12.3万元。\n")
    assert _late_starts(text) == []


def test_a_first_item_with_no_marker_is_still_found():
    text = "一、项目概况\n资金用于:修建道路3公里;2.维修水渠5处;3.购置设备2台。\n"
    assert _late_starts(text) == ["2."]


def test_a_decimal_is_no_marker():
    # 1.5万元 is a figure, not item 1: the list below still lacks its first marker
    text = "一、项目概况\n补助1.5万元用于修建道路;2.维修水渠5处;3.购置设备2台。\n"
    assert _late_starts(text) == ["2."]
