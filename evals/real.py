"""The review measured on real reports: the 60 labelled excerpts of ``../shared/corpus/real``.

Labels live in ``evals/real/labels`` (one YAML per corpus file, see ``evals/LABELLING.md``); the
texts stay in ``../shared`` and are read from there. Scores are given per split (dev, test), never
pooled: rules are tuned on dev only.

    python -m evals.real [--corpus DIR] [--out evals/results]
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from drafting.errors import InputWarning
from drafting.findings import Finding, Kind, Severity
from drafting.io.atomic import write_text
from drafting.io.text_reader import drop_readings, read_text_string, strip_readings
from drafting.review import review

from .shared import CORPUS

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "evals" / "real" / "labels"
SPLIT = ROOT / "evals" / "real" / "split.yaml"
THRESHOLDS = ROOT / "evals" / "real" / "thresholds.yaml"

# which label kinds a finding of each kind may claim (LABELLING.md, "Kinds")
NUMBER_KINDS = {"total_mismatch", "rate_mismatch", "conflicting_figure", "count_mismatch", "unit_error",
                "staffing", "score_error"}
LANGUAGE_KINDS = {"typo", "repeated_word", "punctuation", "document_number"}
COMPATIBLE: dict[str, set[str]] = {
    Kind.DUPLICATE_PARAGRAPH: {"duplicate", "splice"},
    Kind.COPIED_FROM_PRIOR_YEAR: {"duplicate"},
    Kind.SPLICED_TEXT: {"splice", "duplicate"},
    Kind.CROSS_REPORT_BOILERPLATE: {"duplicate"},
    Kind.NUMBER_UNSUPPORTED: NUMBER_KINDS,
    Kind.NUMBER_CONTRADICTED: NUMBER_KINDS,
    Kind.ARITHMETIC_MISMATCH: NUMBER_KINDS,
    Kind.UNSUPPORTED_CLAIM: {"unsupported_claim", "indicator"},
    Kind.STALE_YEAR: {"stale_year", "date_inconsistency"},
    Kind.DATE_INCONSISTENCY: {"date_inconsistency", "stale_year"},
    Kind.ENTITY_MISMATCH: {"entity_level", "entity_other"},
    Kind.MISSING_FIELD: {"blank_field", "placeholder", "empty_heading", "indicator"},
    Kind.NUMBERING_GAP: {"numbering", "empty_heading", "wrong_template"},
    Kind.FOREIGN_TEXT: {"placeholder", "wrong_template"},
}
for _kind in ("typo", "repeated_word", "punctuation", "document_number"):
    if _kind in Kind.__members__.values():  # the language checks, as they land
        COMPATIBLE[Kind(_kind)] = {_kind}
if "repeated_word" in COMPATIBLE:  # a clause said twice in a row is both
    COMPATIBLE[Kind("repeated_word")] = {"repeated_word", "duplicate"}


def covered_kinds() -> set[str]:
    """Label kinds some finding kind can claim: recall is measured over these."""
    return set().union(*COMPATIBLE.values())


@dataclass
class Label:
    file: str
    kind: str
    quote: str
    spans: list[tuple[int, int]]
    note: str = ""
    certain: bool = True


@dataclass
class Scored:
    """One file's findings, each judged once against its labels."""

    file: str
    findings: list[Finding]
    verdicts: list[str]  # per finding: "tp", "fp" or "disputed"
    found: list[bool]  # per label: matched by a compatible finding
    labels: list[Label]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    disputed: int = 0
    error_tp: int = 0
    error_fp: int = 0
    labels: int = 0
    labels_found: int = 0
    by_rule: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    def as_dict(self) -> dict[str, object]:
        typos = self.by_kind.get("typo", Counter())
        return {
            "findings": self.tp + self.fp + self.disputed, "true": self.tp, "false": self.fp,
            "disputed": self.disputed, "precision": self.ratio(self.tp, self.tp + self.fp),
            "errors": self.error_tp + self.error_fp,
            "error_precision": self.ratio(self.error_tp, self.error_tp + self.error_fp),
            "labels_covered": self.labels, "labels_found": self.labels_found,
            "recall": self.ratio(self.labels_found, self.labels),
            "recall_without_typos": self.ratio(self.labels_found - typos["found"], self.labels - typos.total()),
            "by_rule": {r: dict(c) for r, c in sorted(self.by_rule.items())},
            "by_label_kind": {k: dict(c) for k, c in sorted(self.by_kind.items())},
        }


