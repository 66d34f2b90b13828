"""A count followed by the list it counts: “内设5个部门，分别是A、B、C、D及E” holds five names.

Part of the arithmetic check (see ``tables``). A count N个/家/项/名/所/处/期/场/批… (digits or Chinese numerals)
is compared with the list right after it, up to the end of its sentence:

* the list is introduced by a mark or a word (：, ，即, 分别是/分别为, 包括, 有) or, written without one,
  starts right after the counted noun (内设7个职能科室办公室、表演艺术部…) or after a bare comma, closing the
  sentence (下设直属单位6个，市民政事务中心、市救助站…。) — then its items must be names of units (…部、…科、…中心),
  separated by 、;
* items are separated by 、 (or, after 分别是/即/：, by commas when there is no 、; a list with both
  is not counted unless what follows its comma are units' bare names, …科，…场: the marks were mixed), brackets inside an item are its own detail; the last item may join two names with 及/和/与 (A、B及C), so a count
  that fits either reading is accepted;
* an open list (…等, 其中, 主要有) or a list that runs to the end of the text (a cut excerpt) is not
  counted, nor one of fewer than three items (two only when a lead other than 包括/有 and a 、 set out
  two units' names: 二级单位3家，即甲中心、乙中心), nor one whose items are not the members one by one: a
  bare kind (12个科、股、站) or a range (第一分队至第五分队), nor one after a second count (下设三科一室，
  即…: the list names the members of both) or before one (两委一办三处，分别是…: the same);
* a list in brackets right after the counted noun (内设机构4个（办公室、财务股、业务股）) counts too,
  unless it breaks the count down by figures (58名（行政编制16名、…）, or 包括23个数量指标、2个…
  after a lead); so does a list after a colon
  whose names are separated by ； and end the sentence (下设3个单位：A中心；B中心；C大队。);
* a count whose line ends with a colon leads into the lines numbered 1, 2, 3 … (or (1), （一）, one
  style) after it, when each opens with a unit's name (内设机构3个： / 1.办公室：负责… / 2.财务股 …) —
  or, for a count of items (4项职责：), when each closes its sentence (（一）拟订…规划；), the customary
  last duty (完成上级交办的其他任务) perhaps left out of the count, or for a count of the report's own points
  (6个绩效目标，分别为：) whose line says they follow one by one, whatever each line says — and the numbering
  stops before the text ends;
* a list of units' names (…股, …馆, …剧团) right before a count of units in its clause (下设办公室、财务股、农经股、产业股
  4个股室; …、产业股共4个股室) is that count's list; not after 等 (办公室、财务股等4个股室 names two of four),
  nor when the count is of people or things (…产业股5名干部). A second count of units joined to it
  (…普查中心3个股室和1个事业单位) shares the list: the names count the members of both.

* a count of projects whose sums stand between it and the list of its projects, each with its sum
  (项目支出共5个，年初预算数…万元，支出数…万元，包括：甲…资金…万元、…): see ``count_members``.

* a count of items whose colon opens points told 一是…；二是…；三是… in its paragraph (完成以下三项工作：一是…)
  has the points, numbered on from 一, as its list: more points are a miscount, fewer only when the
  paragraph closes the list and the next one goes on with no point; not after words that say the
  points are some of them (其中主要有：).

A count that fits no reading is a warning: the list or the number lost or gained an item.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.chinese import to_int
from ...report import Report, TextUnit
from .count_fields import check_count_fields
from .count_members import project_items
from .grid import Num, make_finding
from .respectively import check_respectively

__all__ = ["check_count_lists"]

# (执法二支队 names a detachment: 支 before 队 is a name's, not 两支队伍's measure word)
# (its first character a class ``re`` skips to in C, the look-behind and the kind of figure told after
# it: opening with the look-behind, every character was tried)
_COUNT = re.compile(r"([\d一二三四五六七八九十两](?<![\d.,，、第].)(?:(?<=\d)\d{0,2}|(?<=[一二三四五六七八九十两])[一二三四五六七八九十两]{0,2}))"
                    r"\s*(个|個|家|项|名|人|所|处|座|类|支(?!队(?!伍))|条|期|场|批)")
# what every count holds, searched for first (it opens with a character class, which ``re`` skips to;
# the count's look-behind has it tried at every character)
_COUNTED = re.compile(r"[\d一二三四五六七八九十两]\s*[个個家项名人所处座类支条期场批]")
_LEAD = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:[，,]\s*(?:即|分别是|分别为|包括|有)[:：]?|[:：]\s*(?:即|分别是|分别为|包括)?"
                   r"|(?:即|分别是|分别为|包括)[:：]?)")
_END = re.compile(r"[。；;\n]")
# (an item's own aside in any brackets: 信访室〈举报中心、投诉中心〉 is one member)
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]|〈[^〈〉]*〉|【[^【】]*】|\[[^\[\]]*\]")
# (… 及其下设的检测室: 及其 adds the member's own part, not another member)
_CONJ = re.compile(r"(?:以及|及|和|与)(?!其)")
# a title or a quoted name is one item whatever it holds: 《资产、采购管理办法》, “清风、护苗”行动
_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”|‘[^‘’]*’|「[^「」]*」|\"[^\"]*\"")
_OPEN = re.compile(r"等|其中|主要有|之一|若干")
_MAX_ITEM = 25
# a list's items are the counted members only when each names one: a bare kind (庭, 室, 中心) names a
# kind of member, and a range (一室至六室, 1号—5号) names many
_KIND_ONLY = re.compile(r"(?:直属|下属|所属|二级|基层|内设|派出)?"
                        r"(?:所|队|科|室|股|部|局|处|站|院|馆|中心|办|委|组|庭|会|厅|社|司|单位|学校|小学|中学|医院|机构|部门)+")
_RANGE = re.compile(r"\S(?:至|到(?!位|账|达|期|岗|户)|～|~|—|－)\S")  # (资金到位, 到账: no range)
# a second count between the count and its list (下设三处一室，即…; 5个乡镇、2个街道：…)
_ANOTHER_COUNT = re.compile(r"(?<![第])(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|名|所|处|座|类|条|室|科|股|站|队|中心)")
_UNIT_KINDS = r"所|队|科|室|股|部|局|处|站|院|馆|场|中心|办|委|组|庭|会|厅|社|司|单位|学校|小学|中学|医院|团"
_UNIT_END = re.compile(rf"({_UNIT_KINDS})$")
# a unit's bare name, nothing said of it: what follows a list's comma is then one more of its names
_NAME_ONLY = re.compile(rf"[\u4e00-\u9fff]{{1,12}}(?:{_UNIT_KINDS})")


# commas between items, not a figure's thousands separator (1,230万元)
_COMMA = re.compile(r"，|,(?!\d{3})")
# a clause with a figure of money or of a measure, or opening with what it says of the members listed
_TOLD = re.compile(r"\d\s*(?:万|亿|元|%|％|人|户|个|项|次|件|名|家)|^\s*(?:分别|合计|共计|累计|其中|均|各)")


def _items(segment: str, led: bool) -> list[str] | None:
    """The names of a list segment, or None when it is not a closed list of names."""
    plain = _BRACKETS.sub("", segment).strip()
    plain = _QUOTED.sub(lambda q: q.group(0).replace("、", "\ue000"), plain)  # 《资产、采购管理办法》 is one name
    if "、" in plain and _COMMA.search(plain):
        head, tail = _COMMA.split(plain, maxsplit=1)
        if not led or "、" not in head or "、" in tail:
            return None  # 、 inside comma-separated items, or two lists: which level is counted is unclear
        more = _COMMA.split(tail)
        if all(_NAME_ONLY.fullmatch(i.strip()) for i in more):
            plain = "、".join([head, *more])  # 即A室、B室，C室，D室: the marks were mixed, the names go on
        else:
            plain = head  # 分别为A、B、C，受益人口3.2万人: the list ends at the clause that follows it
    if "、" in plain:
        items = plain.split("、")
    elif "；" in plain:
        items = [i for i in plain.split("；") if i.strip()]
        if not all(_UNIT_END.search(i.strip()) for i in items):
            return None  # clauses, not names
    elif led:
        items = _COMMA.split(plain)
        # the list ends at the clause that tells of its members (…补贴和…补贴，分别发放1,230万元和560万元，合计…)
        told = next((k for k, i in enumerate(items) if _TOLD.search(i)), len(items))
        items = items[:told]
    else:
        return None
    items = [i.strip().replace("\ue000", "、") for i in items]
    items = [x for i in items for x in (i.split("。") if all(_NAME_ONLY.fullmatch(h) for h in i.split("。")) else [i])]  # 。 for 、
    # two names only where a lead and a 、 set them out as units' names (二级单位2家，即甲中心、乙中心)
    pair = len(items) == 2 and led and "、" in plain and all(_NAME_ONLY.fullmatch(i) for i in items)
    if (len(items) < 3 and not pair) or any(not re.search(r"[\u4e00-\u9fff]", i) or len(i) > _MAX_ITEM for i in items):
        return None
    if _OPEN.search(plain):
        return None
    if any(_KIND_ONLY.fullmatch(i) or _RANGE.search(i) for i in items):
        return None  # kinds (12个科、股、站) or a range (一分队至五分队), not the counted members one by one
    if sum(1 for i in items if _COUNT.search(i)) >= 2 or any(_group(i) for i in items):
        return None  # a breakdown by figures (包括23个数量指标、2个质量指标…), or an item that is a group of members
        # (…县幼儿园及19个乡镇中心学校所属中小学): the count is their sum, not the items'
    if not led and not all(_UNIT_END.search(i) and not re.search(r"\d", i) for i in items[1:]):
        return None  # without a lead only a list of units' names (…股、…科、…中心) is surely the count's
    return items


_PAREN_LIST = re.compile(r"[\u4e00-\u9fff]{0,10}?[（(]([^（()）]+)[)）]")
_NAMED_BEFORE = re.compile(r"涉及|覆盖|涵盖|位于|分布|来自|属于")  # a verb whose object the brackets then name
_SEMI_LIST = re.compile(r"[\u4e00-\u9fff]{0,10}?[:：]\s*(?:分别是|分别为|即|包括)?[:：]?([^。\n]+?)(?:。|$)")


def _list_after(text: str, at: int) -> tuple[int, int, bool] | None:
    """[start, end) of the list right after a count ending at ``at``, and whether a lead introduced it:
    a list in brackets right after the counted noun (内设机构4个（办公室、财务股…）), one after a colon
    whose names end in ； (下设3个单位：A；B；C。), or the sentence's list up to its end."""
    paren = _PAREN_LIST.match(text, at)
    if paren is not None and _NAMED_BEFORE.search(text, at, paren.start(1)):
        paren = None  # 三批项目涉及甲镇（东村、西村…）: the brackets list 甲镇's members, not the count's
    if paren is not None and "、" in paren.group(1) and not re.search(r"\d", paren.group(1)):  # not 58名（行政编制16名、…）
        return paren.start(1), paren.end(1), True
    semi = _SEMI_LIST.match(text, at)
    if semi is not None and semi.group(1).count("；") >= 2 and "、" not in semi.group(1) and semi.group(0).endswith("。"):
        return semi.start(1), semi.end(1), True
    stop = _END.search(text, at)
    if stop is not None:
        end = stop.start()
    elif text.rstrip().endswith((":", "：")):
        end = len(text.rstrip())  # …，具体情况如下： the paragraph leads into the next ones: not cut off
    else:
        return None  # runs to the end of the text: perhaps cut off
    lead = _LEAD.match(text, at, end)
    if lead is not None:
        start, led = lead.end(), True
    else:
        start, led = at, False
    if not led and (names := _COMMA_NAMES.match(text, at, end)) is not None:
        return names.start(1), names.end(1), False  # 下设直属单位6个，甲中心、乙站、丙院。: the names alone after a comma
    if not led:
        comma = re.search(r"[，,]", text[start:end])
        end = start + comma.start() if comma else end
    return start, end, led


