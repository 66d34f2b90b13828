"""Dropped and doubled characters, the two slips the typo check (``typos.py``) finds by the report's
own longer form or by a character typed twice rather than by a replacement of similar sound or shape.

A dropped character is found only where the report writes the phrase in full elsewhere (a label cut
short before its unit's bracket beside the same label whole before that unit; a word of its own that
lost its first character); a doubled one only where the doubling makes no word and is no reduplication
said on purpose. Beside them, a word the report lives by with an inner character changed into no word,
whatever the character (法律授助 where it writes 法律援助 again and again): the report shows the word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, pairwise
from operator import add

from ..findings import Finding
from ..numbers.traditional import fold_traditional, in_gb2312, to_simplified
from ..report import Report
from .lexicon import COMMON, Lexicon
from .listed_short_forms import written_short_twice
from .regions import is_region
from .written_whole import agrees_long, cut_name

__all__ = [
    "ALONE", "CUT_BEFORE", "HEADS", "MAGNITUDES", "RARE", "STARTS_PHRASE",
    "counted",
    "cut_at",
    "cut_before_unit",
    "cut_short",
    "dropped",
    "framed",
    "gapped",
    "headless_words",
    "own_slips",
    "questions",
    "search_longer",
    "term_of_its_own",
    "traditional",
    "traditional_text",
]

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
RARE = 20  # a word at most this frequent is as good as unknown
ALONE = 10_000  # a character this frequent as a word by itself (市, 区, 各) is meant where it stands alone

# prepositions and negations: standing alone before a word of two or more characters, they head it
# (向城区报告, 由省级安排, 未完成), and are no slip for a word they could end (现向 is not 现象)
HEADS = frozenset("向对在由从为以于将把被给与跟同按据经往朝未不没无非")


_LEVELS = frozenset("省市县区州盟旗镇乡")


def _region_inside(piece: str) -> bool:
    """Whether a region's name (随州市) stands in ``piece``: the name a body's full name opens with."""
    return any(is_region(piece[i:j]) for i in range(len(piece)) for j in range(i + 2, len(piece) + 1) if piece[j - 1] in _LEVELS)


def questions(run: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, str]]:
    """(a, b, left, right) of each stranded single character ``run[a:b]`` that may mark a dropped
    one: the three characters up to its end and the two from there, whose longer form is asked for."""
    for (a, b), (_, _) in pairwise(spans):
        if b - a == 1 and b >= 3 and len(run) - b >= 2:
            yield a, b, run[b - 3:b], run[b:b + 2]


def dropped(run: str, spans: list[tuple[int, int]], lex: Lexicon,
            longer_form: Callable[[str, str], tuple[str | None, str | None]],
            before: Callable[[str], str | None], whole: str = "",
            grams: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, str]]:
    """Dropped characters (义务教保障 where the report writes 义务教育经费保障 elsewhere, as
    ``longer_form`` and ``before`` find it in the report): a stranded
    single character that, in the report's longer form of the same phrase, starts a word. One
    character dropped (终端单的考核 where it writes 终端单位的考核) only when the stranded character and
    the one restored make a common word (单位) and the stranded one is seldom a word alone (各, 市, 区
    are: 各单位 beside 各类单位, 市审计局 beside 衢州市审计局): a chance match of one character is likelier
    — save where six characters around the gap agree (``written_whole``: 市级文|艺术家, 文学 restored)."""
    for a, b, left, right in questions(run, spans):
        by_more, by_one = longer_form(left, right)
        one = by_more is None
        longer = by_one if one else by_more
        if longer is None or (one and ((lex.freq(run[a]) >= ALONE and not agrees_long(run, b, longer, whole, lex)) or not (
                lex.freq(longer[2:4]) >= COMMON or longer[2:4] in lex.vocabulary))):
            continue
        if not one and lex.freq(longer[3:-2]) >= COMMON:
            continue  # the restored characters are a word of their own (改革局|部门|整体): a word left out, no half stranded
        if not one and (_region_inside(longer[2:-2]) or longer[3] in "和与及、或"):
            continue  # 随城山… beside 随州市随城山 (a body's short name); 党的教育方针 beside 党和国家的教育方针 (one of two
            # joined by 和 left out, as the phrase allows)
        _, long_spans = lex.route(longer)
        token = next((s, e) for s, e in long_spans if s <= 2 < e)
        if token[1] - token[0] > 1 and token[1] > 3 and (not one or token[0] == 2):  # the restored one inside a word the stranded one starts (执行率)
            yield b - 3, b + 2, longer
    yield from _dropped_before(run, spans, lex, whole, grams)
    # the first character of a phrase dropped (五、政拨款收入 where the report writes 财政拨款收入): a
    # stranded first character, no function word and seldom a word alone, that the report writes
    # after one more character; or the first character of a place the report names (闻县前山镇 where it
    # writes 徐闻县前山镇: 徐闻 is a place jieba knows, too rare a word to count as common)
    if (len(spans) > 1 and spans[0] == (0, 1) and len(run) >= 4 and run[0] not in STARTS_PHRASE | HEADS
            and lex.freq(run[0]) < ALONE):
        head = before(run[:4])
        if head and (lex.freq(head + run[0]) >= COMMON or head + run[0] in lex.vocabulary or lex.is_name(head + run[0])):
            if lex.route(head + run[:4])[1][0][1] >= 2:  # the restored character starts a word with it
                yield 0, 4, head + run[:4]


def closes_word(whole: str, p: int, routes: dict[str, tuple[float, list[tuple[int, int]]]]) -> bool:
    """Whether the character before ``p`` closes a word begun before it, as its run is segmented
    (院内 in 院内蒙药制剂): the phrase at ``p`` then stands after a whole word, and no character of it
    was dropped where it stands alone."""
    s, e = p - 1, p
    while s > 0 and _HAN_RUN.fullmatch(whole[s - 1]):
        s -= 1
    while e < len(whole) and _HAN_RUN.fullmatch(whole[e]):
        e += 1
    held = routes.get(whole[s:e])
    return held is not None and any(a < p - 1 - s and b == p - s for a, b in held[1])


_AGREE = 6  # characters around a gap that must agree with the report's longer form


MAGNITUDES = frozenset("万亿千百十余多")  # what a figure's own magnitude may be written with (1万亩, 30余户)


def gapped(runs: Iterable[str]) -> frozenset[str]:
    """Each two characters the runs write with the one after the next (不良?应 as 不良应): asked before
    the report is searched for a longer form around a gap (a search per stranded character cost more than
    the rest of the typo check, and grew with the square of the report's length). Built once per report
    with ``map`` (a loop over the characters cost five times as much)."""
    return frozenset(chain.from_iterable(map(add, map(add, run, run[1:]), run[3:]) for run in runs))


def _dropped_before(run: str, spans: list[tuple[int, int]], lex: Lexicon, whole: str,
                    grams: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """One character dropped before a stranded one that it makes a common word with (不良应每百万 where the
    report writes 不良反应每百万): six characters around the gap (three or two before it, the rest from the
    stranded one on) agree with the report's longer form — one more than ``dropped`` asks, so the stranded
    character may be a word alone (应 closes 反应); a preposition or negation (``HEADS``) heads the word
    after it instead."""
    for a, b in spans:
        if b - a != 1 or a < 2 or run[a] in HEADS or run[a] in _LEVELS:
            continue  # (负责市畜牧… beside 负责全市畜牧: a level alone is the city's, whole as it stands)
        if run[a - 2:a + 1] not in grams:
            continue  # the report writes no character between the two before and the stranded one
        for k in (3, 2):  # characters before the gap; the others after it (不良|应每百万 where 械 differs)
            if a < k or len(run) - a < _AGREE - k:
                continue
            one = _gap_filled(whole, run[a - k:a], run[a:a + _AGREE - k])
            if one is None or not (lex.freq(one[k:k + 2]) >= COMMON or one[k:k + 2] in lex.vocabulary):
                continue
            if any(s <= k and k + 2 <= e for s, e in lex.route(one)[1]):  # the two read inside one word (不良反应)
                yield a - 2, a + 3, one[k - 2:k + 4]
                break


def _gap_filled(whole: str, left: str, right: str) -> str | None:
    """``left`` + one Chinese character + ``right`` as ``whole`` writes it (the first such place), found
    from ``right``, the longer and rarer side, with ``str.find`` (a pattern searched for cost ten times as much)."""
    p = whole.find(right, len(left) + 1)
    while p >= 0:
        if whole.startswith(left, p - 1 - len(left)) and _HAN_RUN.fullmatch(whole[p - 1]):
            return whole[p - 1 - len(left):p + len(right)]
        p = whole.find(right, p + 1)
    return None


def term_of_its_own(wrong: str, right: str, whole: str, usage: int) -> bool:
    """Whether the words before a dropped character's place end a term the report writes on its own,
    before other words than the longer form's (脱贫户 before 1,260户, 满意度 and 增收, beside the indicator
    带动脱贫户户均增收): the stranded character closes that term, no half of the longer word. A slip's
    stranded character stands nowhere else (站点单 only in 站点单位 and in the slip itself), or only before
    the character the longer form restores (义务教 in 义务教育阶段 as in 义务教育经费: 教 opens 教育 there too).
    ``usage``: how often elsewhere makes a term."""
    if len(right) <= len(wrong) or right[:3] != wrong[:3] or right[-2:] != wrong[-2:]:
        return False
    left, restored = wrong[:3], right[3:-2]
    apart = len(re.findall(re.escape(left) + f"(?!{re.escape(restored[0])})", whole))
    return apart - whole.count(wrong) >= usage


HEADLESS_AGAIN = 2  # a word of four characters written this often whole is the report's own
CHANGED_AGAIN = 3  # … and this often, one the report lives by: a character changed inside it is a slip


def headless_words(tokens: Iterable[str]) -> dict[str, list[str]]:
    """The report's own words of four characters (its tokens: jieba's words and names): by their second
    and third characters, those ``own_slips`` looks for with the first dropped; and by each pattern of
    an inner character changed (法律?助), those it looks for with that character changed. How often the
    report writes each is asked only of a match, and the dictionary nothing here: a report's
    four-character words are hundreds, and each lookup reads the lexicon file."""
    out: dict[str, list[str]] = {}
    for word in [t for t in tokens if len(t) == 4]:
        out.setdefault(word[1:3], []).append(word)
        out.setdefault(word[0] + "?" + word[2:], []).append(word)
        out.setdefault(word[:2] + "?" + word[3], []).append(word)
    return out


_LABELS: dict[int, tuple[set[str], dict[str, list[str]]]] = {}


def _labels(vocabulary: set[str]) -> dict[str, list[str]]:
    """The vocabulary's words of four characters by each pattern of an inner character changed: a
    form's labels, for a label standing alone (``own_slips``); made once per vocabulary."""
    held = _LABELS.get(id(vocabulary))
    if held is None or held[0] is not vocabulary:
        out: dict[str, list[str]] = {}
        for word in (w for w in vocabulary if len(w) == 4):
            out.setdefault(word[0] + "?" + word[2:], []).append(word)
            out.setdefault(word[:2] + "?" + word[3], []).append(word)
        held = _LABELS[id(vocabulary)] = (vocabulary, out)
    return held[1]


