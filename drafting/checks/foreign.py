"""Text no finance officer wrote: a model's echoed instructions, its chat, its markdown; a
template's own instructions left in the report.

Why: a report drafted with a chat model sometimes keeps what the model said around the report —
"系统提示如下：你是…", "作为AI语言模型", "好的，以下是为您撰写的…", ``` fences, ## headings — and the
reviewer is the last one who can catch it before it is filed. Only the unmistakable signs are
checked here (the drafter's own hygiene check, ``llm.hygiene``, is stricter, because there a false
alarm costs a repair, not a reviewer's attention): words a report never uses about itself. The outlines the finance bureaux send (``../shared/templates``)
say what each section holds in the imperative — "说明项目资金申报、批复及预算调整等程序的相关情况。",
"（请填写…）" — and a copy that keeps such a line was filled in without reading it. A section heading of
the project outline in a department-wide report (项目资金申报及批复情况) was copied from another report.
"""

from __future__ import annotations

import itertools
import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .grouped import one_finding
from .numbering import marker_level

__all__ = ["check_foreign_text"]

_SIGNS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), what) for p, what in (
    (r"系统提示(?:词|如下)?|提示词|system\s*prompt", "复述了给模型的系统提示"),
    (r"(?:作为|我是)(?:一个|一名)?\s*(?:AI|人工智能|(?:大)?语言模型|大模型|智能助手|写作助手)", "以 AI 的身份说话"),
    (r"ChatGPT|GPT-?\d|大语言模型|通义千问|文心一言", "提到了 AI 模型"),
    (r"好的[，,！!]\s*(?:以下是|下面是|我将|我来)|以下是(?:为您|我为您)|希望(?:以上内容)?对您有(?:所)?帮助|如(?:您)?有(?:其他|任何)(?:需要|问题)",
     "聊天式的应答"),
    (r"```|^\s*#{1,6}\s+\S", "Markdown 标记"),  # not **…**: published copies mask names and dates with **
))
_MARKDOWN = _SIGNS[-1][0]


# a template's instruction: a bracket asking to fill something in, or a paragraph that opens with
# the outline's imperative (说明/简述/概述/阐述/列明 …) and describes what to write (…情况, 是否…, 等), without a figure
# (it opens with one character class, which ``re`` skips to in C, the branches told apart by what it
# read: each opening with its own class had every branch tried at every character of the report)
_FILL_IN = re.compile(r"[（(填](?:(?<=[（(])(?:(?:请|此处|根据实际|按实际|如实)[^（）()\d]{0,30}?(?:填写|填报|说明|列明|描述)[^（）()\d]{0,30}[）)]"
                      # …or a note telling what the part should say: （说明：此部分应简要介绍…）
                      r"|(?:说明|注|备注)?[：:]?\s*(?:此部分|本部分|该部分|此处|本节)(?:应|需|请|主要|重点)?"
                      r"(?:简要|简述|重点|主要)?(?:介绍|说明|阐述|描述|列明|填写|反映)[^（）()\d]{0,60}[）)]"
                      # …the note asking to write it from a source (（注：此部分请结合部门“三定”方案填写）)
                      r"|(?:说明|注|备注)?[：:]?\s*(?:此部分|本部分|该部分|本节)(?:应|需|请)[^（）()\d。]{2,30}?(?:填写|填报|撰写)[）)]"
                      # …or a section's name and what to write in it (（项目概况：简要介绍项目背景、主要内容等）; not 重点介绍, a report's own)
                      r"|[\u4e00-\u9fff]{2,8}[：:]\s*(?:请|简要)(?:介绍|说明|阐述|描述|列明|填写|概述)[^（）()\d]{2,60}[）)]"
                      # …or what to do when there is nothing to say: （如无特别说明的情况则无需阐述）
                      r"|\s*(?:如|若)?(?:无|没有|不涉及)[^（）()\d]{0,30}?(?:无需|不需|不必|可不|不用)(?:要)?"
                      r"(?:填写|填报|阐述|说明|描述|列示|填)[^（）()\d]{0,10}[）)]"
                      # …or a bracket that is the imperative alone (（填写部门年度主要工作任务）), not a label (填报单位)
                      r"|(?:填写|填报)(?!单位|人|日期|时间|说明|口径|要求|[:：])[^（）()\d:：]{2,30}[）)])"
                      # …or a note telling the filler to delete it: 填写时请删除本说明
                      r"|(?<=填)[写报](?:时|后|完成后)[，,]?请?删除(?:本|此)(?:说明|提示|注释))")
