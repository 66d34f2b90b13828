"""Binding: which fact does the sentence name for a number?

- The nearest name before a number in its clause (a fact's label or name: 公务接待费, 三公经费预算数,
  an indicator or key figure) binds it: the number must be that fact or one related to it
  (``FactIndex.related``: its other columns, 节约数/增减数 and their ratios, shares).
- A clause naming nothing, or only column words (年初预算, 决算支出), but holding a column or change
  word (预算, 实际, 比上年减少, 节约比例) is bound to what the sentence stated just before — if that
  was one item.
- Unbound: numbers after 分别, per-unit rates (每亩105元, 元/人), changes of a metric the data has no
  change for, clauses naming a metric of another unit. Only unbound numbers may match any fact.

A bound number that its metric does not support is *contradicted* (even when another fact has that
value: swapped figures, 2起 where another fact is 2), and the named fact becomes the suggestion.
"""

from __future__ import annotations

import re

from ..extract import Mention, MentionKind
from ..factindex import Fact, FactIndex, FactKind
from .clauses import CLAUSE_END_WIDE, clause_before, sentence_before

__all__ = ["Binding", "bind", "roots"]

# A clause without a name of its own but with one of these words speaks of the metric stated just
# before in its sentence: “三公经费7.5万元，比上年减少1.43万元，下降16.01%”, “目标值95%，实际完成98.22%”.
_CARRY_WORDS = re.compile(r"预算|决算|上年|去年|同期|节约|超支|增减|增加|减少|增长|下降|降低|提高|上升|比例|比重|占|完成|实际|目标")
# A change of a metric the data gives no change for cannot be judged against that metric.
_CHANGE_WORDS = re.compile(r"节约|超支|增减|增加|减少|增长|下降|降低|提高|上升|增幅|降幅|减幅|同比")
# Names made of column words only (年初预算, 决算支出, 支出合计) name the column, not the metric: after
# “三公经费年初预算16万元，”, “决算支出12.91万元” is still the 三公经费.
_GENERIC_NAME = re.compile(r"(?:年初|全年|调整后|本年|当年|上年|决算|预算|执行|支出|收入|合计|总|数|额|率)+")
_PER_UNIT = re.compile(r"每|人均|户均|亩均|平均|标准")
# “公务接待费、公务用车费分别为5.18万元、2.32万元”: names and numbers pair by order, not by nearness.
_LIST_WORDS = re.compile(r"分别|依次|各为")


class Binding:
    """The metric a mention's sentence names for it: the fact cited and the paths that may support it."""

    def __init__(self, fact: Fact, allowed: frozenset[str]) -> None:
        self.fact, self.allowed = fact, allowed


def bind(m: Mention, text: str, idx: FactIndex, fams: frozenset[str], floor: int,
         context: list[Fact]) -> Binding | None:
    """What the text before ``m`` names for it; None when the number is unbound.

    ``floor``: where its clause may start at the earliest (the end of the number before it).
    ``context``: the facts stated earlier in the same sentence, most recent first."""
    if "/" in m.unit_text or _LIST_WORDS.search(sentence_before(text, m.start)):
        return None
    clause = clause_before(text, m.start, floor)
    if m.kind is MentionKind.PERCENT and "占" in clause:
        share = _bind_share(clause, idx, context)
        if share is not None:
            return share
    at = m.start - len(clause)
    wide = clause_before(text, m.start, floor, CLAUSE_END_WIDE) if at > floor and text[at - 1] == "、" else clause
    return _bind_clause(clause, wide, idx, fams, context)


def _bind_share(clause: str, idx: FactIndex, context: list[Fact]) -> Binding | None:
    """“项目支出占支出合计的76.28%”, “其中基本支出3012.77万元，占23.72%”: a share is bound to its part —
    the name before 占, else the one item the sentence stated — and only that part's shares support it."""
    named = [f for h in idx.names_in(clause[:clause.rindex("占")])
             if not _GENERIC_NAME.fullmatch(h.name) for f in h.facts]
    parts = named or (roots(idx, context) if context and _one_item(idx, context) else [])
    shares = [f for part in parts for p in sorted(idx.related(part))
              if (f := idx.get(p)) is not None and f.kind is FactKind.SHARE and f.inputs[:1] == [part.path]]
    return Binding(shares[0], frozenset(f.path for f in shares)) if shares else None


def _one_item(idx: FactIndex, facts: list[Fact]) -> bool:
    """Whether every fact is related to the most recent one (one item of the data, not a list of items).
    A fact with the head's very figure is the same item stated twice in the data (an indicator's actual
    and the key figure of the same name)."""
    head = facts[0]
    near = idx.related(head)
    return all(f.path in near or head.path in idx.related(f) or (f.value == head.value and f.unit == head.unit)
               for f in facts[1:])


def _bind_clause(clause: str, wide: str, idx: FactIndex, fams: frozenset[str], context: list[Fact]) -> Binding | None:
    """What the clause before a mention names for it; None when unbound.
    ``wide`` is the clause read across 、, so that a name with a 、 in it is found whole."""
    found = idx.names_in(clause)
    if wide != clause:
        found += [h for h in idx.names_in(wide, ending_after=len(wide) - len(clause)) if h not in found]
    # 补贴标准为每亩105元, 人均: a rate per head or acre after the name is not the named total itself
    found = [h for h in found if not _PER_UNIT.search(h.tail)]
    own: list[tuple[bool, list[Fact]]] = []  # (generic, facts), nearest first
    for name, facts, _ in found:
        if any(idx.related_in(f, fams) for f in facts):
            own.append((bool(_GENERIC_NAME.fullmatch(name)), facts))
    if found and not own:
        return None  # the clause names something of another kind (上年结转项目1个): not ours to judge
    groups = [facts for generic, facts in own if not generic] + [facts for generic, facts in own if generic]
    if (not own or all(generic for generic, _ in own)) and context and (own or _CARRY_WORDS.search(clause)):
        if not _one_item(idx, context):
            return None  # “公务接待费5.18万元，公务用车2.32万元，比上年减少1.43万元”: of which? of their whole
        # carry the ITEM, not the last figure: after “节约比例9.42%”, “比上年减少0.87万元” is the same item's change
        groups.append(roots(idx, context))
    if not groups:
        return None
    paths: set[str] = set()
    head: Fact | None = None
    for facts in groups:
        for f in facts:
            members = idx.related_in(f, fams)
            paths.update(members)
            if head is None and members:
                head = f if f.path in members else idx.get(members[0])
    if head is None:
        return None
    if _CHANGE_WORDS.search(clause) and not any((g := idx.get(p)) is not None and g.kind is not FactKind.DIRECT
                                                 for p in paths):
        return None
    return Binding(head, frozenset(paths))


def roots(idx: FactIndex, facts: list[Fact]) -> list[Fact]:
    """The table figures the given facts are computed from (a direct figure or a total is its own root:
    公务用车购置及运行费 is one item, not its two parts)."""
    out: dict[str, Fact] = {}
    todo = list(facts)
    while todo:
        f = todo.pop()
        if f.kind in (FactKind.DIRECT, FactKind.SUM) or not f.inputs:
            out.setdefault(f.path, f)
            continue
        todo.extend(g for p in f.inputs if (g := idx.get(p)) is not None)
    return list(out.values()) or facts
