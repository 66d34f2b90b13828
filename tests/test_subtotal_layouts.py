"""小计 in a table, two layouts a reader meets: each group's 小计 row heading the rows it sums (基本支出小计
over 工资福利支出, 商品和服务支出) with the 合计 at the bottom over the 小计 rows; and 小计 columns closing the
columns before them (一季度 | 二季度 | 上半年小计 | … | 全年合计), which no column total opens. Invented
tables: right, they draw no finding; a wrong part draws one."""

from __future__ import annotations

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"


def _table(*rows: str) -> str:
    head, *body = rows
    sep = "| " + " | ".join("---" for _ in head.split("|")) + " |"
    return "\n".join(["| " + head + " |", sep, *("| " + r + " |" for r in body)]) + "\n"


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(H + text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH]


def _headed(last: int, total: int) -> str:
    return _table("项目 | 金额（万元）", "基本支出小计 | 70", "工资福利支出 | 50", "商品和服务支出 | 20", "项目支出小计 | 30",
                  "设备购置 | 10", f"基础设施 | {last}", f"合计 | {total}")


def test_groups_headed_by_their_subtotal_with_the_total_at_the_bottom_add_up():
    assert _numbers(_headed(20, 100)) == []


def test_a_wrong_row_under_a_heading_subtotal_is_one_finding_at_its_subtotal():
    assert _numbers(_headed(25, 100)) == [("table_column_total", "30")]


def test_a_wrong_total_over_heading_subtotals_is_flagged():
    assert _numbers(_headed(20, 110)) == [("table_column_total", "110")]


def test_subtotal_columns_closing_the_columns_before_them_are_no_row_total():
    head = "项目 | 一季度 | 二季度 | 上半年小计 | 三季度 | 四季度 | 下半年小计 | 全年合计"
    assert _numbers(_table(head, "支出 | 10 | 20 | 30 | 30 | 40 | 70 | 100")) == []


def test_a_row_total_opening_the_row_does_not_count_a_subtotal_column_among_its_parts():
    """合计 | 中央 | 省级 | 小计 | 县级: the 小计 sums 中央 and 省级; the 合计 is 中央 + 省级 + 县级."""
    def table(total: int) -> str:
        return _table("项目 | 合计 | 中央资金 | 省级资金 | 小计 | 县级资金", f"道路改造 | {total} | 200 | 100 | 300 | 50",
                      "污水管网 | 230 | 120 | 80 | 200 | 30")
    assert _numbers(table(350)) == []
    assert [r for r, _ in _numbers(table(360))] == ["table_row_total"]
