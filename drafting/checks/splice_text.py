"""What the partial-splice rule (``splices``) asks of the text around a repeated run: whether the
run is items of a list of figures or opens with a comparison, whether its brackets pair up, whether
a seam cuts a sentence open. Kept apart so ``splices`` stays one concern a module (how often a pair
of neighbouring characters occurs is ``segments.PairCounts``).
"""

from __future__ import annotations

import re

from ..numbers.textnorm import is_sentence_start, to_halfwidth

__all__ = ["COMPARISON", "balanced", "cuts_open", "figure_items", "line_of"]

# a run opening with a comparison is a predicate said again of another subject, not a pasted clause
COMPARISON = re.compile(r"(?:较|比|同比|环比|与)(?:上年|去年|上一年|年初|预算|同期)")
_FIGURE_ITEM = re.compile(r"[^\d,;:，；：]{1,12}?\d[\d.]*(?:万元|亿元|元|万|%|个|人|户|项|家|处|所|名)?")


def figure_items(run: str, after: str) -> bool:
    """Whole items of a list of figures (a short name and its figure each) before another of the
    host's items: two lists giving the same places the same sums share them by coincidence."""
    items = [x.strip() for x in re.split(r"[,;、，；]", run) if x.strip()]
    return len(items) >= 2 and all(_FIGURE_ITEM.fullmatch(x) for x in items) and run.rstrip()[-1:] in ",;、，；" \
        and re.match(r"[^\d,;:，；：。]{1,12}?\d", after) is not None


_PAIRS = ("()", "《》", "“”", "[]", "【】", "〈〉", "<>", "「」")


def balanced(run: str) -> bool:
    """Every bracket and quote the run opens it also closes (half- and full-width alike)."""
    h = "".join(to_halfwidth(c) for c in run)
    return all(h.count(pair[0]) == h.count(pair[1]) for pair in _PAIRS)


def line_of(text: str, pos: int) -> str:
    """The whole line of ``text`` that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def cuts_open(text: str, a: int) -> bool:
    """A letter or digit right before ``a`` inside a sentence: the host's left seam of a splice."""
    return not (a == 0 or is_sentence_start(text, a) or not to_halfwidth(text[a - 1]).isalnum())
