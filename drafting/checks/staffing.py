"""Staffing relations: people in post (实有) above the authorised posts (编制).

Why: the 人员情况 paragraph is copied from year to year and its figures drift apart; a unit with 14
authorised posts and 29 staff in post is either wrong or needs the explanation a reviewer will ask
for. Units often employ staff outside their posts (编外, 聘用, 临聘, 辅警, 公益性岗位): when the same
paragraph says so, or counts at least the excess as paid from the unit's own money (单位资金保障), 实有
above 编制 is expected and nothing is flagged; so too where the report says anywhere that its staff in
post count such staff (实有人数中含政府购买服务岗位3名; a note under the table: 实有人数含协管员3名).

Read in prose, and on forms copied however: 编制数：20 (the label names the count: no 人 needed), the
label on one line or cell and its value on the next, a table's header over its column, or a label
cell beside its value. 在编 staff hold posts by definition. Posts written only by kind are summed where
they are all the unit's posts (``summed_posts``). And staff of one kind of posts above that kind's posts
(核定行政编制15名，实有行政人员18人). A part larger than its whole (其中…) is ``staff_parts``' check.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit
from .arithmetic.scores import table_rows
from .office_workers import included_office_workers
from .staff_parts import check_staff_parts
from .summed_posts import summed_posts

__all__ = ["check_staff_parts", "check_staffing"]  # (the parts' check lives in ``staff_parts``)

_N = r"(\d{1,6}\s*(?:人|名))"
# a kind's posts are also counted as 个 (行政编制1个: 编制 is then no verb), but not 个 before a noun (3个科室)
_N_POSTS = r"(\d{1,6}\s*(?:人|名|个(?![\u4e00-\u9fff])))"
_SAID = r"(?:为|共计|合计|总计|共|是)?"  # 编制数共计20名
# the total of authorised posts: 编制14人, 核定编制14名, 编制数为14人 (not 行政编制/事业编制 nor 工勤人员编制, parts)
_POSTS = re.compile(r"编制(?<![行政事业工勤参公]编制)(?<![政业勤公]人员编制)(?:数|总数|人数)?\s*[:：]?\s*" + _SAID + r"\s*" + _N)
# 在编 staff hold posts by definition (现有在编人员26名 beside 核定编制20名); staff of one class (实有行政人员48人)
# above all the posts are above them too; 实有干部职工 are the staff in post as 实有人员 are, and so are 实际在职人数
_IN_POST = re.compile(r"(?:实有(?:行政|事业)?(?:人员|人数|在职人员|在编人员|在岗人数|在岗人员|干部职工|职工)?|(?<![其中内])(?:现有)?在编(?:人员|人数)"
                      r"|实际(?:在职|在编)(?:人员|人数))\s*[:：]?\s*" + _SAID + r"\s*"
                      + _N)
# 实有 counted with the retired (年末实有266人，其中在职人员143人，离休1人，退休122人): the staff in post
# are the 在职 part, and only they hold posts; so in brackets (实有人数120人(其中,在职 73人,退休47人))
_IN_SERVICE = re.compile(r"\s*(?:[,，、;；]?\s*其中\s*[:：]?|[（(]\s*(?:其中\s*[:：,，]?)?)\s*(?:在职|在编|在岗)(?:在编)?(?:人员|人数|职工)?"
                         r"\s*(?:为|共|是)?\s*" + _N)
_FIELD_LINE = 30  # a 标签：值 line of a form copied as text: 编制人数：35人 / 实有人数：38人 a line or two apart
# (协管工作 is a duty: co-managing cadres, 做好团基层干部的协管工作; 协管员 are staff)
_OUTSIDE_POSTS = re.compile(r"编外|聘用|临聘|聘请|合同制|劳务|派遣|公益性岗位|辅警|协管(?!\s*工作)|借调|购买服务|临时(?!救助)|见习|顶岗|离退休")


# a note that the staff in post include staff outside the posts, wherever the report makes it
# (a branch for each opening word: every branch opening with a character, ``re`` skips to one in C)
_STAFF_NOTE = re.compile("|".join(
    w + r"[^。；;\n]{0,12}?(?:含|包括|包含)[^。；;\n]{0,16}?"
        r"(?:编外|聘用|临聘|聘请|合同制|劳务|派遣|公益性岗位|辅警|协管|借调|购买服务|见习)" for w in ("实有", "在职", "现有"))
    + r"|不占(?:用)?编制|编制外")


# staff paid from the unit's own money (a hospital's 单位资金保障608人): no posts are needed for them
_SELF_FUNDED = re.compile(r"(?:单位资金|单位自有资金|自有资金|自筹资金|自收自支|非财政资金)(?:保障|负担|供给|支付)?(?:人员)?\s*[:：]?\s*"
                          + _N)


# retired staff counted in the same paragraph (实有人员43人（在职28人，退休15人）): a 实有 figure often
# counts them, and they hold no posts
_RETIRED = re.compile(r"(离退休|离休|(?<!离)退休)(?:人员|人数|干部|职工)?\s*[:：]?\s*(?:为|共|是|有)?\s*" + _N)


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
        and not re.match(r"(?:实有|实际)(?:在职|在编|在岗)", in_post.group(0))


_STAFF = re.compile(r"实有(?:在职|在编)?(?:人员|人数)?\s*[:：]?\s*(?:为|共|是)?\s*\d")  # (实有在职4人: a second unit's, told short)


def _each_its_own(text: str) -> bool:
    """Whether each unit's posts come with its own staff (局编制6人、实有在职7人，馆编制4人、实有在职4人): the
    figures alternate, posts then staff, so no staff figure counts the posts of all."""
    marks = sorted([(m.start(), "p") for m in _POSTS.finditer(text)] + [(m.start(), "s") for m in _STAFF.finditer(text)])
    kinds = "".join(k for _, k in marks)
    return len(kinds) >= 4 and kinds == "ps" * (len(kinds) // 2)


def _count(m: re.Match[str]) -> int:
    return int(re.match(r"\d+", m.group(1)).group(0))  # type: ignore[union-attr]


def _in_post(text: str, pos: int = 0) -> re.Match[str] | None:
    """The staff in post: the 实有 figure, or its 在职 part where the 实有 figure counts the retired too."""
    m = _IN_POST.search(text, pos)
    if m is None:
        return None
    part = _IN_SERVICE.match(text, m.end())
    return part or m


def _pairs(report: Report) -> list[tuple[TextUnit, re.Match[str], TextUnit, re.Match[str], str]]:
    """(posts' unit, match, in-post unit, match, the text that may explain) in one paragraph, in a
    paragraph and the one right after it, or on short field lines at most three lines apart."""
    units = list(report.units())
    out = []
    for k, unit in enumerate(units):
        posts = _POSTS.search(unit.text)
        if not posts:
            continue
        if in_post := _in_post(unit.text):
            out.append((unit, posts, unit, in_post, unit.text))
        elif k + 1 < len(units) and units[k + 1].kind == "paragraph" and len(unit.text.strip()) > _FIELD_LINE \
                and (m := _in_post(units[k + 1].text)) and not _POSTS.search(units[k + 1].text):
            # the staffing statement in two paragraphs (核定编制人数7人，… / 截至年底，实有在编人数8人，其中…)
            out.append((unit, posts, units[k + 1], m, unit.text + units[k + 1].text))
        elif len(unit.text.strip()) <= _FIELD_LINE:
            near = units[k + 1:k + 4]
            for other in near:
                if len(other.text.strip()) <= _FIELD_LINE and (m := _in_post(other.text)):
                    out.append((unit, posts, other, m, "".join(u.text for u in units[k:k + 6])))
                    break
    return out


_Fig = tuple[TextUnit, int, int, int]  # where, the figure's start and end in its text, the count
# a form's field that names the count in its label (编制数, 核定编制人数, 实有人数（人）): its value needs no 人
_UNIT_NOTE = r"(?:[（(](?:人|名)[)）])?"
_POSTS_LABEL = re.compile(r"(?:核定)?(?:人员)?编制(?:数|总数|人数|数量)?" + _UNIT_NOTE)  # 人员编制 names the posts too
_IN_POST_LABEL = re.compile(r"(?:实有|实际在职|实际在编)(?:人数|人员数?|在职人数|在职人员|在编人数|在编人员|在编|在职)?" + _UNIT_NOTE)
_YEAR = re.compile(r"^(?:19|20)\d\d年(?:度|末|底)?")  # a form's column of one year: 2023年实际在职人数
_FORM_FIELD = re.compile(r"^\s*([\u4e00-\u9fff（）()]{2,12}?)\s*[:：]\s*(\d{1,6})\s*(?:人|名)?\s*[。；;]?\s*$")
# a bare value, its cell's bar kept where a web table was copied one cell a line (73 |)
_BARE = re.compile(r"^\s*(\d{1,6})\s*(?:人|名)?\s*[|｜]?\s*$")


# the ratio of staff to posts a form computes beside the two counts (控制率, 编制使用率, 超编率)
_RATE_LABEL = re.compile(r"(?:编制)?(?:控制|使用|超编|满编)率")
_RATE_VALUE = re.compile(r"^\s*(\d{1,4}(?:\.\d+)?\s*[%％])\s*$")


def _kind(label: str) -> str | None:
    label = _YEAR.sub("", no_blanks(label).rstrip("|｜"))  # 人员编制 | : a web table's cell, copied one a line
    return "posts" if _POSTS_LABEL.fullmatch(label) else "in_post" if _IN_POST_LABEL.fullmatch(label) else None


# kind, figure, unit's place in reading order (a table field's: its table and row), the text that may
# explain it (a table row's, with its header; a field beside its value, the whole table's)
_Field = tuple[str, _Fig, int, str | None]


def _form_fields(report: Report) -> list[_Field]:
    """A form's posts and in-post fields: 编制数：20 on one line, the label on one line (or cell) and its
    bare value on the next, a row's label cell and the value cell beside it, or a table's header over
    its column."""
    units = list(report.units())
    out: list[_Field] = []
    for k, unit in enumerate(units):
        if (m := _FORM_FIELD.match(unit.text)) and (kind := _kind(m.group(1))):
            out.append((kind, (unit, m.start(2), m.end(2), int(m.group(2))), k, None))
        elif (kind := _kind(unit.text)) and k + 1 < len(units) and (v := _BARE.match(units[k + 1].text)):
            out.append((kind, (units[k + 1], v.start(1), v.end(1), int(v.group(1))), k + 1, None))
        else:
            out += _run_on(unit)
    return out + _header_lines(units) + _table_fields(report)


_LABEL_LINE = re.compile(r"^\s*(?:(?:19|20)\d\d\s*年(?:度|末|底)?)?[\u4e00-\u9fff（）()]{2,16}\s*$")
_GROUP_TITLE = re.compile(r"[（(](?:人|名|人数)[)）]?\s*$")
_VALUE_LINE = re.compile(r"^\s*\d{1,6}(?:\.\d+)?\s*(?:人|名|%|％)?\s*$")


def _header_lines(units: list[TextUnit]) -> list[_Field]:
    """A form's header row and its value row flattened one cell per line: two or more label lines
    (编制数, 2023年实际在职人数, 控制率) after the group's title at most, then exactly as many value lines
    (46, 50, 108.70%): the i-th value is the i-th label's. The header with its values, or the two lines
    after them (a note), may explain."""
    out: list[_Field] = []
    k = 0
    while k < len(units):
        n = 0
        while k + n < len(units) and _LABEL_LINE.match(units[k + n].text):
            n += 1
            if _GROUP_TITLE.search(units[k + n - 1].text):
                k, n = k + n, 0  # the group's title naming its unit (人员情况（人）): the row's cells follow
        values = 0
        while k + n + values < len(units) and _VALUE_LINE.match(units[k + n + values].text):
            values += 1
        if n >= 2 and values == n:
            # the header with its values, and the note that follows them (说明：实际在职人数含借调人员3人)
            around = "|".join(u.text.strip() for u in units[k:k + 2 * n + 2])
            row = [(kind, i) for i in range(n) if (kind := _kind(units[k + i].text)) and _BARE.match(units[k + n + i].text)]
            for kind, i in _latest_staff(row, [units[k + j].text for j in range(n)]):
                v = _BARE.match(units[k + n + i].text)
                assert v is not None
                out.append((kind, (units[k + n + i], v.start(1), v.end(1), int(v.group(1))), -1, around))
            out += [("rate", (units[k + n + i], v.start(1), v.end(1), 0), -1, around) for i in range(n)
                    if _RATE_LABEL.fullmatch(no_blanks(units[k + i].text)) and (v := _RATE_VALUE.match(units[k + n + i].text))]
        k += max(n + values, 1)
    return out


def _latest_staff(row: list[tuple[str, int]], labels: list[str]) -> list[tuple[str, int]]:
    """A row with staff of two years (2023年实际在职人数, 2024年实际在职人数) keeps the latest year's: the
    posts are the current ones. Staff columns that name no year apart are left unread."""
    staff = [i for kind, i in row if kind == "in_post"]
    if len(staff) < 2:
        return row
    years = [_YEAR.match(no_blanks(labels[i])) for i in staff]
    if any(y is None for y in years) or len({y.group(0)[:4] for y in years if y}) < len(staff):
        return [(kind, i) for kind, i in row if kind != "in_post"]
    latest = max(staff, key=lambda i: _YEAR.match(no_blanks(labels[i])).group(0)[:4])  # type: ignore[union-attr]
    return [(kind, i) for kind, i in row if kind != "in_post" or i == latest]


# a form's fields run together on one line, apart by spaces (编制人数 30 实有人数 33 退休人数 10)
_RUN_FIELD = re.compile(r"([\u4e00-\u9fff（）()]{2,12}?)\s*[:：]?\s*(\d{1,6})\s*(?:人|名)?(?=\s|$)")
_RUN_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff（）()]{2,12}\s*[:：]?\s*\d{1,6}\s*(?:人|名)?\s+){1,7}"
                       r"[\u4e00-\u9fff（）()]{2,12}\s*[:：]?\s*\d{1,6}\s*(?:人|名)?\s*$")


def _run_on(unit: TextUnit) -> list[_Field]:
    """The posts and in-post fields of a line of fields apart by spaces; the line, its bare counts read
    as people's (退休人数 10人), is the text that may explain."""
    if not _RUN_LINE.match(unit.text):
        return []
    fields = list(_RUN_FIELD.finditer(unit.text))
    line = "".join(f"{m.group(1)}：{m.group(2)}人 " for m in fields)
    return [(kind, (unit, m.start(2), m.end(2), int(m.group(2))), -1, line)
            for m in fields if (kind := _kind(m.group(1)))]


_TABLE_PLACES = 1_000_000  # a table field's place: -(this × its table + its row + 2)
_ROWS_APART = 2  # a label cell and its value on rows this far apart at most are one form's pair


def _table_fields(report: Report) -> list[_Field]:
    """The fields of forms' tables: under a header cell (the text that may explain: its row's, with the
    header), or a label cell beside its value, on one row or on rows one under the other (编制数 | 20
    over 实有人数 | 26; the whole table may explain; the place, below -1, tells its table and row)."""
    out: list[_Field] = []
    header: list[str] = []
    beside: list[tuple[str, _Fig, int]] = []
    seen: list[str] = []  # the table's rows so far
    tables = 0
    for row in [*table_rows(report), None]:
        if row is None:
            out.extend((kind, fig, place, "|".join(seen)) for kind, fig, place in beside)
            header, beside, seen, tables = [], [], [], tables + 1
            continue
        texts = [u.text[a:b] for u, a, b in row]
        place = -(_TABLE_PLACES * tables + len(seen) + 2)
        for c, (u, a, _) in enumerate(row):
            if c < len(header) and (kind := _kind(header[c])) and (v := _BARE.match(texts[c])):
                # (the row's counts under their headers read as people's: 退休 | 14 as 退休：14人)
                counts = [f"{header[k]}：{t}人" if k < len(header) and t.strip().isdigit() else t for k, t in enumerate(texts)]
                out.append((kind, (u, a + v.start(1), a + v.end(1), int(v.group(1))), -1, "|".join(header + counts)))
            elif c < len(header) and _RATE_LABEL.fullmatch(no_blanks(header[c])) and (v := _RATE_VALUE.match(texts[c])):
                counts = [f"{header[k]}：{t}人" if k < len(header) and t.strip().isdigit() else t for k, t in enumerate(texts)]
                out.append(("rate", (u, a + v.start(1), a + v.end(1), 0), -1, "|".join(header + counts)))
            elif c + 1 < len(row) and (kind := _kind(texts[c])) and (v := _BARE.match(texts[c + 1])):
                u2, a2, _ = row[c + 1]  # 编制数 | 20 | 实有人数 | 26: a label cell and its value beside it
                beside.append((kind, (u2, a2 + v.start(1), a2 + v.end(1), int(v.group(1))), place))
        header = header or texts
        seen.append("：".join(t + "人" if t.strip().isdigit() else t for t in texts))  # 退休人数：12人 reads as the retired
    return out


def _form_pairs(report: Report) -> list[tuple[_Fig, _Fig, int, str | None, list[_Fig]]]:
    """(posts, in post, place, row, the row's ratio of the two) of one form: the in-post field in the
    same table row as the posts field, or at most three units after it. A ratio the row states (控制率
    108.70%) is a third place of the same excess: one problem, one finding listing every place."""
    fields = _form_fields(report)
    out = []
    for kind, posts, k, row in fields:
        if kind != "posts":
            continue
        for kind2, in_post, k2, row2 in fields:
            if k < -1 and k2 < -1:  # label cells beside their values: one table, on rows near each other
                near = (-k - 2) // _TABLE_PLACES == (-k2 - 2) // _TABLE_PLACES and abs(k - k2) <= _ROWS_APART
            else:
                near = row2 == row if row is not None else row2 is None and 0 < k2 - k <= 3
            if kind2 == "in_post" and near:
                rates = [fig for kind3, fig, _, row3 in fields if kind3 == "rate" and row is not None and row3 == row]
                out.append((posts, in_post, k, row, rates))
                break
    return out


_UNTOLD = "同段未提到编外、聘用、临聘等编制外人员"


def _finding(report: Report, posts: _Fig, in_post: _Fig, kind: str = "", rates: tuple[_Fig, ...] = (),
             said: str = "实有") -> Finding:
    """``said``: how the staff figure is named — 实有, or 在职/在编 where the report says the staff are in service
    or hold posts (在职实有29人, 实有在编人员31名, the 在职 part of a 实有 figure that counts the retired)."""
    (p_unit, ps, pe, p), (unit, s, e, n) = posts, in_post
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"{said}{kind + '人员' if kind else '人数'}{n}人多于{kind}编制数{p}人，且未说明编外人员",
        location=FindingLocation.of(report, unit.at(s, e)),  # the number: one finding with the guard's
        related=[FindingLocation.of(report, p_unit.at(ps, pe)), *(FindingLocation.of(report, u.at(a, b)) for u, a, b, _ in rates)],
        evidence=f"编制{p}人，{said}{n}人；{_UNTOLD}",
        suggestion="核对编制数和实有人数；如有编制外人员，写明人数和性质",
        rule="staffing.over_posts")


