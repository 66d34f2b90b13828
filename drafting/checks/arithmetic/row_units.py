"""Which rows and columns of a table hold no part of a sum: rates, shares, per-head figures, counts.

Why: a column total adds its rows' figures only where they are of one kind. A rate or a per-head
column's 合计 row holds the whole's rate; a row counting people (培训人次) or giving a standard per
head (补助标准) pasted into a money column is in its own unit and no part of the money total.
"""

from __future__ import annotations

import re

from .grid import norm

__all__ = ["NOT_ADDITIVE", "other_quantity"]

# a column of rates, shares or per-unit figures written without a per-cent sign (执行率 95, 人均经费 2.4):
# its 合计 row gives the whole's rate or mean, which no sum of the rows makes
NOT_ADDITIVE = re.compile(r"率(?:$|[（(])|比例|比重|占比|百分比|[人户亩生]均|平均|均价|单价|标准(?:$|[（(])|^每|%|％|指数|系数")
# a row counting people or things (培训人次, 受助人数) or measuring area or length, in its own unit
_COUNT_ROW = re.compile(r"(?:人次|人数|户数|次数|个数|件数|项数|数量|天数|面积|里程)(?:（[^）]*）|\([^)]*\))?$")


def other_quantity(label: str) -> bool:
    """Whether a row's label names a count or a rate per head (补助标准, 人均补助): no part of a money total."""
    label = norm(label)
    return bool(_COUNT_ROW.search(label) or NOT_ADDITIVE.search(label))
