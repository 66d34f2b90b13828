"""Helpers shared by the outsider audits on whole invented reports (``test_whole_report_audit_s4*``):
review a text as the reader takes it, and read a clean report kept in tests/data/whole_clean."""

from __future__ import annotations

from pathlib import Path

from drafting.io.text_reader import read_text_string
from drafting.review import ReviewOptions, review

_STOCK = ReviewOptions(stock_claims=True)
WHOLE_CLEAN = Path(__file__).parent / "data" / "whole_clean"


def findings(text: str, info: bool = False) -> list[tuple[str, str]]:
    """(rule, message) of each finding; notes (info) only when asked, since a clean report may carry them (the
    audits read the stock claims too, an opt-in: ``ReviewOptions.stock_claims``)."""
    return [(f.rule, f.message) for f in review(read_text_string(text), options=_STOCK).findings
            if info or f.severity.value != "info"]


def rules(text: str, info: bool = False) -> list[str]:
    return [rule for rule, _ in findings(text, info)]


def clean_fixture(name: str) -> str:
    return (WHOLE_CLEAN / name).read_text(encoding="utf-8")


def tab_row(*cells: str) -> str:
    """A table row as the text reader takes it: one TAB-indented cell a line, a blank line after."""
    return "".join(f"\t{c}\n" for c in cells) + "\n"
