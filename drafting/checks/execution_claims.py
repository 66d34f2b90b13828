"""A sentence that denies the year's money fell short of its budget, where the report's own figures for
that money show it did: 不存在执行数偏离预算数较多的问题 under a form whose 年度资金总额 row reads 2000 |
1157.97 | 57.89%; 暂无问题 as the whole of 存在的问题 after 共计239万元 … 支出共计87.06万元; 资金2179万元已
全部拨付 beside 项目资金共2179万元，已完成拨付2113.63万元.

Why: the 资金管理 cells and the 存在问题 section are filled from last year's report or the template; the
budget figures are the part that was typed this year. A reviewer reads the denial against them.

Premises, precision first:

* the figure is the whole's, never one project's of many: the form's total row (年度资金总额 …; the one
  before the claim), else the report's prose execution rate when the whole report states only one
  value of it and names no project before 执行率, else the prose's one budget total (共计/合计 in a
  sentence of 安排/预算/下达, not of a total investment or of several years) and its one spending
  total (支出共计, 实际支出 …);
* a denial of a shortfall (不存在…偏离, 无偏差, 执行进度正常; 暂无问题 as a whole clause of the section on
  problems) is contradicted only below 90%: the 自评表's rule asks a reason for an execution rate under
  90% (财预〔2020〕10号's form, the provinces' copies), so a denial there hides what the form asks for;
  暂无问题 only where the figure's sentence gives no reason for the shortfall (因…, 由于…: the report told
  it, and may mean no other problem);
* a claim that it all went out (全部支出, 全额拨付, 使用完毕) is contradicted by any shortfall beyond the
  rounding of the figures, but only by a figure of the same step (拨付 for 拨付; 支出/使用/执行/支付 for
  the spending a form's 执行数 counts; 到位 is another step) and of the same money: the amount the
  claim names is the budget of the figure against it, restated in another sentence of the report;
* a report on the year so far (a 绩效运行监控 report: 监控 in its title, 序时进度) has no 90% line;
* a hope or a rule (力争无偏差, 确保执行进度正常, 避免…), a negation (未全部拨付) or a question is no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.extract import Mention, MentionKind, extract
from ..numbers.sentences import split_sentences
from ..numbers.textnorm import fold_width
from ..quantities import MONEY_UNITS, round_half_up
from ..report import Report, TextUnit
from .arithmetic.form_cells import TOTALS, cell_name, verb_of
from .arithmetic.forms import budget_blocks
from .met_claims import _CUMULATIVE, _PART_OF_YEAR

__all__ = ["check_execution_claims"]

# 预算执行率未达到90%的需说明原因 (the 自评表's note): below it the form asks for a reason
LINE = Decimal(90)

# the step of a money's way a verb names: the spending a form's 执行数 counts, paying out, arriving, handing out
_STEPS = {"支出": "spend", "使用": "spend", "执行": "spend", "支付": "spend", "拨付": "pay", "拨款": "pay",
          "到位": "arrive", "发放": "hand", "兑付": "hand"}
_DEVIATION = re.compile(r"(?:不存在|没有|未(?:出现|发生|存在)?|无)[^，,。；;！!？?]{0,12}?(?:偏离|偏差)")
_PROGRESS = re.compile(r"(?:执行|支出|使用)进度(?:总体)?正常")
# the money's execution named in a denial's clause (项目执行进度 is the work's progress, not the money's)
_EXECUTION = re.compile(r"执行数|执行率|预算执行|资金执行|经费执行|支出进度|(?<!项目|工程|工作|任务|建设)执行进度|预算数")
# the form's row on execution against the budget (资金管理情况 › 执行准确性 | 无较大偏差): its cell's words need not
# name the execution again
_ACCURACY_ROW = re.compile(r"执行准确性\s*\|\s*$")
_NO_PROBLEM = re.compile(r"(?:目前|暂时?|尚)?(?:无|没有|不存在|未发现|暂无|暂未发现)(?:明显|突出|重大|较大)?(?:的)?问题")
# whether ``_NO_PROBLEM`` matches anywhere: what every match of it holds (暂无 and 暂未发现 hold 无 and 未发现, the words
# before them are optional), led by a denial's first character where ``_NO_PROBLEM`` is tried at every character
_SOME_NO_PROBLEM = re.compile(r"(?:无|没有|不存在|未发现)(?:明显|突出|重大|较大)?(?:的)?问题")
_ALL_OUT = re.compile(r"(?:全部|全额)(支出|使用|执行|支付|拨付|兑付|发放)(?:完毕|到位|完成)?|(支出|使用|拨付|支付)完毕")
# what turns the words into a hope, a rule, a negation or a question
_NOT_A_CLAIM = re.compile(r"力争|确保|争取|避免|防止|杜绝|以免|力求|保证|要求|应当|是否|希望|拟|将|尚未|未能|没有|(?<!从)未|不能|不得")
# the heading of the section on problems (四、存在的问题及原因), inline in a run-on paragraph too
# (anywhere: a run-on copy lost the line breaks before its headings, 运转五、存在的问题)
_MARKER = re.compile(r"[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十]+[）)]")
_PROBLEMS = re.compile(r"存在(?:的)?(?:主要)?问题")
# a prose execution rate of the whole: nothing, or only the budget's or the whole's name, before 执行率
_PROSE_RATE = re.compile(r"(?<![\u4e00-\u9fff])(?:[本该](?:项目|单位|部门))?(?:(?:部门|年度|全年|整体|总体)?预算|项目资金|项目预算|资金|整体|总体)?"
                         r"(?:支出)?执行率(?:为|达|是|达到)?\s*$")
# a report on the year so far (绩效运行监控: its title, or 序时进度 anywhere) measures execution against the
# time passed, not against the year's 90%
_MONITORING = re.compile(r"监控|序时进度")
# a reason given for the shortfall beside its figure: the report tells it, and 暂无问题 may mean no other
_REASON = re.compile(r"因|由于|原因|导致|受[^，,。；;]{0,12}影响|未完工|尚未完成|未到")
_OTHER_PERIOD = re.compile(r"上年|去年|同期|上一年|以前年度")
_BUDGET_TOTAL = re.compile(r"(?:共计|合计|总计)$")
_BUDGET_WORDS = re.compile(r"安排|预算|下达|批复")
_SPENT_TOTAL = re.compile(r"(?:(?:支出|使用|执行)(?:资金)?(?:共计|合计|总计)|(?:共|累计|实际)(?:支出|使用))(?:资金)?$")


@dataclass(frozen=True)
class _Whole:
    """The year's money as the report's own figures give it: budget and spent (万元 as a form writes them,
    or 元), the execution rate in percent, the step its spending column counts, where it stands."""
    budget: Decimal | None
    spent: Decimal | None
    rate: Decimal | None
    step: str
    unit: int  # the unit's position in the report (a claim is read against the last whole before it)
    at: FindingLocation
    said: str
    explained: bool = False  # the figure's sentence gives a reason for the shortfall (因…未完工)


def _half(x: Decimal) -> Decimal:
    """Half a step of the figure's last written digit."""
    exponent = x.as_tuple().exponent
    return Decimal("0.5").scaleb(exponent if isinstance(exponent, int) else 0)


