"""A count of projects whose list gives each one with its sum, after the sums of them all.

Part of the arithmetic check (see ``counts``). “我局项目支出共5个，年初预算数600万元，支出数580万元，
包括：甲…专项资金100万元、乙…经费90万元、…” — between the count and its list stand the counted set's own
sums, and the lead (包括, 分别是/分别为, 即, 具体为) then breaks them down member by member: every item a
project's name with its own sum. The list is what the count counts when:

* only clauses of the whole's sums (a label and a money figure) stand between the count and the lead, and
  the count is of projects (项目 before or right after it, counted with 个 or 项);
* every item reads a name then one money figure, the name of a project or a fund (…项目, …资金, …经费,
  …工程, …补助, …补贴) — not a source (中央资金, 省级补助), a kind of spending (人员经费, 公用经费) or a
  class of projects (…类项目): those break the sums down another way;
* the items' sums stay within the largest sum said of the whole (each is a part of it);
* the list is closed: no 等/其中/主要 in it, and the sentence ends (an excerpt may be cut).

Items are set apart by 、 (the last one after a comma too: the marks were mixed) or by commas; a
clause after a comma that is no such item ends the list (…，资金已全部到位). Names are read without
their figures, so a long project name is one item.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["project_items"]

_MONEY = r"\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元)"
# the clauses of the whole's sums, then the lead: ，年初预算数600万元，支出数580万元，包括：
_SUMS_THEN_LEAD = re.compile(
    r"(?P<sums>(?:[，,]\s*[^，,。；;：:、\d等其]{1,14}?" + _MONEY + r")*)"
    r"[，,]\s*(?:包括|分别是|分别为|即|具体为|具体是|具体包括)[:：]?")
_PROJECTS_BEFORE = re.compile(r"项目(?:支出)?(?:共|共计|合计|总计|计)?\s*$")
_PROJECTS_AFTER = re.compile(r"\s*(?:项目|专项)")
_ITEM = re.compile(r"(?P<name>.+?)(?:为|共|计)?\s*(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>亿元|万元|元)")
_HEAD = re.compile(r"(?:项目|资金|经费|工程|补助|补贴|专款)$")
# a source (中央资金, 省级财政补助资金), a kind of spending (人员经费) or a class (…类项目): another breakdown
_SOURCE = re.compile(r"(?:中央|国家|省|省级|自治区|市|市级|州|州级|县|县级|区|区级|本级|地方|上级|乡镇|财政|一般公共预算"
                     r"|政府性基金|自筹|社会|单位|其他|配套|专项|补助|转移支付|衔接|债券|结余|结转|剩余)+"
                     r"(?:资金|经费|补助|补贴|拨款|专款)")
_KIND = re.compile(r"(?:日常)?(?:人员|公用|基本|项目|运转|办公|工资福利|商品和服务)(?:经费|支出|资金)")
_NOT_ITEM = re.compile(r"^(?:其中|另|其余|合计|共计|累计|总计|已|均|分别|此外|同时)|类")
_OPEN = re.compile(r"等|其中|主要|部分|之一|若干")
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
_COMMA = re.compile(r"，|,(?!\d{3})")
_YUAN = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}


def project_items(text: str, count_start: int, count_end: int, measure: str) -> tuple[int, int, list[str]] | None:
    """[start, end) of the list and its items' names, when the count of projects at
    ``text[count_start:count_end]`` (``measure``: 个 or 项) has its sums and then a list of its projects
    with theirs; None when the text does not show the list is of the counted projects."""
    if measure not in "个项":
        return None
    clause = max(text.rfind(c, 0, count_start) for c in "，,。；;：:\n") + 1
    after = _PROJECTS_AFTER.match(text, count_end)
    if not _PROJECTS_BEFORE.search(text[clause:count_start]) and after is None:
        return None
    lead = _SUMS_THEN_LEAD.match(text, after.end() if after else count_end)
    stop = re.compile(r"[。；;\n]").search(text, count_end)
    if lead is None or stop is None:
        return None  # no lead after the sums, or the sentence runs to the end of the text (cut off)
    segment = text[lead.end():stop.start()]
    if _OPEN.search(segment):
        return None
    names, amounts, end = _named_items(segment)
    if len(names) < 3:
        return None
    sums = [_yuan(a, u) for a, u in re.findall(r"(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|元)", lead.group("sums"))]
    if sums and sum(amounts, Decimal(0)) > max(sums):
        return None  # the items add to more than the whole: they are not its parts one by one
    return lead.end(), lead.end() + end, names


def _named_items(segment: str) -> tuple[list[str], list[Decimal], int]:
    """The items that read a project's name then its sum, in order, and where the last one ends: the
    、-pieces must all be such items; a comma's piece that is not ends the list."""
    names: list[str] = []
    amounts: list[Decimal] = []
    end = 0
    for group_start, group in _pieces(segment, _COMMA, 0):
        pieces = _pieces(group, re.compile("、"), group_start)
        read = [_item(p) for _, p in pieces]
        if any(r is None for r in read):
            if len(pieces) > 1 or not names:
                return [], [], 0  # a 、-list with a piece of another kind, or the list opens with one
            break  # …，资金已全部到位: a clause after the list
        for r in read:
            assert r is not None
            names.append(r[0])
            amounts.append(r[1])
        end = group_start + len(group)
    return names, amounts, end


def _pieces(text: str, mark: re.Pattern[str], offset: int) -> list[tuple[int, str]]:
    """The pieces of ``text`` between ``mark``s, each with where it starts (``offset`` added)."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in mark.finditer(text):
        out.append((offset + start, text[start:m.start()]))
        start = m.end()
    out.append((offset + start, text[start:]))
    return out


def _item(piece: str) -> tuple[str, Decimal] | None:
    """A project's name and its sum, when the piece reads just that."""
    plain = _BRACKETS.sub("", piece).strip()
    m = _ITEM.fullmatch(plain)
    if m is None:
        return None
    name = m.group("name").strip()
    if not _HEAD.search(name) or len(name) < 6 or _NOT_ITEM.search(name) \
            or _SOURCE.fullmatch(name) or _KIND.fullmatch(name) or re.search(r"\d", name):
        return None
    return name, _yuan(m.group("amount"), m.group("unit"))


def _yuan(amount: str, unit: str) -> Decimal:
    return Decimal(amount.replace(",", "").replace("，", "")) * _YUAN[unit]
