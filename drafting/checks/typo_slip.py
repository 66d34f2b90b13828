"""A slip the typo check (``typos.py``) found, and what its finding says backs it (kept apart so that the
check's module stays within its size)."""

from __future__ import annotations

from dataclasses import dataclass

from . import swapped, transposed
from .lexicon import Lexicon
from .own_phrases import PHRASE_RULE

__all__ = ["Typo", "evidence", "slip_edits"]


@dataclass(frozen=True)
class Typo:
    """A slip found in a unit's text and what it should read."""
    start: int  # in the unit's text
    end: int
    wrong: str
    right: str
    why: str
    rule: str = "language.typo"


def evidence(t: Typo, lex: Lexicon, whole: str, written: set[str]) -> str:
    """What a finding says backs it: why the string is no word, where the right one is written, how alike."""
    if t.rule in ("language.confusion", PHRASE_RULE, transposed.RULE, swapped.RULE, swapped.STRAY):
        return t.why
    if t.rule == "language.dropped":
        return t.why if t.why.startswith("“") else f"“{t.wrong[2]}”在此不成词，{t.why}"
    if t.rule == "language.doubled_char":
        return f"“{t.right}”连写两次，不是叠词；{t.why}"
    diff = next(i for i, (x, y) in enumerate(zip(t.wrong, t.right, strict=True)) if x != y)
    rare = "不成词" if not lex.freq(t.wrong) else f"是罕见词（jieba 词频{lex.freq(t.wrong)}）"
    own = whole.count(t.right) if t.right in written else 0
    used = (f"报告别处写了{own}次“{t.right}”" if own else f"“{t.right}”是财政/绩效报告常用词"
            if t.right in lex.vocabulary else f"“{t.right}”是常用词（jieba 词频{lex.freq(t.right)}）")
    return f"“{t.wrong}”{rare}，{used}；“{t.wrong[diff]}”与“{t.right[diff]}”{t.why}"


def slip_edits(n: int, t: Typo) -> set[tuple[int, int, str]]:
    """The characters a slip's correction writes, by place in unit ``n`` (none where the length changes)."""
    if len(t.wrong) != len(t.right):
        return set()
    return {(n, t.start + i, r) for i, (w, r) in enumerate(zip(t.wrong, t.right, strict=True)) if w != r}
