"""The typo check's candidate search (``typos.py``): for a character of a suspicious string, the common
words that differ from the string there only, by a character of similar shape or sound, and why the
typed character may have stood for the corrected one (``similar``). Read from the lexicon file
(``lexicon.py``), each answer cached for the process: a later report asks again for most of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from .context import EVERYDAY as EVERYDAY_CHAR
from .lexicon import COMMON, Lexicon, lexicon
from .slips import ALONE, HEADS, RARE

__all__ = ["DOCUMENT", "EVERYDAY", "TRACE", "TWIN", "VOCABULARY", "WRITTEN", "alike", "candidates", "look_alike", "own_word", "sieve", "similar",
           "unbacked_sound", "usual", "vocabulary_echo"]

# a string jieba counts this rarely (幼儿圆 3, 秸杆 5: slips and scraps its corpus holds) reads as no word
# where the report writes, elsewhere, the word one alike character away (``typos._corrections``)
TRACE = 5
EVERYDAY = "everyday"  # a correction backed only by being a frequent word of everyday Chinese
WRITTEN = "written"  # a correction backed by the report, which writes the word elsewhere
VOCABULARY = "vocabulary"  # a correction backed by the 财政/绩效 vocabulary
# the level of a unit, written before its short name (县信办, 市产投公司, 由市参牵头): a string holding it
# where a unit's name stands is read as a slip (县信 as 相信, 市产 as 市场) only where the report writes
# the corrected word; a level inside a phrase (新镇加投资: 增加) and the short name after a level
# (区角育委员会: 教育) are read as ever
LEVELS = frozenset("省市县区州乡镇")
# every level a unit or a place may stand at: one of them for another is a level named, not mistyped
_PLACE_LEVELS = LEVELS | frozenset("村旗盟")
_KINDS = ("办", "局", "委", "中心", "公司", "集团", "站", "所", "室", "院", "馆", "队", "处", "科", "股")
_ONE_CHAR_KINDS = frozenset(k for k in _KINDS if len(k) == 1)
_BEFORE_NAME = HEADS | frozenset("和及")  # a name begins after a preposition, 和 or 及


def _level_of_name(run: str, a: int, b: int) -> bool:
    """Whether ``run[a:b]`` holds a level where a unit's name stands: a unit's kind follows within two
    characters (县信办, 市产投公司), or the level begins its run or follows a preposition, 和 or 及
    (县信负责, 由市参牵头)."""
    if LEVELS.isdisjoint(run[a:b]):
        return False
    return any(run.startswith(kind, j) for j in range(b, b + 3) for kind in _KINDS) or any(
        run[p] in LEVELS and (p == 0 or run[p - 1] in _BEFORE_NAME) for p in range(a, b))


def _in_short_name(run: str, a: int, b: int) -> bool:
    """Whether ``run[a:b]`` closes a unit's short name: it ends in a unit's one-character kind, a level
    standing two to five characters before it (县文旅体局, 县文广旅体局: several words cut to their first
    characters, no slip of 本局). Right after the level it may be a slip (全县资院利用: 资源)."""
    return run[b - 1] in _ONE_CHAR_KINDS and any(run[p] in LEVELS for p in range(max(0, a - 5), a - 1))


def _after_level(run: str, a: int) -> bool:
    """Whether ``run[a:]`` follows a level that begins a unit's name (县招审负责, 由市电智牵头)."""
    return a > 0 and run[a - 1] in LEVELS and (a == 1 or run[a - 2] in _BEFORE_NAME)


@cache
def _reading(ch: str) -> str:
    """A character's usual reading with its tone (pypinyin's first)."""
    return lexicon().readings(ch)[0]


@cache
def _word_readings(word: str) -> tuple[str, ...]:
    """The readings of a word's characters in that word (银行: yin2 hang2). A name (昆明) is not among
    the lexicon file's words: its characters' usual readings, so that pypinyin is never imported."""
    lex = lexicon()
    if lex.is_name(word):
        return tuple(_reading(ch) for ch in word)
    return lex.readings(word)


def _readings_toneless(ch: str) -> tuple[str, ...]:
    return lexicon().toneless(ch)


@cache
def _live_readings(ch: str) -> frozenset[str]:
    """The syllables (toneless) ``ch`` reads in the common two-character words that hold it (什:
    shen in 什么, shi in 什锦): its readings in use, not those of old texts only (迭 as yi)."""
    lex = lexicon()
    out = set()
    for k, pattern in enumerate((ch + "?", "?" + ch)):
        for word in lex.like(pattern):
            out.add(_word_readings(word)[k].rstrip("012345"))
    return frozenset(out)


