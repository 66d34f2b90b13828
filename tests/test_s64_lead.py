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
