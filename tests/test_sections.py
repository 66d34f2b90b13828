import pytest

from drafting.draft.sections import SECTION_IDS, SECTIONS, get_section, select


def test_the_six_narrative_sections_are_registered_in_report_order():
    assert SECTION_IDS == ("overview", "finance", "performance", "problems", "measures", "result_use")
    assert [s.number for s in SECTIONS] == ["一、", "二、", "三、", "四、", "五、", "六、"]


def test_finance_requires_the_expenditure_total_and_every_sangong_total(small_data):
    required = get_section("finance").required(small_data)
    assert "finance.expenditure[0].total" in required
    assert {"sangong.actual.total", "sangong.budget.total", "sangong.prior.total"} <= set(required)


def test_zero_sangong_items_are_not_required_figures(small_data):
    assert "sangong.actual.overseas" not in get_section("finance").required(small_data)


def test_performance_requires_each_key_figure_and_numeric_indicator(small_data):
    required = get_section("performance").required(small_data)
    assert "key_figures.new_farmland" in required
    assert "indicators[1].actual_value" in required
    assert "self_score" in required


def test_each_section_names_an_existing_prompt_file():
    from drafting.llm.prompts import load_prompt

    for spec in SECTIONS:
        assert load_prompt(spec.prompt).id == spec.prompt


def test_selecting_an_unknown_section_names_the_choices():
    with pytest.raises(KeyError, match="overview"):
        select(["budget"])


def test_selection_keeps_report_order():
    assert [s.id for s in select(["measures", "overview"])] == ["overview", "measures"]
