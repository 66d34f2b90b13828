"""How an indicator table's header names its columns (name, target, actual, reason), how a text row that
lost its merged category cells is put back under them, and the table's rows run together on lines with
their cells parted by blanks (a PDF's or a web page's copy).

Apart from ``indicator_rows`` (which reads the rows' indicators) so that the score checks, which read
``table_rows``, can read the rows run together too without importing the indicator reading that is
built on ``table_rows``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..io.flat_forms import flat_form_header
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit

__all__ = ["CATEGORY", "CATEGORY_LIKE", "aligned", "flat", "header_roles", "put_before", "spaced_rows", "spaced_runs"]

Row = list[tuple[TextUnit, int, int]]  # each cell: its unit and the span of its text there (as ``scores.Row``)

CATEGORY = re.compile(r"^(?:(?:数量|质量|时效|成本)(?:指标)?|(?:社会|经济|生态)效益(?:指标)?|可持续(?:影响|发展)(?:指标)?|"
                      r"(?:社会公众或)?服务对象满意度(?:指标)?|满意度(?:指标)?)$")
_H_NAME = re.compile(r"三级指标|指标名称|指标内容|绩效指标$")
_H_TARGET = re.compile(r"目标值|指标值|年度目标|绩效目标|预期目标|预期值|计划值")
_H_ACTUAL = re.compile(r"实际|完成值|完成情况|实现值|实际完成")
_H_REASON = re.compile(r"偏差|原因")

CATEGORY_LIKE = re.compile(r"^(?:产出|效益|满意度?|效果|影响)(?:指标|目标)|^一级指标|^二级指标|^评价内容|^指标类型")


# a header cell's aside in brackets (预期指标值(包含数字及文字描述), 实际完成值(B), 分值(分)) names no column
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_LEVEL_COLUMN = re.compile(r"^[一二]级指标$")  # the levels' columns: a cell before them is a title merged down
_ACTUAL_FIRST = re.compile(r"^(?:全年|年度)?实际")  # 实际完成指标值: the actual, though it says 指标值
_SCORE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?分?$")  # a row's last cell that is its score, no reason


def header_roles(cells: list[str]) -> list[str] | None:
    """Roles of a header row's field columns (name/target/actual/reason/other), leading category
    and title columns dropped (a title merged down the rows, 绩效指标完成情况, before 一级指标 | 二级指标);
    None unless it names both a target and an actual column. Read once for each row's cells: five
    checks ask of the same rows (the sample's 363 questions were of 82 rows)."""
    roles = _header_roles(tuple(cells))
    return None if roles is None else list(roles)


@lru_cache(maxsize=4096)
def _header_roles(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    roles: list[str] = []
    for text in cells:
        t = flat(_ASIDE.sub("", text))
        if not t or len(t) > 12:
            if roles:
                roles.append("other")
            continue
        if _LEVEL_COLUMN.match(t):
            roles = []
            continue
        if _H_NAME.search(t):
            role = "name"
        elif _ACTUAL_FIRST.search(t):
            role = "actual"
        elif _H_TARGET.search(t):
            role = "target"
        elif _H_ACTUAL.search(t):
            role = "actual"
        elif _H_REASON.search(t):
            role = "reason"
        elif CATEGORY_LIKE.search(t) and not roles:
            continue
        else:
            role = "other"
        if roles or role != "other":
            roles.append(role)
    if "target" in roles and "actual" in roles:
        return tuple(roles)
    return None



def flat(text: str) -> str:
    return no_blanks(text)



_BLANKS = re.compile(r"[ \u3000]+")
_WIDE = re.compile(r"[ \u3000]{2,}|\u3000")
_SENTENCE = re.compile(r"[。；;！!？?，,]")


def spaced_runs(report: Report) -> list[list[Row]]:
    """The rows of an indicator table copied as lines of cells parted by blanks (one or more, as its header
    line parts them: 三级指标 年度指标值 实际完成值 …): from a header line whose every cell is a form's column
    name (``flat_form_header``, the reader's for a form flattened one cell a line: the indicator, target,
    actual, weight and score columns), each next line of two or more cells and no clause, parted the same way."""
    runs: list[list[Row]] = []
    sep: re.Pattern[str] | None = None
    for unit in report.units():
        if unit.kind == "cell" or "|" in unit.text or "\t" in unit.text or "\n" in unit.text.strip():
            sep = None
            continue
        text = unit.text
        if sep is not None:
            row = _split(unit, text, sep)
            if len(row) >= 2 and not _SENTENCE.search(text):
                runs[-1].append(row)
                continue
            sep = None
        if _BLANKS.search(text.strip()) and not _SENTENCE.search(text):
            way = _WIDE if _WIDE.search(text.strip()) else _BLANKS
            header = _split(unit, text, way)
            names = [text[a:b] for _, a, b in header]
            roles = header_roles(names)
            # every cell a form's column name, but for one title before the levels' (绩效指标(90分) 一级指标 …)
            first = 1 if len(names) > 1 and _LEVEL_COLUMN.match(flat(_ASIDE.sub("", names[1]))) else 0
            read = flat_form_header(names, first) if roles is not None and "name" in roles else None
            if read is not None and read[2] == len(names):
                sep = way
                runs.append([header])
    return runs


def spaced_rows(report: Report) -> Iterator[Row | None]:
    """The rows ``spaced_runs`` reads, as ``table_rows`` gives them (None after each table): the header,
    then each row of as many cells as it once the lost category cells are put back (``aligned``: an
    empty span where each stood), so that a column's index is the same in every row."""
    for run in spaced_runs(report):
        head = [run[0][0][0].text[a:b] for _, a, b in run[0]]
        roles = header_roles(head) or []
        yield run[0]
        for row in run[1:]:
            given = [u.text[a:b] for u, a, b in row]
            cells = aligned(given, len(head), len(head) - len(roles), roles[-1:] == ["reason"])
            if len(cells) == len(head):  # an empty span where each lost cell stood (a blank reason last)
                before = put_before(given, cells)
                after = len(cells) - len(given) - before
                yield [(row[0][0], row[0][1], row[0][1])] * before + row + [(row[-1][0], row[-1][2], row[-1][2])] * after
        yield None


def _split(unit: TextUnit, text: str, sep: re.Pattern[str]) -> Row:
    """The cells of ``text`` parted by ``sep``, as spans of ``unit``."""
    out: Row = []
    pos = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    for m in sep.finditer(text, pos, end):
        out.append((unit, pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((unit, pos, end))
    return out


def put_before(given: list[str], cells: list[str]) -> int:
    """How many blank cells ``aligned`` put before a row's ``given`` cells (a blank reason may follow them)."""
    if cells[:len(given)] == given:
        return 0
    return len(cells) - len(given) - (cells[-1:] == [""] and cells[-1 - len(given):-1] == given)


def aligned(cells: list[str], width: int, lead: int, reason_last: bool = False) -> list[str]:
    """A text row's cells under its header's ``width`` columns: a row short of cells lost its group's
    category cells (merged, written once), the ``lead`` columns before the fields; all of them when it
    opens with no category, the 一级指标's when it opens with a 二级指标 (数量指标 …) alone — a row that
    opens with two (满意度指标 | 服务对象满意度指标, the first a 一级指标 too) lost none: one cell short of a
    header whose last column is the reason (``reason_last``), it lost that blank reason — only where its last
    cell is a figure (the score): a worded last cell is its reason, and the blank it lost (a target, an
    actual) stood where no cell tells; under a header with a title column before the levels' (绩效指标 |
    一级指标 | 二级指标 | …) it lost that title. Otherwise as it is."""
    short = width - len(cells)
    if short > 0 and reason_last and not (len(cells) > 1 and CATEGORY.match(flat(cells[1]))) \
            and _SCORE.match(flat(cells[-1])) and len(put := aligned([*cells, ""], width, lead)) == width:
        return put  # its last cell the score: the blank reason lost, and any category cells before it
    if short <= 0 or short > lead:
        return cells
    first = flat(cells[0])
    both = len(cells) > 1 and bool(CATEGORY.match(flat(cells[1])))  # 满意度指标 | 服务对象满意度指标: both levels written
    if (short == lead and not CATEGORY.match(first) and not CATEGORY_LIKE.search(first)) or \
            (short < lead and CATEGORY.match(first) and not both) or (both and short == lead - 2):
        return [""] * short + cells
    return [*cells, ""] if both and short == 1 and reason_last and _SCORE.match(flat(cells[-1])) else cells
