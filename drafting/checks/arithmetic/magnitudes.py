"""An amount whose unit disagrees with its magnitude: 12.5元 among 万元 figures, 4500万元 among 元.

Part of the arithmetic check (see ``tables``). Officers switch between 元 and 万元 as they copy from
the accounts into the report; a figure keeps the digits and takes the wrong unit. Read where the
figures are alike: one sentence, or a run of ``标签：值`` lines (or of label lines each followed by its
value line, a form flattened one cell per line). A figure is reported when at least
two others there share one unit and name the same kind of thing (their labels end in the same head
noun: 经费, 费; a bare amount's two last letters, 余额 not 金额; a residual such as 其他支出 is no item
of a kind) or are items of one 、 list with it (…改造110万元、…建设300元、…项目263万元), and its digits, read in that
unit, sit among theirs (within ten times their median)
while as written it is a thousand times or more away from them.

A table's money column is such a run too (``check_column_units``): a column in 万元 (its label, or the
table's unit where its label names money and no unit of its own) whose one cell, read in 元, sits
among the other rows' figures while as written it is ten thousand times theirs (| 差旅费 | 84000 |
among 12.5, 3.6, 2.1): the accounts' 元 copied into a 万元 column. Three other rows at least, every
row's cell a positive amount, the cell five thousand times their median (a real 8,400万元 beside
3.6万元 items stays silent) and, where the column has a total, the total adds up only with the cell
read in 万元; a column of counts (人数, 户数) or rates is no money column, and a table with a row in a
unit or per head of its own (人均补助（元）, 补助标准) is left alone.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import AMOUNT, EXACT, Mention, extract
from ...quantities import Unit
from ...report import Report, TextUnit
from .bare_amounts import check_bare_amounts
from .conversions import check_conversions
from .grid import REACH, TOTAL_WORDS, YUAN, Grid, Num, make_finding, unit_in
from .unit_echoes import check_unit_echoes

__all__ = ["check_column_units", "check_magnitudes", "with_column_units"]

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_FIELD_LINE = 30
_Money = tuple[TextUnit, int, Mention]  # where, offset of the text the mention was read from, mention


# a rate per head or per item is small on purpose (人均经费12.5元, 亩均投入1600元, 每亩补助150元, 补助标准为800元),
# and a change is no amount of the list (比上年提高100元)
_PER = re.compile(r"均|每|标准|单价|/|／|提高|增加|增长|减少|下降|降低|节约|节省|超支|上升|差额|相差")


def _money(unit: TextUnit, start: int, end: int) -> list[_Money]:
    text = unit.text[start:end]
    if "元" not in text:
        return []  # an amount's unit is 元, 万元, 亿元 or 元/…: a text without 元 holds none (not read for figures)
    return [(unit, start, m) for m in extract(text)
            if m.is_claim and m.kind is AMOUNT and m.unit in YUAN and m.qualifier is EXACT
            and m.value > 0 and not _PER.search(text[max(0, m.start - 8):m.start] + text[m.end:m.end + 2])]


# a label line of a form flattened one cell per line (差旅费 / 8.4万元): a short name, no figure, no mark
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff“”（）()]{2,16}[:：]?$")


def _groups(report: Report, labels: dict[int, tuple[TextUnit, str]]) -> list[list[_Money]]:
    """The figures of each sentence, and of each run of short lines holding one amount each (a label
    line between two of them, its value on the next line, keeps the run and names the figure: put in
    ``labels`` by the value line's unit, the unit kept beside its id)."""
    groups: list[list[_Money]] = []
    run: list[_Money] = []
    label = ""
    for unit in report.units():
        text = unit.text.strip()
        found = _money(unit, 0, len(unit.text)) if len(text) <= _FIELD_LINE else []
        if len(found) == 1:
            if label and not text[: found[0][2].start].strip():
                labels[id(unit)] = (unit, label)  # the value line's words are its label line's
            run += found
            label = ""
            continue
        if unit.kind != "cell" and _LABEL_LINE.match(text) and not label:
            label = text
            continue
        label = ""
        if run:
            groups.append(run)
            run = []
        for s in _SENTENCE.finditer(unit.text):
            groups.append(_money(unit, s.start(), s.end()))
    groups.append(run)
    return [g for g in groups if len(g) >= 3]


# the 财务费用 of an account — interest, bank charges, exchange gains and losses — arise from its
# transactions, not from an allotment: a few 元 among 万元 items is their real size (银行手续费6.5元)
_ACCRUED = re.compile(r"(?:利息|手续费|汇兑)[\u4e00-\u9fff]{0,4}$")
_LABEL_TAIL = re.compile(rf"(?:[为是计约共合总]|{REACH}|共计|合计|总计|达到)+$")


_NOTE_BEFORE = re.compile(r"[（(][^（）()]{1,30}[）)]\s*$")


def _head(item: _Money, group: list[_Money], labels: dict[int, tuple[TextUnit, str]]) -> str:
    """The head of the label a figure closes (Chinese nouns are head-final: 宣传经费 is a 费, 年末结余 a
    余): the last letter of the words since the figure before it in the group, or the line's start."""
    unit, start, m = item
    prev = max((g[1] + g[2].end for g in group if g[0] is unit and g[1] + g[2].end <= start + m.start), default=0)
    # a bracketed note between the label and its figure describes the label (…建设资金项目(包括服务外包…)1709.98元)
    words = re.sub(r"[^\u4e00-\u9fff]", "", _NOTE_BEFORE.sub("", unit.text[prev:start + m.start]))
    if not words and (held := labels.get(id(unit))) is not None and held[0] is unit:
        words = re.sub(r"[^\u4e00-\u9fff]", "", held[1])
    words = _LABEL_TAIL.sub("", words)
    if re.search(r"(?:其他|其余|剩余|另)[\u4e00-\u9fff]{0,6}$", words):
        return ""  # a residual (其他支出) holds what is left, of any size
    if _ACCRUED.search(words):
        return ""  # what the bank account accrues (利息收入, 银行手续费): no budget sets its size
    # a bare amount (额, 数, 款) says no kind; its modifier does: 余额 is not 金额, 执行数 not 预算数
    return words[-2:] if words[-1:] in ("额", "数", "款", "金", "值") else words[-1:]


def _odd_one(group: list[_Money], labels: dict[int, tuple[TextUnit, str]]) -> list[tuple[_Money, Unit, list[_Money], tuple[str, str] | None]]:
    """A figure off by a unit among like items: items of one kind — their labels end in the same head
    noun (…经费, …费) — have magnitudes alike; a balance, a carry-over or an income beside spendings
    is another kind (年末结余3,400元 after 收入862万元, 支出870万元 is a small balance, rightly in 元)."""
    out: list[tuple[_Money, Unit, list[_Money], tuple[str, str] | None]] = []
    heads = [_head(g, group, labels) for g in group]
    for i, (_, _, m) in enumerate(group):
        if not heads[i]:
            continue
        for other in YUAN:
            if other is m.unit:
                continue
            if sum(1 for g in group if g[2].unit is other) < len(group) - 1:
                continue  # the others must agree on their unit
            peers = [g for g, h in zip(group, heads, strict=True) if g[2].unit is other and h == heads[i]]
            share = _share_of(group[i], group, other) or _sum_of_parts(group[i], group, other)
            if share is not None:
                out.append((group[i], other, share[0], share[1]))
                continue  # its own share of a figure there proves the unit, whatever the kinds
            if len(peers) < 2 and len(tiny := _tiny_among(group, i, other)) >= 2:
                if m.value <= 10 * max(p[2].value for p in tiny):  # read in 万元, no larger than the rest by far
                    out.append((group[i], other, tiny, None))
                continue
            if len(peers) < 2:
                peers = _list_peers(group, i, other)  # or be items of one 、 list with it, a list's items being alike
            if len(peers) < 2:
                continue  # and two of them at least be of its kind
            # imported here: most reviews never get this far, and the import is 16 M instructions
            from statistics import median

            mid = Decimal(str(median(p[2].value for p in peers)))
            as_peer = m.value  # the digits read in the peers' unit
            as_written = m.value * YUAN[m.unit] / YUAN[other]
            near = mid / 10 <= as_peer <= mid * 10
            far = as_written >= mid * 1000 or as_written * 1000 <= mid
            if near and far:
                out.append((group[i], other, peers, None))
    return out


# between two items of one list: the first's figure closes its item, a 、 opens the next (…改造110万元、…建设300元、)
_LIST_GAP = re.compile(r"\s*、[^，,。；;：:、（）()\d]{2,24}$")


def _list_peers(group: list[_Money], i: int, other: Unit) -> list[_Money]:
    """The figures in ``other`` of the 、 list ``group[i]`` is an item of (下达A110万元、B300元、C263万元): each item a
    label and its figure, parted by 、 alone; its items name things of one kind, whatever their head nouns."""
    unit = group[i][0]
    chain = [i]
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(group) and group[k + step][0] is unit:
            a, b = sorted((group[k], group[k + step]), key=lambda g: g[1] + g[2].start)
            if not _LIST_GAP.match(unit.text[a[1] + a[2].end:b[1] + b[2].start]):
                break
            k += step
            chain.append(k)
    return [group[k] for k in chain if k != i and group[k][2].unit is other]


_PRICE = re.compile(r"(?<!评)价")  # a price (票价, 单价, 价格), not an evaluation (绩效评价经费)


def _tiny_among(group: list[_Money], i: int, other: Unit) -> list[_Money]:
    """The sentence's 万元 figures where ``group[i]`` is under 100 元 among them (社工站项目30万元，超收分成10元):
    no item of a budget is that small, whatever its kind, so the 万 was dropped. Not a balance, a refund or what
    the account accrues (``_REST``: 结余0.3元 is a real remainder), nor a price (门票价格10元)."""
    unit, start, m = group[i]
    before = unit.text[max(0, start + m.start - 12):start + m.start]
    if m.unit is not Unit.YUAN or other is not Unit.WAN_YUAN or m.value >= _TINY or _REST.search(before) or _PRICE.search(before):
        return []
    return [g for j, g in enumerate(group) if j != i and g[2].unit is other]


_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]\s*(?:[为是即计约共合达]|共计|合计|达到)*$")


