"""What the partial-splice rule (``splices``) asks of the text around a repeated run: whether the
run is items of a list of figures or opens with a comparison, whether its brackets pair up, whether
a seam cuts a sentence open, how often a seam's two characters meet elsewhere (``PairCounts``), whether
a line goes on with a sentence a page break cut. Kept apart so ``splices`` stays one concern a module.
"""

from __future__ import annotations

import re

from ..numbers.textnorm import is_sentence_start, to_halfwidth
from ..report import TextUnit

__all__ = ["COMPARISON", "PairCounts", "balanced", "continues_the_unit_before", "cuts_open", "figure_items", "line_of"]

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


# a page's number left at the head of a line (2、) where a sentence broken by the page break goes on
_PAGE_HEAD = re.compile(r"\s*\d{1,3}\s*[、.．]?\s*")
_RUNNING = 40  # the unit before is running text this long, not a heading
_OPEN_END = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]\s*$")


def continues_the_unit_before(units: list[TextUnit], source: int, pos: int) -> bool:
    """The source position opens its unit but continues the unit before, which ends mid-sentence (a
    page break): no clause starts there."""
    src = units[source].text
    if source == 0 or not _PAGE_HEAD.fullmatch(src[:pos]):
        return False
    before = units[source - 1].text
    return len(before.strip()) >= _RUNNING and bool(_OPEN_END.search(before))
