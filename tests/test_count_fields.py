"""A count set out apart from its list: a form's count field against its names field, and a count
leading into a table numbered by 序号. One warning each where they differ; quiet where they agree,
where the list is open or the table may be cut. Invented texts."""

from drafting.checks.arithmetic.counts import check_count_lists
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string

HEAD = "某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
TAIL = "二、绩效自评结论\n经自评，本年度得分95分。\n"
FOUR = "办公室、社会救助股、养老服务股、社会事务股"
ROWS = "序号\t名称\n1\t救助站\n2\t福利院\n3\t殡仪馆\n4\t婚姻登记处\n"


def counts(body: str):
    r = read_text_string(HEAD + body + TAIL)
    found = [f for f in check_count_lists(r) if f.rule == "count_list"]
    for f in found:
        assert f.location.quote == r.quote(f.location.location)
    return found


def test_a_count_field_against_a_names_field_of_another_length_is_a_warning():
    [f] = counts(f"内设机构数：5个\n内设机构名称：{FOUR}\n")
    assert f.kind == Kind.ARITHMETIC_MISMATCH and f.severity == Severity.WARNING
    assert f.location.quote == "5个" and f.related[0].quote == FOUR
    assert "4项" in f.message


def test_the_two_fields_as_cells_of_one_row_are_read_too():
    [f] = counts(f"内设机构数 | 5 | 内设机构名称 | {FOUR}\n")
    assert f.location.quote == "5"


def test_a_count_field_that_agrees_with_its_names_is_quiet():
    assert counts(f"内设机构数：4个\n内设机构名称：{FOUR}\n") == []


def test_an_open_names_field_or_one_of_sentences_is_not_read():
    assert counts("内设机构数：5个\n内设机构名称：办公室、社会救助股等\n") == []
    assert counts("内设机构数：5个\n内设机构名称：办公室负责日常运转、2个股室负责业务\n") == []


def test_a_names_field_of_another_thing_is_not_compared():
    assert counts(f"内设机构数：5个\n下属单位名称：{FOUR}\n") == []


def test_a_count_leading_into_a_table_of_fewer_numbered_rows_is_a_warning():
    [f] = counts("下设5个站所，具体如下：\n" + ROWS)
    assert f.location.quote == "5个" and "4项" in f.message


def test_a_bar_table_with_a_total_row_counts_its_numbered_rows():
    rows = "| 序号 | 名称 |\n| 1 | 救助站 |\n| 2 | 福利院 |\n| 3 | 殡仪馆 |\n| 合计 | 3个 |\n"
    assert counts("下设3个站所，具体如下：\n" + rows) == []
    assert len(counts("下设4个站所，具体如下：\n" + rows)) == 1


def test_a_table_that_agrees_runs_to_the_end_or_follows_two_counts_is_quiet():
    assert counts("下设4个站所，具体如下：\n" + ROWS) == []
    r = read_text_string(HEAD + "下设5个站所，具体如下：\n" + ROWS)
    assert [f for f in check_count_lists(r) if f.rule == "count_list"] == []
    assert counts("下设5个站所和2个中心，具体如下：\n" + ROWS) == []


def test_a_table_numbered_in_groups_is_not_read():
    rows = "序号\t名称\n1\t救助站\n1.1\t城区站\n2\t福利院\n3\t殡仪馆\n"
    assert counts("下设5个站所，具体如下：\n" + rows) == []


def test_a_colon_that_introduces_something_else_than_the_counted_things_is_not_read():
    assert counts("涉及5个乡镇，资金分配如下：\n" + ROWS) == []


def test_a_word_tables_cells_are_read_as_fields_and_rows():
    from drafting.report import Cell, Heading, Paragraph, Report, Table

    def table(*rows: tuple[str, ...]) -> Table:
        return Table(rows=[[Cell(text=t) for t in row] for row in rows])

    r = Report(blocks=[
        Heading(text="某县民政局2023年度部门整体支出绩效自评报告", level=0),
        table(("内设机构数", "5", "内设机构名称", FOUR)),
        Paragraph(text="下设5个站所，具体如下："),
        table(("序号", "名称"), ("1", "救助站"), ("2", "福利院"), ("3", "殡仪馆"), ("4", "婚姻登记处")),
        Paragraph(text="经自评，本年度得分95分。"),
    ])
    found = [f for f in check_count_lists(r) if f.rule == "count_list"]
    assert sorted(f.location.quote for f in found) == ["5", "5个"]
    assert all(f.location.quote == r.quote(f.location.location) for f in found)


def test_two_fields_in_one_sentence_are_read_without_their_commas():
    [f] = counts(f"内设机构数：5个，内设机构名称：{FOUR}。\n")
    assert f.location.quote == "5个" and f.related[0].quote == FOUR
    assert counts(f"内设机构数：4个，内设机构名称：{FOUR}。\n") == []


def test_a_names_field_labelled_with_its_stem_and_juti_is_still_paired():
    """内设机构具体名称 names the 内设机构 that 内设机构数 counts: the quick test that skips reports with no such
    pair must read the stem before 具体名称 too."""
    from drafting.checks.arithmetic.count_fields import check_count_fields
    from drafting.io.text_reader import read_text_string
    text = "某县民政局2023年度部门整体支出绩效自评报告\n内设机构数：5个\n内设机构具体名称：办公室、救助股、养老股、事务股\n"
    assert [f.rule for f in check_count_fields(read_text_string(text))] == ["count_list"]


def test_a_last_name_after_a_comma_and_a_name_with_a_stray_space_are_counted():
    """内设6个科室，分别是：A、B、C 科、D、E，F场: six names (a 场 is a unit too: 林场, 苗圃场) (issue #9)."""
    names = "办公室、人事科、车辆 调度科、后勤科、综合科，苗木场"
    assert counts(f"本局内设6个科室，分别是：{names}。\n") == []
    [f] = counts(f"本局内设7个科室，分别是：{names}。\n")
    assert "6项" in f.message
