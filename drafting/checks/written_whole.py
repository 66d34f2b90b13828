"""Dropped characters the report shows by writing the phrase whole elsewhere, read with more of its
context than ``slips`` asks for: two cases its rules pass over.

1. A stranded character often a word alone (开展对市级文艺术家协会 where the report writes
   由市级文学艺术家协会 later: 市级文|艺术家 agree, 文学 restored). ``slips.dropped`` passes over one
   standing alone 10,000 times or more in jieba's dictionary (``slips.ALONE``): a chance match of the
   three characters around one character is likely there. Six characters agreeing, three on each side of
   the gap (the stranded one the last of the left three), are a chance match seldom; the same six
   ``slips`` asks before it restores a character in front of a stranded one. Still left: a character
   standing alone 20,000 times or more (``ALONE_LONG``), as the determiners and the levels of government
   that stand before a noun on purpose do (各 本 该 每 全 市 县 区 省, 中), while those between 10,000 and
   20,000 (文, 学, 类) are mostly halves of words; and a short form the report writes again (各单位 twice
   beside 各类单位 once): its own wording.

2. A body's name cut short of its last character right before the money allotted to it (人民调解委员10万元
   where the report writes 人民调解委员会项目10万元): the run ends on a whole word (委员), so
   ``slips.cut_short``, which reads a stranded last character, passes it over. A word before a figure is
   often meant whole (完成投资1000万元 beside 投资额; 调解委员10名, the members counted). An amount of
   money goes to a body or a project, and a body's name ends in a character of its own (``BODIES``: 会,
   局, 馆); a title without it (委员) reads as a person. So the figure must be money, the restored
   character end a body's name that is a word with the run's last (委员会), and the report write the six
   characters whole (the last five and the restored one) and those five nowhere else without it: the
   long name is the report's own, the short one written once, here.
"""

from __future__ import annotations

from .lexicon import COMMON, Lexicon

ALONE_LONG = 20_000  # a character this frequent alone is meant there whatever the context
LONG_SIDE = 3  # characters on each side of the gap that must agree with the report's longer form


def agrees_long(run: str, b: int, longer: str, whole: str, lex: Lexicon) -> bool:
    """Whether the stranded character ``run[b - 1]`` marks a dropped one though it is often a word alone:
    ``longer`` (the three characters up to it, the restored one, the two after) and the third after
    it are written so in the report, the character is no determiner (``ALONE_LONG``) and the report
    writes the short form (it and the two after it) nowhere else."""
    if len(run) - b < LONG_SIDE or lex.freq(run[b - 1]) >= ALONE_LONG:
        return False
    return longer + run[b + 2] in whole and whole.count(run[b - 1:b + 2]) == 1


BODIES = frozenset("会局委办院站所馆队室处")  # the last character of a body's name (委员会, 文化馆, 卫生院)
MAGNITUDE = frozenset("万亿千百")  # what an amount's unit may begin with (10万元)
_HEAD = 5  # the characters before the figure the report must write whole, with the restored one after


def cut_name(run: str, route: tuple[float, list[tuple[int, int]]] | None, whole: str, after: str,
             lex: Lexicon) -> str | None:
    """The last four characters of the body's name the report writes whole, where ``run`` (before the
    money ``after`` it) ends on its word without the name's last character; else None."""
    if route is None or len(run) < _HEAD or "元" not in after:
        return None
    s, e = route[1][-1]
    head, word = run[-_HEAD:], run[s:]
    if e - s < 2 or s < len(run) - _HEAD or not _money(after) or BODIES.isdisjoint(w[-1] for w in lex.like(word + "?")):
        return None  # no body's name the word begins (asked before the text is searched: a search costs more)
    follows, p = set(), whole.find(head)
    while p >= 0:
        follows.add(whole[p + _HEAD:p + _HEAD + 1])
        p = whole.find(head, p + 1)
    han = {c for c in follows if "\u4e00" <= c <= "\u9fff"}
    if len(han) != 1 or (c := han.pop()) not in BODIES or whole.count(head) - whole.count(head + c) != 1:
        return None
    word += c
    if not (lex.freq(word) >= COMMON or word in lex.vocabulary):
        return None
    spans = lex.route(head + c)[1]
    return (run + c)[-4:] if spans[-1] == (_HEAD - (e - s), _HEAD + 1) else None


def _money(after: str) -> bool:
    """Whether ``after`` opens with an amount of money (10万元, 989312元), read without a pattern: one
    compiled at start-up costs more than every amount read with it."""
    rest = after.lstrip("0123456789.,，").lstrip()
    return rest[:1] == "元" or (rest[:1] in MAGNITUDE and rest[1:2] == "元")
