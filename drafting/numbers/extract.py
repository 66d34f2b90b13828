"""Finding numbers in Chinese report text: every numeric mention with span, value, unit and kind.

One precompiled regex scans the text once; each hit is then classified by a few local looks at
its neighbours (the unit after it, a qualifier before or after, the start of the line, a quote
around it). Fullwidth digits are mapped to ASCII with a same-length table, so every span points
into the caller's text unchanged.

What is *not* a number claim is decided generically, never by the sample's wording:
- Chinese numerals count only when a unit follows (两千一百四十一人, 三万元); 三公, 一般, 一是, 统一,
  一次性, 第一, 一流 have no unit and yield nothing. Single-digit Chinese counts (三个要素, 两项) are
  rhetoric, not data, and are skipped too.
- list markers (一、 （二） 3． 1、 指标1 任务6), document numbers (〔2021〕28号), phone numbers,
  codes after 编码/代码/电话…, numbers glued to ASCII letters (5G, SYB2) and numbers inside short
  quotes or 《》 (“311”覆盖率, 《2021年工作计划》) are ``NOT_A_CLAIM``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import AbstractContextManager
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from ..model_base import BaseModel, ConfigDict
from ..quantities import Quantity, Unit, places_of
from .chinese import to_decimal
from .memo import BlockMemo, text_cache


class MentionKind(StrEnum):
    AMOUNT = "amount"          # money: 元/万元/亿元
    PERCENT = "percent"        # 98.22%
    POINTS = "points"          # 2.8个百分点
    COUNT = "count"            # 2141人, 35件, 7000余个
    YEAR = "year"              # 2022年, 二〇二二年
    DATE = "date"              # 2023年2月20日, 2021年12月31日
    NUMBER = "number"          # a bare number with no unit (table cells)
    NOT_A_CLAIM = "not_a_claim"  # list markers, document numbers, phone numbers, budget codes


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"      # 余/约/左右/近/多
    AT_MOST = "at_most"    # 以内/以下/不超过/不高于
    AT_LEAST = "at_least"  # 以上/不低于/超过/逾


# Members the hot paths use, read once: reading an enum class's attribute goes through its metaclass's
# ``__getattr__`` hook (no fast path: about 1,000 instructions), and the review of the sample read
# 19,000 so, 8,500 of them in ``is_claim``'s tuple (18 M instructions with the checks' reads below)
NOT_CLAIMS = frozenset((MentionKind.NOT_A_CLAIM, MentionKind.YEAR, MentionKind.DATE))
AMOUNT, PERCENT, COUNT, NUMBER = MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.COUNT, MentionKind.NUMBER
NOT_A_CLAIM, EXACT = MentionKind.NOT_A_CLAIM, Qualifier.EXACT

class Mention(BaseModel):
    """One number as written. ``value`` is in ``unit`` after applying the written scale
    (8万余人 -> value 80000, unit 人, scale 10000, places 0 counted in the scaled figure "8").

    Money keeps its written unit instead (2.15亿元 -> value 2.15, unit 亿元, scale 1)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int
    end: int
    text: str
    value: Decimal
    unit: Unit = Unit.NONE
    scale: Decimal = Decimal(1)
    places: int = 0
    qualifier: Qualifier = Qualifier.EXACT
    kind: MentionKind = MentionKind.NUMBER
    unit_text: str = ""       # the unit as written, also when ``Unit`` has no member for it (年, ‰, 元/人)
    qualifier_text: str = ""  # the qualifier word as written (余, 约, 以内 …)

    @property
    def quantity(self) -> Quantity:
        return Quantity(value=self.value, unit=self.unit)

    @property
    def is_claim(self) -> bool:
        return self.kind not in NOT_CLAIMS

    @property
    def shown(self) -> Decimal:
        """The figure as displayed before the written scale (24.27 for 24.27万人)."""
        return self.value / self.scale


# -- normalisation (same length, so spans stay exact) -------------------------------------------

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            "％": "%", "﹪": "%", "．": ".", "－": "-", "﹣": "-", "‐": "-"})
# any character ``_FULLWIDTH`` changes: most text has none, and a search costs far less than
# ``translate``, which looks every character up in the table (a tenth of a long report's scan)
_WIDE = re.compile("[" + re.escape("".join(map(chr, _FULLWIDTH))) + "]")


