"""Language checks: 发文字号, doubled words and clauses, punctuation — quiet on well-formed text."""

import pytest

from drafting.checks.language import check_language
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string


def findings(text: str, kind: Kind | None = None):
    report = read_text_string(text)
    out = check_language(report)
    for f in out:
        assert f.quote == report.quote(f.location.location)
    return [f for f in out if kind is None or f.kind is kind]


def test_a_well_formed_document_number_is_left_alone():
    assert findings("根据《关于印发预算管理办法的通知》（湘财预〔2021〕28号）要求，开展自评。") == []


def test_square_brackets_around_the_year_are_flagged_with_the_fix():
    [f] = findings("依据保财绩[2022]4号文件开展自评。", Kind.DOCUMENT_NUMBER)
    assert "[ ]" in f.message and f.suggestion == "改为 保财绩〔2022〕4号"
    assert f.quote == "保财绩[2022]4号"


def test_the_same_malformed_shape_throughout_is_one_finding_listing_every_place():
    [f] = findings("依据保财绩[2022]4号、保财教[2021]41号和云财绩[2020]7号文件。", Kind.DOCUMENT_NUMBER)
    assert len(f.related) == 2 and "共3处" in f.message


def test_a_missing_closing_bracket_and_a_year_run_into_the_number_are_flagged():
    assert len(findings("按照湘政发〔201910号要求。", Kind.DOCUMENT_NUMBER)) == 1
    assert len(findings("按照益赫政发201612号文件。", Kind.DOCUMENT_NUMBER)) == 1


def test_di_before_the_serial_number_is_flagged_but_not_in_an_audit_firms_report_number():
    assert len(findings("根据屏办发〔2019〕第4号文件。", Kind.DOCUMENT_NUMBER)) == 1
    assert findings("见某某会计师事务所审字〔2024〕第0019号报告。", Kind.DOCUMENT_NUMBER) == []


def test_a_document_number_in_traditional_characters_ends_in_its_hao():
    """A traditional-character copy writes 號 for 号: 〔2020〕1號 lacks nothing; [2020]1號 still has the
    wrong brackets."""
    assert findings("根據長沙市財政局《關於報送績效自評報告的通知》(長財績〔2020〕1號)文件要求。",
                    Kind.DOCUMENT_NUMBER) == []
    [f] = findings("根據長財績[2020]1號文件要求。", Kind.DOCUMENT_NUMBER)
    assert "六角括号" in f.message


def test_a_court_case_number_is_not_a_document_number():
    assert findings("审结（2019）湘0102民初123号案件。", Kind.DOCUMENT_NUMBER) == []


def test_a_word_written_twice_in_a_row_is_flagged_once():
    [f] = findings("资金全部用于用于城乡居民养老保险。", Kind.REPEATED_WORD)
    assert f.quote == "用于用于" and "用于" in f.suggestion


def test_intended_reduplication_is_not_a_doubled_word():
    assert findings("我们要认认真真、扎扎实实地研究研究，常常检查。", Kind.REPEATED_WORD) == []


def test_a_clause_said_again_right_after_itself_is_one_finding():
    text = "及时拨付项目资金，履行项目资金保障；及时拨付项目资金，履行项目资金保障；确保资金安全。"
    fs = findings(text, Kind.REPEATED_WORD)
    assert len(fs) >= 1 and all("及时拨付项目资金" in f.quote for f in fs)


def test_doubled_marks_are_flagged_but_ellipses_and_dashes_are_not():
    [f] = findings("全年支出100万元。。其中基本支出80万元。", Kind.PUNCTUATION)
    assert f.quote == "。。"
    assert findings("包括培训、宣传……等工作——全部完成。", Kind.PUNCTUATION) == []


def test_two_different_marks_side_by_side_are_flagged_in_either_width():
    assert [f.quote for f in findings("项目包括道路、，桥梁和涵洞。", Kind.PUNCTUATION)] == ["、，"]
    assert [f.quote for f in findings("我局高度重视,。认真组织实施。", Kind.PUNCTUATION)] == [",。"]
    assert [f.quote for f in findings("主要做法如下：；一是加强领导。", Kind.PUNCTUATION)] == ["：；"]


def test_grouped_digits_clock_times_and_web_addresses_are_not_marks_side_by_side():
    text = "资金1,234,567元，已到位。会议时间8:30,地点在局会议室。详见http://www.gov.cn。"
    assert findings(text, Kind.PUNCTUATION) == []


def test_a_closing_quote_with_no_opening_quote_and_a_quote_never_closed_are_flagged():
    [extra] = findings("我局按照“谁主管、谁负责”的原则开展工作”。", Kind.PUNCTUATION)
    assert extra.quote == "”" and extra.location.location.start == 20
    [never] = findings("我局按照“谁主管、谁负责的原则开展工作。下一步继续努力。", Kind.PUNCTUATION)
    assert never.quote == "“" and "没有对应的后引号" in never.message


def test_a_quotation_broken_over_two_lines_or_cut_off_at_the_end_is_left_alone():
    assert findings("我局提出“三个\n到位”的要求。“十四五”规划顺利实施。", Kind.PUNCTUATION) == []
    assert findings("自评得分为98分，自评结论为“优秀", Kind.PUNCTUATION) == []


def test_a_title_mark_closed_by_the_wrong_partner_is_flagged():
    [f] = findings("依据《大气污染防治资金管理办法〉执行。", Kind.PUNCTUATION)
    assert "不成对" in f.message