# the template speaking to its filler outside brackets: 此处填写部门主要职能, 请在此处输入…, and Word's own prompt
# in an unfilled content control (单击或点击此处输入文字。): a report never points at "here" to be filled in
_HERE = re.compile(r"(?:请在此处|请于此处|此处请?|(?:单击|点击)(?:或(?:单击|点击|轻击))?此处)(?:填写|填报|输入|录入)[^。；;\n|]{0,30}")
# (…or the department outline's (T02) 从数量、质量、时效等方面归纳反映…情况: the aspects to write from, not a finding)
_OUTLINE_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])?\s*"
                           r"(?:(?:主要|简要|重点|具体|请)?(?:说明|简述|概述|阐述|列明)(?![:：了])[^。\d]{4,80}?"
                           r"(?:情况|是否|等|包括|内容)[^。\d]{0,30}"
                           r"|从[^。\d了]{2,40}?方面(?:归纳|综合|全面|重点)?(?:反映|说明|分析|阐述)(?![了过])[^。\d了]{2,50}?情况)。?\s*$")

# …or how to write it, the whole line right under its heading: 根据绩效目标及指标值逐项分析。 (the imperative of a
# method, item by item; a report's own sentence says what it did or opens its list: 现将…逐条分析如下：, 经逐项评分，…)
_HOW_LINE = re.compile(r"\s*(?:根据|对照|结合|按照)[^，,。；;：:\d]{2,20}?(?:逐项|逐条|逐一)(?:分析|说明|阐述|列示|填写|对比)。?\s*")

# an outline's note of what a section covers, left as the section's only text under its heading:
# 包括自评工作开展范围、对象、时间及方式等。 (a bracketed one is a form's printed label)
_ASPECTS_LINE = re.compile(r"^\s*包括[^。\d（）()：:]{4,60}?等。?\s*$")
# …or run on after its numbered heading's stop, the line's only text: （一）项目概况。包括项目背景、主要内容等。 —
# the outline prints heading and note on one line, and a copy kept both (a list of aspects: 、 in it)
_HEADED_ASPECTS = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])\s*"
                             r"[^。\d（）()：:，,]{2,20}。\s*(包括[^。\d（）()：:]{2,30}、[^。\d（）()：:]{2,30}?等。?)\s*$")


# what an outline's note asks a section to cover: aspects of the work, not the things it did
# (包括自评工作组织、方法、步骤及时限等 — against 包括彩票市场销售和管理、游戏促销、营销宣传等, a project's content)
_ASPECT_END = re.compile(r"(?:组织|方法|方式|步骤|时限|时间|范围|对象|背景|内容|情况|过程|结果|原因|措施|依据|目标|"
                         r"标准|程序|计划|进度|分工|来源|规模|用途|问题|建议|经验|做法|成效|机制|安排|构成|结构)$")


def _aspects(note: str) -> bool:
    """Whether at least half the items a 包括…等 note lists name aspects to report on."""
    items = [i for i in re.split(r"[、，,]|以及|及|和|与", re.sub(r"^\s*包括|等。?\s*$", "", note)) if i.strip()]
    return bool(items) and 2 * sum(bool(_ASPECT_END.search(i.strip())) for i in items) >= len(items)


def _kept_as_heading(report: Report, units: list[TextUnit], k: int) -> bool:
    """A numbered outline item with the unit's own text under it: the unit kept the outline's item as
    the heading of the section it wrote (2.简要概述项目资金情况。 then the funds told). Only an item
    followed by the next item of its rank or above, by an unnumbered heading or by nothing was left
    unfilled."""
    rank = marker_level(units[k].text)
    if rank is None or k + 1 >= len(units):
        return False
    nxt = units[k + 1]
    if _FILL_IN.search(nxt.text) or _OUTLINE_LINE.match(nxt.text):
        return False
    below = marker_level(nxt.text)
    if below is not None:
        return below > rank
    return report.blocks[nxt.location.block].kind != "heading"


_CELL_EDGE = "|\t\n"
_LABEL = re.compile(r"[\u4e00-\u9fa5（）()、]{2,24}")


