"""A table that lost its tabs whose header is short of its columns (io/text_reader ``_aligned_header``).

A web copy flattens a two-level header (收入合计 | 其中： over 上年结转 | 财政拨款 | …) one cell a line; the
line ending in "：" ends a run of cells, so the table is read from inside its header. Padded to the
data's width, the header's last cells would name the first columns — a row's 汇总 label over a part's
figure, its parts then added up against it. A header shorter than the data, but for its lost corner cell
over rows all of one width, is left as lines before the table.
"""

from drafting.checks.arithmetic.tables import check_arithmetic
from drafting.io.text_reader import read_text_string
from drafting.report import Paragraph, Table

# invented: an income table copied one cell a line, its header's second level below 其中：, the rows
# of the units with nothing filled dropping their blank cells
INCOME = "\n".join([
    "二、收支情况", "单位名称", "收入合计", "其中：", "上年结转", "财政拨款", "基金拨款", "专户拨款", "其他收入",
    "系统汇总", "1、本级", "500", "0", "380", "70", "20", "30", "2、二级单位", "3、三级单位",
    "年度支出情况（万元）", "单位名称", "支出合计", "其中：", "基本支出"]) + "\n"


def _tables(text: str) -> list[Table]:
    return [b for b in read_text_string(text).blocks if isinstance(b, Table)]


def test_a_header_read_from_its_middle_names_no_column_of_the_table():
    (table,) = _tables(INCOME)
    assert table.texts()[0] == ["1、本级", "500", "0", "380", "70", "20", "30"]
    assert all("汇总" not in cell for row in table.texts() for cell in row)


def test_its_lines_stand_before_the_table_as_lines():
    blocks = read_text_string(INCOME).blocks
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    assert [b.text for b in blocks[at - 3:at] if isinstance(b, Paragraph)] == ["专户拨款", "其他收入", "系统汇总"]


def test_no_part_of_the_row_is_taken_for_its_total():
    assert [f for f in check_arithmetic(read_text_string(INCOME)) if f.rule == "table_row_total"] == []


def test_a_header_one_cell_short_still_gets_its_blank_corner_back():
    text = "预算数\n决算数\n接待费\n10\n8\n用车费\n5\n4\n会议费\n6\n6\n培训费\n3\n2\n"
    (table,) = _tables(text)
    assert table.texts()[0] == ["", "预算数", "决算数"]


def test_a_header_of_the_datas_width_still_names_its_columns():
    text = "项目\n预算数\n决算数\n差额\n比例\n接待费\n10\n8\n2\n20%\n用车费\n5\n4\n1\n20%\n合计\n15\n12\n3\n20%\n"
    (table,) = _tables(text)
    assert table.texts()[0] == ["项目", "预算数", "决算数", "差额", "比例"]


# invented: a budget block copied one cell a line; its 其中 row's blank 分值 and 得分 dropped their lines
BUDGET = "\n".join([
    "2023年度项目支出绩效自评表", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
    "年度资金总额", "42.6", "42.6", "40.47", "10", "95.0%", "9.5",
    "其中：财政拨款", "42.6", "42.6", "40.47", "95.0%",
    # the indicator form below it, read on its own (io/flat_forms)
    "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
    "偏差原因分析及改进措施",
    "产出指标", "数量指标", "培训人数", "正向", "大于等于", "30", "32", "人", "40", "40",
    "效益指标", "社会效益指标", "就业人数", "正向", "大于等于", "25", "27", "人", "50", "50",
    "总分", "100", "100"]) + "\n"


def test_a_header_one_short_over_rows_of_other_widths_names_no_column():
    assert [f for f in check_arithmetic(read_text_string(BUDGET)) if f.rule == "table_rate"] == []
    for table in _tables(BUDGET):
        assert not (table.texts()[0][-1] == "" and "执行率" in table.texts()[0])
