"""The repeated-text checks and the score tables skip work by exact bounds (issue 14): each skip is
compared here with the full computation it replaces, on invented text."""

import random
from collections import Counter

from drafting.checks.arithmetic.grid import row_spans
from drafting.checks.arithmetic.table_text import _table_rows
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


# -- session 26: the same answers with less work ---------------------------------------------------


def _lis_in_full(pts):
    """``segments._lis`` as it was: a binary search for every point."""
    import bisect

    tails, tail_idx, prev = [], [], [-1] * len(pts)
    for i, (_, v) in enumerate(pts):
        j = bisect.bisect_left(tails, v)
        if j == len(tails):
            tails.append(v)
            tail_idx.append(i)
        elif tails[j] == v:
            continue
        else:
            tails[j] = v
            tail_idx[j] = i
        prev[i] = tail_idx[j - 1] if j > 0 else -1
    out, i = [], tail_idx[-1]
    while i >= 0:
        out.append(pts[i])
        i = prev[i]
    return out[::-1]


def test_the_longest_run_appending_without_a_search_is_the_full_one():
    from drafting.checks.segments import _lis

    rng = random.Random(11)
    for _ in range(5000):
        n, m = rng.randint(1, 50), rng.randint(1, 50)
        pts = []
        for p in range(n):  # each position's places in the canonical, latest first, as locate gives them
            qs = set(rng.sample(range(m), rng.randint(0, min(3, m))))
            if rng.random() < 0.6 and p < m:
                qs.add(p)  # a copy: the diagonal
            pts += [(p, q) for q in sorted(qs, reverse=True)]
        if pts:
            assert _lis(pts) == _lis_in_full(pts)


def test_grams_built_when_asked_are_the_shingles_in_their_order():
    from sys import intern

    from drafting.numbers.textnorm import shingle_positions

    for seg in segments(Report(blocks=[Paragraph(text=t) for t in _texts(6, 40)]), 10):
        shingles = list(seg.shingles)
        grams = seg.grams
        assert grams == shingle_positions(seg.norm.text, 4) and all(g is intern(g) for g in grams)
        assert list(set(grams)) == shingles  # the same set, iterated alike (overlaps' order breaks ties)


def test_splices_aligned_only_where_a_span_can_cut_a_sentence_open_are_the_full_ones():
    from drafting.checks.splice_text import mid_left
    from drafting.checks.splices import _exact_span

    rng = random.Random(13)
    texts = _texts(7, 60)
    for k in range(0, 60, 3):  # a paragraph pasted inside another one's sentence, some of its figures changed
        opener = rng.choice(["值得一提的是，", "与此同时，", ""])
        body = opener + texts[k][:-1] + f"完成{rng.randint(10, 99)}项，投入{rng.randint(100, 999)}万元。"
        texts[k] = body
        edited = body.replace("项", "个", 1) if k % 4 else body
        cut = rng.choice(["围绕中心工作全面", "年度资金总额", "全年", "", "工作情况如下。", "工作如下："])
        texts.append(f"本年度{cut}{edited}较上年增长明显，群众满意。")
    report = Report(blocks=[Paragraph(text=t) for t in texts])
    hosts = segments(report)
    pairs = _containments(segments(report, 20, reuse=hosts), hosts)
    started = cut_open = 0
    for ref, host, _ in pairs:
        full = _exact_span(ref, host, 20)
        got = _exact_span(ref, host, 20, start_ok=mid_left)
        if full is not None and mid_left(host.unit.text, full[0]):
            assert got == full
            cut_open += 1
        else:
            assert got in (None, full)
            started += got is None and full is not None
    assert cut_open and started  # both kinds were met


