"""Typo check: a wrong or dropped character is flagged with its fix and why; names, titles, domain
terms and clean text are left alone. Sentences are invented."""

from __future__ import annotations

import subprocess
import sys

import pytest

from drafting.checks.slips import search_longer
from drafting.checks.typos import check_typos
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.review import ReviewOptions, review

DUTIES = "局办公室负责机关日常运转，人事股负责干部选拔任用和教育培训工作。"


def findings(text: str):
    """The typo check's findings, the standard forms (截止 before a date, 帐 for 账) asked for."""
    report = read_text_string(text)
    out = check_typos(report, standard_forms=True)
    for f in out:
        assert f.kind is Kind.TYPO and f.severity is Severity.WARNING
        assert f.quote == report.quote(f.location.location)
    return out


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in findings(text)}


# -- what it finds -------------------------------------------------------------------------------


def test_a_character_of_similar_shape_is_flagged_with_the_word_the_report_writes_elsewhere():
    [f] = findings(DUTIES + "\n\n专技股负贵高层次专业技术人才的引进和培养工作。")
    assert (f.quote, f.suggestion) == ("负贵", "改为“负责”")
    assert "“负贵”不成词" in f.evidence and "负责" in f.evidence
    assert "“贵”与“责”字形相近" in f.evidence


def test_a_rare_word_one_stroke_from_a_common_one_is_flagged():
    assert ("选拨", "改为“选拔”") in fixes(DUTIES + "\n\n完善人才选拨机制，全年引进急需紧缺人才12人。")


def test_a_character_of_the_same_sound_is_flagged():
    [f] = findings("严格执行预算管理制度。\n\n全年未发生违反财经纪律的问题，资金管里规范。")
    assert (f.quote, f.suggestion) == ("管里", "改为“管理”")
    assert "读音相同（li3）" in f.evidence


def test_a_homophone_of_another_tone_is_flagged_as_an_input_method_slip():
    # a pinyin input method offers every tone of a syllable: 放 (fang4) for 方 (fang1)
    [f] = findings("按照制度报销差旅费，方便群众办事。\n\n线上申报放便快捷。")
    assert (f.quote, f.suggestion) == ("放便", "改为“方便”")
    assert "读音相近（fang）" in f.evidence


def test_a_syllable_a_fuzzy_pinyin_setting_merges_is_flagged():
    # 模糊音: input methods let ch and c (and zh/z, sh/s, n/l, -ng/-n) type the same syllable
    [f] = findings("严格控制项目成本。\n\n项目层本控制在预算内。")
    assert (f.quote, f.suggestion) == ("层本", "改为“成本”")
    assert "读音相近（cheng，模糊音）" in f.evidence


def test_a_fuzzy_match_through_a_characters_archaic_reading_is_not_a_slip():
    # pypinyin also reads 已 as si (old texts); no input method offers 已 for shi, so 行已 is not 行使
    assert findings("摘录开头的转载站电话、地址行已省略。") == []


def test_an_everyday_word_needs_no_support_when_what_stands_is_no_word():
    assert ("他门", "改为“他们”") in fixes("他门按时完成了全部工作任务。")


def test_a_rare_domain_word_is_not_turned_into_an_everyday_word_the_report_never_writes():
    # 提质 is no word in jieba's dictionary, and 地质 is common, but 提质 is not nothing: it is a
    # word of this kind of report, so only a correction the report or the vocabulary backs is made
    assert findings("推动农业提质增效。") == []


def test_the_same_slip_twice_is_one_finding_listing_both_places():
    text = DUTIES + "\n\n专技股负贵人才引进。\n\n社保股负贵基金征缴。"
    [f] = findings(text)
    assert len(f.related) == 1 and "共2处" in f.message


def test_characters_dropped_from_a_phrase_the_report_writes_in_full_elsewhere():
    text = "下达城乡义务教育经费保障机制资金120万元。\n\n城乡义务教保障机制资金已全部拨付到校。"
    [f] = findings(text)
    assert f.quote == "义务教保障" and f.suggestion == "改为“义务教育经费保障”"
    assert "漏字" in f.message


def test_a_character_typed_twice_is_a_repeated_word_with_one_of_them_to_delete():
    report = read_text_string("全年向义务兵家庭发放优待金金额120万元。\n\n按时完成优待金金发放。")
    [f] = [f for f in check_typos(report) if f.rule == "language.doubled_char"]
    assert f.kind is Kind.REPEATED_WORD and f.quote == "金金" and f.suggestion == "改为“金”"
    assert "连写两次" in f.evidence


