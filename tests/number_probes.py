"""The harness of the number probes (``tests/test_number_probes*.py``): invented texts, each written
right (no number finding) and with one planted defect (one finding of the rule that owns it), and
layouts left alone on purpose (no number finding). Each probe module lists its cases and takes its
three tests from ``probe_tests``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review


def number_rules(head: str, text: str) -> list[str]:
    """The rules of the arithmetic findings on ``text`` under the report's title and first heading."""
    return [f.rule for f in review(read_text_string(head + text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH]


def probe_tests(head: str, cases: list[tuple[str, str, str, str]],
                left: list[tuple[str, str]]) -> tuple[Callable[..., None], ...]:
    """The right version silent, the planted one found by its rule, each left layout silent."""

    @pytest.mark.parametrize(("layout", "right", "wrong", "rule"), cases, ids=[c[0] for c in cases])
    def right_is_silent(layout: str, right: str, wrong: str, rule: str) -> None:
        assert number_rules(head, right) == [], layout

    @pytest.mark.parametrize(("layout", "right", "wrong", "rule"), cases, ids=[c[0] for c in cases])
    def planted_is_found(layout: str, right: str, wrong: str, rule: str) -> None:
        assert number_rules(head, wrong) == [rule], layout

    @pytest.mark.parametrize(("layout", "text"), left, ids=[c[0] for c in left])
    def left_is_silent(layout: str, text: str) -> None:
        assert number_rules(head, text) == [], layout

    return right_is_silent, planted_is_found, left_is_silent
