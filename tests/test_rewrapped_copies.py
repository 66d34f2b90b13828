"""A paragraph copied into a second place wrapped at another width (a narrower page, a text box, a
pasted PDF excerpt; a page number and running head inside it): read as one paragraph where the report
has its text elsewhere in one piece, so the duplicate check finds the copy and the splice check does
not take one of its lines for text pasted into the first. A run of lines of one width with no copy
elsewhere (a list, a form's fields) is left as it is. Invented wording."""

from __future__ import annotations

import pytest

from drafting.io.pdf_text import unwrap
from drafting.io.text_reader import read_text_string
from drafting.report import display_width
from drafting.review import review

TITLE = "2025年度某县水利局部门整体支出绩效自评报告"
COPIED = ("本年度我局围绕农村饮水安全巩固提升工程，完成了十二处集中供水工程的管网改造和水质检测设施配套建设，"
          "受益群众达到三万余人，群众饮水条件得到明显改善，供水保证率稳步提高。")
BODY = [
    "全年共组织开展防汛抗旱应急演练三次，储备防汛物资一批，修订完善各类应急预案，确保了全县安全度汛，未发生重大水旱灾害损失，"
    "有力保障了人民群众生命财产安全和经济社会稳定发展。",
    "全年预算数为1200万元，实际支出1150万元，资金拨付及时，使用规范，未发现挤占挪用等违规问题，财务管理制度执行到位。",
    "本年度完成水土保持综合治理面积十平方公里，新建淤地坝两座，治理水土流失面积持续扩大，生态环境逐步改善，群众满意度较上年有所提高。",
]


def wrapped(text: str, columns: int) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if display_width(cur + ch) > columns:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur]


def _report(second: list[str], columns: int = 76) -> str:
    """The report as PDF text wrapped at ``columns``, the copied paragraph first in one place and then
    ``second`` under a heading of its own."""
    lines = [TITLE, "一、部门基本情况", *wrapped(COPIED, columns), "二、预算执行情况"]
    for para in BODY:
        lines += wrapped(para, columns)
    return "\n".join([*lines, "三、其他情况", *second]) + "\n"


def _rules(text: str) -> list[str | None]:
    return [f.rule for f in review(read_text_string(text)).findings]


@pytest.mark.parametrize("columns", [50, 60, 90])
def test_a_copy_wrapped_at_another_width_is_a_duplicate(columns: int) -> None:
    assert _rules(_report(wrapped(COPIED, columns))) == ["redundancy.duplicate"]


def test_a_copy_with_a_page_number_and_running_head_inside() -> None:
    second = wrapped(COPIED, 60)
    assert _rules(_report([*second[:2], "- 2 -", TITLE, *second[2:]])) == ["redundancy.duplicate"]


def test_a_copy_wrapped_in_a_text_saved_from_word() -> None:
    """The first place one line (Word's text), the copy wrapped: no page width to recognise."""
    text = "\n".join([TITLE, "一、部门基本情况", COPIED, "二、预算执行情况", *BODY, "三、其他情况",
                      *wrapped(COPIED, 60)]) + "\n"
    assert _rules(text) == ["redundancy.duplicate"]


def test_the_report_without_the_copy_is_silent() -> None:
    assert _rules(_report([])) == []


def test_lines_of_one_width_with_no_copy_stay_apart() -> None:
    """Two lines of one width that stop mid-sentence are joined only on a copy's evidence."""
    lines = ["项目名称：农村饮水安全巩固提升工程管网改造和水质检测设施配套建设",
             "主管部门：县水利局农村饮水安全工程建设管理办公室及下属各站所",
             "实施单位：县农村饮水安全工程建设管理办公室"]
    assert unwrap(lines) == lines
    listed = ["完成十二处集中供水工程的管网改造和水质检测设施配套建设任务",
              "完成三处小型水库除险加固工程和下游河道的清淤疏浚整治任务", "全年未发生安全事故。"]
    assert unwrap(listed) == listed
