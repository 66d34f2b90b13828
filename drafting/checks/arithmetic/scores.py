"""A self-score and the grade given with it: 自评得分95分 with 评价等次为“良” cannot both be right; an
indicator's 得分 above its 分值, a 总分 row that is not the sum of its rows, and full marks for an
indicator whose actual misses its ≥/≤ target, in the indicator table.

Why: the grade is read off the score by fixed bands — 优 90–100, 良 80–89, 中 60–79, 差 0–59 (财政部
预算司's standard, which the provinces' forms repeat) — yet reports copy a grade from last year or
from the template while the score changes. Some provinces draw the 良/中 line elsewhere (75), so only
conflicts that hold under every banding in use are reported: a 优 below 80, a 差 from 80 up, anything
but 优 from 90 up (优 starts at 90 in all of them), anything but 差 below 60 — unless the text says a rule
lowered the grade (降档, 降一档, 不得评为优, 一票否决).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ...findings import Finding, FindingLocation, Kind, Severity
from ...io.flat_forms import column_words
from ...numbers.extract import Mention, MentionKind, Qualifier, extract
from ...numbers.memo import text_cache
from ...numbers.textnorm import fold_width, no_blanks
from ...quantities import format_decimal, round_half_up
from ...report import Report, TextUnit
from ..met_claims import says_met
from .full_rates import missed_full_rate
from .table_text import Row, score_rows, shared_rows, table_rows

__all__ = ["FormRow", "Row", "check_indicator_scores", "check_missed_full_score", "check_score_total", "check_scores",
           "row_label", "score_rows", "scored_form_rows", "shared_rows", "table_rows"]

_SCORE = re.compile(
    r"(?:自评|综合|绩效|评价|考核)?(?:总?得分|总分|评分)(?:合计|总计|结果)?[为是:：\s|]{0,4}"
    r"(\d{1,3}(?:\.\d{1,2})?)(?![\d.])(?![ \t\u3000]+\d)\s*分?")  # (总分 100 100 100 78: a flattened row, its columns unclear)
_GRADE = re.compile(
    r"(?:等次|等级|档次|评价结果|结论|评定为|评为|定为)[为是:：\s|“\"「]{0,4}"
    r"(优秀|良好|中等|合格|不合格|较差|优|良|中|差)(?=[”\"」。，,；;）)\s|等级档]|$)")
_BAND = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "合格": "中",
         "较差": "差", "差": "差", "不合格": "差"}
# a grade that tallies items, not the score's: 48个项目评价等级为“优”有37个、为“中”有11个
_TALLY_AFTER = re.compile(r"[”\"」]?\s*(?:的|者)?(?:有|共|计|占)?\s*\d+\s*(?:个|项|家|所|户|人|条)")
_TALLY_BEFORE = re.compile(r"\d+\s*(?:个|项|家|所|户)[^，。；;,、：:]*$")
# a grade lowered by a rule, whatever the score (存在审计问题的降一档; 不得评为“优”)
_LOWERED = re.compile(r"降档|降级|降[一二1-2]档|下调[一二1-2]?[个档]|不得(?:评|定)为|最高(?:只能)?(?:评|定)为|一票否决")
_STANDARD = (("优", 90), ("良", 80), ("中", 60), ("差", 0))
_NEAR = 60  # characters between a score and the grade given with it


def _standard(score: Decimal) -> str:
    return next(band for band, floor in _STANDARD if score >= floor)


def _conflicts(score: Decimal, band: str) -> bool:
    """Wrong under every banding in use (see the module docstring)."""
    if score < 60:
        return band != "差"
    if score >= 90:
        return band != "优"  # 优 starts at 90 under every banding in use
    if score >= 80:
        return band == "差"
    return band == "优"


def _gap(a: re.Match[str], b: re.Match[str]) -> int:
    """Characters between two matches, whichever comes first."""
    return max(a.start() - b.end(), b.start() - a.end())


def check_scores(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        text = fold_width(unit.text)
        grades = list(_GRADE.finditer(text))
        if not grades:
            continue  # most texts give no grade: their scores need not be read
        scores = [m for m in _SCORE.finditer(text) if Decimal(m.group(1)) <= 100]
        for g in grades:
            # the grade closes its sentence: scores in the sentences after it are its parts' (分项看，投入得分…)
            stop = text.find("。", g.end())
            near = [s for s in scores if _gap(s, g) <= _NEAR and (stop < 0 or s.start() < stop)]
            if len(near) != 1:
                continue  # no score beside it, or several (item scores): which one the grade goes with is unclear
            if _TALLY_AFTER.match(text, g.end(1)) or _TALLY_BEFORE.search(text, max(0, g.start() - 40), g.start()) \
                    or _LOWERED.search(text):
                continue
            s = near[0]
            score, band = Decimal(s.group(1)), _BAND[g.group(1)]
            if not _conflicts(score, band):
                continue
            right = _standard(score)
            out.append(Finding(
                kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
                message=f"得分{s.group(1)}分对应的等次是“{right}”，文中写作“{g.group(1)}”",
                location=FindingLocation.of(report, unit.at(g.start(1), g.end(1))),
                related=[FindingLocation.of(report, unit.at(s.start(1), s.end(1)))],
                evidence="评价等次按得分划定：优90–100分、良80–89分、中60–79分、差0–59分（财政部预算司统一标准）",
                suggestion=f"核对得分与等次；按得分应为“{right}”",
                rule="score_grade"))
    return out



_POINTS = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?)\s*分?\s*$")
_HEAD = re.compile(r"[(（][^()（）]*[)）]|\s")


@text_cache
@lru_cache(maxsize=1 << 16)
def _bare(text: str) -> str:
    """A header's words: no aside in brackets, no blanks. Most cells hold neither an opening bracket
    nor a blank (``split`` finds the blanks the pattern finds) and are taken as they are: the pattern
    was tried at every character of every cell of every table, three times. Cached: four score
    checks ask of every cell of every table again."""
    return _HEAD.sub("", text) if "(" in text or "（" in text or text.split() != [text] else text


_HEADER_WORD = re.compile(r"指标|目标|实际|完成值|分值|得分|权重|偏差|预算数|执行数|执行率")


def _points(text: str) -> Decimal | None:
    m = _POINTS.match(fold_width(text))
    return Decimal(m.group(1)) if m else None



def check_indicator_scores(report: Report) -> list[Finding]:
    """In a table whose header names 分值 and 得分 columns, a row scoring above its weight: no
    scoring rule gives an indicator more than its 分值 (a 完成率 over 100% is capped)."""
    out = []
    cols: tuple[int, int] | None = None
    for row in score_rows(report):
        if row is None:
            cols = None
            continue
        texts = [u.text[a:b] for u, a, b in row]
        names = [_bare(t) for t in texts]
        if (header := _score_columns(names)) is not None:
            cols = header
            continue
        if any(_HEADER_WORD.search(n) for n in names) and not any(_points(t) for t in texts):
            cols = None  # another table's header: its columns are not these
            continue
        if cols is None or max(cols) >= len(row):
            continue
        w, sc = cols
        weight, score = _points(texts[w]), _points(texts[sc])
        if weight is None or score is None or weight == 0 or score <= weight:
            continue
        out.append(Finding(
            kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
            message=f"得分{texts[sc].strip()}高于该项分值{texts[w].strip()}",
            location=_at(report, row[sc]), related=[_at(report, row[w])],
            evidence="任何评分规则给出的得分都不超过该项的分值（完成率超过100%的按满分计）",
            suggestion="核对得分，最高为该项分值", rule="indicator_score_over_weight"))
    return out


def _at(report: Report, cell: tuple[TextUnit, int, int]) -> FindingLocation:
    unit, a, b = cell
    text = unit.text[a:b]
    lead = len(text) - len(text.lstrip())
    return FindingLocation.of(report, unit.at(a + lead, a + len(text.rstrip())))


_TOTAL_ROW = re.compile(r"^(?:总分|合计|总计|综合得分|总体得分)$")
_FULL_MARKS = Decimal(100)
Scored = tuple[Decimal, Decimal, tuple[TextUnit, int, int]]  # weight, score, the score's cell


def row_label(names: list[str], cols: tuple[int, int]) -> str:
    """A scored row's label: its first filled cell outside the 分值 and 得分 columns. A form may set those
    two first (| 分值 | 得分 | 一级指标 | …), so its 总分 row reads | 100 | 96.5 | 合计 | and is named by 合计."""
    return next((n for k, n in enumerate(names) if n and k not in cols), "")


def _score_columns(names: list[str]) -> tuple[int, int] | None:
    """The 分值 and 得分 columns; a form that names its weight 权重 (四川's) gives it in points all the same.
    Of several 分值 (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分) the one nearest before 得分: the weight of
    the indicator each row scores, the others its groups'."""
    weight = next((h for h in ("分值", "权重") if h in names), None)
    if weight is None or "得分" not in names:
        return None
    score = names.index("得分")
    return next((k for k in range(score - 1, -1, -1) if names[k] == weight), names.index(weight)), score


@dataclass(frozen=True)
class FormRow:
    """A row of a scored form as every check of its 分值/得分 reads it: a header row (``opens``), or a
    row under one with its 分值 and 得分 read. The checks differ in which rows they keep and where a
    form closes (most at its 总分 row), so they walk these lines and keep their own blocks."""

    opens: bool
    row: Row
    cols: tuple[int, int] = (0, 0)  # the 分值 and 得分 columns of the header above
    texts: tuple[str, ...] = ()
    weight: Decimal | None = None
    score: Decimal | None = None
    label: str = ""  # ``row_label``: 总分 / 合计 on a form's total row


def scored_form_rows(report: Report) -> Iterator[FormRow]:
    """Each 分值/得分 header row, and each row under one wide enough to hold both columns."""
    cols: tuple[int, int] | None = None
    for row in table_rows(report):
        if row is None:
            continue
        texts = tuple(u.text[a:b] for u, a, b in row)
        names = [_bare(t) for t in texts]
        header = _score_columns(names)
        if header is not None:
            cols = header
            yield FormRow(True, row, header)
        elif cols is not None and max(cols) < len(row):
            yield FormRow(False, row, cols, texts, _points(texts[cols[0]]), _points(texts[cols[1]]),
                            row_label(names, cols))
        elif cols is not None and len(row) == 3 and _TOTAL_ROW.match(names[0]):
            # 总分 | 100 | 99.55: the form's last row, merged to its label, 分值 and 得分 alone
            yield FormRow(False, row, (1, 2), texts, _points(texts[1]), _points(texts[2]), names[0])


def check_score_total(report: Report) -> list[Finding]:
    """A form's 总分 row: when its 分值 is the sum of the weights above it (the indicator rows, with
    or without the budget block's row), its 得分 must be the sum of their scores."""
    out: list[Finding] = []
    blocks: list[list[Scored]] = []  # the scored rows under each 分值/得分 header, in order
    for line in scored_form_rows(report):
        if line.opens:
            blocks.append([])
            continue
        if not blocks:
            continue  # after a 总分 row, until the next header
        weight, score, total = line.weight, line.score, _TOTAL_ROW.match(line.label)
        if weight is None and score is not None and total and not line.texts[line.cols[0]].strip():
            weight = _FULL_MARKS  # a total whose 分值 is blank: read only where the rows' weights make full marks
        if weight is None or score is None:
            continue
        if not total:
            blocks[-1].append((weight, score, line.row[line.cols[1]]))
            continue
        finding = _total_finding(report, blocks[-2:], weight, score, line.row[line.cols[1]])
        if finding is not None:
            out.append(finding)
        blocks = []
    return out


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _total_finding(report: Report, blocks: list[list[Scored]], weight: Decimal, score: Decimal,
                   cell: tuple[TextUnit, int, int]) -> Finding | None:
    candidates = [blocks[-1], [r for b in blocks for r in b]] if blocks else []
    rows = next((c for c in candidates if len(c) >= 2 and sum(r[0] for r in c) == weight), None)
    if rows is None:
        return None  # the weights do not add up to the total's: which rows it counts is unclear
    total = sum((r[1] for r in rows), Decimal(0))
    places = _places(score)
    if round_half_up(total, places) == score:
        return None
    shown = format_decimal(total, max([places, *(_places(r[1]) for r in rows)]))
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"总分写作{score}，而各项得分之和为{shown}",
        location=_at(report, cell), related=[_at(report, r[2]) for r in rows],
        evidence=f"{len(rows)}项的分值之和为{weight}，与总分行的分值相符；它们的得分之和为{shown}",
        suggestion=f"核对各项得分与总分；按各项得分，总分应为{shown}", rule="score_total")


