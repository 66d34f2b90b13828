"""A record written twice word for word: one line of a ledger — a fund document's number, the project it pays and its
amount (渝财教[2020]209号-(大足教财[2021]94号)…厕所改造工程-…9.8万元) — said twice in one report.

Part of the duplicate check. Why: ``redundancy`` compares narrative only, since the lines of a list of fund documents
differ in their project names alone and are alike by design: near copies among them are no copy. A line written twice
with every character and figure alike lists one allocation twice, and the sum it belongs to counts it twice.
Premises: a paragraph (no heading, no table cell: a form's columns say the same by design) that is no narrative
(``redundancy.is_narrative``), holds thirty or more Chinese characters and an amount in 元, and stands again,
whitespace aside, elsewhere in the report; a place another finding reports is left. Over the real corpus, pools
109–136, the fixtures and the sample, no such line stands twice.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Location, Report
from .copied_closings import taken_places, within
from .redundancy import is_narrative

__all__ = ["copied_records"]

MIN_HAN = 30  # Chinese characters: a record naming its document, its project and what it paid, no label or title
_HAN = re.compile(r"[\u4e00-\u9fff]")
_AMOUNT = re.compile(r"\d[\d.,]*\s*[万亿]?元")


def copied_records(report: Report, reported: list[Finding]) -> list[Finding]:
    """One finding per record written twice or more, at its second place, the others related."""
    places: dict[str, list[Location]] = {}
    for unit in report.units():
        key = no_blanks(unit.text)
        if unit.kind != "paragraph" or len(_HAN.findall(key)) < MIN_HAN or not _AMOUNT.search(key) \
                or is_narrative(unit.text):
            continue
        start, end = len(unit.text) - len(unit.text.lstrip()), len(unit.text.rstrip())
        places.setdefault(key, []).append(unit.at(start, end))
    taken = taken_places(reported)
    out = []
    for at in places.values():
        if len(at) < 2 or any(within(loc, taken) for loc in at):
            continue
        locs = [FindingLocation.of(report, loc) for loc in at]
        quote = locs[0].quote
        out.append(Finding(
            kind=Kind.DUPLICATE_PARAGRAPH, severity=Severity.WARNING,
            message=f"同一条记录“{quote if len(quote) <= 24 else quote[:24] + '…'}”逐字重复出现{len(locs)}次",
            location=locs[1], related=[locs[0], *locs[2:]],
            evidence="这一行连同其中的文号、项目和金额一字不差；同一笔资金列了两次，合计会重复计算",
            suggestion="核对该笔资金是否重复列示，删去多出的一行",
            rule="redundancy.copied_record"))
    return out
