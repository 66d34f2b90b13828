"""A whole date whose day lost its 日 (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _dropped(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.dropped"]


@pytest.mark.parametrize(("text", "quote"), [
    ("填报人：李明 填报日期：2023 年 4 月 18 一、部门基本情况 本局内设4个股室。\n", "2023 年 4 月 18"),
    ("本报告于2024年3月6，经局务会审议通过。\n", "2024年3月6"),
    ("报告日期：2024年3月6\n一、基本情况\n", "2024年3月6"),
])
def test_a_whole_date_whose_day_number_ends_without_ri_lost_it(text, quote):
    assert _dropped(text) == [quote]


@pytest.mark.parametrize("text", ["检查于2023年5月20至25日开展。\n", "检查于2023年5月20—22日开展。\n",
                                  "培训于2023年5月20、21日举办。\n", "项目工期为2023年5月20个工作日内完成。\n",
                                  "报告日期：2024年3月6日\n", "报告日期：2024年3月 6 日\n", "截至2023年12月，已完成90%。\n"])
def test_ranges_lists_counts_and_whole_dates_are_left_alone(text):
    assert _dropped(text) == []


@pytest.mark.parametrize("text", [
    "项目资金于2023年3月1\n日全部拨付到位，项目已完成。\n",  # PDF text: the line broken inside the date
    "项目于2023年12月1\n\n日完成竣工验收。\n",
])
def test_a_day_whose_ri_opens_the_next_line_is_a_line_broken_inside_the_date(text):
    assert _dropped(text) == []
