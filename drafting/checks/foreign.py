"""Text no finance officer wrote: a model's echoed instructions, its chat, its markdown.

Why: a report drafted with a chat model sometimes keeps what the model said around the report —
"系统提示如下：你是…", "作为AI语言模型", "好的，以下是为您撰写的…", ``` fences, ## headings — and the
reviewer is the last one who can catch it before it is filed. Only the unmistakable signs are
checked here (the drafter's own hygiene check, ``llm.hygiene``, is stricter, because there a false
alarm costs a repair, not a reviewer's attention): words a report never uses about itself.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report

__all__ = ["check_foreign_text"]

_SIGNS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), what) for p, what in (
    (r"系统提示(?:词|如下)?|提示词|system\s*prompt", "复述了给模型的系统提示"),
    (r"(?:作为|我是)(?:一个|一名)?\s*(?:AI|人工智能|(?:大)?语言模型|大模型|智能助手|写作助手)", "以 AI 的身份说话"),
    (r"ChatGPT|GPT-?\d|大语言模型|通义千问|文心一言", "提到了 AI 模型"),
    (r"好的[，,！!]\s*(?:以下是|下面是|我将|我来)|以下是(?:为您|我为您)|希望(?:以上内容)?对您有(?:所)?帮助|如(?:您)?有(?:其他|任何)(?:需要|问题)",
     "聊天式的应答"),
    (r"```|^\s*#{1,6}\s+\S", "Markdown 标记"),  # not **…**: published copies mask names and dates with **
))


def check_foreign_text(report: Report) -> list[Finding]:
    """One finding per unit and kind of sign: the first place it shows."""
    out = []
    for unit in report.units():
        for pattern, what in _SIGNS:
            m = pattern.search(unit.text)
            if not m:
                continue
            out.append(Finding(
                kind=Kind.FOREIGN_TEXT, severity=Severity.WARNING,
                message=f"疑似模型生成时残留的非报告文字（{what}）：“{m.group(0)}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="报告正文不会这样说自己；这类文字多是用对话模型起草时未删净的提示、应答或排版标记",
                suggestion="删去这段非报告文字，并通读上下文是否还有残留", rule="foreign.model_text"))
    return out
