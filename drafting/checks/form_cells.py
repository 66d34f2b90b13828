"""A form's planned cell and actual cell run together: the same words twice that fill a cell of a form.

Why: a 自评表 copied as text often loses the separator between a row's 年度指标值 and 实际完成值 (or
预期目标 and 实际完成情况), and a target met is written as its target: "按期完成按期完成 10 10",
"提高群众满意度，提高群众满意度" over the lines "10" and "9". Issue 9: planned and actual columns with
the same text are no defect. Premise: words said twice (a doubled word, a clause or sentence repeated)
are the two cells and not a slip when (1) they make a whole cell — nothing but a cell's edge on either
side of the two copies (the line's start or end, a space or tab, a colon, a clause mark, a figure) —
and (2) the line sits in a form: it ends in two or more figure cells (分值, 得分), or two or more of
the lines around it are such figure cells one per line, or its own line names the target and actual
columns before it, or a header line naming them stands a few short rows above it. A writer's slip
sits inside its phrase (根据根据《…, 财政财政补贴), in prose that is no form's row.

Right before a row's closing figure cells the two copies are the target and actual cells even with
the row's label glued on before them (完成时间按期完成按期完成 10 10): a target met is written as its
target in most qualitative rows, a slip at a cell's very end seldom. And a row's first cell said twice
(产出指标产出指标数量指标 … 10 10) is a label merged across two columns, copied once for each.
"""

from __future__ import annotations

import re

from ..report import TextUnit
from .context import target_and_actual

__all__ = ["after_run_together_headers", "cells_run_together", "in_prose", "in_unseparated_row"]

# a figure cell: a target, a value or a score (≥90%, 520户, 10, 9.5分)
_FIGURE = r"[≥≤<>＞＜=]?\d+(?:\.\d+)?(?:%|％|分|个|项|户|人次|人|家|次|万元|元|天|日)?"
_FIGURE_CELL = re.compile(_FIGURE)
_TEXT_CELL = 40  # the characters of a text cell after the figures (a deviation's reason)
# a row's last cells: two or more figure cells, each after a space or tab, then short text cells (偏差原因: 无)
_ROW_END = re.compile(rf"(?:[ \t\u3000]+{_FIGURE}){{2,}}(?:[ \t\u3000]+\S{{1,{_TEXT_CELL}}})*[ \t\u3000]*$")
_ROW_START = re.compile(r"[ \t\u3000]*(?:\d{1,3}[ \t\u3000.、]*)?")  # a row's serial number, if any
_EDGE = frozenset(" \t\u3000:：，,；;。、！？!?")
_DIGITS = frozenset("0123456789%％")
_CELL_UNIT = 120  # a line longer than this is prose, not a cell laid out one per line
_AROUND = 3  # the lines on either side of a cell that hold its row's other cells, one per line


def cells_run_together(units: list[TextUnit], i: int, start: int, end: int) -> bool:
    """Whether ``units[i].text[start:end]``, words said twice, is a form row's two cells run together
    (see the module): a whole cell's edges on both sides, and the line in a form."""
    text = units[i].text
    if _ROW_START.fullmatch(text, 0, start) and _ROW_END.search(text, end):
        return True  # the row's first cell, merged across two columns and copied once for each
    if _ROW_END.match(text, end):
        return True  # the cells right before the row's scores: the label before them may be glued on too
    return _edge(text, start - 1) and _edge(text, end) and (
        _figures_around(units, i) or target_and_actual(text, start) or _under_header(units, i))


def _edge(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a cell's edge (or the line's start or end)."""
    return at < 0 or at >= len(text) or text[at] in _EDGE or text[at] in _DIGITS


def _figures_around(units: list[TextUnit], i: int) -> bool:
    """Whether ``units[i]`` is a cell laid out one per line: short, and two or more of the lines right
    around it are figure cells alone (分值 and 得分 after it, or 分值 before and 得分 after; a page
    number is one, and prose does not stand beside another)."""
    if len(units[i].text) > _CELL_UNIT:
        return False
    around = units[max(0, i - _AROUND):i] + units[i + 1:i + 1 + _AROUND]
    return sum(_FIGURE_CELL.fullmatch(u.text.strip()) is not None for u in around) >= 2


# a form's header line naming a target column and an actual one (年度目标 | 实际完成情况; 指标值 实际完成值)
_HEADER = re.compile(r"(?:年度目标|设定目标|预期目标|计划目标|目标值|指标值)[^。！？!?]{0,30}(?:实际完成|完成情况|实际值|完成值)")
_HEADER_LINE = 60  # a header line is no longer than this
_ROWS_UP = 8  # the rows a header stands above


def _under_header(units: list[TextUnit], i: int) -> bool:
    """Whether ``units[i]`` is a row (or a cell) of a table headed by a target and an actual column:
    a header line within ``_ROWS_UP`` lines above it, every line between them as short as a row and
    none a heading."""
    for unit in reversed(units[max(0, i - _ROWS_UP):i + 1]):
        if len(unit.text) > _CELL_UNIT or unit.kind == "heading":
            return False  # prose, or a new section's heading: the table ended above
        if len(unit.text) <= _HEADER_LINE and "。" not in unit.text and _HEADER.search(unit.text):
            return True
    return False


def in_prose(text: str, start: int, end: int) -> bool:
    """Whether a span sits in running prose (a sentence mark near it and no table remnant) or
    inside one cell of a row copied with "|" between its cells (| 社会效益效益指标 |): words or a
    character said twice are a writer's slip there, and the seam of two cells elsewhere. A row's
    first cell, with no "|" before it, is one too where the span closes it (see ``_closes_first_cell``)."""
    around = text[max(0, start - 30):end + 30]
    if "|" in around:
        left, right = text.rfind("|", 0, start), text.find("|", end)
        return (left >= 0 or _closes_first_cell(text, start, end, right)) and right >= 0 and "|" not in text[start:end]
    a = max(0, start - 30)
    markers = {m.end() - 1 for m in _LINE_MARKER.finditer(text, text.rfind("\n", 0, a) + 1, end + 30)}
    return any(a + m.start() not in markers for m in _SENTENCE_MARKS.finditer(around))


_SENTENCE_MARKS = re.compile(r"[，。；、,;《》（）“”]")
# a list marker opening a line (2、): its 、 is no mark of a sentence, and a document-sharing page's copy
# inserts its page numbers so (…对经济和社会 / 2、的影响较好较好好一般差: a form's cells run together)
_LINE_MARKER = re.compile(r"(?m)^[ \t\u3000]*\d{1,3}、")


def _closes_first_cell(text: str, start: int, end: int, right: int) -> bool:
    """Whether ``text[start:end]`` ends the first cell of a "|" row, after other words of it (指标2:完成周期周期 |
    4个月 |). A row's first cell often holds its label columns run together (项目执行|执行规范 | 3 | 3: a
    level-2 name and a level-3 one) and one name may end with the word the next opens; the words that close the
    cell have no name after them, and a cell that is the two copies alone may be a label copied for two columns."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return right >= 0 and (line_end < 0 or right < line_end) and not text[end:right].strip(" \t\u3000") \
        and bool(text[line_start:start].strip(" \t\u3000"))


