"""A phrase of five to eight characters written twice in a row (…补助资金预算补助资金预算的通知).

Why: reduplication in 公文 stops at four characters (研究研究, 干干净净); a longer run said again right
after itself is a paste or a slip of the hand, whether in a sentence or inside a document's title. The
shorter words are ``language``'s doubled-word rule. A flattened form's two cells with the same text
(a target and its actual: 符合相关文件要求符合相关文件要求5) is no slip: the run must stand in prose (a
sentence mark near it, no table remnant) and not where cells or alike columns meet; a form's header run
together (年初预算数全年预算数全年执行数) has brackets at most, so only a comma, a stop or a title mark on
the run's own line counts as the sentence's.

A label said twice with only its colon or a blank between (项目绩效目标完成情况：项目绩效目标完成情况：一是…)
is the same slip at any length: a label is written once before its value, and the second copy ends with
the colon that opens the value, so no form's two cells (which end with no colon) are read as one. But a
numbered heading's title followed by the same words and a colon (六、绩效评价方法绩效评价方法:根据…) is the heading
and its paragraph's label run together by a copy that lost the line between them, no slip.

A sentence's lead-in said again right after its own colon (…单位构成包括：2022年度…单位包括…) is the same slip
with the copy reworded a little: a subject of six characters or more and the verb that opens the list (包括,
如下, 分别为 …), then after the colon (and at most a year or a name's few characters) the same subject and the
same verb. A label's value that opens with the label's words (项目绩效目标完成情况：项目绩效目标完成情况良好) is no
lead-in said twice: a label ends in a noun, not in a verb that opens a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .columns import in_alike_columns
from .form_cells import cells_run_together, ends_indicator_row, in_indicator_classes, in_prose
from .lexicon import lexicon

__all__ = ["doubled_phrases", "doubled_word", "inside_words"]

_DOUBLED_PHRASE = re.compile(r"([\u4e00-\u9fff]{5,8})\1")
# six or more characters, a colon or blanks, the same again closed by its colon: a label written twice
_DOUBLED_LABEL = re.compile(r"([\u4e00-\u9fff]{6,20})(?:[:：][ \u3000]*|[ \u3000]+)\1(?=[:：])")
# a verb that opens a list, then its colon: where none stands, no lead-in is read (a quick miss)
_LEAD_VERB = re.compile(r"(?:包括|包含|涵盖|如下|分别是|分别为|主要有)[:：]")
# a subject, a verb that opens a list, a colon; then within eight characters the subject again and the verb
_DOUBLED_LEAD = re.compile(r"([\u4e00-\u9fff]{6,20})[\u4e00-\u9fff]{0,4}?(包括|包含|涵盖|如下|分别是|分别为|主要有)[:：][ \u3000]*"
                           r"([^\s:：，,。；;]{0,8}?\1[\u4e00-\u9fff]{0,4}?\2)")
_SENTENCE_MARK = re.compile(r"[，。；,;《》]")
# a heading's number where a line or a sentence begins (…原则。六、 / 1. / （二）): its title follows
_HEADING_NUMBER = re.compile(r"(?:^|[。；;！？!?\s])[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                             r"|\d{1,2}[、.．](?!\d))[ \u3000]*$")
_REACH = 30


def _in_a_sentence(text: str, start: int, end: int) -> bool:
    """A comma, a stop or a title mark on the run's own line within ``_REACH`` of it."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    near = text[max(line_start, start - _REACH) : min(end + _REACH, line_end if line_end >= 0 else len(text))]
    return _SENTENCE_MARK.search(near) is not None


def _heading_then_label(text: str, start: int, end: int) -> bool:
    """A numbered heading's title, then the same words opening its paragraph as a label (六、绩效评价方法绩效评价方法:
    根据…): a heading and its first line run together where a copy lost the break between them."""
    return end < len(text) and text[end] in ":：" and bool(_HEADING_NUMBER.search(text, 0, start))


