"""Drafting: the section registry, the offline drafter and its writer, the prompt chain with guard
and repair, and ``draft()``.

May import: the core, ``io``, ``numbers``, ``llm`` and ``draft`` itself. Never ``checks``.
"""
