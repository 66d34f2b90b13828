"""The repeated-text checks and the score tables skip work by exact bounds (issue 14): each skip is
compared here with the full computation it replaces, on invented text."""

import random
from collections import Counter

from drafting.checks.arithmetic.grid import row_spans
from drafting.checks.arithmetic.scores import _table_rows
from drafting.checks.redundancy import INSIDE, NEAR, _best
from drafting.checks.segments import overlaps, segments, shingle_index
from drafting.checks.splices import _containments
from drafting.report import Paragraph, Report

_WORDS = ["推进", "落实", "项目", "资金", "管理", "绩效", "目标", "考核", "乡镇", "培训", "服务", "监督"]


def _texts(seed: int, n: int = 160) -> list[str]:
    """Paragraphs of a few common words (most shingles held by more than 64 paragraphs), some of
    them pasted whole inside a longer one, some with a clause added."""
    rng = random.Random(seed)
    texts = [("统筹推进资金管理，" if k % 2 else "") + "".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 30))) + "。"
             for k in range(n)]
    for k in range(0, n, 7):
        texts.append("全年围绕中心工作，" + texts[k] + "取得明显成效，群众满意度稳步提高。")
        texts.append(texts[k + 1][:-1] + "，并按季度通报进展。")
    return texts


def _containments_in_full(refs, hosts):
    """``_containments`` without passing over any paragraph: every count weighed."""
    index = shingle_index(hosts)
    out = []
    for ref in refs:
        for hid, inter in overlaps(index, ref).items():
            host = hosts[hid]
            if len(host.norm.text) < len(ref.norm.text) + 10 or host is ref:
                continue
            if inter / len(ref.shingles) >= INSIDE:
                out.append((ref, host, inter / len(ref.shingles)))
    return out


def test_the_index_bounds_every_count_by_the_shingles_it_looks_up():
    segs = segments(Report(blocks=[Paragraph(text=t) for t in _texts(3)]))
    index = shingle_index(segs)
    for seg in segs:
        bound = index.looked_up(seg.shingles)
        assert bound == sum(1 for g in seg.shingles if index.get(g))
        assert max(overlaps(index, seg).values(), default=0) <= bound


def test_containments_passing_over_unlikely_paragraphs_are_the_full_ones():
    for seed in range(4):
        report = Report(blocks=[Paragraph(text=t) for t in _texts(seed)])
        hosts = segments(report)
        refs = segments(report, 20, reuse=hosts)
        index = shingle_index(hosts)
        assert any(index.looked_up(r.shingles) / len(r.shingles) < INSIDE for r in refs)  # some are passed over
        got = _containments(refs, hosts)
        assert got  # and some lie inside a longer paragraph
        assert got == _containments_in_full(refs, hosts)


def _best_in_full(counts: Counter, sizes: list[int], ns: int):
    best_near = best_in = None
    for cid, inter in counts.items():
        nc = sizes[cid]
        j = inter / (nc + ns - inter)
        if j >= NEAR and (best_near is None or j > best_near[0]):
            best_near = (j, cid)
        if inter / ns >= INSIDE and (best_in is None or inter / ns > best_in[0]):
            best_in = (inter / ns, cid)
    return best_near, best_in


def test_the_nearest_canonical_is_found_among_the_counts_that_can_reach_it():
    rng = random.Random(5)
    for _ in range(3000):
        ns = rng.randint(1, 120)
        sizes = [rng.randint(1, 150) for _ in range(rng.randint(1, 40))]
        counts = Counter({cid: rng.randint(1, min(nc, ns)) for cid, nc in enumerate(sizes) if rng.random() < 0.6})
        counts = Counter(dict(rng.sample(sorted(counts.items()), len(counts))))  # any order: ties go to the first
        assert _best(counts, sizes, ns) == _best_in_full(counts, sizes, ns)


def _rows_in_full(report: Report):
    """Each line of each paragraph as ``_table_rows`` reads it, tables aside: its cells when it has two or more."""
    for block in report.blocks:
        pos = 0
        for line in block.text.split("\n"):
            spans = [(block.text, pos + a, pos + b) for a, b in row_spans(line)]
            yield spans if sum(1 for _, a, b in spans if b > a) > 1 else None
            pos += len(line) + 1


def test_score_rows_of_prose_paragraphs_are_the_full_ones():
    rng = random.Random(9)
    pieces = ["分值", "得分", "10", " ", "|", "\t", "\n", "一级指标", "完成率", "95%", "。", ""]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    report = Report(blocks=[Paragraph(text=t) for t in texts if t])
    got = [None if row is None else [(u.text, a, b) for u, a, b in row] for row in _table_rows(report)]
    assert got == list(_rows_in_full(report))
    assert any(row is not None for row in got) and None in got