def _share_of(item: _Money, group: list[_Money], other: Unit) -> tuple[list[_Money], tuple[str, str]] | None:
    """The figure ``item`` is a stated share of (中央补贴47.5%为614.39万元, 省级补贴32.5%为420.37元 after
    总保费1293.45万元): the percentage right before it, times a figure of the group in ``other``, gives
    its digits exactly at their shown places — in that unit, not in the one it is written in."""
    unit, start, m = item
    prev = max((g[1] + g[2].end for g in group if g[0] is unit and g[1] + g[2].end <= start + m.start), default=0)
    share = _SHARE.search(unit.text[prev:start + m.start])
    if share is None:
        return None
    rate = Decimal(share[1]) / 100
    step = Decimal(1).scaleb(-m.places)
    for g in group:
        w = g[2]
        if g is not item and w.unit is other and (w.value * rate).quantize(step, rounding=ROUND_HALF_UP) == m.value:
            return [g], ("比例", f"{share[1]}%×{unit.text[g[1] + w.start:g[1] + w.end]}={format(m.value, 'f')}{other.value}")
    return None


_OPENS_PARTS = re.compile(r"\s*[:：，,]?\s*(?:其中|包括)")


def _sum_of_parts(item: _Money, group: list[_Money], other: Unit) -> tuple[list[_Money], tuple[str, str]] | None:
    """The parts its 其中 opens (全年预算数2089元：其中中央资金1777万元，省级资金312万元), the figures right after
    it, all in ``other``, add up to its digits exactly: the total is theirs, in their unit."""
    unit, start, m = item
    if not _OPENS_PARTS.match(unit.text, start + m.end):
        return None
    k = next(j for j, g in enumerate(group) if g is item)
    parts = []
    for g in group[k + 1:]:
        if g[0] is not unit or g[2].unit is not other:
            break
        parts.append(g)
    if len(parts) < 2 or sum((p[2].value for p in parts), Decimal(0)) != m.value:
        return None
    shown = "+".join(unit.text[p[1] + p[2].start:p[1] + p[2].end] for p in parts)
    return parts, ("“其中”所列各项之和", f"{shown}={format(m.value, 'f')}{other.value}")


