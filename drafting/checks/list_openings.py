"""Where a text opens, for the numbering check's late starts: whether a list's first item stands
before its second, whether the text is a report from its title or an excerpt cut inside one.

Part of the structure check (``numbering`` asks). Why apart: public texts are excerpts cut anywhere —
a page of a PDF, a section of a web page — and a list whose first items lie before the cut did not
start late; these are the questions that tell a cut from a lost item.
"""

from __future__ import annotations

import re

from ..report import Heading, Report, TextUnit

__all__ = ["opens_in_body", "opens_mid_sentence", "opens_on_a_later_page", "opens_with_title", "previewed", "seen_before",
           "written_before"]

# the first item of each family where a list may stand: bracketed items anywhere (a run-together
# outline); others where a cell or line starts, after a colon or full stop (报告如下:一、部门概况), or
# glued after a page title and its page number (…監控報告1一、項目支出基本情況)
_FIRST = {"一、": re.compile("(?:^|[\\s|｜:：。；;\\d]|[报報]告)一[、．]"), "（一）": re.compile("[（(]一[）)]"),
          "1、": re.compile(r"(?:^|[\s|｜:：。；;])1(?:[、．]|\.(?!\d))"), "（1）": re.compile("[（(]1[）)]")}
_SENTENCE_END = re.compile(r"[。；;！？!?]")
# a page number alone on the text's first line: 12, - 12 -, —12—, 第12页
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—－–·•]\s*)?(?:第\s*)?(\d{1,3})\s*(?:页|[-—－–·•])?\s*$")


def _first_block(report: Report) -> object:
    """The text's first block with any text (a table counts as text)."""
    return next((b for b in report.blocks if getattr(b, "text", "x").strip()), None)


def seen_before(report: Report, family: str, unit: TextUnit, start: int) -> bool:
    """Whether the first item of ``family`` appears anywhere before ``unit``'s offset ``start`` (a list
    may continue after a table or a stray line)."""
    pattern = _FIRST[family]
    for u in report.units():
        if u.location == unit.location:
            return bool(pattern.search(u.text[:start]))
        if pattern.search(u.text):
            return True
    return False


def opens_with_title(report: Report) -> bool:
    """The text's first block is its title: the report from its start, not an excerpt cut inside it,
    so a list that starts at its third item or later (（三） after the title's text) lost its first
    items rather than lying past a cut (a list starting at its second item is read so either way)."""
    first = _first_block(report)
    return isinstance(first, Heading) and first.level == 0 and "报告" in first.text


def opens_on_a_later_page(report: Report) -> bool:
    """The text's first line is a page number above 1 (12, —12—): a page cut from the middle of a
    document, whose lists began on pages before it."""
    first = _first_block(report)
    m = _PAGE_NUMBER.match(getattr(first, "text", ""))
    return m is not None and int(m.group(1)) > 1


def written_before(report: Report, unit: TextUnit, start: int) -> bool:
    """Whether running text (a sentence) comes before ``unit``'s offset ``start``: public texts are
    excerpts cut anywhere, and one that opens with its second section (a page's header lines at most
    before it, no numbered line) was cut there."""
    for u in report.units():
        if u.location == unit.location:
            return bool(_SENTENCE_END.search(u.text[:start]))
        if _SENTENCE_END.search(u.text):
            return True
    return False


# a sentence's tail: a few words and its full stop (人员增加。), or a word or mark that never opens one (的, 及, ，)
# (not 和, 与, 地, 得: place names open with them — 和平县, 得荣县)
_TAIL = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,6}[。；;]|[的及等，,、。；;）)])")


def opens_mid_sentence(report: Report) -> bool:
    """The text's first line is a fragment — the tail of a sentence (six Chinese characters at most
    before its full stop, more text after it on the line) or a word that cannot open one — with no
    title: an excerpt cut inside a sentence, so inside a document whose lists began before it. A whole
    opening sentence (现将…说明如下。) is longer than a tail."""
    first = _first_block(report)
    text = getattr(first, "text", "")
    m = _TAIL.match(text)
    return not isinstance(first, Heading) and m is not None and bool(text[m.end():].strip())


# a report opens with its title or a page's header lines; a first line of running text (a sentence closed, thirty
# characters or more) that names no report is the body of a section whose heading lies before the cut
_BODY_LINE = 30
_TITLE_WORDS = re.compile(r"[报報]告|自评表|自評表|评价表|評價表")


def opens_in_body(report: Report) -> bool:
    """The text's first line is running text, not a title: an excerpt that starts inside a section
    (2021年度,我县福彩公益金总收入…。 … 二、体彩公益金收支情况), whose first item lies before the cut."""
    first = _first_block(report)
    line = getattr(first, "text", "").strip().split("\n", 1)[0]
    return not isinstance(first, Heading) and len(line) >= _BODY_LINE and bool(_SENTENCE_END.search(line)) \
        and not _TITLE_WORDS.search(line)


# a document-sharing site's partial preview: its notice (…由会员分享,可在线阅读…) or its elision of the pages not shown
_PREVIEW = re.compile(r"由会员分享|可在线阅读|在线阅读全文|预览已结束|试读已结束|下载文档查看全文|部分预览|请自行甄别文档内容的完整性"
                      r"|[（(]\d+页(?:珍藏版)?[）)]")


def previewed(report: Report) -> bool:
    """The text is a document site's partial preview: pages are left out of it, so a list's first items
    may be among them."""
    return _PREVIEW.search(report.plain_text()[:2000]) is not None
