import random

from drafting.checks.segments import (
    ShingleIndex,
    locate,
    overlaps,
    overlaps_at_least,
    repeated_runs,
    segments,
    shingle_index,
    snippet,
)
from drafting.numbers.textnorm import Normalized
from drafting.report import Paragraph, Report

JOBS = "2022年新增就业2141人；城镇登记失业率控制在4.5%以内；新增农村劳动力转移就业1910人。就业率为92.1%，就业率比去年同期增长2.8%。"
OTHER = "结合党史学习教育，扎实推进模范机关建设，提升干部队伍素质，不断优化营商环境，持续深化放管服改革。"


def report(*texts: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in texts])


def test_a_paragraph_with_other_figures_and_a_list_marker_has_the_same_shingles():
    first, second = segments(report(JOBS, "1．" + JOBS.replace("2141", "2300").replace("92.1", "93.4")))
    assert first.shingles == second.shingles


def test_paragraphs_shorter_than_min_chars_are_not_segments():
    assert [s.text for s in segments(report("办公室；人事股；计划财务股。", OTHER))] == [OTHER]


def test_the_index_counts_the_shingles_each_segment_shares_with_another():
    jobs, other = segments(report(JOBS, OTHER))
    counts = overlaps(shingle_index([jobs, other]), jobs)
    assert counts[0] == len(jobs.shingles) and counts.get(1, 0) == 0


def test_a_copy_inside_a_longer_paragraph_is_located_with_exact_offsets():
    host_text = OTHER + JOBS
    canon, host = segments(report(JOBS, host_text))
    a, b = locate(canon, host)
    piece = host.piece(a, b)
    assert host_text[piece.start : piece.end].startswith("2022年新增就业")
    assert piece.start == len(OTHER)


def test_a_snippet_collapses_blanks_and_marks_a_cut():
    assert snippet("一 二\n三", 16) == "一 二 三"
    assert snippet("一二三四五", 3) == "一二三…"


# -- maximal repeated runs ------------------------------------------------------------------------

def _norms(*texts: str) -> list[Normalized]:
    return [Normalized(t, tuple(range(len(t))), tuple(range(1, len(t) + 1))) for t in texts]


def _runs_by_definition(norms: list[Normalized], hosts: int, min_len: int) -> list[tuple[int, int, int, int, int]]:
    """Every pair of places whose common text is maximal on both sides, at least ``min_len`` long,
    with a seed (six characters) found in at most 32 places, the host among the first ``hosts``."""
    texts = [n.text for n in norms]
    seeds: dict[str, int] = {}
    for t in texts:
        for i in range(len(t) - 5):
            seeds[t[i : i + 6]] = seeds.get(t[i : i + 6], 0) + 1
    out = []
    for h in range(hosts):
        t = texts[h]
        for i in range(len(t) - 5):
            if seeds[t[i : i + 6]] > 32:
                continue
            for s, src in enumerate(texts):
                for j in range(len(src) - 5):
                    if (s, j) == (h, i) or src[j : j + 6] != t[i : i + 6]:
                        continue
                    if i > 0 and j > 0 and t[i - 1] == src[j - 1]:
                        continue
                    n = 6
                    while i + n < len(t) and j + n < len(src) and t[i + n] == src[j + n]:
                        n += 1
                    if n >= min_len and not (s == h and j < i + n and i < j + n):
                        out.append((h, i, s, j, n))
    return out


def test_repeated_runs_are_every_maximal_shared_run_in_text_order():
    rng = random.Random(7)
    for _ in range(300):
        texts = ["".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(0, 50))) for _ in range(rng.randint(1, 5))]
        hosts, min_len = rng.randint(0, len(texts)), rng.choice((6, 8, 12))
        got = [(r.host, r.i, r.source, r.j, r.n) for r in repeated_runs(_norms(*texts), hosts, min_len)]
        assert got == _runs_by_definition(_norms(*texts), hosts, min_len)


