"""Another unit's name left in a sentence, planted into the real corpus (see ``evals.real_planted``).

Why: issue 9 lists "other units' names … that do not belong" among what must generalise. A unit drafts
its report from a neighbour's (the same bureau of the next county) and replaces its name everywhere but
once. The planter takes one body sentence that names the report's own unit in full (region and bureau,
as its title does) and gives the bureau another region of the same level (泸西县民政局 → 弥勒县民政局):
only a sentence, never the title, and only where the text names its unit in full twice or more, so a
reader knows whose report it is.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.real_planted import Plant

HAN = "\u4e00-\u9fff"
# a bureau under its region: 泸西县 · 民政局 (the region's own name two to four characters and its level)
BUREAU = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,4}}?)([县市区旗])([{HAN}]{{2,10}}?(?:局|委员会|办公室|中心|院|馆))")
# neighbours' names to give a bureau, by level; none of the corpus's own
OTHERS = {"县": ("弥勒", "石屏", "宜良", "富源", "隆回", "桃江"), "市": ("安宁", "宣威", "冷水江", "资兴"),
          "区": ("盘龙", "西山", "雨花", "岳麓"), "旗": ("达拉特", "杭锦")}


def _cited(text: str, at: int) -> bool:
    """Inside a cited document's title (《…》, <…>), whose issuer may be any unit: no defect to plant."""
    return any(text.rfind(o, 0, at) > text.rfind(c, 0, at) for o, c in ("《》", "<>", "〈〉"))


def plant_other_unit(text: str, rng: random.Random) -> Plant | None:
    """The report's own unit named with another region in one body sentence (泸西县民政局 → 弥勒县民政局)."""
    from evals.real_planted import Plant, _context
    lines = text.split("\n")
    # (not a bureau whose own name holds a region: 昆明市 · 东川区城市管理局 is 东川区's bureau under 昆明市)
    names = [(m.group(0), m.start(1), m.end(1), m.group(2)) for m in BUREAU.finditer(text)
             if not re.search(r"[县区旗]|(?<!城)市", m.group(3))]
    counts: dict[str, int] = {}
    for name, *_ in names:
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    own = max(counts, key=lambda n: (counts[n], n))
    if counts[own] < 2:
        return None
    sites, pos = [], 0
    for line in lines:
        if re.search("[。；;，,]", line) and not re.search(r"报告|報告|自评表", line[:40]):
            sites += [(s, e, level) for name, s, e, level in names if name == own and pos <= s < pos + len(line)
                      and not _cited(text, s)]
        pos += len(line) + 1
    if not sites:
        return None
    s, e, level = rng.choice(sites)
    other = rng.choice([n for n in OTHERS[level] if n != text[s:e]])
    planted = text[:s] + other + text[e:]
    change = f"单位「{_context(text, s, e + 5)}」{text[s:e]}→{other}"
    return Plant("other_unit", planted, (s, s + len(other) + len(own) - (e - s)), change)
