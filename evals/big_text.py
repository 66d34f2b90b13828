"""Large text reports for the speed benchmarks, made from real text.

Why: a report of 10 MB does not exist in the corpus, and 100 copies of one text is a degenerate
case (every paragraph a duplicate). So the distinct real texts we have — the corpus of
``../shared/corpus/real`` (its dev split), the fixtures' reports and the sample — are laid end to end, and each later
pass over them gets its own wording: a phrase naming the pass in each long line, and its figures
changed, so paragraphs are similar across passes (as in a real long report) but not identical.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from .shared import CORPUS, SAMPLE

ROOT = Path(__file__).resolve().parent.parent
_WORDS = ["全面", "扎实", "持续", "深入", "有序", "稳步", "统筹", "协同"]
_FIGURE = re.compile(r"(?<![\d.])\d{2,}(?:\.\d+)?")


def sources() -> list[str]:
    """Every distinct real text available here, in a fixed order, the corpus's test split left out.

    Why without the test split: ``evals.same_findings`` shows the findings that differ on these texts
    to whoever changes a rule, and no test text may be seen while rules are tuned.
    """
    held = set(yaml.safe_load((ROOT / "evals" / "real" / "split.yaml").read_text(encoding="utf-8"))["test"])
    corpus = [p for p in sorted(CORPUS.glob("*.txt")) if p.name not in held]
    paths = corpus + sorted((ROOT / "fixtures").glob("*/*.txt"))
    paths += [SAMPLE] if SAMPLE.exists() else []
    return [p.read_text(encoding="utf-8") for p in paths]


def _varied(text: str, k: int, rng: random.Random) -> str:
    """The k-th pass over a text: a phrase in each long line and every second figure changed."""
    if k == 0:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) > 20 and "\t" not in line:
            line = line.replace("。", f"，第{k}批{rng.choice(_WORDS)}推进。", 1)
        line = _FIGURE.sub(lambda m: _shift(m.group(), rng), line)
        out.append(line)
    return "\n".join(out)


def _shift(figure: str, rng: random.Random) -> str:
    if rng.random() < 0.5 or (figure.startswith(("19", "20")) and len(figure) == 4):  # years stay
        return figure
    head, dot, tail = figure.partition(".")
    return f"{int(head) + rng.randint(1, 9)}{dot}{tail}"


def big_text(nbytes: int, seed: int = 0) -> str:
    """At least ``nbytes`` of UTF-8 report text (cut at a line end) from the real texts."""
    texts, rng = sources(), random.Random(seed)
    parts: list[str] = []
    size, k = 0, 0
    while size < nbytes:
        order = list(range(len(texts)))
        if k:
            rng.shuffle(order)
        for i in order:
            part = _varied(texts[i], k, rng)
            parts.append(part)
            size += len(part.encode("utf-8")) + 1
            if size >= nbytes:
                break
        k += 1
    return "\n".join(parts) + "\n"


def copies(nbytes: int) -> str:
    """The degenerate case: the sample (or the first fixture) repeated to ``nbytes``."""
    text = SAMPLE.read_text(encoding="utf-8") if SAMPLE.exists() else sources()[0]
    n = max(1, -(-nbytes // len(text.encode("utf-8"))))
    return (text.rstrip("\n") + "\n") * n
