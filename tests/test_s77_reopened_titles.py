"""Session 77: a cited title that ends at its kind and its document number without its 》, before the next title
opens (根据《…的通知(红交发〔2020〕70号)下达计划,《…), is unclosed wherever the sentence or the line ends — a copy
that cut the line after the second title leaves the first one's missing 》 plain."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县2020年度项目支出绩效自评报告\n"


def _unclosed(body: str) -> list[str]:
    return [f.quote for f in review(read_text_string(_HEAD + body + "\n")).findings if f.rule == "language.unclosed"]


def test_a_title_left_open_before_the_next_one_on_a_cut_line():
    found = _unclosed("根据《州交通运输局关于下达2020年项目计划的通知(红交发〔2020〕70号)下达计划,《县交通运输局关于同意县2020年")
    assert len(found) == 1 and found[0].startswith("《州交通运输局") and found[0].endswith("70号)")


def test_titles_closed_give_nothing():
    assert _unclosed("根据《州交通运输局关于下达2020年项目计划的通知》(红交发〔2020〕70号)下达计划,"
                     "《县交通运输局关于同意实施的批复》(县交〔2020〕3号),我局组织实施。") == []


def test_a_title_quoted_in_a_title_is_no_second_opening():
    assert _unclosed("根据《市局关于转发〈省厅关于下达资金的通知〉的通知》(市财〔2020〕3号)要求,《县局实施方案》同步印发。") == []