# the flattened-form reader's names for the two columns (the first named in a header is the column)
_TARGET_HEADS = column_words("target")
_ACTUAL_HEADS = column_words("actual")
_FLOOR_WORDS = re.compile(r"[≥≧>＞]|不低于|不少于|不小于|(?<!不)大于|以上")  # (＞95%: a strict floor is a floor)
_CEILING_WORDS = re.compile(r"[≤≦<＜]|不高于|不超过|不大于|(?<!不)小于|以内|以下")


def _figure(text: str) -> Mention | None:
    found = [m for m in extract(text) if m.is_claim and m.kind is not MentionKind.NUMBER]
    return found[0] if len(found) == 1 else None


# a deadline (2025年6月底前, 6月30日前) and a month it was done in (2025年11月, 11月20日, 2025年11月完成)
_DEADLINE = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(?:份)?(?:底|末|\d{1,2}日)?(?:之?前|以前)$")
_DONE_IN = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(?:份)?(?:\d{1,2}日)?(?:底|末)?(?:前)?(?:完成|完工|办结)?$")


def compared(target_text: str, actual_text: str) -> tuple[Mention, Mention, bool, bool] | None:
    """The target's and the actual's figures where they compare for certain (one figure each, the actual
    exact, the same unit and scale), with whether the target is a floor and whether a ceiling."""
    target, actual = _figure(target_text), _figure(actual_text)
    if target is None or actual is None or actual.qualifier is not Qualifier.EXACT:
        return None
    if (target.unit, target.unit_text, target.kind, target.scale) != (actual.unit, actual.unit_text, actual.kind, actual.scale):
        return None
    floor = bool(_FLOOR_WORDS.search(target_text)) or target.qualifier is Qualifier.AT_LEAST
    ceiling = bool(_CEILING_WORDS.search(target_text)) or target.qualifier is Qualifier.AT_MOST
    return target, actual, floor, ceiling


