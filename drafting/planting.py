"""Planting defects into clean reports, with the labels a careful reviewer would write.

Why: hand-labelled reports are scarce (we have one). A seeded planter turns every clean fixture
into many labelled cases, so recall can be measured per finding kind and precision on the clean
parts. Each operation edits one place, records the exact text a reviewer would point at, and never
touches text an earlier operation planted, so every label quote stays exact. Same seed, same output.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import combinations

from pydantic import BaseModel, ConfigDict

from .department import DepartmentData, Level
from .findings import Kind
from .quantities import round_half_up
from .report import Heading, Paragraph, Report, Table

__all__ = ["OPERATIONS", "Label", "plant"]


class Label(BaseModel):
    """A gold label: the kind of finding expected and the exact text it should point at."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    quote: str
    note: str = ""


# -- figures as written -----------------------------------------------------------------------------

_UNITS = "万元|亿元|元|个百分点|%|％|人次|人|户|件|个|家|次|名|本|场|份|起|项"
_FIGURE = re.compile(rf"(?<![\d.,〔\[第号\-－])(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?({_UNITS})")
_DATE = re.compile(r"(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日")
_CLAIMS = ("各项工作圆满完成，成效显著。", "各项目标任务圆满完成，取得显著成效。", "全年工作成效显著，得到社会各界一致好评。")
_FIELDS = ("联系人", "联络电话", "联系电话", "人员编制", "实有人数", "评价等次", "绩效自评综合得分", "自评得分",
           "部门(单位)名称", "部门（单位）名称", "单位名称", "预算编码", "报告日期", "填报人", "评价方式", "评价机构")
_LEVEL_WORDS = {Level.COUNTY: "县", Level.CITY: "市", Level.PROVINCE: "省"}
_CN = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def _from_cn(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN.index(tens) if tens else 1) * 10 + (_CN.index(ones) if ones else 0)
    return _CN.index(s)


# Marker styles of numbered items: (regex on the start of a text, parse, format).
_MARKERS: list[tuple[re.Pattern[str], Callable[[str], int], Callable[[int, str], str]]] = [
    (re.compile(r"^(\d{1,2})([、．.])(?!\d)"), int, lambda n, sep: f"{n}{sep}"),
    (re.compile(r"^（(\d{1,2})）()"), int, lambda n, sep: f"（{n}）"),
    (re.compile(r"^([一二三四五六七八九十]{1,3})(、)"), _from_cn, lambda n, sep: f"{_cn(n)}{sep}"),
    (re.compile(r"^（([一二三四五六七八九十]{1,3})）()"), _from_cn, lambda n, sep: f"（{_cn(n)}）"),
]


def _has_marker(text: str) -> bool:
    t = text.lstrip()
    return any(p.match(t) for p, _, _ in _MARKERS)


def _places(frac: str | None) -> int:
    return len(frac) - 1 if frac else 0


def _fmt(value: Decimal, places: int, grouped: bool) -> str:
    v = round_half_up(value, places)
    return f"{v:,.{places}f}" if grouped else f"{v:.{places}f}"


def _value(m: re.Match[str]) -> Decimal:
    return Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))


def _supported(data: DepartmentData | None) -> set[Decimal]:
    """Values the data states (normalised), so a changed figure can be kept unsupported."""
    if data is None:
        return set()
    out: set[Decimal] = set()
    for f in data.figures():
        out.add(f.value.normalize())
    return out


