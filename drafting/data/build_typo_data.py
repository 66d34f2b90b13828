"""Rebuild the two derived data files of the typo check (never imported by the library).

    python drafting/data/build_typo_data.py --char-similar DIR --pycorrector DIR [--shared DIR]

``--char-similar`` is the ``data`` folder of the unpacked wheel char-similar 0.0.2 (``pip download
char-similar==0.0.2 --no-deps``, then unzip); it is not a dependency of jixiao. Writes, beside
this script:

- ``similar_shape.txt``: for each of the 5,000 characters most used in jieba's dictionary, the
  characters of similar shape among them, from char-similar's 四角号码 and stroke orders (笔顺):
  the same four corners (first four digits of the 四角号码) and stroke orders the same or one stroke
  apart (拨/拔, 未/末), or two strokes apart in characters of seven strokes or more (贵/责, 辩/辫);
  and the pairs of pycorrector's hand-made list of 形似字 (``--pycorrector``: the ``data`` folder of
  an installed pycorrector 1.1.4, ``same_stroke.txt``) whose stroke sequences (its ``stroke.txt``)
  are at most three strokes apart and half the smaller's strokes (困/因, 全/金 … not 力/动 or 丁/打);
  and 形声 siblings (``sibling_pairs``: 睛/精, 户/护), alike in shape and sound.
- ``vocabulary.txt``: the 财政/绩效 vocabulary: the words (jieba with its HMM, so terms its
  dictionary lacks come out whole) of ``../shared/templates``, ``../shared/samples`` and ``fixtures``
  that two unrelated sources use (all files of one department count as one source), so a one-off
  slip never gets in.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HAN = re.compile(r"[\u4e00-\u9fff]+")


def _jieba_dict() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def common_chars(n: int = 5000) -> list[str]:
    used: Counter[str] = Counter()
    for line in _jieba_dict().read_text(encoding="utf-8").splitlines():
        word, freq = line.split()[:2]
        for ch in set(word):
            if "\u4e00" <= ch <= "\u9fff":
                used[ch] += int(freq)
    return [c for c, _ in used.most_common(n)]


def _distance(a: str, b: str) -> int:
    """Edit distance between two stroke orders."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def _deletions(order: str, depth: int = 2) -> set[str]:
    """The stroke order with up to ``depth`` strokes left out (two orders within edit distance 2
    share one of these: the symmetric-delete trick, so 5,000 characters need no 12 million pairs)."""
    out, frontier = {order}, {order}
    for _ in range(depth):
        frontier = {s[:i] + s[i + 1:] for s in frontier for i in range(len(s))}
        out |= frontier
    return out


def similar_pairs(chars: list[str], cs_dir: Path) -> dict[str, set[str]]:
    """Pairs with the same four corners (the first four digits of the 四角号码) whose stroke orders
    are the same or one stroke apart, or two apart in characters of seven strokes or more."""

    def load(name: str) -> dict:
        return json.loads((cs_dir / f"{name}.dict").read_text(encoding="utf-8"))

    corner, order = load("char_fourangle"), load("char_order")
    by_key: dict[str, set[str]] = defaultdict(set)
    for c in chars:
        if c in order:
            for key in _deletions(order[c]):
                by_key[key].add(c)
    out: dict[str, set[str]] = defaultdict(set)
    for group in by_key.values():
        for a, b in combinations(sorted(group), 2):
            if b in out[a]:
                continue
            if corner.get(a, "?")[:4] != corner.get(b, "!")[:4]:
                continue
            d, n = _distance(order[a], order[b]), min(len(order[a]), len(order[b]))
            if d <= 1 or (d == 2 and n >= 7):
                out[a].add(b)
                out[b].add(a)
    return out


STROKES_APART = 3  # pycorrector's 形似字 kept: stroke sequences at most this far apart


