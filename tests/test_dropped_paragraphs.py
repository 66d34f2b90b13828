"""A paragraph is never dropped silently, and an officer's own count is support for itself.

The scratch run (fixtures/scratch/NOTES.md, stumble 7): the 二级机构 entry “6个市场监管所” made the
draft drop the whole 机构设置 paragraph; the heading stood empty, the sidecar had no gap.
"""

from drafting.department import DepartmentData
from drafting.draft import offline
from drafting.draft.chain import DROPPED_PLACEHOLDER
from drafting.draft.drafter import draft
from drafting.numbers.facts import build_facts
from drafting.numbers.guard import verify


def _with_units(data: DepartmentData, organisation: list[str], subordinate: list[str]) -> DepartmentData:
    dep = data.department.model_copy(update={"organisation": organisation, "subordinate_units": subordinate})
    return data.model_copy(update={"department": dep})


def _paragraphs_under(d, heading: str) -> list[str]:
    blocks = d.report.blocks
    start = next(i for i, b in enumerate(blocks) if b.kind == "heading" and heading in b.text)
    out = []
    for b in blocks[start + 1:]:
        if b.kind == "heading":
            break
        if b.kind == "paragraph":
            out.append(b.text)
    return out


def test_a_count_the_officer_writes_in_a_unit_entry_is_kept(small_data):
    data = _with_units(small_data, ["办公室", "财务股"], ["6个乡镇农技站"])
    d = draft(data)
    under = _paragraphs_under(d, "机构设置")
    assert any("6个乡镇农技站" in p for p in under)
    assert not any("机构设置" in w or "核验" in w for w in d.sidecar.warnings)


def test_an_entry_that_states_its_count_counts_that_many_units(small_data):
    data = _with_units(small_data, ["办公室"], ["县农业技术推广中心", "6个乡镇农技站"])
    facts = build_facts(data)
    assert facts.get("department.subordinate_units.count").value == 7
    assert verify("下属二级机构包括：县农业技术推广中心、6个乡镇农技站。", facts).ok
    assert not verify("下属二级机构8个。", facts).ok   # the count is still checked


def test_a_dropped_paragraph_is_named_in_a_warning_a_gap_and_a_placeholder(small_data, monkeypatch):
    def organisation_with_a_number_the_data_lacks(d, w, who):
        w.para(f"{who}内设机构包括办公室等，年内新增编制外聘用人员37人。")

    monkeypatch.setattr(offline, "_organisation", organisation_with_a_number_the_data_lacks)
    d = draft(_with_units(small_data, ["办公室"], []))
    assert _paragraphs_under(d, "机构设置") == [DROPPED_PLACEHOLDER]
    dropped = [w for w in d.sidecar.warnings if "已删除" in w]
    assert len(dropped) == 1 and "37人" in dropped[0] and "新增编制外聘用人员" in dropped[0]
    assert [g.section for g in d.sidecar.gaps if "已删除" in g.section] == ["部门概况（已删除的段落）"]


def test_a_draft_with_nothing_dropped_records_no_dropped_gap(small_data):
    d = draft(small_data)
    assert not any("已删除" in g.section for g in d.sidecar.gaps)
    assert DROPPED_PLACEHOLDER not in "\n".join(b.text for b in d.report.blocks if b.kind != "table")