# a count's list after a bare comma: units' names only (each ending as a unit does, no figure), closing the sentence
_COMMA_NAMES = re.compile(rf"[，,]\s*((?:[\u4e00-\u9fff]{{1,20}}?(?:{_UNIT_KINDS})、)+"
                          rf"(?:[\u4e00-\u9fff]{{1,20}}?(?:以及|及|和|与))?[\u4e00-\u9fff]{{1,20}}?(?:{_UNIT_KINDS}))\s*$")


def _group(item: str) -> bool:
    """Whether an item is a group of members: a count naming what follows it (19个乡镇中心学校所属中小学), not
    a value closing the item (an indicator's 整治数量6个 is one item)."""
    return any(re.search(r"[\u4e00-\u9fff]", item[m.end():]) for m in _COUNT.finditer(item))


def _readings(items: list[str], segment: str = "") -> set[int]:
    """How many names the list holds: an item may join two with 及/和/与 — certainly when the name before
    the conjunction ends like a unit's name (车辆管理所及指挥中心), else perhaps (城乡规划及建设管理股 is one
    name). Mostly the last item, but a writer may join a pair anywhere (…技术服务部和检验科、影像科).
    Where every item ends in its unit's kind, a part before the conjunction that has none is no unit's
    name: …综合执法队、生态环境和农业农村综合服务中心 names one centre by its two fields."""
    sure = more = 0
    kinds = all(_UNIT_END.search(i) for i in items)
    for item in items:
        parts = _CONJ.split(item)
        # a conjunction after a unit's name surely joins two names; one inside a name (森林火灾预防与安全生产科)
        # may not: 行政审批科和森林火灾预防与安全生产科 is two names, or three; in an earlier item only a sure one
        # (of three characters or more: a two-character word is a common noun far more often than a unit's
        # whole name — 家庭和儿童工作部 is one department, 党委和政府办公室 perhaps one office, 团委和妇委会 perhaps two)
        known = sum(1 for p in parts[:-1] if _UNIT_END.search(p) and len(p) >= 3)
        sure += known
        more += len(parts) - 1 if item is items[-1] and not kinds else sum(1 for p in parts[:-1] if _UNIT_END.search(p))
    glued = len(_GLUED.findall(segment))  # and a name after a bracket, its 、 lost, is perhaps one more
    return {len(items) + sure, len(items) + more, len(items) + more + glued}


