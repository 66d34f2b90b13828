"""Session 72: a ledger's record written twice word for word (a fund document's number, its project and its amount) —
the last dev misses of the planted copied paragraph: ``redundancy`` compares narrative only, since such records differ
in their project names alone by design."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_RECORD = ("渝财教[2020]209号-(大足教财[2021]94号)从教委调剂至珠溪镇土门中心小学--{work}-关于提前下达2021年城乡义务教育"
           "经费保障机制中央和市级资金预算的通知(校舍维修)-中央{amount}万元;")


def _records(*lines: str) -> list[tuple[str, int]]:
    text = "某小学2021年项目支出绩效自评报告\n一、项目资金情况\n" + "\n\n".join(lines) + "\n\n二、其他\n我校按规定使用资金。\n"
    return [(f.location.quote[:12], len(f.related)) for f in review(read_text_string(text)).findings
            if f.rule == "redundancy.copied_record"]


def test_a_record_written_twice_is_one_finding_naming_both_places():
    line = _RECORD.format(work="厕所改造工程", amount="3.07")
    assert _records(line, _RECORD.format(work="功能室改造工程", amount="5.2"), line) == [("渝财教[2020]209", 1)]


def test_records_that_differ_in_their_project_or_amount_are_a_list_not_a_copy():
    assert _records(_RECORD.format(work="厕所改造工程", amount="3.07"),
                    _RECORD.format(work="功能室改造工程", amount="3.07"),
                    _RECORD.format(work="厕所改造工程", amount="3.70")) == []


def test_a_short_line_said_twice_is_no_record():
    # a form's label or a short total line recurs by design: thirty Chinese characters at least
    assert _records("合计-中央资金-6.27万元", "合计-中央资金-6.27万元") == []
