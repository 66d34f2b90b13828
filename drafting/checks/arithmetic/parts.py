"""Whether the parts listed after a total are all of it, or at least do not overlap.

Part of the arithmetic check (see ``tables``): “其中” lists only some parts as often as all of them,
and headcounts after 其中 often overlap (职工1486人，其中专业技术人员1298人，高级职称218人). A sum is
held against its total only when the wording shows what the list is:

* **complete** — the parts are the whole: a part named 其他/其余/剩余/余下; a part stated as 0 (who lists
  an empty category lists them all); X and 非X (财政全供养 / 非财政供养); X and 副X (馆长 / 副馆长); the
  batches 第一批…第N批 from the first; 本级 beside its subordinate units; the kinds the text names and
  counts itself (主要有甲支出、乙支出二类支出), each once; or every part one category
  of a fixed classification (行政/事业/工勤编制, 离休/退休, 管理/专业技术/工勤, 基本/项目支出 …), or
  spending by kind (人员经费, 公用经费 and 项目支出, each once) —
  then parts that fall short of the total are as wrong as parts that exceed it;
* **disjoint** — the parts cannot overlap, so together they cannot exceed the total: a complete
  list, a list of one classification's categories (财政拨款收入 / 上年结转结余), or a 、-separated
  list of parallel items (崩塌76处、滑坡487处…).

This module reads labels only; it imports nothing of this package.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

__all__ = ["closed_head", "complete_reason", "digit_slip", "disjoint", "disjoint_bands", "listed_over_by_one", "new_breakdown", "over_by_one"]

_REST = re.compile(r"^(其他|其余|剩余|余下|剩下|另)")
_ORDINAL = re.compile(r"^第([一二三四五六七八九十\d]+)批")
_ORDINALS = "一二三四五六七八九十"
_OWN_LEVEL = re.compile(r"(局|委|办|院|馆|所|站|中心|机关|部门|单位)本级$")
# fixed classifications of budget reports: a list drawing two or more categories from one of them
# (and nothing else) is complete when the family is closed, disjoint in any case
# the classes of posts; a part named by two of them (行政工勤编制, 事业工勤人员) is a class within a class
_CLASSES = ("行政", "事业", "工勤", "参公")
_CLOSED = (
    ("行政编制", "事业编制", "工勤编制", "参公编制", "参照公务员法管理"),
    _CLASSES,  # read only for posts (编制); staff (…人员) only as disjoint
    ("离休", "退休"),
    ("在职", "离退休", "离休", "退休"),
    ("管理", "专业技术", "专技", "工勤"),
    ("男", "女"),
    ("基本支出", "项目支出"),
    ("人员经费", "公用经费"),
    ("人员支出", "公用支出"),
    ("一般公共预算", "政府性基金", "国有资本经营预算"),
)
# who a staff member is employed as: a civil servant, a worker or a 事业 employee — one of them
# (在职人员18人（公务员12人，机关工人2人，事业人员5人）); some may go unnamed
_EMPLOYED = ("公务员", "工勤", "工人", "事业人员", "事业编制")
_OPEN = (
    ("财政拨款", "事业收入", "经营收入", "附属单位上缴", "上级补助", "其他收入", "上年结转", "结转结余", "年初结转"),
    ("中央", "省级", "省财政", "自治区", "市级", "州级", "盟市", "县级", "区级", "旗县", "乡镇", "本级", "地方"),
    ("全额", "差额", "自收自支", "单位资金", "经费自理"),  # how staff are paid for (财政差额补助298人)
    # a project is started this year or carried on; built new or rebuilt — not both of either pair, but a
    # project carried on may be a rebuilding one (续建 and 改扩建 overlap)
    ("新建", "续建"),
    ("新建", "改扩建", "改建", "扩建"),
    _EMPLOYED,
)


def _within(names: list[str]) -> bool:
    """A part named by two classes (行政工勤编制 beside 行政编制): writers count it inside the first
    (行政编制11人(含行政工勤编制2人)) as often as apart, so the parts may overlap."""
    return any(sum(k in n for k in _CLASSES) >= 2 for n in names)


def _family(names: list[str], whole: str, families: tuple[tuple[str, ...], ...], staff: bool = False) -> bool:
    """Whether the names draw two or more categories from one family. 行政/事业/工勤 classify posts
    (a total of 编制), and with ``staff`` also people (行政人员, 事业人员) — never 行政审批 or 事业发展."""
    for members in families:
        if _within(names) and any(k in m for m in members for k in _CLASSES):
            continue  # (a family of posts or staff: one named by two classes may lie inside another)
        people = staff and all(re.search(r"(人员|人数|编制)$", n) for n in names)
        if members[0] == "行政" and "编制" not in whole and not people:
            continue
        hits = [next((m for m in members if m in name), None) for name in names]
        if members is _EMPLOYED and any(m in whole for m in members):
            continue  # the whole is one kind (工勤编制13人): the other kinds after it (公务员28人) list another whole
        if all(hits) and len(set(hits)) == len(names) >= 2:
            return True
    return False


def closed_head(whole: str, names: list[str]) -> int | None:
    """How many of the first parts are the whole list, when they draw their categories from one closed
    classification and the next part from none of it: 共有编制13人，其中行政编制8人，工勤编制1人，事业
    编制4人，借调6人 — the posts by kind (all of them), then staff on loan, who hold none. Posts only: a
    staff total counts people of every kind (职工18人，其中管理人员3人，专业技术人员12人，外聘人员2人)."""
    if "编制" not in whole:
        return None
    for n in range(len(names) - 1, 1, -1):
        for members in _CLOSED:
            if not _family(names[:n], whole, (members,)):
                continue
            nxt = names[n]
            if not _REST.match(nxt) and not any(m in nxt for m in members) and "编制" not in nxt:
                return n
    return None


def _batches(names: list[str]) -> bool:
    numbers = []
    for name in names:
        m = _ORDINAL.match(name)
        if m is None:
            return False
        n = m.group(1)
        numbers.append(int(n) if n.isdigit() else _ORDINALS.index(n) + 1 if len(n) == 1 else 0)
    return numbers == list(range(1, len(names) + 1))


# a total of staff or posts, of which the leading posts are some only (行政编制9名，其中：局长1名、副局长2名)
_STAFF_TOTAL = re.compile(r"编制|人员|人数|在职|职工|实有|干部")


def complete_reason(whole: str, names: list[str], values: list[Decimal], context: str = "") -> str | None:
    """Why the listed parts are the whole total, or None when the wording does not show it (``context``:
    the text around the list, which may name a part the list leaves out)."""
    if any(_REST.match(n) for n in names):
        return "分项列有“其他”"
    if any(v == 0 for v in values) and not _ADDED.search(context):
        return "分项连为0的类别也列出了"
    if any(n.startswith(("非", "未")) for n in names):
        return "分项为“某类”与“非某类”"
    if len({n.removeprefix("副") for n in names}) == 1 and any(f"副{n}" in names for n in names) \
            and not _STAFF_TOTAL.search(whole):
        return "分项为正职与副职"  # 领导职数3名，其中局长1名、副局长2名 — never 编制9名 (其中局长1名、副局长2名、股长3名: the leaders)
    if _batches(names):
        return "分项为从第一批起的各批次"
    if _whole_year(names):
        return "分项为全年的各季度或上下半年"
    if any(_OWN_LEVEL.search(n) for n in names):
        return "分项为本级与所属单位"
    if _family(names, whole, _CLOSED):
        return "分项为同一分类下的各类别"
    if (counted := _counted_kinds(names, context)) is not None:
        return f"文中说明共有{counted}，分项逐一列出"
    if _by_kind(whole, names):
        return "分项为人员经费、公用经费和项目支出"
    if "三公" in whole and all(sum(w in n for w in _THREE) == 1 for n in names) \
            and all(any(w in n for n in names) for w in _THREE) and not _car_half_left(names, context):
        return "分项为“三公”经费的三项"
    return None


# kinds named one by one and then counted (部门预算项目支出、专项预算支出二类支出; 甲、乙两部分): the
# writer's own word that these are all the kinds there are
_COUNTED = re.compile(r"((?:[^、，,。；;：:！？!?\d（()）]{2,24}、)+[^、，,。；;：:！？!?\d（()）]{2,24}?)(?:等)?"
                      r"([两二三四五六七八九十\d])(?:大类|类|部分|种|块)")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _counted_kinds(names: list[str], context: str) -> str | None:
    """The kinds the text names and counts (主要有部门预算项目支出、专项预算支出二类支出), when the parts are
    exactly those kinds, one part for each: the writer says the list is all of it. Each part's name ends
    the way its kind is named (专项预算支出 / 专项预算支出; 部门预算项目支出 after 主要有)."""
    for m in _COUNTED.finditer(context):
        items = m.group(1).split("、")
        n = _COUNTS.get(m.group(2)) or (int(m.group(2)) if m.group(2).isdigit() else 0)
        if n != len(items) or n != len(names) or len(set(names)) != n:
            continue
        if all(sum(_same_kind_named(i, name) for i in items) == 1 for name in names) \
                and all(sum(_same_kind_named(i, name) for name in names) == 1 for i in items):
            return f"{m.group(2)}类（{'、'.join(names)}）"
    return None


def _same_kind_named(item: str, name: str) -> bool:
    """Whether a counted item and a part's name name one kind: one ends with the other, which is two
    letters or more (主要有部门预算项目支出 and 部门预算项目支出)."""
    return len(name) >= 2 and len(item) >= 2 and (item.endswith(name) or name.endswith(item))


# spending by kind, all of it: 人员经费 and 公用经费 (基本支出 between them) beside 项目支出, each once
_KINDS = (("人员经费", "人员支出"), ("公用经费", "公用支出"), ("项目支出", "项目经费"))


def _by_kind(whole: str, names: list[str]) -> bool:
    """Whether a spending total's parts are 人员经费, 公用经费 and 项目支出, each once and nothing else: the
    two halves of 基本支出 and the project spending make the whole, as 基本支出 and 项目支出 do."""
    if len(names) != len(_KINDS) or not re.search(r"支出|经费|决算", whole):
        return False
    return all(sum(any(w in n for w in kind) for n in names) == 1 for kind in _KINDS) \
        and all(sum(any(w in n for w in kind) for kind in _KINDS) == 1 for n in names)


def _car_half_left(names: list[str], context: str) -> bool:
    """The list names one half of 公务用车 (运行维护费 only) while the text around it speaks of the other
    (另购置公务用车1辆): the 三公 list leaves that half out, and is no complete one."""
    halves = ("购置", "运行")
    named = {h for n in names if "公务用车" in n for h in halves if h in n}
    clauses = re.split(r"[，,；;。]", context)  # the other half said of a car, in a clause of its own
    return len(named) == 1 and any(h not in named and h in c and "车" in c for h in halves for c in clauses)


# a clause opening with 另 (in addition) that states a sum: money the list leaves out, though it lists a
# category at 0 (…因公出国（境）费0万元。另购置公务用车1辆，支出2.10万元): that list is no complete one
_ADDED = re.compile(r"(?:^|[，,；;。])\s*另[^。；;]*?\d(?:[\d,]*\.?\d*)\s*(?:亿|万)?元")


# the three of 三公经费 (因公出国（境）费, 公务用车购置及运行费, 公务接待费): each part one of them, all three named
_THREE = ("出国", "公务用车", "公务接待")


# the parts of a year, every one of them: four quarters, or two halves
_QUARTERS = re.compile(r"^(?:第)?([一二三四1-4])季度")
_HALVES = re.compile(r"^(上|下)半年")


def _whole_year(names: list[str]) -> bool:
    """Whether the names are the year's four quarters (第一季度…第四季度, 一季度…) or its two halves,
    each once: together they are the whole year (three quarters of four are not)."""
    quarters = [m.group(1) for n in names if (m := _QUARTERS.match(n))]
    halves = [m.group(1) for n in names if (m := _HALVES.match(n))]
    if len(quarters) == len(names) == 4:
        return len({"一二三四1234".index(q) % 4 for q in quarters}) == 4
    return len(halves) == len(names) == 2 and set(halves) == {"上", "下"}


def disjoint(whole: str, names: list[str], listed_with_dun: bool) -> bool:
    """Whether the parts cannot overlap (so their sum cannot exceed the total)."""
    # staff lists leave out categories as often as not (no 工勤人员 named), so they are disjoint, not complete
    return listed_with_dun or _family(names, whole, _CLOSED + _OPEN, staff=True) or _posts_apart(names) \
        or _bodies_apart(names) or _sessions_apart(names) or _three_apart(whole, names) or _inside_outside(names)


def _inside_outside(names: list[str]) -> bool:
    """Two parts named alike but for 内 and 外 (站内救助, 站外救助; 县内转诊, 县外转诊): no one is both."""
    if len(names) != 2 or len(names[0]) != len(names[1]) or len(names[0]) < 2:
        return False
    differ = [(a, b) for a, b in zip(*names, strict=True) if a != b]
    return len(differ) == 1 and set(differ[0]) == {"内", "外"}


def _three_apart(whole: str, names: list[str]) -> bool:
    """Parts of the 三公 total each one of its three, each a different one (公务接待费, 公务用车运行维护费): no
    money is in two of them. Not complete — the third may go unnamed."""
    found = [next((w for w in _THREE if w in n), None) for n in names]
    return "三公" in whole and len(names) >= 2 and all(sum(w in n for w in _THREE) == 1 for n in names) \
        and len(set(found)) == len(found)


_SESSION = re.compile(r"^第([一二三四五六七八九十\d]+)(期|批次?|轮|场|季度)")


_CUMULATIVE = re.compile(r"累计|含|包括|合计|共计|总计|累积|止")


def _sessions_apart(names: list[str]) -> bool:
    """Parts named by their session, each a different one (第一期60人次，第二期70人次): one session's
    count is no other's. Not complete — a third session may go unnamed. A running total (累计, 含第一期)
    counts the sessions before it."""
    if any(_CUMULATIVE.search(n) for n in names):
        return False  # 第二期（含第一期）累计投资: a running total, which counts the sessions before it
    found = [m.groups() for n in names if (m := _SESSION.match(n))]
    return len(found) == len(names) >= 2 and len(set(found)) == len(found) and len({k for _, k in found}) == 1


# the kind a body's name ends in: an office is a 科室, a brigade a 大队, a station a 派出所 — one kind each
_BODY = re.compile(r"(科室|股室|处室|站所|中队|大队|支队|派出所|中心|分局|科|股|室|队|站|所|处|院|馆|校|园)$")


def _bodies_apart(names: list[str]) -> bool:
    """Bodies each named by a different kind (综合科室, 一线大队, 公安派出所): a body is of one kind, so the
    groups cannot overlap."""
    kinds = [m.group(1) if (m := _BODY.search(n)) else None for n in names]
    return len(kinds) >= 2 and all(kinds) and len(set(kinds)) == len(kinds)


_POST = re.compile(r"^(?:使用|占用|占)?([\u4e00-\u9fff]{1,10}?)编制(?:(?:的)?(?:人员|人数|干部|职工))?$")
# staff outside the posts, one kind of their own beside those who fill posts (聘用人员3人 after 事业编制20人)
_OUTSIDE_POSTS = re.compile(r"^(?:聘用|编外|临聘|外聘|合同制|劳务派遣|公益性岗位)(?:人员|职工|工作人员)?$")


def _posts_apart(names: list[str]) -> bool:
    """Staff each named by the kind of post they fill, every kind a different one (使用行政编制的人员,
    使用行政执法工作编制的人员; 行政编制9人，工勤编制2人，事业编制20人，聘用人员3人): a person fills one post,
    or none, so the groups cannot overlap. Not where a kind is one within another (参公: 参照公务员法管理的事业编制)."""
    kinds = [m.group(1) if (m := _POST.match(n)) else "编外" if _OUTSIDE_POSTS.match(n) else None for n in names]
    return len(kinds) >= 2 and all(kinds) and len(set(kinds)) == len(kinds) and not any("参" in k for k in kinds if k) \
        and not _within(names)


# a band of ages (or years of service): 70-79周岁, 80至89岁, 100周岁及以上, 60岁以下
_BAND = re.compile(r"(\d{1,3})\s*(?:周?岁)?\s*(?:[-—–~～至到]\s*(\d{1,3})\s*周?岁|(周?岁)?(?:及|或)?(以上|以下))")


def disjoint_bands(heads: list[str]) -> bool:
    """Whether every part is named by a band of ages that overlaps none of the others' (80-89周岁老年人,
    90-99周岁的老年人, 100周岁及以上的老年人): people of one age fall in one band. ``heads`` are the words
    before each part's figure."""
    bands = []
    for head in heads:
        found = _BAND.findall(head)
        if len(found) != 1:
            return False
        lo_s, hi_s, _, side = found[0]
        lo = int(lo_s)
        bands.append((lo, int(hi_s)) if hi_s else (lo, 10**3) if side == "以上" else (-1, lo))
    if len(bands) < 2 or any(lo > hi for lo, hi in bands):
        return False
    bands.sort()
    return all(a[1] < b[0] for a, b in pairwise(bands))