# a unit's name right after the bracket of the name before it, the 、 between them lost: 办公室(装备财务保障股)政工室、…
_GLUED = re.compile(rf"[)）〉】\]][\u4e00-\u9fff]{{1,12}}?(?:{_UNIT_KINDS})(?=[、，,；;]|$)")


def check_count_lists(report: Report) -> list[Finding]:
    """A count N个/家/项/名… whose list right after it holds another number of names; and a list of
    names whose 分别 gives another number of figures (``respectively``)."""
    out: list[Finding] = check_respectively(report)
    units = list(report.units())
    for k, unit in enumerate(units):
        if unit.kind == "cell" and len(unit.text) < 20:
            continue
        for m in _COUNT.finditer(unit.text) if _COUNTED.search(unit.text) else ():
            if _ordinal(unit.text, m) or _CHAINED.search(unit.text, max(0, m.start() - 2), m.start()):
                continue
            found = _check_members(unit, m)  # a list of projects, each with its sum: it alone is the count's
            if found is None:
                found = _check_one(unit, m) or _check_before(unit, m, _lead_in(units, k)) or _check_etc(unit, m) \
                    or _check_points(units, k, m)
            if isinstance(found, Finding):
                out.append(found)
        if unit.text.rstrip().endswith((":", "：")) and (finding := _numbered_lines(units, k)) is not None:
            out.append(finding)
    return out + check_count_fields(report)


