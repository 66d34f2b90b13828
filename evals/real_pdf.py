"""The review of the real corpus's dev texts printed as PDFs and read back, against the review of the texts.

Why: a PDF adds no defect to a report, so read through the PDF reader (``drafting.io.pdf_reader``) a
report should say what its text says. Each dev text is printed as a word processor prints it
(``evals.printed``: A4, wrapped at the page width, a first-line indent, page numbers, a running head,
a copied table's rows drawn as cells in columns) and reviewed again; a finding only in the PDF is a
false alarm the printing caused, one only in the text a finding the PDF hides. A second printing
draws the tables the text reader reads in the text (and its "|" rows) as ruled tables, as a form is
printed (``Layout.ruled``), and so is the sample fixture (``fixtures/jingzhou-hrss-2022``, a
report with a whole 自评表 form in it): its findings through the PDF against those of its text.
Dev texts only: the test split is never printed, read or listed here; the results name each
difference's file and rule, never the corpus's words.

    python -m evals.real_pdf [--corpus DIR] [--out evals/results]
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
from drafting.review import review
from evals.printed import Layout, print_pdf
from evals.real import CORPUS, ROOT, corpus_absent, excerpt, test_names
from evals.real_layouts import key


def dev_files(corpus: Path = CORPUS) -> list[Path]:
    """The corpus's dev texts (every text not in the split's test list)."""
    test = test_names()
    return [p for p in sorted(corpus.glob("*.txt")) if p.name not in test]


SAMPLE = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"


def compare(path: Path, folder: Path, ruled: bool = False, text: str | None = None) -> dict[str, object]:
    """The findings (rule, quote without layout) of ``path``'s text (or ``text``) and of its printed PDF."""
    text = excerpt(path) if text is None else text
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    pdf = print_pdf(text, folder / f"{path.stem}{'-ruled' if ruled else ''}.pdf", Layout(head=title[:20] or None, ruled=ruled))
    plain = {key(f) for f in review(read_text_string(text)).findings}
    printed = {key(f) for f in review(read_report(pdf)).findings}
    return {"file": path.name, "findings": len(plain), "same": plain == printed,  # rules only: no corpus text written
            "found": len(plain & printed),
            "new": sorted(rule for rule, _ in printed - plain), "lost": sorted(rule for rule, _ in plain - printed)}


def _summary(rows: list[dict[str, object]]) -> str:
    same = sum(1 for r in rows if r["same"])
    return (f"{same} of {len(rows)} texts give the same findings through the PDF as on the text "
            f"(findings on the texts: {sum(int(str(r['findings'])) for r in rows)}; "
            f"new through the PDF: {sum(len(r['new']) for r in rows)}; "  # type: ignore[arg-type]
            f"lost: {sum(len(r['lost']) for r in rows)}).")  # type: ignore[arg-type]


def _differences(rows: list[dict[str, object]]) -> list[str]:
    return [f"- {r['file']} {what} `{rule}`" for r in rows for what in ("new", "lost")
            for rule in r[what]]  # type: ignore[attr-defined]


def markdown(rows: list[dict[str, object]], ruled: list[dict[str, object]] | None = None,
             sample: dict[str, object] | None = None) -> str:
    lines = ["# The dev texts printed as PDFs and read back (../shared/corpus/real, dev split)", "",
             _summary(rows), "", *_differences(rows)]
    if ruled is not None:
        lines += ["", "## Tables printed as ruled tables", "", _summary(ruled), "", *_differences(ruled)]
    if sample is not None:
        lines += ["", "## The sample fixture printed with ruled tables (fixtures/jingzhou-hrss-2022)", "",
                  f"{sample['found']} of its text's {sample['findings']} findings found through the PDF; "
                  f"new through the PDF: {len(sample['new'])}.", "",  # type: ignore[arg-type]
                  *_differences([sample])]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_pdf", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    args = parser.parse_args(argv)
    if corpus_absent(args.corpus):
        return 0
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as tmp:
        rows = [compare(p, Path(tmp)) for p in dev_files(args.corpus)]
        ruled = [compare(p, Path(tmp), ruled=True) for p in dev_files(args.corpus)]
        sample = compare(SAMPLE, Path(tmp), ruled=True, text=SAMPLE.read_text(encoding="utf-8"))
    write_text(args.out / "real_pdf.json", json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    write_text(args.out / "real_pdf_ruled.json",
               json.dumps({"texts": ruled, "sample": sample}, ensure_ascii=False, indent=2) + "\n")
    md = markdown(rows, ruled, sample)
    write_text(args.out / "real_pdf.md", md)
    print(_summary(rows))
    print("ruled:", _summary(ruled))
    print(f"sample, ruled: {sample['found']} of {sample['findings']} found, {len(sample['new'])} new")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
