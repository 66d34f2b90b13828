"""Session 58's lead fixes read on pools 73–74 after their measure (held out until then): a kana of a
Chinese character's shape is a slip; and four readings that are no defect — a page number a document-sharing
copy cuts into the text (2、 at a line's start: its 、 is no sentence's mark, 3、。 no doubled mark), a street's
name before its number, and a numbered heading closed with a stop whose project name the report says again."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "2021年度某区地震局项目支出绩效自评报告\n一、项目概况\n"


def _rules(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(HEAD + body)).findings]


def test_a_katakana_of_a_chinese_characters_shape_is_that_character_mistyped():
    found = _rules("2019年，全镇共有贫困人ロ2700人，已全部脱贫；使エ程验收合格率达到100%。\n")
    assert ("language.letter_digit", "ロ") in found and ("language.letter_digit", "エ") in found


def test_kana_among_kana_and_a_long_vowel_mark_in_a_range_are_left_alone():
    found = _rules("上传者：ヽ|.Candy°テスト。项目实施时间为3月ー5月，已按期完成。\n")
    assert not [r for r, _ in found if r == "language.letter_digit"]


def test_a_page_number_cut_into_a_flattened_form_is_no_sentence_mark_for_a_doubled_word():
    found = _rules("项目指标类型绩效指标绩效目标绩效标准优良中差产出指标年育苗数量600万株600万500万300万成效指标对经济和社会\n"
                   "2、的影响对经济和社会的影响较好较好好一般差群众满意度群众满意度较好较好好一般差效率指标\n")
    assert not [r for r, _ in found if r == "language.doubled_word"]


def test_a_doubled_word_in_a_sentence_after_a_list_marker_is_still_a_slip():
    found = _rules("1、认真认真落实各项政策，确保资金及时拨付。\n")
    assert ("language.doubled_word", "认真认真") in found


def test_a_page_number_before_the_sentences_full_stop_is_no_doubled_mark():
    found = _rules("实施周期是2021年1月1日至2021年12月30日\n3、。项目实施主管部门是区人民政府。\n")
    assert not [r for r, _ in found if r == "language.doubled_mark"]


def test_a_list_marker_followed_by_a_colon_is_still_a_doubled_mark():
    found = _rules("全年社会消费品零售总额33.39亿元。\n1、:社会消费品零售总额同比增速9.5%。\n")
    assert any(r == "language.doubled_mark" for r, _ in found)


def test_a_streets_name_before_its_number_is_no_typo():
    found = _rules("项目负责人洪某，联系电话63222166，地址文昌市文城镇文建街84号，邮编571300。\n")
    assert not [r for r, _ in found if r == "language.typo"]


def test_the_same_word_away_from_an_address_is_still_read():
    found = _rules("已按要求上报相关文建，资金已拨付到位。\n")
    assert ("language.typo", "文建") in found


def test_a_numbered_heading_closed_with_a_stop_is_no_paragraph_a_sentence_copies():
    body = ("(一)基本情况。本项目资金353.6万元，用于自然村通硬化路、建制村通双车道等。\n"
            "(二)某区交通运输局关于车辆购置税收入补助地方资金整体绩效目标情况。\n"
            "下达我局353.6万元，用于自然村通硬化路、建制村通双车道、新建桥梁等，确保公路处于良好使用状态。\n"
            "二、综合评价结论\n"
            "某区交通运输局关于车辆购置税收入补助地方资金整体绩效自评分数为89分，等级为B。\n")
    assert not [r for r, _ in _rules(body) if r.startswith("redundancy")]


def test_staff_above_posts_is_read_across_the_two_paragraphs_that_state_them():
    found = _rules("机构编制管理部门核定编制人数7人，设常务副会长1名、副会长1名，内设机构负责人3名。\n"
                   "截至2023年12月31日，实有在编人数8人，其中参公管理人员6人。\n")
    assert any(r == "staffing.over_posts" for r, _ in found)


def test_a_year_after_xiada_lost_its_nian():
    found = _rules("根据省财政厅《关于提前下达2023中央支持地方公共文化服务体系建设补助资金的通知》，我市开展自评。\n")
    assert ("language.dropped", "2023中") in found


def test_an_amount_after_xiada_keeps_its_unit_and_is_no_year():
    found = _rules("省财政共下达2023万元，全部拨付到位。\n")
    assert not [r for r, _ in found if r == "language.dropped"]
