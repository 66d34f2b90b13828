"""Session 75: a sentence said twice inside one table cell is a paste like one said twice inside a paragraph (a page
laid out with tabs puts its paragraphs in cells); the same text in two cells (planned and actual) is still no defect."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_SENTENCE = "2022年，广灵县共收到上级拨付的福利彩票公益金6万元。"


def _repeats(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "language.repeated_sentence"]


def test_a_sentence_twice_in_one_cell_is_found():
    cell = _SENTENCE + "其中：省级6万元。资金用于孤儿助学项目。" + _SENTENCE
    text = "某县民政局2022年度福利彩票公益金使用情况公示\n\t\t" + cell + "\n\t\t截止公示日期，累计支出福利彩票公益金6万元。\n"
    assert _repeats(text) == [_SENTENCE]


def test_the_same_sentence_in_two_cells_is_quiet():
    row = "年度总体目标\t" + _SENTENCE + "资金用于孤儿助学项目。\t" + _SENTENCE + "资金用于孤儿助学项目。"
    text = "某县民政局2022年度项目支出绩效自评表\n项目名称\t孤儿助学\n" + row + "\n"
    assert _repeats(text) == []
