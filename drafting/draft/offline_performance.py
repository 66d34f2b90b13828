"""The offline drafter's 绩效情况 section: each task with its achievements and key figures (last
year's comparison folded in after the figure the text already states), other key figures, the
indicators in words, and the self-assessment conclusion.

Apart from ``offline`` because it is the one section that weaves the data's free text and figures
together; ``offline`` holds the other sections and the registry of section writers.
"""

from __future__ import annotations

import re

from ..department import DepartmentData, KeyFigure, grade_for
from ..numbers.extract import Mention, extract
from ..numbers.textnorm import containment, plain_shingles
from ..quantities import Quantity, Unit
from .offline_indicators import indicators
from .offline_writer import Writer, compared, ordinal, sentence, wan_style

__all__ = ["performance"]


_DIGITS_IN_NAME = re.compile(r"(?<![“\d.])(\d+)(?![\d.”年月日])")


def _kf_name(k: KeyFigure) -> tuple[str, str | None]:
    """The figure's name with digits inside it quoted (311服务对象 → “311”服务对象), and the unit
    written in brackets at its end when the data has no unit for it (巡查工地（家次）)."""
    name, unit_text = _DIGITS_IN_NAME.sub(r"“\1”", k.name), None
    m = re.match(r"^(.*)（([^（）]{1,3})）$", name)
    if k.unit == Unit.NONE and m:
        name, unit_text = m.group(1), m.group(2)
    return name, unit_text


def _key_figure(w: Writer, k: KeyFigure) -> str | None:
    """``新增就业2141人，较上年（2086人）增加55人，增长2.64%``: each figure once, one style for the
    metric; digits inside a name (311服务对象) are quoted as the name they are. None (with a
    warning) when the phrase still carries an unsupported number."""
    name, unit_text = _kf_name(k)
    wan = wan_style(k.value, *([k.prior_value] if k.prior_value is not None else []))
    mark = len(w.numbers)
    text = f"{name}{w.q(k.value, k.unit, f'key_figures.{k.id}', qualifier=k.qualifier, unit_text=unit_text, wan=wan)}"
    if k.prior_value is not None:
        text += "，" + compared(w, k.value, k.prior_value, k.unit, f"key_figures.{k.id}", wan=wan, unit_text=unit_text)
    if w.checked(text, f"关键数据“{k.name}”") is None:
        del w.numbers[mark:]
        return None
    return text


def _figures(w: Writer, figures: list[KeyFigure]) -> str:
    return "；".join(t for k in figures if (t := _key_figure(w, k)))


_QUALIFIER_AFTER = re.compile(r"^(?:以内|以下|以上|左右)")
_CLAUSE_END = "，。；,;"


def _stated(body: str, k: KeyFigure, used: set[int]) -> tuple[Mention, int] | None:
    """The mention in ``body`` that states key figure ``k`` (same value in its unit), and where its
    clause can take an insertion. Among equal values the one whose clause shares most characters
    with the figure's name wins, so 100% of 回访率 is not taken for 100% of 服务率."""
    best: tuple[int, Mention] | None = None
    for n, m in enumerate(extract(body)):
        if not m.is_claim or n in used:
            continue
        value = Quantity(value=k.value, unit=k.unit).in_unit(m.unit) if m.unit != Unit.NONE or k.unit == Unit.NONE \
            else None
        if value is None or value != m.value:
            continue
        clause = re.split(r"[，。；,;、]", body[max(0, m.start - 24) : m.start])[-1]
        score = len(set(clause) & set(k.name))
        if best is None or score > best[0]:
            best = (score, m)
            used_n = n
    if best is None:
        return None
    used.add(used_n)
    m = best[1]
    end = m.end + (len(q.group(0)) if (q := _QUALIFIER_AFTER.match(body[m.end :])) else 0)
    return m, end


def _fold(w: Writer, body: str, figures: list[KeyFigure]) -> tuple[str, list[KeyFigure], list[str]]:
    """Last year's comparison folded in right after the figure the achievement text already states
    (``入园率达到92.05%，较上年（91.36%）提高0.69个百分点``), so no figure is written twice. Returns the
    new body, the figures the text does not state (each then gets its own clause) and comparison
    clauses that could not be put in place (the figure sits inside a list or a phrase)."""
    used: set[int] = set()
    inserts: list[tuple[int, str, int]] = []  # (at, text, characters it replaces)
    rest: list[KeyFigure] = []
    late: list[str] = []
    for k in figures:
        found = _stated(body, k, used)
        if found is None:
            rest.append(k)
            continue
        if k.prior_value is None:
            continue
        m, end = found
        wan = m.scale == 10_000
        mark = len(w.numbers)
        clause = compared(w, k.value, k.prior_value, k.unit, f"key_figures.{k.id}", wan=wan,
                          thousands="," in m.text)
        if w.checked(clause, f"关键数据“{k.name}”的上年对比") is None:
            del w.numbers[mark:]
            continue
        if end >= len(body) or body[end] in _CLAUSE_END:
            comma = end < len(body) and body[end] in "，,"
            inserts.append((end, "，" + clause + ("；" if comma else ""), int(comma)))
        else:
            late.append(f"{_kf_name(k)[0]}{clause}")
    for at, text, cut in sorted(inserts, reverse=True):
        body = body[:at] + text + body[at + cut :]
    return body, rest, late


