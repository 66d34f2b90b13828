"""Where a finding of a planted text stands against the plant and the clean text (``real_planted``).

Why apart: judging a plant needs two readings of place beside plain overlap — a finding right at the
plant's edge reads the plant (a splice's seam), and a finding of the planted text is the clean text's
own when the clean review made it at the same place, which the planted text's offsets must be mapped
back to find.
"""

from __future__ import annotations

from collections.abc import Callable

Span = tuple[int, int]


def touches(spans: list[Span], target: Span) -> bool:
    """Overlaps ``target`` or ends or begins right at its edge: a splice's seam is the plant's too (the
    characters either side of it are the plant's juxtaposition, 公共文|…|化服务体系)."""
    return any(s <= target[1] and target[0] <= e for s, e in spans)


def to_clean(clean: str, planted: str) -> Callable[[Span], Span]:
    """Maps a span of the planted text to the clean one: one edit, so the text before its common
    prefix and after its common suffix is the clean text's, shifted; a span inside the edit shrinks to it."""
    n = min(len(clean), len(planted))
    pre = next((i for i in range(n) if clean[i] != planted[i]), n)
    suf = next((i for i in range(n - pre) if clean[-1 - i] != planted[-1 - i]), n - pre)
    shift = len(planted) - len(clean)

    def at(k: int, end: bool) -> int:
        return k if k <= pre else k - shift if k >= len(planted) - suf else (len(clean) - suf if end else pre)

    return lambda span: (at(span[0], False), at(span[1], True))
