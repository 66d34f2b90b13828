"""Item markers (一、 （一） 1、 （1） ①): which open a line, their family, level and value.

Why: the numbering checks and the checks that read a report's outline ask the same question of a
line; one reading keeps them agreeing on what a marker is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..numbers.chinese import numeral, ordinal
from ..report import Report, TextUnit
from .toc import toc_blocks

__all__ = ["line_after", "marker_level", "parse_marker", "without_marker"]


def marker_level(text: str) -> int | None:
    """The rank of the item marker that opens ``text``: 一、 0, （一） 1, 1、 2, （1） 3, ① 4; None for none."""
    t = text.strip()
    return next((level for _, level, pat in _MARKERS if pat.match(t)), None)


def without_marker(text: str) -> str:
    """``text``'s words after the item marker that opens it ((三)项目预期目标完成情况 → 项目预期目标完成情况)."""
    t = text.strip()
    m = next((m for _, _, pat in _MARKERS if (m := pat.match(t))), None)
    return t[m.end():].strip() if m else t


def parse_marker(text: str) -> tuple[str, int] | None:
    """The family and value of the item marker that opens ``text`` (（二） is ('（一）', 2)), or None."""
    for family, _level, pat in _MARKERS:
        m = pat.match(text.strip())
        if m:
            raw = m.group(1)
            value = _circled(raw) or (int(raw) if raw.isdecimal() else ordinal(raw))
            return (family, value) if value is not None else None
    return None


_CN = "一二三四五六七八九十"
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    # a space inside a marker (三 、, （ 二 ）) is how web and PDF copies print it: still the marker
    ("一、", 0, re.compile(rf"^([{_CN}]{{1,3}})[ \u3000]?(?:[、．]|\.(?!\d))")),
    ("（一）", 1, re.compile(rf"^[（(][ \u3000]?([{_CN}]{{1,3}})[ \u3000]?[）)]")),
    ("1、", 2, re.compile(r"^(\d{1,2})(?:[ \u3000]?[、．]|[ \u3000]?\.(?!\d)|[:：](?!\d))")),  # (5 .加大…: a blank before its dot)
    ("（1）", 3, re.compile(r"^[（(][ \u3000]?(\d{1,2})[ \u3000]?[）)]")),
    # (not a form's column formula: ⑥=⑤/④ names a column by its number, no item)
    ("①", 4, re.compile(r"^([①-⑳])(?![ \u3000]*[=＝])")),
]


def _circled(c: str) -> int | None:
    """① → 1 … ⑳ → 20."""
    return ord(c) - ord("①") + 1 if "①" <= c <= "⑳" else None


def _shown(family: str, value: int) -> str:
    """How item ``value`` is numbered in ``family``: 3, 三 or ③."""
    if family == "①":
        return chr(ord("①") + value - 1)
    return str(value) if "1" in family else numeral(value)


@dataclass
class _Marker:
    """A heading's or an item's number: where it stands, its family, level and value."""
    unit: TextUnit
    start: int
    end: int
    family: str
    level: int
    value: int


def line_after(mk: _Marker) -> str:
    """What the marker's line says after it: a heading's title, or the start of an item's text."""
    return mk.unit.text[mk.end:].split("\n", 1)[0].strip()


def _line_markers(report: Report) -> Iterator[_Marker]:
    toc = toc_blocks(report)
    for unit in report.units():
        if unit.location.block in toc:
            continue
        for line_m in re.finditer(r"[^\n]+", unit.text):
            line = line_m.group(0)
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            if line.startswith(("??", "？？"), lead):  # a mirror's lost characters before the marker (??一、部门基本情况)
                lead = len(line) - len(line.lstrip(" \t\u3000?？"))
            body = line[lead:]
            for family, level, pat in _MARKERS:
                m = pat.match(body)
                if not m:
                    continue
                raw = m.group(1)
                value = _circled(raw) or (int(raw) if raw.isdecimal() else ordinal(raw))
                if value is None:
                    break
                s = line_m.start() + lead
                yield _Marker(unit, s, s + m.end(), family, level, value)
                break

