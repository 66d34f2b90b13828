"""An indicator's direction (正向/反向) and its comparator (≥/≤) must point the same way."""

import pytest

from drafting.checks.directions import check_directions
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string


def _form(*rows: list[str]) -> str:
    """An indicator block copied from a web page: one cell per line, ending in |."""
    return "\n".join(c + " |" for row in rows for c in row) + "\n"


@pytest.mark.parametrize("direction, comparator", [("正向", "小于等于"), ("反向", "大于等于"), ("正向指标", "≤")])
def test_a_direction_and_comparator_that_disagree_are_flagged(direction, comparator):
    text = _form(["指标1:宣传美工制作个数(个)", direction, comparator, "1", "1", "个", "7", "7"])
    [f] = check_directions(read_text_string(text))
    assert f.quote == comparator and f.kind == Kind.UNSUPPORTED_CLAIM and [r.quote for r in f.related] == [direction]


def test_directions_that_agree_are_fine():
    text = _form(["指标1:租车次数(次)", "正向", "大于等于", "1", "1", "次", "8", "8"],
                 ["指标2:投诉次数(次)", "反向", "小于等于", "2", "0", "次", "7", "7"])
    assert check_directions(read_text_string(text)) == []
