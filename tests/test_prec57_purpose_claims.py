"""What a paragraph says a project is for (开展…项目,目的是通过…。通过项目实施,基本实现…全覆盖) is its aim, as a
duty or a target is, not a result claimed without figures (pool59 p03)."""

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string

_PURPOSE = ("某州司法局开展法律援助专项项目,目的是通过开展法律援助宣传,提高群众知晓率;通过组织办案人员培训,"
            "提高服务能力。")
_AIM = "通过项目实施,基本实现法律援助无死角、无盲区、全覆盖,为建设平安某州做出应有的贡献。"


def _claims(text: str) -> list[str]:
    return [f.quote for f in check_claims(read_text_string(text), stock_claims=True) if f.rule == "claims.strong_claim"]


def test_an_aim_after_the_projects_purpose_is_no_claim():
    assert _claims(_PURPOSE + _AIM + "\n") == []


def test_the_same_words_without_a_purpose_before_them_are_still_a_claim():
    assert _claims("某州司法局开展法律援助专项项目。" + _AIM + "\n") == ["全覆盖"]


def test_a_years_result_after_the_purpose_is_still_a_claim():
    assert _claims(_PURPOSE + "2024年已实现法律援助全覆盖,为建设平安某州做出应有的贡献。\n") == ["全覆盖"]
