"""A real word typed for another inside a phrase the report writes again (``checks/own_phrases``):
计时拨付 where it writes 及时拨付 twice. Sentences are invented."""

from __future__ import annotations

from drafting.checks.typos import check_typos
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string


def findings(text: str):
    report = read_text_string(text)
    out = check_typos(report)
    for f in out:
        assert f.kind is Kind.TYPO and f.quote == report.quote(f.location.location)
    return out


def phrase_fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in findings(text) if f.rule == "language.phrase_typo"}


# -- what it finds -------------------------------------------------------------------------------


def test_a_word_of_the_same_sound_in_a_phrase_the_report_writes_twice_is_flagged():
    text = "项目资金及时拨付到位。上级资金及时拨付到位。县级配套资金计时拨付到位。"
    [f] = findings(text)
    assert (f.quote, f.suggestion, f.rule) == ("计时", "改为“及时”", "language.phrase_typo")
    assert "报告别处2次写作“" in f.evidence and "及时" in f.evidence and "“计”与“及”读音相近" in f.evidence


def test_a_word_of_similar_shape_in_a_phrase_the_report_writes_twice_is_flagged():
    text = "一期工程已通过验收，二期工程已通过验收，三期道路工程已通达验收并投入使用。"
    assert phrase_fixes(text) == {("通达", "改为“通过”")}


# -- what it leaves alone ------------------------------------------------------------------------


def test_two_forms_of_one_word_both_in_use_are_left_alone():
    # 制订 beside 制定, 其它 beside 其他, 作好 beside 做好, 必需 beside 必须: each form is meant
    text = ("我局制定实施方案，各股室制定实施方案。下属单位制订实施方案并报备。"
            "其他费用支出3万元，其他费用支出已审核，其它费用支出按规定列支。"
            "各单位做好工作衔接，科室做好工作衔接，乡镇作好工作衔接。"
            "必须保证资金安全，必须保证资金到位，必需保证资金按时到位。")
    assert phrase_fixes(text) == set()


def test_a_numeral_or_a_name_in_a_repeated_phrase_is_left_alone():
    text = ("第一批资金已下达，第二批资金已下达，第三批资金正在审核。"
            "由张建同志负责项目，由张建同志负责资金，由张健同志负责档案。")
    assert phrase_fixes(text) == set()


def test_a_word_the_report_writes_elsewhere_is_its_own():
    # 计时 stands a second time, in a phrase of its own: the report uses the word
    text = ("项目资金及时拨付到位。上级资金及时拨付到位。县级配套资金计时拨付到位。"
            "考场配备计时设备。")
    assert phrase_fixes(text) == set()


def test_a_phrase_written_once_backs_nothing():
    text = "项目资金及时拨付到位。县级配套资金计时拨付到位。"
    assert phrase_fixes(text) == set()


def test_a_form_label_written_again_and_again_is_the_reports_phrase():
    # the header row is one run written twice: its phrase is the report's own, though it is one run
    text = ("一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 培训人数 | 200人\n"
            "一级指标 | 二级指标 | 三级指标 | 指标值\n效益指标 | 社会效益 | 群众知晓率 | 90%\n"
            "一级指标 | 二级指标 | 三级治标 | 指标值\n满意度指标 | 服务对象满意度 | 参训人员满意度 | 95%\n")
    assert phrase_fixes(text) == {("治标", "改为“指标”")}



def test_a_word_whose_phrase_reads_on_otherwise_in_every_place_is_meant():
    # 项目实施 twice (前期, 进度), 项目实时 once before 监控: two wordings meeting in four characters
    text = ("本项目主要用于重点项目实施前期工作。为确保项目实施进度，我局对项目实时监控，发现问题及时整改。")
    assert phrase_fixes(text) == set()
    # the same once-phrase where a place of the report's own reads on alike is still a slip
    assert phrase_fixes(text + "加强对项目实施监控。") == {("实时", "改为“实施”")}


def test_a_negation_heading_the_word_after_it_is_no_half_of_a_word():
    # 管理率为 twice, 管理率未达到 once: 未 heads 达到 (jieba counts 率为 a word, 率未 none)
    text = ("老年人健康管理率为71.6%，低于年度目标。老年人健康管理率为71.6%，低于年度目标。"
            "一是老年人健康管理率未达到年度目标。")
    assert phrase_fixes(text) == set()
    # the same phrases with a real slip inside a word are still read
    assert phrase_fixes(text + "项目资金及时拨付到位。上级资金及时拨付到位。县级配套资金计时拨付到位。") == {("计时", "改为“及时”")}