def _late(target_text: str, actual_text: str) -> bool:
    """Whether a month done in is after a month's deadline (a year on one side only is read as the other's)."""
    t, a = _DEADLINE.match(no_blanks(target_text)), _DONE_IN.match(no_blanks(actual_text))
    if t is None or a is None or not (1 <= int(t.group(2)) <= 12 and 1 <= int(a.group(2)) <= 12):
        return False
    year_t, year_a = t.group(1) or a.group(1), a.group(1) or t.group(1)
    return (int(year_a or 0), int(a.group(2))) > (int(year_t or 0), int(t.group(2)))


def _short_of(target: str, actual: str) -> str:
    """How a miss is said: a month done in comes after its deadline, a figure goes over its ceiling
    (≤, 不超过) or falls short of its floor."""
    if _late(fold_width(target), fold_width(actual)):
        return "晚于"
    return "超过" if _CEILING_WORDS.search(fold_width(target)) else "未达到"


def _missed(target_text: str, actual_text: str) -> bool:
    """Whether the actual misses a floor (≥, 不低于, 以上) or ceiling (≤, 以内) target beyond the
    rounding of both figures, or a month's deadline; a target with no comparator says nothing here."""
    if _late(target_text, actual_text):
        return True
    pair = compared(target_text, actual_text)
    if pair is None:
        return False
    target, actual, floor, ceiling = pair
    slack = Decimal("0.5").scaleb(-target.places) + Decimal("0.5").scaleb(-actual.places)
    if floor == ceiling:
        return False
    return actual.value + slack < target.value if floor else actual.value - slack > target.value


