"""The 自评表's budget block, wherever its cells landed: 执行率 = 全年执行数 / 全年预算数, and the
total row against 财政拨款 + 上年结转 + 其他资金.

Why: every 部门整体/项目支出绩效自评表 (财预〔2020〕10号 and the provinces' copies) opens with the same
block — 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, rows 年度资金总额, 其中：财政拨款,
上年结转资金, 其他资金. Published copies flatten it: one cell per line, blank lines between, cells
ending in "|", header words broken over two lines (全年 / 执行数). Read as a stream of cells, the
block is recognised by its header names whatever the layout, and its two relations checked.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ...calibration import calibrated
from ...findings import Finding, FindingLocation, Kind, Severity
from ...numbers.textnorm import fold_width, no_blanks
from ...quantities import places_of
from ...report import Report, TextUnit
from ..held import once_held

__all__ = ["FormCell", "budget_blocks", "check_forms", "form_cells"]

from .form_cells import (
    HEADERS,
    PARTS,
    FormCell,
    cell_name,
    cell_value,
    form_cells,
    header_at,
    verb_of,
)
from .form_scores import score_findings
from .form_totals import total_findings
from .form_units import unit_slips
from .glued_rows import glued_blocks


def _blocks(cells: list[FormCell]) -> list[tuple[Block, list[FormCell]]]:
    """Each budget block: its column roles and its rows (label cell, one (cell, value) per column),
    with the labels of its source rows left blank."""
    out = []
    i = 0
    while i < len(cells):
        roles: list[str] = []
        words: dict[str, str] = {}
        j = i
        while (h := header_at(cells, j)) is not None:
            roles.append(h[0])
            words[h[0]] = h[2]
            j = h[1]
        if not _block_roles(roles) or len(roles) != len(set(roles)) or _mixed(words):
            i = max(j, i + 1)
            continue
        rows, after, blanks = _rows(cells, j, roles)
        if "rate" not in roles and not any(_central(label.text) for label, _ in rows):
            rows = []  # money columns alone: read in a 转移支付 form only (a 部门整体 form has its rate)
        if rows:
            out.append(((roles, rows, words.get("rate", "执行率")), blanks))
        i = after if rows else j  # a header with no rows under it does not swallow the next one's first cells
    return out


Block = tuple[list[str], list[tuple[FormCell, list[tuple[FormCell, Decimal | None]]]], str]


def _block_roles(roles: list[str]) -> bool:
    """Whether a header's columns make a budget block: a budget, a spending and their rate; or, in a
    form whose template has no rate column (转移支付 forms of some provinces: its rows must name 中央财政资金),
    the money columns only, whose total row then still adds up its sources."""
    return {"budget", "spent", "rate"} <= set(roles) or ({"budget", "spent"} <= set(roles) <= {"initial", "budget", "spent"})


def _mixed(words: dict[str, str]) -> bool:
    """Whether a block's spending column and its rate name different verbs (实际支付数 beside 执行率):
    which the rate divides is then unsaid. A block of another verb's rate needs its spending column."""
    return "rate" in words and verb_of(words["spent"]) != verb_of(words["rate"])
Row = tuple[FormCell, list[tuple[FormCell, Decimal | None]]]
# a table of projects numbers its rows: 序号 | 项目名称 | 预算数 | 执行数 | 执行率
_SERIAL = re.compile(r"^\d{1,3}$")
_NOTE_CELLS = 2  # text cells a block may hold outside its rows: a 原因 header, a note beside a row


