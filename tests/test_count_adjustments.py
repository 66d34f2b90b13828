"""The year's count of items is those set at its start plus those added during it (invented wording)."""

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report


def found(text: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=text)])
    return [f.quote for f in check_arithmetic(report) if f.rule == "sentence_count_adjustment"]


YEAR = ("2024年,本中心实施项目共{}个(含上年结转项目3个),年初批复预算6个项目520万元(含1个结转项目40万元),"
        "调整后项目预算480.50万元,年中增加7个项目(含上年结转项目3个),实际到位资金210.30万元。")


def test_a_years_total_that_is_not_the_start_plus_the_added_is_flagged_on_the_total():
    assert found(YEAR.format(12)) == ["12个"]
    assert found(YEAR.format(13)) == []


def test_a_count_taken_away_or_other_items_counted_leave_the_total_alone():
    cut = "本中心实施项目共12个,年初批复预算6个项目,年中增加7个项目,取消1个项目。"
    assert found(cut) == []
    other = "本中心实施项目共12个,年初批复预算6个项目,年中增加7名人员。"
    assert found(other) == []
    # counts inside brackets are details of the figure before them
    assert found("本中心实施项目共12个(年初6个项目、年中增加7个项目中有1个重复)。") == []
