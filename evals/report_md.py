"""Eval results as Markdown, for people: tables per finding kind and per case, then every miss and false alarm.

Why apart from ``evals.scoring``: presentation only; the scoring does not depend on it. It reads
the results (``evals.scoring``) and is called by the runner; it never imports the runner.
"""

from __future__ import annotations

from evals.scoring import CaseResult, DraftMetrics, EvalResult, Ref

__all__ = ["markdown"]


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def markdown(r: EvalResult) -> str:
    """The results as a Markdown report: per kind, drafting, per case, misses, repeats, false alarms,
    the per-finding judgement of hand-labelled cases, regressions."""
    lines = [f"# 评测结果：{r.suite}", "",
             f"模型 `{r.model}`，{len(r.cases)} 个用例，用时 {r.wall_seconds:.2f} 秒。", "",
             "## 按问题类型", "",
             "每条发现只计一次；同一标注只能使一条发现成立，其余指向它的发现记为“重复”，计入 FP。"
             "一个问题一条标注：重复段落的标注列出每一处副本（places），发现指向的每一处（本身及 related）"
             "至多对上其中一处，“places found”即各标注的位置被指出了多少。", "",
             "| kind | labels | recalled | findings | TP | FP | precision | recall | F1 | places found |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind, m in [*r.per_kind.items(), ("**overall**", r.overall)]:
        lines.append(f"| {kind} | {m.labels} | {m.recalled} | {m.findings} | {m.true_positives} | "
                     f"{m.false_positives} | {_pct(m.precision)} | {_pct(m.recall)} | {_pct(m.f1)} | "
                     f"{m.places_found}/{m.places} |")
    if r.drafts is not None:
        lines += _drafts(r.drafts)
    lines += _cases(r.cases)
    lines += _listing("漏报", "note", [(c.name, x) for c in r.cases for x in c.missed])
    lines += _listing("只指出了部分位置的标注", "note", [(c.name, _partial(x)) for c in r.cases for x in c.matched
                                                if x.places_found < x.places])
    lines += _listing("重复发现（同一标注已有发现）", "message", [(c.name, x) for c in r.cases for x in c.repeated])
    lines += _listing("误报", "message", [(c.name, x) for c in r.cases for x in c.false_alarms])
    for c in r.cases:
        if c.hand_labelled:
            lines += _judgement(c)
    if r.regressions:
        lines += ["", "## 相对基线的退步", ""] + [f"- {x}" for x in r.regressions]
    return "\n".join(lines) + "\n"


def _partial(x: Ref) -> Ref:
    return x.model_copy(update={"note": f"指出 {x.places_found}/{x.places} 处；{x.note}"})


def _drafts(d: DraftMetrics) -> list[str]:
    lines = ["", "## 起草", "",
             "| drafts | numbers checked | supported | coverage of required figures | repairs | fallbacks | "
             "tokens | calls (cached) | seconds |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
             f"| {d.drafts} | {d.numbers_checked} | {_pct(d.supported_share)} | {_pct(d.coverage)} | {d.repairs} | "
             f"{d.fallbacks} | {d.tokens} | {d.calls} ({d.cached_calls}) | {d.seconds:.2f} |"]
    return lines + [f"- 起草失败：{e}" for e in d.errors]


def _cases(cases: list[CaseResult]) -> list[str]:
    lines = ["", "## 按用例", "", "| case | labels | recalled | findings | repeats | false alarms | "
             "must-not-flag hits | guard checked/failed | seconds |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for c in cases:
        guard = "—" if c.guard_checked is None else f"{c.guard_checked}/{c.guard_failed}"
        lines.append(f"| {c.name} | {c.labels} | {len(c.matched)} | {c.findings} | {len(c.repeated)} | "
                     f"{len(c.false_alarms)} | {len(c.must_not_flag_hits)} | {guard} | {c.seconds:.2f} |")
    return lines


def _listing(title: str, last: str, rows: list[tuple[str, Ref]]) -> list[str]:
    if not rows:
        return []
    return ["", f"## {title}", "", f"| case | kind | quote | {last} |", "|---|---|---|---|",
            *[f"| {n} | {x.kind} | {_cell(x.quote)} | {_cell(x.note)} |" for n, x in rows]]


def _judgement(c: CaseResult) -> list[str]:
    """Every finding of a hand-labelled case, judged by its labels."""
    judged = ([("属实", x) for x in c.true_findings] + [("重复", x) for x in c.repeated]
              + [("误报", x) for x in c.false_alarms])
    return ["", f"## 逐条判定：{c.name}（人工标注）", "",
            f"{len(c.true_findings)} 条属实，{len(c.repeated)} 条重复，{len(c.false_alarms)} 条误报，"
            f"属实比例 {_pct(len(c.true_findings) / c.findings if c.findings else None)}。", "",
            "| # | 判定 | kind | quote | message |", "|---:|---|---|---|---|",
            *[f"| {i} | {v} | {x.kind} | {_cell(x.quote)} | {_cell(x.note)} |" for i, (v, x) in enumerate(judged, 1)]]