def _rows(cells: list[FormCell], j: int, roles: list[str]) -> tuple[list[Row], int, list[FormCell]]:
    """The rows under a header from cell ``j``: a label, then a value for every column. Empty cells
    are not cells, so a row whose trailing columns (分值, 得分) are blank is one value per column
    up to its 执行率 — read so only when that value is written as a percentage and no money column's
    is; a row one value short whose percentage stands one column early left its 年初预算数 blank. A
    text cell with no values after it (a 原因 column's header or note) is passed over; one naming a
    source of the total (其他资金 | | |) is a source row left blank, and is returned apart."""
    need = max(roles.index(r) for r in ("budget", "spent", "rate") if r in roles) + 1
    rows: list[Row] = []
    blanks: list[FormCell] = []
    notes = 0
    first: list[tuple[FormCell, Decimal | None]] = [
        (c, v[1]) for c in cells[j:j + len(roles)] if (v := cell_value(c))[0] and v[1] is not None]
    if len(first) == len(roles) and all(cell_value(c)[0] for c in cells[j:j + len(roles)]) \
            and (_percent_where_rate(first, roles) or _sources_after(cells, j + len(roles))):
        # a row right under its header with no label (… 执行率 得分 80.00 86.40 79.25 10 91.72% 9.17): the
        # block's only row, read only when every column holds a number and the per-cent one is the rate;
        # or the row over 其中 and its sources, which is their total (its label set elsewhere by the copy)
        name = "总额" if _sources_after(cells, j + len(roles)) else ""
        rows.append((FormCell(cells[j].unit, cells[j].start, cells[j].start, name), first))
        j += len(roles)
    while j < len(cells):
        if _SERIAL.match(cells[j].text) and j + 1 < len(cells) and not cell_value(cells[j + 1])[0]:
            j += 1  # a row's 序号 before its label (| 2 | 高标准农田建设 | 86.40 | 79.25 | 91.72% |)
        if cell_value(cells[j])[0]:
            break
        values = []
        for c in cells[j + 1:j + 1 + len(roles)]:
            if not (v := cell_value(c))[0]:
                break
            values.append((c, v[1]))
        if len(values) == len(roles) and _more_on_its_line(cells, j, j + 1 + len(values)):
            break  # more figures on the row's line than the header has columns: which is whose is unknown
        if len(values) == len(roles) or (len(values) >= need and _percent_where_rate(values, roles)):
            rows.append((cells[j], values + [(cells[j], None)] * (len(roles) - len(values))))
            j += 1 + len(values)
        elif values and len(values) == _money_columns(roles) and _source(cells[j].text):
            # a 其中 row holds the money columns only: the template leaves its 分值, 执行率, 得分 blank
            rows.append((cells[j], values + [(cells[j], None)] * (len(roles) - len(values))))
            j += 1 + len(values)
        elif roles[0] == "initial" and len(values) == len(roles) - 1 and _percent_where_rate(
                [(cells[j], None), *values], roles):
            rows.append((cells[j], [(cells[j], None), *values]))  # its 年初预算数 left blank
            j += 1 + len(values)
        elif not values and _source(cells[j].text):
            blanks.append(cells[j])
            j += 1
        elif not values and (notes < _NOTE_CELLS or _wrapped(cells, j)):
            notes += not _wrapped(cells, j)
            j += 1
        else:
            break
    return rows, j, blanks


def _sources_after(cells: list[FormCell], k: int) -> bool:
    """Whether cell ``k`` opens the 其中 list of the total's sources (其中：中央财政资金)."""
    return k < len(cells) and no_blanks(cells[k].text).startswith("其中") and _source(cells[k].text)


def _more_on_its_line(cells: list[FormCell], j: int, k: int) -> bool:
    """Whether cell ``k``, after a row's values, is one more figure on the line of the row's label ``j``
    (年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10 under six columns)."""
    return k < len(cells) and cells[k].unit is cells[j].unit and cell_value(cells[k])[0]


_FULL_LINE = 30  # a line this long that a PDF broke: the next text cell goes on with it


def _wrapped(cells: list[FormCell], j: int) -> bool:
    """Whether text cell ``j`` goes on with the long note before it (a note hard-wrapped by a PDF)."""
    return j > 0 and len(cells[j - 1].text) >= _FULL_LINE and not cell_value(cells[j - 1])[0]


def _money_columns(roles: list[str]) -> int:
    """How many columns the block opens with that hold money (上年执行数, 年初预算数, 全年预算数, 全年执行数)."""
    return next((k for k, r in enumerate(roles) if r not in ("prior", "initial", "budget", "spent")), len(roles))


def _central(label: str) -> bool:
    return PARTS.get(cell_name(label).removeprefix("其中").lstrip(":：")) == "central"


def _source(label: str) -> bool:
    """Whether a row's label names one of the total's sources (其中：财政拨款, 上年结转资金, 其他资金)."""
    return cell_name(label).removeprefix("其中").lstrip(":：") in PARTS


def _percent_where_rate(values: list[tuple[FormCell, Decimal | None]], roles: list[str]) -> bool:
    if "rate" not in roles:
        return False

    def pct(k: int) -> bool:
        return values[k][0].text.rstrip().endswith(("%", "％"))
    return pct(roles.index("rate")) and not any(pct(roles.index(r)) for r in ("budget", "spent") if r in roles) \
        and all(not pct(k) for k, r in enumerate(roles[:len(values)]) if r == "initial")


