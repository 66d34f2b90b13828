"""An amount whose unit disagrees with its magnitude among alike figures (checks/arithmetic/magnitudes.py)."""

import pytest

from drafting.checks.arithmetic.magnitudes import check_magnitudes
from drafting.io.text_reader import read_text_string


def unit_findings(text: str):
    return check_magnitudes(read_text_string(text))


@pytest.mark.parametrize(("text", "odd", "should_be"), [
    ("人民调解经费45.00万元、法律援助经费38.50万元、社区矫正经费26.30万元、普法宣传经费12.5元。", "12.5元", "万元"),
    ("公务接待费3,200元，会议费4,500万元，培训费2,800元。", "4,500万元", "元"),
    ("人民调解经费：45.00万元\n法律援助经费：38.50万元\n普法宣传经费：12.5元\n", "12.5元", "万元"),  # field lines
])
def test_an_amount_whose_digits_fit_the_others_but_whose_unit_does_not_is_flagged(text, odd, should_be):
    [f] = unit_findings(text)
    assert f.quote == odd and "可能应为" in f.suggestion and f.suggestion.endswith(should_be)


@pytest.mark.parametrize("text", [
    "人民调解经费：45.00万元\n法律援助经费：38.50万元\n普法宣传经费：185000元\n",  # right, in another unit
    "全年支出125万元，人均经费12.5元，公用经费100万元。",  # per head
    "完成投资8320万元，亩均投入1600元，比上年提高100元。",  # per mu and a change
    "全年收入1,250.36万元，其中财政拨款1,200.36万元，其他收入50.00万元。",
    "调解经费45.00万元、援助经费12.5元。",  # two figures: no majority to go by
])
def test_amounts_in_mixed_units_that_are_right_or_not_alike_are_left_alone(text):
    assert unit_findings(text) == []


@pytest.mark.parametrize(("text", "odd"), [
    # a balance after an income and a spending is another kind of figure: small, and rightly in 元
    ("本年一般公共预算财政拨款收入862.41万元，支出870.15万元，年末结转和结余3,416.52元。", None),
    ("上年结转12.30万元，本年收入862.41万元，本年支出870.15万元，年末结余3,416.52元。", None),
    # a bare amount's head (额, 数) says no kind: 余额 is not 金额; a residual (其他) may be of any size
    ("项目预算金额48.60万元，拨付金额48.60万元，余额235.00元。", None),
    ("基本支出312.50万元，项目支出86.20万元，其他支出516.00元。", None),
    # items of one kind (…经费) keep their magnitudes alike: the odd unit is still told
    ("培训经费45.00万元、会议经费38.50万元、宣传经费26.30元。", "26.30元"),
])
def test_only_figures_of_one_kind_are_held_to_one_magnitude(text, odd):
    assert [f.quote for f in unit_findings(text)] == ([odd] if odd else [])


@pytest.mark.parametrize("text", [
    # bank charges and interest accrue from the account's transactions: a few 元 is their real size
    "会议费：12.40万元\n邮电费：3.80万元\n银行手续费：4.5元\n维修费：7.10万元\n",
    "本年财政拨款收入320.50万元，事业收入86.20万元，存款利息收入3.60元。",
])
def test_what_an_account_accrues_is_small_in_yuan_on_purpose(text):
    assert unit_findings(text) == []


def test_a_share_whose_digits_are_its_rate_of_a_figure_in_another_unit_is_in_the_wrong_unit():
    # 2 of a kind are not needed: 18.5% of 2,468.20万元 is 456.62万元, written 456.62元
    text = "全县育肥猪保险总保费2468.20万元，中央财政补贴45%为1110.69万元，省级财政补贴18.5%为456.62元。"
    [f] = check_magnitudes(read_text_string(text))
    assert f.quote == "456.62元" and "456.62万元" in f.suggestion and "18.5%×2468.20万元" in f.evidence


def test_a_share_that_is_right_in_its_own_unit_or_states_no_rate_is_left_alone():
    assert check_magnitudes(read_text_string(
        "全县育肥猪保险总保费2468.20万元，中央财政补贴45%为1110.69万元，农户自缴36.5%为900.89万元。")) == []
    assert check_magnitudes(read_text_string(
        "全年收入862.00万元，支出870.50万元，年末结余为456.62元。")) == []


def test_a_total_whose_parts_in_another_unit_add_up_to_its_digits_is_in_their_unit():
    """Invented: the 其中 after the total opens its parts, in 万元, and they make its digits exactly."""
    text = "2024年道路养护项目全年预算数1350元：其中中央补助资金980万元，县级配套资金370万元。"
    [f] = unit_findings(text)
    assert f.quote == "1350元" and [r.quote for r in f.related] == ["980万元", "370万元"]
    assert "980万元+370万元=1350万元" in f.evidence and f.suggestion.endswith("1350万元")
    # traditional characters, read through the review's fold
    from drafting.review import review
    trad = "2024年道路養護項目全年預算數1350元：其中中央補助資金980萬元，縣級配套資金370萬元。"
    assert [f.quote for f in review(read_text_string(trad)).findings if f.rule == "amount_unit"] == ["1350元"]


@pytest.mark.parametrize("text", [
    # parts that do not make its digits: nothing proves the unit
    "全年预算数1350元：其中中央补助资金980万元，县级配套资金360万元。",
    # the parts are not opened by 其中 (a list of other sums)
    "全年预算数1350元，中央补助资金980万元，县级配套资金370万元。",
    # a total in its own unit with its parts in the same unit
    "全年预算数1350万元：其中中央补助资金980万元，县级配套资金370万元。",
])
def test_a_total_before_parts_that_do_not_prove_its_unit_is_left_alone(text):
    assert unit_findings(text) == []