def test_a_run_is_found_once_from_its_left_end_and_not_inside_its_own_copy():
    [run] = repeated_runs(_norms("前文就业补助资金绩效自评后文", "另起就业补助资金绩效自评结束"), 1, 8)
    assert (run.host, run.i, run.source, run.j, run.n) == (0, 2, 1, 2, 10)
    assert repeated_runs(_norms("就业补助资金就业补助资金"), 1, 6)[0].n == 6  # the two halves, side by side


def test_segments_of_another_length_are_reused_where_the_paragraph_is_the_same():
    short = "局办公室负责机关日常运转、综合协调和督查督办工作。"  # 22 letters: under 30, over 20
    r = report(JOBS, short, OTHER)
    long_ = segments(r, 30)
    both = segments(r, 20, reuse=long_)
    assert [s.text for s in both] == [s.text for s in segments(r, 20)] == [JOBS, short, OTHER]
    assert both[0] is long_[0] and both[2] is long_[1]  # found at both lengths: taken as it is
    assert all(s is not both[1] for s in long_)  # only at 20: built here


def test_keep_drops_exactly_the_runs_it_refuses_by_their_start():
    rng = random.Random(11)
    for _ in range(200):
        texts = ["".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(0, 50))) for _ in range(rng.randint(1, 5))]
        hosts, norms = rng.randint(0, len(texts)), _norms(*texts)
        refused = {(rng.randrange(5), rng.randrange(50), rng.randrange(5), rng.randrange(50)) for _ in range(40)}
        refused |= {(h, i, s, j) for h in range(5) for s in range(5) for i in range(0, 50, 3) for j in range(1, 50, 4)}

        def keep(h: int, i: int, s: int, j: int, refused: set = refused) -> bool:
            return (h, i, s, j) not in refused

        every = repeated_runs(norms, hosts, 6)
        assert repeated_runs(norms, hosts, 6, keep=keep) == [r for r in every if keep(r.host, r.i, r.source, r.j)]


def test_the_index_leaves_out_only_shingles_held_by_more_than_64_segments():
    """``overlaps`` counts, per indexed segment, the shared shingles held by at most 64 segments, in
    the order the segment's shingles come: the same as counting over the full postings (invented text)."""
    rng = random.Random(7)
    words = ["推进", "落实", "项目", "资金", "管理", "绩效", "目标", "考核", "乡镇", "培训", "服务", "监督"]
    texts = [("统筹推进资金管理，" if k % 2 else "") + "".join(rng.choice(words) for _ in range(rng.randint(12, 30))) + "。"
             for k in range(150)]
    segs = segments(report(*texts))
    index = shingle_index(segs)
    full: dict[str, list[int]] = {}
    for i, seg in enumerate(segs):
        for g in seg.shingles:
            full.setdefault(g, []).append(i)
    assert any(len(p) > 64 for p in full.values()) and any(len(p) <= 64 for p in full.values())
    for seg in segs:
        expected: dict[int, int] = {}
        for g in seg.shingles:
            if len(full[g]) <= 64:
                for i in full[g]:
                    expected[i] = expected.get(i, 0) + 1
        assert list(overlaps(index, seg).items()) == list(expected.items())


def test_unit_norms_take_a_whole_unit_segment_only_where_markers_change_nothing():
    """``unit_norms`` gives each unit's ``normalize(text, drop_markers=False)``; it takes a segment's
    normalised form (markers dropped) only for a one-line unit the segment covers whole with no list
    marker at its start: a marked, a multi-line or a short unit is normalised itself (invented text)."""
    from drafting.checks.segments import unit_norms
    from drafting.numbers.textnorm import normalize

    texts = [JOBS, "3．" + OTHER, "（二）" + JOBS.replace("2141", "2155"), OTHER + "\n" + JOBS, "  " + OTHER + "  ",
             "短句。", "1、2、3项任务全部完成，群众满意度达到96.5%，超出年度目标值1.5个百分点。"]
    rep = report(*texts)
    units = list(rep.units())
    segs = segments(rep, 20, reuse=segments(rep))
    got = unit_norms(units, len(units), segs)
    assert got == [normalize(u.text, drop_markers=False) for u in units]
    taken = [k for k, g in enumerate(got) if any(g is s.norm for s in segs)]
    assert taken == [0]  # only the plain one-line paragraph: markers, line breaks and blanks are not taken
    assert normalize("3．" + OTHER).text != normalize("3．" + OTHER, drop_markers=False).text



