"""A county unit's report citing another county's document as its own (a report copied from that
county) is one warning per county; the levels above, its own county, a county it names for a reason,
and generic or placeholder counties stay quiet. Invented texts."""

from drafting.checks.entities import check_entities
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string

HEAD = "甲源县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n负责全县养老服务工作。\n"


def foreign(body: str):
    return [f for f in check_entities(read_text_string(HEAD + body)) if f.rule == "entities.foreign_title"]


def test_another_countys_plan_cited_as_the_basis_of_the_work_is_a_warning():
    [f] = foreign("根据《乙县养老服务体系建设实施方案》，推进居家养老服务。\n")
    assert f.kind == Kind.ENTITY_MISMATCH and f.severity == Severity.WARNING
    assert f.location.quote == "《乙县养老服务体系建设实施方案》"
    assert "乙县" in f.message and "甲源县" in f.message


def test_two_titles_of_the_same_county_are_one_finding_listing_both():
    [f] = foreign("根据《乙县养老服务体系建设实施方案》，推进居家养老。\n数据来源于《乙县年鉴（2023）》。\n")
    assert f.location.quote == "《乙县养老服务体系建设实施方案》"
    assert [r.quote for r in f.related] == ["《乙县年鉴（2023）》"]


def test_a_county_named_after_its_city_in_the_title_is_read_too():
    [f] = foreign("按照《丙山市乙县人民政府关于加强养老服务的意见》，开展服务。\n")
    assert "乙县" in f.message


def test_the_own_countys_and_higher_levels_documents_are_quiet():
    body = ("根据《甲源县养老服务体系建设实施方案》和《丁徽省养老服务条例》《丙山市养老服务实施意见》，"
            "以及《中共甲源县委关于…的意见》，推进居家养老。\n数据来源于《甲源县年鉴（2023）》。\n")
    assert foreign(body) == []


def test_a_county_the_sentence_says_it_learnt_from_is_quiet():
    assert foreign("参照《乙县养老服务体系建设实施方案》的经验，完善本县服务。\n") == []


def test_a_county_the_report_names_outside_the_title_is_quiet():
    assert foreign("对口帮扶乙县，依据《乙县帮扶工作方案》开展工作。\n") == []


def test_generic_and_placeholder_counties_are_no_county():
    body = ("根据《国家级示范县创建方案》《XX县养老服务实施方案》《某县年鉴》，落实《市县养老服务规划》"
            "《关于县政府购买服务的意见》《关于印发县级养老机构管理办法的通知》《加强县乡养老服务的意见》。\n")
    assert foreign(body) == []


def test_a_city_units_report_is_not_read():
    text = "丙山市民政局2023年度部门整体支出绩效自评报告\n指导《乙县养老服务体系建设实施方案》的实施。\n"
    assert [f for f in check_entities(read_text_string(text)) if f.rule == "entities.foreign_title"] == []


def test_a_county_party_committees_joint_document_is_read():
    [f] = foreign("根据《中共乙县委 乙县人民政府关于加强养老服务的意见》，推进居家养老。\n")
    assert "乙县" in f.message


def test_the_own_county_named_short_is_its_own():
    """城步县 is 城步苗族自治县 named short, and 鄂温克旗 is 鄂温克族自治旗: their documents are the unit's own."""
    text = "城步苗族自治县财政局2023年度部门整体支出绩效自评报告\n根据《城步县财政局关于开展绩效自评的通知》开展自评。\n"
    assert [f for f in check_entities(read_text_string(text)) if f.rule == "entities.foreign_title"] == []
    other = "城步苗族自治县财政局2023年度部门整体支出绩效自评报告\n根据《绥宁县财政局关于开展绩效自评的通知》开展自评。\n"
    assert [f.rule for f in check_entities(read_text_string(other))] == ["entities.foreign_title"]
