"""A report dated after the page that publishes it (invented wording)."""

from drafting.checks.dates import check_dates
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string

PAGE = ("某自治区民政厅2020年部门整体支出绩效自评报告\n发布时间:2021-03-26 10:15  来源:某自治区民政厅\n"
        "2020年度部门整体支出\n绩效自评报告\n自评单位:某自治区民政厅\n{field}\n一、部门概述\n"
        "2020年度本厅部门支出合计12,300万元,执行率96.5%。\n")


def rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_dates(read_text_string(text)) if f.kind is Kind.DATE_INCONSISTENCY]


def test_a_self_evaluation_date_months_after_the_page_was_published_is_inconsistent():
    assert rules(PAGE.format(field="自评时间:2021年12月")) == [("dates.after_publication", "2021年12月")]
    assert rules(PAGE.format(field="报告日期:2021年5月20日")) == [("dates.after_publication", "2021年5月20日")]


def test_a_report_dated_before_or_in_the_month_it_was_published_is_consistent():
    assert rules(PAGE.format(field="自评时间:2021年2月")) == []
    assert rules(PAGE.format(field="报告日期:2021年3月30日")) == []  # same month: the day may be a slip of either


def test_a_time_field_inside_the_report_is_no_publication_date():
    late = ("某县水利局2022年度部门整体支出绩效自评报告\n报告日期:2023年4月10日\n一、部门概况\n本局内设3个股室。\n"
            "二、自评工作开展情况\n成立自评小组。\n三、自评过程\n现场核查。\n四、座谈\n召开座谈会。\n"
            "五、时间安排\n时间:2023年3月\n")
    assert rules(late) == []
