"""The guard binds a number to the comparison its clause claims: base (预算/上年/目标) and direction.

The two cases of issue 11 are reproduced on a fixture department whose 三公 figures are set to the
issue's: 公务用车运维费 rose 0.45万元 (7.03%) on last year, and 公务接待费 fell 7.43% on last year
while its savings ratio against the budget is 13.60%.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.cli import main
from drafting.io.loading import load_department
from drafting.numbers.facts import build_facts
from drafting.numbers.guard import GuardedText, Verdict, verify
from drafting.numbers.guard.comparison import read_claim

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "pingjiang-agri-2023" / "data.yaml"
# 运维费 6.40 → 6.85 (增加0.45万元, 增长7.03%); 接待费 7.00 → 6.48 (减少0.52万元, 下降7.43%), budget 7.50
# (节约1.02万元, 节约比例13.60%). Totals kept equal to the sum of their items.
_ISSUE_SANGONG = {
    "actual: {total: 15.37, reception: 6.52, vehicle_operation: 8.85,": "actual: {total: 13.33, reception: 6.48, vehicle_operation: 6.85,",
    "budget: {total: 17.00, reception: 7.50, vehicle_operation: 9.50,": "budget: {total: 15.00, reception: 7.50, vehicle_operation: 7.50,",
    "prior: {total: 16.84, reception: 7.26, vehicle_operation: 9.58,": "prior: {total: 13.40, reception: 7.00, vehicle_operation: 6.40,",
}
FLIPPED = "公务用车运维费6.85万元，比上年减少0.45万元，下降7.03%。"
MISPLACED = "公务接待费6.48万元，节约1.02万元，节约比例7.43%。"


@pytest.fixture(scope="module")
def issue_data(tmp_path_factory) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    for old, new in _ISSUE_SANGONG.items():
        assert old in text
        text = text.replace(old, new)
    path = tmp_path_factory.mktemp("issue11") / "data.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def checks(text: str, data: Path):
    return {c.mention.text: c for c in verify(text, load_department(data)).checks if c.mention.is_claim}


# -- the two cases of the issue, through verify -------------------------------------------------


def test_a_flipped_direction_is_contradicted_with_the_right_wording(issue_data):
    got = checks(FLIPPED, issue_data)
    assert got["6.85万元"].verdict is Verdict.SUPPORTED
    amount, ratio = got["0.45万元"], got["7.03%"]
    assert amount.verdict is ratio.verdict is Verdict.CONTRADICTED
    assert amount.correction == "增加0.45万元" and ratio.correction == "增长7.03%"
    assert "应为增加0.45万元" in amount.message and "增加0.45万元、增长7.03%" in amount.message
    assert amount.fact.path == "sangong.change.vehicle_operation"


def test_a_true_figure_in_the_wrong_place_is_contradicted_naming_its_metric(issue_data):
    got = checks(MISPLACED, issue_data)
    assert got["6.48万元"].verdict is got["1.02万元"].verdict is Verdict.SUPPORTED
    c = got["7.43%"]
    assert c.verdict is Verdict.CONTRADICTED
    assert "sangong.change_ratio.reception" in c.message and "同比变化" in c.message and "不是" in c.message
    assert c.fact.path == "sangong.savings_ratio.reception" and c.correction == "13.60%"
    assert [f.path for f in c.nearest] == ["sangong.savings_ratio.reception"]  # the repair hint's one value


def test_the_correct_sentences_stay_supported(issue_data):
    text = "公务用车运维费6.85万元，比上年增加0.45万元，增长7.03%。公务接待费6.48万元，节约1.02万元，节约比例13.60%，比上年下降7.43%。"
    assert verify(text, load_department(issue_data)).ok


def test_repair_lines_give_one_value_per_failing_number(issue_data):
    facts = build_facts(load_department(issue_data))
    with pytest.raises(ValueError) as exc:
        GuardedText.model_validate({"text": FLIPPED + MISPLACED}, context={"facts": facts})
    lines = [ln for ln in str(exc.value).splitlines() if ln.startswith("第")]
    assert len(lines) == 3
    assert all(ln.count("应为") == 1 for ln in lines)


# -- and through the CLI: verify and review --data ---------------------------------------------


def test_cli_verify_contradicts_both_cases(issue_data, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(FLIPPED + "\n" + MISPLACED + "\n", encoding="utf-8")
    out = tmp_path / "v.json"
    assert main(["verify", str(report), "--data", str(issue_data), "--format", "json", "-o", str(out)]) == 1
    got = {c["mention"]["text"]: c for c in json.loads(out.read_text(encoding="utf-8"))["checks"]}
    assert {t: got[t]["verdict"] for t in ("0.45万元", "7.03%", "7.43%")} == dict.fromkeys(("0.45万元", "7.03%", "7.43%"),
                                                                                           "contradicted")
    assert got["0.45万元"]["correction"] == "增加0.45万元" and got["7.43%"]["correction"] == "13.60%"


def test_cli_review_with_data_reports_both_with_the_correction(issue_data, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(FLIPPED + "\n" + MISPLACED + "\n", encoding="utf-8")
    out = tmp_path / "review.json"
    assert main(["review", str(report), "--data", str(issue_data), "--format", "json", "-o", str(out)]) == 1
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    by_quote = {f["location"]["quote"]: f for f in findings if f["kind"] == "number_contradicted"}
    assert by_quote["0.45万元"]["suggestion"] == "改为 增加0.45万元"
    assert by_quote["7.03%"]["suggestion"] == "改为 增长7.03%"
    assert by_quote["7.43%"]["suggestion"] == "改为 13.60%"
    assert "同比变化" in by_quote["7.43%"]["evidence"]


# -- what a clause claims -----------------------------------------------------------------------


@pytest.mark.parametrize(("clause", "base", "direction"), [
    ("比上年减少", "prior", "down"),
    ("较预算节约", "budget", "down"),
    ("节约比例", "budget", "down"),
    ("比上年节约", "prior", "down"),  # an explicit base outranks the budget 节约 implies
    ("超出目标", "target", "up"),
    ("增长", None, "up"),
    ("比上年", "prior", None),
])
def test_a_clause_claims_a_base_and_a_direction(clause, base, direction):
    claim = read_claim(clause)
    assert claim is not None and (claim.base, claim.direction) == (base, direction)


@pytest.mark.parametrize("clause", ["补助标准由84元提高到", "公务接待费", "占支出合计的"])
def test_a_level_a_name_or_a_share_claims_no_comparison(clause):
    assert read_claim(clause) is None


def test_a_figure_raised_from_last_years_value_is_not_called_stale():
    data = load_department(ROOT / "fixtures" / "liuyang-health-2023" / "data.yaml")
    assert verify("基本公共卫生服务人均补助标准由84元提高到89元。", data).ok


def test_a_share_is_bound_to_its_part():
    data = load_department(FIXTURE)
    got = {c.mention.text: c for c in verify("项目支出占支出合计的23.72%。", data).checks if c.mention.is_claim}
    assert got["23.72%"].verdict is Verdict.CONTRADICTED and got["23.72%"].fact.path.endswith("share.project")
    assert verify("其中基本支出3012.77万元，占支出合计的23.72%；项目支出9688.62万元，占76.28%。", data).ok


def test_the_wrong_base_is_contradicted_with_the_claimed_comparison():
    data = load_department(FIXTURE)
    got = {c.mention.text: c for c in verify("粮食播种面积比上年增加2200亩。", data).checks if c.mention.is_claim}
    c = got["2200亩"]
    assert c.verdict is Verdict.CONTRADICTED and c.fact.path == "key_figures.grain_area.change"


@pytest.mark.parametrize("text", ["公务接待费7.26万元。", "三公经费节约比例8.73%。", "三公经费比预算减少1.47万元。",
                                  "公务接待费8.85万元，公务用车运维费6.52万元。", "三公经费15.73万元，比上年增加1.47万元。"])
def test_a_contradicted_number_proposes_exactly_its_correction(text):
    failures = verify(text, load_department(FIXTURE)).failures
    assert failures and all(c.verdict is Verdict.CONTRADICTED for c in failures)
    assert all(c.fact is not None and c.nearest == [c.fact] and c.message.count("应为") == 1 for c in failures)


# -- shortfalls against a target (issue 12): 差140人，0.18% -------------------------------------------
# anhua-edu-2023: 营养改善计划受益学生 target 78000, actual 77860 (140 short, 0.18% of the target);
# 公开招聘教师 target 230, actual 236 (6 over, 2.61%).
ANHUA = ROOT / "fixtures" / "anhua-edu-2023" / "data.yaml"


def _verdicts(text: str) -> list[tuple[str, str, str | None]]:
    result = verify(text, load_department(ANHUA))
    return [(c.mention.text, c.verdict.value, c.fact.path if c.fact else None) for c in result.checks]


@pytest.mark.parametrize("sentence", [
    "营养改善计划受益学生目标7.8万人，实际完成77860人，差140人，0.18%。",
    "营养改善计划受益学生低于目标140人，未完成比例为0.18%。",
    "营养改善计划受益学生未达到目标值，缺口140人，占目标的0.18%。",
])
def test_a_shortfall_and_its_share_of_the_target_are_supported(sentence):
    found = dict((text, (verdict, path)) for text, verdict, path in _verdicts(sentence))
    assert found["140人"] == ("supported", "indicators[2].vs_target")
    assert found["0.18%"] == ("supported", "indicators[2].vs_target_ratio")


def test_an_excess_over_the_target_and_its_share_are_supported():
    assert _verdicts("公开招聘教师236名，超出目标6名，超出2.61%。")[1:] == [
        ("6名", "supported", "indicators[5].vs_target"), ("2.61%", "supported", "indicators[5].vs_target_ratio")]


def test_a_wrong_share_of_the_shortfall_is_not_supported():
    assert _verdicts("营养改善计划受益学生比目标少140人，差0.19%。")[1][1] != "supported"


def test_an_excess_written_as_a_shortfall_is_contradicted():
    assert ("6名", "contradicted", "indicators[5].vs_target") in _verdicts("公开招聘教师236名，比目标少6名。")
    assert ("140人", "contradicted", "indicators[2].vs_target") in _verdicts("营养改善计划受益学生比目标多140人。")


def test_a_gap_without_direction_claims_none():
    assert read_claim("与目标相差") == ("target", None, "")
    assert read_claim("差") is not None and read_claim("差").direction == "down"
