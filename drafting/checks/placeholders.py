"""Blanks and placeholders left in the narrative: a result or a figure whose value was never typed
(评价等次为“”, 共计  万元), a date left blank inside a sentence (于    年  月  日通过验收), and a
template's placeholders never replaced (XX县, ××万元, ＿＿, 【单位名称】, 【请简要描述…】).

Part of the structure check (``structure.check_structure``). Why: a copy made from a template keeps
what its filler did not replace, and a reviewer must see each place before the report is filed.
Signature and date lines (签字：＿＿, ＿＿年＿＿月, a closing 年 月 日 under the signature) are filled by
hand after printing and are left alone; a published copy's masks (139××××5678, 王××) and a template
quoted as an example (如“XX覆盖率达到XX%”) are no blanks.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..numbers.traditional import fold_traditional
from ..report import Report, TextUnit

__all__ = ["narrative_blanks"]

# -- blanks and placeholders in the narrative ------------------------------------------------------

_GAP = r"[ \t\u3000_＿]"
# A result named in a sentence whose value is empty: 评价等次为“”, 自评得分为  分, 等级：“ ”. A 分 that opens
# a word of its own (得分分列如下, 得分分为三档, 得分分布) is that word's, not the unit of a score left blank.
_BLANK_RESULT = re.compile(
    r"((?:评价|自评|综合|考核)?(?:等次|等级|得分|总分|评分|分数|结论))(?:(?:为|是|评定为)[:：]?|[:：])?"
    rf"(?:[“\"「『]{_GAP}*[”\"」』]|{_GAP}*分(?![析类配数值项别期批解档列布段级组开为])"
    # …or nothing but blanks before the clause ends: 评价等次为：      。
    rf"|(?<=[为是:：]){_GAP}{{2,}}(?=[。；;，,]))")
# An amount whose number was never typed: 共计  万元, 为＿＿%.
_BLANK_FIGURE = re.compile(
    rf"(?:为|达|达到|共|共计|计|合计|完成|支出|安排|下达|拨付|新增|增长|下降)(?:{_GAP}{{2,}}|\u3000|[_＿]+)"
    r"(万元|亿元|元|人次|人|户|个|项|家|所|%|％|个百分点)")
# A date left blank inside a sentence: 于    年  月  日通过验收, 截至2024年  月  日 — after the word that sets it
# in the sentence (a signature's date line has none)
_BLANK_DATE = re.compile(rf"(?:于|在|至|截至|截止|自|从)(?:(?:19|20)\d{{2}}|{_GAP}{{2,}})年{_GAP}+月{_GAP}+日")
# Template placeholders: XX县、××万元、＿＿、□□ (one □ is a checkbox; XX-200 and 11500000MB190671XX a code's letters), a draft's 【待补充】,
# a template's field or prompt in 【】 (【单位名称】, 【请填写…】, 【请简要描述…】; a web page's 【打印】 names no field)
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?<![0-9A-Z]{6})(?:[XＸ]{2,}(?:[-－][XＸ]{2,})*(?![-－]?\d)|×{2,})(?![A-Za-z])|[＿_]{2,}|□{2,}|【待(?:补充|填写|完善)】"
                          r"|【[\u4e00-\u9fff]{0,6}(?:名称|全称)】|【请?(?:填写|填报|输入)[^【】\n]{0,20}】"
                          r"|【(?:请|简要|具体|如实|详细)+(?:描述|说明|列明|阐述|概述|介绍|分析)[^【】\n]{2,30}】"
                          # …or the indicator library's blank value after its sign (扶持人数(≥**人), 成活率≥**%)
                          # (not asterisks running into digits: a number masked, ****48/2020-223259)
                          r"|[≥≤＞＜>=<]\s*[*＊]{2,}(?![*＊\d])")
_PROMPT = re.compile(r"【(?:待|请|简要|具体|如实|详细|填写|填报|输入)")  # a prompt labels no value: it asks for one
# what a placeholder and a blank result hold, searched for first: the two patterns open with a
# look-behind or an optional word, so they are tried at every character of every paragraph
_PLACEHOLDER_MARK = re.compile("[XＸ×＿_□【*＊]")
_RESULT_WORD = re.compile("等次|等级|得分|总分|评分|分数|结论")
_HANDWRITTEN = re.compile(r"签字|签章|签名|盖章|日期|(?:填表|填报|负责|联系|经办|审核)人")
# a signature line: short, or a form's whole page flattened into one line would hide every blank on it
_SIGNATURE_LINE = 100
# a blank of a date's part: ＿＿年＿＿月＿＿日 (not the 年 of 全年 or the 月 of 每月 before a blank amount:
# 全年收入＿＿万元, 每人每月＿＿元)
_DATE_PART = re.compile(r"\s*[年月日]")


# a year of the report's own time written out (a mask hides those; a history's 1952年 is left as it is)
_A_YEAR = re.compile(r"(?<![\d０-９])(?:20|２０)[\d０-９]{2}\s*年")
_A_YEAR_MASK = re.compile(r"(?:20|２０)[XＸxｘ]{2}\s*年")


def narrative_blanks(report: Report) -> list[Finding]:
    """Values left empty in sentences and template placeholders never replaced. Signature and date
    lines ("签字：＿＿", "＿＿年＿＿月") are filled by hand after printing and are skipped."""
    out: list[Finding] = []
    placeholders: dict[str, list[FindingLocation]] = {}
    # every year masked (20XX年, no year written out): the publisher's mask, as a 范文 site prints a report — and so
    # are its units' names (XX县司法局, XX县财政局): a page that hides every year hides who wrote it
    plain = report.plain_text()
    years_masked = not _A_YEAR.search(plain)
    anonymized = _own_name_masked(report) or (years_masked and bool(_A_YEAR_MASK.search(plain)))
    for unit in report.units():
        text = unit.text
        for m in _BLANK_RESULT.finditer(text) if _RESULT_WORD.search(text) else ():
            label = m.group(1)
            out.append(Finding(
                kind=Kind.MISSING_FIELD, severity=Severity.ERROR,
                message=f"“{label}”的结果未填写",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m.group(0).strip()}”中{label}的值为空",
                suggestion=f"填写{label}（如评价等次“优/良/中/差”、自评得分的分值）",
                rule="structure.blank_in_text"))
        blanks = list(_BLANK_FIGURE.finditer(text))
        for m in blanks:
            out.append(Finding(
                kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
                message=f"“{m.group(0).strip()}”缺少数值",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"单位“{m.group(1)}”前没有数字，只有空白",
                suggestion="填写该处的数值",
                rule="structure.blank_figure"))
        out += [_blank_date(report, unit, m) for m in _BLANK_DATE.finditer(text)] if "月" in text else []
        for m in _PLACEHOLDER.finditer(text) if _PLACEHOLDER_MARK.search(text) else ():
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            around = text[max(line_start, m.start() - 6) : m.end() + 2]
            if m.group(0)[0] in "_＿" and (_DATE_PART.match(text, m.end()) or _HANDWRITTEN.search(around)
                                             or (len(line) <= _SIGNATURE_LINE and re.search(r"签字|签章|盖章", line))):
                continue
            if _in_example(text, m.start(), m.end()) or _masked(text, m.start(), m.end()) \
                    or any(b.start() <= m.start() < b.end() for b in blanks) \
                    or (anonymized and m.group(0)[0] in "XＸ×") or (years_masked and _A_YEAR_MASK.match(text, max(0, m.start() - 2))):
                continue
            if m.group(0).startswith("【") and not _PROMPT.match(m.group(0)) and _labels_a_value(line, m.end() - line_start):
                continue  # 【单位名称】某县水利局 / 【项目名称】：…: a label in 【】 with its value after it
            placeholders.setdefault(_kind(m.group(0)), []).append(FindingLocation.of(report, unit.at(m.start(), m.end())))
    # one problem, one finding: a placeholder of one kind left in five places (XX, XXXXX, XX-XX) is one template
    # never filled in
    for places in placeholders.values():
        marks = list(dict.fromkeys(p.quote for p in places))
        others = "，另有" + "".join(f"“{x}”" for x in marks[1:4]) + ("等" if len(marks) > 4 else "") if len(marks) > 1 else ""
        count = f"（全文共{len(places)}处{others}）" if len(places) > 1 else ""
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
            message=f"文中留有模板占位符“{marks[0]}”{count}",
            location=places[0], related=places[1:],
            evidence="占位符（XX、××、＿＿、□□、【待补充】、【单位名称】）说明此处内容没有填写",
            suggestion="用实际内容替换占位符" + ("，每一处都要替换" if len(places) > 1 else ""),
            rule="structure.placeholder"))
    return out


def _kind(mark: str) -> str:
    """What a placeholder is, whatever its length: a run of X, of ×, of blanks to fill, of boxes; a 【】 prompt is its own."""
    if mark.startswith("【"):
        return mark
    if mark[-1] in "*＊":
        return "*"  # ≥** and ≤**: the indicator library's blank values, one placeholder whatever the sign
    return {"Ｘ": "X", "＿": "_"}.get(mark[0], mark[0])


def _blank_date(report: Report, unit: TextUnit, m: re.Match[str]) -> Finding:
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"“{m.group(0)}”的日期未填写",
        location=FindingLocation.of(report, unit.at(m.start(), m.end())),
        evidence="句中的日期只留了“年 月 日”的空格，没有填写数字",
        suggestion="填写实际日期", rule="structure.blank_date")


def _labels_a_value(line: str, end: int) -> bool:
    """A field in 【】 stands in a sentence (【单位名称】负责…。) as a template's blank; followed by a colon,
    or by a line that ends no sentence, it labels the value written after it."""
    return line[end:end + 1] in (":", "：") or "。" not in line[end:]


# the report's own unit named by a mask: in its title (XX区…绩效自评报告) or where it names itself and gives its short
# name (XX镇人民政府(以下简称本单位), XX市西区人民政府办公室(简称区政府办公室): a template's blank would leave that XX too)
_OWN_MASKED = re.compile(r"[XＸ×]{2,}[省市县区镇乡旗][^。，,；;\n]{0,40}?(?:报告|自评表|[（(](?:以下)?简称[“\"]?(?![XＸ×])[\u4e00-\u9fff])")


_HEAD = 12  # the lines of a page's head, where its title stands under a site's navigation or a file's name
# a unit's name masked in the page's head: the report's title (XX市2020年度…自评报告, XX市…使用情况公示说明, 名称：XX县…报告)
# or a field naming it (发布机构：XX区林业局, [ 发布机构 ] | XX县… |, 报告单位:XX省文化厅, a flattened form's 项目单位XX市…) —
# not a sentence naming a unit (实施单位为“XX县…”。: a blank left); a traditional copy's title read folded (XX縣…報告)
_MASKED_UNIT = re.compile(r"(?:名称|标题|发布机构|信息来源|来源|发文机关|单位|主管部门|主办)[\s:：|\]】]*[XＸ×]{2,}(?:自治)?[省市州盟县区镇乡旗]"
                          r"|[XＸ×]{2,}(?:自治)?[省市州盟县区镇乡旗][\u4e00-\u9fff\d（）()、]{0,40}?(?:报告|自评表|说明|公示|公告|情况)")


def _own_name_masked(report: Report) -> bool:
    """Whether the page masks its own unit's name: a writer filling a template types their own unit first, so
    where that is XX the publisher anonymized the page (a 范文 site), and its XX (names, amounts) are the mask's.
    The unit is looked for in the page's head (a saved page opens with its site's lines): its title or the site's
    fields naming it masked (名称：XX县…报告, 发布机构：XX区林业局), read without the spaces a web copy puts in."""
    units = [u.text.strip() for u in report.units() if u.text.strip()]
    return bool(units) and (bool(_OWN_MASKED.match(units[0]))
                            or any(_MASKED_UNIT.search(fold_traditional(no_blanks(t))) for t in units[:_HEAD])
                            or any("简称" in t and _OWN_MASKED.search(t) for t in units))


def _masked(text: str, start: int, end: int) -> bool:
    """A published copy's mask, not a placeholder: the middle of a number (139××××5678), or a person's
    name after its surname (负责人：王××，): one character after a label or a break, the mask ending the name."""
    if text[start - 1 : start].isdigit() and text[end : end + 1].isdigit():
        return True
    surname = text[start - 1 : start]
    before = text[start - 2 : start - 1] if start >= 2 else ""
    after = text[end : end + 1]
    if surname in _SURNAMES and text[start] in "×*＊" and not _COUNTED.match(after or "x"):
        return True  # 低保对象王××等36户: a common surname masked inside a sentence, no count or place after it
    return bool(re.fullmatch(r"[\u4e00-\u9fa5]", surname)) and (start == 1 or before in "：:，,、 \u3000\n（(") \
        and not re.fullmatch(r"[\u4e00-\u9fa5]", after or "x")


# common single-character surnames that are rarely a word's last character before a blank (no 程 of
# 工程, 林 of 林业, 周 of 一周); a figure's unit or a place's suffix after the mask makes it a blank
_SURNAMES = frozenset("王李张刘陈杨赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖蔡潘袁董杜魏苏吕丁沈姚卢姜崔钟谭陆汪"
                      "廖贾夏韦邹熊孟秦邱侯尹薛闫贺顾毛郝龚邵钱覃戴莫孔汤")
_COUNTED = re.compile(r"[\d０-９年月日万亿元%％个项人次县市区镇乡村局委办室所站]")


_OPEN_QUOTE, _CLOSE_QUOTE = "“‘「『", "”’」』"
# what introduces a quoted example of wording (如“XX覆盖率达到XX%”), or follows one (“XX项目”等)
_EXAMPLE_BEFORE = re.compile(r"(?:如|例如|比如|诸如|譬如|类似|格式|模板|范例|示例|表述为|写成|写作|统一为|命名为)[:：]?\s*$")
_EXAMPLE_AFTER = re.compile(r"^\s*(?:等|之类|这类|这样|一类)")


def _in_example(text: str, start: int, end: int) -> bool:
    """Whether a placeholder lies inside quotation marks that give an example of wording: 如“XX覆盖率
    达到XX%”, “XX村XX项目”等 — the template quoted as a template, where XX is meant, not a blank left."""
    opened = max(text.rfind(q, 0, start) for q in _OPEN_QUOTE)
    if opened < 0 or max(text.rfind(q, opened, start) for q in _CLOSE_QUOTE) >= 0:
        return False
    closes = [k for k in (text.find(q, end) for q in _CLOSE_QUOTE) if k >= 0]
    if not closes:
        return False
    closed = min(closes)
    if "\n" in text[opened:closed]:
        return False
    return bool(_EXAMPLE_BEFORE.search(text[max(0, opened - 8):opened])
                or _EXAMPLE_AFTER.match(text[closed + 1: closed + 4]))