def test_full_and_half_width_brackets_may_pair_and_list_markers_may_stand_alone():
    assert findings("项目（一期)已完工。1)运用资金；2)管理制度。", Kind.PUNCTUATION) == []


def test_two_form_cells_run_together_are_not_a_doubled_word():
    assert findings("评价类型: 阶段评价 结束评价评价方式: 直接组织评价", Kind.REPEATED_WORD) == []
    assert findings("项目执行执行规范 | 3 | 3", Kind.REPEATED_WORD) == []


def test_a_score_cell_glued_to_the_next_rows_indicators_is_no_doubled_word():
    """A form read as one line: 9 (a score), 资产管理 (a level-2 indicator), 资产管理制度健全性 (its
    level-3 indicator). A figure glued to the word's start says cells ran together; in a sentence the
    same slip is still a doubled word."""
    text = "预算执行率10一100%9资产管理资产管理制度健全性7一制度健全,执行严格7"
    assert findings(text, Kind.REPEATED_WORD) == []
    [f] = findings("本年度进一步加强资产管理资产管理制度建设，确保资产安全。", Kind.REPEATED_WORD)
    assert f.quote == "资产管理资产管理"


def test_a_group_label_run_into_the_forms_column_headers_is_no_doubled_word():
    """A 自评表 read as one line: the group's label (绩效指标) and the first column's (指标名称) meet,
    and the column headers follow (计量单位, 指标性质, 指标值, 权重, 完成值, 得分): cells, not a slip, though
    a comma stands nearby. In a sentence the same two words twice are still flagged."""
    text = ("完成退耕还林直补兑现，落实林长制责任体系建设。绩效指标指标名称计量单位指标性质指标值"
            "指标权重(分)全年完成值指标得分(分)说明")
    assert findings(text, Kind.REPEATED_WORD) == []
    [f] = findings("各项绩效指标指标设置合理，能够反映项目的产出和效益。", Kind.REPEATED_WORD)
    assert f.quote == "指标指标"


def test_a_label_run_into_a_forms_name_planned_and_actual_columns_is_no_doubled_word():
    """A form read as one line with no marks: the last cell (…主要活动) and the first column (活动名称), then the
    planned and actual columns (计划 实际). In a sentence with one such word after it, still a doubled word."""
    text = "人员编制共20名。3、年度工作情况本年度开展的主要活动活动名称计划实际送戏下乡演出覆盖全县各乡镇"
    assert findings(text, Kind.REPEATED_WORD) == []
    [f] = findings("全年开展文化活动活动计划按期完成，群众满意度较高。", Kind.REPEATED_WORD)
    assert f.quote == "活动活动"


def test_a_doubled_word_inside_one_cell_of_a_bar_row_is_flagged():
    """Between two bars the cell is one cell: 社会效益效益指标 is a doubled word, not two cells run together."""
    [f] = findings("效益指标 | 社会效益效益指标 | 受益农户数 | 5000户 | 5000户 |", Kind.REPEATED_WORD)
    assert f.quote == "效益效益"


def test_full_width_digits_are_read_like_ascii_ones():
    """渝财教［２０１９］２５１号 is the same malformed number as 渝财教[2019]251号; the quote stays as written."""
    from drafting.checks.language import check_language
    from drafting.io.text_reader import read_text_string

    half = check_language(read_text_string("根据《通知》（渝财教[2019]251号）要求开展自评。"))
    full = check_language(read_text_string("根据《通知》（渝财教[２０１９]２５１号）要求开展自评。"))
    assert [f.rule for f in half] == [f.rule for f in full] == ["language.document_number"]
    assert full[0].quote == "渝财教[２０１９]２５１号"


def test_a_unit_running_into_the_next_clauses_year_lacks_a_mark():
    from drafting.checks.language import check_language
    from drafting.io.text_reader import read_text_string

    text = "其中中央资金1372.7万元，其他资金859.6万元2023年支出2310.4万元，支出率99.12%。"
    found = [f for f in check_language(read_text_string(text)) if f.rule == "language.run_on"]
    assert [f.quote for f in found] == ["万元2023年"]
    fine = "其他资金859.6万元，2023年支出2310.4万元；较2022年增加12人。"
    assert [f for f in check_language(read_text_string(fine)) if f.rule == "language.run_on"] == []


def test_an_amount_before_the_year_that_opens_its_funds_name_is_one_phrase():
    from drafting.checks.language import check_language
    from drafting.io.text_reader import read_text_string

    named = "省财政下达我县120万元2022年中央农业生产发展资金，用于高标准农田建设。"
    assert [f for f in check_language(read_text_string(named)) if f.rule == "language.run_on"] == []
    # a year that opens a clause with a verb of its own is still a run-on, even where a fund is named later
    verb = "县级配套资金300万元2022年拨付专项资金280万元，执行率93.3%。"
    found = [f for f in check_language(read_text_string(verb)) if f.rule == "language.run_on"]
    assert [f.quote for f in found] == ["万元2022年"]
    ended = "县级配套资金300万元2022年拨付专项资金，执行率93.3%。"
    assert [f.quote for f in check_language(read_text_string(ended)) if f.rule == "language.run_on"] == ["万元2022年"]


def test_reduplication_said_on_purpose_is_not_a_doubled_word():
    assert findings("他们走着走着，就到了。恭喜恭喜！你可以想一想一下。", Kind.REPEATED_WORD) == []


