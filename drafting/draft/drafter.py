"""``draft()``: department data (+ last year's report) → a guarded ``Draft`` (report + JSON sidecar).

The report is: the title, a lead paragraph, each narrative section as a Heading + blocks with the
form tables (``tables``: income, expenditure, 三公, indicators) each after the paragraph that
introduces it, then the 落款. The sidecar records, for every number, the fact path or formula it
comes from; the guard report; coverage of the required figures; token counts and cost; prompt
hashes; the model; warnings; and the parts of the outline the data does not give (``gaps``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ..department import DepartmentData
from ..errors import InputError
from ..llm.cache import DEFAULT_DIR, AnswerCache
from ..llm.models import ChatModel, TokenUsage, get_model
from ..numbers.textnorm import split_paragraphs
from ..quantities import round_half_up
from ..report import Heading, Paragraph, Report
from .offline_writer import Gap, Seen
from .sections import SectionText, select
from .tables import form_tables, place_tables

# -- sidecar -----------------------------------------------------------------------------------------


class NumberRecord(BaseModel):
    section: str
    text: str
    verdict: str
    path: str | None = Field(None, description="fact the guard matched")
    formula: str | None = None
    claimed: str | None = Field(None, description="path the writer (program or model) gave for it")


class SectionCoverage(BaseModel):
    required: list[str]
    missing: list[str]


class Coverage(BaseModel):
    required: int
    present: int
    missing: list[str]
    ratio: Decimal
    by_section: dict[str, SectionCoverage]


class SectionMeta(BaseModel):
    id: str
    title: str
    source: str
    attempts: int
    calls: int = Field(description="requests sent to the model; cache hits are not requests")
    cached_calls: int
    tokens: TokenUsage = Field(description="tokens spent by this run (0 for a cache hit)")
    saved_tokens: TokenUsage = Field(default_factory=TokenUsage, description="what the cache hits cost originally")
    cost: Decimal | None = None
    prompt_sha256: dict[str, str] = Field(default_factory=dict)


class Sidecar(BaseModel):
    department: str
    year: int
    model: str
    numbers: list[NumberRecord]
    unsupported: int
    guard: dict[str, Any] = Field(default_factory=dict, description="guard report per section")
    coverage: Coverage
    sections: list[SectionMeta]
    tokens: TokenUsage
    saved_tokens: TokenUsage = Field(default_factory=TokenUsage)
    cost: Decimal | None = None
    prompt_sha256: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list, description="parts of the outline the data does not give")


class Draft(BaseModel):
    report: Report
    sidecar: Sidecar

    def write(self, docx_path: str | Path) -> list[Path]:
        """Write the .docx and ``<name>.json`` beside it as a pair: both new, or both as they were."""
        from ..io.atomic import write_pair
        from ..io.docx_writer import write_docx

        path = Path(docx_path)
        sidecar = self.sidecar.model_dump_json(indent=2) + "\n"
        return write_pair([
            (path, lambda tmp: write_docx(self.report, tmp, printed=True)),
            (path.with_suffix(".json"), lambda tmp: tmp.write_text(sidecar, encoding="utf-8")),
        ])


_ITEM = re.compile(r"^(\d+)[．.、]")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")


def written_text(specs: list[Any], outcomes: list[Any]) -> Seen:
    """Every paragraph of the text part, labelled as a reference to it reads: 三（一）2, 四（二）."""
    seen = Seen()
    for spec, out in zip(specs, outcomes, strict=True):
        number, sub = spec.number.rstrip("、"), ""
        for block in out.text.blocks:
            if block.kind == "subheading":
                sub = m.group(0) if (m := _SUB.match(block.text)) else ""
                continue
            if m := _SUB.match(block.text):
                seen.add(f"{number}{m.group(0)}", block.text)
            elif m := _ITEM.match(block.text):
                seen.add(f"{number}{sub}第{m.group(1)}项", block.text)
            else:
                seen.add(f"{number}{sub}" if sub else f"{spec.number}{spec.title}", block.text)
    return seen


def prior_text(prior: Report | None) -> Seen | None:
    """Last year's report as paragraphs to test new sentences against."""
    if prior is None:
        return None
    seen = Seen()
    for unit in prior.units():  # pieces as the prior-copy check compares them (short lines kept together)
        for start, end in split_paragraphs(unit.text, 30):
            seen.add("上年报告", unit.text[start:end])
    return seen


