"""A sentence pasted into a sibling section: found where only the list markers opening the two paragraphs
differ ((一)… and (二)… say the same sentence), and where two sentences open their own way but close with
the same thirty or more Chinese characters (forty-five until session 57). Silent for shorter shared closings, for closings with a
figure, and for sentences that share only an opening."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某镇人民政府2023年度转移支付资金绩效自评报告\n"


def _rules(text: str, rule: str) -> list[str]:
    return [f.quote for f in review(read_text_string(_TITLE + text)).findings if f.rule == rule]


def test_a_sentence_opening_two_numbered_paragraphs_alike_is_a_copy():
    text = ("一、项目概况\n(一)某镇人民政府2023年度下达上级转移支付资金312.45万元。绩效目标从产出、效益和满意度三方面设置。\n"
            "(二)某镇人民政府2023年度下达上级转移支付资金312.45万元。其中中央资金100万元，省级资金212.45万元，共分8个项目。\n"
            "二、绩效目标完成情况\n各项目均按期完成。\n")
    assert _rules(text, "redundancy.copied_sentence") == ["某镇人民政府2023年度下达上级转移支付资金312.45万元。"]


_CLOSING = "营造全社会尊重劳动、崇尚技能的良好氛围，激发广大技术工人钻研业务的积极性、主动性，为他们成长成才、服务群众和企业发展搭建广阔平台"


def _two_sections(first_close: str, second_close: str) -> str:
    return ("一、项目基本情况\n按照县委县政府印发的表彰方案，向全县优秀技术工人颁发荣誉证书，" + first_close + "。本项目由县人社局组织实施。\n"
            "二、绩效目标完成情况\n(一)产出指标\n表彰优秀技术工人120名，目标120名。\n(二)效益指标\n"
            "效益指标全部完成，通过项目实施" + second_close + "。\n三、存在问题\n无。\n")


def test_two_sentences_closing_with_the_same_long_words_are_a_copy():
    found = _rules(_two_sections(_CLOSING, _CLOSING), "redundancy.copied_tail")
    assert len(found) == 1 and found[0].startswith("营造全社会尊重劳动")


def test_a_shorter_shared_closing_is_stock_wording_and_left_alone():
    short = "为他们成长成才、服务群众和企业发展搭建广阔平台"
    assert _rules(_two_sections("激励先进" + short, "鼓舞后进" + short), "redundancy.copied_tail") == []


def test_a_shared_closing_with_a_figure_is_left_alone():
    closing = _CLOSING.replace("广大技术工人", "全县1200名技术工人")
    assert _rules(_two_sections(closing, closing), "redundancy.copied_tail") == []


def test_sentences_sharing_only_their_opening_are_left_alone():
    other = "提升技术工人的社会地位和职业荣誉感，带动更多青年投身制造业和现代服务业一线岗位，推动全县技能人才队伍建设迈上新台阶"
    assert _rules(_two_sections(_CLOSING, other), "redundancy.copied_tail") == []
