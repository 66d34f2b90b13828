"""Boilerplate shared across many reports (a county's ~100 departments, or 1,000 reports at once).

Why MinHash LSH: comparing every paragraph with every other is quadratic — 1,000 reports of ~60
paragraphs are 1.8·10⁹ pairs. Each paragraph's normalised 4-character shingles (numbers masked, so
a template filled with other figures still matches) get a MinHash signature; ``MinHashLSH`` returns
candidates in near-linear time and each is verified with the exact Jaccard. Boilerplate shared by
hundreds of reports would still make quadratic candidate pairs, so identical masked texts are
collapsed into one entry first and groups are kept in a union-find: a candidate already in the
same group is not verified again. The groups equal the naive all-pairs answer
(``find_boilerplate_naive``) whenever LSH finds the pairs; it looks for candidates below the
threshold so that pairs just above it are rarely missed.

Memory: a paragraph is kept as its place, its text and the key of its shingles — their sorted 64-bit
hashes, once per distinct text — with one 128-value signature per key; the shingle strings
themselves are dropped as soon as a report is read (they were most of the memory at 1,000 reports).
"""

from __future__ import annotations

import random
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from datasketch import LeanMinHash, MinHash, MinHashLSH
from pydantic import BaseModel

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import jaccard
from ..report import Heading, Location, Paragraph, Report, clip
from .segments import MIN_CHARS, segments

__all__ = [
    "BoilerplateGroup",
    "BoilerplateMember",
    "boilerplate_findings",
    "find_boilerplate",
    "find_boilerplate_naive",
    "generate_corpus",
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


_SLACK = 0.15  # LSH looks for candidates this far below the verified threshold


def _source(report: Report, i: int) -> str:
    return report.source or f"#{i}"


@dataclass(frozen=True)
class _Item:
    """A paragraph as the cross-report step keeps it: where it is and the index of its key."""

    report: int
    loc: Location
    text: str
    key: int


@dataclass
class _Index:
    """Every paragraph of every report, its shingles kept only as a key: the sorted 64-bit hashes
    of its shingles (8 bytes a shingle, where the strings took about 80) and, once per distinct key,
    a MinHash signature computed from the shingles themselves."""

    items: list[_Item] = field(default_factory=list)
    grams: list[array] = field(default_factory=list)
    sigs: list[LeanMinHash] = field(default_factory=list)

    def hashes(self, key: int) -> frozenset[int]:
        return frozenset(self.grams[key])


def _index(reports: list[Report], min_chars: int, num_perm: int | None) -> _Index:
    """Read each report's paragraphs once; with ``num_perm``, sign each distinct key."""
    out = _Index()
    keys: dict[bytes, int] = {}
    signer = MinHash(num_perm=num_perm, seed=1) if num_perm else None  # permutations made once
    for ri, report in enumerate(reports):
        for seg in segments(report, min_chars):
            grams = array("q", sorted({hash(g) for g in seg.shingles}))
            key = keys.setdefault(grams.tobytes(), len(keys))
            if key == len(out.grams):
                out.grams.append(grams)
                if signer is not None:
                    m = signer.copy()
                    m.update_batch([g.encode("utf-8") for g in seg.shingles])
                    out.sigs.append(LeanMinHash(m))
            out.items.append(_Item(ri, seg.loc, seg.text, key))
    return out


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _groups(reports: list[Report], index: _Index, uf: _Union) -> list[BoilerplateGroup]:
    """Components of ``uf`` spanning two or more reports; similarity is the lowest Jaccard of a
    member with the group's first paragraph (one comparison per member: linear)."""
    items = index.items
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        comps[uf.find(i)].append(i)
    out = []
    for members in comps.values():
        srcs = {items[m].report for m in members}
        if len(srcs) < 2:
            continue
        first = index.hashes(items[members[0]].key)
        low = min(jaccard(first, index.hashes(items[m].key)) for m in members[1:])
        out.append(BoilerplateGroup(
            members=[BoilerplateMember(source=_source(reports[items[m].report], items[m].report),
                                       location=items[m].loc, quote=items[m].text)
                     for m in members],
            n_reports=len(srcs),
            similarity=round(low, 3),
        ))
    out.sort(key=lambda g: (-g.n_reports, g.members[0].source, g.members[0].location.block))
    return out


def find_boilerplate(reports: list[Report], threshold: float = 0.8, num_perm: int = 128,
                     min_chars: int = MIN_CHARS) -> list[BoilerplateGroup]:
    """Paragraphs shared by two or more reports (Jaccard of masked shingles ≥ ``threshold``).

    Near-linear: paragraphs with the same masked shingles (a template refilled with other figures)
    are collapsed into one key first, so a text shared by hundreds of reports is one LSH entry, not
    hundreds with quadratic candidate pairs. Each key is then verified against the LSH candidates
    of each group found so far only until one passes (union-find), not against every member."""
    index = _index(reports, min_chars, num_perm)
    items = index.items
    uf = _Union(len(items))
    members: list[list[int]] = [[] for _ in index.grams]
    for k, item in enumerate(items):
        members[item.key].append(k)
    # sources of each key: a key whose items all come from one report joins nothing by itself
    srcs = [{items[k].report for k in ks} for ks in members]
    for u, ks in enumerate(members):
        if len(srcs[u]) >= 2:
            for k in ks[1:]:
                uf.union(ks[0], k)
    # candidates are looked up at a lower threshold than verified: fewer pairs near the threshold missed
    lsh = MinHashLSH(threshold=max(0.5, threshold - _SLACK), num_perm=num_perm)
    for u, ks in enumerate(members):
        for v in sorted(lsh.query(index.sigs[u])):
            if uf.find(members[v][0]) == uf.find(ks[0]):
                continue  # already joined through another member of that group
            if len(srcs[u] | srcs[v]) < 2:
                continue  # one and the same report on both sides: not cross-report
            if jaccard(index.hashes(u), index.hashes(v)) >= threshold:
                for k in (*ks, *members[v]):
                    uf.union(ks[0], k)
        lsh.insert(u, index.sigs[u])
    return _groups(reports, index, uf)


def find_boilerplate_naive(reports: list[Report], threshold: float = 0.8,
                           min_chars: int = MIN_CHARS) -> list[BoilerplateGroup]:
    """The same answer by comparing every pair of paragraphs of different reports (for benchmarks)."""
    index = _index(reports, min_chars, None)
    items = index.items
    uf = _Union(len(items))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i].report == items[j].report:
                continue
            if jaccard(index.hashes(items[i].key), index.hashes(items[j].key)) >= threshold:
                uf.union(i, j)
    return _groups(reports, index, uf)


