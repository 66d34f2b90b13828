"""The 三公 total told as ``标签：值`` lines (“三公”经费支出：… / 其中：… one part a line): its three parts are
known, so a total named so closes them whatever word ends its label. Invented lines."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县审计局2023年度部门整体支出绩效自评报告\n\n三、“三公”经费控制情况\n"


def _found(lines: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.quote, f.message) for f in check_arithmetic(read_text_string(_HEAD + lines + "四、其他\n"))]


@pytest.mark.parametrize("lines", [
    "“三公”经费支出：6.40万元\n其中：因公出国（境）费：0万元\n公务接待费：1.30万元\n公务用车运行维护费：5.50万元\n",
    "“三公”经费支出：6.40万元\n其中：公务接待费：1.30万元\n公务用车运行维护费：5.50万元\n",  # two parts already above it
])
def test_three_public_lines_that_do_not_make_their_total(lines):
    [(rule, quote, message)] = _found(lines)
    assert (rule, quote) == ("field_lines_total", "6.40万元")
    assert message == "“三公经费支出”6.40万元 与下面各行之和 6.80万元 不符"


@pytest.mark.parametrize("lines", [
    "“三公”经费支出：6.80万元\n其中：因公出国（境）费：0万元\n公务接待费：1.30万元\n公务用车运行维护费：5.50万元\n",
    "“三公”经费支出：7.40万元\n其中：公务接待费：1.30万元\n公务用车运行维护费：5.50万元\n",  # the third unnamed
    # two halves of 公务用车 and no 出国: neither apart nor the whole list
    "“三公”经费支出：6.40万元\n其中：公务接待费：1.30万元\n公务用车购置费：3.00万元\n公务用车运行维护费：2.50万元\n",
])
def test_three_public_lines_that_make_or_may_make_their_total_are_silent(lines):
    assert _found(lines) == []
