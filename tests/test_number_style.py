"""One number style per report: the indicator table writes figures as the prose does, with no
thousands separators, even where the officer typed them (fixtures/scratch/NOTES.md, stumble 14)."""

import re
from decimal import Decimal

from drafting.draft.drafter import draft
from drafting.draft.tables import one_style


def _grouped_cells(d) -> list[str]:
    return [c.text for b in d.report.blocks if b.kind == "table" for row in b.rows for c in row
            if re.search(r"\d,\d{3}", c.text)]


def test_an_indicator_typed_with_separators_is_tabled_without_them(small_data):
    ind = small_data.indicators[0].model_copy(update={"target": "≥10,000亩", "actual": "12,000亩"})
    data = small_data.model_copy(update={"indicators": [ind, *small_data.indicators[1:]]})
    assert ind.actual_value == Decimal(12000)
    d = draft(data)
    assert _grouped_cells(d) == []
    cells = [c.text for b in d.report.blocks if b.kind == "table" for row in b.rows for c in row]
    assert "≥10000亩" in cells and "12000亩" in cells


def test_only_grouped_digits_lose_their_commas():
    assert one_style("完成抽检2,512批次，目标≥1,200,000元") == "完成抽检2512批次，目标≥1200000元"
    assert one_style("第1,2项") == "第1,2项"          # a list, not a grouped number
    assert one_style("12,34") == "12,34"
    assert one_style("3.1,415") == "3.1,415"        # not a well-formed grouped figure: left as typed
