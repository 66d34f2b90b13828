"""The offline drafter's 绩效指标完成情况: indicators summarised the way an officer writes them —
the ones that met their targets named together in one sentence, each miss detailed with its target,
its result and its reason, notes only where an indicator has no figure — not one formula per
indicator. The full figures stand in the indicator table, which follows the opening sentence.

Apart from ``offline_performance`` because it is one concern (the indicator table in words) with
its own grouping rules.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..department import DepartmentData, Indicator, KeyFigure
from ..numbers.extract import MentionKind, extract
from ..numbers.textnorm import containment, plain_shingles
from ..quantities import Unit
from .offline_writer import Writer, sentences, wan_style
from .sections import NumberSource

__all__ = ["indicators"]

OTHER = "其他指标"
CN_COUNTS = "零一两三四五六七八九"  # counts under ten are words (九项), never a figure the guard must find


def _short_name(name: str) -> str:
    """An indicator's name for a list in the text: a long one (a whole sentence) is cut to its first
    clause, so the list does not repeat the indicator table's cell word for word."""
    name = name.rstrip("。.；")
    head = re.split(r"[，,；;]", name, maxsplit=1)[0]
    return name if len(name) <= 20 or len(head) < 4 else f"{head}……"


def _names(names: list[str]) -> str:
    """“甲”“乙”“丙”三项指标 — the count in words only under ten, else “甲”“乙”等指标."""
    quoted = "“" + "”“".join(names) + "”"
    if len(names) == 1:
        return quoted
    return f"{quoted}{CN_COUNTS[len(names)]}项指标" if len(names) < 10 else f"{quoted}等指标"


def indicators(d: DepartmentData, w: Writer, used: list[str]) -> None:
    """An opening sentence pointing to the table, then one paragraph per first-level indicator."""
    groups: dict[str, list[tuple[int, Indicator]]] = {}
    for i, ind in enumerate(d.indicators):
        groups.setdefault(ind.levels()[0] or OTHER, []).append((i, ind))
    kinds = "、".join(g for g in groups if g != OTHER)
    what = f"设置了{kinds}" if kinds else "设置了绩效指标"
    shown = "目标值、完成值和得分" if any(ind.score is not None for ind in d.indicators) else "目标值和完成值"
    w.para(w.say("indicators_intro", year=d.year, what=what, shown=shown))
    told = set().union(*(plain_shingles(u) for u in used)) if used else set()
    single = len(groups) == 1
    placed, loose = _evidence(d)
    for n, (level1, members) in enumerate(groups.items()):
        parts = _group(w, members, used, told, n)
        for i, ind in members:
            said = _evidence_of(w, i, ind, placed.get(i, []))
            name = f"“{_short_name(ind.name)}”"
            if said and parts and parts[-1].startswith(name) and parts[-1].count("“") == 1:
                parts[-1] += "，" + said.removeprefix(name + "的")  # “甲”达到年度目标值，完成值来自…
            elif said:
                parts.append(said)
        if not parts:
            continue
        lead = "" if single else f"{n + 1}．{level1}。"
        w.para(lead + "。".join(parts) + "。")
    if loose:
        w.para("指标完成情况的佐证数据：" + "；".join(_evidence_text(w, k) for k in loose) + "。")
        for k in loose:
            w.warnings.append(f"关键数字“{k.name}”标为佐证，但名称与任何指标都对不上，已写在绩效指标部分末尾；"
                              "请填写它所属的任务，或把名称写成它佐证的指标名（如“受益群众满意度问卷调查”）")


def _evidence(d: DepartmentData) -> tuple[dict[int, list[KeyFigure]], list[KeyFigure]]:
    """Evidence figures with no task, each with the indicator its name names (受益群众满意度问卷调查 →
    受益群众满意度); those that name none apart, never appended to an unrelated group."""
    placed: dict[int, list[KeyFigure]] = {}
    loose = []
    for k in (k for k in d.key_figures if k.is_evidence and k.task is None):
        fig = plain_shingles(k.name + (k.evidence or ""))  # 满意度调查样本 + 随机抽取1500名学生家长
        share, i = max(((containment(plain_shingles(_short_name(ind.name)), fig), i)
                        for i, ind in enumerate(d.indicators)), default=(0.0, -1))
        states = [j for j, ind in enumerate(d.indicators) if _states([ind.evidence or ""], k.value, k.unit)]
        if share < 0.5 and states:  # the 佐证材料 of one indicator states it (随机调查就诊群众2000人)
            share, i = 1.0, states[0]
        if share >= 0.5:
            placed.setdefault(i, []).append(k)
        else:
            loose.append(k)
    return placed, loose


