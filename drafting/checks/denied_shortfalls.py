"""Indicators whose actual falls short of the target while the report says nothing fell short:
第三，发放燃油补贴人次数年初指标值为不低于180人，全年实际完成值164人 beside 该资金项目已按照计划完成目标;
家长满意度年初目标值≥95%，实际完成值94.60% under 3.未完成的绩效目标(无).

Why: the figures of each indicator are edited row by row, while the sentence that sums the year up
(已按照计划完成目标) and the sections on targets not met and on problems (无) are copied from last year or
the template. The figures then contradict the report's own word, and a reviewer sends it back to state
the miss and its reason.

Precision first. An indicator is read where its target and actual stand side by side: a sentence of
the shape …(年初)指标值/目标值为≥95%，(全年)实际完成值94.60%, or a row of the 绩效指标 table (its target and
actual cells); or a goal line (绩效目标：…资金完成173万元) whose words before its one figure stand again, in a
later paragraph, right before the result (…资金完成61.99万元). It falls short only read with its target's
direction (≥/不低于/以上 a floor, ≤/不高于/以内 a ceiling; a target with neither says nothing here, but a goal
line's is a floor: what is to be done), one figure each, the same unit and scale, beyond the actual's
rounding (the target is a standard, exact as written); a qualitative target (达标, 有效) is no figure, and a
direction its name contradicts (投诉率≥5%) is the direction's slip, not a shortfall. The report says nothing
fell short in its prose (never a table's cell, which speaks of its row): its section on targets not met says
无 (未完成的绩效目标(无), 无未完成的目标), its section on problems is only 无 (存在的问题和建议 无), or a sentence
with no figure of its own claims the targets met with no item named (该资金项目已按照计划完成目标, 各项绩效目标
均已完成; not 培训人次达到预期目标, which speaks of one item, nor 确保完成目标). A reason or an admission
anywhere silences it: the row's own reason cell, a reason in the indicator's own sentence (因, 由于, 受…影响),
or any sentence of the report that says something was not met (未完成, 未达到, 未能, 尚未, 差距). All the rows
that fall short are one finding, at the first one's actual, the report's word and the others related.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.extract import MentionKind, Qualifier, extract
from ..numbers.sentences import has_figure, split_sentences
from ..numbers.textnorm import fold_width, no_blanks
from ..report import Location, Report, Table, TextUnit
from .arithmetic.scores import check_missed_full_score, compared
from .blanket_claims import check_blanket_claims
from .indicator_rows import IndicatorRow, find_indicator_rows

__all__ = ["check_denied_shortfalls"]


@dataclass(frozen=True)
class _Short:
    """An indicator that falls short: its name as written, its target and actual texts, the actual's place."""
    name: str
    target: str
    actual: str
    at: Location


# -- the indicators told in sentences: …年初指标值为不低于180人，全年实际完成值164人 ------------------------

_STATEMENT = re.compile(r"(?:年初|年度|全年|预期)?(?:绩效)?(?:指标值|目标值)(?:为|是|[:：])?\s*(?P<t>[^，,；;。：:]{1,16}?)\s*[，,]\s*"
                        r"(?:全年|年度|年末)?(?:实际完成值|实际完成|实际值|完成值|实际达到值?)(?:为|是|达到|[:：])?\s*"
                        r"(?P<a>[^，,；;。：:]{1,16})")
# a reason said with or after the actual in its own sentence or cell: 因疫情影响…, 主要原因是…
_REASON = re.compile(r"因|由于|原因|受[^，,。；;]{0,12}影响|导致|主要是")
# a target or an actual for another span than the year (累计, 三年, 截至6月, 上半年) or per head: not one year's pair
_OTHER_SPAN = re.compile(r"累计|[两二三四五]年|规划期|截至|截止|上半年|季度|每|人均|户均|/")
_NAME_CUT = re.compile(r".*(?:[，,；;：:]|第[一二三四五六七八九十]+[，,、]?|[一二三四五六七八九十\d]+[、．.])")


