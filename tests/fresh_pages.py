"""Helpers shared by the tests of the fresh pages' shapes (``test_s79_fresh_pages``, ``test_s80_fresh_pages``): a
body under a report's title and opening heading, reviewed as the reader takes it, and one rule's findings read."""

from __future__ import annotations

from collections.abc import Callable

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.review import review

Read = Callable[..., list[str]]


def of_rule(title: str, body: str, rule: str) -> list[Finding]:
    """The findings of ``rule`` on ``body`` under ``title``."""
    return [f for f in review(read_text_string(title + body + "\n")).findings if f.rule == rule]


def under(default_title: str) -> tuple[Read, Read]:
    """(quotes, messages) of one rule's findings on a body, under ``default_title`` unless a test gives its own."""
    def quotes(body: str, rule: str, title: str = default_title) -> list[str]:
        return [f.location.quote for f in of_rule(title, body, rule)]

    def messages(body: str, rule: str, title: str = default_title) -> list[str]:
        return [f.message for f in of_rule(title, body, rule)]

    return quotes, messages
