"""A 绩效自评表's indicator table flattened to one cell per line, read back as a table.

Published copies of the form (a web page or a PDF saved as text) often lose the table: each cell on a
line of its own, blank lines between, blank cells gone, header words broken over two lines (年度 /
指标值), the 一级指标 and 二级指标 cells written only in the first row of their group (merged cells).
The rule (generic; the forms of 财预〔2020〕10号 and the provinces' copies share these columns):

* **Header** — a run of cells that are the form's column names (三级指标/指标名称, 年度指标值/目标值/
  指标值, 实际完成值/实际值/完成值, 分值/权重, 得分, 偏差原因…; a name broken over up to three
  lines is joined). It must name an indicator, a target, an actual, a weight and a score once each
  (or, a form without weights, both category columns, an indicator, a target and an actual, every row
  then holding all three); 一级指标/二级指标 may lead and a reason column may close it; a comparator (指标性质/指标方向) and a
  unit (度量单位/计量单位) column may stand among them (the 四川 form). A form that weighs every level writes
  a 分值 after each category column (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 …): that weight is
  read with its category's cell, and a row's leading (word, weight) pairs before its name's are its
  categories whatever their words (预算执行 | 10). Any other column: not read.
* **Rows** — the cells after the header are cut into rows of the header's columns: the category
  cells (产出指标, 数量 / 指标, 效益指标 (30分)…) where a group starts, then the indicator's name,
  its target and actual (values: a figure, a comparator, or a graded word such as 优/良/是/达标),
  its weight and score (bare numbers), and a reason when one is written; a comparator or unit cell
  left blank (a 定性 row) is told by the next cell's shape. A template's ellipsis row
  (……) is a row with nothing filled. A closing 合计/总分 line with two numbers is the total row.
* **Consistency** — the reading is taken only when every cell after the header falls into a row
  until the table ends (a heading, a sentence, or the text's end); a cell that fits no row leaves
  the whole run read as it is without this rule (precision first).
* **Marked cells** — some pages end each cell's line in " |" and write a blank cell as a line holding
  only "|" (a run of blank cells: "||||"). The marks are the cells' ends, not their text: the cells are
  read as above, a blank cell standing in its own column (a blank reason is not taken from the next
  row, a blank category continues its group, a blank comparator or unit is that column's; a blank
  name, target, actual, weight or score leaves the run unread, as any cell that fits no row); a name may
  be longer than a plain line's cell, its end being marked; the table may end where the marked lines
  end, a last row cut short there left out of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..report import Cell, Table, nfkc

__all__ = ["column_words", "flat_form", "flat_form_header"]

_ROLES: dict[str, tuple[str, ...]] = {
    "cat1": ("一级指标",),
    "cat2": ("二级指标",),
    "name": ("三级指标", "指标名称", "具体指标", "三级指标名称"),
    "target": ("年度指标值", "指标值", "目标值", "年度目标值", "预期指标值", "全年指标值", "预期目标值",
               "年度目标", "计划指标值", "年初目标值"),
    "actual": ("实际完成值", "实际值", "完成值", "全年实际值", "实际完成", "全年完成值", "实际完成情况",
               "全年实际完成值", "实际完成指标值"),
    "nature": ("指标性质", "指标属性"),
    "way": ("指标方向", "比较符", "比较符号"),
    "unit": ("度量单位", "计量单位", "单位"),
    "weight": ("分值", "权重", "指标分值", "权重分"),
    "score": ("得分", "自评得分", "实际得分"),
    # 偏差原因 or 未完成原因, 分析 or not, then 及/和 and the remedy (改进措施, 拟采取的改进措施), or none
    "reason": ("原因分析", "备注", *(f"{why}原因{study}{tail}" for why in ("偏差", "未完成") for study in ("", "分析")
                                  for tail in ("", *(f"{conj}{fix}" for conj in "及和" for fix in ("改进措施", "拟采取的改进措施"))))),
}
_HEADERS = {word: role for role, words in _ROLES.items() for word in words}


def column_words(role: str) -> tuple[str, ...]:
    """The names a form gives the column of ``role`` (target, actual, reason…): the score checks read the same."""
    return _ROLES[role]
_HEADER_STARTS = {w[:k] for w in _HEADERS for k in range(1, len(w) + 1)}
_FIXED = ("name", "target", "actual", "weight", "score")  # the columns a form must have
_UNSCORED = {"cat1", "cat2", "name", "target", "actual"}  # a form without weights: both category columns named
_MAX_FRAGMENTS = 3
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")

# the categories a form's 一级指标/二级指标 cells name, whatever their weight in brackets
_CATEGORIES = {
    "产出指标", "效益指标", "满意度指标", "成本指标", "效果指标", "影响指标",
    "数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
    "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
}
_CATEGORY_WEIGHT_TAIL = re.compile(r"[(（]?\d{1,3}(?:\.\d+)?分?[)）]?$")
_FIRST_LEVEL = {"产出指标", "效益指标", "满意度指标", "效果指标", "影响指标"}
_CATEGORY_STARTS = {w[:k] for w in _CATEGORIES for k in range(1, len(w) + 1)}
_CATEGORY_WEIGHT = re.compile(r"^[(（]?\d{1,3}(?:\.\d+)?分?[)）]?$")  # (50) 30分) after a category

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})?分?$")
_COMPARATOR = re.compile(r"^(?:[≥≤<>=＞＜]=?|大于等于|小于等于|大于|小于|等于|不低于|不少于|不高于|不超过|不大于|不小于|"
                         r"达到|约|每)")
_VALUE_START = re.compile(r"^[\d≥≤<>=＞＜]")  # a cell written as a value (≥100人, 85%) names no indicator
_FIGURE = re.compile(r"\d")
_MAX_VALUE_WORDS = 6  # a value's words beside its figure: 万元, 人次, 月底前完成
_GRADED = re.compile(r"^(?:优|良|中|差|好|优秀|良好|较好|是|否|有|无|达标|合格|满意|基本满意|完成|已完成|全部完成|"
                     r"按时完成|按期完成|及时|有效|显著|明显|提升|提高|改善|稳定|逐步提升|有所提升|有所提高|有所改善|"
                     r"持续提升|不断提升|明显提升|明显改善|健全|完善|规范|零|全覆盖|实现|已实现)$")
_EMPTY = re.compile(r"^(?:[—\-－/／…]+|无)$")
_ELLIPSIS = re.compile(r"^[…\.。·]{2,}$")
_TOTAL = re.compile(r"^(?:合计|总计|总分|得分合计|综合得分|总体得分)$")
_FULL = Decimal(100)
_TERMINAL = tuple("。；;！!？?，,：:")
_MAX_CELL = 30
_MAX_PHRASE = 12  # a qualitative target or result (按月发放); a longer cell is a sentence or a name
_MAX_MARKED_NAME = 60  # a name whose end is marked (" |") may be longer than a plain line's cell
_MARKED = re.compile(r"^(.*\S)\s+\|$")  # a cell's line ending in " |"
_BLANKS = re.compile(r"^\|+$")  # blank cells: "|" each


def _flat(text: str) -> str:
    return "".join(nfkc(text).split())  # no blanks: ``textnorm.no_blanks``, which ``io`` may not import


def _head_word(text: str) -> str:
    return _BRACKETS.sub("", _flat(text)).rstrip(":：")


def _joined(lines: list[str], i: int, words: set[str] | dict[str, str], starts: set[str],
            norm: Callable[[str], str] = _head_word) -> tuple[str, int] | None:
    """The longest word of ``words`` written from line ``i`` over up to three lines, and the line after it."""
    joined, found = "", None
    for j in range(i, min(i + _MAX_FRAGMENTS, len(lines))):
        joined += norm(lines[j])
        if joined in words:
            found = joined, j + 1
        if joined not in starts:
            break
    return found


def flat_form_header(lines: list[str], i: int) -> tuple[list[str], list[str], int] | None:
    """The column roles and header texts of a flattened indicator form's header starting at line ``i``,
    and the line after it; None unless the run names the columns the rule in the docstring asks for."""
    read = _header(lines, i)
    return None if read is None else read[:3]


def _header(lines: list[str], i: int) -> tuple[list[str], list[str], int, bool] | None:
    """:func:`flat_form_header`, and whether each category column has a weight column of its own.

    A form that scores every level (部门整体 forms, third-party scoring frames) writes a 分值 after each
    category column: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | …. A weight right after a
    category column is that level's weight, read with the category's cell (``_category`` takes the
    number after it); the weight after the indicator's name is the row's."""
    if _head_word(lines[i]) not in _HEADER_STARTS:
        return None  # most lines: one set look-up
    roles: list[str] = []
    texts: list[str] = []
    weighted = False
    j = i
    while j < len(lines) and (word := _joined(lines, j, _HEADERS, _HEADER_STARTS)) is not None:
        text = "".join(ln.strip() for ln in lines[j:word[1]])
        if _HEADERS[word[0]] == "weight" and roles and roles[-1] in ("cat1", "cat2"):
            texts[-1] += f"（{text}）"
            weighted = True
        else:
            roles.append(_HEADERS[word[0]])
            texts.append(text)
        j = word[1]
    if len(roles) != len(set(roles)) or any(r not in roles for r in _FIXED if not _UNSCORED <= set(roles) or r in _UNSCORED):
        return None
    lead = [r for r in roles if r.startswith("cat")]
    if roles[:len(lead)] != lead or ("reason" in roles and roles[-1] != "reason"):
        return None
    return roles, texts, j, weighted


# a figure and, after a comma, a few words comparing it with a standard (162.3/10万，低于全省平均水平)
_VALUE_REMARK = re.compile(r"^([^,]*\d[^,]*),(\D.*)$")


def _value(text: str) -> bool:
    """A target's or actual's cell: a figure with few words, a comparator, or a graded word; an actual
    may follow its figure with a short comparison in words (``_VALUE_REMARK``)."""
    t = _flat(text)
    if (m := _VALUE_REMARK.match(t)) and len(t) <= _MAX_CELL:
        return _value(m.group(1)) and _phrase(m.group(2))
    if not t or len(t) > 20 or t.endswith(_TERMINAL):
        return False
    if _GRADED.match(t):
        return True
    rest = _COMPARATOR.sub("", t)
    words = len(re.sub(r"[\d.,%‰％]", "", rest))
    return bool(_FIGURE.search(rest)) and words <= _MAX_VALUE_WORDS


def _name(text: str, limit: int = _MAX_CELL) -> bool:
    t = _flat(text)
    return (bool(t) and len(t) <= limit and not t.endswith(_TERMINAL) and not _NUMBER.match(t)
            and not _EMPTY.match(t) and not (_VALUE_START.match(t) and _value(t))
            and t not in _CATEGORIES and _head_word(t) not in _HEADERS)


def _phrase(t: str) -> bool:
    """A qualitative target's or result's cell (按月发放, 按计划推进): a short phrase with no figure. A row
    takes it only in its target and actual columns, between a name and the two bare numbers (weight
    and score) that must follow: a cell out of place there leaves the whole run unread, as any other."""
    return (2 <= len(t) <= _MAX_PHRASE and not _FIGURE.search(t) and not t.endswith(_TERMINAL)
            and not _EMPTY.match(t) and not _ELLIPSIS.match(t) and not _TOTAL.match(t)
            and t not in _CATEGORIES and _head_word(t) not in _HEADERS)


_SENSE = re.compile(r"^(?:正向|反向|[≥≤=<>＞＜]=?|大于等于|小于等于|大于|小于|等于|定性|定量)(?:指标)?$")
_UNIT = re.compile(r"^(?:[^\d≥≤=<>＞＜]{1,4}|[—\-－/／]+)$")


def _number(t: str) -> bool:
    return bool(_NUMBER.match(t))


def _sense(t: str) -> bool:
    return bool(_SENSE.match(t))


def _unit(t: str) -> bool:
    return bool(_UNIT.match(t)) and not _SENSE.match(t) and not _GRADED.match(t)


# a 定性 row leaves its comparator and unit blank: the next cell's shape tells that it is not one
_BLANK_MAY_GO = {"nature", "way", "unit"}
# where a blank cell is written ("|"), an actual or a score left blank stands in its own column: the row is
# read with the cell blank (a check reports a column left blank), never shifted onto the next cell
_MARKED_BLANK = {"actual", "score"}
# what each column's cell looks like (a comparator or direction column holds ≥, 正向, 大于等于 …)
_SHAPES: dict[str, Callable[[str], bool]] = {
    "name": lambda t: _name(t), "target": lambda t: _value(t) or _phrase(t),
    "actual": lambda t: _value(t) or _phrase(t),
    "weight": _number, "score": _number, "nature": _sense, "way": _sense, "unit": _unit}


def _category(lines: list[str], i: int) -> tuple[str, int] | None:
    """A category cell from line ``i`` (broken over lines, its weight in brackets after it)."""
    if i < len(lines) and _flat(lines[i]) not in _CATEGORIES \
            and _CATEGORY_WEIGHT_TAIL.sub("", _flat(lines[i])) in _CATEGORIES:
        return lines[i].strip(), i + 1  # its weight in the same cell: 产出指标(50分)
    found = _joined(lines, i, _CATEGORIES, _CATEGORY_STARTS, _flat)
    if found is None:
        return None
    j = found[1]
    if j < len(lines) and _CATEGORY_WEIGHT.match(_flat(lines[j])):
        j += 1
    return "".join(ln.strip() for ln in lines[i:j]), j


def _skip_blanks(lines: list[str], i: int) -> int:
    """The first cell from ``i`` that is not blank (blank cells are written only in the marked layout)."""
    while i < len(lines) and not lines[i]:
        i += 1
    return i


def _weighed_levels(lines: list[str], i: int, levels: int) -> tuple[list[str], int] | None:
    """The category cells of a row from line ``i`` in a form that weighs each level (``_header``): the
    row writes a (name, weight) pair for each level it fills, the last pair being the indicator's own
    and its weight, before the target. The pairs before it are its categories, whatever their words
    (预算执行 | 10 is a 一级指标 as 产出指标 | 50 is); None unless two pairs or more stand there."""
    pairs: list[int] = []
    j = i
    while len(pairs) <= levels and j + 1 < len(lines) and _name(lines[j]) and not _VALUE_START.match(_flat(lines[j])) \
            and _number(_flat(lines[j + 1])):
        pairs.append(j)
        j = _skip_blanks(lines, j + 2)
    if len(pairs) < 2 or len(pairs) > levels + 1:
        return None
    found = [lines[k].strip() + lines[k + 1].strip() for k in pairs[:-1]]
    return found, pairs[-1]


def _row(lines: list[str], i: int, roles: list[str], weighted: bool = False) -> tuple[dict[str, str], int] | None:
    """One indicator row from line ``i`` (its reason not taken): the cells by role, and the line after."""
    read = _row_or_stop(lines, i, roles, weighted)
    return None if isinstance(read, int) else read


def _row_or_stop(lines: list[str], i: int, roles: list[str], weighted: bool = False) -> tuple[dict[str, str], int] | int:
    """:func:`_row`, or the cell where the row stops fitting (``len(lines)`` when the cells run out)."""
    cells: dict[str, str] = {}
    j = _skip_blanks(lines, i)
    cats = [r for r in roles if r.startswith("cat")]
    found: list[str] = []
    if weighted and (levels := _weighed_levels(lines, j, len(cats))):
        found, j = levels
    while len(found) < len(cats) and j < len(lines) and (cat := _category(lines, j)) is not None:
        found.append(cat[0])
        j = _skip_blanks(lines, cat[1])
    if len(found) == 1 and len(cats) == 2:  # a group's first row under a 一级指标 written further up
        cats = ["cat1"] if _CATEGORY_WEIGHT_TAIL.sub("", _flat(found[0])) in _FIRST_LEVEL else ["cat2"]
    cells.update(zip(cats, found, strict=False))
    for role in (r for r in roles if not r.startswith("cat") and r != "reason"):
        if j < len(lines) and lines[j] == _END:
            return j
        if role in ("target", "actual") and _category(lines, j) is not None:
            return j  # a category (社会效益 / 指标) where a value stands: the row's blank cells are gone, its columns unknown
        if j < len(lines) and not lines[j] and (role in _BLANK_MAY_GO or (role in _MARKED_BLANK and lines[-1] == _END)):
            j += 1  # that column's blank cell (an actual or score left blank: marked, so told apart)
        elif j < len(lines) and (_name(lines[j], _MAX_MARKED_NAME) if role == "name" and lines[-1] == _END
                                 else _SHAPES[role](_flat(lines[j]))):
            cells[role] = lines[j].strip()
            j += 1
        elif role not in _BLANK_MAY_GO:
            return j
    return cells, j


# what follows the indicator table on the form: its conclusion, grade (评价等次 / 优), notes and signatures (T05, T06)
_AFTER_FORM = re.compile(r"^(?:评价结论|自评结论|总体评价|存在问题|改进措施|整改措施|填报说明|(?:说明|备注|注)(?:[:：\d]|$)|"
                         r"(?:项目|财务|单位)负责人|填报人|审核人|联系电话|填报日期|(?:评价|自评)(?:等次|等级)|"
                         r"(?:自评)?(?:总分|总得分|综合得分|自评得分|合计得分|得分合计)\s*(?:为|是|[:：]))")  # 总分：95分
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.](?!\d))")


def _ends(lines: list[str], i: int) -> bool:
    """Whether the table may end before line ``i``: the text's end, a sentence, a heading-like line, what
    a form writes below its table, or a total line not read as a row (合计 100, its score blank)."""
    if i >= len(lines):
        return True
    t = _flat(lines[i])
    return (len(t) > _MAX_CELL or t.endswith(_TERMINAL) or bool(_HEADING.match(t) or _AFTER_FORM.match(t))
            or bool(_TOTAL.match(t)))


def _reason(lines: list[str], i: int, roles: list[str], weighted: bool = False) -> bool:
    """Whether line ``i`` after a row's score is the row's reason: the form has a reason column and the
    next row, or the table's end, follows it; a short line only at the end (a paragraph may follow)."""
    if "reason" not in roles or i >= len(lines) or not lines[i]:
        return False  # a blank reason cell stays blank
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if _row(lines, i + 1, roles, weighted) is not None or _ELLIPSIS.match(_flat(after)) or _total(lines, i + 1) is not None:
        return not _ELLIPSIS.match(_flat(lines[i])) and (_row(lines, i, roles, weighted) is None
                                                         or bool(_EMPTY.match(_flat(lines[i]))))
    return _ends(lines, i + 1) and len(lines[i].strip()) <= _MAX_CELL and _row(lines, i, roles, weighted) is None \
        and not _ends(lines, i)


