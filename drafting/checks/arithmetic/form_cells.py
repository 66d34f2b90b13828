"""The cells of a 自评表's budget block, however a copy flattened them, and what each cell says.

Part of the form check (``forms``). Why a module of its own: the block's reader, its rates and its
totals all read the same cells, header words and values; this is where a flattened line becomes cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ...numbers.memo import text_cache
from ...numbers.textnorm import fold_width, no_blanks
from ...report import Report, TextUnit
from ..held import once_held

__all__ = ["BY_USE", "DASH", "HEADERS", "LEVELS", "PARTS", "SOURCE_SETS", "TOTALS", "VALUE", "VERB_HEADERS", "FormCell", "cell_name", "cell_value",
           "form_cells", "header_at", "verb_of"]

# header cell -> column role (brackets such as (%) (A) (B/A) (20分*执行率) are ignored)
HEADERS = {"年初预算数": "initial", "年初预算": "initial", "全年预算数": "budget", "预算数": "budget",
            "调整后预算数": "budget", "全年执行数": "spent", "执行数": "spent", "预算执行数": "spent", "分值": "weight",
            "权重": "weight", "执行率": "rate", "预算执行率": "rate", "得分": "score",
            # last year's column a form may open with (上年执行数 | 年初预算数 | …): a column of its own, in no relation
            "上年执行数": "prior", "上年决算数": "prior", "上年实际数": "prior"}
# the same block for a rate of another verb: 预算数 | 支付数 | 支付率 (拨付, 到位, 发放, 兑付, 使用), the
# rate's word naming the column it divides (实际发放数 over 计划发放数 or 预算数). Not 完成率: 计划数 |
# 完成数 | 完成率 are an indicator's columns, whose 完成率 is often no ratio of them (capped, or inverted)
VERBS = ("支付", "拨付", "到位", "发放", "兑付", "使用")
# (到位资金, the money that arrived, is the base of a 使用率: 到位资金 | 使用资金 | 使用率)
VERB_HEADERS = {"下达数": "budget", "预算金额": "budget", "下达金额": "budget",
                "到位资金": "budget"} | {
    w: role for v in VERBS for role, words in (
        ("spent", (f"{v}数", f"实际{v}数", f"实际{v}", f"{v}金额", f"实际{v}金额", f"已{v}", f"已{v}金额",
                   f"实际{v}资金", f"已{v}资金") + ((f"{v}资金",) if v != "到位" else ())),
        ("budget", (f"应{v}数", f"计划{v}数", f"应{v}", f"计划{v}", f"应{v}金额", f"计划{v}金额", f"应{v}资金",
                    f"计划{v}资金")),
        ("rate", (f"{v}率", f"资金{v}率", f"预算{v}率"))) for w in words}
_ALL_HEADERS = HEADERS | VERB_HEADERS
PARTS = {"财政拨款": "fiscal", "当年财政拨款": "fiscal", "本年财政拨款": "fiscal", "上年结转资金": "carry",
          "上年结转": "carry", "其他资金": "other",
          # a 转移支付 form's sources: 中央财政资金, 地方资金 (or the local levels' rows instead), 其他资金
          "中央财政资金": "central", "中央资金": "central", "中央补助资金": "central", "中央财政补助资金": "central",
          "地方资金": "local", "地方财政资金": "local"} | {
    f"{level}{money}": kind for kind, levels in (("province", ("省级", "省", "自治区")), ("city", ("市级", "市", "盟市", "州级", "州")),
                                                   ("county", ("县级", "县", "旗县", "区县", "县区")))
    for level in levels for money in ("财政资金", "资金", "补助资金", "财政补助资金")
    if f"{level}{money}" not in ("省资金", "市资金", "县资金", "州资金")}
# the complete ways a form lists its total's sources (the template's rows under 其中); a form's own levels
# (中央, 自治区, 盟市, 旗县) stand for its 地方资金 row
SOURCE_SETS = ({"fiscal", "carry", "other"}, {"central", "local", "other"})
LEVELS = {"province", "city", "county"}
# (总额: the row right over 其中 and the sources, its label set apart from it by the copy)
TOTALS = {"年度资金总额", "年度财政资金总额", "资金总额", "年度预算资金", "年度预算资金总额", "总额"}
# the two complete ways a 部门整体 form splits its total: by source, or 基本支出 + 项目支出
BY_USE = {"基本支出": "basic", "项目支出": "project"}
VALUE = re.compile(r"^([-+]?\d[\d,]*(?:\.\d+)?)\s*(?:万元|元|万|%)?$")  # (86.40万: 万元 cut short)
DASH = re.compile(r"^[-—－/／\\]+$")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
# a column's letter whose bracket a copy lost at a cell's end (全年预算数(A 全年执行数(B, from a PDF)
_OPEN_TAIL = re.compile(r"[(（][A-Za-z/\d]{0,5}$")
# a cell: characters up to a bar, tab, line break or two blanks; its runs without blanks are taken
# whole (``++``: the same match, without a step through the alternation for each character)
_CELL = re.compile(r"(?:[^|\n\t \u3000]++|[ \u3000](?![ \u3000]))+")
_RULE_LINE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
_MAX_FRAGMENTS = 3  # a header word broken over at most three lines (年度预 / 算申请 / (万元))


@dataclass(frozen=True)
class FormCell:
    """One cell of a form flattened into a line of text, where it stands."""
    unit: TextUnit
    start: int
    end: int
    text: str


def form_cells(report: Report) -> list[FormCell]:
    """Every non-empty cell, in reading order: table cells row by row, and the cells of forms
    flattened into paragraphs ("|", a line break, a tab or a run of two or more spaces splits them,
    as Word and WPS write a table row copied as text; a single space does too on a line that holds the
    block's header words, ``_spaced_header``). The forms, fund-balance and direction checks each read
    them: found once while the review holds the report still, each caller given its own list."""
    return list(_held_cells(report))


def _form_cells(report: Report) -> tuple[FormCell, ...]:
    out: list[FormCell] = []
    for unit in report.units():
        if _RULE_LINE.match(unit.text):
            continue  # a Markdown table's |---|---| line is no row of dashes
        for m in _CELL.finditer(unit.text):
            lead = len(m.group()) - len(m.group().lstrip())
            text = m.group().strip()
            if not text:
                continue
            start = m.start() + lead
            if " " in text and _spaced_header(text):  # a line of cells parted by single spaces
                out.extend(FormCell(unit, start + w.start(), start + w.end(), w.group()) for w in _SPACED_WORD.finditer(text))
            else:
                out.append(FormCell(unit, start, start + len(text), text))
    return tuple(out)


_held_cells = once_held(_form_cells)


_SPACED_WORD = re.compile(r"\S+")
_SPACED_HEADERS = 3  # the block's header words in one single-spaced cell: a .docx's row dumped as text


def _spaced_header(text: str) -> bool:
    """Whether a cell holds three or more of the block's header words parted by single spaces (a .docx
    dumped as text puts one space between cells): then its spaces part cells, as wide ones do."""
    return sum(cell_name(w) in _ALL_HEADERS for w in text.split(" ")) >= _SPACED_HEADERS


@text_cache
@lru_cache(maxsize=4096)
def cell_name(text: str) -> str:
    """A cell's words as a header word (cached: each cell is read as the start of up to three)."""
    return _OPEN_TAIL.sub("", _BRACKETS.sub("", no_blanks(text))).rstrip(":：")


