"""The dev texts re-laid as PDF text at many page geometries: which findings each geometry adds or hides.

Why: ``real_layouts`` lays every text out at one geometry (76 columns, 30 lines a page, the title as
running head, - 3 -). Where a page breaks, and what the running head and page number say, decides which
sentence a page break cuts and which line the furniture stands beside; a rule that reads the furniture
or a broken sentence as text fires at some geometries only. Dev texts only, listed per text (rules are
tuned on dev; the test split is read by ``real_layouts``' aggregate line alone).

    python -m evals.real_layouts_sweep [--corpus DIR] [--rules PREFIX ...] [--quick]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evals.real import CORPUS, excerpt, test_names
from evals.real_layouts import NUMBERS, Geometry, _keys, as_pdf

OWN_HEADS = ("某某县财政局", "某某县农业农村局2023年度部门整体支出绩效自评报告（公开版）", "绩效自评报告")


def geometries(quick: bool = False) -> list[Geometry]:
    """Each geometry varied one way from the default, then every page number with each head."""
    out = [Geometry(columns=c) for c in (60, 64, 68, 72, 76, 80, 84, 88, 90)]
    out += [Geometry(page_lines=p) for p in (20, 22, 25, 27, 33, 35, 38, 40)]
    out += [Geometry(head=h) for h in (0, 8, 12, 20, 60)] + [Geometry(head=-1, own_head=h) for h in OWN_HEADS]
    out += [Geometry(number=n) for n in NUMBERS if n != "dash"]
    if not quick:
        out += [Geometry(columns=c, page_lines=p, head=h, number=n)
                for c, p in ((66, 24), (82, 36), (90, 40)) for h in (0, 12, 30) for n in NUMBERS]
    return out


def dev_texts(corpus: Path) -> list[Path]:
    """The dev files by name: every corpus file not listed under ``test:`` (test files are never read)."""
    test = test_names()
    return [p for p in sorted(corpus.glob("*.txt")) if p.name not in test]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_layouts_sweep", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rules", nargs="*", default=["language.repeated_sentence", "redundancy.repeated_passage",
                                                       "language.repeated_clause"],
                        help="rules whose new and lost findings are listed (all rules are counted)")
    parser.add_argument("--quick", action="store_true", help="one-way variations only")
    args = parser.parse_args(argv)
    texts = {p.name: excerpt(p) for p in dev_texts(args.corpus)}
    base = {name: _keys(text) for name, text in texts.items()}
    total_new = total_lost = 0
    for g in geometries(args.quick):
        new = lost = 0
        listed: list[str] = []
        for name, text in texts.items():
            got = _keys(as_pdf(text, g))
            n, lo = got - base[name], base[name] - got
            new, lost = new + len(n), lost + len(lo)
            listed += [f"    {name} {what} {r} 「{q[:30]}」" for what, found in (("new", n), ("lost", lo))
                       for r, q in sorted(found) if r.startswith(tuple(args.rules))]
        total_new, total_lost = total_new + new, total_lost + lost
        print(f"{g.label():40} new {new:3} lost {lost:3}", flush=True)
        print("\n".join(listed), flush=True) if listed else None
    print(f"all geometries: new {total_new}, lost {total_lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
