"""A PDF page's ruled tables read as tables: each cell's text where the page's lines frame it.

Why: a 绩效自评表 (年度预算数/执行数/执行率/得分, the indicator table) is most often read from a PDF, and
layout mode lays its cells out as lines of text with blanks between them, a cell that wraps split over
two lines: the table checks see no table. A table drawn in a PDF is drawn with ruling lines (stroked
lines, rectangles, or thin filled bars, as many Word→PDF exporters draw cell borders); where the lines
make a grid, each piece of text lies in one cell of it. Such a table is given to the text reader as
Word's "save as text" writes a table (``text_reader``: each cell a TAB-led line, a cell's further
paragraphs on the lines after it, a blank line between rows; a merged cell once, a cell merged from
the row above an empty cell), so it is read as a ``report.Table``; the rest of the page stays as layout
mode lays it out, line for line, the table in its place.

Conservative: a grid is read only when it is a clean table — at least two rows and two columns of
cells with text, every merged area a rectangle, every piece of text inside one cell, no line of the
page holding text both inside and outside it, its lines all together. A page border or a box around a
paragraph (one cell), underlines (no upright lines) and text boxes are left to layout mode; one row
alone is read only as the rest of a table on the page before (a row too tall for that page's end,
its column edges that table's). Layout mode's steps are pypdf's own (its ``_layout_mode`` helpers);
the page's lines are taken from them only when they give the text pypdf's layout mode gives, else
the page is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING, Any

from ..report import printed_width
from .pdf_text import goes_on

if TYPE_CHECKING:
    from pypdf import PageObject

__all__ = ["tabled"]

TOL = 1.5  # points: two rules' ends this near meet (a rule's width, rounding)
THIN = 2.5  # points: a filled rectangle this thin is a rule drawn as a bar
MAX_RULES = 4000  # rules a page draws before it is taken for a drawing (a chart, a map), not a form
SHORT = 4  # display columns (two characters) a line ends short of its cell's full width when its paragraph ends
_TERMINAL = tuple("。；;：:！!？?")


@dataclass(frozen=True)
class _Rule:
    """A horizontal (at ``at`` = y, from ``lo`` to ``hi`` in x) or upright (at x, ``lo``–``hi`` in y) line."""
    across: bool
    at: float
    lo: float
    hi: float


Parts = list[tuple[bool, str]]


def tabled(page: PageObject, layout: str, carried: Sequence[list[float]] = ()) -> tuple[Parts | None, list[list[float]]]:
    """(parts, edges): the page's text as parts in page order, (True, a table as Word's text writes it)
    or (False, layout mode's lines), when it draws a clean ruled table, else None (the page reads as
    ``layout``, layout mode's text of it, as before); and the column edges of the tables read, the
    ``carried`` of the next page: a table's one row there (a tall row moved to the next page) is read
    when its column edges are among those of a table on the page before."""
    grids = _grids(_rules(page), 1 if carried else 2)
    if not grids:
        return None, []
    lines = _layout_lines(page, layout)
    if lines is None:
        return None, []
    taken: dict[int, tuple[int, str]] = {}  # first line of a table → (its last line, its text)
    edges = []
    for grid in grids:
        read = _read(grid, lines, any(_among(grid.xs, xs) for xs in carried))
        if read is not None and not any(a <= read[1] and read[0] <= b for a, (b, _) in taken.items()):
            taken[read[0]] = (read[1], read[2])
            edges.append(grid.xs)
    if not taken:
        return None, []
    parts: list[tuple[bool, str]] = []
    i = 0
    for first in sorted(taken):
        if first > i:
            parts.append((False, "\n".join(text for _, text, _ in lines[i:first])))
        last, text = taken[first]
        parts.append((True, text))
        i = last + 1
    if i < len(lines):
        parts.append((False, "\n".join(text for _, text, _ in lines[i:])))
    return parts, edges


def _among(xs: list[float], known: list[float]) -> bool:
    """Whether every one of the column edges ``xs`` is one of ``known`` (a table's columns, or some of them)."""
    return all(any(abs(x - k) <= TOL for k in known) for x in xs)


# -- the rules a page draws ------------------------------------------------------------------------------


def _rules(page: PageObject) -> list[_Rule]:
    """The horizontal and upright lines the page's content stream draws (its own, not a form XObject's:
    layout mode reads no text there either), in page space (through the CTM)."""
    contents = page.get_contents()
    if contents is None or len(_PATHS.findall(contents.get_data())) < 4:
        return []  # (told from the bytes: most pages of a report draw no lines, their parse is not needed)
    ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    paths: list[list[tuple[float, float]]] = []  # the path's subpaths (a rectangle: 5 points, closed)
    rects: list[bool] = []  # which subpaths are rectangles
    out: list[_Rule] = []
    for operands, op in contents.operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else ctm
        elif op == b"cm" and len(operands) == 6:
            a, b, c, d, e, f = map(float, operands)
            p = ctm
            ctm = (a * p[0] + b * p[2], a * p[1] + b * p[3], c * p[0] + d * p[2], c * p[1] + d * p[3],
                   e * p[0] + f * p[2] + p[4], e * p[1] + f * p[3] + p[5])
        elif op == b"m" and len(operands) == 2:
            paths.append([_at(ctm, *operands)])
            rects.append(False)
        elif op == b"l" and len(operands) == 2 and paths:
            paths[-1].append(_at(ctm, *operands))
        elif op == b"re" and len(operands) == 4:
            x, y, w, h = map(float, operands)
            paths.append([_at(ctm, x, y), _at(ctm, x + w, y), _at(ctm, x + w, y + h), _at(ctm, x, y + h), _at(ctm, x, y)])
            rects.append(True)
        elif op == b"h" and paths and len(paths[-1]) > 2:
            paths[-1].append(paths[-1][0])
        elif op in (b"S", b"s", b"B", b"B*", b"b", b"b*"):
            for path in paths:
                out.extend(_strokes([*path, path[0]] if op in (b"s", b"b", b"b*") else path))
            paths, rects = [], []
        elif op in (b"f", b"F", b"f*"):
            out.extend(r for path, rect in zip(paths, rects, strict=True) if (r := _bar(path, rect)) is not None)
            paths, rects = [], []
        elif op == b"n":
            paths, rects = [], []
        if len(out) > MAX_RULES:
            return []
    return out


_PATHS = re.compile(rb"\s(?:re|l)\s")  # a rectangle or a line drawn: a grid has four at least


def _at(ctm: tuple[float, ...], x: Any, y: Any) -> tuple[float, float]:
    x, y = float(x), float(y)
    return ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]


def _strokes(points: list[tuple[float, float]]) -> list[_Rule]:
    """A stroked subpath's straight pieces that run across or upright."""
    out = []
    for (x0, y0), (x1, y1) in pairwise(points):
        if abs(y0 - y1) <= TOL and abs(x1 - x0) > TOL:
            out.append(_Rule(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= TOL and abs(y1 - y0) > TOL:
            out.append(_Rule(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return out


def _bar(path: list[tuple[float, float]], rect: bool) -> _Rule | None:
    """A filled rectangle thin enough to be a rule (a cell's border drawn as a bar); a wider fill (a
    cell's shading) draws none."""
    if not rect:
        if len(path) != 5 or path[0] != path[-1]:
            return None
    xs, ys = [p[0] for p in path], [p[1] for p in path]
    if len({round(x, 2) for x in xs}) > 2 or len({round(y, 2) for y in ys}) > 2:
        return None  # not upright
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if h <= THIN < w:
        return _Rule(True, (max(ys) + min(ys)) / 2, min(xs), max(xs))
    if w <= THIN < h:
        return _Rule(False, (max(xs) + min(xs)) / 2, min(ys), max(ys))
    return None


# -- grids -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Grid:
    """A table's grid: column edges ``xs`` (left to right), row edges ``ys`` (top to bottom), and the
    merged area (its top row, left column, bottom row, right column) each grid cell belongs to."""
    xs: list[float]
    ys: list[float]
    areas: list[list[tuple[int, int, int, int]]]


def _grids(rules: list[_Rule], rows: int) -> list[_Grid]:
    """The grids the rules make: rules that meet, taken together, with at least ``rows`` rows and two
    columns between them and every merged area a rectangle."""
    rules = _joined(rules)
    across = [r for r in rules if r.across]
    upright = [r for r in rules if not r.across]
    if len(across) < 2 or len(upright) < 2:
        return []
    parent = list(range(len(rules)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    index = {id(r): k for k, r in enumerate(rules)}
    for h in across:
        for v in upright:
            if h.lo - TOL <= v.at <= h.hi + TOL and v.lo - TOL <= h.at <= v.hi + TOL:
                parent[root(index[id(h)])] = root(index[id(v)])
    groups: dict[int, list[_Rule]] = {}
    for k, r in enumerate(rules):
        groups.setdefault(root(k), []).append(r)
    return [g for group in groups.values() if (g := _grid(group)) is not None and len(g.ys) > rows]


def _joined(rules: list[_Rule]) -> list[_Rule]:
    """Rules on one line that touch or overlap joined into one (a border drawn cell by cell)."""
    out: list[_Rule] = []
    for r in sorted(rules, key=lambda r: (r.across, round(r.at / TOL), r.lo)):
        last = out[-1] if out else None
        if last is not None and last.across == r.across and abs(last.at - r.at) <= TOL and r.lo <= last.hi + TOL:
            out[-1] = _Rule(r.across, last.at, last.lo, max(last.hi, r.hi))
        else:
            out.append(r)
    return out


def _edges(values: list[float]) -> list[float]:
    """The distinct positions among ``values`` (those within ``TOL`` of each other taken as one)."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def _grid(rules: list[_Rule]) -> _Grid | None:
    across = [r for r in rules if r.across]
    upright = [r for r in rules if not r.across]
    # a table open at its sides (no outer upright line) or top: its other lines' ends stand for the edge
    xs = _edges([r.at for r in upright] + [min(r.lo for r in across), max(r.hi for r in across)])
    ys = _edges([r.at for r in across] + [min(r.lo for r in upright), max(r.hi for r in upright)])[::-1]
    if len(xs) < 3 or len(ys) < 2:
        return None
    rows, cols = len(ys) - 1, len(xs) - 1

    def drawn(lines: list[_Rule], at: float, lo: float, hi: float) -> bool:
        mid = (lo + hi) / 2
        return any(abs(r.at - at) <= TOL and r.lo < mid < r.hi for r in lines)

    parent = list(range(rows * cols))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(rows):
        for j in range(cols):
            if j + 1 < cols and not drawn(upright, xs[j + 1], ys[i + 1], ys[i]):
                parent[root(i * cols + j + 1)] = root(i * cols + j)
            if i + 1 < rows and not drawn(across, ys[i + 1], xs[j], xs[j + 1]):
                parent[root((i + 1) * cols + j)] = root(i * cols + j)
    cells: dict[int, list[tuple[int, int]]] = {}
    for i in range(rows):
        for j in range(cols):
            cells.setdefault(root(i * cols + j), []).append((i, j))
    area: dict[int, tuple[int, int, int, int]] = {}
    for k, members in cells.items():
        top, left = min(i for i, _ in members), min(j for _, j in members)
        bottom, right = max(i for i, _ in members), max(j for _, j in members)
        if len(members) != (bottom - top + 1) * (right - left + 1):
            return None  # a merged area no rectangle: no table's
        area[k] = (top, left, bottom, right)
    return _Grid(xs, ys, [[area[root(i * cols + j)] for j in range(cols)] for i in range(rows)])


# -- the page's lines, as layout mode lays them out --------------------------------------------------------


def _layout_lines(page: PageObject, layout: str) -> list[tuple[float, str, list[dict[str, Any]]]] | None:
    """Layout mode's lines of the page, each with its y, its text and its pieces of text (each with its
    place on the page: ``tx``…``displaced_tx`` at ``ty``), or None when pypdf's steps, taken one by one,
    do not give ``layout`` (another pypdf: the page is read as before)."""
    try:
        from pypdf._text_extraction import _layout_mode as lm
        from pypdf._text_extraction._layout_mode._fixed_width_page import (
            recurse_to_target_op,
            set_font_operation,
        )
        from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager
        from pypdf.generic import ArrayObject, ContentStream, StreamObject
    except ImportError:
        return None
    fonts = page._layout_mode_fonts()
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return None
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    state = TextStateManager()
    groups: list[Any] = []
    for operands, op in ops:  # pypdf's text_show_operations, the pieces kept where they are on the page
        if op in (b"BT", b"q"):
            groups.extend(recurse_to_target_op(ops, state, b"ET" if op == b"BT" else b"Q", fonts, True)[0])
        elif op == b"Tf":
            set_font_operation(state, fonts, operands)
        else:
            state.set_state_param(op, operands)
    if not groups:
        return None
    left = min(g["tx"] for g in groups)
    shifted = [dict(g, tx=g["tx"] - left, displaced_tx=g["displaced_tx"] - left, at=g["tx"], to=g["displaced_tx"])
               for g in sorted(groups, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True)]
    width = lm.fixed_char_width(shifted)  # type: ignore[arg-type]
    lines = []
    for y, line in lm.y_coordinate_groups(shifted).items():  # type: ignore[arg-type]
        text = lm.fixed_width_page({y: line}, width, False, 1)
        if text:
            lines.append((float(y), text, line))
    if "\n".join(t for _, t, _ in lines) != layout:
        return None
    return lines  # type: ignore[return-value]


# -- a grid's cells filled --------------------------------------------------------------------------------


def _read(grid: _Grid, lines: list[tuple[float, str, list[dict[str, Any]]]], carried: bool) -> tuple[int, int, str] | None:
    """(first line, last line, the table's text) of the page's lines the grid holds, or None when the
    grid is no clean table (see the module; one row of a table ``carried`` over from the page before is)."""
    x0, x1, top, bottom = grid.xs[0] - TOL, grid.xs[-1] + TOL, grid.ys[0], grid.ys[-1]
    inside = []
    for k, (_, _, pieces) in enumerate(lines):
        within = [x0 <= p["at"] < x1 and bottom < p["ty"] < top for p in pieces if p["text"].strip()]
        if any(within) and not all(within):
            return None  # a line of text both in the table and beside it
        if within and all(within):
            inside.append(k)
    if not inside or inside != list(range(inside[0], inside[-1] + 1)):
        return None  # no text, or the page's text beside the table between its lines
    texts: dict[tuple[int, int, int, int], list[tuple[int, dict[str, Any]]]] = {}
    for k in inside:
        for p in lines[k][2]:
            if not p["text"].strip():
                continue
            area = _area(grid, p)
            if area is None:
                return None
            texts.setdefault(area, []).append((k, p))
    filled = {a: _cell_text(pieces) for a, pieces in texts.items()}
    if len({a[0] for a in filled}) < (1 if carried else 2) or len({a[1] for a in filled}) < 2:
        return None  # one row or one column with text: a box, not a table
    return inside[0], inside[-1], _word_text(grid, filled)


# a gap layout mode found inside one piece of text: two cells' texts drawn as one
_GAP = re.compile(r"\S {3,}\S")


def _area(grid: _Grid, piece: dict[str, Any]) -> tuple[int, int, int, int] | None:
    """The merged area a piece of text lies in (its start and its baseline), or None when it runs over
    the area's right edge with a gap in it (a row's cells drawn as one piece). Its end alone does not
    tell: pypdf measures some fonts' characters wider than they are drawn."""
    j = next((j for j in range(len(grid.xs) - 1) if piece["at"] < grid.xs[j + 1] - TOL), None)
    i = next((i for i in range(len(grid.ys) - 1) if piece["ty"] > grid.ys[i + 1]), None)
    if i is None or j is None:
        return None
    area = grid.areas[i][j]
    return area if piece["to"] <= grid.xs[area[3] + 1] + TOL or not _GAP.search(piece["text"].strip()) else None


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cell_text(pieces: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """A cell's paragraphs: its lines, each piece's text in order across, joined where a line wraps
    (a space only between two Latin letters or digits). A line that opens an item or a field of its
    own (``pdf_text.goes_on``: 1、 （一） ①, 任务2 after 任务1) starts a paragraph, and so does the line
    after one short of the cell's full width (its lines' middle width, three lines or more) by two
    characters or more — unless that line opens with a figure and the short one ends no sentence (a
    figure too long for the line's end). Widths are counted in characters: pypdf measures some fonts'
    digits wider than they are drawn."""
    rows: dict[int, list[dict[str, Any]]] = {}
    for k, p in pieces:
        rows.setdefault(k, []).append(p)
    lines = []
    for k in sorted(rows):
        text = ""
        for p in sorted(rows[k], key=lambda p: p["at"]):
            t = p["text"].strip()
            text += (" " if text and _latin(text[-1]) and _latin(t[0]) else "") + t
        lines.append(text)
    # the cell's full line: its lines' middle width (a line with digits or hanging marks runs wider)
    full = median(printed_width(t) for t in lines[:-1]) if len(lines) > 2 else 0
    paragraphs: list[str] = []
    for before, text in zip(["", *lines], lines, strict=False):
        short = bool(before) and printed_width(before) <= full - SHORT and not (_latin(text[0]) and not before.endswith(_TERMINAL))
        if not paragraphs or short or not goes_on(before, text):
            paragraphs.append(text)
        else:
            tail = paragraphs[-1]
            paragraphs[-1] = tail + (" " if _latin(tail[-1]) and _latin(text[0]) else "") + text
    return paragraphs


def _word_text(grid: _Grid, filled: dict[tuple[int, int, int, int], list[str]]) -> str:
    """The table as Word's "save as text" writes it: a row's cells each on a TAB-led line, a cell's
    further paragraphs after it, a blank line between rows (and around the table). A merged area is
    written once, in its top row; in the rows below it, an empty cell where its first column is."""
    rows = []
    for i, areas in enumerate(grid.areas):
        cells: list[str] = []
        for j, area in enumerate(areas):
            if area[1] != j:
                continue  # merged across: written once
            paragraphs = filled.get(area, []) if area[0] == i else []
            cells.append("\n".join(["\t" + (paragraphs[0] if paragraphs else ""), *paragraphs[1:]]))
        rows.append("\n".join(cells))
    return "\n" + "\n\n".join(rows) + "\n"