def _evidence_text(w: Writer, k: KeyFigure) -> str:
    """The officer's 原文依据 (问卷调查620份) when it states the figure, else name and figure."""
    q = w.q(k.value, k.unit, f"key_figures.{k.id}", qualifier=k.qualifier)
    hits = [m for m in extract(k.evidence or "") if m.value == k.value and m.unit == k.unit]
    if len(hits) == 1 and k.evidence:
        ev = k.evidence.rstrip("。；;，, ")
        return ev[:hits[0].start] + q + ev[hits[0].end:]
    return f"{k.name}{q}"


def _evidence_of(w: Writer, i: int, ind: Indicator, figures: list[KeyFigure]) -> str | None:
    """What the indicator's result rests on: its 佐证材料 as the officer wrote it (问卷调查620份),
    and the evidence figures its text does not already state — each once, as evidence, never as an
    achievement."""
    name = _short_name(ind.name)
    told = w.checked(ind.evidence.strip().rstrip("。；;，, "), f"指标“{name}”的佐证材料") if ind.evidence else None
    if told:
        stated = (m for m in extract(told) if m.is_claim and m.kind != MentionKind.NUMBER)
        w.numbers += [NumberSource(text=m.text, path=f"indicators[{i}].evidence[{j}]") for j, m in enumerate(stated)]
    rest = [k for k in figures if not (told and _states([told], k.value, k.unit))]
    bits = ([told] if told else []) + [_evidence_text(w, k) for k in rest]
    return f"“{name}”的完成值来自{'，'.join(bits)}" if bits else None


def _group(w: Writer, members: list[tuple[int, Indicator]], used: list[str], told: set[str],
           turn: int = 0) -> list[str]:
    """The sentences of one first-level group: met together, each miss, notes, the rest pointed to.
    The ``turn``-th group says "met" in the next words of the draft's own order, so three groups do
    not read as one formula."""
    met = [(i, ind) for i, ind in members if ind.met() is True]
    missed = [(i, ind) for i, ind in members if ind.met() is False]
    parts: list[str] = []
    if met:
        beyond = [_short_name(ind.name) for _, ind in met if ind.actual_value != ind.target_value]
        text = w.say("indicators_met", turn, names=_names([_short_name(ind.name) for _, ind in met]),
                     all="均" if len(met) > 1 else "")
        if beyond and len(beyond) < len(met):
            text += f"，其中{_names(beyond)}优于目标值"
        docked = [(i, ind) for i, ind in met if ind.score is not None and ind.weight is not None and ind.score < ind.weight]
        if not docked and all(ind.score is not None for _, ind in met) and len(met) > 1:
            text += "，均得满分"
        parts.append(text)
        parts += [_docked(w, i, ind) for i, ind in docked]
    parts += [_miss(w, i, ind, used) for i, ind in missed]
    shown, in_table = [], []
    for i, ind in members:
        if ind.met() is not None:
            continue
        note = _note(w, i, ind, told)
        if note:
            parts.append(note)
            told |= plain_shingles(note)  # a note shared by two indicators is written once
        elif ind.actual and containment(plain_shingles(ind.actual), told) >= 0.5:
            shown.append(_short_name(ind.name))
        else:
            in_table.append(_short_name(ind.name))
    if shown:
        parts.append(f"{_names(shown)}的完成情况见本部分（一）")
    if in_table:
        parts.append(f"{_names(in_table)}的完成情况见自评表")
    return parts


def _score(w: Writer, i: int, ind: Indicator) -> str:
    if ind.score is None:
        return ""
    text = f"，得{w.q(ind.score, Unit.SCORE, f'indicators[{i}].score')}"
    if ind.weight is not None:
        text += f"（分值{w.q(ind.weight, Unit.SCORE, f'indicators[{i}].weight')}）"
    return text


