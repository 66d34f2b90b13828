"""Slips planted into the fixed budget names of real and invented sentences: the fiscal-term check's reach.

Why: the dev texts hold one real slip of such a name at most (the readers marked none; pool55 had 一般公共性预算),
so the check (``language.fiscal_term``) has little to count. Here every sentence of the dev texts and of the
suites' clean reports that holds a name of ``data/fiscal_terms.txt``, and four invented sentences a name, get
one slip at a time in the name, made the ways the check's premise names: a character inserted inside it (a
bound character, 性 类 额 …, never a joining word), one inner character dropped (not a joining word or 性), one
changed for a character of the same syllable or a similar shape (as ``language_planted`` makes them), or two
neighbours swapped. The language checks run on each sentence; a plant is **found** when a typo finding covers
it, **before** without the fiscal-term rule's findings and **after** with them (one run). The unplanted
sentences are read too: any fiscal-term finding on them is a **false alarm**. Dev only: the test split is
neither planted nor read. The plants are made the way the rule reads slips, so recall here measures its
conditions (word edges, joining words, words made by a change), not how often real slips take these shapes.

    python -m evals.fiscal_terms_planted [--corpus DIR] [--out evals/results]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from drafting.checks.fiscal_terms import RULE, terms
from drafting.findings import Kind
from drafting.io.atomic import write_text
from drafting.io.reading import read_report
from evals.language_clean import _clean_reports
from evals.language_planted import _findings, _pools, _slip
from evals.real import CORPUS, ROOT, excerpt, test_names

HOWS = ("insert", "drop", "sound", "shape", "swap")
_JOINING = "的和及与之、等或并其性"
_BOUND = "性类额项费专资度"  # characters a stray key adds that bind to a neighbour
_SENTENCE = re.compile(r"[^。！？\n]{4,160}[。！？]?")
# invented frames, one name each (no corpus text)
_FRAMES = ("本年度{t}安排资金126.5万元，较上年增长3.2%。", "{t}全年支出85.3万元，主要用于保障单位正常运转。",
           "根据年初预算，{t}执行率为98.6%。", "其中{t}12.4万元，占总支出的15%。")


def sentences(corpus: Path) -> dict[str, list[str]]:
    """The sentences holding a name: of the dev texts, of the suites' clean reports, and invented."""
    names = sorted(terms(), key=len, reverse=True)

    def holding(text: str) -> list[str]:
        return [m.group().strip() for m in _SENTENCE.finditer(text) if any(t in m.group() for t in names)]

    test = test_names()
    dev = [s for p in sorted(corpus.glob("*.txt")) if p.name not in test for s in holding(excerpt(p))]
    suites = [s for p in _clean_reports() for s in holding(read_report(p).plain_text())]
    return {"dev texts": sorted(set(dev)), "suite reports": sorted(set(suites)),
            "invented": [f.format(t=t) for t in sorted(terms()) for f in _FRAMES]}


def _plant(s: str, how: str, rng: random.Random, pools: tuple[dict, dict]) -> tuple[int, int, str] | None:
    """(start, end, planted sentence) of one slip in the first name ``s`` holds."""
    t = max(sorted(t for t in terms() if t in s), key=len)  # sorted: the same name on every run
    at = s.index(t)
    inner = [k for k in range(1, len(t) - 1) if t[k] not in _JOINING]
    if how == "insert":
        k = rng.randrange(1, len(t))
        return at, at + len(t) + 1, s[:at + k] + rng.choice(_BOUND) + s[at + k:]
    if how == "drop":
        return None if not inner else (at, at + len(t) - 1, s[:at + (k := rng.choice(inner))] + s[at + k + 1:])
    if how == "swap":
        pairs = [k for k in range(len(t) - 1) if t[k] != t[k + 1]]
        k = rng.choice(pairs)
        return at, at + len(t), s[:at + k] + t[k + 1] + t[k] + s[at + k + 2:]
    k = rng.choice(inner or [0])
    new = _slip(t[k], how, rng, *pools)
    return None if new is None else (at, at + len(t), s[:at + k] + new + s[at + k + 1:])


def run(corpus: Path = CORPUS) -> dict[str, object]:
    pools = _pools()
    out: dict[str, object] = {}
    for name, pool in sentences(corpus).items():
        rng = random.Random(54)
        tally: Counter[str] = Counter()
        alarms = [s for s in pool if any(f.rule == RULE for f in _findings(s)[1])]
        misses = []
        for s in pool:
            for how in HOWS:
                made = _plant(s, how, rng, pools)
                if made is None:
                    continue
                a, b, planted = made
                hits = [f.rule for f in _findings(planted)[1] if f.kind is Kind.TYPO
                        and f.location.location.start < b and a < f.location.location.end]
                tally.update({f"{how}_planted": 1, f"{how}_before": any(r != RULE for r in hits), f"{how}_after": bool(hits)})
                if not hits:
                    misses.append(f"{how}: {planted[max(0, a - 6):b + 6]}")
        out[name] = {"sentences": len(pool), "false_alarms": alarms, "tally": dict(tally), "misses": misses}
    return out


def markdown(s: dict[str, object]) -> str:
    lines = ["# Slips planted into the fixed budget names (data/fiscal_terms.txt)", "",
             "One slip at a time in the name a sentence holds; language checks only; found before (without "
             f"`{RULE}`) → after, one run. False alarms: `{RULE}` findings on the unplanted sentences.", "",
             "| sentences | n | false alarms | " + " | ".join(HOWS) + " | all |", "|---|---:|---:|" + "---:|" * (len(HOWS) + 1)]
    for name, r in s.items():
        assert isinstance(r, dict)
        t = r["tally"]
        cells = [f"{t.get(f'{h}_before', 0)}→{t.get(f'{h}_after', 0)} / {t.get(f'{h}_planted', 0)}" for h in HOWS]
        total = [sum(t.get(f"{h}_{k}", 0) for h in HOWS) for k in ("before", "after", "planted")]
        lines.append(f"| {name} | {r['sentences']} | {len(r['false_alarms'])} | " + " | ".join(cells)
                     + f" | {total[0]}→{total[1]} / {total[2]} |")
    lines += ["", "## Misses after", ""]
    for name, r in s.items():
        assert isinstance(r, dict)
        lines += [f"- {name}: {m}" for m in r["misses"][:15]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.fiscal_terms_planted", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    args = parser.parse_args(argv)
    summary = run(args.corpus) if args.corpus.exists() else {}
    write_text(args.out / "fiscal_terms_planted.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(summary)
    write_text(args.out / "fiscal_terms_planted.md", md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
