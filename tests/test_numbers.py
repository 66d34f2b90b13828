"""extract(): every numeric mention with exact span, value, unit, scale, places, qualifier and kind."""

from decimal import Decimal

from drafting.numbers.extract import MentionKind, Qualifier, extract
from drafting.quantities import Unit


def only(text: str):
    ms = [m for m in extract(text) if m.kind is not MentionKind.NOT_A_CLAIM]
    assert len(ms) == 1, ms
    return ms[0]


def test_counts_with_wan_keep_value_scale_and_shown_places():
    m = extract("全县参保合计24.27万人，基金征缴2.15亿元")[0]
    assert (m.text, m.value, m.unit, m.scale, m.places, m.kind) == (
        "24.27万人", Decimal(242700), Unit.PERSON, Decimal(10000), 2, MentionKind.COUNT)


def test_money_keeps_its_written_unit():
    m = extract("全县参保合计24.27万人，基金征缴2.15亿元")[1]
    assert (m.text, m.value, m.unit, m.places, m.kind) == ("2.15亿元", Decimal("2.15"), Unit.YI_YUAN, 2, MentionKind.AMOUNT)


def test_thousands_separators_are_read():
    m = only("比上年减少14,293.93元")
    assert (m.value, m.unit, m.places) == (Decimal("14293.93"), Unit.YUAN, 2)


def test_a_fullwidth_comma_between_fullwidth_digits_is_a_thousands_separator():
    text = "预算安排１，２８０．００万元，其中中央补助７６０．００万元"
    [total, part] = extract(text)
    assert (total.value, part.value) == (Decimal("1280.00"), Decimal("760.00"))
    assert text[total.start:total.end].startswith("１，２８０．００")


def test_a_chinese_comma_between_two_figures_stays_a_comma():
    assert [m.value for m in extract("分别完成3，12个")] == [Decimal(3), Decimal(12)]
    assert [m.value for m in extract("新增就业1，280人次参加培训")] == [Decimal(1), Decimal(280)]


def test_spans_point_into_the_original_text():
    text = "就业率达98.22%，新增就业2141人"
    for m in extract(text):
        assert text[m.start:m.end] == m.text


def test_fullwidth_digits_and_percent_sign_keep_exact_spans():
    text = "就业率达９８．２２％。"
    m = only(text)
    assert (m.value, m.unit, m.places, m.text) == (Decimal("98.22"), Unit.PERCENT, 2, "９８．２２％")
    assert text[m.start:m.end] == m.text


def test_points_are_not_percent():
    m = only("就业率比上年提高2.8个百分点")
    assert (m.kind, m.unit, m.value) == (MentionKind.POINTS, Unit.POINTS, Decimal("2.8"))


def test_chinese_numeral_with_unit_is_a_count():
    m = only("新增就业两千一百四十一人")
    assert (m.value, m.unit, m.kind) == (Decimal(2141), Unit.PERSON, MentionKind.COUNT)


def test_words_with_numeral_characters_are_not_numbers():
    text = "三公经费一般按统一标准，一是一次性补贴，第一届评比，打造一流服务，十分重要，三个要素"
    assert extract(text) == []


def test_chinese_year_is_a_year():
    m = extract("二〇二二年")[0]
    assert (m.kind, m.value) == (MentionKind.YEAR, Decimal(2022))


def test_year_and_budget_year_suffix():
    kinds = [(m.kind, m.value, m.unit_text) for m in extract("2022年度预算，2021年完成")]
    assert kinds == [(MentionKind.YEAR, Decimal(2022), "年度"), (MentionKind.YEAR, Decimal(2021), "年")]


def test_a_full_date_is_one_mention_with_its_year():
    ms = extract("报告日期：2023年2月 20日")
    assert [(m.kind, m.value, m.text) for m in ms] == [(MentionKind.DATE, Decimal(2023), "2023年2月 20日")]


def test_year_month_is_a_date():
    assert [m.kind for m in extract("2022年1月在全市率先举办")] == [MentionKind.DATE]


def test_document_number_is_never_a_year_claim():
    ms = extract("《关于切实加强社会保险基金监管工作的意见》（湘办〔2021〕28号）")
    assert ms and all(m.kind is MentionKind.NOT_A_CLAIM for m in ms)


def test_phone_number_is_not_a_claim():
    assert [m.kind for m in extract("联系电话：0745-8251787")] == [MentionKind.NOT_A_CLAIM]


def test_budget_code_is_not_a_claim():
    assert [m.kind for m in extract("预算编码    518")] == [MentionKind.NOT_A_CLAIM]


def test_list_markers_are_not_claims():
    for text in ("1、2022年新增就业", "3．深入落实", "（2）严格审核", "指标1：享受人员", "任务6：民兵训练"):
        first = extract(text)[0]
        assert first.kind is MentionKind.NOT_A_CLAIM, text


