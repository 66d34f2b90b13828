"""A run pasted into a sentence cuts the host's words at its two seams. What the seams make — a word
read with a character doubled or dropped, a title mark left without its partner, a list's marker cut
in two — is the splice's one problem: the review reports the splice and nothing else there. A slip of
the writer's own away from the seams, even in the same paragraph, is still reported."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "\n".join([
    "某县文化馆2023年度部门整体支出绩效自评报告",
    "一、部门基本概况",
    "本馆内设办公室、财务股、业务股三个股室。实有事业人员12名、离退休人员8名，全部纳入预算管理。",
])
RUN = "实有事业人员12名、离退休人员8名"


def _rules(*lines: str) -> list[tuple[str, str]]:
    findings = review(read_text_string("\n".join([HEAD, *lines]))).findings
    return [(f.rule or f.kind.value, f.quote) for f in findings]


def test_a_word_cut_at_a_seam_is_the_splices_finding_not_a_doubled_character():
    # 内部控制制|…|度: the seam leaves 控制制, which reads as 制 typed twice
    found = _rules("二、预算管理情况", f"本馆建立健全了内部控制制{RUN}度，包括预算会计制度、收支管理制度、资产管理制度。")
    assert found == [("redundancy.splice_partial", RUN)]


def test_a_title_mark_whose_halves_the_paste_parted_is_the_splices_finding():
    # 《某县财政局|…。|关于…通知》: the pasted sentence's full stop parts the title's two marks
    run = f"{RUN}，全部纳入预算管理。"
    found = _rules("二、自评工作开展情况",
                   f"根据《某县财政局{run}关于开展2023年度预算绩效自评工作的通知》要求，本馆成立自评工作小组，"
                   "对2023年度部门整体支出开展了自评。")
    assert found == [("redundancy.splice_partial", run)]


def test_a_list_marker_cut_in_two_by_the_paste_is_no_gap_in_the_list():
    # 三|…|是深化: the third item's marker is there, cut by the paste; the list does not skip it
    found = _rules("二、主要工作成效",
                   "一是加强文化阵地建设，全年举办展览6场。二是开展群众文化活动，全年共演出20场。"
                   f"三{RUN}是深化全民阅读活动，全年举办讲座8期。四是加强队伍建设，全年组织业务培训3次。")
    assert found == [("redundancy.splice_partial", RUN)]


def test_a_slip_away_from_the_seams_is_still_the_writers_own():
    found = _rules("二、预算管理情况",
                   f"本馆建立健全了内部控制制{RUN}度，包括预算会计制度、收支管理制度、资产管理理制度。")
    assert ("redundancy.splice_partial", RUN) in found
    assert ("language.doubled_char", "理理") in found and ("language.doubled_char", "制制") not in found


def test_a_list_that_skips_a_number_away_from_the_seam_still_has_its_gap():
    # the paste sits inside the second item; the third was never written
    found = _rules("二、主要工作成效",
                   f"一是加强文化阵地建设，全年举办展览6场。二是开展群众文化{RUN}活动，全年共演出20场。"
                   "四是加强队伍建设，全年组织业务培训3次。")
    assert ("redundancy.splice_partial", RUN) in found
    assert ("structure.numbering_gap", "四是") in found


def test_a_title_left_open_outside_the_pair_the_run_sits_in_is_still_reported():
    found = _rules("二、自评工作开展情况",
                   f"根据《某县财政局{RUN}关于开展2023年度预算绩效自评工作的通知》要求，本馆成立自评工作小组。"
                   "对照《某县预算绩效管理办法，逐项开展了自评。")
    assert ("redundancy.splice_partial", RUN) in found
    assert any(rule == "language.unclosed" and quote.startswith("《某县预算绩效管理办法") for rule, quote in found)