def _paired_blocks(cells: list[FormCell]) -> list[Block]:
    """Budget blocks laid out as label-then-value lines (年度预算资金 / 全年预算数 / 1,385.40 / 全年执行数 /
    1,362.18 / 执行率 / 98.32% / 其中：基本支出 / 全年预算数 / 905.40 …): each row label followed by its
    (header, value) pairs. Rows without a column get an empty value in it."""
    out: list[Block] = []
    rows: list[tuple[FormCell, dict[str, tuple[FormCell, Decimal | None]]]] = []
    words: dict[str, str] = {}
    i = 0
    while i <= len(cells):
        pairs: dict[str, tuple[FormCell, Decimal | None]] = {}
        j = i + 1
        while j < len(cells) and (h := header_at(cells, j)) is not None and h[1] < len(cells) \
                and (v := cell_value(cells[h[1]]))[0] and h[0] not in pairs:
            pairs[h[0]] = (cells[h[1]], v[1])
            words.setdefault(h[0], h[2])
            j = h[1] + 1
        if i < len(cells) and pairs and not cell_value(cells[i])[0] and header_at(cells, i) is None:
            rows.append((cells[i], pairs))
            i = j
            continue
        if rows and any({"budget", "spent"} <= set(p) for _, p in rows) and not ("rate" in words and _mixed(words)):
            roles = [r for r in HEADERS.values() if any(r in p for _, p in rows)]
            roles = list(dict.fromkeys(roles))
            out.append((roles, [(label, [p.get(r, (label, None)) for r in roles]) for label, p in rows],
                        words.get("rate", "执行率")))
        rows, words = [], {}
        i += 1
    return out


def _rate_finding(report: Report, roles: list[str], label: FormCell, row: list[tuple[FormCell, Decimal | None]],
                  word: str = "执行率") -> Finding | None:
    col = dict(zip(roles, row, strict=True))
    if not {"budget", "spent", "rate"} <= set(col):
        return None  # a block laid out label by value may lack the rate column
    return _rate_against(report, label.text, col["budget"], col["spent"], col["rate"], word)


def _yuan(text: str) -> Decimal | None:
    """元 per unit of a cell written with its money unit (万元 10,000, 元 1); None when it names none."""
    t = text.rstrip()
    return Decimal(10000) if t.endswith("万元") else Decimal(1) if t.endswith("元") else None


def _rate_against(report: Report, label: str, budget_cell: tuple[FormCell, Decimal | None],
                  spent_cell: tuple[FormCell, Decimal | None], rate_cell: tuple[FormCell, Decimal | None],
                  word: str = "执行率") -> Finding | None:
    """执行率 = 全年执行数 ÷ 全年预算数, at the rate's shown precision (half-up or truncated); a rate
    capped at 100% over spending above the budget is as forms score it."""
    budget, spent, rate = budget_cell[1], spent_cell[1], rate_cell[1]
    if budget == 0 and spent == 0 and rate:
        return _zero_base(report, label, budget_cell[0], spent_cell[0], rate_cell[0], word)
    if budget is None or spent is None or rate is None or budget <= 0:
        return None
    b_unit, s_unit = _yuan(budget_cell[0].text), _yuan(spent_cell[0].text)
    if b_unit is not None and s_unit is not None and b_unit != s_unit:  # 预算数5000000元，执行数450万元
        budget, spent = budget * b_unit, spent * s_unit
    exact = spent / budget * 100
    places = places_of(rate)
    if "%" not in rate_cell[0].text and "％" not in rate_cell[0].text and 0 < rate <= 2 and exact > 2:
        # a rate written as the ratio itself (0.955 for 95.5%), no per-cent sign
        rate, places = rate * 100, places - 2 if places else 0  # (1 is 100%, not a ratio rounded to units)
    q = Decimal(1).scaleb(-places)
    shown = {exact.quantize(q, ROUND_HALF_UP), exact.quantize(q, ROUND_DOWN)}
    if rate in shown or abs(rate - exact) < q or (exact > 100 and rate == 100):
        return None
    right = exact.quantize(Decimal("0.01"), ROUND_HALF_UP)
    rule = "form_rate"
    cell = rate_cell[0]
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
        message=(f"“{label}”的" if label else "") + f"{word}写作{cell.text}，按"
                + ("全年执行数÷全年预算数" if word in HEADERS else f"{word[:-1]}数÷预算数") + f"应为{right}%",
        location=FindingLocation.of(report, cell.unit.at(cell.start, cell.end)),
        related=[FindingLocation.of(report, c.unit.at(c.start, c.end)) for c in (budget_cell[0], spent_cell[0])],
        evidence=f"{spent_cell[0].text} ÷ {budget_cell[0].text} = {right}%", suggestion=f"改为{right}%（并核对得分）",
        rule=rule)


