"""The category a money figure of the text is stated in: its container and its frame.

Part of the narrative check (see ``text`` and ``restated``): the same label stated twice is one metric
only when both statements are in one category. What a reader sees of it, each a general premise:

* the container — the innermost heading above, or a lead-in (a line ending with a colon: 上年情况如下：)
  or a title line (short, without a sentence's marks or a figure in money) after it, and the numbered
  item it stands in (（1）甲项目… / （2）乙项目…);
* the frame words its paragraph says before it — years and 上年/本年, months, quarters, half-years,
  累计 and 以来, batches and phases, budget stages (预算, 决算, 实际, 调整, 追加, 计划, 目标) — those of the
  lines that run on into the paragraph (a line a PDF's page width or a page break cut), and those of
  a bracket right after it (7.5万元（决算数）);
* the topic — a sentence opening with 基本支出方面：, 财政拨款资金情况。, 从收入看，, 收入决算中，, 县本级：
  states the figures after it for that topic, and so do the sentences and paragraphs after it until
  another topic, item or container; a paragraph opening with a short title sentence (乡村道路养护。)
  is about that title; a sentence opening with 其中 lists the parts of the whole the text before ends with.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from ...numbers.textnorm import fold_width
from ...report import Heading, Paragraph, Report
from .grid import norm

__all__ = ["Frames", "containers"]

# a paragraph (or a line on its own) that opens a numbered item: 1. / （1） / (1) / ① / 一、 / 一是
_ITEM_MARK = re.compile(r"^\s*(?:\d+[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳]|[一二三四五六七八九十]+[、是])")
# what a figure's paragraph says before it of the frame it is stated in: its year (or 上年/本年, a month,
# a quarter or half-year, 累计 or 以来), its batch or phase, and its budget stage (预算, 决算, 实际, 调整,
# 追加, 计划, 目标)
# (it opens with one character class, which ``re`` skips to in C, each branch told by the character
# read, in the order the branches were tried: branches opening with a group or a class had every
# branch tried at every character)
_FRAME = re.compile(r"[\d上去同本当今年下一二三四五六七八九十第累以预决实调追计目](?:(?<=1)9\d{2}|(?<=2)0\d{2}"
                    r"|(?<=上)年|(?<=去)年|(?<=上)一年|(?<=同)期|(?<=本)年|(?<=当)年|(?<=今)年|(?<=年)初|(?<=年)末"
                    r"|(?<=年)中|(?<=上)半年|(?<=下)半年|(?<=\d)\d*月|(?<=[一二三四1-4])季度"
                    r"|(?<=第)[一二三四五六七八九十\d]+(?:批次?|期)|(?<=[一二三四五六七八九十\d])[一二三四五六七八九十\d]*(?:批次?|期)"
                    r"|(?<=累)计|(?<=以)来|(?<=预)算|(?<=决)算|(?<=实)际|(?<=调)整|(?<=追)加|(?<=计)划|(?<=目)标)")
_NOTE = re.compile(r"\s*[（(]([^（()）]{1,16})[)）]")  # a bracket right after a figure: 7.5万元（决算数）
_WORD = r"[^\s，,。；;：:！？!?]"
# a topic a sentence opens with (after an item's number, if any): a phrase closed by 方面/情况/看, an
# aspect closed by 中/上 (收入决算中，, 在项目支出上，) or a label closed by a colon (县本级：, 城关镇：)
_TOPIC = re.compile(r"\s*(?:\d+[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是])?\s*"
                    rf"(?:({_WORD}{{2,16}}?(?:方面|情况|看))[，,。：:]|({_WORD}{{2,14}}[中上])[，,]"
                    rf"|([^\s，,。；;：:！？!?\d]{{2,16}})[：:])")
_TITLE_SENTENCE = re.compile(r"\s*([^\s，,。；;：:！？!?\d]{2,12})。")  # a paragraph's short title: 乡村道路养护。
_SENTENCE_START = re.compile(r"(?:^|[。；;！？!?])")
_PARTS = re.compile(r"\s*其中")  # a sentence listing the parts of the whole before it
# where a clause ends: a mark, but no comma between two digits (1,500万元)
_CLAUSE_END = re.compile(r"[，：:；;。！？!?]|,(?!\d)|(?<!\d),")
_ENDED = re.compile(r"[。；;！？!?…][”’」』）)]*\s*$")  # a paragraph that ends its sentence
_OPEN_MARKS = re.compile(r"[。；;！？!?，,]")
_MONEY = re.compile(r"\d\s*[万亿千百]?元")


def _opens_container(text: str) -> bool:
    """A lead-in (a line ending with a colon: 上年情况如下：) or a title line (short, no sentence's marks,
    no figure in money: 表1 2022年度收入支出决算表（单位：万元）) names what the lines after it tell, as a
    heading does."""
    t = text.strip()
    return t.endswith(("：", ":")) or (0 < len(t) <= 40 and not _OPEN_MARKS.search(t) and not _MONEY.search(t))


def _topics(text: str, before: str, opens: bool, topic: str) -> tuple[list[tuple[int, str]], str]:
    """(place, topic) of each sentence of a text that opens with a topic (``_TOPIC``), and the topic in
    force at its end (``topic``: the one it inherits). A sentence opening with 其中 lists the parts of
    the whole the text before it ends with: its topic is that whole, for that sentence only. ``opens``:
    the text starts a sentence (not a line that runs on), and may open with a title sentence."""
    out: list[tuple[int, str]] = []
    parts = False  # the sentence before was a list of parts: the topic before it comes back
    for m in _SENTENCE_START.finditer(text):
        at = m.end()
        if at == 0 and not opens:
            continue
        if _PARTS.match(text, at) and (whole := _last_clause(text[:at] if at else before)):
            out.append((at, f"其中:{whole}"))
            parts = True
        elif found := _TOPIC.match(text, at) or (_TITLE_SENTENCE.match(text, at) if at == 0 else None):
            topic, parts = next(g for g in found.groups() if g), False
            out.append((at, topic))
        elif parts:
            out.append((at, topic))
            parts = False
    return out, topic


def _last_clause(text: str) -> str:
    """The last clause of a text, without its marks (…，全年部门支出合计1,500万元。 → 全年部门支出合计1,500万元)."""
    body = text.rstrip(" \u3000\t，,：:；;。！？!?")
    ends = [m.end() for m in _CLAUSE_END.finditer(body)]
    return norm(body[ends[-1] if ends else 0 :])


class Frames:
    """The frame of each figure of a text: the ``_FRAME`` words of the text that runs on into it and of
    its own text before the figure, and its topic (the last one opened before it, else the one the
    text inherits). Two statements of one label in two frames (2022年… / 2023年…, 年初预算… / 调整后…,
    第一批 / 第二批, 基本支出方面 / 项目支出方面) are two metrics.

    The frame words are found when a figure first asks (``before``): every paragraph gets its frames,
    and few state a money figure the narrative check compares (about ten of the sample's 212), while the text
    that runs on into a paragraph can be many paragraphs long."""

    def __init__(self, text: str, flow: str = "", topic: str = "", topics: list[tuple[int, str]] | None = None) -> None:
        self._text, self._flow = text, flow
        self.topic = topic
        self.topics = topics or []
        self.places = [p for p, _ in self.topics]

    @cached_property
    def base(self) -> frozenset[str]:
        """The frame words of the text that runs on into this one."""
        return frozenset(x.group() for x in _FRAME.finditer(fold_width(self._flow)))

    @cached_property
    def words(self) -> list[tuple[int, str]]:
        """(end, word) of each frame word of the text itself."""
        return [(x.end(), x.group()) for x in _FRAME.finditer(fold_width(self._text))]

    @cached_property
    def ends(self) -> list[int]:
        return [e for e, _ in self.words]

    @staticmethod
    def noted(text: str, end: int) -> frozenset[str]:
        """The frame words of a bracket right after a figure, which says what it is: 9.69万元（年初预算数）."""
        note = _NOTE.match(text, end)
        return frozenset(x.group() for x in _FRAME.finditer(fold_width(note.group(1)))) if note else frozenset()

    def before(self, at: int) -> frozenset[str]:
        k = bisect_right(self.places, at)
        topic = self.topics[k - 1][1] if k else self.topic
        words = self.base | {w for _, w in self.words[: bisect_right(self.ends, at)]}
        return words | {f"topic:{topic}"} if topic else words


def containers(report: Report) -> list[tuple[str, str, Frames | None]]:
    """Each block's container (heading or lead-in or title line; numbered item) and, for a paragraph,
    the frames of its figures. A label is the same metric only inside one container: under two headings,
    or two items of a list, it is each one's own (（1）甲项目…项目全年预算数 / （2）乙项目…项目全年预算数); a
    number alone on its line opens the item the next lines tell (“(1)⏎甲项目…”)."""
    out: list[tuple[str, str, Frames | None]] = []
    heading, item, flow, topic, before = "", "", "", "", ""
    for k, block in enumerate(report.blocks):
        if isinstance(block, Heading):
            heading, item, flow, topic = f"{k}:{norm(block.text)}", "", "", ""
        if not isinstance(block, Paragraph):
            out.append((heading, item, None))
            flow, before = "", ""
            continue
        if mark := _ITEM_MARK.match(block.text):
            item, flow, topic = f"{k}:{mark.group().strip()}", "", ""
        topics, after = _topics(block.text, before, not flow, topic)
        out.append((heading, item, Frames(block.text, flow, topic, topics)))
        topic = after
        if _opens_container(block.text) and not mark:
            heading, flow, topic = f"{k}:{norm(block.text)}", "", ""
        else:
            flow = "" if _ENDED.search(block.text) else flow + block.text
        before = block.text
    return out
