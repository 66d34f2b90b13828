"""A colon typed where a semicolon belongs: between the items of an ordinal list (一是…；二是…：三是…);
a comma where a 顿号 belongs: before the last item of a list of amounts (甲资金3万元、乙资金2万元，丙资金1万元。).

Premise (GB/T 15834-2011; how every 公文 writes 一是、二是): the items of a list counted 一是, 二是, 三是
are parallel and are parted by a semicolon (or a full stop); a colon announces what follows it and
never stands between two sibling items. So a colon right before 二是 (三是 …), where the item before it
(一是 …) opens earlier in the same paragraph with no colon of its own in between, is the key beside the
semicolon's. The colon after an item's marker (一是：…) is another style and is left alone.

The same slip in a list whose items open alike rather than with 一是、二是 (``item_colons``: 主要包括：对…给予慰问：
对…给予补助；对…；对…): a colon announces what follows to the end of its sentence, so a sentence whose list one
already opened has no place for a second; items said in full are parted by semicolons, and ；and ：share one key.
Quiet unless sure: the sentence is prose (no blanks or table bars: a form's label：value cells run together are no
list), its first mark is the colon that opens the list, at least two semicolons part its items, and the item after
the suspected colon opens as the item after the lead colon does and as one after a semicolon does (对…：对…；对…),
so no label：value pair (正科级领导职数1人：局长1人；副科级领导职数2人：副局长2人) is read. One finding for the report,
every place listed: a habit of the hand is one thing to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .grouped import Place, one_finding
from .lexicon import COMMON, lexicon

__all__ = ["item_colons", "list_colons", "list_commas", "unparted_items"]

_ORDER = "一二三四五六七八九十"
_ITEM_COLON = re.compile(r"[:：](?=\s*([二三四五六七八九十])是)")
_BEFORE_ITEM = frozenset("，。；：,;:、（(）)\t 　")  # what an item's marker follows (a word ends in 一是: 统一是)


def list_colons(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in units:
        text = unit.text
        if "是" not in text or ("：" not in text and ":" not in text):
            continue
        for m in _ITEM_COLON.finditer(text):
            marker = _ORDER[_ORDER.index(m[1]) - 1] + "是"
            p = text.rfind(marker, 0, m.start())
            if p < 0 or (p > 0 and text[p - 1] not in _BEFORE_ITEM) or any(c in "：:" for c in text[p:m.start()]):
                continue
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"并列项之间误用冒号：“{m[1]}是”前的“{m.group(0)}”应为“；”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{marker}……{m[1]}是……”是并列的分项，项与项之间用分号（或句号）隔开；冒号用于提示下文，不用在两个并列项之间",
                suggestion="改为“；”", rule="language.list_colon")


# an item of a list of amounts: a name that ends in a Chinese character, then its figure and unit
_AMOUNT_ITEM = re.compile(r"(?P<name>[^、，,。；;：:]*[\u4e00-\u9fff])\s*\d+(?:\.\d+)?\s*(?P<unit>万元|亿元|元)\s*$")
_SENTENCE = re.compile(r"[^。；;！？!?]+")
_PARTS = re.compile(r"[、，,]")
# words that open a clause about the list rather than one more item of it (共计, 其中, 较上年 …)
_SUMS = ("共", "合计", "总计", "累计", "其中", "占", "比", "较", "同比", "剩余", "结余", "结转", "均", "平均", "人均", "实际", "全年")


def _items(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, the mark after it) of each part of a sentence between 、 and commas."""
    out, at = [], 0
    for m in _PARTS.finditer(sentence):
        out.append((at, m.start(), m.group()))
        at = m.end()
    return [*out, (at, len(sentence), "")]


