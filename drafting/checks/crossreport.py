"""Boilerplate shared across many reports (a county's ~100 departments, or 1,000 reports at once).

Why MinHash LSH: comparing every paragraph with every other is quadratic — 1,000 reports of ~60
paragraphs are 1.8·10⁹ pairs. Each paragraph's normalised 4-character shingles (numbers masked, so
a template filled with other figures still matches) get a MinHash signature; its LSH bands
(``bands.BandIndex``, the bands and rows ``MinHashLSH`` would use) return candidates in near-linear
time and each is verified with the exact Jaccard. Boilerplate shared by
hundreds of reports would still make quadratic candidate pairs, so identical masked texts are
collapsed into one entry first and groups are kept in a union-find: a candidate already in the
same group is not verified again. The groups equal the naive all-pairs answer
(``find_boilerplate_naive``) whenever LSH finds the pairs; it looks for candidates below the
threshold so that pairs just above it are rarely missed.

Memory: a paragraph is kept as its report, its place and the index of its key — the sorted 32-bit
hashes of its shingles, once per distinct text; the signature lives only in the LSH's bands
(``bands.BandIndex``: one integer per band, about a quarter of ``MinHashLSH``'s memory). Keys
are made where each report is read (``paragraph_keys``, in a folder review's worker), so neither the
reports, their text nor their shingle strings are held for the cross-report step.
"""

from __future__ import annotations

import random
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import ClassVar

import numpy as np
from pydantic import BaseModel

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import jaccard
from ..report import Heading, Location, Paragraph, Report, clip
from .bands import BandIndex
from .minhash import signature
from .segments import MIN_CHARS, segments

__all__ = [
    "BoilerplateGroup",
    "BoilerplateIndex",
    "BoilerplateMember",
    "ParagraphKey",
    "Share",
    "boilerplate_findings",
    "find_boilerplate",
    "find_boilerplate_naive",
    "generate_corpus",
    "paragraph_keys",
    "share_findings",
]


class BoilerplateMember(BaseModel):
    source: str
    location: Location
    quote: str


class BoilerplateGroup(BaseModel):
    """Paragraphs of at least two different reports that are (nearly) the same text."""

    members: list[BoilerplateMember]
    n_reports: int
    similarity: float  # the lowest Jaccard of a member with the group's first paragraph

    @property
    def text(self) -> str:
        return self.members[0].quote


_SLACK = 0.3  # LSH looks for candidates this far below the verified threshold (at 0.5: a 0.8 pair is missed 1 in 20,000)


def _source(report: Report, i: int) -> str:
    return report.source or f"#{i}"


@dataclass(frozen=True)
class ParagraphKey:
    """What the cross-report step keeps of a paragraph, made where the report is read (in a folder
    review, the worker that reviewed it): its place, the sorted CRC-32s of its masked shingles (the
    same in every process, unlike ``hash``) and their MinHash signature. A few hundred bytes, where
    the paragraph's shingle strings took kilobytes."""

    loc: Location
    grams: bytes  # array("I") of the sorted shingle hashes
    sig: np.ndarray | None = None


def paragraph_keys(report: Report, min_chars: int = MIN_CHARS, num_perm: int | None = 128,
                   signed: dict[bytes, np.ndarray] | None = None) -> list[ParagraphKey]:
    """Every paragraph of ``report`` the cross-report step compares, as keys. A text met before is
    not signed again: ``signed`` remembers signatures across calls (one report's repeats at least)."""
    out = []
    signed = {} if signed is None else signed
    for seg in segments(report, min_chars):
        hv = sorted({zlib.crc32(g.encode("utf-8")) for g in seg.shingles})
        grams = array("I", hv).tobytes()
        sig = None
        if num_perm:
            sig = signed.get(grams)
            if sig is None:
                sig = signed[grams] = signature(hv, num_perm)
        out.append(ParagraphKey(seg.loc, grams, sig))
    return out


class _Union:
    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