_CEILING = re.compile(r"不超过|不高于|不大于|以内|以下|控制在|[≤<＜]")
# a target's direction that its name contradicts (投诉率≥5%, 满意度≤90%): the direction is the slip
# (``directions`` tells it), not the figure
_WORSE_HIGHER = re.compile(r"投诉|事故|发生率|差错|违规|违法|超标|不合格|逾期|伤亡|死亡|损失|上访|案件")
_BETTER_HIGHER = re.compile(r"满意|合格率|达标率|完成率|覆盖率|及时率|知晓率|到位率|执行率|验收通过率")


def _against_name(name: str, target: str) -> bool:
    ceiling = bool(_CEILING.search(fold_width(target)))
    return bool(_BETTER_HIGHER.search(name)) if ceiling else bool(_WORSE_HIGHER.search(name))


def _shortfall(target: str, actual: str) -> bool:
    """The actual misses a floor (≥, 不低于, 以上) or a ceiling (≤, 以内) beyond its own rounding (half a step of
    its last digit: 94.60% may be 94.604%); the target is a standard set, exact as written (≥95% is 95).
    A target with no direction, or with both, says nothing here."""
    pair = compared(fold_width(target), fold_width(actual))
    if pair is None:
        return False
    t, a, floor, ceiling = pair
    if floor == ceiling:
        return False
    slack = Decimal("0.5").scaleb(-a.places)
    return a.value + slack < t.value if floor else a.value - slack > t.value


def _sentence_shorts(report: Report) -> Iterator[_Short]:
    """Each indicator told in a sentence that falls short, unless the sentence gives a reason after it."""
    for unit in report.units():
        if "值" not in unit.text:
            continue
        for s in split_sentences(unit.text):
            for m in _STATEMENT.finditer(s.text):
                name = _NAME_CUT.sub("", s.text[:m.start()].rstrip("，,：: ")).strip()
                if not _shortfall(m["t"], m["a"]) or _REASON.search(s.text, m.start("a")) or _against_name(name, m["t"]) \
                        or _OTHER_SPAN.search(s.text[:m.end()]):
                    continue
                yield _Short(name, m["t"].strip(), m["a"].strip(), unit.at(s.start + m.start("a"), s.start + m.end("a")))


# -- a goal and its result told apart: 绩效目标：…资金完成173万元 and, later, 1.…资金完成61.99万元 ------------------

_GOAL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、．.]?)?\s*(?:项目|年度|总体|部门|整体)?绩效目标\s*[:：]\s*")
_RUN = re.compile(r"[\u4e00-\u9fff]{6,}$")  # the words right before a figure: what it counts
# a goal for more than the year, per head, or one that is better lower (成本, 投诉 …): not read
_NOT_READ = re.compile(r"累计|[两二三四五]年|规划期|每|人均|户均|平均|/|成本|费用|单价|投诉|事故|发生率|下降|降低|减少|压减")


def _goal_shorts(report: Report) -> Iterator[_Short]:
    """A goal line (绩效目标：…) with one figure, the six characters or more before it naming what it counts;
    a later paragraph where the same words stand right before a figure of the same unit: that is the result.
    The goal is a floor unless it says a ceiling (不超过, 以内): what is to be done is done at least so much."""
    units = [u for u in report.units() if u.kind != "cell"]
    for k, unit in enumerate(units):
        goal = _GOAL.match(unit.text)
        if goal is None or _NOT_READ.search(unit.text):
            continue
        body = unit.text[goal.end():]
        figures = [m for m in extract(body) if m.is_claim and m.kind is not MentionKind.NUMBER]
        run = _RUN.search(body[:figures[0].start]) if len(figures) == 1 else None
        if run is None or figures[0].qualifier is not Qualifier.EXACT:
            continue
        target = ("≤" if _CEILING.search(body) else "≥") + figures[0].text
        for later in units[k + 1:]:
            at = later.text.find(run.group(0))
            result = at >= 0 and next((m for m in extract(later.text[at + len(run.group(0)):])
                                       if m.start == 0 and m.is_claim), None)
            if result and not _GOAL.match(later.text) and _shortfall(target, result.text):
                start = at + len(run.group(0))
                yield _Short(run.group(0), target.lstrip("≥"), result.text, later.at(start, start + result.end))
                break


