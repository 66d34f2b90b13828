"""Session 73: a section's title 基本概括 for 基本概况 where a page runs it onto one line — before the next item's number
(目录 1、项目基本概括 2、项目支出明细表) or the body's 我中心/本单位 (一、中心基本概括我中心是…) — as where it ends its line;
概括 used as the verb it is (可以基本概括为, 对项目的基本概括) stays quiet. Made from two labelled misses of pools 109–136."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confused(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize("text", [
    "目 录 1、项目基本概括 2、项目支出明细表 3、项目考评情况",
    "一、中心基本概括我中心是正科级公益类全额拨款事业单位，共有职工45人。",
    "一、单位基本概括\n本单位为县政府工作部门。",
])
def test_a_title_run_on_is_still_a_title(text):
    assert _confused(text) == [("基本概括", "改为“基本概况”")]


@pytest.mark.parametrize("text", [
    "本项目的实施情况可以基本概括为三个方面。",
    "这是对项目的基本概括，也是本报告的前提。",
    "全年工作基本概括了三项重点任务。",
])
def test_the_verb_stays_quiet(text):
    assert _confused(text) == []