def test_a_closing_bracket_after_a_list_number_is_not_a_punctuation_slip():
    # a lone ")" opening a heading is structure.broken_marker's (tests/test_structure.py)
    assert findings("1)运用资金；2)管理制度。\n\n一）加强管理", Kind.PUNCTUATION) == []


def test_serial_numbers_written_without_hao_are_flagged_with_each_one_given_its_hao():
    [f] = findings("2021年保财教[2021]41、181、193下达我市补助资金。", Kind.DOCUMENT_NUMBER)
    assert f.quote == "保财教[2021]41、181、193" and "缺少“号”" in f.message
    assert f.suggestion == "改为 保财教〔2021〕41号、181号、193号"
    assert len(findings("根据财预〔2020〕10文件开展评价。", Kind.DOCUMENT_NUMBER)) == 1


@pytest.mark.parametrize("text", [
    "根据财预〔2020〕10号、11号文件开展评价。",
    "详见《统计年鉴》〔2020〕3期。",
    "根据《批复》（腾财预〔2019〕40",  # an excerpt cut off after the number: not a slip
])
def test_a_serial_number_with_its_hao_a_period_or_a_cut_off_line_is_left_alone(text):
    assert findings(text, Kind.DOCUMENT_NUMBER) == []


def test_a_year_followed_by_jinnian_for_the_same_period_is_a_repeated_word():
    [f] = findings("2022年今年以来共接待各级领导500多人次。", Kind.REPEATED_WORD)
    assert f.quote == "2022年今年以来" and "今年以来" in f.suggestion
    assert findings("2022年本年收入合计120万元，今年以来支出80万元。", Kind.REPEATED_WORD) == []


def test_the_same_year_written_twice_in_a_row_is_a_doubled_word():
    [f] = findings("2025年2025年共培训农民500人次。", Kind.REPEATED_WORD)
    assert f.quote == "2025年2025年" and f.rule == "language.doubled_word"
    [f] = findings("现将２０２５年度２０２５年度绩效自评情况报告如下。", Kind.REPEATED_WORD)
    assert f.quote == "２０２５年度２０２５年度"
    [f] = findings("截至2025年2025年12月31日。", Kind.REPEATED_WORD)
    assert f.quote == "2025年2025年"
    # two years in a row, or a figure's digits before a year: no doubled year
    for text in ("2024年2025年连续两年获评先进。", "累计12025年2025年"):
        assert findings(text, Kind.REPEATED_WORD) == [], text


def test_a_title_mark_or_bracket_still_open_when_the_sentence_ends_is_flagged():
    [f] = findings("根据《项目支出绩效评价管理办法，开展自评。下一步加强管理。", Kind.PUNCTUATION)
    assert f.quote == "《项目支出绩效评价管理办法，开展自评。" and "》" in f.message
    [f] = findings("资金来源包括上级补助(含银行贷款及其他资金等。", Kind.PUNCTUATION)
    assert f.quote.startswith("(含银行") and "）" in f.message


def test_a_title_or_bracket_closed_or_cut_off_with_its_paragraph_is_left_alone():
    assert findings("根据《项目支出绩效评价管理办法》（财预〔2020〕10号），开展自评。", Kind.PUNCTUATION) == []
    assert findings("根据《项目支出绩效评价管理办法", Kind.PUNCTUATION) == []


def test_a_half_width_full_stop_between_two_chinese_characters_is_a_stray_mark():
    [f] = findings("贯彻执行国家工资和.上级福利政策；会同有关部门拟订办法。", Kind.PUNCTUATION)
    assert f.quote == "和.上" and f.suggestion == "删去“.”，改为“和上”"


@pytest.mark.parametrize("text", [
    "一.基本情况。项目于2023年完工。",  # a heading's number
    "摸底不够准确,造成预算资金过大.二是申报不够及时.",  # "." is this writer's full stop
    "资金到位率为98.5%。",
])
def test_a_half_width_full_stop_used_as_a_habit_or_in_a_number_is_left_alone(text):
    assert findings(text, Kind.PUNCTUATION) == []


def test_a_bracketed_year_that_is_no_year_is_flagged_without_guessing_the_year():
    [f] = findings("根据湘财预〔202〕5号文件开展自评。", Kind.DOCUMENT_NUMBER)
    assert "不是年份" in f.message and "〔年份〕5号" in f.suggestion
    assert len(findings("根据湘财预〔20211〕5号文件。", Kind.DOCUMENT_NUMBER)) == 1


def test_a_space_before_hao_is_not_a_missing_hao():
    [f] = findings("根据横财预[2018]3 号的要求开展自评。", Kind.DOCUMENT_NUMBER)
    assert "[ ]" in f.message and "缺少“号”" not in f.message


def test_mixed_full_and_half_width_commas_are_a_layout_habit_not_a_finding():
    # evals/LABELLING.md: mixed full/half-width marks are layout, not a defect
    assert findings("全年预算执行率98.6%，资金按时拨付,项目全部完工，群众满意度95%。", Kind.PUNCTUATION) == []


def test_half_width_commas_used_throughout_or_in_numbers_are_left_alone():
    assert findings("资金按时拨付,项目全部完工,群众满意度95%。", Kind.PUNCTUATION) == []
    assert findings("共支出1,200万元，其中，基本支出800万元。", Kind.PUNCTUATION) == []


