"""Session 49's twelfth outsider audit, on department-wide self-evaluations and 决算说明 whose figures live in
the prose (s49b: 年初预算 / 调整预算 / 全年支出 / 执行率, 其中 by nature, source and unit, 三公经费 against budget
and last year, 政府采购 and its 中小企业 share, staff, several projects with their rates, indicators quoted,
scores and grades). Each case is a shape such a report takes that a rule misread, pinned beside a real slip
of the same kind, which the rule still finds; and two slips the audit planted that no rule found.
The whole reports sit in tests/data/whole_clean/s49b_*; their figures were computed by a script. Invented."""

from __future__ import annotations

from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules

# -- a count's measure word between two figures -------------------------------------------------------

_WUSHAN = "s49b_town_wushan_dept_selfeval_2023.txt"


def test_a_counts_measure_word_between_two_figures_is_no_word_cut_short():
    """完成督查督办事项919项，完成年度目标884项的103.96%: 项 counts the 884, 的 ties it to the rate; the
    report's 项目的 elsewhere does not make 项的 a 项目的 that lost its 目."""
    text = _fixture(_WUSHAN)
    assert "884项的103.96%" in text
    assert "language.dropped" not in _rules(text)


def test_a_word_cut_short_before_its_figure_after_a_comma_is_still_found():
    text = _fixture(_WUSHAN).replace("884项的103.96%", "884项，执率103.96%", 1)
    assert ("language.dropped", "疑似漏字：“执率”应为“执行率”") in _findings(text)


# -- one marker style at two levels --------------------------------------------------------------------

_OUTLINE = ("{d}年度部门决算说明\n\n1. 部门基本情况\n\n本局内设机构5个，编制40名。\n\n2. 部门年度绩效目标\n\n"
            "1.保障机关正常运转，严格控制一般性支出。\n2.推进重点项目建设，按计划完成年度任务。\n"
            "3.提升公共服务质量和群众满意度。\n\n3. 部门决算情况说明\n\n全年支出1,200.00万元。\n\n"
            "4. 存在的问题\n\n部分项目前期论证不够充分。\n")


def test_a_title_after_a_sub_list_of_sentences_in_its_own_markers_goes_on_with_the_titles():
    """2. 部门年度绩效目标 / 1.… 2.… 3.…。 / 3. 部门决算情况说明: the goals are sentences numbered 1. 2. 3. under
    a title numbered the same way; 3. 部门决算情况说明 is the third title, not item 3 said twice."""
    for name in ("s49b_city_market_final_accounts_2019.txt", "s49b_province_water_dept_selfeval_2018.txt"):
        assert "structure.numbering_repeat" not in _rules(_fixture(name)), name
    assert not [r for r in _rules(_OUTLINE.format(d=2021)) if r.startswith("structure.numbering")]


def test_a_title_numbered_twice_is_still_found():
    text = _OUTLINE.format(d=2021).replace("4. 存在的问题", "3. 存在的问题", 1)
    assert "structure.numbering_repeat" in _rules(text)


def test_a_sentence_numbered_twice_in_the_sub_list_is_still_found():
    text = _OUTLINE.format(d=2021).replace("3.提升公共服务", "2.提升公共服务", 1)
    assert "structure.numbering_repeat" in _rules(text)


# -- one pattern filled for each numbered project ------------------------------------------------------

_STATS = "s49b_province_stats_dept_selfeval_2019.txt"
_PATTERN = "项目立项依据充分，实施方案经班子会议审定，资金按合同约定分期拨付；质量指标“合格率”年初目标95%，完成值97.3%"


def test_a_projects_paragraph_in_the_pattern_of_the_others_with_its_own_figures_is_no_copy():
    """1.…项目。… / 项目立项依据充分…；合格率…97.3%；…2019年10月… and, under 3., the same words with 97.0% and
    2019年11月: each numbered project's own statement in one pattern, as department reports review them."""
    text = _fixture(_STATS)
    assert _PATTERN in text
    assert "redundancy.duplicate" not in _rules(text)