# -- the indicators of the table ------------------------------------------------------------------------

# a reason cell that gives none
_NO_REASON = re.compile(r"^(?:无|/|／|—+|-+|－+|\\|\d+(?:\.\d+)?分?|[%％])?$")


def _rest_of_row(report: Report, row: IndicatorRow) -> str:
    """The row's text after its actual: a Word table's later cells, or a text row's line after the actual."""
    assert row.evidence is not None
    loc = row.evidence.location
    block = report.blocks[loc.block]
    if isinstance(block, Table) and loc.row is not None and loc.col is not None:
        return "|".join(cell.text for cell in block.rows[loc.row][loc.col + 1:])
    text = report.text_of(loc)
    end = text.find("\n", loc.end)
    return text[loc.end:end if end >= 0 else len(text)]


def _reasoned(rest: str) -> bool:
    """Anything said after the actual but its score and blanks is the row's reason (or its remark)."""
    return any(not _NO_REASON.match(cell) for cell in (no_blanks(c) for c in re.split(r"[|\t]", rest)) if cell) \
        and bool(re.search(r"[\u4e00-\u9fff]", rest))


def _table_shorts(report: Report) -> Iterator[_Short]:
    """Each row of the indicator table that falls short, unless its row says anything after the actual."""
    for row in find_indicator_rows(report):
        if row.target is None or row.evidence is None or not _shortfall(row.target.quote, row.evidence.quote) \
                or _against_name(row.name_text, row.target.quote) or _REASON.search(row.evidence.quote) \
                or _OTHER_SPAN.search(row.target.quote + row.evidence.quote):
            continue
        if _reasoned(_rest_of_row(report, row)):
            continue
        yield _Short(no_blanks(row.name_text), row.target.quote.strip(), row.evidence.quote.strip(), row.evidence.location)


# -- what the report says: nothing fell short --------------------------------------------------------------

_UNMET = r"未(?:完成|达到|实现|达成)(?:的)?(?:绩效)?(?:目标|指标)(?:任务)?"
# the section on targets not met, answered 无 on its own line: 3.未完成的绩效目标(无), 未完成的绩效目标：无
_UNMET_NONE = re.compile(rf"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、．.]?)?\s*{_UNMET}(?:及(?:其)?原因|情况)?(?:分析)?"
                         r"\s*(?:[:：]\s*)?(?:[（(]\s*无\s*[)）]|无)?\s*[。.]?\s*$")
_NONE_LINE = re.compile(r"^\s*[（(]?\s*无\s*[)）]?\s*[。.]?\s*$")
_NO_UNMET = re.compile(rf"(?:无|没有|不存在){_UNMET}")
# the section on problems answered 无, inline in a run-on paragraph too: 五、存在的问题和建议 无
_NO_PROBLEMS = re.compile(r"(?:^|(?<=[\s。]))(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*存在(?:的)?(?:主要)?问题"
                          r"(?:(?:和|及|与)(?:原因|建议|改进措施|整改措施|不足))*\s*[:：]?\s*(?:[（(]\s*无\s*[)）]|无)\s*[。.]?\s*$")
# a claim that the targets were met, naming no item; what its clause may hold besides the claim
_ALL_MET = re.compile(r"(?<![未没不])(?:(?:已|均已|均|全部|全面|圆满|顺利|按(?:照)?计划)+完成(?:了)?"
                      r"(?:年初|年度|全年|既定|预期|设定|确定|各项|全部|的|绩效)*(?:目标|指标)(?:任务)?"
                      r"|(?:各项|全部|所有)?(?:绩效)?(?:目标|指标)(?:任务)?(?:均已|均|全部|已)(?:顺利|圆满|全面)?(?:完成|实现|达到|达成|达标))"
                      r"(?!情况|率|值|进度|程度|的|要求)")