def flat_form(lines: list[str], i: int) -> tuple[Table, int] | None:
    """The indicator table flattened from line ``i`` on (its header there) and the line after it, or None."""
    # a marked line ends with its mark: most lines are prose, which ``_MARKED`` reads to the end and back
    marked = _MARKED.match(lines[i]) if lines[i].endswith(("|", "|\n")) else None
    if marked is not None:
        if _head_word(marked.group(1)) not in _HEADER_STARTS:
            return None
        cells, origin = _marked_cells(lines, i)
        read = _read(cells, 0, marked=True)
        if read is None:
            return None
        return read[0], origin[read[1]]
    return _read(lines, i, marked=False)


_END = "\x00。"  # closes a marked run's cells: no line holds it, no column takes it, it ends a table


def _marked_cells(lines: list[str], i: int) -> tuple[list[str], list[int]]:
    """The cells of the marked lines from line ``i`` (a blank cell ""), closed by :data:`_END`, and
    the line each cell is on (the last: the line after the run)."""
    cells: list[str] = []
    origin: list[int] = []
    while i < len(lines):
        if (cell := _MARKED.match(lines[i])) is not None:
            cells.append(cell.group(1).strip())
            origin.append(i)
        elif _BLANKS.match(lines[i].strip()):
            cells.extend([""] * len(lines[i].strip()))
            origin.extend([i] * len(lines[i].strip()))
        else:
            break
        i += 1
    return [*cells, _END], [*origin, i]


