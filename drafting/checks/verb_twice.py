"""One verb said twice in one clause: 实现了有需求的残疾人实现托养服务. Part of the language check.

Premise: a verb marked done (实现了, 完成了) takes its object up to the clause's end; the same verb again
inside that object, with nothing joining the two (和, 并, 、), is a sentence rewritten half-way (使…实现…
over 实现了…) that kept both. Only common verbs that take an object, each read as a word of its own in
jieba's best reading (完成率 is no 完成); a clause ends at any mark, bar or space, so a form's cells run
together are no clause. Told at info: the reader chooses how to rewrite it.

Also 已 said twice around a date (已于2024年11月20日已拨付): 已于 marks the act done at the date, so the 已
right after the date, before the verb, says it again. Only a bare date between the two, nothing else: one
clause, one act. Told as a warning, once for the report (a sentence copied keeps its slip).

And a comparison said twice (比上年相比增加1人): 比上年 and 与上年相比 each compare, and the sentence kept both
(句式杂糅). Only a time compared (上年, 去年, 同期, 2023年), and 比 no half of a word (对比, 相比, 占比).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .grouped import one_finding
from .lexicon import lexicon

__all__ = ["verbs_twice"]

_VERBS = ("实现", "完成", "提高", "提升", "加强", "推进", "落实", "开展", "确保", "保障", "促进", "建立", "完善",
          "增强", "推动", "加快")
_CLAUSE = re.compile(r"[^，。；：！？,;:!?、（）()|《》“”\"'\s]+")
_JOINED = re.compile(r"和|并|及|与|或|又|再|也|还")


# 已于 and a date (a year, a month, a day, at least one), then 已 again before the verb
_ALREADY_TWICE = re.compile(r"已于(?=\d)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:前|底|末)?已(?=[\u4e00-\u9fff])")


# 比 and a time, then 相比: two constructions of one comparison run together
_COMPARED_TWICE = re.compile(r"(?<![对相类占评好无])比((?:上|去|前)一?年度?|同期|年初|(?:19|20)\d\d年度?)相比")


def verbs_twice(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "相比" in u.text):
        for m in _COMPARED_TWICE.finditer(unit.text):
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING, message=f"“比{m[1]}相比”句式杂糅",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="“比…”与“与…相比”是两种比较句式，这里合在了一起", rule="language.verb_twice",
                suggestion=f"改为“与{m[1]}相比”，或删去“相比”写作“比{m[1]}…”")
    places = [(u, m.start(), m.end()) for u in units if "已于" in u.text for m in _ALREADY_TWICE.finditer(u.text)]
    if places:
        yield one_finding(report, places, kind=Kind.REPEATED_WORD, message="“已”在一个分句中说了两遍",
                          evidence="“已于”已说明在该日期完成，日期后又写“已”", suggestion="删去日期后的“已”",
                          rule="language.verb_twice")
    for unit in (u for u in units if "了" in u.text or "过" in u.text):
        for m in _CLAUSE.finditer(unit.text):
            clause = m.group()
            if "了" not in clause and "过" not in clause:
                continue  # no verb marked done: the sixteen verbs need not be looked for (most clauses)
            for verb in (v for v in _VERBS if v + "了" in clause or v + "过" in clause):
                first = clause.find(verb + "了") if verb + "了" in clause else clause.find(verb + "过")
                second = clause.find(verb, first + 3)
                if second < 0 or _JOINED.search(clause, first + 3, second) or not _tokens(clause, verb, first, second):
                    continue
                yield Finding(
                    kind=Kind.REPEATED_WORD, severity=Severity.INFO,
                    message=f"“{verb}”在一个分句中说了两遍",
                    location=FindingLocation.of(report, unit.at(m.start() + first, m.start() + second + 2)),
                    evidence=f"“{verb}了”之后的宾语里又有“{verb}”，两者之间没有并列连接，疑为改写时留下的重复",
                    suggestion=f"删去一处“{verb}”，或改写句子", rule="language.verb_twice")


def _tokens(clause: str, verb: str, *at: int) -> bool:
    """Whether the verb is a word of its own at each place in jieba's best reading of the clause."""
    spans = lexicon().route(clause)[1]
    return all((a, a + len(verb)) in spans for a in at)