def test_two_characters_repeated_across_the_seam_of_other_words_are_no_doubled_word():
    # 纪委·监委·监督: 委监 twice, but 委监 is no word
    assert findings("积极支持纪委监委监督执纪问责，推进党风廉政建设。") == []
    assert len(findings("减少原因原因是压缩开支。", Kind.REPEATED_WORD)) == 1


def test_a_word_made_of_the_end_of_one_word_and_the_start_of_the_next_is_no_doubled_word():
    # 规定·制定·制度 and 确定·制定·制度: 定制 twice only across the seams of three other words
    assert findings("各股室按照规定制定制度并报局党组审定。", Kind.REPEATED_WORD) == []
    assert findings("经会议确定制定制度，明确责任分工。", Kind.REPEATED_WORD) == []
    assert len(findings("本项资金主要用于用于设备购置。", Kind.REPEATED_WORD)) == 1


def test_a_year_after_a_count_of_things_begins_the_noun_counted():
    assert findings("区财政部门选取12个2023年预算项目开展事前评审。") == []


def test_a_comma_between_a_figure_and_its_unit_is_flagged_but_digit_grouping_is_not():
    [f] = findings("全区基金预算支出70,734,万元，为预算的100%。", Kind.PUNCTUATION)
    assert f.rule == "language.comma_before_unit" and f.quote == "70,734," and f.suggestion == "删去“,”"
    assert findings("资金1,234万元，增长5%，共3，4两批。") == []


@pytest.mark.parametrize(("text", "quote", "fixed"), [
    ("根据通报（建村〔2017〕]87号）开展整改。", "建村〔2017〕]87号", "建村〔2017〕87号"),
    ("根据湘财预〔〔2021〕5号文件。", "湘财预〔〔2021〕5号", "湘财预〔2021〕5号"),
])
def test_a_bracket_too_many_around_the_year_of_a_document_number_is_flagged(text, quote, fixed):
    [f] = findings(text, Kind.DOCUMENT_NUMBER)
    assert f.quote == quote and "多了一个括号" in f.message and f.suggestion == f"改为 {fixed}"


def test_nian_typed_twice_before_the_month_is_flagged_but_not_before_year_end():
    [f] = findings("截至2021年年12月31日，项目全部完工。", Kind.REPEATED_WORD)
    assert f.quote == "年年" and f.suggestion == "删去一个“年”"
    assert findings("截至2021年年底，项目全部完工；2022年年末全部结算。") == []


def test_a_year_glued_to_its_month_has_dropped_nian():
    """202312月末: the year's digits run into the month; the fix restores 年."""
    [f] = findings("在职人员编制25人，202312月末在编在职人员21人。", Kind.TYPO)
    assert f.quote == "202312月" and f.suggestion == "改为“2023年12月”"
    # a longer figure, a decimal or a date written with dots is no year before a month
    assert findings("累计1202312月；指数3.202312月；2023.12月底完成。") == []


def test_a_note_whose_sentence_ends_inside_its_brackets_is_closed():
    assert findings("（注：数据来源于财决07表和财决08-1表。）\n\n（注：上述预算口径为全年预算数。）") == []
    assert len(findings("根据《预算管理办法，开展绩效自评。", Kind.PUNCTUATION)) == 1


def test_quotations_opened_with_a_closing_mark_are_one_finding_for_the_paragraph():
    [f] = findings("要从”重计划、轻落实”转向”结果导向”，避免”一刀切”。", Kind.PUNCTUATION)
    assert f.quote == "”重计划、轻落实”" and "前引号写成了后引号" in f.message
    assert "本段共3处" in f.message and len(f.related) == 2 and f.suggestion == "改为“重计划、轻落实”"


def test_a_measure_word_typed_twice_after_its_figure_is_flagged():
    [f] = findings("死亡率较上年下降0.5 个个百分点，完成率100%。", Kind.REPEATED_WORD)
    assert f.quote == "个个" and f.rule == "language.doubled_char"


def test_a_measure_word_followed_by_a_word_it_starts_is_not_doubled():
    assert findings("完成3项项目建设，资助2个个人和5家家庭，全年共开展4次次级培训。", Kind.REPEATED_WORD) == []


def test_a_measure_word_before_an_average_per_that_measure_is_not_doubled():
    """户均, 次均, 台均 …: the measure word with 均 is an average per measure (s38a's clean probe)."""
    assert findings("带动脱贫户1,260户户均增收2,300元，门诊5万人次次均费用下降8元。", Kind.REPEATED_WORD) == []
    assert len(findings("带动脱贫户1,260户户增收2,300元。", Kind.REPEATED_WORD)) == 1


def test_a_phrase_with_a_grammatical_word_said_twice_is_flagged_but_a_noun_run_is_not():
    [f] = findings("存在的问题主要是主要是资金到位不及时。", Kind.REPEATED_WORD)
    assert f.quote == "主要是主要是"
    assert findings("完成生态公益林区森林区森林防火巡查，覆盖全部林区。", Kind.REPEATED_WORD) == []


def test_half_width_angle_brackets_for_a_title_are_flagged_with_the_chinese_marks():
    [inner] = findings("根据《某县关于印发<项目资金管理办法>的通知》（某发〔2019〕3号）执行。", Kind.PUNCTUATION)
    assert inner.quote == "<项目资金管理办法>" and inner.suggestion == "改为“〈项目资金管理办法〉”"
    [outer] = findings("按照印发<项目资金管理办法>的要求执行。", Kind.PUNCTUATION)
    assert outer.suggestion == "改为“《项目资金管理办法》”"
    [mixed] = findings("根据《某厅关于修改<专项资金管理办法〉的通知》执行。", Kind.PUNCTUATION)
    assert mixed.rule == "language.halfwidth_mark"


