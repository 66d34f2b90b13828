"""Invent clean self-evaluation reports as Word files, the way officers write them (s49d's audit).

Word and WPS carry what a text audit never meets: headings numbered by Word itself (一、 and （一） live
in numbering.xml, not in the text), lists in List Number, a table of contents in 'toc 1' style, a page
header and footer, tables with merged 一级/二级 cells, a header row repeated, line breaks and tabs in
cells, 单位：万元 above a table, a 签章 table at the end. Every figure is computed here (sums, rates
half up, scores whose weights make 100), so a finding on these files is a false alarm.
Usage: python -m evals.docx_reports OUT_DIR
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

__all__ = ["SUBJECTS", "Subject", "build", "main"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Subject:
    """Who reports, on what, for which year."""

    unit: str
    year: int
    project: str | None  # None: a department-wide self-evaluation
    auto_numbering: bool
    seed: int


SUBJECTS = [
    Subject("清河县水利局", 2016, "农村饮水安全巩固提升工程", True, 1),
    Subject("青山区教育局", 2017, None, True, 2),
    Subject("临江市农业农村局", 2018, "高标准农田建设项目", False, 3),
    Subject("云溪县卫生健康委员会", 2019, None, False, 4),
    Subject("白沙县文化和旅游局", 2020, "公共文化服务体系建设专项", True, 5),
    Subject("东湖区民政局", 2021, None, True, 6),
    Subject("南岭县交通运输局", 2022, "农村公路养护项目", True, 7),
    Subject("石门县人力资源和社会保障局", 2022, None, False, 8),
    Subject("北川镇人民政府", 2023, "人居环境整治专项资金", False, 9),
    Subject("西平县市场监督管理局", 2023, None, True, 10),
    Subject("安和县自然资源局", 2024, "耕地保护激励资金", True, 11),
    Subject("桐乡市司法局", 2024, None, True, 12),
    Subject("梅县林业局", 2025, "森林防火能力提升项目", False, 13),
    Subject("丰城县统计局", 2025, None, True, 14),
    Subject("永安县应急管理局", 2021, "基层应急救援队伍建设项目", True, 15),
    Subject("长乐区档案馆", 2019, None, True, 16),
]


def pct(part: Decimal, whole: Decimal) -> str:
    """A rate to two places, half up, as reports print it."""
    return str((part * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + "%"


def money(x: Decimal) -> str:
    return f"{x:,.2f}"


def plain(x: Decimal) -> str:
    """A score without trailing zeros: 15, 13.5, 9.39 (never 1E+1)."""
    return f"{x:f}".rstrip("0").rstrip(".") if "." in f"{x:f}" else f"{x:f}"


def _numbering(doc: Any) -> dict[int, int]:
    """Add Word numbering for 一、 / （一） headings and 1. lists; the numIds, by level."""
    from docx.oxml import parse_xml

    part = doc.part.numbering_part.element
    formats = {1: ("chineseCounting", "%1、"), 2: ("chineseCounting", "（%2）"), 3: ("decimal", "%3.")}
    lvls = "".join(
        f'<w:lvl w:ilvl="{k - 1}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
        f'<w:lvlJc w:val="left"/></w:lvl>' for k, (fmt, txt) in formats.items())
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">{lvls}</w:abstractNum>')
    part.insert(0, abstract)
    ids = {}
    for level in (1, 2, 3):
        num_id = 90 + level
        ids[level] = num_id
        part.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
                              f'</w:num>'))
    return ids


class Writer:
    """The document being built and its heading counters (for literal numbering)."""

    def __init__(self, subject: Subject) -> None:
        from docx import Document
        from docx.enum.style import WD_STYLE_TYPE

        self.s = subject
        self.doc = Document()
        self.rng = random.Random(subject.seed)
        self.num_ids = _numbering(self.doc) if subject.auto_numbering else {}
        self.counts = [0, 0, 0]
        if "toc 1" not in [st.name for st in self.doc.styles]:
            self.doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        section = self.doc.sections[0]
        section.header.paragraphs[0].text = f"{subject.unit}{subject.year}年度绩效自评"
        section.footer.paragraphs[0].text = "第 1 页"

    def heading(self, text: str, level: int) -> None:
        cn = "一二三四五六七八九十"
        self.counts[level - 1] += 1
        for k in range(level, 3):
            self.counts[k] = 0
        if self.num_ids and (level == 1 or self.s.seed % 4 != 1):
            p = self.doc.add_paragraph(text, style=f"Heading {level}")
            self._num(p, level)
            return
        n = self.counts[level - 1]
        label = f"{cn[n - 1]}、" if level == 1 else f"（{cn[n - 1]}）"
        self.doc.add_paragraph(label + text, style=f"Heading {level}" if level == 1 else None)

    def _num(self, p: Any, level: int) -> None:
        from docx.oxml import parse_xml

        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level - 1}"/>'
                             f'<w:numId w:val="{self.num_ids[level]}"/></w:numPr>'))

    def items(self, lines: list[str]) -> None:
        """A numbered list: Word's List Number, or 1. 2. typed in."""
        for k, line in enumerate(lines, 1):
            if self.num_ids:
                self.doc.add_paragraph(line, style="List Number")
            else:
                self.doc.add_paragraph(f"{k}.{line}")

    def para(self, text: str) -> None:
        self.doc.add_paragraph(text)

    def table(self, rows: list[list[str]], caption: str | None = None) -> Any:
        from docx.oxml import parse_xml

        if caption:
            self.doc.add_paragraph(caption)
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                t.cell(r, c).text = val
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
        return t


