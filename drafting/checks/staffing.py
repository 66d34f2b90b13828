"""Staffing relations: people in post (实有) above the authorised posts (编制).

Why: the 人员情况 paragraph is copied from year to year and its figures drift apart; a unit with 14
authorised posts and 29 staff in post is either wrong or needs the explanation a reviewer will ask
for. Units often employ staff outside their posts (编外, 聘用, 临聘, 辅警, 公益性岗位): when the same
paragraph says so, or counts at least the excess as paid from the unit's own money (单位资金保障), 实有
above 编制 is expected and nothing is flagged.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["check_staffing"]

_N = r"(\d{1,6}\s*(?:人|名))"
# the total of authorised posts: 编制14人, 核定编制14名, 编制数为14人 (not 行政编制/事业编制, which are parts)
_POSTS = re.compile(r"(?<![行政事业工勤参公])编制(?:数|总数|人数)?\s*[:：]?\s*(?:为|共|是)?\s*" + _N)
_IN_POST = re.compile(r"实有(?:人员|人数|在职人员|在编人员)?\s*[:：]?\s*(?:为|共|是)?\s*" + _N)
# 实有 counted with the retired (年末实有266人，其中在职人员143人，离休1人，退休122人): the staff in post
# are the 在职 part, and only they hold posts
_IN_SERVICE = re.compile(r"\s*[,，、;；]?\s*其中\s*[:：]?\s*(?:在职|在编|在岗)(?:在编)?(?:人员|人数|职工)?\s*(?:为|共|是)?\s*" + _N)
_FIELD_LINE = 30  # a 标签：值 line of a form copied as text: 编制人数：35人 / 实有人数：38人 a line or two apart
_OUTSIDE_POSTS = re.compile(r"编外|聘用|临聘|聘请|合同制|劳务|派遣|公益性岗位|辅警|协管|借调|购买服务|临时|见习|顶岗|离退休")


# staff paid from the unit's own money (a hospital's 单位资金保障608人): no posts are needed for them
_SELF_FUNDED = re.compile(r"(?:单位资金|单位自有资金|自有资金|自筹资金|自收自支|非财政资金)(?:保障|负担|供给|支付)?(?:人员)?\s*[:：]?\s*"
                          + _N)


# retired staff counted in the same paragraph (实有人员43人（在职28人，退休15人）): a 实有 figure often
# counts them, and they hold no posts
_RETIRED = re.compile(r"(离退休|离休|(?<!离)退休)(?:人员|干部|职工)?\s*[:：]?\s*(?:为|共|是|有)?\s*" + _N)


def _retired(text: str) -> int:
    """The retired the text counts: 离休 + 退休, or 离退休 where it gives only the two together."""
    found = [(m.group(1), int(re.match(r"\d+", m.group(2)).group(0))) for m in _RETIRED.finditer(text)]  # type: ignore[union-attr]
    apart = sum(n for kind, n in found if kind != "离退休")
    return max([apart, *(n for kind, n in found if kind == "离退休")])


def _with_retired(text: str, in_post: re.Match[str]) -> bool:
    """Whether a staff figure may count the retired: a bare 实有 figure, not its 在职 part nor one said
    to be in post (在职实有29人, 实有在职人员)."""
    if in_post.re is not _IN_POST:
        return False
    return not re.search(r"(?:在职|在编|在岗)\S{0,2}$", text[max(0, in_post.start() - 4):in_post.start()]) \
        and not re.match(r"实有(?:在职|在编|在岗)", in_post.group(0))


def _count(m: re.Match[str]) -> int:
    return int(re.match(r"\d+", m.group(1)).group(0))  # type: ignore[union-attr]


def _in_post(text: str) -> re.Match[str] | None:
    """The staff in post: the 实有 figure, or its 在职 part where the 实有 figure counts the retired too."""
    m = _IN_POST.search(text)
    if m is None:
        return None
    part = _IN_SERVICE.match(text, m.end())
    return part or m


def _pairs(report: Report) -> list[tuple[TextUnit, re.Match[str], TextUnit, re.Match[str], str]]:
    """(posts' unit, match, in-post unit, match, the text that may explain) in one paragraph, or on
    short field lines at most three lines apart."""
    units = list(report.units())
    out = []
    for k, unit in enumerate(units):
        posts = _POSTS.search(unit.text)
        if not posts:
            continue
        if in_post := _in_post(unit.text):
            out.append((unit, posts, unit, in_post, unit.text))
        elif len(unit.text.strip()) <= _FIELD_LINE:
            near = units[k + 1:k + 4]
            for other in near:
                if len(other.text.strip()) <= _FIELD_LINE and (m := _in_post(other.text)):
                    out.append((unit, posts, other, m, "".join(u.text for u in units[k:k + 6])))
                    break
    return out


def check_staffing(report: Report) -> list[Finding]:
    """实有 above 编制 in the same paragraph (or a form's neighbouring field lines), unless the text
    names staff outside the posts."""
    out = []
    for p_unit, posts, unit, in_post, around in _pairs(report):
        if _count(in_post) <= _count(posts):
            continue
        if unit is p_unit and _count(in_post) <= sum(_count(m) for m in _POSTS.finditer(unit.text)):
            continue  # 机关编制10人，下属单位编制20人，全局实有28人: posts of several units, staff of them all
        outside = _OUTSIDE_POSTS.search(around.replace("离退休人员", ""))
        excess = _count(in_post) - _count(posts)
        if outside or any(_count(m) >= excess for m in _SELF_FUNDED.finditer(around)):
            continue
        if _with_retired(unit.text, in_post) and _retired(around) >= excess:
            continue  # 实有43人 beside 退休15人: the figure counts the retired, who hold no posts
        out.append(Finding(
            kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
            message=f"实有人数{_count(in_post)}人多于编制数{_count(posts)}人，且未说明编外人员",
            location=FindingLocation.of(report, unit.at(in_post.start(1), in_post.end(1))),  # the number: one finding with the guard's
            related=[FindingLocation.of(report, p_unit.at(posts.start(1), posts.end(1)))],
            evidence=f"编制{_count(posts)}人，实有{_count(in_post)}人；同段未提到编外、聘用、临聘等编制外人员",
            suggestion="核对编制数和实有人数；如有编制外人员，写明人数和性质",
            rule="staffing.over_posts"))
    return out
