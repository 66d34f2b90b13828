"""The form part of the draft — 收入, 支出和结余, “三公”经费 and 绩效指标 tables straight from the
data — and where each goes: after the paragraph of the text part that introduces it, numbered 表N
with its unit line, as a finance officer lays out a 自评报告.

Apart from ``drafter`` because the tables are what the data says cell by cell, while the drafter
assembles the text part and the sidecar.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from ..department import INCOME_LABELS, SANGONG_LABELS, DepartmentData
from ..numbers.textnorm import meaningful_length
from ..quantities import format_decimal, round_half_up
from ..report import Cell, Heading, Paragraph, Table
from .offline_writer import Seen, fmt, sentences

__all__ = ["FormTable", "form_tables", "one_style", "place_tables"]


class FormTable(NamedTuple):
    """A table with the section and subheading word it belongs under, and its unit line."""

    section: str
    anchor: str
    table: Table
    unit: str | None = None


NOT_STATED = "—"  # a figure the data leaves blank: not stated, never 0


def _money(v: Decimal | None) -> str:
    return NOT_STATED if v is None else format_decimal(v, 2)


def _table(caption: str, header: list[str], rows: list[list[str]]) -> Table:
    return Table(caption=caption, rows=[[Cell(text=t) for t in header], *[[Cell(text=t) for t in r] for r in rows]])


def _merge_runs(table: Table, cols: tuple[int, ...]) -> Table:
    """Merge equal neighbouring category cells (一级指标, 二级指标) down each column, below the
    header; a column merges only inside the runs of the columns before it."""
    rows = table.rows
    texts = [[c.text for c in row] for row in rows]
    for n, c in enumerate(cols):
        def key(r: int, upto: int = n) -> tuple[str, ...]:
            return tuple(texts[r][k] for k in cols[: upto + 1])

        r = 1
        while r < len(rows):
            end = r + 1
            while end < len(rows) and texts[r][c] and key(end) == key(r):
                end += 1
            if end - r > 1:
                rows[r][c].row_span = end - r
                for k in range(r + 1, end):
                    rows[k][c] = Cell(text="", merged=True)
            r = end
    return table


def _signed(diff: Decimal, base: Decimal, col: str) -> list[str]:
    """Difference and ratio cells in words (节约/超支, 增加/减少), never a bare minus sign."""
    if col == "budget":
        word = "节约" if diff >= 0 else "超支"
    else:
        word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    if diff == 0:
        return ["0.00", "0.00%" if base else "—"]
    ratio = f"{word}{format_decimal(round_half_up(abs(diff) / base * 100, 2))}%" if base else "—"
    return [f"{word}{_money(abs(diff))}", ratio]


_TARGET_MARKER = re.compile(r"^\s*指标\s*\d*\s*[：:]\s*")


def _target_cell(ind: Any) -> str | None:
    """The 目标值 cell; a target that only repeats the indicator's name (指标4：加大…) says so instead."""
    if ind.target is None:
        return None
    bare = _TARGET_MARKER.sub("", ind.target).rstrip("。.；; ")
    return "未设置量化目标值" if not bare or bare == ind.name.rstrip("。.；; ") else ind.target


def _unrepeated(text: str, written: Seen | None, prior: Seen | None) -> tuple[str, str | None]:
    """``text`` without the sentences already written in the report (``written``) or copied from
    last year's (``prior``), and the label of the report text it defers to. Short texts stay whole."""
    if written is None or meaningful_length(text) < 30:
        return text, None
    kept, labels = [], []
    for s in sentences(text):
        label = written.where(s)
        if label is not None:
            labels.append(label)
        elif prior is None or prior.where(s) is None:
            kept.append(s)
    if len(kept) == len(sentences(text)):
        return text, None
    label = max(labels, key=labels.count) if labels else None
    return "".join(kept).strip(), label


def _evidence_cell(text: str, written: Seen | None, prior: Seen | None, figure: str, where: str) -> str:
    """A free-text cell of the indicator table that does not repeat the report: the sentences the
    text part already states become a reference to where (详见报告正文三（一）2)."""
    rest, label = _unrepeated(text, written, prior)
    ref = f"详见报告正文{label}" if label else ""
    if rest == text:
        out = text
    elif not rest:
        out = "；".join(x for x in (figure, ref) if x) or "与上年表述相同，待按本年实际补录"
    else:
        out = rest.rstrip("。；;，, ") + (f"；其余{ref}" if ref else "") + "。"
    if written is not None:
        written.add(where, out)
    return out


