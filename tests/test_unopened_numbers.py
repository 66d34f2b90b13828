"""A document number after its title, closed by a bracket nothing opened (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _unopened(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.unclosed"]


def test_a_document_number_after_its_title_closed_by_a_bracket_nothing_opened_lost_its_opening_bracket():
    text = "收到《关于下达2022年农村公路养护资金的通知》某财建〔2022〕31号)补助资金20万元。\n"
    assert _unopened(text) == ["某财建〔2022〕31号)"]


@pytest.mark.parametrize("text", ["收到《关于下达2022年农村公路养护资金的通知》（某财建〔2022〕31号）补助资金20万元。\n",
                                  "收到《关于下达2022年农村公路养护资金的通知》(某财建〔2022〕31号)补助资金20万元。\n",
                                  "根据《关于下达资金的通知》某财建〔2022〕31号文件要求，下达资金20万元。\n"])
def test_a_number_in_its_brackets_or_without_any_is_left_alone(text):
    assert _unopened(text) == []