def test_a_projects_paragraph_pasted_with_its_figures_under_another_project_is_still_found():
    text = _fixture(_STATS)
    first = next(p for p in text.split("\n\n") if p.startswith(_PATTERN))
    second = next(p for p in text.split("\n\n") if p.startswith(_PATTERN[:30]) and p != first)
    assert "redundancy.duplicate" in _rules(text.replace(second, first, 1))


# -- the grade of a total score, its parts' scores in the next sentence ---------------------------------

_HEALTH = "s49b_county_health_dept_selfeval_2025.txt"


def test_a_grade_that_does_not_follow_its_total_is_found_though_the_parts_scores_follow():
    """得分92.5分（满分100分），等级“良”。分项看，投入管理得分13.6分…: the parts' scores stand in the next
    sentence; the grade goes with the 92.5 of its own sentence (a planted slip of the audit, missed before)."""
    text = _fixture(_HEALTH)
    assert "绩效得分92.5分（满分100分），等级“优”。分项看" in text
    assert "score_grade" not in _rules(text)
    assert "score_grade" in _rules(text.replace("等级“优”", "等级“良”", 1))


def test_a_grade_after_a_parts_score_in_its_own_sentence_is_still_not_read():
    """总分92分。其中产出得分28分，评价等级为优: the total stands before, a part's score in the grade's own
    sentence; which one the grade goes with is unclear."""
    text = "六、评价结论\n\n本部门自评总分92分。其中产出指标30分，得分28分，评价等级为优。\n"
    assert "score_grade" not in _rules(text)


# -- a figure said to beat its target ------------------------------------------------------------------

_ARCHIVES = "s49b_city_archives_dept_selfeval_2022.txt"


def test_a_figure_said_above_its_target_that_is_below_it_is_found():
    """满意度为81.8%，高于85%的目标值 (a planted slip of the audit, missed before)."""
    text = _fixture(_ARCHIVES)
    assert "满意度为91.8%，高于85%的目标值" in text
    assert "claims.beyond_target" not in _rules(text)
    assert "claims.beyond_target" in _rules(text.replace("满意度为91.8%", "满意度为81.8%", 1))


def test_a_cost_said_below_its_plan_that_is_above_it_is_found():
    text = "二、成本控制\n\n项目单位成本1.32万元，低于1.2万元的计划，成本控制较好。\n"
    assert "claims.beyond_target" in _rules(text)


def test_a_margin_or_a_comparand_that_is_no_target_is_not_read():
    """高于全省平均1.4个百分点 is a margin; 高于上年的 is no target; 85.0% may be 85.04%; 未达到 a target it
    misses is right."""
    text = ("三、主要绩效\n\n农村居民人均可支配收入比上年增长7.1%，高于全省平均1.4个百分点。满意度85.0%，"
            "高于85%的目标值。培训完成率98%，未达到100%的目标，主要是部分学员因疫情未能参训。\n")
    assert "claims.beyond_target" not in _rules(text)


def test_a_figure_written_with_thousands_separators_is_read_whole():
    """1,234万元 is 1,234, not the 234 after its comma (the lead's review: 234万元 was said not to beat 800万元);
    a whole figure that is below its plan is still found."""
    text = "一、项目执行情况\n\n本年度项目实际支出1,234万元，高于800万元的计划，主要是追加了设备购置。\n"
    assert "claims.beyond_target" not in _rules(text)
    assert "claims.beyond_target" in _rules(text.replace("1,234万元", "734万元"))
    assert "claims.beyond_target" in _rules(text.replace("800万元", "1,500万元"))


def test_a_figure_said_beyond_its_target_is_a_figure_that_disagrees_pointing_at_both():
    """The finding is a number finding at the figure said, the target beside it (either may be the one
    edited: 新增合作社27家，未达到24家的年度目标 where 30家 was the target), so that a figure the data also
    contradicts gives one finding, not two."""
    from drafting.io.text_reader import read_text_string
    from drafting.review import review

    text = "一、绩效目标完成情况\n\n全年新增农民专业合作社27家，未达到24家的年度目标。\n"
    found = [f for f in review(read_text_string(text)).findings if f.rule == "claims.beyond_target"]
    assert [(f.kind.value, f.location.quote, [r.quote for r in f.related]) for f in found] == [
        ("arithmetic_mismatch", "27家", ["24家"])]
