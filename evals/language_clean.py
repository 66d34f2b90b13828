"""The language checks on clean text: false alarms per 20,000 characters, each one listed.

Why: a proofreader's users stop reading it when it "corrects" names and domain terms. The clean
text is the fixtures' clean reports, the styles suite (reports written in other departments'
styles) and the dev part of the real corpus, where a language finding counts as a false alarm
when the hand labels call it wrong (``evals.real``'s scoring; findings on uncertain labels are
left out). Test files are not read here: they are for ``evals.real`` alone.

    python -m evals.language_clean [--out evals/results]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drafting.findings import Finding, Kind
from drafting.io.atomic import write_text
from drafting.io.reading import read_report
from drafting.review import review
from evals.cases import load_case
from evals.real import CORPUS, LABELS, ROOT, excerpt, run_file, test_names

LANGUAGE = {Kind.TYPO, Kind.REPEATED_WORD, Kind.PUNCTUATION, Kind.DOCUMENT_NUMBER}
PER = 20_000  # characters: the unit
SUITES = ROOT / "evals" / "suites"


def _clean_reports() -> list[Path]:
    """Reports with no language defect planted: the clean controls of the full suite and the styles suite."""
    out = set()
    for case_file in sorted(SUITES.glob("*/*/case.yaml")):
        case = load_case(case_file)
        if case_file.parent.name.endswith("-clean") or case_file.parent.parent.name == "styles":
            if not any(label.kind in LANGUAGE for label in case.labels):
                out.add((case_file.parent / case.report).resolve())
    return sorted(out)


def _describe(name: str, f: Finding) -> dict[str, str]:
    return {"file": name, "rule": f.rule, "quote": f.quote[:30], "message": f.message[:80]}


def run(corpus: Path = CORPUS) -> dict[str, object]:
    alarms: list[dict[str, str]] = []
    chars = {"clean reports": 0, "dev corpus": 0}
    for path in _clean_reports():
        report = read_report(path)
        chars["clean reports"] += len(report.plain_text())
        alarms += [_describe(path.parent.name, f) | {"where": "clean reports"}
                   for f in review(report).findings if f.kind in LANGUAGE]
    if corpus.exists():
        test = test_names()
        for path in sorted(corpus.glob("*.txt")):
            if path.name in test:
                continue
            chars["dev corpus"] += len(excerpt(path))
            scored = run_file(path, LABELS / (path.stem + ".yaml"))
            alarms += [_describe(path.name, f) | {"where": "dev corpus"}
                       for f, v in zip(scored.findings, scored.verdicts, strict=True) if f.kind in LANGUAGE and v == "fp"]
    total = sum(chars.values())
    return {"chars": chars, "false_alarms": len(alarms), "per_20000": round(len(alarms) * PER / total, 2) if total else None,
            "alarms": alarms}


def markdown(summary: dict[str, object]) -> str:
    chars = summary["chars"]
    assert isinstance(chars, dict)
    lines = ["# Language checks on clean text", "",
             f"{sum(chars.values()):,} characters ({', '.join(f'{k} {v:,}' for k, v in chars.items())}); "
             f"**{summary['false_alarms']} false alarms, {summary['per_20000']} per 20,000 characters** "
             "(target: at most 1).", "", "## False alarms", ""]
    alarms = summary["alarms"]
    assert isinstance(alarms, list)
    lines += [f"- {a['where']}: {a['file']} `{a['rule']}` 「{a['quote']}」 {a['message']}" for a in alarms] or ["- none"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.language_clean", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    args = parser.parse_args(argv)
    summary = run(args.corpus)
    write_text(args.out / "language_clean.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(summary)
    write_text(args.out / "language_clean.md", md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
