"""The review is quiet on a correct report however its layout reached us, and still finds a real defect.

Issue 9 (precision) and issue 10 (quiet on clean text): a report is read in many layouts: text copied
out of a PDF (page numbers and running heads inside, lines broken mid-sentence and mid-word, two
columns interleaved line by line, a form read row by row with its header line on every page), a
repost whose form cells ran together, tables written with ``|`` between cells (a row a line, or a
cell a line), a form flattened to one cell a line (often with blank lines between), ``标签：值`` and a
label with its value on the next line, tables in other column orders, full- and half-width headings
and numbers. Every text below is invented; each layout has a clean version (a correct report: no
finding from the language, ``same_metric_twice``, blank-field or structure rules) and, where it means
something, versions with one real defect (a dropped character, a doubled word, a total off by one, a
stale title year) that the review still finds.
"""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.real_layouts import wrapped

TITLE = "某县农业农村局2023年度部门整体支出绩效自评报告"
HEAD = "某县农业农村局2023年度部门整体支出绩效自评报告"
SECTIONS = [
    ("一、部门基本情况",
     "本局是县人民政府工作部门，主要负责拟订全县农业农村发展规划并组织实施，指导农业产业结构调整和农村"
     "集体经济发展，统筹推进耕地质量保护、农产品质量安全监管和农业技术推广工作。"),
    ("二、部门预算执行情况",
     "2023年度部门收入合计1,286.40万元，其中财政拨款收入1,240.00万元，其他收入46.40万元。全年支出合计"
     "1,251.30万元，其中基本支出812.60万元，项目支出438.70万元，资金均按规定用途使用。"),
    ("三、绩效目标完成情况",
     "全年完成高标准农田建设2.5万亩，推广测土配方施肥技术覆盖面积达到18万亩，组织开展农业实用技术培训"
     "32期，培训农民1,600人次，农产品质量安全抽检合格率保持在98%以上，各项目标均已完成。"),
    ("四、存在的问题",
     "一是部分项目前期准备不够充分，资金支付进度在上半年偏慢；二是绩效目标设置仍不够细化，个别指标难以"
     "量化考核，绩效监控的结果运用还不够充分。"),
    ("五、下一步改进措施",
     "我局将进一步加强项目前期论证，提前做好资金使用计划，同时细化绩效目标，完善指标体系，切实提高财政"
     "资金使用效益，推动农业农村工作再上新台阶。"),
]

# one real defect each: (name, what is replaced, its replacement, the rule that must find it)
DEFECTS = [
    ("doubled word", "组织开展农业", "组织组织开展农业", "language.doubled_word"),
    ("total off by one", "全年支出合计1,251.30万元", "全年支出合计1,252.30万元", None),
    ("stale title year", TITLE, TITLE.replace("2023", "2022"), "dates.stale_title"),
]


def _plain(title: str = TITLE, sections: list[tuple[str, str]] = SECTIONS) -> list[str]:
    """The report one paragraph a line, as Word's "save as text" gives it."""
    return [title] + [ln for h, p in sections for ln in (h, p)]