@pytest.mark.parametrize(("text", "quote"), [
    ("按照照要求开展绩效自评。", "照照"),  # after 按照
    ("资金使用用效益明显。", "用用"),
    ("加强专项资金的的管理。", "的的"),  # a function word never said twice
    ("增加原因主要是是接待检查次数增加。", "是是"),  # the copula never said twice
])
def test_a_character_typed_twice_after_a_word_or_a_doubled_function_word_is_found(text, quote):
    [f] = [f for f in check_typos(read_text_string(text)) if f.rule == "language.doubled_char"]
    assert f.quote == quote and f.suggestion == f"改为“{quote[0]}”"


@pytest.mark.parametrize("text", [
    "我们常常深入村组走访，年年开展回头看。",  # reduplications that are words
    "县人民医院建成卒中中心和胸痛中心。",  # one word's end and the next word's start
    "截至2022年年末，项目全部完工。",
    "芳芳同学获得三好学生称号。",  # a pet name
    "坚持项项落实、批批检测。",  # every item, every batch
    "你现在在做什么工作？",  # 现在 then the 在 of 在做
    "一是年初对对象摸底不够准确。",  # 对 then 对象
    "把一项项工作落到实处。",  # one after another
    "要分清是是非非，关键是是否按期完成。",  # 是是非非 is a word; 是 then 是否
])
def test_a_doubled_character_said_on_purpose_is_left_alone(text):
    assert [f for f in check_typos(read_text_string(text)) if f.rule == "language.doubled_char"] == []


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("截止2023年12月31日，项目已完工。", "截止", "截至"),
    ("项目资金已全部拔付到位。", "拔付", "拨付"),
    ("资金实行专账管理，设立专门帐户。", "帐户", "账户"),
    ("我局2024底有在职职工16人。", "2024底", "2024年底"),
    ("办公楼改造工程于10月峻工验收。", "峻", "竣"),
    ("项目资金己全部拨付到位。", "己", "已"),
    ("严格执行政府釆购制度。", "釆", "采"),
    ("登陆系统填报绩效目标。", "登陆", "登录"),
    ("坚持励行节约，压减一般性支出。", "励行", "厉行"),
    ("按照即定目标推进项目建设。", "即定", "既定"),
    ("及时处理群众反应的问题。", "反应", "反映"),
    ("完成县道波型护栏安装1200米。", "波型", "波形"),
    ("全年各项任务园满完成。", "园满", "圆满"),
    ("受资金下达影响，部分工作末能按期完成。", "末", "未"),
    ("二、末完成的绩效目标及原因", "末", "未"),
    ("截至2022年12月未，累计完成投资80万元。", "月未", "月末"),
    ("村干部整治素质高，工作能力强。", "整治", "政治"),
    ("认真梳理总计工作经验。", "总计", "总结"),
    ("将项目资金纳人年度预算管理。", "纳人", "纳入"),
    ("由付局长带队开展检查。", "付", "副"),
    ("这个时侯资金尚未到位。", "时侯", "时候"),
    ("参加项目恰谈会两次。", "恰谈", "洽谈"),
    ("坚决杜决违规发放津贴补贴。", "杜决", "杜绝"),
    ("向上级申清资金300万元。", "申清", "申请"),
    ("建立建全内部控制制度。", "建立建全", "建立健全"),
    ("进一步建全资产管理制度。", "进一步建全", "进一步健全"),
    ("资金使用规范，无挤占挪用现像。", "现像", "现象"),
])
def test_classic_confusions_are_flagged_with_their_reason(text, quote, right):
    [f] = findings(text)
    assert f.quote == quote and f.suggestion == f"改为“{right}”" and f.evidence


@pytest.mark.parametrize("text", [
    "严于律己，按时完成任务。",  # 己 after 律
    "鼓励行业协会参与评价。",  # 励行 across two words
    "交通迅速发展，通讯保障有力。",
    "加强药品不良反应问题监测。",
    "购买生活必需品，保障困难群众基本生活。",
    "项目于2023年末完成竣工验收。",  # 末 after a time word: the end of the year
    "每季度末按规定报送进度，学期末能完成全部课时。",
    "配备出纳人员1名，采纳人大代表建议3条。",  # 出纳, 采纳 before 人
    "及时支付局长签批的款项。",  # 支付 before 局长
    "王侯将相、侯爵。",
    "负责人王建全同志主持全面工作。",  # a name
    "今年没有出现像去年那样的资金滞留问题。",  # 出现 + 像
])
def test_a_classic_confusion_is_not_flagged_where_its_letters_form_the_right_words(text):
    assert [f for f in findings(text) if f.rule == "language.confusion"] == []