def new_breakdown(whole: str, head: list[str], rest: list[str]) -> bool:
    """Whether the parts after the first ones (which make the total) start another breakdown of it: not
    the rest of the first one's categories (no 其他 among them), nor of one classification with them —
    技术岗5人、管理岗2人、工勤1人 make 8, and 离休0人、退休4人 then tell the retired, another count."""
    return not any(_REST.match(n) for n in rest) and not _family(head + rest, whole, _CLOSED + _OPEN, staff=True)


def digit_slip(total: Decimal, listed: Decimal, places: int) -> bool:
    """Whether a list's sum falls short of its total by one digit in one place, and by under 1% of it
    (2263 said, 2253 listed): the mark of a figure mistyped, rarely of an item left out — an item left
    out of a list this long is seldom so small, and seldom a round one-digit amount."""
    gap = (total - listed).scaleb(places)
    if gap <= 0 or gap != gap.to_integral_value() or gap * 100 >= total.scaleb(places):
        return False
    if len(str(int(gap)).rstrip("0")) != 1:
        return False
    # the two figures' shown digits differ in that one place only: a digit typed for another (2263, 2253),
    # not a sum that borrows across places (4000 said, 3990 listed: an item of 10 left out reads as well)
    said, summed = str(int(total.scaleb(places))), str(int(listed.scaleb(places)))
    return len(said) == len(summed) and sum(a != b for a, b in zip(said, summed, strict=True)) == 1


