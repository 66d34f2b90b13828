"""Session 62's lead fixes, each read on a fresh pool after its measure."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings]


# pool110 p11: a 2016 report published in July 2017 cites the notices of 2017's evaluation work.

def _notices_page(title_year: int, published: str) -> str:
    return (f"{title_year}年学生资助专项项目绩效评价报告\n发布时间:{published} 发布者:某卫生学校\n"
            f"{title_year}年学生资助专项项目绩效评价报告\n"
            "根据省财政厅《关于开展2017年预算绩效管理工作的通知》(琼财绩〔2017〕460号)及省卫生计生委《关于开展"
            "2017年预算绩效评价工作的通知》的文件精神和要求，我校对纳入绩效目标管理的预算项目开展绩效自评。\n"
            "一、项目概况\n项目批复资金350万元已全部到位。")


def test_a_year_not_over_when_the_page_came_out_does_not_outvote_the_title():
    assert "dates.stale_title" not in _rules(_notices_page(2016, "2017-07-21"))


def test_the_same_body_still_outvotes_a_title_two_years_back():
    assert "dates.stale_title" in _rules(_notices_page(2015, "2017-07-21"))


def test_a_title_years_old_is_still_stale_once_the_year_is_over():
    assert "dates.stale_title" in _rules(_notices_page(2016, "2018-03-02"))


# pool109 p13: the staff in post restated in a later paragraph, which names the hired staff among them.

STAFF = "一、基本情况\n单位核定编制32人，其中：行政编制11人，事业编制21人。本年实有人数34人。\n二、人员情况\n"


def test_staff_above_posts_explained_where_the_count_is_said_again_is_no_finding():
    later = "2023年末，年末实有人数34人，其中行政编制9人，工勤编制2人，事业编制20人，聘用人员3人。"
    assert "staffing.over_posts" not in _rules(STAFF + later)


def test_an_explanation_of_another_count_does_not_cover_this_one():
    later = "2023年末，下属中心实有人数12人，其中聘用人员3人。"
    assert "staffing.over_posts" in _rules(STAFF + later)


# pool111 p05: 党建及思政课题 — 思政 (思想政治) is a word, so 及思 is no slip for 及时.

def test_sizheng_is_a_word_not_a_slip_for_jishi():
    assert "language.typo" not in _rules("一、基本情况\n立项省级党建及思政课题9项，职业生涯咨询特色工作室1个。")


# pool111 p08: the project the title names, said again as a sentence's subject.

def _project_page(title: str) -> str:
    return (f"{title}\n一、自评结论\n(一)自评得分\n通过项目绩效自评小组的全方位评价,我校城乡义务教育阶段公用经费补助资金项目"
            "自评得分98分,自评结果为“优秀”。\n(二)绩效目标完成情况\n2023年我校收到上级下达城乡义务教育阶段公用经费补助资金"
            "118.92万元,全年发放108.61万元。通过项目绩效自评小组的全方位自查评价,城乡义务教育阶段公用经费补助资金项目预算执行率"
            "91.33%。")


def test_the_titles_project_named_as_a_subject_is_no_splice():
    title = "昌宁县某中心学校2023年度项目支出绩效自评报告(城乡义务教育阶段公用经费补助资金)"
    assert "redundancy.splice_partial" not in _rules(_project_page(title))


def test_the_same_run_is_a_splice_when_no_title_names_it():
    assert "redundancy.splice_partial" in _rules(_project_page("昌宁县某中心学校2023年度项目支出绩效自评报告"))


# pool113 p01: a traditional copy of a form, a value ending in 項目 run into the label 項目類型.

FORM = "項目屬性1、持續性項目 2、新增性項目項目類型1、一次性撥付項目 2、多次撥付項目"


def test_a_traditional_forms_value_and_next_label_are_no_doubled_word():
    assert "language.doubled_word" not in _rules("一、基本情况\n" + FORM)


def test_a_word_doubled_in_a_traditional_sentence_is_still_found():
    assert "language.doubled_word" in _rules("一、基本情况\n我們開展了項目項目自評工作。")


# pool112 p01, p12: a sentence citing a province's notice (根据四川省财政厅《…》文件精神，现将我市…报告如下:) is no title.

def test_a_sentence_citing_a_provinces_notice_does_not_make_the_unit_provincial():
    text = ("工程项目绩效评价报告\n根据四川省财政厅《关于开展20xx年度中央对地方转移支付预算执行情况绩效自评工作的通知》"
            "(川财绩〔20xx〕3号)文件精神,现将我市20xx年度全民健身补短板工程项目自评报告如下:\n一、绩效目标分解下达情况\n"
            "文件下达我市全民健身场地器材补短工程160万元。")
    assert "entities.level_word" not in _rules(text)


def test_a_title_naming_the_province_still_sets_the_level():
    text = ("四川省体育局2023年度中央对地方转移支付项目绩效自评报告\n一、绩效目标分解下达情况\n"
            "文件下达我市全民健身场地器材补短工程160万元。")
    assert "entities.level_word" in _rules(text)


# pool112 p14: 从2015年底划入 is the state since then, no statement of the year evaluated.

def _since_page(since: str) -> str:
    return ("2016年电子政务内网运行维护费项目资金绩效评价报告\n一、项目概况\n"
            f"(一)电子政务内网管理及建设、维护职责{since}划入市委办，具体职责由市委机要局承担。\n"
            "(二)年初财政预算安排资金83万元，并已拨付到位。")


def test_a_year_end_since_which_a_duty_moved_does_not_outvote_the_title():
    assert "dates.stale_title" not in _rules(_since_page("从2015年底"))


def test_the_year_end_itself_still_outvotes_the_title():
    assert "dates.stale_title" in _rules(_since_page("于2015年底全部"))


# pool112 p06: 绩效目标完成率 names a rate; a list item's rate is its own, not the lead-in's counts'.

ITEMS = ("一、项目概况\n情况分析:本项目期初设置绩效目标4个,实际完成2个,具体情况如下:1、投入-时效目标-绩效目标完成率-100%,"
         "实际完成98.99%。")


def test_the_name_of_a_completion_rate_is_no_met_claim():
    assert "claims.met_but_missed" not in _rules(ITEMS)


def test_a_list_items_rate_is_not_read_against_the_lead_ins_counts():
    assert "sentence_rate" not in _rules(ITEMS)


def test_a_rate_inside_one_item_is_still_read_against_its_own_figures():
    assert "sentence_rate" in _rules("一、项目概况\n具体如下:1、本项目预算100万元,实际支出80万元,预算执行率为90%。")


# pool112 p18: a 范文 site masks every year as 20XX年.

def test_years_masked_throughout_are_no_placeholder():
    assert "structure.placeholder" not in _rules("一、项目概况\n20XX年我县农村文化建设专项补助项目涉及16乡镇，补助资金20XX年已到位。")


def test_a_20xx_beside_a_written_year_is_still_a_placeholder():
    assert "structure.placeholder" in _rules("一、项目概况\n2023年我县农村文化建设专项补助项目涉及16乡镇，补助资金20XX年已到位。")


# pool116 p03: each numbered part's score after its name (1、项目投入情况,自评得分18分) is the part's, not the report's.

def _parts_scored(second: str) -> str:
    return ("一、基本情况\n全年共救助生活无着流浪乞讨人员207人次。\n二、绩效自评情况\n经对照《绩效评价指标》表格进行绩效自评，总评得分为100分。\n"
            "1、项目投入情况,自评得分18分。今年我县民政、财政联合出台实施办法。\n"
            f"{second}\n")


def test_the_scores_of_numbered_parts_are_no_self_score_said_twice():
    assert "score_twice" not in _rules(_parts_scored("2、项目过程情况,自评得分32分。"))


def test_the_reports_own_score_said_twice_is_still_found():
    text = "一、自评结论\n经自评，本部门自评得分96分。\n二、结论\n经综合评价，本部门自评得分为95分。"
    assert "score_twice" in _rules(text)


# pool115 p03: 毛竹低改10000亩任务 beside 毛竹低改任务 — 任 opens 任务, so no 改任 was cut short before the figure.

def test_a_word_the_next_character_opens_is_no_cut_short_word():
    text = ("一、任务安排情况\n2021年度毛竹低改10000亩任务安排在章庄乡、浒坑镇。\n二、完成情况\n"
            "项目完成进度、质量较好，10000亩毛竹低改任务及油茶新造任务全部完成。")
    assert "language.dropped" not in _rules(text)


def test_a_word_cut_short_before_its_figure_is_still_found():
    text = "一、基本情况\n本年度基本支989312元，主要用于人员经费。\n二、支出情况\n基本支出用于保障机构正常运转。"
    assert "language.dropped" in _rules(text)


# Planted totals on the new pages (pool116 p03, pool109 p13): parts that cannot overlap, read as such.

def test_inside_and_outside_parts_over_their_total_are_found():
    text = "一、基本情况\n全年共救助流浪乞讨人员206人次，其中站内救助44人次，站外救助163人次，使用救助资金113.5万元。"
    assert "sentence_parts_sum" in _rules(text)


def test_inside_and_outside_parts_that_make_their_total_are_quiet():
    text = "一、基本情况\n全年共救助流浪乞讨人员207人次，其中站内救助44人次，站外救助163人次，使用救助资金113.5万元。"
    assert "sentence_parts_sum" not in _rules(text)


def test_staff_by_kind_of_post_and_hired_staff_over_their_total_are_found():
    text = "一、基本情况\n2023年末，我单位年末实有人数33人，其中行政编制9人，工勤编制2人，事业编制20人，聘用人员3人。"
    assert "sentence_parts_sum" in _rules(text)


def test_headcounts_that_may_overlap_stay_quiet():
    text = "一、基本情况\n2023年末有职工32人，其中卫生技术人员30人，副高级职称2人，中级职称11人。"
    assert "sentence_parts_sum" not in _rules(text)


# pool109 p03: the duties of the 人大常委会办公室's report opened under the finance bureau's name.

def _duties(lead: str) -> str:
    return ("泸西县人大常委会办公室部门整体支出绩效自评报告\n一、部门基本情况\n(一)部门职能职责\n"
            f"根据《关于印发〈泸西县财政局职能配置、内设机构、人员编制规定〉的通知》(泸办发〔2019〕85号)文件精神,{lead}:\n"
            "1.在本行政区域内,保证宪法、法律、行政法规的遵守和执行。\n2.领导或者主持本级人民代表大会代表的选举。")


def test_duties_opened_under_another_unit_of_the_same_county_are_found():
    assert "entities.other_duties" in _rules(_duties("泸西县财政局承担以下工作职责"))


def test_the_units_own_name_opening_its_duties_is_quiet():
    assert "entities.other_duties" not in _rules(_duties("泸西县人大常委会办公室承担以下工作职责"))


def test_a_subordinate_bodys_duties_are_quiet():
    assert "entities.other_duties" not in _rules(_duties("泸西县救助管理站承担以下工作职责"))


def test_a_unit_said_to_be_under_or_beside_it_is_quiet():
    assert "entities.other_duties" not in _rules(_duties("本单位配合泸西县财政局承担以下工作职责"))


def test_another_places_unit_is_quiet():
    assert "entities.other_duties" not in _rules(_duties("云南省财政厅承担以下工作职责"))