# a full-width comma used as a thousands separator: between full-width digits (１，２８０), or before
# three digits and a decimal point (1，280.00); elsewhere ， is the Chinese comma between two figures
# (written from the comma, with the digit before it looked back at, so that ``re`` searches for the
# comma alone instead of trying the whole pattern at every character of a text)
_WIDE_THOUSANDS = re.compile(r"，(?:(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))|(?<=[0-9０-９]，)(?=[0-9０-９]{3}[.．][0-9０-９]))")


def normalise(text: str) -> str:
    """Fullwidth digits, ％ and ． to ASCII, one character for one character (and a full-width
    thousands separator to ",")."""
    if "，" in text:
        text = _WIDE_THOUSANDS.sub(",", text)
    return text.translate(_FULLWIDTH) if _WIDE.search(text) else text


# -- the scanner ------------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CNY = "〇零一二三四五六七八九"
_SP = r"[ \t\u3000]*"
_MASTER = re.compile(
    r"(?=[〔\[［\d百〇零一二两三四五六七八九十+-])(?:"  # every branch starts with one of these: the scan skips the rest fast
    rf"(?P<doc>[〔\[［]{_SP}(?P<docyear>\d{{4}}){_SP}[〕\]］]{_SP}第?{_SP}(?P<docno>\d+){_SP}号)"
    rf"|(?P<phone>(?<![\d.])(?:0\d{{2,3}}-\d{{7,8}}|1[3-9]\d{{9}})(?![\d.]))"
    rf"|(?P<date>(?<![\d.])(?<!\d,)(?P<dy>\d{{4}}){_SP}年{_SP}(?P<dm>\d{{1,2}}){_SP}月(?:{_SP}(?P<dd>\d{{1,2}}){_SP}日)?)"
    rf"|(?P<year>(?<![\d.])(?<!\d,)(?P<yv>\d{{4}}){_SP}年(?P<ydu>度)?)"
    rf"|(?P<cnyear>[{_CNY}]{{4}}年(?P<cnydu>度)?)"
    rf"|(?P<pct>百分之(?P<pctv>{_NUM}|[{_CNY}两十百千]+(?:点[{_CNY}]+)?))"
    rf"|(?P<num>(?<![\d.])(?<!\d,)[-+]?{_NUM}(?![\dXxＸｘ]))"  # (20XX年, 201X: a publisher's masked year, no figure)
    rf"|(?P<cn>[一二两三四五六七八九十][{_CNY}两十百千万亿]*(?:点[{_CNY}]+)?))"
)
# Where a mention can start: the first character of one of ``_MASTER``'s alternatives. Most of them
# open with a look-behind, so ``re`` tries the whole pattern at every character of a text;
# ``_mentions`` searches for these characters (a plain class, found fast) and tries it only there.
_START = re.compile(rf"[〔\[［\d{_CNY}两十百+\-]")


