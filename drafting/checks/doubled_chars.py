"""A character typed twice (优待金金发放, 按照照要求, 工程支支出), read on a run's word route; the typo check
(``typos.py``) and the line-seam check (``line_seams.py``) ask it, one on a line's runs, one on two lines joined.

Why apart from ``slips.py``: a doubling is told by where the route puts the two copies, not by the report's
longer form of a word. A reduplication said on purpose is a word (常常, 天天), a measure word after 一 or a
numeral (一项项, 两支支队), or a character standing alone in its own right (现在在做): left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import COMMON, Lexicon
from .slips import ALONE, NEVER_DOUBLED, RARE, STARTS_PHRASE
from .title_issuers import ORGAN_ENDS

__all__ = ["ONE_BY_ONE", "doubled", "read_once_nearby"]

# a measure word or a counted thing after 一 (一户一户走访, 一笔一笔核对 say "one by one", not 一是一是), or
# doubled by itself (户户, 村村): each and every one, said on purpose
ONE_BY_ONE = frozenset("个户笔项件村步年天次家人所条张份批点处块座片栋间名位宗类组级层轮遍趟棵亩寸")

_TWICE = re.compile(r"(.)(?=\1)")
# a name's last character: an organ's (卫生健康委, 发改委) or a level's (某某县): the lone copy may close a short name
_CLOSES_NAME = ORGAN_ENDS | frozenset("省市县区乡镇村")


def _pairs_outward(run: str, a: int, alone: set[int]) -> bool:
    """Whether the lone copy of the pair at ``a`` has a lone character on its other side, no function
    word: the two make a word the dictionary lacks (镇直 of 镇直单位 beside 县直单位, 网办 of 网办办结率),
    so each copy of the doubled character belongs to a word of its own."""
    at, other = (a + 1, a + 2) if a + 1 in alone and a not in alone else (a, a - 1)
    return 0 <= other < len(run) and other in alone and run[other] not in STARTS_PHRASE and at in alone


def _stranded_before_word(run: str, a: int, spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A lone copy between a word and a common word its character starts (工程|支|支出, 项目|资|资金): a
    key struck twice at the word's start. Only where the doubled form is no word (the route, which knows
    支支吾吾, found none starting there either), the copy is no function word or phrase starter, and
    a word of two or more characters ends right before it — a numeral or a measure word before it (两支
    支队, 一项项) counts things, and the route has given the lone copy to no word of its own. A copy that
    may close a short name (卫生健康委|委托, 某某县|县城: an organ's or a level's character), or one often
    said as a word by itself (末梢水|水质, 红二十八军|军政: a compound the dictionary lacks ends in it), or one
    that makes a common word with the character before it (强弱|项|项目: 弱项, of 补短板强弱项), is left."""
    pair = run[a:a + 2]
    if run[a] in STARTS_PHRASE or run[a] in _CLOSES_NAME or lex.freq(run[a]) >= ALONE or lex.freq(pair) > RARE \
            or pair in lex.vocabulary:
        return False
    word_before = next((s for s, e in spans if e == a and e - s >= 2), None)
    word_after = next((e for s, e in spans if s == a + 1 and e - s >= 2), None)
    return word_before is not None and word_after is not None and not lex.is_name(run[a + 1:word_after]) \
        and lex.freq(run[a + 1:word_after]) >= COMMON and lex.freq(run[a:word_after]) == 0 \
        and lex.freq(run[a - 1:a + 1]) < COMMON  # 强弱|项|项目: 弱项 is a word, the copy closes 补短板强弱项


def doubled(run: str, route: tuple[float, list[tuple[int, int]]],
            lex: Lexicon) -> Iterator[tuple[int, str]]:
    """A character typed twice (优待金金发放, 按照照要求, 工程支支出): the same character twice, one a token
    of its own and the other the end of a word before it (按照) or the start of a rare word after it
    (优待金), or of a common word after it where a word ends before the lone copy (``_stranded_before_word``);
    or a function word twice, both alone (的的). A reduplication said on purpose is a word (常常), the
    start of words (年年有余, 面面俱到), a measure word after 一 (一项项), a function word before a word
    that starts with it (对对象, 卒中中心) or after a word that ends with it (现在在做), or two stranded
    characters (项项落实), or a lone copy with a lone character on its other side (镇直 of 乡镇镇直单位) — left alone."""
    if _TWICE.search(run) is None:
        return
    _, spans = route
    ends: dict[int, bool] = {}  # position -> the last character of a word
    starts: dict[int, bool] = {}  # position -> the first character of a rare word
    alone: set[int] = set()
    for s, e in spans:
        if e - s == 1:
            alone.add(s)
        elif not lex.is_name(run[s:e]):
            ends[e - 1] = True
            if lex.freq(run[s:e]) <= RARE:
                starts[s] = True
    for m in _TWICE.finditer(run):  # the doubled places only: a loop over every character costs more
        a = m.start()
        pair = run[a:a + 2]
        both_alone = a in alone and a + 1 in alone and run[a] in NEVER_DOUBLED
        one_alone = ((a in ends and a + 1 in alone and run[a] not in STARTS_PHRASE)
                     or (a in alone and a + 1 in starts))
        stranded = not (both_alone or one_alone) and a in alone and _stranded_before_word(run, a, spans, lex)
        if not (both_alone or one_alone or stranded) or (a and run[a - 1] == "一"):
            continue  # 一项项, 一批批: one after another
        if a in ends and run[a] in ORGAN_ENDS and lex.freq(run[a + 1:a + 3]):
            continue  # 救助管理站|站内, 教育局|局长: a unit's name closed by its kind, then a word its kind starts
        if one_alone and _pairs_outward(run, a, alone):
            continue  # 乡镇|镇|直 单位, 网|办|办结: the lone copy and a lone neighbour make a short form (镇直, 网办)
        if lex.freq(pair) > RARE or (one_alone and not lex.freq(pair) and lex.starts_words(pair)):
            continue  # 天天, 年年 (年年有余): a reduplication the dictionary knows
        shorter = run[:a] + run[a + 1:]
        yield a, f"删去一个后读作“{shorter[max(0, a - 4):a + 4]}”"


_AROUND = 5  # characters before a doubling that, with the word after it, are said again …
_REACH = 40  # … within this reach (a line of the other cell between): two alike columns run together


def read_once_nearby(text: str, at: int) -> bool:
    """Whether the character doubled at ``at`` (copies at ``at`` and ``at + 1``), read once, gives words said
    again a line's reach away: two alike columns of a form run together, one cut mid-word where the other
    goes on (陆生野生动物资|资源、陆生野生动物资源) — their seam, not a slip. A slip in prose is said once."""
    once = text[max(0, at - _AROUND):at] + text[at + 1:at + 3]
    return len(once) == _AROUND + 2 and (once in text[at + 3:at + 3 + _REACH] or once in text[max(0, at - _REACH):at])
