"""A 发文字号 whose year a published copy masked (〔20xx〕) is still read where both its brackets stand
(``docnumbers._docno_problem``): its brackets are the writer's, the year's digits the publisher's. The
pattern read such numbers but the search for a number's tail (``_DOCNO_TAIL``) asked for digits. Invented."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县档案馆20xx年度项目支出绩效自评报告\n一、项目概况\n"


def _docnos(body: str) -> list[str]:
    report = read_text_string(HEAD + body)
    return [f.location.quote for f in check_language(report) if f.rule == "language.document_number"]


def test_a_masked_year_in_square_brackets_is_a_malformed_number():
    assert _docnos("根据《关于开展绩效评价工作的通知》(某财监[20xx]14号)文件精神开展自评。\n") == ["某财监[20xx]14号"]


def test_a_masked_year_in_hexagonal_brackets_or_without_brackets_is_left():
    assert _docnos("根据《关于开展绩效评价工作的通知》(某财监〔20xx〕14号)文件精神开展自评。\n") == []
    assert _docnos("根据《关于开展绩效评价工作的通知》(某财监20xx14号)文件精神开展自评。\n") == []
