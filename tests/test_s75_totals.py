"""Session 75: three or more counts listed after 其中 that exceed their total by exactly one are a slip.

A writer who lists a total item by item after 其中 lists its parts: on the real pages read (the dev corpus, the
sample, pools 109–138) 20 of the 24 such lists of counts sum to their total exactly (all 10 set out with a colon),
three fall short and one, of attributes, runs far over; none is one over. Kinds that
overlap may sum to anything, so overrunning the total by exactly one is a coincidence where a slip of one
digit is the plain reading; the finding says to note an overlap if there is one. Session 74 kept such a
list quiet (受艾滋病影响儿童 may be orphans too); with no real list seen one over, the slip is now said.
Attributes that cut across the kinds (党员, 女性, 本科学历), a part of 1, two parts, a list in brackets with no
其中, a list closed by 等 and measured lengths stay quiet as before."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"


def _found(line: str) -> list:
    found = review(read_text_string(_HEAD + line + "\n二、存在的问题\n无。\n")).findings
    return [f for f in found if f.rule == "sentence_parts_sum"]


def _sums(line: str) -> list[str]:
    return [f.quote for f in _found(line)]


def test_kinds_set_out_one_over_their_total_are_a_slip():
    assert _sums("全年纳入保障的儿童共214人，其中：散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童28人。") == [
        "纳入保障的儿童共214人，其中：散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童28人"]


def test_the_slip_is_a_warning_that_says_what_to_check():
    [f] = _found("截至年底共有职工209人，其中：在职职工184人，财政供养4人，退休人员22人。")
    assert f.severity.value == "warning"
    assert "正好多1" in f.evidence and "“其中”逐项列出3项" in f.evidence and "184人 + 4人 + 22人 = 210人" in f.evidence and "注明" in f.evidence


def test_a_traditional_copy_reads_the_same():
    assert _sums("截至年底共有職工209人，其中：在職職工184人，財政供養4人，退休人員22人。") == [
        "截至年底共有職工209人，其中：在職職工184人，財政供養4人，退休人員22人"]


def test_a_list_adding_up_or_short_is_quiet():
    assert _sums("全年纳入保障的儿童共215人，其中：散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童28人。") == []
    assert _sums("全年纳入保障的儿童共216人，其中：散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童28人。") == []


def test_attributes_that_cut_across_the_kinds_stay_quiet():
    assert _sums("现有在职人员10人，其中：党员5人，女性3人，本科学历3人。") == []
    assert _sums("现有在职人员20人，其中：高级职称5人，中级职称9人，35岁以下7人。") == []


def test_a_list_after_qizhong_without_its_colon_is_read_too():
    assert _sums("现有在岗人员36人，其中行政编制15人，事业编制13人，改非9人；退休35人。") == [
        "现有在岗人员36人，其中行政编制15人，事业编制13人，改非9人"]


def test_a_part_of_one_two_parts_a_bracket_or_an_open_list_stay_quiet():
    assert _sums("全年纳入保障的儿童共187人，其中：散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童1人。") == []
    assert _sums("全年纳入保障的儿童共186人，其中：散居孤儿80人，事实无人抚养儿童107人。") == []
    assert _sums("全年纳入保障的儿童共214人（散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童28人）。") == []
    assert _sums("全年纳入保障的儿童共214人，其中：散居孤儿80人，事实无人抚养儿童107人，受艾滋病影响儿童28人等。") == []


def test_measured_lengths_stay_quiet():
    assert _sums("辖区道路总长192公里，其中：国道73公里，省道60公里，县道60公里。") == []


def test_projects_carried_on_and_rebuilt_may_overlap():
    assert _sums("全年实施项目8个，其中新建项目3个，续建项目4个，改扩建项目2个。") == []
    assert _sums("全年实施项目8个，其中新建项目3个，续建项目4个，迁建项目2个。") == [
        "实施项目8个，其中新建项目3个，续建项目4个，迁建项目2个"]
