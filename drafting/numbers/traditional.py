"""Traditional characters read as simplified, one character for one, so offsets stay put.

Why: some government sites publish a traditional-character view of a report (南縣婦女聯合會…報告),
and copies of that view reach reviewers. The checks' patterns are written in simplified characters;
a report read through this fold is checked like its simplified original, and every finding still
quotes the text as written (same offsets). Only characters of the budget-report vocabulary are
listed (levels and units, money, years, report words); any other character is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["fold_traditional", "has_traditional"]

_TRADITIONAL = ("縣區鎮鄉級門單會聯協屬機關廳處務辦黨員職預決資財撥費經項實際計劃為達萬億總額數結轉餘報績評價與較"
                "產場間個兩戶畝噸車據對這們發開應標準進過還將從後當時歲來見說請議證層幣補貼獎勵強現歸體係統於點絕專導"
                "設歷審執節約滿獲護醫療學園續銷樣條種類雙圓豐農業險檔維權環傳邊廣衛鄰殘兒婦態貧災勞動稅驗測識調蓋況")
_SIMPLIFIED = ("县区镇乡级门单会联协属机关厅处务办党员职预决资财拨费经项实际计划为达万亿总额数结转余报绩评价与较"
               "产场间个两户亩吨车据对这们发开应标准进过还将从后当时岁来见说请议证层币补贴奖励强现归体系统于点绝专导"
               "设历审执节约满获护医疗学园续销样条种类双圆丰农业险档维权环传边广卫邻残儿妇态贫灾劳动税验测识调盖况")
_TABLE = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


_LISTED = frozenset(_TRADITIONAL)
# one class of them all, searched for in C: a set's ``isdisjoint`` makes a new object of each Chinese
# character it reads and hashes it (the sample's texts read so took 2.7 ms, searched so 0.4)
_FOUND = re.compile(f"[{_TRADITIONAL}]")


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds any listed traditional character (told in one pass in C, stopping at
    the first: far cheaper than folding a text to see whether it changes)."""
    return _FOUND.search(text) is not None


def fold_traditional(text: str) -> str:
    """``text`` with the listed traditional characters written simplified (same length)."""
    return text.translate(_TABLE)
