"""A whole sentence said word for word inside two paragraphs: a sentence pasted into another section.

Why: an officer who copies one finished sentence (全县共培训…860人次，发放教材2000余册…) into the
middle of another section's paragraph leaves the two paragraphs alike in one sentence only, so the
duplicate clusters (``redundancy``, whole paragraphs) and the splice rule (a run cut into the middle
of a sentence) do not see it (issue 9: "a sentence said twice"; the field guide's copies). Premise: a
sentence of twenty or more Chinese characters that states two or more figures is one writer's record
of one fact; two paragraphs that each hold it among other text of their own did not arrive at it apart.
A sentence with no figure is held to this only at thirty characters and more: shorter stock
wording (资金使用严格按照有关规定执行…) recurs by design (the longest such pair over pools 55-67, the dev
corpus and the fixtures: 24). Left: table cells and bar-separated lines
(planned and actual columns say the same); a paragraph that is the sentence alone (a form's cell, a
summary line restated by its table); a sentence citing a document (《…》, 〔2023〕19号: a fund's
source named in a summary and again where its use is detailed); a copy named as a target or plan just
before it (年度目标：…, 计划…) beside the same words as done; text another finding already reports; the
unit's duties, said in the form and in the narrative each under its label (``parallel_copies``), and a
sentence shorter than forty-five characters said in two duty lists (指导全县建立统一规范的人力资源市场，…:
the unit's statutory wording, which its form and its narrative, and other units, repeat) or in two parallel
sections, each paragraph opening with the same label under its own heading (一、某项目 （二）资金使用情况。… and
二、另一项目 （二）资金使用情况。…: 资金实行报账制管理，专款专用… is the pattern's, said of each project).

Nor a sentence of paragraphs alike as a whole that are a form's target and actual cells with the same text, flattened
one cell a line (``parallel_copies.target_then_actual``, as ``redundancy`` reads them).

A list marker opening the paragraph ((一)…, (二)…) numbers the paragraph, not the sentence: it is left out
of the words compared.

And the sentence that closes a section said again to open the next (``carried_sentences``).
"""

from __future__ import annotations

import re

from ..findings import Finding
from ..numbers.sentences import split_sentences
from ..report import Location, Report
from .copied_closings import sentence_copy, taken_places, within
from .numbering import marker_level
from .parallel_copies import (
    duties_twice,
    in_duty_list,
    parallel_labels,
    separate_documents,
    target_then_actual,
)

__all__ = ["carried_sentences", "copied_sentences"]

MIN_HAN = 20  # with two figures: a sentence of one fact
MIN_HAN_PLAIN = 30  # with none: longer than stock wording of how funds are managed
# shorter, a copy may be a formula: a sentence of the unit's duties said in two duty lists (their statutory
# wording), or one said in two parallel sections (the same label opening each, under its own heading)
FORMULA_HAN = 45
MIN_OWN = 8  # Chinese characters of its own a paragraph holds beside the sentence
MAX_CHARS = 400  # longer is a list run into one sentence, not a sentence pasted whole (and its tails cost)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_MARKS = re.compile(r"[\s，,。；;！？!?、：:“”\"'‘’]")
_ENDS = "。！？!?"
_CLAUSE = re.compile(r"，|,(?!\d)")  # not a thousands separator (1,200)
# what names the sentence a target or a plan (年度目标：, 计划, 预期): the same words as done are no copy
_AIM = re.compile(r"(?:目标|计划|预期|拟|预计|任务)[^。！？!?]{0,6}[:：为是]?\s*$")
# a document cited (《…》, 某财农〔2023〕19号): a fund's source is named again where it is detailed
_CITES = re.compile(r"《|[〔【\[［(（]\s*(?:19|20)\d\d\s*[〕】\]］)）]\s*\d+\s*号")
_Place = tuple[int, int, int]  # unit index, start, end
_LEAD = re.compile(r"\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.](?!\d))\s*")


