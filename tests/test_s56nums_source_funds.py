"""One level of government's allotment to the project (下达中央财政资金 / 中央下达资金) stated twice a few
paragraphs apart with two sums. Invented wording in the shape of a county water project's report
(pool57 page 06)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Heading, Paragraph, Report

TITLE = "某县2022年农村供水工程维修养护项目绩效自评报告"
FIRST = ("本项目属中央水利资金项目，项目批复总投资48.6万元。其中：依据《某省财政厅关于提前下达2022年中央财政"
         "水利发展资金预算的通知》（某财农〔2021〕1200号）下达中央财政资金24.3万元，县财政资金24.3万元，共计下达48.6万元。")
SECOND = "项目批复总投资48.6万元，其中中央财政资金24.3万元，县财政配套资金24.3万元，2022年度中央下达资金{}万元。"


def report(first: str = FIRST, second: str = SECOND.format("48.6"), between: tuple[str, ...] = ()) -> Report:
    blocks = [Heading(text=TITLE, level=0), Heading(text="（一）中央下达资金预算和绩效目标情况", level=2),
              Paragraph(text=first), Paragraph(text="本项目总体绩效目标是维修养护农村供水工程120处。"),
              *(Heading(text=h, level=3) for h in between),
              Heading(text="（二）预算和绩效目标分解情况", level=2), Heading(text="1、资金分配情况", level=3),
              Paragraph(text=second)]
    return Report(blocks=blocks)


def findings(r: Report) -> list[str]:
    return [f.quote for f in check_arithmetic(r) if f.rule == "source_funds_twice"]


def test_the_same_allotment_named_in_other_words_with_another_sum_is_flagged() -> None:
    assert findings(report()) == ["2022年度中央下达资金48.6万元"]


def test_the_finding_points_back_at_the_first_statement() -> None:
    [f] = [f for f in check_arithmetic(report()) if f.rule == "source_funds_twice"]
    assert [r.quote for r in f.related] == ["24.3万元"]


def test_two_statements_that_agree_are_silent() -> None:
    assert findings(report(second=SECOND.format("24.3"))) == []


@pytest.mark.parametrize("second", [
    # another year's allotment
    "项目批复总投资48.6万元，其中中央财政资金24.3万元，2021年度中央下达资金48.6万元。",
    # another stage of the money: what arrived, what was paid
    "项目批复总投资48.6万元，其中中央财政资金24.3万元，中央资金到位48.6万元。",
    "项目批复总投资48.6万元，其中中央财政资金24.3万元，已拨付中央下达资金48.6万元。",
    # a batch, an early allotment
    "项目批复总投资48.6万元，其中中央财政资金24.3万元，第二批下达中央资金48.6万元。",
    # another level's money
    "项目批复总投资48.6万元，其中中央财政资金24.3万元，2022年度省级下达资金48.6万元。",
    # a fund named apart
    "项目批复总投资48.6万元，其中中央财政资金24.3万元，2022年度下达中央水库移民扶持资金48.6万元。",
])
def test_another_frame_is_another_metric(second: str) -> None:
    assert findings(report(second=second)) == []


def test_a_project_named_by_a_heading_between_is_another_project() -> None:
    assert findings(report(between=("（三）某镇供水站改造项目",))) == []


def test_far_apart_statements_are_left_alone() -> None:
    far = tuple(f"{n}、其他情况" for n in range(2, 9))
    assert findings(report(between=far)) == []


def test_a_sum_named_by_its_use_is_a_part_of_the_allotment() -> None:
    second = "项目批复总投资48.6万元，下达中央资金12万元用于水源保护。"
    assert findings(report(second=second)) == []


def test_a_label_with_three_sums_is_a_list_of_parallel_items() -> None:
    first = FIRST + "下达中央资金10万元。"
    assert findings(report(first=first, second="2022年度中央下达资金48.6万元。下达中央资金12万元。")) == []


def test_numbered_items_are_parallel_projects() -> None:
    r = Report(blocks=[Heading(text=TITLE, level=0), Heading(text="（一）资金下达情况", level=2),
                       Paragraph(text="1.甲村饮水工程：下达中央资金30万元，县级资金10万元。"),
                       Paragraph(text="2.乙村饮水工程：下达中央资金20万元，县级资金5万元。")])
    assert findings(r) == []


def test_two_topics_named_with_a_colon_are_two_projects() -> None:
    r = Report(blocks=[Heading(text=TITLE, level=0), Heading(text="（一）资金下达情况", level=2),
                       Paragraph(text="甲村饮水工程：下达中央资金30万元。乙村饮水工程：下达中央资金20万元。")])
    assert findings(r) == []


def test_a_heading_about_the_projects_money_is_no_other_project() -> None:
    assert findings(report(between=("（三）项目资金安排情况",))) == ["2022年度中央下达资金48.6万元"]
