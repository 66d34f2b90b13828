"""A half-width full stop between two Chinese characters (工资和.上级福利政策): a stray mark, a
compound unit's middle dot (人.次) or a name's separator (阿依古丽.买买提).

Part of the language check (see ``language``). Why three readings: the fix differs. A stray dot is
deleted; in a compound unit and in a transliterated name the mark meant is the middle dot ·
(人·次; 间隔号 in 少数民族 and foreign names, GB/T 15834), and deleting it would run the name's
parts together. A name is told by its seam: no word of the dictionary touches the dot from either
side (阿依古丽 is a name, 买买提 rare, 艾尔肯 no word at all), and none spans it once it is taken out;
工资和.上级 has 上级 beside it, 工.作 makes 工作 when joined; a particle before the dot (补助的.同心村) ends
a phrase, and a figure's unit (51,025元.结算) ends an amount, never a name's part. The name reading is only a typing
habit (many offices type “.” for “·”), so it is told at info level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.traditional import fold_traditional
from ..report import Report, TextUnit
from .lexicon import lexicon

__all__ = ["stray_dots"]

_HAN = r"\u4e00-\u9fff"
# a half-width full stop between two Chinese characters (工资和.上级福利政策) in a paragraph whose
# sentences end in 。: not the writer's habit for a full stop, so a stray mark. A 一. heading is left
_STRAY_DOT = re.compile(rf"(?<=[{_HAN}])[.．](?=[{_HAN}])")
_NUMERAL_HEAD = re.compile(rf"(?:^|[^{_HAN}])[一二三四五六七八九十]+$")
_RUN_BEFORE = re.compile(rf"[{_HAN}]{{1,8}}$")
_RUN_AFTER = re.compile(rf"[{_HAN}]{{1,8}}")
_UNIT_AFTER = frozenset("次年天日月时人户台车吨公里")  # a compound unit's second part: 人·次, 人·年, 千瓦·时, 吨·公里
_PARTICLES = frozenset("的了之及与或等于对把被")  # grammar's characters: no transliterated name's last
EVERYDAY = 1000  # jieba's count of a word a writer types around a stray dot (上级 3,243); 买买提 272 is a name's part


def _name_seam(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` separates the parts of a name: the tokens on either side of it are
    names, rare words or lone characters, and none spans it when the two runs are joined."""
    before, after = _RUN_BEFORE.search(text, 0, dot), _RUN_AFTER.match(text, dot + 1)
    if before is None or after is None or text[dot - 1] in _PARTICLES:
        return False
    if before.start() > 0 and text[before.start() - 1] in "0123456789０１２３４５６７８９":
        return False  # 51,025元.结算: a figure's unit, no name's part
    lex, left, right = lexicon(), fold_traditional(before.group()), fold_traditional(after.group())  # (的.統一: 统一)
    joined = left + right
    _, spans = lex.routes([joined])[joined]
    for s, e in spans:
        if s < len(left) < e:
            return False  # 工.作: a word spans the dot
        word = joined[s:e]
        touches = e == len(left) or s == len(left)
        if touches and e - s > 1 and lex.freq(word) >= EVERYDAY and not lex.is_name(word):
            return False  # 和.上级: an everyday word beside the dot
    return True


def stray_dots(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One finding per written shape (生.年 twice is one habit, listed with every place). After a
    number or a slash the two characters are a compound unit (万元/人.年, 500人.次): the mark meant is
    the middle dot of unit multiplication (人·年), not nothing; between a name's parts, the 间隔号."""
    shapes: dict[str, list[tuple[TextUnit, re.Match[str]]]] = {}
    for unit in units:
        if "。" not in unit.text or ("." not in unit.text and "．" not in unit.text):
            continue
        for m in _STRAY_DOT.finditer(unit.text):
            if _NUMERAL_HEAD.search(unit.text, 0, m.start()):
                continue  # 一.基本情况: a heading's number
            shapes.setdefault(unit.text[m.start() - 1:m.end() + 1], []).append((unit, m))
    for shape, places in shapes.items():
        unit, m = places[0]
        left, right = shape[0], shape[-1]
        compound = (m.start() >= 2 and re.fullmatch(r"[0-9０-９/／]", unit.text[m.start() - 2]) is not None
                    and right in _UNIT_AFTER)  # (51,025元.结算审核费: a sentence's end typed as a dot)
        name = not compound and _name_seam(unit.text, m.start())
        count = f"（全文共{len(places)}处同样写法）" if len(places) > 1 else ""
        if compound or name:
            what = "复合单位中间" if compound else "人名各部分之间的间隔号"
            message = f"{what}用了半角句点：“{shape}”应为“{left}·{right}”{count}"
            evidence = ("复合单位的各部分用中圆点“·”相乘（如 人·次、元/人·年），不用句点" if compound
                        else "点两侧都不是常用词，像是少数民族或外国人名的两部分，人名各部分之间用间隔号“·”")
        else:
            message = f"句中多出一个半角句点：“{shape}”{count}"
            evidence = "两个汉字之间夹着半角“.”，而本段句末都用“。”，这个点是误输入"
        yield Finding(
            kind=Kind.PUNCTUATION, severity=Severity.INFO if name else Severity.WARNING,
            message=message,
            location=FindingLocation.of(report, unit.at(m.start() - 1, m.end() + 1)),
            related=[FindingLocation.of(report, u.at(x.start() - 1, x.end() + 1)) for u, x in places[1:]],
            evidence=evidence,
            suggestion=f"改为“{left}·{right}”" if compound or name else f"删去“.”，改为“{left}{right}”",
            rule="language.stray_dot")