def _num(item: _Money) -> Num:
    unit, start, m = item
    return Num(m.value, m.places, False, unit.at(start + m.start, start + m.end), unit.text[start + m.start:start + m.end])


# a sum named as a fund, an allotment or a budget (市级资金配套3.6元, 项目预算资金8.5元): a budget unit
# accounts no such sum under a hundred 元; a rest or a balance may be any size (结余0.36元, 利息收入3.6元)
_FUND = re.compile(r"(?:资金|经费|预算|拨款|配套|投入|投资)(?:[为是计达共]|共计|合计|总计|达到)*$")
_REST = re.compile(r"结余|结转|余额|剩余|利息|差额|尾差|尾款|零星|手续费|节约|节省|退回|缴回")
_TINY = Decimal(100)


def _tiny_funds(report: Report) -> list[Finding]:
    """A fund of less than 100 元 (the 万 of 万元 dropped), where its sentence states no other money that
    could show the writer counts in 元 (a list of small sums is ``_odd_one``'s)."""
    out: list[Finding] = []
    for unit in report.units():
        if "元" not in unit.text:
            continue
        for s in _SENTENCE.finditer(unit.text):
            found = _money(unit, s.start(), s.end())
            if len(found) != 1:
                continue
            _, start, m = found[0]
            before = unit.text[max(s.start(), start + m.start - 12):start + m.start]
            if m.unit is not Unit.YUAN or m.value >= _TINY or not _FUND.search(before) or _REST.search(before):
                continue
            n = _num(found[0])
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
                f"“{n.text}”的单位疑误：作为资金、经费或预算，金额不足百元", n, [],
                f"“{before.strip()}{n.text}”说的是一笔资金，不足100元的资金不会单独安排和核算；多半漏写了“万”字",
                f"核对单位，可能应为{format(m.value, 'f')}万元", "amount_unit"))
    return out


