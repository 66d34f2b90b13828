"""The typo check on invented 公文 sentences: slips it should find, clean sentences it must leave alone.

Why: SIGHAN-2015 is learners' everyday Chinese and the real corpus has few slips, so neither says how
the check does on the slips a 公文 writer makes (DEFECTS.md: a character of similar shape or sound, a
dropped one) or how quiet it stays on what a 公文 is full of (units' short names, people, villages,
document titles and numbers, domain terms). Both lists are invented (``evals/invented/``), one
sentence a report:

- ``typo_pairs.txt``: ``wrong|right``, one slip each; *found* when a typo or repeated-word finding
  covers the changed character (for a dropped one, the place it is missing from);
- ``clean.txt``: one clean sentence a line; any language finding on it is a false alarm.

The sentences were written in session 39 by the helper that also tuned the typo check on them, so
read their figures as fitting what they were written on. A second pair of lists (``held_typo_pairs.txt``,
``held_clean.txt``) was written after the last change of that session and never tuned on: it is measured
on the base and on the branch only. A third pair (``s40_typo_pairs.txt``, ``s40_clean.txt``: ten slips,
one of them a doubled word, and twenty clean sentences) was written in session 40 after that session's
last change to the checks, and measured once. A fourth (``s47_typo_pairs.txt``: 72 slips over 72 different
words, ``s47_clean.txt``: 165 clean sentences with rare place names, people and sector terms) was written
in session 47 before any change to the checks, and is measured on the base and the branch only; the
dev pair that session tuned on is ``s47dev_`` (``--dev``). A fifth, of paragraphs rather than sentences
(``s48_typo_paras.txt``, ``s48_clean_paras.txt``; ``language_paras``), was written in session 48 before
any change; its dev pair is ``s48dev_``.

    python -m evals.language_invented [--out DIR] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drafting.checks.language import check_language
from drafting.checks.typos import check_typos
from drafting.findings import Finding, Kind
from drafting.io.atomic import write_text
from drafting.report import Paragraph, Report
from evals import language_paras as paras

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "evals" / "invented"
SLIPS = {Kind.TYPO, Kind.REPEATED_WORD}
LANGUAGE = {Kind.TYPO, Kind.REPEATED_WORD, Kind.PUNCTUATION, Kind.DOCUMENT_NUMBER}


def _findings(sentence: str) -> list[Finding]:
    report = Report(blocks=[Paragraph(text=sentence)])
    return [*check_typos(report, standard_forms=True), *check_language(report)]  # its paragraphs hold 帐 for 账


def _changed(wrong: str, right: str) -> set[int]:
    """Where ``wrong`` differs from ``right``: the replaced characters, or the place a character is missing."""
    if len(wrong) == len(right):
        return {i for i, (a, b) in enumerate(zip(wrong, right, strict=True)) if a != b}
    k = next((i for i, (a, b) in enumerate(zip(wrong, right, strict=False)) if a != b), len(wrong))
    return {max(0, k - 1), k}


def _lines(name: str) -> list[str]:
    return [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


def run(prefix: str = "") -> dict[str, object]:
    """The figures of one pair of lists: ``prefix`` "" (tuned on), "held_", "s40_", "s47_" (never tuned on)."""
    pairs = [line.split("|") for line in _lines(f"{prefix}typo_pairs.txt")]
    clean = _lines(f"{prefix}clean.txt")
    found, missed, alarms = [], [], []
    for n, (wrong, right) in enumerate(pairs, 1):
        at = _changed(wrong, right)
        hits = [f for f in _findings(wrong) if f.kind in SLIPS
                and at & set(range(f.location.location.start, f.location.location.end))]
        (found if hits else missed).append(f"{n}: {wrong} ({'; '.join(f.message for f in hits)})" if hits else f"{n}: {wrong}")
    for n, sentence in enumerate(clean, 1):
        alarms += [f"{n}: {sentence} ({f.message})" for f in _findings(sentence) if f.kind in LANGUAGE]
    return {"slips": len(pairs), "found": len(found), "clean": len(clean),
            "clean_chars": sum(map(len, clean)), "false_alarms": len(alarms),
            "found_list": found, "missed_list": missed, "alarm_list": alarms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.language_invented", description=__doc__)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--list", action="store_true", help="list every slip found and missed")
    parser.add_argument("--dev", action="store_true", help="also the s47 dev pair (tuned on)")
    args = parser.parse_args(argv)
    both = {"tuned": run(), "held": run("held_"), "s40": run("s40_"), "s47": run("s47_"),
            "s48": paras.run("s48_", _findings)}
    if args.dev:
        both["s47dev"] = run("s47dev_")
        both["s48dev"] = paras.run("s48dev_", _findings)
    for name, s in both.items():
        print(paras.line(name, s) if name.startswith("s48") else
              f"{name}: invented slips {s['found']} of {s['slips']} found; clean sentences: {s['false_alarms']} "
              f"false alarms in {s['clean']} ({s['clean_chars']} characters)")
        for key in ("alarm_list", *(("found_list", "missed_list") if args.list else ())):
            for line in s[key]:  # type: ignore[attr-defined]
                print(f"  {key.split('_')[0]} {line}")
    if args.out:
        write_text(args.out / "language_invented.json", json.dumps(both, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
