"""A rate's figure carries its unit (300元/人, 2次/年): a bare figure before /人 lost it (``stray_units._bare_rates``).
A fraction or a date (1/3, 2023/12) and a Latin unit (10 mg/kg) are no rate of this kind. Sentences invented."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县卫健委2022年度项目支出绩效自评报告\n一、项目概况\n"


def _rates(body: str) -> list[str]:
    report = read_text_string(HEAD + body)
    return [f.location.quote for f in check_language(report) if "缺少计量单位" in f.message]


@pytest.mark.parametrize(("body", "quote"), [
    ("春节期间走访慰问困难职工，慰问标准500/人。\n", "500/人"),
    ("补助标准为1.5万/户，全部发放到位。\n", "1.5万/户"),
])
def test_a_rate_whose_figure_has_no_unit_lost_it(body, quote):
    assert _rates(body) == [quote]


@pytest.mark.parametrize("body", [
    "春节期间走访慰问困难职工，慰问标准500元/人。\n",
    "完成全年任务的1/3，其余在2023/12前完成。\n",
    "农药残留不超过10 mg/kg。\n",
    "每户补助2次/年。\n",
])
def test_a_rate_with_its_unit_a_fraction_or_a_date_is_left(body):
    assert _rates(body) == []
