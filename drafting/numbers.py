"""Finding numbers in Chinese report text: every numeric mention with span, value, unit and kind.

(Model defined first so other modules can build on it; ``extract`` is implemented below.)
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .quantities import Quantity, Unit


class MentionKind(StrEnum):
    AMOUNT = "amount"          # money: 元/万元/亿元
    PERCENT = "percent"        # 98.22%
    POINTS = "points"          # 2.8个百分点
    COUNT = "count"            # 2141人, 35件, 7000余个
    YEAR = "year"              # 2022年, 二〇二二年
    DATE = "date"              # 2023年2月20日, 2021年12月31日
    NUMBER = "number"          # a bare number with no unit (table cells)
    NOT_A_CLAIM = "not_a_claim"  # list markers, document numbers, phone numbers, budget codes


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"      # 余/约/左右/近/多
    AT_MOST = "at_most"    # 以内/以下/不超过/不高于
    AT_LEAST = "at_least"  # 以上/不低于/超过/逾


class Mention(BaseModel):
    """One number as written. ``value`` is in ``unit`` after applying the written scale
    (8万余人 -> value 80000, unit 人, scale 10000, places 0 counted in the scaled figure "8")."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    value: Decimal
    unit: Unit = Unit.NONE
    scale: Decimal = Decimal(1)
    places: int = 0
    qualifier: Qualifier = Qualifier.EXACT
    kind: MentionKind = MentionKind.NUMBER

    @property
    def quantity(self) -> Quantity:
        return Quantity(value=self.value, unit=self.unit)

    @property
    def is_claim(self) -> bool:
        return self.kind not in (MentionKind.NOT_A_CLAIM, MentionKind.YEAR, MentionKind.DATE)
