"""Offline evals: run review, guard and draft over gold-labelled cases, score them, write the results.

    python -m evals.runner [evals/suites | evals/suites/<suite>] [--out evals/results]
                           [--thresholds evals/thresholds.yaml] [--model offline]

(``make eval``). A suite is a folder of cases (``evals.cases``); findings are scored against the
labels (``evals.scoring``) and written as JSON and Markdown (``evals.report_md``). Results are
compared with the committed baseline (``evals/baseline/<suite>.json``) so a drop is named case by
case, and with the floors in ``evals/thresholds.yaml``; the exit status is 1 when either fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from drafting.errors import DraftingError, InputError
from evals.cases import Case, Label, PlantedBy, case_dirs, load_case
from evals.report_md import markdown
from evals.scoring import (
    EQUIVALENT_KINDS,
    CaseResult,
    DraftMetrics,
    EvalResult,
    Metrics,
    quotes_overlap,
    same_kind,
    score_case,
)

__all__ = [
    "EQUIVALENT_KINDS", "Case", "CaseResult", "DraftMetrics", "EvalResult", "Label", "Metrics", "PlantedBy",
    "case_dirs", "check_thresholds", "compare", "load_case", "load_thresholds", "main", "quotes_overlap",
    "run_suite", "same_kind", "score_case", "write_results",
]


# -- running --------------------------------------------------------------------------------------


def run_suite(path: str | Path, model: Any = "offline", *, baseline_dir: str | Path | None = None,
              drafts: bool = True, cache_dir: str | Path | None = None) -> EvalResult:
    """Run every case of a suite: review (+ guard with data), score, draft per data file, compare.

    ``model`` drafts (``"offline"``, a spec for ``get_model`` or a ``ChatModel``); ``cache_dir`` is
    where its answers are cached (the drafter's default when None)."""
    suite = Path(path)
    started = time.perf_counter()
    results: list[CaseResult] = []
    data_files: dict[Path, Path | None] = {}
    for d in case_dirs(suite):
        res, data_path, prior_path = _run_case(d)
        if data_path is not None:
            data_files.setdefault(data_path.resolve(), prior_path.resolve() if prior_path else None)
        results.append(res)
    result = EvalResult(suite=suite.name, model=getattr(model, "name", str(model)), cases=results)
    if drafts and data_files:
        result.drafts = _draft_metrics(data_files, model, cache_dir)
    result.wall_seconds = round(time.perf_counter() - started, 3)
    base = Path(baseline_dir) if baseline_dir else suite.parent.parent / "baseline"
    base_file = base / f"{suite.name}.json"
    if base_file.exists():
        baseline = EvalResult.from_json(json.loads(base_file.read_text(encoding="utf-8")))
        result.regressions = compare(result, baseline)
    return result


def _run_case(d: Path) -> tuple[CaseResult, Path | None, Path | None]:
    """Review one case folder and score it; returns the result and the data and prior paths it used."""
    from drafting.io.loading import load_department
    from drafting.io.reading import read_report
    from drafting.numbers.guard import verify
    from drafting.review import ReviewOptions, review

    case = load_case(d / "case.yaml")
    t0 = time.perf_counter()
    report = read_report(d / case.report)
    data_path = d / case.data if case.data else None
    prior_path = d / case.prior if case.prior else None
    data = load_department(data_path) if data_path else None
    prior = read_report(prior_path) if prior_path else None
    # the invented suites plant stock claims (``planting.unsupported_claim``) and the sample's labels hold 截止 before a
    # date: the opt-in checks that read them are on
    options = ReviewOptions(stock_claims=True, standard_forms=True)
    res = score_case(d.name, case, review(report, data=data, prior=prior, options=options).findings)
    res.hand_labelled = case.hand_labelled
    if data is not None:
        g = verify(report, data)
        res.guard_checked, res.guard_failed = len(g.checks), len(g.failures)
    res.seconds = round(time.perf_counter() - t0, 3)
    return res, data_path, prior_path


def _draft_metrics(data_files: dict[Path, Path | None], model: Any, cache_dir: str | Path | None) -> DraftMetrics:
    from drafting.draft.drafter import draft
    from drafting.io.loading import load_department
    from drafting.io.reading import read_report
    from drafting.numbers.guard import verify

    m = DraftMetrics()
    t0 = time.perf_counter()
    for data_path, prior_path in sorted(data_files.items(), key=lambda kv: str(kv[0])):
        try:
            data = load_department(data_path)
            prior = read_report(prior_path) if prior_path else None
            d = draft(data, prior=prior, model=model, cache_dir=cache_dir)
        except Exception as exc:  # a failing draft is a measured outcome, not a crash of the eval
            m.errors.append(f"{data_path.parent.name}: {type(exc).__name__}: {exc}")
            continue
        m.drafts += 1
        g = verify(d.report, data)
        m.numbers_checked += len(g.checks)
        m.numbers_supported += len(g.checks) - len(g.failures)
        _add_sidecar(m, d.sidecar)
    m.seconds = round(time.perf_counter() - t0, 3)
    return m


def _add_sidecar(m: DraftMetrics, side: Any) -> None:
    """Add one draft's sidecar (``drafting.draft.drafter.Sidecar``): coverage, tokens, and per section
    its calls, cached calls, repairs (attempts after the first) and whether it fell back."""
    m.required_figures += side.coverage.required
    m.required_covered += side.coverage.present
    m.tokens += side.tokens.total
    for section in side.sections:
        m.calls += section.calls
        m.cached_calls += section.cached_calls
        m.repairs += max(0, section.attempts - 1)
        m.fallbacks += section.source == "fallback"


# -- baseline and thresholds ----------------------------------------------------------------------


def compare(result: EvalResult, baseline: EvalResult) -> list[str]:
    """Regressions against a baseline, named case by case: labels no longer found, labels whose
    places are found fewer times, new false alarms, new repeated findings."""
    out: list[str] = []
    before = {c.name: c for c in baseline.cases}
    for c in result.cases:
        b = before.get(c.name)
        if b is None:
            continue
        was = {(r.kind, r.quote) for r in b.matched}
        for r in c.missed:
            if (r.kind, r.quote) in was:
                out.append(f"{c.name}: 不再发现 {r.kind}「{r.quote}」")
        places_before = {(r.kind, r.quote, r.places): r.places_found for r in b.matched}
        for r in c.matched:
            before_n = places_before.get((r.kind, r.quote, r.places), 0)
            if r.places_found < before_n:
                out.append(f"{c.name}: {r.kind}「{r.quote}」只指出 {r.places_found}/{r.places} 处（基线 {before_n} 处）")
        old_fa = {(r.kind, r.quote) for r in b.false_alarms}
        for r in c.false_alarms:
            if (r.kind, r.quote) not in old_fa:
                out.append(f"{c.name}: 新增误报 {r.kind}「{r.quote}」")
        old_rep = {(r.kind, r.quote) for r in b.repeated}
        for r in c.repeated:
            if (r.kind, r.quote) not in old_rep:
                out.append(f"{c.name}: 新增重复发现 {r.kind}「{r.quote}」")
    return out


def load_thresholds(path: str | Path) -> dict[str, Any]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def check_thresholds(result: EvalResult, thresholds: dict[str, Any]) -> list[str]:
    """Metrics below the suite's thresholds, one line each (empty when the gate passes): precision,
    recall and place_recall (the labelled places of each problem that findings point at)."""
    spec = thresholds.get(result.suite) or {}
    failures: list[str] = []
    checks: list[tuple[str, Metrics, dict[str, float]]] = [("overall", result.overall, spec.get("overall") or {})]
    per = result.per_kind
    for kind, mins in (spec.get("kinds") or {}).items():
        checks.append((kind, per.get(kind, Metrics()), mins or {}))
    for name, m, mins in checks:
        for metric in ("precision", "recall", "place_recall"):
            floor = mins.get(metric)
            value = getattr(m, metric)
            if floor is None:
                continue
            if value is None:
                # no findings at all: precision is undefined, which only fails when something was expected
                if metric != "precision" or m.labels:
                    failures.append(f"{result.suite}/{name}: {metric} 无法计算（无{'发现' if metric == 'precision' else '标注'}），阈值 {floor}")
                continue
            if value + 1e-9 < floor:
                failures.append(f"{result.suite}/{name}: {metric} {value:.3f} < 阈值 {floor}")
    return failures


def write_results(result: EvalResult, out_dir: str | Path) -> list[Path]:
    """Write ``<suite>.json`` and ``<suite>.md`` into ``out_dir``; returns the paths."""
    from drafting.io.atomic import write_text

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    j = write_text(out / f"{result.suite}.json",
                   json.dumps(result.to_json(), ensure_ascii=False, indent=1, sort_keys=False) + "\n")
    m = write_text(out / f"{result.suite}.md", markdown(result))
    return [j, m]


# -- command line ---------------------------------------------------------------------------------


def suites_of(path: str | Path) -> list[Path]:
    """The suites a path names: itself when it holds cases, else each subfolder."""
    p = Path(path)
    if not p.is_dir():
        raise InputError("评测集不存在，应为 evals/suites 或其中的一个子目录", path=p)
    if (p / "case.yaml").exists() or any(p.glob("*/case.yaml")):
        return [p]
    return sorted(d for d in p.iterdir() if d.is_dir())


def run(path: str | Path, out: str | Path, thresholds_file: str | Path, model: Any = "offline") -> list[str]:
    """Run, write and print every suite under ``path``; returns the problems (regressions, metrics
    below their thresholds), one line each, empty when the gate passes."""
    tf = Path(thresholds_file)
    thresholds = load_thresholds(tf) if tf.exists() else {}
    problems: list[str] = []
    for suite in suites_of(path):
        result = run_suite(suite, model=model)
        for p in write_results(result, out):
            print(f"已写入 {p}", file=sys.stderr)
        print(markdown(result))
        problems += [f"退步：{r}" for r in result.regressions]
        problems += [f"低于阈值：{t}" for t in check_thresholds(result, thresholds)]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m evals.runner``: exit 0 when every suite passes, 1 on a regression or a metric
    below its threshold, 2 on bad input (one line on stderr)."""
    parser = argparse.ArgumentParser(prog="python -m evals.runner",
                                     description="离线评测：在带标注的样例上计算准确率和召回率")
    parser.add_argument("suite", nargs="?", default="evals/suites")
    parser.add_argument("--model", default="offline", help="offline（默认）或 openai:<模型名>")
    parser.add_argument("--out", default="evals/results")
    parser.add_argument("--thresholds", default="evals/thresholds.yaml", help="各指标的最低要求（只升不降）")
    args = parser.parse_args(argv)
    try:
        problems = run(args.suite, args.out, args.thresholds, model=args.model)
    except DraftingError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
