"""Which section a place of a paragraph stands in when the report's headings were run into its text.

Why: a document-sharing site (文库, 文秘 sites) or a PDF copy may flatten a whole report into one
paragraph, its headings standing inside the running text (…绩效自评报告一、项目基本情况(一)项目概况。本项目…).
The strong-claim rule leaves a report's overview alone (it sums up the year that the results sections
below give the figures of), but reads sections from heading lines only: a flattened report's overview
was read as results. Premise: a numbered heading keeps its marker and its title when its line break is
lost — a top-level marker (一、) or a second-level one (（一）) right before a title that names an
overview (基本情况, 概况) or results (完成情况, 成效). Read in order up to the place as heading lines are: a top-level heading opens a
section, a sub-heading of results ends an overview.
"""

from __future__ import annotations

import re

__all__ = ["OVERVIEW", "RESULTS_HEADING", "in_run_in_overview"]

# A report's overview (一、项目基本情况, 部门概况, 二、绩效自评工作开展情况): it introduces the unit, the project and
# how the evaluation went, and sums up the year in a word (圆满完成了年初制定的各项目标任务) that the sections of
# results below give the figures of; the claim is backed, or not, there. A sub-heading of results inside it
# (（三）绩效目标完成情况) ends it.
OVERVIEW = re.compile(r"基本情况|概况|简介|背景|(?:自评|评价)工作(?:开展|组织)?情况|工作开展情况")
RESULTS_HEADING = re.compile(r"完成情况|实现情况|成效|效益|绩效情况|绩效分析|产出|效果")

_CN = "一二三四五六七八九十"
_TOP = rf"[{_CN}]{{1,3}}、"
_SUB = rf"[（(][{_CN}]{{1,3}}[)）]"
# a heading run into the text: its marker and the Chinese characters after it, its title and maybe the first
# words of its text (二、社会效益2018年… ends at the figure; 一、部门概况(一)… at the next marker): the words a
# title is read by (概况, 完成情况) stand at its start
_RUN_IN = re.compile(rf"(?P<marker>{_TOP}|{_SUB})(?P<title>[\u4e00-\u9fff]{{2,16}})")


def in_run_in_overview(text: str, pos: int) -> bool:
    """Whether ``pos`` of a paragraph stands in an overview section opened by a heading run into the same
    paragraph before it (…一、项目基本情况(一)项目概况。…), no heading of results between."""
    overview = False
    for m in _RUN_IN.finditer(text, 0, pos):
        title, top = m.group("title"), not m.group("marker").startswith(("（", "("))
        if top:
            overview = bool(OVERVIEW.search(title)) and not RESULTS_HEADING.search(title)
        elif RESULTS_HEADING.search(title):
            overview = False
    return overview
