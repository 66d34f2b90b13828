"""Session 76: where no title names the unit, the field that does names it — a published page's 来源 (as its
发布机构 already did) and a form's 部门名称 or 填报单位 — so the same bureau under a neighbour's name is read
as the report's own bureau written wrong."""

from drafting.checks.unit_titles import title_unit_name
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _neighbours(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "entities.neighbour_unit"]


_NOTICE = ("万荣县民政局关于2023年度福利彩票公益金使用情况的公告\n"
           "发布日期：2024-06-28    来源：万荣县民政局    【字体：】\n"
           "2023年，{0}民政局使用彩票公益金65.5万元，用于老年人福利和社会公益项目。\n"
           "一、资金使用情况\n万荣县民政局严格遵循福利彩票的发行宗旨，资金全部用于社会福利事业。\n")


def test_a_pages_source_field_names_the_unit():
    assert title_unit_name(read_text_string(_NOTICE.format("万荣县"))) == "万荣县民政局"
    assert "临猗县民政局" in "".join(_neighbours(_NOTICE.format("临猗县")))
    assert _neighbours(_NOTICE.format("万荣县")) == []


_FORM = ("2020年度市级财政资金整体支出绩效自评材料\n"
         "部门名称:(公章)梅州市住房和城乡建设局\n填报日期:2021年6月1日\n"
         "一、部门基本情况\n(一)部门职能。\n{0}住房和城乡建设局贯彻落实党中央、省委关于住房和城乡建设工作的方针政策。\n")


def test_a_forms_department_field_names_the_unit():
    assert title_unit_name(read_text_string(_FORM.format("梅州市"))) == "梅州市住房和城乡建设局"
    assert "汕头市住房和城乡建设局" in "".join(_neighbours(_FORM.format("汕头市")))
    assert _neighbours(_FORM.format("梅州市")) == []
    sealed = _FORM.replace("部门名称:(公章)", "单位名称（盖章）：")
    assert title_unit_name(read_text_string(sealed.format("梅州市"))) == "梅州市住房和城乡建设局"


def test_a_source_that_names_no_unit_names_none():
    """资金来源 is where the money came from, and a site's 来源：本站 or a fund's name is no unit."""
    for head in ("资金来源：县级财政预算安排\n", "来源：本站\n", "来源：县财政补助资金\n"):
        assert title_unit_name(read_text_string(head + "一、基本情况\n全年支出12万元。\n")) is None


def test_a_title_among_a_pages_captions_run_together_names_the_unit():
    """A document site's copy opens with the file's captions, one a page, read as one paragraph
    (某镇小学…评价报告.doc_第1页 / …_第2页 …): the title is the first caption, and its unit is the report's."""
    captions = "".join(f"仁兴镇小学营养改善计划财政支出绩效评价报告.doc_第{k}页\n" for k in range(1, 6))
    report = read_text_string(captions + "一、基本情况\n全镇现有在校学生2906人，教师179人。\n")
    assert title_unit_name(report) == "仁兴镇小学"
    wrong = read_text_string(captions + "一、基本情况\n全省现有在校学生2906人，教师179人。\n")
    assert "全省" in [f.quote for f in review(wrong).findings if f.rule.startswith("entities.")]