def _mentions(t: str) -> Iterator[re.Match[str]]:
    """``_MASTER.finditer(t)``: the same matches, tried only where one can start."""
    search, match = _START.search, _MASTER.match
    pos = 0
    while (c := search(t, pos)) is not None:
        m = match(t, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


_TAIL = re.compile(
    rf"{_SP}(?P<scale>万亿|亿|万|千)?(?P<q>余|多)?{_SP}"
    r"(?P<unit>个百分点|百分点|万元|亿元|元/[人户次件个天年月]|元|%|‰|人次|家次|户次|批次|个月|平方米|公里|小时|公顷"
    r"|[（(][家人户个][)）]次|人|名|户|件|个|家|次|条|本|场|份|起|项|分|天|所|座|台|辆|套|批|期|班|篇|亩|吨|年|月|日)?"
    rf"(?:{_SP}(?P<after>左右|以内|以下|以上|之内|上下))?"
)
# A single-character unit followed by these is the start of a word, not a unit (十分钟, 一次性, 台账).
_UNIT_BLOCKERS = {"分": "钟之期", "台": "账阶", "期": "间限末初", "次": "性", "本": "地级单期", "名": "义称单",
                  "家": "庭长", "起": "草来", "班": "子", "项": "目", "条": "例件款", "天": "然"}
_UNIT_MAP = {"百分点": Unit.POINTS, "（家）次": Unit.JIA_TIMES, "(家)次": Unit.JIA_TIMES,
             "（人）次": Unit.PERSON_TIME, "(人)次": Unit.PERSON_TIME, "（户）次": Unit.HOUSEHOLD_TIMES,
             "(户)次": Unit.HOUSEHOLD_TIMES}
_MONEY_SCALED: dict[tuple[str | None, str], Unit] = {("万", "元"): Unit.WAN_YUAN, ("亿", "元"): Unit.YI_YUAN}
_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "万亿": Decimal(10**12), "千": Decimal(1000), None: Decimal(1)}
_BEFORE_QUAL = sorted((  # longest first: 不低于 before 低于
    ("不超过", Qualifier.AT_MOST), ("不高于", Qualifier.AT_MOST), ("不到", Qualifier.AT_MOST),
    ("不足", Qualifier.AT_MOST), ("低于", Qualifier.AT_MOST), ("少于", Qualifier.AT_MOST),
    ("不低于", Qualifier.AT_LEAST), ("不少于", Qualifier.AT_LEAST), ("超过", Qualifier.AT_LEAST),
    ("高于", Qualifier.AT_LEAST), ("逾", Qualifier.AT_LEAST),
    ("大约", Qualifier.APPROX), ("约", Qualifier.APPROX), ("将近", Qualifier.APPROX),
    ("接近", Qualifier.APPROX), ("近", Qualifier.APPROX),
), key=lambda wq: -len(wq[0]))
_BEFORE_WORDS = tuple(w for w, _ in _BEFORE_QUAL)
_YUE_WORDS = "节制签履合违特预"  # 节约3.09万元 is a saving, not 约 (approximately)
_AFTER_QUAL = {"左右": Qualifier.APPROX, "上下": Qualifier.APPROX, "以内": Qualifier.AT_MOST,
               "之内": Qualifier.AT_MOST, "以下": Qualifier.AT_MOST, "以上": Qualifier.AT_LEAST}
_SENTENCE_START = set("\n。；;！？!?：:\t")
_MARKER_AFTER = set("、.:：)）")
# a bare number after these words is a count even without a unit (共12乡镇); elsewhere a number glued to
# the noun after it is a name (311服务对象人数, 12345热线)
_COUNT_BEFORE = ("为", "达", "达到", "共", "有", "至", "到", "计", "约", "近", "超", "超过", "增加", "减少", "新增", "累计",
                 "完成", "发放", "培训", "帮扶", "安置", "招聘", "录用")
_LABEL_PREFIX = ("指标", "任务", "附件", "附表", "表", "图", "序号", "步骤", "阶段", "机构", "标段", "批次",
                 "措施", "目标", "问题", "方案", "类", "组", "区", "号", "第")
_CODE_WORDS = re.compile(r"(?:编码|代码|编号|账号|帐号|邮编|电话|传真|手机|身份证|文号|代号|座机)[^\n。；，,]{0,6}$")
_QUOTED = re.compile(r"“[^“”\n]{1,20}”|《[^《》\n]{1,40}》|「[^「」\n]{1,20}」|\"[^\"\n]{1,20}\"|‘[^‘’\n]{1,20}’")

_POINTS_LIST = re.compile(r"(?:[和、与及,，][-+]?\d+(?:\.\d+)?个)*[和、与及,，][-+]?\d+(?:\.\d+)?个百分点")
_KIND_OF_UNIT = {Unit.YUAN: MentionKind.AMOUNT, Unit.WAN_YUAN: MentionKind.AMOUNT, Unit.YI_YUAN: MentionKind.AMOUNT,
                 Unit.PERCENT: MentionKind.PERCENT, Unit.POINTS: MentionKind.POINTS}


def _integral(v: Decimal) -> Decimal:
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v


def _line_start_before(t: str, s: int) -> bool:
    """True when only spaces lie between ``s`` and the start of the text, a line or a sentence."""
    i = s - 1
    while i >= 0 and t[i] in " \u3000":
        i -= 1
    return i < 0 or t[i] in _SENTENCE_START


