"""The planted defects of ``evals.real_planted`` measured on any folder of ``.txt`` files.

Why: the corpus's dev split is small and the rules were tuned on it; recall that holds only there
fits dev's shapes. Planting the same defects, with the same sites and fairness rules, into real
text nobody tuned on (public pages saved outside the repository) shows whether a reading
generalises. Lines that open a file with ``#`` (a ``# url: …`` header) are not report text.

    python -m evals.real_planted_folder --folder DIR [--files odd|even|all] [--cases] [--clean]

``--files`` picks the files whose number (the digits of the name) is odd or even, so that one half
can be tuned on and the other held out. ``--cases`` lists every miss and collateral finding (for the
half that is tuned on only); ``--clean`` lists the findings on the unplanted texts instead, to compare
two versions of the rules on the same text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.real import as_read
from evals.real_planted import PLANTERS, Cell, _pct, run_text


def report_text(path: Path) -> str:
    """A saved page without its leading ``#`` header lines, as the review reads it (``real.as_read``)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return as_read("\n".join(lines))


def pick(folder: Path, files: str) -> list[Path]:
    """The folder's ``.txt`` files, all or those whose number is odd or even."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        digits = re.sub(r"\D", "", path.stem)
        if files == "all" or (digits and int(digits) % 2 == (1 if files == "odd" else 0)):
            out.append(path)
    return out


def run(paths: list[Path], seeds: int, cases: bool) -> tuple[dict[str, Cell], list[dict[str, str]]]:
    cells = {kind: Cell() for kind in PLANTERS}
    notes: list[dict[str, str]] = []
    for path in paths:
        run_text(path.name, report_text(path), seeds, cells, notes if cases else None)
    return cells, notes


def table(cells: dict[str, Cell], title: str) -> str:
    lines = [f"## {title}", "", "| kind | texts with a site | planted | found | recall | plants with collateral "
             "| texts with collateral |", "|---|---:|---:|---:|---:|---:|---:|"]
    for kind, c in cells.items():
        lines.append(f"| {kind} | {c.texts} | {c.planted} | {c.found} | {_pct(c)} | {c.collateral} "
                     f"| {len(c.collateral_texts)} |")
    return "\n".join(lines) + "\n"


def clean_findings(paths: list[Path]) -> list[str]:
    """One line per finding on the unplanted texts: file, rule, severity, quote."""
    out = []
    for path in paths:
        for f in review(read_text_string(report_text(path))).findings:
            out.append(f"{path.name}\t{f.rule or f.kind.value}\t{f.severity.value}\t{f.quote.strip()[:60]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_planted_folder", description=__doc__)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--files", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--cases", action="store_true", help="list misses and collateral findings")
    parser.add_argument("--clean", action="store_true", help="list the findings on the unplanted texts")
    parser.add_argument("--out", type=Path, help="also write the table (and cases) as JSON here")
    args = parser.parse_args(argv)
    paths = pick(args.folder, args.files) if args.folder.is_dir() else []
    if not paths:
        print(f"no .txt files ({args.files}) in {args.folder}", file=sys.stderr)
        return 2
    if args.clean:
        print("\n".join(clean_findings(paths)))
        return 0
    cells, notes = run(paths, args.seeds, args.cases)
    print(table(cells, f"{args.folder.name} ({args.files}, {len(paths)} files, {args.seeds} seeds)"))
    for n in notes:
        print(f"- {n['file']} `{n['kind']}` {n['what']}: {n['change']} — {n['near']}")
    if args.out:
        data = {"files": [p.name for p in paths], "seeds": args.seeds,
                "kinds": {k: c.as_dict() for k, c in cells.items()}, "cases": notes}
        write_text(args.out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