# the whole year's budget of what the report evaluates, as the forms name it (年初预算数, 全年预算资金, 年度预算总额),
# or the whole year's income or spending (年度总支出, 支出总额): no budget unit plans a project or a year's spending
# at less than a thousand 元, nor spends or takes in less
# (the unit's or the year's own: 本单位总收入, 年度总支出 — not a category's, 三公经费总支出, 项目支出总额, which may be small)
_WHOLE_BUDGET = re.compile(r"(?:(?:年初|全年|年度|调整后)预算(?:资金|金额)?(?:总额|总数|数)?"
                           r"|(?:(?<![\u4e00-\u9fff])|(?<=年)|(?<=年度)|(?<=部门)|(?<=单位))"
                           r"(?:总(?:支出|收入)(?:额|数)?|(?:支出|收入)总(?:额|数|计)))(?:[为是:：\s]|共计|合计)*$")
_WHOLE_WORDS = re.compile(r"预算|总支出|总收入|支出总|收入总")
_SMALL_BUDGET = Decimal(1000)


def _tiny_budgets(report: Report) -> list[Finding]:
    """A whole budget field (年初预算数100元) under 1,000 元 in a paragraph (or field line) whose 元 amounts
    are all that small: the figures were copied in 万元 and took 元 (a larger 元 amount there, or a budget
    field of 1,000 元 or more anywhere, shows the writer counts in 元). Told once: the report's other
    budget fields repeat the slip and are shown with it."""
    slips: list[_Money] = []
    for unit in report.units():
        if "元" not in unit.text or not _WHOLE_WORDS.search(unit.text):
            continue
        found = _money(unit, 0, len(unit.text))
        budgets = [f for f in found if f[2].unit is Unit.YUAN
                   and _WHOLE_BUDGET.search(unit.text[max(0, f[2].start - 12):f[2].start])]
        if any(f[2].unit is Unit.YUAN and f[2].value >= _SMALL_BUDGET for f in found):
            if budgets:
                return []  # a budget stated in 元 at a thousand or more: the writer counts in 元
            continue
        if budgets and not (len(found) == 1 and budgets[0][2].value < _TINY):  # one under 100 元 alone: ``_tiny_funds``'s
            slips.extend(budgets)
    if not slips:
        return []
    n = _num(slips[0])
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{n.text}”的单位疑误：作为全年预算或全年收支总额，金额不足千元", n, [_num(f) for f in slips[1:4]],
        "年初预算数、全年预算数和全年的总收入、总支出是所评价项目或单位全年的资金，不会不足1000元；同处以元计的金额都很小，多半是把万元数字写成了元",
        f"核对单位，可能应为{format(slips[0][2].value, 'f')}万元", "amount_unit")]


def check_magnitudes(report: Report) -> list[Finding]:
    out: list[Finding] = _tiny_funds(report) + _tiny_budgets(report) + check_conversions(report) + check_bare_amounts(report) \
        + check_unit_echoes(report)
    labels: dict[int, tuple[TextUnit, str]] = {}
    for group in _groups(report, labels):
        for item, other, peers, proof in _odd_one(group, labels):
            n = _num(item)
            said, want = item[2].unit.value, other.value
            shown = "、".join(_num(p).text for p in peers[:3])
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
                (f"“{n.text}”的单位疑误：按同句的{proof[0]}应为{format(item[2].value, 'f')}{want}" if proof else
                 f"“{n.text}”的单位疑误：同处其他金额均以{want}计，按{said}计它与其他金额相差千倍以上"), n,
                [_num(p) for p in peers[:3]],
                (f"同句的{proof[0]}算得 {proof[1]}，数字与“{n.text}”相同，单位却是{want}" if proof else
                 f"同一处的其他金额（{shown}）以{want}计；“{n.text}”的数字按{want}读与它们相当，按{said}读则相差千倍以上"),
                f"核对单位，可能应为{format(item[2].value, 'f')}{want}", "amount_unit"))
    return out