def test_a_slip_the_lexicon_quotes_as_a_word_and_the_curated_list_as_a_character_is_one_finding():
    # 竟争: the lexicon corrects the word 竟争→竞争, the curated list the character 竟→竞 — one slip
    out = findings("采用竟争性磋商方式采购。")
    assert len(out) == 1 and out[0].rule == "language.confusion" and out[0].suggestion == "改为“竞”"


def test_a_slip_both_the_lexicon_and_the_curated_list_find_is_one_place():
    out = findings("抓住关健环节，复盖全县。\n\n报消差旅费。")
    assert {f.quote for f in out} == {"关健", "复盖", "报消"}
    assert all("全文共" not in f.message and not f.related for f in out)


# -- what it leaves alone ------------------------------------------------------------------------


def test_a_clean_paragraph_raises_nothing():
    assert findings(
        "2023年，我局认真贯彻落实预算绩效管理要求，部门整体支出绩效自评得分95分，评价等次为优。"
        "全年预算执行率98.6%，资金按时拨付率100%，三公经费较上年下降12.3%。\n\n"
        "截至2023年12月31日，实有在职人员40人。下一步将加强绩效目标管理，强化自评结果应用。") == []


def test_a_title_in_book_marks_is_quoted_as_written():
    assert findings(DUTIES + "\n\n根据《关于做好人才选拨工作的通知》要求开展工作。") == []


def test_a_persons_name_after_a_label_or_before_a_title_is_not_corrected():
    assert findings(DUTIES + "\n\n联系人：王负贵\n\n刘负贵同志分管人事工作。") == []


def test_a_village_name_is_not_corrected():
    assert findings(DUTIES + "\n\n驻负贵村工作队2023年完成危房改造5户。") == []


def test_a_village_named_after_its_town_is_not_corrected():
    """东湖镇加诚村: the characters between a town and 村 are the village's name (镇加 is no slip for 增加)."""
    assert findings("指标3：东湖镇加诚村老年人日间照料中心项目，占地面积1600平方米，建筑面积750平方米。") == []
    [f] = findings("根据项目安排，本年度新镇加投资200万元，用于道路维护。")
    assert f.quote == "镇加"


def test_a_magnitude_after_a_figure_is_not_a_dropped_character():
    """1万亩森林抚育 then 1211亩森林抚育: the second figure is not missing its 万; how large an amount
    is belongs to the figures, and 1211亩 is an amount of its own."""
    text = "我县完成2021年1万亩森林抚育项目规划设计。东乡涉及农户的1211亩森林抚育，由乡镇组织实施。"
    assert findings(text) == []
    # a dropped character that is no magnitude is still one (the head-of-phrase case the rule is for)
    [f] = findings("五、财政拨款收入情况说明。\n\n六、政拨款收入123万元。")
    assert f.rule == "language.dropped"

def test_a_place_the_report_names_twice_is_not_corrected_where_a_word_runs_into_it():
    """因位山镇在…: where the report writes 位山镇 again, 位 begins the town's name (因 + 位山镇), so 因位
    is no slip for 因为; written once, nothing says it is a name."""
    once = "因位山镇在生态搬迁工作中成绩显著，县财政局下达奖励资金28.6万元。"
    assert [f.quote for f in findings(once)] == ["因位"]
    assert findings("位山镇现有政府工作人员64人。" + once) == []


def test_a_round_of_public_notice_is_a_term():
    """一榜公示、二榜公示 are the rounds of a public notice, not slips for 一般."""
    assert findings("经入户调查、村民评议和一榜公示、二榜公示，确定补贴对象52户。") == []


def test_tixiao_is_a_policy_word_even_inside_a_title():
    """提效 (提质增效, 提效专项行动) is newer than jieba's dictionary; inside 《》 a slip is told only
    when it is no word at all, and 提效 is one of this genre's words, not a slip for 实效."""
    assert findings("工作以注重实效为原则，结合《2023年全市招商引资提效专项行动》等方案开展。") == []


def test_a_domain_term_is_not_corrected_even_when_a_same_sound_word_is_written():
    assert findings("本局内设3个股室，负责全县社保基金管理，不投资股市。") == []


def test_the_agency_code_of_a_document_number_is_not_corrected():
    assert findings(DUTIES + "\n\n根据负贵发〔2023〕5号文件开展自评。") == []


def test_a_string_written_three_times_the_same_way_is_the_reports_own_usage():
    assert findings(DUTIES + "\n\n负贵一。\n\n负贵二。\n\n负贵三。") == []


def test_text_in_traditional_characters_is_left_alone():
    assert findings("項目資金管理辦法規定，負責人員依據(jù)辦法開展檢查。") == []


