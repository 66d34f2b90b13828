"""A 佐证 key figure stands with the indicator it evidences, in the officer's own words.

The scratch run (fixtures/scratch/NOTES.md, stumble 8): every 佐证 figure with no task was appended to
the 满意度 group — “下设市场监管所6个。” under 满意度指标 — and the 原文依据 the officer gave was ignored.
"""

from decimal import Decimal

from drafting.department import KeyFigure
from drafting.draft.drafter import draft
from drafting.numbers.guard import verify


def _with(data, *figures: KeyFigure):
    return data.model_copy(update={"key_figures": [*data.key_figures, *figures]})


def _paragraph_with(d, needle: str) -> str:
    return next(b.text for b in d.report.blocks if b.kind == "paragraph" and needle in b.text)


SURVEY = KeyFigure(id="survey", name="农户满意度问卷调查", value=Decimal(300), unit="份", evidence="发放问卷300份",
                   role="佐证")
SAMPLE = KeyFigure(id="sample", name="新建高标准农田面积抽查", value=Decimal(20), unit="个", role="佐证")
STATIONS = KeyFigure(id="stations", name="下设乡镇农技站", value=Decimal(6), unit="个", role="佐证")


def test_a_survey_is_written_with_the_indicator_it_names_in_the_officers_words(small_data):
    d = draft(_with(small_data, SURVEY))
    text = _paragraph_with(d, "发放问卷300份")
    assert "满意度指标" in text and "“农户满意度”" in text


def test_evidence_for_an_output_indicator_goes_to_the_output_group_not_satisfaction(small_data):
    d = draft(_with(small_data, SAMPLE))
    text = _paragraph_with(d, "抽查20个")
    assert "产出指标" in text and "满意度指标" not in text


def test_evidence_that_names_no_indicator_is_set_apart_with_a_warning(small_data):
    data = _with(small_data, STATIONS)
    d = draft(data)
    assert "满意度指标" not in _paragraph_with(d, "下设乡镇农技站6个")
    assert any("下设乡镇农技站" in w and "对不上" in w for w in d.sidecar.warnings)
    assert verify(d.report, data).failures == []