# a line's list number: 1. 1、 1． (1) （1）
_LINE_NUMBER = re.compile(r"^\s*(?:(\d{1,2})\s*[.．、]|[（(](\d{1,2})[)）]|[（(]([一二三四五六七八九十]{1,3})[)）])\s*")
_ITEMS = "项条"  # a count of items (4项职责：): its numbered lines may say anything, each closing its sentence
_ITEM_NOUN = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:目标|指标|任务|措施|问题|建议)")
_ONE_BY_ONE = re.compile(r"(?:分别为|分别是|具体如下|如下)\s*[:：]\s*$")
_OTHER_TASKS = re.compile(r"其他(?:任务|工作|事项)|交办")
_ITEM_END = re.compile(r"[；;。]\s*$")
_NAME_PART = re.compile(r"[^：:，,。；;（(]+")


def _numbered_lines(units: list[TextUnit], k: int) -> Finding | None:
    """A count whose line leads into lines numbered 1, 2, 3 … that each open with a unit's name (1.办公室：
    负责…): the numbered units are its list. Not when the numbering runs to the end of the text (an
    excerpt may be cut there) or any line names no unit (duties, tasks)."""
    unit = units[k]
    counts = list(_COUNT.finditer(unit.text))
    if not counts or re.search(r"[。！？；;]", unit.text[counts[-1].end():]) or _ALL_NAMED.search(unit.text, counts[-1].end()):
        return None  # (in an earlier sentence: …事业单位2个。…包括：; or clause: …机构为1个,全院的所有庭室名称为:)
    m = counts[-1]
    n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
    names: list[str] = []
    j = k + 1
    style = None
    # a count of the report's own points (6个绩效目标) whose line says they follow one by one (，分别为：)
    told_one_by_one = bool(_ITEM_NOUN.match(unit.text, m.end())) and _ONE_BY_ONE.search(unit.text) is not None
    while j < len(units) and (num := _LINE_NUMBER.match(units[j].text)) and _line_number(num) == len(names) + 1 \
            and style in (None, _style(num)):
        style = _style(num)
        name = _NAME_PART.match(units[j].text, num.end())
        if name is not None and ((m.group(2) in _ITEMS and _ITEM_END.search(units[j].text)) or told_one_by_one):
            names.append(name.group().strip()[:12])  # an item: a duty or a task, told in its line
        elif name is None or not _NAME_ONLY.fullmatch(name.group().strip()):
            return None
        else:
            names.append(name.group().strip())
        j += 1
    if n is None or j >= len(units) or len(names) < 3 or n == len(names):
        return None
    last = units[j - 1]
    if n == len(names) - 1 and _OTHER_TASKS.search(last.text):
        return None  # 主要职责有3项： … 4.完成上级交办的其他任务: the customary last duty, not counted

    return _mismatch(unit, m, n, names, {len(names)}, last, 0, len(last.text), "分行编号列举")