def _pdf(paragraphs: list[str], columns: int = 60, every: int = 9,
         furniture: tuple[str, ...] = ("- {n} -", HEAD)) -> str:
    """Paragraphs printed at ``columns`` and copied out: after every ``every`` lines the page's
    furniture (its number, the running head) in the order given."""
    lines = [ln for p in paragraphs for ln in (wrapped(p, columns) if len(p) > columns // 2 else [p])]
    out, page = [], 1
    for i, ln in enumerate(lines):
        if i and i % every == 0:
            out += [f.format(n=page) for f in furniture]
            page += 1
        out.append(ln)
    return "\n".join(out) + "\n"


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# -- layouts: each a function of the report's paragraphs --------------------------------------------


def pdf_number_then_head(paragraphs: list[str]) -> str:
    return _pdf(paragraphs)


def pdf_head_then_number(paragraphs: list[str]) -> str:
    return _pdf(paragraphs, furniture=(HEAD, "第 {n} 页"))


def pdf_page_of_pages(paragraphs: list[str]) -> str:
    return _pdf(paragraphs, every=7, furniture=("第{n}页 共4页",))


def pdf_bare_number(paragraphs: list[str]) -> str:
    return _pdf(paragraphs, every=7, furniture=("{n}",))


def pdf_narrow(paragraphs: list[str]) -> str:
    return _pdf(paragraphs, columns=44, every=11)


def pdf_short_head(paragraphs: list[str]) -> str:
    """The running head is the unit's name and the report's kind, not the whole title."""
    return _pdf(paragraphs, furniture=("- {n} -", "某县农业农村局部门整体支出绩效自评"))


def pdf_head_and_number(paragraphs: list[str]) -> str:
    """The running head and the page number on one line."""
    return _pdf(paragraphs, furniture=("某县农业农村局部门整体支出绩效自评报告    {n}",))


def pdf_indented(paragraphs: list[str]) -> str:
    """Each paragraph's first line indented by two full-width spaces, as 公文 print it."""
    return _pdf(["\u3000\u3000" + p if len(p) > 30 else p for p in paragraphs])


def pdf_double_spaced(paragraphs: list[str]) -> str:
    """A blank line after every printed line."""
    return _pdf(paragraphs).replace("\n", "\n\n")


def pdf_dotted_number(paragraphs: list[str]) -> str:
    return _pdf(paragraphs, furniture=("·{n}·",))


def pdf_slash_number(paragraphs: list[str]) -> str:
    return _pdf(paragraphs, furniture=(HEAD, "{n} / 3"))


LAYOUTS = {
    "one paragraph a line": lambda ps: _lines(*ps),
    "one paragraph a line, blank lines between": lambda ps: "\n\n".join(ps) + "\n",
    "PDF: page number, then running head": pdf_number_then_head,
    "PDF: running head, then 第N页": pdf_head_then_number,
    "PDF: 第N页 共M页": pdf_page_of_pages,
    "PDF: a bare page number": pdf_bare_number,
    "PDF: a narrow page": pdf_narrow,
    "PDF: a short running head": pdf_short_head,
    "PDF: paragraphs indented": pdf_indented,
    "PDF: the running head and the page number on one line": pdf_head_and_number,
    "PDF: double-spaced": pdf_double_spaced,
    "PDF: ·N· page numbers": pdf_dotted_number,
    "PDF: N / M page numbers": pdf_slash_number,
}


def _defective(paragraphs: list[str], old: str, new: str) -> list[str]:
    out = [p.replace(old, new) for p in paragraphs]
    assert out != paragraphs, old
    return out


WATCH = ("language.", "structure.", "same_metric_twice")


def _watched(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.location.quote) for f in review(read_text_string(text)).findings if f.rule.startswith(WATCH)]


CASES: list[tuple[str, str, str | None]] = []  # (name, text, the rule that must find its defect or None)
for _name, _layout in LAYOUTS.items():
    CASES.append((f"{_name}: clean", _layout(_plain()), None))
    for _d, _old, _new, _rule in DEFECTS:
        CASES.append((f"{_name}: {_d}", _layout(_defective(_plain(), _old, _new)), _rule or "sentence_parts_sum"))


# -- the 自评表: the same form in the layouts forms reach us in --------------------------------------

FORM_TITLE = "某县2023年度项目支出绩效自评表"
FORM_FIELDS = [("项目名称", "高标准农田建设项目"), ("主管部门", "某县农业农村局"), ("实施单位", "某县农业农村局"),
               ("项目属性", "新增性项目"), ("项目类型", "常年性项目")]
BUDGET = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "300", "320", "312", "10", "97.5%", "9.75"],
    ["其中：当年财政拨款", "300", "320", "312", "—", "97.5%", "—"],
    ["上年结转资金", "0", "0", "0", "—", "—", "—"],
]
INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "新建高标准农田面积", "≥2.5万亩", "2.5万亩", "20", "20"],
    ["产出指标", "质量指标", "项目验收合格率", "100%", "100%", "15", "15"],
    ["产出指标", "时效指标", "项目完成及时率", "100%", "100%", "10", "10"],
    ["产出指标", "成本指标", "亩均建设成本", "≤1500元", "1248元", "5", "5"],
    ["效益指标", "经济效益指标", "亩均增产粮食", "≥50公斤", "56公斤", "10", "10"],
    ["效益指标", "社会效益指标", "受益农户数", "≥3000户", "3260户", "10", "10"],
    ["效益指标", "生态效益指标", "耕地质量等级提升", "≥0.5等", "0.5等", "10", "10"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "95%", "10", "10"],
    ["总分", "", "", "", "", "100", "99.75"],
]
GOAL = ("年度目标", "新建高标准农田2.5万亩，改善农田灌排条件，提高耕地质量和粮食综合生产能力。")
DONE = ("实际完成情况", "全年新建高标准农田2.5万亩，项目已全部通过验收，耕地质量平均提升0.5等。")


