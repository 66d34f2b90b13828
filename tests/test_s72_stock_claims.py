"""Session 72: a strong claim with no figure near it (成效明显, 大幅提高) is style, not a defect (issue 9's "not defects";
evals/LABELLING.md, "Style"), and on unseen pages (pools 109–136, blind labels) it was right 0 times of 10: the review
reports it only when asked (``ReviewOptions.stock_claims``, ``jixiao review --stock-claims``), as a hint."""

import json

from drafting.cli import main
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string
from drafting.review import ReviewOptions, review

_CLAIM = ("某县城管局2022年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
          "我局理顺管理体制，创新管理模式，完成职能整合，工作效率大大提高。\n"
          "二、满意度\n群众对城市管理工作的满意度为100%。\n")


def _rules(text: str, options: ReviewOptions | None = None) -> list[str]:
    return [f.rule for f in review(read_text_string(text), options=options).findings]


def test_a_stock_claim_is_not_reported_by_default():
    assert "claims.strong_claim" not in _rules(_CLAIM)


def test_the_other_unsupported_claims_are_still_reported_by_default():
    # 100% satisfaction with no survey behind it is a claim a reviewer checks: it stays
    assert "claims.satisfaction_without_survey" in _rules(_CLAIM)


def test_a_stock_claim_is_a_hint_when_asked_for():
    found = [f for f in review(read_text_string(_CLAIM), options=ReviewOptions(stock_claims=True)).findings
             if f.rule == "claims.strong_claim"]
    assert [(f.quote, f.severity) for f in found] == [("大大提高", Severity.INFO)]


def test_the_command_line_lists_stock_claims_only_with_its_flag(tmp_path):
    report = tmp_path / "报告.txt"
    report.write_text(_CLAIM, encoding="utf-8")
    for flags, expected in (([], []), (["--stock-claims"], ["大大提高"])):
        out = tmp_path / "out.json"
        main(["review", str(report), "--format", "json", "-o", str(out), *flags])
        findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
        assert [f["location"]["quote"] for f in findings if f["rule"] == "claims.strong_claim"] == expected


def test_a_folder_review_asks_every_report_for_stock_claims_with_the_flag(tmp_path):
    # the option crosses to the folder's worker processes as the judge's does
    folder = tmp_path / "报告"
    folder.mkdir()
    for name in ("甲.txt", "乙.txt"):
        (folder / name).write_text(_CLAIM, encoding="utf-8")
    for flags, expected in (([], 0), (["--stock-claims"], 2)):
        out = tmp_path / "all.json"
        main(["review", str(folder), "--format", "json", "-o", str(out), "--jobs", "2", *flags])
        assert out.read_text(encoding="utf-8").count("claims.strong_claim") == expected