def copied_sentences(report: Report, reported: list[Finding]) -> list[Finding]:
    """One finding per sentence said inside two or more paragraphs, at its second place."""
    units = list(report.units())
    places: dict[str, list[tuple[_Place, bool]]] = {}
    for i, unit in enumerate(units):
        text = unit.text
        if unit.kind != "paragraph" or "|" in text or "\t" in text:
            continue
        own = _wide(_MARKS.sub("", text))
        for s in split_sentences(text):
            body = s.text.rstrip()
            if len(body) > MAX_CHARS or not body.endswith(tuple(_ENDS)) or _CITES.search(body) \
                    or (len(body) < MIN_HAN_PLAIN and len(_FIGURE.findall(body)) < 2):
                continue  # (a sentence too short to count: its tails are shorter still)
            # the sentence, and its tails after each comma: a sentence pasted after another's opening clause
            # (a list marker opening it numbers the paragraph, not the sentence: (一)… and (二)… say it alike)
            lead = _LEAD.match(body)
            cuts = [lead.end() if lead else 0, *(m.end() for m in _CLAUSE.finditer(body, lead.end() if lead else 0))]
            clauses = [_MARKS.sub("", body[a:b]) for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)]
            wide, counted = [_wide(c) for c in clauses], [len(_FIGURE.findall(c)) for c in clauses]
            han, figures = sum(wide), sum(counted)
            for k, cut in enumerate(cuts):
                if k:  # the tail after the k-th comma: the clause before it taken off
                    han, figures = han - wide[k - 1], figures - counted[k - 1]
                if han < (MIN_HAN if figures >= 2 else MIN_HAN_PLAIN):
                    break  # the tails after it are shorter still
                if own - han >= MIN_OWN and not _AIM.search(text, max(0, s.start + cut - 12), s.start + cut):
                    key = "".join(clauses[k:])
                    places.setdefault(key, []).append(((i, s.start + cut, s.start + len(body)), k == 0))
    taken = taken_places(reported)
    out = []
    for key, found in places.items():
        spots = [p for p, _ in found]
        if len({i for i, _, _ in spots}) < 2 or not any(whole for _, whole in found):
            continue
        at = [units[i].at(s, e) for i, s, e in spots]
        blocks = [Location(block=loc.block) for loc in at]
        if len({_MARKS.sub("", units[i].text) for i, _, _ in spots}) == 1 and target_then_actual(report, blocks):
            continue  # a form's target and actual cells alike, flattened a cell a line: the paragraph is said twice by design
        if any(within(loc, taken) for loc in at) or duties_twice(report, blocks) or separate_documents(report, blocks):
            continue  # (the unit's duties in the form and the narrative, two notices' own clauses: ``parallel_copies``)
        if _wide(key) < FORMULA_HAN and (all(in_duty_list(report, loc.block) for loc in at)
                                         or parallel_labels(report, [loc.block for loc in at])):
            continue  # a short sentence of the duties in two duty lists, or of two parallel sections: a formula
        out.append(sentence_copy(report, at, "这句{n}字的话连同其中的数字在不同段落中一字不差，多为复制粘贴",
                                 "保留该句所属的一处，另一处删去或改写为该部分自己的内容", "redundancy.copied_sentence"))
    return out


def _wide(text: str) -> int:
    """The characters outside ASCII: the Chinese ones of a text its marks are taken out of (a full-width
    digit counts too; a threshold's count, told without a pattern at every character)."""
    return len(text) - len(text.encode("ascii", "ignore"))


MIN_CARRIED = 15  # Chinese characters: shorter closings (确保资金安全。) recur by design
_HEADING_LINE = 30  # a numbered heading is a short line; a longer one is an item of a list


def carried_sentences(report: Report, reported: list[Finding]) -> list[Finding]:
    """The sentence that closes a section said again to open the next one (only a numbered heading
    between): …发放率100%。资金要求专款专用、据实列支。 二、资金使用范围 资金要求专款专用、据实列支，用于….

    Premise: a writer who opens a section with the sentence that closed the one before carried it over
    when writing the next heading's text; the reader meets it twice in a row, and the report needs it
    once. Only narrative: the closing paragraph holds other sentences too, the sentence has fifteen or
    more Chinese characters and no figure, and the line between is a numbered heading (二、…, （二）…) —
    a form's label line between (实际完成情况) is a target and its actual with the same words, no copy."""
    units = list(report.units())
    taken = taken_places(reported)
    out = []
    for k in range(len(units) - 2):
        closing, heading, opening = units[k], units[k + 1], units[k + 2]
        if opening.text.lstrip()[:MIN_CARRIED] not in closing.text:
            continue  # (told first: the next paragraph does not open with words of this one)
        if any(u.kind == "cell" or "|" in u.text or "\t" in u.text for u in (closing, heading, opening)) \
                or marker_level(heading.text) is None or len(heading.text.strip()) > _HEADING_LINE:
            continue
        sentences = split_sentences(closing.text)
        if len(sentences) < 2:
            continue
        last = sentences[-1].text.strip()
        said = last.rstrip("。！？!?；; \u3000")
        if not said or not last.endswith(tuple(_ENDS)) or _FIGURE.search(said) or _wide(_MARKS.sub("", said)) < MIN_CARRIED:
            continue
        lead = len(opening.text) - len(opening.text.lstrip())
        if not opening.text.startswith(said, lead):
            continue
        at_close = closing.text.rindex(said)
        at = [closing.at(at_close, at_close + len(said)), opening.at(lead, lead + len(said))]
        if any(within(loc, taken) for loc in at):
            continue
        out.append(sentence_copy(report, at, "上一节末句（{n}字）在下一节开头又写了一遍",
                                 "删去其中一处", "redundancy.carried_sentence"))
    return out
