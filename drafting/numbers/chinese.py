"""Chinese numerals: the package's one converter, in both directions.

- ``to_decimal`` / ``to_int``: an isolated numeral as a quantity — positional (两千一百四十一,
  十二万, 一万二 = 12000), with a fraction after 点 (三点五), or digit by digit (二〇二二, 二○二二).
- ``ordinal``: a list ordinal (一, 十一, 二十三) — positional only, so 一二 is no ordinal.
- ``numeral``: a whole number written in Chinese (11 → 十一), as list markers write it.

Positional numerals are read by ``cn2an`` in its ``"normal"`` mode (``"strict"`` refuses 两 and 〇);
numbers are written by ``cn2an.an2cn``. Our own few lines remain only where cn2an is wrong for us:

- **Digit by digit** (years): cn2an refuses ○ (U+25CB, which Word and many PDFs put in 二○二二) and
  reads 〇一 as 1, where a leading zero means the text is no numeral at all.
- **The digits after 点**: cn2an returns a float (三点一四一五九二六五三五八九七九三二 →
  3.141592653589793); we read them one by one into an exact ``Decimal``.
- **What we hand it**: only an isolated numeral over 〇○零一二两三四五六七八九十百千万亿 — never a
  sentence (its ``transform`` turns 三公 into 3公) and never other characters (负, 廿, 壹), so that the
  regexes that find a numeral, not cn2an's leniency, decide what counts as one.

cn2an is imported on first use: importing it takes about 0.3 s (its ``proces`` dependency and its
patterns). A numeral in its canonical form (十二, 一百零五, 十二万, 一万二千 — as ``an2cn`` writes
it) is read and written here without it; tests hold these equal to cn2an's readings. Readings are cached, as reports repeat the same few numerals.

May import: nothing of the package (it sits under ``numbers`` and serves the checks and the evals).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

__all__ = ["DIGITS", "numeral", "ordinal", "to_decimal", "to_int"]

DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
"""Each Chinese digit and its value (two zeros: 〇 U+3007 and ○ U+25CB, as documents write them)."""
_POSITIONAL = frozenset(DIGITS) | frozenset("十百千万亿")


@lru_cache(maxsize=4096)
def to_decimal(text: str) -> Decimal | None:
    """An isolated numeral as a Decimal; None when ``text`` is not one numeral.

    二〇二二 → 2022 (digit by digit), 两千一百四十一 → 2141, 十二万 → 120000, 一万二 → 12000,
    三点五 → 3.5 (exact), 〇一 → None (a leading zero), 三公 → None."""
    head, dot, frac = text.partition("点")
    if not head or (dot and not frac) or any(c not in DIGITS for c in frac):
        return None
    whole = _digit_by_digit(head) if all(c in DIGITS for c in head) else _positional(head)
    if whole is None:
        return None
    if frac:
        return Decimal(f"{whole}." + "".join(str(DIGITS[c]) for c in frac))
    return Decimal(whole)


def to_int(text: str) -> int | None:
    """An isolated whole numeral as an int (二〇二二 → 2022, 三十一 → 31); None otherwise."""
    value = to_decimal(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


def ordinal(text: str) -> int | None:
    """A list ordinal (一 → 1, 十一 → 11, 二十三 → 23); None for anything else, a digit string
    such as 一二 included: ordinals are written positionally."""
    if len(text) > 1 and all(c in DIGITS for c in text):
        return None
    value = to_int(text)
    return value if value is not None and value > 0 else None


def numeral(n: int) -> str:
    """A whole number as list markers write it: 3 → 三, 10 → 十, 11 → 十一, 23 → 二十三."""
    return _canonical(n) if 0 < n < 10**8 else str(_cn2an().an2cn(n))


_UNITS = {"十": 10, "百": 100, "千": 1000}


def _section(n: int, leading: bool) -> str:
    """1–9999 as cn2an writes it: zeros inside as one 零, none at the end; 一十 → 十 at the start."""
    out, zero = "", False
    for digit, unit in zip(f"{n:04d}", ("千", "百", "十", ""), strict=True):
        if digit == "0":
            zero = zero or bool(out)
        else:
            out += ("零" if zero else "") + "〇一二三四五六七八九"[int(digit)] + unit
            zero = False
    return out[1:] if leading and out.startswith("一十") else out


def _canonical(n: int) -> str:
    """1 to 99,999,999 written as ``cn2an.an2cn`` writes it (十万零一十, 一万二千), without loading
    cn2an (about 0.3 s); tests hold the two equal."""
    high, low = divmod(n, 10000)
    if not high:
        return _section(low, leading=True)
    tail = "" if not low else ("零" if low < 1000 else "") + _section(low, leading=False)
    return _section(high, leading=True) + "万" + tail


def _fast_positional(head: str) -> int | None:
    """A numeral written exactly as ``_canonical`` writes its value; None for any other form (两,
    一万二, 亿 …), which cn2an reads."""
    if len(head) > 20 or any(c not in _FAST for c in head):
        return None
    total = section = digit = 0
    for c in head:
        if c in _UNITS:
            section, digit = section + (digit or 1) * _UNITS[c], 0
        elif c == "万":
            total, section, digit = (section + digit) * 10000, 0, 0
        else:
            digit = DIGITS[c]
    value = total + section + digit
    return value if 0 < value < 10**8 and _canonical(value) == head else None


_FAST = frozenset("零一二三四五六七八九十百千万")


def _digit_by_digit(head: str) -> int | None:
    if len(head) > 1 and DIGITS[head[0]] == 0:
        return None  # 〇一: no numeral starts with a zero
    return int("".join(str(DIGITS[c]) for c in head))


def _positional(head: str) -> int | None:
    if any(c not in _POSITIONAL for c in head):
        return None
    fast = _fast_positional(head)
    if fast is not None:
        return fast
    try:
        value = _cn2an().cn2an(head, "normal")
    except (ValueError, KeyError):  # cn2an raises KeyError for a zero after 十 (二十〇)
        return None  # 十十, 三万万, 二十〇: characters of numerals, but no numeral
    return value if isinstance(value, int) else None


@lru_cache(maxsize=1)
def _cn2an():  # type: ignore[no-untyped-def]
    import cn2an

    return cn2an