def _below(w: _Whole, line: Decimal) -> bool:
    """The execution rate lies below ``line`` percent however the figures as written were rounded; both
    the ratio of the figures and the rate stated, where both are written."""
    low = True
    if w.budget is not None and w.spent is not None:
        if w.budget - _half(w.budget) <= 0:
            return False
        low = (w.spent + _half(w.spent)) * 100 < line * (w.budget - _half(w.budget))
    elif w.rate is None:
        return False
    if w.rate is not None:
        low = low and w.rate + _half(w.rate) < line
    return low


def _short(w: _Whole) -> bool:
    """Less than the whole went out, beyond the rounding of the figures."""
    if w.budget is not None and w.spent is not None:
        return w.spent + _half(w.spent) < w.budget - _half(w.budget)
    return w.rate is not None and w.rate + _half(w.rate) < 100


def _form_wholes(report: Report, index: dict[tuple[int, int | None, int | None], int]) -> list[_Whole]:
    """The total row (年度资金总额 …) of each budget block of the report's forms."""
    out = []
    for roles, rows, word in budget_blocks(report):
        step = _STEPS.get(verb_of(word) or "", None)
        for label, values in rows:
            if cell_name(label.text) not in TOTALS or step is None:
                continue
            got = {r: v for r, (_, v) in zip(roles, values, strict=False)}
            cells = {r: c for r, (c, _) in zip(roles, values, strict=False)}
            anchor = cells.get("rate") or cells.get("spent") or label
            at = FindingLocation.of(report, anchor.unit.at(anchor.start, anchor.end))
            said = "、".join(f"{n}{c.text.strip()}" for r, n in (("budget", "预算数"), ("spent", "执行数"), ("rate", "执行率"))
                            if (c := cells.get(r)) is not None)
            out.append(_Whole(got.get("budget"), got.get("spent"), got.get("rate"), step,
                              index.get(_key(anchor.unit), 0), at, f"{cell_name(label.text)}：{said}"))
    return out


