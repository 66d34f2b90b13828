"""Claims without support, and indicator rows that cannot be scored.

Why: reviewers discount "圆满完成" or "成效显著" that no figure or indicator backs, "满意度100%"
with no survey behind it, indicators with no target, and evidence that talks about something else.
The rules are conservative: a claim is supported by any figure in its sentence or the sentences
next to it (for a heading: by any figure in its section), and goals ("积极推进…全覆盖") are not
claims, nor what a paragraph that states the project's purpose (目的是…) says it is to achieve. Strong-claim findings are warnings: the reviewer decides. A 100% satisfaction is read in a
sentence, and in an indicator table's row whose name says 满意度/满意率 and whose two percentage cells,
target and actual, end in 100% (one alone may be a target; a third may be a 完成率); either only where the
report names no survey anywhere (问卷, 调查, 测评, 样本, 回收, 抽样, 评议), nor a way of asking (回访, 走访, 访谈,
入户, 电话, 座谈) in the claim's paragraph or the next.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import Sentence, has_figure, split_sentences
from ..numbers.textnorm import fold_width, no_blanks
from ..report import Location, Report, TextUnit
from .claim_words import CLAIM as _CLAIM
from .claim_words import CRITERION as _CRITERION
from .claim_words import GOAL_HEADING as _GOAL_HEADING
from .claim_words import INTENT as _INTENT
from .claim_words import PLAN_HEADING as _PLAN_HEADING
from .claim_words import backed_in_sentence, clause, figured, not_a_result, states_targets
from .economic_classes import misfiled_economic
from .indicator_actuals import repeated_bounds
from .indicator_ceilings import output_ceilings
from .indicator_classes import counts_as_costs, misfiled, misfiled_costs
from .indicator_lines import spaced_runs
from .indicator_rows import BARE_VALUE, IndicatorRow, find_indicator_rows
from .indicator_targets import target_findings
from .indicator_unvalued import scored_without_values
from .money_outputs import money_as_output
from .run_in_sections import OVERVIEW as _OVERVIEW
from .run_in_sections import RESULTS_HEADING as _RESULTS_HEADING
from .unnumbered_counts import unnumbered_counts

if TYPE_CHECKING:  # named in annotations only: a review without data never loads the data model
    from ..department import DepartmentData, Indicator

__all__ = ["check_claims", "find_indicator_rows"]

_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+[、．.]")
# A section listing the unit's duties: "实现…全覆盖" there is what the unit is charged with, not a result.
_DUTY_HEADING = re.compile(r"职(?<!履职)[能责](?![^，。]{0,4}(?:履行|履职|完成|落实|成效|效果|情况))")

# A paragraph that opens a list of duties in its own words (主要职责是：1、…；单位主要职能有：…；履行下列职责：):
# what follows is what the unit is charged with, as under a duties heading (职能科室： names offices, no duties)
_DUTY_LEAD = re.compile(r"(?:职责|职能)(?:主要)?(?:是|有|为|包括|如下)?\s*[:：]")
# A report's overview and the results headings that end it: ``run_in_sections`` (a flattened report's too)
_RESULT = re.compile(r"全年|本年|当年|今年|年度|\d{4}年|已|得到|取得|获得|荣获|好评")
# A paragraph that states the project's purpose (开展…项目,目的是通过…): what it says after that, 通过项目实施,
# 基本实现…全覆盖, is what the project is for, as a duty or a target is, unless it tells a year's result
_PURPOSE = re.compile(r"目的是|目的在于|旨在")
# an actual cell that is a change and its figure (提升10%, 下降5%): a value as much as ≥90%, no text to be off topic
_BOUND = re.compile(r"(?:及|或)?以[上下]$")  # a figure with its bound (88.32%及以上): a value, whatever else is wrong with it
_CHANGE_VALUE = re.compile(r"^(?:提升|提高|增长|增加|上升|下降|降低|减少)\d[\d,，.]*(?:[%％‰]|[\u4e00-\u9fa5]{0,2})$")
_SECTION_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])")
_NEGATED = re.compile(r"[不未没无]$|尚未$|没有$")
_SATISFACTION_100 = re.compile(r"满意(?:度|率)[^，。；\d]{0,6}?(?:达到|为|达|是)?\s*100(?:\.0+)?\s*[%％]")
# (the forms handed out and taken back say a survey too: 发放查档服务评价表860份，收回860份; a count
# may be written with thousands separators: 收回评价意见3,862份)
# (every branch opens with a character, which ``re`` skips to in C: a group opening one had it try
# every branch at every character of the report)
_SURVEY = re.compile(r"问卷|调查|测评|样本|回收|抽样|评议|服务评价表|满意度?评价表|意见征询表|"
                     r"收回[^，,。；;\d]{0,6}\d+(?:[,，]\d{3})*\s*份")
# how the people were asked, said beside the figure (回访 elsewhere may be a job follow-up: 跟踪回访率)
_ASKED = re.compile(r"回访|走访|访谈|入户|电话|座谈")
# the proposers of 建议/提案/议案 rating how theirs were handled (代表满意和基本满意率100%, 委员对办理结果的满意率):
# each proposer answers on his own reply slip (征询意见表), a count of every proposer, not a sample asked
_PROPOSED = re.compile(r"建议|提案|议案")
_BY_PROPOSERS = re.compile(r"(?:代表|委员|提案人)[^，,。；;]{0,10}$")
_HEADING_LIKE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])")


def check_claims(report: Report, data: DepartmentData | None = None, stock_claims: bool = False) -> list[Finding]:
    """Satisfaction 100% without a survey, indicator rows without a target, with evidence off the point or filed
    under the wrong class; with ``data``, missed targets without a reason; with ``stock_claims``, a strong claim
    (成效明显) with no figure near it too — style, not a defect (issue 9; ``ReviewOptions.stock_claims``)."""
    rows = find_indicator_rows(report)  # read once for the rows' own findings and the claims in their targets
    if states_targets(report.plain_text()):
        findings = []
    else:
        targets = [t.location for row in rows if (t := row.target) is not None]
        findings = (_strong_claims(report, data, targets) if stock_claims else []) + _satisfaction(report)
    findings += _indicator_rows(report, rows) + output_ceilings(report)
    if data is not None:
        findings += _missed_without_reason(report, data.indicators)
    return findings


# -- strong claims -------------------------------------------------------------------------------

def _is_heading_like(unit: TextUnit, report: Report) -> bool:
    flat = unit.text.strip()
    return report.blocks[unit.location.block].kind == "heading" or (
        len(flat) <= 40 and "。" not in flat[:-1] and bool(_HEADING_LIKE.match(flat)))


def _section_after(units: list[TextUnit], k: int, report: Report) -> list[TextUnit]:
    """The units after a heading up to the next heading-like unit."""
    out = []
    for u in units[k + 1 :]:
        if _is_heading_like(u, report):
            break
        out.append(u)
        if len(out) >= 12:
            break
    return out


def _indicator_support(claim_text: str, data: DepartmentData | None) -> bool:
    if data is None:
        return False
    # the sentence must name the indicator: share a run of 4 characters with its name
    for ind in data.indicators:
        name = re.sub(r"[^\u4e00-\u9fa5]+", "|", ind.name)
        grams = {name[i : i + 4] for i in range(max(len(name) - 3, 0))}
        if ind.actual and any("|" not in g and g in claim_text for g in grams):
            return True
    return False


def _strong_claims(report: Report, data: DepartmentData | None, targets: list[Location]) -> list[Finding]:
    """Strong claims with nothing behind them (none in an indicator's target cell: ``_in_target``)."""
    units = list(report.units())
    cells = _row_cells(report)
    out: list[Finding] = []
    in_plan = in_duties = in_overview = False
    goals = _goal_units(report, units)  # the sections of the targets set: what is aimed at, not done
    for k, unit in enumerate(units):
        sentences = split_sentences(unit.text)
        heading = _is_heading_like(unit, report)
        if heading:  # a top-level heading opens a new section; a sub-heading stays inside its own
            block_heading = report.blocks[unit.location.block].kind == "heading"
            top = block_heading or bool(_TOP_HEADING.match(unit.text))
            in_plan = bool(_PLAN_HEADING.search(unit.text)) or (in_plan and not top)
            in_overview = bool(top and _OVERVIEW.search(unit.text)) or (
                in_overview and not top and not _RESULTS_HEADING.search(unit.text))
            if _DUTY_HEADING.search(unit.text):
                in_duties = True
            elif block_heading or _SECTION_HEADING.match(unit.text):
                in_duties = False  # a numbered duty (4.负责…。) is no heading of another section
        if in_plan or in_overview:
            continue
        lead = _DUTY_LEAD.search(unit.text)
        for i, s in enumerate(sentences):
            duties_here = in_duties or (lead is not None and s.start >= lead.start())
            if (duties_here or id(unit) in goals or _PURPOSE.search(unit.text, 0, s.start)) and not _RESULT.search(s.text):
                continue  # a duty, a target or an aim (负责…，实现…全覆盖), not a year's result told in its section
            for m in _CLAIM.finditer(s.text):
                if len(unit.text.strip(" \t\u3000。.|")) <= len(m.group(0)) + 2 or _alone_in_cell(s.text, m) \
                        or _in_target(targets, unit, s.start + m.start(), s.start + m.end()) \
                        or _in_row_cell(cells, unit, s.start + m.start(), s.start + m.end()) or _FIELD_VALUE.match(s.text[:m.start()]):
                    break  # "明显改善" alone in a cell or a flattened form's line: an indicator's value
                # a 、 list is one clause: 推进对公共资金、国有资产…的审计全覆盖 is an aim all along
                clause_start = max(s.text.rfind(p, 0, m.start()) for p in "，,；：") + 1
                before = s.text[clause_start : m.start()]
                if _INTENT.search(before) or _NEGATED.search(before) or not_a_result(s.text, m, unit.text, s.start):
                    continue
                if _ATTRIBUTE.match(s.text, m.end()) and _CRITERION.search(clause(s.text, m.start(), "，,；;：:")):
                    continue
                if _supported(sentences, i, s) or _indicator_support(s.text, data) or backed_in_sentence(s.text, m):
                    continue
                if i == 0 and _HEADING_LIKE.match(unit.text) and any(has_figure(t.text) for t in sentences[1:]):
                    continue  # 1、圆满完成…目标。then the item's figures: the claim heads its own numbered item
                if heading and any(has_figure(u.text) for u in _section_after(units, k, report)):
                    continue
                if not heading and i == len(sentences) - 1 and k + 1 < len(units) \
                        and _elaborated_by(s, units[k + 1], unit):
                    continue
                if k + 1 == len(units) and i == len(sentences) - 1 and not re.search(r"[。！？!?；;]\s*$", unit.text):
                    continue  # the text stops mid-sentence (an excerpt): what supports the claim may follow
                where = "所在章节" if heading else "本句及对其展开说明的下一句"
                out.append(Finding(  # a stock phrase is style, not an error: info at most (issue 9)
                    kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.INFO,
                    message=f"“{m.group(0)}”是定性结论，但{where}没有数据或指标支撑",
                    location=FindingLocation.of(report, unit.at(s.start + m.start(), s.start + m.end())),
                    evidence=f"在{where}中查找数字（带单位的数量、金额、比例）" + ("及绩效指标" if data else "") + "，未找到",
                    suggestion="补充支撑该结论的具体数据或指标完成值，或改用客观表述",
                    rule="claims.strong_claim"))
                break  # one finding per sentence: the reviewer rewrites the sentence once
    return out


# the claim word describes a noun, alone or among other attributes (效益明显、资产优良、经济效益稳定的企业):
# its clause then runs over the 、 that join the attributes
_ATTRIBUTE = re.compile(r"(?:、[^，,；;。、]{1,12})*的")


Cells = dict[tuple[int, int | None, int | None, int], list[tuple[int, int]]]
# a form's field line, its value the claim: 实际完成值：明显改善 (the label a target's or an actual's column)
_FIELD_VALUE = re.compile(r"^\s*[^，。；：:]{0,8}(?:指标值|目标值|完成值|实际值|完成情况)\s*[：:]\s*$"
                          # an indicator class's entry in a list of indicators (1.社会效益指标：巩固…成果，明显提高。):
                          # the graded state is the qualitative indicator's value, as in a form's cell
                          r"|^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])?\s*(?:社会|经济|生态)效益指标\s*[：:][^。！？!?]*$")


def _row_cells(report: Report) -> Cells:
    """The cells of indicator rows run together on lines, blanks between (``spaced_runs``), by their unit."""
    out: Cells = {}
    for run in spaced_runs(report):
        for unit, a, b in (cell for row in run for cell in row):
            loc = unit.location
            out.setdefault((loc.block, loc.row, loc.col, loc.start), []).append((a, b))
    return out


def _in_row_cell(cells: Cells, unit: TextUnit, start: int, end: int) -> bool:
    """The phrase nearly fills a cell of such a row: 全覆盖, 明显提高 — an indicator's target or value."""
    loc = unit.location
    return any(a <= start and end <= b and b - a <= end - start + 2
               for a, b in cells.get((loc.block, loc.row, loc.col, loc.start), []))


def _in_target(targets: list[Location], unit: TextUnit, start: int, end: int) -> bool:
    """The phrase lies in an indicator's target cell (全县中小学全覆盖 under 年度指标值): the aim the row's
    actual is measured against, no result claimed."""
    at = unit.location
    return any((t.block, t.row, t.col) == (at.block, at.row, at.col) and t.start <= start and end <= t.end
               for t in targets)


def _alone_in_cell(text: str, m: re.Match[str]) -> bool:
    """The phrase fills a cell of a row copied as text: | 明显改善 | (tabs or | on both sides); or stands in
    a short cell of a row with | between its cells (WIFI全覆盖,绿色环保 | 良好 | 良好): an indicator's name or
    value, which a form's other cells measure, not the narrative's claim; or is said twice in a row
    (``_glued_cells``)."""
    if _glued_cells(text, m):
        return True
    before, after = text[:m.start()].rstrip(" \u3000"), text[m.end():].lstrip(" \u3000。")
    if before[-1:] in ("|", "\t") and after[:1] in ("|", "\t", ""):
        return True
    line = text.rfind("\n", 0, m.start()) + 1
    start, end = max(text.rfind("|", line, m.start()) + 1, line), text.find("|", m.end())
    return 0 <= end - start <= _SHORT_CELL and "\n" not in text[m.end():end] and text.count("|", end) >= 2


_SHORT_CELL = 20  # an indicator's name or value; a narrative cell (总体目标完成情况 | …) runs longer


def _glued_cells(text: str, m: re.Match[str]) -> bool:
    """The phrase is said twice in a row (…销量显著提高显著提高): a form's target and actual cells, the actual
    written as its target, run together by a copy that lost the cells' break — an indicator's value, which the
    row measures, not the narrative's claim. Prose does not say a claim twice back to back."""
    word = m.group(0)
    return text.startswith(word, m.end()) or text[:m.start()].endswith(word)


# A sentence that announces it details the one before: "具体…", "其中…", "一是…", "主要表现在…".
_ELABORATES = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、．.]\s*)?"
                         r"(?:具体(?:来说|而言|表现为|为|是|如下)?|其中|一是|主要(?:表现|体现)(?:在|为)|例如|比如|如[:：])")


