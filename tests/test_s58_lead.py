"""Session 58's lead fixes, each a premise read on pools 71–72 after their measure (held out until then):
a form copied from a web table one cell a line, each cell closed by a bar (人员编制 | / 73 |); a
traditional-character copy read as simplified by every rule, so that a rule's exceptions hold on it too;
and four readings that are no defect — the last of a list of single characters (县、乡、村卫生), counts
written one after another before their shared list (两委一办三处), the particle 的 after a one-character
word (土的工程), and a likeness of sound through a reading no modern word has (位 as li)."""

from drafting.io.text_reader import read_text_string
from drafting.numbers.traditional import fold_traditional
from drafting.review import review

HEAD = "岳阳县卫生局2017年度部门整体支出绩效评价自评报告\n一、部门(单位)基本概况 |\n"


def _rules(body: str, head: str = HEAD) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(head + body)).findings]


def test_staff_above_posts_is_read_where_each_cell_of_the_form_ends_with_a_bar():
    found = _rules("||||||||||||\n人员编制 |\n36 |\n实有人数 |\n41 |\n||||||||||||\n职能职责概述 |\n负责全县卫生工作。 |\n")
    assert ("staffing.over_posts", "41") in found


def test_staff_within_posts_in_the_same_layout_is_left_alone():
    found = _rules("||||||||||||\n人员编制 |\n36 |\n实有人数 |\n31 |\n||||||||||||\n职能职责概述 |\n负责全县卫生工作。 |\n")
    assert not [r for r, _ in found if r.startswith("staffing")]


def test_a_traditional_copy_of_the_form_is_read_like_its_simplified_original():
    head = "岳陽縣衛生局2017年度部門整體支出績效評價自評報告\n一、部門(單位)基本概況 |\n"
    found = _rules("||||||||||||\n人員編制 |\n36 |\n實有人數 |\n41 |\n||||||||||||\n", head)
    assert ("staffing.over_posts", "41") in found


def test_a_rule_exception_written_in_simplified_holds_on_a_traditional_copy():
    # 荣获全省…先进县: an award the province gives a county, no claim of province-wide work
    head = "岳陽縣農業局2018年度部門整體支出績效評價自評報告\n一、部門(單位)基本概況\n"
    body = "年度部門總體運行情況及取得的成績：榮獲全省糧食生產先進縣、全省美麗鄉村建設先進縣。\n"
    assert not [r for r, _ in _rules(body, head) if r.startswith("entities")]
    assert not [r for r, _ in _rules(fold_traditional(body), head) if r.startswith("entities")]


def test_the_fold_keeps_length_and_never_changes_a_character_simplified_text_writes():
    text = "榮獲全省實有人數編制內於，乾隆、著作"
    folded = fold_traditional(text)
    assert len(folded) == len(text)
    assert folded.startswith("荣获全省实有人数编制内于")
    assert folded.endswith("乾隆、著作")


def test_the_last_of_a_list_of_single_characters_lost_no_character_before_it():
    found = _rules("主要职责：组织制定并实施农村卫生发展规划和政策措施；制定县、乡、村卫生发展规划和政策措施，"
                   "规定并指导县、乡、村卫生服务体系建设；负责农村卫生服务体系的建设和管理。\n")
    assert not [q for r, q in found if r == "language.dropped"]


def test_a_heading_numeral_before_a_stranded_character_still_reads_the_dropped_one():
    found = _rules("四、财政拨款收入情况\n本年财政拨款收入120万元。\n五、政拨款收入支出情况\n本年支出120万元。\n")
    assert any(r == "language.dropped" for r, _ in found)


def test_counts_written_one_after_another_share_the_list_after_them():
    found = _rules("学校设两委一办三处，分别是党委、纪委、党政办、政教处、教务处、总务处。\n")
    assert not [r for r, _ in found if r == "count_list"]


def test_a_lone_count_with_a_longer_list_is_still_a_miscount():
    found = _rules("学校设三处，分别是政教处、教务处、总务处、后勤处。\n")
    assert ("count_list", "三处") in found


def test_the_particle_de_after_a_one_character_word_is_no_slip():
    found = _rules("湿地景观项目完成了3万方土的工程，铺设管道2公里。\n")
    assert not [q for r, q in found if r == "language.typo"]


def test_a_sound_shared_only_through_a_reading_of_old_texts_backs_no_correction():
    # 位 is read li only in classical texts: no input method offers it for li, though the report writes 管理
    found = _rules("燃气等管线仅预留管位，不考虑具体设计。项目单位加强工程管理，按期完工。\n")
    assert not [q for r, q in found if r == "language.typo"]


def test_rows_told_apart_by_a_number_alone_are_no_table_of_contents():
    # a flattened table's rows 1、局机关 / 2、二级机构1 / 3、二级机构2: the third is no repeat of the second
    found = _rules("收入支出情况\n|||||||\n1、局机关\n|\n176.26\n|\n60\n|||||||\n2、二级机构1\n|\n53.2\n|\n26.1\n"
                   "|||||||\n3、二级机构2\n|\n|\n|||||||\n二、部门整体支出管理及使用情况\n")
    assert not [r for r, _ in found if r.startswith("structure.numbering")]
