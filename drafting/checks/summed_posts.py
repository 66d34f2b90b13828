"""A unit's posts given only by kind (局机关定行政编制10名，全额拨款事业编制36名，实有在岗人数33名): with no total
of posts written, the kinds' sum is the unit's posts, and its staff in post are held against it as against a
total (``staffing``).

Premises, precision first: every posts figure of the paragraph is one of its 行政/事业/工勤编制 figures, each kind
named once (two figures of one kind are two bodies' posts: 机关行政编制10名，派出所行政编制20名), none inside
another (行政编制10人（含工勤编制1人）, 其中工勤编制2名), and no total is written; the staff figure comes after
the posts and names no kind (实有人数, 实有干部职工; staff by kind are ``staffing``'s kind check's). Any other
kind of posts (政法专项编制, 参公编制) is a posts figure that is none of these: the sum is then not read.
"""

from __future__ import annotations

import re

__all__ = ["summed_posts"]

# any posts figure, whatever its kind: 编制10名, 政法专项编制 20 名, 编制数：8 — or a figure left blank or masked
# (编制XX名, 编制**名): a kind whose posts are not told leaves the sum unknown
_ANY_POSTS = re.compile(r"编制(?:核定数|核定|数|总数|人数)?\s*[:：]?\s*(?:为|共计|合计|总计|共|是)?\s*(?:\d|[XxＸｘ×*＊某])")
_INSIDE = re.compile(r"其中|含|包括")


def summed_posts(text: str, kinds: list[re.Match[str]]) -> int | None:
    """The sum of ``kinds`` (``staffing``'s kind-of-posts matches in ``text``, figure in group 2) where they
    are all the paragraph's posts, each kind once and none inside another; None otherwise."""
    if len(kinds) < 2 or len({m.group(1) for m in kinds}) != len(kinds):
        return None
    if len(_ANY_POSTS.findall(text)) != len(kinds) or _INSIDE.search(text, kinds[0].start(), kinds[-1].end()):
        return None
    figures: list[int] = [int(re.sub(r"\D", "", m.group(2))) for m in kinds]  # (the figure and its 人/名/个)
    return sum(figures)