def over_by_one(whole: str, names: list[str], total: Decimal, values: list[Decimal]) -> bool:
    """Whether whole counts of posts that name a class within a class (行政工勤编制 beside 行政编制) exceed
    their total by exactly one, no part being 1 (编制39人，其中行政编制32人，行政工勤编制8人). Read beside
    its first class, the part makes the list one classification's categories, which cannot exceed the
    total; read inside it, the total would run past the list by an unnamed item one less than that part
    — a coincidence, where a slip of one digit is the plain reading. A part of 1 may lie inside another,
    and lists of kinds that overlap (党员5人，女性4人 of 8) are not read."""
    if len(values) < 2 or sum(values, Decimal(0)) != total + 1 or any(v <= 1 for v in values) or not _within(names):
        return False
    return disjoint(whole, [_last_class(n) for n in names], False)


# what a person is besides the kind of staff they are (党员, 女性, 本科学历, 高级职称, 35岁以下): counts named so
# cut across the staff's kinds and across each other, so a list of them may sum to anything
_ATTRIBUTE = re.compile(r"党员|团员|女|男性|民族|学历|学位|本科|大专|专科|中专|研究生|硕士|博士|职称|高级|中级|初级"
                        r"|岁|以上|以下|退役|残疾|党外|民主党派|籍")


