"""What the partial-splice rule (``splices``) asks of the text around a repeated run: whether the
run is items of a list of figures or opens with a comparison, whether its brackets pair up, whether
a seam cuts a sentence open, how often a seam's two characters meet elsewhere (``PairCounts``), whether
a line goes on with a sentence a page break cut, where a copy's alignment can start. Kept apart so
``splices`` stays one concern a module.
"""

from __future__ import annotations

import re

from ..numbers.textnorm import TERMINATORS, is_sentence_start, list_marker_end, to_halfwidth
from ..report import TextUnit
from .lexicon import lexicon

__all__ = [
    "CLOSERS",
    "COMPARISON",
    "GOVERNING_WORDS",
    "OPENERS",
    "YEAR_COMPARED",
    "PairCounts",
    "balanced",
    "clause_start",
    "continues_the_unit_before",
    "cut_mid_word",
    "cuts_open",
    "figure_items",
    "framed_list",
    "line_of",
    "mid_left",
    "mid_right",
    "reads_in_place",
    "span_starts",
    "taken_whole",
]

# a run opening with a comparison is a predicate said again of another subject, not a pasted clause
COMPARISON = re.compile(r"(?:较|比|同比|环比|与)(?:上年|去年|上一年|年初|预算|同期)")
# …so is one opening with the compared year and 相比 after a 与 the host keeps (收、支与|2023年度相比，减少956.31万元，
# 下降16.9%，主要|原因是…), up to the reason's first word: one that copies the reason too (…主要原因是减少新冠疫情防控
# 经费支|) is a paste all the same
YEAR_COMPARED = re.compile(r"(?:19|20)\d\d年度?(?:相比|比较)(?:(?!原因)[^。；;])*(?:原因(?:是|为|系|在于)?)?")
_FIGURE_ITEM = re.compile(r"[^\d,;:，；：]{1,12}?\d[\d.]*(?:万元|亿元|元|万|%|个|人|户|项|家|处|所|名)?")


def figure_items(run: str, after: str) -> bool:
    """Whole items of a list of figures (a short name and its figure each) before another of the
    host's items: two lists giving the same places the same sums share them by coincidence."""
    items = [x.strip() for x in re.split(r"[,;、，；]", run) if x.strip()]
    return len(items) >= 2 and all(_FIGURE_ITEM.fullmatch(x) for x in items) and run.rstrip()[-1:] in ",;、，；" \
        and re.match(r"[^\d,;:，；：。]{1,12}?\d", after) is not None


_PAIRS = ("()", "《》", "“”", "[]", "【】", "〈〉", "<>", "「」")


def balanced(run: str) -> bool:
    """Every bracket and quote the run opens it also closes (half- and full-width alike)."""
    h = "".join(to_halfwidth(c) for c in run)
    return all(h.count(pair[0]) == h.count(pair[1]) for pair in _PAIRS)


