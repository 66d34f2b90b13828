"""What the guard returns: a ``Verdict`` per number, ``NumberCheck`` and the ``GuardReport``."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from ...report import Location, Report
from ..extract import Mention
from ..factindex import Fact, describe

__all__ = ["FAILING", "GuardReport", "NumberCheck", "Verdict"]


class Verdict(StrEnum):
    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"
    CONTRADICTED = "contradicted"
    NOT_A_CLAIM = "not_a_claim"
    YEAR_OK = "year_ok"
    STALE_YEAR = "stale_year"

    @property
    def zh(self) -> str:
        return _VERDICT_ZH[self]


_VERDICT_ZH = {
    Verdict.SUPPORTED: "有依据", Verdict.UNSUPPORTED: "无依据", Verdict.CONTRADICTED: "与数据矛盾",
    Verdict.NOT_A_CLAIM: "非数据", Verdict.YEAR_OK: "年份正确", Verdict.STALE_YEAR: "年份过期",
}
FAILING = (Verdict.UNSUPPORTED, Verdict.CONTRADICTED)


class NumberCheck(BaseModel):
    mention: Mention
    location: Location | None = None
    verdict: Verdict
    fact: Fact | None = None
    nearest: list[Fact] = []
    message: str
    correction: str | None = None  # what to write instead, when it is more than the fact's figure (增加0.45万元)

    def where(self, report: Report | None = None) -> str:
        """The place as a reader finds it (heading and paragraph, table by name) when the report is given."""
        if self.location is None:
            return f"第{self.mention.start + 1}字"
        return report.place_label(self.location) if report is not None else self.location.label()


class GuardReport(BaseModel):
    checks: list[NumberCheck]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def failures(self) -> list[NumberCheck]:
        """Unsupported and contradicted numbers (stale years are reported, not failed: see ``stale_years``)."""
        return [c for c in self.checks if c.verdict in FAILING]

    @property
    def stale_years(self) -> list[NumberCheck]:
        return [c for c in self.checks if c.verdict is Verdict.STALE_YEAR]

    def summary(self) -> dict[str, Any]:
        by = Counter(c.verdict.value for c in self.checks)
        claims = by[Verdict.SUPPORTED] + by[Verdict.UNSUPPORTED] + by[Verdict.CONTRADICTED]
        return {
            "numbers": len(self.checks),
            "claims": claims,
            "by_verdict": dict(by),
            "supported_share": round(by[Verdict.SUPPORTED] / claims, 4) if claims else None,
            "ok": self.ok,
        }

    def count_line(self) -> str:
        """共 N 个数据性数字：有依据 …，无依据 …，与数据矛盾 …；年份过期 … 处。"""
        s = self.summary()
        v = s["by_verdict"]
        return (f"共 {s['claims']} 个数据性数字：有依据 {v.get('supported', 0)} 个，"
                f"无依据 {v.get('unsupported', 0)} 个，与数据矛盾 {v.get('contradicted', 0)} 个；"
                f"年份过期 {v.get('stale_year', 0)} 处。")

    def to_markdown(self, report: Report | None = None, full: bool = False) -> str:
        """The numbers to look at first (无依据, 与数据矛盾, 年份过期), then a one-line summary; with
        ``full`` every data figure follows, with the fact or formula it was traced to."""
        s = self.summary()
        v = s["by_verdict"]
        problems = [c for c in self.checks if c.verdict in (*FAILING, Verdict.STALE_YEAR)]
        lines = ["# 数字核验结果", ""]
        if problems:
            lines += [f"## 需要核对的数字（{len(problems)}）", "", *self._table(problems, report), ""]
        else:
            lines += ["没有需要核对的数字。", ""]
        lines.append(self.count_line())
        if full:
            shown = [c for c in self.checks if c.verdict not in (Verdict.NOT_A_CLAIM, Verdict.YEAR_OK)]
            lines += ["", f"## 全部数据性数字（{len(shown)}）", "", *self._table(shown, report)]
        elif v.get("supported", 0):
            lines.append(f"有依据的 {v.get('supported', 0)} 个数字未列出（加 --all 列出全部及其依据）。")
        return "\n".join(lines) + "\n"

    def _table(self, checks: list[NumberCheck], report: Report | None) -> list[str]:
        lines = ["| 位置 | 原文 | 判定 | 依据 |", "|---|---|---|---|"]
        for c in checks:
            basis = describe(c.fact) if c.fact is not None and c.verdict is Verdict.SUPPORTED else c.message
            lines.append(f"| {_md(c.where(report))} | {_md(c.mention.text)} | {c.verdict.zh} | {_md(basis)} |")
        return lines


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