def _heads(names: list[str]) -> tuple[int, int, int, int] | None:
    t = next((names.index(h) for h in _TARGET_HEADS if h in names), None)
    a = next((names.index(h) for h in _ACTUAL_HEADS if h in names), None)
    cols = _score_columns(names)
    return None if t is None or a is None or cols is None else (t, a, *cols)


# a form may give a target's comparator and its unit columns of their own (指标性质 = | 指标值 100 | 度量单位 %)
_SENSE_HEADS = ("指标性质", "指标方向", "指标属性", "比较符", "比较符号")
_UNIT_HEADS = ("度量单位", "计量单位", "单位")
_COMPARATOR_CELL = re.compile(r"^(?:[≥≤]|>=|<=|＞=|＜=|大于等于|小于等于|不低于|不高于|不少于|不超过)$")
_BARE = re.compile(r"^\d+(?:\.\d+)?$")


def _parts(names: list[str]) -> tuple[list[int], int | None]:
    """The columns that may hold a target's comparator, and its unit column."""
    return [k for k, n in enumerate(names) if n in _SENSE_HEADS], next((names.index(h) for h in _UNIT_HEADS if h in names), None)


def _whole(texts: list[str], t: int, a: int, parts: tuple[list[int], int | None]) -> tuple[str, str]:
    """The target and actual as one text each: a bare figure takes its row's comparator and unit cells."""
    target, actual = texts[t].strip(), texts[a].strip()
    senses, u = parts
    unit = fold_width(texts[u]).strip() if u is not None and u < len(texts) else ""
    if not _BARE.match(fold_width(target)) or not _BARE.match(fold_width(actual)) or re.search(r"\d|^[—\-/]+$", unit):
        return target, actual
    sense = next((c for k in senses if k < len(texts) and _COMPARATOR_CELL.match(c := fold_width(texts[k]).strip())), "")
    return sense + target + unit, actual + unit