def own_slips(run: str, spans: list[tuple[int, int]], words: dict[str, list[str]], whole: str, written: set[str],
              lex: Lexicon) -> Iterator[tuple[int, int, str, str, str]]:
    """(a, b, right, why, rule) of the slips in a word the report writes (``words``, as
    ``headless_words`` indexes them) that only the report's own writing shows, whatever the character:

    - the word without its first character (扩律援助 where it writes 法律援助 twice or more): a stranded
      character that begins the rest of the word, which is no word itself, right after another stranded
      one, seldom a word alone, that makes no word with it and is not alike the first character
      (``_alike``) — a phrase broken in the middle (扩|律); and the report writes that character after
      no other (造林 beside 森林抚育: 林 makes terms with what stands before it, 疏林抚育). After a word
      (公益|林|抚育) it may end a term jieba lacks. What else went with it (扩大) the report cannot say;
      the word it can;
    - a word the report lives by (written whole three times or more) written once with an inner
      character changed into no word (法律授助 beside 法律援助): the changed character stands alone,
      seldom a word by itself, and makes no word with either neighbour. Not the first or the last
      character: terms are coined by varying those (补林抚育 beside 森林抚育). A form's label standing
      alone (其中：财政投款) is restored to the vocabulary's label (财政拨款): a form's template fixes its
      labels, while prose coins terms on them — so in prose only by a character alike the term's in
      shape or sound (在织人员 for 在职人员): a chance likeness of three characters and a slip's."""
    labels = _labels(lex.vocabulary)
    freq, last = lex.freq, -2  # where the last stranded character seldom a word alone stood
    # the stranded characters seldom a word alone (not 的, 和, 在): a loop over every token costs more
    for s in [s for s, e in spans if e - s == 1 and freq(run[s]) < ALONE]:
        p, last = last, s
        if p == s - 1 and (found := words.get(run[s:s + 2])) and freq(run[p:s + 1]) <= RARE \
                and run[p:s + 1] not in lex.vocabulary:
            for word in found:
                if run.startswith(word[1:], s) and run[p] != word[0] and freq(word[1:]) <= RARE \
                        and not _alike(run[p], word[0], lex) \
                        and whole.count(word) >= HEADLESS_AGAIN and not _ends_other(word, whole, written):
                    yield s, s + 3, word, f"“{word[1:]}”不成词，报告别处写作“{word}”", "language.dropped"
        for a in (s - 1, s - 2):
            pattern = run[a:s] + "?" + run[s + 1:a + 4] if a >= 0 else ""
            if len(pattern) != 4 or (pattern not in words and pattern not in labels):
                continue
            rights = [w for w in labels.get(pattern, ()) if len(run) == 4 or _alike(run[s], w[s - a], lex)] \
                + [w for w in words.get(pattern, ()) if whole.count(w) >= CHANGED_AGAIN]
            wrong = run[a:a + 4]
            if rights and not freq(wrong) and whole.count(wrong) == 1 and all(
                    freq(run[x:x + 2]) <= RARE and run[x:x + 2] not in lex.vocabulary for x in (s - 1, s)):
                yield a, a + 4, rights[-1], "不同，其余三字相同", "language.typo"


