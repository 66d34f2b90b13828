"""A reviewer's decisions, as linters keep suppressions: findings accepted once stay quiet.

An entry names a finding by its id — the fingerprint of its kind, its normalised quote and a few
characters on each side (``findings.fingerprint``), never offsets — so edits elsewhere in the report
leave it matched, and an edit of the quoted words brings the finding back. Accepted findings are
not shown but counted; entries that match no finding any more are reported as stale.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import InputError
from .findings import ReviewResult
from .io.decisions_file import read_decisions, write_decisions

DECISIONS_FILE = ".jixiao-review.yaml"
ACCEPT_ALL = "all"

__all__ = ["ACCEPT_ALL", "DECISIONS_FILE", "accept", "apply_decisions", "decisions_path", "read_decisions", "report_key",
           "write_decisions"]


def decisions_path(report: Path, given: str | Path | None = None) -> Path:
    """The decisions file: the one given, else ``.jixiao-review.yaml`` beside the report (in a folder
    under review, in that folder)."""
    if given is not None:
        return Path(given)
    return (report if report.is_dir() else report.parent) / DECISIONS_FILE


def report_key(report: Path, decisions: Path) -> str:
    """How an entry names its report: the path from the decisions file's folder (the file name when
    the decisions file sits beside the report)."""
    try:
        return report.resolve().relative_to(decisions.resolve().parent).as_posix()
    except ValueError:
        return report.name


def _mine(entries: Iterable[dict[str, str]], report_name: str) -> list[dict[str, str]]:
    return [e for e in entries if not e.get("report") or e["report"] == report_name]


def apply_decisions(result: ReviewResult, entries: Sequence[dict[str, str]], report_name: str) -> ReviewResult:
    """The result without the findings accepted for this report (an entry without ``report`` holds
    for every report); the summary counts them and lists entries that no finding matches."""
    mine = _mine(entries, report_name)
    accepted = {e["id"] for e in mine}
    shown = [f for f in result.findings if f.id not in accepted]
    present = {f.id for f in result.findings}
    out = ReviewResult.of(shown, source=result.source)
    out.summary.accepted = len(result.findings) - len(shown)
    out.summary.stale = sorted({e["id"] for e in mine if e["id"] not in present})
    return out


def accept(entries: Sequence[dict[str, str]], results: Sequence[tuple[str, ReviewResult]], ids: Sequence[str],
           note: str = "") -> tuple[list[dict[str, str]], int]:
    """``entries`` with the findings ``ids`` (or every finding, for ``all``) of the reports added;
    the number added. An id that no finding has is refused with the ids there are."""
    everything = ACCEPT_ALL in ids
    wanted = set(ids) - {ACCEPT_ALL}
    found: set[str] = set()
    have = {(e.get("report", ""), e["id"]) for e in entries}
    out = list(entries)
    for name, result in results:
        for f in result.findings:
            if not (everything or f.id in wanted):
                continue
            found.add(f.id)
            if (name, f.id) not in have:
                have.add((name, f.id))
                out.append({"id": f.id, "kind": f.kind.value, "quote": f.quote[:40], "report": name, "note": note})
    missing = sorted(wanted - found)
    if missing:
        raise InputError(f"没有编号为 {'、'.join(missing)} 的审核意见；编号见审核结果每条的“编号”"
                         "（已接受的不再显示），或用 --accept all 接受全部", where="--accept")
    return out, len(out) - len(entries)
