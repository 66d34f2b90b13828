"""A change on last year whose size is right and whose direction word is not: 本年9.80万元，比上年11.20万元增加
1.40万元. Invented sentences."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县文旅局2023年度部门整体支出绩效自评报告\n\n三、“三公”经费情况\n"


def _found(sentence: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.quote, f.message) for f in check_arithmetic(read_text_string(_HEAD + sentence + "\n"))]


@pytest.mark.parametrize(("sentence", "message"), [
    ("2023年公务接待费9.80万元，上年11.20万元，比上年增加1.40万元，增长12.5%。",
     "9.80万元比11.20万元少1.40万元，句中却写作“增加1.40万元”，其后也写作“增长12.5%”"),
    ("本年“三公”经费支出9.80万元，较2022年的11.20万元增长1.40万元。",
     "9.80万元比11.20万元少1.40万元，句中却写作“增长1.40万元”"),
    ("本年会议费收入12.60万元，较上年11.20万元减少1.40万元。",
     "12.60万元比11.20万元多1.40万元，句中却写作“减少1.40万元”"),
])
def test_a_change_told_the_wrong_way_is_found_with_both_figures(sentence, message):
    [(rule, quote, said)] = _found(sentence)
    assert rule == "sentence_change_direction" and quote == "1.40万元" and said == message


@pytest.mark.parametrize("sentence", [
    "2023年公务接待费9.80万元，上年11.20万元，比上年减少1.40万元，下降12.5%。",
    "本年公务接待费9.80万元，较2022年的11.20万元减少1.40万元。",
    "本年支出9.80万元，上年结转11.20万元，比上年增加1.40万元。",  # a balance carried over is no year's figure
    "本年决算支出9.80万元，比年初预算11.20万元减少1.40万元。",
    "本年会议费12.60万元，较上年11.20万元增加1.40万元，增长12.5%。",
])
def test_a_change_told_the_right_way_or_on_another_base_is_silent(sentence):
    assert [r for r, _, _ in _found(sentence) if r == "sentence_change_direction"] == []
