"""An amount that lost its unit: 全年预算数1080245.79万元，执行数1032849.44（含中央资金…万元）.

Part of the arithmetic check (see ``magnitudes``, which holds an amount's unit against its magnitude).
Why: a reader cannot tell 元 from 万元 — ten thousand times apart — when the unit is left off, and in a
sentence that writes its other amounts in 万元 the bare one was meant in 万元 as often as copied from the
accounts in 元. Premises, precision first:
* the figure is an amount to the fen (two decimal places), right after its label's last Chinese
  character (执行数1032849.44), and a clause ends right after it (，。；or an opening bracket): nothing
  else can be its unit;
* its clause names money (资金, 预算, 支出, 执行数, 拨付 …), and its sentence writes two amounts or more
  in 万元 and none in 元 or 亿元 alone: the sentence's unit is known;
* not a list that may share one unit (分别为120.50、300.20万元; 基本支出120.50，项目支出300.20万元), nor a sentence that
  states its unit once (单位：万元), nor a table's row (its column heads carry the units).
"""

from __future__ import annotations

import re

from ...findings import Finding, FindingLocation, Kind, Severity
from ...numbers.textnorm import fold_width
from ...report import Report

__all__ = ["check_bare_amounts"]

_BARE = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?=[，,。；;(（])")
_WAN = re.compile(r"\d\s*万元")
_OTHER_UNIT = re.compile(r"\d\s*(?:亿元|元)")
_MONEY = re.compile(r"资金|预算|支出|收入|执行数|拨付|到位|结余|经费|金额|费用|决算")
_SHARED = re.compile(r"分别|单位[：:]|[（(]万元[)）]")
_SENTENCE = re.compile(r"[^。；;！？]+")
_CLAUSE = re.compile(r"[，,、：:]")
# the next clause one item of a list with its unit (…项目支出300.20万元): the unit may be written once for both
_NEXT_ITEM = re.compile(r"[^，,。；;、\d]{0,12}(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*万元(?=[，,。；;、]|$)")


def check_bare_amounts(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        text = fold_width(unit.text)  # one character for one: places carry over to the original
        if "|" in text or "." not in text:
            continue
        for sentence in _SENTENCE.finditer(text):
            said = sentence[0]
            if len(_WAN.findall(said)) < 2 or _OTHER_UNIT.search(said) or _SHARED.search(said):
                continue
            for m in _BARE.finditer(said):
                clause = _CLAUSE.split(said[:m.start()])[-1]
                if not _MONEY.search(clause) or (said[m.end()] not in "(（" and _NEXT_ITEM.match(said, m.end() + 1)):
                    continue
                start, end = sentence.start() + m.start(), sentence.start() + m.end()
                out.append(Finding(
                    kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
                    message=f"金额“{text[start:end]}”没有单位：同句其他金额均以万元计",
                    location=FindingLocation.of(report, unit.at(max(start - len(clause), start - 8), end)),
                    evidence="同一句中的其他金额都写明“万元”，此数紧接标签、其后即是标点，没有单位；元与万元相差一万倍",
                    suggestion=f"补上单位，如“{text[start:end]}万元”（若以元计，写明“元”）",
                    rule="amount_no_unit"))
    return out
