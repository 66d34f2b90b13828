"""The report's own self-score stated twice with two values (``score_twice``): 经自评，本部门整体支出绩效自评
得分为96分 in the narrative, and 95 in the score form's 总分 row — or 综合得分92分 in the overview and 94分
in the conclusion. One of them is wrong.

Part of the arithmetic check (see ``tables``). Precision first: a statement counts only where its clause
names nothing but the report's own subject (经自评，本部门… / 本项目… / 综合得分…); a clause naming
another unit or project (甲项目自评得分88分), the previous year's (上年) or a part (产出指标得分) is not the
report's score; nor is a score in a sentence that gives another evaluator's (复评, 重点评价, 第三方, 县财政局
…) or a stage of it (扣减2分后, 调整后), or one after a part's full marks (产出指标满分40分，自评得分36分). A 项目 named in a department's report is one of its projects, never the whole. The
form's total is read only when the report holds a single scored form with a 总分 row.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, FindingLocation, Kind, Severity
from ...numbers.textnorm import fold_width, no_blanks
from ...quantities import format_decimal
from ...report import Report
from ..dates import infer_year
from .restated import agree
from .scores import _TOTAL_ROW, Scored, _at, scored_form_rows

__all__ = ["check_score_twice"]

# a bare 总分 only as a line of its own (总分：95分 under the form): in a sentence it may be the full marks; a
# score before 以上/以下 (the grading standard's 得分90分（含）以上为优) is a threshold, no score
_OWN = re.compile(r"(?:自评总?得分|自评总?分|综合(?:评价)?得分|评价总?得分|总得分|自评结果"
                  r"|^\s*总分(?=\s*(?:为|是|:|：)\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[。.]?\s*$))(?:为|是|:|：)?\s*"
                  r"(\d{1,3}(?:\.\d{1,2})?)(?![\d.])\s*分(?![（(]?含?[）)]?(?:以上|以下|及以上|及以下)|左右|至|到|-)", re.M)
# what the clause before the score may say, and nothing else: the report's own subject
_SUBJECT = re.compile(r"^(?:经(?:综合)?(?:自评|评价|评定|打分)(?:小组)?(?:评定|评价)?)?(?:\d{4}年度?)?(?:本|我)?"
                      r"(?:部门|单位|局|项目|部门整体支出|整体支出)?(?:绩效)?(?:的)?(?:最终|最后)?$")
_OTHER_TIME = re.compile(r"上年|去年|上一年|往年|以前|历年|前年|同比|(?:较|比)(?:\d{4}|上|去|前)")
# another evaluator's score, or the self-score at another stage: the sentence names them
_ANOTHER = re.compile(r"复评|复核|复审|复查|第三方|专家|重点评价|再评价|抽查|审计|财政(?:局|部门|厅|所)|扣减|扣除|扣分|调整")
_PART_MARKS = re.compile(r"满分|分值|权重")  # before the score: a part's full marks (产出指标满分40分，自评得分36分)
_ASIDE = re.compile(r"《[^》]*》|[（(][^）)]*[）)]|〔[^〕]*〕")
_CLAUSE = re.compile(r"[，,。；;：:！!？?\n]")
# a numbered item's name opening the sentence, then its clause mark: 1、项目投入情况, / （二）产出指标：
_ITEM_NAMED = re.compile(r"\s*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*"
                         r"([\u4e00-\u9fff]{2,20})[，,：:]")
Statement = tuple[Decimal, FindingLocation, str]  # the score, where, how it is written


def _prose(report: Report, project: bool) -> list[Statement]:
    out: list[Statement] = []
    own_year: set[str] | None = None  # the report's year (``infer_year``), read when a score names one
    heading = ""
    for unit in report.units():
        heading = unit.text if unit.kind == "heading" else heading
        if unit.kind == "cell" or "分" not in unit.text or _OTHER_TIME.search(heading):
            continue  # (under 二、上年评价情况 a score is last year's)
        text = fold_width(unit.text)
        for m in _OWN.finditer(text):
            start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
            before = no_blanks(text[start : m.start()])
            opens = text.rfind("。", 0, m.start()) + 1  # where the score's sentence opens
            sentence = text[opens : (text.find("。", m.end()) + 1 or len(text))]
            head = text[:m.start()]
            if head.count("(") > head.count(")"):
                continue  # an item's score in a bracket after its name (一、投入(20分,自评得分18分)): not the report's
            if (item := _ITEM_NAMED.match(text, opens)) and item.end() <= m.start() \
                    and not _SUBJECT.match(no_blanks(item.group(1))):
                continue  # a numbered item's own score after its name (1、项目投入情况,自评得分18分)
            if not _SUBJECT.match(before) or _OTHER_TIME.search(sentence) or ("项目" in before and not project) \
                    or _ANOTHER.search(sentence) or _PART_MARKS.search(text[opens : m.start()]):
                continue
            told = _ASIDE.sub("", sentence)  # a document's number or title names its own year (〔2019〕140号)
            years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", told))
            if years and own_year is None:
                titled = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", report.title() or "")
                own_year = set(titled[:1]) or {str(infer_year(report))}
            if years and not years <= (own_year or set()):
                continue  # 2024年度综合得分90分: another year's score (or a year the title does not name)
            out.append((Decimal(m.group(1)), FindingLocation.of(report, unit.at(m.start(1), m.end(1))), m.group(1)))
    return out


def _form_total(report: Report) -> list[Statement]:
    """The 总分 row's score of the one scored form, if the report holds exactly one."""
    totals: list[Statement] = []
    open_ = False  # under a header whose 总分 row is not read yet
    for line in scored_form_rows(report):
        if line.opens or not open_ or not _TOTAL_ROW.match(line.label):
            open_ = open_ or line.opens
            continue
        open_ = False
        if line.weight is not None and line.weight != 100:
            continue  # the form's total of 90 points: the indicators only, the budget's 10 scored apart
        if line.score is not None:
            totals.append((line.score, _at(report, line.row[line.cols[1]]), line.texts[line.cols[1]].strip()))
    return totals if len(totals) == 1 else []


