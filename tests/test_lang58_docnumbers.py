"""A 发文字号 whose year stands in 【】 is found when the published copy masks its serial number ((略),
××) or its 机关代字 carries a bracketed part: 【YYYY】 after a 机关代字 is nothing but a document's year,
and GB/T 9704-2012 writes that year in 六角括号〔〕 (invented text)."""

from __future__ import annotations

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _numbers(text: str) -> list[tuple[str, str, str]]:
    return [(f.quote, f.message, f.suggestion or "") for f in check_language(read_text_string(text))
            if f.rule == "language.document_number"]


def test_a_year_in_lenticular_brackets_before_a_masked_serial_is_found_at_every_place():
    text = ("根据某财农(林草)【2022】 (略) 文件，下达我局资金12.5万元。\n"
            "根据某财农(林草)【2022】 (略) 文件，调减资金2.1万元。\n")
    found = _numbers(text)
    assert len(found) == 1
    quote, message, suggestion = found[0]
    assert quote == "某财农(林草)【2022】"
    assert "【 】" in message and "〔 〕" in message and "共2处" in message
    assert "〔2022〕" in suggestion


def test_a_masked_serial_after_a_plain_code_is_found():
    assert [q for q, _, _ in _numbers("按照某财教【2021】××号文件要求，下达补助资金。\n")] == ["某财教【2021】"]


def test_a_whole_number_in_lenticular_brackets_is_one_finding_as_before():
    assert [q for q, _, _ in _numbers("根据某财教【2019】208号文件，下达资金。\n")] == ["某财教【2019】208号"]


def test_a_masked_serial_after_the_right_brackets_and_other_uses_of_lenticular_brackets_are_left():
    assert _numbers("根据某财农〔2022〕 (略) 文件，下达资金。\n") == []
    assert _numbers("【2022年度】项目资金绩效自评情况\n") == []
    assert _numbers("【基本情况】2022年共下达资金12万元。\n") == []
