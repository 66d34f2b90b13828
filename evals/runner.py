"""Offline evals: run review, guard and draft over gold-labelled cases and score them.

A suite is a folder of cases, ``<suite>/<case>/case.yaml`` (validated by ``Case``, extra keys are
refused). A finding matches a gold label when the kinds are equal (the three number kinds count as
one, see ``EQUIVALENT_KINDS``) and the quotes overlap (one
contains the other, or their longest common run of characters covers at least half of the shorter,
after removing whitespace). Precision counts findings, recall counts labels, per finding kind and overall.
Results are compared with a committed baseline so a drop is named case by case.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafting.errors import InputError
from drafting.findings import Finding
from evals.planting import Label
from evals.report_md import markdown

__all__ = [
    "EQUIVALENT_KINDS", "Case", "CaseResult", "DraftMetrics", "EvalResult", "Metrics", "PlantedBy", "check_thresholds",
    "compare",
    "load_case", "load_thresholds", "quotes_overlap", "run_suite", "score_case", "write_results",
]


class PlantedBy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    generator: str
    seed: int
    source: str | None = Field(None, description="the clean report the defects were planted into")
    operations: list[str] = Field(default_factory=list)


class Case(BaseModel):
    """One eval case: a report, optional data and prior report, and what a reviewer should find."""

    model_config = ConfigDict(extra="forbid")

    report: str = Field(description="path of the report (.docx or .txt), relative to the case folder")
    data: str | None = None
    prior: str | None = None
    labels: list[Label] = Field(default_factory=list)
    must_not_flag: list[str] = Field(default_factory=list, description="quotes no finding may point at")
    hand_labelled: bool = False
    planted_by: PlantedBy | None = None
    note: str = ""


# -- matching -------------------------------------------------------------------------------------


def _squash(s: str) -> str:
    return "".join(s.split())


def quotes_overlap(a: str, b: str) -> bool:
    """One quote contains the other, or their longest common run covers ≥ 50% of the shorter.

    A common *run* (not scattered characters) so that 2019年 and 2021年度 do not match."""
    a, b = _squash(a), _squash(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    longest = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return longest * 2 >= min(len(a), len(b))


# Kinds that name the same claim about one number. review.merge_findings keeps only one finding per
# number span across these (the strongest), so which of them a correct detection carries depends on
# which rule fired: a changed figure with data is "contradicted" when a fact of the same name exists,
# "unsupported" when none does. Labels of one of them are matched by findings of any of them.
EQUIVALENT_KINDS: dict[str, str] = {
    "number_unsupported": "number", "number_contradicted": "number", "arithmetic_mismatch": "number",
}


def same_kind(a: str, b: str) -> bool:
    return a == b or (a in EQUIVALENT_KINDS and EQUIVALENT_KINDS.get(a) == EQUIVALENT_KINDS.get(b))


def _targets(finding_quote: str, protected: str) -> bool:
    """A finding points at a must-not-flag quote when it overlaps it and is not a whole surrounding paragraph."""
    return quotes_overlap(finding_quote, protected) and len(_squash(finding_quote)) <= 3 * len(_squash(protected)) + 10


class Ref(BaseModel):
    """A label or finding as shown in results: kind, quote (shortened) and a note or message."""

    kind: str
    quote: str
    note: str = ""


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


class CaseResult(BaseModel):
    name: str
    labels: int
    findings: int
    matched: list[Ref] = Field(default_factory=list)
    missed: list[Ref] = Field(default_factory=list)
    true_findings: list[Ref] = Field(default_factory=list)
    false_alarms: list[Ref] = Field(default_factory=list)
    must_not_flag_hits: list[Ref] = Field(default_factory=list)
    guard_checked: int | None = None
    guard_failed: int | None = None
    seconds: float = 0.0
    hand_labelled: bool = False


def score_case(name: str, case: Case, findings: Iterable[Finding]) -> CaseResult:
    """Match findings to labels of the same kind.

    A finding is true when its quote matches any label. Recall is one-to-one: each quote a finding
    points at (its own and its ``related`` places) recalls at most one label, so when the same
    paragraph is labelled at each of its copies, only pointing at each copy recalls them all.
    """
    findings = list(findings)
    res = CaseResult(name=name, labels=len(case.labels), findings=len(findings))
    hit = [False] * len(case.labels)

    def claim(kind: str, quote: str) -> bool:
        matches = [i for i, lab in enumerate(case.labels) if same_kind(lab.kind, kind) and quotes_overlap(lab.quote, quote)]
        free = [i for i in matches if not hit[i]]
        if free:
            hit[free[0]] = True
        return bool(matches)

    for f in findings:
        good = claim(f.kind, f.quote)
        if good:
            for r in f.related:
                claim(f.kind, r.quote)
        ref = Ref(kind=f.kind.value, quote=_short(f.quote), note=_short(f.message, 80))
        if good:
            res.true_findings.append(ref)
            continue
        res.false_alarms.append(ref)
        if any(_targets(f.quote, q) for q in case.must_not_flag):
            res.must_not_flag_hits.append(ref)
    for label, h in zip(case.labels, hit, strict=True):
        ref = Ref(kind=label.kind.value, quote=_short(label.quote), note=label.note)
        (res.matched if h else res.missed).append(ref)
    return res


# -- metrics --------------------------------------------------------------------------------------


class Metrics(BaseModel):
    labels: int = 0
    recalled: int = 0
    findings: int = 0
    true_positives: int = 0

    @property
    def false_positives(self) -> int:
        return self.findings - self.true_positives

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.recalled / self.labels if self.labels else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def summary(self) -> dict[str, Any]:
        return {**self.model_dump(), "false_positives": self.false_positives,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _metrics(cases: list[CaseResult]) -> tuple[dict[str, Metrics], Metrics]:
    per: dict[str, Metrics] = {}
    total = Metrics()

    def bump(kind: str, **kw: int) -> None:
        for m in (per.setdefault(kind, Metrics()), total):
            for k, v in kw.items():
                setattr(m, k, getattr(m, k) + v)

    for c in cases:
        for r in c.matched:
            bump(r.kind, labels=1, recalled=1)
        for r in c.missed:
            bump(r.kind, labels=1)
        for r in c.true_findings:
            bump(r.kind, findings=1, true_positives=1)
        for r in c.false_alarms:
            bump(r.kind, findings=1)
    return dict(sorted(per.items())), total


class DraftMetrics(BaseModel):
    """How well the drafter does on the suite's department data (one draft per data file)."""

    drafts: int = 0
    numbers_checked: int = 0
    numbers_supported: int = 0
    required_figures: int = 0
    required_covered: int = 0
    repairs: int = 0
    tokens: int = 0
    calls: int = 0
    seconds: float = 0.0
    errors: list[str] = Field(default_factory=list)

    @property
    def supported_share(self) -> float | None:
        return self.numbers_supported / self.numbers_checked if self.numbers_checked else None

    @property
    def coverage(self) -> float | None:
        return self.required_covered / self.required_figures if self.required_figures else None


