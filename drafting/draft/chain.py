"""One section through the model: skeleton + prior-year context → model → guard → repair or fall back.

1. The offline skeleton of the section is the starting point (its numbers are already checked).
2. Prior-year paragraphs most like the skeleton (char-shingle Jaccard) are added as context, trimmed
   to a token budget. They are DATA: the prompt says so, and whatever they say, the guard still runs.
3. The model answers with ``SectionText`` (blocks + the source of each number).
4. The guard checks every number; missing required figures and years outside year±1 also fail, and
   so does anything that is not report prose (``llm/hygiene``: echoed instructions, roles, markdown,
   English chatter, text copied from the prompt or from last year's report).
5. On failure a repair prompt quotes each failing number with the correct figure and the history
   of earlier tries (so it grows), up to ``max_repairs`` tries within a token budget.
6. If it still fails, the skeleton is used and a warning says so. No unguarded number leaves here:
   the accepted text is validated as ``GuardedText`` before it is returned.

A request that fails (``ModelError``: HTTP error, timeout, budget spent) stops the draft, unless
``on_model_error="offline"``: then that section is the skeleton, with a warning. Only usable answers
are cached; a cached answer counts as 0 requests and 0 tokens, its original tokens as ``saved``.
"""


from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..department import DepartmentData
from ..errors import ModelConfigError, ModelError
from ..llm.cache import AnswerCache, cache_key
from ..llm.hygiene import hygiene_problems
from ..llm.models import ChatModel, ModelAnswer, OfflineModel, TokenUsage, parse_answer
from ..llm.prompts import Prompt, load_prompt
from ..llm.tokens import count_tokens, fit_to_budget
from ..numbers.facts import Fact, FactIndex
from ..numbers.guard import GuardedText, GuardReport, verify
from ..numbers.textnorm import jaccard, plain_shingles
from ..quantities import Quantity, round_half_up
from ..report import Report
from .offline_writer import Gap, fmt
from .sections import DraftBlock, SectionSpec, SectionText

YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?=\s*年)")


class ChainSettings(BaseModel):
    max_repairs: int = Field(2, ge=0, description="repair tries after the first answer")
    repair_token_budget: int = Field(24_000, description="tokens (in + out) all repairs of one section may use")
    prior_token_budget: int = Field(1_200, description="tokens of prior-year paragraphs put in the prompt")
    prior_top_k: int = 6
    on_model_error: Literal["stop", "offline"] = Field(
        "stop", description="a failed request: stop the draft (exit 3), or use the offline text for that section")


class Problems(BaseModel):
    """Why an answer was not accepted; empty means accepted."""

    parse_error: str | None = None
    failures: list[str] = Field(default_factory=list, description="one line per unsupported number, with the fix")
    missing: list[str] = Field(default_factory=list, description="required fact paths not stated")
    years: list[str] = Field(default_factory=list)
    foreign: list[str] = Field(default_factory=list, description="what in the text is not report prose")

    @property
    def ok(self) -> bool:
        return not (self.parse_error or self.failures or self.missing or self.years or self.foreign)

    def summary(self) -> str:
        bits = []
        if self.parse_error:
            bits.append(f"回答格式错误（{self.parse_error}）")
        if self.failures:
            bits.append(f"{len(self.failures)}个数字无依据")
        if self.missing:
            bits.append(f"遗漏{len(self.missing)}个必须写入的数字")
        if self.years:
            bits.append(f"出现不应有的年份{'、'.join(self.years)}")
        if self.foreign:
            bits.append(f"含有非报告正文的内容（{self.foreign[0]}）")
        return "，".join(bits)


class SectionOutcome(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    section: str
    text: SectionText
    source: Literal["offline", "model", "fallback"]
    attempts: int = 0
    usage: TokenUsage = Field(default_factory=TokenUsage)
    calls: int = Field(0, description="requests sent to the model (cache hits not counted)")
    cached_calls: int = 0
    saved: TokenUsage = Field(default_factory=TokenUsage, description="tokens the cache hits cost originally")
    prompt_sha256: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list, description="blocks of the skeleton the guard dropped")
    guard: GuardReport | None = None  # of the accepted text


# -- helpers -------------------------------------------------------------------------------------------


def prior_paragraphs(prior: Report | None, skeleton: SectionText, settings: ChainSettings) -> list[str]:
    """Prior-year paragraphs most similar to the skeleton, best first, within the token budget."""
    if prior is None:
        return []
    target = plain_shingles(skeleton.text())
    scored = []
    for unit in prior.units():
        if unit.kind == "paragraph" and len(unit.text) >= 20:
            score = jaccard(plain_shingles(unit.text), target)
            if score > 0.02:
                scored.append((score, unit.text))
    scored.sort(key=lambda x: -x[0])
    return fit_to_budget([t for _, t in scored[: settings.prior_top_k]], settings.prior_token_budget)