def similar(wrong: str, right: str, i: int, lex: Lexicon, sound: str | None = None) -> str | None:
    """Why ``wrong[i]`` may have been typed for ``right[i]``: the same syllable as ``right`` reads there,
    tone included or not (a pinyin input method offers every tone); a similar shape; or a syllable an
    input method's 模糊音 setting merges with it (zh/z, ch/c, sh/s, n/l, -ng/-n). A 形声 sibling alike in
    both (里 for 理, 放 for 方) is named by its sound, the more telling reason of the two."""
    a, b = wrong[i], right[i]
    sound = sound or _word_readings(right)[i]  # given where ``right`` is no word of the lexicon file (a label)
    if _reading(a) == sound:
        return f"读音相同（{sound}）"
    toneless = sound.rstrip("012345")
    readings = _readings_toneless(a)
    if readings and readings[0] == toneless:
        return f"读音相近（{toneless}）"
    if b in lex.shapes.get(a, ""):
        return "字形相近"
    if toneless in readings:
        # through a reading no common word of the typed character has (迭 is read yi only in old
        # texts): marked, so only a word the report itself writes is restored that way
        return f"读音相近（{toneless}，多音字）"
    # 模糊音 is the weakest evidence: only the typed character's common reading counts (已 is read
    # si only in old texts; no input method offers it for shi)
    if readings and _fuzzy(toneless) == _fuzzy(readings[0]):
        return f"读音相近（{toneless}，模糊音）"
    return None


TWIN = "twin"  # a correction backed by a typed character alike in both shape and sound
# Chinese characters from which a text is a whole report (a 绩效 page has thousands; a sentence, a field, a
# learner's essay line far fewer): there the report's own writing and its domain can back a correction
DOCUMENT = 500


def unbacked_sound(backed: str, why: str) -> bool:
    """Whether a correction in a whole report rests on sound alone: the report never writes the word and it
    is no 财政/绩效 term (backed by jieba's count only, or by ``look_alike``), and the typed character is
    read like the right one (alike in shape too or not: 账 for 长 shares the part that gives its sound).
    Every syllable is shared by dozens of characters, so almost any two characters a report coins (出证,
    村账), reads across a boundary (因|该单位) or keeps from a garbled cell (实施第位) lie one homophone away
    from some everyday word (出征, 村长, 应该, 地位): on pools 57–67 every such finding was judged wrong,
    while a slip of a word the report uses is backed by its writing it elsewhere. A character of similar
    shape alone (捉 for 提) keeps jieba's backing: the eye's or a scan's slip, not a syllable's."""
    return backed not in (WRITTEN, VOCABULARY) and why.startswith("读音")


def look_alike(wrong: str, right: str, k: int, lex: Lexicon) -> str:
    """TWIN where what stands is no word and its character at ``k`` is like the corrected one in both shape
    and its usual sound (漂 for 票, 睛 for 精: the classic 别字, which an input method lists beside the right
    one and the eye passes over): a word jieba counts ``COMMON`` times it restores needs no support from
    the report or the vocabulary. One likeness alone does not back a rarer word than an everyday one
    (``meant.FREQUENT``): by sound a term becomes some other word too easily (医共体 is no 一共), and by
    shape a meant phrase (红车 is no 红军). Not a character that is a frequent word alone (方, 问:
    ``slips.ALONE``): it is meant where it stands alone (政治方问 is no 访问)."""
    ch, to = wrong[k], right[k]
    if lex.freq(wrong) or lex.freq(right) < COMMON or to not in lex.shapes.get(ch, "") or lex.freq(ch) >= ALONE:
        return ""
    readings = lex.toneless(ch)
    return TWIN if readings and _word_readings(right)[k].rstrip("012345") == readings[0] else ""


def usual(ch: str, why: str, lex: Lexicon) -> bool:
    """Whether ``why`` (``similar``'s) holds by ``ch``'s shape or its usual reading, not a secondary one
    (红 read gong only in 女红: 红车 is no 公车)."""
    readings = lex.toneless(ch)
    return why == "字形相近" or (bool(readings) and why[5:-1].rstrip("012345") == readings[0])


def vocabulary_echo(run: str, a: int, b: int, i: int, why: str, lex: Lexicon) -> bool:
    """Whether a vocabulary word restored at ``i`` from no word (``run[a:b]``) needs only the gain of a word
    the report writes (``typos.GAIN_ECHO``): the vocabulary is what these reports write, so it backs the
    word as the report's own writing would (绩效白评: jieba counts 自评 50 times, too few to gain 200-fold).
    By shape or the typed character's usual reading, not 模糊音; not a character that is an everyday word
    alone, nor a level after a place's name (大姚镇对…: 镇 is no slip for 针 of 针对); a surname only as a
    word's suffix (执行律 for 执行率: a name starts with its surname, and never ends a word of three)."""
    ch = run[i]
    return not lex.freq(run[a:b]) and not why.endswith("模糊音）") and lex.freq(ch) < EVERYDAY_CHAR \
        and ch not in _PLACE_LEVELS and (not lex.is_name(ch) or (i == b - 1 and b - a >= 3)) and usual(ch, why, lex)


