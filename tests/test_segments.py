from drafting.checks.segments import locate, overlaps, segments, shingle_index, snippet
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
