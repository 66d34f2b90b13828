"""Review checks: each a pure function ``(report, ...) -> list[Finding]`` that never prints.

Arithmetic, redundancy and splices, cross-report boilerplate and de-duplication, claims, dates,
entities, structure, and the optional LLM judge.
May import: the core, ``io``, ``numbers``, ``llm`` and ``checks`` itself. Never ``draft``.
"""
