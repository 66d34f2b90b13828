"""A rate told in label-then-value lines: 预算资金 / 200万元 / 实际支付 / 180万元 / 资金支付率 / 95% (a
form or a list flattened one cell per line, each label on a line and its value on the next).

Part of the arithmetic check (see ``tables``; ``forms`` reads the 自评表's budget block by its exact
header names first). The pairs before a rate are read as the clauses of one sentence, each figure's
words its label, and held to ``rates``' rules: the rate word says which side each label stands on,
exactly one figure of each, and no ratio of the pairs' figures may give the rate. A bare figure under
a label that names its money unit (预算数（万元） / 200) is that money. A run of pairs ends at any line
that is no label or no value, and at a rate (the next rate's figures come after it).

A line that is one 标签：值 field (支付数：79.25万元) is a pair of its own; a cell may end in a bar
(预算资金 |). A bare number takes the unit its label names: in brackets (支付率（%）, 发放人数（人）) or
the measure word of what it counts (发放人数 8640); bare numbers throughout a run are of one unit for
a rate of money. A rate of counts is read as ``rates`` reads any 某率: the part is the figure whose
label names the rate's verb, the whole the other (应发放人数 / 实际发放人数 / 发放率).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...findings import Finding
from ...numbers.extract import MentionKind
from ...quantities import Unit
from ...report import Report, TextUnit, whole_unit
from .prose import _Fig, _figures
from .rates import _RATE, _STEM_RATE, _USE, _judge, _measured, _stem_rate

__all__ = ["COMPLETION", "check_line_rates", "field", "pair", "rates_in_lines", "with_label_unit"]

# the rate words of a completion rate (planned and done: 完成率, a works' 完工率 or 竣工率), not a budget's
COMPLETION = ("完成", "完工", "竣工")

# the units a label may name in its brackets (预算数（万元）, 支付率（%）, 发放人数（人）)
_UNITS = "万元|元|亿元|%|％|人次|人|户|个|家|所|项|件|次|名"
# a label may quote a name (“三公”经费预算数)
_LABEL = re.compile(rf"^[\u4e00-\u9fff“”‘’\"]{{2,16}}(?:[（(]({_UNITS})[)）])?[:：]?$")
_PAIRS = 4  # the pairs before a rate its figures may stand in
_MONEY_UNITS = {"万元": Unit.WAN_YUAN, "元": Unit.YUAN, "亿元": Unit.YI_YUAN}


def _cell(unit: TextUnit) -> str:
    """A line's text without the bar a copied cell may end in (预算资金 |)."""
    return unit.text.strip().removesuffix("|").strip()


def pair(label: TextUnit, value: TextUnit) -> _Fig | None:
    """The figure of a value line, its words the label line before it; None unless the label is only
    a label and the value only one figure."""
    name = _cell(label)
    head = _LABEL.match(name)
    text = _cell(value)
    if head is None or not text or len(text) > 16:
        return None
    figs = _figures(value, 0, len(value.text))
    if len(figs) != 1 or len(figs[0].num.text) < len(text) - 1:
        return None  # more than a figure on the value line
    return _as_labelled(figs[0], name, head.group(1))


# a label's own unit: in its brackets (预算数（万元）), or the measure word of what it counts (发放人数)
_BRACKET_UNIT = re.compile(rf"[（(]({_UNITS})[)）][:：]?$")
_COUNTED = re.compile(r"(人次|人|户|个|家|所|项|件|次|名)数[:：]?$")


def with_label_unit(fig: _Fig) -> _Fig:
    """A bare number after a label that names its unit takes that unit: 预算数（万元）86.40 is money in
    万元, 发放人数 8640 so many 人."""
    if fig.m.kind is not MentionKind.NUMBER or fig.m.scale != 1:
        return fig
    if (m := _BRACKET_UNIT.search(fig.words)) is not None:  # (the bracket is no word of the label)
        return _with_unit(replace(fig, words=fig.words[:m.start()]), m.group(1))
    return _with_unit(fig, m.group(1) if (m := _COUNTED.search(fig.words)) else None)


def _as_labelled(fig: _Fig, name: str, unit: str | None) -> _Fig:
    """A figure whose words are its label, a bare number taking the unit the label names."""
    fig = replace(fig, words=re.sub(r"[（(].*|[:：]$", "", name), chunk=0)
    if unit is None and (m := _COUNTED.search(fig.words)) is not None:
        unit = m.group(1)
    return _with_unit(fig, unit)


def _with_unit(fig: _Fig, unit: str | None) -> _Fig:
    if fig.m.kind is MentionKind.NUMBER and unit in _MONEY_UNITS:  # 预算数（万元） / 200
        fig = replace(fig, m=fig.m.model_copy(update={"kind": MentionKind.AMOUNT, "unit": _MONEY_UNITS[unit],
                                                     "unit_text": unit}))
    elif fig.m.kind is MentionKind.NUMBER and unit in ("%", "％"):  # 支付率（%） / 91.72: a per-cent
        fig = replace(fig, m=fig.m.model_copy(update={"kind": MentionKind.PERCENT, "unit_text": "%"}))
    elif fig.m.kind is MentionKind.NUMBER and unit:  # 发放人数（人） / 8640: so many 人
        fig = replace(fig, m=fig.m.model_copy(update={"kind": MentionKind.COUNT, "unit_text": unit}))
    return fig