def listed_over_by_one(names: list[str], total: Decimal, values: list[Decimal]) -> bool:
    """Whether three or more counts listed after 其中 exceed their total by exactly one, none of them 1 and
    none named by an attribute (孤儿、困境儿童315人，其中：集中供养孤儿7人，散居孤儿90人，事实无人抚养儿童185人，
    艾滋病感染儿童33人 makes 315 of a total written 314). A writer who lists a total item by item after 其中
    lists its parts (on the real pages read, 20 such lists of 24 sum to it exactly, the rest fall short or are
    attributes); kinds that overlap may sum to anything, and that they overrun it by exactly one is a
    coincidence where a slip of one digit is the plain reading. Attributes (党员, 女性, 本科学历) cut across the
    kinds and each other, and a part of 1 may lie inside another: neither is read."""
    return len(values) >= 3 and sum(values, Decimal(0)) == total + 1 and all(v > 1 for v in values) \
        and not any(_ATTRIBUTE.search(n) for n in names) and not _carried_and_rebuilt(names)


def _carried_and_rebuilt(names: list[str]) -> bool:
    """Projects carried on beside rebuilt ones (续建项目4个，改扩建项目2个): one project may be both (``_OPEN``)."""
    return any("续建" in n for n in names) and any("改建" in n or "扩建" in n for n in names)


def _last_class(name: str) -> str:
    """A name of two classes read as its last (行政工勤编制 → 工勤编制); any other name as it is."""
    if sum(k in name for k in _CLASSES) < 2:
        return name
    return name[next(i for i in range(1, len(name)) if name.startswith(_CLASSES, i)):]
