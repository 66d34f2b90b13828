"""Word's automatic numbering: the label Word shows before a numbered paragraph (二、 （三） 1.2 ①).

Why: officers let Word number their headings and lists (w:numPr → numbering.xml), so the text of
such a paragraph lacks the 二、 the reader sees on the page; without it a finding's place, the
heading-level guess and the numbering checks all read a different document from the one on screen.
python-docx has no API for this, so the XML is read here.

How Word counts (ECMA-376 §17.9, as Word does it): counters belong to the abstract definition, so
two w:num over one w:abstractNum continue one sequence; a w:num's w:lvlOverride/w:startOverride
restarts its levels where that w:num is first used; using a level restarts the deeper ones unless
their w:lvlRestart says otherwise (0: never; n: only when a level above n is used). Style-linked
numbering (w:numPr on a paragraph style, and w:numStyleLink) counts too. Paragraphs are counted in
document order, empty ones included (Word numbers them), text boxes excluded (the reader skips them).

Choices: a bullet gets no label — it carries no number for a check to read, and its glyph is usually
a private-use character of a symbol font, not the character shown. Word's tab (or space) after the
label becomes nothing, as Chinese text runs on after 、 or ）, except where the label ends and the text
begins with a Latin letter or digit: there one space keeps "1." and "2024年" from reading as 1.2024.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Numbering", "format_number", "join_label", "numbering_labels"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PLACEHOLDER = re.compile(r"%([1-9])")
_MAX_STYLE_DEPTH = 20  # basedOn chains (a loop in a broken file must not hang the reader)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_IDEO_DIGITS = "〇一二三四五六七八九"
_LEGAL_SIMPLIFIED = str.maketrans("一二三四五六七八九十百千万零", "壹贰叁肆伍陆柒捌玖拾佰仟万零")
_LEGAL_TRADITIONAL = str.maketrans("一二三四五六七八九十百千万零", "壹貳參肆伍陸柒捌玖拾佰仟萬零")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _chinese(n: int) -> str:
    """1–9999 counted in Chinese as Word's chineseCounting writes it (十一, 二十, 一百零一); past that
    the plain number (no list runs so long). Not ``numbers.chinese``: io stays below numbers."""
    if n >= 10000:
        return str(n)
    out, zero = "", False
    for digit, unit in zip(f"{n:04d}", ("千", "百", "十", ""), strict=True):
        if digit == "0":
            zero = zero or bool(out)
        else:
            out += ("零" if zero else "") + _IDEO_DIGITS[int(digit)] + unit
            zero = False
    return out[1:] if out.startswith("一十") else out


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        k, n = divmod(n, value)
        out += letters * k
    return out


def _letters(n: int) -> str:
    """Word's letters: A … Z, then AA … ZZ, AAA (the letter repeated, not base 26)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _table(chars: str, n: int) -> str:
    """A numeral from a fixed set (① … ⑳, 甲 … 癸); past its end Word writes the plain number."""
    return chars[n - 1] if 1 <= n <= len(chars) else str(n)


def format_number(n: int, fmt: str) -> str:
    """``n`` written in Word's number format ``fmt`` (w:numFmt): 2 chineseCounting → 二, 3
    decimalEnclosedCircle → ③; an unknown format is written as a decimal, as Word falls back."""
    if fmt in ("none", "bullet"):
        return ""
    if n <= 0:
        return str(n) if fmt != "decimalZero" else f"{n:02d}"
    simple = {"decimalZero": lambda: f"{n:02d}", "upperRoman": lambda: _roman(n), "lowerRoman": lambda: _roman(n).lower(),
              "upperLetter": lambda: _letters(n), "lowerLetter": lambda: _letters(n).lower(),
              "decimalFullWidth": lambda: str(n).translate(_FULL_WIDTH),
              "decimalFullWidth2": lambda: str(n).translate(_FULL_WIDTH),
              "ideographDigital": lambda: "".join(_IDEO_DIGITS[int(d)] for d in str(n)),
              "ideographTraditional": lambda: _table(_STEMS, n), "ideographZodiac": lambda: _table(_BRANCHES, n),
              "decimalEnclosedCircle": lambda: _table(_CIRCLED, n),
              "decimalEnclosedCircleChinese": lambda: _table(_CIRCLED, n),
              "decimalEnclosedFullstop": lambda: _table(_FULLSTOP, n),
              "decimalEnclosedParen": lambda: _table(_PAREN, n),
              "chineseLegalSimplified": lambda: _chinese(n).translate(_LEGAL_SIMPLIFIED),
              "ideographLegalTraditional": lambda: _chinese(n).translate(_LEGAL_TRADITIONAL)}
    if fmt in simple:
        return simple[fmt]()
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        return _chinese(n)
    return str(n)


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def join_label(label: str, text: str, suffix: str) -> str:
    """What goes between the label and the text: nothing for ``suff="nothing"``; for Word's tab or
    space, nothing too (Chinese runs on after 、 and ）) unless a Latin letter or digit ends the
    label and begins the text, where one space keeps 1. and 2024 apart."""
    if not label or suffix == "nothing" or not text:
        return ""
    return " " if label[-1].isascii() and label[-1] not in " \t" and text[0].isascii() and text[0].isalnum() else ""


