"""A relative year (下年, 次年, 当年) ends with its 年, as a figure ends with its measure word: the character
after it begins the next word, which the typo check must not join to that 年 (pool55 p22: 结转下年待付 read
as 年代)."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _typos(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text))]


@pytest.mark.parametrize("sentence", [
    "工程款按合同约定支付,余款结转下年待付。",
    "本年待付资金50万元,已列入下年预算。",
])
def test_the_word_after_a_relative_year_is_not_joined_to_its_year(sentence):
    text = "二、资金使用情况\n全年实际支出1723.62万元,其中改造工程支出1078.81万元。" + sentence + "\n"
    assert [q for q, _ in _typos(text) if "年" in q] == []


def test_a_slip_that_makes_the_relative_year_a_longer_time_word_is_still_found():
    # 下年渡 → 下年度: the correction keeps 年 in a longer time word, as 2016年席 → 2016年度
    assert ("年渡", "改为“年度”") in _typos("一、资金使用情况\n结余资金结转下年渡继续使用。\n")
