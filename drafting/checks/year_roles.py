"""Years a report names in a role other than its own year's: a deadline, and the year of works rewarded.

Why: the evaluated year is read from the body's statements of a year (``dates._body_votes``); a
"YYYY年度" or "YYYY年底" there counts as strong evidence. Two roles name a year without stating the
year the report covers, and a single strong vote from them can overrule the title:

- a deadline, 2021年底前完成 / 2021年12月底前: a target date set in a goal or a 时效指标, which may lie
  in any year the plan chose — it says when work was due, not which year was lived;
- the year of what is rewarded: an award or subsidy scheme pays, in one year, for the works or
  results of the year before (2020年度电视剧类…等111个项目予以支持; 2019年度优秀作品评选中获奖). The year
  qualifies the works, not the money or work of the report's year, so it is history.

Each stays a plain vote (weight 1), never a strong one. A year whose own clause names money
(2021年度奖补资金) stays the year's statement: that is the report's own funds.
"""

from __future__ import annotations

import re

__all__ = ["plain_year"]

_S = r"\s*"
# right after "YYYY年": 底前, 末之前, 12月底前, 年底以前
_DEADLINE = re.compile(_S + r"(?:年" + _S + r")?(?:(?:12|十二)" + _S + "月" + _S + r")?[底末]" + _S
                       + r"(?:之|以)?前")
# the sentence, to its full stop, rewards works or people (予以支持/奖励/扶持/表彰, 获奖, 评选, 评比)
_REWARDS = re.compile(r"予以(?:支持|奖励|奖补|扶持|表彰|资助)|获[^，。；;,]{0,6}?奖|评选|评比|表彰")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# the year's own clause (to its first comma or semicolon) names money: the report's own funds
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_MONEY = re.compile(r"资金|经费|预算|决算|支出|收入|拨款|补助|万元|亿元|元")


def _deadline(text: str, end: int) -> bool:
    return bool(_DEADLINE.match(text, end))


def _rewarded(text: str, end: int) -> bool:
    stop = _SENTENCE_END.search(text, end)
    sentence = text[end: stop.start() if stop else len(text)]
    clause_stop = _CLAUSE_END.search(text, end)
    clause = text[end: clause_stop.start() if clause_stop else len(text)]
    return bool(_REWARDS.search(sentence)) and not _MONEY.search(clause)


def plain_year(text: str, end: int) -> bool:
    """Whether the year ending at ``text[end]`` (just after its 年) is a deadline or the year of works
    rewarded: a plain statement of a year, never strong evidence of the evaluated one."""
    return _deadline(text, end) or _rewarded(text, end)
