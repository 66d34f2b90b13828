"""Two neighbouring characters typed in the wrong order (员人 for 人员), a stray 进 before a verb (``strays``:
对填埋场进采取…, 进行 typed half), and a fixed adverb broken by a word its first character began
(``broken_adverbs``: 进行一步完善, 进行 typed whole for the 进 of 进一步). Part of the typo check (``typos.py``).

Premise: a slip of the fingers types a word's two characters the other way round; what stands is no word,
so the best segmentation leaves each character alone, while the reversed pair is a common word that
makes the run far more likely (a factor of 200, as a replaced character's, ``typos.GAIN``): a word so
frequent it needs no support, a vocabulary word, or one the report writes (not 化缘 for 缘化, a 绿化 mistyped). Not what
legitimately stands in that order: a pair that is a word or a name itself, or that the report writes
elsewhere (its usage); a numeral or a measure, which stands before what it counts (户用厕所; after a figure
also the measures that are nouns elsewhere: 31500口人, 3头牛, no 人口); a level
(区校联动: the district and its schools); a word of a closed class that stands alone beside anything (的, 了,
是, 在, 有, 后: 审定后随预算); a pair at two words' seam, its first character closing a common word begun
before it or its second opening one (局|总编制), where the best reading merely chose another split; nor a
pair beside another lone character that is no everyday word (坡|面|水): a term the dictionary lacks.
"""

from __future__ import annotations

import math
import mmap
from collections.abc import Iterator
from functools import cache
from importlib.util import find_spec
from itertools import pairwise
from pathlib import Path

from .context import EVERYDAY
from .lexicon import COMMON, Lexicon
from .meant import FREQUENT

__all__ = ["RULE", "STRAY", "broken_adverbs", "slips", "swapped"]

RULE = "language.swapped"
STRAY = "language.half_typed"
GAIN = math.log(200)
_LEVELS = frozenset("省市县区州乡镇村旗盟")
# numerals and measures: a measure stands before what it counts (户用厕所, 次日), a numeral before anything
_COUNTS = frozenset("〇零一二三四五六七八九十百千万亿两几半每各个位名项次件户家台辆座套张份批所条处元年月日天")
# measures that are nouns elsewhere (人口, 牛头, 植株): a measure only after a figure
_NOUN_MEASURES = frozenset("口头只棵株匹尾粒枚根支把本册架艘栋幢眼")
# suffixes that make a noun of a word (完整度, 知晓率, 规范性): after a common word of two and closing the clause with
# what is said of it (完整度高，), no swapped pair's half (领导度高重视 goes on: 高度 is the adverb there)
_SUFFIXES = frozenset("度率性化")
# words of closed classes that stand alone beside anything: particles, prepositions, conjunctions, adverbs,
# pronouns, the words of place and time after a phrase (复审后, 会上)
_FUNCTION = frozenset("的地得了着过是在有和与及或并而就也都还又再才把被将对于从向以为给让使由按据经至到后前上下中内外里间时"
                      "不没未非无其之所此该本我你他她它这那哪谁啥么吗呢吧啊")


def _word(w: str, lex: Lexicon, whole: str) -> bool:
    """A word so common that no support is needed (``FREQUENT``, as a correction of what is no word), a word of
    the vocabulary, or a common word the report writes elsewhere; never a name."""
    common = lex.freq(w) >= FREQUENT or w in lex.vocabulary or (lex.freq(w) >= COMMON and w in whole)
    return common and not lex.is_name(w)