def _quoted_spans(t: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(t)] if ("“" in t or "《" in t or '"' in t or "「" in t or "‘" in t) else []


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies strictly inside one of the sorted, non-overlapping ``spans``."""
    i = bisect_right(spans, (s, _BIG)) - 1
    return i >= 0 and spans[i][0] < s and e < spans[i][1]


_BIG = 1 << 62
_ONE = Decimal(1)
_FIELDS = set(Mention.model_fields)
_new = Mention.__new__
_setattr = object.__setattr__


class _Scan:
    """State of one pass over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.t = normalise(text)
        self.quotes = _quoted_spans(self.t)
        self.out: list[Mention] = []

    def add(self, s: int, e: int, value: Decimal, kind: MentionKind, *, unit: Unit = Unit.NONE,
            scale: Decimal = _ONE, places: int = 0, qualifier: Qualifier = Qualifier.EXACT,
            unit_text: str = "", qualifier_text: str = "") -> None:
        # what ``Mention.model_construct`` does with every field given, without its per-field loop
        # (a third of the scan's time on a long report)
        m = _new(Mention)
        _setattr(m, "__dict__", {
            "start": s, "end": e, "text": self.text[s:e], "value": value, "unit": unit, "scale": scale,
            "places": places, "qualifier": qualifier, "kind": kind, "unit_text": unit_text,
            "qualifier_text": qualifier_text,
        })
        _setattr(m, "__pydantic_fields_set__", _FIELDS)  # never changed: a frozen model, copies copy it
        _setattr(m, "__pydantic_extra__", None)
        _setattr(m, "__pydantic_private__", None)
        self.out.append(m)

    def run(self) -> list[Mention]:
        t = self.t
        for m in _mentions(t):
            g = m.lastgroup
            s, e = m.span()
            if g == "doc":
                self.add(m.start("docyear"), m.end("docyear"), Decimal(m["docyear"]), MentionKind.NOT_A_CLAIM)
                self.add(m.start("docno"), m.end("docno"), Decimal(m["docno"]), MentionKind.NOT_A_CLAIM)
            elif g == "phone":
                self.add(s, e, Decimal(re.sub(r"\D", "", m[0])), MentionKind.NOT_A_CLAIM)
            elif g == "date":
                kind = MentionKind.NOT_A_CLAIM if _inside(self.quotes, s, e) else MentionKind.DATE
                y, mo = int(m["dy"]), int(m["dm"])
                if not (1 <= mo <= 12):
                    kind = MentionKind.NOT_A_CLAIM
                self.add(s, e, Decimal(y), kind, unit_text="年")
            elif g == "year":
                y = int(m["yv"])
                kind = MentionKind.YEAR if 1900 <= y <= 2100 else MentionKind.NUMBER
                if _inside(self.quotes, s, e):
                    kind = MentionKind.NOT_A_CLAIM
                self.add(s, e, Decimal(y), kind, unit_text="年度" if m["ydu"] else "年")
            elif g == "cnyear":
                v = to_decimal(m[0][:4])
                if v is not None:
                    kind = MentionKind.NOT_A_CLAIM if _inside(self.quotes, s, e) else MentionKind.YEAR
                    self.add(s, e, v, kind, unit_text="年度" if m["cnydu"] else "年")
            elif g == "pct":
                raw = m["pctv"]
                v = Decimal(raw.replace(",", "")) if raw[0].isdigit() else to_decimal(raw)
                if v is not None:
                    self.add(s, e, v, MentionKind.PERCENT, unit=Unit.PERCENT, places=places_of(v), unit_text="%")
            elif g == "num":
                self._number(m)
            elif g == "cn":
                self._chinese(m)
        return self.out

    # -- arabic numbers --------------------------------------------------------------------

    def _number(self, m: re.Match[str]) -> None:
        t = self.t
        s, e = m.span()
        n = Decimal(m[0].replace(",", ""))
        places = _places(m[0])
        tail = _arabic_tail(t, e)
        prev = t[max(0, s - 8):s]
        if self._not_a_claim(m[0], s, e, tail, prev):
            self.add(s, e, n, NOT_A_CLAIM, places=places)
            return
        unit_txt = tail.unit
        if unit_txt == "个" and _POINTS_LIST.match(t, tail.end):
            unit_txt = "个百分点"  # 分别提高0.6个和1.3个百分点
        if unit_txt in ("月", "日"):
            self.add(s, tail.end, n, MentionKind.DATE, places=places, unit_text=unit_txt)
            return
        qualifier, qtext = _qualifier(prev, tail)
        unit, scale, kind = _unit_and_kind(unit_txt, tail.scale)
        value = _integral(n * scale) if scale != 1 else n
        self.add(s, tail.end, value, kind, unit=unit, scale=scale, places=places, qualifier=qualifier,
                 unit_text=unit_txt or "", qualifier_text=qtext)

    def _not_a_claim(self, raw: str, s: int, e: int, tail: _Tail, prev: str) -> bool:
        """Codes, list markers, labels (指标1), quoted names and numbers glued to latin letters."""
        t = self.t
        nxt = t[tail.end:tail.end + 1]
        if (_inside(self.quotes, s, e)
                or (s > 0 and t[s - 1].isascii() and t[s - 1].isalpha())
                or (not tail.unit and nxt.isascii() and nxt.isalpha())
                or (not tail.unit and "." not in raw and "," not in raw and (len(raw) >= 9 or (len(raw) > 1 and raw[0] == "0")))
                or _CODE_WORDS.search(prev)
                or prev.endswith("第")):
            return True
        if (not tail.unit and not tail.scale and "." not in raw and "," not in raw and _is_cjk(nxt)
                and not prev.endswith(_COUNT_BEFORE)):
            return True  # 311服务对象, 12345热线: a number that names a programme or a line, not a figure
        if tail.unit or tail.scale or "." in raw or len(raw) > 3:
            return False
        after_char = t[e:e + 1]
        if _line_start_before(t, s) and after_char in _MARKER_AFTER:
            return True  # 1、 3． at the start of a line
        if s > 0 and t[s - 1] in "（(" and after_char in "）)":
            return True  # (2)
        return prev.endswith(_LABEL_PREFIX) and (after_char == "" or not _is_cjk(after_char))

    # -- Chinese numerals ------------------------------------------------------------------

    def _chinese(self, m: re.Match[str]) -> None:
        t = self.t
        s, e = m.span()
        raw = m[0]
        prev = t[s - 1:s]
        nxt = t[e:e + 1]
        if prev == "第":
            return
        if nxt == "、" and (_line_start_before(t, s) or prev in "（("):
            self.add(s, e, to_decimal(raw) or Decimal(0), MentionKind.NOT_A_CLAIM)
            return
        if prev in "（(" and nxt in "）)":
            self.add(s, e, to_decimal(raw) or Decimal(0), MentionKind.NOT_A_CLAIM)
            return
        tail = _TAIL.match(t, e)
        unit_txt = tail["unit"] if tail else None
        if not unit_txt or tail is None or unit_txt in ("年", "月", "日", "分"):
            return
        if _blocked(unit_txt, t, tail.end("unit")):
            return
        v = to_decimal(raw)
        if v is None:
            return
        scale_txt = tail["scale"]
        unit = _MONEY_SCALED.get((scale_txt, unit_txt)) or _UNIT_MAP.get(unit_txt) or _unit_or_none(unit_txt)
        kind = _KIND_OF_UNIT.get(unit, MentionKind.COUNT)
        if kind is MentionKind.COUNT and v < 10 and not scale_txt:
            return  # 三个要素, 两项, 一次性: rhetoric, not data
        scale = Decimal(1) if unit in (Unit.WAN_YUAN, Unit.YI_YUAN) else _SCALE[scale_txt]
        end = tail.end("unit")
        qualifier, qtext = (Qualifier.APPROX, tail["q"]) if tail["q"] else (Qualifier.EXACT, "")
        if tail["after"]:
            qualifier, qtext = _AFTER_QUAL[tail["after"]], tail["after"]
            end = tail.end("after")
        if _inside(self.quotes, s, e):
            kind = MentionKind.NOT_A_CLAIM
        self.add(s, end, _integral(v * scale), kind, unit=unit, scale=scale, places=places_of(v),
                 qualifier=qualifier, unit_text=unit_txt, qualifier_text=qtext)