def performance(d: DepartmentData, w: Writer) -> None:
    """三、绩效情况: the year's tasks, other key figures, the indicators, the self-assessment conclusion."""
    used = _tasks(d, w)
    # a survey's sample size is evidence for an indicator (written there), not an achievement
    loose = [k for k in d.key_figures if k.task not in {t.id for t in d.tasks}
             and not (k.is_evidence and k.task is None and d.indicators)]
    if loose:
        w.sub(f"（{_next_sub(w)}）{'其他重点工作成效' if d.tasks else '重点工作成效'}")
        listed = _figures(w, loose)
        if listed:
            w.para(listed + "。")
    if d.indicators:
        w.sub(f"（{_next_sub(w)}）绩效指标完成情况")
        indicators(d, w, used)
    w.sub(f"（{_next_sub(w)}）自评结论")
    if d.self_score is None:
        w.gap("自评结论（自评得分、评价等次）", ["self_score", "grade"])
    else:
        who = d.department.short_name or d.department.name
        grade = d.grade or grade_for(d.self_score)
        w.para(w.say("conclusion", who=who, year=d.year, score=w.q(d.self_score, Unit.SCORE, "self_score"),
                     grade=grade.value))


def _next_sub(w: Writer) -> str:
    """The ordinal of the next subheading (一 for the first)."""
    return ordinal(sum(1 for b in w.blocks if b.kind == "subheading"))


def _tasks(d: DepartmentData, w: Writer) -> list[str]:
    """（一）年度主要任务完成情况: each task with the achievements that pass the guard and do not repeat
    last year, its key figures folded in. Returns the achievement sentences written."""
    used: list[str] = []
    if not d.tasks:
        return used
    by_task = {t.id: [k for k in d.key_figures if k.task == t.id] for t in d.tasks}
    reasons = [ind.deviation_reason for ind in d.indicators if ind.deviation_reason and ind.met() is False]
    bodies: list[tuple[str, str]] = []
    for task in d.tasks:
        kept = [s for j, a in enumerate(task.achievements)
                if (s := w.checked(a, f"{task.id}“{task.title}”第{j + 1}条成果"))
                and w.fresh(s, f"{task.id}“{task.title}”第{j + 1}条成果") and not _a_reason(s, reasons)]
        kept = w.unheld(f"{len(bodies) + 1}．{task.title.rstrip('。；')}。", kept, f"{task.id}“{task.title}”")
        used += kept
        body, extra, late = _fold(w, "".join(sentence(s) for s in kept), by_task[task.id])
        extra = [k for k in extra if not any(_states_figure(r, k) for r in reasons)]  # the reason below says it
        listed = "；".join([*late, *(t for k in extra if (t := _key_figure(w, k)))])
        if listed:
            body += ("此外，" if body else "") + listed + "。"
        bodies.append((task.title.rstrip("。；"), body))
    _task_paragraphs(d, w, bodies)
    return used


def _a_reason(text: str, reasons: list[str]) -> bool:
    """A sentence that repeats a missed indicator's 偏差原因: the reason is written once, with its indicator."""
    grams = plain_shingles(text)
    return bool(grams) and any(containment(grams, plain_shingles(r)) >= 0.6 for r in reasons)


def _states_figure(text: str, k: KeyFigure) -> bool:
    return any(m.value == k.value and m.unit == k.unit for m in extract(text) if m.is_claim)


def _task_paragraphs(d: DepartmentData, w: Writer, bodies: list[tuple[str, str]]) -> None:
    """（一）年度主要任务完成情况, one paragraph per task the data says something of. A task with no
    completion of its own is not given a made-up one (已按计划推进): its results are the indicators'."""
    said = [(title, body) for title, body in bodies if body]
    silent = [title for title, body in bodies if not body]
    if not said and d.indicators:
        w.warnings.append("「任务」未填完成情况：年度主要任务的完成情况由绩效指标完成情况反映，正文不单列")
        return
    w.sub("（一）年度主要任务完成情况")
    for n, (title, body) in enumerate(said):
        w.para(f"{n + 1}．{title}。{body}")
    if silent and d.indicators:
        w.para(w.say("tasks_silent", names=f"{'“' + '”“'.join(silent) + '”'}{'等任务' if len(silent) > 1 else '任务'}"))
    elif silent:
        w.gap("年度主要任务完成情况", ["tasks"])