# -- draft -------------------------------------------------------------------------------------------


def outline_gaps(data: DepartmentData) -> list[Gap]:
    """The parts of the outline a draft of ``data`` would leave 【待补充】: the offline skeleton's own
    gaps, so ``jixiao check`` names exactly what ``draft`` will (one source, no second list)."""
    from ..numbers.facts import build_facts
    from .offline import draft_section

    accept = _accept(build_facts(data), data.year)
    return [gap for spec in select(None) for gap in draft_section(data, spec, accept, None).gaps]


def gap_notices(data: DepartmentData, *, workbook: bool = False) -> list[str]:
    """One line per gap of ``outline_gaps``; for a workbook, also the sheet and column to fill in."""
    from ..io.workbook_layout import workbook_place

    out = []
    for gap in outline_gaps(data):
        places = [p for p in dict.fromkeys(workbook_place(f) for f in gap.fields) if p] if workbook else []
        out.append(gap.message + (f"（工作簿中填在{'、'.join(places)}）" if places else ""))
    return out


def _accept(facts: Any, year: int) -> Callable[[str], list[str]]:
    from ..numbers.guard import verify
    from .chain import stale_years

    def accept(text: str) -> list[str]:
        problems = [f"无依据的数字“{c.mention.text}”" for c in verify(text, facts).failures]
        problems += [f"年份{y}年" for y in stale_years(text, year)]
        return problems

    return accept


def _dedupe(outcomes: list[Any], warnings: list[str]) -> None:
    """No paragraph twice in the report: a later exact repeat is dropped with a warning."""
    seen: dict[str, str] = {}
    for out in outcomes:
        kept = []
        for block in out.text.blocks:
            key = "".join(block.text.split())
            if block.kind == "paragraph" and key in seen:
                warnings.append(f"“{out.section}”一节的段落与“{seen[key]}”重复，已删除：{block.text[:30]}…")
                continue
            seen.setdefault(key, out.section)
            kept.append(block)
        out.text = SectionText(blocks=kept or out.text.blocks, numbers=out.text.numbers)


def signature(d: DepartmentData, warnings: list[str]) -> list[Paragraph]:
    """落款: the unit's full name and the report date, right-aligned; a missing date is named, not invented."""
    lines = [Paragraph(text=d.department.name, style="signature")]
    if d.report_date is not None:
        date = d.report_date
        lines.append(Paragraph(text=f"{date.year}年{date.month}月{date.day}日", style="signature"))
    else:
        warnings.append("数据未提供报告日期（report_date），落款只写了单位名称；请补充后重新生成")
    return lines


def draft(data: DepartmentData, *, prior: Report | None = None, model: str | ChatModel = "offline",
          sections: list[str] | None = None, cache_dir: str | Path | None = None, use_cache: bool = True,
          progress: Callable[[str], None] | None = None, settings: Any = None, wording: int | None = None) -> Draft:
    """Draft the report of ``data``. ``model`` is ``"offline"`` (default, no network), a spec for
    ``get_model`` or a ``ChatModel``; usable answers are cached under ``cache_dir`` (default
    .jixiao-cache/) unless ``use_cache`` is False. ``settings`` is a ``ChainSettings``. The offline
    wording is the department's own (``phrasing``); ``wording=n`` takes every kind's n-th frame instead."""
    from ..numbers.facts import build_facts
    from .chain import SectionChain, covered
    from .offline import draft_section, lead_paragraph

    try:
        specs = select(sections)
    except KeyError as exc:
        raise InputError(f"章节 id 无效（sections）：{exc.args[0]}", where="sections") from exc
    chat = get_model(model) if isinstance(model, str) else model
    facts = build_facts(data)
    cache = AnswerCache(cache_dir or DEFAULT_DIR) if chat.cacheable and use_cache else None
    chain = SectionChain(chat, facts, data, cache=cache, settings=settings, progress=progress)
    accept = _accept(facts, data.year)
    last_year = prior_text(prior)
    warnings = [w.message for w in data.consistency_warnings()]
    gaps: list[Gap] = []
    outcomes = []
    for spec in specs:
        if progress:
            progress(spec.title)
        skeleton = draft_section(data, spec, accept, last_year, wording)
        warnings += skeleton.warnings
        gaps += skeleton.gaps
        outcomes.append(chain.run(spec, skeleton.text, prior))
    _dedupe(outcomes, warnings)

    title = f"{data.department.name}{data.year}年度部门整体支出绩效自评报告"
    written = written_text(specs, outcomes)
    tables = form_tables(data, accept, warnings, written, last_year)
    by_section: dict[str, list[Any]] = {}
    for spec, out in zip(specs, outcomes, strict=True):
        by_section[spec.id] = [Heading(text=b.text, level=2) if b.kind == "subheading" else Paragraph(text=b.text)
                               for b in out.text.blocks]
        warnings += out.warnings
        gaps += out.gaps
    rest = place_tables(by_section, tables)
    blocks: list[Any] = [Heading(text=title, level=0), Paragraph(text=lead_paragraph(data, wording))]
    for spec in specs:
        blocks += [Heading(text=spec.heading, level=1), *by_section[spec.id]]
    blocks += rest + signature(data, warnings)
    report = Report(blocks=blocks)
    sidecar = _sidecar(data, chat, specs, outcomes, facts, warnings, covered)
    sidecar.gaps = gaps
    return Draft(report=report, sidecar=sidecar)


