"""Wrong characters (错别字): a slip that turns a word the report uses into a string that is no word.

Method (issue 10), precision first. Each run of Chinese characters is segmented with jieba's
dictionary (its word frequencies, shipped inside its wheel; the route of highest probability, no
HMM, so an unknown string stays split into single characters). At a character in a single-character
token or a rare word, each replacement of the same sound (pypinyin: the syllable the corrected word
reads there, in any tone, since a pinyin input method offers every tone of a syllable) or of similar
shape (``data/similar_shape.txt``) is tried. It is a typo only when

- the original two to four characters are no word (or a rare one) and the corrected ones a common
  word, and the whole run reads far more likely with it (a factor of 200 in jieba's segmentation,
  where the corrected word is one of the tokens; 50 where what stands is no word and the report
  writes the correction elsewhere, typed as a common character no word alone; 1,000 for a 模糊音
  syllable restoring an everyday word: 因该 for 应该);
- the corrected word is one the report itself writes elsewhere, or one of the 财政/绩效 vocabulary
  (``data/vocabulary.txt``): jieba's dictionary alone is too old to know 医共体 or 限行 or 提质, so a
  correction must be a word this kind of report uses — or, where what stands is no word at all, an
  everyday word (jieba ≥ 5,000: 他门 for 他们) or a common one a typed character like it in both shape
  and sound restores (``look_alike``: 发漂 for 发票, 键全 for 健全); one likeness alone restores no rarer
  word (题裁 in a site's field label is no 题材, 医共体 no 一共, 红车 no 红军);
- a slip that made a word with the character beside it is tried too (关理科 reads 关|理科: 关理 →
  管理), restoring only a word the report writes elsewhere, never between lone characters (a 机关代字);
- a suffix is tried too: a word and the lone character after it (完成律 → 完成率), restoring a
  common or vocabulary word, or a rare one the report itself writes elsewhere (执行律 where it
  writes 执行率: then the run need only grow more probable, jieba's count being no measure of it);
- nothing says the string is meant: not inside 《》〈〉 or a short “” quotation, not in a name the
  dictionary tags as a person, place or organisation, not in a 机关代字 before 〔2024〕, not in a
  vocabulary word, not in text with traditional characters, not written three times or more the
  same way, not a character repeated just before or after (应贷尽贷), nor one at the same place in
  the list item across a 、 (限重、限行: items coined in one pattern);
- nothing says it is part of a name, a term or a broken word (issue 10, unseen pages): not written
  twice where the report never writes the correction (its term: 防指), unless that is an everyday
  word (身么 for 什么); not a short form right before a unit's kind (防指办公室, 乡财所), a unit's kind
  after an ordinal (专委一室) or after 我/本/该 (我馆于…); not a province's short name (在渝); not
  a word a space or line break splits (乡财 政); not in the last characters of a text cut mid-sentence
  unless the report writes the correction; not the 除 of 除…外, nor a preposition heading a figure
  (我部对2024年度) or a name, read as a word with the name's first character that leaves the next one
  alone (经洋山审核: 经验|山); nor meant in its phrase (``context.py``: 第壹, 组宣部 among …部, 企、事业).

A real word typed for another in a phrase the report writes again (计时拨付 beside 及时拨付): ``own_phrases``.
Curated 公文 confusions (``data/typo_confusions.yaml``, each with its reason): 截止 before a date, 帐 for 账, 拔付 …
Offline: jieba's dictionary and pypinyin's tables, read once into a cache file (``checks/lexicon.py``)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from . import doubled_chars, slips, swapped, transposed
from .columns import in_alike_columns
from .confusions import curated_slips
from .context import EVERYDAY as EVERYDAY_CHAR
from .context import dropped_meant, first_change, garbled, inserted, meant_here, site_slogan
from .dropped_inside import dropped_inside, fours
from .dropped_terms import dropped_terms
from .form_cells import in_prose
from .lexicon import COMMON, Lexicon, lexicon
from .meant import (
    CUT,
    FREQUENT,
    NUMERALS,
    PLACE_SHORT,
    coined,
    framed_by,
    heads_figure,
    heads_items,
    in_list_pattern,
    names_unit,
    protected,
    site_menu,
    split_word,
    without_issuers,
)
from .meant import places as named_places
from .own_phrases import PHRASE_RULE, REPLACED, own_phrase_slips
from .register_slips import register_slips
from .slips import ALONE, HEADS, MAGNITUDES, RARE, STARTS_PHRASE, dropped, questions, traditional
from .slips import framed as framed_places
from .typo_slip import Typo, evidence, slip_edits
from .typos_candidates import (
    DOCUMENT,
    EVERYDAY,
    TRACE,
    WRITTEN,
    alike,
    candidates,
    own_word,
    sieve,
    similar,
    usual,
    vocabulary_echo,
)
from .typos_rare import rare_glyphs
from .typos_windows import all_windows, borrowed_windows, suspicious_places

__all__ = ["check_typos"]

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_PAGE_MARK = re.compile(r"\s*\d{1,3}\s*[、.．]?\s*")  # a mark a copied page puts at its lines' start

GAIN = math.log(200)  # the corrected run must be this much more probable
GAIN_WRITTEN = math.log(20)  # … when what stands is no word and the report writes the correction elsewhere
GAIN_OWN = math.log(2)  # … when what stands is no word and the correction is a rare word of the report's own
# … when what stands is no word and the report writes the correction elsewhere, by a character of the
# same sound or a similar shape (not both: ``GAIN_WRITTEN``; not a 模糊音 one): the report shows the
# word it means, so the run need not read 200 times as likely (口安 where it writes 口岸: a common
# character alone reads almost as likely as the word). Only where the typed character is at least as
# frequent alone as the one it replaces: an input method offers the frequent characters of a syllable
# first, so a slip lands on a common one, while a rarer one standing alone was chosen (自聘教师 beside
# 自评 is a coined compound). Not a character that is an everyday word alone (是, 去, 个: 这是件好事,
# 主动地去, 8个国控 beside 事件, 地区, 各国 are words side by side), nor one jieba tags as a surname
# (朱明 in a list of names beside 注明), nor by a secondary reading (红 as gong). Not less than 50:
# 因工 (因工死亡, a phrase jieba lacks) beside 因公 gains a factor of 20 to 50
GAIN_ECHO = math.log(50)
# … when a 模糊音 syllable (-n/-ng, z/zh, n/l: 因该 for 应该, 经融 for 金融), the weakest evidence, restores an everyday
# word the report does not write: the run must grow a thousandfold, above the 300–500× of readings known wrong (是指由)
GAIN_FUZZY = math.log(1000)
LONG_NAME = 5  # a name this long the dictionary knows (寻甸回族彝族自治县) is a place's or a body's whole name
OWN_USAGE = 3  # a string written this many times the same way is the report's usage, not a slip
# … and twice, where the report never writes the correction: a term of its own (管位, 防指 of 防汛指挥部),
# not a slip — unless the correction is an everyday word (身么 twice for 什么); beside the right word, a slip
TERM_USAGE = 2


def _run_typos(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon,
               supported: Callable[[str, str], str],
               names: dict[str, list[str]] | None = None,
               pairs: dict[str, list[str]] | None = None, document: bool = False) -> list[tuple[int, int, str, str]]:
    """The best supported corrections of ``run`` (segmented as ``route``), none overlapping; ``pairs``:
    the report's common two-character words by pattern, all a borrowed window restores (``document``: ``candidates``')."""
    logp, spans = route
    suspicious = suspicious_places(run, spans, lex)
    if not suspicious:
        return []
    # a character repeated close by is meant (应贷尽贷, 限载、限行), and so is one in a parallel frame
    framed = framed_places(run, spans)
    open_ = {i for i in suspicious if run[i] not in run[max(0, i - 3):i] + run[i + 1:i + 4] and i not in framed}
    if not open_:
        return []  # every window's characters are meant: no candidate is tried
    after = {s: e - s for s, e in spans}  # the length of the token starting at each place
    found: list[tuple[float, int, int, str, str]] = []
    names = names or {}
    windows = [(a, b, places, False) for a, b, places in all_windows(run, spans, suspicious, open_, lex)]
    pairs = pairs or {}
    windows += [(a, b, range(i, i + 1), True) for a, b, i in borrowed_windows(run, spans, open_, lex)
                if (run[a] + "?" if i == b - 1 else "?" + run[b - 1]) in pairs]
    for a, b, places, borrowed in windows:
        word = run[a:b]
        if lex.freq(word) > RARE:
            continue  # a word: ``candidates`` corrects none of its characters
        for i in places:
            if i not in open_ or (i == b - 1 and (run[i] == "的" or (run[i] in HEADS and after.get(b, 0) >= 2))):
                continue  # 的 after a word (3万方土的工程 is no 土地); a preposition or negation heading the next (现向…, 未完成)
            k = i - a
            if borrowed:  # the report's own common words alone, by the typed character's usual reading or shape
                rights = [(r, why, False) for r in sieve(word, k, pairs[word[:k] + "?" + word[k + 1:]])
                          if (why := similar(word, r, k, lex)) and usual(run[i], why, lex)]
                found += _corrections(run, a, b, i, logp, lex, supported, rights, borrowed)
                continue
            if not alike(word, k) and not names.get(word[:k] + "?" + word[k + 1:]):
                continue  # no common word and no name the report writes differs from it there
            found += _corrections(run, a, b, i, logp, lex, supported, candidates(run, a, b, i, lex, supported, names, document), borrowed)
    kept: list[tuple[float, int, int, str, str]] = []
    for f in sorted(found, reverse=True):
        if all(f[2] <= k[1] or k[2] <= f[1] for k in kept):
            kept.append(f)
    return [k[1:] for k in sorted(kept, key=lambda k: k[1])]


def _corrections(run: str, a: int, b: int, i: int, logp: float, lex: Lexicon, supported: Callable[[str, str], str],
                 rights: Iterable[tuple[str, str, bool]], borrowed: bool) -> list[tuple[float, int, int, str, str]]:
    """(gain, start, end, right, why) of each correction of ``run[a:b]`` at ``i`` among ``rights``
    (``candidates``') that fits and gains enough; a window ``borrowed`` from a word beside it only for a
    word the report writes."""
    word, k, out = run[a:b], i - a, []
    for right, why, alike_written in rights:
        backed = supported(word, right)
        if borrowed and backed != WRITTEN:
            continue
        # a trace word (jieba ≤ ``TRACE``) is no word where the report writes the correction (幼儿圆 beside
        # 幼儿园); otherwise the correction must be a hundred times as frequent (``sieve``'s rule for a word)
        nought = not lex.freq(word) or (lex.freq(word) <= TRACE and backed == WRITTEN)
        if not nought and lex.freq(right) < 100 * lex.freq(word):
            continue
        fixed = run[:a] + right + run[b:]
        new_logp, new_spans = lex.route(fixed)
        # the corrected word is a token of the new reading, or starts one (方便快捷), or is
        # inside a vocabulary word (绩效管理) or a common word (明显提高: jieba writes it as one),
        # or ends one where the typed character is no function word (专项字金 → 专项资金; but
        # 计量单为依据 keeps its 为), or is inside a long name jieba knows (…回族彝族字治县: 自治)
        fits = any((s == a and b <= e) or (s <= a and b <= e and (fixed[s:e] in lex.vocabulary or lex.freq(
            fixed[s:e]) >= COMMON or (e - s >= LONG_NAME and lex.is_name(fixed[s:e]))))
            or (s < a and b == e and run[i] not in STARTS_PHRASE) for s, e in new_spans)
        # a slip into no word at all, of a character alike in both shape and sound, restoring a word the
        # report writes elsewhere, needs less (监管对像 where it writes 对象: two frequent characters alone
        # read almost as likely as the word); restoring a word of the report's own that jieba counts too
        # rarely to weigh (执行率: 2), it need only make the run more probable and start a token (jieba
        # reads 执行率为 as 执行|率为): jieba's count is no measure of how this report uses the word
        own = nought and own_word(right, backed, lex)
        echo = nought and backed == WRITTEN and not why.endswith("模糊音）") \
            and lex.freq(right[k]) <= lex.freq(run[i]) < EVERYDAY_CHAR and not lex.is_name(run[i]) \
            and usual(run[i], why, lex)
        echo = echo or (backed == "vocabulary" and vocabulary_echo(run, a, b, i, why, lex))
        gain = GAIN if not nought else GAIN_OWN if own else GAIN_WRITTEN if alike_written \
            else GAIN_ECHO if echo else GAIN
        if why.endswith("模糊音）") and backed == EVERYDAY:
            gain = GAIN_FUZZY
        if borrowed:
            gain = max(gain, GAIN)  # a word of the reading was split: the full gain, however it was typed
        fits = fits or (own and any(s == a for s, _ in new_spans))
        # a preposition heading a name (经洋山审核, 在渔洞实施): a correction pairing it with the name's first
        # character (经验, 在于) leaves the next one alone, though it is seldom a word by itself
        if b - a == 2 and run[a] in HEADS and not borrowed and (b, b + 1) in new_spans and lex.freq(run[b]) < ALONE:
            continue
        if fits and new_logp - logp >= gain:
            out.append((new_logp - logp, a, b, right, why))
    return out


def _unit_typos(text: str, lex: Lexicon, ctx: _Context, last: bool = False, before: str = "",
                after: str = "") -> Iterator[Typo]:
    """The slips of one paragraph; ``before`` and ``after`` are the ends of the paragraphs around it
    (a line break may split a word), ``last`` whether the report ends with it. None in a web page's menu
    (首页 … 政民互动) or a document site's slogan: their words are the site's."""
    if site_menu(text) or site_slogan(text):
        return
    masks: tuple[list[bool], list[bool]] | None = None
    # the last paragraph stopping on a Chinese character: an excerpt cut mid-word; only a word written elsewhere restores it
    cut_at = len(text.rstrip()) - CUT if last and _HAN_RUN.fullmatch(text.rstrip()[-1:]) else len(text)
    padded = f"{before[-3:]}\n{text}\n{after[:3]}"
    shift = len(before[-3:]) + 1  # where ``text`` starts in ``padded``
    for m in _HAN_RUN.finditer(text):
        for a, b, right, why, rule in ctx.run_typos(m.group(), lex):
            if (rule == "language.dropped" and dropped_meant(text, m.start() + a, m.start() + b, right)) \
                    or (rule == transposed.RULE and m.start() + b > cut_at) or (rule in REPLACED and (  # (以立德树人为根|: 为根本 cut)
                    (m.start() + b > cut_at and right not in ctx.written) or framed_by(text, m.start() + a, m.start() + b, right)
                    or coined(text, m.start() + a, m.start() + b, right)
                    or in_list_pattern(text, m.start() + a, m.start() + b, right)
                    or (b == len(m.group()) and heads_figure(text, m.end(), right))
                    or meant_here(text, m.start() + a, m.start() + b, right, lex, why, ctx.written)
                    or split_word(padded, shift + m.start() + a, shift + m.start() + b,
                                   _HAN_RUN.match(padded, shift + m.start()), lex))):
                continue
            if rule == "language.dropped" and a == 0:
                head = text[:m.start()]
                if head[-1:].isdigit() and right[0] in MAGNITUDES:
                    continue  # 1211亩 beside 1万亩: a figure's magnitude is the amount's matter, no dropped word
                kept = head.rstrip(" \t\u3000")
                if kept[-1:] in ("", "\n") or inserted(kept):
                    continue  # a line that starts mid-word (统筹城乡就业发 / 展规划和…), or after （境）
                if len(kept) < len(head) and (right.startswith(kept[-1]) or lex.freq(kept[-1] + m.group()[0]) >= COMMON):
                    continue  # a word split by a space where a PDF wrapped its line (运用绩 效评价, 行 政职能): nothing dropped
                if _PAGE_MARK.fullmatch(kept) and before.rstrip()[-1:] == right[0]:
                    continue  # 基本服 / 3、务费用: a copy's page or line mark cut the word; the line before ends on it
            if rule == "language.doubled_char" and (heads_items(text, m.start() + a + 1)
                                                    or not in_prose(text, m.start() + a, m.start() + b) or doubled_chars.read_once_nearby(text, m.start() + a)):
                continue  # 确保保基本民生、保工资、保运转: the second 保 heads each item of a list; 健全性性 among a form's cells run together; 资|资源 at two alike columns' seam
            if rule != "language.typo" and in_alike_columns(text, m.start() + a, m.start() + b):
                continue  # where two alike columns meet: the same line of the other cell, cut at another place
            start, end = m.start() + a, m.start() + b
            masks = masks or protected(text, lex)
            # in a title, only what the report itself shows: a dropped character, or a slip into no
            # word at all where the report writes the right word elsewhere (《…财怔局…》)
            in_title = rule == "language.dropped" or (
                rule == "language.typo" and right in ctx.written and not lex.freq(text[start:end]))
            # a dropped character corrects no word of the quote: only the stranded one must be free
            at = [start + max(0, next(k for k, (x, y) in enumerate(zip(text[start:end], right, strict=False)) if x != y) - 1)] \
                if rule == "language.dropped" else range(start, end)
            if not any(masks[in_title][k] for k in at):
                yield Typo(start, end, text[start:end], right, why, rule)
        after = text[m.end() + 1:m.end() + 9] if text[m.end():m.end() + 1] in " \u3000" and text[m.end() + 1:m.end() + 2].isdigit() else text[m.end():m.end() + 8]  # a space before a figure passed over (资金安 0 元)
        if after[:1] in slips.CUT_BEFORE and not slips.counted(text, m.start(), m.end()) and not slips.OMITTED.match(after) \
                and (cut := slips.cut_at(m.group(), ctx.routes.get(m.group()), ctx.whole, after, lex)):
            start = m.end() - len(cut[0]) + 1  # the characters the restored form stands for (one fewer)
            masks = masks or protected(text, lex)
            if not any(masks[1][start:m.end()]):
                yield Typo(start, m.end(), text[start:m.end()], *cut, "language.dropped")


@dataclass
class _Context:
    """One report as the check reads it: its whole text (to find a longer form), the words it writes (its tokens and the words inside them), and the
    segmentation of each distinct run of Chinese characters, read once."""

    whole: str
    routes: dict[str, tuple[float, list[tuple[int, int]]]]
    written: set[str]
    vocabulary: set[str]
    freq: Callable[[str], int]
    names: dict[str, list[str]]  # the names the report writes twice or more, by wildcard pattern
    places: frozenset[str] = frozenset()  # the places (…镇, …村) it names twice or more
    seen: dict[str, list[tuple[int, int, str, str, str]]] = field(default_factory=dict)
    answers: dict[tuple[str, str], tuple[str | None, str | None]] | None = None  # ``longer``'s, made at once
    pairs: dict[str, list[str]] = field(default_factory=dict)  # its common words of two characters, by pattern
    heads: dict[str, list[str]] = field(default_factory=dict)  # its own words of four characters (``headless``)
    phrases: dict[str, list[tuple[int, int, str, str]]] = field(default_factory=dict)  # ``own_phrase_slips``'
    found: list[str] = field(default_factory=list)  # its runs of Chinese characters in order, found once for all
    prose: str | None = None  # without its 机关代字 (``without_issuers``)
    gapped: frozenset[str] = frozenset()  # its two characters and the one after the next (``slips.gapped``)
    fours: dict[str, str] = field(default_factory=dict)  # its words of four (``dropped_inside.fours``)
    document: bool = False  # a whole report, not a sentence (``typos_candidates.DOCUMENT``)

    @classmethod
    def of(cls, whole: str, lex: Lexicon) -> _Context:
        found = _HAN_RUN.findall(whole)
        runs = list(set(found))  # no traditional character where GB2312 encodes all
        routes = lex.routes([run for run in runs if not traditional(run)] if slips.traditional_text(whole, runs) else runs)
        tokens = {run[s:e] for run, (_, spans) in routes.items() for s, e in spans if e - s > 1}
        written = {t[i:i + n] for t in tokens for n in (2, 3, 4) for i in range(len(t) - n + 1)}
        names: dict[str, list[str]] = defaultdict(list)  # by one-character wildcard pattern
        for word in tokens:
            # written twice: a second place after the first (``count``'s, which counts no overlap)
            if len(word) <= 4 and lex.is_name(word) and whole.find(word, whole.find(word) + len(word)) >= 0:
                for i in range(len(word)):
                    names[word[:i] + "?" + word[i + 1:]].append(word)
        # the report's own words of three or four characters that jieba counts too rarely to offer
        # (执行率, 知晓率, 及时性): a word and its suffix, written as one token or as a word and the
        # character after it (执行|率为); offered for a slip in the suffix (执行律 where it writes 执行率)
        for word in {t for t in tokens if len(t) >= 3} | {
                run[s:s2 + 1] for run, (_, spans) in routes.items() for (s, e), (s2, _) in pairwise(spans)
                if 2 <= e - s <= 3}:
            if len(word) <= 4 and 0 < lex.freq(word) < COMMON and not lex.is_name(word):
                names[word[:-1] + "?"].append(word)
                written.add(word)
        # … and its words of two that jieba counts too rarely to offer (排涝 48, 账簿 49), at either place:
        # restored only by a character alike in both shape and sound (``candidates``)
        for word in [t for t in tokens if len(t) == 2 and 0 < lex.freq(t) < COMMON and not lex.is_name(t)]:
            names[word[0] + "?"].append(word)
            names["?" + word[1]].append(word)
        pairs: dict[str, list[str]] = defaultdict(list)
        for pair, pattern in [(w, p) for w in written if len(w) == 2 and (lex.freq(w) >= COMMON or w in lex.vocabulary)
                              and not lex.is_name(w) for p in (w[0] + "?", "?" + w[1])]:
            pairs[pattern].append(pair)  # a common word, as ``lex.like``'s
        return cls(whole, routes, written, lex.vocabulary, lex.freq, names,
                   frozenset(p for p, n in Counter(named_places(whole)).items() if n >= 2), pairs=dict(pairs),
                   heads=slips.headless_words(tokens), phrases=own_phrase_slips(whole, list(routes), routes, lex, found),
                   found=found, prose=without_issuers(whole), gapped=slips.gapped(routes),
                   fours=fours(tokens), document=sum(map(len, found)) >= DOCUMENT)

    def in_place(self, run: str, a: int, b: int, right: str) -> bool:
        """Whether the changed character is in a place the report names twice or more: 因位奇镇 where
        the report writes 位奇镇 again (位奇镇现有…) is 因 before the town's name, not 因为."""
        p = a + first_change(run, a, right)
        for e in range(p + 2, min(len(run), p + 6) + 1):
            if any(run[s:e] in self.places for s in range(max(0, e - 6), p + 1)):
                return True
        return False

    def supported(self, wrong: str, right: str) -> str:
        """What backs a correction ("" for nothing): a word of the vocabulary or one the report
        writes elsewhere; or a word of everyday Chinese where what stands is no word at all (他门
        for 他们)."""
        if right in self.written and (self.prose is None or right in self.prose):
            return WRITTEN
        if right in self.vocabulary:
            return "vocabulary"
        return EVERYDAY if self.freq(right) >= FREQUENT and not self.freq(wrong) else ""

    def run_typos(self, run: str, lex: Lexicon) -> list[tuple[int, int, str, str, str]]:
        """(start, end, right, why, rule) of the slips in one run of Chinese characters."""
        if run not in self.seen:
            found = []
            route = self.routes.get(run)
            if route is not None:
                typos = _run_typos(run, route, lex, self.supported, self.names, self.pairs, self.document)
                typos += [g for g in rare_glyphs(run, route, lex, self.whole) if all(g[1] <= f[0] or f[1] <= g[0] for f in typos)]
                found += [t for t in [(*t, "language.typo") for t in typos]
                          + [(*t, PHRASE_RULE) for t in self.phrases.get(run, ())]
                          if not self.numbered(run, t[0], t[2]) and not names_unit(run, route[1], *t[:3], lex, self.written, self.whole)
                          and not PLACE_SHORT.intersection(run[t[0]:t[1]]) and not garbled(run, route[1], t[0], t[1], lex)
                          and not self.in_place(run, *t[:3])]
                found += slips.own_slips(run, route[1], self.heads, self.whole, self.written, lex)
                found += [(a, b, right, f"报告别处写作“{right}”", "language.dropped")
                          for a, b, right in dropped(run, route[1], lex, self.longer, self.before, self.whole, self.gapped)]
                found += [(a, b, right, f"“{run[a]}”在此不成词，报告别处写作“{right}”", "language.dropped")
                          for a, b, right in dropped_inside(run, route[1], lex, self.fours)
                          if all(b <= t[0] or t[1] <= a for t in found)]
                found += [(a, a + 2, run[a], why, "language.doubled_char") for a, why in doubled_chars.doubled(run, route, lex)]
                found += [(*t, transposed.RULE) for t in transposed.transposed(run, route, lex)]
                found += [t for t in swapped.slips(run, route, lex, self.whole)  # where no other slip is read
                          if all(t[1] <= f[0] or f[1] <= t[0] for f in found)]
            self.seen[run] = found
        return self.seen[run]

    def numbered(self, run: str, a: int, right: str) -> bool:
        """Whether the correction changes a numeral of a numbered series the report writes (表四
        where it writes 表三 and 表五 is no 表示)."""
        k = next(k for k, (x, y) in enumerate(zip(run[a:], right, strict=False)) if x != y)
        ch = run[a + k]
        if ch not in NUMERALS or a + k == 0:
            return False
        label = run[a + k - 1]
        return any(label + n in self.whole for n in NUMERALS if n != ch)

    def before(self, phrase: str) -> str | None:
        """The Chinese character the report writes right before ``phrase`` somewhere, if any, where it
        closes no word begun before it (院内|蒙药制剂 is after a word: ``closes_word``)."""
        whole = self.whole
        p = whole.find(phrase, 1)
        while p >= 1:
            if _HAN_RUN.fullmatch(whole[p - 1]) and not slips.closes_word(whole, p, self.routes):
                return whole[p - 1]
            p = whole.find(phrase, p + 1)
        return None

    def longer(self, left: str, right: str) -> tuple[str | None, str | None]:
        """``left`` + two or three characters + ``right`` as the report writes it somewhere (the
        first such place), and ``left`` + one character + ``right`` (the first such place before
        that). Every question the report's runs can ask is answered at once (``answer_all``);
        another is searched for (``slips.search_longer``)."""
        if self.answers is None:
            self.answers = self.answer_all()
        held = self.answers.get((left, right))
        return held if held is not None else slips.search_longer(self.whole, left, right)

    def answer_all(self) -> dict[tuple[str, str], tuple[str | None, str | None]]:
        """``search``'s answers to every question ``dropped`` asks, in one pass over the report's
        distinct runs of Chinese characters in order of first appearance: a longer form is all
        Chinese characters, so it lies in one run. Searching the whole text once per question made a
        long report's typo check grow with the square of its length."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for run, (_, spans) in self.routes.items():
            for _, _, left, right in questions(run, spans):
                wanted[left].add(right)
        more: dict[tuple[str, str], str] = {}
        one: dict[tuple[str, str], str] = {}
        for run in dict.fromkeys(self.found or _HAN_RUN.findall(self.whole)):
            for i in [i for i in range(len(run) - 5) if run[i:i + 3] in wanted]:  # the places asked about
                left = run[i:i + 3]
                rights = wanted[left]
                for n in (2, 3):  # at one place the shorter middle first, as ``search`` tries them
                    right = run[i + 3 + n:i + 5 + n]
                    if len(right) == 2 and right in rights and (left, right) not in more:
                        more[(left, right)] = run[i:i + 5 + n]
                right = run[i + 4:i + 6]
                if right in rights and (left, right) not in more and (left, right) not in one:
                    one[(left, right)] = run[i:i + 6]
        return {(left, right): (more.get((left, right)), one.get((left, right)))
                for left, rights in wanted.items() for right in rights}


def check_typos(report: Report, standard_forms: bool = False) -> list[Finding]:
    """Wrong and dropped characters and classic 公文 confusions; one finding per wrong word, every place listed.
    With ``standard_forms``, the confusions that are widely written variants too (截止 before a date, 帐 for 账:
    ``ReviewOptions.standard_forms``)."""
    lex = lexicon()
    units = list(report.units())
    ctx = _Context.of("\n".join(u.text for u in units), lex)
    found: dict[tuple[str, str], list[tuple[TextUnit, Typo]]] = defaultdict(list)
    seen: set[tuple[str, str, int, int]] = set()  # (wrong, right, unit, start): a set, as one slip may stand thousands of times
    fixed: set[tuple[int, int, str]] = set()  # (unit, place, character written there) of the slips kept
    for n, unit in enumerate(units):
        before, after = units[n - 1].text if n else "", units[n + 1].text if n + 1 < len(units) else ""
        # the curated confusions first: where the lexicon finds the same slip (竟争 for the curated 竟),
        # the finding gives the curated reason
        said, held = curated_slips(unit.text, standard_forms)
        fixed |= {e for t in held for e in slip_edits(n, t)}  # a variant not asked for: said no other way either
        for t in [*said, *_unit_typos(unit.text, lex, ctx, n == len(units) - 1, before, after),
                  *(Typo(*f) for f in register_slips(unit.text, ctx.whole, ctx.written, lex))]:
            edits = slip_edits(n, t)
            if (key := (t.wrong, t.right, n, t.start)) in seen or edits & fixed:
                continue  # both ways found it: one place
            seen.add(key)
            fixed |= edits
            found[(t.wrong, t.right)].append((unit, t))
    out = []
    for (wrong, right), places in found.items():
        unit, t = places[0]
        # written this way three times is the report's usage (not counting where it stands inside
        # the right form: 出决算表 in 支出决算表)
        own = ctx.whole.count(wrong) - (ctx.whole.count(right) if wrong in right else 0)
        if t.rule != "language.confusion" and (own >= OWN_USAGE or (
                own >= TERM_USAGE and right not in ctx.whole and lex.freq(right) < FREQUENT)):
            continue
        if t.rule == "language.dropped" and slips.term_of_its_own(wrong, right, ctx.whole, TERM_USAGE):
            continue
        count = f"（全文共{len(places)}处）" if len(places) > 1 else ""
        what = {"language.dropped": "疑似漏字", "language.doubled_char": "疑似多字", transposed.RULE: "疑似字序错乱", swapped.RULE: "疑似字序错乱", swapped.STRAY: "疑似多字"}.get(t.rule, "疑似错别字")
        out.append(Finding(
            kind=Kind.REPEATED_WORD if t.rule == "language.doubled_char" else Kind.TYPO, severity=Severity.WARNING,
            message=f"{what}：“{wrong}”应为“{right}”{count}",
            location=FindingLocation.of(report, unit.at(t.start, t.end)),
            related=[FindingLocation.of(report, u.at(x.start, x.end)) for u, x in places[1:]],
            evidence=evidence(t, lex, ctx.whole, ctx.written), suggestion=f"改为“{right}”", rule=t.rule))
    return out + dropped_terms(report, units, ctx.routes, ctx.found, out)
