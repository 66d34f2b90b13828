"""A part's title that lost a character of its number: 部分 名词解释, 四部分:2023年部门预算公开表, 第三部 2021年度…说明,
第三部门 2017年度…, where the publication's other parts read 第一部分, 第二部分.

Part of the numbering check. Why: a 部门决算 or 部门预算 publication is cut into 第一部分 … 第四部分, in its table of
contents and again in its body; a title that lost its 第, its numeral or its 分 (a copy, an edit, a conversion) leaves
the reader a part without its number. Quiet unless sure: the text writes at least one part's title whole, and the
broken line is a title — short, no sentence's mark, its words a part's (概况, 说明, 解释, 表, 附件, 公开, or a year's
预算/决算) — so 部分乡镇… or 一部分资金… (prose: "some", "a part of") are never read.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import one_finding

__all__ = ["part_titles"]

_N = "一二三四五六七八九十"
_WHOLE = re.compile(rf"^\s*第[{_N}]{{1,3}}部分")
# 部分 with no numeral, a numeral with no 第, or 第N部 with no 分 (or 部门 for 部分)
_BROKEN = re.compile(rf"^\s*(?:(部分)|([{_N}]{{1,3}}部分)|(第[{_N}]{{1,3}}部门?)(?!分))")
# what follows is a part's title: a colon or blanks, then no sentence's mark, ending as a part's title ends
_TITLE = re.compile(r"[\s:：]*(?:[^\s。，,；;！？!?][^。，,；;！？!?]{0,38}?)?"
                    r"(?:概况|说明|解释|表|附件|公开|(?:预|决)算)(?:[(（][^()（）]{1,12}[)）])?\s*$")
_YEAR_OR_WORD = re.compile(r"\d{4}年|名词|解释|概况|附件|公开表|决算表|预算表")


def part_titles(report: Report) -> list[Finding]:
    """One finding listing every part's title that lost its 第, its numeral or its 分."""
    lines = [(unit, m) for unit in report.units() for m in re.finditer(r"[^\n]+", unit.text)]
    if not any(_WHOLE.match(m.group(0)) for _, m in lines):
        return []
    places: list[tuple[TextUnit, int, int]] = []
    for unit, m in lines:
        b = _BROKEN.match(m.group(0))
        if b is None or not _TITLE.match(m.group(0), b.end()) or not _YEAR_OR_WORD.search(m.group(0), b.end()):
            continue
        places.append((unit, m.start() + b.start(b.lastindex or 1), m.start() + b.end()))
    if not places:
        return []
    first = places[0][0].text[places[0][1]:places[0][2]]
    return [one_finding(report, places, kind=Kind.NUMBERING_GAP,
                        message=f"部分标题的序号残缺：“{first}”应写作“第N部分”",
                        evidence="同一公开文本的其他部分标题写作“第一部分”“第二部分”……；此处缺了“第”、数字或“分”",
                        suggestion="按目录和正文的顺序补全为“第N部分”", rule="structure.part_title")]