def _ends_other(word: str, whole: str, written: set[str]) -> bool:
    """Whether the report writes ``word``'s second character at the end of a word of two characters
    other than the one ``word`` begins with (造林 beside 森林抚育)."""
    ch, p = word[1], whole.find(word[1], 1)
    while p >= 1:
        if whole[p - 1] != word[0] and whole[p - 1:p + 1] in written:
            return True
        p = whole.find(ch, p + 1)
    return False


def _alike(typed: str, meant: str, lex: Lexicon) -> bool:
    """Whether ``typed`` may stand for ``meant``, by a similar shape or a syllable in common (颈 for 经
    of 经费): then 颈费支出 is the word with its first character mistyped, none dropped."""
    return meant in lex.shapes.get(typed, "") or not set(lex.toneless(typed)).isdisjoint(lex.toneless(meant))


# function words never said twice (的的, 在在, 和和): doubled, they are a slip even when both stand alone
NEVER_DOUBLED = frozenset("的在和与及对将把被从向为于并或其之由因按是")  # 是: the copula, never said twice (是是非非 is a word)
# characters that often start the next phrase right after a word ending in them (现在在做, 个人人手; 任, to serve
# as, after a post ending in it: 副主任任副组长)
STARTS_PHRASE = NEVER_DOUBLED | frozenset("了是有也都就会要能可上下中内外前后里人年月日天任")