def line_of(text: str, pos: int) -> str:
    """The whole line of ``text`` that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def cuts_open(text: str, a: int) -> bool:
    """A letter or digit right before ``a`` inside a sentence: the host's left seam of a splice. Not
    after a sentence's opening words of time or scope alone (全年|新建…3处，新增…; 2019年全乡|实现脱贫…):
    the sentence's own clause opens there, as a result restates its plan's words; nor after a connective
    that opens a clause after its comma (，同时|新增…)."""
    if a == 0 or is_sentence_start(text, a) or not to_halfwidth(text[a - 1]).isalnum():
        return False
    clause = max(text.rfind(ch, max(0, a - 4), a) for ch in "。！？!?；;，,：:\n") + 1
    if clause and text[clause:a].strip() in _CONNECTIVES:
        return False  # …抢险，同时|新增一座应急池…。: a connective opens the host's own next clause
    start = max(text.rfind(ch, max(0, a - _OPENING_MAX), a) for ch in "。！？!?；;\n") + 1
    return start < a - _OPENING_MAX or not _OPENING.fullmatch(text[start:a].strip())


# words that open a clause of their own after a comma: what follows them is the host's next clause
_CONNECTIVES = frozenset({"同时", "并", "并且", "此外", "另外", "另", "还", "也", "又", "再", "进而", "从而", "以及", "且",
                          "而且", "此后", "随后", "然后", "其后", "目前", "现已", "截至目前"})


# a sentence's opening adverbial of time and scope only: 全年, 2019年全乡, 本年度全县
_OPENING = re.compile(r"(?:(?:19|20)\d\d\s*年度?|全年|年内|本年度?|当年|今年|同年)?\s*"
                      r"(?:全[省市州盟县区旗乡镇]|辖区内?)?")
_OPENING_MAX = 12


class PairCounts(dict[str, int]):
    """How often each pair of neighbouring characters occurs in the report's normalised texts (joined
    by line breaks, which no normalised text holds), counted when first asked: only the seams of
    the few candidates that get that far are asked about, where counting every pair of a long report
    took a tenth of the check."""

    def __init__(self, joined: str) -> None:
        super().__init__()
        self.joined = joined

    def __missing__(self, pair: str) -> int:
        if pair[0] != pair[1]:
            n = self.joined.count(pair)
        else:  # "aa" in "aaa" is two pairs; str.count does not count overlapping ones
            n, p = 0, self.joined.find(pair)
            while p >= 0:
                n, p = n + 1, self.joined.find(pair, p + 1)
        self[pair] = n
        return n


# a page's number left at the head of a line (2、) where a sentence broken by the page break goes on
_PAGE_HEAD = re.compile(r"\s*\d{1,3}\s*[、.．]?\s*")
_RUNNING = 40  # the unit before is running text this long, not a heading
_OPEN_END = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]\s*$")


def continues_the_unit_before(units: list[TextUnit], source: int, pos: int) -> bool:
    """The source position opens its unit but continues the unit before, which ends mid-sentence (a
    page break): no clause starts there."""
    src = units[source].text
    if source == 0 or not _PAGE_HEAD.fullmatch(src[:pos]):
        return False
    before = units[source - 1].text
    return len(before.strip()) >= _RUNNING and bool(_OPEN_END.search(before))


# words after which a name or a verb phrase is expected: a run there is read, not inserted
GOVERNING_WORDS = ("负责", "协助", "配合", "参与", "组织", "开展", "做好", "加强", "落实", "贯彻", "推进",
                   "完成", "实施", "关于", "根据", "按照", "印发", "下达", "围绕", "通过", "制定", "执行", "安排")
# a verb or preposition before a run that it takes whole, and prepositions a run may open with after a subject
_TAKES = frozenset("于为是从对在按以将把向由")
_TAKES_WORDS = ("包括", "旨在", "为了", "用来", "以便", "致力")
_PREPOSITIONS = ("从", "对", "按照", "根据", "围绕", "通过", "针对", "依据", "依照", "结合", "在", "以")
_FRAME_WORDS = r"(?:方面|角度|环节|维度|领域|层面|要求|原则|规定|精神|部署|标准|领导下|指导下|支持下|帮助下|过程中|基础上)"
_FRAME_END = re.compile(_FRAME_WORDS + "$")
# the rest of a frame after a list of its items: 和工作评价等方面, 等各个环节 (up to the clause's end)
_FRAME_CLOSE = re.compile(r"[^，。；,;:：\n]{0,12}?" + _FRAME_WORDS)


def framed_list(run: str, host_after: str, source_after: str) -> bool:
    """A list of aspects that a preposition opens and a frame word closes in both places (从资金保障、
    项目管理、使用成效|和工作评价等方面 and …|等各个环节): one enumeration said twice, each time in a
    frame of its own, not a clause pasted into a sentence."""
    return run.startswith(_PREPOSITIONS) and "、" in run \
        and all(_FRAME_CLOSE.match(after) for after in (host_after, source_after))


def taken_whole(host: str, a: int, run: str) -> bool:
    """The run stands where the host's words ask for a clause: after a verb or preposition that takes
    it (用于|提升…, 负责|对…) or opening with a preposition of its own after the subject (评价组|从…)."""
    if a >= 4 and _SCOPE.fullmatch(host, a - 2, a):
        a -= 2  # 用于全国|重点军供站维修改造: a scope word between the verb and the noun it takes
    return host[a - 1 : a] in _TAKES or host[max(0, a - 2) : a] in GOVERNING_WORDS + _TAKES_WORDS \
        or run.startswith(_PREPOSITIONS)


_SCOPE = re.compile(r"[全各本我][国省市县区州镇乡村]|各级|各地")


def clause_start(text: str, pos: int) -> bool:
    """``pos`` opens a clause: a line or sentence start, or right after a comma, 、 or colon."""
    j = pos
    while j > 0 and text[j - 1] in " \t\u3000":
        j -= 1
    if j == 0 or text[j - 1] == "\n" or to_halfwidth(text[j - 1]) in ",、;:。!?":
        return True
    return is_sentence_start(text, pos)


def reads_in_place(host: str, a: int, run: str) -> bool:
    """A whole clause of its source reads where it stands in the host: taken whole there (``taken_whole``),
    and either ending with its own clause mark there (the host goes on with a new clause) or being a
    whole prepositional frame (从…方面, 按照…要求, 在…领导下), an adverbial the host's verb may follow."""
    governed = taken_whole(host, a, run)
    closes = to_halfwidth(run.rstrip()[-1:]) in ",;:"
    frame = run.startswith(_PREPOSITIONS) and bool(_FRAME_END.search(run))
    return governed and (closes or frame)


