"""The number guard: is every number of a text supported by the department data?

Each number found by ``extract`` gets a verdict (``results``): supported, unsupported, contradicted,
not a claim, or — for years — year_ok / stale_year. The rules live with their module:

- ``matching``: when a mention and a fact agree — coarser precision, units and scale, 余/约/近,
  bounds, bare table cells;
- ``binding``: which fact the sentence names for a number (the nearest name before it, or the item
  the sentence stated just before), so that a value some *other* fact has is contradicted;
- ``comparison``: what a clause claims a number compares — base (预算/上年/目标) and direction
  (节约/超支, 增加/减少 …) — so that only a fact of the same comparison supports it;
- ``corrections``: the one right figure for a failing number (a flipped word turned, a misplaced
  figure named and replaced), chosen by its binding and its claim;
- ``years``: a year before the data's year is stale only where it stands as the report's own year;
- ``clauses``: the clause and sentence before a mention, read in a bounded window;
- ``checking``: the verdict on each mention and ``verify`` over a text or a ``Report``;
- ``schema``: ``GuardedText``, the pydantic model that refuses a text with unsupported numbers;
- ``findings``: ``guard_findings``, the guard's verdicts as review findings.

May import: the core (department, findings, quantities, report) and ``numbers`` itself.
"""

from .checking import check_mention, verify
from .findings import guard_findings
from .results import FAILING, GuardReport, NumberCheck, Verdict
from .schema import GuardedText, failure_lines

__all__ = [
    "FAILING", "GuardReport", "GuardedText", "NumberCheck", "Verdict", "check_mention", "failure_lines",
    "guard_findings", "verify",
]
