"""What the sample's review does less of since session 44 (issue 14: start-up and CPU), each with the
same findings: an index asked for a key it does not hold gains no entry, and a phrase pattern no
phrase can ask for is not made."""

from __future__ import annotations

import pytest

from drafting.checks.own_phrases import _phrases
from drafting.checks.segments import _seed_index
from drafting.numbers.textnorm import normalize


def test_the_seed_index_asked_for_a_seed_it_does_not_hold_gains_no_entry():
    norms = [normalize("资金及时拨付到位并按时完成任务"), normalize("项目资金及时拨付到位")]
    index = _seed_index(norms)
    before = dict(index)
    with pytest.raises(KeyError):
        index["不在其中的字"]
    assert "不在其中的字" not in index and dict(index) == before
    assert index["金及时拨付到"] == [0 << 32 | 1, 1 << 32 | 3]  # a shared seed: both places, in text order


def test_a_phrase_pattern_is_made_only_where_a_phrase_written_once_can_ask_for_it():
    whole = "资金及时拨付到位。资金及时拨付到位。项目计时拨付。"
    runs = ["资金及时拨付到位", "项目计时拨付"]
    patterns, once = _phrases(whole, runs)
    assert "计时拨付" in once
    # 计时拨付 keeps the second half of 及时拨付: the patterns changed in its first half are asked for
    assert patterns["及?拨付"] == ["及时拨付"] and patterns["?时拨付"] == ["及时拨付"]
    # no phrase written once starts with 及时: a pattern changed in the second half asks for nothing
    assert "及时?付" not in patterns and "及时拨?" not in patterns
