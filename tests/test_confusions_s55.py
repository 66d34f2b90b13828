"""Classic 公文 confusions added in session 55 (issue #10): each is on a published list of common wrong
characters (《咬文嚼字》's 常见错别字, the 人民日报 guide to easily confused characters, the 公文 proofreading
guides' 易混词) and likely in a 绩效自评报告. Each entry's pattern carries the context that makes it wrong
wherever it matches: here each catches its slip, and leaves right usage whose letters it could meet — the
right word itself, and right words meeting across a boundary (过度期待, 一批露天, 出租凭证, 不堪察看 …).
Sentences are invented, in the style of 绩效自评报告.
"""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def confused(text: str) -> list[str]:
    """The quotes of the curated (and register) confusions found in ``text``."""
    return [f.quote for f in check_typos(read_text_string(text), standard_forms=True) if f.rule == "language.confusion"]


def suggested(text: str) -> list[str]:
    return [f.suggestion for f in check_typos(read_text_string(text), standard_forms=True) if f.rule == "language.confusion"]


# (the slip, its quote, right usage the pattern's letters meet)
ENTRIES = [
    # 年未 for 年末 before a point-in-time count (年末实有人数, 年末余额); 年未完成 negates a verb
    ("2023年本单位年未实有人数8人。", "年未", "2023年未完成的项目已结转下年。"),
    # 过度 for 过渡 only where a stage follows (过渡期, 过渡阶段) or after 平稳; 过度期待 is 过度 + 期待
    ("政策设置3年过度期，过度期满后统一执行新标准。", "过度", "防止群众产生过度期待，合理引导预期。"),
    ("项目处于由建设向运营的过度阶段。", "过度", "避免过度开发，防止资源过度消耗。"),
    ("确保新旧政策平稳过度。", "过度", "确保新旧政策平稳过渡，防止过度依赖财政补助。"),
    # 过渡 for 过度 only before what is overdone (开发, 依赖, 留痕); 过渡安置, 过渡使用 are right
    ("杜绝过渡留痕，减轻基层负担。", "过渡", "对搬迁群众实行过渡安置，周转房暂作过渡使用。"),
    ("防止对财政补助的过渡依赖。", "过渡", "设置过渡期，过渡期内保持政策稳定。"),
    # 圆 for 园 after a crop and before a site's words; 成果圆满, 结果圆满 are right
    ("新建标准化茶圆基地1200亩，改造低产果圆300亩。", "圆", "项目成果圆满，考核结果圆满达标。"),
    ("入驻工业圆区企业12家。", "圆", "工作任务圆满完成，半圆区域划定为绿化带。"),
    # 既 for 即 before 使是/便是; 既使……又…… (both … and) is right
    ("既使是偏远村组，也实现了网络全覆盖。", "既", "项目既使群众受益，又带动了村集体增收。"),
    ("即然已列入年度计划，就要按期完成。", "即然", "发现问题立即然后逐项整改。"),
    ("我们将既往开来，推动工作再上新台阶。", "既往开来", "我们将继往开来，一如既往推动工作。"),
    ("保障群众生活必须品供应。", "必须品", "项目必须品质优良，资金必须专款专用。"),
    ("发挥示范基地的幅射带动作用。", "幅射", "收入大幅增长，发挥示范辐射带动作用。"),
    ("组织干部职工开展体育锻练。", "锻练", "组织干部职工开展体育锻炼，加强岗位练兵。"),
    ("建立农产品质量安全追朔体系。", "追朔", "建立农产品质量安全追溯体系。"),
    ("按规定及时批露预算信息。", "批露", "第一批露天停车场已建成，按规定及时披露预算信息。"),
    ("购入帐蓬100顶，发放至安置点。", "帐蓬", "购入帐篷100顶，及时入账。"),
    ("支付办公用房租凭费12万元。", "租凭", "支付办公用房租赁费12万元，凭证齐全；车辆出租凭合同结算，房租凭发票报销。"),
    ("完成地质堪察和施工图设计。", "堪", "完成地质勘察，道路拥堵不堪，测评结果良好。"),
    ("建成乡村旅游渡假村1处。", "渡假", "建成乡村旅游度假村1处，渡口假日客流增加。"),
    ("让困难群众欢渡春节。", "欢渡", "让困难群众欢度春节，联欢渡口码头人员。"),
    ("改造客运站侯车室2处。", "侯车", "改造客运站候车室2处，侯主任负责车辆调度。"),
    ("形成会议记要，印发各单位执行。", "会议记要", "形成会议纪要，做好会议记录。"),
    ("召开坐谈会3次，征求意见20条。", "坐谈会", "召开座谈会3次，坐谈心得体会。"),
    ("对考核优秀的单位给于奖励。", "给于", "对考核优秀的单位给予奖励，并交给于书记审定。"),
    ("赋于乡镇更多审批职能。", "赋于", "赋予乡镇更多审批职能，禀赋于此可见一斑。"),
    ("被授于“先进集体”称号。", "授于", "被授予“先进集体”称号，经验传授于基层干部。"),
    ("对违规问题于以纠正。", "于以", "对于以上问题，已予以纠正；关于以奖代补资金，用于以工代赈项目。"),
    ("当前安全生产形式十分严峻。", "形式", "当前安全生产形势十分严峻，宣传形式多样，形式主义问题得到整治。"),
    ("在网站发布招聘启示。", "启示", "在网站发布招聘启事，这次招聘启示我们要提前谋划。"),
    ("完成县志编篡工作。", "编篡", "完成县志编纂工作，严禁汇编篡改数据。"),
]


@pytest.mark.parametrize(("slip", "quote", "right"), ENTRIES)
def test_a_classic_confusion_is_caught(slip, quote, right):
    assert quote in confused(slip)


@pytest.mark.parametrize(("slip", "quote", "right"), ENTRIES)
def test_right_usage_its_letters_meet_is_left(slip, quote, right):
    assert confused(right) == []


def test_a_slip_is_told_with_the_right_word():
    """The replacement is the whole right character or word, not the pattern's context."""
    assert suggested("既使是偏远村组，也实现了网络全覆盖。") == ["改为“即”"]
    assert suggested("新建标准化茶圆基地1200亩。") == ["改为“园”"]
    assert suggested("政策设置3年过度期。") == ["改为“过渡”"]


def test_a_tent_written_with_the_wrong_grass_is_one_finding_not_a_ledger():
    """帐蓬 is 帐篷 written with 蓬: one finding, not also 入帐 (账) in 购入帐蓬 — 帐 before 篷 or 蓬 is a tent."""
    assert confused("从县仓库购入帐蓬100顶。") == ["帐蓬"]
