"""What the words around a suspected slip say about it (``typos.py``, ``language.py``): the typo check
reads two to four characters, but a reader reads the phrase. Each premise below is a shape of written Chinese in which a
string that is no word on its own is meant, and where a "correction" would break the phrase:

- a formal numeral (大写数字: 第壹, 壹万元) is the 大写 a finance text writes on purpose, never a slip
  for the 小写 one;
- a name in a list of names of one kind (办公室、组宣部、权益部; 元阳部、红河部、云锡部): the items
  share their last character, the unit's kind, and each is written as its owner writes it;
- a level before an organ (的区人大代表, 县政协): 区 belongs to 区人大, not to 的区;
- a function character followed by a word (及本年, 与会同…): the character after the function
  character begins the next word, which a "correction" would tear apart (及本年 is no 基本年);
- an elided list (企、事业单位; 中、小学): the first item shares the second's last character;
- a bracketed insert inside a phrase (因公出国（境）费): the character after it is no stranded one;
- garbled text (a PDF's font mapping gone wrong: 碟令薯樽轴示施): a long stretch of characters that
  make no word together is no language a slip could be read in;
- a 自评表 flattened into one line (年初设定目标…完成情况): the target cell and the actual cell may
  hold the same text, which is no clause said twice;
- 按/逐/每 before a measure word heading the rest of its clause (按件向律师发放补贴, 逐户核查): "per item",
  an adverb of the verb after it, not a noun that lost its first character (案件 is counted or follows 的: 按件612件);
- a form's field label (a line's first words before its colon: 村名：某某村): the template's words; a
  模糊音 syllable (-n/-ng …), the weakest evidence of a slip, does not outweigh them;
- a figure's measure word (扣1分, 3个, 5人) closes its figure: the character after it begins the next
  word (扣1分系部分评价…: 系 is 是 there, no 分析 torn from 分) — unless the correction makes a longer
  measure of the figure (2016年席 → 2016年度);
- a four-character frame 以A定B (以案定补, 以奖代补, 以赛促训, 以岗定搬): the character after 以 is the frame's
  noun, not the first half of a word with the verb after it (以案定补 is no 安定), where the frame closes its
  phrase (a figure, a mark or 的 after it);
- a unit's short name in brackets, its kind last ((政数局), (县农业局)): the kind closes the name, no slip of
  the word its characters would make without it (数局 is no 数据);
- the demonstrative 该 before what it counts or names (因该项目为…, 对该笔资金): a character before it belongs to
  no word with it (因 | 该项目 is no 应该);
- a street's name right before its number (文建街84号, an address): a name, no slip of 文件;
- a relative year (下年, 次年, 当年, 每年) closes with its 年 as a figure with its measure word: the character
  after it begins the next word (结转下年待付 is 下年|待付, no 年代 torn from 下年);
- a figure and its measure word count the noun after them (三颗星, 两条河, 一张表): a one-character noun, a word
  alone, followed by a function character (为, 是, 的, 和) is that whole noun, no half of a word with the function
  character (其中三颗星为必填指标 is 三颗|星|为, no 行为).

Three more for a dropped character (``dropped_meant``):

- a 副 restored: the post without it is another post (县级总林长 beside 县级副总林长; 组长 beside 副组长),
  which the report may name on purpose, so its 副 is never read as dropped;
- a level's party committee named short (县委组织部, 市委办公室 beside 中国共产党某县委员会组织部): 县委, 市委 are
  the short forms of the level's 委员会, no 员会 was dropped;
- a figure's measure word heading a clause that leaves its noun to the clause before (将156项高频事项下放到乡镇、
  68项下放到村): 68项 counts the same 事项, and no 事 was dropped before 项;
- the last of a list of single characters that share the word after them (县、乡、村卫生服务体系: 县卫生, 乡卫生,
  村卫生): each character is a whole item, and no 农 was dropped before 村 where the report writes 农村卫生 elsewhere.
  Not after a numeral, whose 、 marks an item (五、政拨款收入 is a heading that lost the 财 of 财政).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .lexicon import COMMON, Lexicon

__all__ = ["EVERYDAY", "GARBLED", "dropped_meant", "garbled", "inserted", "meant_here", "site_notice", "target_and_actual",
           "teaser_near"]

# 大写 numerals and the 小写 ones they stand for
_FORMAL = dict(zip("壹贰叁肆伍陆柒捌玖拾佰仟零", "一二三四五六七八九十百千〇", strict=True))
# the kinds of unit a list of names shares (…部、…部、…部)
_KINDS = frozenset("部局科室股处队站所院馆委办组校团会")
_ITEM_END = frozenset("、，,；;。：:\n")
_LEVELS = frozenset("省市县区乡镇州旗盟")
_NUMERALS = frozenset("一二三四五六七八九十〇零壹贰叁肆伍陆柒捌玖拾")
_ORGAN = re.compile(r"人大|政协|政府|党委|纪委|人民政府|人民法院|人民检察院|委员会")
# function characters that stand alone before a word: a conjunction, a particle, a preposition
_FUNCTION = frozenset("及和与或并的地得之在对从向将把被为以于其")
GARBLED = 6  # this many characters in a row, each a word alone, is garbled text, not Chinese
EVERYDAY = 20000  # a character this frequent alone is a word of everyday Chinese (他, 说, 不)
_LIST_REACH = 12  # a name in a list is at most this long


def first_change(text: str, start: int, right: str) -> int:
    """Where a correction ``right`` of the slip at ``start`` first differs from ``text``, counted from ``start``."""
    return next(k for k, (x, y) in enumerate(zip(text[start:], right, strict=False)) if x != y)


def meant_here(text: str, start: int, end: int, right: str, lex: Lexicon, why: str = "",
               written: Collection[str] = ()) -> bool:
    """Whether ``text[start:end]``, which the check would correct to ``right`` (for the reason ``why``),
    is meant where it stands (see the module's premises); ``written``: the words the report writes."""
    k = first_change(text, start, right)
    if _FORMAL.get(text[start + k]) == right[k]:
        return True
    if why.endswith("模糊音）") and _in_label(text, start, end):
        return True
    return (_listed_name(text, start, end) or _in_listed_organ(text, start, end) or _counted_kind(text, start)
            or _organ_level(text, end) or _demonstrative(text, start, end, k) or _short_name(text, start, end, k)
            or _per_unit(text, start, end) or _yi_frame(text, start, end)
            or _site_name(text, start) or _street(text, end) or _after_figure(text, start, k, right) or _after_time_word(text, start, k, right)
            or _counted_alone(text, start, end, k, lex) or _measured(text, start, end, k, lex)
            or _before_word(text, start, end, k, lex) or _elided(text, end, lex)
            or (right not in written and _after_people(text, start)))


# a street's name before its number: an address (地址文城镇文建街84号), a name no dictionary holds
_STREET = re.compile(r"(?:街|路|巷|大道|大街|胡同|弄)[ \u3000]*\d{1,5}[ \u3000]*号")


def _street(text: str, end: int) -> bool:
    return _STREET.match(text, end) is not None


# words ending in 族 that name no people: what follows them is read as ever (民族团洁: 团结)
_NO_PEOPLE = frozenset(("民族", "家族", "种族", "宗族", "氏族", "贵族"))


def _after_people(text: str, start: int) -> bool:
    """Whether the slip follows a people's name (侗族大歌, 苗族飞歌, 藏族锅庄): its songs, dress, food and
    feasts are named in its own words, which the dictionary lacks and reads as slips (大歌 as 大哥). Asked
    only where the report never writes the correction (彝族字治县 beside 区域自治 is a slip)."""
    return start >= 2 and text[start - 1] == "族" and "\u4e00" <= text[start - 2] <= "\u9fff" \
        and text[start - 2:start] not in _NO_PEOPLE


# a line's first words before its colon, a value after it on the same line
_FIELD_LABEL = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{2,6}(?=[：:][^\n])")


def _in_label(text: str, start: int, end: int) -> bool:
    """The slip lies in a form field's label, before its colon (村名：某村), not in the value after it."""
    m = _FIELD_LABEL.match(text, text.rfind("\n", 0, start) + 1, end + 2)
    return m is not None and end <= m.end()
_PER = frozenset("按逐每")
_MEASURE = frozenset("件次人户亩月季年天项批宗台辆份个名家所套张篇场期")
_COUNTING = frozenset("一二三四五六七八九十百千万两几数")
_FIGURE_UNITS = _MEASURE | frozenset("分元岁吨米")


# two-character words a figure takes as its own measure (2022年度, 年底, 3个月, 5人次): the character after
# the measure word is then part of it, and a slip there is a slip in the figure's measure
_FIGURE_MEASURES = frozenset(("年度", "年底", "年末", "年初", "年内", "年间", "月份", "月底", "月末", "月初",
                              "季度", "个月", "人次", "户次", "台次", "批次", "分钟"))


def _after_figure(text: str, start: int, k: int, right: str) -> bool:
    """The slip's first character, kept, is the measure word of a figure right before it (1分|系): the
    change falls in the next word, which the measure word is no part of — unless the correction makes the
    pair a longer measure of the figure (2016年席 → 2016年度). Nor is that measure word itself a slip
    (2个部室 is no 干部: the figure counts with it); after a comma it is read as ever (县侨联个部 is 干部)."""
    return k <= 1 and text[start - 1:start].isdigit() and text[start] in _FIGURE_UNITS \
        and (k == 0 or right[:2] not in _FIGURE_MEASURES)


# relative years (下年 "next year", 当年, 每年): 年 closes the time word, as a measure word closes its figure
_YEARS_BEFORE = frozenset("下次明当今去上本每全同历近往来翌")


def _after_time_word(text: str, start: int, k: int, right: str) -> bool:
    """The slip's first character, kept, is the 年 of a relative year right before it (结转下年|待付, 次年|初):
    the change falls in the next word, which that 年 is no part of — unless the correction makes a longer
    time word of it (下年席 → 下年度, as ``_after_figure``)."""
    j = start + k - 1  # the last character kept
    return k >= 1 and text[j] == "年" and text[j - 1:j] in _YEARS_BEFORE and right[k - 1:k + 1] not in _FIGURE_MEASURES


# measure words that count a thing (三颗星, 两条河, 一张表) and the function characters a whole noun may stand before
_COUNTERS = _MEASURE | frozenset("颗条张只头匹把根粒座间块片面本支枝棵位")
_AFTER_NOUN = frozenset("为是的和与及在")


def _counted_alone(text: str, start: int, end: int, k: int, lex: Lexicon) -> bool:
    """The slip's first character, the one changed, follows a figure's measure word (三颗|星为) and is a word alone
    before a function character: the noun the figure counts, no half of a word with that character (行为)."""
    return k == 0 and end - start == 2 and start >= 2 and text[start - 1] in _COUNTERS \
        and (text[start - 2] in _COUNTING or text[start - 2].isdigit()) and text[start + 1] in _AFTER_NOUN \
        and lex.freq(text[start]) >= COMMON


# what the demonstrative 该 counts or names right after it (该项目, 该笔资金, 该村, 该局): never a verb's first
# character, which 应该 would take (应该加强); 人, 所, 处 and the time words are left out (应该人人, 应该所有, 应该处理)
_DEMONSTRATED = frozenset("件次户项批宗台辆份个名家套张篇场笔类村组局校县乡镇")


def _demonstrative(text: str, start: int, end: int, k: int) -> bool:
    """The slip ends with 该 and the change falls before it, while a counted thing follows: 该 is the
    demonstrative (因该项目为革命文物展陈 is 因 | 该项目, no 应该), and the character before it a word of its own."""
    return end - start >= 2 and text[end - 1] == "该" and k < end - start - 1 and text[end:end + 1] in _DEMONSTRATED


def _short_name(text: str, start: int, end: int, k: int) -> bool:
    """The change falls on a unit's kind that closes a bracket's words (部门整体支出绩效自评报告（政数局）): a
    short name the unit goes by, 政数局 of 政务服务和数据管理局, never 数据 with its last character mistyped."""
    return text[start + k] in _KINDS and start + k == end - 1 and text[end:end + 1] in ("）", ")") \
        and ("（" in text[max(0, start - 6):start] or "(" in text[max(0, start - 6):start])


def _lone_item(text: str, start: int) -> bool:
    """Whether ``text[start]`` follows a 、 that closes a one-character item (县、乡、村…): a list of single characters."""
    if start < 2 or text[start - 1] != "、":
        return False
    item, before = text[start - 2], text[start - 3] if start >= 3 else ""
    return _HAN.fullmatch(item) is not None and item not in _NUMERALS and _HAN.fullmatch(before) is None


def dropped_meant(text: str, start: int, end: int, right: str) -> bool:
    """Whether ``text[start:end]``, which the check would read as ``right`` with a character dropped, is
    meant where it stands: the character restored is a post's 副 (the post without it is another), or the slip opens with the
    measure word of the figure right before it (see the module's premises)."""
    k = first_change(text, start, right)
    return right[k] == "副" or (k == 0 and _lone_item(text, start)) \
        or (k == 0 and text[start - 1:start].isdigit() and text[start] in _MEASURE) \
        or (right[k - 1:k + 2] == "委员会" and k >= 2 and right[k - 2] in _LEVELS)  # 县委组织部: 县委 is 县委员会's own short form


_YI_VERBS = frozenset("定代促带换养保")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _yi_frame(text: str, start: int, end: int) -> bool:
    """以案定补 (the slip's two characters 案定): a 以A定B frame whose fourth character closes the phrase."""
    return end - start == 2 and text[start - 1:start] == "以" and text[start + 1] in _YI_VERBS \
        and _HAN.match(text, end) is not None and (end + 1 >= len(text) or not _HAN.match(text, end + 1)
                                                    or text[end + 1] in "的等和及")


# a measure's suffix after a verb and its object (出车量, 接警量, 出车率): the volume of what the word names
_MEASURE_SUFFIX = frozenset("量率数额")


def _measured(text: str, start: int, end: int, k: int, lex: Lexicon) -> bool:
    """The changed character ends the slip and is a measure's suffix, and the character before the slip opens a
    word of the dictionary with the slip's others, no longer word's tail: 出车量 is 出车 | 量 (the number of
    call-outs), no 车辆; 救护车量 is 救护车 | 量, a slip."""
    return k == end - start - 1 and start >= 1 and text[start + k] in _MEASURE_SUFFIX \
        and lex.freq(text[start - 1:start + k]) > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" \
        and not (start >= 2 and lex.freq(text[start - 2:start + k]))


def _per_unit(text: str, start: int, end: int) -> bool:
    """按件/逐户/每次 (the slip's two characters) heading the rest of its clause: words follow, not the
    count a noun takes (按件612件, 按件三百余件), and no 的 before, which only a noun follows (办结的按件)."""
    return end - start == 2 and text[start] in _PER and text[start + 1] in _MEASURE \
        and end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _COUNTING \
        and text[start - 1:start] not in ("的", "之")


# A web page's title line is the document's title, the publisher perhaps, then the site's name after a dash
# or a bar (…绩效自评报告某省应急管理厅-某某体育下载): those words are the site's, which the report never
# wrote, and a brand name is no word of the dictionary (凯发 is no typo of 开发). Read only on the title's
# own line, with no clause mark between the title's last word and the slip.
_SITE_NAME = re.compile(r"(?:报告|报告书|自评表|评价表|公示|公开)[^，,。；;：:\s]{0,20}\s*[-—_|｜]\s*[^，,。；;：:\s\-—_|｜]{0,12}$")


# a site's notice under a document's preview or in its footer (…不意味着购买了该文档的版权…侵权必究, 本站所有内容均由网友
# 上传, 版权所有：…) or an essay site's teaser before a report it copies: the site's words, not the report's
_TEASER = r"小编|供大家(?:参考|借鉴)"  # an essay site's teaser (下面是小编为大家整理的…，供大家参考): ``teaser_near``
_SLOGAN = r"文库[^。\n]{0,30}下载"  # a document site's slogan: ``site_slogan``
_SITE_NOTICE = re.compile(r"侵权必究|购买了该文档的版权|本站(?:所有内容|不对|仅提供|部分内容)|版权所有|免责声明|" + _TEASER
                          # … and a document site's slogan (可可文库 - 千万精品文档,你想要的都能搜到,下载即用。)
                          + r"|" + _SLOGAN
                          # … and a page's byline, the site's fields of source and time (时间:2019-12-31 15:47:28 来源::, 发布时间:… 来源:… 浏览次数:)
                          + r"|(?<![金费据])来源\s*[:：][^。\n]{0,40}?(?:时间|日期|浏览|阅读|作者|字体|打印|\d{4}-\d{1,2}-\d{1,2})"
                          r"|(?:时间|日期|\d{4}-\d{1,2}-\d{1,2})[^。\n]{0,40}?(?<![金费据])来源\s*[:：]")


def site_notice(text: str) -> bool:
    """Whether ``text`` is a site's notice (see above)."""
    return _SITE_NOTICE.search(text) is not None


# a page's breadcrumb under its site's header (您当前的位置:首页 >区教育委员会 >政务公开 …)
_BREADCRUMB = re.compile(r"^\s*(?:您)?(?:当前|现在)?(?:所在)?(?:的)?位置\s*[:：]\s*首页")


def site_header(text: str, following: str) -> bool:
    """Whether ``text`` is a site's header: a line of its own right above the page's breadcrumb (``following``,
    the next line) — the site's name as its banner shows it (重庆市长寿区 + 区教育委员会), not the report's words."""
    return "\n" not in text.strip() and _BREADCRUMB.match(following) is not None


def site_slogan(text: str) -> bool:
    """Whether ``text`` is a document site's slogan (可可文库 - …你想要的都能搜到,下载即用): the site's own words, in
    which no word is the report's (a page's byline, another notice, names the report's unit and is read)."""
    return _SITE_SLOGAN.search(text) is not None


_SITE_SLOGAN = re.compile(_SLOGAN)


def teaser_near(text: str, end: int) -> bool:
    """Whether an essay site's teaser words follow right after ``end``: the teaser copies the report's
    opening and goes on with its own words (…管理水平下面是小编为大家整理的…，供大家参考)."""
    return _TEASER_WORDS.search(text, end, end + _TEASER_REACH) is not None


_TEASER_WORDS = re.compile(_TEASER)
_TEASER_REACH = 6


def _site_name(text: str, start: int) -> bool:
    """The slip stands in the site's name after a page's title (see above)."""
    return _SITE_NAME.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def _listed_name(text: str, start: int, end: int) -> bool:
    """The slip ends an item of a list whose other items (two or more) end with the same unit kind."""
    if (end < len(text) and text[end] not in _ITEM_END) or text[end - 1] not in _KINDS:
        return False
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    segment = text[line:stop if stop >= 0 else len(text)]
    items = [s.strip() for s in re.split(r"[、，,；;。：:]", segment)]
    kind = text[end - 1]
    same = [s for s in items if 2 <= len(s) <= _LIST_REACH and s.endswith(kind)]
    return len(same) >= 3


def _in_listed_organ(text: str, start: int, end: int) -> bool:
    """The slip lies in an item of a 、 list of organs at one level, each its level, short name and kind
    (联合县农委、县卫计委、县科技局等部门: 卫 of 县卫计委 is no 委 of 县委): three or more items ending with an
    organ's name at the same level, the slip inside one of them."""
    left = max(text.rfind(c, 0, start) for c in _ITEM_END) + 1
    right = min((i for i in (text.find(c, end) for c in _ITEM_END) if i >= 0), default=len(text))
    own = _LISTED_ORGAN.search(text[left:right])
    if own is None or left + own.start() > start or "、" not in text[left - 1:right + 1]:
        return False
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    items = re.split(r"[、，,；;。：:]", text[line:stop if stop >= 0 else len(text)])
    return sum(bool((m := _LISTED_ORGAN.search(t)) and m.group()[0] == own.group()[0]) for t in items) >= 3


def _counted_kind(text: str, start: int) -> bool:
    """The slip is the noun a list's count names, opening with the kind its items end with (信息工程系、经济
    贸易系、艺术设计系等9个系部; 办公室、财务科、业务科等3个科室): the items' own kind, counted, is meant."""
    m = _COUNT_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return False
    head = text[max(text.rfind(c, 0, m.start()) for c in "。；;：:\n") + 1:m.start()]
    return sum(t.strip().endswith(text[start]) for t in head.split("、")) >= 2


# a count before its noun, after a list (…等9个, 共5个)
_COUNT_BEFORE = re.compile(r"(?:等|共|计)\s*(?:\d+|[一二三四五六七八九十两]+)\s*个\s*$")


# an organ's name ending a list's item: its level, a short name, its kind (县卫计委, 县科技局等)
_LISTED_ORGAN = re.compile(r"[省市县区乡镇州旗盟][\u4e00-\u9fff]{1,6}?[部局科室股处队站所院馆委办组校团会](?=等|\s*$)")


def _organ_level(text: str, end: int) -> bool:
    """The slip ends on a level character that begins an organ's name (的区 of 的区人大代表)."""
    return text[end - 1] in _LEVELS and _ORGAN.match(text, end) is not None


def _before_word(text: str, start: int, end: int, k: int, lex: Lexicon) -> bool:
    """The corrected character is a function character, and the characters after it begin a word
    with what follows the slip (及本 of 及本年: 本年 is a word, 基本年 none)."""
    if text[start + k] not in _FUNCTION or start + k + 1 >= end or end >= len(text):
        return False
    tail = text[start + k + 1:end + 1]
    return lex.freq(tail) >= COMMON or tail in lex.vocabulary


def _elided(text: str, end: int, lex: Lexicon) -> bool:
    """The slip stands before 、 and, with the second character of the next item, makes a common word: the
    first item of an elided pair (企、事业单位: 企业 and 事业单位; 中、小学)."""
    if end + 2 >= len(text) or text[end] != "、":
        return False
    nxt = text[end + 1:end + 3]
    return lex.freq(nxt) >= COMMON and lex.freq(text[end - 1] + nxt[1]) >= 20 * COMMON


def garbled(run: str, spans: list[tuple[int, int]], a: int, b: int, lex: Lexicon) -> bool:
    """Whether the slip ``[a, b)`` lies in a stretch of ``GARBLED`` or more one-character tokens in a
    row, at most one of them an everyday word alone (他说我也不去 is Chinese; 碟令薯樽轴示施, a PDF's
    broken font mapping, is not): text whose characters make no words together."""
    ones = [e - s == 1 for s, e in spans]
    first = next(x for x, (s, e) in enumerate(spans) if s <= a < e)
    last = next(x for x, (s, e) in enumerate(spans) if s < b <= e)
    if not all(ones[first:last + 1]):
        return False
    lo, hi = first, last
    while lo > 0 and ones[lo - 1]:
        lo -= 1
    while hi + 1 < len(ones) and ones[hi + 1]:
        hi += 1
    if hi - lo + 1 < GARBLED:
        return False
    return sum(lex.freq(run[spans[x][0]]) >= EVERYDAY for x in range(lo, hi + 1)) <= 1


_INSERT = re.compile(r"[\u4e00-\u9fff][（(]([\u4e00-\u9fff]{1,4})[）)]$")


def inserted(head: str) -> bool:
    """Whether ``head`` (the text before a run) ends with a bracketed insert inside a phrase —
    因公出国（境）: Chinese right before the bracket, a word inside that numbers nothing — so the run
    after it goes on with that phrase (（境）费决算数 drops no 经); (二) after a line's start is a
    heading's number, and what follows it may have lost its first character."""
    m = _INSERT.search(head[-8:])  # the longest insert: a character, brackets and four inside
    return m is not None and not set(m.group(1)) <= set("一二三四五六七八九十")


# a 自评表 flattened into one line: a header naming the target and what was done (年初设定目标 /
# 年度总体目标完成情况综述; 年度指标值 / 全年实际值), then the cells, which often hold the same text
_TARGET_ACTUAL = re.compile(r"(?:设定目标|预期目标|目标值|指标值)[^。！？!?]{0,30}(?:完成情况|实际完成|实际值|完成值)[^。！？!?]*$")
_FORM_REACH = 400


def target_and_actual(text: str, start: int) -> bool:
    """Whether a clause said twice at ``start`` follows a form's header naming a target and its
    actual in the same sentence: the target cell and the actual cell with the same text, which is
    no defect (issue 9: planned and actual columns with the same text)."""
    return _TARGET_ACTUAL.search(text, max(0, start - _FORM_REACH), start) is not None
