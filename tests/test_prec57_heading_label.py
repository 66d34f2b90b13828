"""A numbered heading's title run together with the same words opening its paragraph as a label is a copy's
lost line break, not a phrase written twice (pool60 p13: 六、绩效评价方法绩效评价方法:根据…)."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

_ONE_LINE = ("四、自评的对象及范围对某市园林养护经费进行自评。五、评价原则按照科学规范原则,绩效相关原则。"
             "{heading}绩效评价方法{after}根据评价对象的特点,采用比较法和因素分析法。")


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


def test_a_heading_run_into_its_paragraphs_label_is_no_doubled_phrase():
    assert _doubled(_ONE_LINE.format(heading="六、绩效评价方法", after=":")) == []
    assert _doubled(_ONE_LINE.format(heading="(六)绩效评价方法", after="：")) == []


def test_the_phrase_twice_in_a_sentence_is_still_found():
    # no heading's number before it, no label's colon after it: the hand wrote it twice
    text = _ONE_LINE.format(heading="我们采用的绩效评价方法", after=",")
    assert _doubled(text) == ["绩效评价方法绩效评价方法"]