def _places(raw: str) -> int:
    """``places_of(Decimal(raw))`` for a figure ``_NUM`` matched (its digits after the point), read
    off the text instead of the Decimal's digit tuple."""
    point = raw.find(".")
    return 0 if point < 0 else len(raw) - point - 1


def _blocked(unit_txt: str, t: str, end: int) -> bool:
    """A one-character unit that starts a longer word (十分钟, 一次性, 台账) is not a unit."""
    nxt = t[end:end + 1]
    return bool(nxt) and nxt in _UNIT_BLOCKERS.get(unit_txt, "")


class _Tail(NamedTuple):
    """What follows an arabic number: scale (万), 余/多, unit, a qualifier after it, and where the mention ends."""

    scale: str | None
    q: str | None
    unit: str | None
    after: str | None
    end: int


def _arabic_tail(t: str, e: int) -> _Tail:
    tail = _TAIL.match(t, e)  # every part is optional, so this always matches
    assert tail is not None
    unit_txt, scale_txt, q_mid, after = tail["unit"], tail["scale"], tail["q"], tail["after"]
    if unit_txt and _blocked(unit_txt, t, tail.end("unit")):
        unit_txt = after = None
    if after:
        end = tail.end("after")
    elif unit_txt:
        end = tail.end("unit")
    elif q_mid:
        end = tail.end("q")
    elif scale_txt:
        end = tail.end("scale")
    else:
        end = e
    return _Tail(scale_txt, q_mid, unit_txt, after, end)