def _toc(w: Writer, titles: list[str]) -> None:
    w.doc.add_paragraph("目  录", style="TOC Heading")
    for k, t in enumerate(titles, 1):
        w.doc.add_paragraph(f"{t}\t{k}", style="toc 1")
    w.doc.add_page_break()


def _budget(w: Writer) -> tuple[Decimal, Decimal, list[tuple[str, Decimal, Decimal]]]:
    """Budget lines: (name, adjusted budget, spent) in 万元; and the totals."""
    names = ["基本支出", "项目支出"] if w.s.project is None else ["中央补助资金", "省级资金", "县级配套资金"]
    lines = []
    for name in names:
        budget = Decimal(w.rng.randint(8000, 90000)) / 100
        spent = (budget * Decimal(w.rng.randint(880, 1000)) / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
        lines.append((name, budget, spent))
    return sum((b for _, b, _ in lines), Decimal(0)), sum((s for _, _, s in lines), Decimal(0)), lines


def _budget_table(w: Writer, lines: list[tuple[str, Decimal, Decimal]], tb: Decimal, ts: Decimal) -> None:
    rows = [["项目", "全年预算数", "全年执行数", "执行率"]]
    rows += [[n, money(b), money(s), pct(s, b)] for n, b, s in lines]
    rows.append(["合计", money(tb), money(ts), pct(ts, tb)])
    w.table(rows, caption="表1 预算执行情况表\t\t单位：万元")


def _three_public(w: Writer) -> None:
    items = [("因公出国（境）费", Decimal(0), Decimal(0))]
    for name in ("公务接待费", "公务用车运行维护费"):
        b = Decimal(w.rng.randint(200, 2000)) / 100
        items.append((name, b, (b * Decimal(w.rng.randint(600, 990)) / 1000).quantize(Decimal("0.01"))))
    tb = sum((b for _, b, _ in items), Decimal(0))
    ts = sum((s for _, _, s in items), Decimal(0))
    w.para(f"“三公”经费年初预算{money(tb)}万元，实际支出{money(ts)}万元，控制在预算以内。")
    rows = [["费用", "预算数", "实际支出"]] + [[n, money(b), money(s)] for n, b, s in items]
    rows.append(["合计", money(tb), money(ts)])
    w.table(rows, caption="单位：万元")


def _staff(w: Writer) -> None:
    admin, inst, retired = w.rng.randint(12, 60), w.rng.randint(5, 40), w.rng.randint(3, 30)
    w.para(f"年末实有人员{admin + inst}人，其中行政编制{admin}人、事业编制{inst}人，另有离退休人员{retired}人。")
    quota_a, quota_i = admin + w.rng.randint(0, 5), inst + w.rng.randint(0, 5)
    t = w.table([["人员类别", "编制数", "实有人数", ""], ["", "", "在职", "离退休"],
                 ["行政", str(quota_a), str(admin), str(retired)], ["事业", str(quota_i), str(inst), "—"],
                 ["合计", str(quota_a + quota_i), str(admin + inst), str(retired)]], caption="表2 人员情况表\t单位：人")
    t.cell(0, 2).merge(t.cell(0, 3)).text = "实有人数"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "人员类别"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "编制数"


_INDICATORS = [  # (一级, 二级, 三级, target, unit, weight)
    ("产出指标", "数量指标", "{p}覆盖乡镇数", 12, "个", 15),
    ("产出指标", "数量指标", "开展督导检查次数", 24, "次", 10),
    ("产出指标", "质量指标", "验收合格率", 100, "%", 15),
    ("产出指标", "时效指标", "按期完成率", 100, "%", 10),
    ("效益指标", "社会效益指标", "受益群众人数", 5000, "人", 15),
    ("效益指标", "可持续影响指标", "长效管护机制建立情况", None, "", 15),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 90, "%", 10),
]


