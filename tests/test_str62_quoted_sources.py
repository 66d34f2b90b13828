"""The same words quoted from two cited documents are two quotations, not a clause the writer said twice
(a province's rule restating the state's: 《…条例》第八条：…；《…办法》第六条：… in the same words); the
same words said twice under one citation, or under none, are still a repeat. Invented wording throughout."""

from drafting.checks.language import check_language
from drafting.checks.quoted_sources import quoted_from
from drafting.io.text_reader import read_text_string

_RULES = ("language.repeated_sentence", "language.repeated_clause", "redundancy.repeated_passage")
_SAID = "县级以上人民政府水行政主管部门应当将河道堤防日常维护纳入年度工作计划，将河道保洁所需经费足额列入本级部门预算"


def repeats(text: str) -> list[str]:
    report = read_text_string(text)
    return [f.rule for f in check_language(report) if f.rule in _RULES]


def paragraph(first: str, second: str) -> str:
    return ("二、项目立项依据\n本县河道总长二百余公里，堤防维护任务繁重，是保障沿河群众生命财产安全的迫切需要。"
            f"{first}{_SAID}；{second}{_SAID}。本年度项目预算投入三十万元，全部用于堤防巡查和河道保洁。\n")


def test_the_same_words_quoted_from_two_cited_documents_are_no_repeat():
    assert repeats(paragraph("《河道管理条例》第十二条：", "《某省河道管理办法》第九条：")) == []


def test_a_citation_with_a_verb_of_saying_opens_a_quotation_too():
    assert repeats(paragraph("《河道管理条例》第十二条规定，", "《某省河道管理办法》第九条明确规定：")) == []


def test_the_same_document_quoted_twice_is_still_a_repeat():
    assert repeats(paragraph("《河道管理条例》第十二条：", "《河道管理条例》第十二条：")) != []


def test_the_same_words_with_one_citation_only_are_still_a_repeat():
    assert repeats(paragraph("《河道管理条例》第十二条：", "为此，")) != []


def test_the_same_words_with_no_citation_are_still_a_repeat():
    assert repeats(paragraph("按照要求，", "同时，")) != []


def test_a_quotation_is_read_from_its_citation_to_the_end_of_its_item():
    text = "《河道管理条例》第十二条：应当将堤防维护纳入计划，将保洁经费列入预算；此外将巡查人员纳入考核。"
    assert quoted_from(text, text.index("将保洁")) == "河道管理条例"
    assert quoted_from(text, text.index("第十二条")) == "河道管理条例"  # a copy reaching back into the citation
    assert quoted_from(text, text.index("将巡查")) is None  # after the ；: the writer's own words again
