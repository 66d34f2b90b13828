"""``draft()``: department data (+ last year's report) → a guarded ``Draft`` (report + JSON sidecar).

The report is: the title, the form part (income, expenditure, 三公 and indicator tables written
straight from the data), a lead paragraph, then each narrative section as a Heading + blocks. The
sidecar records, for every number, the fact path or formula it comes from; the guard report;
coverage of the required figures; token counts and cost; prompt hashes; the model; warnings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ..department import SANGONG_LABELS, DepartmentData
from ..errors import InputError
from ..llm.cache import DEFAULT_DIR, AnswerCache
from ..llm.models import ChatModel, TokenUsage, get_model
from ..numbers.textnorm import meaningful_length, split_paragraphs
from ..quantities import format_decimal, round_half_up
from ..report import Cell, Heading, Paragraph, Report, Table
from .offline_writer import Seen, fmt, sentences
from .sections import SectionText, select

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
    calls: int
    cached_calls: int
    tokens: TokenUsage
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
    cost: Decimal | None = None
    prompt_sha256: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


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
            (path, lambda tmp: write_docx(self.report, tmp)),
            (path.with_suffix(".json"), lambda tmp: tmp.write_text(sidecar, encoding="utf-8")),
        ])


# -- form tables -------------------------------------------------------------------------------------


def _money(v: Decimal) -> str:
    return format_decimal(v, 2)


def _table(caption: str, header: list[str], rows: list[list[str]]) -> Table:
    return Table(caption=caption, rows=[[Cell(text=t) for t in header], *[[Cell(text=t) for t in r] for r in rows]])


def _signed(diff: Decimal, base: Decimal, col: str) -> list[str]:
    """Difference and ratio cells in words (节约/超支, 增加/减少), never a bare minus sign."""
    if col == "budget":
        word = "节约" if diff >= 0 else "超支"
    else:
        word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    if diff == 0:
        return ["0.00", "0.00%" if base else "—"]
    ratio = f"{word}{format_decimal(round_half_up(abs(diff) / base * 100, 2))}%" if base else "—"
    return [f"{word}{_money(abs(diff))}", ratio]


_TARGET_MARKER = re.compile(r"^\s*指标\s*\d*\s*[：:]\s*")


def _target_cell(ind: Any) -> str | None:
    """The 目标值 cell; a target that only repeats the indicator's name (指标4：加大…) says so instead."""
    if ind.target is None:
        return None
    bare = _TARGET_MARKER.sub("", ind.target).rstrip("。.；; ")
    return "未设置量化目标值" if not bare or bare == ind.name.rstrip("。.；; ") else ind.target


def _unrepeated(text: str, written: Seen | None, prior: Seen | None) -> tuple[str, str | None]:
    """``text`` without the sentences already written in the report (``written``) or copied from
    last year's (``prior``), and the label of the report text it defers to. Short texts stay whole."""
    if written is None or meaningful_length(text) < 30:
        return text, None
    kept, labels = [], []
    for s in sentences(text):
        label = written.where(s)
        if label is not None:
            labels.append(label)
        elif prior is None or prior.where(s) is None:
            kept.append(s)
    if len(kept) == len(sentences(text)):
        return text, None
    label = max(labels, key=labels.count) if labels else None
    return "".join(kept).strip(), label


def _evidence_cell(text: str, written: Seen | None, prior: Seen | None, figure: str, where: str) -> str:
    """A free-text cell of the indicator table that does not repeat the report: the sentences the
    text part already states become a reference to where (详见报告正文三（一）2)."""
    rest, label = _unrepeated(text, written, prior)
    ref = f"详见报告正文{label}" if label else ""
    if rest == text:
        out = text
    elif not rest:
        out = "；".join(x for x in (figure, ref) if x) or "与上年表述相同，待按本年实际补录"
    else:
        out = rest.rstrip("。；;，, ") + (f"；其余{ref}" if ref else "") + "。"
    if written is not None:
        written.add(where, out)
    return out