# every beginning of a header word: joining more cells onto anything else cannot make one
_HEADER_STARTS = {h[:k] for h in _ALL_HEADERS for k in range(len(h) + 1)}


def header_at(cells: list[FormCell], i: int) -> tuple[str, int, str] | None:
    """The column role of the header word starting at cell ``i``, the cell after it and the word."""
    joined, found = "", None
    for j in range(i, min(i + _MAX_FRAGMENTS, len(cells))):
        joined += cell_name(cells[j].text)
        if joined in _ALL_HEADERS:
            found = _ALL_HEADERS[joined], j + 1, joined  # the longest: 年初预算 / 数 is one header, 年初预算数
        if joined not in _HEADER_STARTS:
            break
    return found


def verb_of(word: str) -> str | None:
    """The verb a spending or rate header names: 执行 for the standard block's words, 支付 for 实际支付数."""
    if HEADERS.get(word) in ("spent", "rate"):
        return "执行"
    return next((v for v in VERBS if v in word), None) if VERB_HEADERS.get(word) in ("spent", "rate") else None


def cell_value(cell: FormCell) -> tuple[bool, Decimal | None]:
    """(is a value cell, its number): a dash is a value cell without a number."""
    t = fold_width(cell.text).replace(" ", "")
    if DASH.match(t):
        return True, None
    m = VALUE.match(t)
    return (True, Decimal(m.group(1).replace(",", ""))) if m else (False, None)
