"""The number and indicator checks on invented excerpts: one defect a file, clean twins and clean excerpts.

Why: the number rules were measured on sets written by the sessions that tuned them (docs/EVALUATION.md);
``evals/invented/s48_numbers/`` was written in session 48 before any change to the checks and is never
tuned on (the held-out figure); ``s48dev_numbers/`` is the same shape and is what that session tuned on
(``--dev``). Each folder's ``labels.yaml`` gives per file the defect's kind and the quotes a finding must
point at, or ``clean``.

- *found*: a warning or error of a number/indicator kind whose place (or a related place) quotes one of
  the labelled quotes (or is quoted by one);
- *false*: any warning or error on a clean file, or one elsewhere on a defect file (info is not counted).

    python -m evals.numbers_invented [--dev] [--list] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.report import Report
from drafting.review import review

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "evals" / "invented"
NUMBER_KINDS = {Kind.ARITHMETIC_MISMATCH, Kind.NUMBER_CONTRADICTED, Kind.NUMBER_UNSUPPORTED, Kind.UNSUPPORTED_CLAIM}
# a label's kind whose defect is no number's: the finding kinds that count as found
HIT_KINDS = {"year": {Kind.STALE_YEAR}}


def _points_at(place: FindingLocation, quotes: list[str], report: Report) -> bool:
    """The place quotes a labelled quote, or its span overlaps one's occurrence in the same text unit."""
    if any(q in place.quote for q in quotes):
        return True
    loc = place.location
    try:
        unit = report.text_of(loc)
    except (IndexError, ValueError):
        return False
    for q in quotes:
        at = unit.find(q)
        while at >= 0:
            if at < loc.end and loc.start < at + len(q):
                return True
            at = unit.find(q, at + 1)
    return False


def _hit(f: Finding, quotes: list[str], report: Report, kind: str = "") -> bool:
    return f.kind in HIT_KINDS.get(kind, NUMBER_KINDS) and any(_points_at(p, quotes, report) for p in (f.location, *f.related))


def _line(name: str, f: Finding) -> str:
    return f"{name}: [{f.rule} {f.severity.value}] {f.quote!r}: {f.message}"


def run(folder: str) -> dict[str, object]:
    """The figures of one folder, by kind: defects found, false findings, clean files with one."""
    labels = yaml.safe_load((DATA / folder / "labels.yaml").read_text(encoding="utf-8"))
    kinds: dict[str, Counter[str]] = {}
    found, missed, false = [], [], []
    for name, label in sorted(labels.items()):
        text = (DATA / folder / name).read_text(encoding="utf-8")
        report = read_text_string(text)
        shown = [f for f in review(report).findings if f.severity != Severity.INFO]
        kind = label["kind"]
        tally = kinds.setdefault(kind, Counter())
        tally["files"] += 1
        quotes = label.get("quotes", [])
        hits = [f for f in shown if _hit(f, quotes, report, kind)]
        others = [f for f in shown if f not in hits]
        if kind != "clean":
            tally["found"] += bool(hits)
            (found if hits else missed).append(f"{name}: " + "; ".join(_line("", f) for f in hits))
        tally["false"] += len(others)
        tally["files_with_false"] += bool(others)
        false += [_line(name, f) for f in others]
    return {"kinds": {k: dict(v) for k, v in sorted(kinds.items())}, "found_list": found, "missed_list": missed,
            "false_list": false}


def summary(s: dict[str, object]) -> list[str]:
    """One line for the defects, one for the clean files, one per kind."""
    kinds: dict[str, dict[str, int]] = s["kinds"]  # type: ignore[assignment]
    defects = {k: v for k, v in kinds.items() if k != "clean"}
    clean = kinds.get("clean", {})
    out = [f"defects found {sum(v.get('found', 0) for v in defects.values())} of "
           f"{sum(v['files'] for v in defects.values())}; false findings on defect files "
           f"{sum(v.get('false', 0) for v in defects.values())}",
           f"clean files with a false finding {clean.get('files_with_false', 0)} of {clean.get('files', 0)} "
           f"({clean.get('false', 0)} findings)"]
    out += [f"  {k}: found {v.get('found', 0)}/{v['files']}, false {v.get('false', 0)}" for k, v in defects.items()]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.numbers_invented", description=__doc__)
    parser.add_argument("--dev", action="store_true", help="the dev set (tuned on) instead of the held-out one")
    parser.add_argument("--folder", default=None, help="another folder under evals/invented (s50n)")
    parser.add_argument("--list", action="store_true", help="list every defect found and missed")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    folder = args.folder or ("s48dev_numbers" if args.dev else "s48_numbers")
    s = run(folder)
    print(folder)
    for line in summary(s):
        print(line)
    for key in ("false_list", *(("found_list", "missed_list") if args.list else ())):
        for line in s[key]:  # type: ignore[attr-defined]
            print(f"  {key.split('_')[0]} {line}")
    if args.out:
        write_text(args.out / f"numbers_invented_{folder}.json", json.dumps(s, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
