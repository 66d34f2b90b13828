import re
from pathlib import Path

import pytest

from drafting.draft.drafter import draft
from drafting.io.loading import load_department
from drafting.numbers.guard import verify

FIXTURES = sorted(Path(__file__).parent.parent.glob("fixtures/*/data.yaml"))


@pytest.fixture
def small_draft(small_data):
    return draft(small_data)


def _text(d) -> str:
    return "\n".join(b.text for b in d.report.blocks if b.kind != "table")


def test_sangong_savings_and_ratio_are_computed_exactly_and_rounded_half_up(small_draft):
    # 8.00 - 6.20 = 1.80; 1.80 / 8.00 = 22.50%
    assert "预算数8.00万元，节约1.80万元，节约比例22.50%" in _text(small_draft)


def test_year_on_year_wording_follows_the_data(small_draft):
    text = _text(small_draft)
    assert re.search(r"(?:较上年|相比，|比上年)增加0\.30万元，增长5\.08%", text)  # 三公 total rose
    assert "公务接待费2.50万元" in text and "较上年减少0.30万元，下降10.71%" in text  # reception fell


def test_zero_items_are_written_as_no_expenditure(small_draft):
    assert "因公出国（境）费无支出" in _text(small_draft)
    assert "公务用车购置费无支出" in _text(small_draft)


def test_money_has_two_decimals_and_no_thousands_separators_as_in_gongwen_prose(small_draft):
    text = _text(small_draft)
    assert re.search(r"全年(?:支出合计|共支出)1520\.40万元", text) and "1,520.40" not in text


def test_execution_rate_uses_the_adjusted_budget(small_draft):
    assert re.search(r"预算执行率为?95\.03%", _text(small_draft))  # 1520.40 / 1600


def test_a_missed_target_states_its_deviation_reason(small_draft):
    assert "实际完成96.5%，未达到目标，主要原因是部分项目受汛期影响推迟验收" in _text(small_draft)


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
    paragraphs = [re.sub(r"\s", "", b.text) for b in d.report.blocks if b.kind == "paragraph" and b.style is None]
    assert len(paragraphs) == len(set(paragraphs))
    years = {int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?=年)", _text(d))}
    assert years <= {data.year - 1, data.year, data.year + 1, data.year + 2}


def test_offline_drafting_makes_no_model_calls_and_writes_no_cache(small_data, tmp_path):
    d = draft(small_data, cache_dir=tmp_path / "cache")
    assert d.sidecar.model == "offline" and d.sidecar.tokens.total == 0
    assert not (tmp_path / "cache").exists()


# -- reads like a report: each figure once, no repeated paragraphs, nothing copied from last year ----

ANHUA_2023 = Path(__file__).parent.parent / "fixtures/anhua-edu-2023/data.yaml"
JINGZHOU = Path(__file__).parent.parent / "fixtures/jingzhou-hrss-2022/data.yaml"


def _task_paragraphs(d) -> list[str]:
    blocks = [b for b in d.report.blocks if b.kind != "table"]
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("（一）年度主要任务完成情况"))
    out = []
    for b in blocks[start + 1 :]:
        if b.kind != "paragraph":
            break
        out.append(b.text)
    return out


def test_the_year_on_year_comparison_is_folded_into_the_achievement_that_states_the_figure():
    text = _text(draft(load_department(ANHUA_2023)))
    assert "学前三年毛入园率达到92.05%，较上年（91.36%）提高0.69个百分点" in text
    assert "上年学前三年毛入园率为" not in text


def test_one_metric_is_written_in_one_unit_style_within_a_paragraph():
    paragraphs = _task_paragraphs(draft(load_department(ANHUA_2023)))
    nutrition = next(p for p in paragraphs if "营养改善计划" in p)
    assert "7.786万人" in nutrition and "77860" not in nutrition
    assert "较上年（7.93万人）减少0.144万人" in nutrition


