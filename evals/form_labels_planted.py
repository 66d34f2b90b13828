"""Slips planted into the printed labels of the dev texts' forms: the form-label check's recall on real forms.

Why: no dev text has a label typed wrong (the readers marked none), so the check (``language.form_label``)
has no real finding to count. Here each dev text gets one slip at a time in a label it prints as a whole
cell (项目名称, 年度指标值, 产出指标 …, as ``data/form_labels.txt`` lists them), made the four ways the
check's premise names: a character of the same syllable or of similar shape (as ``language_planted``
makes them: a common character), one inner character dropped, or two neighbours swapped. The language
checks run on the clean and on the planted text; the plant is **found** when a new typo or repeated-word
finding covers it, **before** without the form-label rule's findings and **after** with them (one run);
any other new language finding is **collateral**. Dev only: the test split is not planted.
The plants are made the way the rule reads slips, so recall here measures the rule's reach over real
layouts (its form, word and own-term conditions), not how often real slips take these shapes.

    python -m evals.form_labels_planted [--corpus DIR] [--out evals/results] [--seeds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from drafting.checks.form_labels import RULE, labels
from drafting.findings import Kind
from drafting.io.atomic import write_text
from evals.language_planted import _findings, _pools, _slip
from evals.real import CORPUS, ROOT, excerpt, test_names
from evals.real_planted import place_spans

PER_TEXT = 4  # plants per text and seed
HOWS = ("sound", "shape", "drop", "swap")
_JOINING = "后及和与的之其或并等"
_BEFORE = r"(?:^|(?<=[\n\t|｜ 　、.．)）]))"
_AFTER = r"(?=$|[\n\t|｜ 　:：(（])"


def _sites(text: str) -> list[re.Match[str]]:
    """The labels the text prints as a whole cell (a cell's edge before and after)."""
    names = sorted((w for w in labels() if len(w) >= 4), key=len, reverse=True)
    pattern = re.compile(_BEFORE + "(?:" + "|".join(map(re.escape, names)) + ")" + _AFTER, re.M)
    return list(pattern.finditer(text))


def _plant(word: str, how: str, rng: random.Random, pools: tuple[dict, dict]) -> tuple[int, str] | None:
    """Where in ``word`` the slip goes and what the word becomes."""
    if how in ("sound", "shape"):
        k = rng.randrange(len(word))
        new = _slip(word[k], how, rng, *pools)
        return None if new is None else (k, word[:k] + new + word[k + 1:])
    if how == "drop":
        inner = [k for k in range(1, len(word) - 1) if word[k] not in _JOINING]
        return None if not inner else (k := rng.choice(inner), word[:k] + word[k + 1:])
    pairs = [k for k in range(len(word) - 1) if word[k] != word[k + 1]]
    return None if not pairs else (k := rng.choice(pairs), word[:k] + word[k + 1] + word[k] + word[k + 2:])


def run_text(text: str, seed: int, pools: tuple[dict, dict]) -> list[dict]:
    rng = random.Random(seed)
    clean = {(f.rule, f.quote) for f in _findings(text)[1]}
    sites = _sites(text)
    rng.shuffle(sites)
    out = []
    for m in sites[:PER_TEXT]:
        how = rng.choice(HOWS)
        made = _plant(m.group(), how, rng, pools)
        if made is None or made[1] in labels():
            continue
        k, slip = made
        at = m.start() + k
        planted = text[:m.start()] + slip + text[m.end():]
        report, now = _findings(planted)
        fresh = [f for f in now if (f.rule, f.quote) not in clean]
        here = [any(s <= at < e for s, e in place_spans(planted, report, f.location)) for f in fresh]
        hits = [f.rule for f, h in zip(fresh, here, strict=True) if h and f.kind in (Kind.TYPO, Kind.REPEATED_WORD)]
        out.append({"how": how, "word": m.group(), "slip": slip, "before": any(r != RULE for r in hits),
                    "after": bool(hits), "collateral": not all(here),
                    "context": planted[max(0, m.start() - 8):m.start() + len(slip) + 8].replace("\n", " ")})
    return out


def run(corpus: Path = CORPUS, seeds: int = 3) -> dict[str, object]:
    test, pools = test_names(), _pools()
    tally: Counter[str] = Counter()
    misses: list[dict] = []
    for path in sorted(corpus.glob("*.txt")):
        if path.name in test:
            continue  # never planted, never read
        text = excerpt(path)
        for seed in range(seeds):
            for p in run_text(text, seed, pools):
                tally.update({f"{p['how']}_planted": 1, f"{p['how']}_before": p["before"],
                              f"{p['how']}_after": p["after"], "collateral": p["collateral"]})
                if not p["after"]:
                    misses.append({"file": path.name, **p})
    return {"seeds": seeds, "tally": dict(tally), "dev_misses": misses}


def markdown(s: dict[str, object]) -> str:
    t = s["tally"]
    assert isinstance(t, dict)
    lines = ["# Slips planted into the dev forms' printed labels", "",
             f"One slip at a time in a label printed as a whole cell, up to {PER_TEXT} per dev text and seed, "
             f"{s['seeds']} seeds. Language checks only; found before (without `{RULE}`) → after.", "",
             "| slip | planted | found before | found after |", "|---|---:|---:|---:|"]
    for how in HOWS:
        lines.append(f"| {how} | {t.get(f'{how}_planted', 0)} | {t.get(f'{how}_before', 0)} | {t.get(f'{how}_after', 0)} |")
    total = {k: sum(t.get(f"{h}_{k}", 0) for h in HOWS) for k in ("planted", "before", "after")}
    lines += [f"| all | {total['planted']} | {total['before']} | {total['after']} |", "",
              f"Plants with collateral (a new language finding elsewhere): {t.get('collateral', 0)}.", ""]
    misses = s["dev_misses"]
    assert isinstance(misses, list)
    lines += [f"## Misses after (first 40 of {len(misses)})", ""]
    lines += [f"- {m['file']} ({m['how']}): {m['word']}→{m['slip']} 「{m['context']}」" for m in misses[:40]] or ["- none"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.form_labels_planted", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found; skipped")
        return 0
    summary = run(args.corpus, args.seeds)
    write_text(args.out / "form_labels_planted.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(summary)
    write_text(args.out / "form_labels_planted.md", md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
