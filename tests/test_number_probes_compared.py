"""Probes of invented layouts for the number checks, session 36: each a short text written right (no
number finding) and with one planted defect (a finding of the rule that owns it), plus layouts that
must stay silent. A total compared with last year's before its 其中 list; parts that cannot overlap
(sessions 第一期/第二期, projects 新建/续建) over their total."""

from __future__ import annotations

from number_probes import probe_tests

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"

CASES = [
    # a total, its change on last year, then 其中 listing the total's parts
    ("parts over the total, the change before a 。 and 其中：",
     "三公经费支出12.46万元，较上年减少2.34万元。其中：公务接待费3.1万元，公务用车运行维护费9.36万元。\n",
     "三公经费支出12.46万元，较上年减少2.34万元。其中：公务接待费3.1万元，公务用车运行维护费10.2万元。\n",
     "sentence_parts_sum"),
    ("parts of a closed classification short of the total, the change before ，其中",
     "全年支出合计520万元，比上年增加30万元，其中基本支出320万元，项目支出200万元。\n",
     "全年支出合计520万元，比上年增加30万元，其中基本支出320万元，项目支出190万元。\n", "sentence_parts_sum"),
    ("parts named one by one (分别为) after the change and its rate",
     "办公经费支出8.6万元，同比减少1.2万元，下降12.2%，分别为办公费5.1万元、印刷费3.5万元。\n",
     "办公经费支出8.6万元，同比减少1.2万元，下降12.2%，分别为办公费5.1万元、印刷费2.5万元。\n", "sentence_parts_sum"),
    ("a headcount over its dun-listed parts after the change",
     "全年培训干部职工320人次，较上年增加40人次，其中机关干部180人次、基层职工140人次。\n",
     "全年培训干部职工320人次，较上年增加40人次，其中机关干部180人次、基层职工160人次。\n", "sentence_parts_sum"),
    # parts that cannot overlap, more than their total
    ("a headcount over its sessions", "全年举办培训2期，共培训120人次，其中第一期60人次，第二期60人次。\n",
     "全年举办培训2期，共培训120人次，其中第一期60人次，第二期70人次。\n", "sentence_parts_sum"),
    ("a count of projects over new and continued ones", "共实施项目5个，其中新建项目3个，续建项目2个。\n",
     "共实施项目5个，其中新建项目3个，续建项目3个。\n", "sentence_parts_sum"),
]


# what is left on purpose: a partial list short of its total, the parts of the change, a part's own change
LEFT = [
    ("a 其中 list short of the total, not said complete",
     "三公经费支出12.46万元，较上年减少2.34万元。其中：公务接待费3.1万元，公务用车运行维护费8.2万元。\n"),
    ("parts that make the change said before them",
     "基本支出合计500万元，较上年减少20万元，分别为工资福利支出12万元、商品和服务支出8万元。\n"),
    ("each part with its own change",
     "收入合计800万元，较上年增加50万元，其中财政拨款收入700万元，较上年增加40万元，其他收入100万元，较上年增加10万元。\n"),
    ("sessions short of the total: a third may go unnamed",
     "全年举办培训3期，共培训120人次，其中第一期60人次，第二期50人次。\n"),
    ("new projects short of the total: others may be 改建", "共实施项目5个，其中新建项目3个，续建项目1个。\n"),
    ("a session's running total counts the sessions before it",
     "全年培训300人次，其中第一期培训150人次，第二期累计培训280人次。\n"),
    ("a running total of money names the session it includes",
     "项目总投资5000万元，其中第一期投资3000万元，第二期（含第一期）累计投资4500万元。\n"),
    ("projects carried on may be rebuilding ones: 续建 and 改扩建 overlap",
     "全年实施项目8个，其中新建项目3个，续建项目4个，改扩建项目2个。\n"),
    ("a reason between the change and the list",
     "支出合计520万元，比上年增加30万元，主要是人员增加，其中基本支出320万元，项目支出190万元。\n"),
]


(test_the_right_version_draws_no_number_finding, test_the_planted_defect_draws_one_finding_of_its_rule,
 test_ambiguous_or_partial_lists_draw_no_number_finding) = probe_tests(H, CASES, LEFT)