def slips(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon, whole: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, right, why, rule) of the swapped pairs and the stray halves of 进行 in ``run``."""
    yield from ((*t, RULE) for t in swapped(run, route, lex, whole))
    yield from ((*t, STRAY) for t in strays(run, route, lex, whole))
    yield from ((*t, STRAY) for t in broken_adverbs(run, route, lex, whole))


def swapped(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon, whole: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right, why) of each pair of lone characters in ``run`` (segmented as ``route``) typed the wrong way round."""
    logp, spans = route
    for k, ((s1, e1), (s2, e2)) in enumerate(pairwise(spans)):
        if e1 - s1 != 1 or e2 - s2 != 1:
            continue
        x, y = run[s1], run[s2]
        if x == y or x in _LEVELS or y in _LEVELS or x in _COUNTS or y in _COUNTS:
            continue
        if x in _FUNCTION or y in _FUNCTION or _seam(run, s1, lex) or _in_unknown_run(run, spans, k, lex):
            continue
        if (s1 == 0 and x in _NOUN_MEASURES and _after_figure(run, whole)) or _spaced_seam(run, s1, e2, lex, whole):
            continue
        if x in _SUFFIXES and s1 >= 2 and e2 == len(run) and lex.freq(run[s1 - 2:s1]) >= COMMON:
            continue  # 完整|度|高，: a noun made with its suffix (完整度), then what is said of it, closing the clause
        if lex.freq(x + y) or lex.is_name(x + y) or not _word(y + x, lex, whole) or whole.count(x + y) > 1:
            continue
        new_logp, new_spans = lex.route(run[:s1] + y + x + run[e2:])
        if (s1, e2) in new_spans and new_logp - logp >= GAIN:
            yield s1, e2, y + x, f"“{x}{y}”不成词，两字互换即常用词“{y}{x}”"


def _after_figure(run: str, whole: str) -> bool:
    """Whether the report writes ``run`` right after a figure (31500口人): its first character is a measure."""
    at = whole.find(run)
    while at >= 0:
        if at and whole[at - 1].isdigit():
            return True
        at = whole.find(run, at + 1)
    return False


def _spaced_seam(run: str, s: int, e: int, lex: Lexicon, whole: str) -> bool:
    """Whether the pair is the whole run, parted by spaces from characters with which its first closes a common word
    or its second opens one (目 录摘 要, a copy spaced character by character: 目录 | 摘要)."""
    if s or e != len(run):
        return False
    at = whole.find(run)
    while at >= 0:
        before, after = whole[max(0, at - 2):at], whole[at + 2:at + 4]
        if (len(before) == 2 and before[1] in " \u3000" and lex.freq(before[0] + run[0]) >= COMMON) \
                or (len(after) == 2 and after[0] in " \u3000" and lex.freq(run[1] + after[1]) >= COMMON):
            return True
        at = whole.find(run, at + 1)
    return False


def _seam(run: str, at: int, lex: Lexicon) -> bool:
    """Whether the first character closes a common word begun before it, or the second opens one with what
    follows (局|总 of 总编制): two words' seam, where the best reading chose another split."""
    return _closes(run, at, lex) or any(lex.freq(run[at + 1:at + 1 + n]) >= COMMON for n in (2, 3, 4) if at + 1 + n <= len(run))


def _in_unknown_run(run: str, spans: list[tuple[int, int]], k: int, lex: Lexicon) -> bool:
    """Whether the pair stands beside another lone character that is no everyday word: a name or term the
    dictionary lacks falls apart into such characters (坡|面|水 标尺), as ``transposed`` reads it."""
    def lone(i: int) -> bool:
        return 0 <= i < len(spans) and spans[i][1] - spans[i][0] == 1 and lex.freq(run[spans[i][0]]) < EVERYDAY
    return lone(k - 1) or lone(k + 2)