def _explained(around: str, excess: int, retired: bool = True) -> bool:
    """Whether the text around names staff outside the posts, or counts the excess as self-funded. ``retired``:
    whether the staff figure may count the retired, whom a 离退休 beside it then names; a figure said to be in
    service (实际在职人数38人, 离退休64人) is explained by no retired."""
    return bool(_OUTSIDE_POSTS.search(around.replace("离退休人员", "") if retired else around.replace("离退休", ""))) \
        or any(_count(m) >= excess for m in _SELF_FUNDED.finditer(around))


def _explained_elsewhere(report: Report, staff: int, excess: int, retired: bool = True) -> bool:
    """Whether another paragraph gives the same staff in post and names the staff outside the posts
    among them (本年实有人数34人。… later: 年末实有人数34人，其中…聘用人员3人): the report explains it."""
    return any(_explained(u.text, excess, retired) for u in report.units()
               if any(_count(m) == staff for m in _IN_POST.finditer(u.text)))


def check_staffing(report: Report) -> list[Finding]:
    """实有 above 编制 in the same paragraph (or a form's neighbouring fields), unless the text
    names staff outside the posts."""
    out = []
    seen: set[tuple[int, int | None, int | None]] = set()
    for p_unit, posts, unit, in_post, around in _pairs(report):
        if _count(in_post) <= _count(posts):
            continue  # (all posts filled or under: a kind's staff may still be above the kind's posts)
        seen.add((unit.location.block, unit.location.row, unit.location.col))
        if unit is p_unit and _count(in_post) <= sum(_count(m) for m in _POSTS.finditer(unit.text)) \
                and not _each_its_own(unit.text):
            continue  # 机关编制10人，下属单位编制20人，全局实有28人: posts of several units, staff of them all
        excess, retired = _count(in_post) - _count(posts), _with_retired(unit.text, in_post)
        if _explained(around, excess, retired):
            continue
        if retired and _retired(around) >= excess:
            continue  # 实有43人 beside 退休15人: the figure counts the retired, who hold no posts
        if _explained_elsewhere(report, _count(in_post), excess, retired):
            continue
        out.append(_finding(report, (p_unit, posts.start(1), posts.end(1), _count(posts)),
                            (unit, in_post.start(1), in_post.end(1), _count(in_post)),
                            said="实有" if retired else "在编" if "在编" in in_post.group(0) else "在职"))
    units = list(report.units())
    for posts_at, staff_at, k, row, rates in _form_pairs(report):
        where = (staff_at[0].location.block, staff_at[0].location.row, staff_at[0].location.col)
        excess = staff_at[3] - posts_at[3]
        # the form around: its neighbouring lines, or the table row with its header
        around = "".join(u.text for u in units[k:k + 8]) if row is None else row
        if where in seen or excess <= 0 or _explained(around, excess) or _retired(around) >= excess:
            continue
        seen.add(where)
        out.append(_finding(report, posts_at, staff_at, rates=tuple(rates)))
    over = out + _kind_over_posts(report, seen, bare=not out)
    if over and _STAFF_NOTE.search(report.plain_text()):
        over = []  # the report says its staff in post count staff outside the posts
    return over + check_staff_parts(report)


