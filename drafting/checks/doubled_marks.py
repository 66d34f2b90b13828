"""Punctuation marks doubled or run together (。。 《《, 、， ,。 ；：), a bracketed number's extra 、 (（二）、) and a
list's 、 before its 等 (口腔科、等临床科室).

Part of the language check (see ``language``). Why one finding per shape: a writer who doubles a mark does it
here and there, each place a slip of its own. But a text where marks run together in several shapes at once
(截止2018年12月底,,,其中,,, / 一、,主要用于… 100万元、、、道班房…) has lost what stood between them — a copy
that dropped its figures and words, or a form flattened with its cells emptied: one problem (the text is not
whole), told once with every place listed, not a dozen slips to delete marks from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .context import site_notice
from .grouped import one_finding

__all__ = ["doubled_marks"]

# a mark doubled (。。 《《), or two clause and sentence marks side by side in either width (、， ,。 ；：)
# (,, after a word is one whatever follows: 接种科室,,2楼; a figure's 、 then 。, 3、。, a page number cut in, is not)
# (and a half-width full stop after a clause mark: 报告如下:.一、部门概况 — never an ellipsis's or a figure's)
_DOUBLED_MARKS = re.compile(r"([。，、；：《》！？≥≤])\1+|[。，、；：,;:](?<!\d[,:])(?<!\d、(?=。))[。，、；：,;:](?![\d/])"
                            r"|(?<=[\u4e00-\u9fff]),,(?!,)|(?<=[\u4e00-\u9fff])[。，、；：;:]\.(?![\d.．])")
_MARK_PAIR = re.compile(r"[。，、；：《》！？,;:≥≤][。，、；：《》！？,;:≥≤.]")  # what every match holds, searched for first
_LEADER, _PAGE_AFTER = 3, re.compile(r"\s*\d{1,3}\s*$")  # a run of marks this long before a page number ends a contents line
_LOST_TEXT = 4  # shapes of marks run together in one report from which its text is read as not whole
# a number a copying site puts before each paragraph (1、… 2、…) where the paragraph opens with the 、 of a list
# cut at a page's seam (建档立卡贫困户 / 2、、低保户): the first 、 is the site's, not the writer's twice
_SITE_NUMBER = re.compile(r"\s*\d{1,3}(?=、、)")
# (or its full stop: (一).基本职能, (1).拟订… — a bracketed number takes no mark after it, GB/T 15834 4.1.4)
_BRACKETED_MARKER = re.compile(r"\s*[（(](?:[一二三四五六七八九十]{1,3}[)）]、|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）][.．](?![\d.．]))")


# a list's last 、 before 等 (口腔科、等临床科室): 等 follows the last item directly (GB/T 15834 4.5.3.1) — not a
# heading's number (一、等级评定) nor 等 opening a word of its own (、等级, 、等同于)
_BEFORE_ETC = re.compile(r"(?<=[\u4e00-\u9fff）)”])(?<![一二三四五六七八九十])、(?=等(?![级次第同于待额量效价候]))")


def doubled_marks(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    found = [(unit, m) for unit in units if not site_notice(unit.text)  # (a site's notice is the site's words)
             for m in (_DOUBLED_MARKS.finditer(unit.text) if _MARK_PAIR.search(unit.text) else ())
             if not (len(m[0]) >= _LEADER and _PAGE_AFTER.match(unit.text, m.end()))  # 一、…。。。。3: a contents leader
             and not ((n := _SITE_NUMBER.match(unit.text)) and n.end() == m.start())]
    if len({m[0] for _, m in found}) >= _LOST_TEXT:
        yield one_finding(
            report, [(u, m.start(), m.end()) for u, m in found], kind=Kind.PUNCTUATION,
            message=f"多种标点连用（“{'”“'.join(dict.fromkeys(m[0] for _, m in found[:6]))}”等），疑为文字缺失",
            evidence="多处、多种标点紧挨在一起，中间像是丢了数字或词语（转贴、转换或表格压平时常见），不只是多打了一个标点",
            suggestion="对照原件逐处补全缺失的数字和文字，再删去多余的标点", rule="language.doubled_mark")
    else:
        for unit, m in found:
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"标点重复或连用：“{m.group(0)}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="两个标点紧挨着，其中一个多余",
                suggestion=f"改为“{m.group(0)[-1] if m.group(0)[0] in '《' else m.group(0)[0]}”",
                rule="language.doubled_mark")
    for unit in units:
        for m in _BEFORE_ETC.finditer(unit.text) if "、等" in unit.text else ():
            yield Finding(kind=Kind.PUNCTUATION, severity=Severity.WARNING, message="“等”前多了顿号：“、等”",
                          location=FindingLocation.of(report, unit.at(m.start(), m.end() + 1)),
                          evidence="列举的最后一项后直接接“等”，中间不加顿号", suggestion="删去“等”前的顿号",
                          rule="language.doubled_mark")
    # （二）、 or (一).: the bracket is the number's mark already; one finding for the habit, every place listed
    marked = [(u, mk.end() - 1, mk.end()) for u in units if (mk := _BRACKETED_MARKER.match(u.text)) is not None]
    if marked:
        first = _BRACKETED_MARKER.match(marked[0][0].text)
        assert first is not None
        shown = first.group(0).strip()
        yield one_finding(report, marked, kind=Kind.PUNCTUATION, message=f"序号标点重复：“{shown}”",
                          evidence="括号序号（一）后不再加顿号", suggestion=f"改为“{shown[:-1]}”",
                          rule="language.doubled_mark")
