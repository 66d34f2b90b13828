"""A form's actual-result cell told in its target cell's words (按计划完成…年度任务) is a restatement,
not a run pasted into a sentence: issue 9 names planned and actual with the same text no defect. A run
pasted into the same cell from any other paragraph is still a splice."""

from drafting.checks.splices import find_splices
from drafting.report import Paragraph, Report

TARGET = "完成乡镇综合文化站免费开放年度建设任务，提升服务保障水平。"
ACTUAL = "按计划完成乡镇综合文化站免费开放年度任务，资金使用规范。"
DUTY = "主要职责是贯彻执行国家和省有关文化工作的方针政策，组织开展群众性文化艺术活动，辅导和培训基层文化骨干。"


def form(*lines: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in lines])


def test_an_actual_cell_in_its_targets_words_is_no_splice_in_a_form_one_cell_per_line():
    r = form("项目名称", "乡镇综合文化站免费开放", "预期目标", TARGET, "实际完成情况", ACTUAL)
    assert find_splices(r) == []


def test_the_same_with_the_labels_on_the_values_lines():
    r = form(f"年度目标：{TARGET}", f"实际完成情况：{ACTUAL}")
    assert find_splices(r) == []


def test_the_same_words_under_two_labels_that_are_no_target_and_actual_pair_are_still_read():
    r = form("主要做法", TARGET, "实际完成情况", ACTUAL)
    assert [f.rule for f in find_splices(r)] == ["redundancy.splice_partial"]


def test_a_duty_run_pasted_into_an_actual_cell_is_still_a_splice():
    run = "组织开展群众性文化艺术活动，辅导和"
    actual = "全年资金全部按进度拨付到项目单位，资金使用规范。"
    k = actual.index("拨付到")
    host = actual[:k] + run + actual[k:]
    r = form("主要职责", DUTY, "实际完成情况", host)
    [f] = find_splices(r)
    assert f.location.quote == run
