"""A Chinese sentence ended with the keyboard's ASCII full stop (严格预算控制100%. / 年生长量188万立方米. 2019年…)
in a report that ends its sentences with 。: a slip of the keyboard, not the report's habit.

Part of the language check. Why apart from ``stray_dots``: that rule reads a dot between two Chinese
characters (a stray mark or a name's separator); this one a dot where a sentence ends — at the end of
its line, or before a space and the next sentence. Precision first: only after a Chinese character or a
percentage (never after a digit: 1. is a list's number, 3.5 a decimal), not a heading's number (一.),
and only in a report whose sentences end in 。 many times as often (a copy that turned every mark
half-width writes . throughout: its habit). One finding for the report, every place listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import one_finding

__all__ = ["halfwidth_stops"]

# the dot after a Chinese character or a percent sign, then the line's end or a space and the next
# sentence's first character (Chinese or a figure)
_STOP = re.compile(r"(?<=[\u4e00-\u9fff%％])\.(?=[ \t\u3000]*$|[ \t\u3000]+[\u4e00-\u9fff\d])")
_HEADING_NUMBER = re.compile(r"(?:^|[^\u4e00-\u9fff])[一二三四五六七八九十]+$")
_SENTENCE_WORDS = re.compile(r"[\u4e00-\u9fff]")
_WORDS_BEFORE = 4  # Chinese characters the sentence holds before its dot: a sentence, not a label
_HABIT = 5  # 。 written at least this many times …
_RATIO = 5  # … and this many times as often as the dot found


def halfwidth_stops(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    places: list[tuple[TextUnit, int, int]] = []
    stops = 0
    for unit in units:
        text = unit.text
        stops += text.count("。")
        for m in _STOP.finditer(text) if "." in text else ():
            before = text[max(text.rfind("。", 0, m.start()), 0):m.start()]
            if _HEADING_NUMBER.search(before) or len(_SENTENCE_WORDS.findall(before)) < _WORDS_BEFORE:
                continue  # 一. heading, or a short label (注.)
            places.append((unit, m.start() - 1, m.end()))
    if not places or stops < _HABIT or stops < _RATIO * len(places):
        return
    unit, start, end = places[0]
    shape = unit.text[start:end]
    yield one_finding(report, places, kind=Kind.PUNCTUATION, message=f"句末用了半角句点：“{shape}”应为“{shape[:-1]}。”",
                      evidence=f"本报告句末用“。”（{stops}处），这里用了半角“.”", suggestion="改为“。”",
                      rule="language.halfwidth_stop")