def _zero_base(report: Report, label: str, budget: FormCell, spent: FormCell, rate: FormCell, word: str) -> Finding:
    """A rate over nothing budgeted (0 | 0 | 100%): 0 ÷ 0 is no ratio, so no figure can be the row's rate."""
    rule = "form_rate_zero_base"
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
        message=(f"“{label}”的" if label else "") + f"预算数和执行数都是0，{word}却写作{rate.text}",
        location=FindingLocation.of(report, rate.unit.at(rate.start, rate.end)),
        related=[FindingLocation.of(report, c.unit.at(c.start, c.end)) for c in (budget, spent)],
        evidence=f"{spent.text} ÷ {budget.text}：除数为0，{word}无从计算，写作{rate.text}没有依据",
        suggestion=f"{word}留空或填“—”（并核对得分）", rule=rule)


# the same block written as 标签：值 fields, one or several to a line: 全年预算数：1,350.00 / 全年执行数：
# 1,296.00 / 执行率：96.00% (or with no colon: 全年执行数1,296.00万元)
_FIELD = re.compile(r"^(年初预算数|全年预算数|调整后预算数|预算数|全年执行数|预算执行数|执行数|预算执行率|执行率)(?:[(（][^()（）]{0,12}[)）])?[:：为]?\s*"
                    r"([-+]?\d[\d,]*(?:\.\d+)?)\s*(?:万元|元|%)?$")
_FIELD_GAP = 2  # other cells allowed between two fields of one block
_SHOWN = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|%)?(?=\s*$)")


# fields run into one sentence split at its marks (全年预算数：86.40万元；全年执行数：79.25万元；执行率：
# 91.72%), a comma before three digits being a thousands separator (864,000.00元), or at a space
# between one field's value and the next one's label (全年预算数：86.40万元 全年执行数：79.25万元)
# (written to open with one character class, which ``re`` skips to in C, each branch told by what
# stands just behind: a branch opening with a look-behind had every branch tried at every character)
_FIELD_MARK = re.compile(r"[；;。，, \u3000](?:(?<=[；;。，])|(?<=,)(?!\d{3})|(?<=[\d%％元][ \u3000])[ \u3000]*(?=[\u4e00-\u9fff]))")


def _pieces(cell: FormCell) -> list[FormCell]:
    """A cell's clauses, each a cell of its own: a 标签：值 field may close at a mark, not a cell's end."""
    if not _FIELD_MARK.search(cell.text):
        return [cell]
    out, pos = [], 0
    for m in [*_FIELD_MARK.finditer(cell.text), None]:
        end = m.start() if m else len(cell.text)
        piece = cell.text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append(FormCell(cell.unit, cell.start + pos + lead, cell.start + pos + lead + len(piece.strip()), piece.strip()))
        pos = m.end() if m else end
    return out


def _field_rates(report: Report, cells: list[FormCell]) -> list[Finding]:
    """执行率 fields against the 全年预算数 and 全年执行数 fields just before them, each named once."""
    out: list[Finding] = []
    group: dict[str, tuple[FormCell, Decimal | None]] = {}
    gap = 0
    for c in cells:
        bare = c.text.replace(" ", "")
        if "预算" not in bare and "执行" not in bare:  # no piece names a field (each label holds 预算 or 执行):
            gap += _piece_count(c.text)  # only how many pieces there are counts (most cells, paragraphs too)
            if gap > _FIELD_GAP:
                group = {}
            continue
        for cell in _pieces(c):
            m = _FIELD.match(fold_width(cell.text).replace(" ", ""))
            if m is None:
                gap += 1
                if gap > _FIELD_GAP:
                    group = {}
                continue
            gap, role = 0, HEADERS[m.group(1)]
            if role in group:
                group = {}
            value = Decimal(m.group(2).replace(",", ""))
            shown = _SHOWN.search(fold_width(cell.text))
            if shown is not None:  # the field's value is the cell quoted
                cell = FormCell(cell.unit, cell.start + shown.start(), cell.start + shown.end(), shown.group())
            group[role] = (cell, value)
            if {"budget", "spent", "rate"} <= set(group):
                if (f := _rate_against(report, "", group["budget"], group["spent"], group["rate"])) is not None:
                    out.append(f)
                group = {}
    return out


