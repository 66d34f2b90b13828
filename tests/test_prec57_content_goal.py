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


# a form copied as rows of cells apart by |: the target under its column header, then a row of what was done
_GOAL = ("开展森林防火巡查和隐患排查,组织扑火队伍培训演练,更新扑火物资装备,"
         "协助完成省林业局对我市森林防火工作的检查验收,确保全年不发生重大森林火灾。")


def _form(header: str, done_label: str) -> str:
    return "\n".join(("部门预算项目支出绩效自评表(2023年度) | | | | |",
                      "项目名称 | | 森林防火专项工作经费 | | |",
                      f"项目基本情况 | 1.项目年度目标完成情况 | {header} | | 年度目标完成情况 |",
                      f"| | {_GOAL} | | 已完成森林防火巡查和扑火队伍培训。 |",
                      f"| {done_label} | {_GOAL} | | | |",
                      "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 预算执行数 | 预算执行率 |"))


def test_the_target_cell_restated_as_what_was_done_is_the_template():
    assert _duplicates(_form("项目年度目标", "2.项目实施内容及过程概述")) == []


def test_a_cell_under_a_header_that_names_no_target_is_still_a_copy():
    assert len(_duplicates(_form("存在问题", "2.项目实施内容及过程概述"))) == 1
    assert len(_duplicates(_form("项目年度目标", "3.存在的问题"))) == 1
