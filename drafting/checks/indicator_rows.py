"""The 绩效指标 table of a report: which rows are indicators, where each one's name, target and result
sit, and whether a target states a standard the result can be compared with.

Kept apart from ``claims`` (which reports on the rows) because reading the table is its own concern:
the header's roles, the category cells, a row of one long cell that is the row above's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from ..findings import FindingLocation
from ..report import Location, Report, Table
from .arithmetic.scores import Row, table_rows
from .held import once_held
from .indicator_lines import (
    CATEGORY,
    CATEGORY_LIKE,
    aligned,
    flat,
    header_roles,
    put_before,
    spaced_rows,
    spaced_runs,
)

__all__ = ["BARE_VALUE", "IndicatorRow", "find_indicator_rows", "is_measurable", "spaced_rows"]

# -- the indicator table, found by its header or category words ------------------------------------

_LABEL_ONLY = re.compile(r"^\s*(?:指标|目标)?\s*\d{0,2}\s*[:：、．.]?\s*$")
_FIGURE_ONLY = re.compile(r"^\d+$")
_NUMBER_LABEL = re.compile(r"^\s*指标\s*\d{1,2}\s*[:：、．.]?")
_WEIGHT_TAIL = re.compile(r"[(（]?\d{1,3}(?:\.\d+)?分?[)）]?$")  # a category's weight read with it: 质量指标20, 产出指标(50分)
_END_ROW = re.compile(r"^(?:[一二三四五六七八九十]+、|.*(?:综合得分|自评得分|总分|合计)$)")


@dataclass
class IndicatorRow:
    """One indicator of the table: where its name/target/evidence sit."""

    category: str
    label: str
    name_text: str
    target_missing: bool
    anchor: FindingLocation
    evidence: FindingLocation | None
    target: FindingLocation | None = None
    target_measurable: bool = True
    name_blank: bool = False


@dataclass
class _Group:
    """An indicator table's header (its columns' roles) and the rows read under it."""
    roles: list[str]
    width: int  # the header's cells
    rows: list[IndicatorRow] = field(default_factory=list)
    seen_category: bool = False


def _cell_loc(report: Report, b: int, r: int, c: int) -> FindingLocation:
    block = report.blocks[b]
    assert isinstance(block, Table)
    text = block.rows[r][c].text
    lead = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    loc = Location(block=b, row=r, col=c, start=lead, end=max(end, lead))
    return FindingLocation.of(report, loc)


def _field_cells(cells: list[str]) -> tuple[list[int], str | None]:
    """Indexes of a data row's field cells (after leading empty and category cells), and the
    category (二级指标) named in the leading cells, if any."""
    category = None
    k = 0
    while k < len(cells):
        t = flat(cells[k])
        if t and CATEGORY.match(t):  # before the 一级 words: 满意度指标 is a 一级指标 and its own 二级指标 too
            category = t
            k += 1
        elif not t or CATEGORY_LIKE.search(t):
            k += 1
        else:
            break
    return list(range(k, len(cells))), category


@once_held
def find_indicator_rows(report: Report) -> list[IndicatorRow]:
    """Rows of every 绩效指标 table: a header row naming a target and an actual column, then rows
    whose field cells (after the category cells) follow the header's order. A table counts only
    if its rows name indicator categories (数量指标, 社会效益 …) or its header a 三级指标 column.
    The same reading serves every layout: a Word table, a flattened form read back as one (the reader),
    and rows written as text, cells parted by "|" or tabs (``table_rows``, the score checks' reading) or
    run together on a line, parted by blanks (``spaced_runs``). Found once while the review holds the
    report still: the claims and the denied-shortfall checks both read the rows (and change nothing)."""
    out: list[IndicatorRow] = []
    for b, block in enumerate(report.blocks):
        if isinstance(block, Table):
            out.extend(_grid_indicator_rows([[cell.text for cell in row] for row in block.rows],
                                            partial(_cell_loc, report, b)))
    for run in _text_runs(report) + spaced_runs(report):
        out.extend(_grid_indicator_rows([[u.text[x:y] for u, x, y in row] for row in run], partial(_span_loc, report, run), text=True))
    return sorted(out, key=lambda item: item.anchor.location.block)  # (stable: a table's rows keep their order)


def _span_loc(report: Report, run: list[Row], r: int, c: int) -> FindingLocation:
    unit, start, end = run[r][c]
    return FindingLocation.of(report, unit.at(start, end))


_RULE_CELL = re.compile(r"^:?-{3,}:?$")  # a Markdown table's |---|---| line


def _text_runs(report: Report) -> list[list[Row]]:
    """The runs of rows written as text ("|" or tabs between cells), each run one table; a Markdown rule
    line is no row."""
    runs: list[list[Row]] = [[]]
    for row in table_rows(report):
        if row is None or row[0][0].kind == "cell":
            if runs[-1]:
                runs.append([])
            continue
        if not all(_RULE_CELL.match(u.text[x:y].strip()) for u, x, y in row if y > x):
            runs[-1].append(row)
    return [run for run in runs if run]


def _shifted(loc: Callable[[int, int], FindingLocation], r: int, shift: int, c: int) -> FindingLocation:
    return loc(r, c - shift)  # (a cell of a row padded with ``shift`` lost cells before it)


def _grid_indicator_rows(grid: list[list[str]], loc: Callable[[int, int], FindingLocation],
                         text: bool = False) -> list[IndicatorRow]:
    """The indicator rows of one table (its cells' texts, row by row; ``loc``: where cell (r, c) sits),
    group by group (a group starts at each header row); a row of one long cell right after a row
    without evidence is that row's evidence. Rows written as ``text`` lose a merged cell's blank (a
    category written once for its group), which shifts the cells under the wrong columns: there only a
    row with as many cells as its header is read, and only under a header naming the indicator column."""
    groups: list[_Group] = []
    roles: list[str] | None = None
    category = ""
    pending: IndicatorRow | None = None
    header_at = -1
    for r, cells in enumerate(grid):
        nonempty = [c for c, t in enumerate(cells) if t.strip()]
        header = header_roles(cells)
        if header is None and r == header_at + 1 and (header := _lower_header(grid[header_at], cells)) is not None:
            groups.pop()  # the header's second line: the two read as one
        if header is not None:
            roles, category, pending, header_at = header, "", None, r
            groups.append(_Group(roles, len(cells)))
            continue
        if text and roles is not None and nonempty:
            given = cells
            cells = aligned(cells, groups[-1].width, groups[-1].width - len(roles), roles[-1:] == ["reason"])
            ahead = put_before(given, cells)  # (a blank reason is put back last)
            row_loc = partial(_shifted, loc, r, ahead)
        if roles is None or not nonempty or (text and len(cells) != groups[-1].width):
            continue
        if not text:
            row_loc = partial(loc, r)
        if len(nonempty) >= 2 and all(_HEAD_WORD.match(flat(cells[c])) for c in nonempty):
            continue  # a header's line read as no header (一级 指标 | 二级指标 | … | 指标性质 | 度量单位): no indicator
        if _END_ROW.match(flat(cells[nonempty[0]])):
            roles, pending = None, None
            continue
        if len(nonempty) == 1 and pending is not None and len(flat(cells[nonempty[0]])) > 8:
            pending.evidence = row_loc(nonempty[0])
            pending = None
            continue
        fields, cat = _field_cells(cells)
        lead = groups[-1].width - len(roles)
        # in line with its header (a text row, or a row as wide as its header whose category columns hold
        # words no list names or their weights: 预算执行 | 10 as a 一级指标): the fields are the columns after
        # the category columns, whatever they hold, and the category the last one written there
        if text or (len(cells) == groups[-1].width and fields and fields[0] < lead):
            fields = list(range(lead, len(cells)))
            if not text:
                cat = next((_WEIGHT_TAIL.sub("", t) for t in (flat(c) for c in reversed(cells[:lead]))
                            if t and not BARE_VALUE.match(t)), cat)
        if cat:
            category, groups[-1].seen_category = cat, True
        item = _indicator_row(row_loc, cells, fields, roles, category) if fields else None
        if item is not None:
            groups[-1].rows.append(item)
            pending = item if item.evidence is None else None
    return [item for g in groups if (g.seen_category and not text) or "name" in g.roles for item in g.rows]


# the level columns' names a header's second line gives under a group heading merged across them (绩效指标)
_LEVELS = r"[一二三四]级指标|指标名称|指标内容|评价内容|指标类型"
_LEVEL_HEAD = re.compile(rf"^(?:{_LEVELS})$")
# a column's name in a header (the levels, the target's and the actual's, their unit, the score)
_HEAD_WORD = re.compile(rf"^(?:{_LEVELS}|指标性质|(?:年度)?(?:指标|目标)值|实际完成值|度量单位|计量单位|分值|得分|权重"
                        r"|偏差原因(?:分析)?(?:及改进措施)?)$")


def _lower_header(upper: list[str], lower: list[str]) -> list[str] | None:
    """The roles of a header written on two lines (a merged header flattened: 绩效指标 over 一级指标 | 二级指标 |
    三级指标, 年度指标值 … merged down, blank below), read as one: each column named by its lower cell where it
    has one, else by its upper. Only a lower line of two or more level names and blanks, as wide as the upper."""
    named = [flat(c) for c in lower if c.strip()]
    if len(upper) != len(lower) or len(named) < 2 or not all(_LEVEL_HEAD.match(c) for c in named):
        return None
    return header_roles([b if b.strip() else a for a, b in zip(upper, lower, strict=True)])


def _indicator_row(loc: Callable[[int], FindingLocation], cells: list[str], fields: list[int], roles: list[str],
                   category: str) -> IndicatorRow | None:
    """One row's indicator: its name, target (missing, or measurable or not) and evidence cells,
    the header's roles mapped onto the row's field cells; None when the row names no indicator."""
    by_role = {role: fields[i] for i, role in reversed(list(enumerate(roles))) if i < len(fields)}
    ncol = by_role.get("name", by_role.get("target"))
    if ncol is None or not cells[ncol].strip() or BARE_VALUE.match(flat(cells[ncol])) or _FILLER.match(flat(cells[ncol])):
        return None  # a measured value in the name column: the row's cells were shifted (a flattened form); a template's …… row
    name = cells[ncol]
    tcol = by_role.get("target")
    if "name" not in roles:
        label_m = _NUMBER_LABEL.match(name)
        name_only = name[label_m.end():] if label_m else name
        missing = label_m is not None and not flat(name_only)
        target = name_only
    else:
        name_only = name
        target = cells[tcol] if tcol is not None else ""
        # a bare figure in the target's own column is its value (the unit in a column of its own: 2 / 期)
        missing = not flat(target) or flat(target) == flat(name) or (
            bool(_LABEL_ONLY.match(target)) and not _FIGURE_ONLY.match(flat(target)))
        # the budget's own execution row, scored by the form's formula (执行数 ÷ 预算数 × 分值): the budget is
        # its standard, given in the form's budget block, so a blank target cell there leaves nothing unsaid
        missing = missing and not _EXECUTION_ROW.match(flat(name))
    acol = by_role.get("actual")
    evidence = loc(acol) if acol is not None and cells[acol].strip() else None
    return IndicatorRow(category=category, label=flat(name)[:12], name_text=name_only,
                        target_missing=missing, anchor=loc(ncol), evidence=evidence,
                        target=loc(tcol) if tcol is not None and cells[tcol].strip() else None,
                        target_measurable=missing or is_measurable(target),
                        name_blank="name" not in roles and missing)


_FILLER = re.compile(r"^[…\.。·]{2,}$")  # the template's row left for more indicators (……): no indicator
_EXECUTION_ROW = re.compile(r"^(?:项目|部门)?(?:预算|资金)执行率(?:[（(]%[）)])?$")


# What makes a target measurable: a number or ratio, a comparator, a deadline, a pass standard, or
# a graded qualitative standard ("有所改善"). A bare name ("资金按时支付率") or an aim ("促进社会稳定、
# 和谐") is not.
_STANDARD = re.compile(
    r"\d|[％%‰≥≤＞＜><≧≦]|[一二三四五六七八九十百千两]+(?:个|项|次|人|家|所|场|批|期|天|个月|周|年)|"
    r"不低于|不少于|不高于|不超过|不大于|不小于|以上|以内|以下|控制在|达到|低于|高于|超过|"
    # a bound named by the sum it stays within: 预算内, 在预算范围内, 批复额度内 (≤ the budget)
    r"(?:预算|批复|计划|核定|合同)(?:范围|额度|金额|数)?之?内|"
    r"(?:年底|年末|月底|月末|季末)前|年内|(?:规定|要求)的?(?:时间|时限|期限)内|如期|"
    r"(?:按时|按期|及时)(?:足额)?(?:完成|发放|拨付|到位|办结|兑现|处理|上报|报送)(?!率)|"
    # a schedule or a standard named as the target: 按月发放, 按季度拨付, 按计划完成, 按标准补助
    r"按(?:月|季度?|年度?|周|日|计划|进度|标准|规定|要求)(?:足额)?(?:完成|发放|拨付|到位|支付|兑现|补助|开展|实施|推进|执行|上报|报送)(?!率)|"
    r"达标|合格|符合|优良|良好|较好|全部|全面完成|足额|零|无(?:重大|一般)?(?:事故|投诉|违规|差错)|实现全覆盖|"
    r"(?:有所|明显|显著|持续|稳步|逐步|进一步|不断)(?:提升|改善|提高|增强|下降|降低|减少|减轻|增加|好转|优化|缩小|扩大|加快)|"
    # a change against a named baseline ("较上年提高", "同比下降") is compared with that baseline
    r"(?:(?:较|比)(?:上年|去年|上一?年度?|上期|往年|基期)(?:同期)?|同比|环比)(?:有所|明显|显著)?"
    r"(?:提升|改善|提高|增强|下降|降低|减少|减轻|增加|增长|好转|优化)")
# A short cell holding a qualitative state is a graded target ("健全", "有效", "逐步完善"), and so is
# a yes/no outcome for a system or mechanism ("建立", "建立健全", "出台"): the result either exists or not;
# a period whole (开放时间 全年, 常年): a time target met or not; a cell that is only 全覆盖 (every one covered),
# not an aim that pursues it (积极推进…全覆盖). A state held over time (长期稳定, 长效有效) is graded
# the same way as one held at all: it lasts through the year or it does not; so is a thing kept running
# (持续运行, 常态化运行) or a set named whole as covered (全县中小学全覆盖 — no verb pursuing it), and
# an examination passed (通过省级验收, or 通过 alone under a name that says what is passed): each is met or not.
_SHORT_VALUE = re.compile(r"^(?:是|否|有|无|好|优|良|高|低|完成|已完成|未完成|达到|满意|通过|全年|常年|全天候|全覆盖|"
                          r"(?:已|基本)?(?:建立|建成|出台|制定|形成)(?:并)?(?:健全|完善|实施|执行|落实|运行|运转|推行)?|"
                          r"(?:得到|得以)?(?:基本|逐步|不断|进一步|持续|有效|长期|长效|正常|常态化|平稳|稳定)?(?:健全|完善|有效|规范|稳定|完整|齐全|准确|"
                          r"提升|提高|改善|增强|好转|减轻|降低|下降|保障|落实|运行|运转)|"
                          r"(?:(?!推进|推动|力争|努力|促进|逐步|加快|积极|争取|基本)[\u4e00-\u9fff]){1,10}全覆盖|"
                          r"(?:顺利|全部|一次性)?通过[\u4e00-\u9fff]{0,6}?(?:验收|考核|评审|评估|审核|检查|认证|复核|审查|核查|抽查|鉴定|测评))$")
# The author states there is no target ("未设置量化目标值", "不适用"): disclosed, not disguised.
_DISCLOSED = re.compile(r"未(?:设置|设定|明确|制定|确定)|不适用|^[/／—-]+$")
# A result cell that is only a measured value ("94.17%", "3.35万亩"): it measures the indicator named
# in its row, so it cannot be "about something else".
BARE_VALUE = re.compile(r"^[≥≤＞＜><约达为]*\s*\d[\d,，.]*\s*(?:[%％‰]|[\u4e00-\u9fa5]{0,4})$")
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}\s*年度?")
_RATE_NAMED = re.compile(r"^[^\d%％‰≥≤＞＜><]{2,12}率(?:[（(][%％][）)])?$")


def is_measurable(target: str) -> bool:
    """Whether a target cell states a standard the result can be compared with."""
    t = _YEAR_WORD.sub("", flat(target))
    label_m = _NUMBER_LABEL.match(t)
    if label_m:
        t = t[label_m.end():]
    if _RATE_NAMED.search(t):
        return False  # a rate named, its value not given (发放时间达标率): 达标 there names the rate, no standard
    return bool(_STANDARD.search(t) or _SHORT_VALUE.match(t.rstrip("。.")) or _DISCLOSED.search(t))