def stroke_pairs(chars: list[str], pc_dir: Path) -> dict[str, set[str]]:
    """Pairs of pycorrector's ``same_stroke.txt`` (a character, then characters of similar shape; the
    members of a line are each like its first, not like one another) among ``chars``, kept where
    both stroke sequences of its ``stroke.txt`` are known and at most ``STROKES_APART`` edits apart,
    and no more than half the smaller one's strokes: the list also pairs characters that merely share
    a component (力 with 动, 丁 with 打), which read as no slip."""
    common = set(chars)
    strokes = dict(parts for line in (pc_dir / "stroke.txt").read_text(encoding="utf-8").splitlines()
                   if not line.startswith("#") and len(parts := line.split()) == 2)
    out: dict[str, set[str]] = defaultdict(set)
    for line in (pc_dir / "same_stroke.txt").read_text(encoding="utf-8").splitlines():
        head, *members = line.split() or [""]
        for m in members:
            if head in common and m in common and m != head and head in strokes and m in strokes \
                    and _distance(strokes[head], strokes[m]) <= min(STROKES_APART, min(len(strokes[head]), len(strokes[m])) // 2):
                out[head].add(m)
                out[m].add(head)
    return out


# char-similar's radicals (char_component.dict) as its parts (char_stroke.dict) write them
_RADICAL_PART = {"氵": "水", "扌": "手", "亻": "人", "纟": "丝", "讠": "言", "忄": "心", "钅": "金", "饣": "食",
                 "犭": "犬", "礻": "示", "衤": "衣", "艹": "艸", "辶": "辵", "疒": "病", "月": "肉", "阝": "阜邑",
                 "刂": "刀", "攵": "攴", "王": "玉", "罒": "网", "牜": "牛", "⺮": "竹", "冫": "水"}


def sibling_pairs(chars: list[str], cs_dir: Path) -> dict[str, set[str]]:
    """形声 siblings: characters of two parts (char-similar's ``char_stroke.dict``) whose part other than
    the radical (its ``char_component.dict``) is the same, in the same place, or one of them is that part
    (户/护, 分/份), and that read the same syllable (pypinyin's first reading, tone aside): 睛/精, 溉/概,
    键/健. They are alike in both shape and sound, the 别字 a writer makes most (DEFECTS.md), yet the
    四角号码 and stroke orders pair few of them (a different radical changes both)."""
    from pypinyin import Style, pinyin

    parts = json.loads((cs_dir / "char_stroke.dict").read_text(encoding="utf-8"))
    radical = json.loads((cs_dir / "char_component.dict").read_text(encoding="utf-8"))
    common = set(chars)

    def syllable(c: str) -> str:
        return pinyin(c, style=Style.NORMAL)[0][0]

    by_part: dict[tuple[int, str], set[str]] = defaultdict(set)
    for c in chars:
        two = parts.get(c) or []
        rad = radical.get(c, "")
        others = [(place, part) for place, part in enumerate(two) if part != rad and part not in _RADICAL_PART.get(rad, "")]
        if len(two) == 2 and len(others) == 1:
            by_part[others[0]].add(c)
            if others[0][1] in common:
                by_part[others[0]].add(others[0][1])  # the part itself, a character (户 of 护)
    out: dict[str, set[str]] = defaultdict(set)
    for group in by_part.values():
        for a, b in combinations(sorted(group), 2):
            if syllable(a) == syllable(b):
                out[a].add(b)
                out[b].add(a)
    return out


def merged(*tables: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for table in tables:
        for c, alike in table.items():
            out[c] |= alike
    return out


def write_shapes(pairs: dict[str, set[str]]) -> None:
    head = ["# Characters of similar shape, for jixiao's typo check (drafting/checks/typos.py).",
            "# One line per character: the character, a tab, the characters of similar shape.",
            "# Built by drafting/data/build_typo_data.py from:",
            "#   char-similar 0.0.2, data/char_fourangle|char_order.dict: the same four corners (四角号码, first",
            "#     four digits) and stroke orders (笔顺) equal or one stroke apart, or two apart (7+ strokes)",
            "#     (yongzhuo, github.com/yongzhuo/char-similar; MIT per its package metadata,",
            "#     Apache-2.0 text in its LICENSE file)",
            "#   pycorrector 1.1.4 (shibing624, github.com/shibing624/pycorrector; Apache-2.0), data/same_stroke.txt",
            "#     (形似字) pairs whose stroke sequences in its data/stroke.txt are at most three strokes apart",
            "#     and at most half the smaller character's strokes",
            "#   char-similar 0.0.2, data/char_stroke|char_component.dict: 形声 siblings, two-part characters",
            "#     sharing the part that is not the radical (or one is that part: 户/护) and read alike (pypinyin)",
            "# restricted to the 5,000 characters most used in jieba 0.42.1's dict.txt (MIT)."]
    lines = [f"{c}\t{''.join(sorted(pairs[c]))}" for c in sorted(pairs) if pairs[c]]
    (HERE / "similar_shape.txt").write_text("\n".join(head + lines) + "\n", encoding="utf-8")


def _sources(shared: Path) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {p.stem: [p] for p in sorted((shared / "templates").glob("T*.txt"))}
    for folder in sorted((ROOT / "fixtures").iterdir()):
        if folder.is_dir():
            groups.setdefault(folder.name.rsplit("-", 1)[0], []).extend(sorted(folder.glob("*.txt")))
    # the sample is the jingzhou fixture's report: the same source
    groups.setdefault("jingzhou-hrss", []).extend(sorted((shared / "samples").glob("*.txt")))
    return groups


def vocabulary(shared: Path) -> list[str]:
    """Words (jieba with its HMM, so unknown terms come out whole) used by two unrelated sources."""
    import jieba

    jieba.setLogLevel(60)
    seen: dict[str, set[str]] = defaultdict(set)
    for group, paths in _sources(shared).items():
        for path in paths:
            for run in HAN.findall(path.read_text(encoding="utf-8")):
                for word in jieba.cut(run, HMM=True):
                    if len(word) >= 2:
                        seen[word].add(group)
    return sorted(w for w, groups in seen.items() if len(groups) >= 2)


def write_vocabulary(words: list[str]) -> None:
    head = ["# 财政/绩效 vocabulary for jixiao's typo check (drafting/checks/typos.py): the words of",
            "# ../shared/templates, ../shared/samples and fixtures/ (never the real corpus) that two",
            "# unrelated sources use (all files of one department count as one source, so a one-off",
            "# slip never gets in), segmented by jieba with its HMM. A word here is never corrected,",
            "# and is a word a correction may restore. Built by drafting/data/build_typo_data.py;",
            "# lines after the marker are added by hand, each with its reason after a tab."]
    manual = []
    path = HERE / "vocabulary.txt"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if MARK in text:
            manual = text.split(MARK, 1)[1].strip().splitlines()
    path.write_text("\n".join([*head, *words, MARK, *manual]) + "\n", encoding="utf-8")


MARK = "# -- added by hand (each with its reason after a tab) --"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--char-similar", type=Path, required=True)
    parser.add_argument("--pycorrector", type=Path, required=True, help="pycorrector's installed data folder")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    chars = common_chars()
    write_shapes(merged(similar_pairs(chars, args.char_similar), stroke_pairs(chars, args.pycorrector),
                        sibling_pairs(chars, args.char_similar)))
    write_vocabulary(vocabulary(args.shared))


if __name__ == "__main__":
    main()
