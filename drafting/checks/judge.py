"""An optional LLM judge for the qualitative findings (off by default).

Rules find strong claims and mismatched evidence with high precision but no understanding; a model
behind the same seam as drafting can confirm or dismiss each such finding. Numbers are never judged
by a model: the guard and the arithmetic checks decide those mechanically. A dismissed finding is
dropped; a kept one carries the model's reason in its evidence. Offline, every finding is kept.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..findings import Finding, Kind
from ..llm.models import ChatModel, OfflineModel, get_model
from ..llm.prompts import load_prompt
from ..report import Report

#: Only qualitative kinds go to the judge.
JUDGED_KINDS = frozenset({Kind.UNSUPPORTED_CLAIM})


class JudgeVerdict(BaseModel):
    keep: bool = Field(description="true when the finding is a real problem")
    reason: str = ""


def judge_findings(findings: list[Finding], report: Report, model: ChatModel | str = "offline") -> list[Finding]:
    """Ask the model about each qualitative finding; drop the ones it judges to be false alarms.

    An answer that cannot be parsed keeps the finding (the rule's verdict stands)."""
    chat = get_model(model) if isinstance(model, str) else model
    if isinstance(chat, OfflineModel):
        return findings
    prompt = load_prompt("judge")
    kept: list[Finding] = []
    for f in findings:
        if f.kind not in JUDGED_KINDS:
            kept.append(f)
            continue
        messages = prompt.messages(kind=f.kind.value, message=f.message, quote=f.location.quote,
                                   context=report.text_of(f.location.location)[:1200], evidence=f.evidence or "（无）")
        answer = chat.complete(messages, schema=JudgeVerdict, skeleton=JudgeVerdict(keep=True))
        verdict = answer.parsed if isinstance(answer.parsed, JudgeVerdict) else None
        if verdict is None:
            kept.append(f)
        elif verdict.keep:
            note = f"模型复核（{chat.name}）：{verdict.reason}" if verdict.reason else f"模型复核（{chat.name}）：属实"
            kept.append(f.model_copy(update={"evidence": f"{f.evidence}；{note}" if f.evidence else note}))
    return kept
