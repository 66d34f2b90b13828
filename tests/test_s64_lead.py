"""Session 64's lead fixes: planted misses on session 63's pages, read after their measure."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings]


def _body(year: int) -> str:
    return (f"一、基本情况\n{year}年度，我会共发放冬季困难职工救助金86.5万元，救助困难职工1,730人。\n"
            f"二、绩效目标完成情况\n截至{year}年12月31日，救助金全部发放到位。\n")


# pool125 p02: a document site's captions, the file's name in 《》 before each page's number (_第1页).

def _captions(first: int, rest: int) -> str:
    names = [f"《某市总工会{y}年度冬季困难群众救助金绩效自评报告》_第{k}页" for k, y in
             enumerate([first, rest, rest], start=1)]
    return "".join(names) + "已阅读3页,还剩3页未读\n" + _body(2020)


def test_a_captions_title_in_book_title_marks_is_read_as_the_title():
    assert "dates.stale_title" in _rules(_captions(2021, 2021))


def test_a_captions_title_that_agrees_with_the_body_stands():
    assert "dates.stale_title" not in _rules(_captions(2020, 2020))


# pool120 p14: a traditional-character mirror writes the page's caption _第1頁.

def test_a_traditional_caption_is_read_as_the_title():
    text = ("2021年度非物質文化遺產編撰費績效自評報告_第1頁2020年度非物質文化遺產編撰費績效自評報告_第2頁\n"
            + _body(2020))
    assert "dates.stale_title" in _rules(text)


# pool119 p04: the one statement of what was evaluated says 实施 (对我部门2023年整体支出情况实施了…自评价).

def _evaluated(title: int) -> str:
    return (f"{title}年度整体支出绩效自评报告\n根据有关文件精神，对我部门2023年整体支出情况实施了财政支出绩效自评价，"
            "形成本评价报告。\n一、部门基本情况\n本局内设股室5个。\n")


def test_a_title_against_the_one_statement_of_what_was_implemented_is_stale():
    assert "dates.stale_title" in _rules(_evaluated(2024))


def test_a_title_that_names_the_evaluated_year_stands():
    assert "dates.stale_title" not in _rules(_evaluated(2023))


# pool118 p10: a county named with one character (南县) before 文化市场: 市场 is a market, no city.

def _market(scope: str) -> str:
    return ("南县文化市场综合行政执法大队2021年本级项目支出绩效评价报\n一、项目基本情况\n"
            f"文化市场管理经费20万元：依法管理{scope}体育事业发展和执法工作，全年出动执法人员688人次。\n")


def test_a_market_in_a_units_name_is_no_city():
    assert "entities.duty_scope" in _rules(_market("全市"))


def test_the_countys_own_scope_stands():
    assert not [r for r in _rules(_market("全县")) if r.startswith("entities.")]


# pool122 p05: a province's report on a central fund paid straight down (中央直达资金), no 转移支付 named.

def _direct(own: str) -> str:
    return ("某某省自然灾害救灾中央直达资金2021年度绩效自评报告\n根据财政部的通知要求，"
            f"现将{own}自然灾害救灾中央直达资金2021年度绩效自评情况报告如下：\n一、绩效目标分解下达情况\n"
            "中央下达资金9805万元。\n")


def test_a_province_reporting_on_a_central_direct_fund_speaks_as_the_province():
    assert "entities.level_word" in _rules(_direct("我县"))


def test_the_provinces_own_word_stands():
    assert "entities.level_word" not in _rules(_direct("我省"))


# pool123 p14 (planted): a balance left of the money there was, not of a budget.

def _balance(whole: str) -> str:
    return f"一、资金总体情况\n本区体育彩票公益金共计{whole}万元，支出33.63万元，结余95.07万元。\n"


def test_a_balance_that_is_not_the_money_less_its_spending_is_found():
    assert "sentence_difference" in _rules(_balance("128.6"))


def test_a_balance_that_is_the_money_less_its_spending_stands():
    assert "sentence_difference" not in _rules(_balance("128.7"))


# Round one (pools 126-133, measured on 064eb2b3): the wrong findings, by cause.

# pool126 p07: a document site ran the file's name into the words after it (…评价报告|报告使用范围很广).

def _site(blurb: str) -> str:
    return ("某镇农村综合养老服务站建设项目绩效评价报告.doc\n文档介绍:\n"
            f"某镇农村综合养老服务站建设项目绩效评价报告{blurb}使用范围很广。\n")


def test_a_documents_name_run_into_the_next_words_is_no_doubled_word():
    assert "language.doubled_word" not in _rules(_site("报告"))


def test_a_word_written_twice_in_a_sentence_is_still_found():
    assert "language.doubled_word" in _rules("一、基本情况\n现将绩效评价报告报告如下。\n")


# pool127 p03: a notice forwarding another names both titles (转发…的通知的通知).

def test_a_forwarding_notices_title_is_no_doubled_word():
    text = "根据某农计财〔2010〕24号转发省农业厅关于开展2009年度项目绩效评价自评工作的通知的通知精神，我县开展了自评。\n"
    assert "language.doubled_word" not in _rules(text)


def test_a_notice_named_twice_without_forwarding_is_still_found():
    text = "根据省农业厅关于开展2009年度项目绩效评价自评工作的通知的通知精神，我县开展了自评。\n"
    assert "language.doubled_word" in _rules(text)


# pool130 p07: 各 before a figure is "each" (雨水管网各5109m), no 网络.

def test_each_before_a_figure_is_no_typo():
    text = "一、项目概况\n污水管网各3200m，燃气管网各3200m。\n"
    assert "language.typo" not in _rules(text)


def test_a_slip_before_words_is_still_found():
    assert "language.typo" in _rules("一、项目概况\n建立了互联网各类平台，加强网各安全。\n")


# pool130 p03: a header's second line with a space in a name (一级 指标 | 二级指标 | … | 度量单位) is no indicator.

def _indicators(lower: str) -> str:
    return ("项目支出绩效指标表\n绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施\n"
            f"{lower}\n"
            "产出指标 | 数量指标 | 开展现场检查次数 | >= | 20 | 次 | 113 | 22.50 | 22.50 |\n"
            "效益指标 | 社会效益 | 能源保障水平 | 有效提升 | 113 | 9.00 | 9.00 | |\n")


def test_a_headers_second_line_is_no_indicator_without_a_target():
    lower = "一级 指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位"
    assert "claims.target_not_measurable" not in _rules(_indicators(lower))


def test_an_indicator_under_a_header_is_still_read():
    text = ("项目支出绩效指标表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值\n"
            "产出指标 | 数量指标 | 开展现场检查次数 | ≥20次 | 113次\n"
            "效益指标 | 社会效益指标 | 能源保障水平 | 促进能源发展 | 保障平稳\n")
    assert [f.location.quote for f in review(read_text_string(text)).findings
            if f.rule == "claims.target_not_measurable"] == ["促进能源发展"]


# pool130 p08 (a labelled miss): classic confusions kept in the curated list, each with its reason.

def test_a_reserve_is_regulated_not_mediated():
    assert "language.confusion" in _rules("一、项目概况\n完善冻猪肉储备调解机制，保障市场供应。\n")


def test_a_dispute_is_still_mediated():
    assert "language.confusion" not in _rules("一、项目概况\n建立矛盾纠纷调解机制，化解纠纷120件。\n")


def test_a_units_basic_facts_as_a_heading_are_its_gaikuang():
    assert "language.confusion" in _rules("一、中心基本概括\n本中心内设科室5个。\n")


def test_summing_up_is_still_gaikuo():
    assert "language.confusion" not in _rules("一、工作总结\n简要概括如下：资金到位及时。\n")


# pool126 p04 (a labelled miss): a duty of 临时救助 in the duties below a form's staff fields explains no staff.

def _staff(duty: str) -> str:
    return ("一、部门(单位)基本概况 |\n人员编制 |\n84 |\n实有人数 |\n188 |\n职能职责概述 |\n"
            f"(一)负责全区民政工作。(二)依法建立和实施城乡居民最低生活保障制度、{duty}制度。\n")


def test_a_duty_of_temporary_relief_explains_no_staff_above_the_posts():
    assert "staffing.over_posts" in _rules(_staff("临时救助"))


def test_temporary_staff_named_below_the_fields_still_explain_them():
    assert "staffing.over_posts" not in _rules(_staff("临时聘用人员管理"))


# pool131 p01 (a labelled miss): the issue dated in one year, the 发文字号 of another.

def _issued(date: str, verb: str = "印发了") -> str:
    return (f"一、项目概况\n{date}，省财政厅、省民政厅{verb}《关于下达2021年省级财政民政事业补助资金的通知》"
            "（川财社〔2021〕57号），给我县下达试点补助资金370万元。\n")


def test_a_document_issued_in_another_year_than_its_number_says_is_found():
    assert "calendar.issued_number_year" in _rules(_issued("2022年6月19日"))


def test_a_document_issued_in_its_numbers_year_stands():
    assert "calendar.issued_number_year" not in _rules(_issued("2021年6月19日"))


def test_a_document_received_a_year_after_its_issue_stands():
    assert "calendar.issued_number_year" not in _rules(_issued("2022年6月19日", "转发了"))


# pool126 p10: a district's report telling of its province's own act (我省人民政府正式颁布了《湖南省…办法》).

def _province(sentence: str) -> str:
    return ("某市某区民政局2019年度城乡低保项目支出绩效自评报告\n一、项目概况\n"
            f"为了保障我区城乡居民的基本生活，{sentence}\n")


def test_a_districts_sentence_on_its_provinces_own_regulation_stands():
    text = _province("结合本省实际情况，我省人民政府正式颁布了《湖南省最低生活保障办法》。")
    assert "entities.level_word" not in _rules(text)


def test_a_district_claiming_its_provinces_work_is_still_found():
    assert "entities.level_word" in _rules(_province("我省共发放城乡低保金120万元。"))
