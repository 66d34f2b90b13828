"""Start-up (issue 14): the models a review of a text makes without pydantic's validation (a figure's
``Mention``, a ``Sentence``) or not at all (``Quantity``) are not built while the modules load; they
are built, and validate as before, the first time something asks pydantic for them."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from drafting.numbers.extract import Mention, extract
from drafting.numbers.sentences import Sentence
from drafting.quantities import Quantity, Unit

_DEFERRED = ("drafting.numbers.extract.Mention", "drafting.numbers.sentences.Sentence", "drafting.quantities.Quantity")


def test_a_review_of_a_text_builds_none_of_the_deferred_models(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("一、基本情况\n全年支出资金120万元，完成率98%，惠及2141人。\n二、问题\n资金拨付较慢。\n", encoding="utf-8")
    code = ("import importlib, sys; from drafting.io.reading import read_report; from drafting.review import review; "
            f"review(read_report({str(report)!r})); "
            "print([getattr(importlib.import_module(m), c).__pydantic_complete__ "
            f"for m, _, c in (p.rpartition('.') for p in {_DEFERRED!r})])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip() == "[False, False, False]"


def test_the_deferred_models_validate_and_dump_as_before():
    assert Quantity(value="1.50", unit="万元") == Quantity(value=Decimal("1.50"), unit=Unit.WAN_YUAN)
    with pytest.raises(ValueError):
        Quantity(value="一点五")
    assert Sentence(start=0, end=2, text="好。").model_dump() == {"start": 0, "end": 2, "text": "好。"}
    (m,) = extract("惠及2141人")
    assert Mention.model_validate(m.model_dump()) == m
