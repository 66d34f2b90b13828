"""Each ；-clause of a sentence is its own relation: a figure is recomputed from its own clause.

The scratch run (fixtures/scratch/NOTES.md, stumble 12): in “公务接待费3.12万元，…，上年无此项支出；
公务用车运行维护费11.50万元，较预算14.00万元节约2.50万元（节约比例17.86%）” the review said
“3.12万元 应为 11.50万元”: the “上年” of the first clause made it skip 11.50 as the current figure.
"""

from drafting.checks.arithmetic import check_arithmetic
from drafting.findings import Kind
from drafting.report import Paragraph, Report


def _mismatches(text: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=text)])
    return [f.quote for f in check_arithmetic(report) if f.kind is Kind.ARITHMETIC_MISMATCH]


CORRECT = ("其中：公务接待费3.12万元，较预算4.00万元节约0.88万元（节约比例22.00%），上年无此项支出；"
           "公务用车运行维护费11.50万元，较预算14.00万元节约2.50万元（节约比例17.86%），上年无此项支出。")


def test_a_correct_sentence_of_two_clauses_has_no_mismatch():
    assert _mismatches(CORRECT) == []


def test_a_wrong_figure_is_still_found_in_its_own_clause():
    wrong = CORRECT.replace("节约2.50万元", "节约2.60万元")
    assert _mismatches(wrong) == ["2.60万元"]


def test_a_base_stated_in_an_earlier_clause_still_counts():
    # 预算 in the first clause, the spending and the saving in the second: one relation across the ；
    assert _mismatches("年初预算数为100.00万元；全年支出90.00万元，节约12.00万元，节约比例10.00%。") == ["12.00万元"]


def test_a_rise_called_zengfu_is_a_change_rate_over_last_years_implied_figure():
    """本年支出1000万元，较上年增加100万元，增幅为12%: last year's 900万元 is implied; 100 ÷ 900 = 11%."""
    from drafting.checks.arithmetic import check_arithmetic
    from drafting.report import Paragraph, Report
    [f] = [f for f in check_arithmetic(Report(blocks=[Paragraph(text="本年支出1000万元，较上年增加100万元，增幅为12%。")]))
           if f.rule == "sentence_change_rate"]
    assert f.message.startswith("增幅应为 11%")
