"""The evaluated year given in a form's field as copies lay it out: the label alone on its line (or
cell) and the year on the next (评价年度 / 2023年, blank lines between), or label and year in one row apart by a
bar or blanks (评价年度 | 2023年度, 所属年度　2023).

Why: ``dates`` reads ``评价年度：2023年`` in a sentence as a sure statement of the year; a form flattened
one cell per line or kept as bar rows gives the same field without its colon, and a title left from
last year's file then stood against fewer votes than the form states (issue 9: the report year from
all the evidence, 评价年度 first). Only a year alone as the value counts (2023, 2023年, 2023年度): a
range or a sentence after the label, or two years side by side (a comparison's header), is no
field's value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..report import TextUnit

__all__ = ["field_years"]

_LABEL = r"(?:评价|所属|预算|自评|绩效|报告)年度"
_ALONE = re.compile(rf"^\s*\|?\s*{_LABEL}\s*[:：]?\s*\|?\s*$")
_VALUE = re.compile(r"^\s*\|?\s*((?:19|20)\d\d)\s*(?:年度?)?\s*\|?\s*$")
# the row's last cell: 预算年度 | 2022年 | 2023年 is a comparison's header, no field
_IN_ROW = re.compile(rf"(?:^|\|)\s*{_LABEL}\s*(?:\||[ \u3000]{{2,}})\s*((?:19|20)\d\d)\s*(?:年度?)?\s*\|?\s*$", re.M)


def field_years(units: Iterable[TextUnit]) -> Iterator[int]:
    """The years the report's form fields state, one per field."""
    lines = [u for u in units if u.text.strip()]
    for k, unit in enumerate(lines):
        text = unit.text
        label = k and "年度" in lines[k - 1].text and _ALONE.match(lines[k - 1].text)
        # one year alone after the label; a second year right after it makes a header of years
        if label and (m := _VALUE.match(text)) and not (k + 1 < len(lines) and _VALUE.match(lines[k + 1].text)):
            yield int(m.group(1))
        if "年度" in text:
            yield from (int(m.group(1)) for m in _IN_ROW.finditer(text))