# a repost converted to traditional characters, with a pinyin reading after some of them: the
# reading splits 職業病 and leaves 病防治法 alone between it and the next title
_REPOST = ("項目立項依據《傳染病防治法》《疫苗流通與預防接種管理條例》《突發(fā)公共衛(wèi)生事件應急條例》"
           "《中華人民共和國職業(yè)病防治法》《中華人民共和國食品安全法》。實施情況：經費已撥付，"
           "檢查驗收結論為優，單位負責人簽字確認。")


def test_a_pinyin_reading_inside_a_word_leaves_its_pieces_alone():
    """A repost in traditional characters with readings inline: read without them (the reader drops a
    converter's readings), 職業病防治法 is whole, and 病防治法 lacks no 染 of 傳染病防治法."""
    assert findings(_REPOST) == []


def test_a_slip_away_from_the_readings_of_a_repost_is_still_found():
    text = _REPOST + "\n\n開展最美家庭評選，表彰家庭10戶，最美佳庭5戶。"
    assert ("佳庭", "改为“家庭”") in fixes(text)


def test_a_few_rare_characters_in_names_do_not_silence_the_check():
    text = ("局长王堃、副局长李喆、会计张珺负责终端单位的考核。\n\n"
            "对数字城管终端单的考核考评由局办公室负责。")
    assert ("终端单的考", "改为“终端单位的考”") in fixes(text)


# -- wiring and loading --------------------------------------------------------------------------


def test_review_runs_the_typo_check_unless_it_is_switched_off():
    report = read_text_string(DUTIES + "\n\n专技股负贵人才引进。")
    assert any(f.kind is Kind.TYPO for f in review(report).findings)
    assert not any(f.kind is Kind.TYPO for f in review(report, options=ReviewOptions(typos=False)).findings)


def test_importing_the_library_does_not_load_the_lexicons():
    code = ("import sys, drafting, drafting.review; "
            "print(any(m in sys.modules for m in ('jieba', 'pypinyin')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_characters_dropped_inside_a_title_are_found_when_the_report_writes_the_name_in_full():
    text = ("根据昆明市东川区人民政府办公室关于印发《昆明市东川区人办公室关于印发<职能配置规定>的通知》"
            "（东办通〔2019〕58号）文件。")
    [f] = findings(text)
    assert f.suggestion == "改为“川区人民政府办公”" and "漏字" in f.message


def test_a_slip_into_a_character_jieba_tags_as_a_surname_is_still_found():
    # 金 and 李 alone are tagged as surnames; a name has two characters or more
    assert fixes("项目资金使用规范，资金到位率100%。\n\n下达字金120万元。") == {("字金", "改为“资金”")}
    assert fixes("城市管理局负责城市管理。\n\n城市管李局2020年度。") == {("管李局", "改为“管理局”")}


def test_a_slip_in_a_title_is_found_only_when_it_is_no_word_and_the_report_writes_the_right_one():
    text = "张家界市财政局负责资金下达。\n\n根据《张家界市财怔局关于开展绩效自评的通知》要求。"
    [f] = findings(text)
    assert "怔" in f.quote and f.suggestion == f"改为“{f.quote.replace('怔', '政')}”"
    assert fixes("根据《张家界市财怔局关于开展绩效自评的通知》要求。") == set()  # the report never writes 财政


def test_a_slip_that_ends_a_longer_word_is_found_unless_the_typed_character_is_a_function_word():
    assert fixes("加强监管人员业务培训。\n\n组织监管人员业务培讯。") == {("培讯", "改为“培训”")}
    # 计量单 (a measurement sheet) then 为: 为 alone is meant
    assert fixes("工程计量支付以监理签认的计量单为依据。\n\n统一计量单位。") == set()


def test_a_slip_into_a_place_name_the_report_writes_is_corrected_to_it():
    text = "昆明市东川区城市管理局。\n\n昆明市财政局下达资金。\n\n困明市东川区城市管理局2020年度部门整体支出。"
    assert fixes(text) == {("困明市", "改为“昆明市”")}
    assert fixes("困明市东川区城市管理局2020年度部门整体支出。") == set()  # the report never writes 昆明


# -- what a careful proofreader leaves alone (probe of unseen public reports, issue 10) -----------


def test_a_fuzzy_sound_match_restores_only_a_word_the_report_or_the_vocabulary_backs():
    # 指 (zhi) and 自 (zi) meet only through 模糊音, the weakest evidence: 是指由 is not 是自由
    assert findings("本办法所称补助资金，是指由县级财政安排的专项资金。") == []


@pytest.mark.parametrize("text", [
    "现向社会公开征求意见，期限三十天。",  # 向 heads 社会: no 现象
    "表中列明实际值得分未完成原因及改进措施。",  # 未 heads 完成: no 分为
])
def test_a_preposition_or_negation_heading_the_word_after_it_is_not_a_slip(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "坚持应改尽改，做到动态清零。",  # 应A尽A
    "扎实推进三去一降一补，降低企业成本。",  # 一A一B
])
def test_a_character_in_a_four_character_parallel_frame_is_meant(text):
    assert findings(text) == []