def _line_number(num: re.Match[str]) -> int | None:
    return int(num.group(1) or num.group(2)) if num.group(3) is None else to_int(num.group(3))


def _style(num: re.Match[str]) -> int:
    """Which of the numbering styles (1. / (1) / （一）) a line uses: a list keeps to one."""
    return next(k for k in (1, 2, 3) if num.group(k) is not None)


_DIGITS = "一二三四五六七八九十"
_ALL_NAMED = re.compile(r"[，,][^，,。；;]{0,16}?(?:所有|全部)[^，,。；;]{0,16}?[:：]\s*$")  # a lead-in of its own


# a count written after other counted groups with no mark between (两委一办三处，分别是…): the list after it
# names the members of all of them, whose sum no single count states
_CHAINED = re.compile(r"[\d一二三四五六七八九十两][\u4e00-\u9fff]$")


def _ordinal(text: str, m: re.Match[str]) -> bool:
    """Whether a count is the last of a series of names (一批项目…二批项目…三批项目: the third batch, not three):
    the paragraph writes every number before it, from one, with the same measure and the same word after."""
    n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
    word = text[m.end():m.end() + 2]
    if n is None or not 2 <= n <= 10 or len(word) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False
    head = text[:m.start()]
    return all(f"{str(k) if m.group(1).isdigit() else _DIGITS[k - 1]}{m.group(2)}{word}" in head for k in range(1, n))


