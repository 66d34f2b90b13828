"""Planting defects into clean reports, with the labels a careful reviewer would write.

Why: hand-labelled reports are scarce (we have one). A seeded planter turns every clean fixture
into many labelled cases, so recall can be measured per finding kind and precision on the clean
parts. Each operation edits one place, records the exact text a reviewer would point at, and never
touches text an earlier operation planted, so every label quote stays exact. Same seed, same output.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from drafting.department import DepartmentData
from drafting.findings import Kind
from drafting.report import Heading, Paragraph, Report, Table
from evals.cases import Label
from evals.plant_numbers import NumberOperations
from evals.plant_sites import DATE, LEVEL_WORDS, MARKERS, has_marker, inside_figure, is_punct, loc

__all__ = ["OPERATIONS", "plant"]

_CLAIMS = ("各项工作圆满完成，成效显著。", "各项目标任务圆满完成，取得显著成效。", "全年工作成效显著，得到社会各界一致好评。")
_FIELDS = ("联系人", "联络电话", "联系电话", "人员编制", "实有人数", "评价等次", "绩效自评综合得分", "自评得分",
           "部门(单位)名称", "部门（单位）名称", "单位名称", "预算编码", "报告日期", "填报人", "评价方式", "评价机构")


class _Planter(NumberOperations):
    """Every operation; each returns the labels it wrote, or [] when it found no place to act."""

    def duplicate_paragraph(self) -> list[Label]:
        cands = self.paragraphs(40, narrative=True)
        if len(cands) < 2:
            return []
        src = self.choose(cands)
        text = self.text(src)
        if self.all_text().count(text.strip()) > 1:
            return []
        dest = self.choose([i for i in cands if abs(i - src) > 1] or [i for i in cands if i != src])
        copy = Paragraph(text=text)
        self.report.blocks.insert(dest + 1, copy)
        self.touched.update({id(copy), id(self.report.blocks[src if src <= dest else src + 1])})
        # one label per copy: a reviewer points at both places
        return [Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=text.strip(), note="原段落，另一处有相同段落"),
                Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=text.strip(), note="复制出的段落")]

    def spliced_text(self) -> list[Label]:
        cands = self.paragraphs(30, narrative=True)
        hosts = [i for i in cands if len(self.text(i)) >= 40]
        if len(cands) < 2 or not hosts:
            return []
        host = self.choose(hosts)
        src = self.choose([i for i in cands if i != host])
        htext = self.text(host)
        # a point inside a sentence: between two non-punctuation characters, away from the ends
        points = [k for k in range(10, len(htext) - 10)
                  if not is_punct(htext[k - 1]) and not is_punct(htext[k]) and not inside_figure(htext, k)]
        # half the time right before a figure (“增长|2.8%”, as in real reports), else anywhere mid-sentence
        before_figure = [k for k in range(10, len(htext) - 10) if htext[k].isdigit()
                         and not htext[k - 1].isdigit() and not is_punct(htext[k - 1]) and htext[k - 1] not in ".,"]
        if before_figure and self.rng.random() < 0.5:
            points = before_figure
        if not points:
            return []
        k = self.choose(points)
        inserted = self.text(src).strip()
        if self.all_text().count(inserted) > 1:
            return []
        self.set_text(host, None, None, htext[:k] + inserted + htext[k:])
        self.touched.add(id(self.report.blocks[src]))
        # copied, not moved (as in real reports): the paragraph now also stands twice
        return [Label(kind=Kind.SPLICED_TEXT, quote=inserted, note=f"整段文字插入到另一句“{htext[max(0, k - 8):k]}…”中间"),
                Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=inserted, note="被插入别处的原段落"),
                Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=inserted, note="插入另一句中的副本")]

    def stale_year(self) -> list[Label]:
        if self.year is None:
            return []
        y, old = str(self.year), str(self.year - 1)
        sites: list[tuple[int, int | None, int | None, int, int, str]] = []
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
        text = self.report.text_of(loc(block, row, col))
        new_text = text[:s] + new + text[e:]
        self.set_text(block, row, col, new_text)
        quote = new_text.strip() if len(new_text.strip()) <= 40 else new
        return [Label(kind=Kind.STALE_YEAR, quote=quote, note=f"年份应为{y}")]

    def date_inconsistency(self) -> list[Label]:
        year = self.year
        if year is None:
            return []
        sites = [(b, r, c, m) for b, r, c, t in self.text_units() for m in DATE.finditer(t)
                 if int(m.group(1)) == year + 1]
        if not sites:
            return []
        block, row, col, m = sites[-1]  # the signature / report date comes last
        new = f"{year}年{m.group(2)}月{m.group(3)}日"
        text = self.report.text_of(loc(block, row, col))
        self.set_text(block, row, col, text[:m.start()] + new + text[m.end():])
        return [Label(kind=Kind.DATE_INCONSISTENCY, quote=new, note=f"报告日期早于评价年度结束：原为{m.group(0)}")]

    def entity_mismatch(self) -> list[Label]:
        if self.level is None:
            return []
        own = LEVEL_WORDS[self.level]
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
        block, _row, _col, m = self.choose(sites)
        text = self.text(block)
        new = swaps[m.group(0)]
        self.set_text(block, None, None, text[:m.start()] + new + text[m.end():])
        tail = re.split(r"[，。；、：,;“”]", text[m.end():m.end() + 6])[0]
        return [Label(kind=Kind.ENTITY_MISMATCH, quote=new + tail, note=f"层级用词错误：原为{m.group(0)}")]

    def missing_field(self) -> list[Label]:
        sites: list[tuple[int, int | None, int | None, str, str]] = []
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
        at_block, at_row, at_col, name, kept = site
        self.set_text(at_block, at_row, at_col, kept)
        return [Label(kind=Kind.MISSING_FIELD, quote=name, note=f"必填项“{name}”被清空")]

    def numbering_gap(self) -> list[Label]:
        runs: list[list[tuple[int, int, int, str]]] = []
        for style, (pat, parse, _fmtm) in enumerate(MARKERS):
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
        chosen = self.pick(runs)
        if chosen is None:
            return []
        k = 1 + self.rng.randrange(len(chosen) - 1)
        quote = ""
        for j, (i, n, style, sep) in enumerate(chosen[k:]):
            pat, _parse, fmt = MARKERS[style]
            text = self.text(i)
            lead = text[: len(text) - len(text.lstrip())]
            body = text.lstrip()
            m = pat.match(body)
            assert m is not None  # the run was built from this very match
            new = lead + fmt(n + 1, sep) + body[m.end():]
            self.set_text(i, None, None, new)
            if j == 0:
                quote = (fmt(n + 1, sep) + body[m.end():])[:10].strip()
        prev = chosen[k - 1][1]
        return [Label(kind=Kind.NUMBERING_GAP, quote=quote, note=f"编号从{prev}跳到{prev + 2}")]

    def copied_from_prior_year(self) -> list[Label]:
        if self.prior is None:
            return []
        now = self.all_text()
        cands = [b.text.strip() for b in self.prior.blocks if isinstance(b, Paragraph)
                 and len(b.text.strip()) >= 30 and "。" in b.text and b.text.strip() not in now
                 and not has_marker(b.text)]
        plain = [t for t in cands if not re.search(r"\d", t)]
        text = self.pick(plain or cands)
        dests = self.paragraphs(20, narrative=True)
        if text is None or not dests:
            return []
        dest = self.choose(dests)
        block = Paragraph(text=text)
        self.report.blocks.insert(dest + 1, block)
        self.touched.add(id(block))
        return [Label(kind=Kind.COPIED_FROM_PRIOR_YEAR, quote=text, note="上年报告的段落原样出现在本年报告中")]

    def unsupported_claim(self) -> list[Label]:
        cands = [i for i in self.paragraphs(20, narrative=True) if self.text(i).rstrip().endswith("。")]
        if not cands:
            return []
        i = self.choose(cands)
        claim = self.choose(_CLAIMS)
        block = Paragraph(text=claim)  # standalone: no figure in it or next to it in the same paragraph
        self.report.blocks.insert(i + 1, block)
        self.touched.add(id(block))
        return [Label(kind=Kind.UNSUPPORTED_CLAIM, quote=claim, note="无指标或数据支撑的笼统结论")]


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
