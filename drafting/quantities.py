"""Exact quantities: Decimal values with explicit units, and half-up rounding at a shown precision.

Why: finance officers compare figures to the cent; floats and banker's rounding both give
answers that differ from what a reviewer computes by hand (四舍五入).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from .model_base import BaseModel, ConfigDict


class Unit(StrEnum):
    YUAN = "元"
    WAN_YUAN = "万元"
    YI_YUAN = "亿元"
    PERCENT = "%"
    POINTS = "个百分点"
    PERSON = "人"
    PERSON_TIME = "人次"
    HOUSEHOLD = "户"
    ITEM = "件"
    GE = "个"
    JIA = "家"
    TIMES = "次"
    TIAO = "条"
    MING = "名"
    BEN = "本"
    CHANG = "场"
    FEN = "份"
    QI = "起"
    XIANG = "项"
    SCORE = "分"
    DAY = "天"
    MU = "亩"
    HECTARE = "公顷"
    TON = "吨"
    SUO = "所"
    # Added for the number guard: 家次/户次 differ from 家/户 as 人次 differs from 人.
    JIA_TIMES = "家次"
    HOUSEHOLD_TIMES = "户次"
    ZUO = "座"
    TAI = "台"
    LIANG = "辆"
    TAO = "套"
    PI = "批"
    PICI = "批次"  # 抽检2512批次: the same count as 批 (see COUNT_EQUIVALENTS)
    QI_SESSION = "期"
    BAN = "班"
    PIAN = "篇"
    KM = "公里"
    SQM = "平方米"
    HOUR = "小时"
    MONTH = "个月"
    NONE = ""


MONEY_UNITS = {Unit.YUAN: Decimal(1), Unit.WAN_YUAN: Decimal(10_000), Unit.YI_YUAN: Decimal(100_000_000)}

# Counts of people are written with 人 or 名 interchangeably (人次 is a different measure); batches
# with 批 or 批次 (抽检2512批次 = 2512批).
COUNT_EQUIVALENTS = {Unit.MING: Unit.PERSON, Unit.PICI: Unit.PI}


def to_decimal(value: object) -> Decimal:
    """Convert an int, str or Decimal to Decimal; floats are refused because they are already inexact."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"refusing inexact value {value!r}; pass a str or Decimal")
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round to `places` decimals the way a reviewer does by hand (四舍五入)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def places_of(value: Decimal) -> int:
    """Decimals shown by a Decimal parsed from text ("9.0" -> 1, "14,293.93" -> 2, "2141" -> 0)."""
    exp = value.as_tuple().exponent
    return max(0, -int(exp)) if isinstance(exp, int) else 0


def is_money(unit: Unit) -> bool:
    return unit in MONEY_UNITS


def convert_money(value: Decimal, from_unit: Unit, to_unit: Unit) -> Decimal:
    """Convert between 元/万元/亿元 exactly (1亿 = 10,000万 = 100,000,000元)."""
    return value * MONEY_UNITS[from_unit] / MONEY_UNITS[to_unit]


def canonical_unit(unit: Unit) -> Unit:
    return COUNT_EQUIVALENTS.get(unit, unit)


class Quantity(BaseModel):
    """A value with its unit. Money compares across 元/万元/亿元; other units compare only to themselves."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    value: Decimal
    unit: Unit = Unit.NONE

    def __str__(self) -> str:
        return f"{format_decimal(self.value)}{self.unit.value}"

    def in_unit(self, unit: Unit) -> Decimal | None:
        """This value expressed in `unit`, or None when the units are not comparable."""
        if self.unit == unit or canonical_unit(self.unit) == canonical_unit(unit):
            return self.value
        if is_money(self.unit) and is_money(unit):
            return convert_money(self.value, self.unit, unit)
        return None


def format_decimal(value: Decimal, places: int | None = None, thousands: bool = False) -> str:
    """Format without exponent; `places` rounds half-up first."""
    if places is not None:
        value = round_half_up(value, places)
    text = f"{value:,f}" if thousands else f"{value:f}"
    return text
