"""Curated fixed phrases (data/typo_confusions.yaml): 成语 and set words of 公文 whose wrong form is no
word anywhere (一股作气, 兢兢业业 typed 竞竞业业, 户藉 …), each with its reason; and the right words
their letters can meet across a boundary (遵循私营, 直接了当事人), left alone. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def curated(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("全体干部一股作气完成年度目标。", "一股作气", "一鼓作气"),
    ("财务人员竞竞业业，按时完成决算。", "竞竞业业", "兢兢业业"),
    ("全体职工克尽职守。", "克尽职守", "恪尽职守"),
    ("严肃查处循私舞弊行为。", "循私", "徇私"),
    ("坚持秉公办事，不循私情。", "循私", "徇私"),
    ("整改措施立杆见影。", "立杆见影", "立竿见影"),
    ("各项工作有条不絮推进。", "有条不絮", "有条不紊"),
    ("该项目在评审中脱颍而出。", "脱颍而出", "脱颖而出"),
    ("防止问题重蹈复辙。", "重蹈复辙", "重蹈覆辙"),
    ("不能默守成规。", "默守成规", "墨守成规"),
    ("两项制度相辅相承。", "相辅相承", "相辅相成"),
    ("其意义不言而谕。", "不言而谕", "不言而喻"),
    ("群众满意度与日剧增。", "与日剧增", "与日俱增"),
    ("面对资金缺口一愁莫展。", "一愁莫展", "一筹莫展"),
    ("违规发放补贴变本加利。", "变本加利", "变本加厉"),
    ("报告直接了当地指出问题。", "直接了当", "直截了当"),
    ("对主动说明问题的既往不究。", "既往不究", "既往不咎"),
    ("乡村振兴工作如火如茶。", "如火如茶", "如火如荼"),
    ("专家提出真知卓见。", "真知卓见", "真知灼见"),
    ("打造名符其实的示范村。", "名符其实", "名副其实"),
    ("大力宏扬劳模精神。", "宏扬", "弘扬"),
    ("把政策要求融汇贯通。", "融汇贯通", "融会贯通"),
    ("村容村貌涣然一新。", "涣然一新", "焕然一新"),
    ("领导干部以身做则。", "以身做则", "以身作则"),
    ("不加思索地签批报销单。", "不加思索", "不假思索"),
    ("账目差额莫明其妙。", "莫明其妙", "莫名其妙"),
    ("各科室各施其职。", "各施其职", "各司其职"),
    ("老党员鞠躬尽粹。", "鞠躬尽粹", "鞠躬尽瘁"),
    ("培养出类拔粹的人才。", "出类拔粹", "出类拔萃"),
    ("契而不舍抓落实。", "契而不舍", "锲而不舍"),
    ("持之以衡抓整改。", "持之以衡", "持之以恒"),
    ("报告言简意骇。", "言简意骇", "言简意赅"),
    ("两次测算结果大相经庭。", "大相经庭", "大相径庭"),
    ("全镇上下厉精图治。", "厉精图治", "励精图治"),
    ("两项政策相得益章。", "相得益章", "相得益彰"),
    ("一以惯之抓好落实。", "一以惯之", "一以贯之"),
    ("核实户藉信息120条。", "户藉", "户籍"),
    ("办理党藉转接手续。", "党藉", "党籍"),
    ("落实瞻养老人专项附加扣除。", "瞻养", "赡养"),
    ("发放优抚对象扶恤金。", "扶恤", "抚恤"),
    ("警示教育片令人震憾。", "震憾", "震撼"),
    ("防止纪律松驰。", "松驰", "松弛"),
    ("展现敢打敢拼的气慨。", "气慨", "气概"),
    ("防止形式主义作崇。", "作崇", "作祟"),
    ("特色产业篷勃发展。", "篷勃", "蓬勃"),
    ("完成易地搬迁迁徒120户。", "迁徒", "迁徙"),
    ("修茸村级活动场所3处。", "修茸", "修葺"),
    ("调研报告针贬时弊。", "针贬时弊", "针砭时弊"),
    ("窗口人员态度和霭。", "和霭", "和蔼"),
    ("办事群众穿流不息。", "穿流不息", "川流不息"),
])
def test_a_fixed_phrase_written_wrong_is_flagged_with_its_reason(text, wrong, right):
    assert curated(text) == [(wrong, f"改为“{right}”")]
    [f] = [f for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]
    assert (f.evidence and right[0] in f.evidence) or right in f.evidence


@pytest.mark.parametrize("text", [
    "严格遵循私营企业会计准则。",  # 遵循 + 私营
    "调解员直接了当事人双方的诉求。",  # 直接了 + 当事人
    "会场气势恢宏扬帆起航。",  # 恢宏 + 扬
    "全国藉此契机推进改革。",  # 藉此: 借此
    "户籍、国籍、党籍、学籍管理规范。",
    "全力以赴，一鼓作气，兢兢业业，恪尽职守，徇私舞弊，立竿见影，弘扬，赡养，抚恤，迁徙。",
])
def test_the_right_words_around_a_fixed_phrase_are_left_alone(text):
    assert curated(text) == []