def _key(unit: TextUnit) -> tuple[int, int | None, int | None]:
    loc = unit.location
    return (loc.block, loc.row, loc.col)


def _prose(report: Report) -> list[tuple[int, TextUnit]]:
    return [(n, u) for n, u in enumerate(report.units()) if u.kind != "cell" and "|" not in u.text and "\t" not in u.text]


def _prose_rates(report: Report, units: list[tuple[int, TextUnit]]) -> list[_Whole]:
    """Each execution rate the prose states of the whole (预算执行率为…%, 执行率97%), not of last year."""
    out = []
    for n, unit in units:
        text = fold_width(unit.text)
        if "执行率" not in text:
            continue
        for s in split_sentences(text):
            for m in extract(s.text):
                if m.kind is not MentionKind.PERCENT or not _PROSE_RATE.search(s.text[max(0, m.start - 12):m.start]):
                    continue
                if _OTHER_PERIOD.search(s.text[:m.start]) or _PART_OF_YEAR.search(s.text[:m.start]):
                    continue
                a, b = s.start + m.start, s.start + m.end
                out.append(_Whole(None, None, m.value, "spend", n, FindingLocation.of(report, unit.at(a, b)),
                                  f"执行率{unit.text[a:b]}", bool(_REASON.search(_around(text, a)))))
    return out


def _prose_totals(report: Report, units: list[tuple[int, TextUnit]]) -> _Whole | None:
    """The prose's one budget total and one spending total (共计239万元 in a sentence of 安排; 支出共计87.06万元)."""
    budgets: list[tuple[int, TextUnit, Mention]] = []
    spents: list[tuple[int, TextUnit, Mention]] = []
    for n, unit in units:
        text = fold_width(unit.text)
        if not ("共计" in text or "合计" in text or "总计" in text or "支出" in text):
            continue
        for m in extract(text):
            if m.kind is not MentionKind.AMOUNT or m.unit not in MONEY_UNITS:
                continue
            words = text[max(0, m.start - 12):m.start]
            clause = re.split(r"[，,。；;：:]", words)[-1]
            if _SPENT_TOTAL.search(clause):
                spents.append((n, unit, m))
            elif _BUDGET_TOTAL.search(clause) and not re.search(r"支出|执行|使用|支付|拨付", clause) \
                    and _BUDGET_WORDS.search(said := _sentence_before(text, m.start)) and not _CUMULATIVE.search(said):
                budgets.append((n, unit, m))
    if len({_yuan(m) for *_, m in budgets}) != 1 or len({_yuan(m) for *_, m in spents}) != 1:
        return None
    (_, _, b), (n, unit, s) = budgets[0], spents[0]
    return _Whole(_yuan(b), _yuan(s), None, "spend", n, FindingLocation.of(report, unit.at(s.start, s.end)),
                  f"预算{b.text}、支出{s.text}", bool(_REASON.search(_around(fold_width(unit.text), s.start))))