def form_tables(d: DepartmentData, accept: Callable[[str], list[str]] | None = None,
                warnings: list[str] | None = None, written: Seen | None = None,
                prior: Seen | None = None) -> list[FormTable]:
    """The form part, straight from the data. Free-text cells with numbers the data does not hold
    are left for the officer to fill (with a warning) rather than copied unchecked. With
    ``written`` (the report text, labelled), evidence the text already gives is referred to, not
    repeated; with ``prior``, sentences of last year's report are not copied into the cells."""
    f, unit = d.finance, d.finance.unit.value
    tables = []
    if f.income:
        # a column no unit states is left out; a blank cell in a kept column reads —
        keys = [k for k in INCOME_LABELS if any(getattr(r, k) is not None for r in f.income)]
        tables.append(FormTable("finance", "收入", _table(
            "部门收入情况", ["机构名称", *(INCOME_LABELS[k] for k in keys)],
            [[r.unit_name, *(_money(getattr(r, k)) for k in keys)] for r in f.income]), unit))
    if f.expenditure:
        keys = ["total", "basic", "personnel", "public", "project"]
        keys += [k for k in ("balance_year", "balance_cumulative") if any(getattr(r, k) is not None for r in f.expenditure)]
        labels = {"total": "支出合计", "basic": "基本支出", "personnel": "人员支出", "public": "公用支出",
                  "project": "项目支出", "balance_year": "当年结余", "balance_cumulative": "累计结余"}
        tables.append(FormTable("finance", "支出情况", _table(
            "部门支出和结余情况", ["机构名称", *(labels[k] for k in keys)],
            [[r.unit_name, *(_money(v) if (v := getattr(r, k)) is not None else "" for k in keys)]
             for r in f.expenditure]), unit))
    tables.append(FormTable("finance", "三公", _sangong_table(d), d.sangong.unit.value))
    if d.indicators:
        tables.append(FormTable("performance", "绩效指标",
                                _indicator_table(d, accept, warnings, written, prior)))
    return tables


def _sangong_table(d: DepartmentData) -> Table:
    """“三公”经费: 决算数, then against the budget (节约) and last year (增减) when the data has them."""
    sg = d.sangong
    header = ["项目", "决算数"]
    if sg.budget is not None:
        header += ["预算数", "节约数", "节约比例"]
    if sg.prior is not None:
        header += ["上年数", "增减数", "增减比例"]
    rows = []
    for key, label in SANGONG_LABELS.items():
        now = getattr(sg.actual, key)
        row = [label, _money(now)]
        stated = now is not None
        for col in ("budget", "prior"):
            table = getattr(sg, col)
            if table is None:
                continue
            base = getattr(table, key)
            stated = stated or base is not None
            if base is None or now is None:  # nothing to compare with: no 节约/超支, no 增减
                row += [_money(base), NOT_STATED, NOT_STATED]
                continue
            diff = (base - now) if col == "budget" else (now - base)
            row += [_money(base), *_signed(diff, base, col)]
        if stated:  # an item no column states is left out
            rows.append(row)
    return _table("“三公”经费支出情况", header, rows)


def _checked_cell(text: str | None, where: str, accept: Callable[[str], list[str]] | None,
                  warnings: list[str] | None) -> str:
    """A free-text cell, or （待补录） (with a warning) when ``accept`` finds numbers the data does not hold."""
    problems = accept(text) if (accept and text) else []
    if problems and warnings is not None:
        warnings.append(f"自评表“{where}”一栏含{'；'.join(problems)}，已留待补录；请把这些数字补入数据后重新生成")
    return "（待补录）" if problems else (text or "")


CELL_CHARS = 60  # a cell holds a value or a phrase; the narrative holds the paragraphs


def _brief(text: str, written: Seen | None, figure: str) -> str:
    """A long cell as a pointer to the text that says it (its figure kept), or cut at a clause end
    within ``CELL_CHARS``: a table of whole paragraphs reads at two characters a line."""
    if len(text) <= CELL_CHARS:
        return text
    if written is not None:
        told = [(written.overlap(text, grams), label) for label, grams in written.items]
        share, label = max(told, default=(0.0, ""))
        if share >= 0.5:
            return "；".join(x for x in (figure, f"详见报告正文{label}") if x)
    head = text[:CELL_CHARS]
    cut = max(head.rfind(c) for c in "。；，;,")
    return (head[:cut] if cut > 10 else head).rstrip("。；，;, ") + "等（详见报告正文）"


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def one_style(text: str) -> str:
    """A figure the officer typed with thousands separators (2,512批次) written as the prose writes
    it (2512批次): one number style per report, as 公文 practice has it."""
    return _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text)


