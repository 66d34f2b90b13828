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


def _runs_by_grouping(norms, hosts, min_len, keep=None):
    """``segments.repeated_runs`` as it was before session 49: every seed of two to 32 places, its
    places grouped by the character before them, a seed with one group of a character passed over."""
    from collections import defaultdict

    from drafting.checks.segments import Run, _common_length

    index = defaultdict(list)
    for u, n in enumerate(norms):
        for i in range(len(n.text) - 6 + 1):
            places = index[n.text[i : i + 6]]
            if len(places) <= 32:
                places.append((u, i))
    out = []
    for posting in index.values():
        if not 2 <= len(posting) <= 32:
            continue
        by_left = defaultdict(list)
        for u, j in posting:
            by_left[norms[u].text[j - 1] if j else None].append((u, j))
        if len(by_left) == 1 and None not in by_left:
            continue
        for left, heres in by_left.items():
            for h, i in heres:
                if h >= hosts:
                    continue
                for other, theres in by_left.items():
                    for s, j in theres if left is None or other != left else ():
                        if (s, j) == (h, i) or (keep is not None and not keep(h, i, s, j)):
                            continue
                        n = _common_length(norms[h].text, i, norms[s].text, j, 6)
                        if n >= min_len and not (s == h and j < i + n and i < j + n):
                            out.append(Run(h, i, s, j, n))
    return sorted(out, key=lambda r: (r.host, r.i, r.source, r.j))


def test_repeated_runs_found_from_the_seeds_told_varied_as_they_are_indexed_are_the_grouped_ones():
    """Invented texts: passages said again after other characters, at a text's start, inside texts that
    read the same, and more than 32 times; with and without a ``keep``, last year's texts as sources."""
    import random

    from drafting.checks.segments import repeated_runs
    from drafting.numbers.textnorm import normalize

    rng = random.Random(49)
    for _ in range(60):
        pool = ["".join(rng.choice("甲乙丙丁戊己") for _ in range(rng.randint(6, 40))) for _ in range(rng.randint(1, 6))]
        texts = []
        for _ in range(rng.randint(1, 14)):
            text = "".join(rng.choice(pool) if rng.random() < 0.6 else rng.choice("庚辛壬癸子丑") for _ in range(rng.randint(1, 4)))
            texts += [text] * rng.choice([1, 1, 2, 3])  # some texts read the same
        texts[rng.randrange(len(texts)) : 0] = [pool[0]] * rng.choice([0, 0, 33])  # a passage in over 32 places
        norms = [normalize(t) for t in texts]
        hosts = rng.randint(1, len(norms))
        for min_len in (6, 9):
            assert repeated_runs(norms, hosts, min_len) == _runs_by_grouping(norms, hosts, min_len)

        def keep(h, i, s, j):
            return (h + i + s + j) % 3 != 0

        assert repeated_runs(norms, hosts, 6, keep=keep) == _runs_by_grouping(norms, hosts, 6, keep=keep)
