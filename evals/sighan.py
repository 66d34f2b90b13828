"""SIGHAN-2015: the typo and repeated-word checks on a public spelling-error benchmark.

The test set (``sighan2015_test.tsv``: sentences written by learners of Chinese, the source and its
correction on each line) ships inside pycorrector's wheel. It is read from
an installed copy, found through ``importlib.metadata`` without importing pycorrector (whose import
pulls transformers); ``make eval`` installs pycorrector with ``--no-deps`` for this. The file is
never copied into this repository, and the results name sentences by number only. Without it the eval says so and exits 0.

Three readings, each over the whole file:

- **detection** (the issue's figure): a sentence with an error is detected when jixiao reports any
  typo or repeated word in it; a clean sentence with a finding is a false alarm; also given for the
  odd-numbered sentences (the only half rules may be tuned on) and the even-numbered ones (held out);
- **detection at the place**: as above, but a finding must cover a character that differs;
- **correction, pycorrector's way** (``pycorrector/utils/evaluate_utils.py``): the suggestions
  applied must give the corrected sentence exactly; a wrong or missing correction of an erroneous
  sentence is a miss, any change to a clean one a false alarm. This is the figure pycorrector's
  README publishes (F1 0.3147 for its kenlm model).

    python -m evals.sighan [--out evals/results] [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from drafting.checks.language import check_language
from drafting.checks.slips import traditional
from drafting.checks.typos import check_typos, lexicon
from drafting.findings import Finding, Kind
from drafting.io.atomic import write_text
from drafting.report import Paragraph, Report

ROOT = Path(__file__).resolve().parent.parent
KINDS = {Kind.TYPO, Kind.REPEATED_WORD}
# pycorrector 1.1.4, README (the wheel's METADATA, "Evaluation / 评估结果"): SIGHAN-2015 F1 of
# Kenlm-CSC, strict sentence-level correction (evaluate_utils.eval_model_batch).
KENLM_F1 = 0.3147
PRECISION_FLOOR = 0.8  # the target for sentence-level detection
KENLM_SOURCE = "pycorrector 1.1.4 README (wheel METADATA, “评估结果” table, row Kenlm-CSC, column SIGHAN-2015)"
_SUGGESTION = re.compile(r"改为“(.+)”")


def data_file() -> Path | None:
    """The installed ``pycorrector/data/sighan2015_test.tsv``, or None (pycorrector not installed)."""
    try:
        dist = distribution("pycorrector")
    except PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file("pycorrector/data/sighan2015_test.tsv")))
    return path if path.is_file() else None


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(source, corrected) sentences; comment lines and malformed lines skipped, as pycorrector does."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if not line.startswith("#") and len(parts) == 2:
            pairs.append((parts[0], parts[1]))
    return pairs


def findings_for(sentence: str) -> list[Finding]:
    report = Report(blocks=[Paragraph(text=sentence)])
    return [f for f in [*check_typos(report), *check_language(report)] if f.kind in KINDS]


def corrected(sentence: str, findings: list[Finding]) -> str:
    """The sentence with every same-length suggestion applied (what a user accepting them gets)."""
    chars = list(sentence)
    for f in findings:
        m = _SUGGESTION.fullmatch(f.suggestion or "")
        loc = f.location.location
        if m and f.kind is Kind.TYPO and len(m[1]) == loc.end - loc.start:
            chars[loc.start:loc.end] = list(m[1])
    return "".join(chars)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, positive: bool, predicted: bool, right: bool = True) -> None:
        """``right``: a predicted positive is the right answer (else it counts as a miss)."""
        if positive:
            if predicted and right:
                self.tp += 1
            else:
                self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def _covers_error(src: str, tgt: str, findings: list[Finding]) -> bool:
    wrong = {i for i, (a, b) in enumerate(zip(src, tgt, strict=False)) if a != b}
    return any(wrong & set(range(f.location.location.start, f.location.location.end)) for f in findings)


def run(path: Path) -> dict[str, object]:
    pairs = read_pairs(path)
    lexicon()  # start-up apart from the timing
    detection, placed, correction = Counts(), Counts(), Counts()
    halves = {"odd": Counts(), "even": Counts()}  # rules are tuned on the odd sentences only
    alarms: list[str] = []
    start = time.perf_counter()
    for number, (src, tgt) in enumerate(pairs, 1):
        found = findings_for(src)
        positive = src != tgt
        detection.add(positive, bool(found))
        halves["odd" if number % 2 else "even"].add(positive, bool(found))
        placed.add(positive, bool(found), positive and _covers_error(src, tgt, found))
        fixed = corrected(src, found)
        correction.add(positive, fixed != src if not positive else fixed == tgt)
        if found and not positive:
            alarms.append(f"sentence {number}: {'; '.join(f.message for f in found)}")
    seconds = time.perf_counter() - start
    outside_gb2312 = sum(1 for src, _ in pairs if traditional(src))  # outside GB2312
    return {"file": f"{_source()}: pycorrector/data/{path.name}",
            "sentences": len(pairs), "with_errors": sum(s != t for s, t in pairs),
            "outside_gb2312": outside_gb2312, "seconds": round(seconds, 2),
            "detection": detection.scores(), "detection_odd": halves["odd"].scores(),
            "detection_even": halves["even"].scores(), "detection_at_place": placed.scores(),
            "correction": correction.scores(), "kenlm_f1": KENLM_F1, "kenlm_source": KENLM_SOURCE,
            "false_alarms": alarms}


def _source() -> str:
    try:
        return f"pycorrector {distribution('pycorrector').version}"
    except PackageNotFoundError:
        return "a copy outside pycorrector"


def markdown(s: dict[str, object]) -> str:
    def row(name: str, key: str) -> str:
        d = s[key]
        assert isinstance(d, dict)
        return (f"| {name} | {d['tp']} | {d['fp']} | {d['fn']} | {d['tn']} | {d['precision']:.3f} | "
                f"{d['recall']:.3f} | {d['f1']:.3f} |")

    alarms = s["false_alarms"]
    assert isinstance(alarms, list)
    return "\n".join([
        "# SIGHAN-2015 (pycorrector's copy of the test set)", "",
        f"{s['sentences']} sentences, {s['with_errors']} with errors; {s['outside_gb2312']} hold a character "
        "outside GB2312 (the file is in simplified characters). "
        f"Checks took {s['seconds']} s after start-up.", "",
        "| reading | TP | FP | FN | TN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|",
        row("detection (any typo/repeated word in the sentence)", "detection"),
        row("— odd-numbered sentences (the half rules may be tuned on)", "detection_odd"),
        row("— even-numbered sentences (held out)", "detection_even"),
        row("detection at the place (a finding covers a wrong character)", "detection_at_place"),
        row("correction, pycorrector's scoring (exact corrected sentence)", "correction"),
        f"| pycorrector Kenlm-CSC, correction, as published | | | | | | | {KENLM_F1:.3f} |", "",
        f"Kenlm's figure: {KENLM_SOURCE}.", "",
        "## Clean sentences flagged (numbered in the file; the sentences stay in pycorrector's wheel)", "", *([f"- {a}" for a in alarms] or ["- none"]), ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.sighan", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when detection precision falls below {PRECISION_FLOOR}")
    args = parser.parse_args(argv)
    path = data_file()
    if path is None:
        print("skipped: SIGHAN-2015 needs pycorrector's data file; install it without its dependencies: "
              ".venv/bin/pip install --no-deps pycorrector (make eval does)")
        return 0
    summary = run(path)
    write_text(args.out / "sighan.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(summary)
    write_text(args.out / "sighan.md", md)
    print(md)
    detection = summary["detection"]
    assert isinstance(detection, dict)
    if args.check and detection["precision"] < PRECISION_FLOOR:
        print(f"below the floor: detection precision {detection['precision']} < {PRECISION_FLOOR}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
