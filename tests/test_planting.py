"""The defect planter: reproducible, one defect per operation, labels that quote the planted text."""

from decimal import Decimal

import pytest

from drafting.department import DepartmentData
from drafting.findings import Kind
from drafting.report import Cell, Heading, Paragraph, Report, Table
from evals.planting import OPERATIONS, plant


def _report() -> Report:
    return Report(blocks=[
        Heading(text="安化县教育局2023年度部门整体支出绩效自评报告", level=0),
        Paragraph(text="报告日期：2024年3月15日"),
        Table(rows=[
            [Cell(text="联系人"), Cell(text="李明"), Cell(text="联系电话"), Cell(text="0737-7221234")],
            [Cell(text="项目"), Cell(text="合计"), Cell(text="基本支出"), Cell(text="项目支出")],
            [Cell(text="局机关"), Cell(text="1500.00"), Cell(text="900.00"), Cell(text="600.00")],
            [Cell(text="二级机构"), Cell(text="500.00"), Cell(text="300.00"), Cell(text="200.00")],
            [Cell(text="合计"), Cell(text="2000.00"), Cell(text="1200.00"), Cell(text="800.00")],
        ]),
        Heading(text="一、部门概况", level=1),
        Paragraph(text="我局现有人员编制52人。截至2023年12月31日，实有在职人数50人，其中行政编制12人。"),
        Paragraph(text="1、全年资助家庭经济困难学生3120人，发放资助资金468.50万元，资助覆盖率100%。"),
        Paragraph(text="2、改造薄弱学校校舍12所，新增学位1800个，我县义务教育巩固率达到99.2%。"),
        Paragraph(text="3、开展教师培训2600人次，培训经费支出85.30万元，本县教师培训覆盖率98.5%。"),
        Paragraph(text="4、全县学生体质健康达标率92.6%，较上年提高1.4个百分点，我县教育质量稳步提升。"),
        Heading(text="二、部门整体支出资金使用情况", level=1),
        Paragraph(text="2023年决算总支出1500.00万元，其中基本支出900.00万元，项目支出600.00万元，预算执行率96.8%。"),
        Paragraph(text="学校安全工作常抓不懈，全年开展安全检查和应急演练，校园安全形势总体平稳有序。"),
        Paragraph(text="安化县教育局", style=None),
        Paragraph(text="2024年3月15日"),
    ])


def _prior() -> Report:
    return Report(blocks=[
        Paragraph(text="加强校园文化建设，组织开展读书节和艺术节活动，营造了良好的育人氛围和文明校风。"),
    ])


def _data() -> DepartmentData:
    return DepartmentData.model_validate({
        "department": {"name": "安化县教育局", "region": "安化县", "level": "县"},
        "year": 2023,
        "staffing": {"authorized": 52, "actual": 50},
        "finance": {"expenditure": [{"unit_name": "局机关", "total": Decimal("1500.00"), "basic": Decimal("900.00"),
                                     "personnel": Decimal("700.00"), "public": Decimal("200.00"),
                                     "project": Decimal("600.00")}]},
        "sangong": {"actual": {"total": Decimal("0")}},
        "key_figures": [
            {"id": "aided", "name": "资助学生", "value": Decimal(3120), "unit": "人"},
            {"id": "aid_money", "name": "资助资金", "value": Decimal("468.50"), "unit": "万元"},
            {"id": "coverage", "name": "巩固率", "value": Decimal("99.2"), "unit": "%"},
        ],
    })


def test_same_seed_gives_the_same_report_and_labels():
    a = plant(_report(), data=_data(), prior=_prior(), n=5, seed=7)
    b = plant(_report(), data=_data(), prior=_prior(), n=5, seed=7)
    assert a[0] == b[0]
    assert a[1] == b[1]


def test_different_seeds_plant_differently():
    outcomes = {tuple(lab.quote for lab in plant(_report(), data=_data(), n=3, seed=s)[1]) for s in range(6)}
    assert len(outcomes) > 1