def form_tables(d: DepartmentData, accept: Callable[[str], list[str]] | None = None,
                warnings: list[str] | None = None, written: Seen | None = None,
                prior: Seen | None = None) -> list[Table]:
    """The form part, straight from the data. Free-text cells with numbers the data does not hold
    are left for the officer to fill (with a warning) rather than copied unchecked. With
    ``written`` (the report text, labelled), evidence the text already gives is referred to, not
    repeated; with ``prior``, sentences of last year's report are not copied into the cells."""
    tables = [*_finance_tables(d), _sangong_table(d)]
    if d.indicators:
        tables.append(_indicator_table(d, accept, warnings, written, prior))
    return tables


def _finance_tables(d: DepartmentData) -> list[Table]:
    """年度收入情况 and 年度支出和结余情况, one row per unit, when the data has them."""
    f, unit = d.finance, d.finance.unit.value
    tables = []
    if f.income:
        tables.append(_table(f"年度收入情况（{unit}）",
                             ["机构名称", "收入合计", "上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入"],
                             [[r.unit_name, *(_money(getattr(r, k)) for k in
                                              ("total", "carryover", "fiscal", "government_fund", "special_account", "other"))]
                              for r in f.income]))
    if f.expenditure:
        tables.append(_table(f"年度支出和结余情况（{unit}）",
                             ["机构名称", "支出合计", "基本支出", "人员支出", "公用支出", "项目支出", "当年结余", "累计结余"],
                             [[r.unit_name, *(_money(getattr(r, k)) for k in
                                              ("total", "basic", "personnel", "public", "project", "balance_year",
                                               "balance_cumulative"))] for r in f.expenditure]))
    return tables


def _sangong_table(d: DepartmentData) -> Table:
    """“三公”经费: 决算数, then against the budget (节约) and last year (增减) when the data has them."""
    sg = d.sangong
    header = ["项目", "决算数"]
    if sg.budget is not None:
        header += ["预算数", "节约数", "节约比例"]
    if sg.prior is not None:
        header += ["上年数", "增减数", "增减比例"]
    rows = []
    for key, label in SANGONG_LABELS.items():
        now = getattr(sg.actual, key)
        row = [label, _money(now)]
        for col in ("budget", "prior"):
            table = getattr(sg, col)
            if table is None:
                continue
            base = getattr(table, key)
            diff = (base - now) if col == "budget" else (now - base)
            row += [_money(base), *_signed(diff, base, col)]
        rows.append(row)
    return _table(f"“三公”经费支出情况（{sg.unit.value}）", header, rows)


def _checked_cell(text: str | None, where: str, accept: Callable[[str], list[str]] | None,
                  warnings: list[str] | None) -> str:
    """A free-text cell, or （待补录） (with a warning) when ``accept`` finds numbers the data does not hold."""
    problems = accept(text) if (accept and text) else []
    if problems and warnings is not None:
        warnings.append(f"自评表“{where}”一栏含{'；'.join(problems)}，已留待补录；请把这些数字补入数据后重新生成")
    return "（待补录）" if problems else (text or "")


def _indicator_table(d: DepartmentData, accept: Callable[[str], list[str]] | None, warnings: list[str] | None,
                     written: Seen | None, prior: Seen | None) -> Table:
    """绩效指标完成情况, one row per indicator; evidence the report text gives is referred to, not repeated."""
    rows = []
    for n, i in enumerate(d.indicators):
        figure = f"{fmt(i.actual_value, i.unit)}{i.unit.value}" if i.actual_value is not None else ""
        actual = _checked_cell(i.actual or figure, f"{i.name}·完成值", accept, warnings)
        if actual and actual != figure:
            actual = _evidence_cell(actual, written, prior, figure, f"自评表第{n + 1}项指标")
        reason = _checked_cell(i.deviation_reason, f"{i.name}·偏差原因", accept, warnings)
        if reason:
            reason = _evidence_cell(reason, written, prior, "", f"自评表第{n + 1}项指标")
        rows.append([i.level1, i.level2, i.name, _checked_cell(_target_cell(i), f"{i.name}·目标值", accept, warnings),
                     actual, format_decimal(i.weight) if i.weight is not None else "",
                     format_decimal(i.score) if i.score is not None else "", reason])
    return _table("绩效指标完成情况", ["一级指标", "二级指标", "三级指标", "目标值", "完成值", "分值", "得分", "偏差原因"], rows)


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


