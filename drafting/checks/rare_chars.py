"""A character outside the common set, written once in a report in simplified characters (目标仼务 for 任务,
福䘵贝尔 for 福禄贝尔): an input method's wrong pick among the characters it offers.

Premise: GB 2312's 6,763 characters cover modern simplified writing all but entirely; what a 公文 writes beyond
them is a name's character (埇桥区, 湾沚区, a person's given name), written each time the name is, or a traditional
text's (not ours to correct, ``slips.traditional_text``). A character beyond them that the report writes nowhere
else, inside no word or name the dictionary knows and after no surname, was picked by mistake: an input method
offers every character of a sound or a shape, the rare ones too. ``rare_homophones`` corrects such a character
where the report writes the phrase rightly elsewhere; this check finds the one it cannot and names no
correction: the character's sound and neighbours do not tell the meant one (撘 in 从台北撘3点 would read 北大).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .lexicon import Lexicon, lexicon
from .slips import traditional_text

__all__ = ["rare_chars"]

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# the commonest surnames: a rare character one or two after one is a given name's (张喆, 李玥琪)
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                      "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_SHORTEST_RUN = 4  # a name alone in a cell or a list (张喆、李玥) is a short run; a wrong pick sits in a phrase


def _beyond_common(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def _in_known_word(run: str, p: int, lex: Lexicon) -> bool:
    """Whether jieba's route takes the character into a word of two or more (埇桥 of 埇桥区)."""
    return any(a <= p < b and b - a > 1 for a, b in lex.route(run)[1])


def _written_otherwise(run: str, p: int, whole: str) -> bool:
    """Whether the report writes the phrase around the character with another one in its place (加快皖南山区 beside
    加快晥南山区): ``rare_homophones``' finding, which names the meant character, or a name written two ways."""
    left, right = run[max(0, p - 2):p], run[p + 1:p + 3]
    return len(left) == 2 and len(right) == 2 and re.search(re.escape(left) + "[^" + run[p] + "]" + re.escape(right), whole) is not None


def rare_chars(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    whole = "\n".join(u.text for u in units)
    rare = {ch for ch in set(whole) if ("\u3400" <= ch <= "\u9fff") and _beyond_common(ch)}
    if not rare or traditional_text(whole):
        return
    lex = lexicon()
    for unit in units:
        for m in _HAN_RUN.finditer(unit.text):
            run = m[0]
            for p, ch in enumerate(run):
                if ch not in rare or whole.count(ch) > 1 or len(run) < _SHORTEST_RUN:
                    continue
                if _SURNAMES & set(run[max(0, p - 2):p]) or _in_known_word(run, p, lex) or _written_otherwise(run, p, whole):
                    continue
                phrase = run[max(0, p - 2):p + 3]
                at = m.start() + p
                yield Finding(
                    kind=Kind.TYPO, severity=Severity.WARNING,
                    message=f"疑似错别字：生僻字“{ch}”",
                    location=FindingLocation.of(report, unit.at(at, at + 1)),
                    evidence=f"“{phrase}”中的“{ch}”不在常用汉字（GB 2312）中，全文仅此一处，也不在词典所知的词语或名称中，"
                             "多为输入法选错的字",
                    suggestion=f"核对“{phrase}”，把“{ch}”改为应有的常用字",
                    rule="language.typo")
