"""What says a string the typo check reads is meant (``typos.py``): names written as their owners
write them (titles, 机关代字, people, villages, vocabulary words, a unit's short form or numbered room,
a province's short name) and words broken by the page rather than the writer (a PDF's space or line
break inside a word, an excerpt cut mid-word), and grammar frames (除…外, a preposition heading a figure).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numbers.textnorm import fold_width
from ..numbers.traditional import fold_traditional, has_traditional
from .lexicon import COMMON, Lexicon
from .slips import HEADS

__all__ = ["CUT", "FREQUENT", "NUMERALS", "PLACE_SHORT", "coined", "framed_by", "heads_figure", "heads_items", "in_list_pattern",
           "names_unit", "places",
           "protected", "site_menu", "split_word", "without_issuers"]

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
FREQUENT = 5000  # a correction this frequent needs no support from the report when the slip is no word

# names are written as their owners write them: 《文件名》, 〈…〉, short “…” quotations, 机关代字
# before 〔year〕, a person after 联系人 or before 同志/局长, a village or town before 村/镇, a
# village's name between its town and 村, a county's between its prefecture and 区/县/旗
_TITLES = r"《[^《》]*》|〈[^〈〉]*〉"
# posts a person's name follows (书记杨振新), and a person: a common surname and one or two characters
_POSTS = ("书记", "主任", "局长", "股长", "科长", "组长", "队长", "站长", "所长", "院长", "校长", "县长", "市长",
          "镇长", "乡长", "村长", "会计", "出纳", "专家", "委员", "技术员", "联络员", "资料员", "管理员", "工作人员",
          "成员", "老师", "医生")
_PERSON = ("[王李张刘陈杨赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖蔡潘袁董杜魏苏吕丁沈姚卢姜崔钟谭陆汪"
           "廖贾夏韦邹熊孟秦邱侯尹薛闫贺顾毛郝龚邵钱覃戴莫孔汤][\u4e00-\u9fff]{1,2}")
# right after a post (the last characters of the posts looked behind first: one test where no post ends, not 28)
_AFTER_POST = (r"(?<=[" + "".join(sorted({p[-1] for p in _POSTS})) + r"])(?:" + "|".join(f"(?<={p})" for p in _POSTS)
               + r")")
_NAMED = r"[\u4e00-\u9fff]{2,3}"  # a person's name in a roster: a surname and one or two characters
# what closes a list of places named bare: 等 and/or a count of them, up to four characters, then their level
_CLOSES_PLACES = r"(?:等|等?[0-9一二三四五六七八九十两]+个)[\u4e00-\u9fff]{0,4}?(?:乡镇|街道|社区|[乡镇村区县旗])"
# a name before a bracketed year runs possessively (``{1,10}+``): blanks or a bracket follow it, never
# a Chinese character, so backing off a character cannot find a match (as in ``docnumbers``)
_PROTECTED = re.compile(
    _TITLES + r"|“[^“”]{1,16}”"
    r"|[\u4e00-\u9fff]{1,10}+(?=\s*[〔﹝\[【（(［]\s*(?:19|20)[\dxX]{2}(?!\s*年))"  # a 机关代字, not (2020年…)
    r"|[\u4e00-\u9fff]{1,10}+(?=(?:19|20)\d\d\d{1,4}\s*号)"  # …its brackets lost (鲁办发201550号)
    r"|(?:联系人|填报人|负责人|审核人|经办人|评价人|姓名)[:：\s]*[\u4e00-\u9fff]{2,4}"
    r"|(?:撰稿人?|审核|审签|签发|责任编辑|编辑|责编|校对|供稿|作者|摄影)[ \u3000]*[:：¦|｜][ \u3000]*[\u4e00-\u9fff]{2,4}"  # a page's byline
    # a roster after a post and its colon (成员：何作凡、李伟、黄英): each item of two or three characters, up to
    # a mark or the line's end, is a person's name, whatever the surname (a list of rare ones is no list of all)
    r"|" + _AFTER_POST + r"[:：][ \u3000]*" + _NAMED + r"(?:[、 \u3000]+" + _NAMED + r")*(?![\u4e00-\u9fff])"
    # a person after a post (股长赵严戈, 村主任吴兴旺, 出纳：钱彩敏) or in a 、 list of people (韩晓梅、唐晓能)
    r"|" + _AFTER_POST + r"[:：\s]*"
    + _PERSON
    + r"|" + _PERSON + r"(?:、" + _PERSON + r")+"
    r"|[\u4e00-\u9fff]{2,3}(?=同志|(?:副|党组)?(?:局长|主任|书记|科长|股长|县长|市长|院长|校长|所长|镇长|乡长))"
    r"|[\u4e00-\u9fff]{2,3}(?=(?:村|镇|乡|街道|社区)"
    r"(?:委|党|人民|政府|工作队|集体|卫生|中心|[小中]学|[^\u4e00-\u9fff]|$))"
    r"|(?<=[镇乡])[\u4e00-\u9fff]{1,3}(?=村|社区)"  # a village named after its town: 某某镇加诚村
    # a county or district named after its prefecture (毕节市七星关区, 南宁市邕宁区), not 全市/各州
    r"|(?P<county>(?<=[\u4e00-\u9fff]{2}[市州盟])(?<![全各本该我同][市州盟])[\u4e00-\u9fff]{2,3}(?=[区县旗]))"
    # a county or district opening its bureau's name on a line or after a colon (七星关区水务局 as a
    # header or a signature), not a longer name's tail (…彝族自治县) nor a verb (，报送区财政局)
    r"|(?P<opening>(?:^|(?<=[\n:：（(“]))[\u4e00-\u9fff]{2,3}(?=[区县旗](?:人民政府|党委|[\u4e00-\u9fff]{1,4}[局委办])))"
    # places listed with 、 (龙潭镇、龙滩镇、龙坛乡): each item after or before another place is a name
    r"|(?P<listed>(?<=[镇乡村区县]、)[\u4e00-\u9fff]{2,3}(?=[镇乡村区县])"
    r"|[\u4e00-\u9fff]{2,3}(?=[镇乡村区县]、[\u4e00-\u9fff]{2,3}[镇乡村区县])"
    # bare names listed with 、 and closed by what they are (宋家沟、水峪贯、阳坪等乡镇; 玉壶、大峃3个重点侨乡镇):
    # each item is a place's name, written without its level
    r"|(?:(?<=、)[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}(?=、))(?=(?:、[\u4e00-\u9fff]{2,3})*" + _CLOSES_PLACES + r"))")
# names read from their place alone (after a prefecture, opening a line, in a list): an everyday word
# there is the sentence's (城市规划区, 按照县委办要求), not a name
_PLACE_READ = frozenset(("county", "opening", "listed"))

# a bracketed year after a 机关代字 (湘财绩〔2021〕, 黔财预【2022】); the code is its last few characters
# (opening with its first character, a blank or the bracket, which ``re`` skips to in C; the look-behind
# after it: opening with the look-behind, the whole text was tried at every character)
_BRACKET_YEAR = re.compile(r"[\s〔﹝\[【（(［](?<=[\u4e00-\u9fff][\s〔﹝\[【（(［])(?:(?<=\s)\s*[〔﹝\[【（(［]|(?<=[〔﹝\[【（(［]))"
                           r"\s*(?:19|20)[\dxX]{2}(?!\s*年)")
ISSUER_CHARS = 4  # 鄂财农发, 湘政办发: no more is blanked (省财政厅湘财预〔 keeps its 财政 in prose)


def without_issuers(whole: str) -> str:
    """``whole`` with each 机关代字 blanked: a word the report writes only there (湘财) is no word it
    writes in prose, so it backs no correction of prose (乡财县管 is no slip for 湘财). Put together
    from the text's pieces between the blanks: a list of every character, joined again, cost twice
    the search (a report's text is tens of thousands of characters; it has a few codes)."""
    pieces, done = [], 0
    for m in _BRACKET_YEAR.finditer(whole):
        k = m.start()
        while k > 0 and m.start() - k < ISSUER_CHARS and "\u4e00" <= whole[k - 1] <= "\u9fff":
            k -= 1
        pieces += [whole[done:k], "\u3000" * (m.start() - k)]
        done = m.start()
    return "".join([*pieces, whole[done:]]) if pieces else whole


NUMERALS = "一二三四五六七八九十"
# the kind of unit a name ends with: a short form before it (市防指办公室, 乡财所) or an ordinal ending
# in it (专委一室) names a unit, written as its owners write it
_UNIT_KINDS = frozenset(("办公室", "委员会", "指挥部", "中心", "办", "局", "委", "站", "所", "厅", "处", "科",
                         "室", "股", "队", "院", "馆"))
_KIND_CHARS = frozenset(k for k in _UNIT_KINDS if len(k) == 1)
# a unit speaks of itself as 我/本/该 and its kind (我馆, 本局, 该站, 我校): the kind is a name
_SELF = frozenset("我本该")
_SELF_KINDS = _KIND_CHARS | frozenset("部校")
# characters written for almost nothing but a province's short name (在渝, 驻沪, 援黔): a place, no slip
PLACE_SHORT = frozenset("沪渝湘鄂粤皖闽赣黔滇浙蜀陇")


def protected(text: str, lex: Lexicon) -> tuple[list[bool], list[bool]]:
    """Characters inside quoted titles and names, 机关代字 and vocabulary words; and the same without
    the titles (a dropped character is found in a title too: 东川区人办公室 in 《…》 where the report
    writes 东川区人民政府办公室 just before)."""
    mask = [False] * len(text)
    # read as simplified, character for character: the typo check reads a traditional copy as written, and a
    # post or title in it (成員：何作凡) heads its names as the simplified one does
    folded = fold_width(fold_traditional(text) if has_traditional(text) else text)
    for m in _PROTECTED.finditer(folded):
        if m.lastgroup not in _PLACE_READ or lex.freq(m.group()) < COMMON:
            mask[m.start():m.end()] = [True] * (m.end() - m.start())
    titles = [False] * len(text)
    for m in re.finditer(_TITLES, folded):
        titles[m.start():m.end()] = [True] * (m.end() - m.start())
    untitled = [m and not t for m, t in zip(mask, titles, strict=True)]
    for m in _byline_names(text):
        mask[m.start():m.end()] = untitled[m.start():m.end()] = [True] * (m.end() - m.start())
    vocabulary, heads = lex.vocabulary, _heads(lex.vocabulary)
    for i in range(len(text)):
        if text[i:i + 2] not in heads:  # no word of the vocabulary starts here
            continue
        for n in range(2, 9):
            if text[i:i + n] in vocabulary and lex.freq(text[i:i + n]) <= COMMON:
                mask[i:i + n] = [True] * n
                untitled[i:i + n] = [True] * n
    return mask, untitled


_HEADS: dict[int, tuple[set[str], frozenset[str]]] = {}


def _heads(vocabulary: set[str]) -> frozenset[str]:
    """The first two characters of each word of the vocabulary (a word of one: itself)."""
    held = _HEADS.get(id(vocabulary))
    if held is None or held[0] is not vocabulary:
        held = _HEADS[id(vocabulary)] = (vocabulary, frozenset(w[:2] for w in vocabulary))
    return held[1]


_GAP = re.compile(r"[ \t\u3000\r\n]+")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
CUT = 3  # a text that stops mid-sentence may have cut its last word: no slip is read in its last characters
FRAME_REACH = 30  # how far the closing half of 除…外 may follow its 除


def split_word(text: str, start: int, end: int, run: re.Match[str] | None, lex: Lexicon) -> bool:
    """Whether the slip touches a run's edge where only a space or a line break parts it from more
    Chinese characters and a word of the dictionary spans that break (乡财 / 政管理: a PDF wrapped
    财政): the word goes on across the break, so what stands before it is no slip."""
    if run is None:
        return False
    for edge, outward in ((run.end(), 1), (run.start(), -1)):
        if (end if outward > 0 else start) != edge:
            continue
        if outward > 0:
            gap = _GAP.match(text, edge)
            after = _HAN_RUN.match(text, gap.end()) if gap is not None else None
            if after is None:
                continue
            left, right = text[max(run.start(), edge - 3):edge], after.group()[:3]
        else:
            head = text[:edge]
            kept = head.rstrip(" \t\u3000\r\n")
            if len(kept) == len(head) or not kept or not _HAN_RUN.fullmatch(kept[-1]):
                continue
            before = _HAN_RUN.search(kept[-3:][::-1])  # found: the last character kept is Chinese
            assert before is not None
            left = before.group()[::-1]  # the Chinese characters just before
            right = text[edge:min(run.end(), edge + 3)]
        joined = left + right
        if any(s < len(left) < e for s, e in lex.route(joined)[1]):
            return True
    return False


def framed_by(text: str, start: int, end: int, right: str) -> bool:
    """Whether the corrected character is the 除 of a 除…外 frame whose 外 follows in the sentence
    (是指除基本支出以外 is no 指出)."""
    k = next(k for k, (x, y) in enumerate(zip(text[start:end], right, strict=False)) if x != y)
    if text[start + k] != "除":
        return False
    after = text[start + k + 1:start + k + 1 + FRAME_REACH]
    stop = _SENTENCE_END.search(after)
    return "外" in (after[:stop.start()] if stop else after)


# a document number's year right after the words: 市委办发【2019】, 天机编办发〔2012〕 — the words are its issuer's code
# (〔 alone is enough: it brackets nothing but a document number's year)
_NUMBER_YEAR = re.compile(r"\s*(?:〔|[【\[［（(]\s*(?:19|20)\d\d\s*[〕】\]］）)])")
_NUMERAL = "一二三四五六七八九十两"


def coined(text: str, start: int, end: int, right: str) -> bool:
    """Whether the slip's words are coined, not misspelt: a document number's issuer code (the last characters
    before its year's bracket: 市委办发 is no 办法), or a numbered slogan's numeral (“三建四业”, 四业 is no 事业:
    a numeral and one character beside another such pair, or alone in quotes)."""
    if _NUMBER_YEAR.match(text, end):
        return True
    p = start + next(k for k, (x, y) in enumerate(zip(text[start:end], right, strict=False)) if x != y)
    if text[p] not in _NUMERAL:
        return False
    paired = (p >= 2 and text[p - 2] in _NUMERAL) or text[p + 2:p + 3] in tuple(_NUMERAL)
    quoted = p > 0 and text[p - 1] in ("“", "\"") and text[p + 2:p + 3] in ("”", "\"")
    return paired or quoted


def in_list_pattern(text: str, start: int, end: int, right: str) -> bool:
    """Whether the corrected character stands at the same place in a word of the same length right
    before or after the slip's, across a 、: list items coined in one pattern (限载、限行; 提标、提速)
    share it on purpose, so it is meant."""
    p = start + next(k for k, (x, y) in enumerate(zip(text[start:end], right, strict=False)) if x != y)
    n = end - start + 1  # from a character to its place in the item beyond the 、
    return (text[start - 1:start] == "、" and p - n >= 0 and text[p - n] == text[p]) or (
        text[end:end + 1] == "、" and text[p + n:p + n + 1] == text[p]) or _unit_items(text, start, end, right) \
        or _kind_items(text, start, p) or _one_frame(text, start, end, p - start, right) or _short_listed(text, start, end) \
        or _frame_head(text, p, right[p - start])


_ITEM_STOPS = "、，,；;。：:“”《》（）()\n"


def _one_frame(text: str, start: int, end: int, k: int, right: str) -> bool:
    """Whether the slip ends an item of a 、 list and a neighbouring item ends with the same characters but
    at the changed place, where it has a third character (小病不出村、常见病不出乡、大病不出县: 出县 is no 出现):
    items coined on one frame, of any length, vary that character on purpose."""
    if text[end:end + 1] not in tuple(_ITEM_STOPS):
        return False
    wrong, n = text[start:end], end - start
    at = max(text.rfind(c, 0, start) for c in _ITEM_STOPS)
    before = text[max(text.rfind(c, 0, at) for c in _ITEM_STOPS) + 1:at] if text[at:at + 1] == "、" else ""
    nxt = min((i for c in _ITEM_STOPS if (i := text.find(c, end + 1)) >= 0), default=len(text))
    after = text[end + 1:nxt] if text[end] == "、" else ""
    return any(len(item) >= n and item[-n:][:k] == wrong[:k] and item[-n:][k + 1:] == wrong[k + 1:]
               and item[-n + k] not in (wrong[k], right[k]) for item in (before, after))


_JOINERS = "、及和与或"


def _frame_head(text: str, p: int, right: str) -> bool:
    """Whether the changed character opens an item of a 、 list whose previous item varies its own first
    character before the same next one (禁养区、限养区及适养规划区: 适养 is no 及时养): items coined on one
    frame vary that character on purpose."""
    if p < 3 or text[p - 1] not in _JOINERS or p + 1 >= len(text):
        return False
    q = max(text.rfind(c, 0, p - 1) for c in _ITEM_STOPS)
    prev = text[q + 1:p - 1]
    return text[q:q + 1] == "、" and 2 <= len(prev) <= 6 and prev[1] == text[p + 1] \
        and prev[0] not in (text[p], right)


def _unit_items(text: str, start: int, end: int, right: str) -> bool:
    """Whether the slip ends an item of a 、 list of units of one kind (检验科、成分科、供血科) with that
    kind, which the correction reads into a word (血科 as 学科): each item is a unit named by its work, as
    its owners name it. A unit's kind itself corrected (财务室、办工室: 办公室) is read as ever."""
    kind = text[end - 1]
    if kind not in _KIND_CHARS or right[-1] != kind or right in _UNIT_KINDS:
        return False
    mark = text.rfind("、", max(0, start - 4), start + 1)
    nxt = re.match(r"、[\u4e00-\u9fff]{1,5}?" + kind, text[end:end + 8])
    return (mark > 0 and text[mark - 1] == kind) or nxt is not None


def _kind_items(text: str, start: int, p: int) -> bool:
    """Whether the typed character at ``p`` is the last one of the 、 item before the slip's (口蹄疫、小反刍兽疫:
    a list of diseases): items named by their kind end with it, so it is meant (兽疫 is no 兽医)."""
    mark = text.rfind("、", max(0, start - 6), start + 1)
    return mark > 0 and text[mark - 1] == text[p] and "，" not in text[mark:p] and p - mark <= 6


def _short_listed(text: str, start: int, end: int) -> bool:
    """Whether the slip stands right before its item's kind in a 、 list of units of that kind (财政局、自然资源局、
    住建局、生态环境局: 住建 is no 组建): a unit's short name, written as its owners write it."""
    kind = text[end:end + 1]
    if kind not in _KIND_CHARS:
        return False
    mark = text.rfind("、", max(0, start - 4), start + 1)
    nxt = re.match(r"、[\u4e00-\u9fff]{1,6}?" + kind, text[end + 1:end + 9])
    return (mark > 0 and text[mark - 1] == kind) or nxt is not None


_CLAUSE_ENDS = "，,。！？；!?;：:\n"


def heads_items(text: str, p: int) -> bool:
    """Whether the character at ``p`` begins the first item of a 、 list whose next item begins with it
    too (确保保基本民生、保工资、保运转: after 确保, 保 heads each item; no character typed twice). Asked
    only of a doubled character, so the clause's end is found by ``str.find`` (a pattern compiled at
    import cost the command's start-up more than all its uses)."""
    stop = min((k for c in _CLAUSE_ENDS if (k := text.find(c, p)) >= 0), default=len(text))
    return f"、{text[p]}" in text[p:stop]


def heads_figure(text: str, end: int, right: str) -> bool:
    """Whether the corrected character is a preposition or negation ending its run before a figure,
    a title or a quotation, which it heads (我部对2024年度项目… is no 部队); or a word of quantity before a
    figure (雨水管网各5109m: each, no 网络)."""
    if text[end - 1] == right[-1]:
        return False
    return (text[end - 1] in HEADS and text[end:end + 1] in _HEADED) \
        or (text[end - 1] in _QUANTITY and text[end:end + 1] in _DIGITS)


_DIGITS = frozenset("0123456789０１２３４５６７８９")
_HEADED = _DIGITS | frozenset("“《〈（(")
_QUANTITY = frozenset("各每共约近达计")  # each, every, in all, about, nearly, reaching, counting


def names_unit(run: str, spans: list[tuple[int, int]], a: int, b: int, right: str, lex: Lexicon,
               written: set[str], whole: str) -> bool:
    """Whether ``run[a:b]`` is part of a unit's name: a short form right before the unit's kind
    (防指 of 市防指办公室, 财 of 乡财所), unless the corrected name is a word or one the report writes
    (财怔局: 财政局), the correction a frequent word (jieba ≥ 5,000) or one the report writes
    elsewhere, as units are named for fields of work (财怔所, 角育委员会, 综合止理办公室: 财政, 教育,
    治理) while a short form reads as a rarer word the report never writes (防指: 防治); or a
    name's kind itself "corrected" after an ordinal (一室 of 专委一室); or a unit naming itself by
    its kind after 我, 本 or 该 (我馆于…, 本局对…: the kind is the unit, no 关于 or 局对); or a short form
    of a name the report writes whole (``_short_form``); or a firm's name the report writes (``_FIRM``); or a
    rare character the report writes four times or more (设衢江 among 衢州, 衢丽铁路: no 设区)."""
    if re.search(re.escape(run[a:b]) + _FIRM, whole):
        return True
    k = next(k for k, (x, y) in enumerate(zip(run[a:b], right, strict=False)) if x != y)
    if lex.freq(run[a + k]) < _RARE_CHAR and whole.count(run[a + k]) > _OWN_CHAR:
        return True  # a rare character the report writes again and again is its own: a place's (衢州, 衢江 …), a name's
    if a + k and run[a + k] in _SELF_KINDS and run[a + k - 1] in _SELF:
        return True
    if _short_form(run, a, b, whole):
        return True
    kind = next((run[s:e] for s, e in spans if s == b), None)
    if (kind in _UNIT_KINDS and lex.freq(right) < FREQUENT and right not in written
            and not lex.freq(right + kind) and right + kind not in whole):
        return True
    return run[b - 1] in _KIND_CHARS and right[-1] != run[b - 1] and run[b - 2] in NUMERALS


# the words a firm's name holds between its own name and its kind (湖南财正会计师事务所, whose code 湘财正咨字
# stands on its report: 财正 is its name, no 财政)
_FIRM = ("(?:会计师|税务师|律师|资产评估|工程造价|工程|造价|项目管理|管理|咨询|评估|科技|信息|技术|建设|建筑|设计|监理|数据)*"
         "(?:事务所|有限公司|有限责任公司|股份有限公司|集团)")
_RARE_CHAR, _OWN_CHAR = 1000, 3  # a character jieba counts fewer times alone, and how often else the report writes it
_SHORT_FORM = 4  # a name's short form of at least this many characters: fewer match by chance


def _short_form(run: str, a: int, b: int, whole: str) -> bool:
    """Whether ``run[a:b]`` ends a short form of a name the report writes whole: the characters from a few
    before it to its end stand in that order in a longer name, each opening a part of it (文旅广体局 of
    文化旅游广电体育局, 县发改局 of 县发展和改革局): units are named so in running text."""
    for s in range(max(0, b - 7), min(a, b - _SHORT_FORM) + 1):
        short = run[s:b]
        if not _spread_in(short, whole):
            continue  # (a pattern compiled per word costs more than this walk: most words are in no name)
        parts = "[\u4e00-\u9fff]{0,3}".join(map(re.escape, short))
        if any(m.end() - m.start() > len(short) + 1 and short not in m.group() for m in re.finditer(parts, whole)):
            return True  # (a name that holds the very characters, 佤族布朗族傣族字治, shortens nothing)
    return False


def _spread_in(short: str, whole: str) -> bool:
    """Whether ``short``'s characters stand in ``whole`` in order with at least one Chinese character
    between two of them and at most three between any two: what ``_short_form``'s pattern needs to
    match longer than ``short`` + 1, checked without compiling it."""
    def walk(j: int, q: int, gaps: int) -> bool:
        if j == len(short):
            return gaps >= 2
        for g in range(4):
            if q + g >= len(whole):
                return False
            if whole[q + g] == short[j] and walk(j + 1, q + g + 1, gaps + g):
                return True
            if not "\u4e00" <= whole[q + g] <= "\u9fff":
                return False
        return False
    # the walk from a place needs the second character within the next four (a slice searched in C):
    # ``short``'s first is often a common character (业 in 420 places of the sample), most with no
    # such second after it, and a walk begun at each was 20 M instructions of a review of the sample (1 %)
    first, second = short[0], short[1]
    i = whole.find(first)
    while i >= 0:
        if second in whole[i + 1:i + 5] and walk(1, i + 1, 0):
            return True
        i = whole.find(first, i + 1)
    return False


# a place's name and its kind, at every start (overlapping: 因位奇镇 holds 位奇镇); a bay, an island or a
# gorge is named so too (三娘湾, 涠洲岛): the words these end are names, not the report's prose
_PLACE = re.compile(r"(?=([\u4e00-\u9fff]{2,3}(?:镇|乡|村|街道|社区|湾|岛|峡)))")
_PLACE_AT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|村|街道|社区|湾|岛|峡)")
_KIND = re.compile(r"镇|乡|村|街道|社区|湾|岛|峡")