def test_the_duties_lead_in_states_no_invented_role():
    text = _text(draft(load_department(ANHUA_2023)))
    assert "主管相关工作" not in text and "政府组成部门" not in text
    assert "安化县教育局的主要职责是：" in text


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.parent.name)
def test_no_key_figure_is_written_twice_in_its_task_paragraph(path):
    from drafting.numbers.extract import extract
    from drafting.quantities import Quantity

    data = load_department(path)
    paragraphs = _task_paragraphs(draft(data))
    for n, task in enumerate(data.tasks):
        figures = [k for k in data.key_figures if k.task == task.id]
        mentions = [m for m in extract(paragraphs[n]) if m.is_claim]
        for k in figures:
            if sum(1 for j in figures if j.value == k.value and j.unit == k.unit) > 1:
                continue  # several figures share the value (100%): each is stated once, so the value repeats
            same = [m for m in mentions if Quantity(value=k.value, unit=k.unit).in_unit(m.unit) == m.value]
            assert len(same) <= 1, f"{task.id} {k.name}: {[m.text for m in same]}"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.parent.name)
def test_fixture_drafts_pass_jixiao_review_with_no_repeated_paragraph_and_no_error(path):
    from drafting.review import review

    data = load_department(path)
    d = draft(data)
    findings = review(d.report, data=data).findings
    assert [f.location.label for f in findings if f.kind.value == "duplicate_paragraph"] == []
    assert [f.message for f in findings if f.severity.value == "error"] == []
    assert verify(d.report, data).failures == []


@pytest.mark.parametrize("path", [p for p in FIXTURES if (p.parent / "prior.txt").exists()],
                         ids=lambda p: p.parent.name)
def test_drafts_with_last_years_report_copy_no_paragraph_of_it(path):
    from drafting.io.reading import read_report
    from drafting.review import review

    data = load_department(path)
    prior = read_report(path.parent / "prior.txt")
    d = draft(data, prior=prior)
    findings = review(d.report, data=data, prior=prior).findings
    copied = [f for f in findings if f.kind.value == "copied_from_prior_year" and f.severity.value != "info"]
    assert copied == []
    assert verify(d.report, data).failures == [] and d.sidecar.coverage.missing == []


def test_indicator_evidence_the_text_already_gives_is_referred_to_not_repeated():
    d = draft(load_department(JINGZHOU))
    table = next(b for b in d.report.blocks if b.kind == "table" and (b.caption or "").endswith("绩效指标完成情况"))
    actual = [row[4] for row in table.texts()[1:]]
    assert "详见报告正文三（一）第5项" in actual  # 社保基金疑点数据: all of it is task 5's text
    assert not any(c.startswith("2022年新增就业2141人") for c in actual)


def test_a_target_cell_that_only_repeats_the_indicator_name_says_no_target_was_set():
    d = draft(load_department(JINGZHOU))
    table = next(b for b in d.report.blocks if b.kind == "table" and (b.caption or "").endswith("绩效指标完成情况"))
    assert all(row[3] == "未设置量化目标值" for row in table.texts()[1:])


def test_offline_drafts_are_deterministic():
    data = load_department(JINGZHOU)
    assert _text(draft(data)) == _text(draft(data))


def test_a_warning_quoting_last_years_words_never_cuts_a_number():
    """“…覆盖率达到88”与上年报告基本相同” stated a figure neither report has (88.2%): a cut quote ends
    with … after the whole number, as every other quote of jixiao does (``report.clip``)."""
    from drafting.io.reading import read_report

    root = Path(__file__).parent.parent / "fixtures" / "anhua-edu-2023"
    d = draft(load_department(root / "data.yaml"), prior=read_report(root / "prior.docx"))
    quotes = [q for w in d.sidecar.warnings for q in re.findall(r"的表述“(.*?)”与上年报告", w)]
    assert len(quotes) >= 2
    for q in quotes:
        assert q.endswith("…") or len(q) <= 30, q
        assert not re.search(r"\d$", q), q
