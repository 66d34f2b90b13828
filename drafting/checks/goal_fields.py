"""The value of a report's goal field (年度总体目标, 绩效目标, 预期目标), and a run shared by it and the
text that a result label (…完成情况：) introduces.

Why: a project's goal is stated once in its own field, and the report then tells its results in the
goal's own words (项目绩效目标完成情况：…二是效益指标方面，…展示六安文化魅力，丰富群众业余文化生活… and the
form's 年度总体目标 | 预期目标 "通过项目实施，…达到展示六安文化魅力，丰富群众业余文化生活…"). A run found in
the goal and in the results told under their label is that restatement, not a clause pasted into a
sentence: the partial-splice rule (``splices``) leaves it alone. Both ends are asked for: the goal's
field by its exact label, the other by the label its run stands under, so a run pasted into a goal
from any other text (a duty list, a fund's sums) is still read. A form's actual-result cell against its
target cell is ``splice_hosts``' case.
"""

from __future__ import annotations

import re

from ..numbers.textnorm import to_halfwidth
from ..report import TextUnit
from .item_markers import marker_level, without_marker

__all__ = ["in_goal_field", "restates_goal"]

# a goal field's label, whole: 年度总体目标, 绩效目标, 预期目标, 项目年度绩效目标 (not …目标完成情况)
_GOAL = re.compile(r"(?:项目)?(?:年度)?(?:总体|绩效|预期)(?:绩效|总)?目标")
# a label that introduces results told against the goals: 项目绩效目标完成情况, 实际完成情况, 效益指标方面…
_RESULT = re.compile(r"完成情况|实际完成|完成值|实现情况|效益|成效|实施效果")
_LABEL = re.compile(r"([^，。；,;：:、\n]{2,16})[：:]")
_LABELS = 4  # a flattened form's header cells read back before a value: its row label and column titles
_CLAUSE_MARKS = ",;:。!?、"


def _label_cell(text: str) -> bool:
    """A short cell or line that names, not tells: no clause mark (nor 、), no digit."""
    t = text.strip()
    return 2 <= len(t) <= 12 and not any(to_halfwidth(ch) in _CLAUSE_MARKS or ch.isdigit() for ch in t)


# a heading's aside after its words ((三)项目预期目标完成情况(包括目标完成、…的对比情况))
_ASIDE = re.compile(r"[（(][^（）()]*[)）]\s*$")


def _cells_before(units: list[TextUnit], i: int) -> list[str]:
    """The label cells right before ``units[i]`` (blank cells passed over), nearest first; a heading read as
    the label it is, its number and closing aside left off (the goal's field under (一)项目预期总目标)."""
    labels: list[str] = []
    for u in reversed(units[max(0, i - 3 * _LABELS) : i]):
        if not u.text.strip():
            continue
        text = _ASIDE.sub("", without_marker(u.text)) if u.kind == "heading" or marker_level(u.text) is not None else u.text
        if not _label_cell(text) or len(labels) == _LABELS:
            break
        labels.append(text.strip())
    return labels


def in_goal_field(units: list[TextUnit], i: int) -> bool:
    """Whether ``units[i]`` is the value of a goal field: its own label before a colon is the goal's
    (年度绩效目标：…), or it follows straight on a form's label cells (年度总体目标 | 预期目标 | 实际完成情况,
    the row's label and the column titles) one of which is. The actual-result cell after the goal's value
    follows a long cell, so it is not read as the goal."""
    own = _LABEL.match(units[i].text.lstrip())
    if own:
        return _GOAL.fullmatch(own.group(1).strip()) is not None
    return any(_GOAL.fullmatch(t) for t in _cells_before(units, i))


def _under_results(units: list[TextUnit], i: int, at: int) -> bool:
    """Whether position ``at`` of ``units[i]`` stands under a result label: the last label before it in
    its unit (…。项目绩效目标完成情况：一是…), else the label cells right before the unit."""
    labels = _LABEL.findall(units[i].text, 0, at)
    if labels:
        return _RESULT.search(labels[-1]) is not None
    return any(_RESULT.search(t) for t in _cells_before(units, i))


def restates_goal(units: list[TextUnit], host: int, a: int, source: int, c: int) -> bool:
    """One of the two units (the run at ``a`` in the host, at ``c`` in the source) is a goal field's value,
    and in the other the run stands under a result label."""
    if in_goal_field(units, host) and not in_goal_field(units, source):
        return _under_results(units, source, c)
    if in_goal_field(units, source) and not in_goal_field(units, host):
        return _under_results(units, host, a)
    return False