# a table with no scores: a target, an actual and a column that says whether it was met (完成情况, 偏差原因)
_CLAIM_HEADS = re.compile(r"^(?:完成情况|是否完成|是否达到|达标情况|偏差原因|偏差情况|备注|评价)")


def _claim_heads(names: list[str]) -> tuple[int, int, int] | None:
    t = next((names.index(h) for h in _TARGET_HEADS if h in names), None)
    a = next((names.index(h) for h in _ACTUAL_HEADS if h in names), None)
    said = [k for k, n in enumerate(names) if _CLAIM_HEADS.match(n) and k not in (t, a)]
    return None if t is None or a is None or len(said) != 1 else (t, a, said[0])


def _data_under(plain: tuple[int, int, int] | None, names: list[str], texts: list[str]) -> bool:
    """Under a score-less header, a row with figures in its target and actual cells is data, though its
    claim cell says 目标 (达到预期目标), unless it names a header of its own."""
    return plain is not None and max(plain) < len(texts) and _heads(names) is None and _claim_heads(names) is None \
        and all(re.search(r"\d", texts[k]) for k in plain[:2])


def _claimed_in_row(report: Report, row: list[tuple[TextUnit, int, int]], cols: tuple[int, int, int],
                    parts: tuple[list[int], int | None]) -> list[Finding]:
    """A row of a score-less indicator table whose 完成情况 cell says the target was met (达到预期目标)
    while its actual misses its ≥/≤ target beyond the rounding of both."""
    texts = [u.text[a:b] for u, a, b in row]
    t, a, said = cols
    target, actual = _whole(texts, t, a, parts)
    if not _missed(fold_width(target), fold_width(actual)) or (claim := says_met(texts[said])) is None:
        return []
    unit, start, _ = row[said]
    return [Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"写作“{claim.group(0)}”，但实际完成值{actual}{_short_of(target, actual)}指标值{target}",
        location=FindingLocation.of(report, unit.at(start + claim.start(), start + claim.end())),
        related=[_at(report, row[a]), _at(report, row[t])],
        evidence="同一行的实际完成值未达到指标值，该行却称目标已完成",
        suggestion="核对实际完成值；如确未达到，改写完成情况并说明偏差原因",
        rule="claims.met_but_missed")]


# the column where a form explains a miss (偏差原因分析及改进措施), and a cell that explains nothing
_REASON_HEAD = re.compile(r"偏差")
_NO_REASON = re.compile(r"^(?:无|/|／|—+|-+|－+|\\)?$")
_NAME_HEADS = column_words("name")  # the indicator column, as the flattened-form reader names it


