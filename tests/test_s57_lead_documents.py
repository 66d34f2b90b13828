"""Two notices printed together (each closing 特此通知。) may each say their money's standard clause: two
documents, no copy. The same paragraph twice inside one document is still a copy (pool70 p07, after its measure)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

CLAUSE = "本次下达中央直达资金标识为“01004抗疫特别国债”，贯穿资金分配、拨付、使用整个过程，请你单位及时将资金支付到最终收款方，并建立实名台账。"


def _copies(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings if f.rule.startswith("redundancy.")]


def test_two_notices_each_with_the_standard_clause_hold_no_copy():
    text = ("某区财政局关于下达2020年抗疫特别国债资金的通知\n各街镇：\n现下达你单位供热补贴资金120万元。\n"
            f"{CLAUSE}\n特此通知。\n某区财政局关于下达2020年第二批抗疫特别国债资金的通知\n各街镇：\n"
            f"现下达你单位第二批供热补贴资金80万元。\n{CLAUSE}\n特此通知。\n")
    assert _copies(text) == []


def test_the_clause_twice_within_one_notice_is_a_copy():
    text = ("某区财政局关于下达2020年抗疫特别国债资金的通知\n各街镇：\n现下达你单位供热补贴资金120万元。\n"
            f"{CLAUSE}\n资金使用要求如下。\n{CLAUSE}\n特此通知。\n某区财政局关于下达第二批资金的通知\n"
            "各街镇：\n现下达你单位第二批资金80万元。\n特此通知。\n")
    assert _copies(text)


def test_a_report_without_closing_lines_still_reports_its_pasted_paragraph():
    text = ("2020年度某区供热补贴项目绩效自评报告\n一、项目概况\n" f"{CLAUSE}\n二、绩效目标完成情况\n{CLAUSE}\n")
    assert _copies(text)