# a sentence that opens an item of a run-in list (一是…；二是…, 其一, 首先): the claim is the item's topic, what
# follows up to the next item's opening tells it (一是稳岗扩岗效果明显。全年为312家企业发放…。二是…)
_ITEM_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|首先|其次)")


def _supported(sentences: list[Sentence], i: int, s: Sentence) -> bool:
    """A claim is backed by a figure in its own sentence, or in the next sentence when that one
    explicitly elaborates it ("具体…", "其中…", "一是…") or the claim ends in a colon. A figure in
    some neighbouring sentence about something else does not back it."""
    if figured(s.text):
        return True
    if _ITEM_LEAD.match(s.text):  # 一是稳岗扩岗效果明显。全年为312家企业…: the item's sentences, up to the next item
        item = takewhile(lambda t: not _ITEM_LEAD.match(t.text), sentences[i + 1:])
        return any(figured(t.text) for t in item)
    if i + 1 < len(sentences):
        nxt = sentences[i + 1].text
        # a ； chains the next clause into the same sentence, as a colon opens what follows
        return (bool(_ELABORATES.match(nxt)) or s.text.rstrip().endswith(("：", ":", "；", ";"))) and figured(nxt)
    return False


def _elaborated_by(s: Sentence, nxt: TextUnit, unit: TextUnit) -> bool:
    """The claim ends its paragraph or cell: the next cell of the same table row (a result column)
    or a next paragraph that explicitly elaborates it (its lead sentence, or all of it after a colon) backs it."""
    if unit.kind == "cell":
        return nxt.kind == "cell" and nxt.location.row == unit.location.row and \
            nxt.location.block == unit.location.block and has_figure(nxt.text)
    if s.text.rstrip().endswith(("：", ":")):
        # a colon (…绩效情况如下：) announces the whole paragraph after it as the claim's details, a run-in
        # title opening it ((一)放权赋权工作情况。) and all: a figure anywhere in it backs the claim
        return has_figure(nxt.text)
    first = split_sentences(nxt.text)
    lead = first[0].text if first else ""
    return bool(_ELABORATES.match(lead)) and has_figure(lead)