# -- the definitions -------------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str | None = None  # w:lvlText; None: the level shows nothing
    start: int = 0  # w:start; absent, the count begins at 0 (ECMA-376 §17.9.26; Word writes it always)
    restart: int | None = None  # w:lvlRestart (1-based level), None when absent
    legal: bool = False  # w:isLgl: the numbers of the levels above are shown as decimals
    suffix: str = "tab"
    style: str | None = None  # w:pStyle: the paragraph style this level belongs to


@dataclass
class _Instance:
    """One w:num: its abstract definition and the levels it overrides."""

    abstract: str
    levels: dict[int, _Level]
    starts: dict[int, int] = field(default_factory=dict)  # w:startOverride by level


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


def _int(text: str | None, default: int | None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _num_fmt(lvl: Any) -> str:
    """w:numFmt, or its Fallback when Word wrapped a newer format in mc:AlternateContent."""
    direct = lvl.find(W + "numFmt")
    if direct is not None:
        return direct.get(W + "val") or "decimal"
    fallback = next((f for f in lvl.iter(W + "numFmt") if f.getparent().tag == _MC_FALLBACK), None)
    found = fallback if fallback is not None else next(lvl.iter(W + "numFmt"), None)
    return (found.get(W + "val") if found is not None else None) or "decimal"


def _level(lvl: Any) -> _Level:
    text_el = lvl.find(W + "lvlText")
    legal = lvl.find(W + "isLgl")
    return _Level(fmt=_num_fmt(lvl), text=text_el.get(W + "val") if text_el is not None else None,
                  start=_int(_val(lvl, "start"), 0) or 0, restart=_int(_val(lvl, "lvlRestart"), None),
                  legal=legal is not None and legal.get(W + "val", "true") not in ("0", "false", "off"),
                  suffix=_val(lvl, "suff") or "tab", style=_val(lvl, "pStyle"))


def _levels(parent: Any) -> dict[int, _Level]:
    return {k: _level(lvl) for lvl in parent.findall(W + "lvl") if (k := _int(lvl.get(W + "ilvl"), None)) is not None}


# -- counting --------------------------------------------------------------------------------------


class Numbering:
    """The numbering definitions of one document and the running counts; ``label`` is asked once per
    paragraph, in document order."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        self._abstracts: dict[str, Any] = {}
        self._nums: dict[str, Any] = {}
        if numbering is not None:
            self._abstracts = {a.get(W + "abstractNumId"): a for a in numbering.findall(W + "abstractNum")}
            self._nums = {n.get(W + "numId"): n for n in numbering.findall(W + "num")}
        self._styles = {s.get(W + "styleId"): s for s in styles.iter(W + "style")} if styles is not None else {}
        self._instances: dict[str, _Instance | None] = {}
        self._abstract_levels: dict[str, dict[int, _Level]] = {}
        self._counts: dict[str, dict[int, int]] = {}
        self._seen: set[str] = set()

    def label(self, p: Any) -> tuple[str, str]:
        """The label Word shows before paragraph ``p`` and its suffix (tab/space/nothing); ("", "")
        for an unnumbered paragraph or a bullet. Counts the paragraph."""
        found = self._num_pr(p)
        if found is None:
            return "", ""
        num_id, ilvl = found
        inst = self._instance(num_id)
        if inst is None:
            return "", ""
        levels = {**self._abstract_levels[inst.abstract], **inst.levels}
        if ilvl is None:
            ilvl = next((k for k, lv in levels.items() if lv.style is not None and lv.style == _style_id(p)), 0)
        level = levels.get(ilvl)
        if level is None:
            return "", ""
        counts = self._advance(num_id, inst, levels, ilvl)
        if level.fmt == "bullet" or not level.text:
            return "", ""
        return self._render(level, levels, counts, inst, ilvl), level.suffix

    def _advance(self, num_id: str, inst: _Instance, levels: dict[int, _Level], ilvl: int) -> dict[int, int]:
        counts = self._counts.setdefault(inst.abstract, {})
        if num_id not in self._seen:
            self._seen.add(num_id)
            for k in inst.starts:
                counts.pop(k, None)  # a restart: the level begins again at its override
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else self._start(inst, levels, ilvl)
        for k in [k for k in counts if k > ilvl]:
            restart = levels[k].restart if k in levels else None
            if restart is None or (restart > 0 and ilvl < restart):
                del counts[k]
        return counts

    @staticmethod
    def _start(inst: _Instance, levels: dict[int, _Level], k: int) -> int:
        return inst.starts.get(k, levels[k].start if k in levels else 1)

    def _render(self, level: _Level, levels: dict[int, _Level], counts: dict[int, int], inst: _Instance,
                ilvl: int) -> str:
        def shown(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k > ilvl or k not in levels:
                return ""
            n = counts.get(k, self._start(inst, levels, k))
            fmt = "decimal" if level.legal and k < ilvl and levels[k].fmt != "none" else levels[k].fmt
            return format_number(n, fmt)

        return _PLACEHOLDER.sub(shown, level.text or "")

    def numbered_style(self, style_id: str | None) -> bool:
        """Whether paragraphs of this style are numbered by it (its own w:numPr or a w:basedOn's)."""
        for style in self._style_chain(style_id):
            spr = style.find(W + "pPr")
            num_pr = spr.find(W + "numPr") if spr is not None else None
            if num_pr is not None and num_pr.find(W + "numId") is not None:
                return True
        return False

    def _num_pr(self, p: Any) -> tuple[str, int | None] | None:
        """(numId, ilvl) from the paragraph's own w:numPr, else from its style's; None when unnumbered
        (numId 0 removes a style's numbering)."""
        ppr = p.find(W + "pPr")
        own = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = _val(own, "numId"), _int(_val(own, "ilvl"), None)
        if num_id is None or ilvl is None:
            for style in self._style_chain(_style_id(p)):
                spr = style.find(W + "pPr")
                snum = spr.find(W + "numPr") if spr is not None else None
                if snum is not None and (snum_id := _val(snum, "numId")) is not None:
                    num_id = num_id if num_id is not None else snum_id
                    ilvl = ilvl if ilvl is not None else _int(_val(snum, "ilvl"), None)
                    break
        if num_id is None or num_id == "0":
            return None
        return num_id, ilvl

    def _style_chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen and len(seen) < _MAX_STYLE_DEPTH:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def _instance(self, num_id: str) -> _Instance | None:
        if num_id not in self._instances:
            self._instances[num_id] = self._read_instance(num_id)
        return self._instances[num_id]

    def _read_instance(self, num_id: str) -> _Instance | None:
        num = self._nums.get(num_id)
        abstract_id = _val(num, "abstractNumId")
        abstract_id = self._linked(abstract_id)
        if num is None or abstract_id is None:
            return None
        if abstract_id not in self._abstract_levels:
            self._abstract_levels[abstract_id] = _levels(self._abstracts[abstract_id])
        inst = _Instance(abstract=abstract_id, levels={})
        for override in num.findall(W + "lvlOverride"):
            k = _int(override.get(W + "ilvl"), None)
            if k is None:
                continue
            start = _int(_val(override, "startOverride"), None)
            if start is not None:
                inst.starts[k] = start
            lvl = override.find(W + "lvl")
            if lvl is not None:
                inst.levels[k] = _level(lvl)
        return inst

    def _linked(self, abstract_id: str | None) -> str | None:
        """Follow w:numStyleLink (a list style's definition lives in the abstract that names the style in
        w:styleLink, reached through the style's own w:numPr)."""
        for _ in range(_MAX_STYLE_DEPTH):
            abstract = self._abstracts.get(abstract_id) if abstract_id is not None else None
            if abstract is None:
                return None
            link = _val(abstract, "numStyleLink")
            if link is None:
                return abstract_id
            style = self._styles.get(link)
            spr = style.find(W + "pPr") if style is not None else None
            num_pr = spr.find(W + "numPr") if spr is not None else None
            abstract_id = _val(self._nums.get(_val(num_pr, "numId") or ""), "abstractNumId")
        return None


def _style_id(p: Any) -> str | None:
    ppr = p.find(W + "pPr")
    return _val(ppr, "pStyle") if ppr is not None else None


_W_NS = {"w": W[1:-1]}


def numbering_labels(body: Any, numbering: Any | None, styles: Any | None) -> dict[Any, tuple[str, str]]:
    """Each numbered paragraph of ``body`` (a w:body element) → (label, suffix), counted in document
    order; paragraphs in text boxes are neither counted nor labelled (the reader skips them). The
    paragraphs with a w:numPr or a numbered style are picked by XPath, in document order: asking
    every paragraph in Python cost a large report's reading a sixth more."""
    if numbering is None or numbering.find(W + "num") is None:
        return {}
    from lxml import etree

    counter = Numbering(numbering, styles)
    used = set(etree.XPath(".//w:pPr/w:pStyle/@w:val", namespaces=_W_NS, smart_strings=False)(body))
    ids = " ".join(sorted(v for v in used if " " not in v and counter.numbered_style(v)))
    styled = " or contains($ids, concat(' ', w:pPr/w:pStyle/@w:val, ' '))" if ids else ""
    pick = etree.XPath(f".//w:p[w:pPr/w:numPr{styled}][not(ancestor::w:txbxContent)]", namespaces=_W_NS)
    out: dict[Any, tuple[str, str]] = {}
    for p in pick(body, ids=f" {ids} "):
        label = counter.label(p)
        if label[0]:
            out[p] = label
    return out