def _check_one(unit: TextUnit, m: re.Match[str]) -> Finding | None:
    text = unit.text
    n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
    found = _list_after(text, m.end())
    if n is None or n < 2 or found is None:
        return None
    start, end, led = found
    if _ANOTHER_COUNT.search(text, m.end(), start):
        return None  # 三处一室，即…: the list names the members of both counts together
    clause = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:\n") + 1
    if _ANOTHER_COUNT.search(text, clause, m.start()):
        return None  # 3个乡镇的12个村，分别为…: the list may name the members of the count before
    items = _items(text[start:end], led)
    if items is not None and n not in _readings(items) and (more_names := _after_semicolon(text, end)) is not None:
        items, end = items + more_names[0], more_names[1]  # 县看守所、县拘留所；城关派出所、…: the list goes on
    if items is None or n in _readings(items, text[start:end]) or (len(items) == 2 and re.search(r"包括|包含|有", text[m.end():start])):
        return None  # (two names after 包括 may be two of more)
    more = _MORE.match(text, end)  # 分别是A、B、C。另有1家（D）…: the rest of the count told next
    k = None if more is None or more.group(2) != m.group(2) else \
        int(more.group(1)) if more.group(1).isdigit() else to_int(more.group(1))
    if k is not None and n in {r + k for r in _readings(items)}:
        return None
    return _mismatch(unit, m, n, items, _readings(items), unit, start, end, "列举")


_SEMI_TAIL = re.compile(r"[；;]([^。；;\n：:]+)(?=[。；;\n]|$)")


def _after_semicolon(text: str, end: int) -> tuple[list[str], int] | None:
    """The names a list goes on with after a ； (归口管理机构13个：县看守所、县拘留所；城关派出所、桃川派出所…),
    grouped by kind, and where they end; None when what follows the ； is no list of units' names."""
    names: list[str] = []
    while (tail := _SEMI_TAIL.match(text, end)) is not None:
        more = [i.strip() for i in tail.group(1).split("、")]
        if not all(_NAME_ONLY.fullmatch(i) and _UNIT_END.search(i) for i in more):
            break
        names, end = names + more, tail.end()
    return (names, end) if names else None


def _check_members(unit: TextUnit, m: re.Match[str]) -> Finding | bool | None:
    """A count of projects whose sums, then a list of the projects each with its sum, follow it
    (``count_members``): its finding, False when the list holds the count, None when no such list."""
    n = _number(m.group(1))
    found = project_items(unit.text, m.start(), m.end(), m.group(2))
    if n is None or n < 3 or found is None:
        return None
    start, end, names = found
    readings = _readings(names)
    return False if n in readings else _mismatch(unit, m, n, names, readings, unit, start, end, "列举")


_MORE = re.compile(r"[。；;，,]\s*(?:另有|另外还有|此外还有|还有|其余|另)\s*(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(个|家|项|名|人|所|处|座|类|支|条)")


# a count of units right after a list of their names: 4个股室, 共3个中心, 3家单位
_UNITS_COUNTED = re.compile(r"(?:共|计|共计|合计|总计)?\s*$")
_UNIT_NOUN = re.compile(r"\s*(?:个|家|所)\s*(?:内设|直属|下属|所属|二级)?"
                        r"(?:机构|部门|单位|科室|股室|处室|站所|中心|科|股|室|站|所|局|院|馆|队|办)")
