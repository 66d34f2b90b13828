"""Where a sentence sum's quote opens: at the total's name, not its bare figure.

Part of the sentence sums (see ``prose``). Why: the figure alone (25人，其中：…) does not say which total
the parts fail to make, and a reader marks the claim as it is written, name and figure together
(在职人员总数25人); a short count's figure shares no four letters with that mark. The name is taken only
where it stands right before the figure, with at most the words that join them (为, 共, 达, a colon),
so the quote never reaches back over another figure or clause.
"""

from __future__ import annotations

import re

__all__ = ["named_start"]

_JOIN = re.compile(r"[\s“”\"'‘’「」:：]*(?:为|是|达到|达|共计|合计|总计|共有|共|有|了)*[\s“”\"'‘’「」:：]*")


def named_start(text: str, start: int, name: str) -> int:
    """The offset the quote of the total at ``start`` opens at: its ``name``'s first letter when the name
    stands right before the figure, joined to it by no more than ``_JOIN``; else ``start``."""
    if len(name) < 2:
        return start
    pos = text.rfind(name, max(0, start - len(name) - 8), start)
    if pos < 0 or not _JOIN.fullmatch(text, pos + len(name), start):
        return start
    return pos
