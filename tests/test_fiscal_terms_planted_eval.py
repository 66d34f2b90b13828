"""The planted fiscal-term eval: one slip at a time in the fixed budget name a sentence holds, found before
(without the fiscal-term rule) and after; the unplanted sentences read for false alarms."""

import random

from evals.fiscal_terms_planted import HOWS, _plant, markdown
from evals.language_planted import _pools

SENTENCE = "本年度一般公共预算安排资金126.5万元。"


def test_each_plant_is_one_slip_of_its_shape_inside_the_name():
    rng, pools = random.Random(1), _pools()
    for how in HOWS:
        made = _plant(SENTENCE, how, rng, pools)
        if made is None:
            assert how in ("sound", "shape")  # the character drawn has no like one in the pools
            continue
        a, b, planted = made
        assert planted != SENTENCE and abs(len(planted) - len(SENTENCE)) <= 1
        assert planted[:a] == SENTENCE[:a] and planted[b:] == SENTENCE[a + 6:]  # only the name changed


def test_the_summary_gives_before_and_after_and_the_false_alarms():
    md = markdown({"invented": {"sentences": 2, "false_alarms": [], "misses": [],
                                "tally": {"drop_planted": 2, "drop_before": 0, "drop_after": 1}}})
    assert "| invented | 2 | 0 |" in md and "0→1 / 2" in md
