"""Text copied out of a PDF reads like the paragraphs it was printed from."""

from drafting.io.pdf_text import page_width, unwrap
from drafting.io.text_reader import read_text_string
from drafting.report import display_width

PARAGRAPH = ("2023年收到财政资金共2330.9万元，其中中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元，"
             "资金已全部拨付到位，项目按计划完成，群众满意度较高，达到了预期的绩效目标，取得了良好的社会效益。")


def _wrapped(text: str, columns: int = 72) -> list[str]:
    """``text`` broken as a PDF page breaks it: by display width (a Chinese character is two columns)."""
    lines, cur, width = [], "", 0
    for ch in text:
        w = display_width(ch)
        if width + w > columns:
            lines.append(cur)
            cur, width = "", 0
        cur, width = cur + ch, width + w
    return [*lines, cur]


def _pdf() -> str:
    lines = ["某县民政局2023年度项目支出绩效自评报告", "一、项目基本情况"]
    lines += _wrapped(PARAGRAPH)
    lines += ["- 2 -", "某县民政局2023年度项目支出绩效自评报告"]
    lines += _wrapped("二、" + PARAGRAPH)[:1] + _wrapped(PARAGRAPH)
    return "\n".join(lines)


def test_lines_broken_at_the_page_width_are_joined_into_their_paragraph():
    report = read_text_string(_pdf())
    texts = [b.text for b in report.blocks]
    assert PARAGRAPH in texts


def test_a_figure_split_over_two_lines_is_read_whole():
    lines = _wrapped(PARAGRAPH, 48)
    assert lines[0].endswith("1372") and lines[1].startswith(".7万元")
    joined = unwrap(lines)
    assert joined == [PARAGRAPH]


def test_page_numbers_and_the_running_head_after_them_are_dropped():
    joined = unwrap(_pdf().splitlines())
    assert "- 2 -" not in joined
    assert joined.count("某县民政局2023年度项目支出绩效自评报告") == 1


def test_text_with_one_line_per_paragraph_is_left_as_it_is():
    lines = ["一、基本情况", PARAGRAPH, "本局内设3个股室。", PARAGRAPH[:50] + "。", "二、绩效目标"]
    assert page_width(lines) is None
    assert unwrap(lines) == lines


def test_rows_of_a_flattened_table_are_never_joined():
    rows = ["项目名称 | 隆阳区2021年中央化肥减量增效示范县项目补助资金 | ||||||||"] * 6
    assert unwrap(rows) == rows


def test_a_heading_after_a_full_line_starts_a_new_paragraph():
    lines = [*_wrapped(PARAGRAPH)[:2], "二、绩效目标完成情况", *_wrapped(PARAGRAPH)]
    joined = unwrap(lines)
    assert "二、绩效目标完成情况" in joined


def test_a_title_wrapped_over_two_lines_is_one_line_and_ends_its_paragraph():
    title = "某某市某某区农业农村局2023年度中央财政衔接推进乡村振兴补助资金项目支出绩效自评报告"
    lines = [*_wrapped(title), *_wrapped(PARAGRAPH), *_wrapped(PARAGRAPH)]
    joined = unwrap(lines)
    assert joined[0] == title
    assert joined[1] == PARAGRAPH


def test_a_sentence_ending_at_the_page_width_runs_on_where_blank_lines_mark_paragraph_ends():
    # the second sentence starts exactly at a line start: the line before is full and ends with 。
    first = "截至2023年12月31日，本局在职人员编制14人，其中行政编制14人，事业编制0人。"
    second = "在职实有29人，其中财政全供养29人。离退休人员11人。"
    width = display_width(first) + 1  # the page is one column wider than the full line
    others = [PARAGRAPH[:60] + "。", PARAGRAPH[:70] + "。", PARAGRAPH[:50] + "。"]
    lines = []
    for p in [*others, first + second, *others]:
        lines += [*_wrapped(p, width), ""]
    assert first + second in unwrap(lines)


def test_without_blank_lines_between_paragraphs_a_full_line_ending_a_sentence_ends_its_paragraph():
    first = "截至2023年12月31日，本局在职人员编制14人，其中行政编制14人，事业编制0人。"
    width = display_width(first) + 1
    lines = [*_wrapped(PARAGRAPH, width), first, "在职实有29人。", *_wrapped(PARAGRAPH, width)]
    joined = unwrap(lines)
    assert first in joined and "在职实有29人。" in joined
