"""A whole sentence pasted between two items of a 、-list: “…助餐、|高龄津贴按照每人每月100元标准发放。|文体娱乐、
日间照料等…”.

The partial-splice rule (``splices``) asks for a letter or digit on both sides of a pasted run; after a
list's 、 and before the next item (the run closing with its own 。) neither seam holds one, so this
shape escapes it. Here the evidence is the list itself: the run begins right after a 、, it is a whole
sentence of another paragraph of the report (from its start to its stop, 15 characters or more), it reads
as a sentence (a stop or a comma of its own), and right after it the list goes on — a short item with no
figure followed by another 、 or by 等. A list item never ends with a full stop and then goes on with the
next item, so the sentence came between the items. A warning: a report's run-on lists are rare, but
not measured on labelled real reports yet.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind, Severity
from ..numbers.textnorm import TERMINATORS, light, list_marker_end, to_halfwidth
from ..report import Report, TextUnit
from .segments import finding_location, snippet
from .splice_hosts import is_title

__all__ = ["find_list_splices"]

MIN_CHARS = 15     # a pasted sentence this long (characters as written, its stop included)
_KEY = 6           # sentences are looked up by their first characters
# the list goes on after the run: a short item with no figure or clause mark, then 、 or 等
_NEXT_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}(?:、|等)")
# the 、 closes a list marker (一、, 3、), not an item: what follows is a point of its own
_MARKER_BEFORE = re.compile(r"(?:^|[\s。；：:;])\s*(?:[一二三四五六七八九十]+|\d+)、$")
# the text after the run opens a new point (二是…, 同时…), whose own list may follow
_NEW_POINT = re.compile(r"[一二三四五六七八九十]是|其[一二三四五]|首先|其次|同时|此外|另外|最后")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")


# a comma or colon in any width (what ``to_halfwidth`` makes "," or ":"), found in C
_CLAUSE_MARK = re.compile("[,:\ufe10\ufe13\ufe50\ufe55\uff0c\uff1a]")


def _sentences(units: list[TextUnit], keys: set[str]) -> dict[str, list[tuple[int, int, str]]]:
    """Every run from a clause start to its sentence's stop (unit index, start, text with the stop) of
    ``MIN_CHARS`` or more, keyed by its first characters — only the keys some 、 is followed by (``keys``),
    the only runs a list can hold. A clause starts at a line or sentence start (after a list marker) or
    after a comma or colon."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for u, unit in enumerate(units):
        text = unit.text
        for m in _SENTENCE.finditer(text):
            first = list_marker_end(text, m.start())
            starts = [first] + [c.end() for c in _CLAUSE_MARK.finditer(text, first, m.end())]
            for start in starts:
                start += len(text[start:m.end()]) - len(text[start:m.end()].lstrip(" \t\u3000"))
                if m.end() - start < MIN_CHARS or text[start : start + _KEY] not in keys:
                    continue
                sentence = text[start:m.end()]
                if _reads_as_sentence(sentence):
                    out.setdefault(sentence[:_KEY], []).append((u, start, sentence))
    return out


def _reads_as_sentence(run: str) -> bool:
    """A sentence, not a long name: it holds a comma, or it closes with its stop and has a figure."""
    body = run.rstrip(TERMINATORS)
    return any(to_halfwidth(ch) in ",:" for ch in body) or (
        run != body and any(to_halfwidth(ch).isdigit() for ch in body))


def _run_at(text: str, k: int, sentence: str) -> int | None:
    """End of ``sentence`` copied at ``text[k:]`` with its stop, or without it where the host goes
    straight on with a letter (the stop left behind); None where it is not there."""
    if text.startswith(sentence, k):
        return k + len(sentence)
    body = sentence.rstrip(TERMINATORS)
    if body != sentence and text.startswith(body, k) and k + len(body) < len(text) \
            and to_halfwidth(text[k + len(body)]).isalpha():
        return k + len(body)
    return None


def find_list_splices(report: Report) -> list[Finding]:
    """Whole sentences of another paragraph standing between two items of a 、-list (module docstring)."""
    units = list(report.units())
    hosts = [(h, unit) for h, unit in enumerate(units) if "、" in unit.text and not is_title(unit)]
    keys = {unit.text[m.end() : m.end() + _KEY] for _, unit in hosts for m in re.finditer("、", unit.text)}
    index = _sentences(units, keys) if keys else {}
    findings = []
    for h, unit in hosts:
        text = unit.text
        for p in (m.start() for m in re.finditer("、", text)):
            k = p + 1
            for u, start, sentence in index.get(text[k : k + _KEY], []):
                b = _run_at(text, k, sentence) if u != h else None
                if b is not None and _NEXT_ITEM.match(text, b) and list_marker_end(text, b) == b \
                        and not _NEW_POINT.match(text, b) \
                        and not _MARKER_BEFORE.search(text, 0, p + 1):
                    findings.append(_finding(report, unit, k, b, units[u], start, start + len(sentence)))
                    break
    return findings


def _finding(report: Report, unit: TextUnit, a: int, b: int, source: TextUnit, c: int, d: int) -> Finding:
    text = unit.text
    place = report.place_label(source.location)
    inserted = text[a:b]
    left_ctx, right_ctx = light(text[max(0, a - 8) : a])[-6:], light(text[b : b + 8])[:6]
    return Finding(
        kind=Kind.SPLICED_TEXT,
        severity=Severity.WARNING,
        message=(f"疑似把别处的一句话粘贴进了并列的列举项之间：“{text[max(0, a - 4):a]}|{inserted[:6]}…{inserted[-4:]}|"
                 f"{text[b:b + 4]}”，插入的{b - a}个字与{place}的一整句“{snippet(inserted, 12)}”相同，"
                 f"插入后列举在句号之后又接着列举下去。请删除插入的句子，恢复为“…{left_ctx}{right_ctx}…”。"),
        location=finding_location(report, unit.at(a, b)),
        related=[finding_location(report, unit.at(max(0, a - 3), min(len(text), a + 3)), "插入起点"),
                 finding_location(report, unit.at(max(0, b - 3), min(len(text), b + 3)), "插入终点"),
                 finding_location(report, source.at(c, d), "相同文字")],
        evidence=(f"“、”之后是{place}的一整句（从句首到句末，{b - a}个字），其后列举接着写“{text[b:b + 6]}”，"
                  "列举项之间不会出现一个完整的句子"),
        suggestion=f"删除插入的{b - a}个字，使列举连成“…{left_ctx}{right_ctx}…”",
        rule="redundancy.splice_list",
    )