def _printed_in_a_label(text: str, start: int, end: int, cell: bool) -> bool:
    """A fill-in note printed in a form's label (实施单位（请填写全称） | 某县…, a column's head 偏差原因
    （请如实说明原因）, 负责人（请填写姓名）：王立新): the label stands right before it in its cell or line,
    and the note ends the cell, or a colon and the value follow it."""
    cell_start = max(text.rfind(ch, 0, start) for ch in _CELL_EDGE) + 1
    label = text[cell_start:start].strip(" \u3000")
    if not _LABEL.fullmatch(label):
        return False
    ends = [i for i in (text.find(ch, end) for ch in _CELL_EDGE) if i >= 0]
    rest = text[end:min(ends) if ends else len(text)].strip(" \u3000")
    in_cell = cell or any(ch in text for ch in "|\t")
    return (in_cell and not rest) or (rest[:1] in (":", "：") and bool(rest[1:].strip(" \u3000")))


def _under_heading(report: Report, before: TextUnit) -> bool:
    """Whether the unit before is a heading (by its block or its outline marker)."""
    return report.blocks[before.location.block].kind == "heading" or marker_level(before.text) is not None


def _concludes(report: Report, units: list[TextUnit], k: int) -> bool:
    """说明… right after a paragraph of running text (a sentence ended with its stop) draws that paragraph's
    conclusion ("this shows that…": 说明群众对项目实施情况总体满意。); an outline's instruction stands under
    its heading, or asks 是否/包括."""
    text = units[k].text.strip()
    if not text.startswith("说明") or re.search(r"是否|包括", text) or k == 0:
        return False
    before = units[k - 1]
    return report.blocks[before.location.block].kind != "heading" and before.kind != "cell" \
        and before.text.rstrip().endswith(("。", "；", ";"))


# a word limit, which only a template sets for what is written there: （200字以内）
_WORD_LIMIT = re.compile(r"[（(]\s*(?:(?:本|此)部分)?(?:字数)?\s*(?:限|不超过|不多于|不少于|不低于)?\s*\d{2,4}\s*字(?:以内|左右|以下|以上)?\s*[）)]")


# the instruction a word limit closes, the whole of its line: what to write, in the imperative, after an
# opening phrase at most (结合自评情况，说明…; 针对…问题，提出…), and no figure
_INSTRUCTION = re.compile(r"(?:(?:结合|对照|针对|根据|按照)[^，,。\d]{1,20}[，,])?(?:简要|主要|重点|具体|请)?"
                          r"(?:说明|分析|提出|简述|概述|阐述|列明|描述|填写)(?![了过])[^\d\n|]{2,100}")


_LINE_HEAD = re.compile(r"[ \u3000]*(?:[\u4e00-\u9fff（）()]{2,12}[:：][ \u3000]*)?")  # blanks, a field's label


def _limit_place(text: str, start: int, end: int) -> tuple[int, int]:
    """A word limit's place: with the instruction it closes when the line is that instruction alone
    (结合自评情况，说明项目自评总分。（200字以内）), or after its field's label (评价结论：结合…), so the
    place shows what was left unwritten."""
    line_start = max(text.rfind(ch, 0, start) for ch in _CELL_EDGE) + 1
    m = _LINE_HEAD.match(text, line_start, start)
    begin = m.end() if m else line_start
    if _INSTRUCTION.fullmatch(text[begin:start].rstrip(" \u3000")):
        return begin, end
    return start, end


# an instruction for a case only (…执行率未达到90%的需说明原因（100字以内）, 如有…请说明): a form's standing note,
# printed in every copy (四川's 原因 cell); where the case does not arise nothing was left unwritten
_CONDITIONAL = re.compile(r"(?:的需|的应|的须|如有|若有|如需|如发生)[^；;。]{0,6}?(?:说明|列明|填写|注明)")


def _conditional(text: str, start: int) -> bool:
    """Whether the word limit at ``start`` closes an instruction for a case only (``_CONDITIONAL``)."""
    clause = text[max(text.rfind(c, 0, start) for c in "；;。") + 1:start]
    return bool(_CONDITIONAL.search(clause))