# a verb of change takes its amount straight after it (较上年增17.1万元, 较决算数减65.62万元, 同比降5%): whole as
# it stands, however often the report writes 增加 or 减少 elsewhere
_CHANGE_VERBS = frozenset("增减降升涨")


def cut_short(run: str, route: tuple[float, list[tuple[int, int]]] | None, whole: str, lex: Lexicon) -> str | None:
    """The report's whole form of a run's last word cut short right before its figure (基本支
    989312元 where it writes 基本支出): the stranded last character and the one the report writes
    after it make a common word, and that character is seldom a word alone and begins more words
    than it ends (支 of 支出; not 费 or 率, which end compounds jieba lacks: 运行费, 执行率)."""
    if route is None or len(run) < 3 or route[1][-1][1] - route[1][-1][0] != 1 or run[-1] in _CHANGE_VERBS:
        return None
    if len(run) >= _PHRASE and (whole_form := _written_whole(run[-_PHRASE:], whole, lex)) is not None:
        return whole_form[-4:]  # the report writes the phrase whole twice or more: that says more than the character
    if lex.freq(run[-1]) >= ALONE or len(lex.like(run[-1] + "?")) <= len(lex.like("?" + run[-1])):
        return None
    tail = run[-3:]
    p = whole.find(tail)
    while p >= 0:
        c = whole[p + 3:p + 4]
        if _HAN_RUN.fullmatch(c) and (lex.freq(run[-1] + c) >= COMMON or run[-1] + c in lex.vocabulary) \
                and lex.route(tail + c)[1][-1][1] - lex.route(tail + c)[1][-1][0] >= 2 and _joins_back(whole, p, lex):
            return tail + c
        p = whole.find(tail, p + 1)
    return None


