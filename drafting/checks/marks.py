"""Half-width marks standing in for Chinese ones: ``<…>`` written for the inner title marks 〈…〉.

Why apart from ``language.py``: these are the keyboard's ASCII marks typed in a Chinese sentence, a
shape of its own (GB/T 15834-2011: a title inside a title takes 〈〉, never < >), and that module is
long enough. Precision first: only angle brackets that hold a Chinese title (no letters, no
comparison: ``<90%`` and HTML tags stay alone) and sit beside Chinese text are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["fold_angles", "halfwidth_angles"]

# an angle bracket pair with at least one half-width mark, holding a Chinese title: it starts and
# ends with a Chinese character (or a closing bracket), has no letters and no other angle bracket
_ANGLES = re.compile(
    r"(?:<(?P<a>[\u4e00-\u9fff][^<>〈〉《》\n]{0,60}?[\u4e00-\u9fff）)])[>〉]"
    r"|〈(?P<b>[\u4e00-\u9fff][^<>〈〉《》\n]{0,60}?[\u4e00-\u9fff）)])>)")
_LETTERS = re.compile(r"[A-Za-z=%‰]")


def halfwidth_angles(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """``<title>`` inside 《》 (should be 〈title〉) or standing for 《title》 itself in running text.
    A report that does it throughout gets one finding listing every place: it is one habit."""
    places: list[tuple[TextUnit, re.Match[str], str, bool]] = []
    for unit in units:
        text = unit.text
        if "<" not in text and ">" not in text:
            continue
        for m in _ANGLES.finditer(text):
            title = m["a"] or m["b"]
            if _LETTERS.search(title):
                continue
            inside = text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start())
            before = text[m.start() - 1:m.start()]
            if inside or re.fullmatch(r"[\u4e00-\u9fff，、：]", before):
                places.append((unit, m, title, inside))
    if not places:
        return
    unit, m, title, inside = places[0]
    right = f"〈{title}〉" if inside else f"《{title}》"
    count = f"（全文共{len(places)}处同样写法）" if len(places) > 1 else ""
    yield Finding(
        kind=Kind.PUNCTUATION, severity=Severity.WARNING,
        message=f"书名号用了半角尖括号：“{m.group()}”应为“{right}”{count}",
        location=FindingLocation.of(report, unit.at(m.start(), m.end())),
        related=[FindingLocation.of(report, u.at(x.start(), x.end())) for u, x, _, _ in places[1:]],
        evidence=("书名号内再用书名号时用单书名号〈〉（GB/T 15834-2011），不用半角“<>”" if inside
                  else "文件名用书名号《》（GB/T 15834-2011），不用半角“<>”"),
        suggestion=f"改为“{right}”", rule="language.halfwidth_mark")


def fold_angles(text: str) -> str:
    """``text`` with the half-width angle brackets of a title read as 〈〉 (same length), so that the
    pairing of title marks sees ``<…〉`` as one pair, reported here once, not as 《 closed by 〉."""
    if "<" not in text and ">" not in text:
        return text
    out = list(text)
    for m in _ANGLES.finditer(text):
        out[m.start()], out[m.end() - 1] = "〈", "〉"
    return "".join(out)
