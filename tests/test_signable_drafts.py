"""Drafts an officer would sign (issue #12): every fixture, and two departments entered through the
workbook by someone who had not seen the code (``fixtures/scratch/NOTES.md`` tells how).

Each draft must verify with no unsupported number, review against its own data with no error and
no repeated text, and contain every part of the outline; the scratch departments, whose data is
complete, also leave nothing 【待补充】.
"""

from pathlib import Path

import pytest

from drafting.draft.drafter import draft
from drafting.findings import Kind, Severity
from drafting.io.loading import load_department
from drafting.numbers.guard import verify
from drafting.report import Heading
from drafting.review import review

ROOT = Path(__file__).parent.parent / "fixtures"
SCRATCH = sorted((ROOT / "scratch").glob("*/data.xlsx"))
FIXTURES = sorted(ROOT.glob("*/data.yaml"))
OUTLINE = ("部门概况", "主要职责", "机构设置", "人员情况", "主要工作任务", "部门整体支出", "预算执行", "三公",
           "绩效指标", "自评结论", "问题", "改进措施", "结果应用")
REPEATS = {Kind.DUPLICATE_PARAGRAPH, Kind.SPLICED_TEXT, Kind.REPEATED_WORD}


@pytest.fixture(scope="module", params=SCRATCH + FIXTURES, ids=lambda p: p.parent.name)
def drafted(request):
    data = load_department(request.param)
    return data, draft(data)


def test_both_workbooks_are_there():
    assert [p.parent.name for p in SCRATCH] == ["qingxi-water-2024", "yunxi-samr-2023"]


def test_every_number_of_the_draft_is_supported(drafted):
    data, d = drafted
    assert verify(d.report, data).failures == []


def test_its_own_review_finds_no_error_and_no_repeated_text(drafted):
    data, d = drafted
    findings = review(d.report, data).findings
    assert [f.message for f in findings if f.severity is Severity.ERROR] == []
    assert [f.message for f in findings if f.kind in REPEATS] == []


def test_every_part_of_the_outline_is_drafted(drafted):
    _, d = drafted
    headings = " ".join(b.text for b in d.report.blocks if isinstance(b, Heading))
    assert [part for part in OUTLINE if part not in headings] == []


@pytest.mark.parametrize("path", SCRATCH, ids=lambda p: p.parent.name)
def test_a_department_entered_whole_leaves_nothing_to_fill(path):
    d = draft(load_department(path))
    assert not any("待补充" in (getattr(b, "text", "") or "") for b in d.report.blocks)
    assert d.sidecar.gaps == []
