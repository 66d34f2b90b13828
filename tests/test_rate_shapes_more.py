"""A rate moved off the ratio of its own figures is found in more of the shapes real reports write it in,
and a rate that its figures give, at any reading of them, is left alone.

Why: rates planted into unseen real reports were found less often than any other planted defect. Each
shape below is one a reviewer meets: a verb with 了, a 其中 list of sources before the spending, a 比例
named by its part (自筹比例), a 结余率 beside the spending, a formula written out, a contract's amount as
the base of a 支付进度, a comparison with last year after the figures, 标签：值 fields numbered as a list. All text is invented.
"""

import pytest

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "平安县水利局2025年度项目支出绩效自评报告\n\n"


def rate_quotes(body: str) -> list[str]:
    findings = review(read_text_string(HEAD + body + "\n")).findings
    return [f.quote for f in findings if f.kind is Kind.ARITHMETIC_MISMATCH]


# (the rate as the report should state it, the same text with the rate moved a few points)
SHAPES = {
    "a verb with 了": "项目预算120万元，实际支出110.5万元，预算执行率达到了{r}%。",
    "sources that add up before the spending":
        "项目年度预算资金总额为200万元，其中中央资金120万元、省级资金50万元、县级资金30万元，实际支出186.4万元，预算执行率为{r}%。",
    "a share named by its part (自筹比例)": "项目总投资200万元，其中自筹资金80万元，自筹比例为{r}%。",
    "a share named by its part (配套比例)": "其中县级配套资金60万元，项目总投资200万元，配套比例为{r}%。",
    "the rest beside the spending (结余率)": "项目预算120万元，实际支出110.5万元，结余资金9.5万元，结余率{r}%。",
    "a formula written out": "预算执行率=实际支出/预算数×100%=110.5/120×100%={r}%。",
    "a formula of money": "资金到位率=到位资金÷计划资金=460万元÷500万元={r}%。",
    "a contract's amount as the base": "合同金额95万元，已支付工程款85.5万元，支付进度{r}%。",
    "a comparison with last year after the figures":
        "2025年预算执行率为{r}%，全年预算数86.40万元，实际支出79.25万元，较上年提高2个百分点。",
    "fields as a numbered list": "1.预算安排：120万元\n2.实际支出：110.5万元\n3.预算执行率：{r}%",
    "fields as a bracketed list": "（1）年度预算数：120万元；\n（2）全年执行数：110.5万元；\n（3）预算执行率：{r}%。",
}
RIGHT = {
    "a verb with 了": "92.08", "sources that add up before the spending": "93.20",
    "a share named by its part (自筹比例)": "40", "a share named by its part (配套比例)": "30",
    "the rest beside the spending (结余率)": "7.92", "a formula written out": "92.08", "a formula of money": "92",
    "a contract's amount as the base": "90", "a comparison with last year after the figures": "91.72",
    "fields as a numbered list": "92.08", "fields as a bracketed list": "92.08",
}
MOVED = {
    "a verb with 了": "96.08", "sources that add up before the spending": "97.20",
    "a share named by its part (自筹比例)": "44", "a share named by its part (配套比例)": "34",
    "the rest beside the spending (结余率)": "11.92", "a formula written out": "96.08", "a formula of money": "96",
    "a contract's amount as the base": "94", "a comparison with last year after the figures": "95.72",
    "fields as a numbered list": "96.08", "fields as a bracketed list": "96.08",
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_rate_moved_off_its_figures_is_found(shape):
    quotes = rate_quotes(SHAPES[shape].format(r=MOVED[shape]))
    assert any(MOVED[shape] in q for q in quotes), quotes


@pytest.mark.parametrize("shape", SHAPES)
def test_the_rate_its_figures_give_is_left_alone(shape):
    assert rate_quotes(SHAPES[shape].format(r=RIGHT[shape])) == []


@pytest.mark.parametrize("body", [
    # a saving beside the spending alone: its whole is the budget, told in the sentence before
    "2025年“三公”经费预算18万元。实际支出16.84万元，节约1.16万元，节约比例6.44%。",
    # sources that do not add up to their whole run on: the spending may be one of them
    "项目年度预算资金总额为200万元，其中中央资金120万元、省级资金50万元，县级资金实际支出30万元，执行率100%。",
    # a formula whose result lies within the rounding of its figures as shown (79.25 ÷ 86.40 = 91.72%)
    "预算执行率=79.3/86.4×100%=91.72%。",
    # a formula of money over a bare number: some other relation
    "人均补助=110.5万元/120=92.08%。",
    # a result truncated at its shown precision (2 ÷ 3 = 66.66…%)
    "执行率=2/3×100%=66.6%。",
])
def test_a_rate_that_its_figures_may_give_is_left_alone(body):
    assert rate_quotes(body) == []


def test_a_saving_is_never_read_as_a_share_of_the_spending():
    findings = review(read_text_string(HEAD + "2025年“三公”经费预算27万元，实际支出30.38万元，比预算节约3.62万元，节约比例20.48%。\n"))
    assert not any("÷ 30.38万元" in f.message for f in findings.findings)


def test_a_formula_finding_points_at_its_result_and_names_the_quotient():
    findings = [f for f in review(read_text_string(HEAD + "预算执行率=110.5/120×100%=96.08%。\n")).findings
                if f.rule == "written_division"]
    assert [f.quote for f in findings] == ["96.08%"]
    assert "应为 92.08%" in findings[0].message and {r.quote for r in findings[0].related} == {"110.5", "120"}