def test_the_input_report_is_left_unchanged():
    original = _report()
    plant(original, data=_data(), n=4, seed=1)
    assert original == _report()


@pytest.mark.parametrize("op", sorted(OPERATIONS))
def test_every_operation_plants_one_labelled_defect_whose_quote_is_in_the_report(op):
    planted, labels = plant(_report(), data=_data() if op not in ("contradiction", "table_arithmetic") else None,
                            prior=_prior(), kinds=[op], n=1, seed=3)
    assert len(labels) == {"duplicate_paragraph": 2, "spliced_text": 3}.get(op, 1)
    assert labels[0].kind == OPERATIONS[op]
    assert labels[0].quote in planted.plain_text()


def test_changed_figure_is_a_number_the_data_does_not_state():
    _, labels = plant(_report(), data=_data(), kinds=["figure"], n=1, seed=0)
    assert labels[0].quote not in _report().plain_text()
    assert labels[0].kind == Kind.NUMBER_UNSUPPORTED


def test_scale_swap_changes_wan_into_yi():
    _, labels = plant(_report(), data=_data(), kinds=["scale"], n=1, seed=0)
    assert labels[0].quote.endswith("亿元")


def test_number_operations_that_need_data_do_nothing_without_it():
    _, labels = plant(_report(), kinds=[Kind.NUMBER_UNSUPPORTED], n=3, seed=0)
    assert labels == []


def test_table_arithmetic_changes_a_figure_of_the_total_row_only():
    planted, labels = plant(_report(), kinds=["table_arithmetic"], n=1, seed=0)
    rows = [[c.text for c in row] for row in planted.blocks[2].rows]
    assert labels[0].quote in rows[4]
    assert rows[:4] == [[c.text for c in row] for row in _report().blocks[2].rows[:4]]


def test_signature_date_moves_into_the_evaluated_year():
    planted, labels = plant(_report(), data=_data(), kinds=["date_inconsistency"], n=1, seed=0)
    assert labels[0].quote == "2023年3月15日"
    assert planted.blocks[-1].text == "2023年3月15日"


def test_numbering_gap_skips_one_number():
    planted, labels = plant(_report(), kinds=["numbering_gap"], n=1, seed=0)
    starts = [b.text[:2] for b in planted.blocks[5:9]]
    assert starts[0] == "1、"
    assert len(set(starts)) == 4 and "5、" in starts
    assert labels[0].quote[:2] in starts


def test_spliced_paragraph_stays_in_its_place_and_a_copy_sits_inside_another_sentence():
    planted, labels = plant(_report(), kinds=["spliced_text"], n=1, seed=2)
    quote = labels[0].quote
    holders = [b.text for b in planted.blocks if isinstance(b, Paragraph) and quote in b.text]
    assert len(holders) == 2 and quote in holders and any(t != quote for t in holders)
    assert [lab.kind for lab in labels] == [Kind.SPLICED_TEXT, Kind.DUPLICATE_PARAGRAPH, Kind.DUPLICATE_PARAGRAPH]


def test_a_strong_claim_is_planted_as_its_own_paragraph():
    planted, labels = plant(_report(), kinds=["unsupported_claim"], n=1, seed=0)
    assert any(isinstance(b, Paragraph) and b.text == labels[0].quote for b in planted.blocks)


def test_duplicate_paragraph_appears_twice():
    planted, labels = plant(_report(), kinds=["duplicate_paragraph"], n=1, seed=0)
    assert sum(1 for b in planted.blocks if isinstance(b, Paragraph) and b.text.strip() == labels[0].quote) == 2


def test_missing_field_blanks_the_value_and_quotes_the_field_name():
    _, labels = plant(_report(), kinds=["missing_field"], n=1, seed=1)
    assert labels[0].quote in ("联系人", "联系电话", "报告日期")


def test_several_operations_never_edit_the_same_text():
    for seed in range(10):
        planted, labels = plant(_report(), data=_data(), prior=_prior(), n=6, seed=seed)
        text = planted.plain_text()
        assert all(lab.quote in text for lab in labels)