def mention_matches(mention: Any, fact: Fact) -> bool:
    """A mention states a fact when, in the mention's unit and scale, they agree at the shown precision."""
    value = Quantity(value=fact.value, unit=fact.unit).in_unit(mention.unit)
    if value is None:
        return False
    scale = getattr(mention, "scale", Decimal(1)) or Decimal(1)
    places = mention.places
    return round_half_up(value / scale, places) == round_half_up(mention.value / scale, places)


def covered(report: GuardReport, facts: FactIndex, paths: list[str]) -> list[str]:
    """The required paths that ``report``'s mentions state (by matched fact or by value)."""
    checks = [c for c in report.checks if c.mention.is_claim]
    out = []
    for path in paths:
        fact = facts.get(path)
        if fact is None:
            continue
        if any((c.fact is not None and c.fact.path == path) or mention_matches(c.mention, fact) for c in checks):
            out.append(path)
    return out


def stale_years(text: str, year: int) -> list[str]:
    """Years outside year-1 … year+2 (the report is written in year+1 and may plan year+2's budget)."""
    return sorted({m.group(1) for m in YEAR.finditer(text) if not year - 1 <= int(m.group(1)) <= year + 2})


def _failure_line(check: Any) -> str:
    line = f"- “{check.mention.text}”：{check.message}"
    if check.nearest:
        best = check.nearest[0]
        line += f"；应使用 {best.path} = {fmt(best.value, best.unit, 2 if best.kind in ('ratio', 'share') else None)}" \
                f"{best.unit.value}（{best.label}）"
    return line


def assess(text: SectionText | None, error: str | None, facts: FactIndex, required: list[str],
           year: int) -> tuple[Problems, GuardReport | None]:
    if text is None:
        return Problems(parse_error=error or "回答无法解析"), None
    body = text.text()
    report = verify(body, facts)
    problems = Problems(
        failures=[_failure_line(c) for c in report.failures],
        missing=[p for p in required if p not in set(covered(report, facts, required))],
        years=stale_years(body, year),
    )
    return problems, report


def _display(facts: FactIndex, path: str) -> str:
    fact = facts.get(path)
    return fact.display() if fact is not None else ""


def guarded(text: SectionText, facts: FactIndex) -> SectionText:
    """Validate every block as GuardedText; raises pydantic ValidationError on any unsupported number."""
    for block in text.blocks:
        GuardedText.model_validate({"text": block.text}, context={"facts": facts})
    return text


DROPPED_PLACEHOLDER = "【待补充】此处原有一段含数据中无依据的数字，已删除，请核对数据后补写。"


class Dropped(BaseModel):
    """A block the guard rejected, with the numbers that failed and the fact paths they were bound to."""

    text: str
    numbers: list[str]
    paths: list[str]


def drop_unsupported(text: SectionText, facts: FactIndex) -> tuple[SectionText, list[Dropped]]:
    """The skeleton minus any block the guard rejects (it should reject none; if it does, say so):
    a dropped paragraph leaves a 待补充 line in its place, so no heading stands empty."""
    kept, dropped = [], []
    for block in text.blocks:
        try:
            GuardedText.model_validate({"text": block.text}, context={"facts": facts})
            kept.append(block)
        except ValidationError:
            failures = verify(block.text, facts).failures
            dropped.append(Dropped(text=block.text, numbers=[c.message for c in failures],
                                   paths=[c.fact.path for c in failures if c.fact is not None]))
            if block.kind == "paragraph":
                kept.append(DraftBlock(text=DROPPED_PLACEHOLDER))
    if not kept:
        kept = [b for b in text.blocks if b.kind == "subheading"][:1] or []
    return text.model_copy(update={"blocks": kept or text.blocks[:0]}), dropped


def dropped_notes(title: str, dropped: list[Dropped]) -> tuple[list[str], list[Gap]]:
    """A warning and a sidecar gap for every dropped block: never silently."""
    warnings, gaps = [], []
    for d in dropped:
        message = (f"“{title}”一节有段落含未通过数字核验的数字（{'；'.join(d.numbers)}），已删除，原处留【待补充】："
                   f"“{d.text[:60]}{'…' if len(d.text) > 60 else ''}”；请把这些数字补入数据（如“关键数字”）或改正后重新生成")
        warnings.append(message)
        gaps.append(Gap(section=f"{title}（已删除的段落）", fields=d.paths, message=message))
    return warnings, gaps


# -- the chain -------------------------------------------------------------------------------------------


