"""What kind of document a report's title names — a notice published within its year, or a budget set
before the year it plans — for the date checks, whose years mean other things in each."""

from __future__ import annotations

import itertools
import re

from ..report import Report

__all__ = ["a_budget", "a_notice"]


# a document that is no year-end evaluation: a notice of progress, published within its year
_NOTICE_TITLE = re.compile(r"(?:公示|公告|通知|通报|运行监控|监控情况|中期评估)(?:表|报告|情况)?\s*$")


# a budget and its targets, set before the year they plan: 2016年部门预算及绩效目标说明 is dated early in 2016
_BUDGET_TITLE = re.compile(r"预算(?:及|和|与)?(?:绩效目标)?(?:编制)?说明\s*$|绩效目标(?:申报)?(?:表|说明)\s*$")
# a publication of the year's budget, its title under a page's furniture: 2022年部门预算公开报告, 2024年政府预算报告
_PUBLICATION = re.compile(r"(?:部门|单位|政府)预算(?:信息)?(?:公开)?(?:报告|情况)?\s*$")
# a text with no title left that speaks of its year's budget and of no account (决算, 自评, 评价, 执行)
_BUDGET_BODY = re.compile(r"(?:部门|单位)预算表|支出预算情况|收支预算")
_ACCOUNT = re.compile(r"决算|自评|评价|执行情况|完成情况")


def _title_heads(report: Report, n: int = 3) -> list[str]:
    return [u.text.strip().split("\n", 1)[0] for u in itertools.islice(report.units(), n) if u.text.strip()]


def a_notice(report: Report) -> bool:
    """The document's title (one of its first lines) names it a 公示, 通知 or mid-year monitoring."""
    return any(_NOTICE_TITLE.search(h) and not re.search(r"自评|评价报告|决算", h) for h in _title_heads(report))


def a_budget(report: Report) -> bool:
    """The title names the year's budget or targets, no account of it (决算, 自评, 评价, 执行); or, where no title
    is left, the text speaks of its budget's tables and of no account at all."""
    if any(_BUDGET_TITLE.search(h) and not re.search(r"自评|评价|决算|执行|完成", h) for h in _title_heads(report)):
        return True
    heads = _title_heads(report, 8)
    if any(_ACCOUNT.search(h) or _BUDGET_TITLE.search(h) for h in heads):
        return False  # (an account's title, or a budget's other title read above)
    text = report.plain_text()
    return any(_PUBLICATION.search(h) for h in heads) or (bool(_BUDGET_BODY.search(text)) and not _ACCOUNT.search(text))