def _form_rows(order: list[int] | None = None) -> list[list[str]]:
    ind = [[r[i] for i in order] for r in INDICATORS] if order else INDICATORS
    return [list(f) for f in FORM_FIELDS] + BUDGET + [list(GOAL), list(DONE)] + ind


def form_tabs(rows: list[list[str]]) -> str:
    """Word's "save as text": a cell a line after a TAB, a blank line after each row."""
    return FORM_TITLE + "\n" + "".join("".join(f"\t{c}\n" for c in r) + "\n" for r in rows)


def form_pipe_rows(rows: list[list[str]]) -> str:
    """A web page's table: a row a line, ``|`` between cells."""
    return _lines(FORM_TITLE, *(" | ".join(r) + " |" for r in rows))


def form_pipe_cells(rows: list[list[str]]) -> str:
    """A web page's table: a cell a line, each closed by ``|``."""
    return _lines(FORM_TITLE, *(f"{c} |" for r in rows for c in r))


def form_cell_lines(rows: list[list[str]], blank: bool = True) -> str:
    """A form flattened to one cell a line, empty cells dropped, often with blank lines between."""
    sep = "\n\n" if blank else "\n"
    return sep.join([FORM_TITLE, *(c for r in rows for c in r if c)]) + "\n"


def form_spaces(rows: list[list[str]]) -> str:
    """A PDF's form read row by row: cells apart by spaces, the indicator header repeated on the next page."""
    lines = ["  ".join(c for c in r if c) for r in rows]
    at = len(lines) - 5
    return _lines(FORM_TITLE, *lines[:at], "第 1 页", "  ".join(INDICATORS[0]), *lines[at:], "第 2 页")


def form_run_together(rows: list[list[str]]) -> str:
    """A repost that lost the cell borders: a row's cells run together with nothing between."""
    return _lines(FORM_TITLE, *("".join(r) for r in rows))


def form_fields_colon(rows: list[list[str]]) -> str:
    """The fields as ``标签：值`` lines, the tables as tab cells."""
    fields = [f"{k}：{v}" for k, v in FORM_FIELDS]
    rest = rows[len(FORM_FIELDS):]
    return _lines(FORM_TITLE, *fields) + "".join("".join(f"\t{c}\n" for c in r) + "\n" for r in rest)


def form_fields_next_line(rows: list[list[str]]) -> str:
    """The fields as a label line with its value on the next line (a colon after the label or not)."""
    fields = [ln for i, (k, v) in enumerate(FORM_FIELDS) for ln in ((k + "：") if i % 2 else k, v)]
    rest = rows[len(FORM_FIELDS):]
    return _lines(FORM_TITLE, *fields) + "".join("".join(f"\t{c}\n" for c in r) + "\n" for r in rest)


FORM_LAYOUTS = {
    "form: tab cells": form_tabs,
    "form: | between cells, a row a line": form_pipe_rows,
    "form: | after each cell, a cell a line": form_pipe_cells,
    "form: a cell a line, blank lines between": form_cell_lines,
    "form: a cell a line": lambda rows: form_cell_lines(rows, blank=False),
    "form: PDF rows, header repeated on the next page": form_spaces,
    "form: cells run together": form_run_together,
    "form: 标签：值 fields": form_fields_colon,
    "form: label, value on the next line": form_fields_next_line,
}
FORM_ORDERS = {"": None, " (分值 before the values)": [0, 1, 2, 5, 3, 4, 6]}
FORM_DEFECTS = [
    ("score total off by one", "99.75", "98.75", None),
    ("stale title year", FORM_TITLE, FORM_TITLE.replace("2023", "2021"), None),
]