class EvalResult(BaseModel):
    suite: str
    model: str = "offline"
    cases: list[CaseResult]
    drafts: DraftMetrics | None = None
    wall_seconds: float = 0.0
    regressions: list[str] = Field(default_factory=list)

    @property
    def per_kind(self) -> dict[str, Metrics]:
        return _metrics(self.cases)[0]

    @property
    def overall(self) -> Metrics:
        return _metrics(self.cases)[1]

    def to_json(self) -> dict[str, Any]:
        out = self.model_dump(mode="json")
        out["overall"] = self.overall.summary()
        out["per_kind"] = {k: m.summary() for k, m in self.per_kind.items()}
        if self.drafts is not None:
            out["drafts"]["supported_share"] = _round(self.drafts.supported_share)
            out["drafts"]["coverage"] = _round(self.drafts.coverage)
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> EvalResult:
        keep = {k: v for k, v in obj.items() if k in cls.model_fields}
        if keep.get("drafts"):
            keep["drafts"] = {k: v for k, v in keep["drafts"].items() if k in DraftMetrics.model_fields}
        return cls.model_validate(keep)

    def to_markdown(self) -> str:
        return markdown(self)


# -- running --------------------------------------------------------------------------------------


def load_case(path: str | Path) -> Case:
    """Read and validate one case.yaml; errors name the file and the field."""
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"无法读取评测用例：{exc}", path=p) from exc
    try:
        return Case.model_validate(raw or {})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise InputError(f"评测用例字段不符合要求：{err['msg']}；请对照 evals/README 的用例格式修改", path=p, where=where) from exc


def case_dirs(suite: str | Path) -> list[Path]:
    s = Path(suite)
    if (s / "case.yaml").exists():
        return [s]
    return sorted(p.parent for p in s.glob("*/case.yaml"))


