"""A whole split into a part and the rest, session 62 (issue 9): 其中A…，剩余B… names B as all that is left
of the whole, so the list is complete and its sum must be the total. Invented wording in the two shapes
reports use:

* the rest named as such, its clause going on with what it is or how it is spent (剩余13.91万元为县级资金;
  其余部分40万元由乡镇统筹安排);
* the part before it written amount first and named by its own clause (其中1000万元按水库数量分配到县),
  one part because the next clause opens with the rest.

A ratio in the part's clause (各占50%的比例) is the rule of the split, no part of it. A part the text
only says has been paid (已拨付) stays out, and a rest named without its figure adds nothing.
"""

from __future__ import annotations

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report


def sums(text: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=text)])
    return [f.message for f in check_arithmetic(report) if f.rule == "sentence_parts_sum"]


def test_a_rest_whose_clause_says_what_it_is_closes_the_list() -> None:
    [message] = sums("体育馆维修项目总投资150.24万元，其中省级补助资金80.12万元，市级补助资金50.02万元，"
                     "剩余20.11万元为区级配套资金。")
    assert "150.24万元" in message and "150.25万元" in message


def test_a_rest_followed_by_how_it_is_spent_closes_the_list() -> None:
    [message] = sums("下达就业补助资金3,419万元，其中职业培训补贴1,200万元，社会保险补贴900万元，"
                     "其余部分1,320万元由各县统筹用于公益性岗位补贴。")
    assert "3,419万元" in message and "3420万元" in message


def test_an_amount_first_part_before_the_rest_is_a_part() -> None:
    [message] = sums("下达库区扶持资金5431万元，其中2000万元按照各县库区人口和面积各占50%的比例分配到县，"
                     "剩余部分3432万元，按照上年的分配比例分配到乡镇。")
    assert "5431万元" in message and "5432万元" in message


def test_a_split_into_a_part_and_its_rest_that_adds_up_is_silent() -> None:
    assert sums("下达库区扶持资金5432万元，其中2000万元按照各县库区人口和面积各占50%的比例分配到县，"
                "剩余部分3432万元，按照上年的分配比例分配到乡镇。") == []
    assert sums("体育馆维修项目总投资150.25万元，其中省级补助资金80.12万元，市级补助资金50.02万元，"
                "剩余20.11万元为区级配套资金。") == []


def test_an_amount_first_clause_with_no_rest_after_it_is_no_named_part() -> None:
    # what the 300万元 is, the text does not say: 500 may be spent on it as well as on the 250
    assert sums("下达资金500万元，其中300万元按照各县人口分配，另有250万元用于设备购置。") == []


def test_money_only_paid_so_far_is_no_part_even_before_a_rest() -> None:
    assert sums("项目资金100万元，其中已拨付60万元，剩余41万元将于明年拨付。") == []


def test_the_rest_may_be_called_what_is_left_over() -> None:
    # 余下, 剩下的 name the rest as 剩余 and 其余 do: the list is complete
    [message] = sums("安排农村公路养护资金860万元，其中县道养护资金500万元，余下资金361万元由各乡镇包干使用。")
    assert "861万元" in message
    [message] = sums("安排农村公路养护资金860万元，其中400万元按照里程分配到乡镇，剩下的461万元用于桥梁维修。")
    assert "861万元" in message