def fact_lines(data: DepartmentData, spec: SectionSpec, facts: FactIndex, skeleton: SectionText) -> str:
    """Direct figures of the data the section needs, plus every figure the skeleton states."""
    prefixes = tuple(spec.needs)
    lines = []
    seen: set[str] = set()
    for fact in facts:
        root = re.split(r"[.\[]", fact.path, maxsplit=1)[0]
        if root in prefixes and fact.kind == "direct":
            lines.append(f"{fact.path}｜{fact.label}｜{fact.display()}")
            seen.add(fact.path)
    for number in skeleton.numbers:
        if number.path not in seen:
            known = facts.get(number.path)
            label = known.label if known is not None else "推算"
            lines.append(f"{number.path}｜{label}｜{number.text}")
            seen.add(number.path)
    return "\n".join(lines) or "（无）"


@dataclass
class _Talk:
    """One section's conversation with the model: the prompts and their variables, the messages to
    send next, the tries so far and the tokens repairs have used."""

    prompt: Prompt
    repair: Prompt
    variables: dict[str, str]
    messages: list[Any]
    required: list[str]
    history: list[str] = field(default_factory=list)
    repair_tokens: int = 0

    @property
    def hashes(self) -> dict[str, str]:
        return {self.prompt.id: self.prompt.sha256, self.repair.id: self.repair.sha256}