# -- satisfaction --------------------------------------------------------------------------------

def _satisfaction(report: Report) -> list[Finding]:
    text = report.plain_text()
    if _SURVEY.search(text):
        return []
    out = []
    places = [(unit, m.start(), m.end()) for unit in report.units() for m in _SATISFACTION_100.finditer(fold_width(unit.text))]
    units = list(report.units())
    after = {u.location: units[k + 1].text if k + 1 < len(units) else "" for k, u in enumerate(units)}
    goals = _goal_units(report, units)
    for unit, a, b in places + [c for c in _satisfied_cells(report) if not any(p[0] is c[0] for p in places)]:
        if _ASKED.search(unit.text + after.get(unit.location, "")) or _rated_by_proposers(fold_width(unit.text), a):
            continue
        if id(unit) in goals and not _RESULT.search(unit.text):
            continue  # a target set (绩效目标设定情况: 受益群众满意度达100%), not the year's result
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message="满意度为100%，但报告中没有说明满意度调查（问卷、测评、样本数等）",
            location=FindingLocation.of(report, unit.at(a, b)),
            evidence="在全文中查找问卷/调查/测评/样本/回收/抽样等满意度调查的说明，未找到",
            suggestion="说明满意度的调查方式、样本数量和回收情况，或据实填写",
            rule="claims.satisfaction_without_survey"))
    return out