def test_a_numeral_of_a_numbered_series_the_report_writes_is_not_a_slip():
    assert findings("表三：收入决算表。表四：支出决算表。表五：财政拨款收入支出决算总表。") == []


def test_a_sound_shared_only_through_a_rarer_reading_restores_only_a_word_the_report_writes():
    # pypinyin reads 迭 as die and, in old texts, yi: 迭后 is no slip for 以后 unless the report says so
    assert findings("各项调整增减相迭后与执行数一致。") == []


@pytest.mark.parametrize("text", [
    "为筑牢安全防线，全年开展检查12次；铸牢中华民族共同体意识。",  # 筑牢 and 铸牢: both right
    "开展重性精神障碍患者随访管理，规范管理率达到90%。",
])
def test_domain_words_jieba_lacks_are_not_corrected(text):
    assert findings(text) == []


def test_a_secondary_reading_counts_only_when_a_common_word_reads_the_character_so():
    from drafting.checks.typos_candidates import _live_readings

    assert {"shen", "shi"} <= _live_readings("什")  # 什么, 什锦
    assert "yi" not in _live_readings("迭")  # yi is 迭's reading in old texts only


def test_an_everyday_correction_is_not_called_a_word_of_finance_reports():
    [f] = findings("他门按时完成了全部工作任务。")
    assert "常用词（jieba 词频" in f.evidence and "财政/绩效" not in f.evidence


def test_one_character_dropped_from_a_word_the_report_writes_in_full_elsewhere_is_found():
    text = "各监测站点单位的考核按季度开展。\n\n对监测站点单的考核结果予以通报。"
    [f] = findings(text)
    assert f.rule == "language.dropped" and f.quote == "站点单的考"
    assert f.suggestion == "改为“站点单位的考”"


def test_one_character_more_elsewhere_that_makes_no_common_word_is_no_dropped_character():
    # 完成了新任务 / 完成了任务: 了新 is no word, so nothing was dropped from 完成了任务
    assert findings("上半年完成了新任务的分解。下半年完成了任务的分解。") == []


def test_the_first_character_of_a_phrase_dropped_is_found_where_the_report_writes_it_whole():
    text = "四、财政拨款收入支出决算总表\n五、政拨款收入支出决算表"
    [f] = findings(text)
    assert (f.rule, f.quote, f.suggestion) == ("language.dropped", "政拨款收", "改为“财政拨款收”")


def test_a_preposition_starting_a_phrase_is_no_dropped_character():
    # 针对项目资金 elsewhere does not make 对项目资金 a slip: 对 is a preposition on its own
    assert findings("针对项目资金管理薄弱的问题，对项目资金进行检查。") == []


@pytest.mark.parametrize("text", [
    "拟订全县就业发展规划和实施办法。\n\n落实城乡就业发\n\n展规划和实施办法。",  # a paragraph
    "拟订全县就业发展规划和实施办法。\n\n落实城乡就业发\n展规划和实施办法。",  # a line
])
def test_a_line_starting_mid_word_is_a_broken_line_not_a_dropped_character(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "衢州市审计局负责本级审计。\n\n根据审计法规定，市审计局组织开展了审计。",  # 市 alone: 本市
    "组织辖区内各类单位开展整治。\n\n组织辖区内各单位和居民开展整治。",  # 各单位 is right too
])
def test_a_character_often_a_word_alone_is_no_dropped_character(text):
    assert findings(text) == []


def _contexts():
    """Reports whose runs ask many longer-form questions: the bundled fixtures' texts, and one
    where a phrase's one-character form comes before, and after, its longer form."""
    from pathlib import Path

    from drafting.checks.lexicon import lexicon
    from drafting.checks.typos import _Context

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))][:6]
    texts.append("加强终端单的考核。完善终端单位的考核办法。落实终端单位管理的考核。终端单位的考核制度。"
                 "义务教保障机制。城乡义务教育经费保障机制。义务教育保障机制。")
    return [_Context.of(t, lexicon()) for t in texts]