def _form_defective(rows: list[list[str]], old: str, new: str) -> list[list[str]]:
    return [[new if c == old else c for c in r] for r in rows]


for _name, _layout in FORM_LAYOUTS.items():
    for _o, _order in FORM_ORDERS.items():
        CASES.append((f"{_name}{_o}: clean", _layout(_form_rows(_order)), None))
    CASES.append((f"{_name}: score total off by one",
                  _layout(_form_defective(_form_rows(), "99.75", "98.75")), "score_total"))


# -- two projects' forms in one document: the same labels, each project's own figures ----------------

SECOND = {"高标准农田建设项目": "农村人居环境整治项目", "300": "180", "320": "200", "312": "194", "97.5%": "97%",
          "9.75": "9.7", "99.75": "99.7", "新建高标准农田面积": "改造农村户厕数", "≥2.5万亩": "≥1200户",
          "2.5万亩": "1260户", "亩均增产粮食": "户厕使用率", "≥50公斤": "≥90%", "56公斤": "93%"}


def _second(rows: list[list[str]]) -> list[list[str]]:
    return [[SECOND.get(c, c) for c in r] for r in rows]


for _name, _layout in FORM_LAYOUTS.items():
    CASES.append((f"{_name}: two projects' forms, clean",
                  _layout(_form_rows()) + _layout(_second(_form_rows())), None))


# -- money stated per year, project, unit or stage in table-like layouts -----------------------------

_YEARS = [("支出合计", "1,180.20", "1,251.30"), ("基本支出", "790.40", "812.60"), ("项目支出", "389.80", "438.70")]
_PROJECTS = [("高标准农田建设项目", "320", "312"), ("农村人居环境整治项目", "200", "194")]
PER_CATEGORY = {
    "years: | table, a row a line": _lines(
        TITLE, "项目 | 2022年（万元） | 2023年（万元） |", *(f"{k} | {a} | {b} |" for k, a, b in _YEARS)),
    "years: a cell a line": _lines(TITLE, "项目", "2022年（万元）", "2023年（万元）", *(x for r in _YEARS for x in r)),
    "years: a cell a line with units": _lines(
        TITLE, "项目", "2022年", "2023年", *(x for k, a, b in _YEARS for x in (k, a + "万元", b + "万元"))),
    "years: 标签：值 under year lines": _lines(
        TITLE, "2022年度：", *(f"{k}：{a}万元" for k, a, _ in _YEARS), "2023年度：", *(f"{k}：{b}万元" for k, _, b in _YEARS)),
    "years: year as a label, value on the next line": _lines(
        TITLE, *(x for k, a, b in _YEARS for x in (f"2022年{k}（万元）", a, f"2023年{k}（万元）", b))),
    "years: PDF rows, cells apart by spaces": _lines(
        TITLE, "项目  2022年  2023年", *(f"{k}  {a}万元  {b}万元" for k, a, b in _YEARS)),
    "projects: | table": _lines(
        TITLE, "项目名称 | 全年预算数（万元） | 全年执行数（万元） |", *(f"{k} | {a} | {b} |" for k, a, b in _PROJECTS)),
    "projects: 标签：值 under project lines": _lines(
        TITLE, *(x for k, a, b in _PROJECTS for x in (f"{k}：", f"全年预算数：{a}万元", f"全年执行数：{b}万元"))),
    "projects: label lines, each project's fields in turn": _lines(
        TITLE, *(x for k, a, b in _PROJECTS for x in ("项目名称", k, "全年预算数（万元）", a, "全年执行数（万元）", b))),
    "projects: PDF, each project a paragraph over a page break": _pdf([
        TITLE, "三、项目支出情况",
        "（一）高标准农田建设项目。全年预算数320万元，全年执行数312万元，执行率97.5%，项目已全部完工并通过验收。",
        "（二）农村人居环境整治项目。全年预算数200万元，全年执行数194万元，执行率97%，项目已全部完工并通过验收。"],
        columns=40, every=4),
    "stages: | table, a stage a column": _lines(
        TITLE, "项目 | 年初预算数（万元） | 调整后预算数（万元） | 决算数（万元） |",
        "财政拨款支出 | 1,200.00 | 1,240.00 | 1,236.50 |", "其中：基本支出 | 800.00 | 812.60 | 812.60 |"),
    "units: 本级 and 下属单位 in a | table": _lines(
        TITLE, "单位 | 收入合计（万元） | 支出合计（万元） |", "局本级 | 986.40 | 960.10 |", "县农业技术推广中心 | 300.00 | 291.20 |"),
}
for _name, _text in PER_CATEGORY.items():
    CASES.append((f"{_name}: clean", _text, None))


