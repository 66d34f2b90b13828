"""Keys of the ASCII row typed for Chinese ones: ``<…>`` written for the title marks 〈…〉, a
letter typed for a digit in a date (2021年I月, 2021年1O月), and a Japanese kana of a Chinese character's
shape (贫困人ロ for 贫困人口: an input method's or OCR's slip, no 公文 writes kana).

Why apart from ``language.py``: these are the keyboard's ASCII marks typed in a Chinese sentence, a
shape of its own (GB/T 15834-2011: a title inside a title takes 〈〉, never < >), and that module is
long enough. Precision first: only angle brackets that hold a Chinese title (no letters, no
comparison: ``<90%`` and HTML tags stay alone) and sit beside Chinese text are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["fold_angles", "halfwidth_angles", "halfwidth_clause_marks", "lookalikes"]

# an angle bracket pair with at least one half-width mark, holding a Chinese title: it starts and
# ends with a Chinese character (or a closing bracket), has no letters and no other angle bracket
_ANGLES = re.compile(
    r"(?:<(?P<a>[\u4e00-\u9fff][^<>〈〉《》\n]{0,60}?[\u4e00-\u9fff）)])[>〉]"
    r"|〈(?P<b>[\u4e00-\u9fff][^<>〈〉《》\n]{0,60}?[\u4e00-\u9fff）)])>)")
_LETTERS = re.compile(r"[A-Za-z=%‰]")

# a clause mark of the ASCII row between two Chinese characters (人员经费,全部…; 股室;项目…): in a report
# that writes the mark full-width between Chinese characters five times as often, the half-width one is
# a key slip, not the report's habit (a copy that turned every mark half-width has none full-width)
_CLAUSE_MARKS = {",": "，", ";": "；", ":": "："}
_HAN_MARK = re.compile(r"[,;:，；：](?<=[\u4e00-\u9fff][,;:，；：])(?=[\u4e00-\u9fff])")


def halfwidth_angles(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """``<title>`` inside 《》 (should be 〈title〉) or standing for 《title》 itself in running text.
    A report that does it throughout gets one finding listing every place: it is one habit. A copy
    that writes its clause marks half-width as a habit (a site that turned every mark half-width)
    turned 〈〉 into ``<>`` too: the same habit, not a slip; a pair with one side full-width still is."""
    places: list[tuple[TextUnit, re.Match[str], str, bool]] = []
    habit: bool | None = None
    for unit in units:
        text = unit.text
        if "<" not in text and ">" not in text:
            continue
        for m in _ANGLES.finditer(text):
            title = m["a"] or m["b"]
            if _LETTERS.search(title):
                continue
            if m.group()[0] == "<" and m.group()[-1] == ">":
                habit = _halfwidth_habit(units) if habit is None else habit
                if habit:
                    continue
            inside = text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start())
            before = text[m.start() - 1:m.start()]
            if inside or re.fullmatch(r"[\u4e00-\u9fff，、：]", before):
                places.append((unit, m, title, inside))
    if not places:
        return
    unit, m, title, inside = places[0]
    right = f"〈{title}〉" if inside else f"《{title}》"
    count = f"（全文共{len(places)}处同样写法）" if len(places) > 1 else ""
    yield Finding(
        kind=Kind.PUNCTUATION, severity=Severity.WARNING,
        message=f"书名号用了半角尖括号：“{m.group()}”应为“{right}”{count}",
        location=FindingLocation.of(report, unit.at(m.start(), m.end())),
        related=[FindingLocation.of(report, u.at(x.start(), x.end())) for u, x, _, _ in places[1:]],
        evidence=("书名号内再用书名号时用单书名号〈〉（GB/T 15834-2011），不用半角“<>”" if inside
                  else "文件名用书名号《》（GB/T 15834-2011），不用半角“<>”"),
        suggestion=f"改为“{right}”", rule="language.halfwidth_mark")


def _halfwidth_habit(units: list[TextUnit]) -> bool:
    """The report writes its clause marks between Chinese characters half-width at least as often as
    full-width (and at least three times): a copy converted throughout, not a slip of the keyboard."""
    half = full = 0
    for unit in units:
        for m in _HAN_MARK.finditer(unit.text):
            if m.group() in _CLAUSE_MARKS:
                half += 1
            else:
                full += 1
    return half >= 3 and half >= full


def fold_angles(text: str) -> str:
    """``text`` with the half-width angle brackets of a title read as 〈〉 (same length), so that the
    pairing of title marks sees ``<…〉`` as one pair, reported here once, not as 《 closed by 〉."""
    if "<" not in text and ">" not in text:
        return text
    out = list(text)
    for m in _ANGLES.finditer(text):
        out[m.start()], out[m.end() - 1] = "〈", "〉"
    return "".join(out)


# a month or a day whose digit is a letter of the same look (I/l for 1, O/o for 0), in a date whose
# year is written in digits just before: 2021年I月, 2022年1O月3日
_LETTER_DATE = re.compile(r"(?<=(?:19|20)\d\d年)(?P<m>[\dIlOo]{1,2})(?=月)|(?<=\d月)(?P<d>[\dIlOo]{1,2})(?=日)")
_LOOKALIKE = str.maketrans("IlOo", "1100")


def lookalikes(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A character of another script typed (or read by OCR) for one of the same look."""
    yield from _letters_for_digits(report, units)
    yield from _kana_for_han(report, units)


