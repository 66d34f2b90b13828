"""Years: not matched against figures, only against the data's year.

A year or date before ``data.year`` is ``stale_year`` only where it is presented as the report's own
year — a title-like line naming 报告/绩效/决算 …, or 截至…12月31日 of an earlier year; every other
year is ``year_ok`` (comparisons with 2021, plans, document numbers). The review's dates check
(``checks.dates``) has the fuller rules.
"""

from __future__ import annotations

import re

from ..extract import Mention, MentionKind
from .clauses import LOOKBACK
from .results import Verdict

__all__ = ["year_verdict"]

_TITLE_WORDS = re.compile(r"报告|绩效|自评|决算|整体支出|部门预算")


def year_verdict(m: Mention, text: str, year: int | None) -> tuple[Verdict, str]:
    """The verdict and message for a YEAR or DATE mention of ``text`` against the data's ``year``."""
    if year is None or int(m.value) >= year:
        return Verdict.YEAR_OK, f"“{m.text}”是年份/日期，不作数据核对"
    lo = max(0, m.start - LOOKBACK)
    nl = text.rfind("\n", lo, m.start)
    line_start = nl + 1 if nl >= 0 else lo
    line_end = text.find("\n", m.end, m.end + LOOKBACK)
    line_end = min(len(text), m.end + LOOKBACK) if line_end < 0 else line_end
    line = text[line_start:line_end]
    # a title may wrap: 靖州县…局2020年度部门 / 整体支出绩效自评报告
    after = text[line_end:line_end + 40].strip().split("\n", 1)[0]
    title_like = len(line.strip()) <= 60 and not re.search(r"[，。；：:]", line)
    titled = title_like and bool(_TITLE_WORDS.search(line) or (m.text.endswith("年度") and _TITLE_WORDS.search(after)))
    cutoff = m.kind is MentionKind.DATE and "12月31日" in m.text and re.search(r"截[止至]\s*$", text[max(0, m.start - 4):m.start])
    if titled or cutoff:
        what = "标题中的年度" if titled else "截止日期"
        return Verdict.STALE_YEAR, f"“{m.text}”作为{what}早于数据年度 {year} 年，疑为沿用往年报告；请改为 {year} 年"
    return Verdict.YEAR_OK, f"“{m.text}”早于数据年度，但不是作为报告年度使用"