# -- cover lines and fields ------------------------------------------------------------------------

COVER = [("单位名称", "某县农业农村局"), ("联系人", "李明"), ("联系电话", "0731-84561234"),
         ("自评总分", "99.75"), ("评价等级", "优"), ("报告日期", "2024年3月15日")]
COVER_LAYOUTS = {
    "cover: 标签：值 lines": lambda: _lines(TITLE, *(f"{k}：{v}" for k, v in COVER)),
    "cover: two fields a line": lambda: _lines(TITLE, *(
        f"{COVER[i][0]}：{COVER[i][1]}    {COVER[i + 1][0]}：{COVER[i + 1][1]}" for i in range(0, len(COVER), 2))),
    "cover: 标签： then the value on the next line": lambda: _lines(TITLE, *(x for k, v in COVER for x in (f"{k}：", v))),
    "cover: 标签： then the value after a blank line": lambda: "\n\n".join(
        [TITLE, *(x for k, v in COVER for x in (f"{k}：", v))]) + "\n",
    "cover: label and value apart by spaces": lambda: _lines(TITLE, *(f"{k}    {v}" for k, v in COVER)),
    "cover: full-width colons and spaces": lambda: _lines(TITLE, *(f"{k}：\u3000{v}" for k, v in COVER)),
    "cover: half-width colons": lambda: _lines(TITLE, *(f"{k}: {v}" for k, v in COVER)),
    "cover: no-break spaces after the colons": lambda: _lines(TITLE, *(f"{k}：\xa0\xa0{v}" for k, v in COVER)),
    "cover: letter-spaced labels": lambda: _lines(TITLE, *(f"{' '.join(k)}：{v}" for k, v in COVER)),
    "cover: letter-spaced labels, value on the next line": lambda: _lines(
        TITLE, *(x for k, v in COVER for x in (" ".join(k), v))),
}
for _name, _layout in COVER_LAYOUTS.items():
    CASES.append((f"{_name}: clean", _layout(), None))
CASES.append(("cover: 标签： then the next label (a blank field)",
              _lines(TITLE, "联系人：", "联系电话：0731-84561234"), "structure.blank_inline"))


# -- reposts: form cells run together on one line, traditional characters, inline readings ----------

_FIELDS_RUN = "".join(k + v for k, v in FORM_FIELDS)  # 项目属性新增性项目项目类型常年性项目 …
_READINGS = {"项": "項(xiàng)", "绩": "績(jì)", "评": "評(píng)", "价": "價(jià)", "门": "門(mén)", "实": "實(shí)"}


def _traditional(text: str) -> str:
    return "".join(_READINGS.get(ch, ch) for ch in text)


