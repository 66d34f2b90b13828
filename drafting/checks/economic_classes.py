"""An indicator filed under 经济效益指标 whose name speaks of safety or of something kept running and of
nothing economic: 经济效益指标 | 安全率, 经济效益指标 | 大厅运行正常率, 经济效益 指标 | 指标1:全市安全度汛.

Why: the form (财预〔2020〕10号 and the provinces' copies) splits 效益指标 into 经济效益, 社会效益, 生态效益 and
可持续影响, and its notes define 经济效益 as the economic effect the project has — income, output value,
costs saved, money earned or losses avoided. Safety (安全率, 安全度汛) and the normal running of a hall, an
office or a committee (正常运行, 运行正常) are effects on people and institutions: a 社会效益 (or 可持续影响)
indicator typed one row up, often because the form's 经济效益 row was not to be left blank. A reviewer moves
it, or asks for the economic effect the class is meant to show.

Read on the form's cells however a copy laid them out (``form_cells``: table cells, "|" rows, one cell a
line, cells apart by blanks): the class's cell (经济效益指标, or 经济效益 and 指标 wrapped into two cells), then
the indicator's name in the very next cell (its 指标1: label and any figures after it taken off), and any
further numbered name (指标2:…) before the next class's cell; or, a row run together in one cell, the name
right after the class, up to its figures or a blank. Precision first: only a name that says
安全, 正常运行/运转 or 度汛 and no word of money or economy (收入, 产值, 成本, 损失, 资金 …): 减少安全事故经济损失
is an economic effect and is left, and so is every name of other words — the class's wider misfilings
(a count, a quality) are not told from its name alone.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report
from .arithmetic.form_cells import FormCell
from .arithmetic.forms import form_cells

__all__ = ["misfiled_economic"]

# the class's cell, its weight read with it or not: 经济效益指标, 经济效益 指标, 经济效益指标(10分)
_CLASS = re.compile(r"^经济效益(指标)?(?:[(（]\d{1,3}(?:\.\d+)?分?[)）])?$")
# the next class's cell (社会效益指标, 满意度指标, 可持续影响指标 …): the end of 经济效益's rows
_NEXT_CLASS = re.compile(r"效益|满意度?指标|可持续|影响指标|产出指标|^[一二]级指标")
# an indicator's name at the cell's start, its 指标1: label off and anything after a blank or "|" left
_NAME = re.compile(r"^(指标\s*\d{1,2}\s*[:：、．.]?\s*)?([^\s|]{2,40})")
_NUMBERED = re.compile(r"^指标\s*\d{1,2}")
# safety, and the normal running of a body or a place: effects on people and institutions
_OFF_CLASS = re.compile(r"安全|正常运[行转营]|运[行转营]正常|度汛")
# a word of money or economy: the name speaks of an economic effect after all
_ECONOMIC = re.compile(r"经济|收入|增收|收益|创收|产值|增加值|效益|节约|节省|成本|费用|经费|资金|元|价|税|利润|"
                       r"销售|销量|营业|营收|产量|产业|就业|投资|损失|消费|贷款|融资|补贴|补助|粮|生产总值")
_NAMES_AFTER = 12  # cells read after the class's for its further numbered names (name, values, score, reason)
# a row run together in one cell (a PDF or a scan copied as text): the class, its first name, then figures or a
# blank — 经济效 益指标大厅运行正常率100%100%10; the name stops at a clause mark, so prose is not read
_GLUED = re.compile(r"经\s*济\s*效\s*益\s*指\s*标\s*(?:指标\s*\d{1,2}\s*[:：、．.]?\s*)?"
                    r"([\u4e00-\u9fff()（）]{2,30}?)(?=[\s|]|[≥≤<>＜＞=]|\d|$)")


def misfiled_economic(report: Report, cells: list[FormCell] | None = None) -> list[Finding]:
    """Each indicator under 经济效益指标 whose name is about safety or normal running, not economy."""
    cells = form_cells(report) if cells is None else cells
    out: list[Finding] = []
    for k, cell in enumerate(cells):
        if "效" not in cell.text:
            continue
        m = _CLASS.match(no_blanks(cell.text))
        if m is None:
            out.extend(_glued(report, cell))
            continue
        first = k + 1
        if m.group(1) is None and first < len(cells) and no_blanks(cells[first].text) == "指标":
            first += 1  # the class's cell wrapped: 经济效益 | 指标
        for j in range(first, min(first + _NAMES_AFTER, len(cells))):
            if j > first and _NEXT_CLASS.search(cells[j].text):
                break
            if j == first or _NUMBERED.match(cells[j].text):
                found = _finding(report, cells[j])
                out.extend([found] if found is not None else [])
    return out


def _glued(report: Report, cell: FormCell) -> list[Finding]:
    """The class and its first name run together in one cell."""
    m = _GLUED.search(cell.text)
    if m is None or not _off_class(m.group(1)):
        return []
    return [_misfiled(report, cell, cell.start + m.start(1), m.group(1))]


def _off_class(name: str) -> bool:
    return bool(_OFF_CLASS.search(name)) and not _ECONOMIC.search(name)


def _finding(report: Report, cell: FormCell) -> Finding | None:
    m = _NAME.match(cell.text)
    if m is None or not _off_class(m.group(2)):
        return None
    return _misfiled(report, cell, cell.start + m.start(2), m.group(2))


def _misfiled(report: Report, cell: FormCell, start: int, name: str) -> Finding:
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"指标“{name}”列在“经济效益指标”下，归类有误",
        location=FindingLocation.of(report, cell.unit.at(start, start + len(name))),
        evidence=f"经济效益指标衡量项目带来的经济效果（收入、产值、节约的成本、减少的损失等）；“{name}”说的是安全"
                 "或正常运行，属于社会效益（或可持续影响）指标",
        suggestion="将该指标移至社会效益指标（或可持续影响指标）下；项目确有经济效益的，按其填写经济效益指标，否则注明不适用",
        rule="indicators.misfiled_economic")
