"""A project's content restated in its form's target cell (年初设定目标) is the template asking for the goal,
not a paragraph pasted twice (pool60 p02: 二、项目内容 and the 绩效评价表's goal cell)."""

from drafting.checks.redundancy import find_duplicates
from drafting.io.text_reader import read_text_string

_CONTENT = ("通过完善对全市文艺精品创作的扶持政策,进一步发挥主管部门对文艺创作的引导作用,"
            "推出思想精深、艺术精湛、制作精良的优秀作品,满足人民群众日益增长的精神文化需求。")


def _page(*between: str) -> str:
    return "\n\n".join(("某市文化局项目支出绩效评价表(2022年度)", "一、项目名称", "某市文艺精品专项资金",
                        "二、项目内容", _CONTENT, "三、实施周期", "2022年1月-12月", "四、绩效评价",
                        "项目名称 某市文艺精品专项资金", *between, _CONTENT[:60]))


def _duplicates(text: str) -> list[str]:
    return [f.quote for f in find_duplicates(read_text_string(text))]


def test_the_projects_content_in_the_forms_target_cell_is_the_template():
    assert _duplicates(_page("年度总体目标完成情况 年初设定目标 年度总体目标完成情况综述")) == []


def test_the_same_text_under_a_row_that_names_no_target_is_still_a_copy():
    assert len(_duplicates(_page("存在的问题 原因分析 改进措施"))) == 1


def test_the_same_text_in_another_narrative_section_is_still_a_copy():
    assert len(_duplicates(_page("五、存在的问题", "部分作品宣传推广不足。", "六、其他说明"))) == 1