def _word_limits(report: Report, units: list[TextUnit]) -> list[Finding]:
    """A template's word limits left in: one finding for them all, every place listed."""
    limits = [(u, m.start(), m.end()) for u in units for m in _WORD_LIMIT.finditer(u.text)
              if not _conditional(u.text, m.start())]
    if not limits:
        return []
    unit, start, end = limits[0]
    places = [(u, *_limit_place(u.text, s, e)) for u, s, e in limits]
    return [one_finding(
        report, places, kind=Kind.FOREIGN_TEXT, message=f"模板的填写说明留在了报告中：字数限制“{unit.text[start:end]}”",
        evidence="字数限制是模板写给填写人的说明，报告自己不会限定字数；它所在的说明文字多半也未改写",
        suggestion="按说明写出实际内容后删去说明和字数限制", rule="foreign.template_instruction")]


# an outline's tag on its own title (…自评报告（参考格式）, …自评表（样表）): the bureau's template names itself so,
# and a filled copy that keeps the tag was not cleaned; only right after a report's or form's title
_TEMPLATE_TAG = re.compile(r"(?:报告|自评表|评价表|提纲|报表)[ \u3000]*([（(](?:参考|参照)?(?:格式|样式|模板|范本|样表|式样)[）)])"
                           # …or on any heading of the outline, where it ends the line (报告摘要（参考模板）)
                           r"|[\u4e00-\u9fff][ \u3000]*([（(](?:参考|参照)(?:格式|样式|模板|范本|样表|式样)[）)])(?=[ \u3000]*$)")
# a heading that keeps the outline's choice or its note to the filler (（二）2024年度（或阶段性）绩效目标; 评价指标体系
# （简要说明）): a filled report's heading names its own part, and picks one of the outline's alternatives
# （可用表格形式反映）, （罗列类级全部功能分类）: how to write the part, told the filler
_HEADING_NOTE = re.compile(r"[\u4e00-\u9fff]([（(](?:或[\u4e00-\u9fff、]{1,8}|(?:简要|具体|请)(?:说明|介绍|概述|阐述|列明|填写)"
                           r"|可(?:用|以|采用)表格(?:形式)?(?:反映|列示|说明)|罗列[\u4e00-\u9fff]{2,12})[）)])")


# …or the outline's own title left on a line of its own (部门整体支出绩效评价报告参考提纲): a report is never titled 提纲
_OUTLINE_TITLE = re.compile(r"^\s*([\u4e00-\u9fff]{4,40}?(?:参考|编写|撰写|报告|填报)提纲)\s*$")


def _template_tags(report: Report, units: list[TextUnit]) -> list[Finding]:
    """The outline's tag on a title (（参考格式）) and the outline's own title left on a line (…参考提纲); the same
    tag in several places (a title repeated as a page's running head) is one finding listing them."""
    out = []
    tags: dict[str, list[tuple[TextUnit, int, int]]] = {}
    for unit in units:
        title = _OUTLINE_TITLE.match(unit.text) if unit.kind != "cell" else None
        if title:
            out.append(_tag_finding(report, [(unit, title.start(1), title.end(1))], title.group(1), (
                "模板自己的标题留在了报告中：“{}”", "“……参考提纲”是财政部门下发的模板给自己起的名字，填好的报告以本单位报告为题，",
                "删去这一行")))
        for m in _TEMPLATE_TAG.finditer(unit.text):
            g = m.lastindex or 1
            if not _FILE_NAME.match(unit.text, m.end()):  # an uploaded file's name (…报告(范本) - 副本(5).doc): the site's
                tags.setdefault(m.group(g), []).append((unit, m.start(g), m.end(g)))
    for tag, places in tags.items():
        out.append(_tag_finding(report, places, tag, (
            "标题中留有模板的标注“{}”", "“参考格式”“样表”一类标注是财政部门下发的模板给自己的标题加的，填好的报告", "删去该标注")))
    return out + _heading_notes(report, units)


# the rest of a line that names a file a site holds: a copy's suffix (- 副本(5)) and the file's extension
_FILE_NAME = re.compile(r"[^\n。，；]{0,24}?\.(?:docx?|wps|pdf|xlsx?|txt)(?![A-Za-z])", re.IGNORECASE)


def _tag_finding(report: Report, places: list[tuple[TextUnit, int, int]], said: str, texts: tuple[str, str, str]) -> Finding:
    message, what, suggestion = texts
    return one_finding(report, places, kind=Kind.FOREIGN_TEXT, message=message.format(said), evidence=f"{what}不应保留",
                       suggestion=f"{suggestion}，并核对模板的其他说明文字是否已删净", rule="foreign.template_instruction")