def _indicator_table(d: DepartmentData, accept: Callable[[str], list[str]] | None, warnings: list[str] | None,
                     written: Seen | None, prior: Seen | None) -> Table:
    """绩效指标完成情况, one row per indicator; evidence the report text gives is referred to, not repeated."""
    rows = []
    for n, i in enumerate(d.indicators):
        figure = f"{fmt(i.actual_value, i.unit)}{i.unit.value}" if i.actual_value is not None else ""
        actual = _checked_cell(i.actual or figure, f"{i.name}·完成值", accept, warnings)
        if actual and actual != figure:
            actual = _evidence_cell(actual, written, prior, figure, f"自评表第{n + 1}项指标")
        reason = _checked_cell(i.deviation_reason, f"{i.name}·偏差原因", accept, warnings)
        if reason:
            reason = _evidence_cell(reason, written, prior, "", f"自评表第{n + 1}项指标")
        actual, reason = _brief(actual, written, figure), _brief(reason, written, "")
        level1, level2 = i.levels()
        target = _checked_cell(_target_cell(i), f"{i.name}·目标值", accept, warnings)
        rows.append([level1 or "", level2 or "", one_style(i.name), one_style(target), one_style(actual),
                     format_decimal(i.weight) if i.weight is not None else "",
                     format_decimal(i.score) if i.score is not None else "", one_style(reason)])
    first: dict[tuple[str, ...], int] = {}
    for n, row in enumerate(rows):
        first.setdefault((row[0],), n)
        first.setdefault((row[0], row[1]), n)
    rows.sort(key=lambda row: (first[(row[0],)], first[(row[0], row[1])]))  # stable: the data's order within a group
    header = ["一级指标", "二级指标", "三级指标", "目标值", "完成值", "分值", "得分", "偏差原因"]
    # 分值, 得分 or 偏差原因 that the data leaves empty throughout take no room from the names
    keep = [c for c in range(len(header)) if c < 5 or any(row[c] for row in rows)]
    table = _table("绩效指标完成情况", [header[c] for c in keep], [[row[c] for c in keep] for row in rows])
    return _merge_runs(table, (0, 1))


# -- placing -----------------------------------------------------------------------------------------


def place_tables(sections: dict[str, list[Any]], tables: list[FormTable]) -> list[Any]:
    """Each table (numbered 表N in the order it appears) after the first paragraph under the
    subheading that names it, the paragraph saying where to look (见表N); a table whose section is
    not drafted, or whose subheading the text lacks, goes at the end of its section (or the report).
    ``sections`` maps a section id to its blocks; returns the tables left over, numbered, to append."""
    rest: list[Any] = []
    n = 0
    for ft in tables:
        blocks = sections.get(ft.section)
        at = _anchor(blocks, ft.anchor) if blocks is not None else None
        n += 1
        caption = f"表{n}　{ft.table.caption}"
        table = ft.table.model_copy(update={"caption": caption})
        shown: list[Any] = [Paragraph(text=caption, style="table_caption")]
        if ft.unit:
            shown.append(Paragraph(text=f"单位：{ft.unit}", style="table_unit"))
        shown.append(table)
        if blocks is None:
            rest += shown
            continue
        if at is None:
            blocks += shown
            continue
        intro = blocks[at]
        blocks[at] = Paragraph(text=_refer(intro.text, n), style=intro.style)
        blocks[at + 1:at + 1] = shown
    return rest


def _anchor(blocks: list[Any], word: str) -> int | None:
    """Index of the first paragraph under the level-2 heading containing ``word``."""
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and b.level == 2 and word in b.text:
            for j in range(i + 1, len(blocks)):
                if isinstance(blocks[j], Heading):
                    return None
                if isinstance(blocks[j], Paragraph) and blocks[j].style is None:
                    return j
    return None


def _refer(text: str, n: int) -> str:
    """The introducing paragraph with where its table is: 见下表 → 见表N, else …。 → …（见表N）。"""
    if "下表" in text:
        return text.replace("下表", f"表{n}", 1)
    end = len(text.rstrip("。；：:"))
    return f"{text[:end]}（见表{n}）{text[end:] or '。'}"
