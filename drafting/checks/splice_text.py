"""What the partial-splice rule (``splices``) asks of the text around a repeated run: how often a
pair of neighbouring characters occurs in the report, whether the run is items of a list of
figures, whether it opens with a comparison. Kept apart so ``splices`` stays one concern a module.
"""

from __future__ import annotations

import re

__all__ = ["COMPARISON", "PairCounts", "figure_items"]

# a run opening with a comparison is a predicate said again of another subject, not a pasted clause
COMPARISON = re.compile(r"(?:较|比|同比|环比|与)(?:上年|去年|上一年|年初|预算|同期)")
_FIGURE_ITEM = re.compile(r"[^\d,;:，；：]{1,12}?\d[\d.]*(?:万元|亿元|元|万|%|个|人|户|项|家|处|所|名)?")


def figure_items(run: str, after: str) -> bool:
    """Whole items of a list of figures (a short name and its figure each) before another of the
    host's items: two lists giving the same places the same sums share them by coincidence."""
    items = [x.strip() for x in re.split(r"[,;、，；]", run) if x.strip()]
    return len(items) >= 2 and all(_FIGURE_ITEM.fullmatch(x) for x in items) and run.rstrip()[-1:] in ",;、，；" \
        and re.match(r"[^\d,;:，；：。]{1,12}?\d", after) is not None


class PairCounts(dict[str, int]):
    """How often each pair of neighbouring characters occurs in the report's normalised texts (joined
    by line breaks, which no normalised text holds), counted when first asked: only the seams of
    the few candidates that get that far are asked about, where counting every pair of a long report
    took a tenth of the check."""

    def __init__(self, joined: str) -> None:
        super().__init__()
        self.joined = joined

    def __missing__(self, pair: str) -> int:
        if pair[0] != pair[1]:
            n = self.joined.count(pair)
        else:  # "aa" in "aaa" is two pairs; str.count does not count overlapping ones
            n = sum(1 for _ in re.finditer(f"(?={re.escape(pair)})", self.joined))
        self[pair] = n
        return n