def test_every_longer_form_answered_at_once_is_the_one_the_whole_text_search_finds():
    """The one-pass answers (a long report's typo check stays linear) equal the per-question
    search over the whole text, for every question each report asks."""
    asked, longer, one = 0, 0, 0
    for ctx in _contexts():
        answers = ctx.answer_all()
        assert answers == {q: search_longer(ctx.whole, *q) for q in answers}
        asked += len(answers)
        longer += sum(1 for more, _ in answers.values() if more)
        one += sum(1 for _, single in answers.values() if single)
    assert asked > 50 and longer > 0 and one > 0  # both kinds of answer are compared, not only misses


def test_fangzhi_the_command_headquarters_short_name_is_no_slip_for_fangzhi_prevention():
    """防指 (国家森防指, 省防指: the 防灭火/防汛抗旱 指挥部) is how 应急 reports name the headquarters."""
    assert findings("全省火灾起数为有记录以来第二少，成绩得到国家森防指、应急管理部的肯定。"
                    "森林病虫害防治工作有序开展。") == []


def test_buzhong_catch_up_vaccination_is_no_slip_for_buchong():
    """补种 (查漏补种: catch-up doses for children who missed the schedule) is a vaccination term."""
    assert findings("在重点地区开展麻疹类疫苗的补充免疫和查漏补种工作，及时补充疫苗供应。") == []


def test_yusuan_daben_the_budget_book_is_no_slip_for_benji():
    """预算大本 (the bound annual budget book finance issues) is a budget term: 本及 is no slip for 本级."""
    assert findings("该项目根据市财政局2025年预算大本及相关文件依据编制预算，决策依据充足。") == []


def test_a_word_split_by_a_space_at_a_wrapped_line_is_no_dropped_character():
    assert findings("积极运用绩效评价结果，能够运用绩 效评价结果指导下一步工作。") == []
    assert ("效评价结", "改为“绩效评价结”") in fixes("积极运用绩效评价结果，能够运用 效评价结果指导下一步工作。")


def test_a_word_a_space_splits_after_its_first_character_is_no_dropped_character():
    """行 政职能: the space cut 行政 (a PDF's wrapped line), so 政职能 lost no 府; where the character before
    the space makes no word with the one after, the dropped character is still told."""
    assert findings("充分体现侨务工作的政府职能和行 政职能，在侨务行政方面做出成绩。") == []
    assert [f.quote for f in findings("充分体现侨务工作的政府职能，加强 政职能转变，在侨务行政方面做出成绩。")] == ["政职能"]


def test_a_word_cut_by_a_copied_pages_mark_at_a_line_start_is_no_dropped_character():
    """A document-sharing copy numbers its pages at the lines' start (…基本服 / 3、务费用资金…): the line
    before ends on the character the check would call dropped."""
    text = ("2、甲市免除殡葬基本服务费用资金支出567乙市免除殡葬基本服务费用资金支出305丙市免除殡葬基本服\n"
            "3、务费用资金支出642丁县免除殡葬基本服务费用资金支出372")
    assert [f for f in findings(text) if f.rule == "language.dropped"] == []
    cut = text.replace("殡葬基本服\n", "殡葬基本\n")
    assert ("务费用资", "改为“服务费用资”") in fixes(cut)


def test_a_word_cut_short_right_before_its_figure_is_a_dropped_character():
    assert ("基本支", "改为“基本支出”") in fixes("一、基本支出\n基本支98.31万元，其中工资福利支出90.12万元。")
    assert findings("全年支出120万元，其中项目支出80万元，基本支出40万元。") == []


def test_a_phrase_the_report_writes_whole_twice_cut_short_before_a_figure_is_a_dropped_character():
    """建 ends words as often as it begins them (新建, 修建), so the character alone says little; the
    report writing 公共文化服务体系建设 twice says what 公共文化服务体系建84.5万元 lacks."""
    text = ("2021年公共文化服务体系建设专项资金189.28万元。\n\n支付农村电影放映补助19.54万元，公共文化服务体系"
            "建84.5万元。\n\n公共文化服务体系建设资金执行率96%。")
    assert ("体系建", "改为“体系建设”") in fixes(text)
    # written whole once only: the character's statistics decide, as before
    once = "公共文化服务体系建设专项资金189.28万元。\n\n支付农村电影放映补助19.54万元，公共文化服务体系建84.5万元。"
    assert findings(once) == []
    assert findings("全县新建12所学校，公共文化服务体系建设资金189.28万元，体系建设资金执行率96%。") == []


def test_supplies_stored_or_handed_out_are_wuzi_not_wuzhi():
    assert ("物质", "改为“物资”") in fixes("用于疫苗和防疫物质储备及监测。")
    assert findings("为群众提供物质保障，推进物质文明和精神文明建设。") == []


