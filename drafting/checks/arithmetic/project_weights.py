"""The weights of a project's scoring frame (产出, 效益, 满意度 and the budget's 执行率) that do not add up,
and a class weight the report fixes for every form (统一设置为…) that its own form departs from.

Part of the arithmetic check (see ``score_lines``; ``class_weights`` reads the four classes of a
department's frame, 决策/过程/产出/效益). Why: a frame's weights are copied from a template and one is
changed, or left out, without the others. Premises, each general, precision first:

* a sentence that sets the weights (权重, 分值, 设置) and speaks of no scores (得分, 扣分) names the
  frame's classes: 产出, 效益 and 满意度, with or without 预算执行率; their weights add up to the full
  marks (100, or 100%) less any weight the report gives 执行率 elsewhere — three classes at 90% with no
  word of 执行率 anywhere leave a tenth of the frame unweighted; 成本, a class of the newer frames, is
  one of them where named (after a comma as after 、), and a list holding a weight no class name was
  read with (社会影响指标10%) has a part unknown: its sum is not judged;
* a weight the report fixes for every form (一级指标分值统一设置为：产出指标50分…) is the weight of
  that class in the form it shows: a class heading written ``产出指标（70分）`` departs from it. Each
  class is compared in the same measure (分 with 分, % with %).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_project_weights"]

_P = r"(\d{1,3}(?:\.\d{1,2})?)\s*(分|%)"
_NAME = (r"(?<!社会)(?<!经济)(?<!生态)(?<!可持续)(?<!群众)(?<!受益)(?<!对象)"
         r"(产出|成本|效益|(?:服务对象)?满意度|决策|过程|(?:预算(?:资金)?)?执行率)(?:类)?(?:指标)?")
_BRACKETED = re.compile(_NAME + r"\s*[（(]\s*(?:权重|分值|满分)?\s*" + _P + r"\s*[)）]")
_BARE = re.compile(_NAME + r"\s*(?:的)?(?:权重|分值|满分)?\s*(?:为|是|[:：])?\s*" + _P)
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_WEIGHT_TALK = re.compile(r"权重|分值|设置")
_SCORE_TALK = re.compile(r"得分|扣分|扣减|评分结果|加分|附加")  # (自评 alone names the evaluation)
# 执行率's weight said on its own: 预算执行率权重为10%, 预算执行率（10分）; said in any words, 执行率占权重的一成
_RATE_WEIGHT = (re.compile(r"(执行率)(?:指标)?(?:的)?(?:权重|分值|满分)\s*(?:为|是|[:：])?\s*" + _P),
                re.compile(r"(执行率)\s*[（(]\s*(?:权重|分值|满分)?\s*" + _P + r"\s*[)）]"))
_RATE_TALK = re.compile(r"执行率[^。；;，,]{0,8}(?:权重|分值)|(?:权重|分值)[^。；;，,]{0,8}执行率")
_FIXED = re.compile(r"统一(?:设置|设定|规定|确定|为|按)")
_PROJECT = {"产出", "效益", "满意度"}
_LEAD = 16  # the words before a list of weights that say what it is: 一级指标权重统一设置为：
_Setting = tuple[TextUnit, list[re.Match[str]], bool]


def _key(name: str) -> str:
    """The class a name stands for: 满意度 of 服务对象满意度, 执行率 of 预算资金执行率."""
    return next(k for k in _CLASSES if name.endswith(k))


_CLASSES = ("产出", "成本", "效益", "满意度", "决策", "过程", "执行率")


def _num(unit: TextUnit, m: re.Match[str]) -> Num:
    text = m.group(2)
    return Num(Decimal(text), len(text.partition(".")[2]), m.group(3) == "%", unit.at(m.start(2), m.end(2)), text)


def _settings(units: list[TextUnit]) -> list[_Setting]:
    """Each sentence that sets weights, with the class weights it names (each class once) and whether it
    fixes them for every form, read in the list and the words just before it (一级指标分值统一设置为：):
    what the sentence goes on to say after the list (…，得分不超过分值) is another clause."""
    out = []
    for unit in units:
        text = _folded(unit)
        # three classes named (each key a word of ``_CLASSES``) and weights talked of, or no sentence
        # here sets them: told by ``in`` before each sentence is cut and searched
        if sum(w in text for w in _CLASSES) < 3 or not _WEIGHT_TALK.search(text):
            continue
        for s in _SENTENCE.finditer(text):
            parts = list(_BARE.finditer(text, s.start(), s.end()))
            keys = [_key(m.group(1)) for m in parts]
            if len(parts) < 3 or len(set(keys)) != len(keys) or len({m.group(3) for m in parts}) != 1:
                continue
            lead = max(s.start(), parts[0].start() - _LEAD)  # (a form flattened into the sentence before it is not read)
            if _WEIGHT_TALK.search(text, lead, parts[-1].end()) and not _SCORE_TALK.search(text, lead, parts[-1].end()):
                out.append((unit, parts, bool(_FIXED.search(text, lead, parts[0].start()))))
    return out


def _folded(unit: TextUnit) -> str:
    return fold_width(unit.text)  # (％ too)


def _unweighted(units: list[TextUnit], settings: list[_Setting]) -> list[Finding]:
    """A project frame set in one sentence whose weights do not add up to the full marks."""
    out = []
    rates = [m for _, parts, _ in settings for m in parts if _key(m.group(1)) == "执行率"]
    rates += [m for u in units for pat in _RATE_WEIGHT for m in pat.finditer(_folded(u))]
    told = any(_RATE_TALK.search(_folded(u)) for u in units)  # 执行率 weighed in words not read: its weight unknown
    for unit, parts, _ in settings:
        keys = {_key(m.group(1)) for m in parts}
        if not _PROJECT <= keys <= _PROJECT | {"执行率", "成本"} or _unread(_folded(unit), parts):
            continue
        weights = [_num(unit, m) for m in parts]
        total = sum((w.value for w in weights), Decimal(0))
        measure = parts[0].group(3)
        other = [m for m in rates if m.group(3) == measure and m not in parts]
        if "执行率" not in keys and (len({m.group(2) for m in other}) > 1 or (told and not other)):
            continue  # 执行率 weighed elsewhere, with two weights or one not read: what completes the frame is not known
        full = Decimal(100) - (Decimal(other[0].group(2)) if other and "执行率" not in keys else 0)
        if total == full:
            continue
        shown = format_decimal(total, max(w.places for w in weights)) + measure
        left_out = "" if "执行率" in keys or other else "（未写预算执行率等其余部分的权重）"
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
            f"{'、'.join(m.group(1) for m in parts)}的权重之和为{shown}，与满分{format_decimal(full, 0)}{measure}不符{left_out}",
            weights[-1], weights[:-1],
            "产出、效益、满意度（及预算执行率）即项目评价的全部指标，它们的权重之和应等于满分",
            "核对各类指标的权重，补列缺少的部分，使其合计等于满分", "project_weights_total"))
    return out


def _unread(text: str, parts: list[re.Match[str]]) -> bool:
    """Whether the list holds a weight no class name before it was read with (…、其他指标10%、…): a part
    of the frame unknown, its sum not to be judged."""
    inside = {m.start(2) for m in parts}
    return any(w.start(1) not in inside for w in re.finditer(_P, text[:parts[-1].end()]) if w.start() >= parts[0].start())


def _departures(units: list[TextUnit], settings: list[_Setting]) -> list[Finding]:
    """Class headings of a form whose weight departs from the weight the report fixes for every form."""
    fixed: dict[tuple[str, str], tuple[TextUnit, re.Match[str]]] = {}
    for unit, parts, fixes in settings:
        for m in parts if fixes else []:
            fixed.setdefault((_key(m.group(1)), m.group(3)), (unit, m))
    if not fixed:
        return []
    used = []
    for unit in units:
        for m in _BRACKETED.finditer(_folded(unit)):
            said = fixed.get((_key(m.group(1)), m.group(3)))
            if said is not None and Decimal(said[1].group(2)) != Decimal(m.group(2)):
                used.append((unit, m, said))
    if not used:
        return []
    unit, m, (at_unit, at) = used[0]
    listed = "、".join(f"{u[1].group(1)}{u[1].group(2)}{u[1].group(3)}（规定{u[2][1].group(2)}{u[2][1].group(3)}）" for u in used)
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"表中一级指标的分值与报告统一规定的不符：{listed}",
        _num(unit, m), [_num(at_unit, at)] + [_num(u[0], u[1]) for u in used[1:]],
        "报告写明各类指标的分值统一设置，表中同一类指标的分值应与之相同",
        "核对表中各类指标的分值，使其与统一规定一致（并使合计等于满分）", "project_weights_fixed")]


def check_project_weights(report: Report) -> list[Finding]:
    """A project frame's weights against the full marks, and a form's class weights against those fixed."""
    units = [u for u in report.units() if "分" in u.text or "%" in u.text or "％" in u.text]
    settings = _settings(units)
    if not settings:
        return []
    return _unweighted(units, settings) + _departures(units, settings)
