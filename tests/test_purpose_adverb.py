"""为（了）更好地 + a verb: the purpose clause's adverb takes 地, not 的 (invented text)."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confused(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in check_typos(read_text_string(text + "\n")) if f.rule == "language.confusion"]


@pytest.mark.parametrize("text", ["为了更好的推进乡村振兴工作，县农业农村局成立了工作专班。",
                                  "为更好的开展项目绩效管理，我局制定了实施方案。"])
def test_better_before_a_verb_in_a_purpose_clause_takes_di(text):
    assert _confused(text) == [("更好的", "疑似错别字：“更好的”应为“更好地”")]


@pytest.mark.parametrize("text", ["为群众提供更好的服务，县医院新增床位20张。",  # 的 before a noun
                                  "为了更好的发展，各乡镇加大投入。",  # 发展 here is a noun
                                  "使项目得到更好的落实。"])  # no purpose clause: 的 before a verb used as a noun
def test_better_before_a_noun_takes_de(text):
    assert _confused(text) == []
