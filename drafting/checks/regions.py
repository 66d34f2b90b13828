"""China's administrative regions by name (``data/regions.txt``: the 民政部 division codes of 2020, by way of cpca's
data file): 资兴市, 腾冲市, 雨花区 — places jieba's dictionary does not know, which a report names as readily."""

from __future__ import annotations

from functools import cache

from .lexicon import DATA

__all__ = ["is_region"]


@cache
def _names() -> frozenset[str]:
    lines = (DATA / "regions.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[1] for line in lines if line and not line.startswith("#"))


def is_region(name: str) -> bool:
    """Whether ``name`` (its level included: 资兴市) is a region of the levels 县, 市, 区 or 旗."""
    return name in _names()
