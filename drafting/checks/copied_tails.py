"""A sentence's closing words said word for word at the end of a sentence in another paragraph, each
sentence opening its own way: …，营造全社会…良好风尚，激发…提供广阔舞台。 under 项目基本情况 and again
after 效益指标全部完成，通过项目实施 under 效益指标.

Part of the duplicate checks. Why apart from ``copied_sentences`` and ``copied_closings``: there one
copy is a whole sentence, or the copies agree from the first comma on and state results done (…了);
here both sentences were edited at their openings, so they agree only from somewhere inside, and the
pasted words need not say 了. Premise: thirty Chinese characters and more said alike to a sentence's
end, with no figure in them, are one writer's wording — stock phrases of how funds are managed or what
a target promises are shorter (各类生产经营性安全事故指标在市政府控制指标范围内: 24; over pools 55-67,
the dev corpus and the fixtures no pair of 25 to 29 is text of a report) — and two paragraphs do not
arrive at them apart (主要使用于政法委及维稳办开展…等工作 said in 项目基本情况 and again in 项目使用情况:
37). Left: table cells and bar-separated lines (planned and actual columns say the same), copies inside
one paragraph (``repeated_sentences``), a target and its outcome told in the same words (one sentence
opening as a target, 年度目标：…, the other not), a shorter tail in two duty lists or two parallel sections (as ``copied_sentences``), a line that ends
no sentence (a form's row flattened onto one line: 主管部门 某某街道办事处 实施单位 …),
a page's navigation (首页>政务公开>…>决算, the site's, not the
report's), text another finding reports, and two paragraphs another finding already reports as sharing
a sentence (one paste, one finding).
"""

from __future__ import annotations

import re

from ..findings import Finding
from ..numbers.sentences import split_sentences
from ..report import Location, Report
from .copied_closings import sentence_copy, taken_places, within
from .copied_sentences import FORMULA_HAN
from .parallel_copies import in_duty_list, parallel_labels, separate_documents

__all__ = ["copied_tails"]

MIN_HAN = 30  # as ``copied_sentences``' sentence with no figure: longer than stock wording
_BUCKET = 12  # the closing characters a tail is first sorted by (a cheap first test of two sentences)
_KEEP = re.compile(r"[^\s，,。；;！？!?、：:“”\"'‘’]")  # what is compared: the words, not the marks or blanks
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
_ENDS = ("。", "！", "？", "!", "?", "；", ";")
_NAVIGATION = re.compile(r">[^>]*>")  # 首页>政务公开>…: the site's path to the page
_AIM = re.compile(r"目标|计划|预期|预计")  # a sentence opening as a target (年度目标：…) promises, the other tells


def copied_tails(report: Report, reported: list[Finding]) -> list[Finding]:
    """One finding per pair of paragraphs whose sentences close alike, at the second place."""
    units = list(report.units())
    buckets: dict[str, list[tuple[int, int, str, list[int]]]] = {}  # unit index, sentence start, words, their offsets
    for i, unit in enumerate(units):
        if unit.kind != "paragraph" or "|" in unit.text or "\t" in unit.text:
            continue
        for s in split_sentences(unit.text):
            at = [m.start() for m in _KEEP.finditer(s.text)]
            words = "".join(s.text[k] for k in at)
            if len(words) >= MIN_HAN and s.text.rstrip().endswith(_ENDS):  # a sentence, not a form's row run on
                buckets.setdefault(words[-_BUCKET:], []).append((i, s.start, words, at))
    taken = taken_places(reported)
    paired = [{p.location.block for p in (f.location, *f.related)} for f in reported]
    out, told = [], set()
    for found in buckets.values():
        for a, (i, s1, w1, at1) in enumerate(found):
            for j, s2, w2, at2 in found[a + 1:]:
                n = _shared_end(w1, w2)
                tail = w1[len(w1) - n:]
                if i == j or tail in told or _DIGIT.search(tail) or len(_HAN.findall(tail)) < MIN_HAN \
                        or n in (len(w1), len(w2)) or _NAVIGATION.search(units[i].text):
                    continue  # (a whole sentence said again is ``copied_sentences``')
                if any({units[i].location.block, units[j].location.block} <= blocks for blocks in paired):
                    continue  # the two paragraphs' paste is reported already
                if bool(_AIM.search(w1, 0, len(w1) - n)) != bool(_AIM.search(w2, 0, len(w2) - n)):
                    continue  # a target and its outcome in the same words: planned and done, no paste
                blocks = [units[i].location.block, units[j].location.block]
                if len(_HAN.findall(tail)) < FORMULA_HAN and (all(in_duty_list(report, b) for b in blocks)
                                                              or parallel_labels(report, blocks)):
                    continue  # the duties' statutory wording in two duty lists, or two parallel sections' formula
                if separate_documents(report, [Location(block=b) for b in blocks]):
                    continue  # two notices printed together, each with its own clause
                locs = [units[i].at(s1 + at1[len(w1) - n], s1 + at1[-1] + 1),
                        units[j].at(s2 + at2[len(w2) - n], s2 + at2[-1] + 1)]
                if any(within(loc, taken) for loc in locs):
                    continue
                told.add(tail)
                out.append(sentence_copy(report, locs, "两个段落中句子的后半部分（{n}字）一字不差，多为复制粘贴",
                                         "保留该表述所属的一处，另一处改写为该部分自己的内容或删去",
                                         "redundancy.copied_tail"))
    return out


def _shared_end(a: str, b: str) -> int:
    """How many closing characters two texts share."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
