"""Numbers in text and in data: extraction, Chinese numerals, facts derived from the data, text
normalisation and sentence spans, and the number guard (matching, binding, years).

May import: the core and ``numbers`` itself. Never ``io``, ``llm``, ``checks`` or ``draft``.
"""

from .extract import Mention, MentionKind, Qualifier, extract

__all__ = ["Mention", "MentionKind", "Qualifier", "extract"]
