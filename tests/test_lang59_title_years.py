"""A document's title names its year as the body does (2022年度项目绩效自评报告, 2024年收入支出决算总表): a bare
year after the unit's name in a title lost its 年 as it does in a sentence (``checks/year_slips.py``,
``_YEAR_OPENS``). 项 before 目 is the noun 项目, no count of items. Titles invented."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

BODY = "一、项目概况\n本项目资金已全部到位。\n"


def _bare(text: str) -> list[str]:
    report = read_text_string(text)
    return [f.location.quote for f in check_language(report)
            if f.rule == "language.dropped" and "缺少“年”" in f.message]


@pytest.mark.parametrize(("title", "quote"), [
    ("某市民政委员会2022项目绩效自评报告\n", "2022项"),  # 项目, no count of items
    ("某县委宣传部2024收入支出决算总表（单位：元）\n", "2024收"),
    ("某县残疾人联合会2018绩效评价自评报告\n", "2018绩"),
    ("某县实验小学2021项目资金 绩效自评报告\n", "2021项"),
])
def test_a_bare_year_in_a_documents_title_lost_its_nian(title, quote):
    assert _bare(title + BODY) == [quote]


@pytest.mark.parametrize("title", [
    "某县残疾人联合会2018绩效评价自评报告.pdf\n",  # a file's name, as its uploader saved it
    "某市民政委员会2022年度项目绩效自评报告\n",  # written whole
    "某县残疾人联合会2022北京冬奥会志愿服务说明\n",  # an event's name writes its year bare
    "某县残疾人联合会2020户走访情况\n",  # a count: no title, no clause mark (a label)
])
def test_a_files_name_a_whole_year_or_a_count_is_left(title):
    assert _bare(title + BODY) == []


def test_a_count_of_items_heading_a_sentence_keeps_its_measure():
    assert _bare("某县残联2020年度项目支出绩效自评报告\n一、概况\n2022项任务全部完成。\n") == []


def test_a_year_in_full_width_digits_is_read_as_the_year_it_is():
    assert _bare("某县实验小学２０２１项目资金绩效自评报告\n" + BODY) == ["２０２１项"]
    assert _bare("某县残联2020年度项目支出绩效自评报告\n一、概况\n２０２０财政下达残疾人事业专项资金28万元。\n") == ["２０２０财"]
