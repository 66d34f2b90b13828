"""The review on the copies a site publishes: the real corpus in traditional characters, with its unit's
region masked (XX县…), or with its years masked (20XX年).

Why: some government sites publish a traditional-character view of a report, and document sites
publish reports with the unit's name or the years written XX (the reviewer still reads them). None of
these copies adds a defect or removes one a reviewer would mark, so a review that generalises says of
each what it says of the original. A finding only in the copy is a false alarm the copy caused (a mask
read as a placeholder left in, a traditional form read as a typo); a finding the copy loses is one it
hides. Quotes are compared as the copy writes them: the original's quote traditional, or masked, and
both read back (``Rewrite.fold``). Measured per split like ``evals.real_layouts``; only dev examples are
listed.

    python -m evals.real_copies [--corpus DIR] [--out evals/results]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafting.io.atomic import write_text
from drafting.numbers.traditional import fold_traditional
from evals.real import CORPUS, ROOT, corpus_absent, excerpt, test_names
from evals.real_layouts import Cell, _keys, note_lines, table_lines

# the region a report's title opens with (湖南省…, 南县…, 岳阳市…): read from the file's own ``title:``
# header, not by the checks under test; a title naming no region at its start is not masked
_REGION = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:省|市|县|区|州|旗|自治)")
# a year of the report's own time, as a year (2022年, 2022年度); the mask keeps the 20 and writes the rest XX
_YEAR = re.compile(r"(?<![\d０-９])20[0-3]\d(?=\s*年)")


@dataclass(frozen=True)
class Rewrite:
    """A copy of a text and how a quote of either reads in the copy's terms (``fold``, applied to the
    original's quotes and the copy's alike)."""
    text: str
    fold: Callable[[str], str]


@cache
def _s2t() -> Callable[[str], str]:
    import opencc  # a dependency of the package (numbers/traditional.py reads the other way)

    return opencc.OpenCC("s2t").convert


def traditional(text: str, title: str) -> Rewrite:
    """The text as a traditional-character view writes it (OpenCC's simplified-to-traditional by phrases)."""
    s2t = _s2t()
    return Rewrite(s2t(text), lambda quote: fold_traditional(s2t(quote)))


def masked_region(text: str, title: str) -> Rewrite | None:
    """Every naming of the title's region written XX (湖南省 → XX省 wherever 湖南 stands), as a document
    site masks a report's unit; None where the title opens with no region."""
    if not (m := _REGION.match(title.strip())):
        return None
    region = m.group(1)
    return Rewrite(text.replace(region, "XX"), lambda quote: quote.replace(region, "XX"))


def masked_years(text: str, title: str) -> Rewrite | None:
    """Every year of the report's time written 20XX (2022年 → 20XX年); None where the text writes none."""
    if not _YEAR.search(text):
        return None
    return Rewrite(_YEAR.sub("20XX", text), lambda quote: _YEAR.sub("20XX", quote))


REWRITES: dict[str, Callable[[str, str], Rewrite | None]] = {
    "traditional": traditional, "masked_region": masked_region, "masked_years": masked_years}


def title_of(path: Path) -> str:
    """The file's ``title:`` header (its second line), as the site titled the page."""
    lines = path.read_text(encoding="utf-8").split("\n", 2)
    return lines[1].removeprefix("title:").strip() if len(lines) > 1 else ""


def run(corpus: Path = CORPUS) -> tuple[dict[str, dict[str, Cell]], list[dict[str, str]]]:
    """New and lost findings per split and copy."""
    test = test_names()
    cells = {s: {v: Cell() for v in REWRITES} for s in ("dev", "test")}
    notes: list[dict[str, str]] = []
    for path in sorted(corpus.glob("*.txt")):
        split = "test" if path.name in test or path.stem in test else "dev"
        text, title = excerpt(path), title_of(path)
        base = _keys(text)
        for name, rewrite in REWRITES.items():
            if (copy := rewrite(text, title)) is None:
                continue
            clean = {(rule, copy.fold(quote)) for rule, quote in base}
            got = {(rule, copy.fold(quote)) for rule, quote in _keys(copy.text)}
            new, lost = cells[split][name].add(path.name, clean, got)
            if split == "dev":
                notes += [{"file": path.name, "copy": name, "what": what, "rule": r, "quote": q[:30]}
                          for what, found in (("new", new), ("lost", lost)) for r, q in sorted(found)]
    return cells, notes


def markdown(cells: dict[str, dict[str, Cell]], notes: list[dict[str, str]]) -> str:
    lines = ["# The review on published copies (../shared/corpus/real)", "",
             "Each real text as a site may publish it, with no defect added: *traditional* (written in traditional "
             "characters, OpenCC s2t), *masked_region* (the region its title opens with written XX wherever it stands: "
             "湖南省 → XX省), *masked_years* (every year of its time written 20XX年). Texts: those the copy applies to "
             "(a title opening with a region; a text writing a year). *New*: findings (rule and quote, read in the "
             "copy's terms) only in the copy — false alarms it caused. *Lost*: findings the copy hides.", "",
             *table_lines(cells, list(REWRITES), "copy"), *note_lines(notes, "copy")]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_copies", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    args = parser.parse_args(argv)
    if corpus_absent(args.corpus):
        return 0
    cells, notes = run(args.corpus)
    summary = {"splits": {s: {v: c.as_dict(names=s == "dev") for v, c in by.items()} for s, by in cells.items()},
               "dev_notes": notes}
    write_text(args.out / "real_copies.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(cells, notes)
    write_text(args.out / "real_copies.md", md)
    print(md.split("\n## ")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