def _around(text: str, pos: int) -> str:
    """The sentence around ``pos``, within the headings' markers a run-on copy keeps inline."""
    a = max(text.rfind(p, 0, pos) for p in "。；;！!？?\n") + 1
    ends = [i for i in (text.find(p, pos) for p in "。；;！!？?\n") if i >= 0]
    b = min(ends) if ends else len(text)
    a = max([a, *(m.end() for m in _MARKER.finditer(text, a, pos))])
    after = _MARKER.search(text, pos, b)
    return text[a:after.start() if after else b]


def _sentence_before(text: str, pos: int) -> str:
    return text[max(text.rfind(p, 0, pos) for p in "。；;！!？?") + 1:pos]


def _yuan(m: Mention) -> Decimal:
    return m.value * MONEY_UNITS.get(m.unit, Decimal(1))


def _wholes(report: Report) -> list[_Whole]:
    """The whole's figures, from the best source the report has: its forms' total rows, else its one
    prose execution rate, else its one pair of prose totals."""
    index = {_key(u): n for n, u in enumerate(report.units())}
    forms = _form_wholes(report, index)
    if forms:
        return forms
    units = _prose(report)
    rates = _prose_rates(report, units)
    if rates:
        return rates[:1] if len({r.rate for r in rates}) == 1 else []
    totals = _prose_totals(report, units)
    return [totals] if totals is not None else []


def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the punctuation before it to the punctuation or the
    heading's marker after it (暂无问题六、几点建议: a run-on copy)."""
    a = max(text.rfind(p, 0, start) for p in "，,。；;！!？?：:|\n") + 1
    ends = [i for i in (text.find(p, end) for p in "，,。；;！!？?|\n") if i >= 0]
    if (marker := _MARKER.search(text, end)) is not None:
        ends.append(marker.start())
    return a, min(ends) if ends else len(text)


def _claimed(text: str, m: re.Match[str]) -> bool:
    """The words are a claim: their clause states no hope, rule, negation or question before them."""
    a, _ = _clause_at(text, m.start(), m.end())
    return not _NOT_A_CLAIM.search(text[a:m.start()])


def _in_problems(text: str, pos: int, section: bool) -> bool:
    """The place lies in the section on problems: after a marker whose heading names them (inline in a
    run-on paragraph too), or, with no marker before it in its unit, in such a section begun earlier."""
    last = None
    for last in _MARKER.finditer(text, 0, pos):  # noqa: B007 - the last marker before the place is wanted
        pass
    if last is None:
        return section or bool(_PROBLEMS.search(text, 0, pos))
    return bool(_PROBLEMS.search(text[last.end():min(pos, last.end() + 24)]))


def _accuracy_cell(report: Report, unit: TextUnit) -> bool:
    """A Word table's cell in the form's row on execution against the budget (执行准确性 to its left)."""
    loc = unit.location
    block = report.blocks[loc.block]
    if unit.kind != "cell" or loc.row is None or loc.col is None or block.kind != "table":
        return False
    return any("执行准确性" in c.text for c in block.rows[loc.row][:loc.col])


