"""A sibling heading that lost its marker, between (一) and (三), named as (二): found though the
numbered siblings close with a stop ((三)固定资产情况。) and the bare one does not — a heading may close
with 。 or not, so the closing words are compared without it. A bare line that ends otherwise leaves
the gap."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县文旅局2023年度公共文化服务项目绩效自评报告\n"


def _numbering(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))
            if "numbering" in f.rule or f.rule == "structure.unnumbered_heading"]


_DUTIES = ("一、部门概况\n(一)主要职能\n本园是一所全日制公办幼儿园，主要职能如下：\n1.贯彻国家学前教育方针。\n"
           "2.制订本园发展规划和学期工作计划。\n3.管理本园经费和设施。\n{bare}\n本园事业编制16个，实有人员15人。\n"
           "(三)固定资产情况。\n本年末固定资产原值320万元。\n二、部门财政资金收支情况\n本年收入500万元。\n")


def test_a_bare_sibling_heading_is_named_though_its_numbered_siblings_close_with_a_stop():
    assert _numbering(_DUTIES.format(bare="人员情况")) == [("structure.unnumbered_heading", "人员情况")]


def test_a_bare_line_that_ends_unlike_its_siblings_leaves_the_gap():
    assert _numbering(_DUTIES.format(bare="编制与在岗人员")) == [("structure.numbering_gap", "(三)")]
