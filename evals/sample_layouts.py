"""The hand-labelled sample with its forms flattened: labels recalled and false alarms per layout.

Why: the real corpus's excerpts hold few forms with a labelled defect inside them; the sample
(fixtures/jingzhou-hrss-2022, Word's "save as text": each cell a line opening with a TAB) has its labels
inside its tables. Re-laid as a web copy (``cells``, ``cells_spaced``: one cell a line) or a PDF's text
layer (``runs``: a row's cells on one line), it adds no defect: a label the original recalls and the
variant misses is a finding the layout hides, a false alarm only in the variant one the layout caused.
Run by ``evals.real_layouts`` (its report's last section).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.review import ReviewOptions, review
from evals.cases import load_case
from evals.scoring import score_case

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "evals" / "suites" / "sample" / "jingzhou-hrss-2022"


@dataclass
class Scored:
    """One layout's review of the sample against its labels."""
    labels: int = 0
    recalled: int = 0
    findings: int = 0
    false_alarms: list[str] = field(default_factory=list)  # (repeats too: a second finding on a label)
    missed: list[str] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)  # each finding's rule and quote, layout ignored

    def as_dict(self) -> dict[str, object]:
        return {"labels": self.labels, "recalled": self.recalled, "findings": self.findings,
                "false_alarms": self.false_alarms, "missed": self.missed}


def key(f: Finding) -> tuple[str, str]:
    """A finding as a layout can keep it: its rule and its quote without blanks (``real_layouts.key``)."""
    return f.rule or f.kind.value, "".join(f.quote.split())


def run(variants: dict[str, Callable[[str], str]], case_dir: Path = CASE) -> dict[str, Scored]:
    """The sample as written (``original``) and re-laid by each of ``variants``, scored on its labels."""
    case = load_case(case_dir / "case.yaml")
    text = (case_dir / case.report).read_text(encoding="utf-8")
    out: dict[str, Scored] = {}
    for name, variant in {"original": lambda t: t, **variants}.items():
        # as the sample's own eval reads it (``evals.runner``): its labels count its three stock claims
        findings = review(read_text_string(variant(text)), options=ReviewOptions(stock_claims=True, standard_forms=True)).findings
        res = score_case(name, case, findings)
        out[name] = Scored(res.labels, len(res.matched), res.findings,
                           [f"`{r.kind}` 「{r.quote}」" for r in [*res.false_alarms, *res.repeated]],
                           [f"`{r.kind}` 「{r.quote}」" for r in res.missed], {key(f) for f in findings})
    return out


def markdown(scored: dict[str, Scored]) -> list[str]:
    """The section of ``real_layouts.md``: a row per layout, then what each variant adds or hides."""
    base = scored["original"]
    lines = ["## The sample's forms flattened (fixtures/jingzhou-hrss-2022, hand labels)", "",
             "The sample as written and re-laid *cells*, *cells_spaced* and *runs* (its TAB cells as the bar rows "
             "above), scored on its labels. *False alarms*: findings on no label, or on a label another finding took (a repeat, counted as the suites count it).", "",
             "| layout | labels | recalled | findings | false alarms |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {n} | {s.labels} | {s.recalled} | {s.findings} | {len(s.false_alarms)} |" for n, s in scored.items()]
    for name, s in scored.items():
        if name == "original":
            continue
        new = [f"`{r}` 「{q[:30]}」" for r, q in sorted(s.keys - base.keys)]
        lost = [m for m in s.missed if m not in base.missed]
        lines += ["", f"- `{name}`: findings only here: " + ("; ".join(new) or "none"),
                  f"- `{name}`: labels missed only here: " + ("; ".join(lost) or "none")]
    return lines