@dataclass(frozen=True)
class Share:
    """One shared paragraph as one report's finding needs it: its place, its other places in the
    same report, how many other reports have it and the first ``NAMED`` of them (the finding names
    no more), and the group's similarity. Not every other report: a paragraph in n reports made n
    shares of n - 1 names each, quadratic — the second pass's tasks for the bench's 1,000 reports
    took 13.5 MB (now 2.2 MB), pickled by the parent while both workers waited for them."""

    loc: Location
    same: tuple[Location, ...]
    others: tuple[str, ...]  # the first NAMED other reports, in name order
    similarity: float
    n_others: int  # every other report that has the paragraph

    NAMED: ClassVar[int] = 5


@dataclass(frozen=True)
class _Group:
    items: list[int]
    n_reports: int
    similarity: float


class BoilerplateIndex:
    """The cross-report step, fed one report's keys at a time (``add``, in file order) and asked for
    the groups at the end. It holds per paragraph its report, place and key index; per distinct key
    its hashes (bytes), items and reports; the LSH holds the signatures' bands. No text, no reports.

    Paragraphs with the same key (a template refilled with other figures) are one LSH entry, so a
    text shared by hundreds of reports makes no quadratic candidate pairs; a candidate already in
    the same group (union-find) is not verified again. A pair of one report's own near-copies is
    kept aside until the end, when another report may have joined either side."""

    def __init__(self, threshold: float = 0.8, num_perm: int | None = 128) -> None:
        self.threshold = threshold
        # candidates are looked up below the verified threshold: fewer pairs near it are missed
        self.lsh = BandIndex(max(0.5, threshold - _SLACK), num_perm) if num_perm else None
        self.sources: list[str] = []
        self.grams: list[bytes] = []
        self.item_report = array("i")
        self.item_key = array("i")
        self.item_loc: list[Location] = []
        self.uf = _Union()
        self._keys: dict[bytes, int] = {}
        self._members: list[list[int]] = []
        self._srcs: list[set[int]] = []
        self._linked: list[bool] = []
        self._pending: list[tuple[int, int]] = []

    def hashes(self, key: int) -> frozenset[int]:
        return frozenset(array("I", self.grams[key]))

    def add(self, source: str, keys: list[ParagraphKey]) -> None:
        ri = len(self.sources)
        self.sources.append(source)
        for pk in keys:
            k = self.uf.add()
            self.item_report.append(ri)
            self.item_loc.append(pk.loc)
            u = self._keys.get(pk.grams)
            new = u is None
            if u is None:
                u = self._keys[pk.grams] = len(self.grams)
                self.grams.append(pk.grams)
                self._members.append([])
                self._srcs.append(set())
                self._linked.append(False)
            self.item_key.append(u)
            self._members[u].append(k)
            self._srcs[u].add(ri)
            if self._linked[u]:  # the key's group exists: join the newcomer alone, not every member again
                self.uf.union(self._members[u][0], k)
            elif len(self._srcs[u]) >= 2:
                self._link(u)
            if new and self.lsh is not None and pk.sig is not None:
                self._match(u, pk.sig)

    def _link(self, u: int) -> None:
        """Every paragraph of key ``u`` in one group (it is shared across reports)."""
        self._linked[u] = True
        first = self._members[u][0]
        for k in self._members[u][1:]:
            self.uf.union(first, k)

    def _join(self, u: int, v: int) -> None:
        self._link(u)
        self._link(v)
        self.uf.union(self._members[u][0], self._members[v][0])

    def _match(self, u: int, sig: np.ndarray) -> None:
        assert self.lsh is not None
        for v in self.lsh.add(u, sig):
            if self.uf.find(self._members[v][0]) == self.uf.find(self._members[u][0]):
                continue  # already joined through another member of that group
            if jaccard(self.hashes(u), self.hashes(v)) >= self.threshold:
                if len(self._srcs[u] | self._srcs[v]) >= 2:
                    self._join(u, v)
                else:
                    self._pending.append((u, v))

    def _settle(self) -> None:
        for u, v in self._pending:
            if len(self._srcs[u] | self._srcs[v]) >= 2:
                self._join(u, v)
        self._pending = []

    def join_pairs(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Join items directly (the all-pairs reference)."""
        for i, j in pairs:
            self.uf.union(i, j)

    def _groups(self) -> list[_Group]:
        """Components spanning two or more reports; similarity is the lowest Jaccard of a member
        with the group's first paragraph (one comparison per member: linear)."""
        self._settle()
        comps: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.item_loc)):
            comps[self.uf.find(i)].append(i)
        out = []
        for members in comps.values():
            srcs = {self.item_report[m] for m in members}
            if len(srcs) < 2:
                continue
            first = self.hashes(self.item_key[members[0]])
            low = min(jaccard(first, self.hashes(self.item_key[m])) for m in members[1:])
            out.append(_Group(members, len(srcs), round(low, 3)))
        out.sort(key=lambda g: (-g.n_reports, self.sources[self.item_report[g.items[0]]],
                                self.item_loc[g.items[0]].block))
        return out

    def groups(self, reports: list[Report]) -> list[BoilerplateGroup]:
        """The groups with their quotes, read from ``reports`` (the ones added, in order)."""
        return [BoilerplateGroup(
            members=[BoilerplateMember(source=self.sources[self.item_report[m]], location=self.item_loc[m],
                                       quote=reports[self.item_report[m]].quote(self.item_loc[m]))
                     for m in g.items],
            n_reports=g.n_reports, similarity=g.similarity) for g in self._groups()]

    def shares(self) -> dict[int, list[Share]]:
        """Per report index, its shared paragraphs: one per group and report, where the paragraph
        occurs twice in one report its other places are ``same``."""
        out: dict[int, list[Share]] = defaultdict(list)
        for g in self._groups():
            mine: dict[int, list[int]] = defaultdict(list)
            for m in g.items:
                mine[self.item_report[m]].append(m)
            ordered = sorted((self.sources[ri], ri) for ri in mine)
            for ri, (m, *same) in mine.items():
                others = tuple(islice((name for name, r in ordered if r != ri), Share.NAMED))
                out[ri].append(Share(self.item_loc[m], tuple(self.item_loc[s] for s in same), others,
                                     g.similarity, len(ordered) - 1))
        return dict(out)


