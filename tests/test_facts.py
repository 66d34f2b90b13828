"""build_facts(): direct figures plus the figures a report derives along the schema's relations."""

from decimal import Decimal

from drafting.department import DepartmentData
from drafting.numbers.facts import FactKind, build_facts
from drafting.quantities import Unit


def data(**over) -> DepartmentData:
    raw = {
        "department": {"name": "测试县人力资源和社会保障局", "region": "测试县", "level": "县", "organisation": ["办公室", "就业股"]},
        "year": 2022,
        "staffing": {"authorized": 36, "actual": 40},
        "finance": {
            "initial_budget": "987.68",
            "prior_expenditure": "1100",
            "expenditure": [{"unit_name": "局机关", "total": "1209.14", "basic": "708.61", "personnel": "445.69",
                             "public": "262.92", "project": "500.53"}],
            "income": [{"unit_name": "局机关", "total": "1209.14", "fiscal": "1209.14"}],
        },
        "sangong": {
            "actual": {"total": "7.5", "reception": "5.18", "vehicle_operation": "2.32"},
            "budget": {"total": "9.69", "reception": "7.14", "vehicle_operation": "2.55"},
            "prior": {"total": "8.93", "reception": "6.39", "vehicle_operation": "2.54"},
        },
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "培训人数", "target_value": "1000",
                        "actual_value": "1218", "unit": "人次"}],
        "key_figures": [
            {"id": "new_jobs", "name": "新增就业", "value": "2141", "unit": "人", "prior_value": "2000"},
            {"id": "employment_rate", "name": "就业率", "value": "92.1", "unit": "%", "prior_value": "89.3"},
        ],
    }
    raw.update(over)
    return DepartmentData.model_validate(raw)


def test_every_direct_figure_is_a_fact():
    idx = build_facts(data())
    assert idx.get("sangong.actual.reception").value == Decimal("5.18")
    assert idx.get("staffing.actual").unit is Unit.PERSON


def test_sangong_savings_is_budget_minus_actual_with_formula():
    f = build_facts(data()).get("sangong.savings.total")
    assert (f.value, f.unit, f.kind) == (Decimal("2.19"), Unit.WAN_YUAN, FactKind.DIFFERENCE)
    assert f.formula == "sangong.budget.total - sangong.actual.total"
    assert f.inputs == ["sangong.budget.total", "sangong.actual.total"]


def test_sangong_savings_ratio_is_savings_over_budget_in_percent():
    f = build_facts(data()).get("sangong.savings_ratio.total")
    assert f.unit is Unit.PERCENT and round(f.value, 2) == Decimal("22.60")


def test_a_decrease_on_last_year_is_a_positive_fact_labelled_as_decrease():
    f = build_facts(data()).get("sangong.change.total")
    assert (f.value, f.label) == (Decimal("1.43"), "三公经费合计比上年减少数")


def test_vehicle_costs_are_combined():
    assert build_facts(data()).get("sangong.budget.vehicle").value == Decimal("2.55")


def test_expenditure_shares_and_execution_rate():
    idx = build_facts(data())
    assert round(idx.get("finance.expenditure[0].share.basic").value, 2) == Decimal("58.60")
    assert round(idx.get("finance.execution_rate").value, 2) == Decimal("122.42")


def test_year_on_year_expenditure_change():
    idx = build_facts(data())
    assert idx.get("finance.expenditure_change").value == Decimal("109.14")


def test_key_figure_change_of_a_rate_is_in_points():
    f = build_facts(data()).get("key_figures.employment_rate.change")
    assert (f.value, f.unit) == (Decimal("2.8"), Unit.POINTS)


def test_indicator_actual_against_target():
    idx = build_facts(data())
    assert idx.get("indicators[0].vs_target").value == 218
    assert idx.get("indicators[0].completion_rate").value == Decimal("121.8")


def test_organisation_count_is_a_fact():
    assert build_facts(data()).get("department.organisation.count").value == 2


def test_money_facts_are_known_to_two_decimals_of_their_unit():
    f = build_facts(data()).get("sangong.actual.total")
    assert f.places == 2 and f.quantum == Decimal(100)


def test_unit_conversions_are_not_separate_facts():
    idx = build_facts(data())
    assert not [f for f in idx if f.unit is Unit.YUAN]


def test_money_lookup_is_by_family_in_yuan():
    idx = build_facts(data())
    assert [f.path for f in idx.between("money", Decimal(51800), Decimal(51800))] == ["sangong.actual.reception"]


def test_nearest_returns_closest_values_first():
    idx = build_facts(data())
    assert idx.nearest("money", Decimal(52000), 1)[0].path == "sangong.actual.reception"


def test_names_in_a_clause_find_the_named_fact():
    named = build_facts(data()).named_in("其中公务接待费")
    assert [f.path for f in named] == ["sangong.actual.reception"]


def test_a_table_figure_relates_to_its_other_columns_and_what_is_derived_from_them():
    idx = build_facts(data())
    assert idx.related(idx.get("sangong.actual.reception")) == {
        "sangong.actual.reception", "sangong.budget.reception", "sangong.prior.reception",
        "sangong.savings.reception", "sangong.savings_ratio.reception",
        "sangong.change.reception", "sangong.change_ratio.reception"}


def test_a_derived_figure_relates_only_to_itself_and_what_is_derived_from_it():
    idx = build_facts(data())
    assert idx.related(idx.get("sangong.savings.total")) == {"sangong.savings.total", "sangong.savings_ratio.total"}


def test_two_parts_of_a_table_row_are_not_related():
    idx = build_facts(data())
    related = idx.related(idx.get("finance.expenditure[0].basic"))
    assert "finance.expenditure[0].share.basic" in related and "finance.expenditure[0].personnel" not in related


def test_related_in_keeps_the_given_unit_families():
    idx = build_facts(data())
    assert idx.related_in(idx.get("sangong.savings.total"), frozenset({"%"})) == ("sangong.savings_ratio.total",)


def test_names_in_lists_the_nearest_name_first_with_the_text_after_it():
    hits = build_facts(data()).names_in("三公经费预算，其中公务接待费标准")
    assert [h.name for h in hits][:2] == ["公务接待费", "三公经费预算"]
    assert hits[0].tail == "标准"


def test_names_in_can_skip_names_ending_in_the_leading_part():
    hits = build_facts(data()).names_in("公务接待费、新增就业", ending_after=6)
    assert [h.name for h in hits] == ["新增就业"]


def test_actual_staff_by_kind_is_also_named_with_the_bianzhi_word():
    d = data(staffing={"authorized": 36, "actual": 40, "authorized_by_kind": {"事业": 23}, "actual_by_kind": {"事业": 15}})
    hits = build_facts(d).names_in("事业编制")
    assert {f.path for f in hits[0].facts} == {"staffing.authorized_by_kind.事业", "staffing.actual_by_kind.事业"}
