"""Session 58's lead fixes read on pools 75–76 after their measure (held out until then): a comparison sign
written twice (≥≥98%) is a doubled mark; and three readings that are no defect — a claim word under a deadline
(a requirement, not a result), a page that publishes a year's results the next year, and
预决算 (预算和决算), a word of its own beside the term 预算绩效管理. And from pools 77–78: 分 after 万元 that a count
follows is the verb; a paragraph's bare rates are one finding; a change and its figure (提升10%) is a value."""

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table
from drafting.review import ReviewOptions, review

HEAD = "岳阳楼区人大办2016年度代表之家项目绩效自评报告\n一、项目基本概况\n"


def _rules(body: str, head: str = HEAD) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(head + body), options=ReviewOptions(stock_claims=True)).findings]


def test_a_comparison_sign_written_twice_is_a_doubled_mark():
    found = _rules("社会效益指标：贫困地区农村集中供水率≥≥98%；受益建档立卡贫困人口数≥24人。\n")
    assert ("language.doubled_mark", "≥≥") in found


def test_a_comparison_sign_once_before_each_figure_is_left_alone():
    found = _rules("社会效益指标：集中供水率≥98%，水质不合格率≤5%。\n")
    assert not [r for r, _ in found if r == "language.doubled_mark"]


RESULTS = "三、项目绩效自评情况\n项目绩效定性目标及实施计划完成情况\n"


def test_a_claim_word_under_a_deadline_is_a_requirement_not_a_result():
    found = _rules(RESULTS + "根据省人大常委会要求，2014年年底前基本实现全省各乡镇、街道设立人大代表之家的全覆盖。\n")
    assert not [r for r, _ in found if r == "claims.strong_claim"]


def test_the_same_claim_as_a_years_result_is_still_read():
    found = _rules(RESULTS + "我区人大代表之家建设实现全覆盖。\n")
    assert ("claims.strong_claim", "全覆盖") in found


def test_a_page_publishing_a_years_results_the_next_year_names_its_own_year():
    head = "九亭镇2021年预算绩效评价结果公开\n财政项目支出绩效自评表\n"
    body = "2020年度\n项目名称：城镇建设管理\n年度资金总额1450万元，2020年全年执行1450万元，执行率100%。\n"
    assert not [r for r, _ in _rules(body, head) if r == "dates.stale_title"]


def test_a_stale_title_is_still_read_where_the_title_is_a_report():
    head = "九亭镇2021年度城镇建设管理项目绩效自评报告\n财政项目支出绩效自评表\n"
    body = "2020年度\n项目名称：城镇建设管理\n年度资金总额1450万元，2020年全年执行1450万元，执行率100%。\n"
    assert any(r == "dates.stale_title" for r, _ in _rules(body, head))


def test_yujuesuan_is_a_word_of_its_own_beside_the_term():
    found = _rules("主题分类：预决算绩效管理信息。本单位加强预算绩效管理，做好预决算公开。\n")
    assert not [r for r, _ in found if r == "language.fiscal_term"]


def test_a_character_struck_into_the_term_is_still_a_slip():
    found = _rules("本年度一般公共性预算拨款收入120万元，全部用于项目支出。\n")
    assert any(r == "language.fiscal_term" for r, _ in found)


def test_fen_followed_by_a_count_is_the_verb_not_a_stray_unit():
    found = _rules("2024年车辆购置税收入补助地方资金10401.21万元分两批下达，主要用于农村公路建设。\n")
    assert not [r for r, _ in found if r == "language.stray_unit"]


def test_a_measure_typed_after_yuan_is_still_a_stray_unit():
    found = _rules("完成公益林42.59万元亩的管护，管护资金全部到位。\n")
    assert ("language.stray_unit", "42.59万元亩") in found


def test_the_bare_rates_of_one_paragraph_are_one_finding():
    found = _rules("自7月1日起将城乡低保标准630/人/月调整为659/人/月，按月足额发放。\n")
    assert [q for r, q in found if r == "language.dropped"] == ["630/人"]



def _form(actual: str) -> list[str]:
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "生态效益指标", "生态文明理念和意识", "提升10%", actual, "6", "6"]]
    return [f.rule for f in check_claims(Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in rows])]), stock_claims=True)]


def test_a_change_and_its_figure_is_an_actual_value_not_evidence_off_topic():
    assert "claims.evidence_off_topic" not in _form("提升10%")


def test_an_actual_cell_of_words_off_the_indicators_topic_is_still_read():
    assert "claims.evidence_off_topic" in _form("群众满意度较高")