def _joins_back(whole: str, p: int, lex: Lexicon) -> bool:
    """Whether the character after the three at ``p`` joins the one before it as the report reads on (低改|任务
    is 低|改|任务: 任 opens 任务, no 改任 was cut short)."""
    ctx = re.match(r"[\u4e00-\u9fff]*", whole[p:p + 6]).group(0)  # type: ignore[union-attr]
    return any(a <= 2 < b for a, b in lex.route(ctx)[1] if a <= 3 < b) if len(ctx) >= 4 else True


CUT_BEFORE = frozenset("0123456789０１２３４５６７８９（(")  # what a word cut short may stand before (``cut_at``)
# a published copy's mark for what its publisher left out (社会组(略)、天河会客厅; 《(略)令第(略)号)): the word
# or the pair of marks it cuts goes on in what was left out, so nothing there was dropped or mismatched
OMITTED = re.compile(r"[（(]\s*略\s*[)）]")


def counted(text: str, start: int, end: int) -> bool:
    """A run of two characters between two figures (年度目标884项的103.96%): the first is the figure's measure
    word, the second joins; no word was cut short there (``cut_at`` reads runs before a figure)."""
    return end - start == 2 and text[start - 1:start].isdigit()


def cut_at(run: str, route: tuple[float, list[tuple[int, int]]] | None, whole: str, after: str,
           lex: Lexicon) -> tuple[str, str] | None:
    """The whole form of a run's last word cut short before what comes ``after`` it, a figure
    (``cut_short``) or its unit's bracket (``cut_before_unit``), and why."""
    if not after[:1].isdigit():
        return cut_before_unit(run, route, whole, after, lex)
    found = cut_short(run, route, whole, lex)  # (rarely a reading: the report-wide scan after it only then)
    found = None if found and written_short_twice(run, whole, lex) else found
    if found:
        return found, f"报告别处写作“{found}”"
    found = dropped_before_figure(run, route, whole, lex)  # the stranded character is the run's last but one
    if found is None and (name := cut_name(run, route, whole, after, lex)):  # a body's name cut of its last
        return name, f"报告别处写作“{name}”"
    return (found, f"“{run[-2]}”在此不成词，报告别处写作“{found}”") if found else None


