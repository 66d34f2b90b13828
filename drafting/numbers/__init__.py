"""Numbers in text and in data: extraction (``extract``), Chinese numerals (``chinese``), facts
derived from the data (``facts``; what a fact is and how it is looked up: ``factindex``), text
normalisation (``textnorm``), sentence spans (``sentences``), and the number guard (``guard``:
matching, binding, years).

May import: the core and ``numbers`` itself. Never ``io``, ``llm``, ``checks`` or ``draft``.
"""

from .extract import Mention, MentionKind, Qualifier, extract

__all__ = ["Mention", "MentionKind", "Qualifier", "extract"]
