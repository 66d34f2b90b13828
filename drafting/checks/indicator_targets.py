"""An indicator's target cell that cannot be the target: a result written where the plan goes
(已完成126场), the actual copied into it (93.42% in both cells), or a count or rate whose target has no
number (知晓率: 逐步提高).

Why: the 目标值 column holds what the year's plan set (≥120场); the result has a column of its own.
A target that says 已完成… or 实际完成… is the year's outcome pasted one column early, and the row
can no longer show whether the plan was met. An indicator named as a rate (…率) or a count (…人次,
…次数, …数量) is measured in numbers: a target with none (逐步提高, 按要求完成) gives the result nothing
to be compared with. A year's plan sets a rate in round figures (≥95%, 98.5%): a rate of two decimals or
more (93.42%) in the target cell, the same as the actual beside it, is the result copied there. All read only the row's own cells; a target that is a yes/no state or a share
written in words (全覆盖, 零事故) is a number all the same and is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width, no_blanks

__all__ = ["target_findings"]


class _Row(Protocol):
    """What is read of an indicator row (``indicator_rows.IndicatorRow``)."""

    name_text: str
    anchor: FindingLocation
    evidence: FindingLocation | None
    target: FindingLocation | None
    target_missing: bool
    target_measurable: bool


# a completed deed (已完成, 实际发放) followed in the same clause by its figure: 已完成126场, 实际发放补贴3.2万元
_RESULT = re.compile(r"(?:已经?|实际)(?:完成|达到|实现|建成|发放|拨付|支付|开展|举办|组织|培训|惠及|覆盖|救助|帮扶|服务)"
                     r"[^，,。；;、]{0,10}?\d")
# a name that is a rate or a count, ending so (效率/频率 are not shares; 通畅率提升 names a change, not a rate)
_NUMBER_NAME = re.compile(r"(?:(?<![效频概])率|人次|场次|户次|次数|人数|户数|个数|件数|数量|面积|里程|长度)$")
# a rate no plan sets: two decimals or more, the last not 0 (93.42%, not 95%, 98.5% or 90.00%)
_UNROUND_RATE = re.compile(r"^\d{1,3}\.\d+[1-9][%％]$")
_UNIT_TAIL = re.compile(r"[(（][^()（）]{1,8}[)）]$")
# any number, in digits or words, or a share named in words (全覆盖, 零事故, 百分之…, 全部)
_ANY_NUMBER = re.compile(r"\d|[％%‰≥≤＞＜><]|[一二三四五六七八九十百千两]+(?:[个项次人户家所场批期天周年万亿元]|个月)|"
                         r"百分之|零|全|无|满分|不适用|未(?:设置|设定)|^[/／—-]+$|足额|应\w尽\w|"
                         # a time standard (按时发放, 年底前完成) is the form's measure of a timeliness rate
                         r"按时|按期|及时|如期|准时|[年月季]底前|[年月季]末前|年内|时限内|"
                         # a change against a named baseline (较上年提高, 同比下降): last year's figure is its number
                         r"[较比](?:上年|去年|上一?年度?|上期|往年|基期)|同比|环比")


def target_findings(rows: Iterable[_Row]) -> list[Finding]:
    """The rows (``indicator_rows.find_indicator_rows``) whose target cell holds a result, or holds no
    number where the name measures one."""
    out = []
    for row in rows:
        if row.target is None or row.target_missing:
            continue
        target = no_blanks(fold_width(row.target.quote))
        name = _UNIT_TAIL.sub("", no_blanks(row.name_text))
        if _RESULT.search(target):
            out.append(Finding(
                kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
                message=f"指标“{name}”的目标值栏写的是完成结果（{target}），不是年初设定的目标",
                location=row.target, related=[row.anchor],
                evidence="目标值栏中出现“已完成/实际完成…”及数字，属于实际完成值",
                suggestion="目标值栏填写年初批复的绩效目标（如≥120场），完成结果填入实际完成值栏",
                rule="indicators.result_as_target"))
        elif _UNROUND_RATE.match(target) and row.evidence is not None \
                and no_blanks(fold_width(row.evidence.quote)) == target:
            out.append(Finding(
                kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
                message=f"指标“{name}”的目标值与实际完成值同为{target}，目标值栏疑为照抄的实际完成值",
                location=row.target, related=[row.evidence, row.anchor],
                evidence="年初目标的比率取整数或一位小数（≥95%、98.5%）；两位小数的比率与实际完成值完全相同，是完成结果",
                suggestion="目标值栏填写年初批复的绩效目标，完成结果只填入实际完成值栏",
                rule="indicators.actual_as_target"))
        elif row.target_measurable and _NUMBER_NAME.search(name) and not _ANY_NUMBER.search(target):
            out.append(Finding(
                kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.INFO,
                message=f"指标“{name}”以数量或比率衡量，目标值“{target}”却没有数值",
                location=row.target, related=[row.anchor],
                evidence="指标名称为比率或数量（…率、…人次、…数量），目标值中没有数字、比例或比较符",
                suggestion="填写可衡量的目标值（如≥95%、≥5万人次），以便对照实际完成值评分",
                rule="indicators.number_expected"))
    return out