def test_comparisons_and_markup_in_angle_brackets_are_left_alone():
    assert findings("满意度<90%扣2分，完成率>95%得满分；数量<3个。<p>正文</p>", Kind.PUNCTUATION) == []


def test_half_width_angle_brackets_throughout_a_report_are_one_finding():
    [f] = findings("根据《关于印发<甲办法>的通知》和《关于印发<乙方案>的通知》执行。", Kind.PUNCTUATION)
    assert "全文共2处" in f.message and len(f.related) == 1


def test_a_letter_typed_for_a_digit_of_a_date_is_flagged():
    [f] = findings("项目起止时间2021年I月起至2021年12月止。", Kind.TYPO)
    assert (f.quote, f.suggestion) == ("I", "改为“1”")
    assert [g.quote for g in findings("2022年1O月3日验收，2023年5月l0日付款。", Kind.TYPO)] == ["1O", "l0"]
    assert findings("2021年1月至2021年12月，A栋6楼，型号H5。", Kind.TYPO) == []


def test_the_same_stray_mark_written_twice_is_one_finding_listing_both_places():
    [f] = findings("会议决定由办公室和.财务科牵头；由人事科和.财务科配合。", Kind.PUNCTUATION)
    assert f.quote == "和.财" and len(f.related) == 1 and "共2处" in f.message


def test_a_full_stop_inside_a_compound_unit_after_a_number_or_slash_should_be_a_middle_dot():
    [f] = findings("补助标准为0.8万元/人.年，实际补助标准为0.8万元/人.年。", Kind.PUNCTUATION)
    assert f.quote == "人.年" and f.suggestion == "改为“人·年”" and len(f.related) == 1
    [f] = findings("全年开展培训650人.次。", Kind.PUNCTUATION)
    assert f.suggestion == "改为“人·次”"


def test_the_paragraphs_left_unscanned_hold_no_match():
    # a paragraph is scanned for a 发文字号 only where what follows its 机关代字 stands (the year, the
    # serial number and 号; a bracket around digits), for a comma before a unit only where a unit
    # stands, for a run-on year only where 年 does, for a letter in a date only where 月 does: every
    # match of the full patterns lies in a paragraph the cheap test lets through
    from drafting.checks import docnumbers, language, marks

    texts = ["经研究，根据临财预〔2023〕第05号文件下达资金", "按照湘财教[2021]41、181、193下达", "依据建村〔2017〕]87号执行",
             "湘财预〔202〕5号", "拨付资金70,734,万元，完成率98，%", "共支出120万元2023年完成验收", "2021年I月至2022年1O月3日",
             "建设单位（赣发2024 18号）", "益赫政发201612号", "湘政发（2019）10号", "无关的段落，没有任何编号。"]
    gates = [(docnumbers._DOCNO, lambda t: "号" in t and docnumbers._DOCNO_TAIL.search(t)),
             *[(p, lambda t: docnumbers._BRACKETED_DIGITS.search(t))
               for p in (docnumbers._DOCNO_NO_HAO, docnumbers._DOCNO_EXTRA, docnumbers._DOCNO_BAD_YEAR)],
             (language._COMMA_BEFORE_UNIT, lambda t: "元" in t or "%" in t or "％" in t),
             (language._RUN_ON_YEAR, lambda t: "年" in t), (marks._LETTER_DATE, lambda t: "月" in t)]
    matched = 0
    for text in texts:
        for pattern, gate in gates:
            if pattern.search(text):
                matched += 1
                assert gate(text), (pattern.pattern, text)
    assert matched >= 8
    assert not docnumbers._DOCNO_TAIL.search("无关的段落，没有任何编号。")


def test_a_cited_notice_that_forwards_nothing_lost_the_document_it_names():
    """关于转发的通知 (川财绩〔2022〕3号): 转发 and 印发 take the document they pass on (关于转发《…》的通知);
    without it the citation names no document. Whole titles and other verbs are left alone."""
    [f] = findings("根据《四川省财政厅关于转发的通知》（川财绩〔2022〕3号）要求，现将自评情况报告如下。", Kind.TYPO)
    assert f.quote == "关于转发的通知" and f.rule == "language.dropped"
    assert findings("根据《四川省财政厅关于转发〈财政部关于开展绩效自评的通知〉的通知》要求，"
                    "按照《关于印发预算绩效管理办法的通知》和《关于开展绩效自评的通知》执行。", Kind.TYPO) == []


def test_a_documents_kind_said_again_right_after_its_title_is_a_doubled_word():
    """《…的通知》通知: the notice named, then 通知 again; 《政府工作报告》报告期内 and 《…》要求 are fine."""
    [f] = findings("根据《关于开展2023年度绩效自评工作的通知》通知，临夏市进行了绩效自评。", Kind.REPEATED_WORD)
    assert f.quote == "通知》通知" and f.rule == "language.doubled_word"
    assert findings("根据《关于开展绩效自评工作的通知》要求，对照《政府工作报告》报告期内的目标，"
                    "按照《“十四五”规划》规划期安排执行。", Kind.REPEATED_WORD) == []



