"""One row of the 绩效指标 table (``Indicator``): its classification, target and result, and the checks
that its text and its value say the same thing.

Apart from ``department`` because an indicator carries rules of its own — the common indicators'
classification, a target written as text (≥7.8万人) against the value stored beside it — and the
department model stays a list of what the form holds.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, ConfigDict, Field

from .quantities import COUNT_EQUIVALENTS, Unit

__all__ = ["Indicator", "indicator_text_problems"]


class Indicator(BaseModel):
    """One row of the 绩效指标 table."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    level1: str | None = Field(None, title="一级指标",
                               description="产出指标/效益指标/满意度指标; blank = inferred from the name where it is a common indicator")
    level2: str | None = Field(None, title="二级指标",
                               description="数量/质量/时效/成本/社会效益/经济效益/生态效益/可持续影响/服务对象满意度指标; "
                                           "blank = inferred from the name where it is a common indicator")
    name: str = Field(description="三级指标名称")
    target: str | None = Field(None, description="目标值 as written, e.g. ≥95%")
    target_value: Decimal | None = None
    comparator: str | None = Field(None, description="one of ≥ ≤ = > <; how actual is compared to target")
    actual: str | None = Field(None, description="完成值 as written")
    actual_value: Decimal | None = None
    unit: Unit = Unit.NONE
    weight: Decimal | None = Field(None, description="分值")
    score: Decimal | None = Field(None, description="得分")
    deviation_reason: str | None = Field(None, description="偏差原因 (required when the target is missed)")
    evidence: str | None = Field(None, description="佐证 / 完成情况说明")

    def levels(self) -> tuple[str | None, str | None]:
        """一级 and 二级 classification as given, else inferred from a common indicator's name
        (…满意度 → 满意度指标; …及时率 → 时效指标; …合格率 → 质量指标); unknown stays None."""
        if self.level1 and self.level2:
            return self.level1, self.level2
        inferred = next(((l1, l2) for words, l1, l2 in _COMMON_INDICATORS if any(w in self.name for w in words)),
                        (None, None))
        level1 = self.level1 or inferred[0]
        return level1, self.level2 or (inferred[1] if level1 == inferred[0] else None)

    def met(self) -> bool | None:
        """Whether the actual meets the target, or None when either is not a number."""
        if self.target_value is None or self.actual_value is None:
            return None
        op = self.comparator or "≥"
        a, t = self.actual_value, self.target_value
        return {"≥": a >= t, "≤": a <= t, "=": a == t, ">": a > t, "<": a < t}.get(op, a >= t)


# common indicators (财预〔2021〕101号 core indicators, the T07 library): name words → 一级, 二级
_COMMON_INDICATORS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("满意度", "满意率"), "满意度指标", "服务对象满意度指标"),
    (("及时率", "按时", "完成时间", "时限"), "产出指标", "时效指标"),
    (("合格率", "达标率", "准确率", "验收率", "优良率"), "产出指标", "质量指标"),
    (("成本", "补助标准", "补贴标准", "单价"), "产出指标", "成本指标"),
    (("收入", "增收", "经济效益"), "效益指标", "经济效益指标"),
    (("生态", "环境", "排放", "森林覆盖", "空气质量"), "效益指标", "生态效益指标"),
    (("长效", "可持续", "制度建设"), "效益指标", "可持续影响指标"),
)


_WRITTEN = re.compile(r"(≥|≤|>|<|=|＝|不低于|不少于|不高于|不超过|以上|以下)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                      r"\s*(万|亿)?")
_WORDS = {"不低于": "≥", "不少于": "≥", "不高于": "≤", "不超过": "≤", "＝": "="}


def _written_value(text: str, unit: Unit) -> tuple[str | None, Decimal] | None:
    """The comparator and value a target or result text states (≥7.8万人 → ≥, 78000), or None
    when the text has no single figure to compare (a sentence, several numbers)."""
    found = list(_WRITTEN.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    try:
        value = Decimal(m.group(2).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only takes digits
        return None
    if m.group(3) and unit not in (Unit.WAN_YUAN, Unit.YI_YUAN):
        value *= 10_000 if m.group(3) == "万" else 100_000_000
    op = m.group(1)
    op = _WORDS.get(op, op) if op not in ("以上", "以下") else None
    tail = text[m.end():]
    if tail.startswith("以上") or tail.lstrip("%人个名次万元").startswith("以上"):
        op = "≥"
    return op, value


_UNIT_WORD = re.compile(r"^\s*(%|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,3})?)")


def _unit_said(text: str, unit: Unit) -> str | None:
    """The unit a one-figure text writes when it is not the indicator's unit column (≥180万元/公里
    with 万元 agrees: a compound unit starts with its column's unit), else None."""
    unit = Unit(unit)
    found = list(_WRITTEN.finditer(text))
    if unit is Unit.NONE or len(found) != 1:
        return None
    w = found[0]
    m = _UNIT_WORD.match(text[w.start(3) if w.group(3) and unit in (Unit.WAN_YUAN, Unit.YI_YUAN) else w.end():])
    if m is None or m.group(1).startswith(("以上", "以下", "以内", "左右")):
        return None
    said = m.group(1)
    same = {unit.value, *(u.value for u, v in COUNT_EQUIVALENTS.items() if v is unit),
            COUNT_EQUIVALENTS.get(unit, unit).value}
    return None if any(said.startswith(u) for u in same) else said


def indicator_text_problems(indicators: list[Indicator]) -> list[tuple[str, list[str]]]:
    """Indicators whose 目标值/完成值 text and stored value disagree — each as (message, paths)."""
    out = []
    for i, ind in enumerate(indicators):
        p = f"indicators[{i}]"
        for field, text, value in (("target", ind.target, ind.target_value), ("actual", ind.actual, ind.actual_value)):
            if text is None or value is None:
                continue
            read = _written_value(text, ind.unit)
            if read is None:
                continue
            op, written = read
            label = "目标值" if field == "target" else "完成值"
            if (said := _unit_said(text, ind.unit)) is not None:
                out.append((f"指标“{ind.name}”的{label}写作“{text}”，单位是“{said}”，与计量单位“{ind.unit.value}”不符"
                            "（复合单位如 万元/公里 选斜杠前的 万元）", [f"{p}.{field}", f"{p}.unit"]))
            elif written.normalize() != value.normalize():
                out.append((f"指标“{ind.name}”的{label}写作“{text}”，与数值 {value} 不符",
                            [f"{p}.{field}", f"{p}.{field}_value"]))
            elif field == "target" and op and ind.comparator and op != ind.comparator:
                out.append((f"指标“{ind.name}”的目标值写作“{text}”，与比较符 {ind.comparator} 不符",
                            [f"{p}.target", f"{p}.comparator"]))
    return out
