"""Another unit's name left in a sentence copied from its report: 金寨县白塔畈镇人民政府2023年度下达上级资金转移支付
755.19万元 in the report of 金寨县麻埠镇人民政府, which says the very same of itself elsewhere.

Part of the entity check. Why: a unit drafts its report from a sibling's (a neighbouring town's, another
county's same bureau) and replaces its name everywhere but once. Premises, quiet unless sure:
- the report names its own unit at least ``OWN`` times in full (region, name, kind: 金寨县麻埠镇人民政府);
- the other name has the same shape and the same kind and differs in one part: the town's own name
  under the same region (白塔畈镇 for 麻埠镇), or the region before the same bureau (霍山县财政局 for
  金寨县财政局);
- the words right after the other name repeat those after one of the own name's places for at least
  ``FRAME`` characters, an amount of money among them (2023年度下达上级资金转移支付755.19万元): one sum is
  one unit's, so the sentence was the sibling's and is now about this unit. Parallel sentences about
  several units state each its own sum, and a document's title cited by two issuers (…财政局关于转发…)
  holds no amount: neither is read.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report

__all__ = ["sibling_units"]

_HAN = "\u4e00-\u9fff"
# a town under its region: 金寨县 · 麻埠 · 镇人民政府
_TOWN = re.compile(rf"(?<![{_HAN}])([{_HAN}]{{2,8}}?[市县区旗])([{_HAN}]{{2,4}}?)(镇人民政府|乡人民政府|街道办事处)")
# a bureau under its region: 金寨县 · 财政局
_BUREAU = re.compile(rf"(?<![{_HAN}])([{_HAN}]{{2,4}}?[市县区旗])([{_HAN}]{{2,10}}?(?:局|委员会|办公室|中心))")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|亿元|元)")
OWN = 3
FRAME = 12
_AFTER = 60  # characters read after a name


def _after(text: str, end: int) -> str:
    return no_blanks(text[end:end + 2 * _AFTER])[:_AFTER]


def _common_start(a: str, b: str) -> str:
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[:n]


def _names(text: str) -> list[tuple[tuple[str, str], str, int, int]]:
    """Each unit's name in ``text``: (what two names of siblings share, the part that varies, start, end)."""
    towns = [((m[1], m[3]), m[2], m.start(), m.end()) for m in _TOWN.finditer(text)]
    bureaus = [(("", m[2]), m[1], m.start(), m.end()) for m in _BUREAU.finditer(text)]
    return towns + bureaus


def sibling_units(report: Report) -> list[Finding]:
    units = list(report.units())
    seen: dict[tuple[str, str], list[tuple[str, int, int, int]]] = defaultdict(list)
    for k, u in enumerate(units):
        for shared_part, varies, s, e in _names(u.text):
            seen[shared_part].append((varies, k, s, e))
    out: list[Finding] = []
    for places in seen.values():
        names = Counter(p[0] for p in places)
        own, count = names.most_common(1)[0]
        if len(names) < 2 or count < OWN:
            continue
        frames = [_after(units[k].text, e) for v, k, _, e in places if v == own]
        for v, k, s, e in places:
            if names[v] >= OWN:
                continue  # the own name, or a name the report writes as often: two units it is about
            shared = max((_common_start(_after(units[k].text, e), f) for f in frames), key=len)
            if len(shared) < FRAME or not _AMOUNT.search(shared):
                continue
            found = units[k].text[s:e]
            right = found.replace(v, own, 1)
            out.append(Finding(
                kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                message=f"“{found}”不是本报告的单位，疑为沿用其他单位报告时未改的名称",
                location=FindingLocation.of(report, units[k].at(s, e)),
                evidence=f"报告{count}处写本单位“{right}”；此句其后的“{shared[:30]}”与写本单位的一句相同",
                suggestion=f"改为“{right}”", rule="entities.sibling_unit"))
    return out
