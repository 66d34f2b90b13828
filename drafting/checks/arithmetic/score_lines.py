"""Scores written out of the table: in a sentence (产出指标分值50分，得分48分；…；总分95分) or as
``标签：值`` lines (产出指标得分：48分 … 总得分：95分).

Part of the arithmetic check (see ``tables``), the prose twin of ``scores``' table checks. Precision
first: in a sentence, a weight and its score are read only as one clause "分值(满分/权重)N分，得分M分",
and the paragraph's first 总分 after them is held against the scores only when there are at least two
clauses and their weights add up to 100 (every indicator is counted). On field lines, a run of lines whose labels all
end in 得分 closed by a 总分 line is a one-column table: the total is the sum of the lines above.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal, round_half_up
from ...report import Report, TextUnit
from .class_weights import check_class_weights
from .grid import Num, make_finding
from .outline_weights import check_outline_weights
from .project_weights import check_project_weights
from .score_fields import check_score_fields
from .score_headings import heading_weights

__all__ = ["check_score_lines"]

_P = r"(\d{1,3}(?:\.\d{1,2})?)"
# (the class named again before its score, the same class as before its weight: 效益指标满分30分，效益指标得分28分)
_CLAUSE = re.compile(r"(?:分值|满分|权重)(?:为|是|[:：])?\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]?\s*[，,]?\s*"
                     r"(?P<again>[\u4e00-\u9fff]{1,6}指标)?(?:实际|自评)?得分(?:为|是|[:：])?\s*(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分")
_TOTAL = re.compile(r"(?:自评)?(?:总分|总得分|综合得分)(?:为|是)?\s*" + _P + r"\s*分")
_LINE = re.compile(r"^\s*([\u4e00-\u9fff（）()]{2,16}?)\s*[:：]\s*" + _P + r"\s*分\s*[。；;]?\s*$")
_TOTAL_LABEL = re.compile(r"(?:自评)?(?:总分|总得分|综合得分|合计得分|得分合计)")
_FULL = Decimal(100)


def _num(unit: TextUnit, m: re.Match[str], g: int | str) -> Num:
    text = m.group(g)
    return Num(Decimal(text), len(text.partition(".")[2]), False, unit.at(m.start(g), m.end(g)), text)


def _places(nums: list[Num]) -> int:
    return max(n.places for n in nums)


def _total(total: Num, scores: list[Num], evidence: str, what: str = "总分") -> Finding | None:
    s = sum((n.value for n in scores), Decimal(0))
    if round_half_up(s, total.places) == total.value:
        return None
    shown = format_decimal(s, _places([total, *scores]))
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"{what}写作{total.text}分，而各项得分之和为{shown}分",
        total, scores, evidence, f"核对各项得分与{what}；按各项得分，{what}应为{shown}分", "score_total")


def _over(score: Num, weight: Num) -> Finding:
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"得分{score.text}分高于该项分值{weight.text}分",
        score, [weight], "任何评分规则给出的得分都不超过该项的分值（完成率超过100%的按满分计）",
        "核对得分，最高为该项分值", "indicator_score_over_weight")


def _own(text: str, c: re.Match[str]) -> bool:
    """Whether a clause's score is its weight's: no class named before the score, or the one named before the
    weight (满分10分），产出指标得分49.5分 pairs one class's weight with the next class's score)."""
    again = c.group("again")
    return not again or text[max(0, c.start() - 12):c.start()].rstrip("的（( ").endswith(again)


def _paragraph(unit: TextUnit, start: int, end: int) -> list[Finding]:
    out: list[Finding] = []
    clauses = [c for c in _CLAUSE.finditer(unit.text, start, end) if _own(unit.text, c)]
    for c in clauses:
        weight, score = _num(unit, c, "w"), _num(unit, c, "s")
        if weight.value > 0 and score.value > weight.value:
            out.append(_over(score, weight))
    if len(clauses) < 2 or sum(Decimal(c.group("w")) for c in clauses) != _FULL:
        return out
    total = next((m for m in _TOTAL.finditer(unit.text, start, end) if m.start() >= clauses[-1].end()), None)
    if total is None or _CLAUSE.search(unit.text, clauses[-1].end(), total.start()):
        return out
    found = _total(_num(unit, total, 1), [_num(unit, c, "s") for c in clauses],
                   f"{len(clauses)}项的分值之和为100分；它们的得分之和与总分不符")
    return out + ([found] if found else [])


def _lines(units: list[TextUnit]) -> list[Finding]:
    out: list[Finding] = []
    run: list[Num] = []
    weight: tuple[str, Num] | None = None  # a 分值 line: the 得分 line right after it scores against it
    for unit in units:
        m = _LINE.match(fold_width(unit.text)) if unit.kind == "paragraph" else None
        if m is not None and weight is not None and m.group(1).endswith("得分") \
                and m.group(1)[:-2] == weight[0] and (score := _num(unit, m, 2)).value > weight[1].value > 0:
            out.append(_over(score, weight[1]))
        weight = (m.group(1)[:-2], _num(unit, m, 2)) if m is not None and re.search(r"(?:分值|满分)$", m.group(1)) else None
        if m is None:
            run = []
            continue
        label = re.sub(r"[（(][^()（）]*[)）]", "", m.group(1))
        if _TOTAL_LABEL.fullmatch(label):
            if len(run) >= 2:
                found = _total(_num(unit, m, 2), run, f"总分行上方{len(run)}行得分之和与总分不符")
                out += [found] if found else []
            run = []
        elif label.endswith("得分") and not re.search(r"其中|含", label):
            run.append(_num(unit, m, 2))
        else:
            run = []
    return out


# an outline of the scoring (一、投入(20分,自评得分18分) / (一)项目立项(10分,自评得分9分) / 1.…): each heading's
# weight and score in a bracket after its name
_BRACKET = re.compile(r"[（(]\s*" + _P + r"\s*分\s*[,，;；]\s*(?:实际|自评)?得分(?:为|是)?\s*" + _P + r"\s*分\s*[)）]")
_CUT = re.compile(r"(?:另|再|共|合计)?扣(?:减|除|掉)?\s*(\d{1,2}(?:\.\d{1,2})?)\s*分")
_LEVELS = (re.compile(r"[一二三四五六七八九十]+\s*[、.．]"), re.compile(r"[（(]\s*[一二三四五六七八九十]+\s*[)）]"),
           re.compile(r"\d{1,2}\s*[、.．](?!\d)"), re.compile(r"[（(]\s*\d{1,2}\s*[)）]"))


def _outline(units: list[TextUnit]) -> list[Finding]:
    """A bracketed score above its weight; and a heading's score against its sub-headings' scores, held
    only where their weights add up to its weight (every sub-item is there, none cut off), and not where
    the lines under it say a deduction that makes the difference (（三）扣分项，扣1分; 另扣1分)."""
    items: list[tuple[int, Num, Num, str]] = []  # (level, weight, score, name)
    cuts: list[list[Decimal]] = []  # each item's deductions said in the lines under it (扣1分), not its own bracket
    out: list[Finding] = []
    for unit in units:
        if unit.kind == "cell":
            continue
        text = fold_width(unit.text)
        level = next((k for k, lv in enumerate(_LEVELS) if lv.match(text)), None)
        for m in _BRACKET.finditer(text):
            weight, score = _num(unit, m, 1), _num(unit, m, 2)
            if weight.value > 0 and score.value > weight.value:
                out.append(_over(score, weight))
        first = _BRACKET.search(text, 0, 40)
        if level is not None and first is not None and not _BRACKET.search(text, first.end()):
            name = _LEVELS[level].sub("", text[: first.start()], count=1).strip()
            items.append((level, _num(unit, first, 1), _num(unit, first, 2), f"“{name}”得分" if name else "该项得分"))
            cuts.append([])
        elif cuts:
            cuts[-1] += [Decimal(d) for d in _CUT.findall(text)]
    for i, (level, weight, score, what) in enumerate(items):
        below = []
        for it in items[i + 1 :]:
            if it[0] <= level:
                break
            below.append(it)
        kids = [it for it in below if below and it[0] == below[0][0]]
        said = [d for c in cuts[i : i + 1 + len(below)] for d in c]
        short = sum((k[2].value for k in kids), Decimal(0)) - score.value
        if short > 0 and (short in said or short == sum(said)):
            continue  # a deduction said under the heading (扣分项，扣1分) makes the difference
        if len(kids) >= 2 and sum(k[1].value for k in kids) == weight.value:
            found = _total(score, [k[2] for k in kids],
                           f"其下{len(kids)}项的分值之和等于该项分值{weight.text}分；它们的得分之和与该项得分不符", what)
            out += [found] if found else []
    return out


# the four first-level classes of a scoring frame, each with its score (决策指标得分18分, 产出类指标(40分)得分38分);
# 社会效益 and the like are a class's parts, not the class
_CLASS = re.compile(r"(?<!社会)(?<!经济)(?<!生态)(?<!影响)(?<!满意)(决策|投入|过程|产出|效益)(?:类)?(?:指标)?"
                    r"(?:[（(][^（()）]{0,12}[)）])?(?:实际|自评)?得分(?:为|是|[:：])?\s*" + _P + r"\s*分")
_FRAMES = ({"决策", "过程", "产出", "效益"}, {"投入", "过程", "产出", "效益"})
_OWN_TOTAL = re.compile(r"(?<!指标)(?<![类策入程出益）)])(?:自评)?(?:总分|总得分|综合得分|自评得分)(?:为|是|[:：])?\s*" + _P + r"\s*分")


def _classes(unit: TextUnit) -> list[Finding]:
    """A paragraph's total score against the scores of the frame's four classes named in it (自评得分94分，
    其中决策指标得分18分，过程…，产出…，效益…): the four are every indicator, so they add up to the total.
    Only where each class is named once, no weights are given (``_paragraph`` reads those) and one total."""
    text = fold_width(unit.text)
    if _CLAUSE.search(text):
        return []
    parts = list(_CLASS.finditer(text))
    names = [m.group(1) for m in parts]
    if len(names) != 4 or set(names) not in _FRAMES:
        return []
    totals = [m for m in _OWN_TOTAL.finditer(text) if not any(p.start() <= m.start() < p.end() for p in parts)]
    if len({m.group(1) for m in totals}) != 1:
        return []
    total, scores = _num(unit, totals[0], 1), [_num(unit, m, 2) for m in parts]
    if total.places > _places(scores):
        return []  # 93.5 over whole points: the classes' scores are shown rounded
    found = _total(total, scores,
                   f"{'、'.join(names)}四类指标即全部指标，它们的得分之和应等于总分", "自评得分")
    return [found] if found else []


def check_score_lines(report: Report) -> list[Finding]:
    units = list(report.units())
    out = _lines(units) + _outline(units) + heading_weights(units)
    out += [f for f in check_score_fields(report) if all(f.location.location != g.location.location for g in out)]
    out += check_class_weights(report) + check_project_weights(report) + check_outline_weights(report)
    for unit in units:
        if "得分" in unit.text:
            out += _paragraph(unit, 0, len(unit.text))  # a paragraph: its 总分 may close it in a sentence of its own
            out += _classes(unit) if unit.kind != "cell" else []
    return out