def list_commas(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A list of amounts whose items are parted by 、 up to a comma before its last item.

    Premise (GB/T 15834-2011): the items of one list are parted by 顿号 throughout. Two or more items of
    a name and its amount parted by 、, then a comma, then one more item of the same shape — its name
    ending in the same word as an earlier item's (…专项资金), its amount in the same unit, and the
    sentence ending with it — is the list's last item, and the comma the key beside 、. An item that
    sums or compares (共计, 其中, 较上年) or opens with a year (2023年中央资金…) opens a clause of its own
    and is left alone."""
    for unit in (u for u in units if "、" in u.text and "元" in u.text):
        for s in _SENTENCE.finditer(unit.text):
            if "、" not in s.group() or "元" not in s.group():
                continue  # no list of amounts in this sentence
            parts = _items(s.group())
            if len(parts) < 3 or parts[-2][2] not in ",，" or parts[-3][2] != "、":
                continue
            (a, b, _), *rest = parts[-3:]  # the first may follow the list's lead-in (包括：), the others are items whole
            found = [_AMOUNT_ITEM.search(s.group()[a:b]), *(_AMOUNT_ITEM.fullmatch(s.group()[x:y].strip()) for x, y, _ in rest)]
            shapes = [m for m in found if m]
            if len(shapes) < len(found) or len({m["unit"] for m in shapes}) != 1:
                continue
            last, before = shapes[-1]["name"].strip(), [m["name"] for m in shapes[:-1]]
            if last.startswith(_SUMS) or last[:1].isdigit() or not any(name.endswith(last[-2:]) for name in before):
                continue
            comma = s.start() + parts[-2][1]
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message="并列项之间的顿号误为逗号：最后一项前的“，”应为“、”",
                location=FindingLocation.of(report, unit.at(comma - 6 if comma >= 6 else 0, comma + 4)),
                evidence="同一组并列的金额各项之间都用顿号隔开，最后一项前却用了逗号",
                suggestion="改为“、”", rule="language.last_item_comma")


# three phrases that end in the same word, the last joined by 和/及/与 (优势产业新兴产业和特色产业): a list of
# three, whose first two items run together with no 顿号 between them; read from each conjunction (a
# pattern tried at every character cost more than the rest of the rule)
_CONJUNCTION = re.compile(r"[和及与]")
_HAN8 = re.compile(r"[\u4e00-\u9fff]{8}")
_HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")


def unparted_items(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """Premise (GB/T 15834-2011: the items of a list are parted by 顿号, the last one may be joined by
    和): three items of two words each, all ending in the same word, the last joined by 和 — the first two
    written together with nothing between them is a 顿号 left out. Each item's first word, and the word
    they share, must be common words (jieba), all three different: a phrase of other words that only
    repeats a word (资金管理制度管理) does not read as three items."""
    lex = lexicon()

    def word(w: str) -> bool:
        return lex.freq(w) >= COMMON or w in lex.vocabulary

    for unit in units:
        text = unit.text
        for c in _CONJUNCTION.finditer(text):
            at = c.start()
            if at < 8 or not _HAN8.fullmatch(text, at - 8, at) or not _HAN4.fullmatch(text, at + 1, at + 5):
                continue
            a, h, b, h2, third = text[at - 8:at - 6], text[at - 6:at - 4], text[at - 4:at - 2], text[at - 2:at], text[at + 1:at + 5]
            if h != h2 or third[2:] != h or len({a, b, third[:2]}) < 3 or not all(word(w) for w in (a, b, third[:2], h)):
                continue
            first, second = a + h, b + h
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"并列项之间缺少顿号：“{first}”与“{second}”之间应加“、”",
                location=FindingLocation.of(report, unit.at(at - 8, at)),
                evidence=f"“{first}”“{second}”“{third}”是并列的三项，前两项之间没有标点",
                suggestion=f"改为“{first}、{second}”", rule="language.list_comma")


_ITEM_SENTENCE = re.compile(r"[^。！？!?\n]+")
_MARK = re.compile(r"(?<!\d)[:：;；](?!\d)")
_PROSE = re.compile(r"\s|\|")
_SEMI = frozenset(";；")
_SEMICOLON = {":": ";", "：": "；"}


def _item_slips(sentence: str) -> list[int]:
    """Offsets in ``sentence`` of the colons typed for semicolons (see the module's premises)."""
    marks = list(_MARK.finditer(sentence))
    if len(marks) < 4 or marks[0].group() in _SEMI or sum(m.group() in _SEMI for m in marks) < 2:
        return []
    opener = [sentence[m.end():m.end() + 1] for m in marks]
    lead = opener[0]
    after_semi = {o for m, o in zip(marks, opener, strict=True) if m.group() in _SEMI}
    if not lead or not "\u4e00" <= lead <= "\u9fff" or lead not in after_semi:
        return []
    return [m.start() for m, o in zip(marks[1:], opener[1:], strict=True) if m.group() not in _SEMI and o == lead]


def item_colons(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    places: list[Place] = []
    for unit in units:
        text = unit.text
        if (";" not in text and "；" not in text) or (":" not in text and "：" not in text):
            continue
        for s in _ITEM_SENTENCE.finditer(text):
            if not _PROSE.search(s.group()):
                places.extend((unit, s.start() + k, s.start() + k + 1) for k in _item_slips(s.group()))
    if not places:
        return
    unit, start, _ = places[0]
    mark = unit.text[start]
    yield one_finding(
        report, places, kind=Kind.PUNCTUATION,
        message=f"并列各项之间误用冒号：“{mark}”应为“{_SEMICOLON[mark]}”",
        evidence="这句已用冒号引出列举，各项之间用分号隔开；冒号提示下文，一句之中不再用第二个（GB/T 15834-2011）",
        suggestion=f"改为“{_SEMICOLON[mark]}”", rule="language.list_colon")
