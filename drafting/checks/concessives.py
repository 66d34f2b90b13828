"""A concessive clause left without its main clause: 我局工作虽未偏离绩效目标。 — the 但… that was to
follow went missing.

Part of the language check. Why: 虽/虽然 opens a clause that concedes, and a sentence is only said when
the clause it concedes to follows (虽…，但…); a sentence that ends inside the 虽 clause was cut in editing
(its second half deleted or pasted elsewhere). Premises, precision first: the sentence ends (。！？) with
no clause mark (，；：) after 虽 and no word of the main clause inside it (但, 却, 仍, 还, 也, 犹 — 虽败犹荣,
虽小但全 say both halves in one breath); not inside a title or a quotation, and a line's end is no
sentence's (a PDF breaks lines mid-sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["unfinished_concessives"]

_CUT = re.compile(r"虽(?:然|说)?[^，,；;：:。！？!?\n《》“”\"但却仍还也犹]{2,40}[。！？!?]")


def unfinished_concessives(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "虽" in u.text):
        for m in _CUT.finditer(unit.text):
            if unit.text.count("《", 0, m.start()) > unit.text.count("》", 0, m.start()):
                continue  # inside a title still open
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"句子不完整：“{m[0]}”只有让步分句，缺少后半句",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="“虽（然）……”后应接转折的主句（但……、却……、仍……），此句在让步分句处就结束了",
                suggestion="补上后半句（……，但……），或删去“虽”改为陈述句", rule="language.unfinished")