def _read(lines: list[str], i: int, marked: bool) -> tuple[Table, int] | None:
    header = _header(lines, i)
    if header is None:
        return None
    roles, texts, j, weighted = header
    rows: list[dict[str, str]] = []
    cut = False
    while (j := _skip_blanks(lines, j)) < len(lines):
        if _ELLIPSIS.match(_flat(lines[j])):
            rows.append({"name": lines[j].strip()})
            j += 1
            continue
        read = _row_or_stop(lines, j, roles, weighted)
        if isinstance(read, int):
            # a last row cut short where the marked lines end, or where the text ends (an excerpt's last page)
            cut = read >= len(lines) - marked
            break
        rows.append(read[0])
        j = read[1]
        if _reason(lines, j, roles, weighted):
            rows[-1]["reason"] = lines[j].strip()
            j += 1
    total = _total(lines, j, rows)
    if total is not None:
        rows.append(total[0])
        j = total[1]
    if not (marked or any("score" in r for r in rows) or ("weight" not in roles and _whole_rows(rows))) or not rows or not (cut or _ends(lines, j)):
        return None
    return _table(roles, texts, rows), j


def _whole_rows(rows: list[dict[str, str]]) -> bool:
    """A form without weights: every row holds its name, target and actual (two rows at least)."""
    return len(rows) >= 2 and all({"name", "target", "actual"} <= set(r) for r in rows)


