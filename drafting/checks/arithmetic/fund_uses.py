"""A fund's allocation told as the use of all of it, against the fund's sum stated before it.

Part of the arithmetic check (see ``tables``). A project report names its fund and sum once (省下达我县
体育强省专项资金63.2万元) and sets out below how the fund was allocated (我县体育强省资金安排是：支持甲
5万元，支持乙13万元，…。): an allocation announced as the fund's — 资金安排是/为/如下, 资金分配… — gives
the whole of it, so its items add up to the fund's sum. Held only when the text pins both ends:

* the allocation names the fund (体育强省 after the year and the place are dropped; not a bare 资金 or
  专项资金), and its items are money only, each a name and its sum, at least three, to the end of a
  closed sentence, with no word that leaves some out or keeps some back (等, 其他, 其中, 主要, 部分,
  剩余, 结余, 另…);
* the report names that fund with one sum, and only one: a figure right after a name ending in 资金 or
  经费 that holds the fund's name and nothing that makes it a part or a use of it (配套, 支出, 已拨付,
  结余, 和/及: two funds, …); two different sums said of it (the province's share, the county's) leave
  which one was allocated open.

Money allocated from several funds, or only in part, is told in words this reading refuses.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import EXACT
from ...quantities import format_decimal
from ...report import Report
from .grid import EXPLAINED, NOT_EXPLAINED, make_finding
from .prose import _Fig, _figures, _listed

__all__ = ["check_fund_uses"]

_LEAD = re.compile(r"(?P<fund>[^。；;，,：:\n]{2,30}?)资金(?:的)?(?:具体)?(?:安排|分配)(?:情况)?(?:是|为|如下)[：:]")
_PLACE_TIME = re.compile(r"^(?:\d{4}年度?|(?:我|本|全)(?:县|市|区|州|盟|旗|省|局|单位|镇|乡)|[，,\s])+")
_GENERIC = re.compile(r"专项|项目|财政|补助|转移支付|本年|当年|年度|上级|中央|省级|市级|县级|资金|经费")
_SOME = re.compile(r"等|其他|其余|其中|包括|主要|部分|剩余|结余|未安排|待安排|另|分别")
_CLAUSE = re.compile(r"[，,。；;：:\n]")
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
_FUND_NAME = re.compile(r"(?:资金|经费)(?:总额|共|共计|合计|计|为|是)?$")
# a name that makes the figure a part or a use of the fund, or joins two funds
_NOT_WHOLE = re.compile(r"配套|支出|使用|拨付|执行|结余|结转|到位|已|累计|剩余|其中|每|人均|和|及|与|、|用于|安排")


def check_fund_uses(report: Report) -> list[Finding]:
    """Each allocation of a named fund whose items do not add up to the fund's one sum."""
    units = [u for u in report.units() if u.kind != "cell"]
    if not any("资金" in u.text and ("安排" in u.text or "分配" in u.text) and _LEAD.search(u.text) for u in units):
        return []  # no allocation told as a fund's: the figures need not be read
    named: list[tuple[int, str, bool, _Fig]] = []  # every money figure: paragraph, its name, a fund's whole?
    leads: list[tuple[int, re.Match[str], list[_Fig]]] = []
    for k, unit in enumerate(units):
        if not any(map(str.isdigit, unit.text)):
            continue
        figs = _figures(unit, 0, len(unit.text))
        named.extend((k, *_name(unit.text, f), f) for f in figs if f.money)
        leads.extend((k, lead, figs) for lead in _LEAD.finditer(unit.text))
    out: list[Finding] = []
    for k, lead, figs in leads:
        before = [(n, f) for j, n, whole, f in named if whole and (j < k or (j == k and f.start < lead.start()))]
        finding = _held(units[k].text, lead, figs, before, [(n, f) for _, n, _, f in named])
        if finding is not None:
            out.append(finding)
    return out


def _name(text: str, f: _Fig) -> tuple[str, bool]:
    """The words of a money figure's clause before it, and whether they name a fund's whole sum
    (…专项资金63.2万元), not a part or a use of it (县级配套…资金, 已拨付…资金)."""
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, f.start)), default=0)
    name = _BRACKETS.sub("", text[clause:f.start]).strip()
    return name, _FUND_NAME.search(name) is not None and not _NOT_WHOLE.search(name)


def _held(text: str, lead: re.Match[str], figs: list[_Fig], before: list[tuple[str, _Fig]],
          named: list[tuple[str, _Fig]]) -> Finding | None:
    """The allocation led by ``lead`` against the one sum the report names its fund with (``before`` it),
    when no other money figure of the report (``named``) is said of the fund."""
    key = _PLACE_TIME.sub("", lead.group("fund")).strip()
    if re.search(r"\d", key) or len(_GENERIC.sub("", key)) < 2:
        return None  # (资金安排如下, 专项资金安排是: which fund is not said)
    end = text.find("。", lead.end())
    if end < 0 or _SOME.search(text, lead.end(), end):
        return None
    parts = [f for f in figs if lead.end() <= f.start < end]
    if len(parts) < 3 or not all(p.money and p.m.qualifier is EXACT and _listed(p, text) for p in parts):
        return None
    said = [f for name, f in before if key in name]
    if not said or len({f.yuan for name, f in named if key in name and f not in parts}) != 1:
        return None  # the fund's sum not said before its allocation, or another sum said of the fund
    t = said[0]
    total = sum((p.yuan for p in parts), Decimal(0))
    if t.same(total):
        return None
    slack = t.half + sum((p.half for p in parts), Decimal(0))  # (5万元 may be a rounded 4.6万元: said, not held)
    places = max(f.m.places for f in (t, *parts))
    shown = format_decimal(total / t.factor, places) + t.unit_name
    formula = " + ".join(p.num.text for p in parts)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{key}”资金的安排之和 {shown} 与该资金 {t.num.text} 不符",
        t.num, [p.num for p in parts],
        f"“{lead.group(0).strip()}”列出的各项安排是这笔资金的全部去向：{formula} = {shown}，"
        f"而报告所述该资金为 {t.num.text}，相差 {format_decimal(abs(t.yuan - total) / t.factor, places)}{t.unit_name}"
        + (EXPLAINED if abs(total - t.yuan) <= slack else NOT_EXPLAINED),
        "核对资金总额与各项安排，更正有误的一处，或补列未写出的安排", "fund_uses_sum",
    )