def draft(data: DepartmentData, *, prior: Report | None = None, model: str | ChatModel = "offline",
          sections: list[str] | None = None, cache_dir: str | Path | None = None,
          progress: Callable[[str], None] | None = None, settings: Any = None) -> Draft:
    """Draft the report of ``data``. ``model`` is ``"offline"`` (default, no network), a spec for
    ``get_model`` or a ``ChatModel``; answers are cached under ``cache_dir`` (default .jixiao-cache/)."""
    from ..numbers.facts import build_facts
    from .chain import SectionChain, covered
    from .offline import draft_section, lead_paragraph

    try:
        specs = select(sections)
    except KeyError as exc:
        raise InputError(f"章节 id 无效（sections）：{exc.args[0]}", where="sections") from exc
    chat = get_model(model) if isinstance(model, str) else model
    facts = build_facts(data)
    cache = AnswerCache(cache_dir or DEFAULT_DIR) if chat.cacheable else None
    chain = SectionChain(chat, facts, data, cache=cache, settings=settings, progress=progress)
    accept = _accept(facts, data.year)
    last_year = prior_text(prior)
    warnings = [w.message for w in data.consistency_warnings()]
    outcomes = []
    for spec in specs:
        if progress:
            progress(spec.title)
        skeleton = draft_section(data, spec, accept, last_year)
        warnings += skeleton.warnings
        outcomes.append(chain.run(spec, skeleton.text, prior))
    _dedupe(outcomes, warnings)

    title = f"{data.department.name}{data.year}年度部门整体支出绩效自评报告"
    written = written_text(specs, outcomes)
    blocks: list[Any] = [Heading(text=title, level=0), *form_tables(data, accept, warnings, written, last_year)]
    blocks.append(Paragraph(text=lead_paragraph(data)))
    for spec, out in zip(specs, outcomes, strict=True):
        blocks.append(Heading(text=spec.heading, level=1))
        for b in out.text.blocks:
            blocks.append(Heading(text=b.text, level=2) if b.kind == "subheading" else Paragraph(text=b.text))
        warnings += out.warnings
    report = Report(blocks=blocks)
    return Draft(report=report, sidecar=_sidecar(data, chat, specs, outcomes, facts, warnings, covered))


def _sidecar(data: DepartmentData, chat: ChatModel, specs: list[Any], outcomes: list[Any], facts: Any,
             warnings: list[str], covered: Callable[..., list[str]]) -> Sidecar:
    from ..numbers.guard import verify

    numbers: list[NumberRecord] = []
    by_section: dict[str, SectionCoverage] = {}
    guard: dict[str, Any] = {}
    metas: list[SectionMeta] = []
    unsupported = 0
    total = TokenUsage()
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
                                 cached_calls=out.cached_calls, tokens=out.usage,
                                 cost=prices.cost(out.usage) if prices else None, prompt_sha256=out.prompt_sha256))
        total = total + out.usage
        hashes.update(out.prompt_sha256)
    n_required = sum(len(c.required) for c in by_section.values())
    missing = [p for c in by_section.values() for p in c.missing]
    ratio = Decimal(1) if not n_required else round_half_up(Decimal(n_required - len(missing)) / n_required, 4)
    return Sidecar(
        department=data.department.name, year=data.year, model=chat.name, numbers=numbers, unsupported=unsupported,
        guard=guard,
        coverage=Coverage(required=n_required, present=n_required - len(missing), missing=missing, ratio=ratio,
                          by_section=by_section),
        sections=metas, tokens=total, cost=chat.prices.cost(total) if chat.prices else None, prompt_sha256=hashes,
        warnings=list(dict.fromkeys(warnings)),
    )


def sidecar_json(draft_: Draft) -> str:
    return json.dumps(draft_.sidecar.model_dump(mode="json"), ensure_ascii=False, indent=2)


__all__ = ["Coverage", "Draft", "Sidecar", "draft"]

