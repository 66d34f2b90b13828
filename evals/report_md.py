"""Eval results as Markdown, for people: tables per finding kind and per case, then every miss and false alarm.

Why apart from ``evaluation``: presentation only; the scoring there does not depend on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.runner import EvalResult


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def markdown(r: EvalResult) -> str:
    """The results as a Markdown report: per kind, drafting, per case, misses, false alarms, regressions."""
    lines = [f"# 评测结果：{r.suite}", "",
             f"模型 `{r.model}`，{len(r.cases)} 个用例，用时 {r.wall_seconds:.2f} 秒。", "",
             "## 按问题类型", "",
             "| kind | labels | recalled | findings | TP | FP | precision | recall | F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    rows = [*r.per_kind.items(), ("**overall**", r.overall)]
    for kind, m in rows:
        lines.append(f"| {kind} | {m.labels} | {m.recalled} | {m.findings} | {m.true_positives} | "
                     f"{m.false_positives} | {_pct(m.precision)} | {_pct(m.recall)} | {_pct(m.f1)} |")
    if r.drafts is not None:
        d = r.drafts
        lines += ["", "## 起草", "", "| drafts | numbers checked | supported | coverage of required figures | "
                  "repairs | tokens | calls | seconds |", "|---:|---:|---:|---:|---:|---:|---:|---:|",
                  f"| {d.drafts} | {d.numbers_checked} | {_pct(d.supported_share)} | {_pct(d.coverage)} | "
                  f"{d.repairs} | {d.tokens} | {d.calls} | {d.seconds:.2f} |"]
        lines += [f"- 起草失败：{e}" for e in d.errors]
    lines += ["", "## 按用例", "", "| case | labels | recalled | findings | false alarms | must-not-flag hits | "
              "guard checked/failed | seconds |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for c in r.cases:
        guard = "—" if c.guard_checked is None else f"{c.guard_checked}/{c.guard_failed}"
        lines.append(f"| {c.name} | {c.labels} | {len(c.matched)} | {c.findings} | {len(c.false_alarms)} | "
                     f"{len(c.must_not_flag_hits)} | {guard} | {c.seconds:.2f} |")
    missed = [(c.name, x) for c in r.cases for x in c.missed]
    if missed:
        lines += ["", "## 漏报", "", "| case | kind | quote | note |", "|---|---|---|---|"]
        lines += [f"| {n} | {x.kind} | {_cell(x.quote)} | {_cell(x.note)} |" for n, x in missed]
    alarms = [(c.name, x) for c in r.cases for x in c.false_alarms]
    if alarms:
        lines += ["", "## 误报", "", "| case | kind | quote | message |", "|---|---|---|---|"]
        lines += [f"| {n} | {x.kind} | {_cell(x.quote)} | {_cell(x.note)} |" for n, x in alarms]
    for c in r.cases:
        if not c.hand_labelled:
            continue
        # The per-finding judgement: every finding of a hand-labelled case, judged by its labels.
        lines += ["", f"## 逐条判定：{c.name}（人工标注）", "",
                  f"{len(c.true_findings)} 条属实，{len(c.false_alarms)} 条误报，"
                  f"属实比例 {_pct(len(c.true_findings) / c.findings if c.findings else None)}。", "",
                  "| # | 判定 | kind | quote | message |", "|---:|---|---|---|---|"]
        judged = [("属实", x) for x in c.true_findings] + [("误报", x) for x in c.false_alarms]
        lines += [f"| {i} | {v} | {x.kind} | {_cell(x.quote)} | {_cell(x.note)} |" for i, (v, x) in enumerate(judged, 1)]
    if r.regressions:
        lines += ["", "## 相对基线的退步", ""] + [f"- {x}" for x in r.regressions]
    return "\n".join(lines) + "\n"


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")
