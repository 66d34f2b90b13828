"""An output indicator that measures the money, not the work: 数量指标 工程资金金额 43.2 → 37.24 (万元),
卫片执法补助经费 72890 元, "设备购置资金300万,年初目标值300万".

Why: 产出指标 (数量/质量/时效) say what the money bought — how much work was done, how well, how soon;
the money itself is the input, and what it cost belongs under 成本指标. A row that counts the funds
spent is met by spending them, whatever was done, and a reviewer sends it back. Premises, precision first:
the indicator's name *is* an amount of funds (its last word 资金/经费/金额/投资…, nothing after it: 资金到位率,
经费支出合规性, 补助资金发放户数 name a rate, a quality and a count, and are left) and its target — and its
result, where given — is a bare figure or a sum of money (no count, no %, no per-unit 元/人). Money a project
draws in (带动社会投资) is an effect, not this. 成本指标 rows are where money belongs: never read.

Three layouts: the rows the indicator table's reader finds (``indicator_rows``); a form's row run together on
one line (数量指标 | 名称 | ﹦ | 72890 | 元); a narrative's statement under its class heading ((1)数量指标: /
NAME,年初目标值X,实际完成值Y).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit

__all__ = ["RowRead", "money_as_output"]


class RowRead(Protocol):
    """What is read of an indicator row (``indicator_rows.IndicatorRow``; ``unnumbered_counts`` reads the same)."""

    category: str
    name_text: str
    anchor: FindingLocation
    target: FindingLocation | None
    evidence: FindingLocation | None


_OUTPUT = re.compile(r"^(数量|质量|时效)(?:指标)?$")
_FUND = r"(?:资金|经费|金额|投资|资金额|投资额)(?:总额|总量|额度|数额|规模)?"
_LABEL = re.compile(r"^(?:指标\s*\d{1,2}\s*[:：、.．]?)")
_UNIT_TAIL = re.compile(r"[(（](?:万元|元|亿元)[)）]$")
_MONEY_NAME = re.compile(rf"{_FUND}$")
_DRAWN_IN = re.compile(r"^(?:带动|撬动|吸引|引导|吸纳|招引|争取|引进)")  # money drawn in: an effect
# a task written as the name (完成…购买并按要求支付资金): its 100 is the task done, in %, not a sum
# (完成投资额 is a sum: the fund word right after 完成)
_TASK = re.compile(r"完成(?!投资|资金)|按要求|按时|及时|按期|并|和|及")
# a target or result that is only a sum: a comparator, a figure, a unit of money or none
_PERCENT_LIKE = re.compile(r"^\D*100(?:\.0+)?$")
_SUM = re.compile(r"^(?:[≥≤>＞<＜=＝﹦]|约|为|达|达到|不低于|不少于|不超过)?\d[\d,，]*(?:\.\d+)?(?:万元|亿元|元|万)?$")


def _fund_name(name: str) -> str | None:
    """The indicator's name without its row label and unit, when it names an amount of funds."""
    t = _UNIT_TAIL.sub("", _LABEL.sub("", no_blanks(name)))
    return t if 2 < len(t) <= 30 and _MONEY_NAME.search(t) and not _DRAWN_IN.match(t) and not _TASK.search(t) else None


def money_as_output(report: Report, rows: Iterable[RowRead]) -> list[Finding]:
    """Output indicators whose measure is money: the table's rows, then the rows run together on a line
    and a narrative's statements (one finding per indicator)."""
    out: list[Finding] = []
    for row in rows:
        cls = _OUTPUT.match(no_blanks(row.category))
        name = _fund_name(row.name_text)
        if cls is None or name is None or row.target is None:
            continue
        values = [no_blanks(v.quote) for v in (row.target, row.evidence) if v is not None]
        # (a bare 100 each may be a percentage whose sign the form keeps in a unit column: not told)
        if all(_SUM.match(v) for v in values) and not all(_PERCENT_LIKE.match(v) for v in values):
            out.append(_finding(row.anchor, cls.group(1), name, values[0]))
    seen = {(f.location.location.block, f.location.location.row) for f in out}
    units = [u for u in report.units() if u.kind != "cell"]
    for k, unit in enumerate(units):
        if "指标" not in unit.text and not (k and _HEADING.match(units[k - 1].text)):
            continue
        for at, cls_name, name, value in _line_rows(unit) + _statements(units, k):
            loc = FindingLocation.of(report, at)
            if (loc.location.block, loc.location.row) not in seen:
                out.append(_finding(loc, cls_name, name, value))
    return out


