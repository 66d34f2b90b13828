"""A numbered heading that lost its last character (三、项目实施及管理情 where the report's other headings end in
情况: 二、项目资金申报及使用情况).

Why: a heading's title ends with a whole word, and a report's headings share their last words (…情况, …目标,
…分析). Where the word route leaves the title's last character alone, and with one more character it makes
the common word that ends another heading of the same report, the title was cut mid-word — a slip of the
hand, or a line that lost its end. Not at the text's very end (the cut-off last line of an excerpt), and
not where the next line opens with the missing characters (a title broken over two lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .lexicon import COMMON, lexicon

__all__ = ["cut_headings"]

# a heading's number (三、 / （二） / 2.), then its title of Chinese characters alone, at most a stop or a colon after it
_HEADING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))"
                      r"[ \t\u3000]*([\u4e00-\u9fff]{4,30})[ \t\u3000。.:：]*")


def cut_headings(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    titles = [(i, m) for i, u in enumerate(units) if (m := _HEADING.fullmatch(u.text))]
    if len(titles) < 2:
        return
    routes = lex.routes([m[1] for _, m in titles])
    ends: dict[str, int] = {}  # the word that ends a heading's title -> that heading's number among ``titles``
    for k, (_, m) in enumerate(titles):
        s, e = routes[m[1]][1][-1]
        if e - s >= 2 and lex.freq(m[1][s:e]) >= COMMON:
            ends.setdefault(m[1][s:e], k)
    last = max((i for i, u in enumerate(units) if u.text.strip()), default=-1)
    for k, (i, m) in enumerate(titles):
        title = m[1]
        s, e = routes[title][1][-1]
        if e - s != 1 or i == last:
            continue
        whole = [w for w, j in ends.items() if w[0] == title[-1] and j != k]
        following = units[i + 1].text.lstrip() if i + 1 < len(units) else ""
        if len(whole) != 1 or following.startswith(whole[0][1:]):
            continue
        word = whole[0]
        yield Finding(
            kind=Kind.TYPO, severity=Severity.WARNING,
            message=f"疑似漏字：标题“{title[-4:]}”应为“{title[-4:]}{word[1:]}”",
            location=FindingLocation.of(report, units[i].at(m.start(1), m.end(1))),
            evidence=f"标题以单字“{title[-1]}”结尾，不成词；报告中其他标题以“{word}”结尾",
            suggestion=f"在“{title[-1]}”后补上“{word[1:]}”", rule="language.dropped")