def _goal_units(report: Report, units: list[TextUnit]) -> set[int]:
    """The units (by ``id``) of a section of the targets set (绩效目标, 年度目标), from its heading to the next
    top-level heading: a claim or a satisfaction figure there states a target."""
    out, in_goals = set(), False
    for unit in units:
        if _is_heading_like(unit, report):
            top = report.blocks[unit.location.block].kind == "heading" or bool(_TOP_HEADING.match(unit.text))
            in_goals = bool(_GOAL_HEADING.search(unit.text)) or (in_goals and not top)
        if in_goals:  # a numbered target under the heading (6.满意度指标：…) is heading-like itself
            out.add(id(unit))
    return out


def _rated_by_proposers(text: str, at: int) -> bool:
    """The figure is the proposers' own rating of their 建议 or 提案's handling, told in its sentence."""
    before = text[max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1:at]
    return bool(_PROPOSED.search(before)) and bool(_BY_PROPOSERS.search(before))


_SATISFIED_NAME = re.compile(r"满意(?:度|率)")
_PERCENT_CELL = re.compile(r"^\s*[≥≤>=<＞＜]*\s*\d+(?:\.\d+)?\s*[%％]\s*$")
# an indicator's property cells between its name and its figures (指标性质, 方向, 度量单位)
_PROPERTY_CELL = re.compile(r"^\s*(?:定量|定性|正向|反向|百分比|百分率|个|人|%|％)\s*$")
_FULL_CELL = re.compile(r"^\s*100(?:\.0+)?\s*[%％]\s*$")


