"""A level word that does not fit the unit is found in more of the wordings real reports use, and a higher
level named as a frame, a source of money or a document stays silent.

Why: levels planted into unseen real reports were missed where the unit's own budget is approved in
another word order (年初预算经省财政批复为…), where 与/同/向 name the unit's own partners (与全省各乡镇签订),
where 全省 is followed by 年度 or 内, where a township government calls itself 县级, and in the duty list's
closing item (完成省委、省政府交办的其他任务). All text is invented.
"""

import pytest

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review

COUNTY = "平安县水利局2025年度部门整体支出绩效自评报告"
TOWN = "青石镇人民政府2025年度部门整体支出绩效自评报告"


def level_quotes(title: str, body: str) -> list[str]:
    findings = review(read_text_string(f"{title}\n\n{body}\n")).findings
    return [f.quote for f in findings if f.kind is Kind.ENTITY_MISMATCH]


# a county unit's sentence with its own level word {w}: 县 is sound, 省 is the defect
COUNTY_SHAPES = [
    "2025年我局年初预算经{w}财政批复为1,234.56万元。",
    "年初预算由{w}财政核定为1,234.56万元。",
    "我局部门预算由{w}财政审核批复后下达。",
    "经{w}财政局核定，本单位2025年度收入预算1,234.56万元。",
    "根据{w}财政局关于2025年部门预算的批复，我局年初预算为1,234.56万元。",
    "本单位年初预算经{w}财政审核，核定为1,234.56万元。",
    "与全{w}各乡镇签订了水利工程安全生产目标责任书。",
    "同全{w}18个乡镇签订了河道管护责任状。",
    "向全{w}各乡镇下发了山洪灾害防御整改通知。",
    "完成全{w}年度水土流失治理任务1.2万亩。",
    "在全{w}内开展农村饮水安全排查。",
    "完成{w}委、{w}政府交办的其他工作任务。",
]


@pytest.mark.parametrize("sentence", COUNTY_SHAPES)
def test_a_county_units_own_level_changed_to_the_province_is_found(sentence):
    assert any("省" in q for q in level_quotes(COUNTY, sentence.format(w="省")))


@pytest.mark.parametrize("sentence", COUNTY_SHAPES)
def test_the_county_units_own_level_is_left_alone(sentence):
    assert level_quotes(COUNTY, sentence.format(w="县")) == []


@pytest.mark.parametrize("sentence", [
    "项目年初预算经省财政批复为200万元。",  # a project's budget: the level that funds it may approve it
    "专项资金预算经省财政厅批复后下达我局。",
    "经省财政厅批复下达专项资金，我局年初预算追加200万元。",
    "与全省平均水平相比，我县农村自来水普及率高出2个百分点。",
    "同全市同步推进河长制工作。",
    "向全省推介我县小型水库管护经验。",
    "向全市报送水利信息36条。",
    "完成省委巡视组交办的其他信访事项。",  # a higher level's inspection hands the county cases: sound
    "根据省财政厅《关于下达2025年省级水利发展资金的通知》，我局收到省级专项资金500万元。",
    "我县水利工作考核在全省排名第3位。",
])
def test_a_higher_level_named_as_a_frame_or_a_source_stays_silent(sentence):
    assert level_quotes(COUNTY, sentence) == []


def test_a_township_government_calling_itself_a_county_level_unit_is_found():
    assert level_quotes(TOWN, "本单位为县级一级预算单位，下设办公室等8个内设机构。") == ["县级一级预算单位"]
    assert level_quotes(TOWN, "本单位为镇级一级预算单位，下设办公室等8个内设机构。") == []


@pytest.mark.parametrize(("title", "sentence"), [
    # a unit seated in a township but run by the county may be a county-level unit
    ("平安县青石镇中心小学2025年度部门整体支出绩效自评报告", "本单位为县级财政全额拨款事业单位，由县教育局主管。"),
    # a township government speaks of the county it lies in, and of the county government it is under
    (TOWN, "我县乡村振兴工作全面推进，本镇完成村庄规划编制15个。"),
    (TOWN, "青石镇人民政府为县级政府下属的行政单位，执行政府会计制度。"),
    # a 街道 is the district's agency
    ("平安区青石街道办事处2025年度部门整体支出绩效自评报告", "本单位为区级一级预算单位。"),
])
def test_a_township_units_county_words_that_fit_it_stay_silent(title, sentence):
    assert level_quotes(title, sentence) == []
