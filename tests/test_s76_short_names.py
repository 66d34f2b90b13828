"""Session 76: a short name defined twice close together (…委员会（以下简称旅发委）… 委员会（以下简称“旅发委”）) is one
finding naming both places; a name defined once and then used, or defined again by a document apart, is none."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _twice(text: str) -> list[list[str]]:
    return [[f.quote] + [r.quote for r in f.related] for f in review(read_text_string(text)).findings
            if f.rule == "language.short_name_twice"]


def test_the_same_short_name_defined_twice_in_one_sentence():
    text = ("一、基本情况\n根据要求,结合财政厅下发给某省旅游发展委员会(以下简称某省旅发委)的通知,某省旅游发展委员会"
            "(以下简称“某省旅发委”)委托中介机构组织了评价工作。\n")
    assert _twice(text) == [["以下简称某省旅发委", "以下简称“某省旅发委”"]]


def test_a_short_name_defined_once_and_then_used_is_quiet():
    text = ("一、基本情况\n某省旅游发展委员会(以下简称“某省旅发委”)委托中介机构组织了评价工作。\n"
            "某省旅发委按时完成了自评，形成本报告。\n")
    assert _twice(text) == []


def test_a_cover_letter_and_its_report_may_each_define_the_name():
    letter = "关于报送绩效自评报告的函\n某县农业农村局（以下简称“县农业局”）现将自评报告报送如下。\n"
    body = "".join(f"{n}、第{n}部分\n本部分说明第{n}项工作的完成情况。\n" for n in "一二三")
    report = "某县农业农村局2023年度部门整体支出绩效自评报告\n某县农业农村局（以下简称“县农业局”）负责全县农业工作。\n"
    assert _twice(letter + body + report) == []