REPOST = [FORM_TITLE, _FIELDS_RUN, *("".join(r) for r in BUDGET), GOAL[0] + GOAL[1], DONE[0] + DONE[1]]
CASES += [
    ("repost: fields run together on one line: clean", _lines(*REPOST), None),
    ("repost: fields run together, traditional with readings: clean", _lines(*map(_traditional, REPOST)), None),
    ("repost: fields run together: a doubled word in the goal",
     _lines(*REPOST[:-2], GOAL[0] + GOAL[1].replace("提高耕地", "提高提高耕地"), REPOST[-1]), "language.doubled_word"),
    ("repost: a header row run together (三级指标指标值): clean",
     _lines(FORM_TITLE, "一级指标二级指标三级指标指标值实际完成值分值得分",
            "产出指标数量指标新建高标准农田面积≥2.5万亩2.5万亩2020"), None),
    ("repost: a year's value run into the next label (2023年度年度总体目标): clean",
     _lines(FORM_TITLE, "项目名称高标准农田建设项目项目实施年度2023年度年度总体目标" + GOAL[1]), None),
    ("repost: a value run into the next label, a doubled 项目 in the text",
     _lines(FORM_TITLE, "项目名称高标准农田建设项目项目实施年度2023年度年度总体目标"
            + GOAL[1].replace("改善农田", "推进项目项目建设，改善农田")), "language.doubled_word"),
    ("repost: fields and text run together, spaces between: clean",
     _lines(FORM_TITLE, " ".join(k + " " + v for k, v in FORM_FIELDS), GOAL[0] + " " + GOAL[1]), None),
]


# -- two columns printed side by side, read line by line ---------------------------------------------


def two_columns(left: str, right: str, columns: int) -> str:
    ls, rs = wrapped(left, columns), wrapped(right, columns)
    rs += [""] * (len(ls) - len(rs))
    ls += [""] * (len(rs) - len(ls))
    return _lines(TITLE, *(x for pair in zip(ls, rs, strict=True) for x in pair if x))


def two_columns_on_a_line(left: str, right: str, columns: int) -> str:
    ls, rs = wrapped(left, columns), wrapped(right, columns)
    rs += [""] * (len(ls) - len(rs))
    ls += [""] * (len(rs) - len(ls))
    return _lines(TITLE, *(f"{a}    {b}".rstrip() for a, b in zip(ls, rs, strict=True)))


def two_cells_interleaved(left: str, right: str, widths: tuple[int, int], joiner: str) -> str:
    """A form's two cells side by side (年度目标 | 实际完成情况), each wrapped at its own width, read a line
    of each in turn: on separate lines, or run together on one line as a repost gives them."""
    ls, rs = wrapped(left, widths[0]), wrapped(right, widths[1])
    rs += [""] * (len(ls) - len(rs))
    ls += [""] * (len(rs) - len(ls))
    return _lines(FORM_TITLE, "年度总体目标" + joiner + "预期目标" + joiner + "实际完成情况",
                  joiner.join(x for pair in zip(ls, rs, strict=True) for x in pair if x))


_GOAL = "维护林区安全稳定，全区森林资源、陆生野生动物资源得到有效保护，林业有害生物成灾率控制在年度指标以内。"
_DONE = "维护林区安全稳定，全区森林资源、陆生野生动物资源得到有效保护，林业有害生物成灾率控制在年度指标以内。"
for _joiner, _how in (("", "run together on one line"), ("\n", "a line each")):
    for _widths in ((22, 24), (24, 22), (26, 30)):
        CASES.append((f"two cells side by side, said alike, {_how}, {_widths}: clean",
                      two_cells_interleaved(_GOAL, _DONE, _widths, _joiner), None))

_LEFT, _RIGHT = SECTIONS[0][1] + SECTIONS[3][1], SECTIONS[2][1] + SECTIONS[4][1]
for _cols in (24, 36, 48):
    CASES.append((f"two columns interleaved, {_cols} columns wide: clean", two_columns(_LEFT, _RIGHT, _cols), None))
    CASES.append((f"two columns on one line, {_cols} columns wide: clean",
                  two_columns_on_a_line(_LEFT, _RIGHT, _cols), None))


# -- full- and half-width headings and numbers -------------------------------------------------------