def test_a_compound_ending_in_a_suffix_before_its_figure_is_not_cut_short():
    assert findings("公务用车运行费用由机关承担，其中运行费0.22万元，执行率95%，运行费用执行率低。") == []


def test_a_character_alike_in_shape_and_sound_restoring_a_word_the_report_writes_is_a_typo():
    assert ("对像", "改为“对象”") in fixes("明确监管对象。抽查监管对像120户，结果全部公示。")
    assert findings("开展绩效自评。学校自聘教师工作经费按月发放。") == []


def test_huitong_for_huitong_jointly_is_a_classic_confusion():
    assert ("汇同", "改为“会同”") in fixes("我局汇同县财政局开展督查，汇总同类项目数据。")


def test_jiezhi_before_a_masked_year_is_still_jiezhi_for_jiezhi():
    assert ("截止", "改为“截至”") in fixes("截止20xx年12月31日，项目资金已全部拨付。")


def test_de_before_a_verb_after_chongfen_is_a_de_di_slip():
    assert ("充分的", "改为“充分”") in fixes("规范实施补贴政策，充分的发挥政策效益。")
    assert findings("有充分的理由和依据，充分发挥资金效益。") == []


def test_domain_abbreviations_and_set_phrases_of_the_vocabulary_are_never_corrected():
    assert findings("该项目已完成可研、立项、预算编制，可行性评估通过。") == []
    assert findings("坚持稳字当头、稳中求进，文字材料齐全。") == []
    assert findings("服务本地智造，打造制造业走廊，完善制造体系。") == []
    # 边缘易致贫户: a category of the 防止返贫 monitoring, no 一致
    assert findings("全镇纳入监测的脱贫不稳定户和边缘易致贫户共计87户，帮扶措施已落实。") == []


# -- names, terms and broken words on unseen pages (issue 10): none of them a slip ----------------


def test_a_form_written_twice_where_the_report_never_writes_the_correction_is_its_own_term():
    # 监侧 is no word and 监测 is (a rarer one than everyday words); a report that writes 监侧 twice and
    # never 监测 is read as meaning it (a short form the vocabulary lacks looks the same); once, it is a slip
    assert fixes("各乡镇按照监侧要求做好准备。") == {("监侧", "改为“监测”")}
    assert findings("各乡镇按照监侧要求做好准备。\n\n汛期严格执行监侧调度指令。") == []


def test_a_slip_into_no_word_twice_is_still_a_slip_when_the_correction_is_an_everyday_word():
    # 他门 twice where the report never writes 他们: a typist's habit, not a term of the report
    assert ("他门", "改为“他们”") in fixes("他门按时完成了任务，他门也按时上报了材料。")


def test_a_slip_made_twice_beside_the_right_word_is_still_a_slip():
    text = DUTIES + "\n\n完善人才选拨机制。\n\n优化人才选拨流程。"
    assert ("选拨", "改为“选拔”") in fixes(text)


def test_a_short_form_right_before_a_units_kind_is_part_of_its_name():
    # 防指办公室, 乡财所: a short form before the unit's kind, unless the corrected name is a word
    assert findings("汛期由县防指办公室统一调度。") == []
    assert findings("各乡财所负责乡镇资金拨付。") == []
    assert fixes("城市管理局负责城市管理。\n\n城市管李局2020年度。") == {("管李局", "改为“管理局”")}


def test_a_slip_before_a_units_kind_is_found_when_it_restores_a_frequent_field_of_work():
    # units are named for fields everyone writes: 角育委员会 is 教育委员会, 财怔所 is 财政所
    assert ("角育", "改为“教育”") in fixes("区角育委员会负责全区中小学管理。")
    assert ("财怔", "改为“财政”") in fixes("党政办、财怔所负责日常工作。")
    # … or for a rarer one the report writes elsewhere (监测 beside 监侧办公室: 监测 is meant); 防指
    # (防汛抗旱/防灭火指挥部) is a term of the vocabulary, and 防指办公室 its office
    assert ("监侧", "改为“监测”") in fixes("做好环境监测工作。\n\n由县监侧办公室统一调度。")
    assert findings("做好地质灾害防治工作。\n\n由县防指办公室统一调度。") == []


def test_a_units_kind_after_an_ordinal_is_not_corrected():
    # 一室 is no 一时 in 审判一室; a kind after a place's level is read as ever (全县资院: 资源)
    assert findings("审判一室负责民事案件，审判二室负责行政案件。") == []
    assert ("资院", "改为“资源”") in fixes("全面摸清全县资院利用状况。")