def test_a_quotation_with_both_marks_swapped_is_one_finding():
    [f] = findings("开展”最美家庭“评选活动。", Kind.PUNCTUATION)
    assert f.quote == "”最美家庭“" and "前后引号颠倒" in f.message and f.suggestion == "改为“最美家庭”"
    # a stray ” before a quotation that opens and closes properly is that mark alone
    [f] = findings("群众满意”，“最美家庭”评选圆满完成。", Kind.PUNCTUATION)
    assert f.quote == "”"


def test_doubled_words_where_two_alike_columns_meet_are_their_seam_not_a_slip():
    """A form's 预期目标 and 实际完成情况 side by side, said alike and read a line of each in turn: the
    words around the doubled ones are said again a line's reach away. A slip in prose repeats nothing around it."""
    seam = ("维护林区安全稳定，全区森林维护林区安全稳定，全区森林资源资源、陆生野生动物资源得到、陆生野生动物资源得到"
            "有效保护有效保护，林业有害生物成灾，林业有害生物成灾率控制在年度率控制在年度指标以内。指标以内。")
    slip = "全区森林资源资源得到有效保护，林业有害生物成灾率控制在年度指标以内。"
    assert [f for f in check_language(read_text_string(seam)) if f.rule == "language.doubled_word"] == []
    assert [f.quote for f in check_language(read_text_string(slip)) if f.rule == "language.doubled_word"] == ["资源资源"]


def test_a_doubled_noun_whose_second_copy_opens_a_field_label_is_a_forms_seam():
    """项目名称…建设项目|项目实施年度…: a value ending with 项目 run into the next label; 推进项目项目建设 is a slip."""
    seam = "项目名称高标准农田建设项目项目实施年度2023年度，年度总体目标为新建高标准农田2.5万亩。"
    slip = "项目名称高标准农田建设项目，推进项目项目建设，年度总体目标为新建高标准农田2.5万亩。"
    assert [f for f in check_language(read_text_string(seam)) if f.rule == "language.doubled_word"] == []
    assert [f.quote for f in check_language(read_text_string(slip)) if f.rule == "language.doubled_word"] == ["项目项目"]


def test_a_word_written_twice_where_the_second_opens_a_longer_word_is_two_words():
    """…改造工程|工程款: the name ends in 工程 and the payment for it is a 工程款."""
    assert not findings("支付城西排水改造工程工程款、设计费、监理费共计85.2万元。", Kind.REPEATED_WORD)
    assert [f.quote for f in findings("要进一步深化深化改革，优化服务。", Kind.REPEATED_WORD)] == ["深化深化"]


def test_a_label_written_twice_with_its_colon_is_a_doubled_word():
    [f] = findings("专项经费80万元，其中：其中：商品和服务支出39.98万元，资本性支出40.02万元。", Kind.REPEATED_WORD)
    assert f.quote == "其中：其中："
    # two fields of a form on one line, each with its own value, are no doubling
    assert not findings("其中：中央资金50万元；其中：省级资金30万元。", Kind.REPEATED_WORD)


def test_a_place_written_twice_one_way_and_once_with_a_like_character_is_a_slip():
    text = "资金分配如下：安平县12.5万元，青源区8.2万元；追加资金：安平县3万元，青源区2万元，安萍县1.3万元。"
    [f] = [f for f in findings(text) if f.rule == "language.name_variant"]
    assert f.quote == "安萍县" and "安平县" in f.message
    # two places of unlike characters, or a name written once each way, are left alone
    assert not [f for f in findings("分配：安平县12.5万元，青源区8.2万元，安平县3万元，长平县1.3万元。")
                if f.rule == "language.name_variant"]
    assert not [f for f in findings("分配：安平县12.5万元，安萍县1.3万元。") if f.rule == "language.name_variant"]


def test_a_bracketed_number_followed_by_a_dun_mark_is_one_finding_for_the_habit():
    text = "（一）、项目申报管理\n严格按程序申报。\n（二）资金落实\n资金已到位。\n（三）、项目管理\n制度健全。\n"
    [f] = [f for f in findings(text) if f.rule == "language.doubled_mark"]
    assert f.quote == "、" and "（一）、" in f.message and len(f.related) == 1


def test_a_documents_title_closed_by_a_mark_nothing_opened_lacks_its_opening_mark():
    [f] = [f for f in findings("根据市财政局关于下达2023年农业产业发展资金的通知》(市财农〔2023〕12号)，资金已拨付。")
           if f.rule == "language.unclosed"]
    assert f.quote.startswith("市财政局关于下达") and f.quote.endswith("》")  # from the issuer: the 《 goes there
    assert not [f for f in findings("根据《市财政局关于下达2023年农业产业发展资金的通知》(市财农〔2023〕12号)，资金已拨付。")
                if f.rule == "language.unclosed"]


def test_a_masked_year_in_square_brackets_is_still_a_wrong_bracket_and_a_lead_verb_is_no_issuer():
    [f] = [f for f in findings("工作已开展。另据湘财预[2021]15号文件下达资金，按市文体改[20xx]2号文件执行。")
           if f.rule == "language.document_number"]
    assert f.quote == "湘财预[2021]15号" and [r.quote for r in f.related] == ["市文体改[20xx]2号"]
    # a masked year with no brackets tells nothing of their shape
    assert not [f for f in findings("根据市文体改20xx2号文件开展工作。") if f.rule == "language.document_number"]