_GENERIC = re.compile(r"该|本|此|我[局委办院]?|单位|部门|项目|资金|专项|总体|整体|对照|按照|已|均|全部|各项|年度|全年|本年|今年|"
                      r"\d{4}年度?|绩效|目标|指标|任务|工作|经|自评|评价|通过|实施|顺利|圆满|全面|的|了|[\s、]")
_ADMITS = re.compile(r"未能|未完成|未达到|未达标|未实现|未全部|没有完成|没有达到|尚未|差距|略低于|低于(?:目标|预期|指标|年初|计划)")


def _denial(report: Report) -> tuple[TextUnit, int, int] | None:
    """Where the report says that nothing fell short (the first place), or None."""
    units = [u for u in report.units() if u.kind != "cell" and "|" not in u.text and "\t" not in u.text]
    for k, unit in enumerate(units):
        text = unit.text
        if "未" in text and _UNMET_NONE.match(text) and (
                "无" in text or (k + 1 < len(units) and _NONE_LINE.match(units[k + 1].text))):
            lead = len(text) - len(text.lstrip())
            return unit, lead, len(text.rstrip())
        if (m := _NO_UNMET.search(text) or _NO_PROBLEMS.search(text)) is not None:
            return unit, m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()
        for s in split_sentences(text):
            if "完成" not in s.text and "目标" not in s.text:
                continue
            for m in _ALL_MET.finditer(s.text):
                opens = max(s.text.rfind(p, 0, m.start()) for p in "，,；;：:") + 1
                if not _GENERIC.sub("", s.text[opens:m.start()]) and not has_figure(s.text):
                    return unit, s.start + m.start(), s.start + m.end()
    return None


def _admitted(report: Report, denial: tuple[TextUnit, int, int]) -> bool:
    """Whether any sentence but the denial says something was not met."""
    for unit in report.units():
        text = unit.text if unit is not denial[0] else unit.text[:denial[1]] + unit.text[denial[2]:]
        if _ADMITS.search(_NO_UNMET.sub("", _UNMET_NONE.sub("", text))):
            return True
    return False


def _untold(report: Report, shorts: list[_Short]) -> list[_Short]:
    """The shorts a scored form's row check has not told already (``scores.check_missed_full_score``: full
    marks for a miss, a miss marked down with its 偏差原因 blank or saying it was met)."""
    told = {(p.location.block, p.location.row, p.location.col, p.location.start)
            for f in check_missed_full_score(report) for p in (f.location, *f.related)}
    return [s for s in shorts if (s.at.block, s.at.row, s.at.col, s.at.start) not in told]


def check_denied_shortfalls(report: Report) -> list[Finding]:
    """One finding for the indicators that fall short where the report says nothing did: at the first
    one's actual (the figure that contradicts the word), the report's word and the other actuals related.
    A claim over every indicator that ``blanket_claims`` already tells against the table is left to it, and
    a row a scored form's check already tells (``_untold``) too."""
    shorts = [*_sentence_shorts(report), *_table_shorts(report), *_goal_shorts(report)]
    if not shorts:
        return []
    denial = _denial(report)
    if denial is None or _admitted(report, denial) or check_blanket_claims(report):
        return []
    shorts = _untold(report, shorts)
    if not shorts:
        return []
    unit, start, end = denial
    said = unit.text[start:end].strip()
    listed = "；".join(f"{s.name or '指标'}：目标{s.target}，实际{s.actual}" for s in shorts)
    return [Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"{len(shorts)}项指标未达到目标值（{listed}），报告却称“{said}”，没有说明偏差及原因",
        location=FindingLocation.of(report, shorts[0].at),
        related=[FindingLocation.of(report, unit.at(start, end)), *(FindingLocation.of(report, s.at) for s in shorts[1:])],
        evidence="按指标值的方向（≥/不低于为下限，≤/不高于为上限）比较，实际完成值未达到；报告中没有说明偏差及其原因",
        suggestion="如实写明未完成的指标及偏差原因、改进措施；如实际完成值有误，予以更正",
        rule="claims.shortfall_denied")]