_SEP = r"[ \t\u3000|]"
# a form's row on one line: the class's cell, the name's, a comparator's (﹦, ≥) or none, the figure, its unit
_LINE_ROW = re.compile(rf"(?:^|{_SEP})(数量|质量|时效)指标{_SEP}+([^\s|，,。；;：:]{{2,40}}){_SEP}+"
                       rf"(?:[≥≤>＞<＜=＝﹦]{{1,2}}{_SEP}*)?(\d[\d,，]*(?:\.\d+)?)(?:{_SEP}*(万元|亿元|元))?(?={_SEP}|$)")


def _line_rows(unit: TextUnit) -> list[tuple]:
    out = []
    for m in _LINE_ROW.finditer(unit.text):
        name = _fund_name(m.group(2))
        # (on a line, only a unit of money written — in its cell or the name's (万元) — tells a sum from a %)
        if name is None or (m.group(4) is None and not _UNIT_TAIL.search(m.group(2))):
            continue
        # (quoted from the name to the sum's unit: the two together show the money measured)
        out.append((unit.at(m.start(2), m.end()), m.group(1), name, m.group(3) + (m.group(4) or "")))
    return out


# a class heading on its own line: (1)数量指标:
_HEADING = re.compile(r"^\s*(?:[（(]?\s*\d{1,2}\s*[)）.、．]?)?\s*(数量|质量|时效)指标\s*[:：。.]?\s*$")
_FIG = r"\d[\d,，]*(?:\.\d+)?(?:万元|亿元|元|万)?"
# a statement: [class:] NAME[sum], 年初目标值 sum, …
_STATEMENT = re.compile(rf"^\s*(?:(?:[（(]?\s*\d{{1,2}}\s*[)）.、．]?)?\s*(数量|质量|时效)指标\s*[:：]\s*)?"
                        rf"((?:\d{{4}}年度?)?[^\d，,。；;：:]{{2,30}}?)(?:{_FIG})?\s*[,，]\s*"
                        rf"(?:年初|年度|全年)?(?:目标值|指标值|预期目标值?)\s*(?:为|是)?\s*[:：]?\s*({_FIG})\s*[,，。；;]")


def _statements(units: list[TextUnit], k: int) -> list[tuple]:
    m = _STATEMENT.match(units[k].text)
    if m is None:
        return []
    heading = _HEADING.match(units[k - 1].text) if k else None
    cls = m.group(1) or (heading.group(1) if heading else None)
    name = _fund_name(re.sub(r"^\d{4}年度?", "", m.group(2)))
    if cls is None or name is None:
        return []
    return [(units[k].at(m.start(2), m.end(3)), cls, name, m.group(3))]  # (the name through its target)


def _finding(at: FindingLocation, cls: str, name: str, value: str) -> Finding:
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"{cls}指标“{name}”衡量的是资金（{value}），不是产出",
        location=at,
        evidence=f"产出的{cls}指标衡量资金办成了什么（完成多少、质量如何、是否及时）；“{name}”的指标值是资金金额，"
                 "是投入而非产出，资金花完即“达标”，看不出做了什么",
        suggestion="改填这笔资金完成的工作（如维修改造的面积、购置设备的台数、补助的户数）；资金额可列入成本指标",
        rule="indicators.money_as_output")
