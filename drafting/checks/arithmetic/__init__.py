"""A report's own arithmetic, without source data: totals and parts, rates and ratios, in tables of
any orientation and in sentences.

``grid`` reads tables (Word tables, "|" or tab rows, one-cell-per-line runs) into grids of numbers and
words the findings; ``tables`` (relations inside a table, and the entry point), ``prose`` (relations
inside a sentence), ``changes`` (a change and its rate), ``pairs`` (预算 and 决算 listed per item), ``rates``
(a rate against the figures of its sentence), ``grid_rates`` (a table's rate row or column), ``fields``
(a 合计 line under 标签：值 lines), ``fund_balance`` (a project form's 结余 against 到位 − 支出), ``text`` (narrative figures against table cells), ``restated`` (one metric
stated twice, with two values) and ``frames`` (the container, frame and topic a figure of the text is
stated in), ``counts`` (a count against the list it counts; ``respectively``: names against the figures
分别 gives them; ``respectively_sums``: a total against the figures 分别为 lists after it; ``count_members``: a
count of projects against its projects listed with their sums; ``group_sums``: groups whose counts close a whole's count against
its sum), ``fund_uses`` (a named fund's allocation against
the fund's one sum), ``forms`` (the 自评表's budget block), ``surveys``, ``averages``, ``magnitudes`` and
``scores`` (score against grade, 得分 against 分值 and 总分, full marks for a missed target; ``score_fields``:
得分 against 分值 as field lines; ``class_weights``: the four classes' weights against the full marks) build
on it, and ``grid`` imports none of them. ``parts`` (whether listed parts are all of a total) reads
labels only and imports none of them.

May import: the core, ``numbers`` and the modules of this package.
"""

from .tables import check_arithmetic

__all__ = ["check_arithmetic"]
