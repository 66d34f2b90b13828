"""The typo check on invented paragraphs: one slip in each, a clean paragraph must stay clean.

Why: the sentence lists (``language_invented``) give the check one sentence, so a correction the
report writes elsewhere never backs it; real reports are long and usually do. Session 48 wrote a list
of short 公文 paragraphs (``evals/invented/s48_typo_paras.txt``), about half with the right word
standing elsewhere in the same paragraph, and clean paragraphs of the same style
(``s48_clean_paras.txt``), before any change to the checks; ``s48dev_`` is the pair it tuned on.

A slip block is a header ``@ wrong | right | same/alone | kind`` and the paragraph holding ``wrong``
once. *Found*: a typo or repeated-word finding covers a changed character (for a dropped one, the
characters around the gap). Any language finding on a clean paragraph is a false alarm, and so is
one on a slip paragraph that misses the slip (*stray*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from drafting.findings import Finding, Kind

DATA = Path(__file__).resolve().parent / "invented"
SLIPS = {Kind.TYPO, Kind.REPEATED_WORD}
LANGUAGE = {Kind.TYPO, Kind.REPEATED_WORD, Kind.PUNCTUATION, Kind.DOCUMENT_NUMBER}
_BLOCK = re.compile(r"^@ (.+)\n(.+)$", re.M)


@dataclass(frozen=True)
class Slip:
    """One slip paragraph: what stands, what it should read, whether the right word stands elsewhere."""

    wrong: str
    right: str
    same: bool
    kind: str
    text: str

    @property
    def at(self) -> set[int]:
        """The changed characters in ``text`` (the two around the gap for a dropped one)."""
        from evals.language_invented import _changed
        start = self.text.index(self.wrong)
        return {start + i for i in _changed(self.wrong, self.right)}

    @property
    def corrected(self) -> str:
        return self.text.replace(self.wrong, self.right)


def slips(prefix: str) -> list[Slip]:
    text = (DATA / f"{prefix}typo_paras.txt").read_text(encoding="utf-8")
    out = []
    for head, paragraph in _BLOCK.findall(text):
        wrong, right, same, kind = (part.strip() for part in head.split("|"))
        out.append(Slip(wrong, right, same == "same", kind, paragraph))
    return out


def clean(prefix: str) -> list[str]:
    lines = (DATA / f"{prefix}clean_paras.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _covers(f: Finding, at: set[int]) -> bool:
    return bool(at & set(range(f.location.location.start, f.location.location.end)))


def run(prefix: str, findings: object) -> dict[str, object]:
    """The figures of one paragraph pair: ``findings(text)`` gives the findings on one paragraph."""
    found: list[str] = []
    missed: list[str] = []
    alarms: list[str] = []
    by: dict[str, list[int]] = {}
    for n, slip in enumerate(slips(prefix), 1):
        got = findings(slip.text)  # type: ignore[operator]
        hits = [f for f in got if f.kind in SLIPS and _covers(f, slip.at)]
        alarms += [f"slip {n}: {f.message}" for f in got if f.kind in LANGUAGE and not _covers(f, slip.at)]
        label = f"{n} [{'same' if slip.same else 'alone'} {slip.kind}] {slip.wrong}→{slip.right}"
        (found if hits else missed).append(label + (f" ({'; '.join(f.message for f in hits)})" if hits else ""))
        for key in ("same" if slip.same else "alone", slip.kind):
            by.setdefault(key, [0, 0])[0 if hits else 1] += 1
    texts = clean(prefix)
    for n, text in enumerate(texts, 1):
        alarms += [f"clean {n}: {text[:30]}… ({f.message})" for f in findings(text)  # type: ignore[operator]
                   if f.kind in LANGUAGE]
    chars = sum(map(len, texts))
    return {"slips": len(found) + len(missed), "found": len(found), "clean": len(texts), "clean_chars": chars,
            "false_alarms": len(alarms), "per_10k": round(len(alarms) * 10_000 / max(1, chars), 2),
            "by": {k: f"{v[0]}/{sum(v)}" for k, v in sorted(by.items())},
            "found_list": found, "missed_list": missed, "alarm_list": alarms}


def line(name: str, s: dict[str, object]) -> str:
    return (f"{name}: invented paragraphs: slips {s['found']} of {s['slips']} found {s['by']}; false alarms "
            f"{s['false_alarms']} in {s['clean']} clean paragraphs ({s['clean_chars']} characters, "
            f"{s['per_10k']} per 10,000) and stray ones on slip paragraphs")
