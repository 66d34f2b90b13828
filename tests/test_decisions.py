"""A reviewer's decisions silence accepted findings across edits elsewhere, as a linter's baseline does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafting.cli import main
from drafting.decisions import DECISIONS_FILE, accept, apply_decisions
from drafting.errors import DecisionsFileError, InputError
from drafting.findings import Kind, ReviewResult, fingerprint
from drafting.io.decisions_file import read_decisions, write_decisions
from drafting.io.reading import read_report
from drafting.report import Paragraph
from drafting.review import review
from tests.shared_paths import SAMPLE, needs_sample

pytestmark = needs_sample


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> tuple[Path, ReviewResult]:
    """A copy of the sample, its review, and a decisions file accepting every finding."""
    folder = tmp_path_factory.mktemp("decided")
    copy = folder / "report.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    result = review(read_report(copy))
    entries, added = accept([], [("report.txt", result)], ["all"])
    assert added == len(result.findings) > 0
    write_decisions(folder / DECISIONS_FILE, entries)
    return copy, result


def _rereview(path: Path, text: str) -> ReviewResult:
    path.write_text(text, encoding="utf-8")
    entries = read_decisions(path.parent / DECISIONS_FILE)
    return apply_decisions(review(read_report(path)), entries, path.name)


def test_ids_are_unique_in_a_report(baseline):
    _, result = baseline
    ids = [f.id for f in result.findings]
    assert all(ids) and len(set(ids)) == len(ids)


def test_accepting_every_finding_then_editing_an_unrelated_paragraph_shows_nothing(baseline):
    copy, result = baseline
    report = read_report(copy)
    touched = {p.location.block for f in result.findings for p in (f.location, *f.related)}
    _, para = next((i, b) for i, b in enumerate(report.blocks)
                       if isinstance(b, Paragraph) and i not in touched and len(b.text) > 30 and "。" in b.text)
    original = copy.read_text(encoding="utf-8")
    assert original.count(para.text) == 1
    edited = original.replace(para.text, para.text.replace("。", "，特此说明。", 1))
    try:
        after = _rereview(copy, edited)
    finally:
        copy.write_text(original, encoding="utf-8")
    assert after.findings == []
    assert after.summary.accepted == len(result.findings)
    assert after.summary.stale == []


def test_editing_the_words_of_an_accepted_finding_shows_it_again_and_its_old_entry_is_stale(baseline):
    copy, result = baseline
    stale_year = next(f for f in result.findings if f.kind is Kind.STALE_YEAR)
    year = re.search(r"20\d\d", stale_year.quote)
    assert year is not None
    original = copy.read_text(encoding="utf-8")
    line = next(ln for ln in original.splitlines() if stale_year.quote in ln)
    new_quote = stale_year.quote.replace(year.group(0), str(int(year.group(0)) - 1))
    edited = original.replace(line, line.replace(stale_year.quote, new_quote, 1), 1)
    try:
        after = _rereview(copy, edited)
    finally:
        copy.write_text(original, encoding="utf-8")
    assert [f.quote for f in after.findings] == [new_quote]
    assert after.findings[0].kind is Kind.STALE_YEAR
    assert after.summary.stale == [stale_year.id]


def test_fingerprint_is_the_quote_and_its_neighbours_not_the_offsets(baseline):
    _, result = baseline
    report = read_report(SAMPLE)
    f = next(f for f in result.findings if f.location.location.start > 10)
    assert fingerprint(f, report) == f.id.split("-")[0]
    loc = f.location.location
    shifted = report.model_copy(deep=True)
    block = shifted.blocks[loc.block]
    # ten characters more at the start of the same text: every offset moves, the neighbours do not
    if loc.row is None:
        block.text = "前面加了十个字的内容" + block.text  # type: ignore[union-attr]
    else:
        cell = block.rows[loc.row][loc.col or 0]  # type: ignore[union-attr]
        cell.text = "前面加了十个字的内容" + cell.text
    moved = f.model_copy(update={"location": f.location.model_copy(
        update={"location": loc.span(loc.start + 10, loc.end + 10)})})
    assert fingerprint(moved, shifted) == fingerprint(f, report)
    changed = f.model_copy(update={"location": f.location.model_copy(update={"quote": f.quote + "x"})})
    assert fingerprint(changed, report) != fingerprint(f, report)


def test_cli_accept_writes_the_decisions_file_and_the_next_run_counts_them(tmp_path, capsys):
    copy = tmp_path / "report.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "r.json"
    main(["review", str(copy), "--format", "json", "-o", str(out)])
    first = json.loads(out.read_text(encoding="utf-8"))
    some = first["findings"][0]["id"]
    main(["review", str(copy), "--format", "json", "-o", str(out), "--accept", some, "--note", "已核实"])
    second = json.loads(out.read_text(encoding="utf-8"))
    assert some not in [f["id"] for f in second["findings"]]
    assert second["summary"]["accepted"] == 1 and second["summary"]["total"] == first["summary"]["total"] - 1
    (entry,) = read_decisions(tmp_path / DECISIONS_FILE)
    assert entry["id"] == some and entry["note"] == "已核实" and entry["report"] == "report.txt"
    assert copy.read_bytes() == SAMPLE.read_bytes()


def test_an_unknown_id_is_refused_naming_it(baseline):
    _, result = baseline
    with pytest.raises(InputError, match="nosuchid"):
        accept([], [("report.txt", result)], ["nosuchid"])


def test_a_broken_decisions_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / DECISIONS_FILE
    bad.write_text("accepted:\n  - id: [\n", encoding="utf-8")
    with pytest.raises(DecisionsFileError, match=re.escape(str(bad))):
        read_decisions(bad)
    bad.write_text("accepted:\n  - kind: typo\n", encoding="utf-8")
    with pytest.raises(DecisionsFileError, match="accepted 第1条"):
        read_decisions(bad)


def test_a_findings_id_reads_only_the_characters_beside_its_quote():
    """The id's context is the normalised text just before and after the quote; reading a window
    of the paragraph gives the same as normalising all of it, whatever the characters."""
    from drafting.findings import _norm, _norm_head, _norm_tail

    texts = ["", "甲", "ｆｕｌｌ\u3000ｗｉｄｔｈ　全角", "e\u0301" * 40 + "中", "中" + "\u1100\u1161\u11a8" * 30,
             "㍿¼①" * 20 + "预算执行率100%", "项目 资金\n" * 30 + "A\u030a"]
    for text in texts:
        for n in (1, 8):
            assert _norm_tail(text, n) == _norm(text)[-n:]
            assert _norm_head(text, n) == _norm(text)[:n]
