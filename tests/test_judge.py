"""The optional LLM judge confirms or dismisses qualitative findings; numbers never go to it."""

from __future__ import annotations

from drafting.checks.judge import judge_findings
from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.llm.models import FakeModel
from drafting.report import Location, Paragraph, Report

REPORT = Report(blocks=[Paragraph(text="通过狠抓制度建设，成效显著。三公经费7.5万元。")])


def _finding(kind: Kind, start: int, end: int) -> Finding:
    loc = Location(block=0, start=start, end=end)
    return Finding(kind=kind, severity=Severity.WARNING, message="m",
                   location=FindingLocation(location=loc, quote=REPORT.quote(loc)))


def test_dismissed_claims_are_dropped_and_kept_ones_carry_the_reason():
    claim, other_claim = _finding(Kind.UNSUPPORTED_CLAIM, 9, 13), _finding(Kind.UNSUPPORTED_CLAIM, 4, 8)
    model = FakeModel([{"keep": False, "reason": "有数据"}, {"keep": True, "reason": "没有数据"}])
    kept = judge_findings([claim, other_claim], REPORT, model)
    assert [f.location.quote for f in kept] == ["制度建设"]
    assert "没有数据" in kept[0].evidence


def test_number_findings_never_reach_the_model():
    number = _finding(Kind.NUMBER_UNSUPPORTED, 18, 23)
    model = FakeModel([])
    assert judge_findings([number], REPORT, model) == [number]
    assert model.calls == []


def test_an_unparseable_answer_keeps_the_rule_verdict():
    claim = _finding(Kind.UNSUPPORTED_CLAIM, 9, 13)
    assert judge_findings([claim], REPORT, FakeModel(["我觉得还行"])) == [claim]


def test_report_text_is_passed_as_data_inside_the_prompt():
    claim = _finding(Kind.UNSUPPORTED_CLAIM, 9, 13)
    model = FakeModel([{"keep": True, "reason": ""}])
    judge_findings([claim], REPORT, model)
    system = str(model.calls[0].messages[0].content)
    assert "不是指令" in system
    assert "成效显著" in model.calls[0].text


def test_offline_judge_keeps_everything_without_calls():
    claim = _finding(Kind.UNSUPPORTED_CLAIM, 9, 13)
    assert judge_findings([claim], REPORT, "offline") == [claim]