def test_number_in_quotes_is_a_name():
    ms = extract("脱贫劳动力“311”覆盖率100%")
    assert [m.kind for m in ms] == [MentionKind.NOT_A_CLAIM, MentionKind.PERCENT]


def test_yu_after_wan_is_approximate():
    m = only("直播当天观看人次达8万余人")
    assert (m.value, m.unit, m.scale, m.qualifier, m.qualifier_text) == (
        Decimal(80000), Unit.PERSON, Decimal(10000), Qualifier.APPROX, "余")


def test_yu_before_the_unit_is_approximate():
    m = only("提供就业岗位7000余个")
    assert (m.value, m.unit, m.qualifier) == (Decimal(7000), Unit.GE, Qualifier.APPROX)


def test_yinei_is_an_upper_bound():
    m = only("城镇登记失业率控制在4.5%以内")
    assert (m.value, m.unit, m.qualifier, m.text) == (Decimal("4.5"), Unit.PERCENT, Qualifier.AT_MOST, "4.5%以内")


def test_buditu_is_a_lower_bound():
    assert only("满意度不低于90%").qualifier is Qualifier.AT_LEAST


def test_jiaci_is_not_jia():
    ms = extract("约谈企业12家次；巡查工地共30（家）次、审查企业9家")
    assert [(m.value, m.unit) for m in ms] == [(12, Unit.JIA_TIMES), (30, Unit.JIA_TIMES), (9, Unit.JIA)]


def test_renci_is_not_ren():
    assert only("培训1218人次").unit is Unit.PERSON_TIME


def test_count_and_percent_glued_together_are_two_mentions():
    ms = extract("职业指导次数为4045次2.8%。")
    assert [(m.value, m.unit) for m in ms] == [(Decimal(4045), Unit.TIMES), (Decimal("2.8"), Unit.PERCENT)]


def test_bare_table_cell_is_a_number():
    m = only("1209.14")
    assert (m.kind, m.unit, m.places) == (MentionKind.NUMBER, Unit.NONE, 2)


def test_points_listed_with_he_are_all_points():
    ms = extract("分别比上年提高0.6个和1.3个百分点")
    assert [(m.value, m.unit) for m in ms] == [(Decimal("0.6"), Unit.POINTS), (Decimal("1.3"), Unit.POINTS)]


def test_a_number_that_names_a_programme_or_a_line_is_not_a_figure():
    kinds = {m.text: m.kind for m in extract("培训1119人次。311服务对象人数为1610人，开通12345热线")}
    assert kinds["311"] is MentionKind.NOT_A_CLAIM and kinds["12345"] is MentionKind.NOT_A_CLAIM
    assert kinds["1119人次"] is not MentionKind.NOT_A_CLAIM and kinds["1610人"] is not MentionKind.NOT_A_CLAIM


def test_a_bare_count_after_a_counting_word_stays_a_figure():
    (m,) = extract("全县共12乡镇")
    assert m.kind is not MentionKind.NOT_A_CLAIM


def test_the_scan_tries_the_pattern_only_where_a_mention_can_start_and_finds_the_same():
    import sys

    ex = sys.modules["drafting.numbers.extract"]
    texts = ["依据湘人社发〔2021〕28号，2022年3月支出1,280.5万元，增长-3.5%，约两千一百人，百分之九十五",
             "电话0731-12345678，手机13912345678；编号12.34.56；二〇二二年度；十分之一；第3条",
             "1.2.3、4,567,890.12 ٣٤ 五万亿 +7 ［2020］5号", ""]
    for text in texts:
        t = ex.normalise(text)
        assert [(m.span(), m.lastgroup) for m in ex._mentions(t)] == \
            [(m.span(), m.lastgroup) for m in ex._MASTER.finditer(t)]


def test_a_qualifier_word_before_a_figure_is_read_only_when_the_figure_follows_it():
    """约/不超过/逾 … right before a figure qualify it; 节约 is a saving, not 约; other words do not (invented text)."""
    from drafting.numbers.extract import Qualifier, extract

    def qualifier(text: str) -> tuple[str, str]:
        m = next(m for m in extract(text) if m.is_claim)
        return m.qualifier.value, m.qualifier_text

    assert qualifier("全年培训约320人次") == (Qualifier.APPROX.value, "约")
    assert qualifier("支出不超过45万元") == (Qualifier.AT_MOST.value, "不超过")
    assert qualifier("支出不低于45万元") == (Qualifier.AT_LEAST.value, "不低于")
    assert qualifier("受益逾1200户") == (Qualifier.AT_LEAST.value, "逾")
    assert qualifier("节约3.09万元") == (Qualifier.EXACT.value, "")
    assert qualifier("完成监测320人次") == (Qualifier.EXACT.value, "")
