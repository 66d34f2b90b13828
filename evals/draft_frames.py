"""How alike the offline drafts of different departments read: sentence frames shared between pairs.

A sentence frame is a sentence of a draft's prose (not its tables or headings) with its figures
masked (#), the department's names masked (D) and quoted names emptied (“”); two drafts share a frame
when both hold the same masked sentence. Figures and names differ between departments anyway, so
what is left shared is the drafter's own wording. Run on the nine drafts of #12 (the fixtures and the
two scratch departments): ``python -m evals.draft_frames``.
"""

from __future__ import annotations

import itertools
import re
import statistics
from pathlib import Path

from drafting.draft.drafter import draft
from drafting.io.loading import load_department

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
_SENTENCE = re.compile(r"[^。；：！？]+")
_FIGURE = re.compile(r"[0-9][0-9,.]*%?")
_QUOTED = re.compile(r"“[^”]*”")
MIN_CHARS = 8  # a shorter piece (其中：, a name) is not a frame


def frames(path: Path) -> set[str]:
    data = load_department(path)
    names = [n for n in (data.department.name, data.department.short_name) if n]
    out = set()
    for block in draft(data).report.blocks:
        if block.kind != "paragraph" or getattr(block, "style", None):
            continue
        for piece in _SENTENCE.findall(block.text):
            text = _QUOTED.sub("“”", piece)
            for name in names:
                text = text.replace(name, "D")
            text = _FIGURE.sub("#", text).strip("，, ")
            if len(text) >= MIN_CHARS:
                out.add(text)
    return out


def main() -> None:
    paths = sorted((ROOT / "scratch").glob("*/data.xlsx")) + sorted(ROOT.glob("*/data.yaml"))
    sets = {p.parent.name: frames(p) for p in paths}
    shared = {(a, b): len(sets[a] & sets[b]) for a, b in itertools.combinations(sets, 2)}
    print(f"{len(sets)} drafts, {len(shared)} pairs; frames per draft {min(map(len, sets.values()))}–"
          f"{max(map(len, sets.values()))}")
    counts = list(shared.values())
    print(f"shared frames per pair: mean {statistics.mean(counts):.1f}, median {statistics.median(counts)}, "
          f"min {min(counts)}, max {max(counts)}, total {sum(counts)}")
    for (a, b), n in sorted(shared.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {n:3d}  {a} · {b}")
    everywhere = set.intersection(*sets.values())
    print(f"frames in all {len(sets)} drafts: {len(everywhere)}")
    for text in sorted(everywhere):
        print(f"  {text}")


if __name__ == "__main__":
    main()