def excerpt(path: Path) -> str:
    """The report text of a corpus file, everything after the ``source:``/``title:`` header, as the
    review reads it (a repost's inline pinyin readings removed, ``as_read``)."""
    return as_read(path.read_text(encoding="utf-8").split("\n", 3)[3])


def as_read(text: str) -> str:
    """``text`` as the reader hands it to the checks: plants and labels are placed in that text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        return strip_readings(text)


def _occurrences(text: str, quote: str) -> list[int]:
    out, i = [], text.find(quote)
    while i >= 0 and quote:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def load_labels(path: Path, text: str) -> list[Label]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return parse_labels(data.get("labels") or [], text, data["file"], str(path))


def parse_labels(raws: list[dict[str, object]], text: str, file: str, where: str, kind_key: str = "kind") -> list[Label]:
    """Labels placed in ``text`` (``file``'s, as read): each quote at its ``occurrence``, and its other places.
    ``kind_key``: the field holding the guide's kind (a pool's labels hold it in ``fine``)."""
    labels = []
    for raw in raws:
        quote = str(raw["quote"])
        places = [str(p) for p in raw.get("places") or []]  # type: ignore[attr-defined]
        if not _occurrences(text, quote):  # quoted from the text with its readings, which the reader drops
            quote, places = drop_readings(quote), [drop_readings(p) for p in places]
        starts = _occurrences(text, quote)
        if not starts:
            raise ValueError(f"{where}: quote {quote!r} is not in {file}")
        n = int(raw.get("occurrence", 1))  # type: ignore[call-overload]
        if not 1 <= n <= len(starts):
            raise ValueError(f"{where}: quote {quote!r} occurs {len(starts)} times in {file}, not {n}")
        spans = [(starts[n - 1], starts[n - 1] + len(quote))]
        for place in places:  # each place as quoted, or with its readings dropped (a quote
            place = place if _occurrences(text, place) else drop_readings(place)  # without any keeps them)
            spans += [(s, s + len(place)) for s in _occurrences(text, place)]
        labels.append(Label(file, str(raw.get(kind_key) or raw["kind"]), quote, spans, str(raw.get("note", "")),
                            bool(raw.get("certain", True))))
    return labels


def _finding_spans(text: str, finding: Finding) -> list[tuple[int, int]]:
    spans = []
    for place in [finding.location, *finding.related]:
        quote = place.quote.strip()
        spans += [(s, s + len(quote)) for s in _occurrences(text, quote)]
    return spans


def _overlaps(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    b = list(b)
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_file(text: str, findings: list[Finding], labels: list[Label]) -> Scored:
    """Each finding counts once: right if it overlaps a certain label its kind can claim."""
    verdicts = []
    found = [False] * len(labels)
    for f in findings:
        spans = _finding_spans(text, f)
        hits = [i for i, lab in enumerate(labels) if _overlaps(spans, lab.spans)
                and lab.kind in COMPATIBLE.get(f.kind, set())]
        certain = [i for i in hits if labels[i].certain]
        for i in certain:
            found[i] = True
        verdicts.append("tp" if certain else "disputed" if hits else "fp")
    return Scored("", findings, verdicts, found, labels)


def run_file(path: Path, label_path: Path) -> Scored:
    text = excerpt(path)
    labels = load_labels(label_path, text)
    result = review(read_text_string(text))
    scored = score_file(text, result.findings, labels)
    scored.file = path.name
    return scored


def tally(scored: Iterable[Scored]) -> Tally:
    t = Tally()
    covered = covered_kinds()
    for s in scored:
        for f, v in zip(s.findings, s.verdicts, strict=True):
            t.by_rule[f.rule or f.kind.value][v] += 1
            if v == "disputed":
                t.disputed += 1
                continue
            ok = v == "tp"
            t.tp += ok
            t.fp += not ok
            if f.severity is Severity.ERROR:
                t.error_tp += ok
                t.error_fp += not ok
        for lab, hit in zip(s.labels, s.found, strict=True):
            if lab.certain and lab.kind in covered:
                t.labels += 1
                t.labels_found += hit
                t.by_kind[lab.kind]["found" if hit else "missed"] += 1
    return t


def corpus_absent(corpus: Path) -> bool:
    """Whether the real corpus is missing (a clone without ../shared beside it): says so once, for an eval to skip."""
    if corpus.exists():
        return False
    print(f"skipped: the real corpus is not at {corpus} (../shared beside the repository)")
    return True


def test_names() -> set[str]:
    """The file names of the corpus's frozen test split (``evals/real/split.yaml``)."""
    return set(yaml.safe_load(SPLIT.read_text(encoding="utf-8"))["test"])


