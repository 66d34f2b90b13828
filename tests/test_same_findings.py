"""The findings gate (``evals.same_findings``): with ``--diff`` it names what changed, so each changed
finding can be judged without a second run."""

import json

from evals.same_findings import changed


def _review(*findings: tuple[str, str, str]) -> bytes:
    return json.dumps({"findings": [{"rule": rule, "severity": "warning", "location": {"quote": quote},
                                     "message": message} for rule, quote, message in findings]}).encode()


def test_the_findings_only_one_side_has_are_listed_as_removed_and_added():
    before = _review(("same_metric_twice", "1.19万元", "前后不一致"), ("typo", "负贵", "应为负责"))
    after = _review(("typo", "负贵", "应为负责"), ("staffing.over_posts", "40", "实有多于编制"))
    assert changed(before, after) == ["- same_metric_twice [warning] '1.19万元': 前后不一致",
                                      "+ staffing.over_posts [warning] '40': 实有多于编制"]


def test_a_finding_reported_once_more_is_a_change_and_an_unreadable_side_lists_nothing():
    one = _review(("typo", "负贵", "应为负责"))
    two = _review(("typo", "负贵", "应为负责"), ("typo", "负贵", "应为负责"))
    assert changed(one, two) == ["+ typo [warning] '负贵': 应为负责"]
    assert changed(b"exit 2: not a report", one) == []
