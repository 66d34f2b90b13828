"""A ceiling set on a count of things to be produced: 开展精品示范村建设数量 | ≤4 | 4.

Why: a 数量指标 that counts what the money builds, trains or serves (建设…数量, 培训人次, 发放户数) is met by
doing at least so much; ≤4 says doing none meets it too, and the score then follows the comparator the wrong
way. The comparator was copied from a cost row (≤1800元) or slipped from ≥; the target should read ≥4 or =4.

Precision first: read in any table row (a Word table, "|" or tab rows, ``table_text.table_rows``) whose header
need not be read — a name cell and, right after it, a target cell that is only a ceiling and a count
(≤4, 不超过10个). The name ends in what a count is (数量, 个数, 人数, 人次, 户数, 场次, 次数) and names a deed
that produces or serves (建设, 培训, 发放, 救助 …), and nothing that is better fewer (投诉, 事故, 差错, 超标,
成本, 控制, 减少 …); a row that names its class as other than 数量 (成本, 时效, 质量, 效益) is not read. All such
rows of a report are one finding: one habit, one thing to fix.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..findings import Finding, Kind
from ..numbers.textnorm import fold_width, no_blanks
from ..report import Report
from .arithmetic.table_text import table_rows
from .grouped import Place, one_finding

__all__ = ["output_ceilings"]

_LABEL = re.compile(r"^(?:指标\s*\d{1,2}\s*[:：、．.]|\d{1,2}\s*[、．.])")
_COUNT_NAME = re.compile(r"(?:数量|个数|人数|人次|户数|场次|次数|批次)$")
_DEED = re.compile(r"建设|新建|建成|修建|改造|开展|举办|组织|培训|发放|救助|资助|帮扶|服务|接待|慰问|走访|宣传|"
                   r"种植|造林|安置|招聘|就业|覆盖|惠及|完成|新增|采购|购置|维修|检测|检查|巡查|演出|放映|印发")
_FEWER_BETTER = re.compile(r"投诉|事故|差错|超标|违规|违法|不合格|逾期|死亡|伤亡|失业|上访|案件|信访|返贫|"
                           r"成本|费用|控制|压减|减少|下降|降低|人均|户均|每")
_CEILING = re.compile(r"^(?:≤|<=|＜=|小于等于|不超过|不高于|不大于)\d+(?:个|项|次|场|人次|人|户|所|家|期|座|村|处|条|批|班)?$")
_OTHER_CLASS = re.compile(r"^(?:成本|时效|质量|社会效益|经济效益|生态效益|满意度|可持续)")


def output_ceilings(report: Report) -> list[Finding]:
    """One finding for the rows whose count of things produced has a ceiling for its target."""
    places: list[Place] = []
    for row in table_rows(report):
        if row is None:
            continue
        cells = [(unit, a, b, no_blanks(fold_width(unit.text[a:b]))) for unit, a, b in row]
        if any(_OTHER_CLASS.match(text) for *_, text in cells):
            continue
        filled = [c for c in cells if c[3]]
        for (_, _, _, name), (unit, a, b, target) in pairwise(filled):
            name = _LABEL.sub("", name)
            if _CEILING.match(target) and _COUNT_NAME.search(name) and _DEED.search(name) \
                    and not _FEWER_BETTER.search(name):
                text = unit.text[a:b]
                lead = len(text) - len(text.lstrip())
                places.append((unit, a + lead, a + len(text.rstrip())))
    if not places:
        return []
    quote = no_blanks(places[0][0].text[places[0][1]:places[0][2]])
    figure = re.sub(r"^\D+", "", quote)
    return [one_finding(
        report, places, kind=Kind.UNSUPPORTED_CLAIM, count="共{}项指标如此",
        message=f"数量指标的目标值写作“{quote}”：产出的数量以上限为目标，做得越少越能达标",
        evidence="建设、培训、发放等产出的数量指标应以下限（≥）或确数（=）为目标；“≤”适用于成本、投诉、事故等越少越好的指标",
        suggestion=f"核对比较符，改为“≥{figure}”或“={figure}”，并按改正后的目标重新评分",
        rule="indicators.ceiling_on_output")]