_MONEY_LABEL = re.compile(r"金额|资金|经费|预算|决算|支出|收入|拨款|投资|费|额|数")
_COUNT_LABEL = re.compile(r"人|户|个|次|项|率|比|%|％|面积|里程|亩|公里|吨")


def _wan_column(label: str, table_unit: Unit | None) -> bool:
    """Whether a column holds 万元: its label says so, or it names money without a unit of its own in a 万元 table."""
    own = unit_in([label])
    if own is not None:
        return own is Unit.WAN_YUAN
    return table_unit is Unit.WAN_YUAN and bool(_MONEY_LABEL.search(label)) and not _COUNT_LABEL.search(label)


def _column_odd(nums: list[Num], totals: list[Num]) -> Num | None:
    """The one cell written in 元 among a 万元 column's cells: five thousand times their median or more,
    near it read in 元; where the column has a total, the total must add up with that cell in 万元 (and then
    a thousand times and within ten times of it do: the total is the evidence)."""
    from statistics import median  # here, not at the top: a review that reaches no 万元 column never needs it

    times, near = (1_000, 10) if totals else (5_000, 5)
    for n in nums:
        others = [o.value for o in nums if o is not n]
        mid = Decimal(str(median(others)))
        if not (mid > 0 and n.value >= mid * times and mid / near <= n.value / 10_000 <= mid * near):
            continue
        fixed = sum(others, n.value / 10_000)
        if all(abs(t.value - fixed) <= len(nums) * t.half * 2 for t in totals):
            return n
    return None


def check_column_units(grids: list[Grid]) -> list[Finding]:
    """A cell of a 万元 column written in 元: thousands of times the other rows, among them read in 元. Three
    other rows at least; two do where the column's total adds up only with the cell read in 万元 (a column
    without a label of its own counts as money then, in a table in 万元)."""
    out: list[Finding] = []
    for g in grids:
        labels = g.col_labels or ({c: "" for c in range(1, max(len(r.cells) for r in g.rows))}
                                  if g.rows and g.unit is Unit.WAN_YUAN else {})
        for c, label in labels.items():
            if label and not _wan_column(label, g.unit):
                continue
            cells = [(row, row.cells[c]) for row in g.rows if c < len(row.cells)]
            if any(_PER.search(row.label) or "元" in row.label for row, _ in cells):
                continue  # a row in its own unit (人均补助（元）, 标准), beside the column's 万元
            parts = [n for row, n in cells if not any(w in row.label for w in TOTAL_WORDS)]
            totals = [n for row, n in cells if n is not None and any(w in row.label for w in TOTAL_WORDS)]
            nums = [n for n in parts if n is not None and not n.percent and n.value > 0]
            if len(nums) < (3 if totals else 4) or (not label and not totals) or len(nums) != len(parts) \
                    or (n := _column_odd(nums, totals)) is None:
                continue
            others = [o for o in nums if o is not n]
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
                f"“{n.text}”的单位疑误：该列以万元计，此数按万元读比同列其他金额大数千倍", n, others[:3],
                f"同列其他金额（{'、'.join(o.text for o in others[:4])}）以万元计；"
                f"“{n.text}”按元读为{format(n.value / 10_000, 'f')}万元，与它们相当",
                f"核对单位，可能应为{format(n.value / 10_000, 'f')}（万元）", "amount_unit"))
    return out


_UNIT_RULES = ("amount_unit", "form_amount_unit")


def with_column_units(grids: list[Grid], findings: list[Finding]) -> list[Finding]:
    """``findings`` and the column-unit ones (``check_column_units``), less any other finding that reads a
    cell a unit finding names (a column total, a row's rate): one finding for one slip, the unit's, which
    names the fix."""
    found = findings + check_column_units(grids)
    odd = {f.location.location for f in found if f.rule in _UNIT_RULES}
    return [f for f in found if f.rule in _UNIT_RULES or not any(r.location in odd for r in f.related)]
