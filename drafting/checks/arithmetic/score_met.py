"""An indicator row whose actual meets its target yet scores below its weight, with no reason given.

Why: in a 绩效自评表 a row's 得分 follows from its target, its actual and its 分值 — the scoring rules
give full marks to a target met and ask a reason (偏差原因分析及改进措施) for every point taken off. A met
row that loses points with that cell empty (or 无) is what a reviewer marks: either the score or the
actual was not updated. (The reverse, a missed row with full marks, is ``scores.check_missed_full_score``.)

Read only where the comparison is certain: the target and actual are one figure each in the same unit,
the target's direction is written (≥/≤/=, 不低于…), or the two figures are equal (met in any direction);
a qualitative target (好/有效提升) or a month says nothing here. A score that is the weight times a
percentage actual (满意度95% → 9.5 of 10) follows a proportional rule and is left alone.

Three layouts: an indicator written as 标签：值 lines (年度指标值：≥500人次 / 实际完成值：… / 分值 / 得分 /
偏差原因, each once, read as one row); a header naming the target, actual, 分值, 得分 and 偏差原因 columns (Word tables, "|" lines,
forms flattened one cell per line, which the reader rebuilds as tables), and the form that splits its
target into 指标性质 | 指标值 | 度量单位 under a two-level header flattened into one line (its data rows
do not line up with the header's cells): there a row is read from its comparator cell on, in the
header's order — comparator, figure, unit, then 实际完成值, 分值, 得分 — when the header gives them so.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width, no_blanks
from ...quantities import round_half_up
from ...report import Report, TextUnit
from .scores import (
    _ACTUAL_HEADS,
    _HEADER_WORD,
    _NO_REASON,
    _REASON_HEAD,
    _TARGET_HEADS,
    Row,
    _at,
    _bare,
    _heads,
    _parts,
    _points,
    _whole,
    compared,
    score_rows,
)

__all__ = ["check_met_but_deducted", "met"]

# comparators as forms write them (≧ ═ ＝ among them), each to its plain sign
_SIGNS = str.maketrans({"≧": "≥", "≦": "≤", "═": "=", "＝": "=", "﹦": "="})
_SENSE = re.compile(r"^(?:[≥≤=]|>=|<=|大于等于|小于等于|等于|不低于|不高于|不少于|不超过)$")
_BARE = re.compile(r"^\d+(?:\.\d+)?$")
_UNIT = re.compile(r"^[^\d\s|]{1,4}$")
# the two-level header's order: the target's head before 实际完成值, 分值, 得分; its parts named below it
_SPLIT_HEAD = re.compile(r"(?:年度指标值|指标值|目标值).*实际完成值.*分值.*得分")
_SPLIT_PARTS = ("指标性质", "度量单位")
_ROUGH = re.compile(r"约|左右|近|余|多|超过|以上|以下|不足")  # an actual given roughly: no certain comparison


def met(target_text: str, actual_text: str) -> bool:
    """Whether the actual meets the target for certain: one figure each, the same unit and scale, the
    actual exact, and the target's direction written (≥/≤) or the two equal."""
    target_text, actual_text = fold_width(target_text).translate(_SIGNS), fold_width(actual_text).translate(_SIGNS)
    if _ROUGH.search(actual_text):
        return False
    pair = compared(target_text, actual_text)
    if pair is None:
        return False
    target, actual, floor, ceiling = pair
    if actual.value == target.value:
        return True
    if floor == ceiling:
        return False
    return actual.value > target.value if floor else actual.value < target.value


