"""Words of the 财政/绩效 vocabulary a correction may restore: a vocabulary word jieba tags as a name
(满意度 and 福利 as places) and the accounting and policy words added by hand (凭证, 核销, 浪费, 振兴),
which jieba counts below the everyday floor. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("服务对象满意渡达到95%以上。", "满意渡", "满意度"),
    ("工资福力支出较上年增加12.3万元。", "福力", "福利"),
    ("会计凭正按月装订成册。", "凭正", "凭证"),
    ("对往来款项进行清理核消。", "核消", "核销"),
    ("进一步加强财务管理，杜绝铺张浪废。", "浪废", "浪费"),
    ("扎实推进乡村震兴各项重点工作。", "震兴", "振兴"),
])
def test_a_slip_into_no_word_restores_a_vocabulary_word(text, quote, right):
    assert (quote, f"改为“{right}”") in fixes(text)


def test_the_right_words_and_names_beside_them_are_left_alone():
    assert fixes("服务对象满意度达到95%，工资福利支出较上年增加，会计凭证按月装订，往来款项清理核销，"
                 "杜绝铺张浪费，县乡村振兴局扎实推进乡村振兴。") == set()