_LIST_LEAD = re.compile(r"下设|内设|设有|设立|设置|下辖|包括|包含")


def _lead_in(units: list[TextUnit], k: int) -> str:
    """The line before paragraph ``k`` when it ends on 、: a list's separator never closes a paragraph,
    so that line is the same sentence wrapped (a PDF's line the reader could not join), and a list
    running over the break is one list (内设A、B、/ C、D、E5个股室)."""
    before = units[k - 1] if k > 0 else None
    if before is None or before.kind != "paragraph" or units[k].kind != "paragraph":
        return ""
    return before.text if before.text.rstrip().endswith("、") else ""


def _check_before(unit: TextUnit, m: re.Match[str], lead_in: str = "") -> Finding | None:
    """A count of units whose list of names stands right before it in its clause (``lead_in``: the
    wrapped line the clause began on)."""
    off = len(lead_in)
    text = lead_in + unit.text
    n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
    noun = _UNIT_NOUN.match(text, m.start(2) + off)
    if n is None or n < 2 or m.group(2) not in "个家所" or noun is None:
        return None
    clause = max(text.rfind(c, 0, m.start() + off) for c in "，,。；;：:\n") + 1
    tail = _UNITS_COUNTED.search(text, clause, m.start() + off)
    end = tail.start() if tail else m.start() + off
    first = text.find("、", clause, end)
    lead = None if first < 0 else next(_LIST_LEAD.finditer(text, clause, first), None)  # 局机关下设办公室、…
    start = lead.end() if lead else clause
    segment = text[start:end]
    if "、" not in segment or segment.endswith("等") or _ANOTHER_COUNT.search(segment):
        return None
    items = _items(segment, False)
    if items is None or not _UNIT_END.search(items[0]) or n in _readings(items, segment):
        return None
    joined = _JOINED_COUNT.match(text, noun.end())
    if joined is not None and (k := _number(joined.group(1))) is not None and n + k in _readings(items):
        return None  # A、B、C、D3个股室和1个事业单位: the names before count the members of both counts
    return _mismatch(unit, m, n, items, _readings(items), unit, max(start - off, 0), end - off, "前文列举")


# a second count of units joined to the first (…3个股室和1个事业单位): the list before names both counts' members
_JOINED_COUNT = re.compile(r"\s*(?:和|及|以及|与|、|，另有|，还有)\s*(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|所)")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else to_int(text)


def _check_etc(unit: TextUnit, m: re.Match[str]) -> Finding | None:
    """A count after 等 closing the list before it in its clause (A、B…、X等13个指标): 等 may leave
    names out, so fewer names are fine; more names than the count are a miscount."""
    text = unit.text
    n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
    tail = _ETC.search(text, 0, m.start())
    if n is None or n < 2 or tail is None:
        return None
    clause = _semicolon_parts(text, max(text.rfind(c, 0, tail.start()) for c in "，,。；;：:\n") + 1)
    lead = next(_LIST_LEAD.finditer(text, clause, tail.start()), None)
    start = lead.end() if lead else clause
    segment = text[start:tail.start()].replace("；", "、").replace(";", "、")
    if segment.count("、") < n or _ANOTHER_COUNT.search(segment):
        return None
    items = _items(segment, True)
    if items is None or min(_readings(items)) <= n:
        return None
    return _mismatch(unit, m, n, items, _readings(items), unit, start, tail.start(), "前文列举")


_ETC = re.compile(r"等\s*(?:共|共计|计)?\s*$")
# a piece of a list a semicolon parted from the rest (…、新冠肺炎排查率;发病病人筛选率;社会群防群控宣传力度、…等十三个):
# names only — no clause mark, no count of its own, no verb's few words before a colon
_LIST_PIECE = re.compile(r"[^，,。；;：:！？!?\n\d]{2,}$")


