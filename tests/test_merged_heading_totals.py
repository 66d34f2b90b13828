"""A total under a table whose group headings are written once above their members (merged cells
flattened one cell a line): a wrong total is measured against the members alone, and its finding
proposes the members' sum only when every heading is the sum of its members. Invented text."""

from __future__ import annotations

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]


def _table(total: str, first: str = "5") -> str:
    # 一级 and 二级 headings give their 分值 once; each 三级 member fills 分值 and 得分
    rows = [["投入", "25", "前期准备", "10", "方案论证充分性", first, "5"], ["招标程序合规性", "5", "4"],
            ["资金保障", "15", "配套资金到位率", "15", "12"],
            ["过程", "25", "组织实施", "25", "进度控制情况", "10", "9"], ["质量管控情况", "15", "14"],
            ["成效", "50", "建设成效", "35", "设施建成率", "20", "20"], ["设施使用率", "15", "13"],
            ["群众评价", "15", "使用者满意度", "15", "14"], ["总计", total, "", "", "", "", "91"]]
    cells = HEAD + [c for r in rows for c in r]
    return "五、绩效指标评分\n\n" + "\n\n".join(cells) + "\n\n六、结论\n\n评价得分91分。\n"


def _totals(text: str) -> list[Finding]:
    return [f for f in review(read_text_string(text)).findings if f.rule == "table_column_total"]


def test_a_wrong_total_over_merged_headings_proposes_the_members_sum():
    """The members add to 100 (headings 25 + 25 + 50 and 10 + 15 + 25 + 35 + 15 are their subtotals):
    the total 95 should be 100, not the sum of headings and members together."""
    found = _totals(_table("95"))
    assert len(found) == 1
    assert "应为 100（5 + 5 + 15 + 10 + 15 + 20 + 15 + 15）" in found[0].message
    assert "核对总计行与各分项，将其改为 100" in (found[0].suggestion or "")


def test_the_right_total_over_merged_headings_is_silent():
    assert _totals(_table("100")) == []


def test_a_heading_that_disagrees_with_its_members_leaves_the_total_without_a_proposed_value():
    """方案论证充分性 6 makes the members 101 while 前期准备 still says 10: whether the member, the
    heading or the total is wrong, no one sum is what the total should be."""
    found = _totals(_table("95", first="6"))
    assert len(found) == 1
    assert "应为" not in found[0].message and "无法从表内确定" in found[0].message
    assert "改为" not in (found[0].suggestion or "")