class _Planter:
    def __init__(self, report: Report, data: DepartmentData | None, prior: Report | None, rng: random.Random):
        self.report = report.model_copy(deep=True)
        self.data = data
        self.prior = prior
        self.rng = rng
        self.touched: set[int] = set()  # id() of blocks an operation edited or inserted
        self.year = data.year if data else _infer_year(report)
        self.level = data.department.level if data else _infer_level(report)
        self.supported = _supported(data)

    # -- helpers ---------------------------------------------------------------------------------

    def paragraphs(self, min_len: int = 0, *, narrative: bool = False) -> list[int]:
        out = []
        for i, b in enumerate(self.report.blocks):
            if isinstance(b, Paragraph) and id(b) not in self.touched and len(b.text.strip()) >= min_len:
                if narrative and ("。" not in b.text or _has_marker(b.text)):
                    continue
                out.append(i)
        return out

    def text_units(self) -> list[tuple[int, int | None, int | None, str]]:
        """(block, row, col, text) of every untouched heading, paragraph and cell."""
        out: list[tuple[int, int | None, int | None, str]] = []
        for i, b in enumerate(self.report.blocks):
            if id(b) in self.touched:
                continue
            if isinstance(b, Table):
                for r, row in enumerate(b.rows):
                    for c, cell in enumerate(row):
                        if cell.text and not cell.merged:
                            out.append((i, r, c, cell.text))
            elif b.text:
                out.append((i, None, None, b.text))
        return out

    def set_text(self, block: int, row: int | None, col: int | None, text: str) -> None:
        b = self.report.blocks[block]
        if isinstance(b, Table):
            assert row is not None and col is not None
            b.rows[row][col].text = text
        else:
            b.text = text
        self.touched.add(id(b))

    def all_text(self) -> str:
        return self.report.plain_text()

    def pick(self, items: Sequence):  # type: ignore[no-untyped-def]
        return items[self.rng.randrange(len(items))] if items else None

    def new_value(self, value: Decimal, places: int, unit: str, grouped: bool) -> str | None:
        """A different figure with the same precision that the data and the report do not state."""
        pct = unit in ("%", "％", "个百分点")
        steps = [Decimal("1.3"), Decimal("2.5"), Decimal(4), Decimal(7)] if pct else \
            [Decimal("1.13"), Decimal("0.87"), Decimal("1.21"), Decimal("0.79"), Decimal("1.37")]
        self.rng.shuffle(steps)
        text = self.all_text()
        for s in steps:
            if pct:
                v = value - s if value > 50 else value + s
            else:
                v = value * s
            v = round_half_up(v, places)
            if v <= 0 or v == value or v.normalize() in self.supported:
                continue
            out = _fmt(v, places, grouped) + unit
            if out not in text:
                return out
        return None

    # -- operations ------------------------------------------------------------------------------

    def duplicate_paragraph(self) -> list[Label]:
        cands = self.paragraphs(40, narrative=True)
        if len(cands) < 2:
            return []
        src = self.pick(cands)
        text = self.report.blocks[src].text
        if self.all_text().count(text.strip()) > 1:
            return []
        dest = self.pick([i for i in cands if abs(i - src) > 1] or [i for i in cands if i != src])
        copy = Paragraph(text=text)
        self.report.blocks.insert(dest + 1, copy)
        self.touched.update({id(copy), id(self.report.blocks[src if src <= dest else src + 1])})
        # one label per copy: a reviewer points at both places
        return [Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=text.strip(), note="原段落，另一处有相同段落"),
                Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=text.strip(), note="复制出的段落")]

    def spliced_text(self) -> list[Label]:
        cands = self.paragraphs(30, narrative=True)
        hosts = [i for i in cands if len(self.report.blocks[i].text) >= 40]
        if len(cands) < 2 or not hosts:
            return []
        host = self.pick(hosts)
        src = self.pick([i for i in cands if i != host])
        htext = self.report.blocks[host].text
        # a point inside a sentence: between two non-punctuation characters, away from the ends
        points = [k for k in range(10, len(htext) - 10)
                  if not _is_punct(htext[k - 1]) and not _is_punct(htext[k]) and not _inside_figure(htext, k)]
        # half the time right before a figure (“增长|2.8%”, as in real reports), else anywhere mid-sentence
        before_figure = [k for k in range(10, len(htext) - 10) if htext[k].isdigit()
                         and not htext[k - 1].isdigit() and not _is_punct(htext[k - 1]) and htext[k - 1] not in ".,"]
        if before_figure and self.rng.random() < 0.5:
            points = before_figure
        if not points:
            return []
        k = self.pick(points)
        inserted = self.report.blocks[src].text.strip()
        if self.all_text().count(inserted) > 1:
            return []
        self.set_text(host, None, None, htext[:k] + inserted + htext[k:])
        self.touched.add(id(self.report.blocks[src]))
        # copied, not moved (as in real reports): the paragraph now also stands twice
        return [Label(kind=Kind.SPLICED_TEXT, quote=inserted, note=f"整段文字插入到另一句“{htext[max(0, k - 8):k]}…”中间"),
                Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=inserted, note="被插入别处的原段落"),
                Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=inserted, note="插入另一句中的副本")]

    def _figure_sites(self, *, units: tuple[str, ...] | None = None, in_tables: bool = False):  # type: ignore[no-untyped-def]
        sites = []
        for block, row, col, text in self.text_units():
            if (row is not None) != in_tables:
                continue
            for m in _FIGURE.finditer(text):
                if units and m.group(3) not in units:
                    continue
                if text[m.end():m.end() + 1] in ("余", "多") or text[max(0, m.start() - 1):m.start()] in ("约", "近"):
                    continue
                sites.append((block, row, col, m))
        return sites

    def _change_figure(self, sites, kind: Kind, note: str) -> list[Label]:  # type: ignore[no-untyped-def]
        if self.data is not None:
            backed = [s for s in sites if _value(s[3]).normalize() in self.supported]
            sites = backed or sites
        self.rng.shuffle(sites)
        for block, row, col, m in sites:
            new = self.new_value(_value(m), _places(m.group(2)), m.group(3), "," in m.group(1))
            if new is None:
                continue
            text = self.report.text_of(_loc(block, row, col))
            self.set_text(block, row, col, text[:m.start()] + new + text[m.end():])
            return [Label(kind=kind, quote=new, note=f"{note}：原为{m.group(0)}")]
        return []

    def figure(self) -> list[Label]:
        if self.data is None:
            return []
        units = ("万元", "亿元", "元", "人次", "人", "户", "件", "个", "家", "次", "名", "本", "场", "份", "起", "项")
        return self._change_figure(self._figure_sites(units=units), Kind.NUMBER_UNSUPPORTED, "改动的数字")

    def percent(self) -> list[Label]:
        if self.data is None:
            return []
        return self._change_figure(self._figure_sites(units=("%", "％")), Kind.NUMBER_UNSUPPORTED, "改动的百分比")

    def scale(self) -> list[Label]:
        if self.data is None:
            return []
        sites = self._figure_sites(units=("万元", "亿元"))
        self.rng.shuffle(sites)
        for block, _row, _col, m in sites:
            unit = "亿元" if m.group(3) == "万元" else "万元"
            new = m.group(1) + (m.group(2) or "") + unit
            if new in self.all_text():
                continue
            text = self.report.blocks[block].text
            self.set_text(block, None, None, text[:m.start()] + new + text[m.end():])
            return [Label(kind=Kind.NUMBER_UNSUPPORTED, quote=new, note=f"单位被改：原为{m.group(0)}")]
        return []

    def contradiction(self) -> list[Label]:
        """Without data: change one of two places that state the same figure."""
        sites = [s for s in self._figure_sites() if _value(s[3]) >= 10 or s[3].group(2)]
        text = self.all_text()

        def stated_twice(m: re.Match[str]) -> bool:
            num = re.escape(m.group(1) + (m.group(2) or ""))
            return len(re.findall(rf"(?<![\d.,]){num}(?![\d.,])", text)) >= 2

        sites = [s for s in sites if stated_twice(s[3])]
        return self._change_figure(sites, Kind.NUMBER_CONTRADICTED, "同一数字在别处为原值")

    def table_arithmetic(self) -> list[Label]:
        """Without data: change a table cell that is the sum (or ratio) of others in its row."""
        sites = []
        for i, b in enumerate(self.report.blocks):
            if not isinstance(b, Table) or id(b) in self.touched:
                continue
            for r, row in enumerate(b.rows):
                if not row or not re.search(r"合\s*计|总\s*计", row[0].text):
                    continue  # only a total row: changing a part would make the total look wrong instead
                nums = [(c, _cell_number(cell.text)) for c, cell in enumerate(row)]
                nums = [(c, v) for c, v in nums if v is not None]
                for c, (val, places, pct) in nums:
                    others = [(c2, v2[0]) for c2, v2 in nums if c2 != c and not v2[2]]
                    column = [(r2, v2[0]) for r2, row2 in enumerate(b.rows[:r]) if c < len(row2)
                              for v2 in [_cell_number(row2[c].text)] if v2 is not None and not v2[2]]
                    if (_is_sum(val, places, pct, others) or _is_ratio(val, places, pct, others)
                            or (len(column) >= 2 and sum((v for _, v in column), Decimal(0)) == val)):
                        sites.append((i, r, c, val, places, pct))
        sites += self._text_arithmetic_sites()
        self.rng.shuffle(sites)
        for i, r, c, val, places, pct in sites:
            if r is None:  # a derived figure in a sentence
                m = c
                new = self.new_value(val, places, m.group(3), "," in m.group(1))
                if new is None:
                    continue
                text = self.report.blocks[i].text
                self.set_text(i, None, None, text[:m.start()] + new + text[m.end():])
                return [Label(kind=Kind.ARITHMETIC_MISMATCH, quote=new,
                              note=f"与同句数字算出的结果不符：原为{m.group(0)}")]
            old = self.report.blocks[i].rows[r][c].text  # type: ignore[union-attr]
            new = self.new_value(val, places, "%" if pct else "", False)
            if new is None or (val == 0):
                continue
            self.set_text(i, r, c, new)
            return [Label(kind=Kind.ARITHMETIC_MISMATCH, quote=new, note=f"合计或比例与同行数字不符：原为{old}")]
        return []

    def _text_arithmetic_sites(self):  # type: ignore[no-untyped-def]
        """Figures of a sentence that follow from two others in it (a change, a rate, a difference)."""
        sites = []
        for i in self.paragraphs(10):
            text = self.report.blocks[i].text
            for sent in re.finditer(r"[^。；]+", text):
                ms = [m for m in _FIGURE.finditer(text, sent.start(), sent.end())]
                for m in ms:
                    val, places, unit = _value(m), _places(m.group(2)), m.group(3)
                    others = [_value(o) for o in ms if o is not m and o.group(3) not in ("%", "％", "个百分点")
                              and (unit in ("%", "％") or o.group(3) == unit)]
                    if unit in ("%", "％") and _derivable_rate(val, places, others):
                        sites.append((i, None, m, val, places, True))
                    elif unit in ("万元", "元", "亿元") and any(a - b == val for a in others for b in others if a != val != b):
                        sites.append((i, None, m, val, places, False))
        return sites

    def stale_year(self) -> list[Label]:
        if self.year is None:
            return []
        y, old = str(self.year), str(self.year - 1)
        sites = []
        for block, row, col, text in self.text_units():
            for m in re.finditer(rf"(截至|截止){y}年12月31日", text):
                sites.append((block, row, col, m.start(), m.end(), m.group(0).replace(y, old)))
            b = self.report.blocks[block]
            title = (isinstance(b, Heading) and b.level == 0) or (len(text) <= 40 and "报告" in text)
            if title:
                for m in re.finditer(rf"{y}年度", text):
                    sites.append((block, row, col, m.start(), m.end(), f"{old}年度"))
        site = self.pick(sites)
        if site is None:
            return []
        block, row, col, s, e, new = site
        text = self.report.text_of(_loc(block, row, col))
        new_text = text[:s] + new + text[e:]
        self.set_text(block, row, col, new_text)
        quote = new_text.strip() if len(new_text.strip()) <= 40 else new
        return [Label(kind=Kind.STALE_YEAR, quote=quote, note=f"年份应为{y}")]

    def date_inconsistency(self) -> list[Label]:
        if self.year is None:
            return []
        sites = [(b, r, c, m) for b, r, c, t in self.text_units() for m in _DATE.finditer(t)
                 if int(m.group(1)) == self.year + 1]
        if not sites:
            return []
        block, row, col, m = sites[-1]  # the signature / report date comes last
        new = f"{self.year}年{m.group(2)}月{m.group(3)}日"
        text = self.report.text_of(_loc(block, row, col))
        self.set_text(block, row, col, text[:m.start()] + new + text[m.end():])
        return [Label(kind=Kind.DATE_INCONSISTENCY, quote=new, note=f"报告日期早于评价年度结束：原为{m.group(0)}")]

    def entity_mismatch(self) -> list[Label]:
        if self.level is None:
            return []
        own = _LEVEL_WORDS[self.level]
        up = "省" if own != "省" else "市"
        # only words whose level is certain: 我县/本县 and 县人民政府 (whose department this is);
        # 省财政厅 could legitimately deploy or receive, so finance bureaus are not swapped
        swaps = {f"我{own}": f"我{up}", f"本{own}": f"本{'市' if own != '市' else '省'}",
                 f"{own}人民政府": f"{up}人民政府"}
        sites = [(b, r, c, m) for b, r, c, t in self.text_units() if r is None
                 for m in re.finditer("|".join(swaps), t)
                 if not (m.group(0).startswith(own) and t[max(0, m.start() - 1):m.start()] in "省市县州区")]
        if not sites:
            return []
        block, _row, _col, m = self.pick(sites)
        text = self.report.blocks[block].text
        new = swaps[m.group(0)]
        self.set_text(block, None, None, text[:m.start()] + new + text[m.end():])
        tail = re.split(r"[，。；、：,;“”]", text[m.end():m.end() + 6])[0]
        return [Label(kind=Kind.ENTITY_MISMATCH, quote=new + tail, note=f"层级用词错误：原为{m.group(0)}")]

    def missing_field(self) -> list[Label]:
        sites = []
        for i, b in enumerate(self.report.blocks):
            if id(b) in self.touched:
                continue
            if isinstance(b, Table):
                for r, row in enumerate(b.rows):
                    for c in range(len(row) - 1):
                        name = row[c].text.strip().rstrip("：:").strip()
                        if name in _FIELDS and row[c + 1].text.strip() and not row[c + 1].merged:
                            sites.append((i, r, c + 1, name, ""))
            else:
                m = re.match(rf"^\s*({'|'.join(re.escape(f) for f in _FIELDS)})(?:\s*[：:]\s*|\s{{2,}})(\S.*)$", b.text)
                if m:
                    sites.append((i, None, None, m.group(1), b.text[:m.start(2)].rstrip() or m.group(1)))
                g = re.search(r"(等次|等级)为“[优良中差]”", b.text)
                if g:
                    sites.append((i, None, None, f"{g.group(1)}为“”", b.text[:g.start()] + f"{g.group(1)}为“”"
                                  + b.text[g.end():]))
        site = self.pick(sites)
        if site is None:
            return []
        i, r, c, name, kept = site
        self.set_text(i, r, c, kept)
        return [Label(kind=Kind.MISSING_FIELD, quote=name, note=f"必填项“{name}”被清空")]

    def numbering_gap(self) -> list[Label]:
        runs: list[list[tuple[int, int, int, str]]] = []
        for style, (pat, parse, _fmtm) in enumerate(_MARKERS):
            run: list[tuple[int, int, int, str]] = []
            for i, b in enumerate(self.report.blocks):
                if isinstance(b, Table):
                    continue
                m = pat.match(b.text.lstrip())
                if not m:
                    continue
                n = parse(m.group(1))
                if run and n == run[-1][1] + 1:
                    run.append((i, n, style, m.group(2)))
                else:
                    if len(run) >= 3:
                        runs.append(run)
                    run = [(i, n, style, m.group(2))] if n == 1 else []
            if len(run) >= 3:
                runs.append(run)
        runs = [r for r in runs if not any(id(self.report.blocks[i]) in self.touched for i, *_ in r)]
        run = self.pick(runs)
        if run is None:
            return []
        k = 1 + self.rng.randrange(len(run) - 1)
        quote = ""
        for j, (i, n, style, sep) in enumerate(run[k:]):
            pat, _parse, fmt = _MARKERS[style]
            b = self.report.blocks[i]
            lead = b.text[: len(b.text) - len(b.text.lstrip())]
            body = b.text.lstrip()
            m = pat.match(body)
            assert m is not None and not isinstance(b, Table)
            new = lead + fmt(n + 1, sep) + body[m.end():]
            self.set_text(i, None, None, new)
            if j == 0:
                quote = (fmt(n + 1, sep) + body[m.end():])[:10].strip()
        prev = run[k - 1][1]
        return [Label(kind=Kind.NUMBERING_GAP, quote=quote, note=f"编号从{prev}跳到{prev + 2}")]

    def copied_from_prior_year(self) -> list[Label]:
        if self.prior is None:
            return []
        now = self.all_text()
        cands = [b.text.strip() for b in self.prior.blocks if isinstance(b, Paragraph)
                 and len(b.text.strip()) >= 30 and "。" in b.text and b.text.strip() not in now
                 and not _has_marker(b.text)]
        plain = [t for t in cands if not re.search(r"\d", t)]
        text = self.pick(plain or cands)
        dests = self.paragraphs(20, narrative=True)
        if text is None or not dests:
            return []
        dest = self.pick(dests)
        block = Paragraph(text=text)
        self.report.blocks.insert(dest + 1, block)
        self.touched.add(id(block))
        return [Label(kind=Kind.COPIED_FROM_PRIOR_YEAR, quote=text, note="上年报告的段落原样出现在本年报告中")]

    def unsupported_claim(self) -> list[Label]:
        cands = [i for i in self.paragraphs(20, narrative=True) if self.report.blocks[i].text.rstrip().endswith("。")]
        if not cands:
            return []
        i = self.pick(cands)
        claim = self.pick(_CLAIMS)
        block = Paragraph(text=claim)  # standalone: no figure in it or next to it in the same paragraph
        self.report.blocks.insert(i + 1, block)
        self.touched.add(id(block))
        return [Label(kind=Kind.UNSUPPORTED_CLAIM, quote=claim, note="无指标或数据支撑的笼统结论")]