# one kind of posts and the staff in it (行政编制24人，在职在编实有行政人员13人; 事业编制核定数35名。实有事业人员32名)
_KIND_POSTS = re.compile(r"(?<![实现]有)(?:核定)?(行政|事业|工勤)编制(?:核定数|核定|数|总数)?\s*[:：]?\s*" + _SAID + r"\s*"
                         + _N_POSTS)
# …or named bare at a clause's start (行政编制16名…。截至年底，行政人员17人; 实有20人，其中：行政人员17人): a
# paragraph giving a kind's posts and then its staff gives the staff in post (staff outside the posts are
# named as such, 编外/聘用, and read by ``_explained``; 退休行政人员 opens no clause; the kind may come first: 事业实有人数)
_KIND_IN_POST = re.compile(r"(?:(?:在职|在编)*(?:实有|现有)(?:在职|在编)*|在编|(?:(?<=[，,。；;：:、（(])|(?<=其中)|^))"
                           r"(行政|事业|工勤)(编制)?(?:实有|在职|在编)*(?:人员|人数)\s*[:：]?\s*"
                           r"(?:为|共|是|有)?\s*" + _N)


# a kind's posts and its staff side by side, nothing between (行政编制30人实有19人，工勤编3人实有13人) — not the
# last kind's posts before the whole's staff (行政编制5名、事业编制2名，实有7名)
_COMPACT = re.compile(r"(行政|事业|工勤)编(?:制)?(?:数)?\s*(\d{1,5})\s*(?:人|名)实有(?:人数|人员)?\s*(\d{1,5})\s*(?:人|名)")