def test_short_clusters_chosen_before_they_are_built_are_the_full_ones():
    from drafting.checks.redundancy import (
        _CLAUSE_MARK,
        SHORT_MIN_CHARS,
        _clusters,
        _overlap,
        duplicate_clusters,
    )
    from drafting.numbers.textnorm import meaningful_length

    rng = random.Random(17)
    short = ["统筹推进资金管理工作，按时完成年度各项目标任务。", "切实加强项目资金监督，全面落实绩效考核目标。",
             "乡镇培训服务体系持续完善，各项工作稳步推进。"]  # 20 to 29 characters, two clauses
    texts = []
    for k in range(120):
        texts.append("".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 30))) + "。")
        if k % 5 == 0:
            texts.append(rng.choice(short))
        if k % 9 == 0:
            texts.append(texts[rng.randrange(len(texts))])
    report = Report(blocks=[Paragraph(text=t) for t in texts])
    first = _clusters(report, segments(report), 30)
    taken: dict = {}
    for cl in first:
        for loc in (cl.canonical, *(c.location for c in cl.copies)):
            taken.setdefault((loc.block, loc.row, loc.col), []).append(loc)
    full = list(first)
    for cl in _clusters(report, segments(report, SHORT_MIN_CHARS, reuse=segments(report)), SHORT_MIN_CHARS):
        places = [cl.canonical, *(c.location for c in cl.copies)]
        sentence = bool(_CLAUSE_MARK.search(cl.canonical_quote.strip().rstrip("。；;")))
        if cl.size >= 3 and sentence and meaningful_length(cl.canonical_quote) < 30 \
                and not any(_overlap(a, b) for a in places for b in taken.get((a.block, a.row, a.col), ())):
            full.append(cl)
    assert len(full) > len(first)  # short clusters were kept
    assert duplicate_clusters(report) == full


# -- session 29: the candidates of a copy found by the prefix principle ----------------------------


def test_duplicate_clusters_counting_only_likely_canonicals_are_the_full_ones(monkeypatch):
    """``_build_clusters`` looks up a prefix of a paragraph's shingles to find the canonicals it
    could be a copy of (``overlaps_at_least``) and counts all only when it is none's copy: the
    clusters are those of counting every canonical's shared shingles for every paragraph (invented
    text: copies verbatim, with a word changed, cut, joined to another, and paragraphs on the same
    words that are no copies)."""
    from drafting.checks import redundancy

    for seed in range(3):
        rng = random.Random(seed)
        texts = _texts(seed, 120)
        for k in range(90):
            t = edited = rng.choice(texts)
            at = rng.randrange(len(t) - 2)
            for _ in range(rng.randint(1, 4)):  # up to four words changed: about as near as a copy can be
                w = rng.randrange(len(t) - 2)
                edited = edited[:w] + rng.choice(_WORDS) + edited[w + 2 :]
            texts.append([t, edited, t[at:], t + rng.choice(texts)][k % 4])
        report = Report(blocks=[Paragraph(text=t) for t in texts])
        fast = redundancy.duplicate_clusters(report)
        with monkeypatch.context() as m:
            m.setattr(redundancy, "overlaps_at_least",
                      lambda index, seg, least, held: {i: n for i, n in overlaps(index, seg).items() if n >= least})
            assert redundancy.duplicate_clusters(report) == fast
        assert sum(len(cl.copies) for cl in fast) > 40


def _seed_index_in_full(norms):
    """``segments._seed_index`` as it was: every text's seeds a character at a time, in text order
    (a list stopping at 33 places)."""
    from collections import defaultdict

    index = defaultdict(list)
    for u, n in enumerate(norms):
        for i in range(len(n.text) - 6 + 1):
            places = index[n.text[i : i + 6]]
            if len(places) <= 32:
                places.append((u << 32) + i)
    return index


def test_the_seed_index_taking_texts_that_read_the_same_together_is_the_full_one():
    """What ``repeated_runs`` reads of it — which seeds are in two to 32 places and where, in text
    order — is the same when texts that read the same are cut once (invented text: texts repeated
    once, a few times and more than 32 times, among others)."""
    from drafting.checks.segments import _seed_index
    from drafting.numbers.textnorm import normalize

    rng = random.Random(23)
    for _ in range(40):
        pool = ["".join(rng.choice("甲乙丙丁戊") for _ in range(rng.randint(0, 60))) for _ in range(rng.randint(1, 12))]
        texts = [rng.choice(pool) for _ in range(rng.randint(1, 30))]
        texts[rng.randrange(len(texts)) : 0] = [pool[0]] * rng.choice([0, 5, 33, 40])  # a text in 33 places or more
        norms = [normalize(t) for t in texts]
        got, full = _seed_index(norms), _seed_index_in_full(norms)

        def wanted(index):
            return {g: p for g, p in index.items() if 2 <= len(p) <= 32}

        assert wanted(got) == wanted(full)
        assert {g for g, p in got.items() if len(p) > 32} == {g for g, p in full.items() if len(p) > 32}