def dropped_before_figure(run: str, route: tuple[float, list[tuple[int, int]]] | None, whole: str,
                          lex: Lexicon) -> str | None:
    """A run ending right before its figure on two lone characters where the report writes one character
    between them elsewhere (预算执率98.73% where it writes 预算执行率): the last three characters with it
    restored. ``dropped`` asks only where two characters follow the stranded one; before a figure one does.
    Only where the report writes one such character, the stranded one is seldom a word alone, it and the
    restored one make a common word, and the restored form reads with a word it starts (执行率)."""
    if route is None or len(run) < 2 or route[1][-2:] != [(len(run) - 2, len(run) - 1), (len(run) - 1, len(run))] \
            or lex.freq(run[-2]) >= ALONE:
        return None
    left, right = run[-3:-1], run[-1]  # (a clause of two characters, 执率98%: the stranded one alone)
    n = len(left)
    found = set()
    p = whole.find(left)
    while p >= 0:
        c = whole[p + n:p + n + 1]
        if whole.startswith(right, p + n + 1) and _HAN_RUN.fullmatch(c):
            found.add(c)
        p = whole.find(left, p + 1)
    if len(found) != 1 or not (lex.freq(word := run[-2] + (c := found.pop())) >= COMMON or word in lex.vocabulary):
        return None
    restored = left + c + right
    return restored if any(a == n - 1 and b >= n + 1 for a, b in lex.route(restored)[1]) else None


# a unit in brackets right after a label (实际规(㎡), 预算数（万元）): its opening and what it holds
_UNIT = re.compile(r"[（(]([^（()）\s]{1,6})")


def cut_before_unit(run: str, route: tuple[float, list[tuple[int, int]]] | None, whole: str, after: str,
                    lex: Lexicon) -> tuple[str, str] | None:
    """A run's last word cut short right before its unit's bracket (实际规(㎡) where the report writes
    批复规模(㎡) beside it), and why: the report writes the stranded last character with one character
    more before the same unit, always the same one, and the two make a common word. A column of a
    form labels its figures alike (批复规模, 实际规模), so the label's word is the report's own."""
    unit = _UNIT.match(after)
    if unit is None or route is None or len(run) < 3 or route[1][-1][1] - route[1][-1][0] != 1 \
            or lex.freq(run[-1]) >= ALONE:
        return None
    found = set()  # found with ``str.find``: a pattern made of the report's words is compiled anew each time
    for bracket in "(（":
        tail = bracket + unit.group(1)
        p = whole.find(tail, 2)
        while p >= 2:
            if whole[p - 2] == run[-1] and _HAN_RUN.fullmatch(whole[p - 1]):
                found.add(whole[p - 1])
            p = whole.find(tail, p + 1)
    if len(found) != 1 or not (lex.freq(word := run[-1] + (c := found.pop())) >= COMMON or word in lex.vocabulary):
        return None
    spans = lex.route(run[-3:] + c)[1]
    if spans[-1][1] - spans[-1][0] < 2:
        return None
    return run[-3:] + c, f"报告别处写作“{word}({unit.group(1)}”"


_PHRASE = 5  # the characters before a figure that, written whole elsewhere twice, name the phrase cut short
_WHOLE_AGAIN = 2


def _written_whole(head: str, whole: str, lex: Lexicon) -> str | None:
    """``head`` and the one Chinese character the report writes after it wherever one follows, where
    it does so twice or more and that character ends a word of two or more (服务体系建 → 服务体系建设)."""
    after = set()  # (found as a pattern finds it, place after place, none overlapping; a pattern made of
    p = whole.find(head)  # the report's words was compiled for every run cut short, and never kept)
    while p >= 0:
        end = p + len(head)
        if _HAN_RUN.fullmatch(c := whole[end:end + 1]):
            after.add(c)
        p = whole.find(head, end)
    if len(after) != 1 or whole.count(head + (c := after.pop())) < _WHOLE_AGAIN:
        return None
    route = lex.route(head + c)[1]
    return head + c if route[-1][1] - route[-1][0] >= 2 else None