def test_one_document_cited_with_two_serial_numbers_of_one_issuer_and_year_is_a_conflict():
    text = ("中心根据市编委《关于市不动产登记职责整合和机构调整的通知》(市编〔2016〕4号)成立。"
            "主要职能依据市编委《关于市不动产登记职责整合和机构调整的通知》(市编〔2016〕8号)确定。")
    [f] = [f for f in findings(text) if f.rule == "language.document_number_conflict"]
    assert f.quote == "市编〔2016〕8号" and f.related[0].quote == "市编〔2016〕4号"
    # an allotment is sent in batches under one title; another year's number is another document
    batches = ("《关于下达2023年农业发展资金的通知》(市财农〔2023〕4号)、《关于下达2023年农业发展资金的通知》(市财农〔2023〕18号)。")
    assert not [f for f in findings(batches) if f.rule == "language.document_number_conflict"]
    years = text.replace("市编〔2016〕8号", "市编〔2018〕8号")
    assert not [f for f in findings(years) if f.rule == "language.document_number_conflict"]


def test_one_number_cited_after_two_titles_a_few_characters_apart_is_a_slip_in_one_of_them():
    """One 发文字号 names one document (premise from pool52 B26, whose copy lost its marks; invented wording)."""
    full = "《中共某省委某省人民政府关于加快培育农业农村发展新动能的实施意见》(某发〔2017〕1号)"
    text = f"根据{full}，安排资金120万元。项目按照{full.replace('农业农村', '农村')}要求实施。"
    [f] = [f for f in findings(text) if f.rule == "language.cited_title_conflict"]
    assert f.quote.startswith("《") and "培育农村发展" in f.quote and "培育农业农村发展" in f.related[0].quote
    assert "此处作“快培育农村发展”，前文作“快培育农业农村发展”" in f.message
    # the same title twice, a short name beside the full title, and another number are left
    marked = "《某省财政厅关于印发〈某省预算绩效目标管理办法〉的通知》(某财绩〔2017〕1号)"
    for first, other in ((full, full), (full, "《实施意见》(某发〔2017〕1号)"),
                         (full, full.replace("农业农村", "农村").replace("1号", "2号")),
                         (marked, marked.replace("〈", "").replace("〉", ""))):  # the same words marked otherwise
        assert not [f for f in findings(f"根据{first}，安排资金。按照{other}要求实施。")
                    if f.rule == "language.cited_title_conflict"]


def test_a_documents_number_written_inside_its_titles_marks_is_a_misplaced_mark():
    text = "根据《市财政局关于分配2023年困难群众救助补助资金的通知(市财社〔2023〕63号)》，资金已下达。"
    [f] = [f for f in findings(text) if f.rule == "language.mismatched_pair"]
    assert f.quote == "(市财社〔2023〕63号)》"
    assert not [f for f in findings("根据《市财政局关于分配2023年困难群众救助补助资金的通知》(市财社〔2023〕63号)，资金已下达。")
                if f.rule == "language.mismatched_pair"]


def test_a_square_bracket_closed_that_nothing_opened_after_a_word_is_a_stray_mark():
    [f] = [f for f in findings("支付春节防火宣传]费用0.5万元。") if f.rule == "language.unclosed"]
    assert f.quote == "传]"
    # a list's 1] or a pair of brackets is no stray mark
    assert not [f for f in findings("1]加强管理。【注】数据来源于决算。") if f.rule == "language.unclosed"]


def test_a_year_of_three_digits_before_its_month_lost_a_digit():
    [f] = [f for f in findings("项目于202年3月15日开工，2023年11月竣工。") if f.rule == "language.dropped"]
    assert f.quote == "202年"
    assert not [f for f in findings("完成改造202户，2023年11月竣工。") if f.rule == "language.dropped"]


def test_a_dates_eight_digits_run_together_before_its_ri_lost_nian_and_yue():
    [f] = [f for f in findings("截至20231231日，项目资金已全部拨付。") if f.rule == "language.dropped"]
    assert f.quote == "20231231日" and "2023年12月31日" in f.message
    assert not [f for f in findings("截至2023年12月31日，项目资金已全部拨付。") if f.rule == "language.dropped"]



def test_dates_that_all_lost_nian_the_same_way_are_one_finding_listing_every_place():
    text = "20205月，省厅组织核查。20201030日，资金提前下达。截至20211231日，补贴资金全部发放。"
    [f] = [f for f in findings(text) if f.rule == "language.dropped"]
    assert f.quote == "20205月" and "2020年5月" in f.message and "全文共3处" in f.message
    assert [r.quote for r in f.related] == ["20201030日", "20211231日"]

_FULL = ("一是健全制度，完善管理；二是强化监督，压实责任；三是加强培训，提升能力；四是注重宣传，凝聚共识；"
         "五是总结经验，持续改进；六是公开信息，接受监督。主要成效：资金规范。存在问题：目标不细。改进措施：加强培训。下步打算：完善指标。"
         "责任单位：财务股。\n")


@pytest.mark.parametrize(("slip", "shape"), [("人员经费,全部按批复使用。", "费,全"),
                                             ("基本支出保运转;项目支出保重点。", "转;项"),
                                             ("支出主要包括:人员经费和公用经费。", "括:人")])
def test_a_half_width_clause_mark_in_a_report_that_writes_it_full_width_is_a_slip(slip, shape):
    [f] = [f for f in findings(_FULL + slip) if f.rule == "language.halfwidth_mark"]
    assert f.quote == shape and f.suggestion.startswith("改为全角")


