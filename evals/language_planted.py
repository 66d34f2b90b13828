"""Wrong characters planted into the real corpus: the typo check's recall on real 公文 wording.

Why: the corpus holds only a handful of natural typos per split, too few to say how the typo check
generalises. Here each text gets one slip at a time, made the two ways slips are made: a character
of the same syllable (a pinyin input method) or of similar shape (``data/similar_shape.txt``),
always a common character (jieba frequency of the character alone at least 1,000). The slip goes
into a common word (jieba ≥ 500) that the text writes at least twice, so the report itself shows
the right form, as it does for most real slips (负贵 beside 负责). Only the language checks run, on
the clean and on the planted text; the plant is **found** when a new typo or repeated-word finding
covers it, and any other new language finding is **collateral**. Dev and test are reported apart;
only dev misses are listed.

    python -m evals.language_planted [--out evals/results] [--seeds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from drafting.checks.language import check_language
from drafting.checks.typos import check_typos, lexicon
from drafting.findings import Finding, Kind
from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.report import Report
from evals.real import CORPUS, ROOT, excerpt, test_names
from evals.real_planted import place_spans

PER_TEXT = 6  # plants per text and seed
COMMON_CHAR = 1000  # a character typed by mistake is a common one
COMMON_WORD = 500
_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_LANGUAGE = {Kind.TYPO, Kind.REPEATED_WORD, Kind.PUNCTUATION, Kind.DOCUMENT_NUMBER}


def _findings(text: str) -> tuple[Report, list[Finding]]:
    report = read_text_string(text)
    return report, [f for f in [*check_typos(report), *check_language(report)] if f.kind in _LANGUAGE]


def _pools() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Common characters by syllable (no tone), and each common character's similar shapes."""
    lex = lexicon()
    chars = [c for c in lex.shapes if lex.freq(c) >= COMMON_CHAR]
    by_sound: dict[str, list[str]] = defaultdict(list)
    for c in chars:
        for syllable in lex.toneless(c)[:1]:
            by_sound[syllable].append(c)
    shapes = {c: [s for s in lex.shapes[c] if lex.freq(s) >= COMMON_CHAR] for c in chars}
    return by_sound, shapes


def _slip(ch: str, how: str, rng: random.Random, by_sound: dict[str, list[str]],
          shapes: dict[str, list[str]]) -> str | None:
    if how == "shape":
        pool = shapes.get(ch, [])
    else:
        readings = lexicon().toneless(ch)
        pool = [c for c in by_sound.get(readings[0], []) if c != ch] if readings else []
    return rng.choice(sorted(pool)) if pool else None


def run_text(text: str, seed: int, by_sound: dict[str, list[str]], shapes: dict[str, list[str]]) -> list[dict]:
    """The plants of one text and seed, each with how it was made and whether it was found."""
    lex, rng = lexicon(), random.Random(seed)
    clean = {(f.rule, f.quote) for f in _findings(text)[1]}
    sites = [m for m in _PAIR.finditer(text) if lex.freq(m.group()) >= COMMON_WORD and text.count(m.group()) >= 2]
    rng.shuffle(sites)
    out = []
    for m in sites[:PER_TEXT]:
        k, how = rng.randrange(2), rng.choice(("sound", "shape"))
        new = _slip(m.group()[k], how, rng, by_sound, shapes)
        if new is None:
            continue
        at = m.start() + k
        planted = text[:at] + new + text[at + 1:]
        report, found_now = _findings(planted)
        fresh = [f for f in found_now if (f.rule, f.quote) not in clean]
        here = [any(s <= at < e for s, e in place_spans(planted, report, f.location)) for f in fresh]
        found = any(h and f.kind in (Kind.TYPO, Kind.REPEATED_WORD) for f, h in zip(fresh, here, strict=True))
        collateral = not all(here)
        out.append({"how": how, "word": m.group(), "slip": planted[m.start():m.end()], "found": found,
                    "collateral": collateral, "context": planted[max(0, m.start() - 8):m.end() + 8].replace("\n", " ")})
    return out


def run(corpus: Path = CORPUS, seeds: int = 3) -> dict[str, object]:
    test = test_names()
    by_sound, shapes = _pools()
    tally: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    misses: list[dict] = []
    for path in sorted(corpus.glob("*.txt")):
        split = "test" if path.name in test else "dev"
        text = excerpt(path)
        for seed in range(seeds):
            for p in run_text(text, seed, by_sound, shapes):
                tally[split].update({f"{p['how']}_planted": 1, f"{p['how']}_found": p["found"],
                                     "collateral": p["collateral"]})
                if split == "dev" and not p["found"]:
                    misses.append({"file": path.name, **p})
    return {"seeds": seeds, "tally": {k: dict(v) for k, v in tally.items()}, "dev_misses": misses}


def markdown(s: dict[str, object]) -> str:
    tally = s["tally"]
    assert isinstance(tally, dict)
    lines = ["# Wrong characters planted into the real corpus", "",
             f"One slip at a time, up to {PER_TEXT} per text and seed, {s['seeds']} seeds: a common character of "
             "the same syllable or of similar shape typed into a common word the text writes at least twice. "
             "Language checks only.", "",
             "| split | same sound: found / planted | similar shape: found / planted | recall | plants with collateral |",
             "|---|---:|---:|---:|---:|"]
    for split, t in tally.items():
        planted = t.get("sound_planted", 0) + t.get("shape_planted", 0)
        found = t.get("sound_found", 0) + t.get("shape_found", 0)
        recall = f"{found / planted:.1%}" if planted else "—"
        lines.append(f"| {split} | {t.get('sound_found', 0)} / {t.get('sound_planted', 0)} | "
                     f"{t.get('shape_found', 0)} / {t.get('shape_planted', 0)} | {recall} | {t.get('collateral', 0)} |")
    misses = s["dev_misses"]
    assert isinstance(misses, list)
    lines += ["", f"## Misses (dev only, first 40 of {len(misses)})", ""]
    lines += [f"- {m['file']} ({m['how']}): {m['word']}→{m['slip']} 「{m['context']}」" for m in misses[:40]] or ["- none"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.language_planted", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found; skipped")
        return 0
    summary = run(args.corpus, args.seeds)
    write_text(args.out / "language_planted.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(summary)
    write_text(args.out / "language_planted.md", md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
