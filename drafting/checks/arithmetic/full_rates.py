"""A rate whose target is written as a bare 100%: the form left out the ≥, but the target is a floor.

Why: the forms' rate indicators (采购及时率 100%, 资金到位率 100%, 验收合格率 100%) count what was done out of
what was due; no share of them can exceed the whole, so a target of exactly 100% is met only by 100%, whatever
comparator the writer dropped. An actual below it misses the target, and full marks for it are what a
reviewer marks (``scores.check_missed_full_score``).

Read only where the rate is one of doing (its name ends in one of ``_DONE_RATES``) and names nothing
that is kept low (成本, 控制, 偏差, 投诉, 事故…): a cost or error rate with a 100% cap is a ceiling, and an
actual under it meets it. A target with a comparator of its own is read as written, not here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...numbers.textnorm import fold_width, no_blanks

__all__ = ["missed_full_rate"]

# the rates of doing what was due, as the forms name them (the name's last characters)
_DONE_RATES = re.compile(
    r"(?:及时|完成|合格|达标|覆盖|到位|执行|发放|兑付|兑现|拨付|支付|知晓|验收|办结|受理|落实|普及|通过|准确|正确"
    r"|完好|规范|处置|履约|出勤|建成|安置|救助|回复|参保|入学|录入|上报|培训|检查|核查|整改|实施|使用|开工|竣工"
    r"|公示|公开|响应|结案|办理|签约|接种|筛查|随访|巡查|归档)率$|满意度$")
# what a rate may count that is kept low: its 100% is a cap, met from below
_KEPT_LOW = re.compile(r"成本|控制|偏差|超|投诉|事故|发生|损失|误差|差错|违规|违纪|违法|降低|下降|减少|不合格|不达标"
                       r"|失|故障|返工|退回|拖欠|滞留|结余|浪费|闲置|空置|辍学|死亡|占比|比例")
_HUNDRED = re.compile(r"^100(?:\.0+)?[%％]$")
_PERCENT = re.compile(r"^(\d{1,3}(?:\.\d+)?)[%％]$")
_NUMBERED = re.compile(r"^(?:指标\s*\d+\s*[:：]|\d+[.、．]|[(（]\d+[)）])")


def missed_full_rate(name: str, target: str, actual: str) -> bool:
    """Whether a rate of doing with a bare 100% target has an actual below it beyond the two figures' rounding."""
    bare = _NUMBERED.sub("", no_blanks(fold_width(name)))
    if not _DONE_RATES.search(bare) or _KEPT_LOW.search(bare):
        return False
    m = _PERCENT.match(no_blanks(fold_width(actual)))
    if not _HUNDRED.match(no_blanks(fold_width(target))) or m is None:
        return False
    # beyond the rounding of both figures, as ``scores._missed`` reads a written floor: 98% misses, 99.6% may not
    places = len(m[1].partition(".")[2])
    return Decimal(m[1]) + Decimal("0.5").scaleb(-places) + Decimal("0.5") < 100