def _satisfied_cells(report: Report) -> list[tuple[TextUnit, int, int]]:
    """A table row of a satisfaction indicator (its name cell says 满意度/满意率) with two percentage
    cells, its target and its actual, the actual 100% (a lone one may be a target's; a third may be a 完成率)."""
    rows: dict[tuple[int, int], list[tuple[TextUnit, int, int]]] = {}
    for n, unit in enumerate(report.units()):
        if unit.kind == "cell":
            rows.setdefault((unit.location.block, unit.location.row or 0), []).append((unit, 0, len(unit.text)))
        elif "|" in unit.text and "满意" in unit.text:
            for line in re.finditer(r"[^\n]+", unit.text):
                rows[(-n - 1, line.start())] = [(unit, line.start() + c.start(), line.start() + c.end())
                                                 for c in re.finditer(r"[^|]+", line.group(0)) if c.group(0).strip()]
    out = []
    for cells in rows.values():
        texts = [fold_width(u.text[a:b]) for u, a, b in cells]
        # the indicator's own name: the last worded cell before its figures (满意度指标 | 服务对象满意度 |
        # 投诉渠道畅通 | 100%: the classes above name satisfaction, the indicator does not)
        first = next((k for k, t in enumerate(texts) if _PERCENT_CELL.match(t)), len(texts))
        name = next((k for k in range(first - 1, -1, -1) if re.search(r"[\u4e00-\u9fff]", texts[k])
                     and not _PROPERTY_CELL.match(texts[k])), None)
        if name is None or not _SATISFIED_NAME.search(texts[name]):
            continue
        pcts = [k for k, t in enumerate(texts) if k > name and _PERCENT_CELL.match(t)]
        if len(pcts) == 2 and _FULL_CELL.match(texts[pcts[-1]]):
            u, a, b = cells[pcts[-1]]
            text = u.text[a:b]
            out.append((u, a + len(text) - len(text.lstrip()), b - len(text) + len(text.rstrip())))
    return out