def boilerplate_findings(reports: list[Report], threshold: float = 0.8) -> dict[str, list[Finding]]:
    """Findings per report source (``report.source`` or ``#i``): one info finding per shared paragraph
    and report — where the paragraph occurs twice in one report, its other places are ``related``."""
    out: dict[str, list[Finding]] = defaultdict(list)
    for group in find_boilerplate(reports, threshold):
        mine: dict[str, list[BoilerplateMember]] = defaultdict(list)
        for m in group.members:
            mine[m.source].append(m)
        for source, (m, *same) in mine.items():
            others = sorted(s for s in mine if s != source)
            snippet = clip(m.quote, 20)
            out[source].append(Finding(
                kind=Kind.CROSS_REPORT_BOILERPLATE,
                severity=Severity.INFO,
                message=(f"本段与其他{len(others)}份报告中的段落基本相同（模板或套话）：“{snippet}”。"
                         "如为通用表述可保留；如是照搬其他单位的内容，请按本单位实际情况改写。"),
                location=FindingLocation(location=m.location, quote=m.quote, label=m.location.label()),
                related=[FindingLocation(location=o.location, quote=o.quote, label=o.location.label()) for o in same],
                evidence=f"相似度不低于{group.similarity:.2f}；同见于：{'、'.join(others[:5])}"
                         + ("等" if len(others) > 5 else ""),
                rule="crossreport.boilerplate",
            ))
    return dict(out)


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
