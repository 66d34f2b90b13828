"""A budget block whose cells a copy glued together: 年度资金总额593.27593.27448.641076%10.

Part of the form check (``forms``). Why: a form read from an image or a document site's preview loses
the lines between its cells, the header's words run into one another (全年预算数全年执行数执行率) and
each row's figures into one run. The run still parts where the template's cells end: a money figure
ends two places after its point or at its unit (593.27, 50万元), a rate at its per-cent sign, and the
分值 and 得分 are small whole or decimal numbers. A run is read as a row only when one way of cutting it
is sure: the one whose rate is what the money gives, or the only cut there is — and then only where
its rate is near what the money gives (a cut at the wrong place makes ratios far from any written
rate; a near one is a slip of the form). Whole figures without a point or a unit cannot be parted,
save where one figure is written once per money column (355503555035550: equal cells; different
figures glued make no exact repeat). A run that can be cut several ways is left unread. A numbered
table glues the next row's 序号 to a row's last cell: after a rate that closes the row, the digits are
the next row's; after a 得分 that could end in one (7.52: 7.5 | 2), the row is left unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ...numbers.textnorm import no_blanks
from ...quantities import places_of
from ...report import Report, TextUnit
from .form_cells import HEADERS, FormCell

__all__ = ["glued_blocks"]

Cells = list[tuple[FormCell, Decimal | None]]
Block = tuple[list[str], list[tuple[FormCell, Cells]], str]

# the header's words run together, three or more (the longest word first: 全年预算数 before 预算数)
# (a copy may leave a blank inside a word where the cell wrapped: 年初 预算数全年 预算数)
_WORD = "|".join(sorted(HEADERS, key=len, reverse=True))
# (and a column's bracket after its word: 全年执行数(B)执行率(B/A))
_HEADER = re.compile("(?:(?:{})(?:\\s?[(（][^()（）]{{0,12}}[)）])?){{3,}}".format(
    "|".join(r"\s?".join(w) for w in sorted(HEADERS, key=len, reverse=True))))
_BRACKET = re.compile(r"[(（][^()（）]*[)）]")
_ONE_WORD = re.compile(_WORD)
# a row's figures run together, and the cells they may be cut into
_RUN = re.compile(r"(?:\d|[.,%％]|万元|万)+")
_TO_RATE = re.compile(r"[^%％]*[%％]")
_MONEY = re.compile(r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)\.\d{2}(?:万元|万)?|(?:0|[1-9]\d*)(?:\.\d{1,2})?(?:万元|万)")
_TOKEN = {"initial": _MONEY, "budget": _MONEY, "spent": _MONEY, "prior": _MONEY,
          "weight": re.compile(r"100|[1-9]\d?"), "rate": re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?[%％]"),
          "score": re.compile(r"(?:100|[1-9]\d?|0)(?:\.\d{1,2})?")}
_AFTER_HEADER = 200  # characters after a header its rows may stand in, in the header's own unit
_UNITS_AFTER = 3  # units after the header's unit its rows may stand in (one row a line)
_LABEL = 20  # characters of a row's label at most (其中：当年财政拨款资金)
_LONGEST = 60  # a row's run of six cells is far shorter: a longer run is some other figure
_NEAR = Decimal(10)  # points between a lone cut's rate and the money's ratio: a slip, not a misread


def glued_blocks(report: Report, skip: AbstractSet[object]) -> list[Block]:
    """Every budget block whose header and rows were glued, in units no other reading covered."""
    units = list(report.units())
    out: list[Block] = []
    seen: set[tuple[object, int]] = set()  # a row under two headers' reach is read once
    for k, unit in enumerate(units):
        if unit.location in skip or "率" not in unit.text:
            continue
        for m in _HEADER.finditer(unit.text):
            roles = [HEADERS[w] for w in _ONE_WORD.findall(_BRACKET.sub("", no_blanks(m.group())))]
            if not {"budget", "spent", "rate"} <= set(roles) or len(roles) != len(set(roles)):
                continue
            rows = _rows(unit, m.end(), m.end() + _AFTER_HEADER, roles, seen)
            for nxt in units[k + 1:k + 1 + _UNITS_AFTER]:
                rows += _rows(nxt, 0, len(nxt.text), roles, seen)
            if rows:
                out.append((roles, rows, "执行率"))
    return out


def _rows(unit: TextUnit, start: int, stop: int, roles: list[str],
          seen: set[tuple[object, int]]) -> list[tuple[FormCell, Cells]]:
    """The runs from ``start`` to ``stop`` of a unit that cut surely into the header's cells, each after its label."""
    out = []
    last = start
    for whole in _RUN.finditer(unit.text, start, stop):
        # a rate as the header's last column ends the row at its %: digits after it are the next row's 序号
        run = _TO_RATE.match(unit.text, whole.start(), whole.end()) if roles[-1] == "rate" else None
        run = run or whole
        label = unit.text[last:run.start()].strip()
        last = run.end()
        if not label or _ONE_WORD.search(no_blanks(label)) or not re.search(r"[\u4e00-\u9fff][:：]?$", label):
            continue
        cut = _cut(run.group(), roles) if len(run.group()) <= _LONGEST else None
        if cut is None or (unit.location, run.start()) in seen or _serial_after(run.group()[cut[-1][0]:], roles):
            continue
        seen.add((unit.location, run.start()))
        at = run.start()
        cells: Cells = [(FormCell(unit, at + s, at + e, run.group()[s:e]), v) for s, e, v in cut]
        name = re.split(r"[，。；,;\s]", label.rstrip(":："))[-1][-_LABEL:].lstrip("0123456789")  # the row's own words, not the text before
        lab = unit.text.rindex(name, 0, run.start())
        out.append((FormCell(unit, lab, lab + len(name), name), cells))
    return out


