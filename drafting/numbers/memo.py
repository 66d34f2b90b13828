"""A memo that exists only inside a block: a review's checks share work (a text's figures, its
sentences, a report's segments) while it runs, and the memory goes when the block ends.

Why one helper: three caches of the review follow the same lifetime rule; a nested block shares
the outer one, so a check can open its own block whether or not the review already did.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

__all__ = ["BlockMemo"]

K = TypeVar("K")
V = TypeVar("V")


class BlockMemo(Generic[K, V]):
    """``table`` is a dict inside ``with memo.held():`` and None outside it."""

    def __init__(self) -> None:
        self.table: dict[K, V] | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        if self.table is not None:  # an outer block holds it already
            yield
            return
        self.table = {}
        try:
            yield
        finally:
            self.table = None
