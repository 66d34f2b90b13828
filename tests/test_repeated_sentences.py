"""A sentence of fifteen or more Chinese characters said twice in one paragraph is one finding at its
second copy; a repeat the clause rule reads stays the clause rule's, and a form flattened into one
line (its target and actual cells alike) is no paragraph."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "2025年度平安县农业农村局部门整体支出绩效自评报告\n一、部门基本情况\n平安县农业农村局是县政府工作部门，内设股室8个。\n二、工作成效\n"
SAID = "本局认真履行职责，扎实推进乡村振兴各项工作，确保各项惠农政策落到实处。"
LONG = "本局认真履行职责，扎实推进乡村振兴各项工作，加强资金管理，规范项目实施，确保各项惠农政策落到实处。"


def _repeats(paragraphs: str) -> list[tuple[str, str, list[str]]]:
    found = review(read_text_string(HEAD + paragraphs)).findings
    return [(f.rule, f.quote, [r.quote for r in f.related]) for f in found if f.rule.startswith("language.repeated")]


def _one_copy(paragraphs: str) -> list[tuple[str, list[str]]]:
    """The findings of a copy by the clause rule or the passage rule (one copy is one finding of either)."""
    found = review(read_text_string(HEAD + paragraphs)).findings
    return [(f.quote, [r.quote for r in f.related]) for f in found
            if f.rule in ("language.repeated_sentence", "redundancy.repeated_passage")]


def test_a_sentence_said_again_later_in_its_paragraph_is_one_finding_at_the_second_copy():
    [(rule, quote, related)] = _repeats(SAID + "今年共培训农民500人次，发放补贴120万元。" + SAID + "\n")
    assert rule == "language.repeated_sentence" and quote == SAID and related == [SAID]


def test_a_long_sentence_said_twice_in_a_row_is_found_and_a_short_one_stays_the_clause_rules():
    assert [r for r, _, _ in _repeats(LONG + LONG + "全年完成目标。\n")] == ["language.repeated_sentence"]
    assert [r for r, _, _ in _repeats(SAID + SAID + "全年完成目标。\n")] == ["language.repeated_clause"]


def test_three_copies_are_one_finding():
    [(_, _, related)] = _repeats(SAID + "今年共培训农民500人次。" + SAID + "发放补贴120万元。" + SAID + "\n")
    assert len(related) == 2


def test_the_same_sentence_in_two_paragraphs_short_formulas_and_a_flattened_forms_cells_are_left():
    assert _repeats(SAID + "今年共培训农民500人次。\n三、存在问题\n资金拨付不够及时。" + SAID + "\n") == []
    assert _repeats("确保资金安全。今年共培训农民500人次。确保资金安全。\n") == []
    form = ("年度总体目标 预期目标 实际完成情况 本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;"
            "30万元用于审计。本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;29.99万元用于审计。\n")
    assert _repeats(form) == []


CLAUSE = "增强了基层医疗机构服务群众的综合能力"


def test_a_long_clause_said_again_apart_from_itself_in_one_sentence_is_one_finding_at_the_second_copy():
    """…，增强了…综合能力，是…的现实需要，增强了…综合能力。: a pasted clause, as a pasted sentence."""
    text = f"项目建成后，{CLAUSE}，是完善县域医疗卫生服务体系的现实需要，{CLAUSE}。\n"
    [(rule, quote, related)] = _repeats(text)
    assert rule == "language.repeated_sentence" and quote == CLAUSE and related == [CLAUSE]


def test_a_run_of_clauses_said_again_is_one_finding_covering_the_run():
    run = f"{CLAUSE}，提高群众就医满意度"
    text = f"项目于6月完工，{run}。全年接诊群众3200人次，{run}，带动周边发展。\n"
    [(quote, related)] = _one_copy(text)  # the passage rule reads it too: one copy, one finding
    assert quote == run and related == [run]


def test_short_clauses_said_again_and_a_target_and_its_actual_alike_are_left():
    assert _repeats("全年严格执行预算，确保资金安全，规范资金管理，确保资金安全。\n") == []
    assert _repeats(f"预期目标 实际完成情况 {CLAUSE}，按期完成 {CLAUSE}，按期完成\n") == []


def test_the_run_reaches_back_over_a_clause_the_second_copy_ends_with_and_one_clause_added_to_the_first():
    """改善…环境，实现…统一，增强… then 同时也将改善…环境，增强…: the pasted part begins at 改善, not at 增强.
    (The passage rule reads the same run: one copy, one finding — the passage's, naming the same words.)"""
    first = f"改善和优化城乡居民就医环境，实现医疗资源的均衡布局，{CLAUSE}，提高群众就医满意度"
    text = (f"项目建成后，{first}。全年接诊群众3200人次，同时项目也将改善和优化城乡居民就医环境，"
            f"{CLAUSE}，提高群众就医满意度，带动周边发展。\n")
    [(quote, related)] = _one_copy(text)
    assert quote == f"改善和优化城乡居民就医环境，{CLAUSE}，提高群众就医满意度" and related == [first]


def test_a_clause_said_again_in_the_next_section_of_a_page_flattened_onto_one_line_is_left():
    """一、…，上年结转资金2万元，… 二、…（一）资金投入情况，上年结转资金2万元: each section states the fact."""
    fact = "本年度我局农产品质量监管资金上年结转资金2万元"
    text = (f"一、绩效目标分解下达情况（一）资金下达情况，{fact}，中央下达补助资金3万元，"
            f"二、绩效目标完成情况分析（一）资金投入情况分析，{fact}，本年度收到补助资金3万元。\n")
    assert _repeats(text) == []


def test_a_clause_with_a_figure_said_again_in_its_paragraph_is_a_plan_and_its_outcome_alike():
    """申请…，其中30万元用于村道硬化…；…完成…，其中30万元用于村道硬化…: the plan and what was done."""
    part = "其中30万元用于新建村道硬化和排水沟渠配套工程"
    text = f"年初申请项目资金50万元，{part}，其余用于维修；年末项目全部完工，{part}，其余用于维修。\n"
    assert _repeats(text) == []


REASON = "本年收支增减变化的主要原因是：未安排国有资本经营预算资金。"


def test_a_templates_reason_clause_after_each_of_two_different_figures_is_no_repeat():
    """The template asks a reason after each figure; two figures (income, spending) may have the same."""
    text = ("2024年度国有资本经营预算财政拨款收入0万元，比上年增加0万元。" + REASON
            + "国有资本经营预算财政拨款支出0万元，比上年减少0万元。" + REASON + "\n")
    assert _one_copy(text) == []


def test_a_reason_clause_pasted_twice_after_one_figure_or_any_other_sentence_twice_is_still_found():
    text = "2024年度国有资本经营预算财政拨款收入12万元，比上年增加3万元。" + REASON + "本年无其他变化。" + REASON + "\n"
    assert len(_one_copy(text)) == 1
    text = ("2024年度财政拨款收入12万元。" + SAID + "2024年度财政拨款支出11万元。" + SAID + "\n")
    assert len(_one_copy(text)) == 1