@cache
def _fuzzy(syllable: str) -> str:
    """A syllable as 模糊音 hears it: zh→z, ch→c, sh→s, l→n, ang/eng/ing→an/en/in. By slices, not two
    substitutions with a callback: a report's first review asks this of about 350 syllables, and the
    patterns cost two-thirds of the candidate sieve's first look at each character."""
    if syllable[1:2] == "h" and syllable[:1] in ("z", "c", "s"):
        syllable = syllable[0] + syllable[2:]
    elif syllable[:1] == "l":
        syllable = "n" + syllable[1:]
    return syllable[:-1] if syllable[-3:] in ("ang", "eng", "ing") else syllable


@cache
def _fuzzy_readings(ch: str) -> frozenset[str]:
    return frozenset(map(_fuzzy, lexicon().toneless(ch)))  # asked of about 1,400 characters a report


def sieve(word: str, k: int, candidates: tuple[str, ...] | list[str], trace: bool = True) -> tuple[str, ...]:
    """A quick sieve before ``similar``: the candidates for ``word``'s character at ``k`` of a similar
    shape or a (fuzzy) syllable in common there, and a hundred times as frequent as ``word``."""
    lex, ch = lexicon(), word[k]
    # a trace word (``TRACE``) is sieved as no word: the report writing a candidate backs it (``typos``)
    shapes, sounds, freq = lex.shapes.get(ch, ""), _fuzzy_readings(ch), lex.freq
    least = 100 * freq(word) if freq(word) > TRACE or not trace else 0
    alike = [r for r in candidates if r[k] in shapes or not sounds.isdisjoint(_fuzzy_readings(r[k]))]
    # what stands is no word: every candidate is frequent enough, none need be looked up
    return tuple(alike if not least else [r for r in alike if freq(r) >= least])


@cache
def alike(word: str, k: int) -> tuple[str, ...]:
    """``sieve`` of the pattern's common words: the lexicon's alone, sieved once per process."""
    return sieve(word, k, lexicon().like(word[:k] + "?" + word[k + 1:]))


def own_word(right: str, backed: str, lex: Lexicon) -> bool:
    """Whether a correction is a rare word the report writes: below ``COMMON``, no vocabulary word, no name."""
    return backed == WRITTEN and len(right) > 2 and lex.freq(right) < COMMON and right not in lex.vocabulary and not lex.is_name(right)


def candidates(run: str, a: int, b: int, i: int, lex: Lexicon, supported: Callable[[str, str], str],
                names: dict[str, list[str]], document: bool = False) -> Iterator[tuple[str, str, bool]]:
    """(corrected word, why, alike in shape and sound and written elsewhere in the report) for
    ``run[a:b]`` with the character at ``i`` replaced: a common word, or a name the report itself
    writes (困明 where it writes 昆明). A 模糊音 match, the weakest evidence, restores an everyday
    word only where the run grows far more (``typos.GAIN_FUZZY``: 是指由 is no 是自由). ``document``: the run
    is part of a whole report, where sound alone backs no correction (``unbacked_sound``)."""
    word = run[a:b]
    rare = lex.freq(word)
    if rare > RARE:
        return
    k = i - a
    ch = run[i]
    shapes, rights = lex.shapes.get(ch, ""), alike(word, k)
    if own := names.get(word[:k] + "?" + word[k + 1:]):
        rights += sieve(word, k, own, trace=False)  # names the report writes; its rare words not for a trace word
    for right in rights:
        if ch in _PLACE_LEVELS and right[k] in _PLACE_LEVELS:
            continue  # one level for another (乡级 beside 县级, 市直 beside 省直) is another level, no slip
        if len(right) == 2 and lex.freq(right) < COMMON and not lex.is_name(right):
            # a rare word of the report's own (排涝: 48) only by a character alike in both shape and the
            # typed one's usual sound, read from the character table (no word reading: pypinyin unloaded)
            heard = _readings_toneless(ch)[:1]
            if right[k] in shapes and heard and heard[0] in _readings_toneless(right[k]) \
                    and supported(word, right) == WRITTEN:
                yield right, f"读音相近（{heard[0]}）", True
            continue
        if (backed := supported(word, right) or look_alike(word, right, k, lex)) and (
                backed == WRITTEN or not (_level_of_name(run, a, b) or _in_short_name(run, a, b))):
            why = similar(word, right, k, lex)
            if why and why.endswith("多音字）"):
                # a secondary reading only where common words read it so (什 as shi in 什锦): an input
                # method offers no character by a reading of old texts alone (位 as li: 管位 is no 管理,
                # though the report writes 管理) — asked last, as it reads many words
                sound = why[5:why.index("，")]
                if sound not in _live_readings(ch):
                    continue
                why = f"读音相近（{sound}）"
            if why and why.endswith("模糊音）") and backed != WRITTEN and _after_level(run, a):
                continue  # the weakest evidence reads no unit's short name (县招审负责 is no 招生)
            if why and document and unbacked_sound(backed, why):
                continue  # in a whole report, sound alone backs no word it never writes (出证 is no 出征)
            if why:
                # both a similar shape and the same syllable: the strongest evidence (像 for 象)
                both = right[k] in shapes and _word_readings(right)[k].rstrip("012345") in _readings_toneless(ch)
                yield right, why, both and backed == WRITTEN
