"""A table whose total is right while a figure under it is wrong: the finding points at that figure (a
member of a 其中 list, or a group heading written once above its members), not at the total, and
proposes no change to the total. Invented text."""

from __future__ import annotations

from drafting.checks.arithmetic import check_arithmetic
from drafting.findings import Finding
from drafting.io.text_reader import read_text_string

HEAD = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]


def _sums(text: str) -> list[Finding]:
    return [f for f in check_arithmetic(read_text_string(text))
            if f.rule in ("table_column_total", "table_sub_list", "table_row_total")]


def _spending(rows: list[tuple[str, str]], layout: str = "tab") -> str:
    if layout == "tab":
        return "支出决算表（单位：万元）\n项目\t金额\n" + "\n".join(f"{a}\t{b}" for a, b in rows) + "\n"
    if layout == "pipe":
        return "| 项目 | 金额（万元） |\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n"
    return "支出决算表（单位：万元）\n\n项目\n\n金额\n\n" + "\n\n".join(f"{a}\n\n{b}" for a, b in rows) + "\n\n三、绩效情况\n"


def _budget(total: str = "100.00", basic: str = "60.00", staff: str = "45.00", other: str = "15.00") -> list[tuple[str, str]]:
    return [("支出合计", total), ("基本支出", basic), ("其中：人员支出", staff), ("公用支出", other), ("项目支出", "40.00")]


def test_a_wrong_member_of_a_list_under_a_right_total_is_found_at_the_member():
    for layout in ("tab", "pipe", "flat"):
        [f] = _sums(_spending(_budget(staff="50.00"), layout))
        assert f.location.quote == "50.00" and f.rule == "table_sub_list"
        assert "65.00（50.00 + 15.00）" in f.message and "基本支出 60.00" in f.message
        assert "使其合计为 60.00" in (f.suggestion or "") and "100.00" not in (f.suggestion or "")


def test_a_wrong_heading_over_its_list_is_found_at_the_heading():
    [f] = _sums(_spending(_budget(basic="65.00")))
    assert f.location.quote == "65.00" and "基本支出应为 60.00（45.00 + 15.00）" in f.message


def test_a_wrong_total_is_measured_against_the_rows_outside_the_list():
    [f] = _sums(_spending(_budget(total="110.00")))
    assert f.location.quote == "110.00" and "应为 100.00（60.00 + 40.00）" in f.message


def test_a_closed_list_that_falls_short_is_found():
    [f] = _sums(_spending(_budget(staff="40.00"), "pipe"))
    assert f.location.quote == "40.00" and "不足" in f.evidence


def test_right_tables_partial_lists_and_rounding_are_silent():
    assert _sums(_spending(_budget())) == []
    assert _sums(_spending(_budget(), "flat")) == []
    partial = [("支出合计", "100.00"), ("基本支出", "60.00"), ("其中：政府采购", "20.00"), ("培训费", "10.00"), ("项目支出", "40.00")]
    assert _sums(_spending(partial)) == [] and _sums(_spending(partial, "pipe")) == []
    assert _sums(_spending(_budget(staff="45.01"))) == []


def _scores(top: str = "25", prep: str = "10", first: str = "5", total: str = "100") -> str:
    rows = [["投入", top, "前期准备", prep, "方案论证充分性", first, "5"], ["招标程序合规性", "5", "4"],
            ["资金保障", "15", "配套资金到位率", "15", "12"],
            ["过程", "25", "组织实施", "25", "进度控制情况", "10", "9"], ["质量管控情况", "15", "14"],
            ["成效", "50", "建设成效", "35", "设施建成率", "20", "20"], ["设施使用率", "15", "13"],
            ["群众评价", "15", "使用者满意度", "15", "14"], ["总计", total, "", "", "", "", "91"]]
    return "五、绩效指标评分\n\n" + "\n\n".join(HEAD + [c for r in rows for c in r]) + "\n\n六、结论\n"


def test_a_wrong_member_under_merged_headings_is_found_among_its_group_not_at_the_total():
    [f] = _sums(_scores(first="6"))
    assert f.location.quote == "6" and "前期准备之下" in f.message and "多计 1" in f.message
    assert "方案论证充分性 6、招标程序合规性 5" in f.message


def test_a_wrong_merged_heading_is_found_with_its_members_sum():
    [f] = _sums(_scores(prep="12"))
    assert f.location.quote == "12" and "前期准备的分值应为 10" in f.message
    [f] = _sums(_scores(top="27"))
    assert f.location.quote == "27" and "投入的分值应为 25" in f.message


def test_merged_headings_that_close_are_silent():
    assert _sums(_scores()) == []
