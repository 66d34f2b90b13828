"""The hand-written guard benchmark (evals/guard_hand) holds the targets of issue 11 and stays hand-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.bench_guard_hand import FALSE_ALARM_TARGET, HELD_OUT, RECALL_TARGET, load_cases, run


def test_the_hand_set_has_at_least_80_sentences_for_two_departments():
    cases = load_cases()
    assert len(cases) >= 80 and len({c.fixture for c in cases}) == 2
    kinds = {c.kind for c in cases}
    assert {"correct", "flipped", "swapped", "wrong_base", "rounded", "bad_rounding", "scale", "wrong_scale",
            "approx", "wrong_approx"} <= kinds


def test_a_wrong_number_must_be_written_once_as_a_whole_number(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "fixture: pingjiang-agri-2023\ncases:\n  - {kind: flipped, text: 运维费10.87万元，减少0.87万元，减少0.87万元。,"
        " wrong: {\"0.87万元\": null}}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"0\.87万元"):
        load_cases(Path(tmp_path))


@pytest.mark.parametrize("held_out", [False, True], ids=["hand set", "held-out set"])
def test_the_guard_meets_the_targets(held_out):
    r = run(HELD_OUT) if held_out else run()
    assert r["recall"] >= RECALL_TARGET, r["misses"]
    assert r["false_alarm_rate"] <= FALSE_ALARM_TARGET, r["false_alarm_list"]
