"""The review of the real corpus's dev texts written as Word 97 .doc files and read back, against the texts'.

Why: a .doc adds no defect to a report, so read through the .doc reader (``drafting.io.doc_reader``) a
report should say what its text says. Each dev text is read by the text reader and its blocks written
as a typist keys them into Word (``evals.doc_written``: every paragraph and heading in the Normal style,
its numbering typed; a table as a Word table, cell by cell, a cell's lines as its paragraphs), in mixed
8-bit and UTF-16 pieces; then read back through ``read_report`` and reviewed again. A finding only in
the .doc is a false alarm the reading caused, one only in the text a finding it hides. Dev texts only:
the test split is never written, read or listed here; the results name each difference's file and
rule, never the corpus's words.

    python -m evals.real_doc [--corpus DIR] [--out evals/results]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from drafting.io.atomic import write_text
from drafting.io.reading import read_report
from drafting.io.text_reader import read_text_string
from drafting.report import Report, Table
from drafting.review import review
from evals.doc_written import Rows, build_doc
from evals.real import CORPUS, ROOT, corpus_absent, excerpt
from evals.real_layouts import key
from evals.real_pdf import dev_files


def items(report: Report) -> list[object]:
    """The report's blocks as the .doc writer's items: a line break inside a paragraph as Word's (\\x0b)."""
    out: list[object] = []
    for block in report.blocks:
        if isinstance(block, Table):
            out.append(Rows([[cell.text for cell in row] for row in block.rows]))
        else:
            out.append(block.text.replace("\n", "\x0b"))
    return out


def shape(report: Report) -> list[tuple[object, ...]]:
    """What a reader makes of the blocks: each one's kind, text (a table's cells) and heading level (a
    merged cell's place is an empty cell: the .doc writer writes no merges)."""
    return [("table", block.texts()) if isinstance(block, Table) else (block.kind, block.text, getattr(block, "level", None))
            for block in report.blocks]


def compare(path: Path, folder: Path) -> dict[str, object]:
    """The findings (rule, quote) of ``path``'s text and of the .doc written from it."""
    report = read_text_string(excerpt(path))
    doc = folder / f"{path.stem}.doc"
    doc.write_bytes(build_doc(items(report)))
    plain = {key(f) for f in review(report).findings}
    written = {key(f) for f in review(read_report(doc)).findings}
    same_blocks = shape(report) == shape(read_report(doc))
    return {"file": path.name, "findings": len(plain), "same": plain == written, "same_blocks": same_blocks,
            "found": len(plain & written),  # rules only: no corpus text written
            "new": sorted(rule for rule, _ in written - plain), "lost": sorted(rule for rule, _ in plain - written)}


def summary(rows: list[dict[str, object]]) -> str:
    same = sum(1 for r in rows if r["same"])
    blocks = sum(1 for r in rows if r["same_blocks"])
    return (f"{same} of {len(rows)} texts give the same findings through a .doc as on the text; "
            f"{blocks} read back as the same blocks "
            f"(findings on the texts: {sum(int(str(r['findings'])) for r in rows)}; "
            f"new through the .doc: {sum(len(r['new']) for r in rows)}; "  # type: ignore[arg-type]
            f"lost: {sum(len(r['lost']) for r in rows)}).")  # type: ignore[arg-type]


def markdown(rows: list[dict[str, object]]) -> str:
    lines = ["# The dev texts written as Word 97 .doc files and read back (../shared/corpus/real, dev split)", "",
             summary(rows), "",
             *[f"- {r['file']} {what} `{rule}`" for r in rows for what in ("new", "lost")
               for rule in r[what]],  # type: ignore[attr-defined]
             *[f"- {r['file']}: blocks differ" for r in rows if not r["same_blocks"]]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_doc", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    args = parser.parse_args(argv)
    if corpus_absent(args.corpus):
        return 0
    with tempfile.TemporaryDirectory(prefix="jixiao-doc-") as tmp:
        rows = [compare(p, Path(tmp)) for p in dev_files(args.corpus)]
    write_text(args.out / "real_doc.json", json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    write_text(args.out / "real_doc.md", markdown(rows))
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
