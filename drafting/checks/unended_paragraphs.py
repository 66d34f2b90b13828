"""A paragraph of running text that stops without its closing mark right before the next part's heading
(…区级批复下达2024年实际少数民族资金 / (二)资金计划、到位及使用情况): a sentence cut off in editing, or its
full stop left out.

Part of the language check. Why: a part's last paragraph ends with a sentence, and a sentence with its
mark (GB/T 15834: 。！？, or ；： before what it leads to); prose that runs into the next heading with no mark
lost its end — the figure, the object or only the 。 — and a reader cannot tell which. Quiet unless sure:
the paragraph is running text (a clause mark inside it, or a sentence closed before its last one; its
last line of twenty characters or more, not a form's value under its label), its last sentence is of ten
characters or more and ends in a Chinese character (a bare figure is a flattened form's score cell; a
figure with its unit, 借用外单位1人, said what it set out to: only its 。 may be missing, and readers take that
for a habit); the next line (a page number between passes over) opens a
part's heading at its second item or later (二、, （三）): a line that opens a list at its first item may be
the list's lead-in, and a line broken mid-sentence never opens a heading. An item of the same list
((四)…占1.92% / (五)…) is left alone: items of a list drop their stops as a habit, not a cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import one_finding
from .item_markers import marker_level, parse_marker

__all__ = ["unended_paragraphs"]

# what closes a sentence or leads on: stops, ；：, a closing quote or bracket, an ellipsis
_CLOSED = re.compile(r"[。．！？!?；;：:…”\"’）)\]】》>—]\s*$")
_MARKS = re.compile(r"[。！？!?；;]")
_PAGE_NUMBER = re.compile(r"^[\s—\-－]*(?:第\s*)?\d{1,3}(?:\s*页)?[\s—\-－]*$")
# a line of running text, not a flattened form's value cell (其中 / 行政11人，事业16人)
_LINE = 20
# the last sentence's end: a Chinese character
_ENDS = re.compile(r"[\u4e00-\u9fff]$")
# …but a sentence that ends on a figure and its unit (比上年增加1人, 为132526.13万元, 借用外单位1人) said all it set out
# to: only its 。 is missing, which readers take for a habit, not a cut (the blind labels of four pages marked none)
# …and a paragraph that is an inline numbered list (…;8、按时上报监测数据资料;9、加强队伍能力建设): its last item
# drops its stop as the others do, a habit of lists, not a cut
_INLINE_ITEM = re.compile(r"\s*(?:\d{1,2}(?:[、．]|\.(?!\d))|[（(]\d{1,2}[）)])")
_EARLIER_ITEM = re.compile(r"(?:^|[；;。，,：:\s])(?:\d{1,2}(?:[、．]|\.(?!\d))|[（(]\d{1,2}[）)])")
# …and a last sentence that is a unit's name alone (纳入部门预算单位1个;中国人民政治协商会议某县委员会): a value listed, no
# sentence cut
_A_NAME = re.compile(r"(?:委员会|人民政府|办公室|办事处|[局院站所队馆校社厅委办]|中心|学校|协会|联合会)$")
_QUANTITY_END = re.compile(r"\d(?:\.\d+)?\s*(?:人次?|名|个|万元|亿元|元|次|户|家|项|所|座|公里|平方米|亩|万亩|吨|天)$")


def unended_paragraphs(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One finding listing every part's last paragraph that runs into the next heading unended."""
    lines = [u for u in units if u.kind != "cell" and u.text.strip() and not _PAGE_NUMBER.match(u.text)]
    places = [(u, len(u.text.rstrip()) - len(tail), len(u.text.rstrip()))
              for k, (u, nxt) in enumerate(pairwise(lines)) if (tail := _unended(u, nxt))
              and not (k and _items_unended(lines[k - 1], u))]
    if places:
        last = places[0][0].text[places[0][1]:places[0][2]]
        yield one_finding(report, places, kind=Kind.PUNCTUATION,
                          message=f"段落在“{last}”处没有结束标点就转入下一标题：句子可能不完整，或漏了句号",
                          evidence="每部分的最后一段以完整的句子和句末标点结束；这里正文直接接下一部分的编号标题",
                          suggestion="补全句子（如所缺的金额、对象）并加上句号", rule="language.unended")


def _unended(unit: TextUnit, nxt: TextUnit) -> str:
    """The paragraph's last words (from its last clause mark, about twelve characters) when it stops
    unended before a part's heading at its second item or later; '' otherwise."""
    text = unit.text.rstrip()
    marker = parse_marker(nxt.text)
    level = marker_level(nxt.text)
    if marker is None or marker[1] < 2 or level is None or level > 1 or _CLOSED.search(text) \
            or marker_level(text) == level:
        return ""
    last = _MARKS.split(text)[-1]
    if len(last.strip()) < 10 or len(text.rsplit("\n", 1)[-1].strip()) < _LINE or not _ENDS.search(last) \
            or not re.search(r"[，,。！？!?；;]", text) or _QUANTITY_END.search(last) or _listed(text, last) \
            or (_A_NAME.search(last) and not re.search(r"[，,、]", last)):
        return ""
    clause = re.split(r"[，,、\s]", last)[-1]
    start = max(0, len(clause) - 12)
    while start and clause[start - 1] in "0123456789.":
        start -= 1  # a figure whole: 2024年…, not 024年…
    return clause[start:]


# a list's item opening its paragraph: a number with or without its mark (4负责…, 5、…, 5. …, (5)…)
_ITEM_OPENS = re.compile(r"^\s*(?:\d{1,2}[.．、](?!\d)|\d{1,2}|[（(]\d{1,2}[）)])(?![\d.％%年月日])")


def _items_unended(before: TextUnit, unit: TextUnit) -> bool:
    """The paragraph is the last item of a list whose item before it ends unclosed too (4负责…事项 / 5负责…事项 /
    二、…): the list's items drop their stops as a habit, the last no less."""
    return bool(_ITEM_OPENS.match(unit.text) and _ITEM_OPENS.match(before.text) and not _CLOSED.search(before.text.rstrip()))


def _listed(text: str, last: str) -> bool:
    """The last sentence is an item of an inline numbered list the paragraph runs (an item before it too)."""
    before = text[:len(text) - len(last)]
    return _INLINE_ITEM.match(last) is not None and _EARLIER_ITEM.search(before) is not None
