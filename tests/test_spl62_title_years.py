"""Where a title stands and what states the year. A document-sharing site shows each page of a report
under a caption of the file's name and the page (…自评报告_第1页, …自评报告.docx_第2页), the captions read
as one line: the first caption is the report's title, and a year in it that the body contradicts is
stale like any title's. And a year followed by 年度 again (2022年年度内, 2023年年度目标) states the year
whose work is reported, as 2022年度 does."""

from drafting.checks.dates import check_dates, infer_year
from drafting.io.text_reader import read_text_string

BODY = ["一、项目基本情况",
        "我局在2021年部门预算中申报森林防火专项资金48万元，主要用于防火物资购置和扑火队伍演练。",
        "2021年度森林防火总目标是：不发生重特大森林火灾。截至2021年12月31日，资金已全部支出。"]


def _stale(text: str) -> list[str]:
    return [f.quote for f in check_dates(read_text_string(text)) if f.rule == "dates.stale_title"]


def test_a_page_caption_of_a_shared_document_is_its_title():
    caption = "2020年某县森林防火专项资金绩效自评报告"
    text = "\n".join([f"{caption}_第1页{caption}_第2页{caption}_第3页全文预览已结束", *BODY])
    assert _stale(text) == ["2020年"]


def test_a_page_caption_with_the_files_suffix_is_its_title_too():
    caption = "2020年某县森林防火专项资金绩效自评报告.docx"
    text = "\n".join([f"{caption}_第1页{caption}_第2页{caption}_第3页全文预览已结束", *BODY])
    assert _stale(text) == ["2020年"]


def test_a_caption_naming_the_bodys_year_is_no_finding():
    caption = "2021年某县森林防火专项资金绩效自评报告"
    text = "\n".join([f"{caption}_第1页{caption}_第2页{caption}_第3页全文预览已结束", *BODY])
    assert _stale(text) == []


def test_a_year_followed_by_年度_again_states_the_year_reported():
    rows = ["部门预算项目支出绩效自评表（2023年度）",
            "项目名称 | 文化市场综合行政执法人员制式服装经费",
            "项目年度目标 | 2022年年度内，计划使用财政资金3.75万元为执法人员配备制式服装。"]
    report = read_text_string("\n".join(rows))
    assert infer_year(report) == 2022
    assert _stale("\n".join(rows)) == ["2023年度"]
