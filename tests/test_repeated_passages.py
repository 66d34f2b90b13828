"""Two or more clauses (twenty or more Chinese characters) said again further on in the same paragraph,
inside another sentence, are one finding at the second copy; a clause dropped before the run on one
side is the same copy. Whole sentences, runs said again right after themselves, runs with figures and
copies in two paragraphs are other rules' or none."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "2025年度平安县林业局植树造林项目绩效自评报告\n一、项目概况\n"
RUN = "带动林下经济发展，增加农户务工收入，巩固脱贫攻坚成果"


def _passages(paragraphs: str) -> list[tuple[str, list[str]]]:
    found = review(read_text_string(HEAD + paragraphs)).findings
    return [(f.quote, [r.quote for r in f.related]) for f in found if f.rule == "redundancy.repeated_passage"]


def test_a_run_of_clauses_said_again_inside_a_later_sentence_is_found_at_its_second_copy():
    text = (f"项目在东山村新造林800亩，改善山区生态面貌，营造良好人居环境，{RUN}。项目总投资120万元，由县财政安排。"
            f"项目完成后将形成稳定的林分结构，同时也将改善山区生态面貌，{RUN}，提升乡村整体形象。\n")
    [(quote, related)] = _passages(text)
    # the clause before the run, with one clause dropped in the second copy, is taken in
    assert quote == f"改善山区生态面貌，{RUN}"
    assert related == [f"改善山区生态面貌，营造良好人居环境，{RUN}"]


def test_whole_sentences_adjacent_runs_figures_and_other_paragraphs_are_left():
    # a whole sentence said twice: the sentence rule's
    assert _passages(f"{RUN}。项目总投资120万元，由县财政安排。{RUN}。\n") == []
    # said again right after itself: the clause rule's
    assert _passages(f"项目完成后，{RUN}，{RUN}，提升乡村整体形象。\n") == []
    # with figures: a plan and its outcome alike
    assert _passages("本项目共申请资金90万元，其中30万元用于苗木采购，30万元用于林地整理。"
                     "本项目共支出资金89.5万元，其中30万元用于苗木采购，30万元用于林地整理，其余用于管护。\n") == []
    # two paragraphs: not one paragraph saying it twice
    assert _passages(f"项目在东山村新造林800亩，{RUN}。\n二、项目成效\n项目完成后形成稳定林分，{RUN}，提升乡村形象。\n") == []
    # too short to be one writer's wording
    assert _passages("项目完成后，改善生态面貌，增加农户收入。项目总投资120万元。同时也将改善生态面貌，增加农户收入，提升形象。\n") == []


def test_a_copy_broken_by_a_pdfs_blanks_at_other_places_reaches_back_over_the_clause_before_it_all_the_same():
    # each copy of the clause before the run was broken by a line's end at another place (造 林 / 造林 ): its
    # words are the same, so the copy reaches back over them as it would without the blanks
    text = (f"1.项目执行情况 完成造林任务:在东山村新造 林八百亩并落实管护责任,{RUN.replace('，', ',')}。"
            f"2.项目年度总体目标 年度目标:在东山村新造林八百亩并落 实管护责任,{RUN.replace('，', ',')}。"
            f"项目总投资由县财政安排。\n")
    [(quote, related)] = _passages(text)
    assert quote.startswith(":在东山村新造林八百亩并落 实管护责任,带动林下经济发展")
    assert related[0].startswith(":在东山村新造 林八百亩并落实管护责任,带动林下经济发展")


LONG_CLAUSE = "推进美丽乡村和生态宜居示范村庄建设"


def _repeats(paragraphs: str) -> list[str]:
    found = review(read_text_string(HEAD + paragraphs)).findings
    return [f.rule or "" for f in found if f.rule in ("redundancy.repeated_passage", "language.repeated_sentence")]


def test_a_run_whose_long_clause_the_clause_rule_also_reads_is_one_finding_the_passages():
    """One problem, one finding: the run pasted again holds a clause long enough for the clause rule; the
    passage's finding names the whole run, so the clause's is not given as well."""
    text = (f"项目在东山村新造林800亩，改善山区生态面貌，营造良好人居环境，{LONG_CLAUSE}，提高农民生活质量。"
            f"项目总投资120万元，由县财政安排。项目完成后将形成稳定的林分结构，同时也将改善山区生态面貌，"
            f"{LONG_CLAUSE}，提高农民生活质量，提升乡村整体形象。\n")
    assert _repeats(text) == ["redundancy.repeated_passage"]


def test_a_long_clause_said_again_alone_is_still_the_clause_rules():
    text = (f"项目在东山村新造林800亩，{LONG_CLAUSE}，成效明显。项目总投资120万元，由县财政安排。"
            f"项目完成后林分结构稳定，{LONG_CLAUSE}，群众普遍认可。\n")
    assert _repeats(text) == ["language.repeated_sentence"]


def test_an_abstract_restating_its_body_on_one_flattened_line_is_no_repeat():
    """A report published with 【摘要】 … 【正文】 run onto one line opens both parts with the same words: an
    abstract restates its body by design (premise from pool52 B18, measured held out, then tuned on)."""
    text = (f"【摘要】 项目在东山村新造林800亩，改善山区生态面貌，{RUN}，评价得分88分。"
            f"【正文】 根据县财政局安排，我们对该项目开展了评价。项目完成后，改善山区生态面貌，{RUN}，提升乡村形象。\n")
    assert _passages(text) == []
    assert _passages(text.replace("【正文】", "")) != []  # the same run in one part is still a repeat
