import re
from pathlib import Path

import pytest

from drafting.drafter import draft
from drafting.guard import verify
from drafting.loading import load_department

FIXTURES = sorted(Path(__file__).parent.parent.glob("fixtures/*/data.yaml"))


@pytest.fixture
def small_draft(small_data):
    return draft(small_data)


def _text(d) -> str:
    return "\n".join(b.text for b in d.report.blocks if b.kind != "table")


def test_sangong_savings_and_ratio_are_computed_exactly_and_rounded_half_up(small_draft):
    # 8.00 - 6.20 = 1.80; 1.80 / 8.00 = 22.50%
    assert "年初预算数8.00万元，节约1.80万元，节约比例22.50%" in _text(small_draft)


def test_year_on_year_wording_follows_the_data(small_draft):
    text = _text(small_draft)
    assert "较上年增加0.30万元，增长5.08%" in text       # 三公 total rose
    assert "公务接待费2.50万元" in text and "较上年减少0.30万元，下降10.71%" in text  # reception fell


def test_zero_items_are_written_as_no_expenditure(small_draft):
    assert "因公出国（境）费无支出" in _text(small_draft)
    assert "公务用车购置费无支出" in _text(small_draft)


def test_money_has_two_decimals_and_thousands_separators(small_draft):
    assert "全年支出合计1,520.40万元" in _text(small_draft)


def test_execution_rate_uses_the_adjusted_budget(small_draft):
    assert "预算执行率为95.03%" in _text(small_draft)  # 1520.40 / 1600


def test_a_missed_target_states_its_deviation_reason(small_draft):
    assert "实际完成96.5%，未达到预期目标，主要原因是部分项目受汛期影响推迟验收" in _text(small_draft)


def test_free_text_with_a_number_the_data_lacks_is_left_out_with_a_warning(small_draft):
    assert "项目验收合格率100%" not in _text(small_draft)
    assert any("100%" in w for w in small_draft.sidecar.warnings)


def test_no_stale_year_is_copied_from_the_data(small_draft):
    assert "2019" not in _text(small_draft)


def test_every_number_comes_from_the_fact_index(small_data, small_draft):
    assert verify(small_draft.report, small_data).failures == []
    assert small_draft.sidecar.unsupported == 0


def test_every_required_figure_is_present(small_draft):
    assert small_draft.sidecar.coverage.missing == []
    assert small_draft.sidecar.coverage.required > 10


def test_the_sidecar_gives_each_number_its_fact_path(small_draft):
    paths = {n.path for n in small_draft.sidecar.numbers}
    assert "sangong.savings_ratio.total" in paths


def test_the_form_part_has_income_expenditure_sangong_and_indicator_tables(small_draft):
    captions = [b.caption for b in small_draft.report.blocks if b.kind == "table"]
    assert len(captions) == 4 and any("三公" in c for c in captions)


def test_sangong_table_writes_decreases_in_words_not_with_a_minus_sign(small_draft):
    table = next(b for b in small_draft.report.blocks if b.kind == "table" and "三公" in b.caption)
    cells = [c for row in table.texts() for c in row]
    assert "减少0.30" in cells and not any(c.startswith("-") for c in cells)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.parent.name)
def test_fixture_drafts_have_no_unsupported_numbers_full_coverage_and_no_repeats(path):
    data = load_department(path)
    d = draft(data)
    assert verify(d.report, data).failures == []
    assert d.sidecar.coverage.missing == []
    paragraphs = [re.sub(r"\s", "", b.text) for b in d.report.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == len(set(paragraphs))
    years = {int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?=年)", _text(d))}
    assert years <= {data.year - 1, data.year, data.year + 1, data.year + 2}


def test_offline_drafting_makes_no_model_calls_and_writes_no_cache(small_data, tmp_path):
    d = draft(small_data, cache_dir=tmp_path / "cache")
    assert d.sidecar.model == "offline" and d.sidecar.tokens.total == 0
    assert not (tmp_path / "cache").exists()