def _loc(block: int, row: int | None, col: int | None):  # type: ignore[no-untyped-def]
    from .report import Location

    return Location(block=block, row=row, col=col)


def _is_punct(ch: str) -> bool:
    return not ch.strip() or ch in "，。；：、！？“”‘’（）《》〔〕【】,.;:!?()[]\"'-—…"


def _inside_figure(text: str, k: int) -> bool:
    return text[k - 1].isdigit() or text[k].isdigit() or text[k] in "%％万亿元人个次年月日号"


def _cell_number(text: str) -> tuple[Decimal, int, bool] | None:
    m = re.fullmatch(r"\s*(\d+(?:\.(\d+))?)\s*(%|％)?\s*", text)
    if not m:
        return None
    return Decimal(m.group(1)), len(m.group(2) or ""), bool(m.group(3))


def _is_sum(val: Decimal, places: int, pct: bool, others: list[tuple[int, Decimal]]) -> bool:
    if pct or val == 0:
        return False
    vals = [v for _, v in others if v != 0]
    for k in (2, 3, 4):
        for combo in combinations(vals, k):
            if sum(combo, Decimal(0)) == val:
                return True
    return False


def _derivable_rate(val: Decimal, places: int, others: list[Decimal]) -> bool:
    for a in others:
        for b in others:
            if b == 0 or a is b:
                continue
            for x in (a / b * 100, (a - b) / b * 100):
                if x > 0 and round_half_up(x, places) == val:
                    return True
    return False


