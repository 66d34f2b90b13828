"""Text copied out of a PDF reads like the paragraphs it was printed from."""

from drafting.io.pdf_text import page_width, unwrap
from drafting.io.text_reader import read_text_string
from drafting.report import display_width
from evals.real_layouts import wrapped as printed


def _wrapped(text: str, columns: int = 72) -> list[str]:
    return printed(text, columns)  # a page of 72 columns unless a test says otherwise


PARAGRAPH = ("2023年收到财政资金共2330.9万元，其中中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元，"
             "资金已全部拨付到位，项目按计划完成，群众满意度较高，达到了预期的绩效目标，取得了良好的社会效益。")


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


# -- page furniture ------------------------------------------------------------------------------


def _pages(paragraph_lines: list[str], furniture: list[str], every: int = 3) -> list[str]:
    out = []
    for i, ln in enumerate(paragraph_lines):
        if i and i % every == 0:
            out += [f.format(n=i // every) for f in furniture]
        out.append(ln)
    return out


TITLE = "某县民政局2023年度项目支出绩效自评报告"


def test_bare_page_numbers_that_count_the_pages_are_dropped():
    lines = [TITLE, *_pages(_wrapped(PARAGRAPH * 4), ["{n}"], every=5)]
    assert unwrap(lines) == [TITLE, PARAGRAPH * 4]


def test_a_lone_bare_number_is_a_page_number_only_where_the_sentence_runs_on_through_it():
    lines = _wrapped(PARAGRAPH * 2)
    assert unwrap([TITLE, *lines[:2], "2", *lines[2:]]) == [TITLE, PARAGRAPH * 2]
    ended = [*lines, "2", *lines]  # after the paragraph's end: a figure of its own, kept
    assert "2" in unwrap([TITLE, *ended])


def test_number_cells_of_a_flattened_table_are_not_page_numbers():
    cells = ["项目", "分值", "得分", "产出指标", "50", "48", "效益指标", "30", "29", "满意度", "20", "19"]
    assert unwrap([TITLE, *_wrapped(PARAGRAPH * 2), *cells]) == [TITLE, PARAGRAPH * 2, *cells]


def test_the_running_head_before_or_after_the_page_number_is_dropped():
    for furniture in (["- {n} -", TITLE], [TITLE, "- {n} -"], [TITLE, "第 {n} 页"], ["·{n}·"], [TITLE, "{n} / 3"]):
        assert unwrap([TITLE, *_pages(_wrapped(PARAGRAPH * 3), furniture)]) == [TITLE, PARAGRAPH * 3], furniture


def test_a_short_running_head_next_to_the_page_numbers_is_dropped():
    head = "某县民政局项目支出绩效自评"  # the unit and the report's kind, not the whole title
    assert unwrap([TITLE, *_pages(_wrapped(PARAGRAPH * 3), ["- {n} -", head])]) == [TITLE, PARAGRAPH * 3]


def test_the_running_head_is_recognised_when_the_title_itself_was_wrapped():
    title = "某某市某某区农业农村局2023年度中央财政衔接推进乡村振兴补助资金项目支出绩效自评报告"
    lines = [*_wrapped(title), *_pages(_wrapped(PARAGRAPH * 3), ["- {n} -", title])]
    assert unwrap(lines) == [title, PARAGRAPH * 3]


def test_a_sentence_next_to_a_page_number_is_text_not_a_running_head():
    said = "某县民政局高度重视，成立了工作专班。"
    lines = [TITLE, *_wrapped(PARAGRAPH), "- 1 -", said]
    assert said in unwrap(lines)


# -- what is not wrapped prose -----------------------------------------------------------------------


def test_indented_first_lines_mark_the_paragraphs():
    """公文 indent a paragraph's first line by two full-width spaces: the indent counts towards the
    page width, and a full line ending a sentence runs on unless the next line is indented."""
    first = "一是部分项目前期准备不够充分，资金支付进度在上半年偏慢，未能按期完成支付；"
    second = "二是绩效目标设置仍不够细化，个别指标难以量化考核，绩效监控的结果运用还不充分。"
    width = display_width("\u3000\u3000" + first)
    lines = []
    for p in [PARAGRAPH, first + second, PARAGRAPH]:
        lines += _wrapped("\u3000\u3000" + p, width)
    assert [ln.strip() for ln in unwrap(lines)] == [PARAGRAPH, first + second, PARAGRAPH]


def test_double_spaced_print_is_read_single_spaced():
    lines = [x for ln in _wrapped(PARAGRAPH * 3) for x in (ln, "")]
    assert [ln for ln in unwrap(lines) if ln.strip()] == [PARAGRAPH * 3]


def test_a_forms_rows_with_cells_apart_by_blanks_are_never_joined():
    rows = ["资金来源   年初预算数   全年预算数   全年执行数   分值   执行率   得分",
            "年度资金总额   300.00   320.00   312.00   10   97.50%   9.75",
            "其中：当年财政拨款   300.00   320.00   312.00   -   -   -",
            "一级指标   二级指标   三级指标   年度指标值   实际完成值   分值   得分"]
    width = max(display_width(r) for r in rows)
    lines = [*_wrapped(PARAGRAPH, width), *rows, *_wrapped(PARAGRAPH, width)]
    assert unwrap(lines) == [PARAGRAPH, *rows, PARAGRAPH]


def test_field_lines_and_list_items_of_the_page_width_are_never_joined():
    fields = ["部门名称（公章）：某县民政局社会救助服务中心", "项目单位：某县民政局社会救助服务中心", "主管部门：某县民政局"]
    items = ["附件1.项目支出绩效评价共性指标体系", "附件2.项目支出绩效评价调查问卷", "附件3.项目支出决算表"]
    width = max(display_width(x) for x in fields)
    lines = [*fields, *_wrapped(PARAGRAPH, width), *items]
    assert unwrap(lines) == [*fields, PARAGRAPH, *items]


def test_a_running_head_with_its_page_number_on_one_line_is_dropped():
    for head in ("某县民政局2023年度项目支出绩效自评报告    {n}", "{n}    某县民政局项目支出绩效自评",
                 "本报告仅供内部参阅使用    第 {n} 页", "本报告仅供内部参阅使用    {n}"):
        lines = [TITLE, *_pages(_wrapped(PARAGRAPH * 4), [head], every=5)]
        assert unwrap(lines) == [TITLE, PARAGRAPH * 4], head


def test_a_forms_row_said_in_two_forms_is_not_a_running_head():
    rows = ["新建高标准农田面积    20", "项目验收合格率    15"]
    lines = [TITLE, *_wrapped(PARAGRAPH * 2), *rows, *_wrapped(PARAGRAPH * 2), *rows]
    assert unwrap(lines) == [TITLE, PARAGRAPH * 2, *rows, PARAGRAPH * 2, *rows]


def test_a_full_line_ending_a_clause_runs_on_but_a_list_item_after_it_starts_its_own_line():
    """A paragraph ends a sentence (。), not a clause (；): a full line ending with ； runs on into the next,
    unless the next opens an item of a list told in prose (一是…；二是…)."""
    first = "进一步加强基层卫生人才队伍建设，落实乡村医生待遇保障政策；"
    width = display_width(first)
    rest = "科学设置绩效目标，提高指标的针对性和可衡量性。"
    lines = [*_wrapped(PARAGRAPH, width), first, rest, *_wrapped(PARAGRAPH, width)]
    assert first + rest in unwrap(lines)
    item = "二是绩效目标设置不够细化。"
    lines = [*_wrapped(PARAGRAPH, width), "一" + first[1:], item, *_wrapped(PARAGRAPH, width)]
    assert item in unwrap(lines)


def test_a_lone_bare_number_beside_the_running_head_is_the_page_number():
    head = "某县民政局项目支出绩效自评"
    lines = _wrapped(PARAGRAPH * 2)
    ended = [TITLE, *lines[:3], head, "1", *lines[3:]]  # the page ends with a sentence's end, then head and number
    assert unwrap(ended) == [TITLE, PARAGRAPH * 2]


def test_finding_the_page_width_measures_no_line_too_short_to_reach_it(monkeypatch):
    """Speed (issue 14): a character takes two columns at most and an indent counts four at most, so a
    line of fewer than 18 characters cannot reach the 40 columns a wrapped line has; most lines of a
    text (blank ones, headings, form cells) are not measured, and the width found is the same."""
    from drafting.io import pdf_text

    lines = ["", "一、总体情况", "\u3000\u3000短行", "（一）", *_wrapped(PARAGRAPH), "", "表1", "合计\t100", *_wrapped(PARAGRAPH)]
    measured: list[str] = []
    real = pdf_text._printed
    monkeypatch.setattr(pdf_text, "_printed", lambda line: measured.append(line) or real(line))
    assert page_width(lines) == 72
    assert measured and all(2 * len(line) + pdf_text.MAX_INDENT >= pdf_text.MIN_WIDTH for line in measured)


def test_a_line_without_a_blank_is_no_forms_row_without_reading_its_gaps():
    """Speed (issue 14): ``_cells`` answers a line with no blank at once; every line answers as its gaps
    do (invented lines: prose, a form's cells apart by blanks, figures apart by blanks)."""
    import random

    from drafting.io import pdf_text

    def by_gaps(line: str) -> bool:
        gaps = pdf_text._CELL_GAP.findall(line)
        return (len(gaps) >= 3 or sum(1 for g in gaps if len(g) >= 4) >= 2
                or any(len(g) >= pdf_text._COLUMN_GAP + 2 for g in gaps))  # (a column's gap: PDF text laid out)

    rng = random.Random(14)
    pieces = ["资金来源", "年初预算数", "5.28", "1.96%", "（万元）", "  ", " ", "\u3000", "\t", "，", "-3", "项目"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(12))) for _ in range(3000)]
    lines += ["资金来源  年初预算数  全年预算数  执行数", "5.28 1.96 3.1 4", "项目资金按时拨付到位，执行率100%。"]
    assert any(map(by_gaps, lines)) and not all(map(by_gaps, lines))
    for line in lines:
        assert pdf_text._cells(line) == by_gaps(line), line
