"""Corrections: the one right figure for a failing number, chosen by its binding and its clause's claim.

A repair hint or a review suggestion must give one value a writer can put in: never two, never a
value of another metric. The binding says which item the sentence speaks of (its allowed facts);
the clause's claim (``comparison``) says which of the item's figures it means — the savings ratio,
the change on last year, the gap to the target. A flipped direction keeps the figure and turns the
word (“应为增加0.45万元”); a true figure in the wrong place is named for what it is and replaced by
the figure the clause claims (“7.43%是…同比变化，不是节约比例；应为 13.60%”).
"""

from __future__ import annotations

from ...report import Location
from ..extract import Mention, MentionKind
from ..factindex import Fact, FactIndex, FactKind, describe, family
from .binding import Binding, roots
from .comparison import Claim, claimed_name, comparison_name, direction_word
from .matching import Target, prefer, written_like
from .results import NumberCheck, Verdict

__all__ = ["choose", "misplaced"]


def _item_paths(bound: Binding | None, wrong: Fact, idx: FactIndex) -> set[str]:
    if bound is not None:
        return set(bound.allowed)
    return {p for r in roots(idx, [wrong]) for p in idx.related(r)}


def _touches(f: Fact, path: str, idx: FactIndex) -> bool:
    """Whether ``f`` is computed from ``path`` directly or through one step (a ratio of its difference)."""
    return path in f.inputs or any(path in g.inputs for p in f.inputs if (g := idx.get(p)) is not None)


def choose(claim: Claim | None, tg: Target, idx: FactIndex, bound: Binding | None, wrong: Fact | None) -> Fact | None:
    """The one fact a failing number should have been: of the bound item, in the mention's unit family,
    the comparison the clause claims (base and direction), nearest to the item's own figure first."""
    seed = wrong or (bound.fact if bound is not None else None)
    if seed is None:
        return None
    pool = [f for p in sorted(_item_paths(bound, seed, idx)) if (f := idx.get(p)) is not None
            and (tg.fam == "*raw" or family(f.unit) == tg.fam)]
    if claim is None:
        if bound is not None and bound.fact in pool:
            return bound.fact
        plain = [f for f in pool if f.base is None and f.direction is None]
        return min(plain, key=lambda f: (abs(f.base_value - tg.base), f.path)) if plain else None
    compared = [f for f in pool if f.base is not None or f.direction is not None]
    strict = [f for f in compared if (claim.base is None or f.base == claim.base)
              and (claim.direction is None or f.direction in (claim.direction, "flat"))]
    loose = [f for f in compared if claim.base is not None and f.base == claim.base]
    for group in (strict, loose):
        if group:
            head = bound.fact.path if bound is not None else seed.path
            return min(group, key=lambda f: (not _touches(f, head, idx), abs(f.base_value - tg.base), f.path))
    return None


def _pair(f: Fact, idx: FactIndex, m: Mention) -> str:
    """A change with its ratio, as a reviewer writes both: “增加0.45万元、增长7.03%”."""
    diff = f if f.kind is FactKind.DIFFERENCE else idx.get(f.inputs[0]) if f.inputs else None
    if diff is None or diff.kind is not FactKind.DIFFERENCE:
        return ""
    ratio = next((g for g in idx if g.kind is FactKind.RATIO and g.inputs[:1] == [diff.path]), None)
    amount = f"{direction_word(diff, MentionKind.AMOUNT)}{diff.display()}"
    if ratio is None:
        return amount
    return f"{amount}、{direction_word(ratio, MentionKind.PERCENT)}{ratio.display()}"


def misplaced(m: Mention, claim: Claim, cands: list[Fact], tg: Target, idx: FactIndex, bound: Binding | None,
              location: Location | None) -> NumberCheck:
    """The verdict on a number whose value the data has, but not as the comparison its clause claims."""
    flipped = [f for f in cands if claim.flipped(f)]
    if flipped:
        f = bound.fact if bound is not None and bound.fact in flipped else flipped[0]
        fix = f"{direction_word(f, m.kind)}{m.text}"  # the figure is right as written: only the word turns
        pair = _pair(f, idx, m)
        whole = f"（数据为{pair}）" if pair and pair != fix else ""
        return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=[f],
                           correction=fix,
                           message=f"“{m.text}”方向写反：{describe(f)}，句中写作“{claim.word}”；应为{fix}{whole}")
    wrong = bound.fact if bound is not None and bound.fact in cands else prefer(cands)
    sug = choose(claim, tg, idx, bound, wrong)
    what = f"“{m.text}”是{comparison_name(wrong)}，不是{claimed_name(claim, m)}"
    if sug is None:
        return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=None, nearest=[],
                           message=f"{what}；数据中没有句中所说的比较，请核对")
    word = direction_word(sug, m.kind) if sug.direction in ("up", "down") and sug.direction != claim.direction else ""
    fix = f"{word}{written_like(sug, m, tg.unit)}"
    return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=sug, nearest=[sug],
                       correction=fix, message=f"{what}；{describe(sug)}，应为 {fix}")
