"""The self-evaluation notice cited with another year than the one evaluated (checks/notice_years.py).
Invented wording throughout."""

from drafting.checks.dates import check_dates
from drafting.io.text_reader import read_text_string

TITLE = "某县水利局2023年度部门整体支出绩效自评报告"
NOTICE = "根据《某县财政局关于开展{y}年度部门整体支出绩效自评工作的通知》要求，我局组织开展了自评工作，现将有关情况报告如下。"
BODY = ["一、基本情况", "2023年，我局全年支出合计612.30万元，预算执行率97.8%。",
        "截至2023年12月31日，河道治理工程全部完工。", "二、绩效管理", "我局对重点项目开展绩效运行监控，及时纠正执行偏差。",
        "某县水利局", "2024年3月12日"]


def _notices(*lines: str) -> list[str]:
    found = check_dates(read_text_string("\n".join([TITLE, *lines]) + "\n"))
    return [f.location.quote for f in found if f.rule == "dates.notice_year"]


def test_last_years_notice_opening_the_report_is_flagged():
    assert _notices(NOTICE.format(y=2022), *BODY) == ["2022"]
    # under the first section's heading, the sentence that says what the report answers (现将…报告如下)
    assert _notices(BODY[0], NOTICE.format(y=2022), *BODY[1:]) == ["2022"]


def test_the_right_years_notice_and_last_years_evaluation_told_as_such_stay_silent():
    assert _notices(NOTICE.format(y=2023), *BODY) == []
    last = "根据《某县财政局关于开展2022年度部门整体支出绩效自评工作的通知》，我局对2022年度支出开展了自评，发现的问题已整改到位。"
    assert _notices(*BODY[:3], "二、上年绩效评价结果应用", last, *BODY[3:]) == []
    # a notice cited in the body, not as what the report answers
    body = "我局按照《某县财政局关于开展2022年度部门整体支出绩效自评工作的通知》完成了自评，本年继续做好绩效管理。"
    assert _notices(*BODY[:3], body, *BODY[3:]) == []


def test_last_years_budget_approval_cited_for_this_years_budget_is_flagged():
    cited = "根据《某县财政局关于批复{y}年部门预算的通知》，我局本年度预算收入612.30万元。"
    assert _notices(*BODY[:2], cited.format(y=2022), *BODY[2:]) == ["2022"]
    assert _notices(*BODY[:2], cited.format(y=2023), *BODY[2:]) == []
    # last year's figures, or a comparison with last year's approval, cite it rightly
    assert _notices(*BODY[:2], "根据《某县财政局关于批复2022年部门预算的通知》，我局上年预算收入580.10万元。", *BODY[2:]) == []
    compared = "本年度预算收入612.30万元，较《某县财政局关于批复2022年部门预算的通知》批复数增加32.20万元。"
    assert _notices(*BODY[:2], compared, *BODY[2:]) == []
