"""The fixtures are data the other tests trust: they load, add up, agree across years, and the
sample's transcription reproduces the real report's figures."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from drafting.department import DepartmentData
from drafting.io.loading import load_department
from fixtures.build import build_one, fixture_dirs
from tests.shared_paths import SAMPLE, needs_sample

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
JINGZHOU = FIXTURES / "jingzhou-hrss-2022"

ALL = fixture_dirs(FIXTURES)
SYNTHETIC = [d for d in ALL if d.name != "jingzhou-hrss-2022"]
PAIRS = [(FIXTURES / f"{d.name[:-5]}-2022", d) for d in SYNTHETIC if d.name.endswith("-2023")]


def _ids(dirs: list[Path]) -> list[str]:
    return [d.name for d in dirs]


def _data(folder: Path) -> DepartmentData:
    return load_department(folder / "data.yaml")


def _paragraphs(folder: Path, name: str = "report.txt") -> list[str]:
    return [ln.strip() for ln in (folder / name).read_text(encoding="utf-8").splitlines() if ln.strip()]


# -- layout --------------------------------------------------------------------------------------


def test_there_are_seven_fixture_folders_four_departments() -> None:
    assert len(ALL) == 7
    assert {d.name.rsplit("-", 1)[0] for d in ALL} == {"jingzhou-hrss", "anhua-edu", "liuyang-health", "pingjiang-agri"}


@pytest.mark.parametrize("folder", ALL, ids=_ids(ALL))
def test_every_folder_has_data_report_and_its_docx(folder: Path) -> None:
    for name in ("data.yaml", "report.txt", "report.docx"):
        assert (folder / name).is_file(), f"{folder.name}/{name} missing"


@pytest.mark.parametrize("folder", [*(p[1] for p in PAIRS), JINGZHOU], ids=[*(p[1].name for p in PAIRS), JINGZHOU.name])
def test_folders_with_a_prior_year_have_prior_txt_and_docx(folder: Path) -> None:
    assert (folder / "prior.txt").is_file()
    assert (folder / "prior.docx").is_file()


def test_the_fixtures_readme_states_the_rule() -> None:
    text = (FIXTURES / "README.md").read_text(encoding="utf-8")
    assert "correct unless a file next to it says which defect it plants" in text


# -- data ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ALL, ids=_ids(ALL))
def test_every_data_yaml_loads_with_decimal_figures(folder: Path) -> None:
    data = _data(folder)
    assert isinstance(data.sangong.actual.total, Decimal)
    assert data.year == int(folder.name[-4:])


@pytest.mark.parametrize("folder", ALL, ids=_ids(ALL))
def test_every_data_yaml_is_arithmetically_consistent(folder: Path) -> None:
    # A fixture that plants a data inconsistency must say so in its README; none does today.
    readme = folder / "README.md"
    if readme.exists() and "consistency_warnings() is not empty" in readme.read_text(encoding="utf-8"):
        pytest.skip("README documents a planted inconsistency")
    assert [w.message for w in _data(folder).consistency_warnings()] == []


@pytest.mark.parametrize("folder", ALL, ids=_ids(ALL))
def test_every_key_figure_evidence_is_quoted_verbatim_from_the_report(folder: Path) -> None:
    report = (folder / "report.txt").read_text(encoding="utf-8")
    missing = [k.id for k in _data(folder).key_figures if k.evidence and k.evidence not in report]
    assert missing == []


@pytest.mark.parametrize("folder", SYNTHETIC, ids=_ids(SYNTHETIC))
def test_synthetic_data_is_complete(folder: Path) -> None:
    d = _data(folder)
    assert 6 <= len(d.duties) <= 13 and 4 <= len(d.tasks) <= 6
    assert 10 <= len(d.indicators) <= 16 and 12 <= len(d.key_figures) <= 25
    assert 2 <= len(d.problems) <= 4 and 2 <= len(d.measures) <= 4 and d.result_use and d.evaluators
    f = d.finance
    assert None not in (f.initial_budget, f.adjusted_budget, f.prior_expenditure)
    assert d.sangong.budget is not None and d.sangong.prior is not None
    assert d.self_score is not None and d.grade is not None


@pytest.mark.parametrize("folder", SYNTHETIC, ids=_ids(SYNTHETIC))
def test_synthetic_indicators_are_numeric_and_misses_carry_a_reason(folder: Path) -> None:
    inds = _data(folder).indicators
    assert all(i.target_value is not None and i.actual_value is not None and i.weight and i.score is not None for i in inds)
    missed = [i for i in inds if i.met() is False]
    assert missed, "each synthetic year misses at least one target on purpose"
    assert all(i.deviation_reason for i in missed)


@pytest.mark.parametrize(("prior_dir", "folder"), PAIRS, ids=[p[1].name for p in PAIRS])
def test_2023_prior_figures_are_2022_figures(prior_dir: Path, folder: Path) -> None:
    old, new = _data(prior_dir), _data(folder)
    assert new.sangong.prior == old.sangong.actual
    assert new.finance.prior_expenditure == old.finance.expenditure[0].total
    assert new.finance.income[0].carryover == old.finance.expenditure[0].balance_year
    old_values = {k.id: k.value for k in old.key_figures}
    for k in new.key_figures:
        if k.prior_value is not None and k.id in old_values:
            assert k.prior_value == old_values[k.id], k.id


# -- reports -------------------------------------------------------------------------------------


@needs_sample
def test_jingzhou_report_is_byte_identical_to_the_shared_sample() -> None:
    assert (JINGZHOU / "report.txt").read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize(("prior_dir", "folder"), PAIRS, ids=[p[1].name for p in PAIRS])
def test_2023_prior_txt_is_the_2022_report(prior_dir: Path, folder: Path) -> None:
    assert (folder / "prior.txt").read_bytes() == (prior_dir / "report.txt").read_bytes()


@pytest.mark.parametrize("folder", SYNTHETIC, ids=_ids(SYNTHETIC))
def test_synthetic_report_title_and_signature_match_the_data(folder: Path) -> None:
    d = _data(folder)
    paras = _paragraphs(folder)
    assert paras[0] == f"{d.department.name}{d.year}年度部门整体支出绩效自评报告"
    assert d.report_date is not None
    assert paras[-2:] == [d.department.name, f"{d.report_date.year}年{d.report_date.month}月{d.report_date.day}日"]
    assert d.report_date.year == d.year + 1


@pytest.mark.parametrize("folder", SYNTHETIC, ids=_ids(SYNTHETIC))
def test_synthetic_report_repeats_no_paragraph(folder: Path) -> None:
    long_paras = [p for p in _paragraphs(folder) if len(p) > 15]
    assert len(long_paras) == len(set(long_paras))


@pytest.mark.parametrize("folder", SYNTHETIC, ids=_ids(SYNTHETIC))
def test_synthetic_report_has_the_six_sections(folder: Path) -> None:
    heads = [p for p in _paragraphs(folder) if re.match(r"^[一二三四五六]、", p)]
    assert [h[0] for h in heads] == list("一二三四五六")


@pytest.mark.parametrize(("prior_dir", "folder"), PAIRS, ids=[p[1].name for p in PAIRS])
def test_2023_report_reuses_no_2022_paragraph_with_figures(prior_dir: Path, folder: Path) -> None:
    old = {p for p in _paragraphs(prior_dir) if re.search(r"\d", p) and len(p) > 15}
    reused = [p for p in _paragraphs(folder) if p in old and not re.fullmatch(r"\d{4}年\d+月\d+日", p)]
    assert reused == []


# -- the real sample -----------------------------------------------------------------------------


def test_jingzhou_data_reproduces_the_sample_tables() -> None:
    d = _data(JINGZHOU)
    e = d.finance.expenditure[0]
    assert (e.total, e.basic, e.project) == (Decimal("1209.14"), Decimal("708.61"), Decimal("500.53"))
    assert e.basic + e.project == e.total and e.personnel + e.public == e.basic
    assert d.finance.income[0].fiscal == Decimal("1209.14")
    assert d.finance.fixed_assets[0].total == Decimal("1534.99")
    assert d.finance.initial_budget == Decimal("987.68")


def test_jingzhou_data_reproduces_the_sample_sangong() -> None:
    sg = _data(JINGZHOU).sangong
    assert sg.actual.total == Decimal("7.5") == sg.actual.reception + sg.actual.vehicle_operation
    assert sg.budget is not None and sg.prior is not None
    assert (sg.budget.total, sg.budget.reception, sg.budget.vehicle_operation) == (Decimal("9.69"), Decimal("7.14"), Decimal("2.55"))
    assert (sg.prior.total, sg.prior.reception, sg.prior.vehicle_operation) == (Decimal("8.93"), Decimal("6.39"), Decimal("2.54"))


def test_jingzhou_data_reproduces_the_sample_profile_and_staffing() -> None:
    d = _data(JINGZHOU)
    assert (d.department.name, d.department.budget_code, d.department.level.value) == ("靖州县人力资源和社会保障局", "518", "县")
    assert len(d.department.organisation) == 8 and len(d.duties) == 13 and len(d.tasks) == 6
    assert (d.staffing.authorized, d.staffing.actual, d.staffing.retired) == (36, 40, 33)
    assert d.staffing.actual_by_kind == {"行政": 23, "工勤": 2, "事业": 15}
    assert str(d.report_date) == "2023-02-20"


def test_jingzhou_grade_is_left_blank_as_in_the_sample() -> None:
    d = _data(JINGZHOU)
    assert d.grade is None and d.self_score == Decimal(100)


def test_jingzhou_key_figures_keep_units_and_qualifiers() -> None:
    kf = {k.id: k for k in _data(JINGZHOU).key_figures}
    assert (kf["new_jobs"].value, kf["new_jobs"].unit.value) == (Decimal(2141), "人")
    assert (kf["urban_unemployment_rate"].value, kf["urban_unemployment_rate"].qualifier) == (Decimal("4.5"), "以内")
    assert (kf["insured_people"].value, kf["insured_people"].unit.value) == (Decimal(242700), "人")
    assert (kf["fund_collection"].value, kf["fund_collection"].unit.value) == (Decimal("2.15"), "亿元")
    assert kf["startup_loans"].value == Decimal(828) and kf["job_retention_subsidy"].value == Decimal("104.39")


def test_jingzhou_indicator_table_is_transcribed_row_by_row() -> None:
    inds = _data(JINGZHOU).indicators
    assert len(inds) == 17
    assert [i.level1 for i in inds].count("产出指标") == 13
    satisfaction = inds[-1]
    assert (satisfaction.actual_value, satisfaction.unit.value) == (Decimal(100), "%")


def test_jingzhou_prior_shares_boilerplate_but_not_the_year() -> None:
    report, prior = set(_paragraphs(JINGZHOU)), _paragraphs(JINGZHOU, "prior.txt")
    shared = [p for p in prior if p in report and len(p) > 40]
    assert len(shared) >= 5
    assert "2021年度" in prior[0] and not any("2022年新增就业" in p for p in prior)


# -- generated .docx -----------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ALL, ids=_ids(ALL))
def test_committed_docx_are_up_to_date_and_deterministic(folder: Path, tmp_path: Path) -> None:
    for name in ("report.txt", "prior.txt"):
        if not (folder / name).exists():
            continue
        copy = tmp_path / name
        copy.write_bytes((folder / name).read_bytes())
        assert build_one(copy).read_bytes() == (folder / name).with_suffix(".docx").read_bytes()


@pytest.mark.parametrize("folder", ALL, ids=_ids(ALL))
def test_tasks_and_key_figures_refer_to_each_other_by_existing_ids(folder: Path) -> None:
    d = _data(folder)
    task_ids, figure_ids = {t.id for t in d.tasks}, {k.id for k in d.key_figures}
    assert {f for t in d.tasks for f in t.figures} <= figure_ids
    assert {k.task for k in d.key_figures if k.task} <= task_ids