# A form's row copied with no separator at all between its cells shows itself by its figure cells: a
# target met is written as its target, so the target and actual cells stand back to back, the same figure
# with its unit twice or thrice (1000万元1000万元1000万元, 1年1年). Two such figures near a doubled word put
# it in the same run of rows: the seam of a text cell and the next (…提供医疗服务|服务范围扩大), not a slip.
# (A figure said twice in prose is itself a slip, but two near one another are a form's rows.)
_FIGURE_TWICE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?(?:%|％|万元|亿元|元|年|个|项|人次|次|人|户|天|家|公里|平方米))\1")
_ROW_REACH = 200  # the characters on either side of the place that a run of rows reaches
# a row's money cells run together into one run of digits (572.6167147.4467474.6767147.4467: four amounts, their
# blanks lost): no figure holds three decimal points, so the row's cells meet with nothing between
_FIGURES_GLUED = re.compile(r"\d+\.\d+\.\d+\.\d+")


def in_unseparated_row(units: list[TextUnit], i: int, start: int, end: int) -> bool:
    """Whether ``units[i].text[start:end]`` stands in a form's rows run together with no separator (see above):
    two or more figure cells said twice back to back within ``_ROW_REACH`` of it — read across the lines around,
    where a PDF's text may have broken the run (…100件100件2020 / 质量指标音响、 / …质量等合格合格2020); or
    money cells glued into one run of digits (``_FIGURES_GLUED``)."""
    j, reach = i, start
    while j > 0 and reach < _ROW_REACH:  # the lines before, as far as the reach
        j -= 1
        reach += len(units[j].text) + 1
    k, reach = i, len(units[i].text) - end
    while k + 1 < len(units) and reach < _ROW_REACH:  # and after
        k += 1
        reach += len(units[k].text) + 1
    before = "".join(u.text + "\n" for u in units[j:i])
    around = before + "\n".join(u.text for u in units[i:k + 1])
    window = around[max(0, len(before) + start - _ROW_REACH):len(before) + end + _ROW_REACH]
    return len(_FIGURE_TWICE.findall(window)) >= 2 or _FIGURES_GLUED.search(window) is not None


# An indicator's row run together with no separator (an OCR'd form): the line opens with its classes
# (效益指标经济效益指标…, 产出指标数量指标…) and ends with the target and actual cells, the same text twice
# when the target was met (…同比2022年销量显著提高显著提高).
_INDICATOR_ROW_OPENING = re.compile(r"\s*(?:[一二三]级指标)?(?:[\u4e00-\u9fff]{0,6}指标){1,3}")


def in_indicator_classes(text: str, start: int) -> bool:
    """Whether place ``start`` lies in the classes that open a line as an indicator's row (产出指标数量指标…)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _INDICATOR_ROW_OPENING.match(text, line_start)
    return m is not None and m.end() > start


def ends_indicator_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a line that opens as an indicator's row of a form."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return not rest.strip(" \t\u3000|。") and bool(_INDICATOR_ROW_OPENING.match(text, line_start))


# A form's column names written back to back (年初预算数全年执行数, 指标值(A)全年实际值(B)得分): the copy lost every
# separator of the form, and what follows on the line is its cells run together — a budget figure met by the
# year's first clause (38.75万元|2022年…), a planned cell and its actual with the same words. No prose writes
# two column names with nothing between them.
_COLUMN = r"(?:年初预算数|全年预算数|预算数|全年执行数|执行数|执行率|年度指标值|指标值|目标值|全年实际值|实际完成值|实际值|完成值|分值|得分|权重)"
_COLUMNS_RUN = re.compile(rf"{_COLUMN}(?:[(（][A-Za-z/]{{1,5}}[)）])?{_COLUMN}")
_COLUMNS_REACH = 120  # the characters before a place, on its line, that the form's header may stand in


def after_run_together_headers(text: str, start: int) -> bool:
    """Whether two of a form's column names stand back to back on ``start``'s line, shortly before it."""
    line_start = text.rfind("\n", 0, start) + 1
    return _COLUMNS_RUN.search(text, max(line_start, start - _COLUMNS_REACH), start) is not None