def _docked(w: Writer, i: int, ind: Indicator) -> str:
    """A met indicator that still lost points: the score says so."""
    return f"“{_short_name(ind.name)}”虽达到目标值{_score(w, i, ind)}"


def _miss(w: Writer, i: int, ind: Indicator, used: list[str]) -> str:
    """``“营养改善计划受益学生”目标值≥7.8万人，实际完成7.786万人，未达到目标，主要原因是…，得7分（分值8分）``.
    When the task part above already states the result, it is not written again: the target and
    the gap to it (差288户) say what the miss was, unless the reason itself states the gap."""
    name = _short_name(ind.name)
    assert ind.actual_value is not None and ind.target_value is not None
    written = f"{ind.target or ''}{ind.actual or ''}"  # the style the data's own text uses (7.8万人)
    wan = wan_style(ind.actual_value, ind.target_value) or (ind.unit.value not in ("元", "万元") and "万" in written)
    target = w.q(ind.target_value, ind.unit, f"indicators[{i}].target_value", wan=wan, unit_text=_unit_text(ind))
    said = "为" if ind.comparator == "=" else ind.comparator or "≥"  # 目标值为100%, not 目标值=100%
    gap = abs(ind.actual_value - ind.target_value)
    if not _states(used, ind.actual_value, ind.unit):
        actual = w.q(ind.actual_value, ind.unit, f"indicators[{i}].actual_value", wan=wan, unit_text=_unit_text(ind))
        text = f"“{name}”目标值{said}{target}，实际完成{actual}，未达到目标"
    elif _states([ind.deviation_reason or ""], gap, ind.unit) or not gap:
        text = f"“{name}”目标值{said}{target}，未达到目标"
    else:
        unit = Unit.POINTS if ind.unit is Unit.PERCENT else ind.unit
        shown = w.q(gap, unit, f"indicators[{i}].vs_target", unit_text=None if unit is Unit.POINTS else _unit_text(ind))
        text = f"“{name}”目标值{said}{target}，差{shown}未达到目标"
    reason = w.checked(ind.deviation_reason, f"指标“{name}”的偏差原因") if ind.deviation_reason else None
    if reason:
        text += w.say("miss_reason", i, reason=reason.rstrip("。"))
    else:
        w.warnings.append(f"指标“{name}”未达到目标值，数据未提供偏差原因（deviation_reason）；请补充")
        text += "，偏差原因待补充"
    return text + _score(w, i, ind)


def _states(texts: list[str], value: Decimal, unit: Unit) -> bool:
    """Whether one of ``texts`` (sentences already written) states ``value`` in ``unit``."""
    return any(m.value == value and m.unit in (unit, Unit.NONE) for t in texts for m in extract(t) if m.is_claim)


def _unit_text(ind: Indicator) -> str | None:
    """The unit as the indicator's own text writes it (元/亩, 元/人), when that is the data's unit with more."""
    for text in (ind.target, ind.actual):
        m = re.search(rf"{re.escape(ind.unit.value)}(/[\u4e00-\u9fff·]{{1,4}})", text or "") if ind.unit.value else None
        if m:
            return ind.unit.value + m.group(1)
    return None


def _note(w: Writer, i: int, ind: Indicator, told: set[str]) -> str | None:
    """An indicator with no comparison of its own: its figure, or its note when the tasks above do
    not already say it. Long notes belong here, not in a table cell."""
    name = _short_name(ind.name)
    if ind.actual_value is not None:
        return f"“{name}”实际完成{w.q(ind.actual_value, ind.unit, f'indicators[{i}].actual_value', unit_text=_unit_text(ind))}"
    fresh = [s for s in sentences(ind.actual or "")
             if containment(plain_shingles(s), told) < 0.5 and w.prior.where(s) is None]  # nor last year's words
    fresh = w.unheld("", fresh, f"指标“{name}”的完成情况")  # together they may rebuild last year's paragraph
    if not fresh:
        return None  # the tasks above (or last year's report) already say it
    note = w.checked("".join(fresh).strip().rstrip("。；"), f"指标“{name}”的完成情况")
    return f"“{name}”方面，{note}" if note else None