# -- indicator rows ------------------------------------------------------------------------------

# Evidence for these topics must at least mention the topic. Only topics with an unambiguous
# vocabulary are listed: social benefit evidence can be about anything, so it is not checked.
_TOPICS: list[tuple[re.Pattern[str], re.Pattern[str], str]] = [
    (re.compile(r"生态"), re.compile(r"生态|(?<!工作|营商|经营|就业|政务|办公|网络|法治|投资|创业|市场|学习|用工|服务|政策|安全|金融|信用|舆论|发展)环境|"
                                   r"环保|绿色|节能|减排|排放|污染|植被|绿化|森林|造林|林业|草原|河道|河长|湖泊|水库|水质|"
                                   r"水土|空气|低碳|碳排|垃圾|节水|能耗|耕地|湿地|土壤|污水|废水|废气|固废|粉尘|噪声|扬尘|"
                                   r"(?<!人力)资源|能源|节电|节约用|保护|修复"), "生态"),
    (re.compile(r"满意"), re.compile(r"满意|满意度|满意率|认可|好评|评价|投诉"), "满意度"),
]


def _indicator_rows(report: Report, rows: list[IndicatorRow]) -> list[Finding]:
    return [f for row in rows for f in _row_findings(report, row)] + misfiled(rows) + target_findings(rows) \
        + repeated_bounds(report, rows) + misfiled_costs(report, rows) + counts_as_costs(report, rows) + misfiled_economic(report) \
        + scored_without_values(report) + money_as_output(report, rows) \
        + unnumbered_counts(report, rows)