def _semicolon_parts(text: str, clause: int) -> int:
    """The start of a list whose items a semicolon or two parted where its 、 belonged: pieces of names back from
    ``clause`` (a 、-list, or one name of twenty characters at most between two), up to the clause the list opens."""
    start = here = clause
    while here > 0 and text[here - 1] in "；;":
        before = max(text.rfind(c, 0, here - 1) for c in "，,。；;：:\n") + 1
        piece = text[before:here - 1]
        if not _LIST_PIECE.match(piece) or _ANOTHER_COUNT.search(piece) or ("、" not in piece and len(piece) > 20):
            break
        here = before
        if "、" in piece:
            start = here  # the list reaches back only as far as a piece that lists with 、: a lone clause is no name
    return start


# a count whose colon opens points told 一是…；二是…: 完成以下三项工作：一是…；二是…；三是…。
_POINTS_LEAD = re.compile(r"[\u4e00-\u9fff]{0,8}?[:：]\s*(?=一是)")
_SOME = re.compile(r"等|其中|主要|之一|若干|部分|例|如下|举")
_POINT = re.compile(r"(?:^|(?<=[:：；;。，,\s]))([一二三四五六七八九十]{1,2})是")


def _check_points(units: list[TextUnit], k: int, m: re.Match[str]) -> Finding | None:
    """A count of items whose colon leads into points 一是, 二是 … in its paragraph: the points, numbered
    on from 一, are its items. More points than the count are a miscount; fewer only when the paragraph
    closes the list (its last point ends a sentence) and the next paragraph goes on with no point."""
    unit, text = units[k], units[k].text
    n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
    lead = _POINTS_LEAD.match(text, m.end())
    if n is None or n < 2 or lead is None or m.group(2) not in "个项条类" or _SOME.search(lead.group()):
        return None  # (其中主要有：, 举例如下： the points name some of them)
    points = list(_POINT.finditer(text, lead.end()))
    numbers = [to_int(p.group(1)) for p in points]
    if numbers != list(range(1, len(points) + 1)) or len(points) < 2 or len(points) == n:
        return None  # (a point numbered out of turn: a second list, or the points of a point)
    last = text.rstrip()
    nxt = units[k + 1].text.lstrip() if k + 1 < len(units) else ""
    if len(points) < n and (not last.endswith("。") or not nxt or _POINT.match(nxt)):
        return None  # the list may go on below, or the text was cut
    ends = [p.start() for p in points[1:]] + [len(last)]
    items = [text[p.end():e].strip("；;。，, ")[:12] for p, e in zip(points, ends, strict=True)]
    return _mismatch(unit, m, n, items, {len(points)}, unit, points[0].start(), len(last), "一是、二是…分点列举")


def _mismatch(unit: TextUnit, m: re.Match[str], n: int, items: list[str], readings: set[int],
              where: TextUnit, start: int, end: int, how: str) -> Finding:
    """The finding for count ``m`` (``n``) against the ``items`` listed at ``where[start:end]``,
    which hold any of ``readings`` names."""
    count = Num(Decimal(n), 0, False, unit.at(m.start(), m.end()), m.group(0))
    listed = Num(Decimal(len(items)), 0, False, where.at(start, end), where.text[start:end])
    shown = "、".join(items) if len(items) <= 8 else "、".join(items[:6]) + "…"
    counted = "或".join(f"{r}项" for r in sorted(readings))
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{m.group(0)}”与{'' if how.startswith('前文') else '其后'}{how}的名称数不符：列举了{counted}",
        count, [listed],
        f"{m.group(0)}{'，而' if how.startswith('前文') else '之后'}{how}：{shown}，共{counted}，与{n}不符",
        f"核对数目与列举的名称，将“{m.group(0)}”改为实际数目，或补全、删去多余的名称", "count_list",
    )