def _total(lines: list[str], i: int, rows: list[dict[str, str]] | None = None) -> tuple[dict[str, str], int] | None:
    """The closing 合计/总分 line and its numbers: the total weight and score, or (given the ``rows`` above)
    one number alone — the score total where the rows' weights make full marks and it is not the full
    marks (100 may be the 分值 total, its score left blank; under weights of 90 the budget block's 10
    is counted in: which total it is is not told — no row)."""
    if i + 1 >= len(lines) or not _TOTAL.match(_flat(lines[i])) or not _NUMBER.match(_flat(lines[i + 1])):
        return None
    if i + 2 < len(lines) and _NUMBER.match(_flat(lines[i + 2])):
        return {"name": lines[i].strip(), "weight": lines[i + 1].strip(), "score": lines[i + 2].strip(), "total": ""}, i + 3
    weights = [_flat(r["weight"]).rstrip("分") for r in rows or [] if _NUMBER.match(_flat(r.get("weight", "")))]
    if sum(map(Decimal, weights)) != _FULL or Decimal(_flat(lines[i + 1]).rstrip("分")) == _FULL:
        return None
    return {"name": lines[i].strip(), "score": lines[i + 1].strip(), "total": ""}, i + 2


def _table(roles: list[str], texts: list[str], rows: list[dict[str, str]]) -> Table:
    """The rows as a grid: a category written once spans the rows of its group (merged cells)."""
    grid = [[Cell(text=t) for t in texts]]
    tops: dict[str, int] = {}
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, role in enumerate(roles):
            if role.startswith("cat") and role not in row and role in tops and "total" not in row:
                grid[tops[role]][c].row_span += 1
                cells.append(Cell(merged=True))
                continue
            if role.startswith("cat") and role in row:
                tops[role] = r
                if role == "cat1":
                    tops.pop("cat2", None)  # a new 一级指标 group: the 二级指标 above it does not reach in
            cells.append(Cell(text=row.get(role, "")))
        grid.append(cells)
    return Table(rows=grid, nested_in=None)
