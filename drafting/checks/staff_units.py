"""Staff in post above the posts of one of the unit's parts: 核定编制247人，其中局本级25人、二级机构222人 …
在编在岗232人，其中局本级26人 — the whole fits its posts, the 局本级 does not.

Why: a department counts its posts and its staff by the same parts (局本级 and its 二级机构, 机关 and 事业单位),
and each part's staff are held against its own posts, as the whole's are (``staffing``). Premises, precision
first: a sentence giving the authorised posts (编制) and one giving the staff 在编 (in post by definition:
staff outside the posts, 临聘 or 劳务派遣, are never 在编, so naming them explains nothing here), each with a 其中
list of its parts, in one paragraph; a part named alike in both lists (the same words) whose 在编 count is above
its posts is reported. Parts named only once, or in words that differ, are not paired.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["part_over_posts"]

_POSTS = re.compile(r"编制(?<![行政事业工勤参公]编制)(?:数|总数|人数)?\s*[:：]?\s*(?:为|共|是)?\s*\d{1,6}\s*[人名个]")
_IN_POST = re.compile(r"在编(?:在岗|在职)?(?:人员|人数|职工)?\s*[:：]?\s*(?:为|共|是)?\s*\d{1,6}\s*[人名]")
_LIST = re.compile(r"\s*[,，]?\s*其中\s*[:：]?")
_ITEM = re.compile(r"\s*[,，、;；]?\s*([\u4e00-\u9fff]{2,8}?)\s*(?:为|有)?\s*(\d{1,5})\s*[人名个]")


def _parts(text: str, at: int) -> dict[str, tuple[int, int, int]]:
    """The 其中 list right after ``at``: each part's name → (count, start, end of the count)."""
    m = _LIST.match(text, at)
    if m is None:
        return {}
    out: dict[str, tuple[int, int, int]] = {}
    pos = m.end()
    while (item := _ITEM.match(text, pos)) is not None:
        out.setdefault(item.group(1), (int(item.group(2)), item.start(2), item.end(2)))
        pos = item.end()
    return out


def part_over_posts(report: Report, units: list[TextUnit]) -> list[Finding]:
    out: list[Finding] = []
    for unit in units:
        text = unit.text
        if "在编" not in text or "编制" not in text or text.count("其中") < 2:
            continue
        posts = [p for m in _POSTS.finditer(text) if (p := _parts(text, m.end()))]
        staff = [p for m in _IN_POST.finditer(text) if (p := _parts(text, m.end()))]
        if len(posts) != 1 or len(staff) != 1:
            continue  # two years' or two kinds' figures: which list answers which is not told
        for name, (n, a, b) in staff[0].items():
            if name in posts[0] and n > (limit := posts[0][name][0]):
                pa, pb = posts[0][name][1:]
                out.append(Finding(
                    kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
                    message=f"{name}在编{n}人，多于其核定编制{limit}人",
                    location=FindingLocation.of(report, unit.at(a, b)),
                    related=[FindingLocation.of(report, unit.at(pa, pb))],
                    evidence=f"编制和在编人数按同样的部分列出：{name}编制{limit}人，在编{n}人；在编人员都占编制",
                    suggestion=f"核对{name}的编制数和在编人数；如确已超编，说明原因", rule="staffing.part_over_posts"))
    return out
