"""One metric stated twice with two values (``same_metric_twice``), the narrative check's second half.

Part of the arithmetic check (see ``text``, which reads each money figure of the text with the metric
its clause names, as a ``Stated``). A label stated twice is one metric only inside one category: the
same key (label and the whole a 其中 part belongs to), the same frame (the years, budget stages,
quarters and batches, and the topic its paragraph names before it), the same container (heading or
title line, numbered item) — but the whole department's money named so (部门决算总支出, 部门收入合计) is
one figure under any headings that name no member unit or project, and so is its 三公 total under
headings about the whole or its own topic line (三、“三公”经费控制情况) —, the same project or unit name,
and not under parallel list items. Two such
statements that differ at the coarser of their precisions are one warning, at the second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import Unit
from ...report import Report
from .grid import Num, finding_location

__all__ = ["Stated", "agree", "rounded", "same_metric_twice", "whole_unit"]

_TEMPLATE = 8  # texts before two statements sharing this many opening letters are sibling list items
#: Whole-unit money metrics: a report states each once, so two values are a contradiction. Other
#: labels (中央资金, 项目资金, 补助资金) recur per project, source or year and are two metrics.
_AGGREGATE = re.compile(r"收入|支出|预算|拨款|财政|三公|公务接待|公务用车|出国|结转|结余")


@dataclass(frozen=True)
class Stated:
    """A money figure stated in text, with the metric it names."""

    key: str
    leaf: str
    value: Decimal  # in 元
    step: Decimal  # one unit of the last shown digit, in 元
    num: Num
    unit: Unit
    scope: str = ""  # the letters of its text unit before the clause: the category it is stated under
    section: str = ""  # the innermost heading above it (its place and text): ``_containers``
    frame: frozenset[str] = frozenset()  # years and 上年/本年 words of its sentence before it
    category: str = ""  # the project or unit its sentence names before it (大气污染防治项目：收到…)
    item: str = ""  # the numbered item it stands in (the place and number of the item's opening)
    basis: str = ""  # 预算 or 决算: what its sentence (and the total a 其中 sentence lists) states


# the whole department's money, the label saying so (部门决算总支出, 本部门收入合计): one figure
# for the whole report, whichever heading states it — in the overview and again in the 执行情况 section
_WHOLE_UNIT = re.compile(r"(?:本|全)?部门(?:整体)?(?:决算|预算)?总?(?:收入|支出)(?:合计|总额|总计|总数)?")


# a heading naming a member unit, project or place (（一）县农业技术推广中心): the figures under it are its
_NAMED = re.compile(r"(?:项目|工程|专项|中心|站|所|院|学校|医院|单位|局|馆|队|委员会|办公室|公司|乡|镇|街道|社区|村)"
                    r"(?!支出|资金|经费|预算|收入|情况|基本)")


# a stage of the money named bare (年初预算数为1,200万元: ``text._whole_stage``) is the department's under
# headings about the whole (一、部门基本情况 / 二、预算执行情况), not under a category's (基本支出, 项目)
_STAGES = {"年初预算", "调整后预算", "全年预算", "全年支出", "全年执行", "全年决算"}
_PERIOD = re.compile(r"\d{4}|上年|本年|去年|今年|当年|上半年|下半年|季度|\d{1,2}月|[一二三四五六七八九十]+月")
_WHOLE_HEADING = re.compile(r"基本情况|概况|总体|整体|预算执行|收支")
# a heading naming a category of the money (二、三公经费情况, （一）基本支出): the figures under it are its;
# 资金 that opens the heading's topic, its use or management (三、资金使用情况, （二）资金管理情况), names the whole's
# money, no category (扶贫资金使用情况 names a fund)
_CATEGORY = re.compile(r"基本支出|项目|人员|公用|三公|基金|专项|(?<![、.．)）\s])资金|资金(?!使用|管理|投入|执行|安排|收支)|经费")


# the department's 三公 money, a total no part of the department has apart (三公经费支出, “三公”经费合计)
_THREE_PUBLIC = re.compile(r"(?:本|全)?(?:部门|单位)?(?:“|\")?三公(?:”|\")?经费(?:决算|预算)?(?:支出)?(?:合计|总额|总计|总数)?")


def whole_unit(key: str) -> bool:
    return _WHOLE_UNIT.fullmatch(key) is not None or _THREE_PUBLIC.fullmatch(key) is not None


def _other_category(section: str, key: str) -> bool:
    """Whether a heading names a category other than the one the key names itself (（三）三公经费支出情况
    over 三公经费支出 is its own topic line, not another category)."""
    return any(m.group(0) not in key for m in _CATEGORY.finditer(section))


def _across(a: Stated, b: Stated) -> bool:
    """Whether the department's whole money stated under two headings is one figure: neither heading
    names a member unit or project, and neither the sentences nor the headings name two budget stages
    (一、部门预算情况 / 二、预算执行情况: the budget and the spending)."""
    if _NAMED.search(a.section) or _NAMED.search(b.section) or _other_category(a.section, a.key) \
            or _other_category(b.section, b.key):
        return False
    if set(_PERIOD.findall(a.section)) != set(_PERIOD.findall(b.section)):
        return False  # 一、上年度部门收支情况 / 二、本年度…, or a half-year's heading: two periods
    if _THREE_PUBLIC.fullmatch(a.key) and not all(_WHOLE_HEADING.search(h) or "三公" in h for h in (a.section, b.section)):
        return False  # the 三公 total only under headings about the whole or its own topic line (not 具体如下：)
    if not whole_unit(a.key) and not (a.key in _STAGES and _WHOLE_HEADING.search(a.section)
                                      and _WHOLE_HEADING.search(b.section)):
        return False
    stage_a, stage_b = a.basis or _heading_stage(a.section), b.basis or _heading_stage(b.section)
    # a self-evaluation's overview states what was spent: only a budget's figure is another stage
    return (stage_a == "预算") == (stage_b == "预算")


def _heading_stage(section: str) -> str:
    return "决算" if re.search(r"决算|执行|使用|完成", section) else "预算" if "预算" in section else ""


def agree(a_value: Decimal, a_step: Decimal, b_value: Decimal, b_step: Decimal) -> bool:
    """Equal at the coarser of the two precisions (14,293.93元 and 1.43万元 agree)."""
    coarse_v, coarse_s, fine_v = (a_value, a_step, b_value) if a_step >= b_step else (b_value, b_step, a_value)
    return (fine_v / coarse_s).quantize(Decimal(1), rounding=ROUND_HALF_UP) * coarse_s == coarse_v


def rounded(value: Decimal, step: Decimal) -> Decimal:
    return (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


# a place a paragraph opens with (贵池区, 青阳县, 鄂伦春自治旗), not a kind of area (城区, 辖区, 开发区) nor
# the report's own or every place (本县, 全市, 各县区)
_PLACE = re.compile(r"(?![本该此各全我])(?:[\u4e00-\u9fff]{2,6}自治[县旗州]|[\u4e00-\u9fff]{2,3}?(?:区|县|市|旗))"
                    r"(?<!城区)(?<!市区)(?<!郊区)(?<!县区)(?<!辖区)(?<!园区)(?<!景区)(?<!社区)(?<!小区)(?<!片区)"
                    r"(?<!街区)(?<!城市)(?<!超市)(?<!发区)(?<!范区)(?<!验区)(?<!护区)(?![级区县市])")


def _parallel(a: Stated, b: Stated) -> bool:
    """Stated under sibling items of one list: the texts before them open alike (a shared template or
    document number) and then differ (厕所改造工程 / 功能室改造工程), or open with two places and then go
    on alike (贵池区申请基础养老金补贴… / 青阳县申请基础养老金补贴…: each county's paragraph in the same
    words): the same label in two categories."""
    same_unit = (a.num.loc.block, a.num.loc.row, a.num.loc.col) == (b.num.loc.block, b.num.loc.row, b.num.loc.col)
    if a.scope == b.scope or same_unit:
        return False
    # they open alike for _TEMPLATE letters: both that long and equal there (what the common prefix's
    # length says, without walking two long scopes a letter at a time for every pair of statements)
    if min(len(a.scope), len(b.scope)) >= _TEMPLATE and a.scope[:_TEMPLATE] == b.scope[:_TEMPLATE]:
        return True
    place_a, place_b = _PLACE.match(a.scope), _PLACE.match(b.scope)
    if place_a is None or place_b is None or place_a.group() == place_b.group():
        return False  # one place's two paragraphs (青阳县…, 青阳县…) are still one place's metric
    rest_a, rest_b = a.scope[place_a.end():], b.scope[place_b.end():]
    return min(len(rest_a), len(rest_b)) >= _TEMPLATE and rest_a[:_TEMPLATE] == rest_b[:_TEMPLATE]


def _comparable_in_group(a: Stated, b: Stated) -> bool:
    """Two statements of one whole-unit metric in one frame, given that they share their key (one
    naming an aggregate: 收入, 支出, 预算, 三公…) and their years and 上年/本年 words: in two places
    (a list in one paragraph is categories), in one container — under the same heading and in the same
    numbered item (（一）甲项目 / （二）乙项目 are two categories, and so are a list's items and the text
    around the list) — after the same project or unit name, and not under parallel list items. (The caller groups by key and frame: a long report
    states one metric hundreds of times.)"""
    if a.num.loc.block == b.num.loc.block:
        return False
    if (a.section != b.section or a.item != b.item) and not _across(a, b):
        return False  # one container only: the same heading and the same numbered item (``_containers``)
    if a.basis and b.basis and a.basis != b.basis:
        return False  # the budget's 基本支出 and the final accounts' 基本支出: planned and actual
    if a.category != b.category:
        return False  # 大气污染防治项目：收到…500万元 / 水污染防治项目：收到…300万元
    return not _parallel(a, b)


class _Group:
    """The earlier statements of one metric, in order and by value: a long report states a metric
    hundreds of times, and comparing each statement with every earlier one grew with the square."""

    def __init__(self) -> None:
        self.items: list[Stated] = []
        # the same statements by container (heading and item): only those of one are comparable
        # (``_comparable_in_group``), and looking through every earlier one for each grew with the square
        self.contained: dict[tuple[str, str], list[Stated]] = {}
        self.by_step: dict[Decimal, dict[Decimal, list[Stated]]] = {}  # step -> value -> statements
        self.rounded: dict[Decimal, dict[Decimal, list[Stated]]] = {}  # a step -> finer ones rounded to it
        self.slow = False  # a figure too long to round: compared one by one, as before

    def compare(self, s: Stated) -> tuple[Stated | None, bool]:
        """The first comparable earlier statement, and whether any comparable one agrees with ``s``."""
        if self.slow:
            return self._one_by_one(s)
        near = self.items if whole_unit(s.key) or s.key in _STAGES else self.contained.get((s.section, s.item), ())
        prior = next((p for p in near if _comparable_in_group(p, s)), None)
        if prior is None:
            return None, False
        try:
            agreeing = self._agreeing(s)
        except ArithmeticError:
            self.slow = True
            return self._one_by_one(s)
        return prior, any(_comparable_in_group(p, s) for p in agreeing)

    def _agreeing(self, s: Stated) -> list[Stated]:
        """The earlier statements equal to ``s`` at the coarser of the two precisions (``agree``)."""
        finer = self.rounded.get(s.step)
        if finer is None:
            finer = self.rounded[s.step] = {}
            for p in self.items:
                if p.step <= s.step:
                    finer.setdefault(rounded(p.value, s.step), []).append(p)
        out = list(finer.get(s.value, ()))
        for step, values in self.by_step.items():
            if step > s.step:
                out.extend(values.get(rounded(s.value, step), ()))
        return out

    def _one_by_one(self, s: Stated) -> tuple[Stated | None, bool]:
        prior = None
        for p in self.items:
            if _comparable_in_group(p, s):
                prior = p if prior is None else prior
                if agree(s.value, s.step, p.value, p.step):
                    return prior, True
        return prior, False

    def add(self, s: Stated) -> None:
        self.items.append(s)
        self.contained.setdefault((s.section, s.item), []).append(s)
        self.by_step.setdefault(s.step, {}).setdefault(s.value, []).append(s)
        try:
            for step, values in self.rounded.items():
                if s.step <= step:
                    values.setdefault(rounded(s.value, step), []).append(s)
        except ArithmeticError:
            self.slow = True


def same_metric_twice(report: Report, stated: list[Stated]) -> list[Finding]:
    """One metric given two values (see ``_comparable_in_group``), not equal at the coarser precision. A
    warning: the key is read from wording, which cannot always tell two categories apart."""
    out: list[Finding] = []
    # same key and frame (and category: statements after two names are never compared), in order
    earlier: dict[tuple[str, frozenset[str], str], _Group] = {}
    for s in stated:
        # a figure in a table's cell is stated for its row (a project, a unit, a fund), which text
        # outside the table does not name; inside one table every cell is one block, never compared
        if not _AGGREGATE.search(s.key) or s.num.loc.row is not None:
            continue
        group = earlier.setdefault((s.key, s.frame, s.category), _Group())
        prior, agreed = group.compare(s)
        group.add(s)
        if prior is None or agreed:
            continue
        out.append(Finding(
            kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
            message=f"同一指标“{s.key}”前后数值不一致：此处为 {s.num.text}，{report.place_label(prior.num.loc)}为 {prior.num.text}",
            location=finding_location(s.num.loc, s.num.text), related=[finding_location(prior.num.loc, prior.num.text)],
            evidence=f"“{s.key}”在{report.place_label(prior.num.loc)}为 {prior.num.text}，在{report.place_label(s.num.loc)}为 {s.num.text}，按较粗的精度比较仍不相等",
            suggestion="核对两处数值，统一为正确的一个；如两处说的是不同的项目或口径，请在文字中写明",
            rule="same_metric_twice",
        ))
    return out