def test_segments_reading_the_same_share_one_set_of_shingles_within_the_block():
    """Within ``shared_segments`` a paragraph said again with other figures (the same normalised text)
    shares the first one's set of shingles, the same set walked in the same order as one built
    anew; outside the block each segment builds its own (invented text)."""
    from sys import intern

    from drafting.checks.segments import K, shared_segments
    from drafting.numbers.textnorm import shingle_positions

    again = JOBS.replace("2141", "2306").replace("1910", "1875")
    with shared_segments():
        first, second, other = segments(report(JOBS, again, OTHER))
        assert first.norm.text == second.norm.text and first.text != second.text
        assert first.shingles is second.shingles and other.shingles is not first.shingles
        fresh = set(map(intern, shingle_positions(first.norm.text, K)))
        assert first.shingles == fresh and list(first.shingles) == list(fresh)
    first, second = segments(report(JOBS, again))
    assert first.shingles == second.shingles and first.shingles is not second.shingles


def test_overlaps_at_least_are_the_counts_at_or_above_a_share_in_the_same_order():
    """The prefix filter of ``overlaps_at_least`` finds every item ``overlaps`` counts at ``least``
    or more, with its count, in ``overlaps``' order, and no other: on an index growing as items are
    added (some shingles turning common: held by more than 64), at every threshold from none to all,
    with copies, near copies and pieces of paragraphs in invented text."""
    rng = random.Random(29)
    words = ["推进", "落实", "项目", "资金", "管理", "绩效", "目标", "考核", "乡镇", "培训", "服务", "监督", "台账", "整改"]
    base = ["".join(rng.choice(words) for _ in range(rng.randint(10, 40))) + "。" for _ in range(40)]
    texts = []
    for k in range(260):
        t = rng.choice(base)
        if k % 3 == 1:  # a near copy: a word changed
            at = rng.randrange(len(t) - 2)
            t = t[:at] + rng.choice(words) + t[at + 2 :]
        elif k % 3 == 2:  # a piece of one, or two joined
            t = t[rng.randrange(len(t) // 2) :] if k % 2 else t + rng.choice(base)
        texts.append(("统筹推进资金管理，" if k % 4 != 3 else "") + t)
    segs = segments(report(*texts), 12)
    index, held = ShingleIndex(), []
    checked = found = 0
    for seg in segs:
        n = len(seg.shingles)
        full = overlaps(index, seg)
        for least in (-1, 0, 2.5, 5, 6, 6.2, 0.8 * n - 1, 0.85 * n, n - 1, n, n + 3):
            fast = overlaps_at_least(index, seg, least, held)
            assert list(fast.items()) == [(i, c) for i, c in full.items() if c >= least]
            checked += 1
            found += bool(fast)
        if rng.random() < 0.5:  # not every paragraph is indexed: as a copy is not
            index.add(len(held), seg.shingles)
            held.append(seg.shingles)
    assert index.common and found > 100 and checked > 2000


def test_a_copy_is_located_once_for_texts_that_read_the_same_and_as_outside_the_block():
    """Within ``shared_segments`` ``locate`` is asked once per pair of normalised texts: two hosts
    with other figures (and list markers) read the same, and the span found is each one's as
    found outside the block; a host reading otherwise gets its own (invented text)."""
    from drafting.checks import segments as seg_module
    from drafting.checks.segments import shared_segments

    hosts = [OTHER + JOBS, "2．" + OTHER + JOBS.replace("2141", "2300"), OTHER + "全年" + JOBS.replace("1910", "88")]
    texts = [JOBS, *hosts, "全面" + OTHER + JOBS]
    outside = [locate(segments(report(*texts))[0], h) for h in segments(report(*texts))[1:]]
    with shared_segments():
        canon, *others = segments(report(*texts))
        inside = [locate(canon, h) for h in others]
        assert len(seg_module._located.table) == 3  # the first two hosts read the same
    assert inside == outside and None not in inside and inside[2] != inside[0]
