"""A short name defined twice close together: 云南省旅游发展委员会（以下简称云南省旅发委）… 云南省旅游发展委员会（以下简称
“云南省旅发委”）.

Part of the language check. Why: a report defines a short name once, where the full name first stands, and uses the
short name after it; the same definition again a sentence or a paragraph on is a passage pasted in with its own
definition, or a sentence written twice over, and the full name it was meant to replace is written out again. Only
definitions in one paragraph or in two paragraphs next to each other: a cover letter and the report it sends, or two
attachments, may each define the name for itself. The quotation marks around the short name are not part of it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import Place, one_finding

__all__ = ["short_names_twice"]

_DEFINED = re.compile(r"(?:以下)?简称(?:为)?[:：]?\s*[“\"‘「]?([\u4e00-\u9fffA-Za-z]{2,12})[”\"’」]?(?=[)）,，。；;、])")
_NEAR = 1  # paragraphs apart at most: the same paragraph or the next


def short_names_twice(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    defined: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for k, unit in enumerate(units):
        if "简称" in unit.text:
            for m in _DEFINED.finditer(unit.text):
                defined[m[1]].append((k, (unit, m.start(), m.end())))
    for name, at in defined.items():
        near = [p for i, (k, p) in enumerate(at) if any(abs(k - j) <= _NEAR for n, (j, _) in enumerate(at) if n != i)]
        if len(near) >= 2:
            yield one_finding(
                report, near, kind=Kind.REPEATED_WORD, message=f"简称“{name}”定义了两次",
                evidence=f"相隔不远两处都写了“简称{name}”：简称只在全称第一次出现时注明一次，此后直接使用",
                suggestion=f"删去第二处全称及其“简称{name}”的括注，直接写“{name}”", rule="language.short_name_twice")