def _project_report(report: Report) -> bool:
    title = report.title() or ""
    return "项目" in title and "部门整体" not in title


def _step(s: Statement) -> Decimal:
    return Decimal(1).scaleb(-len(s[2].partition(".")[2]))


def _agree(a: Statement, b: Statement) -> bool:
    return agree(a[0], _step(a), b[0], _step(b))


def check_score_twice(report: Report) -> list[Finding]:
    form = _form_total(report)
    stated = sorted(_prose(report, _project_report(report)) + form,
                    key=lambda s: (s[1].location.block, s[1].location.row or 0, s[1].location.start))
    if len({s[0] for s in stated}) > 2 or not stated:
        return []  # three values and more: a list of scores, not one stated twice
    first = stated[0]
    other = next((s for s in stated if not _agree(s, first)), None)
    if other is None:
        return [] if form else _against_rows(report, stated)  # one value throughout (98.4 and 98 agree)
    same = [s for s in stated if _agree(s, first)]
    return [Finding(
        kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
        message=f"自评得分前后不一致：此处为{other[2]}分，另一处为{first[2]}分",
        location=other[1], related=[s[1] for s in same],
        evidence=f"报告的自评得分在{len(stated)}处写出，分别为"
                 + "、".join(f"{s[2]}分" for s in stated) + "；同一份报告的自评得分只有一个",
        suggestion="核对评分表的总分与正文所述得分，统一为正确的一个",
        rule="score_twice")]



def _form_rows(report: Report) -> list[list[Scored]]:
    """The scored rows of each form with no 总分 row: every row under a 分值/得分 header that gives both."""
    forms: list[list[Scored]] = []
    open_ = False
    for line in scored_form_rows(report):
        if line.opens:
            forms.append([])
            open_ = True
        elif not open_:
            continue
        elif _TOTAL_ROW.match(line.label) or (line.weight is not None and line.score is None):
            forms.pop()  # its 总分 row (``_form_total`` reads it), or a weighted row left unscored
            open_ = False
        elif line.weight is not None and line.score is not None:
            forms[-1].append((line.weight, line.score, line.row[line.cols[1]]))
    return forms


def _against_rows(report: Report, stated: list[Statement]) -> list[Finding]:
    """The report's score, said alike wherever it is said, against the sum of the one scored form's
    rows when the form has no 总分 row and its weights add up to 100 (every indicator counted)."""
    forms = [rows for rows in _form_rows(report) if rows]
    if len(forms) != 1 or len(forms[0]) < 2 or sum(r[0] for r in forms[0]) != 100:
        return []
    rows = forms[0]
    total = sum((r[1] for r in rows), Decimal(0))
    places = max(len(str(r[1]).partition(".")[2]) for r in rows)
    if all(agree(s[0], _step(s), total, Decimal(1).scaleb(-places)) for s in stated):
        return []
    first = stated[0]
    shown = format_decimal(total, places)
    return [Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"自评得分写作{first[2]}分，而评分表各项得分之和为{shown}分",
        location=first[1], related=[s[1] for s in stated[1:]] + [_at(report, r[2]) for r in rows],
        evidence=f"评分表{len(rows)}项的分值之和为100，没有总分行；各项得分之和为{shown}分",
        suggestion=f"核对评分表各项得分与所述自评得分；按各项得分，自评得分应为{shown}分",
        rule="score_sum_stated")]