_FULL = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
WIDTHS = [
    TITLE,
    "一、部门基本情况", SECTIONS[0][1],
    "二．部门预算执行情况",
    "(一)收入情况", "2023年度部门收入合计1,286.40万元，其中财政拨款收入1,240.00万元，其他收入46.40万元。",
    "（二）支出情况", "全年支出合计１，２５１．３０万元，其中基本支出８１２．６０万元，项目支出４３８．７０万元。",
    "三.绩效目标完成情况",
    "1．产出情况", SECTIONS[2][1],
    "2.效益情况", "农产品质量安全抽检合格率保持在98％以上，受益农户满意度达到95%。",
    "四、存在的问题", SECTIONS[3][1],
]
CASES.append(("full- and half-width headings and numbers mixed: clean", _lines(*WIDTHS), None))
CASES.append(("full-width digits: a total off by one",
              _lines(*[w.replace("１，２５１．３０", "１，２５２．３０") for w in WIDTHS]), "sentence_parts_sum"))
CASES.append(("full- and half-width, as a PDF: clean", _pdf(WIDTHS), None))


# -- the budget block as fields: the stages are the labels ----------------------------------------

_STAGES = [("年初预算数（万元）", "300"), ("全年预算数（万元）", "320"), ("全年执行数（万元）", "312"), ("执行率", "97.5%")]
BUDGET_FIELDS = {
    "budget: 标签：值 lines": _lines(FORM_TITLE, *(f"{k}：{v}" for k, v in _STAGES)),
    "budget: label, value on the next line": _lines(FORM_TITLE, *(x for kv in _STAGES for x in kv)),
    "budget: a cell a line, blank lines between": "\n\n".join([FORM_TITLE, *(x for kv in _STAGES for x in kv)]) + "\n",
    "budget: | between cells": _lines(FORM_TITLE, " | ".join(k for k, _ in _STAGES) + " |",
                                      " | ".join(v for _, v in _STAGES) + " |"),
    "budget: stages in a sentence": _lines(
        TITLE, "项目年初预算数300万元，全年预算数320万元，全年执行数312万元，执行率97.5%。"),
    "budget: money labels named per year in a PDF": _pdf([
        TITLE, "二、部门预算执行情况",
        "2022年度部门支出合计1,180.20万元，其中基本支出790.40万元，项目支出389.80万元，较上年有所增长。",
        "2023年度部门支出合计1,251.30万元，其中基本支出812.60万元，项目支出438.70万元，资金均按规定用途使用。"],
        columns=40, every=3),
}
for _name, _text in BUDGET_FIELDS.items():
    CASES.append((f"{_name}: clean", _text, None))


# -- the matrix --------------------------------------------------------------------------------------

# defects the review does not find yet in these layouts (a recall gap, not a wrong finding): pinned, so
# that a reader that learns them is noticed
NOT_FOUND_YET = {
    "form: | after each cell, a cell a line: score total off by one",
    "form: a cell a line, blank lines between: score total off by one",
    "form: a cell a line: score total off by one",
    "form: PDF rows, header repeated on the next page: score total off by one",
    "form: cells run together: score total off by one",
}
# two columns of different text wide enough to pass for a page's width are joined line to line; two
# alike cells whose copies are cut at places no piece around repeats (年度指标以|内。 … 度指标以内。)
NOT_QUIET_YET = {"two columns interleaved, 48 columns wide: clean",
                 "two cells side by side, said alike, run together on one line, (24, 22): clean"}


def _marks(name: str) -> list[pytest.MarkDecorator]:
    if name in NOT_FOUND_YET | NOT_QUIET_YET:
        return [pytest.mark.xfail(strict=True, reason="known gap of the layout's reading")]
    return []


@pytest.mark.filterwarnings("ignore::drafting.errors.InputWarning")  # a repost's readings, removed
@pytest.mark.parametrize(("text", "rule"), [pytest.param(t, r, id=n, marks=_marks(n)) for n, t, r in CASES])
def test_quiet_on_the_layout_and_the_defect_still_found(text: str, rule: str | None) -> None:
    findings = [(f.rule, f.location.quote) for f in review(read_text_string(text)).findings]
    wrong = [(r, q) for r, q in findings if r.startswith(WATCH) and r != rule]
    assert wrong == []
    if rule is not None:
        assert rule in {r for r, _ in findings}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_report_reads_as_its_paragraphs_in_every_layout(layout: str) -> None:
    """The reader takes page furniture out and joins what the page width broke: the checks see the
    paragraphs as written (none cut at a page's end, no page number or running head inside)."""
    assert [b.text for b in read_text_string(LAYOUTS[layout](_plain())).blocks] == _plain()


