"""The review under layout changes: the real corpus re-laid as PDF text, spaced, full- or half-width,
its copied tables with full-width bars or tabs, or flattened one cell a line or one row a line.

Why: real reports reach the reviewer as PDF text (lines broken mid-sentence, page numbers and
running heads inside), as web copies with blank lines between lines, and with full- and half-width
digits and marks mixed. None of these changes adds or removes a defect, so a review that generalises
says the same thing about each variant. A finding that appears only in a variant is a false alarm
the layout caused; a finding that disappears is one the layout hides. Measured per split; only dev
examples are listed (rules are tuned on dev only). The flattened layouts are measured on the hand-labelled
sample too (``evals.sample_layouts``): its labels stand inside its tables.

    python -m evals.real_layouts [--corpus DIR] [--out evals/results] [--columns 76] [--page-lines 30]
                                 [--head 30 | --own-head TEXT] [--number dash|di|of|bare]

(``evals.real_layouts_sweep`` lays the dev texts out at many geometries, listed per text.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafting.findings import Finding
from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.report import display_width
from drafting.review import review
from evals import sample_layouts
from evals.real import CORPUS, ROOT, corpus_absent, excerpt, test_names

WRAP = 76  # display columns per line of a PDF page (38 Chinese characters at 五号; a digit is half)
PAGE_LINES = 30
HALF_MARKS = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
FULL = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(ord("0"), ord("9") + 1)},
                      ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "%": "％"})


def wrapped(text: str, columns: int = WRAP) -> list[str]:
    """``text`` broken as a PDF page breaks it: by display width (a Chinese character is two columns)."""
    lines, cur, width = [], "", 0
    for ch in text:
        w = display_width(ch)
        if width + w > columns:
            lines.append(cur)
            cur, width = "", 0
        cur, width = cur + ch, width + w
    return [*lines, cur]


# the forms a printed page's number takes in text copied from a PDF (n: the page, of: the pages)
NUMBERS: dict[str, str] = {"dash": "- {n} -", "di": "第{n}页", "of": "{n}/{of}", "bare": "{n}"}


@dataclass(frozen=True)
class Geometry:
    """How a PDF lays a text out: its line width (display columns), lines a page, the running head
    (the title's first ``head`` characters; 0: none; -1: a head of its own, ``own_head``) and the
    page number's form (``NUMBERS``)."""
    columns: int = WRAP
    page_lines: int = PAGE_LINES
    head: int = 30
    number: str = "dash"
    own_head: str = ""

    def label(self) -> str:
        head = f"own:{self.own_head}" if self.head < 0 else str(self.head)
        return f"w{self.columns} p{self.page_lines} h{head} {self.number}"


def as_pdf(text: str, geometry: Geometry = Geometry()) -> str:
    """Lines wrapped at ``columns`` display columns mid-sentence, a page number and the running head
    (the first line's beginning) every ``page_lines`` lines, as text copied out of a PDF reads."""
    g = geometry
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    head = g.own_head if g.head < 0 else title[:g.head]
    lines: list[str] = []
    for line in text.splitlines():
        lines += [line] if "|" in line else wrapped(line, g.columns)  # rows of a flattened web table are not PDF text
    furniture = 1 + bool(head)
    pages = -(-len(lines) // (g.page_lines - furniture)) if g.page_lines > furniture else 1
    out: list[str] = []
    page = 1
    for line in lines:
        out.append(line)
        if len(out) % g.page_lines == 0:  # (a page's count takes in the furniture before it, as before)
            out.append(NUMBERS[g.number].format(n=page, of=pages))
            out += [head] if head else []
            page += 1
    return "\n".join(out) + "\n"


def spaced(text: str) -> str:
    """A blank line after every line, as many web copies of a form read."""
    return "\n\n".join(text.splitlines()) + "\n"


def fullwidth(text: str) -> str:
    return text.translate(FULL)


def halfwidth(text: str) -> str:
    return text.translate(HALF_MARKS)


def fullpoints(text: str) -> str:
    """``fullwidth`` with a figure's decimal point typed full-width too (１２．４６), as full-width input writes it."""
    return fullwidth(re.sub(r"(?<=[0-9])\.(?=[0-9])", "．", text))


def fullbars(text: str) -> str:
    """A copied table's cells parted by the full-width bar "｜" (typed on a Chinese keyboard)."""
    return text.replace("|", "｜")


def tabbed(text: str) -> str:
    """A copied table's rows as a spreadsheet pastes them: cells apart by tabs, no bar at either end."""
    def row(line: str) -> str:
        cells = line.strip().removeprefix("|").removesuffix("|").split("|")
        return "\t".join(c.strip() for c in cells)
    return "\n".join(row(ln) if "|" in ln else ln for ln in text.splitlines()) + "\n"


def _row_cells(line: str) -> list[str]:
    """A bar row's cells, stripped (``a | b | |``: a, b and one blank cell), as ``tabbed`` splits them."""
    return [c.strip() for c in line.strip().removeprefix("|").removesuffix("|").split("|")]


def _rows(text: str) -> list[list[str] | str]:
    """``text`` as its table rows (lists of cells) and other lines: a bar row is a line with "|"; Word's
    "save as text" writes each cell on a line opening with a TAB, a row's cells on consecutive lines (a
    blank line closes the row: dropped between two rows, which a flattened copy no longer tells apart)."""
    items: list[list[str] | str] = []
    tab_row = False  # the last item is a row of TAB cells the next TAB line continues
    for line in text.splitlines():
        if "|" in line:
            items.append(_row_cells(line))
        elif line.startswith("\t") and tab_row:
            items[-1].append(line.strip())  # type: ignore[union-attr]
        elif line.startswith("\t"):
            items.append([line.strip()])
        else:
            items.append(line)
        tab_row = line.startswith("\t") and "|" not in line
    return [it for k, it in enumerate(items) if not (it == "" and 0 < k < len(items) - 1 and isinstance(items[k - 1], list)
                                                      and isinstance(items[k + 1], list))]


def _flattened(text: str, row: Callable[[list[str]], list[str]]) -> str:
    """Each table row of ``text`` replaced by the lines ``row`` makes of its cells; other lines kept."""
    out: list[str] = []
    for item in _rows(text):
        out += row(item) if isinstance(item, list) else [item]
    return "\n".join(out) + "\n"


def cells(text: str) -> str:
    """A copied form flattened one cell per line, a blank cell an empty line (a web page's table copied
    as text: every cell a paragraph of its own, the rows no longer told apart)."""
    return _flattened(text, lambda row: row)


def cells_spaced(text: str) -> str:
    """``cells`` with a blank line after every cell (the paragraphs of a web copy apart by blank lines);
    a blank cell is then one more blank line, as most such copies read."""
    return _flattened(text, lambda row: [line for c in row for line in (c, "")])


def runs(text: str) -> str:
    """A form's row as a PDF's text layer often gives it: its filled cells on one line apart by single
    spaces, blank cells gone."""
    return _flattened(text, lambda row: [" ".join(c for c in row if c)])


VARIANTS: dict[str, Callable[[str], str]] = {"pdf": as_pdf, "spaced": spaced, "fullwidth": fullwidth,
                                             "halfwidth": halfwidth, "fullpoints": fullpoints, "fullbars": fullbars,
                                             "tabbed": tabbed, "cells": cells, "cells_spaced": cells_spaced,
                                             "runs": runs}
FLATTENED = ("cells", "cells_spaced", "runs")  # the forms flattened: also measured on the labelled sample


def key(f: Finding) -> tuple[str, str]:
    """A finding as the variant can keep it: its rule and its quote without layout (width, breaks,
    spaces)."""
    quote = re.sub(r"\s+", "", unicodedata.normalize("NFKC", f.quote))
    return f.rule or f.kind.value, quote


@dataclass
class Cell:
    texts: int = 0
    clean: int = 0
    new: int = 0
    lost: int = 0
    texts_with_new: set[str] = field(default_factory=set)

    def add(self, name: str, clean: set[tuple[str, str]], got: set[tuple[str, str]]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """Counts text ``name``'s findings on the original (``clean``) and on its variant (``got``); returns the new
        and the lost ones. (A test text's name is never written out: ``as_dict``.)"""
        new, lost = got - clean, clean - got
        self.texts += 1
        self.clean += len(clean)
        self.new += len(new)
        self.lost += len(lost)
        if new:
            self.texts_with_new.add(name)
        return new, lost

    def as_dict(self, names: bool = True) -> dict[str, object]:
        """The counts; the texts with new findings by name only where ``names`` (dev), else their number."""
        return {"texts": self.texts, "findings": self.clean, "new": self.new, "lost": self.lost,
                "texts_with_new": sorted(self.texts_with_new) if names else len(self.texts_with_new)}


def _keys(text: str) -> set[tuple[str, str]]:
    return {key(f) for f in review(read_text_string(text)).findings}


def run(corpus: Path = CORPUS, geometry: Geometry = Geometry()) -> tuple[dict[str, dict[str, Cell]], list[dict[str, str]]]:
    """New and lost findings per split and variant (*pdf* laid out at ``geometry``)."""
    test = test_names()
    cells = {s: {v: Cell() for v in VARIANTS} for s in ("dev", "test")}
    notes: list[dict[str, str]] = []
    variants = {**VARIANTS, "pdf": lambda text: as_pdf(text, geometry)}
    for path in sorted(corpus.glob("*.txt")):
        split = "test" if path.name in test else "dev"
        text = excerpt(path)
        base = _keys(text)
        for name, variant in variants.items():
            new, lost = cells[split][name].add(path.name, base, _keys(variant(text)))
            if split == "dev":
                notes += [{"file": path.name, "variant": name, "what": "new", "rule": r, "quote": q[:30]} for r, q in sorted(new)]
                notes += [{"file": path.name, "variant": name, "what": "lost", "rule": r, "quote": q[:30]} for r, q in sorted(lost)]
    return cells, notes


def table_lines(cells: dict[str, dict[str, Cell]], names: list[str], column: str) -> list[str]:
    """The table of new and lost findings, a row per split of each of ``names`` (the variants, or the copies)."""
    lines = [f"| {column} | split | texts | findings on the original | new | texts with new | lost |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for name in names:
        for split in ("dev", "test"):
            c = cells[split][name]
            lines.append(f"| {name} | {split} | {c.texts} | {c.clean} | {c.new} | {len(c.texts_with_new)} | {c.lost} |")
    return lines


def note_lines(notes: list[dict[str, str]], column: str) -> list[str]:
    """The dev texts' new and then lost findings, each with the variant or copy (``column``) it came with."""
    lines: list[str] = []
    for what in ("new", "lost"):
        lines += ["", f"## {what.capitalize()} findings (dev only)", ""]
        lines += [f"- {n['file']} `{n[column]}` `{n['rule']}` 「{n['quote']}」" for n in notes if n["what"] == what] \
            or ["- none"]
    return lines


def markdown(cells: dict[str, dict[str, Cell]], notes: list[dict[str, str]], geometry: Geometry = Geometry(),
             sample: dict[str, sample_layouts.Scored] | None = None) -> str:
    g = geometry
    head = f"its own running head「{g.own_head}」" if g.head < 0 else f"the title's first {g.head} characters as running head" \
        if g.head else "no running head"
    lines = ["# The review under layout changes (../shared/corpus/real)", "",
             "Each real text re-laid ten ways that add no defect: *pdf* (lines broken every "
             f"{g.columns} display columns mid-sentence, a page number ({NUMBERS[g.number].format(n=3, of=12)}) and {head} "
             f"every {g.page_lines} lines), "
             "*spaced* (a blank line after every line), *fullwidth* (digits and , : ; ( ) % full-width), "
             "*halfwidth* (，：；（）！？ half-width), *fullpoints* (*fullwidth* with decimal points ．), *fullbars* (a copied table's | written ｜), "
             "*tabbed* (its rows' cells apart by tabs, as a spreadsheet pastes them), "
             "*cells* (a copied table flattened one cell a line, a blank cell an empty line, as a web page copied as "
             "text reads), *cells_spaced* (*cells* with a blank line after every cell), *runs* (a row's filled cells on "
             "one line apart by single spaces, as a PDF's text layer gives a form). "
             "*New*: findings (rule and quote, layout ignored) only in the variant — false alarms the layout "
             "caused. *Lost*: findings the variant hides.", "",
             *table_lines(cells, list(VARIANTS), "variant"), *note_lines(notes, "variant")]
    if sample is not None:
        lines += ["", *sample_layouts.markdown(sample)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_layouts", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--columns", type=int, default=WRAP, help="the pdf variant's line width (display columns)")
    parser.add_argument("--page-lines", type=int, default=PAGE_LINES, help="the pdf variant's lines a page")
    parser.add_argument("--head", type=int, default=30, help="the title's first N characters as running head (0: none)")
    parser.add_argument("--own-head", default="", help="a running head of its own instead of the title's")
    parser.add_argument("--number", choices=sorted(NUMBERS), default="dash", help="the page number's form")
    args = parser.parse_args(argv)
    if corpus_absent(args.corpus):
        return 0
    geometry = Geometry(args.columns, args.page_lines, -1 if args.own_head else args.head, args.number, args.own_head)
    cells, notes = run(args.corpus, geometry)
    sample = sample_layouts.run({v: VARIANTS[v] for v in FLATTENED})
    summary = {"geometry": geometry.label(),
               "splits": {s: {v: c.as_dict(names=s == "dev") for v, c in by.items()} for s, by in cells.items()},
               "dev_notes": notes, "sample": {n: s.as_dict() for n, s in sample.items()}}
    write_text(args.out / "real_layouts.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(cells, notes, geometry, sample)
    write_text(args.out / "real_layouts.md", md)
    print(md.split("\n## ")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
