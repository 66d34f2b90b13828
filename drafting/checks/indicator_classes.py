"""An indicator filed under a class its name contradicts: a satisfaction rate (…满意度, …满意率)
under one of 产出's second-level classes (数量/质量/时效/成本指标); a cost indicator (成本控制, 项目总成本)
under 数量/质量/时效指标, or one about the project's cost (对控制项目成本的影响) under 生态效益指标; and
under 成本指标 a count of activities with no cost at all (开展技术指导共4次) (``misfiled_costs``).

Why: the forms (财预〔2020〕10号 and the provinces' copies) keep satisfaction in a class of its own
(满意度指标 → 服务对象满意度指标); an officer who adds the row under 质量指标 scores a survey as an
output, and a reviewer sends the form back. Only a name that *is* a satisfaction rate counts: 满意度
调查次数 is a count of surveys, a fair 数量指标. Older forms that put satisfaction under 效益 are left.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Protocol

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report

__all__ = ["counts_as_costs", "misfiled", "misfiled_costs"]


class _Row(Protocol):
    """What is read of an indicator row (``indicator_rows.IndicatorRow``; ``claims`` reads the rows once and asks here)."""

    category: str
    name_text: str
    anchor: FindingLocation
    target: FindingLocation | None


_OUTPUT_CLASS = re.compile(r"^(数量|质量|时效|成本)(?:指标)?$")
_SATISFACTION = re.compile(r"满意(?:度|率)(?:[(（][^)）]{0,8}[)）])?$")


def misfiled(rows: Iterable[_Row]) -> list[Finding]:
    """The rows (``indicator_rows.find_indicator_rows``) whose satisfaction rate sits under an output class."""
    out = []
    for row in rows:
        cls = _OUTPUT_CLASS.match(row.category)
        name = row.name_text.strip()
        if cls is None or not _SATISFACTION.search(name):
            continue
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"满意度指标“{name}”列在产出指标的“{row.category}”下，归类有误",
            location=row.anchor,
            evidence=f"“{name}”衡量服务对象的满意程度，绩效指标体系中属于满意度指标（服务对象满意度指标），"
                     f"不属于产出指标的{cls.group(1)}指标",
            suggestion="将该指标移至“满意度指标—服务对象满意度指标”下，并相应调整分值",
            rule="indicators.misfiled_satisfaction"))
    return out


# -- cost indicators out of their class --------------------------------------------------------------
#
# Why: the forms keep what the output cost in 成本指标 (产出) and what it earned in 经济效益; an indicator
# named for a cost (成本控制 不超过预算) under 数量指标 counts no quantity, and one about the project's
# cost (对控制项目成本的影响程度) under 生态效益 states no effect on the environment — the row was filed
# one class off. Only a name that opens with 成本 (a cost indicator itself) under 数量/质量/时效, and under
# 生态效益 a name that speaks of cost or funds and of nothing ecological (降低污水处理成本 is left).

_COST_FIRST = re.compile(r"^(?:项目)?(?:总)?成本")
_COST_WORD = re.compile(r"成本|费用|经费|资金|预算|造价|投资")
_ECOLOGY = re.compile(r"生态|环境|环保|绿色|节能|减排|排放|污|碳|水|林|草|土|空气|能|资源|垃圾|废|噪|尘|湿地|耕地|植")
# (run together, the name's end is not shown: the cost word alone is quoted, 数量指标成本控制不超过预算 → 成本控制;
# not 成本指标 itself, the next class's name after an empty one: 质量指标时效指标成本指标效益指标…)
_CLASS_TEXT = re.compile(r"(数量|质量|时效)指标[ \t\u3000|]*(成本(?:控制|核算|节约)?(?:率|额)?)(?!指标)"
                         r"|(生态效益)指标[ \t\u3000|]+([^\s|，,。；;：:]{4,30})(?=[ \t\u3000|])")


def _cost_off(category: str, name: str) -> bool:
    cls = category.removesuffix("指标")
    if cls in ("数量", "质量", "时效"):
        return bool(_COST_FIRST.match(name))
    return cls == "生态效益" and bool(_COST_WORD.search(name)) and not _ECOLOGY.search(name)


def misfiled_costs(report: Report, rows: Iterable[_Row]) -> list[Finding]:
    """A cost indicator under 数量/质量/时效指标, or a cost under 生态效益指标: the table's rows, and a form's
    line run together or spaced (the class's cell, then its first indicator's name)."""
    out = [_cost_finding(row.anchor, row.category, no_blanks(row.name_text)) for row in rows
           if _cost_off(row.category, no_blanks(row.name_text))]
    for unit in report.units():
        if unit.kind == "cell" or "指标" not in unit.text or ("成本" not in unit.text and "生态效益" not in unit.text):
            continue
        for m in _CLASS_TEXT.finditer(unit.text):
            g = 1 if m.group(1) else 3
            if _cost_off(m.group(g), m.group(g + 1)):
                loc = FindingLocation.of(report, unit.at(m.start(g + 1), m.end(g + 1)))
                out.append(_cost_finding(loc, m.group(g), m.group(g + 1)))
    return out


def _cost_finding(at: FindingLocation, category: str, name: str) -> Finding:
    cls = category.removesuffix("指标")
    right = "产出指标的成本指标" if cls != "生态效益" else "经济效益指标或产出指标的成本指标"
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"指标“{name}”衡量的是成本，却列在“{cls}指标”下，归类有误",
        location=at,
        evidence=(f"{cls}指标衡量产出的{cls}，" if cls != "生态效益" else "生态效益指标衡量对生态环境的影响，")
                 + f"“{name}”说的是项目的成本或资金，属于{right}",
        suggestion=f"将该指标移至{right}下，并在{cls}指标下填写本类的指标",
        rule="indicators.misfiled_cost")


# -- counts of activities under 成本指标 -----------------------------------------------------------------
#
# A 成本指标 measures what the output cost (元, a unit cost, a share of the budget); a count of activities
# (开展技术指导4次) is a 数量指标 filed one class down. Only where every item under the class is such a
# count and none names a cost, money or a share: a table's rows of the class whose target is a count of
# times (≥4次), or a narrative's (2)成本指标 heading whose items up to the next heading each give one.

_COUNT_TARGET = re.compile(r"^(?:[≥≤>＞=]|不少于|不低于)?\d{1,4}(?:次|场|期|批|轮|场次|人次)$")
_COST_ANY = re.compile(r"成本|费用|经费|资金|预算|造价|投资|标准|元|[%％]|比例|率")
_COST_HEADING = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．])?\s*(成本指标)\s*[。.:：]?\s*$")
_NEXT_HEADING = re.compile(r"^\s*(?:[（(]\s*[\d一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]+、)"
                           r"|^[^，,。；;:：]{0,12}指标[。.:：]?\s*$")
_TIMES = re.compile(r"\d{1,4}\s*(?:次|场|期|批|轮)")


def counts_as_costs(report: Report, rows: Iterable[_Row]) -> list[Finding]:
    """成本指标 whose every item is a count of activities and names no cost: one finding on the class."""
    rows = list(rows)
    mine = [r for r in rows if r.category.removesuffix("指标") == "成本"]
    out = []
    if mine and all(_count_row(r) for r in mine):
        out.append(_count_finding(mine[0].anchor, [r.anchor for r in mine[1:]]))
    units = [u for u in report.units() if u.kind != "cell"]
    for k, unit in enumerate(units):
        m = _COST_HEADING.match(unit.text) if "成本指标" in unit.text else None
        if m is None:
            continue
        items = list(itertools.takewhile(lambda u: not _NEXT_HEADING.match(u.text), units[k + 1:k + 12]))
        if items and all(_TIMES.search(u.text) and not _COST_ANY.search(u.text) for u in items):
            out.append(_count_finding(FindingLocation.of(report, unit.at(m.start(1), m.end(1))), []))
    return out


def _count_row(row: _Row) -> bool:
    target = no_blanks(row.target.quote) if row.target is not None else ""
    return bool(_COUNT_TARGET.match(target)) and not _COST_ANY.search(no_blanks(row.name_text))


def _count_finding(at: FindingLocation, more: list[FindingLocation]) -> Finding:
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message="“成本指标”下填的都是工作次数，没有成本指标",
        location=at, related=more,
        evidence="成本指标衡量产出的成本（金额、单位成本或预算控制），开展工作的次数属于数量指标",
        suggestion="将这些指标移至数量指标下，并按项目实际设置成本指标（如单位成本、成本控制在预算内）",
        rule="indicators.counts_as_costs")