def _proportional(actual_text: str, weight: Decimal, score: Decimal) -> bool:
    """A score that is the weight times a percentage actual (95% of 10 → 9.5): a proportional rule."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", fold_width(actual_text))
    if m is None:
        return False
    exponent = score.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return round_half_up(weight * Decimal(m.group(1)) / 100, places) == score


def _finding(report: Report, row: Row, cells: tuple[int, int, int, int], target: str, actual: str) -> Finding:
    t, a, w, sc = cells
    score, weight = (row[k][0].text[row[k][1]:row[k][2]].strip() for k in (sc, w))
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"实际完成值{actual}已达到指标值{target}，得分却为{score}（分值{weight}），未说明扣分原因",
        location=_at(report, row[sc]), related=[_at(report, row[a]), _at(report, row[t])],
        evidence="达到目标值的指标按评分规则应得满分；扣分须在偏差原因栏说明理由，该行未说明",
        suggestion="核对得分与实际完成值；如确需扣分，在偏差原因栏说明理由",
        rule="indicators.met_but_deducted")


def _deducted(texts: list[str], a: int, w: int, sc: int) -> bool:
    weight, score = _points(texts[w]), _points(texts[sc])
    if not weight or score is None:
        return False
    return score < weight and not _proportional(texts[a], weight, score)


def _blank(texts: list[str], k: int | None) -> bool:
    return k is not None and (k >= len(texts) or bool(_NO_REASON.match(_bare(texts[k]))))


def _split_row(report: Report, row: Row, texts: list[str]) -> Finding | None:
    """A row of the split-target form read from its comparator cell: comparator, figure, unit, actual,
    weight, score, and after them nothing or a blank reason."""
    folded = [fold_width(t).strip().translate(_SIGNS) for t in texts]
    k = next((i for i, c in enumerate(folded) if _SENSE.match(c)), None)
    if k is None or len(row) not in (k + 6, k + 7) or not _blank(texts, k + 6):
        return None
    value, unit, actual = folded[k + 1:k + 4]
    if not _BARE.match(value) or not _UNIT.match(unit) or not _deducted(texts, k + 3, k + 4, k + 5):
        return None
    if _points(texts[k + 5]) is None or _points(texts[k + 4]) is None:
        return None
    actual = actual + unit if _BARE.match(actual) else actual
    target = folded[k] + value + unit
    return _finding(report, row, (k + 1, k + 3, k + 4, k + 5), target, actual) if met(target, actual) else None


def check_met_but_deducted(report: Report) -> list[Finding]:
    """Every indicator row that meets its target, loses points and gives no reason (module docstring)."""
    if not any("得分" in t for t in report.texts()):
        return []  # no score column anywhere: no row to read
    out: list[Finding] = []
    cols: tuple[int, int, int, int] | None = None
    parts: tuple[list[int], int | None] = ([], None)
    reason: int | None = None
    split = False  # the table's header is the split-target form's, flattened into one line
    for row in score_rows(report):
        if row is None:
            cols, reason, split = None, None, False
            continue
        texts = [u.text[a:b] for u, a, b in row]
        names = [_bare(t) for t in texts] if _HEADER_WORD.search(no_blanks("|".join(texts))) else []
        if any(_HEADER_WORD.search(n) for n in names):  # (a row with no header word anywhere needs no names)
            joined = "|".join(names)
            split = split or (bool(_SPLIT_HEAD.search(joined)) and all(p in names for p in _SPLIT_PARTS)
                              and _REASON_HEAD.search(joined) is not None)
            if not any(_points(t) for t in texts):
                cols, parts = _heads(names), _parts(names)
                reason = next((k for k, n in enumerate(names) if _REASON_HEAD.search(n)), None)
                continue
        if split:  # the header's cells do not line up with the rows': each row is read from its comparator
            if (found := _split_row(report, row, texts)) is not None:
                out.append(found)
        elif cols is not None and max(cols) < len(row) and reason is not None:
            t, a, w, sc = cols
            target, actual = _whole(texts, t, a, parts)
            if _deducted(texts, a, w, sc) and _blank(texts, reason) and met(target, actual):
                out.append(_finding(report, row, cols, target, actual))
    return out + _field_lines(report)


# a form written as 标签：值 lines, one indicator's fields in a run (三级指标：… / 年度指标值：≥500人次 / …)
_FIELD = re.compile(r"^[ \t\u3000]*([^：:|\t]{2,16}?)[ \t\u3000]*[：:][ \t\u3000]*(.*?)[ \t\u3000]*$")
_ROLES = (("target", _TARGET_HEADS), ("actual", _ACTUAL_HEADS), ("weight", ("分值", "权重")), ("score", ("得分",)))


def _role(label: str) -> str | None:
    name = _bare(label)
    if _REASON_HEAD.search(name):
        return "reason"
    return next((role for role, heads in _ROLES if name in heads), None)


def _field_lines(report: Report) -> list[Finding]:
    """An indicator's fields as 标签：值 lines: each run of such lines holding a target, an actual, a
    weight, a score and a reason field once each is read as one row (a field said again opens the next)."""
    if not any("得分：" in t or "得分:" in t for t in report.texts()):
        return []  # no score field line: no such run
    out: list[Finding] = []
    record: dict[str, tuple[TextUnit, int, int]] = {}
    for unit in report.units():
        if unit.kind != "paragraph" or ("：" not in unit.text and ":" not in unit.text):
            out += _record(report, record)
            record = {}
            continue
        pos = 0
        for line in unit.text.split("\n"):
            m = _FIELD.match(line)
            role = _role(m.group(1)) if m else None
            if m is None or role is None or role in record:
                out += _record(report, record)
                record = {}
            if m is not None and role is not None:
                record[role] = (unit, pos + m.start(2), pos + m.end(2))
            pos += len(line) + 1
    return out + _record(report, record)


def _record(report: Report, record: dict[str, tuple[TextUnit, int, int]]) -> list[Finding]:
    if len(record) < 5:
        return []
    row = [record[k] for k in ("target", "actual", "weight", "score", "reason")]
    texts = [u.text[a:b] for u, a, b in row]
    if not _deducted(texts, 1, 2, 3) or not _blank(texts, 4) or not met(texts[0], texts[1]):
        return []
    return [_finding(report, row, (0, 1, 2, 3), texts[0], texts[1])]