def check_missed_full_score(report: Report) -> list[Finding]:
    """An indicator row whose actual misses its ≥/≤ target yet scores its full 分值: one of the
    three cells was not updated (scoring rules give full marks only to a target met). A row that
    misses and loses points, with its form's 偏差原因 cell empty or 无, explains nothing: the
    scoring rules ask every deviation's reason and remedy; one whose 偏差原因 cell says the target
    was met (已达到年度目标) says what the figures deny."""
    out = []
    cols: tuple[int, int, int, int] | None = None
    parts: tuple[list[int], int | None] = ([], None)
    reason: int | None = None
    name: int | None = None
    plain: tuple[int, int, int] | None = None
    for row in score_rows(report):
        if row is None:
            continue
        texts = [u.text[a:b] for u, a, b in row]
        names = [_bare(t) for t in texts]
        if any(_HEADER_WORD.search(n) for n in names) and not any(_points(t) for t in texts) \
                and not _data_under(plain, names, texts):
            cols, parts = _heads(names), _parts(names)
            reason = next((k for k, n in enumerate(names) if _REASON_HEAD.search(n)), None)
            name = next((k for k, n in enumerate(names) if n in _NAME_HEADS), None)
            plain = None if cols is not None else _claim_heads(names)
            continue
        if cols is None and plain is not None and max(plain) < len(row):
            out.extend(_claimed_in_row(report, row, plain, parts))
        if cols is None or max(cols) >= len(row):
            continue
        t, a, w, sc = cols
        weight, score = _points(texts[w]), _points(texts[sc])
        target, actual = _whole(texts, t, a, parts)
        if not weight or score is None or score > weight:
            continue
        if not _missed(fold_width(target), fold_width(actual)):
            if score < weight or name is None or name >= len(row) or any(texts[k].strip() for k in parts[0] if k < len(row)) \
                    or not missed_full_rate(texts[name], target, actual):
                continue  # (a comparator written in its own column, = or ≥, is read as written)
        elif score < weight:
            if reason is not None and reason < len(row) and _NO_REASON.match(_bare(texts[reason])):
                out.append(_no_reason(report, row, (t, a, sc, reason), texts, target, actual))
            elif reason is not None and reason < len(row) and (claim := says_met(texts[reason])) is not None:
                out.append(_said_met(report, row, (t, a, reason), claim, target, actual))
            continue
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"实际完成值{actual}{_short_of(target, actual)}指标值{target}，得分却为满分{texts[sc].strip()}",
            location=_at(report, row[sc]), related=[_at(report, row[a]), _at(report, row[t])],
            evidence="未达到目标值的指标应按完成程度扣分；实际值、指标值与得分三者中至少有一处未更新",
            suggestion="核对实际完成值；如确未达到目标，按评分规则扣分并说明偏差原因",
            rule="indicators.missed_full_score"))
    return out


def _no_reason(report: Report, row: list[tuple[TextUnit, int, int]], cols: tuple[int, int, int, int], texts: list[str],
               target: str, actual: str) -> Finding:
    t, a, sc, why = cols
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"实际完成值{actual}{_short_of(target, actual)}指标值{target}（得分{texts[sc].strip()}），偏差原因栏却"
                f"{'为空' if not texts[why].strip() else '填“' + texts[why].strip() + '”'}",
        location=_at(report, row[why] if texts[why].strip() else row[a]), related=[_at(report, row[a]), _at(report, row[t])],
        evidence="该行已按未完成扣分，但未说明偏差原因；评分规则要求对未达到目标的指标分析偏差原因并提出改进措施",
        suggestion="在偏差原因栏说明未完成的原因及改进措施",
        rule="indicators.missed_without_reason")


def _said_met(report: Report, row: list[tuple[TextUnit, int, int]], cols: tuple[int, int, int], claim: re.Match[str],
              target: str, actual: str) -> Finding:
    """The 偏差原因 cell of a row that misses says the target was met (已达到年度目标): the cell was copied
    from a row that met its target, or the figures were changed after it was written. (A row that misses
    with full marks is told once, by its score.)"""
    t, a, why = cols
    unit, start, _ = row[why]
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"偏差原因栏写作“{claim.group(0)}”，但实际完成值{actual}{_short_of(target, actual)}指标值{target}",
        location=FindingLocation.of(report, unit.at(start + claim.start(), start + claim.end())),
        related=[_at(report, row[a]), _at(report, row[t])],
        evidence="同一行的实际完成值未达到指标值，该行也已扣分，偏差原因栏却称目标已完成",
        suggestion="核对实际完成值；如确未达到，在偏差原因栏说明未完成的原因及改进措施",
        rule="claims.met_but_missed")