def run(corpus: Path = CORPUS) -> dict[str, tuple[Tally, list[Scored]]]:
    test = test_names()
    results: dict[str, list[Scored]] = {"dev": [], "test": []}
    for label_path in sorted(LABELS.glob("*.yaml")):
        name = yaml.safe_load(label_path.read_text(encoding="utf-8"))["file"]
        results["test" if name in test else "dev"].append(run_file(corpus / name, label_path))
    return {k: (tally(v), v) for k, v in results.items()}


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def markdown(results: dict[str, tuple[Tally, list[Scored]]]) -> str:
    lines = ["# Review on real reports (../shared/corpus/real)", "",
             "| split | files | findings | precision | errors | error precision | covered labels | recall "
             "| recall without typos |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, (t, files) in results.items():
        d = t.as_dict()
        lines.append(f"| {name} | {len(files)} | {d['findings']} | {_pct(d['precision'])} | {d['errors']} | "
                     f"{_pct(d['error_precision'])} | {d['labels_covered']} | {_pct(d['recall'])} | "
                     f"{_pct(d['recall_without_typos'])} |")
    lines += ["", "Disputed findings (on `certain: false` labels) are left out of precision. Issue #9 counts "
              "typos in its recall only once the language checks (#10) land; both figures are shown.", "",
              "## Precision by rule (dev)", "", "| rule | right | wrong | disputed |", "|---|---:|---:|---:|"]
    for rule, c in sorted(results["dev"][0].by_rule.items()):
        lines.append(f"| `{rule}` | {c['tp']} | {c['fp']} | {c['disputed']} |")
    lines += ["", "## Wrong findings (dev)", ""]
    for s in results["dev"][1]:
        for f, v in zip(s.findings, s.verdicts, strict=True):
            if v == "fp":
                lines.append(f"- {s.file} `{f.rule}` [{f.severity.value}] {f.quote[:40]!r}: {f.message[:80]}")
    lines += ["", "## Missed labels (dev)", ""]
    covered = covered_kinds()
    for s in results["dev"][1]:
        for lab, hit in zip(s.labels, s.found, strict=True):
            if lab.certain and lab.kind in covered and not hit:
                lines.append(f"- {s.file} `{lab.kind}` {lab.quote[:40]!r}: {lab.note[:80]}")
    lines += ["", "Test-split findings and labels are not listed: rules are tuned on dev only."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure falls below evals/real/thresholds.yaml")
    args = parser.parse_args(argv)
    if corpus_absent(args.corpus):
        return 0
    results = run(args.corpus)
    summary = {name: t.as_dict() for name, (t, _) in results.items()}
    args.out.mkdir(parents=True, exist_ok=True)
    write_text(args.out / "real.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(results)
    write_text(args.out / "real.md", md)
    print(md.split("\n## ")[0])
    failures = below_floors(summary) if args.check else []
    for line in failures:
        print(f"below the floor: {line}")
    return 1 if failures else 0


def below_floors(summary: dict[str, dict[str, object]]) -> list[str]:
    """Figures under their floors in evals/real/thresholds.yaml (floors are measured figures, and only go up)."""
    floors = yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))
    out = []
    for split, metrics in floors.items():
        for metric, floor in metrics.items():
            value = summary[split][metric]
            if not isinstance(value, float) or value < floor:
                out.append(f"{split} {metric} = {value} < {floor}")
    return out


if __name__ == "__main__":
    sys.exit(main())
