"""The review on invented structure, template, year and date defects: one planted defect a file, and clean
files of the same shapes it must leave alone (issue 9).

Why: about a sixth of what careful readers mark in real reports is structure and template (numbering
that skips or repeats, a heading with nothing under it, template text left in, another template's
heading, blank required fields), and years and dates about 6% (DEFECTS.md); the rules for them were
built from audits' planted misses and never measured on a set of their own. Two sets live in
``evals/invented/``, one excerpt a ``.txt`` with its label in a ``.yaml`` beside it (``kind``, and for a
defect ``quote``, a short exact piece of the text):

- ``s48_structure``: the held-out set, written in session 48 before any change to the checks and
  never tuned on;
- ``s48h2_structure``: a second held-out set, written after that session's changes and before any
  measurement on it (the session had read the first set's misses too while choosing its fixes);
- ``s48dev_structure`` (``--dev``): the set that session studied and tuned on.

A defect is *found* when a warning or error of a kind that may claim it (``evals.real.COMPATIBLE``)
points at (or relates to) text overlapping the quote. A *false* finding is any warning or error on a clean
file, or one on a defect file that points elsewhere; those of the structure and date kinds are told
apart from the rest (numbers, language and copies belong to other checks).

    python -m evals.structure_invented [--dev] [--list] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

import yaml

from drafting.errors import InputWarning
from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.report import Report
from drafting.review import review

from .real import COMPATIBLE

ROOT = Path(__file__).resolve().parent.parent
SETS = {"held": ROOT / "evals" / "invented" / "s48_structure",
        "held2": ROOT / "evals" / "invented" / "s48h2_structure",
        "dev": ROOT / "evals" / "invented" / "s48dev_structure"}
IN_SCOPE = {Kind.STALE_YEAR, Kind.DATE_INCONSISTENCY, Kind.MISSING_FIELD, Kind.NUMBERING_GAP, Kind.FOREIGN_TEXT}


def _points_at(place: FindingLocation, report: Report, quote: str) -> bool:
    """Whether ``place`` overlaps an occurrence of ``quote`` in the text unit it points into."""
    try:
        text = report.text_of(place.location)
    except (IndexError, ValueError):
        return False
    loc, at = place.location, text.find(quote)
    while at >= 0:
        if at < max(loc.end, loc.start + 1) and loc.start < at + len(quote):
            return True
        at = text.find(quote, at + 1)
    return False


def _claims(finding: Finding, report: Report, label: dict[str, str]) -> bool:
    quote = label.get("quote", "")
    return bool(quote) and label["kind"] in COMPATIBLE.get(finding.kind, set()) and any(
        _points_at(p, report, quote) for p in (finding.location, *finding.related))


def _line(name: str, f: Finding) -> str:
    return f"{name}: {f.kind.value} [{f.severity.value}] {f.quote[:30]!r}: {f.message[:80]}"


def score(folder: Path) -> dict[str, object]:
    """Found defects by kind, false findings (structure/date kinds and others) on one set."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    hits, misses, false_scope, false_other = [], [], [], []
    clean_files = clean_alarmed = 0
    for path in sorted(folder.glob("*.txt")):
        label = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", InputWarning)
            report = read_text_string(path.read_text(encoding="utf-8"))
        findings = [f for f in review(report).findings if f.severity is not Severity.INFO]
        claimed = [f for f in findings if _claims(f, report, label)]
        wrong = [f for f in findings if f not in claimed]
        if label["kind"] == "clean":
            clean_files += 1
            clean_alarmed += any(f.kind in IN_SCOPE for f in wrong)
        else:
            total[label["kind"]] += 1
            found[label["kind"]] += bool(claimed)
            (hits if claimed else misses).append(
                f"{path.stem} {label['kind']} {label['quote']!r}" + (f" <- {claimed[0].message[:60]}" if claimed else ""))
        false_scope += [_line(path.stem, f) for f in wrong if f.kind in IN_SCOPE]
        false_other += [_line(path.stem, f) for f in wrong if f.kind not in IN_SCOPE]
    return {"found": dict(found), "defects": dict(total), "found_all": sum(found.values()),
            "defects_all": sum(total.values()), "clean_files": clean_files, "clean_files_alarmed": clean_alarmed,
            "false_structure_date": len(false_scope), "false_other": len(false_other),
            "hit_list": hits, "miss_list": misses, "false_list": false_scope, "other_list": false_other}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.structure_invented", description=__doc__)
    parser.add_argument("--dev", action="store_true", help="also the dev set (tuned on)")
    parser.add_argument("--list", action="store_true", help="list every defect found and missed")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    results = {name: score(folder) for name, folder in SETS.items() if name != "dev" or args.dev}
    for name, s in results.items():
        by_kind = ", ".join(f"{k} {s['found'].get(k, 0)}/{n}" for k, n in sorted(s["defects"].items()))  # type: ignore[attr-defined]
        print(f"{name}: found {s['found_all']} of {s['defects_all']} ({by_kind}); false structure/date findings "
              f"{s['false_structure_date']} ({s['clean_files_alarmed']} of {s['clean_files']} clean files); "
              f"other kinds {s['false_other']}")
        for key in ("false_list", *(("hit_list", "miss_list", "other_list") if args.list else ())):
            for line in s[key]:  # type: ignore[attr-defined]
                print(f"  {key.split('_')[0]} {line}")
    if args.out:
        write_text(args.out / "structure_invented.json", json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
