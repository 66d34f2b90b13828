"""What a data file's value should have been, in the officer's words — shared by the YAML/JSON loader
(which names the line) and the workbook reader (which names the cell), so both say it alike.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

__all__ = ["MAX_DIGITS", "expected_of"]

MAX_DIGITS = 20  # digits of a number in a data file: 10¹⁸ 元 is beyond any budget, 5,000 digits an error


def expected_of(kind: str, ctx: dict[str, Any], err: Any) -> str:
    """The expectation a pydantic error of ``kind`` stands for, with the value as written."""
    given = err.get("input")
    shown = f"，实际填写为“{given}”" if isinstance(given, (str, int, Decimal)) and not isinstance(given, bool) else ""
    if kind in ("decimal_parsing", "decimal_type", "float_parsing", "float_type", "finite_number"):
        return f"应为数字，如 5.18（不要带单位或千分位逗号）{shown}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"应为整数，如 36{shown}"
    if kind in ("string_type",):
        return f"应为文字{shown}（数字或日期请加引号）"
    if kind == "missing":
        return "缺少必填字段；请补上"
    if kind == "enum":
        choices = [c.strip().strip("'") for c in str(ctx.get("expected", "")).replace(" or ", ", ").split(", ")]
        return "应为以下之一：" + "、".join(c or "（空）" for c in choices) + shown
    if kind in ("date_parsing", "date_type", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return f"应为日期，如 2023-02-20{shown}"
    if kind in ("list_type", "tuple_type"):
        return "应为列表（每项一行，以“- ”开头）"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "应为字段表（每行“键: 值”，下一级缩进两个空格）"
    if kind == "bool_parsing" or kind == "bool_type":
        return f"应为 true 或 false{shown}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"应不小于 {ctx.get('ge', ctx.get('gt'))}{shown}"
    if kind in ("less_than_equal", "less_than"):
        return f"应不大于 {ctx.get('le', ctx.get('lt'))}{shown}"
    if kind == "string_pattern_mismatch":
        return f"格式不符，应匹配 {ctx.get('pattern')}（小写字母开头，只含小写字母、数字和下划线）{shown}"
    if kind in ("decimal_max_places", "decimal_max_digits"):
        return f"小数位数过多{shown}"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return str(err["msg"])