def test_a_word_split_by_a_space_or_a_line_break_is_no_slip():
    # a PDF wrapped 财政 in 乡财政: 乡财 before the break is no word, but the word goes on after it
    assert findings("依照乡财 政资金管理办法执行。") == []
    assert findings("依照乡财\n政资金管理办法执行。") == []
    # … also later in a paragraph whose first run was asked about a dropped character (the paragraph
    # before it moves where the break is looked for; that offset must not be lost on the way)
    assert findings("下达城乡义务教育经费保障机制资金120万元。\n\n义务教保障机制资金已拨付，乡财 政所负责。") == []


def test_the_last_characters_of_a_text_cut_mid_sentence_are_no_slip():
    # an excerpt that stops on a Chinese character may have cut its last word
    assert fixes("全年未发生违反财经纪律的问题，资金管里规范。") == {("管里", "改为“管理”")}
    assert findings("全年未发生违反财经纪律的问题，资金管里") == []
    # … unless the report writes the correction elsewhere: then the slip is read there too
    assert fixes("严格执行预算管理制度。\n\n全年未发生违反财经纪律的问题，资金管里") == {("管里", "改为“管理”")}


def test_the_chu_of_a_chu_wai_frame_is_no_slip():
    # 指除 is no word and 指出 is, but 除…以外 is a frame: 是指除人员经费以外
    assert findings("本报告所称公用经费是指除人员经费以外的日常支出。") == []


def test_a_preposition_before_a_figure_heads_it():
    # 我部对2023年度…: 对 heads the year, it is no 队 of 部队
    assert findings("按照市里要求，我部对2023年度专项资金开展了评价。") == []


def test_a_unit_naming_itself_by_its_kind_is_no_slip():
    # 我馆于… is the museum speaking of itself (我局, 本站, 该院): 馆于 is no 关于
    assert findings("根据县文旅局通知要求，我馆于2023年5月组织开展自评。") == []
    assert findings("按照统一部署，本馆于今年完成了藏品清点。") == []
    # … while the same slip with no 我/本/该 before it is still one
    assert ("馆于", "改为“关于”") in fixes("完成馆于资金管理的自查。")


def test_a_provinces_short_name_is_a_place():
    # 在渝 is “in Chongqing”, no 在于; 渝, 沪, 黔 are written for almost nothing but their province
    assert findings("配合中央在渝单位做好监管工作。") == []


def test_a_word_cut_where_two_alike_columns_meet_is_no_dropped_character():
    """…资源得到有效保护,源得到有效保护,…: the other cell's copy of the same line, cut a character later —
    the words from the cut on were said just before. A character dropped in prose is still found."""
    seam = ("实际完成情况维护林区安全稳定，全区森林资源、陆生野生动物资资源、陆生野生动物资源得到有效保护，"
            "源得到有效保护，林业有害生物成灾率控制在年度指标以内。全区森林资源得到有效保护。")
    slip = "负责全县森林资源的保护和管理。负责组织对各护林单位的考核考评，负责受理护林工作的投诉。对护林单的考核结果进行通报。"
    assert [f for f in check_typos(read_text_string(seam)) if f.rule == "language.dropped"] == []
    assert [f.quote for f in check_typos(read_text_string(slip)) if f.rule == "language.dropped"] != []


def test_wei_after_a_month_before_the_verb_it_negates_is_no_slip():
    assert [f for f in check_typos(read_text_string("截至12月未完成的项目有2个。")) if f.rule == "language.confusion"] == []


def test_no_pattern_is_compiled_from_the_reports_own_words():
    """Speed (issue 14): the phrase written whole before a figure, and a doubled character's pairs, are
    found by plain search: a pattern made of the report's words was compiled for every run, reviewed
    once, and kept in the patterns file only to be read back at every start."""
    import re

    from drafting.checks.splice_text import PairCounts

    text = ("2021年公共文化服务体系建设专项资金189.28万元。\n\n支付农村电影放映补助19.54万元，公共文化服务体系"
            "建84.5万元。\n\n公共文化服务体系建设资金执行率96%。")
    re.purge()
    assert ("体系建", "改为“体系建设”") in fixes(text)
    assert PairCounts("甲乙乙乙丙乙乙")["乙乙"] == 3 and PairCounts("乙乙乙")["乙乙"] == 2
    compiled = [k[1] for k in re._cache if isinstance(k[1], str)]  # type: ignore[attr-defined]
    assert not [p for p in compiled if "服务体" in p or "乙乙" in p]


@pytest.mark.parametrize("text", ["结果表明宣传效果良好。", "开展人居环境整治，整治生态环境。", "项目总计投入120万元。", "资金总计为85万元。"])
def test_the_curated_confusions_leave_the_right_uses_alone(text):
    assert [f for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"] == []