_FRAME = re.compile(r"(.)(?=.\1)", re.S)


def framed(run: str, spans: list[tuple[int, int]] | None = None) -> set[int]:
    """The places in a four-character parallel frame, the same character first and third or second
    and fourth (应改尽改, 一降一补, 边查边改): a set pattern, written on purpose. With the run's
    segmentation, a frame starts and ends between tokens: one that starts or ends inside a word
    is two words side by side that happen to share a character (就业|创业|王作: 业创业王; 回族|彝族|字治:
    族彝族字), and the character after them is as open to a slip as any."""
    out: set[int] = set()
    found = [m.start() for m in _FRAME.finditer(run)]  # where a character comes again two on
    if not found:
        return out
    # the places a frame may start and end at: anywhere without a segmentation
    starts, ends = ({s for s, _ in spans}, {e for _, e in spans}) if spans else ((every := set(range(len(run) + 1))), every)
    for j in found:  # a loop over every character costs more
        for p in (j, j - 1):  # run[j:j+4], its first and third the same; run[j-1:j+3], its second and fourth
            if p >= 0 and p + 4 <= len(run) and p in starts and p + 4 in ends:
                out.update(range(p, p + 4))
    return out


def traditional(run: str) -> bool:
    """Text in traditional characters (a repost with inline pinyin): not ours to correct."""
    return not in_gb2312(run)


# a text in traditional characters writes dozens of distinct ones outside GB2312 (們, 這, 會, 國 …); a
# text in simplified characters a few at most: a stray variant (岀 for 出), a traditional form (餵), a
# person's rare name character (喆), each looked at like any other character
TRADITIONAL_DISTINCT = 5


def traditional_text(whole: str, runs: Iterable[str] | None = None) -> bool:
    """Whether a whole text is in traditional characters (``TRADITIONAL_DISTINCT`` distinct characters
    outside GB2312 or more), not simplified text with a stray character outside it; ``runs``: its runs
    of Chinese characters, where already found."""
    if not traditional(whole):
        return False
    runs = re.findall(r"[\u4e00-\u9fff]+", whole) if runs is None else runs
    return len({ch for run in runs if traditional(run) for ch in run if traditional(ch)}) >= TRADITIONAL_DISTINCT


def script_residue(findings: list[Finding], report: Report) -> list[Finding]:
    """``findings`` of checks that read a traditional text folded (``fold_traditional``, one character for one, as
    its simplified original), without those on the text's own script: the fold leaves 批覆, 用於 and 乾淨 as written,
    since GB2312 holds those characters too, and OpenCC writes 批复, 用于, 干净 — the script's forms, no slips. (A
    site's traditional view converts the simplified text it was written in: its 帳戶 was written 帐户 there, the
    帐/账 confusion.) A text in simplified characters (``traditional_text``) keeps every finding."""
    whole = "\n".join(report.texts())
    if not findings or not traditional_text(whole):
        return findings
    return [f for f in findings if to_simplified(written := _written(f, report)) == fold_traditional(written)]


def _written(f: Finding, report: Report) -> str:
    """The words at ``f``'s place as ``report`` writes them (a check on its folded copy quotes the fold)."""
    try:
        return report.quote(f.location.location)
    except (IndexError, ValueError):
        return f.location.quote


def search_longer(whole: str, left: str, right: str) -> tuple[str | None, str | None]:
    """``left`` + two or three Chinese characters + ``right`` as ``whole`` writes it (the first such
    place), and ``left`` + one + ``right`` (the first such place before that), found with ``str.find``."""
    one = None
    p = whole.find(left) if len(left) >= 2 else -1
    while p >= 0:
        at = p + len(left)
        for n in (2, 3):
            middle = whole[at:at + n]
            if whole.startswith(right, at + n) and _HAN_RUN.fullmatch(middle):
                return left + middle + right, one
        if one is None and whole.startswith(right, at + 1) and _HAN_RUN.fullmatch(whole[at]):
            one = left + whole[at] + right
        p = whole.find(left, p + 1)
    return None, one
