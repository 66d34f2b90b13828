"""A sentence that is only its 根据-phrase: 根据《…的通知》(红财综发〔2021〕40号)。2022年度我市…下达150万元.

Part of the language check. Why: 根据, 依据 and 按照 open a phrase that says on what ground the main clause acts;
a full stop right after the ground (its document, its 要求 or 精神, the duties it names) leaves a sentence with no
main clause, and the clause it was written for stands alone after the stop. The fix is a comma.

Quiet unless sure: the sentence opens with the preposition (at a paragraph's start, after its field label
(党政机构设置：; not a label that itself names grounds, 评价依据：, whose value is a ground), or after a full stop or semicolon,
never after a list number: a list of grounds, 1.依据《预算法》。, writes each ground as an item); it holds no clause
mark before its stop; it ends on what closes a ground (要求, 精神, 规定, 职责, 文件, 部署, 安排, 通知, 意见, 办法, a
title's 》 or a document number's bracket); and the next sentence follows on the same line — the main clause that
lost its ground, not the next item of a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["basis_fragments"]

# (a line broken inside the ground, as a PDF's text is, is read through; the sentence's start is the paragraph's or
# a stop's, never a line's: a broken line starts mid-sentence)
# (or after the paragraph's own field label: 党政机构设置:根据…等职能职责。先锋镇机关设置…)
_FRAGMENT = re.compile(r"(?:\A(?:[ \t\u3000]*(?![^:：]*(?:依据|根据|按照|文件|政策|来源))[\u4e00-\u9fff]{2,10}[:：])?|(?<=[。；;！？!?])|(?<=[。；;！？!?]\n))[ \t\u3000]*((?:根据|依据|按照)[^，,；;。！？!?：:]{2,160}?"
                       r"(?:要求|精神|规定|职责|职能|文件|部署|安排|通知|意见|办法|》|号[)）]))[ \t\u3000]*(。)"
                       r"(?=[ \t\u3000]*[\u4e00-\u9fff\d])")


def basis_fragments(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in units:
        for m in _FRAGMENT.finditer(unit.text) if unit.kind == "paragraph" else ():
            ground = m[1]
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"句号把“{ground[:2]}……”与主句断开了：“{ground[:12]}…{ground[-6:]}。”不成句",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(2))),
                evidence=f"“{ground[:2]}”引出的只是依据，句号后面的一句才是它的主句",
                suggestion="把这个句号改为逗号，与后一句连成一句", rule="language.fragment")
