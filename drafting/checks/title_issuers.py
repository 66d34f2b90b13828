"""A cited document's issuer that lost its organ's last character (《某县财政关于…的通知》 where the report
writes 某县财政局): a document is issued by an organ (局, 厅, 委, 办), never by a field of work.

Part of the language check. Why: the issuer before 关于 in a title is a name; a name cut short before
关于 reads on as words (财政关于), so no lexicon sees the gap. The report shows the organ it means: the
same words with the organ's character after them elsewhere. An issuer that ends in an organ's character
already (财政部, 国务院, 人民政府, 县委) is left alone, so is one the report never writes longer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["ORGAN_ENDS", "cut_issuers"]

_ISSUER = re.compile(r"《([\u4e00-\u9fff]{3,20}?)关于")
_ORGANS = "局厅委办"  # the last character of a bureau's name that a title's issuer may lose
ORGAN_ENDS = frozenset("局厅部委办院府会室处所站组队社心行")  # an issuer ending so is an organ's name


def cut_issuers(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    whole: str | None = None
    for unit in (u for u in units if "关于" in u.text and "《" in u.text):
        for m in _ISSUER.finditer(unit.text):
            issuer = m[1]
            if issuer[-1] in ORGAN_ENDS or issuer.startswith("关于"):
                continue  # an organ's whole name, or a title passing on another (关于转发…)
            whole = whole if whole is not None else "\n".join(u.text for u in units)
            organ = next((c for c in _ORGANS if issuer + c in whole), None)
            if organ is None:
                continue
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"疑似漏字：发文机关“{issuer}”应为“{issuer}{organ}”",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end())),
                evidence=f"文件由机关发出，发文机关名称应完整；本报告别处写作“{issuer}{organ}”",
                suggestion=f"改为“{issuer}{organ}关于”", rule="language.dropped")
