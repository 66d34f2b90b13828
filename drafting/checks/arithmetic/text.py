"""Narrative figures against the report's own tables; each figure read with the metric and category it names.

Part of the arithmetic check (see ``tables``): a money figure in the text names a metric by the
clause before it (三公经费7.5万元; 其中 items inherit the clause they belong to). It is compared with a
table cell only when the metric and its qualifiers (预算/上年/结转…) match exactly, and with another
statement only under the same key; comparisons are at the coarser of the two precisions, across
元/万元/亿元. Changes (比上年减少…) and approximate figures (约/余) are never compared.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from ...calibration import calibrated
from ...findings import Finding, Kind, Severity
from ...numbers.extract import AMOUNT, EXACT, extract
from ...quantities import Unit
from ...report import Report, TextUnit
from .frames import Frames, containers
from .grid import REACH, TOTAL_WORDS, YUAN, Fact, Grid, Num, finding_location, norm, parse_number, span_at
from .restated import Stated, agree, rounded, same_metric_twice

__all__ = ["check_narrative"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_START = "，,、：:（("
_TRAILING = re.compile(rf"(?:为|是|达到|{REACH}|共计|合计|总计|共|约|近|了|计)+$")
_PREFIX = re.compile(r"^(?:\d{4}年度?|年度|全年|本年度?|当年|今年|决算|支出|实际|总|全部|其中)")
_CHANGE = re.compile(r"比|较|增|减|下降|提高|上升|同比|环比|超支|节约|差额")
# (总投资: a project's whole funding over its years, 总投资4.80亿元，其中专项债券3.20亿元 — not the year's cells)
_QUALIFIERS = ("预算", "年初", "上年", "去年", "计划", "目标", "结余", "结转", "调整", "总投资")
_STOP = {"共计", "合计", "总计", "其中", "累计", "金额", "资金", "经费", "费用", "补贴", "支出", "收入"}
_VALUE_TYPE = re.compile(r"^(?:\d{4}年度?|年初|年中|全年|调整后|实际|本年|当年|预算|决算|支出|执行|完成|追加|数|额|金额)*$")
_ORG_HEADER = re.compile(r"机构|单位|部门")
# a project, fund or unit a sentence opens with: the category the figures after it belong to
_CATEGORY = re.compile(r"[\u4e00-\u9fff]{2,}?(?:项目|工程|专项|中心|站|所|院|学校|中学|小学|幼儿园|医院|卫生院|单位|局|馆|队"
                       r"|委员会|办公室|公司|乡|镇|街道|社区|村)(?=[：:，,]|方面)")
# a paragraph that opens with a project's name (after its number, if any) is about that project:
# 甲渠道维护项目实施情况。项目全年预算数… — not 一般公共预算项目支出…, a money label
_OPENING_NAME = re.compile(r"\s*(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是])?\s*"
                           r"((?![本该此各全])(?:(?!项目|工程|专项)[\u4e00-\u9fff（）()]){2,24}(?:项目|工程|专项))"
                           r"(?!支出|收入|经费|预算|资金|拨款|决算|结转|结余|费|数|[\u4e00-\u9fff]{0,2}(?:支出|资金|经费|预算))")
# a paragraph that opens with a unit's name is about that unit: 县疾控中心2023年度共收到… / 县人民医院…
_OPENING_UNIT = re.compile(r"\s*(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是])?\s*"
                           r"((?![本该此各全我])[\u4e00-\u9fff（）()]{2,16}?(?:中心|医院|卫生院|学校|中学|小学|幼儿园|大队"
                           r"|办公室|委员会|管理局|管理处|管理站|服务站))(?![\u4e00-\u9fff]{0,2}(?:支出|资金|经费|预算|收入))")
_NUMBERING = re.compile(r"^\s*(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)")


def _clean_subject(text: str) -> str:
    s = norm(text)
    s = re.sub(r"^其中", "", s)
    return _TRAILING.sub("", s)


def _metric(name: str) -> str:
    """The metric a label names, without year/决算/总 prefixes and 合计 suffixes (决算总收入 → 收入)."""
    s = _NUMBERING.sub("", norm(name))
    for w in (*TOTAL_WORDS, "共计"):  # 共计支出 names no more than 合计支出: the sentence's subject does
        s = s.replace(w, "")
    while True:
        m = _PREFIX.match(s)
        if not m or m.end() == len(s):
            return s
        s = s[m.end() :]


def _qualifiers(text: str) -> frozenset[str]:
    found = {q for q in _QUALIFIERS if q in text}
    if _ALLOTTED.search(text):
        found.add("预算")  # (安排资金722.40万元，其中中央资金433.44万元: the sums allotted, the budget's column)
    return frozenset(found)


# money named by its allotment (安排, 下达, 批复, 核定): the budget, not what was spent
_ALLOTTED = re.compile(r"安排|下达|批复|核定")


def _subject_start(text: str, lo: int, at: int) -> int:
    """Where the clause naming the figure at ``at`` begins: after the last comma, colon or 、, or an
    opening bracket still open at the figure (“…通知(校舍维修)-中央10万元”: the bracket is closed, the
    label does not start inside it)."""
    best = lo
    for ch in _CLAUSE_START:
        k = text.rfind(ch, lo, at)
        if k >= 0 and not (ch in "（(" and re.search(r"[)）]", text[k:at])):
            best = max(best, k + 1)
    return best


def _parent(text: str, sentence_start: int, at: int, end: int, figures: list[tuple[int, str]]) -> str | None:
    """The whole a 其中 item belongs to: the subject of the last figure before the nearest 其中 (a new
    “X万元，其中…” in a run-on sentence starts a new whole); None when the figure is no 其中 item or
    itself opens one."""
    q = text.rfind("其中", sentence_start, at)
    if q < 0 or re.match(r"[\s,，:：]*其中", text[end : end + 6]):
        return None
    before = [subject for e, subject in figures if e <= q]
    return before[-1] if before else None


_NOT_LETTERS = re.compile(r"[\W\d]+")  # a run of what ``[^\W\d]`` (a letter) is not: blanks, marks, digits


class _Letters:
    """A text's letters (no digits, blanks or punctuation) before any place: stripped from the text
    once, in C, where cleaning the text before each figure again took time growing with the square
    of a long paragraph's length. ``before`` counts the letters up to the place from where it was last
    asked (a unit's figures are asked about in order), so each stretch of the text is counted once; a
    Python step for each run of letters (a text's every word between two marks) was a tenth of the
    narrative figures' reading on the sample."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.letters = _NOT_LETTERS.sub("", text)
        self.at, self.count = 0, 0  # the place counted up to, and the letters before it

    def before(self, at: int) -> str:
        at = min(at, len(self.text))
        if at < self.at:  # asked about an earlier place: counted again from the start
            self.at, self.count = 0, 0
        if at > self.at:
            self.count += len(_NOT_LETTERS.sub("", self.text[self.at : at]))
            self.at = at
        return self.letters[: self.count]


def _stated(report: Report) -> list[Stated]:
    """Exact money figures in narrative text (and text cells), each with the metric its clause names."""
    out: list[Stated] = []
    places = containers(report)
    for unit in report.units():
        if unit.kind == "cell" and parse_number(unit.text) is not None:
            continue
        out.extend(_stated_in(unit, *places[unit.location.block]))
    return out


def _stated_in(unit: TextUnit, section: str = "", item: str = "", frames: Frames | None = None) -> list[Stated]:
    text = unit.text
    if "元" not in text:
        return []  # a money figure's unit is 元, 万元, 亿元 or 元/…: a text without 元 states none (not read for figures)
    frames = frames or Frames(text)
    out: list[Stated] = []
    sentence_start, last_subject, prev_end = 0, "", 0
    figures: list[tuple[int, str]] = []  # (end, subject) of the money figures of the sentence so far
    letters: _Letters | None = None  # the unit's letters, once a figure is stated
    stops: list[int] | None = None  # the ends of its full stops (``_basis_lead``), likewise
    opening = _OPENING_NAME.match(text) or _OPENING_UNIT.match(text)  # the project or unit it opens with
    ends = [x.end() for x in _SENTENCE_END.finditer(text)]  # one character each: none spans a figure's start
    for m in extract(text):
        k = bisect_right(ends, m.start)  # the last sentence end at or before the figure
        cut = ends[k - 1] if k else 0
        if cut != sentence_start:
            sentence_start, last_subject, figures = cut, "", []
        lo, prev_end = max(sentence_start, prev_end), m.end
        if m.kind != AMOUNT or m.unit not in YUAN:
            continue
        start = _subject_start(text, lo, m.start)
        subject = _clean_subject(text[start : m.start])
        if _VALUE_TYPE.match(subject) and (stage := _whole_stage(subject, last_subject)):
            # no metric named before (2025年年初预算数为1,200万元，全年预算数为1,350万元): the stage of the
            # whole money the report is about, a metric of its own
            subject = leaf = last_subject = stage
        elif _VALUE_TYPE.match(subject) and (restaged := _next_stage(subject, last_subject)):
            # 本项目年初预算312万元，全年预算336万元: the same whole at its next stage, not a value of the first
            subject = last_subject = restaged
            leaf = _metric(restaged)
        elif _VALUE_TYPE.match(subject):
            # "公务接待费支出8.92万元，预算9.5万元": 预算 is a value type of the previous clause's metric
            if not last_subject:
                continue
            subject, leaf = f"{last_subject}›{subject}", _metric(last_subject)
        else:
            leaf = _metric(subject)
            last_subject = subject
        parent = _parent(text, sentence_start, m.start, m.end, figures)
        figures.append((m.end, subject))
        if m.qualifier != EXACT or _CHANGE.search(subject) or (parent and _CHANGE.search(parent)):
            continue
        if len(re.findall(r"[\u4e00-\u9fff]", leaf)) < 2 or leaf in _STOP:
            continue
        key = f"{parent}›{subject}" if parent else subject
        if "总投资" in text[sentence_start:start] and "总投资" not in key:
            key = f"总投资›{key}"  # (总投资2.60亿元，资金来源为专项债券1.80亿元…: the sources of the whole investment)
        num = Num(m.value, m.places, False, span_at(unit.location, m.start, m.end), text[m.start : m.end])
        if letters is None:
            letters = _Letters(text)
        scope = letters.before(start)
        frame = frames.before(m.start) | frames.noted(text, m.end)
        named = _CATEGORY.findall(text[sentence_start:start]) or ([opening.group(1)] if opening else [])
        if stops is None:
            stops = [x.end() for x in _FULL_STOP.finditer(text)]
        lead = _basis_lead(text, m.start, stops)
        out.append(Stated(key, leaf, m.value * YUAN[m.unit], Decimal(1).scaleb(-m.places) * YUAN[m.unit],
                           num, m.unit, scope, section, frame, named[-1] if named else "", item, _basis(lead)))
    return out


# a stage of the whole money, stated without naming a metric: 年初预算数, 全年预算数, 全年支出数, 全年执行数
_STAGE = re.compile(r"^(?:\d{4}年度?|本年度?|当年)*((?:年初|调整后|全年)?(?:预算|支出|执行|决算)(?:数|额)?)$")


def _whole_stage(subject: str, last: str) -> str:
    """The stage a bare value type names (年初预算数 → 年初预算), when no metric was named before it in its
    sentence or only such a stage was; "" otherwise."""
    m = _STAGE.match(subject)
    if m is None or (last and not _STAGE.match(last) and last not in _STAGES_READ):
        return ""
    stage = re.sub(r"(?:数|额)$", "", m.group(1))
    return stage if len(stage) >= 2 else ""


_STAGES_READ = {"年初预算", "调整后预算", "全年预算", "全年支出", "全年执行", "全年决算"}


def _next_stage(subject: str, last: str) -> str:
    """The whole the last clause named at a dated stage (本项目年初预算), named at the stage a bare value
    type gives (全年预算): 本项目全年预算; "" when either is no such stage (公务接待费支出…，预算…)."""
    m = _STAGE.match(subject)
    stage = re.sub(r"(?:数|额)$", "", m.group(1)) if m else ""
    own = next((x for x in _STAGES_READ if last.endswith(x)), "") if stage in _STAGES_READ else ""
    return f"{last[: -len(own)]}{stage}" if own and own != stage and len(last) > len(own) else ""


_ACTUAL = re.compile(r"决算|实际|执行数|完成数")
_FULL_STOP = re.compile(r"[。！？!?\n]")


def _basis_lead(text: str, at: int, ends: list[int] | None = None) -> str:
    """The text of a figure's sentence before it, across ；, and the sentence before when this one
    opens with 其中 (…支出决算数为3,500万元。其中：基本支出…). ``ends``: where each of the text's full stops
    ends (``_FULL_STOP``), found once for a text's figures, not again up to each one."""
    if ends is None:
        ends = [x.end() for x in _FULL_STOP.finditer(text)]
    stops = ends[: bisect_right(ends, at)]
    start = stops[-1] if stops else 0
    if text[start:at].lstrip(" \u3000").startswith("其中"):
        start = stops[-2] if len(stops) >= 2 else 0
    return text[start:at]


def _basis(lead: str) -> str:
    """Whether a figure's sentence states the budget or the final accounts: 支出预算…其中基本支出A and
    支出决算…其中基本支出B are the planned and the actual, two metrics."""
    return "决算" if _ACTUAL.search(lead) else "预算" if "预算" in lead else ""


class _CellValues:
    """The (value, step) in 元 of one metric's table cells: whether any agrees with a statement
    (``agree``). A long report states a metric hundreds of times and its tables give it hundreds of
    cells; the cells no coarser than a statement are rounded once for each step a statement has, and
    the coarser ones are grouped by their step, so a statement costs a few look-ups, not a pass over
    every cell."""

    def __init__(self, cells: list[tuple[Decimal, Decimal]]) -> None:
        self.cells = cells
        self.by_step: dict[Decimal, set[Decimal]] = {}
        for value, step in cells:
            self.by_step.setdefault(step, set()).add(value)
        self.finer: dict[Decimal, set[Decimal]] = {}  # a statement's step -> finer cells rounded to it

    def agree(self, value: Decimal, step: Decimal) -> bool:
        try:
            finer = self.finer.get(step)
            if finer is None:
                finer = self.finer[step] = {rounded(v, step) for v, s in self.cells if s <= step}
            return value in finer or any(rounded(value, s) in vs for s, vs in self.by_step.items() if s > step)
        except ArithmeticError:  # a figure too long to round: compared one cell at a time, as before
            return any(agree(value, step, v, s) for v, s in self.cells)


def _table_facts(g: Grid) -> list[tuple[str, frozenset[str], Num, str]]:
    """(metric, qualifiers, cell, description) for table cells whose metric is unambiguous."""
    if g.unit is not None and g.unit not in YUAN:
        return []
    header0 = " ".join(h[0] for h in g.headers if h)
    out = []
    if _ORG_HEADER.search(header0):
        valued = [r for r in g.rows if any(c is not None for c in r.cells[1:])]
        totals = [r for r in valued if any(w in r.label for w in TOTAL_WORDS)]
        rows = totals[:1] if totals else valued if len(valued) == 1 else []
        for row in rows:
            for c, cell in enumerate(row.cells):
                label = g.col_labels.get(c)
                if cell is not None and not cell.percent and label:
                    out.append((_metric(label), _qualifiers(label), cell, f"{row.label}·{label}"))
    else:
        for row in g.rows:
            metric = _metric(row.label)
            if metric in _STOP or any(w in row.label for w in TOTAL_WORDS) or len(metric) < 2:
                continue
            for c, cell in enumerate(row.cells):
                label = g.col_labels.get(c)
                if cell is not None and not cell.percent and label:
                    out.append((metric, _qualifiers(label + row.label), cell, f"{row.label}·{label}"))
    return out


def check_narrative(report: Report, all_grids: list[Grid], confirmed: list[Fact] | None = None) -> list[Finding]:
    """Narrative money figures against the tables' cells and against each other (same metric, two values)."""
    stated = _stated(report)
    out: list[Finding] = []
    facts: dict[tuple[str, frozenset[str]], list[tuple[tuple[str, frozenset[str], Num, str], Unit | None]]] = {}
    for g in all_grids:
        for f in _table_facts(g):
            facts.setdefault((f[0], f[1]), []).append((f, g.unit))
    values: dict[tuple[str, frozenset[str]], _CellValues] = {}
    by_leaf: dict[str, list[tuple[Num, Unit | None]]] = {}
    for (leaf, _), same_leaf in facts.items():
        by_leaf.setdefault(leaf, []).extend((f[2], unit) for f, unit in same_leaf)
    for s in stated:
        same = facts.get((s.leaf, _qualifiers(s.key)), [])
        if not same:
            continue
        cells = values.get((s.leaf, _qualifiers(s.key)))
        if cells is None:  # a table without a stated unit is compared under each money unit: flag only if none fits
            cells = values[(s.leaf, _qualifiers(s.key))] = _CellValues(
                [(f[2].value * YUAN[u], (f[2].half * 2 or Decimal(1)) * YUAN[u]) for f, unit in same
                 for u in ([unit] if unit else list(YUAN))])
        if cells.agree(s.value, s.step) or (not s.basis and not s.key.count("›") and _any_stage(s, by_leaf)):
            continue
        (_, _, cell, desc), unit = same[0]
        shown = f"{cell.text}{unit.value}" if unit else f"{cell.text}（表格未注明单位）"
        out.append(Finding(
            kind=Kind.NUMBER_CONTRADICTED, severity=calibrated(Severity.ERROR, "narrative_vs_table"),
            message=f"正文中“{s.leaf}”为 {s.num.text}，与表格（{desc}）中的 {shown} 不一致",
            location=finding_location(s.num.loc, s.num.text), related=[finding_location(cell.loc, cell.text)],
            evidence=f"{report.place_label(cell.loc)}“{desc}”为 {shown}；正文 {s.num.text} 按两者中较粗的精度比较仍不相等",
            suggestion=f"核对正文与表格，统一“{s.leaf}”的数值", rule="narrative_vs_table",
        ))
    out.extend(_against_facts(report, stated, confirmed or []))
    out.extend(same_metric_twice(report, stated))
    return out


def _any_stage(s: Stated, by_leaf: dict[str, list[tuple[Num, Unit | None]]]) -> bool:
    """Whether a figure whose sentence names no stage (中央补助资金52,000万元；省级财政资金34,000万元) is
    one of its row's cells in any column: the budget's or the spending's, the text does not say which."""
    if _qualifiers(s.key) or _ACTUAL.search(s.key) or re.search(r"支出|执行|使用|拨付|到位", s.key):
        return False
    return _CellValues([(n.value * YUAN[u], (n.half * 2 or Decimal(1)) * YUAN[u]) for n, unit in by_leaf.get(s.leaf, [])
                        for u in ([unit] if unit else list(YUAN))]).agree(s.value, s.step)


_CANON_NOISE = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])?(?:\d{4}年度?)?(?:年中|全年|本年)?")