def _denials(report: Report) -> list[tuple[int, TextUnit, re.Match[str]]]:
    """Each denial of a shortfall, with its unit's position: a deviation or an abnormal progress denied
    where execution is named, or no problem at all in the section on problems."""
    out = []
    section = False
    for n, unit in enumerate(report.units()):
        text = fold_width(unit.text)
        for m in (*_DEVIATION.finditer(text), *_PROGRESS.finditer(text)):
            a, b = _clause_at(text, m.start(), m.end())
            if (_EXECUTION.search(text[a:b]) or _ACCURACY_ROW.search(text, 0, a) or _accuracy_cell(report, unit)) and not re.search(r"(?:偏离|偏差)[^，,。；;]{0,3}(?:目标|指标)", text[a:b]) \
                    and _claimed(text, m):
                out.append((n, unit, m))
        for m in _NO_PROBLEM.finditer(text):
            a, b = _clause_at(text, m.start(), m.end())
            if re.fullmatch(r"\s*" + _NO_PROBLEM.pattern + r"\s*", text[a:b]) and _in_problems(text, m.start(), section):
                out.append((n, unit, m))
        if unit.kind == "heading" or _MARKER.match(text.strip()):
            section = bool(_PROBLEMS.search(text[:40]))
    return out


def _whole_for(wholes: list[_Whole], n: int, in_form: bool) -> _Whole | None:
    """The whole a claim at unit ``n`` speaks of: the report's one whole, wherever the claim stands; of
    several forms' totals, the one whose form holds the claim (a cell after its total row, before the next)."""
    if len({(w.budget, w.spent, w.rate) for w in wholes}) == 1:
        return wholes[0]
    before = [w for w in wholes if w.unit <= n]
    return before[-1] if before and in_form else None


def _pct(w: _Whole) -> str:
    if w.budget is not None and w.spent is not None and w.budget > 0:
        return f"{round_half_up(w.spent * 100 / w.budget, 2)}%"
    return f"{w.rate}%"


def _denial_findings(report: Report, wholes: list[_Whole]) -> list[Finding]:
    out = []
    for n, unit, m in _denials(report):
        w = _whole_for([w for w in wholes if w.step == "spend"], n, unit.kind == "cell" or "|" in unit.text
                       or "\t" in unit.text)
        if w is None or not _below(w, LINE) or (w.explained and "问题" in m.group(0)):
            continue  # (暂无问题 after the shortfall told with its reason may speak of other problems)
        text = fold_width(unit.text)
        # (a deviation denied: its whole clause, 预算执行无偏差, 不存在执行数偏离预算数较多的问题)
        start, end = _clause_at(text, m.start(), m.end()) if "偏" in m.group(0) else (m.start(), m.end())
        start += len(text[start:end]) - len(text[start:end].lstrip())
        claim = text[start:end].rstrip()
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"写作“{claim}”，但本报告的资金数字（{w.said}）显示预算执行率只有{_pct(w)}，低于90%",
            location=FindingLocation.of(report, unit.at(start, start + len(claim))), related=[w.at],
            evidence=f"全年资金的执行率{_pct(w)}：自评表要求执行率未达到90%的说明原因，这句话却否认存在偏差或问题",
            suggestion="核对预算数与执行数；如执行率确实偏低，改写这句话，说明未执行的金额及原因",
            rule="claims.execution_denied"))
    return out


_VERBS = "|".join(_STEPS)
# the clause right before the amount that went out: 已完成拨付, 截至年底实际支出, 累计使用资金 (to no one named:
# 其中拨付给A镇 is a part)
_OUT_CLAUSE = re.compile(rf"^(?:截至|截止)?[^，,其用给向]{{0,14}}?(?:已|累计|实际|共|已经)*(?:完成)?({_VERBS})(?:资金|金额|数)?(?:为|共计|合计|共)?$")


@dataclass(frozen=True)
class _Out:
    """An amount the report says went out of a sum, where it stands."""
    amount: Mention
    verb: str
    at: FindingLocation


def _money(text: str) -> list[Mention]:
    return [m for m in extract(text) if m.kind is MentionKind.AMOUNT and m.unit in MONEY_UNITS]