def _is_ratio(val: Decimal, places: int, pct: bool, others: list[tuple[int, Decimal]]) -> bool:
    if not pct or val == 0:
        return False
    vals = [v for _, v in others if v != 0]
    for a in vals:
        for b in vals:
            if a is not b and a < b and round_half_up(a / b * 100, places) == val:
                return True
    return False


def _infer_year(report: Report) -> int | None:
    for u in list(report.units())[:8]:
        m = re.search(r"(20\d\d)年度", u.text)
        if m:
            return int(m.group(1))
    return None


def _infer_level(report: Report) -> Level | None:
    text = report.plain_text()
    counts = {lv: text.count(f"我{w}") + text.count(f"本{w}") + text.count(f"全{w}") for lv, w in _LEVEL_WORDS.items()}
    best = max(counts, key=lambda lv: counts[lv])
    return best if counts[best] else None


OPERATIONS: dict[str, Kind] = {
    "duplicate_paragraph": Kind.DUPLICATE_PARAGRAPH,
    "spliced_text": Kind.SPLICED_TEXT,
    "figure": Kind.NUMBER_UNSUPPORTED,
    "scale": Kind.NUMBER_UNSUPPORTED,
    "percent": Kind.NUMBER_UNSUPPORTED,
    "contradiction": Kind.NUMBER_CONTRADICTED,
    "table_arithmetic": Kind.ARITHMETIC_MISMATCH,
    "stale_year": Kind.STALE_YEAR,
    "date_inconsistency": Kind.DATE_INCONSISTENCY,
    "entity_mismatch": Kind.ENTITY_MISMATCH,
    "missing_field": Kind.MISSING_FIELD,
    "numbering_gap": Kind.NUMBERING_GAP,
    "copied_from_prior_year": Kind.COPIED_FROM_PRIOR_YEAR,
    "unsupported_claim": Kind.UNSUPPORTED_CLAIM,
}
"""Planting operations by name, and the finding kind each one should provoke."""


