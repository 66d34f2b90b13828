"""A sentence's rate per item times its count of items, read in 万, gives a figure's digits while the
figure as written is ten thousand times smaller: the 万 was dropped. Silent where the figure is written
with its 万, where it is the product itself, where it is some other figure, and where the sentence gives
two counts (which belongs to the rate is a guess)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县林业局2022年度油茶产业项目绩效自评报告\n一、项目效益\n"


def _found(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(_TITLE + text)).findings if f.rule == "dropped_wan"]


def test_a_product_that_lost_its_wan_is_found():
    assert _found("盛产期每亩每年可产茶油35kg，2150亩每年预计可生产茶油7.53kg，经济效益明显。\n") == ["7.53kg"]


def test_the_message_shows_the_product():
    [f] = [f for f in review(read_text_string(_TITLE + "每户每年增收1200元，86户每年共增收10.32元。\n")).findings
           if f.rule == "dropped_wan"]
    assert "103200元" in f.message and "10.32万元" in f.message


def test_a_product_written_with_its_wan_is_left_alone():
    assert _found("盛产期每亩每年可产茶油35kg，2150亩每年预计可生产茶油7.53万kg。\n") == []


def test_a_product_written_out_is_left_alone():
    assert _found("盛产期每亩每年可产茶油35kg，2150亩每年预计可生产茶油75250kg。\n") == []


def test_another_figure_in_the_rates_unit_is_left_alone():
    assert _found("盛产期每亩每年可产茶油35kg，2150亩中已挂果的林地平均产油12kg。\n") == []


def test_two_counts_leave_the_sentence_alone():
    assert _found("每亩每年可产茶油35kg，2150亩新造林和300亩低改林每年预计可生产茶油7.53kg。\n") == []