# -- where a whole paragraph pasted into a sentence cuts it open ------------------------------------

CLOSERS = "”’」』)）》】\"'"
OPENERS = ("一是", "二是", "三是", "四是", "五是", "六是", "其一", "其二", "首先", "其次", "同时", "此外",
           "另外", "另一方面", "最后", "总之", "综上")


def mid_left(text: str, a: int) -> bool:
    """The character before ``a`` is a letter or digit inside a sentence (not a line start, not
    after a stop, colon or comma, not right after a list marker): text was cut open here."""
    if a == 0 or is_sentence_start(text, a):
        return False
    prev = to_halfwidth(text[a - 1])
    return prev.isalnum()


def mid_right(text: str, b: int, ref_stops: bool) -> tuple[bool, int]:
    """Whether the sentence interrupted at ``b`` goes on after it, and the span's end taking in the
    copied paragraph's closing stop (only when the copied paragraph has one: a copy without a stop
    followed by the host's own 。 ends the host sentence). The host continues on the same line,
    with a letter or digit, and not with a list marker or a new point (一是, 同时…)."""
    e = b
    while ref_stops and e < len(text) and to_halfwidth(text[e]) in TERMINATORS + CLOSERS:
        e += 1
    if e >= len(text) or text[e] in "\n\r" or not to_halfwidth(text[e]).isalnum():
        return False, b
    if list_marker_end(text, e) > e or text.startswith(OPENERS, e):
        return False, b
    return True, e


def span_starts(window: str, core: str) -> list[int]:
    """Where in ``window`` the alignment of ``splices._exact_span`` can start a span of ``core``: at
    its first matching block of three or more characters, within ``core``'s first three. None of
    three or more lies before it, so it is the longest match of a region at both texts' starts: the
    characters before it differ, or it starts a text. ``tests/test_speed_bounds.py`` compares it
    with the alignment."""
    out = []
    for j in range(3):
        piece = core[j : j + 3]
        at = window.find(piece)
        while at >= 0:
            if j == 0 or at == 0 or window[at - 1] != core[j - 1]:
                out.append(at)
            at = window.find(piece, at + 1)
    return out


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_AROUND = 4      # Chinese characters read on each side of a seam to find the word across it
_COMMON = 100    # a word this common in jieba's dictionary (as ``splices``' words cut by a seam)


def cut_mid_word(source: str, d: int, host: str, b: int) -> bool:
    """Whether a run copied from ``source`` (ending at ``d``) ends inside a common word there (可|持续,
    转移支|付, 座|谈) and leaves its last character alone in the host (where it ends at ``b``): no word
    with the host's characters before or after it (…安全规范、可|广西的…). A name or a list of names said
    again is said whole, ending where its last word ends (…会议培训费|支出: 培训费 is a word)."""
    return _word_across(source, d) and _alone(host, b - 1)


def _window(text: str, at: int) -> tuple[int, str]:
    """The run of Chinese characters around ``at``, up to ``_AROUND`` on each side: its start and text."""
    a, e = at, at
    while a > max(0, at - _AROUND) and _HAN_CHAR.match(text[a - 1]):
        a -= 1
    while e < min(len(text), at + _AROUND) and _HAN_CHAR.match(text[e]):
        e += 1
    return a, text[a:e]


def _word_across(text: str, at: int) -> bool:
    """Whether jieba's reading of the Chinese characters around ``at`` puts one common word across it."""
    if at <= 0 or at >= len(text) or not (_HAN_CHAR.match(text[at - 1]) and _HAN_CHAR.match(text[at])):
        return False
    a, window = _window(text, at)
    lex = lexicon()
    return any(s < at - a < t and lex.freq(window[s:t]) >= _COMMON for s, t in lex.route(window)[1])


def _alone(text: str, at: int) -> bool:
    """Whether the Chinese character at ``at`` is a word of one character in jieba's reading around it."""
    if at < 0 or at >= len(text) or not _HAN_CHAR.match(text[at]):
        return False
    a, window = _window(text, at)
    return (at - a, at - a + 1) in lexicon().route(window)[1]
