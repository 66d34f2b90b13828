"""A list of names pasted into a sentence, cut off mid-word, is a splice. A list of names said again
(after a verb that takes it: 负责, 落实, 指导 …) is the report naming its things twice, so a partial
splice needs more than the list; but a name said again is said whole. A run that stops inside a word of
its source (…城市管|理) and leaves that character stranded in the host (…城市管|综合执法) was cut out of
running text. A list said again that ends on a word of its own in the host (…会议培训费|支出) is not."""

from drafting.checks.splice_text import cut_mid_word
from drafting.io.text_reader import read_text_string
from drafting.review import review

UNITS = "本局内设办公室、督查考核股、法制股、市政设施管理股、财务股、人事股、城市管理指挥中心。全局在职人员132人。"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule or f.kind.value, f.quote) for f in review(read_text_string(text)).findings]


def test_a_list_cut_off_mid_word_and_pasted_into_a_sentence_is_a_splice():
    run = "法制股、市政设施管理股、财务股、人事股、城市管"
    text = "\n".join(["某区城市管理和综合执法局2019年度部门整体支出绩效自评报告", "一、部门基本情况", UNITS,
                      "二、主要职能", f"负责全区城市管理和{run}综合执法工作的统筹协调，组织实施城市管理相关法规。"])
    # the seam's stranded 管 (城市管综合) is the splice's, not a dropped character of its own
    assert _found(text) == [("redundancy.splice_partial", run)]


def test_a_list_said_again_ending_on_a_word_of_the_host_is_no_splice():
    text = "\n".join(["某县机关事务中心2022年度部门整体支出绩效自评报告", "一、部门基本情况",
                      "本中心公用经费主要用于办公设备购置、车辆运行维护、会议培训费用，全年支出45.2万元。",
                      "二、预算执行情况", "全年严格落实办公设备购置、车辆运行维护、会议培训费支出审批制度，做到专款专用。"])
    assert not [f for f in _found(text) if f[0] == "redundancy.splice_partial"]


def test_a_run_is_cut_mid_word_only_where_its_source_goes_on_with_the_word_and_the_host_strands_it():
    d = UNITS.index("城市管") + 3  # the run ends …城市管|理指挥中心 in its source
    assert cut_mid_word(UNITS, d, "负责全区城市管综合执法工作", len("负责全区城市管"))  # 管 alone in the host
    assert not cut_mid_word(UNITS, d, "负责全区城市管理执法工作", len("负责全区城市管"))  # the host goes on with 管理
    whole = UNITS.index("城市管理") + 4  # …城市管理|指挥中心: the run ends where a word ends
    assert not cut_mid_word(UNITS, whole, "负责全区城市管理综合执法工作", len("负责全区城市管理"))
