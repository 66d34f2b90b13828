"""A share with its base named inside it, session 62 (issue 9): 占B的比率为P% says what 占B的比例为P% and
占B的P% say — 比率 is a word for 比例 —, so P is the figure before 占 over B. Invented wording."""

from __future__ import annotations

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report


def rates(text: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=text)])
    return [f.message for f in check_arithmetic(report) if f.rule == "sentence_rate"]


def test_a_share_said_with_bilv_is_checked_against_its_named_base() -> None:
    [message] = rates("本单位年末实有在职人员为52人，占编办核定编制数60人的比率为83.67%。")
    assert "86.67%" in message


def test_the_same_share_said_with_bili_is_read_the_same_way() -> None:
    [message] = rates("本单位年末实有在职人员为52人，占编办核定编制数60人的比例为83.67%。")
    assert "86.67%" in message


def test_a_share_with_bilv_that_holds_is_silent() -> None:
    assert rates("本单位年末实有在职人员为52人，占编办核定编制数60人的比率为86.67%。") == []