def _canon(key: str) -> str:
    """追加预算 for 年中追加预算 / 2．年中追加 / （一）年中追加预算: the budget-adjustment names only."""
    s = _CANON_NOISE.sub("", re.sub(r"^[^\u4e00-\u9fff]+", "", key.split("›")[-1]))
    return s + "预算" if s == "追加" else s


def _against_facts(report: Report, stated: list[Stated], facts: list[Fact]) -> list[Finding]:
    """A statement of 年初预算/追加预算/调整后预算 against the value an exact relation confirmed."""
    out: list[Finding] = []
    for s in stated:
        name = _canon(s.key)
        for f in facts:
            if f.metric != name or f.num.loc == s.num.loc or agree(s.value, s.step, f.value, f.step):
                continue
            out.append(Finding(
                kind=Kind.NUMBER_CONTRADICTED, severity=calibrated(Severity.ERROR, "same_metric_as_relation"),
                message=f"“{name}”此处为 {s.num.text}，与{report.place_label(f.num.loc)}的 {f.num.text} 不一致",
                location=finding_location(s.num.loc, s.num.text), related=[finding_location(f.num.loc, f.num.text)],
                evidence=f"{report.place_label(f.num.loc)}的 {f.num.text} 与年初预算、调整后预算精确成立加减关系；此处 {s.num.text} 与之不等",
                suggestion=f"核对“{name}”，统一为正确的数值", rule="same_metric_as_relation",
            ))
            break
    return out