def _indexed(reports: list[Report], threshold: float, num_perm: int | None, min_chars: int) -> BoilerplateIndex:
    index = BoilerplateIndex(threshold, num_perm)
    signed: dict[bytes, np.ndarray] = {}
    for i, report in enumerate(reports):
        index.add(_source(report, i), paragraph_keys(report, min_chars, num_perm, signed))
    return index


def find_boilerplate(reports: list[Report], threshold: float = 0.8, num_perm: int = 128,
                     min_chars: int = MIN_CHARS) -> list[BoilerplateGroup]:
    """Paragraphs shared by two or more reports (Jaccard of masked shingles ≥ ``threshold``),
    near-linear (``BoilerplateIndex``)."""
    return _indexed(reports, threshold, num_perm, min_chars).groups(reports)


def find_boilerplate_naive(reports: list[Report], threshold: float = 0.8,
                           min_chars: int = MIN_CHARS) -> list[BoilerplateGroup]:
    """The same answer by comparing every pair of paragraphs of different reports (for benchmarks)."""
    index = _indexed(reports, threshold, None, min_chars)
    n = len(index.item_loc)
    index.join_pairs(
        (i, j) for i in range(n) for j in range(i + 1, n)
        if index.item_report[i] != index.item_report[j]
        and jaccard(index.hashes(index.item_key[i]), index.hashes(index.item_key[j])) >= threshold)
    return index.groups(reports)


