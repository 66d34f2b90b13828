"""A report's own arithmetic, without source data: totals and parts, rates and ratios, in tables of
any orientation and in sentences.

May import: the core, ``numbers`` and the modules of this package; ``grid`` is shared by the rest.
"""

from .tables import check_arithmetic

__all__ = ["check_arithmetic"]