_TITLE_PART = 40  # a numbered line's title: its first characters, before any clause mark or colon
_CLAUSE_OR_COLON = re.compile(r"[，,。；;：:]")


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` lies in the title of a line that opens with an item marker, not in the sentences or a
    flattened form's cells run on after it (2、后)产出指标指标1:…注:“年初”目标指编制预算时(或绩效分析调整)…)."""
    return at <= _TITLE_PART and not _CLAUSE_OR_COLON.search(text, 0, at)


def _heading_notes(report: Report, units: list[TextUnit]) -> list[Finding]:
    """The outline's alternatives and notes left in headings (``_HEADING_NOTE``): one finding, every place listed."""
    notes = []
    for u in units:
        heading = report.blocks[u.location.block].kind == "heading"
        if u.kind != "cell" and (heading or marker_level(u.text) is not None):
            notes += [(u, m.start(1), m.end(1)) for m in _HEADING_NOTE.finditer(u.text) if heading or _in_title(u.text, m.start(1))]
    if not notes:
        return []
    unit, start, end = notes[0]
    return [one_finding(
        report, notes, kind=Kind.FOREIGN_TEXT, message=f"标题中留有模板的备选项或填写说明“{unit.text[start:end]}”",
        evidence="“（或阶段性）”“（简要说明）”是模板写给填写人的选项和说明，填好的报告的标题不应保留",
        suggestion="删去这些括注（备选项择一保留），并核对模板的其他说明文字是否已删净", rule="foreign.template_instruction")]


def _template_instructions(report: Report) -> list[Finding]:
    units = list(report.units())
    out = _word_limits(report, units) + _template_tags(report, units)
    for k, unit in enumerate(units):
        m = _FILL_IN.search(unit.text)
        if m and _printed_in_a_label(unit.text, m.start(), m.end(), unit.kind == "cell"):
            m = None
        m = m or _HERE.search(unit.text)
        if not m and k and _under_heading(report, units[k - 1]):
            m = _ASPECTS_LINE.match(unit.text)
        m = m or _HEADED_ASPECTS.match(unit.text)
        if m and m.re in (_ASPECTS_LINE, _HEADED_ASPECTS) and not _aspects(m.group(m.lastindex or 0)):
            m = None
        if not m and k and _under_heading(report, units[k - 1]):
            m = _HOW_LINE.fullmatch(unit.text)
        if not m:
            m = _OUTLINE_LINE.match(unit.text)
            if not m or _kept_as_heading(report, units, k) or _concludes(report, units, k):
                continue
        quote = (m.group(1) if m.re is _HEADED_ASPECTS else m.group(0)).strip()
        start = unit.text.index(quote, m.start())
        out.append(Finding(
            kind=Kind.FOREIGN_TEXT, severity=Severity.WARNING,
            message=f"模板的填写说明留在了报告中：“{quote[:30]}{'…' if len(quote) > 30 else ''}”",
            location=FindingLocation.of(report, unit.at(start, start + len(quote))),
            evidence="这是报告模板告诉填写人“写什么”的说明文字，不是报告内容",
            suggestion="按说明写出实际情况后删去这句说明", rule="foreign.template_instruction"))
    return out


# the project outline's own section headings (the templates' 项目绩效自评 outlines: 二、项目资金申报情况 /
# （一）项目资金申报及批复情况, 项目资金申报相符性, 项目立项…), after the heading's marker; not 项目概况, which a
# department-wide report may use for its own projects — unless as the outline's first section (``_PROJECT_OPENING``)
_PROJECT_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])\s*"
                              r"(项目资金申报(?:及批复)?(?:情况|相符性)|项目立项(?:情况|依据)?)\s*$")
# the outline's first section: a department-wide outline opens with the department (部门基本情况, 部门概况);
# one that opens with 项目概况 / 项目基本情况 is a project's outline, whatever sections follow
_FIRST_SECTION = re.compile(r"^\s*一\s*[、.．]")
_PROJECT_OPENING = re.compile(r"^\s*一\s*[、.．]\s*(项目(?:基本)?(?:概况|情况|简介))\s*$")
# the project outline's top sections (T03/T04, and the 决策/过程 of the project indicator framework; its
# conclusion, which names the project as what was evaluated: 项目综合评价结论) as a section of the report's own
# outline (一、…): under a lower marker a department report may assess a project
_PROJECT_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+[、.．]\s*(项目(?:决策|过程)(?:情况)?|项目实施(?:及|绩效)管理情况"
                              r"|项目绩效目标和绩效指标设定情况|项目(?:综合)?(?:评价|自评)结论)\s*$")
# the department-wide outline's sections (T02: 部门整体支出…, 履职完成情况, 履职效果情况) in a project report
_DEPARTMENT_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])\s*"
                                 r"(部门(?:[（(]单位[)）])?整体支出(?:绩效)?(?:(?:管理|使用|管理及使用|执行|绩效自评|自评)?情况)?(?:分析)?"
                                 r"|部门(?:[（(]单位[)）])?整体(?:支出)?绩效目标(?:(?:完成|实现)情况)?|履职(?:完成|效果)情况)\s*$")
_PROJECT_TITLE = re.compile(r"项目[^\n，,。；;|]{0,16}?(?:自评|绩效评价)")
_DEPARTMENT_TITLE = re.compile(r"部门(?:[（(]单位[)）])?整体支出")
_HEAD = 5  # the title is among the report's first few units


# the statement of what was evaluated, where a title does not say (某镇人民政府2023年度绩效自评报告): 对本镇的
# 2023年度部门预算整体支出进行了绩效评价 — a department-wide evaluation, unless it names projects too
_DEPARTMENT_EVALUATED = re.compile(r"对[^。；;《》]{0,30}?部门(?:预算)?整体支出[^。；;《》]{0,20}?(?:进行|开展)[^。；;]{0,8}?(?:评价|自评)")
# the first sub-section of the outline's first section: a department-wide outline's is the department's own
# (部门职能, 机构设置); a project's background or outline there (（一）项目背景、内容) opens a project's outline
_FIRST_SUB = re.compile(r"^\s*[（(]一[）)]")
_PROJECT_FIRST_SUB = re.compile(r"^\s*[（(]一[）)]\s*(项目(?:基本)?(?:概况|情况|简介|背景)(?:[、及和与][^。，,]{0,8})?)[。.]?\s*$")


def _title(units: list[TextUnit]) -> TextUnit | None:
    """The report's title: the first of its head's first units (before 一、) to name 部门整体支出 or 项目."""
    head = list(itertools.takewhile(lambda u: not _FIRST_SECTION.match(u.text), units))
    return next((u for u in head[:_HEAD] if _DEPARTMENT_TITLE.search(u.text) or "项目" in u.text), None)


def _department_report(units: list[TextUnit]) -> bool | None:
    """Whether the report is department-wide (True) or a project's (False) by its title (部门整体支出 and no
    项目, or a project's 自评 and not 部门整体); where no title names either, by its head (before 一、): a
    statement that it evaluated the department's whole spending, and no project, is department-wide."""
    title = _title(units)
    if title is not None:
        department = bool(_DEPARTMENT_TITLE.search(title.text))
        decided = department != ("项目" in title.text) and (department or _PROJECT_TITLE.search(title.text))
        return department if decided else None
    for unit in itertools.takewhile(lambda u: not _FIRST_SECTION.match(u.text), units):
        m = _DEPARTMENT_EVALUATED.search(unit.text)
        if m is not None and "项目" not in m.group(0):
            return True
    return None


def _opening_sub(units: list[TextUnit], first: TextUnit | None) -> TextUnit | None:
    """The first （一） under the outline's first section, before its second (二、)."""
    if first is None:
        return None
    for unit in units[units.index(first) + 1:]:
        if re.match(r"^\s*二\s*[、.．]", unit.text):
            return None
        if _FIRST_SUB.match(unit.text):
            return unit
    return None


def _other_template(report: Report) -> list[Finding]:
    """A project outline's section heading in a department-wide report, or a department-wide outline's in a
    project's (``_department_report``): the section was copied from a report of the other kind."""
    units = list(report.units())
    department = _department_report(units)
    if department is None:
        return []
    first = next((u for u in units if _FIRST_SECTION.match(u.text)), None)
    sub = _opening_sub(units, first) if department else None
    out = []
    for unit in units:
        if department:
            m = _PROJECT_HEADING.match(unit.text) or _PROJECT_SECTION.match(unit.text) or (
                _PROJECT_OPENING.match(unit.text) if unit is first else None) or (
                _PROJECT_FIRST_SUB.match(unit.text) if unit is sub else None)
        else:
            m = _DEPARTMENT_HEADING.match(unit.text)
        if m is not None:
            out.append(_other_heading(report, unit, m, department))
    title = _title(units)
    if title is not None and len(out) >= _WHOLE_OUTLINE and _other_outline(units, first, department):
        return [_other_title(report, title, out, department)]
    return out


_WHOLE_OUTLINE = 2  # headings of the other outline before the title is doubted rather than the sections
_DEPARTMENT_OPENING = re.compile(r"^\s*一\s*[、.．]\s*(?:部门|单位)")  # a department-wide outline's first section


def _other_outline(units: list[TextUnit], first: TextUnit | None, department: bool) -> bool:
    """The outline is the other kind's from its first section on, with no section of the title's kind."""
    if first is None:
        return False
    theirs, ours = (_PROJECT_OPENING, (_DEPARTMENT_HEADING, _DEPARTMENT_OPENING)) if department else (
        _DEPARTMENT_OPENING, (_PROJECT_HEADING, _PROJECT_SECTION, _PROJECT_OPENING))
    return bool(theirs.match(first.text)) and not any(p.match(u.text) for u in units for p in ours)


def _other_title(report: Report, title: TextUnit, headings: list[Finding], department: bool) -> Finding:
    """The title names one kind of report and the outline is the other's from its first section on: the
    title is what is wrong (copied from last year's or another report), one finding pointing at the headings."""
    ours, theirs = ("部门整体支出", "项目支出") if department else ("项目支出", "部门整体支出")
    names = "、".join(f"“{f.quote}”" for f in headings[:3])
    return Finding(
        kind=Kind.FOREIGN_TEXT, severity=Severity.WARNING,
        message=f"报告标题称{ours}自评，正文却按{theirs}自评提纲撰写（{names}）",
        location=FindingLocation.of(report, title.at(0, len(title.text))),
        related=[f.location for f in headings],
        evidence=f"正文从第一部分起用的是{theirs}绩效自评提纲的章节标题，没有{ours}提纲的章节；标题与正文必有一处不对",
        suggestion=f"核实本报告评价的是{theirs}还是{ours}，改正标题（或按{ours}提纲改写正文）",
        rule="foreign.other_template")


def _other_heading(report: Report, unit: TextUnit, m: re.Match[str], department: bool) -> Finding:
    ours, theirs = ("部门整体支出", "项目支出") if department else ("项目支出", "部门整体支出")
    return Finding(
        kind=Kind.FOREIGN_TEXT, severity=Severity.WARNING,
        message=f"{ours}报告中出现{theirs}自评提纲的标题：“{m.group(1)}”",
        location=FindingLocation.of(report, unit.at(m.start(1), m.end(1))),
        evidence=f"报告标题为{ours}自评，而“{m.group(1)}”是{theirs}绩效自评提纲的章节标题，多为从{theirs}报告复制而来",
        suggestion=(f"按{ours}自评提纲改写本节（如“部门概况”“部门整体支出管理及使用情况”）" if department else
                    f"按{ours}自评提纲改写本节（如“项目资金使用及管理情况”“项目绩效目标完成情况”）")
        + "，或核实本节内容是否属于本报告",
        rule="foreign.other_template")


def check_foreign_text(report: Report) -> list[Finding]:
    """One finding per unit and kind of sign: the first place it shows."""
    out = _template_instructions(report) + _other_template(report)
    for unit in report.units():
        for pattern, what in _SIGNS:
            if pattern is _MARKDOWN and "`" not in unit.text and "#" not in unit.text:
                continue  # both its shapes need a ` or a #: most paragraphs, without either, are not searched
            m = pattern.search(unit.text)
            if not m:
                continue
            out.append(Finding(
                kind=Kind.FOREIGN_TEXT, severity=Severity.WARNING,
                message=f"疑似模型生成时残留的非报告文字（{what}）：“{m.group(0)}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="报告正文不会这样说自己；这类文字多是用对话模型起草时未删净的提示、应答或排版标记",
                suggestion="删去这段非报告文字，并通读上下文是否还有残留", rule="foreign.model_text"))
    return out
