"""What the checks' faster forms of session 49 must keep (issue 14: the sample reviewed in 0.3 s of
CPU): each test pins the answer a rewritten step gave before it was rewritten, on every input it can
be asked about where those are few, so that a later change that alters what is found fails here."""

from __future__ import annotations

import re

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.typos_candidates import _fuzzy

# ``_fuzzy`` as it was written before, with two substitutions
_INITIAL = re.compile(r"^(?:([zcs])h|l)")
_FINAL = re.compile(r"([aei]n)g$")


def _fuzzy_by_patterns(syllable: str) -> str:
    return _FINAL.sub(r"\1", _INITIAL.sub(lambda m: m.group(1) or "n", syllable))


def test_fuzzy_hears_every_reading_of_every_character_as_the_patterns_did():
    lex = lexicon()
    syllables = {s for c in range(0x4E00, 0xA000) for s in lex.toneless(chr(c))}
    assert len(syllables) > 300
    assert all(_fuzzy(s) == _fuzzy_by_patterns(s) for s in syllables)


@pytest.mark.parametrize(("syllable", "heard"), [
    ("zhang", "zan"), ("chen", "cen"), ("shi", "si"), ("lin", "nin"), ("liang", "nian"), ("jing", "jin"),
    ("zi", "zi"), ("long", "nong"), ("hang", "han"), ("ng", "ng"), ("h", "h"), ("", ""), ("l", "n"), ("sh", "s"),
])
def test_fuzzy_merges_the_input_methods_pairs(syllable, heard):
    assert _fuzzy(syllable) == heard == _fuzzy_by_patterns(syllable)
