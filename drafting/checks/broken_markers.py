"""Heading markers with a part lost: a lone ")" opening a heading (its "(三" deleted), a numeral lost
before 、 (、项目绩效情况), or the opening bracket of （一） lost (一)资金投入情况).

Part of the numbering check (see ``numbering``, which reads a gap these explain as one problem).
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind, Severity
from ..report import Report, TextUnit, clip
from .grouped import one_finding

__all__ = ["broken_markers"]


# A heading line that opens with a lone ")": its number's "(三" was lost in editing or copying.
# Not when the line before leaves a bracket open (a bracket broken across lines by a PDF). A heading may end
# with its full stop, as its siblings do ((一)资金计划、到位及使用情况。 / )项目财务管理情况。).
_BROKEN_MARKER = re.compile(r"^[ \t\u3000]*([)）])[\u4e00-\u9fa5][^。；;\n]{1,38}。?$")


def _open_bracket(line: str) -> bool:
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


# …or with its numeral lost before 、 (、项目绩效情况), or a Chinese numeral closed by ) that nothing opened
# (一)资金投入情况: （一） lost its opening bracket)
# A heading's words end in a section's noun (…情况, …建议, …分析): a line of running text cut after a 、 (a column's
# or a page's wrap: 、陆生野生动物资源得到有效保护) does not
# (or a table listed in a contents page, its code in brackets after it: 、政府采购预算表(公开10表))
_SECTION = r"(?:情况|概况|建议|分析|结论|措施|问题|目标|指标|说明|成效|绩效|计划|安排|评价|管理|表(?:[（(][^()（）\n]{1,12}[)）])?)[。：:]?\s*$"
_LOST_NUMERAL = re.compile(r"^[ \t\u3000]*(、)[\u4e00-\u9fa5][^。；;，,、\n]{1,24}?" + _SECTION)
_HALF_BRACKETED = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十]{1,3}[)）])[ \u3000]?[\u4e00-\u9fa5][^；;，,\n]{1,24}?" + _SECTION)


# a line opening with a Chinese numeral closed by a bracket: half (一)) or whole (（一）)
_HALF_OPEN = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[)）]", re.MULTILINE)
_WHOLE_OPEN = re.compile(r"^[ \t\u3000]*[(（][一二三四五六七八九十]{1,3}[)）]", re.MULTILINE)


def _half_is_the_habit(report: Report) -> bool:
    """Whether the report writes 一) at least as often as （一）: a list in the writer's style (一)预算编制
    二)预算执行 三)决算管理), not one marker that lost its bracket beside whole ones."""
    texts = [u.text for u in report.units()]
    return sum(len(_HALF_OPEN.findall(t)) for t in texts) >= max(2, sum(len(_WHOLE_OPEN.findall(t)) for t in texts))


_NUMBERED = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、", re.MULTILINE)


def _numbered_headings(report: Report) -> int:
    """How many lines open with a numeral and 、 (一、部门概况). A writer's slip loses one numeral among
    numbered siblings (一、 二、 、 四、); where more headings have lost theirs than kept them (、绩效目标
    、评价思路 … after one 一、, or the page's only heading), the list's numbers were lost whole:
    Word's automatic numbering, which a web or text copy drops, not the report's."""
    return sum(len(_NUMBERED.findall(u.text)) for u in report.units())


def _half_markers(report: Report) -> list[Finding]:
    """Heading lines whose marker lost a part: 、 with no numeral, or 一) with no opening bracket (at info
    level where that is how the report writes its markers: a style, not a loss). One finding for each way
    it was lost, every place listed."""
    found: dict[str, list[tuple[TextUnit, int, int, str]]] = {}
    for unit in report.units():
        offset = 0
        for line in unit.text.split("\n"):
            for key, pattern in (("numeral", _LOST_NUMERAL), ("bracket", _HALF_BRACKETED)):
                if m := pattern.match(line):
                    found.setdefault(key, []).append((unit, offset + m.start(1), offset + m.end(1), line.strip()))
            offset += len(line) + 1
    if "numeral" in found and len(found["numeral"]) > _numbered_headings(report):
        del found["numeral"]  # the list's numbering lost throughout: the copy's (Word's list numbers), not a slip
    habit = "bracket" in found and _half_is_the_habit(report)
    out = []
    for key, places in found.items():
        _, start, end, line = places[0]
        what, fix = ((f"标题以“、”开头，序号缺失：“{clip(line, 16)}”", "补上序号（如“三、”），并核对前后编号是否连续")
                     if key == "numeral" else
                     (f"序号缺少左括号：“{line[:end - start]}”", f"改为“（{line[:end - start - 1]}）”"))
        # a heading with no numeral is a numbering problem; a half bracket a mark's
        style = habit and key == "bracket"  # the writer's way, not a bracket lost: told, at info level
        out.append(one_finding(report, [(u, a, b) for u, a, b, _ in places],
                               kind=Kind.NUMBERING_GAP if key == "numeral" else Kind.PUNCTUATION, message=what,
                               evidence=("本文这一级序号都只写右括号（如“一)”），规范写法为“（一）”" if style
                                         else "行首的序号残缺，多为编号删去了一部分"), suggestion=fix,
                               rule="structure.broken_marker", severity=Severity.INFO if style else Severity.WARNING))
    return out


def broken_markers(report: Report) -> list[Finding]:
    """Headings opening with a lone ")" — one finding listing them all, where several are so: one habit or one
    copy's loss for the unit to fix, not one problem per heading — and the markers ``_half_markers`` reads."""
    out, before = _half_markers(report), ""
    places: list[tuple[TextUnit, int, int, str]] = []
    for unit in report.units():
        offset = 0
        for line in unit.text.split("\n"):
            m = _BROKEN_MARKER.match(line)
            if m and not _open_bracket(before):
                places.append((unit, offset + m.start(1), offset + m.end(1), line.strip()))
            before = line if line.strip() else before
            offset += len(line) + 1
    if places:
        line = places[0][3]
        out.append(one_finding(
            report, [(u, a, b) for u, a, b, _ in places], kind=Kind.PUNCTUATION,
            message=f"标题以孤立的“{line[0]}”开头，编号残缺：“{clip(line, 16)}”",
            evidence="行首的右括号没有对应的左括号，多为“（三）”一类编号删去了一半",
            suggestion="补全标题的编号（如“（三）”），并核对前后编号是否连续", rule="structure.broken_marker"))
    return out
