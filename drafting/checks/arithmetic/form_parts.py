"""Rows of a flattened form that end one table and begin the next, though they hold no figure to sum.

Why: a form pasted one cell per line runs its parts together (基本信息, 人员编制, 收入, 支出, 三公):
a row captioning a new part with its unit (收入情况（单位：万元）) starts a new table, and a field
holding an identifier (预算编码 418027, 联系电话) is no figure of any table, so a 合计 further down
adds neither across the parts.
"""

from __future__ import annotations

import re

__all__ = ["part_break"]

# a caption's unit (（单位：万元）): a data row names its unit in brackets (经费（万元）), never as 单位：
_UNIT_CAPTION = re.compile(r"单位\s*[:：]\s*(?:亿元|万元|千元|元|人|个|户|项)")
# a form field holding a code or a number to dial, not a quantity
_IDENTIFIER = re.compile(r"(?:编码|代码|编号|电话|邮编|传真|账号|号码)\s*[:：]?$")


def part_break(texts: list[str]) -> bool:
    """Whether a table row (its cells' texts) closes the table part above it: a unit caption with
    nothing else filled in, or an identifier field."""
    label = texts[0].strip() if texts else ""
    filled = [t for t in texts[1:] if t.strip()]
    return bool((_UNIT_CAPTION.search(label) and not filled) or (_IDENTIFIER.search(label) and len(filled) <= 1))
