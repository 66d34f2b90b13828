"""False alarms found by a precision audit on whole invented clean reports (session 39, s39b): a form
flattened one cell per line, its parts run together. Each is pinned beside a defective twin."""

from drafting.checks.arithmetic import check_arithmetic
from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_FORM = """绩效自评表

单位名称
某县档案馆

预算编码
520113

联系人
{contact}

人员编制
编制数
实有人数

行政编制
9
9

事业编制
4
3

合计
{staff}
12

经费情况（单位：万元）
项目
金额

人员支出
210.40

公用支出
35.60

支出合计
{spent}

“三公”经费（单位：万元）
项目
预算数
决算数

公务接待费
1.00
0.80

公务用车运行维护费
3.00
2.70

合计
4.00
3.50

评价等次
{grade}
"""


def _form(contact="王某", staff="13", spent="246.00", grade="良"):
    return read_text_string(_FORM.format(contact=contact, staff=staff, spent=spent, grade=grade))


def _rules(findings, rule):
    return [f.quote for f in findings if f.rule == rule]


def test_an_identifier_field_and_a_captioned_part_close_the_table_above_them():
    # 预算编码 is no figure of the staff table; a part captioned with its unit starts a new table
    assert _rules(check_arithmetic(_form()), "table_column_total") == []


def test_a_wrong_total_in_a_part_of_the_form_is_still_found():
    assert _rules(check_arithmetic(_form(staff="14")), "table_column_total") == ["14"]
    assert _rules(check_arithmetic(_form(spent="264.00")), "table_column_total") == ["264.00"]


def test_a_fields_value_on_the_row_below_it_fills_the_field():
    assert _rules(check_structure(_form()), "structure.blank_cell") == []


def test_a_field_followed_by_another_label_is_still_blank():
    found = _rules(check_structure(_form(contact="联系电话", grade="四、评价人员")), "structure.blank_cell")
    assert "联系人" in found and "评价等次" in found