def _restated(report: Report, units: list[tuple[int, TextUnit]], skip: tuple[int, int], whole: Mention,
              step: str) -> _Out | None:
    """A sentence elsewhere that names the same sum and, right after it, what of it went out by the
    same step (项目资金共2179万元，截止12月8日，已完成拨付2113.63万元)."""
    for n, unit in units:
        text = fold_width(unit.text)
        for s in split_sentences(text):
            if (n, s.start) == skip or _OTHER_PERIOD.search(s.text) or _PART_OF_YEAR.search(s.text):
                continue
            found = _money(s.text)
            for a, b in pairwise(found):
                if _yuan(a) != _yuan(whole):
                    continue
                clause = re.split(r"[，,；;：:]", s.text[a.end:b.start])[-1]
                said = _OUT_CLAUSE.match(clause)
                if said and _STEPS[said.group(1)] == step:
                    return _Out(b, said.group(1), FindingLocation.of(report, unit.at(s.start + b.start, s.start + b.end)))
    return None


def _exact_half(m: Mention) -> Decimal:
    return Decimal("0.5").scaleb(-m.places) * m.scale * MONEY_UNITS.get(m.unit, Decimal(1))


def _all_out_findings(report: Report, wholes: list[_Whole]) -> list[Finding]:
    """A sum said to have gone out in full (资金2179万元已全部拨付) that the report's own figures for the
    same sum and step say went out in part."""
    out = []
    prose = _prose(report)
    for n, unit in prose:
        text = fold_width(unit.text)
        for m in _ALL_OUT.finditer(text):
            if not _claimed(text, m):
                continue
            step = _STEPS[m.group(1) or m.group(2)]
            s = next(s for s in split_sentences(text) if s.start <= m.start() < s.end)
            named = _money(s.text[:m.start() - s.start])
            if len(named) != 1:
                continue  # the claim names its sum once, or which sum it speaks of is a guess
            whole = named[0]
            got = _restated(report, prose, (n, s.start), whole, step)
            if got is not None and _yuan(got.amount) + _exact_half(got.amount) < _yuan(whole) - _exact_half(whole):
                said, at = f"另处写明已{got.verb}{got.amount.text}", got.at
            else:
                form = next((w for w in wholes if w.step == step and w.budget is not None and w.spent is not None
                             and whole.value in (w.budget, w.budget * 10_000) and _short(w)), None)
                if form is None:
                    continue
                said, at = form.said, form.at
            claim = unit.text[m.start():m.end()]
            out.append(Finding(
                kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
                message=f"写作{unit.text[s.start + whole.start:s.start + whole.end]}“{claim}”，但{said}，少于这笔资金",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                related=[at, FindingLocation.of(report, unit.at(s.start + whole.start, s.start + whole.end))],
                evidence="同一笔资金，一处说已全部拨付（支出），另一处的数字只是其中一部分",
                suggestion="核对实际拨付（支出）金额，两处写成一致；未拨付（支出）完的，说明余额及原因",
                rule="claims.all_out_but_short"))
    return out


def check_execution_claims(report: Report) -> list[Finding]:
    text = "".join(u.text for u in report.units())
    # each pattern's own words asked first (``in``): most texts hold few of them, and a pattern is tried at
    # every 不, 无 or 未 of the text
    if not (("偏" in text and _DEVIATION.search(text)) or ("进度" in text and _PROGRESS.search(text))
            or ("问题" in text and _SOME_NO_PROBLEM.search(text)) or _ALL_OUT.search(text)):
        return []  # most reports deny nothing of their execution: their figures need not be read
    units = list(report.units())
    if "序时进度" in text or any(_MONITORING.search(u.text) for u in units[:3]):
        return []
    wholes = _wholes(report)
    return _denial_findings(report, wholes) + _all_out_findings(report, wholes)
