"""The curated confusions of the typo check (``data/typo_confusions.yaml``: 截止 before a date, 帐 for
账, …): read from YAML when the lexicon file is built (a review then needs no YAML parser), stored in
that file with one pattern of them all, compiled once per process (``lexicon.lexicon``).
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path
from typing import Any

__all__ = ["anyone", "compiled", "read_confusions"]

DATA = Path(__file__).resolve().parent.parent / "data"


def read_confusions() -> list[dict[str, str]]:
    """The curated confusions as written in YAML (read when the file is built: a review then needs
    no YAML parser)."""
    import yaml

    return yaml.safe_load((DATA / "typo_confusions.yaml").read_text(encoding="utf-8"))


def anyone(confusions: list[dict[str, str]]) -> str:
    """One pattern matching where any of the confusions does. When the first character each can
    match is known, a lookahead for those characters comes first: a place where none stands is
    passed over at once, instead of trying the fifty-odd patterns there one by one. An entry with a
    ``gate`` (a string its every match holds; its first character a common one) is left out: it is
    tried only on a text holding its gate."""
    confusions = [e for e in confusions if "gate" not in e]
    either = "|".join(f"(?:{e['wrong']})" for e in confusions)
    firsts: set[str] = set()
    for entry in confusions:
        got = _first_chars(import_module("re._parser").parse(entry["wrong"]))
        if got is None:
            return either
        firsts |= got
    return f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])(?:{either})"


def _first_chars(items: Any) -> set[str] | None:
    """The characters a match of the parsed pattern ``items`` can start with; None when that is not
    known (a character class by category, a pattern that may match nothing)."""
    _constants = import_module("re._constants")  # the parsed pattern's codes (Python's own)
    for op, arg in items:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue  # matches no character
        if op is _constants.LITERAL:
            return {chr(arg)}
        if op is _constants.IN:
            out: set[str] = set()
            for kind, what in arg:
                if kind is _constants.LITERAL:
                    out.add(chr(what))
                elif kind is _constants.RANGE and what[1] - what[0] < 256:
                    out.update(chr(c) for c in range(what[0], what[1] + 1))
                else:
                    return None
            return out
        if op is _constants.SUBPATTERN:
            return _first_chars(arg[3])
        if op is _constants.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                got = _first_chars(branch)
                if got is None:
                    return None
                found |= got
            return found
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[0] >= 1:
            return _first_chars(arg[2])
        return None
    return None


def compiled(confusions: list[dict[str, str]], either: str) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], dict[str, str]]]]:
    return re.compile(either), [(re.compile(e["wrong"]), e) for e in confusions]