def _kind_over_posts(report: Report, seen: set[tuple[int, int | None, int | None]], bare: bool = True) -> list[Finding]:
    """Staff in one kind of posts above that kind's posts, in one paragraph: 核定行政编制15名，实有行政编制
    人员18人 (a kind named bare, 行政人员17人, only where ``bare``: the report's staff above its posts not yet
    found in total — one problem, one finding). Staff named by a kind without 编制 (实有行政人员) are read so only beside a kind with posts:
    where it has none (行政编制0人), 行政人员 are the unit's office staff, not holders of its posts."""
    out: list[Finding] = []
    for unit in report.units():
        where = (unit.location.block, unit.location.row, unit.location.col)
        if "编制" not in unit.text or where in seen:
            continue
        found = list(_KIND_POSTS.finditer(unit.text))
        kinds = [m.group(1) for m in found]
        # one figure of the kind only: 机关行政编制10名，派出所行政编制20名 are two bodies' posts
        posts = {m.group(1): m for m in found if kinds.count(m.group(1)) == 1}
        for staff in _KIND_IN_POST.finditer(unit.text):
            post = posts.get(staff.group(1))
            if post is None:
                continue
            p, n = _digits(post.group(2)), _digits(staff.group(3))
            if (p == 0 and not staff.group(2)) or n <= p or "超编" in unit.text or _explained(unit.text, n - p) \
                    or _loosely_named(unit.text, staff, found, n) or _others_listed(unit.text, staff) \
                    or (not bare and staff.group(0).startswith(staff.group(1)) and not re.search("实有|在职|在编", staff.group(0))):
                continue
            seen.add(where)
            out.append(_finding(report, (unit, post.start(2), post.end(2), p), (unit, staff.start(3), staff.end(3), n),
                                staff.group(1)))
            break
        for m in _COMPACT.finditer(unit.text) if where not in seen else ():
            p, n = int(m.group(2)), int(m.group(3))
            if n > p and "超编" not in unit.text and not _explained(unit.text, n - p):
                seen.add(where)
                out.append(_finding(report, (unit, m.start(2), m.end(2), p), (unit, m.start(3), m.end(3), n), m.group(1)))
                break
        sole = _sole_kind_staff(unit.text, found)
        if where not in seen and sole is not None:
            p, n = _digits(found[0].group(2)), _count(sole)
            if n > p and "超编" not in unit.text and not _explained(unit.text, n - p):
                seen.add(where)
                out.append(_finding(report, (unit, found[0].start(2), found[0].end(2), p),
                                    (unit, sole.start(1), sole.end(1), n), found[0].group(1)))
        if where not in seen and (over := _over_summed(unit.text, found)):
            p, staff = over
            seen.add(where)
            summed = "、".join(f"{m.group(1)}编制{_digits(m.group(2))}人" for m in found)
            f = _finding(report, (unit, found[0].start(2), found[0].end(2), p), (unit, staff.start(1), staff.end(1), _count(staff)))
            out.append(f.model_copy(update={"evidence": f"{summed}，合计编制{p}人；{_UNTOLD}",
                                            "related": [FindingLocation.of(report, unit.at(m.start(2), m.end(2))) for m in found]}))
    return out