def share_findings(report: Report, shares: list[Share]) -> list[Finding]:
    """One info finding per shared paragraph of ``report``; quotes are read from the report."""
    out = []
    for s in shares:
        quote = report.quote(s.loc)
        snippet = clip(quote, 20)
        out.append(Finding(
            kind=Kind.CROSS_REPORT_BOILERPLATE,
            severity=Severity.INFO,
            message=(f"本段与其他{s.n_others}份报告中的段落基本相同（模板或套话）：“{snippet}”。"
                     "如为通用表述可保留；如是照搬其他单位的内容，请按本单位实际情况改写。"),
            location=FindingLocation(location=s.loc, quote=quote, label=s.loc.label()),
            related=[FindingLocation(location=o, quote=report.quote(o), label=o.label()) for o in s.same],
            evidence=f"相似度不低于{s.similarity:.2f}；同见于：{'、'.join(s.others[:Share.NAMED])}"
                     + ("等" if s.n_others > Share.NAMED else ""),
            rule="crossreport.boilerplate",
        ))
    return out


def boilerplate_findings(reports: list[Report], threshold: float = 0.8) -> dict[str, list[Finding]]:
    """Findings per report source (``report.source`` or ``#i``): one info finding per shared paragraph
    and report — where the paragraph occurs twice in one report, its other places are ``related``."""
    shares = _indexed(reports, threshold, 128, MIN_CHARS).shares()
    return {_source(reports[i], i): share_findings(reports[i], s) for i, s in shares.items()}


# -- a synthetic corpus for tests and benchmarks ---------------------------------------------------

_WORDS = (
    "认真贯彻 落实 上级 决策部署 统筹推进 重点工作 全面完成 年度目标 进一步 加强 管理 制度建设 规范 资金使用 "
    "提高 服务水平 群众满意度 显著提升 组织开展 专项检查 培训 宣传活动 基层 单位 项目 建设 完成 考核 监督 "
    "保障 民生 教育 卫生 农业 水利 交通 就业 社会保险 医疗 公共服务 基础设施 改造 维修 采购 支出 预算 执行 "
    "绩效 目标 指标 质量 效益 满意 安全 生产 环境 治理 乡村振兴 产业 发展 合作社 农户 学生 教师 医生 患者"
).split()
_DEPTS = ("教育局", "卫生健康局", "农业农村局", "水利局", "交通运输局", "民政局", "财政局", "自然资源局",
          "住房和城乡建设局", "文化旅游广电局", "市场监督管理局", "人力资源和社会保障局")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 12))]
    at = rng.randrange(len(words))
    words.insert(at, f"{rng.randint(2, 9999)}{rng.choice('人个项次万元所')}")
    return "，".join("".join(words[i : i + 3]) for i in range(0, len(words), 3)) + "。"


def _paragraph(rng: random.Random) -> str:
    return "".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def generate_corpus(n: int, seed: int = 0, shared: int = 6) -> list[Report]:
    """``n`` deterministic synthetic reports: each has its own paragraphs plus two or three of
    ``shared`` boilerplate paragraphs, refilled with other figures (the same text once masked)."""
    pool_rng = random.Random(seed * 7919 + 1)
    pool = [[_sentence(pool_rng) for _ in range(3)] for _ in range(shared)]
    rng = random.Random(seed)
    reports = []
    for i in range(n):
        dept = f"示例{i:04d}县{rng.choice(_DEPTS)}"
        blocks: list[Heading | Paragraph] = [Heading(text=f"{dept}2023年度部门整体支出绩效自评报告", level=0)]
        chosen = rng.sample(range(shared), k=min(shared, rng.randint(2, 3)))
        own = rng.randint(4, 8)
        for k in range(own):
            blocks.append(Paragraph(text=_paragraph(rng)))
            if k < len(chosen):
                template = pool[chosen[k]]
                filled = "".join(_refill(s, rng) for s in template)
                blocks.append(Paragraph(text=filled))
        reports.append(Report(source=f"corpus/{i:04d}.txt", blocks=list(blocks)))
    return reports


def _refill(sentence: str, rng: random.Random) -> str:
    """The same sentence with its figure replaced (numbers are masked when comparing)."""
    out, i = [], 0
    while i < len(sentence):
        if sentence[i].isdigit():
            j = i
            while j < len(sentence) and sentence[j].isdigit():
                j += 1
            out.append(str(rng.randint(2, 9999)))
            i = j
        else:
            out.append(sentence[i])
            i += 1
    return "".join(out)