def strays(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon, whole: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right, why) of each 进 standing alone right before a verb: 进行 typed half (对填埋场进采取…).

    Premise: 进 alone is a verb of motion, whose object is a place (送戏进乡村, 进校园), never another verb;
    before a verb (jieba's tag ``v``), with which it makes no word, it is the first half of 进行 left when
    the sentence was rewritten. Not where the report writes the pair the same way elsewhere (its usage).
    Only 进: 加 and 予 stand alone before verbs by right (严加防范, 予以 shortened to 予 in formal style)."""
    logp, spans = route
    for (s1, e1), (s2, e2) in pairwise(spans):
        if e1 - s1 != 1 or run[s1] != "进" or e2 - s2 < 2 or lex.freq(run[s1:s2 + 1]) or lex.freq(run[s1:e2]):
            continue
        verb = run[s2:e2]
        if whole.count("进" + verb) > 1 or lex.route(run[:s1] + run[e1:])[0] - logp < GAIN:
            continue
        if _tag(verb) == "v":  # asked last: the first question reads jieba's dictionary (55 ms)
            yield s1, e2, verb, f"“进”单独不成词，后接动词“{verb}”：疑为“进行”只打了一半（删去“进”，或写作“进行”）"


ADVERB_SPAN = 3  # the characters of the word after it an adverb may end in (进一步 ends in 一步)


def broken_adverbs(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon,
                   whole: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right, why) of each fixed adverb of three characters or more broken by one stray character
    after its first (进行一步完善 for 进一步完善).

    Premise: an input method completes a typed syllable into a frequent word (进 → 进行); accepted before the rest
    of the adverb was typed, it leaves the word's second character inside the adverb. What stands reads as two
    words (进行|一步), and without that character the adverb jieba tags ``d`` (进一步) is a token of a reading far
    more likely (a factor of 200, ``GAIN``). Only an adverb: a noun or a name wraps a word's first character as
    often as by right (县级|政府 is no 县政府, 年度|收入 no 年收入). Only a verb (jieba's ``v``) as the word that
    broke it: a conjunction or an adverb stands before another adverb by right (尽管|可能存在 is no 尽可能, 不是|仅仅
    no 不仅仅), a verb before no tail of one. Not where the report writes the string the same way elsewhere (its usage)."""
    logp, spans = route
    for (s1, e1), (s2, e2) in pairwise(spans):
        if e1 - s1 != 2 or e2 - s2 < 2 or lex.freq(run[s1:e1]) < COMMON:
            continue
        for k in range(2, min(ADVERB_SPAN, e2 - s2) + 1):
            adverb = run[s1] + run[s2:s2 + k]
            if lex.freq(adverb) < COMMON or whole.count(run[s1:s2 + k]) > 1:
                continue
            new_logp, new_spans = lex.route(run[:s1 + 1] + run[s2:])
            if (s1, s1 + 1 + k) in new_spans and new_logp - logp >= GAIN and _tag(adverb) == "d" \
                    and _tag(run[s1:e1]) == "v":
                yield s1, s2 + k, adverb, f"“{run[s1:e1]}”打断了副词“{adverb}”：疑为输入法把“{run[s1]}”补成了“{run[s1:e1]}”（删去“{run[s1 + 1]}”）"
                break


def _closes(run: str, at: int, lex: Lexicon) -> bool:
    """Whether the character at ``at`` closes a common word begun before it."""
    return any(lex.freq(run[at - n + 1:at + 1]) >= COMMON for n in (2, 3, 4) if at - n + 1 >= 0)


@cache
def _dictionary() -> bytes | mmap.mmap:
    """jieba's dictionary file mapped into memory (``b""`` where jieba is not installed): asked only when a stray
    character is to be told from a word that stands by right (a few reports in a hundred). Mapped, not read: a
    look-up in the mapped file costs a millisecond, reading and decoding it 150 (the sample's 年度|收入 asks once)."""
    spec = find_spec("jieba")
    folder = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    if not folder or not (path := Path(folder) / "dict.txt").is_file():
        return b""
    with path.open("rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _tag(word: str) -> str:
    """jieba's part-of-speech tag of ``word`` ("" where it has none): its line is ``word frequency tag``."""
    data, key = _dictionary(), f"{word} ".encode()
    at = 0 if data[:len(key)] == key else data.find(b"\n" + key) + 1
    if at <= 0 and data[:len(key)] != key:
        return ""
    end = data.find(b"\n", at)
    fields = data[at:end if end >= 0 else len(data)].decode("utf-8").split()
    return fields[2] if len(fields) > 2 else ""