def _qualifier(prev: str, tail: _Tail) -> tuple[Qualifier, str]:
    """余/多 inside the figure, 左右/以内 after it (these win), or 约/不超过/逾 before it."""
    if tail.after:
        return _AFTER_QUAL[tail.after], tail.after
    if tail.q:
        return Qualifier.APPROX, tail.q
    if not prev.endswith(_BEFORE_WORDS):  # most figures: no word to try one by one
        return EXACT, ""
    for word, q in _BEFORE_QUAL:
        if prev.endswith(word) and not (word == "约" and prev[-2:-1] in _YUE_WORDS):
            return q, word
    return Qualifier.EXACT, ""


@lru_cache(maxsize=1024)
def _unit_and_kind(unit_txt: str | None, scale_txt: str | None) -> tuple[Unit, Decimal, MentionKind]:
    """The unit, the scale still to apply and the kind of an arabic figure (万元 keeps its unit, scale 1).
    Cached (a few dozen unit words; the answer is immutable): hashing the enum members to look up
    their kinds is Python code, asked of every figure of a report."""
    scale = _SCALE[scale_txt]
    if not unit_txt:
        return Unit.NONE, scale, MentionKind.NUMBER
    if unit_txt.startswith("元/"):
        return Unit.YUAN, scale, MentionKind.AMOUNT  # a rate: 1207元/人
    if (scale_txt, unit_txt) in _MONEY_SCALED:
        unit, scale = _MONEY_SCALED[(scale_txt, unit_txt)], Decimal(1)
    else:
        unit = _UNIT_MAP.get(unit_txt) or _unit_or_none(unit_txt)
    return unit, scale, _KIND_OF_UNIT.get(unit, COUNT)


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


_UNIT_OF_TEXT = {u.value: u for u in Unit}


def _unit_or_none(text: str) -> Unit:
    return _UNIT_OF_TEXT.get(text, Unit.NONE)


_shared: BlockMemo[str, list[Mention]] = BlockMemo()


def extract(text: str) -> list[Mention]:
    """Every numeric mention in ``text`` in order, with exact spans into ``text``. A new list each
    call (the mentions themselves are frozen and shared)."""
    table = _shared.table
    if table is None:
        return list(_extract(text))
    found = table.get(text)
    if found is None:
        found = table[text] = _Scan(text).run()
    return list(found)


@text_cache
@lru_cache(maxsize=4096)
def _extract(text: str) -> tuple[Mention, ...]:
    """Cached: a review's checks read the same paragraphs' figures about three times each."""
    return tuple(_Scan(text).run())


def shared_mentions() -> AbstractContextManager[None]:
    """Within this block the same text is scanned once: the arithmetic checks read each paragraph
    whole, sentence by sentence and field by field, about five times over. Mentions are frozen, so
    sharing them changes nothing; the memory goes when the block ends."""
    return _shared.held()


__all__ = ["Mention", "MentionKind", "Qualifier", "extract", "normalise", "shared_mentions"]
