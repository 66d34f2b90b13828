"""Two words of one meaning written back to back: 因由于, 因为由于, 由于因为 (a cause given twice); 包括含
(what is included, said twice: a stray character, so a ``typo`` — the fix deletes one character, as a
dropped one's inserts one; no word is doubled).

Part of the language check. Why: a sentence rewritten from 因… to 由于… (or back) keeps both words; the
two say the same, so one is to go. Only the causal connectives are read, as a word of their own: the
因 that ends 原因, 起因, 成因 (原因由于… is another fault, a noun before its cause) is not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .lexicon import COMMON, lexicon

__all__ = ["stacked_approximations", "stacked_connectives", "stacked_inclusions"]

# the first connective, not the end of a noun (原因, 起因, 成因, 主因, 诱因, 基因, 病因, 死因, 近因, 远因, 内因, 外因)
_STACKED = re.compile(r"(?<![原起成主诱基病死近远内外前事归])(因(?!为)|因为|由[于於])(由[于於]|因为)")


def stacked_connectives(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "由" in u.text or "因为" in u.text):
        for m in _STACKED.finditer(unit.text):
            first, second = m.group(1), m.group(2)
            if first[:1] == second[:1]:
                continue  # 由于由于, 因为因为: a word doubled, told by the doubled-word rule
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"“{first}”与“{second}”连用，原因说了两遍",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{first}”和“{second}”都是表示原因的连词，连写时重复",
                suggestion=f"删去“{first}”（或删去“{second}”）", rule="language.stacked_connective")


# 包括…在内 with 含 right after 包括 (对包括含甲县、乙县在内的…): a phrase rewritten from 含… to 包括…在内 keeps
# both words of inclusion. Only inside the 包括…在内 frame of one clause, and not where 含 opens a word
# (包括含量, 包括含有, 包括含税价: 含 is then no word of inclusion; 含税, 含息 are prices' terms jieba lacks)
_PRICE_TERMS = frozenset(("含税", "含息", "含运"))
_INCLUDED_TWICE = re.compile(r"(包括|包含)含(?=[^，。；,;！？!?]{1,30}在内)")


def stacked_inclusions(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "在内" in u.text and "含" in u.text):
        for m in _INCLUDED_TWICE.finditer(unit.text):
            word, lex = unit.text[m.end() - 1:m.end() + 1], lexicon()
            if lex.freq(word) >= COMMON or word in lex.vocabulary or word in _PRICE_TERMS:
                continue
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"疑似多字：“{m[1]}”与“含”连用，包含关系说了两遍",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m[1]}……在内”已表示包含，其后的“含”重复", suggestion="删去“含”",
                rule="language.stacked_connective")


# 约 before a figure and 余/多/左右 after it (约6万余人, 约20多个, 约3000元左右): both say the figure is
# approximate, so one is to go (a stock fault of 公文 style guides: 约…左右). 余/多 right after the figure
# or its magnitude; 左右 after the figure's unit too. 约 as a word of its own, not the end of another
# (节约6万余元 saves 6万余元; 制约, 签约, 集约 …): the character before it makes no word with it.
_FIGURE = r"(?:\d[\d.,，]*|[一二三四五六七八九十两百千]+)"
_APPROX_TWICE = re.compile(
    rf"约\s*(?P<n>{_FIGURE})\s*[万千百亿]?\s*(?:(?P<more>余|多)|(?P<unit>[\u4e00-\u9fff%％]{{0,2}}?)\s*(?P<about>左右))")


def stacked_approximations(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    for unit in (u for u in units if "约" in u.text and ("余" in u.text or "多" in u.text or "左右" in u.text)):
        text = unit.text
        for m in _APPROX_TWICE.finditer(text):
            before = text[m.start() - 1:m.start() + 1] if m.start() else ""
            if len(before) == 2 and before != "大约" and (lex.freq(before) or before in lex.vocabulary):
                continue  # 节约, 制约, 签约: 约 ends another word
            tail = m["more"] or m["about"]
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"“约”与“{tail}”连用，约数说了两遍：“{m.group().strip()}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“约”和“{tail}”都表示数字是约数，同用时重复",
                suggestion=f"删去“约”（或删去“{tail}”）", rule="language.stacked_approximation")