# katakana of a Chinese character's shape, and that character: ロ 口, エ 工, カ 力, タ 夕, ニ 二, ハ 八, ト 卜,
# ヒ 匕, ー 一 (the long-vowel mark)
_KANA = dict(zip("ロエカタニハトヒー", "口工力夕二八卜匕一", strict=True))
# one such kana beside a Chinese character, no other kana near it (a kana word, a user's name on a
# document-sharing page, mojibake: ヽ|.Candy°, 斉涔こ)
# (ー, also a dash some writers type in ranges, 3月ー5月: only between two Chinese characters)
_KANA_SLIP = re.compile(r"(?<![\u3040-\u30ff].)(?<![\u3040-\u30ff])(?:(?<=[\u4e00-\u9fff])[ロエカタニハトヒ]"
                        r"|[ロエカタニハトヒ](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])ー(?=[\u4e00-\u9fff]))"
                        r"(?![\u3040-\u30ff])(?!.[\u3040-\u30ff])")


def _kana_for_han(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in units:
        for m in _KANA_SLIP.finditer(unit.text):
            right = _KANA[m.group()]
            a, b = max(0, m.start() - 2), min(len(unit.text), m.end() + 2)
            written, fixed = unit.text[a:b], unit.text[a:m.start()] + right + unit.text[m.end():b]
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"汉字写成了形近的日文假名：“{written}”应为“{fixed}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m.group()}”是日文片假名（U+{ord(m.group()):04X}），与汉字“{right}”形近；公文中不用假名",
                suggestion=f"改为“{right}”", rule="language.letter_digit")


def _letters_for_digits(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A letter typed (or read by OCR) for a digit of a date's month or day."""
    for unit in (u for u in units if "月" in u.text):  # both shapes hold 月: no scan of a paragraph without it
        for m in _LETTER_DATE.finditer(unit.text):
            written = m.group()
            if written.isdigit():
                continue
            right = written.translate(_LOOKALIKE)
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"日期中的数字写成了字母：“{written}”应为“{right}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{written}”夹在日期的年、月、日之间，字母{'、'.join(sorted(set(written) - set('0123456789')))}与数字形近",
                suggestion=f"改为“{right}”", rule="language.letter_digit")


_HABIT = 5  # the full-width mark written so at least this many times …
_RATIO = 5  # … and at least this many times as often as the half-width one


def halfwidth_clause_marks(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One finding per mark, listing every place: the slips of one keyboard habit are one problem."""
    places: dict[str, list[tuple[TextUnit, int]]] = {m: [] for m in _CLAUSE_MARKS}
    full = dict.fromkeys(_CLAUSE_MARKS.values(), 0)
    for unit in units:
        marks = list(_HAN_MARK.finditer(unit.text))
        # a line written half-width throughout (项目名称:…,金额:…) keeps a habit of its own: a pasted record
        own = len(marks) >= 2 and not any(m.group() in full for m in marks)
        for m in marks:
            if m.group() in full:
                full[m.group()] += 1
            elif not own:
                places[m.group()].append((unit, m.start()))
    for mark, found in places.items():
        right = _CLAUSE_MARKS[mark]
        if not found or full[right] < _HABIT or len(found) * _RATIO > full[right]:
            continue
        unit, at = found[0]
        shape = unit.text[at - 1:at + 2]
        count = f"（全文共{len(found)}处）" if len(found) > 1 else ""
        yield Finding(
            kind=Kind.PUNCTUATION, severity=Severity.WARNING,
            message=f"中文句中用了半角标点：“{shape}”应为“{shape[0]}{right}{shape[2]}”{count}",
            location=FindingLocation.of(report, unit.at(at - 1, at + 2)),
            related=[FindingLocation.of(report, u.at(a - 1, a + 2)) for u, a in found[1:]],
            evidence=f"本报告汉字之间的标点用全角“{right}”（{full[right]}处），这里夹着半角“{mark}”",
            suggestion=f"改为全角“{right}”", rule="language.halfwidth_mark")