def places(whole: str) -> list[str]:
    """The villages, towns and communities named, as ``_PLACE.findall(whole)``: a place can start only
    two or three characters before its kind's word, so only there is it tried (the look-ahead was tried
    at every character of the report)."""
    starts = sorted({s for m in _KIND.finditer(whole) for s in (m.start() - 3, m.start() - 2) if s >= 0})
    return [m.group() for s in starts if (m := _PLACE_AT.match(whole, s))]


# a web page's menu copied with the report (首页 走进大足 政务公开 … 政民互动): the site's sections, named in its own words
_MENU = re.compile(r"^\s*首页(?:\s*[>›»/|]?\s*[\u4e00-\u9fff]{2,8}){3,}\s*$")


def site_menu(text: str) -> bool:
    """Whether ``text`` is a site's menu line: 首页 and three or more sections' names, no sentence mark."""
    return bool(_MENU.match(text))


# a page's byline (时间:2024-08-21 17:55:55 炜亮 报告 我要投稿): a short line with a date written 2024-08-21 and no
# sentence mark; a name standing alone between its spaces is its author's or editor's, no word to correct
_BYLINE_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-\d{1,2}-\d{1,2}(?!\d)")
_BYLINE_NAME = re.compile(r"(?<=[ \u3000])[\u4e00-\u9fff]{2,3}(?=[ \u3000])")
_BYLINE_REACH = 80


def _byline_names(text: str) -> Iterator[re.Match[str]]:
    """The names standing alone in ``text`` where it is a page's byline."""
    if len(text.strip()) <= _BYLINE_REACH and _BYLINE_DATE.search(text) and not re.search(r"[。，；]", text):
        yield from _BYLINE_NAME.finditer(text)