def _sidecar(data: DepartmentData, chat: ChatModel, specs: list[Any], outcomes: list[Any], facts: Any,
             warnings: list[str], covered: Callable[..., list[str]]) -> Sidecar:
    from ..numbers.guard import verify

    numbers: list[NumberRecord] = []
    by_section: dict[str, SectionCoverage] = {}
    guard: dict[str, Any] = {}
    metas: list[SectionMeta] = []
    unsupported = 0
    total = saved = TokenUsage()
    hashes: dict[str, str] = {}
    for spec, out in zip(specs, outcomes, strict=True):
        report = verify(out.text.text(), facts)
        unsupported += len(report.failures)
        guard[spec.id] = report.model_dump(mode="json") if hasattr(report, "model_dump") else str(report)
        claimed = {n.text: n.path for n in out.text.numbers}
        for c in report.checks:
            if not c.mention.is_claim:
                continue
            fact = c.fact
            numbers.append(NumberRecord(section=spec.id, text=c.mention.text, verdict=str(c.verdict),
                                        path=fact.path if fact else None, formula=fact.formula if fact else None,
                                        claimed=claimed.get(c.mention.text)))
        required = [p for p in spec.required(data) if facts.get(p) is not None]
        present = set(covered(report, facts, required))
        by_section[spec.id] = SectionCoverage(required=required, missing=[p for p in required if p not in present])
        prices = chat.prices
        metas.append(SectionMeta(id=spec.id, title=spec.title, source=out.source, attempts=out.attempts, calls=out.calls,
                                 cached_calls=out.cached_calls, tokens=out.usage, saved_tokens=out.saved,
                                 cost=prices.cost(out.usage) if prices else None, prompt_sha256=out.prompt_sha256))
        total, saved = total + out.usage, saved + out.saved
        hashes.update(out.prompt_sha256)
    n_required = sum(len(c.required) for c in by_section.values())
    missing = [p for c in by_section.values() for p in c.missing]
    ratio = Decimal(1) if not n_required else round_half_up(Decimal(n_required - len(missing)) / n_required, 4)
    return Sidecar(
        department=data.department.name, year=data.year, model=chat.name, numbers=numbers, unsupported=unsupported,
        guard=guard,
        coverage=Coverage(required=n_required, present=n_required - len(missing), missing=missing, ratio=ratio,
                          by_section=by_section),
        sections=metas, tokens=total, saved_tokens=saved, cost=chat.prices.cost(total) if chat.prices else None, prompt_sha256=hashes,
        warnings=list(dict.fromkeys(warnings)),
    )


def sidecar_json(draft_: Draft) -> str:
    return json.dumps(draft_.sidecar.model_dump(mode="json"), ensure_ascii=False, indent=2)


__all__ = ["Coverage", "Draft", "Sidecar", "draft"]

