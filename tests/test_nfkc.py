"""``report.nfkc`` is ``unicodedata.normalize("NFKC", …)``, found faster where a text is made of
characters that NFKC maps one at a time (speed, issue 14): checked against the Unicode tables and
against ``unicodedata`` itself on every character it maps and on random texts."""

from __future__ import annotations

import random
import sys
import unicodedata

from drafting.report import _SIMPLE, _STABLE, _STABLE_MARKS, _UNSIMPLE, nfkc


def _second_parts() -> set[str]:
    """Every character some canonical composition takes as its second part (Hangul's vowels and
    finals included), and every character of a non-zero combining class: NFKC may join or move them."""
    out = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        if unicodedata.combining(ch):
            out.add(ch)
        d = unicodedata.decomposition(ch)
        if d and not d.startswith("<") and len(d.split()) == 2:
            out.add(chr(int(d.split()[1], 16)))
    return out


def test_the_stable_characters_are_their_own_form_and_never_joined_to_the_one_before():
    stable = [chr(c) for c in (*range(0x80), *range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))] + list(_STABLE_MARKS)
    seconds = _second_parts()
    assert all(_STABLE.fullmatch(ch) for ch in stable)
    assert all(unicodedata.normalize("NFKC", ch) == ch for ch in stable)
    assert not seconds.intersection(stable)
    assert not seconds.intersection(map(chr, _SIMPLE))  # nor is a character mapped one at a time


def test_each_simple_character_maps_to_stable_ones():
    assert {"，", "（", "１", "\u3000", "①", "㎡", "℃", "…"} <= set(map(chr, _SIMPLE))
    for c, n in _SIMPLE.items():
        assert n == unicodedata.normalize("NFKC", chr(c)) and _STABLE.fullmatch(n)
        assert _UNSIMPLE.search(chr(c)) is None


def test_nfkc_is_unicodedatas_on_report_text_and_on_anything_else():
    rng = random.Random(14)
    simple = "".join(map(chr, _SIMPLE))
    pools = ["全年支出资金完成率惠及人项目", "0123456789abcAB %.,:;()-\n\t", simple, _STABLE_MARKS,
             "\u0301\u0308\u0338\u3099\u309a\uff9e\u1161\u11a8\u0915\u093c\u00c5\u212b\ufb01\u2126\uac00",
             "".join(chr(rng.randrange(sys.maxunicode + 1)) for _ in range(300)).encode("utf-8", "replace").decode("utf-8", "replace")]
    for _ in range(20_000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 12)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)
    for c in range(sys.maxunicode + 1):  # every character alone, and after a stable letter and before an accent
        ch = chr(c)
        if 0xD800 <= c < 0xE000:
            continue
        for text in (ch, "a" + ch, ch + "\u0301", "中" + ch + "，"):
            assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)
