"""Rates the rate rules have no name for, read by what the report states beside them (#9): a rate after
the whole it is over, named as such (建制村总数230个 … 通达率); a table's X率 column beside 应X and X columns
(应参保人数 | 实际参保人数 | 参保率); a rate with its division in the bracket after it (92.5%（185/210））;
a stem named twice with an aside in brackets (应覆盖村（社区）24个，已覆盖22个). Invented text."""

from __future__ import annotations

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

RULES = ("sentence_rate", "table_rate", "written_division", "line_rate")


def _rates(text: str) -> list[tuple[str, str]]:
    return [(f.rule or "", f.location.quote) for f in check_arithmetic(read_text_string(text)) if f.rule in RULES]


ROADS = "全县建制村通硬化路215个，建制村总数230个，通达率{p}%。\n"
PAGE = ("某县交通运输局项目支出绩效自评报告\n一、项目概况\n全县建制村通硬化路215个，建制村总数\n- 3 -\n"
        "某县交通运输局项目支出绩效自评报告\n230个，通达率{p}%。\n")


def test_a_rate_over_a_whole_named_as_such_is_read():
    assert _rates(ROADS.format(p="95.48")) == [("sentence_rate", "95.48%")]
    assert _rates(PAGE.format(p="95.48")) == [("sentence_rate", "95.48%")]
    assert _rates("辖区困难家庭总户数860户，已走访困难家庭812户，走访率96.1%。\n") == [("sentence_rate", "96.1%")]


def test_the_right_rate_over_its_whole_is_silent():
    assert _rates(ROADS.format(p="93.48")) == []
    assert _rates(PAGE.format(p="93.48")) == []
    assert _rates("全县建制村通硬化路215个，建制村总数230个，通达率目标值95%以上。\n") == []


def test_a_whole_of_other_things_or_the_rest_over_the_whole_is_no_mistake():
    assert _rates("全县学校总数120所，新建校舍3所，校舍安全达标率100%。\n") == []
    assert _rates("抽查样本总数200个，不合格10个，合格率95%。\n") == []


def test_a_stem_named_beside_an_aside_in_brackets():
    text = "全镇应覆盖村（社区）24个，已覆盖22个，覆盖率{p}%。\n"
    assert _rates(text.format(p="93.7")) == [("sentence_rate", "93.7%")]
    assert _rates(text.format(p="91.7")) == []


TABLE = "参保情况表\n项目\t应参保人数\t实际参保人数\t参保率\n城乡居民养老保险\t12500\t11800\t{p}%\n城乡居民医疗保险\t30000\t29100\t97.00%\n"
ROWS = "| 项目 | 养老保险 | 医疗保险 |\n| 应参保人数 | 12500 | 30000 |\n| 实际参保人数 | 11800 | 29100 |\n| 参保率 | {p}% | 97.00% |\n"


def test_a_table_rate_over_what_was_due():
    for text in (TABLE, ROWS):
        assert _rates(text.format(p="96.40")) == [("table_rate", "96.40%")]
        assert _rates(text.format(p="94.40")) == []
    two = "| 项目 | 应参保人数 | 实际参保人数 | 新增参保人数 | 参保率 |\n| 养老保险 | 12500 | 11800 | 300 | 96.40% |\n"
    assert _rates(two) == []  # two columns name the stem beside the due one: which is the part is unclear


def test_a_division_in_the_bracket_after_a_rate():
    assert _rates("截至12月底，资金到位率为92.5%（185/210）。\n") == [("written_division", "92.5%")]
    assert _rates("| 指标 | 完成值 |\n| 预算执行率 | 99%（194万元/200万元） |\n") == [("written_division", "99%")]
    assert _rates("截至12月底，资金到位率为88.1%（185/210）。\n") == []
    assert _rates("满意度达95%（2023/12）。\n") == []  # a year and its month
    assert _rates("执行率96%（110.5万元/120）。\n") == []  # money over a bare number: some other relation