class SectionChain:
    def __init__(self, model: ChatModel, facts: FactIndex, data: DepartmentData, *, cache: AnswerCache | None = None,
                 settings: ChainSettings | None = None, progress: Callable[[str], None] | None = None) -> None:
        self.model = model
        self.facts = facts
        self.data = data
        self.cache = cache
        self.settings = settings or ChainSettings()
        self.progress = progress or (lambda _msg: None)

    def _call(self, messages: list[Any], schema: type[SectionText], skeleton: SectionText,
              hashes: list[str]) -> ModelAnswer:
        key = None
        if self.cache is not None and self.model.cacheable:
            key = cache_key(self.model.name, hashes, schema.__name__, messages)
            hit = self.cache.get(key)
            if hit is not None:
                parsed, error = parse_answer(hit.text, schema)
                if parsed is not None:
                    return hit.model_copy(update={"parsed": parsed, "error": error})
        answer = self.model.complete(messages, schema=schema, skeleton=skeleton)
        if key is not None and self.cache is not None and answer.usable:  # never cache an unusable answer
            self.cache.put(key, answer)
        return answer

    def run(self, spec: SectionSpec, skeleton: SectionText, prior: Report | None = None) -> SectionOutcome:
        """The section as the model writes it once the guard accepts it, else the skeleton (the
        steps are in the module docstring)."""
        if isinstance(self.model, OfflineModel):
            return self._offline(spec, skeleton)
        talk = self._start(spec, skeleton, prior)
        outcome = SectionOutcome(section=spec.id, text=skeleton, source="fallback", prompt_sha256=talk.hashes)
        last = Problems()
        for attempt in range(self.settings.max_repairs + 1):
            try:
                problems = self._attempt(spec, skeleton, talk, outcome, attempt)
            except ModelConfigError:
                raise  # a wrong key, model name or address fails every section alike: fix it first
            except ModelError as exc:
                if self.settings.on_model_error != "offline":
                    raise
                return self._fall_back(spec, skeleton, outcome, None, f"模型调用失败：{exc}")
            if problems is None:
                return outcome
            last = problems
            if attempt == self.settings.max_repairs or not self._ask_repair(spec, talk, problems, attempt, outcome):
                break
        return self._fall_back(spec, skeleton, outcome, last)

    def _offline(self, spec: SectionSpec, skeleton: SectionText) -> SectionOutcome:
        """The offline model writes nothing: the skeleton is the text, minus any block the guard rejects."""
        text, dropped = drop_unsupported(skeleton, self.facts)
        warnings, gaps = dropped_notes(spec.title, dropped)
        return SectionOutcome(section=spec.id, text=text, source="offline", guard=verify(text.text(), self.facts),
                              warnings=warnings, gaps=gaps)

    def _start(self, spec: SectionSpec, skeleton: SectionText, prior: Report | None) -> _Talk:
        """The section's prompts, filled with its facts, required figures, skeleton and prior-year context."""
        required = [p for p in spec.required(self.data) if self.facts.get(p) is not None]
        prompt = load_prompt(spec.prompt)
        variables = {
            "department": self.data.department.name,
            "year": str(self.data.year),
            "section_title": spec.title,
            "facts": fact_lines(self.data, spec, self.facts, skeleton),
            "required": "\n".join(required) or "（无）",
            "skeleton": skeleton.text(),
            "prior": "\n\n".join(prior_paragraphs(prior, skeleton, self.settings)) or "（无）",
        }
        return _Talk(prompt, load_prompt("repair"), variables, prompt.messages(**variables), required)

    def _attempt(self, spec: SectionSpec, skeleton: SectionText, talk: _Talk, outcome: SectionOutcome,
                 attempt: int) -> Problems | None:
        """Send the current messages once; None when the answer is accepted (``outcome`` then holds
        it), else why not (and the try is added to the history the repair prompt quotes)."""
        self.progress(f"{spec.title}（第{attempt + 1}次）" if attempt else spec.title)
        answer = self._call(talk.messages, spec.schema_, skeleton, [talk.prompt.sha256, talk.repair.sha256])
        if answer.cached:
            outcome.cached_calls += 1
            outcome.saved = outcome.saved + answer.usage
        else:
            outcome.calls += 1
            outcome.usage = outcome.usage + answer.usage
        if attempt:
            talk.repair_tokens += answer.usage.total
        outcome.attempts = attempt + 1
        parsed = answer.parsed if isinstance(answer.parsed, SectionText) else None
        problems, report = assess(parsed, answer.error, self.facts, talk.required, self.data.year)
        if parsed is not None:
            problems.foreign = self._foreign(parsed, talk)
        if problems.ok and parsed is not None:
            try:
                outcome.text = guarded(parsed, self.facts)
            except ValidationError as exc:  # guard and verify disagree: treat as a failure
                problems.failures.append(f"- 数字核验未通过：{exc.errors()[0]['msg']}")
            else:
                outcome.source, outcome.guard = "model", report
                return None
        talk.history.append(f"第{attempt + 1}次回答：\n{answer.text[:4000]}\n核验结果：{problems.summary()}")
        return problems

    def _foreign(self, text: SectionText, talk: _Talk) -> list[str]:
        """What in the answer is not report prose: echoed instructions, chatter, copied prompt text."""
        rules = talk.prompt.messages(**talk.variables)[0].content
        instructions = [str(rules), re.sub(r"\{[a-z_]+\}", "\n", talk.prompt.spec.user), talk.repair.spec.system,
                        talk.repair.spec.user]
        allowed = [talk.variables[k] for k in ("skeleton", "facts", "department", "section_title")]
        return [f"- 删除不属于报告正文的内容：{p}" for p in
                hygiene_problems(text.text(), instructions=instructions, untrusted=[talk.variables["prior"]],
                                 allowed=allowed)]

    def _ask_repair(self, spec: SectionSpec, talk: _Talk, problems: Problems, attempt: int,
                    outcome: SectionOutcome) -> bool:
        """Put the repair prompt in ``talk.messages``; False (with a warning) when it would exceed the
        repair token budget."""
        first = talk.prompt.messages(**talk.variables)
        talk.messages = talk.repair.messages(
            rules=first[0].content,
            task=messages_text(first[-1:]),
            history="\n\n".join(talk.history),
            attempt=str(attempt + 1),
            max_attempts=str(self.settings.max_repairs),
            failures="\n".join(problems.failures + problems.foreign) or (
                "（无）" if not problems.parse_error else f"（上次回答不是合法的 JSON：{problems.parse_error}）"),
            required_missing="\n".join(f"- {p} = {_display(self.facts, p)}" for p in problems.missing) or "（无）",
        )
        budget = self.settings.repair_token_budget
        if talk.repair_tokens + count_tokens(messages_text(talk.messages)) > budget:
            outcome.warnings.append(f"“{spec.title}”一节的修改超出 token 预算（{budget}），停止重试")
            return False
        return True

    def _fall_back(self, spec: SectionSpec, skeleton: SectionText, outcome: SectionOutcome,
                   problems: Problems | None, failure: str | None = None) -> SectionOutcome:
        """No accepted answer: the skeleton (minus any block the guard rejects), with a warning saying why."""
        text, dropped = drop_unsupported(skeleton, self.facts)
        warnings, outcome.gaps = dropped_notes(spec.title, dropped)
        outcome.warnings += warnings
        outcome.text, outcome.source = text, "fallback"
        outcome.guard = verify(text.text(), self.facts)
        why = failure or f"模型回答经{outcome.attempts}次尝试仍未通过核验（{problems.summary() if problems else ''}）"
        outcome.warnings.append(f"“{spec.title}”一节{why}，已改用程序根据数据生成的初稿")
        return outcome


def messages_text(messages: list[Any]) -> str:
    return "\n".join(str(m.content) for m in messages)


def run_section(spec: SectionSpec, skeleton: SectionText, *, model: ChatModel, facts: FactIndex,
                data: DepartmentData, prior: Report | None = None, cache: AnswerCache | None = None,
                settings: ChainSettings | None = None) -> SectionOutcome:
    """Draft one section with ``model``; see the module docstring for the steps."""
    if not isinstance(model, ChatModel):
        raise ModelError(f"{model!r} 不是可用的模型（需要 complete(messages, schema=...) 方法）")
    return SectionChain(model, facts, data, cache=cache, settings=settings).run(spec, skeleton, prior)


__all__ = ["ChainSettings", "Prompt", "SectionChain", "SectionOutcome", "run_section"]