def _piece_count(text: str) -> int:
    """``len(_pieces(cell))`` for a cell of ``text``, without making the pieces."""
    if not _FIELD_MARK.search(text):
        return 1
    return sum(1 for piece in _FIELD_MARK.split(text) if piece.strip())


_ROWS_AFTER = 8  # rows of a budget block under its header line (总额, 其中 three sources, 基本/项目支出)


def _word_cells(report: Report) -> list[FormCell]:
    """The words of units that hold a budget block's header (执行数 …) split at every space: a form
    copied from a PDF or a page keeps one space between its cells (年度资金总额 100 100 95 10 95% 9.5)."""
    units = list(report.units())
    keep: set[int] = set()
    # (words broken by a space, 全年执 行数, and a header over two lines: the gate reads without spaces)
    bare = [no_blanks(u.text) for u in units]
    for k in range(len(units)):
        rates = bare[k] + (bare[k + 1] if k + 1 < len(bare) else "")
        if ("率" in rates and any(f"{m.group(1) or m.group(2)}率" in rates for m in _SPENT_WORD.finditer(bare[k]))) \
                or ("全年预算数" in bare[k] and "全年执行数" in bare[k]):  # (a template without the rate column)
            keep.update(range(k, k + _ROWS_AFTER + 1))  # the header's line and the rows under it
    return [c for k in sorted(keep) if k < len(units) for c in _bracketed(units[k], list(_WORD.finditer(units[k].text)))]


def _bracketed(unit: TextUnit, words: list[re.Match[str]]) -> list[FormCell]:
    """The words as cells, a bracket after a label's word kept with it up to its close (其他资金 (包括以前
    年度结转资 金): a note inside a label's cell, wrapped in the copy, is no cell of its own."""
    out: list[FormCell] = []
    depth = 0
    for m in words:
        w = m.group()
        opens = w[0] in "(（" and out and not cell_value(out[-1])[0]
        if (depth > 0 or opens) and out:
            last = out[-1]
            out[-1] = FormCell(unit, last.start, m.end(), unit.text[last.start:m.end()])
        else:
            out.append(FormCell(unit, m.start(), m.end(), w))
        if depth > 0 or opens:
            depth = max(0, depth + w.count("(") + w.count("（") - w.count(")") - w.count("）"))
    return out


# a header's spending word and the verb its rate must name (执行数 … 执行率, 实际支付数 … 支付率)
_SPENT_WORD = re.compile(r"(执行|支付|拨付|到位|发放|兑付|使用)(?:数|金额|资金)|(?:实际|已)(支付|拨付|到位|发放|兑付|使用)")
# a word between spaces, and a per-cent sign a space apart from its number (91.72 %)
_WORD = re.compile(r"[^\s|]+(?:[ \u3000]+[%％](?=[\s|]|$))?")


# the staffing row of a 部门整体支出绩效评价基础数据表: 编制数 | 2023年实际在职人数 | 控制率, then its values
_POSTS = re.compile(r"^(?:核定)?编制(?:人)?数$")
_STAFF = re.compile(r"^(?:(?:19|20)\d\d年)?(?:实际在职|在职|实有)人数$")
_CONTROL = re.compile(r"^(?:人员)?控制率$")