def _words_at_both_ends(phrase: str) -> bool:
    """The phrase opens and closes with a word (补助·…·预算): a run that cuts words at its edges is the seam of
    other text, not one phrase said twice."""
    lex = lexicon()
    return all(bool(lex.freq(w)) or w in lex.vocabulary for w in (phrase[:2], phrase[-2:]))


def doubled_phrases(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for i, unit in enumerate(units):
        text = unit.text
        for m in _DOUBLED_PHRASE.finditer(text):
            phrase = m.group(1)
            if not in_prose(text, m.start(), m.end()) or not _in_a_sentence(text, m.start(), m.end()) \
                    or in_alike_columns(text, m.start(), m.end()) \
                    or cells_run_together(units, i, m.start(), m.end()) or not _words_at_both_ends(phrase) \
                    or _heading_then_label(text, m.start(), m.end()) or ends_indicator_row(text, m.start(), m.end()):
                continue
            yield doubled_word(report, unit, m, phrase)
        said: list[tuple[int, int]] = []  # the labels said twice: a lead-in over one is the same slip
        for m in _DOUBLED_LABEL.finditer(text) if "：" in text or ":" in text else ():  # its second copy closes on a colon
            if in_prose(text, m.start(), m.end()) and _in_a_sentence(text, m.start(), m.end()) \
                    and _words_at_both_ends(m.group(1)):
                said.append(m.span())
                yield doubled_word(report, unit, m, text[m.start():m.end(1) + 1])
        for m in _DOUBLED_LEAD.finditer(text) if _LEAD_VERB.search(text) else ():
            if in_prose(text, m.start(), m.end()) and _in_a_sentence(text, m.start(), m.end()) \
                    and _words_at_both_ends(m.group(1)) and not any(a < m.end() and m.start() < b for a, b in said):
                yield _lead_twice(report, unit, m)


def _lead_twice(report: Report, unit: TextUnit, m: re.Match[str]) -> Finding:
    again = m.group(3)
    return Finding(
        kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
        message=f"同一句的引语说了两遍：冒号后又写“{again}”",
        location=FindingLocation.of(report, unit.at(m.start(3), m.end(3))),
        related=[FindingLocation.of(report, unit.at(m.start(), m.start(3)))],
        evidence=f"“{m.group(1)}”与其后的“{m.group(2)}”在冒号前后各出现一次",
        suggestion=f"删去冒号后重复的“{again}”，或删去冒号前的引语",
        rule="language.doubled_word")


def inside_words(text: str, start: int, end: int, word: str, whole: str) -> bool:
    """A word doubled in a line with no sentence mark (a heading, a form cell's text: 任务1:坚决守好守好意识形态防线)
    read as a slip: the doubled place stands inside a run of words, a Chinese character on both sides, the
    report writes the word nowhere else, and the line is no row copied with its cell marks (| or a tab) nor
    among the classes that open an indicator's row. Cells of a form run together repeat the form's own
    labels and values, which it writes again in other rows (指标指标) or among a row's classes
    (产出指标数量指标数量指标…), or end at a figure or a line's edge (符合要求符合要求5); a word said twice in
    the middle of one phrase is the writer's hand."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if re.search(r"[|\t]", text[line_start:line_end if line_end >= 0 else len(text)]):
        return False  # a row copied with its cell marks: ``in_prose`` reads it cell by cell
    inside = 0 < start and end < len(text) and all("\u4e00" <= c <= "\u9fff" for c in (text[start - 1], text[end]))
    return inside and whole.count(word) == 2 and not in_indicator_classes(text, start)


def doubled_word(report: Report, unit: TextUnit, m: re.Match[str], word: str) -> Finding:
    """The finding for ``word`` written twice in a row at ``m``: a word (``language``) or a phrase (here)."""
    return Finding(
        kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
        message=f"“{word}”连写了两次",
        location=FindingLocation.of(report, unit.at(m.start(), m.end())),
        evidence=f"“{m.group(0)}”中“{word}”紧接着重复出现",
        suggestion=f"删去重复的“{word}”",
        rule="language.doubled_word")