def _row_findings(report: Report, row: IndicatorRow) -> list[Finding]:
    out: list[Finding] = []
    name = row.name_text
    if row.name_blank:
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
            message=f"绩效指标“{row.label}”没有填写指标名称和目标值",
            location=row.anchor,
            evidence="指标表中该行只有指标编号",
            suggestion="填写指标名称和可衡量的目标值；如无此指标，删除该行",
            rule="claims.indicator_without_name"))
    elif row.target_missing:
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"绩效指标“{name.strip() or row.label}”没有目标值，无法评价完成情况",
            location=row.anchor,
            evidence="指标表中该行的目标值为空或只写了指标编号/名称",
            suggestion="补充可衡量的目标值（数量、比例、时限或标准）",
            rule="claims.indicator_without_target"))
    elif not row.target_measurable and row.target is not None:
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"绩效指标“{name.strip() or row.label}”的目标栏只写了名称或方向，没有可衡量的目标值",
            location=row.target,
            evidence="目标栏中没有数值、比例、比较符（≥、≤、不低于）、时限（年底前、按时完成）或达标/合格等标准",
            suggestion="补充可衡量的目标值（数量、比例、时限或标准），以便对照实际完成情况评分",
            rule="claims.target_not_measurable"))
    if row.evidence is not None and (value := no_blanks(row.evidence.quote)) and not BARE_VALUE.match(_BOUND.sub("", value)) \
            and not _CHANGE_VALUE.match(value):
        topic_text = f"{row.category} {name}"
        for topic, vocabulary, label in _TOPICS:
            if topic.search(topic_text) and not vocabulary.search(row.evidence.quote):
                out.append(Finding(
                    kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
                    message=f"{row.category.removesuffix('指标') or '该'}指标“{name.strip()}”的完成情况没有涉及{label}，佐证与指标不对应",
                    location=row.evidence,
                    related=[row.anchor],
                    evidence=f"完成情况中查找与{label}相关的内容，未找到",
                    suggestion=f"填写与{label}相关的实际完成情况；如本部门无此类效益，应删除该指标或注明不适用",
                    rule="claims.evidence_off_topic"))
                break
    return out


# -- data: targets missed without a reason --------------------------------------------------------

def _missed_without_reason(report: Report, indicators: list[Indicator]) -> list[Finding]:
    out = []
    units = list(report.units())
    for ind in indicators:
        if ind.met() is not False or (ind.deviation_reason or "").strip():
            continue
        unit = next((u for u in units if ind.name in u.text), None)
        if unit is None:
            continue
        start = unit.text.index(ind.name)
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.ERROR,
            message=f"指标“{ind.name}”未完成目标（目标{ind.target}，实际{ind.actual}），但没有填写偏差原因",
            location=FindingLocation.of(report, unit.at(start, start + len(ind.name))),
            evidence="部门数据中该指标完成值未达到目标值，偏差原因为空",
            suggestion="在偏差原因栏说明未完成的原因及改进措施",
            rule="claims.missed_without_reason"))
    return out