def test_half_width_clause_marks_throughout_a_report_are_its_habit():
    """A copy that turned every mark half-width, a time of day (10:30), a figure's thousands separator."""
    halfwidth = _FULL.replace("，", ",").replace("；", ";").replace("：", ":")
    assert [f for f in findings(halfwidth + "人员经费,全部按批复使用。") if f.rule == "language.halfwidth_mark"] == []
    clean = _FULL + "3月15日10:30召开会议，支出1,234.56万元。"
    assert [f for f in findings(clean) if f.rule == "language.halfwidth_mark"] == []


def test_a_line_written_half_width_throughout_keeps_its_own_habit():
    record = _FULL + "附表\n项目名称:水利工程维修养护,金额:180万元\n"
    assert [f for f in findings(record) if f.rule == "language.halfwidth_mark"] == []


def test_a_word_doubled_at_a_line_broken_mid_sentence_is_read_with_the_next_line():
    """At a line's end the next line's first character decides whether the second copy opens a longer
    word (工程工程 / 款: 工程款, a name's end and a new word) or is said twice (执行执行 / 预算)."""
    doubled = "一、概况\n资金全部用于人员经费和水利工程维修养护，严格执行执行\n- 2 -\n预算批复。\n"
    assert [f.quote for f in findings(doubled) if f.rule == "language.doubled_word"] == ["执行执行"]
    opens = "一、概况\n资金全部用于人员经费和水利工程维修养护，其中改造工程工程\n- 2 -\n款已全部支付。\n"
    assert [f for f in findings(opens) if f.rule == "language.doubled_word"] == []


def test_a_mark_left_open_across_a_broken_line_until_its_sentence_ends_is_unclosed():
    """A PDF breaks lines (and pages) mid-sentence: the sentence is read on over the next lines, and a
    《 or （ its sentence ends without closing is left open; one closed on the next line is not."""
    def unclosed(text: str) -> list[str]:
        return [f.quote for f in findings("一、概况\n" + text) if f.rule == "language.unclosed"]

    assert unclosed("根据《某县水利工程维修养护资金管理办法\n- 2 -\n的规定，按照进度拨付资金。\n") == \
        ["《某县水利工程维修养护资金管理办法"]
    assert unclosed("支出500万元（其中基本支出320万元，项目支出180万元，全部\n第2页\n按预算用途使用。\n") == \
        ["（其中基本支出320万元，项目支出180万元，全部"]
    assert unclosed("根据《某县财政局关于下达\n- 2 -\n2023年水利工程维修养护\n资金的通知》的要求拨付资金。\n") == []
    # a heading next is no sentence going on
    assert unclosed("全年支出情况如下（单位：万元\n二、绩效目标完成情况\n全年完成工程两座。\n") == []
    # a bracket opened on Latin letters alone (a repost's pinyin, cut at the line's end) runs on no sentence
    assert unclosed("以灌溉為主,結合防洪等綜合利用的水利工程,保護(sh\n耕地面積五千畝。\n") == []


@pytest.mark.parametrize(("text", "quote"), [
    ("根据湘财绩〔2024)5号文件要求开展自评。", "湘财绩〔2024)5号"),
    ("根据湘财绩〔2024]5号文件要求开展自评。", "湘财绩〔2024]5号"),
    ("根据湘财绩[2024〕5号文件要求开展自评。", "湘财绩[2024〕5号"),
])
def test_a_year_with_a_hexagonal_bracket_on_one_side_only_is_flagged(text, quote):
    [f] = findings(text, Kind.DOCUMENT_NUMBER)
    assert f.quote == quote and "不成对" in f.message and f.suggestion == "改为 湘财绩〔2024〕5号"


def test_a_round_bracket_opened_before_the_year_is_left_to_the_unclosed_bracket_rule():
    assert findings("根据湘财绩（2024〕5号文件要求开展自评。", Kind.DOCUMENT_NUMBER) == []


def test_angle_brackets_in_a_copy_that_writes_every_mark_half_width_are_its_habit():
    """A site that turned every mark half-width turned 〈〉 into <> too; a mixed pair is still a slip."""
    converted = "根据《关于印发<项目资金管理办法>的通知》要求,我局认真开展自评,现报告如下:资金已拨付,项目已完工。"
    assert [f for f in findings(converted) if f.rule == "language.halfwidth_mark"] == []
    [f] = [f for f in findings(converted.replace(",", "，").replace(":", "："))
           if f.rule == "language.halfwidth_mark"]
    assert f.quote == "<项目资金管理办法>"
    [mixed] = [f for f in findings(converted.replace("管理办法>", "管理办法〉"))
               if f.rule == "language.halfwidth_mark"]
    assert mixed.quote == "<项目资金管理办法〉"


def test_a_word_closing_a_units_name_before_the_term_that_opens_with_it_is_not_doubled():
    assert not [f for f in findings("民政部门部门整体绩效自评得分96分。") if f.rule == "language.doubled_word"]
    assert [f.quote for f in findings("本部门部门预算执行良好。") if f.rule == "language.doubled_word"] == ["部门部门"]


def test_a_document_number_with_its_hao_struck_twice_is_flagged_with_the_number_whole():
    [f] = [f for f in findings("根据《关于下达2023年补助资金的通知》（湘财社指〔2023〕8号号）要求。")
           if f.rule == "language.document_number"]
    assert f.quote == "湘财社指〔2023〕8号号" and f.suggestion == "改为 湘财社指〔2023〕8号"
    assert not [f for f in findings("根据湘财社指〔2023〕8号、湘财社指〔2023〕9号文件。") if f.rule == "language.document_number"]
