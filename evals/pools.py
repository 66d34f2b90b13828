"""The review scored on held-out pools' pages, by their labels (``evals/pools/*.yaml``).

A pool lists its pages by reference — each page's name, address and blind labels — and never its text. Whoever
fetches the pages again (``evals/pools/README.md``) can re-run the review on them and score it here, the way
``evals.real`` scores the corpus: a finding is right where it overlaps a certain label its kind can claim,
disputed on an uncertain one, wrong elsewhere; recall is over the certain labels of the kinds the review covers.
The lead's judgement of each finding at the pool's first measure (README) is not reproduced: the labels are the
reference here, and they miss some true defects (a finding on none counts as wrong).

    python -m evals.pools --pages DIR [--pool pool140 ...] [--show]

``DIR`` holds each page's text as ``DIR/<pool>/<page>.txt`` or ``DIR/<pool>_<page>.txt``; pages not there are
counted as missing, and a label whose quote the text no longer holds is reported (the page has changed).
Nothing is written: the pages, and so these figures, are not part of the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from drafting.io.text_reader import read_text_string
from drafting.review import review

from .real import Scored, Tally, as_read, covered_kinds, parse_labels, score_file, tally

POOLS = Path(__file__).resolve().parent / "pools"


@dataclass
class PoolResult:
    """One pool's pages scored: what was found, what was missing, which labels no longer fit their page."""

    pool: str
    listed: int
    scored: list[Scored] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def tally(self) -> Tally:
        return tally(self.scored)


def page_text(pages: Path, pool: str, page: str) -> str | None:
    """A page's saved text, in either layout of ``--pages``, or None."""
    for path in (pages / pool / f"{page}.txt", pages / f"{pool}_{page}.txt"):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


_NOTE_KIND = re.compile(r"^([a-z_]+):")


def _fine_in_note(raw: dict[str, object]) -> str | None:
    """The guide's kind of a label from the pools before ``fine`` was a field (pools 55–108 or so): the note's
    first word (count_mismatch: …); None where it names none."""
    m = _NOTE_KIND.match(str(raw.get("note") or ""))
    return m.group(1) if m else None


def score_pool(path: Path, pages: Path) -> PoolResult:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = PoolResult(data["pool"], len(data["pages"]))
    for entry in data["pages"]:
        saved = page_text(pages, data["pool"], entry["page"])
        if saved is None:
            result.missing.append(entry["page"])
            continue
        text = as_read(saved)
        raws = [{**lab, "fine": lab.get("fine") or _fine_in_note(lab)} for lab in entry.get("labels") or []]
        try:
            labels = parse_labels(raws, text, entry["page"], path.name, kind_key="fine")
        except ValueError as e:
            result.stale.append(str(e))
            continue
        scored = score_file(text, review(read_text_string(text)).findings, labels)
        scored.file = entry["page"]
        result.scored.append(scored)
    return result


def _pct(x: object) -> str:
    return f"{x:.1%}" if isinstance(x, float) else "—"


def markdown(results: list[PoolResult], show: bool = False) -> str:
    lines = ["| pool | pages read / listed | findings | right | wrong | disputed | precision | certain labels found | recall |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in [*results, None]:
        t = tally(s for x in results for s in x.scored) if r is None else r.tally
        read, listed = (sum(len(x.scored) for x in results), sum(x.listed for x in results)) if r is None \
            else (len(r.scored), r.listed)
        d = t.as_dict()
        lines.append(f"| {'all' if r is None else r.pool} | {read} / {listed} | {d['findings']} | {t.tp} | {t.fp} | "
                     f"{t.disputed} | {_pct(d['precision'])} | {t.labels_found} of {t.labels} | {_pct(d['recall'])} |")
    if show:
        lines += ["", "Findings on no label, and certain labels no finding claims (spent pools only: a pool read so is tuned on):"]
        covered = covered_kinds()
        for r in results:
            for s in r.scored:
                lines += [f"- {r.pool}/{s.file} wrong `{f.rule}` {f.location.quote.strip()[:40]!r}: {f.message[:60]}"
                          for f, v in zip(s.findings, s.verdicts, strict=True) if v == "fp"]
                lines += [f"- {r.pool}/{s.file} missed `{lab.kind}` {lab.quote[:40]!r}: {lab.note[:60]}"
                          for lab, hit in zip(s.labels, s.found, strict=True) if lab.certain and lab.kind in covered and not hit]
    if stale := [s for r in results for s in r.stale]:
        lines += ["", "Pages whose text no longer holds a label's quote (not scored):", *(f"- {s}" for s in stale)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.pools", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, required=True, help="the folder of the pools' saved pages")
    parser.add_argument("--pool", action="append", default=[], help="a pool's name (pool140); all pools if none")
    parser.add_argument("--show", action="store_true", help="list each wrong finding and each certain label missed")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        print(f"skipped: no folder of saved pages at {args.pages}")
        return 0
    paths = [POOLS / f"{name}.yaml" for name in args.pool] or sorted(POOLS.glob("pool*.yaml"))
    unknown = [p.stem for p in paths if not p.is_file()]
    if unknown:
        print(f"error: no such pool in {POOLS}: {', '.join(unknown)}", file=sys.stderr)
        return 2
    results = [r for r in (score_pool(p, args.pages) for p in paths) if r.scored or r.stale]
    if not results:
        print(f"skipped: none of the pools' pages is in {args.pages}")
        return 0
    print(markdown(results, args.show), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
