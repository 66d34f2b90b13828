"""A mention's kind decides whether it is a claim, read through constants the hot paths share
(``numbers.extract``): an enum class's attribute read costs a hook call each, and the review of the
sample made 19,000 of them."""

from __future__ import annotations

import sys
from decimal import Decimal

from drafting.numbers.extract import Mention, MentionKind, Qualifier

extract = sys.modules["drafting.numbers.extract"]  # the module (the package's ``extract`` is its function)


def _mention(kind: MentionKind) -> Mention:
    return Mention(start=0, end=1, text="1", value=Decimal(1), kind=kind)


def test_years_dates_and_markers_are_no_claims_and_every_other_kind_is_one():
    assert extract.NOT_CLAIMS == {MentionKind.NOT_A_CLAIM, MentionKind.YEAR, MentionKind.DATE}
    for kind in MentionKind:
        assert _mention(kind).is_claim is (kind not in (MentionKind.NOT_A_CLAIM, MentionKind.YEAR, MentionKind.DATE))


def test_the_shared_constants_are_the_members_themselves():
    assert (extract.AMOUNT, extract.PERCENT, extract.COUNT, extract.NUMBER, extract.NOT_A_CLAIM) == (
        MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.COUNT, MentionKind.NUMBER, MentionKind.NOT_A_CLAIM)
    assert extract.EXACT is Qualifier.EXACT and extract.AMOUNT is MentionKind.AMOUNT


def test_figures_found_in_text_keep_their_kinds():
    found = {m.text: (m.kind, m.qualifier, m.is_claim) for m in extract.extract("2022年支出35万元，完成98%，共7000余个")}
    assert found["2022年"][0] is MentionKind.YEAR and not found["2022年"][2]
    assert found["35万元"] == (MentionKind.AMOUNT, Qualifier.EXACT, True)
    assert found["98%"][0] is MentionKind.PERCENT and found["98%"][2]