# -- other reports, printed at other widths with pages of other lengths ------------------------------

REPORTS = {
    "edu": ["某县教育局2023年度部门整体支出绩效自评报告", "一、部门基本情况",
        "本局是县人民政府主管全县教育工作的职能部门，内设办公室、基础教育股、计划财务股等8个股室，下属中小学校46所，在校学生3.2万人，教职工2,860人。",
        "二、部门预算执行情况",
        "2023年度部门收入合计28,640.50万元，其中一般公共预算财政拨款收入27,980.50万元，其他收入660.00万元。全年支出合计28,102.30万元，其中基本支出21,360.80万元，项目支出6,741.50万元。",
        "三、绩效目标完成情况",
        "全年完成12所学校校舍维修改造，新增学位1,350个，义务教育巩固率达到99.2%，学前教育毛入园率达到92.5%，发放家庭经济困难学生资助资金1,268.40万元，惠及学生9,860人次。",
        "四、存在的问题",
        "一是部分学校项目建设进度滞后于计划，资金支付集中在第四季度；二是绩效自评工作的质量有待提高，个别学校对绩效指标的理解不够准确，佐证材料不够完整。",
        "五、下一步改进措施",
        "加强项目建设全过程管理，督促各学校按计划推进项目实施，及时支付项目资金；组织开展绩效管理业务培训，提高全系统绩效自评工作质量。"],
    "health": ["某县卫生健康局2023年度部门整体支出绩效自评报告", "一、部门基本情况",
        "本局负责全县卫生健康事业发展规划、医疗机构监督管理、基本公共卫生服务和疾病预防控制等工作，下属二级单位12个，其中县级医疗卫生单位4个，乡镇卫生院8个。",
        "二、部门预算执行情况",
        "2023年度部门收入合计9,876.20万元，全年支出合计9,640.70万元，其中基本支出5,280.30万元，项目支出4,360.40万元，年末结转和结余235.50万元。",
        "三、绩效目标完成情况",
        "全年为辖区居民建立电子健康档案38.6万份，建档率达到93.6%；65岁以上老年人健康管理1.27万人，高血压患者规范管理率达到65.2%，糖尿病患者规范管理率达到63.8%。",
        "四、存在的问题",
        "一是基层医疗卫生人才短缺，村医队伍年龄结构偏大；二是部分项目绩效目标设置不够合理，个别指标值偏低，未能充分体现项目的实际效益。",
        "五、下一步改进措施",
        "进一步加强基层卫生人才队伍建设，落实乡村医生待遇保障政策；科学设置绩效目标，提高指标的针对性和可衡量性，强化绩效评价结果运用。"],
}
PRINTINGS = [(columns, every, furniture) for columns in (46, 58, 70) for every in (5, 11)
             for furniture in (("- {n} -", "{title}"), ("{short}", "{n}"), ("第{n}页 共5页",))]


@pytest.mark.parametrize("name", list(REPORTS))
@pytest.mark.parametrize(("columns", "every", "furniture"), PRINTINGS)
def test_other_reports_printed_at_other_widths_read_as_written_and_stay_quiet(
        name: str, columns: int, every: int, furniture: tuple[str, ...]) -> None:
    paragraphs = REPORTS[name]
    short = paragraphs[0][: paragraphs[0].index("局") + 1] + "部门整体支出绩效自评"  # the unit and the report's kind
    lines = tuple(f.replace("{title}", paragraphs[0]).replace("{short}", short) for f in furniture)
    report = read_text_string(_pdf(paragraphs, columns=columns, every=every, furniture=lines))
    assert [b.text for b in report.blocks] == paragraphs
    assert [f.rule for f in review(report).findings if f.rule.startswith(WATCH)] == []
