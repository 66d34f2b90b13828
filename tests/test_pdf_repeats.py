"""The within-paragraph repeat rules say the same of a report and of it copied out of a PDF.

Issue 9 (precision): PDF text breaks lines at the page width and puts page numbers and running heads
between them. Where a break falls decides which lines the reader joins, so a report whose paragraphs
share wording (a list of items alike, a form's target and actual) must not read as one paragraph
saying a thing twice because an item filled its line, a paragraph began flush, a colon ended a line,
a form's header was cut from its row, or a running head unlike the title stood inside a sentence.
Every text is invented.
"""

from __future__ import annotations

from drafting.io.pdf_text import unwrap
from drafting.io.text_reader import read_text_string
from drafting.report import display_width
from drafting.review import review
from evals.real_layouts import wrapped

TITLE = "某县农业农村局2023年度农村人居环境整治项目支出绩效自评报告"
LONG = ("项目资金全部按时足额拨付到位，资金使用严格执行财政资金管理的各项规定，未发现截留挪用等问题，"
        "项目实施单位定期开展自查自纠，及时整改发现的问题，项目档案收集整理齐全，群众满意度较高。")
OTHER = ("2023年度项目预算安排资金共计480万元，实际到位480万元，到位率100%，全年实际支出476.5万元，执行率99.27%，"
         "结余资金3.5万元已按规定上缴财政，项目按计划于11月底前全部完工并通过县级验收，各项绩效目标均已完成。")
REPEATS = ("language.repeated_sentence", "redundancy.repeated_passage")


def _page(paragraphs: list[str], width: int) -> list[str]:
    """The title, two long paragraphs (so that the text reads as wrapped), ``paragraphs``, and the two again."""
    return [TITLE, *(ln for p in (LONG, OTHER, *paragraphs, OTHER, LONG) for ln in wrapped(p, width))]


def _repeats(lines: list[str]) -> list[str]:
    return [f.quote for f in review(read_text_string("\n".join(lines) + "\n")).findings if f.rule in REPEATS]


# items of a list, one a line and each ending with ；: the second fills the page's line, the third
# begins with two of its clauses
ITEMS = ["一、主要做法", "严格落实政府采购和招投标制度，所有工程均通过了竣工验收；",
         "加强项目建设全过程的监督管理，按照年度工作计划有序推进各项任务，切实提高财政资金使用效益；",
         "按照年度工作计划有序推进各项任务，切实提高财政资金使用效益，改善了群众的生产生活条件；",
         "建立健全项目管理的长效机制。"]


def test_an_item_of_a_list_that_fills_its_line_is_not_joined_to_the_next_item():
    """A list written one item a line ends its paragraphs with ；: the item that happens to reach the page's
    edge ends its paragraph too, and two items alike are not one paragraph saying a thing twice."""
    lines = _page(ITEMS, display_width(ITEMS[2]))
    assert ITEMS[2] in unwrap(lines) and ITEMS[3] in unwrap(lines)
    assert _repeats(lines) == []
    assert _repeats([TITLE, LONG, *ITEMS, LONG]) == []  # as the text with one line a paragraph reads


def test_a_full_line_ending_a_clause_inside_a_paragraph_still_runs_on():
    """Sentence ends around it: the clause's end is inside a paragraph (the list rule above leaves it)."""
    first = "进一步加强基层卫生人才队伍建设，落实乡村医生待遇保障政策；"
    rest = "科学设置绩效目标，提高指标的针对性和可衡量性。"
    lines = _page([first, rest], display_width(first))
    assert first + rest in unwrap(lines)


SHARED = "加强项目建设全过程的监督管理，按照年度工作计划有序推进各项任务，切实提高财政资金使用效益。"
FLUSH = "本年度" + SHARED[:-1] + "，改善了群众的生产生活条件，项目的社会效益和生态效益明显。"


def test_where_some_paragraphs_begin_flush_a_full_line_ending_a_sentence_ends_its_paragraph():
    """公文 indent a paragraph's first line, and a full line ending a sentence then runs on into a flush
    line; a text that begins some paragraphs flush (after a short line that ends a sentence) gives the
    indent no such weight."""
    width = display_width("\u3000\u3000" + "资金" + SHARED)
    lines = [TITLE]
    for paragraph in (LONG, OTHER, "资金" + SHARED, FLUSH, LONG, LONG[:30] + "。", FLUSH, OTHER):
        indent = "" if paragraph == FLUSH else "\u3000\u3000"
        lines += wrapped(indent + paragraph, width)
    assert lines.count("\u3000\u3000资金" + SHARED) == 1  # the paragraph fills its one line
    assert _repeats(lines) == []


LABELLED = ("本年度完成村庄清洁行动12次，清理农村生活垃圾3200吨，建设内容为新建污水管网8公里。年度目标："
            "改善农村人居环境，推动生态文明和社会主义新农村建设取得实效。全年各项工作有序推进，"
            "改善农村人居环境，推动生态文明和社会主义新农村建设取得实效。")


def test_a_line_ending_with_a_colon_runs_on_into_what_the_colon_introduces():
    """A label's colon at the page's edge is inside its sentence (年度目标：| 改善…): read apart, the words
    after it would be a sentence of their own, the same as a later one."""
    lines = _page([LABELLED], display_width(LABELLED[:LABELLED.index("：") + 1]))  # the colon ends the line
    assert any(ln.endswith("年度目标：") for ln in lines)
    assert _repeats(lines) == _repeats([TITLE, LONG, OTHER, LABELLED, OTHER, LONG])


FORM = ("项目名称 村级公益设施维护项目 主管部门 某县农业农村局 实施单位 某县农业农村局 项目资金 年初预算数 60 "
        "全年预算数 60 年度总体目标 预期目标 实际完成情况 本项目年内开工。完成村级道路维修养护工程和村级公益设施维护任务。"
        " 本项目已经完工。完成村级道路维修养护工程和村级公益设施维护任务。 绩效指标")


def test_a_forms_target_and_actual_alike_stay_left_when_a_line_break_cuts_the_header_from_them():
    """A form flattened onto one line, printed: a line holding cells apart by blanks is not joined, so the
    header (预期目标 实际完成情况) may stand on the line before the target and the actual it heads."""
    lines = _page([FORM], display_width(FORM[:FORM.index("预期") + 2]))  # …预期 | 目标 实际完成情况 …
    assert any(ln.endswith("预期") for ln in lines)
    assert _repeats(lines) == []


def test_a_running_head_unlike_the_title_inside_a_sentence_the_page_broke_is_dropped():
    """After a page's last line that runs on and the page number, a line with no sentence's mark is the next
    page's running head, even where it stands at one page break only and reads unlike the title; a short
    line before the number may be a paragraph's last and stays."""
    lines = wrapped(LONG + OTHER, 72)
    assert unwrap([TITLE, *lines[:3], "- 1 -", "某县财政局", *lines[3:]]) == [TITLE, LONG + OTHER]
    ended = [TITLE, *lines[:2], lines[2][:12], "- 1 -", *lines[3:]]  # the page's last line ends a paragraph
    assert lines[2][:12] in "".join(unwrap(ended))