def _serial_after(last: str, roles: list[str]) -> bool:
    """Whether a run's last cell, its 得分, may end in the next row's 序号 instead (7.52 for 7.5 | 2, 91
    for 9 | 1): its last digit, 1 to 9, leaves a score as the template writes one."""
    return roles[-1] == "score" and last[-1] in "123456789" and bool(_TOKEN["score"].fullmatch(last[:-1]))


def _cut(run: str, roles: list[str]) -> list[tuple[int, int, Decimal]] | None:
    """The one sure way to cut a run into the header's cells, or None."""
    cuts = list(_cuts(run, 0, roles))
    right = [c for c in cuts if _agrees(c, roles) is True]
    if len(right) == 1:
        return right[0]
    if not right and len(cuts) == 1 and _agrees(cuts[0], roles) is False and _near(cuts[0], roles):
        return cuts[0]
    if not cuts and (alike := _alike(run, roles)) is not None and _agrees(alike, roles) is not None:
        return alike
    return None


def _alike(run: str, roles: list[str]) -> list[tuple[int, int, Decimal]] | None:
    """A run opening with one whole figure written once per money column (355503555035550 for 35550 |
    35550 | 35550): a repeat is read as equal cells — different figures glued make no exact repeat —,
    and the rest of the run must then cut one way only."""
    money = [r for r in roles if _TOKEN[r] is _MONEY]
    if not money or roles[:len(money)] != money:
        return None
    digits = re.match(r"\d+", run)
    n = len(money)
    if digits is None:
        return None
    for size in range(len(digits.group()) // n, 1, -1):  # (a figure of one digit repeated tells little)
        figure = run[:size]
        if figure[0] == "0" or run[:size * n] != figure * n:
            continue
        rest = list(_cuts(run, size * n, roles[n:]))
        if len(rest) == 1:
            return [(k * size, (k + 1) * size, Decimal(figure)) for k in range(n)] + rest[0]
    return None


def _cuts(run: str, pos: int, roles: list[str]) -> Iterator[list[tuple[int, int, Decimal]]]:
    """Every way to cut ``run`` from ``pos`` into one cell per role, each cell as its role's cells are written."""
    if not roles:
        if pos == len(run):
            yield []
        return
    pattern = _TOKEN[roles[0]]
    for end in range(len(run), pos, -1):
        piece = run[pos:end]
        if pattern.fullmatch(piece):
            value = Decimal(re.sub(r"[,%％万元]", "", piece))
            for rest in _cuts(run, end, roles[1:]):
                yield [(pos, end, value), *rest]


def _ratio(cut: list[tuple[int, int, Decimal]], roles: list[str]) -> tuple[Decimal, Decimal] | None:
    budget, spent, rate = (cut[roles.index(r)][2] for r in ("budget", "spent", "rate"))
    return (spent / budget * 100, rate) if budget > 0 else None


def _agrees(cut: list[tuple[int, int, Decimal]], roles: list[str]) -> bool | None:
    """Whether the cut's rate is 执行数 ÷ 预算数 at its shown precision (capped at 100%)."""
    pair = _ratio(cut, roles)
    if pair is None:
        return None
    exact, rate = pair
    q = Decimal(1).scaleb(-places_of(rate))
    return rate in {exact.quantize(q, ROUND_HALF_UP), exact.quantize(q, ROUND_DOWN)} or (exact > 100 and rate == 100)


def _near(cut: list[tuple[int, int, Decimal]], roles: list[str]) -> bool:
    pair = _ratio(cut, roles)
    return pair is not None and pair[1] <= 100 and abs(pair[0] - pair[1]) <= _NEAR