def _self_form(w: Writer, rate: str) -> tuple[Decimal, str]:
    """The 项目支出绩效自评表 with merged 一级/二级 cells; its total score and grade."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    said: list[str] = []
    total = Decimal(10) * Decimal(rate.rstrip("%")) / 100
    total = total.quantize(Decimal("0.01"), ROUND_HALF_UP)
    rows.append(["预算执行率", "", "", "100%", rate, "10", str(total), ""])
    for first, second, third, target, unit, weight in _INDICATORS:
        name = third.format(p="项目")
        if target is None:
            rows.append([first, second, name, "建立", "已建立", str(weight), str(weight), ""])
            total += weight
            continue
        short = w.rng.random() < 0.3 and unit != "%"
        actual = int(target * 0.9) if short else target + (w.rng.randint(0, 3) if unit != "%" else 0)
        score = Decimal(weight) * 9 / 10 if short else Decimal(weight)
        why = "部分乡镇进度\n滞后" if short else ""
        rows.append([first, second, name, f"≥{target}{unit}", f"{actual}{unit}", str(weight),
                     plain(score), why])
        if unit != "%":
            said.append(f"{name.removeprefix('项目')}{actual}{unit}，完成年度目标{target}{unit}的{pct(Decimal(actual), Decimal(target))}")
        total += score
    rows.append(["总分", "", "", "", "", "100", plain(total), ""])
    w.para("从主要指标看，" + "；".join(said) + "。")
    t = w.table(rows, caption=f"{w.s.project}绩效自评表")
    _merge_runs(t, 0, 1, len(rows) - 1)
    _merge_runs(t, 1, 1, len(rows) - 1)
    t.cell(1, 0).merge(t.cell(1, 2))
    t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 4))
    grade = "优" if total >= 90 else "良" if total >= 80 else "中"
    return total, grade


def _merge_runs(t: Any, col: int, first: int, last: int) -> None:
    """Merge vertically each run of equal cells in a column (rows first..last-1)."""
    start = first
    for r in range(first + 1, last + 1):
        if r == last or t.cell(r, col).text != t.cell(start, col).text:
            if r - 1 > start:
                text = t.cell(start, col).text
                merged = t.cell(start, col).merge(t.cell(r - 1, col))
                merged.text = text
            start = r

_TOWNS = ["城关镇", "河口镇", "马坪乡", "柳林镇", "青石乡", "杨桥镇", "花园乡", "新集镇"]


def _towns(w: Writer, spent: Decimal) -> None:
    """Money by town in a table split in two (续表, its header row typed again), a total below."""
    n = w.rng.randint(5, 8)
    cuts = sorted(w.rng.sample(range(1, 1000), n - 1))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, 1000], strict=True)]
    amounts = [(spent * k / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP) for k in shares]
    amounts[-1] = spent - sum(amounts[:-1], Decimal(0))
    people = [w.rng.randint(300, 1500) for _ in range(n)]
    head = ["乡镇", "到位资金\n（万元）", "受益人数（人）", "备注"]
    rows = [[_TOWNS[k], money(amounts[k]), str(people[k]), "" if k % 3 else "含上年结转"] for k in range(n)]
    half = n // 2
    w.para(f"项目资金分配到{n}个乡镇，各乡镇到位资金及受益人数见下表。")
    w.table([head, *rows[:half]], caption="表3 分乡镇资金到位情况\t单位：万元")
    w.table([head, *rows[half:], ["合计", money(spent), str(sum(people)), ""]], caption="续表")
    w.para(f"全年项目覆盖{n}个乡镇，受益群众{sum(people)}人。")


def _functions(w: Writer, spent: Decimal) -> None:
    """Spending by function class, each with its share; the shares are rounded so that they make 100."""
    names = ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"]
    cuts = sorted(w.rng.sample(range(1, 1000), 3))
    parts = [(spent * (b - a) / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
             for a, b in zip([0, *cuts], [*cuts, 1000], strict=True)]
    parts[-1] = spent - sum(parts[:-1], Decimal(0))
    shares = [pct(x, spent) for x in parts[:-1]]
    last = Decimal(100) - sum((Decimal(x.rstrip("%")) for x in shares), Decimal(0))
    shares.append(f"{last:.2f}%")
    rows = [["功能分类", "支出金额\t（万元）", "占比"]] + [[n, money(x), sh] for n, x, sh in zip(names, parts, shares, strict=True)]
    rows.append(["合计", money(spent), "100.00%"])
    w.table(rows, caption="表4 按功能分类支出情况")


def _purchase(w: Writer) -> None:
    goods, works, service = (Decimal(w.rng.randint(500, 9000)) / 100 for _ in range(3))
    total = goods + works + service
    small = (total * Decimal(w.rng.randint(700, 980)) / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    w.para(f"全年政府采购支出{money(total)}万元，其中货物类{money(goods)}万元、工程类{money(works)}万元、服务类"
           f"{money(service)}万元。授予中小企业合同金额{money(small)}万元，占政府采购支出总额的{pct(small, total)}。")


def _last_year(w: Writer, spent: Decimal) -> None:
    last = (spent * Decimal(w.rng.randint(800, 1150)) / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    diff = spent - last
    word = "增加" if diff > 0 else "减少"
    w.para(f"与{w.s.year - 1}年支出{money(last)}万元相比，{word}{money(abs(diff))}万元，{word}{pct(abs(diff), last)}，"
           f"主要是{'新增重点工作任务' if diff > 0 else '压减一般性支出'}。")


_DEPT_FORM = [  # (一级, 二级, 三级, weight)
    ("投入", "预算配置", "在职人员控制率", 5), ("投入", "预算配置", "“三公经费”变动率", 5),
    ("过程", "预算执行", "预算执行率", 10), ("过程", "预算执行", "结转结余率", 5),
    ("过程", "预算管理", "管理制度健全性", 5), ("过程", "资产管理", "资产管理安全性", 5),
    ("产出", "职责履行", "重点工作完成率", 20), ("产出", "职责履行", "工作质量达标率", 10),
    ("效益", "履职效益", "社会效益", 15), ("效益", "满意度", "服务对象满意度", 20),
]


def _dept_form(w: Writer, rate: str) -> tuple[Decimal, str]:
    """The 部门整体支出绩效自评表: 一级/二级 merged, weights to 100, a score per line, the total."""
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分", "说明"]]
    total = Decimal(0)
    for first, second, third, weight in _DEPT_FORM:
        if third == "预算执行率":
            score = (Decimal(weight) * Decimal(rate.rstrip("%")) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            note = f"执行率{rate}"
        else:
            lost = Decimal(w.rng.choice([0, 0, 0, 1, 2])) if weight >= 10 else Decimal(0)
            score, note = Decimal(weight) - lost, ("" if not lost else "个别任务\n未按期完成")
        rows.append([first, second, third, str(weight), plain(score), note])
        total += score
    rows.append(["合计", "", "", "100", plain(total), ""])
    t = w.table(rows, caption="部门整体支出绩效自评表")
    _merge_runs(t, 0, 1, len(rows) - 1)
    _merge_runs(t, 1, 1, len(rows) - 1)
    t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 2))
    grade = "优" if total >= 90 else "良" if total >= 80 else "中"
    return total, grade


def _sign(w: Writer) -> None:
    w.doc.add_paragraph("")
    t = w.doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "填报单位（盖章）："
    t.cell(0, 1).text = w.s.unit
    t.cell(1, 0).text = "填报日期："
    t.cell(1, 1).text = f"{w.s.year + 1}年3月{w.rng.randint(10, 28)}日"


def _level(unit: str) -> str:
    for word in ("县", "区", "市", "镇"):
        if word in unit[:4]:
            return word
    return "县"


def build(subject: Subject, out: Path) -> Path:
    """Write one invented report; return its path."""
    w = Writer(subject)
    s, y = subject, subject.year
    what = s.project or "部门整体支出"
    w.doc.add_paragraph(f"{s.unit}{y}年度{what}绩效自评报告", style="Title")
    titles = ["基本情况", "绩效目标及完成情况", "预算执行情况", "绩效自评结论", "存在的问题及改进措施"]
    if s.seed % 3 != 0:
        _toc(w, titles)
    tb, ts, lines = _budget(w)
    rate = pct(ts, tb)
    w.heading(titles[0], 1)
    if s.project:
        w.para(f"{s.project}是{s.unit}{y}年度重点实施项目，主要用于改善基层公共服务条件。项目全年预算"
               f"{money(tb)}万元，由{s.unit}负责组织实施，各乡镇配合落实。")
    else:
        w.para(f"{s.unit}是{_level(s.unit)}政府工作部门，内设办公室、规划财务科、业务科等科室，承担本行业管理和公共服务职责。")
        _staff(w)
    w.heading(titles[1], 1)
    w.heading("年度绩效目标", 2)
    w.items(["按计划完成年度各项工作任务，确保资金安全规范使用。", "提升公共服务质量，服务对象满意度达到90%以上。",
             "建立健全长效管理机制，巩固工作成效。"])
    w.heading("目标完成情况", 2)
    w.para(f"{y}年，{s.unit}围绕年度目标，细化工作任务，落实责任分工，各项工作有序推进。全年开展督导检查"
           f"{24 + w.rng.randint(0, 6)}次，及时发现并整改问题，受益群众持续增加。")
    w.heading("主要做法", 2)
    w.para("一是强化组织领导。成立由主要负责同志任组长的工作专班，定期研究解决推进中的困难和问题，形成一级抓一级、"
           "层层抓落实的工作格局。二是规范资金管理。严格执行财务管理制度和资金审批程序，专款专用，确保资金使用安全。"
           "三是加强过程监控。对照年度绩效目标开展绩效运行监控，发现偏差及时纠正，保障目标如期实现。")
    w.para("四是注重宣传引导。通过政务网站、微信公众号等渠道公开工作进展，主动接受社会监督，群众知晓率和参与度进一步"
           "提高。五是健全长效机制。及时总结经验做法，修订完善相关管理办法，推动工作制度化、规范化。")
    w.heading(titles[2], 1)
    w.para(f"{y}年全年预算数{money(tb)}万元，全年执行数{money(ts)}万元，预算执行率{rate}。具体情况见下表。")
    _budget_table(w, lines, tb, ts)
    _last_year(w, ts)
    if s.project is None:
        _three_public(w)
        _purchase(w)
        _functions(w, ts)
    else:
        _towns(w, ts)
    w.heading(titles[3], 1)
    if s.project:
        total, grade = _self_form(w, rate)
        w.para(f"经综合评价，{s.project}绩效自评得分{plain(total)}分，评价等级为“{grade}”。")
    else:
        total, grade = _dept_form(w, rate)
        w.para(f"经对照部门整体支出绩效评价指标体系逐项自评，本部门{y}年度整体支出绩效自评得分{plain(total)}分，"
               f"评价等级为“{grade}”。预算管理规范，资金使用效益较好。")
    w.heading(titles[4], 1)
    w.heading("存在的问题", 2)
    w.para("一是预算编制的精细化程度有待提高，个别项目年中调整较多；二是绩效目标设置还不够细化，部分指标难以量化考核。")
    w.heading("改进措施", 2)
    w.para("下一步，将加强预算编制前期论证，细化量化绩效目标，强化绩效监控结果运用，切实提高财政资金使用效益。")
    _sign(w)
    path = out / f"s49d_{s.seed:02d}_{y}_{'proj' if s.project else 'dept'}.docx"
    w.doc.save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "/tmp/s49d_docx")
    out.mkdir(parents=True, exist_ok=True)
    for subject in SUBJECTS:
        print(build(subject, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