# a field on a line of its own: its label, a colon or none, and one figure (支付数：79.25万元); the line may
# be an item of a numbered list (1.预算安排：120万元, （2）实际支出：110.5万元)
_FIELD = re.compile(r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]\s*|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*)?"
                    r"([\u4e00-\u9fff“”‘’\"]{2,16})[:：]?\s*(?=[\d０-９])")


def field(unit: TextUnit) -> _Fig | None:
    """The figure of a line that is one 标签：值 field, its words the label; None for anything else."""
    text = _cell(unit)
    head = _FIELD.match(text)
    if head is None or len(text) > 32:
        return None
    label = unit.text.find(head.group(1))
    figs = [f for f in _figures(unit, 0, len(unit.text)) if f.start > label]  # (not the list's number)
    if len(figs) != 1 or head.end() + len(figs[0].num.text) < len(text) - 1:
        return None  # more than the field's figure on the line
    return _as_labelled(figs[0], head.group(1), None)


def _one_unit(pairs: list[_Fig]) -> list[_Fig]:
    """Pairs whose values are all bare numbers (预算数 / 86.40 / 支付数 / 79.25, the form's unit said once
    in its title, or not at all) are of one unit, whatever it is: read as money, their ratio is the
    same. A run holding any figure with a unit of its own is left as it is. Not for a 完成率: 计划数 /
    完成数 / 完成率 cells are an indicator's, whose 完成率 is often no ratio of them."""
    if len(pairs) < 2 or any(f.m.kind is not MentionKind.NUMBER or f.m.unit_text or f.m.scale != 1 for f in pairs):
        return pairs
    return [replace(f, m=f.m.model_copy(update={"kind": MentionKind.AMOUNT, "unit": Unit.YUAN})) for f in pairs]


def rates_in_lines(report: Report) -> Iterator[tuple[_Fig, list[_Fig]]]:
    """Each rate told in label-then-value lines or 标签：值 lines, with the figures of the run of such
    lines before it (a line that is neither ends the run; so does a rate)."""
    units = [u for u in report.units() if u.kind != "cell"]
    pairs: list[_Fig] = []
    i = 0
    while i < len(units):
        fig = pair(units[i], units[i + 1]) if i + 1 < len(units) else None
        step = 2
        if fig is None and (fig := _wrapped(units, i)) is not None:
            step = 3  # 资金支 / 付率 / 95%: a narrow cell's label wrapped onto a second line
        elif fig is None and (fig := field(units[i])) is not None:
            step = 1  # 预算数：86.40万元 / 支付数：79.25万元 / 支付率：91.72%: one field a line
        if fig is None:
            pairs, i = [], i + 1
            continue
        if fig.m.kind is MentionKind.NUMBER and i + step < len(units) and _cell(units[i + step]) in ("%", "％"):
            fig, step = _with_unit(fig, "%"), step + 1  # 95.00 / %: the sign wrapped onto a line of its own
        i += step
        if not fig.pct:
            pairs.append(fig)
            continue
        yield fig, pairs
        pairs = []


# the tail of a label a narrow cell wrapped: a few letters or its unit in brackets, no digit
_TAIL = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}(?:[（(](?:" + _UNITS + r")[)）])?|[（(](?:" + _UNITS + r")[)）])[:：]?$")


def _wrapped(units: list[TextUnit], i: int) -> _Fig | None:
    """The figure after a label on two lines (资金支 / 付率 / 95%: a cell too narrow for its label, the
    text from a PDF a line a row of the cell): the first line a label that does not close itself (no
    colon, no unit in brackets), the second a short tail, and together one label of a form's length."""
    if i + 2 >= len(units) or units[i].kind != "paragraph" or units[i + 1].kind != "paragraph":
        return None
    first, tail = _cell(units[i]), _cell(units[i + 1])
    if not re.fullmatch(r"[\u4e00-\u9fff“”‘’\"]{2,12}", first) or not _TAIL.match(tail):
        return None
    return pair(whole_unit(units[i].location.block, None, None, first + tail, "paragraph"), units[i + 2])


def check_line_rates(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for fig, pairs in rates_in_lines(report):
        word = _RATE.search(fig.words)
        stem = _STEM_RATE.search(fig.words)
        finding = None
        if word and word.group(1) not in COMPLETION and word.group(3) is None:
            pairs = _one_unit(pairs[-_PAIRS:])  # (计划数 / 86.40 / 完成数 / 79.25 / 完成率: an indicator's)
        if word and pairs:
            done = word.group(1) in COMPLETION or word.group(3) is not None
            same = [f for f in pairs[-_PAIRS:] if f.change is None and _measured(f, done)]
            finding = _judge(fig, same, done, "", False, word.group(1) in _USE, where="前几行")
        if finding is None and pairs and not any(f.money for f in pairs[-_PAIRS:]) and (word or stem):
            # 应发放人数 / 8640人 / 实际发放人数 / 7925人 / 发放率 / 91.72%: counts, the part named by the rate's verb
            finding = _stem_rate(fig, word.group(1) if word and word.group(1) else stem.group(1) if stem else "",
                                 pairs[-_PAIRS:])
        if finding is not None:
            out.append(finding.model_copy(update={"rule": "line_rate"}))
    return out

