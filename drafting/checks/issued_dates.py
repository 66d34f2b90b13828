"""A document said to be issued on a date of one year under a 发文字号 of another: 2022年6月19日，省财政厅
印发了《关于下达…资金的通知》（川财社〔2021〕57号）.

Part of the calendar check (see ``calendar``). Why: the year in a 发文字号's brackets is the year the
document was issued, so a sentence that dates the issue and cites the number gives the year twice; a
report that copied last year's sentence and changed the date, or typed the number from memory, breaks
the pair. Read only where one sentence dates the issuing itself (印发, 下发, 发布, 出台, 颁布, 下达 — not
收到 or 转发: a document may be received or passed on a year after it was issued) and the first
发文字号 after the verb follows with no other date between; a number of the year before dated in
January is left alone (a document drafted in December may go out under its year's number).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..numbers.textnorm import fold_width
from ..report import Report

__all__ = ["issued_dates"]

_ISSUED = re.compile(r"(?P<date>((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)\s*[,，]?"
                     r"(?:[^，,。；;\d《]{0,30}?)(?:印发|下发|发布|出台|颁布|下达)了?"
                     r"(?P<between>[^。；;]{0,80}?)"
                     r"(?P<number>[\u4e00-\u9fff]{1,12}\s*[〔﹝\[【(（［]\s*((?:19|20)\d\d)\s*[〕﹞\]】)）］]\s*\d{1,4}\s*号)")
_ANOTHER_DATE = re.compile(r"\d\s*月\s*\d{1,2}\s*日|\d\s*年\s*\d{1,2}\s*月")
_PASSED_ON = re.compile(r"转发|收到|接到")  # received or forwarded: the date is not the issue's
# a clause that cites the basis of what was issued (…下达资金6.56万元,按照《…暂行办法》(云人办发〔2018〕78号)): the
# number is the basis's, issued in its own year, not the issued document's
_BASIS = re.compile(r"[，,；;]\s*(?:按照|根据|依据|参照|遵照|依照)")


def issued_dates(report: Report) -> list[Finding]:
    """Each dated issue whose 发文字号 names another year (see the module)."""
    out = []
    for unit in report.units():
        text = fold_width(unit.text)
        if "号" not in text or "日" not in text:
            continue
        for s in split_sentences(text):
            for m in _ISSUED.finditer(s.text):
                year, month, numbered = int(m.group(2)), int(m.group(3)), int(m.group(7))
                if numbered == year or (month == 1 and numbered == year - 1) or _PASSED_ON.search(m.group(0)) \
                        or _ANOTHER_DATE.search(m.group("between")) or _BASIS.search(m.group("between")):
                    continue
                a, b = s.start + m.start("date"), s.start + m.end("date")
                n_a, n_b = s.start + m.start("number"), s.start + m.end("number")
                out.append(Finding(
                    kind=Kind.DATE_INCONSISTENCY, severity=Severity.WARNING,
                    message=f"印发日期为{year}年，所引文件的发文字号却是{numbered}年的",
                    location=FindingLocation.of(report, unit.at(a, b)),
                    related=[FindingLocation.of(report, unit.at(n_a, n_b))],
                    evidence=f"发文字号方括号中的年份是文件印发的年份；此处写{year}年{month}月印发，发文字号为〔{numbered}〕",
                    suggestion="核对印发日期和发文字号的年份，改正其中有误的一处", rule="calendar.issued_number_year"))
    return out