def _control_rates(report: Report, cells: list[FormCell]) -> list[Finding]:
    """控制率 = 实际在职人数 ÷ 编制数, at the rate's shown precision (half-up or truncated)."""
    out: list[Finding] = []
    for k in range(len(cells) - 5):
        if "编" not in cells[k].text:
            continue  # a name is the cell's text with characters left out: 编制数 needs a 编 (most cells have none)
        names = [fold_width(cell_name(c.text)).replace(" ", "") for c in cells[k:k + 3]]  # (２０２２年实际在职人数)
        if not (_POSTS.match(names[0]) and _STAFF.match(names[1]) and _CONTROL.match(names[2])):
            continue
        (is_a, posts), (is_b, staff), (is_p, rate) = (cell_value(c) for c in cells[k + 3:k + 6])
        rate_cell = cells[k + 5]
        if not (is_a and is_b and is_p) or posts is None or staff is None or rate is None or posts <= 0 \
                or not rate_cell.text.rstrip().endswith(("%", "％")):
            continue
        exact = staff / posts * 100
        q = Decimal(1).scaleb(-places_of(rate))
        if rate in {exact.quantize(q, ROUND_HALF_UP), exact.quantize(q, ROUND_DOWN)}:
            continue
        right = exact.quantize(Decimal("0.01"), ROUND_HALF_UP)
        rule = "form_control_rate"
        out.append(Finding(
            kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
            message=f"人员控制率写作{rate_cell.text}，按实际在职人数÷编制数应为{right}%",
            location=FindingLocation.of(report, rate_cell.unit.at(rate_cell.start, rate_cell.end)),
            related=[FindingLocation.of(report, c.unit.at(c.start, c.end)) for c in cells[k + 3:k + 5]],
            evidence=f"{cells[k + 4].text} ÷ {cells[k + 3].text} = {right}%", suggestion=f"改为{right}%",
            rule=rule))
    return out


def _one_per_rate(roles: list[str], found: list[tuple[list[tuple[FormCell, Decimal | None]], Finding]]) -> list[Finding]:
    """One finding for one wrong rate: a 其中 row repeating its total row's budget, spending and rate
    (all the money is 当年财政拨款) holds the same slip twice; the second rate cell joins the first finding."""
    keys = [r for r in ("budget", "spent", "rate") if r in roles]
    out: list[tuple[tuple[object, ...], Finding]] = []
    for row, f in found:
        key = tuple((row[roles.index(r)][1], row[roles.index(r)][0].text) for r in keys)
        first = next((k for k, (seen, _) in enumerate(out) if seen == key), None)
        if first is None:
            out.append((key, f))
        else:
            kept = out[first][1]
            out[first] = (key, kept.model_copy(update={"related": [*kept.related, f.location]}))
    return [f for _, f in out]


# a PDF's page furniture that lands inside a form: a page number (- 3 -, 第3页 共12页, 3/12) or the running
# head, the document's title (…绩效自评报告): no cell of the block, nor one of its notes
_FURNITURE = re.compile(r"^(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?"
                        r"|\d{1,3}\s*/\s*\d{1,3}|(?!.*(?:预算数|执行数|执行率|分值|得分|权重))[^|\d]{0,40}\d{4}年度?[^|]{0,40}(?:报告|自评表))$")


def check_forms(report: Report) -> list[Finding]:
    """The budget block of every flattened 自评表 in the report: rates, scores and the total row; the
    staffing row of a 基础数据表 (控制率)."""
    out: list[Finding] = []
    cells = form_cells(report)
    out += _field_rates(report, cells)
    out += _control_rates(report, cells)
    for (roles, rows, word), blanks in _sourced_blocks(report):
        slips = unit_slips(report, roles, rows)  # a row's 执行数 in 元: that finding, not a wrong rate too
        out += slips + _one_per_rate(roles, [(row, f) for label, row in rows
                                             if (f := _rate_finding(report, roles, label, row, word)) is not None
                                             and not any(s.location in f.related for s in slips)])
        out += [f for label, row in rows for f in score_findings(report, roles, label, row)]
        out += total_findings(report, roles, rows, blanks)
    return out


def budget_blocks(report: Report) -> list[Block]:
    """Every budget block of the report's forms, however flattened (``weight_sums`` reads its 分值 too)."""
    return [block for block, _ in _sourced_blocks(report)]


@once_held
def _sourced_blocks(report: Report) -> list[tuple[Block, list[FormCell]]]:
    """``budget_blocks``, each with the labels of its source rows left blank; read once while the review
    holds the report still: the forms, twin-score, execution and weight checks each read them."""
    body = [c for c in form_cells(report) if not _FURNITURE.match(c.text)]
    blocks = _blocks(body) + [(b, []) for b in _paired_blocks(body)]
    # cells one space apart (a form copied from a PDF), read in the units no block was found in: a
    # report may hold one form in each layout
    covered = {c.unit.location for (_, rows, _), _ in blocks for label, row in rows for c in [label, *(x for x, _ in row)]}
    blocks += _blocks([c for c in _word_cells(report) if c.unit.location not in covered])
    covered |= {c.unit.location for (_, rows, _), _ in blocks for label, row in rows for c in [label, *(x for x, _ in row)]}
    return blocks + [(b, []) for b in glued_blocks(report, covered)]  # a row's cells run together: read last
