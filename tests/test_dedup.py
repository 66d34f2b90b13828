from drafting.checks.dedup import deduplicate
from drafting.checks.redundancy import find_duplicates
from drafting.findings import Kind
from drafting.report import Cell, Heading, Paragraph, Report, Table

JOBS = "2022年新增就业2141人；城镇登记失业率控制在4.5%以内；新增农村劳动力转移就业1910人。发放交通补贴258人，共计10.28万元。"
OTHER = "结合党史学习教育，扎实推进模范机关建设，提升干部队伍素质，不断优化营商环境，持续深化放管服改革。"
INSURANCE = "全县社会保险（养老保险、工伤保险、失业保险）参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元。"


def texts(r: Report) -> list[str]:
    return [u.text for u in r.units()]


def test_a_later_copy_is_removed_and_the_first_kept():
    r = Report(blocks=[Heading(text="一、就业", level=1), Paragraph(text=JOBS), Paragraph(text=OTHER),
                       Paragraph(text=JOBS)])
    assert texts(deduplicate(r)) == ["一、就业", JOBS, OTHER]


def test_the_input_report_is_never_changed():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text=JOBS)])
    before = r.model_copy(deep=True)
    deduplicate(r)
    assert r == before


def test_a_table_cell_left_empty_gets_a_cross_reference_to_the_first_occurrence():
    r = Report(blocks=[Paragraph(text=JOBS), Table(rows=[[Cell(text="指标2：坚持服务就业大局"), Cell(text=JOBS)]])])
    cell = deduplicate(r).blocks[1].rows[0][1].text
    assert cell.startswith("同上文，详见第1段")


def test_a_section_left_empty_keeps_a_cross_reference_instead():
    r = Report(blocks=[Heading(text="一、就业", level=1), Paragraph(text=JOBS),
                       Heading(text="二、成效", level=1), Paragraph(text=JOBS)])
    out = deduplicate(r)
    assert texts(out)[:3] == ["一、就业", JOBS, "二、成效"]
    assert texts(out)[3].startswith("同上文，详见“一、就业”下第1段")  # as a reader finds it, no block numbers


def test_cross_references_count_paragraphs_of_the_new_report():
    r = Report(blocks=[Paragraph(text=INSURANCE), Paragraph(text=INSURANCE), Paragraph(text=JOBS),
                       Heading(text="二、成效", level=1), Paragraph(text=JOBS)])
    out = deduplicate(r)
    assert texts(out)[-1].startswith("同上文，详见第2段")  # JOBS was the 3rd paragraph; one copy before it is gone


def test_a_copy_inside_a_longer_paragraph_is_cut_out_and_the_rest_kept():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text="1、坚持服务就业大局。" + JOBS + OTHER)])
    assert texts(deduplicate(r)) == [JOBS, "1、坚持服务就业大局。" + OTHER]


def test_findings_of_other_kinds_are_ignored():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text=JOBS)])
    findings = [f.model_copy(update={"kind": Kind.STALE_YEAR}) for f in find_duplicates(r)]
    assert deduplicate(r, findings) == r


def test_deduplicated_report_has_no_duplicates_left():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text=INSURANCE), Paragraph(text=JOBS + INSURANCE)])
    assert find_duplicates(deduplicate(r)) == []


def test_one_finding_for_a_text_in_three_places_removes_both_later_copies():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text=OTHER), Paragraph(text=JOBS), Paragraph(text=INSURANCE),
                       Paragraph(text=JOBS)])
    findings = find_duplicates(r)
    assert len(findings) == 1 and len(findings[0].related) == 2
    assert texts(deduplicate(r, findings)) == [JOBS, OTHER, INSURANCE]


def test_the_first_copy_in_document_order_is_kept_whichever_place_the_finding_names_first():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text=OTHER), Paragraph(text=JOBS)])
    f = find_duplicates(r)[0]
    swapped = f.model_copy(update={"location": f.related[0], "related": [f.location]})
    assert texts(deduplicate(r, [swapped])) == [JOBS, OTHER]


def test_a_copy_whose_text_has_changed_since_the_review_is_left_alone():
    r = Report(blocks=[Paragraph(text=JOBS), Paragraph(text=OTHER), Paragraph(text=JOBS)])
    findings = find_duplicates(r)
    edited = r.model_copy(deep=True)
    edited.blocks[2].text = "（已改写）" + JOBS
    assert texts(deduplicate(edited, findings)) == texts(edited)
