"""The labelled measure of ``evals.real`` on any folder of saved pages, labels kept beside it.

Why: the corpus's test split is small (20 files) and every round of rules was written with the dev
split in view. Public pages saved outside the repository, labelled by readers who never saw the
tool's output, are the fairer measure of what the review finds on reports it was not built on. The
texts and their labels stay outside the repository (the corpus's rule); this module only scores
them, exactly as ``evals.real`` scores the corpus (the same matching of findings to labels, the same
kinds covered, ``certain: false`` labels counted neither way).

A label file is ``LABELS/<page stem>.yaml`` in the corpus's format (``evals/LABELLING.md``); a page
without one is left out and named. ``--files`` picks the pages whose number is odd or even, so that
one half can be tuned on and the other held out. ``--agree OTHER`` compares two labellers of the same
pages: how many of each one's certain labels the other marked at an overlapping place.

    python -m evals.real_folder --folder DIR --labels DIR [--files odd|even|all] [--cases] [--agree DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.real import Label, Scored, _overlaps, covered_kinds, load_labels, score_file, tally
from evals.real_planted_folder import pick, report_text


def score_folder(paths: list[Path], labels: Path) -> tuple[list[Scored], list[str]]:
    """Each labelled page reviewed and scored; the names of the pages that have no label file."""
    scored, unlabelled = [], []
    for path in paths:
        label_path = labels / f"{path.stem}.yaml"
        if not label_path.exists():
            unlabelled.append(path.name)
            continue
        text = report_text(path)
        s = score_file(text, review(read_text_string(text)).findings, load_labels(label_path, text))
        s.file = path.name
        scored.append(s)
    return scored, unlabelled


def agreement(paths: list[Path], first: Path, second: Path) -> dict[str, int]:
    """Certain labels of each labeller, and how many of them the other marked at an overlapping place
    (of any kind, certain or not): two readers of one page seldom quote the same characters."""
    out = {"first": 0, "second": 0, "first_marked_by_second": 0, "second_marked_by_first": 0}
    for path in paths:
        a_path, b_path = first / f"{path.stem}.yaml", second / f"{path.stem}.yaml"
        if not (a_path.exists() and b_path.exists()):
            continue
        text = report_text(path)
        a, b = load_labels(a_path, text), load_labels(b_path, text)
        for mine, theirs, key in ((a, b, "first"), (b, a, "second")):
            certain = [lab for lab in mine if lab.certain]
            out[key] += len(certain)
            other = "second" if key == "first" else "first"
            out[f"{key}_marked_by_{other}"] += sum(_marked(lab, theirs) for lab in certain)
    return out


def _marked(label: Label, others: list[Label]) -> bool:
    return any(_overlaps(label.spans, o.spans) for o in others)


def cases(scored: list[Scored]) -> list[str]:
    """One line per finding with its verdict, and one per certain covered label no finding matched."""
    covered, out = covered_kinds(), []
    for s in scored:
        for f, verdict in zip(s.findings, s.verdicts, strict=True):
            out.append(f"{s.file}\t{verdict}\t{f.rule or f.kind.value}\t{f.quote.strip()[:30]}\t{f.message[:80]}")
        for lab, hit in zip(s.labels, s.found, strict=True):
            if lab.certain and lab.kind in covered and not hit:
                out.append(f"{s.file}\tmissed\t{lab.kind}\t{lab.quote}\t{lab.note[:80]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_folder", description=__doc__)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--files", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--cases", action="store_true", help="list every finding's verdict and every missed label")
    parser.add_argument("--agree", type=Path, help="a second labeller's folder for the same pages")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    paths = pick(args.folder, args.files) if args.folder.is_dir() else []
    if not paths or not args.labels.is_dir():
        print(f"no .txt files ({args.files}) in {args.folder}, or no label folder {args.labels}", file=sys.stderr)
        return 2
    try:
        scored, unlabelled = score_folder(paths, args.labels)
    except (ValueError, KeyError, OSError) as e:  # a quote not in its page, a label without its kind
        print(f"{args.labels}: {e}", file=sys.stderr)
        return 2
    figures = tally(scored).as_dict()
    figures["pages"] = len(scored)
    print(f"{args.folder.name} ({args.files}): {len(scored)} labelled pages"
          + (f", {len(unlabelled)} without labels ({', '.join(unlabelled)})" if unlabelled else ""))
    for key in ("findings", "true", "false", "disputed", "precision", "labels_covered", "labels_found", "recall"):
        print(f"  {key}: {figures[key]}")
    for kind, counts in figures["by_label_kind"].items():  # type: ignore[union-attr]
        print(f"  {kind}: {counts}")
    if args.agree:
        figures["agreement"] = agreement(paths, args.labels, args.agree)
        print(f"  agreement with {args.agree.name}: {figures['agreement']}")
    if args.cases:
        print("\n".join(cases(scored)))
    if args.out:
        write_text(args.out, json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
