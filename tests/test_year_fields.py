"""The evaluated year stated in a form's field without its colon (checks/year_fields.py), weighed
against a title left from last year's file. Invented wording throughout."""

from drafting.checks.dates import infer_year
from drafting.checks.year_fields import field_years
from drafting.io.text_reader import read_text_string
from drafting.review import review

OLD_TITLE = "某县水利局2022年度部门整体支出绩效自评报告"
BODY = ["一、基本情况", "本年度，我局围绕水利工程建设和运行管护，统筹安排财政资金，各项工作有序推进。",
        "在项目管理方面，我局严格执行资金拨付程序，建立项目台账，做到专款专用。",
        "下一步，我局将进一步强化预算约束，提高资金使用效益。"]


def _years(*lines: str) -> list[int]:
    return list(field_years(read_text_string("\n".join(lines) + "\n").units()))


def _stale_title(text: str) -> list[str]:
    return [f.location.quote for f in review(read_text_string(text)).findings if f.kind == "stale_year"]


def test_a_year_field_flattened_one_cell_per_line_outweighs_a_title_left_from_last_year():
    text = "\n\n".join([OLD_TITLE, "评价年度", "2023年", *BODY]) + "\n"
    assert infer_year(read_text_string(text)) == 2023
    assert any("2022" in q for q in _stale_title(text))


def test_a_year_field_in_a_bar_row_or_after_blanks_is_read():
    assert _years("项目名称 | 河道治理", "评价年度 | 2023年度") == [2023]
    assert _years("所属年度\u3000\u30002023") == [2023]
    assert _years("评价年度：", "", "2023年") == [2023]


def test_what_is_no_field_stays_silent():
    # a comparison's header of two years, a range, a sentence after the label
    assert _years("预算年度 | 2022年 | 2023年") == []
    assert _years("预算年度", "2022年", "2023年") == []
    assert _years("评价年度", "2021-2023年") == []
    assert _years("评价年度", "2023年全县共完成河道治理12公里") == []
    # the title's own year stated by the field: nothing stale
    same = "\n\n".join([OLD_TITLE.replace("2022", "2023"), "评价年度", "2023年", *BODY]) + "\n"
    assert _stale_title(same) == []
