"""行政工勤: an office's worker posts, counted within its 行政 posts where the posts' own breakdown says so.

Why: 行政编制10人（含行政工勤编制1人）…实有行政人员12人（含行政工勤人员1人）: the staff's breakdown names
工勤, which elsewhere marks 行政人员 that count another kind's people (and so are not compared with the 行政
posts); but here the posts include the same 行政工勤, so both figures count alike and 12 above 10 stands.
Where the posts do not say they include them (行政编制25名，行政工勤编制4名) nothing changes: the 行政人员
may count the 工勤 apart from the 行政 posts.
"""

from __future__ import annotations

import re

__all__ = ["included_office_workers"]

# the 行政 posts' own breakdown, opening right after their figure: （含行政工勤编制1人） / （其中：行政工勤编制1名）
_BREAKDOWN = re.compile(r"\s*[（(]\s*(?:含|包括|包含|其中\s*[:：]?)[^）)。；;]{0,12}?行政工勤编制")


def included_office_workers(text: str, posts: list[re.Match[str]]) -> list[re.Match[str]]:
    """The 工勤 posts (matches among ``posts``, whose group 1 is the kind) that lie inside a 行政 posts
    figure's own breakdown of 行政工勤: parts of the 行政 posts, not a kind beside them. Empty where no
    行政 figure says it includes them."""
    spans = []
    for m in posts:
        if m.group(1) == "行政" and (b := _BREAKDOWN.match(text, m.end())):
            close = min((i for i in (text.find("）", b.end()), text.find(")", b.end())) if i >= 0), default=len(text))
            spans.append((b.start(), close))
    return [m for m in posts if m.group(1) == "工勤" and text[max(0, m.start() - 2):m.start()] == "行政"
            and any(a <= m.start() < z for a, z in spans)]