def plant(
    report: Report,
    *,
    data: DepartmentData | None = None,
    prior: Report | None = None,
    kinds: Sequence[Kind | str] | None = None,
    n: int = 3,
    seed: int = 0,
) -> tuple[Report, list[Label]]:
    """Plant up to ``n`` defects, each from a different operation, and return the report and labels.

    A duplicated paragraph gets one label per copy (same quote); every other defect gets one.

    ``kinds`` restricts the choice to finding kinds (``Kind``) or operation names (see
    ``OPERATIONS``). Number operations that need source data (``figure``, ``scale``, ``percent``) run
    only with ``data``; ``copied_from_prior_year`` only with ``prior``. Operations with no place to
    act are skipped, so fewer than ``n`` labels may come back. The input report is not changed.
    """
    rng = random.Random(seed)
    planter = _Planter(report, data, prior, rng)
    ops = _choose_ops(kinds)
    rng.shuffle(ops)
    labels: list[Label] = []
    planted = 0
    for op in ops:
        if planted >= n:
            break
        new = getattr(planter, op)()
        planted += bool(new)
        labels.extend(new)
    text = planter.report.plain_text()
    for label in labels:
        assert label.quote and label.quote in text, f"planted quote not found: {label.quote!r}"
    return planter.report, labels


def _choose_ops(kinds: Sequence[Kind | str] | None) -> list[str]:
    if kinds is None:
        return list(OPERATIONS)
    ops: list[str] = []
    for k in kinds:
        if isinstance(k, str) and k in OPERATIONS and not isinstance(k, Kind):
            ops.append(k)
            continue
        kind = Kind(k)
        ops.extend(op for op, kk in OPERATIONS.items() if kk == kind and op not in ops)
    return ops