def _over_summed(text: str, found: list[re.Match[str]]) -> tuple[int, re.Match[str]] | None:
    """(the kinds' summed posts, the staff figure) where a paragraph gives its posts only by kind and its
    staff in post, named by no kind, above their sum (``summed_posts``), unexplained."""
    if _POSTS.search(text) or _KIND_IN_POST.search(text) or (p := summed_posts(text, found)) is None:
        return None
    staff = _in_post(text, found[-1].end())
    if staff is None or re.search(r"行政|事业|工勤", staff.group(0)) or (excess := _count(staff) - p) <= 0:
        return None
    if "超编" in text or _explained(text, excess) or (_with_retired(text, staff) and _retired(text) >= excess):
        return None
    return p, staff


def _sole_kind_staff(text: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The 在编 staff of a paragraph whose only posts are of one kind (核定全额拨款事业编制25名，年末在职在编
    人员27名): with no total of posts and no other kind named, that kind's posts are all the unit's, and its
    在编 staff hold them. None where the text names a total, another kind or staff by kind."""
    if len(found) != 1 or _POSTS.search(text) or re.search(_OTHER_KIND[found[0].group(1)], text) \
            or _KIND_IN_POST.search(text):
        return None
    staff = _IN_POST.search(text, found[0].end())
    return staff if staff is not None and "在编" in staff.group(0) else None


_NOT_IN_POST = re.compile(r"离休|退休|编外|聘用|临聘|借调|派遣|劳务|购买服务|合同制")


def _others_listed(text: str, staff: re.Match[str]) -> bool:
    """A kind named bare (行政人员17人) in a sentence that counts the retired or staff outside the posts
    before it (退休人员30人，其中：行政人员17人): the kind's people there need not hold its posts; nor are
    行政编制人数 people, but posts."""
    if not staff.group(0).startswith(staff.group(1)):
        return False  # 实有行政人员: the staff in post by name
    if staff.group(2) and "人数" in staff.group(0):
        return True  # 行政编制人数16人: the kind's posts counted, not its staff
    start = max(text.rfind(c, 0, staff.start()) for c in "。；;")
    return bool(_NOT_IN_POST.search(text, start + 1, staff.start()))


_OTHER_KIND = {"行政": "事业|工勤|参照|参公", "事业": "行政|工勤", "工勤": "行政|事业|参照|参公"}


def _loosely_named(text: str, staff: re.Match[str], posts: list[re.Match[str]], n: int) -> bool:
    """行政人员 without 编制 may be the office's whole staff, not its 行政 posts' holders: where the text
    names another kind's posts (核定行政编制15名、工勤编制3名，实有行政人员18人) whose staff it does not
    give apart and the staff are no more than all the posts, or where the staff's own breakdown names another kind (实有行政人员18人
    （含参照公务员法管理事业单位人员4人）)."""
    if staff.group(2):
        return False  # 实有行政编制人员: the kind's posts by name
    parts = included_office_workers(text, posts)  # 行政编制10人（含行政工勤编制1人）: 工勤 within 行政
    posts = [m for m in posts if m not in parts]
    kinds = {m.group(1) for m in posts}
    staffed = {m.group(1) for m in _KIND_IN_POST.finditer(text)}
    if len(kinds) > 1 and not (kinds - {staff.group(1)}) & staffed and n <= sum(_digits(m.group(2)) for m in posts):
        return True  # the other kind's staff are not given apart: these may count them
    tail = re.split(r"[。；;]", text[staff.end():], maxsplit=1)[0]
    if parts and staff.group(1) == "行政":
        tail = tail.replace("行政工勤", "")  # the same 行政工勤 the posts include
    return bool(re.search(r"含|其中|包括", tail) and re.search(_OTHER_KIND[staff.group(1)], tail))


def _digits(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]