def run_suite(path: str | Path, model: Any = "offline", *, baseline_dir: str | Path | None = None,
              drafts: bool = True) -> EvalResult:
    """Run every case of a suite: review (+ guard with data), score, draft per data file, compare."""
    from drafting.io.loading import load_department
    from drafting.io.reading import read_report
    from drafting.review import review

    suite = Path(path)
    started = time.perf_counter()
    results: list[CaseResult] = []
    data_files: dict[Path, Path | None] = {}
    for d in case_dirs(suite):
        case = load_case(d / "case.yaml")
        t0 = time.perf_counter()
        report = read_report(d / case.report)
        data_path = d / case.data if case.data else None
        prior_path = d / case.prior if case.prior else None
        data = load_department(data_path) if data_path else None
        prior = read_report(prior_path) if prior_path else None
        found = review(report, data=data, prior=prior).findings
        res = score_case(d.name, case, found)
        res.hand_labelled = case.hand_labelled
        if data is not None and data_path is not None:
            res.guard_checked, res.guard_failed = _guard_counts(report, data)
            data_files.setdefault(data_path.resolve(), prior_path.resolve() if prior_path else None)
        res.seconds = round(time.perf_counter() - t0, 3)
        results.append(res)
    result = EvalResult(suite=suite.name, model=str(model), cases=results)
    if drafts and data_files:
        result.drafts = _draft_metrics(data_files, model)
    result.wall_seconds = round(time.perf_counter() - started, 3)
    base = Path(baseline_dir) if baseline_dir else suite.parent.parent / "baseline"
    base_file = base / f"{suite.name}.json"
    if base_file.exists():
        baseline = EvalResult.from_json(json.loads(base_file.read_text(encoding="utf-8")))
        result.regressions = compare(result, baseline)
    return result


def _guard_counts(report: Any, data: Any) -> tuple[int, int]:
    from drafting.numbers.guard import verify

    g = verify(report, data)
    return len(g.checks), len(g.failures)


def _draft_metrics(data_files: dict[Path, Path | None], model: Any) -> DraftMetrics:
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
            d = draft(data, prior=prior, model=model)
        except Exception as exc:  # a failing draft is a measured outcome, not a crash of the eval
            m.errors.append(f"{data_path.parent.name}: {type(exc).__name__}: {exc}")
            continue
        m.drafts += 1
        g = verify(d.report, data)
        m.numbers_checked += len(g.checks)
        m.numbers_supported += len(g.checks) - len(g.failures)
        side = d.sidecar
        req, cov = _coverage(side)
        m.required_figures += req
        m.required_covered += cov
        m.repairs += int(_attr(side, "repairs", "repairs_needed", "repair_rounds") or 0)
        tokens = _attr(side, "tokens", "total_tokens")
        m.tokens += int(_attr(tokens, "total", "total_tokens") if isinstance(tokens, BaseModel) else tokens or 0)
        m.calls += int(_attr(side, "calls", "model_calls") or 0)
    m.seconds = round(time.perf_counter() - t0, 3)
    return m


def _attr(obj: Any, *names: str) -> Any:
    for n in names:
        v = obj.get(n) if isinstance(obj, dict) else getattr(obj, n, None)
        if v is not None:
            return v
    return None


def _coverage(side: Any) -> tuple[int, int]:
    """(required, covered) from the sidecar's coverage, whatever shape it has (ratio, lists, counts)."""
    cov = _attr(side, "coverage")
    if cov is None:
        return 0, 0
    req = _attr(cov, "required")
    covered = _attr(cov, "covered")
    if req is not None and covered is not None:
        n_req = len(req) if isinstance(req, list | set | tuple) else int(req)
        n_cov = len(covered) if isinstance(covered, list | set | tuple) else int(covered)
        return n_req, n_cov
    missing = _attr(cov, "missing")
    if req is not None and missing is not None:
        n_req = len(req) if isinstance(req, list | set | tuple) else int(req)
        return n_req, n_req - (len(missing) if isinstance(missing, list | set | tuple) else int(missing))
    return 0, 0


# -- baseline and thresholds ----------------------------------------------------------------------


def compare(result: EvalResult, baseline: EvalResult) -> list[str]:
    """Regressions against a baseline, named case by case: labels no longer found, new false alarms."""
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
        old_fa = {(r.kind, r.quote) for r in b.false_alarms}
        for r in c.false_alarms:
            if (r.kind, r.quote) not in old_fa:
                out.append(f"{c.name}: 新增误报 {r.kind}「{r.quote}」")
    return out


def load_thresholds(path: str | Path) -> dict[str, Any]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def check_thresholds(result: EvalResult, thresholds: dict[str, Any]) -> list[str]:
    """Metrics below the suite's thresholds, one line each (empty when the gate passes)."""
    spec = thresholds.get(result.suite) or {}
    failures: list[str] = []
    checks: list[tuple[str, Metrics, dict[str, float]]] = [("overall", result.overall, spec.get("overall") or {})]
    per = result.per_kind
    for kind, mins in (spec.get("kinds") or {}).items():
        checks.append((kind, per.get(kind, Metrics()), mins or {}))
    for name, m, mins in checks:
        for metric in ("precision", "recall"):
            floor = mins.get(metric)
            value = getattr(m, metric)
            if floor is None:
                continue
            if value is None:
                # no findings at all: precision is undefined, which only fails when something was expected
                if metric == "recall" or m.labels:
                    failures.append(f"{result.suite}/{name}: {metric} 无法计算（无{'标注' if metric == 'recall' else '发现'}），阈值 {floor}")
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
    m = write_text(out / f"{result.suite}.md", result.to_markdown())
    return [j, m]
