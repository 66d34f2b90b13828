"""Word's automatic numbering, read as Word shows it: a heading numbered by Word (w:numPr →
numbering.xml) reads "二、绩效目标及完成情况", not "绩效目标及完成情况", so a finding's place, the
heading-level guess and the numbering checks see the document on the screen. Each file is built
here (python-docx and numbering XML); all invented."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.docx_numbering import format_number
from drafting.io.docx_reader import open_docx, read_docx, walk_document
from drafting.io.docx_writer import write_commented_docx
from drafting.report import Heading, Location, Paragraph, Report, Table
from drafting.review import review

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# -- building numbered documents -------------------------------------------------------------------


def _lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


class Doc:
    """A document with numbering definitions of our own: ``abstract`` adds a w:abstractNum,
    ``num`` a w:num over it, ``para`` a paragraph numbered with (numId, ilvl)."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element

    def abstract(self, abstract_id: int, *levels: str) -> None:
        el = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>')
        first_num = self.numbering.find(qn("w:num"))
        if first_num is None:
            self.numbering.append(el)
        else:
            first_num.addprevious(el)  # the schema keeps every abstractNum before the nums

    def num(self, num_id: int, abstract_id: int, overrides: str = "") -> None:
        self.numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                                        f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'))

    def para(self, text: str, num: tuple[int, int] | None = None, style: str | None = None) -> docx.text.paragraph.Paragraph:
        p = self.doc.add_paragraph(text, style=style)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'))
        return p

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def _texts(path: Path) -> list[str]:
    return [b.text for b in read_docx(path).blocks if isinstance(b, (Heading, Paragraph))]


def _outline(tmp_path: Path, *, second: str = "", third: str = "", start: int = 1) -> Doc:
    """一、 (chinese counting) over （一） over 1. — the outline officers number their reports with."""
    d = Doc()
    d.abstract(1, _lvl(0, "chineseCounting", "%1、", start=start), _lvl(1, "chineseCounting", "（%2）", extra=second),
               _lvl(2, "decimal", "%3.", extra=third))
    d.num(1, 1)
    return d


# -- the number formats ----------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "numbers", "shown"), [
    ("decimal", [1, 9, 10, 123], ["1", "9", "10", "123"]),
    ("decimalZero", [1, 12], ["01", "12"]),
    ("chineseCounting", [1, 2, 10, 11, 20, 21, 99, 100, 101], ["一", "二", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零一"]),
    ("chineseCountingThousand", [3, 10, 15, 40], ["三", "十", "十五", "四十"]),
    ("ideographTraditional", [1, 2, 3, 10, 11], ["甲", "乙", "丙", "癸", "11"]),
    ("ideographDigital", [3, 10, 25], ["三", "一〇", "二五"]),
    ("ideographZodiac", [1, 12], ["子", "亥"]),
    ("decimalEnclosedCircle", [1, 3, 20, 21], ["①", "③", "⑳", "21"]),
    ("decimalEnclosedCircleChinese", [2], ["②"]),
    ("decimalEnclosedParen", [1, 20], ["⑴", "⒇"]),
    ("decimalEnclosedFullstop", [4], ["⒋"]),
    ("decimalFullWidth", [12], ["１２"]),
    ("lowerLetter", [1, 2, 26, 27, 28], ["a", "b", "z", "aa", "bb"]),
    ("upperLetter", [3, 53], ["C", "AAA"]),
    ("lowerRoman", [1, 4, 9, 14], ["i", "iv", "ix", "xiv"]),
    ("upperRoman", [40, 1990], ["XL", "MCMXC"]),
    ("chineseLegalSimplified", [1, 10, 12], ["壹", "拾", "拾贰"]),
    ("ideographLegalTraditional", [3], ["參"]),
    ("bullet", [1], [""]),
    ("none", [1], [""]),
    ("someFutureFormat", [7], ["7"]),
])
def test_a_number_is_written_in_the_format_word_names(fmt: str, numbers: list[int], shown: list[str]) -> None:
    assert [format_number(n, fmt) for n in numbers] == shown


def test_chinese_counting_agrees_with_the_numbers_package_below_ten_thousand() -> None:
    """io may not import numbers, so the reader counts in Chinese on its own; the two agree."""
    from drafting.numbers.chinese import numeral

    assert [format_number(n, "chineseCounting") for n in range(1, 10000)] == [numeral(n) for n in range(1, 10000)]


# -- labels in document order ----------------------------------------------------------------------


def test_headings_numbered_by_word_read_with_the_numbers_word_shows(tmp_path: Path) -> None:
    d = _outline(tmp_path)
    d.para("绩效自评报告", style="Title")
    d.para("基本情况", (1, 0), "Heading 1")
    d.para("本局主要职责是负责全县水利工程建设与管理。")
    d.para("绩效目标及完成情况", (1, 0), "Heading 1")
    d.para("年度绩效目标", (1, 1), "Heading 2")
    d.para("按计划完成年度各项工作任务。", (1, 2))
    d.para("服务对象满意度达到90%以上。", (1, 2))
    d.para("目标完成情况", (1, 1), "Heading 2")
    d.para("存在的问题", (1, 0), "Heading 1")
    d.para("问题清单", (1, 1), "Heading 2")
    report = read_docx(d.save(tmp_path / "outline.docx"))
    assert [(b.level, b.text) for b in report.blocks if isinstance(b, Heading)] == [
        (0, "绩效自评报告"), (1, "一、基本情况"), (1, "二、绩效目标及完成情况"), (2, "（一）年度绩效目标"),
        (2, "（二）目标完成情况"), (1, "三、存在的问题"), (2, "（一）问题清单")]  # a level restarts under a new parent
    assert "1.按计划完成年度各项工作任务。" in _texts(tmp_path / "outline.docx")
    assert "2.服务对象满意度达到90%以上。" in _texts(tmp_path / "outline.docx")


def test_a_multi_level_text_shows_every_level_it_names(tmp_path: Path) -> None:
    d = Doc()
    d.abstract(1, _lvl(0, "decimal", "%1."), _lvl(1, "decimal", "%1.%2"), _lvl(2, "decimal", "%1.%2.%3"))
    d.num(1, 1)
    for text, lvl in [("项目概况", 0), ("立项依据", 1), ("资金来源", 1), ("中央资金", 2), ("绩效目标", 0), ("总体目标", 1)]:
        d.para(text, (1, lvl))
    assert _texts(d.save(tmp_path / "multi.docx")) == ["1.项目概况", "1.1立项依据", "1.2资金来源", "1.2.1中央资金",
                                                       "2.绩效目标", "2.1总体目标"]


def test_a_list_starts_where_its_definition_says(tmp_path: Path) -> None:
    d = _outline(tmp_path, start=3)
    d.para("预算执行情况", (1, 0))
    d.para("绩效自评结论", (1, 0))
    assert _texts(d.save(tmp_path / "start.docx")) == ["三、预算执行情况", "四、绩效自评结论"]


def test_a_level_told_never_to_restart_runs_on_under_a_new_parent(tmp_path: Path) -> None:
    d = _outline(tmp_path, second='<w:lvlRestart w:val="0"/>')
    for text, lvl in [("基本情况", 0), ("职责", 1), ("机构", 1), ("绩效", 0), ("目标", 1)]:
        d.para(text, (1, lvl))
    assert _texts(d.save(tmp_path / "norestart.docx")) == ["一、基本情况", "（一）职责", "（二）机构", "二、绩效", "（三）目标"]


def test_a_level_restarted_only_by_the_top_level_runs_on_under_a_middle_one(tmp_path: Path) -> None:
    d = _outline(tmp_path, third='<w:lvlRestart w:val="1"/>')
    for text, lvl in [("基本情况", 0), ("职责", 1), ("甲项", 2), ("机构", 1), ("乙项", 2), ("绩效", 0), ("丙项", 2)]:
        d.para(text, (1, lvl))
    assert _texts(d.save(tmp_path / "restart1.docx")) == ["一、基本情况", "（一）职责", "1.甲项", "（二）机构", "2.乙项",
                                                          "二、绩效", "1.丙项"]


def test_two_lists_over_one_definition_count_on_and_a_start_override_restarts(tmp_path: Path) -> None:
    """Word keeps the count on the abstract definition: a second w:num over it continues the first;
    a w:num with w:startOverride begins again at its value where it is first used."""
    d = Doc()
    d.abstract(1, _lvl(0, "decimal", "%1、"))
    d.num(1, 1)
    d.num(2, 1)
    d.num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    d.num(4, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>')
    for text, num in [("甲", 1), ("乙", 1), ("丙", 2), ("丁", 3), ("戊", 3), ("己", 4), ("庚", 1)]:
        d.para(text, (num, 0))
    assert _texts(d.save(tmp_path / "override.docx")) == ["1、甲", "2、乙", "3、丙", "1、丁", "2、戊", "5、己", "6、庚"]


def test_an_override_may_redefine_a_level(tmp_path: Path) -> None:
    d = Doc()
    d.abstract(1, _lvl(0, "decimal", "%1."))
    d.num(1, 1, f'<w:lvlOverride w:ilvl="0">{_lvl(0, "decimalEnclosedCircle", "%1")}</w:lvlOverride>')
    d.para("加强组织领导", (1, 0))
    d.para("规范资金管理", (1, 0))
    assert _texts(d.save(tmp_path / "relvl.docx")) == ["①加强组织领导", "②规范资金管理"]


def test_a_heading_style_that_carries_numbering_numbers_its_paragraphs(tmp_path: Path) -> None:
    """标题 1 linked to a list (w:numPr on the style): the paragraphs carry no w:numPr of their own.
    A paragraph's own numId 0 takes the style's numbering away."""
    d = _outline(tmp_path)
    for name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        d.doc.styles[name].element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>'))
    d.para("基本情况", style="Heading 1")
    d.para("部门职责", style="Heading 2")
    d.para("附件说明", (0, 0), "Heading 1")
    d.para("绩效目标及完成情况", style="Heading 1")
    d.para("年度目标", style="Heading 2")
    headings = [(b.level, b.text) for b in read_docx(d.save(tmp_path / "styled.docx")).blocks if isinstance(b, Heading)]
    assert headings == [(1, "一、基本情况"), (2, "（一）部门职责"), (1, "附件说明"), (1, "二、绩效目标及完成情况"), (2, "（一）年度目标")]


def test_a_style_linked_level_is_found_by_the_style_it_names(tmp_path: Path) -> None:
    """A style with the list's numId but no ilvl: the level is the one whose w:pStyle names the style."""
    d = Doc()
    d.abstract(1, _lvl(0, "chineseCounting", "%1、", extra='<w:pStyle w:val="Heading1"/>'),
               _lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="Heading2"/>'))
    d.num(1, 1)
    for name in ("Heading 1", "Heading 2"):
        d.doc.styles[name].element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="1"/></w:numPr>'))
    d.para("基本情况", style="Heading 1")
    d.para("部门职责", style="Heading 2")
    assert _texts(d.save(tmp_path / "pstyle.docx")) == ["一、基本情况", "（一）部门职责"]


def test_a_bullet_gets_no_label(tmp_path: Path) -> None:
    """Word's bullets carry no number, and their glyph is a symbol font's private-use character."""
    d = Doc()
    d.para("强化组织领导。", style="List Bullet")
    d.para("规范资金管理。", style="List Bullet")
    assert _texts(d.save(tmp_path / "bullets.docx")) == ["强化组织领导。", "规范资金管理。"]


def test_a_list_number_style_numbers_its_items(tmp_path: Path) -> None:
    d = Doc()
    d.para("按计划完成年度各项工作任务。", style="List Number")
    d.para("服务对象满意度达到90%以上。", style="List Number")
    assert _texts(d.save(tmp_path / "listnumber.docx")) == ["1.按计划完成年度各项工作任务。", "2.服务对象满意度达到90%以上。"]


@pytest.mark.parametrize(("suff", "label", "text", "shown"), [
    ("", "%1、", "基本情况", "一、基本情况"),                  # Word's tab after 、: Chinese runs on
    ('<w:suff w:val="space"/>', "%1、", "基本情况", "一、基本情况"),
    ('<w:suff w:val="nothing"/>', "%1、", "基本情况", "一、基本情况"),
    ("", "%1.", "2024年完成投资120万元。", "1. 2024年完成投资120万元。"),  # 1. and 2024 kept apart
    ('<w:suff w:val="nothing"/>', "%1.", "2024年完成投资。", "1.2024年完成投资。"),  # as Word shows it
    ("", "%1.", "完成投资120万元。", "1.完成投资120万元。"),
])
def test_what_stands_between_the_label_and_the_text(tmp_path: Path, suff: str, label: str, text: str,
                                                    shown: str) -> None:
    d = Doc()
    d.abstract(1, _lvl(0, "chineseCounting" if "、" in label else "decimal", label, extra=suff))
    d.num(1, 1)
    d.para(text, (1, 0))
    assert _texts(d.save(tmp_path / "suff.docx")) == [shown]


def test_blanks_typed_after_a_label_are_dropped_and_an_empty_item_is_counted(tmp_path: Path) -> None:
    d = _outline(tmp_path)
    d.para("\u3000 基本情况", (1, 0))
    d.para("", (1, 0))  # Word numbers an empty item too (二、), and shows nothing else there
    d.para("预算执行情况", (1, 0))
    assert _texts(d.save(tmp_path / "blanks.docx")) == ["一、基本情况", "三、预算执行情况"]


def test_a_numbered_paragraph_in_a_table_cell_has_its_label(tmp_path: Path) -> None:
    d = _outline(tmp_path)
    d.para("基本情况", (1, 0))
    cell = d.doc.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "任务一"
    item = cell.add_paragraph("完成年度工作任务")
    item._p.get_or_add_pPr().append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'))
    d.para("绩效目标", (1, 0))
    report = read_docx(d.save(tmp_path / "cell.docx"))
    table = next(b for b in report.blocks if isinstance(b, Table))
    assert table.rows[0][0].text == "任务一\n1.完成年度工作任务"
    assert [b.text for b in report.blocks if isinstance(b, Heading)] == ["一、基本情况", "二、绩效目标"]


# -- what the checks and the reader see ------------------------------------------------------------


def _findings_doc(tmp_path: Path) -> Path:
    """一、主要做法 with items 1、2、3、 numbered by Word and a fourth typed by hand as 3、."""
    d = Doc()
    d.abstract(1, _lvl(0, "chineseCounting", "%1、"))
    d.abstract(2, _lvl(0, "decimal", "%1、"))
    d.num(1, 1)
    d.num(2, 2)
    d.para("某县水利局2023年度部门整体支出绩效自评报告", style="Title")
    d.para("主要做法", (1, 0))
    d.para("强化组织领导，成立工作专班，定期研究解决推进中的困难和问题。", (2, 0))
    d.para("规范资金管理，严格执行财务管理制度和资金审批程序。", (2, 0))
    d.para("加强过程监控，对照年度绩效目标开展绩效运行监控。", (2, 0))
    d.para("3、注重宣传引导，通过政务网站公开工作进展。")
    d.para("存在的问题", (1, 0))
    d.para("预算编制的精细化程度有待提高。")
    return d.save(tmp_path / "findings.docx")


def test_a_number_typed_after_words_automatic_ones_is_seen_repeated(tmp_path: Path) -> None:
    """Word cannot repeat its own numbers, but a 3、 typed by hand after Word's 3、 can: the numbering
    check now sees both, and the finding's place reads as the page does (一、主要做法)."""
    report = read_docx(_findings_doc(tmp_path))
    assert [(b.level, b.text) for b in report.blocks if isinstance(b, Heading)][1:] == [(1, "一、主要做法"), (1, "二、存在的问题")]
    found = [(f.rule, f.location.where, f.location.quote) for f in review(report).findings if f.rule.startswith("structure.numbering")]
    assert found == [("structure.numbering_repeat", "一、主要做法 › 第4段", "3、")]


def test_a_findings_place_names_the_heading_as_word_shows_it(tmp_path: Path) -> None:
    """The place line a user reads: 二、存在的问题 › 第1段, not 存在的问题 › 第1段 (base 440c2cf)."""
    d = Doc()
    d.abstract(1, _lvl(0, "chineseCounting", "%1、"))
    d.num(1, 1)
    d.para("某县水利局2023年度部门整体支出绩效自评报告", style="Title")
    d.para("基本情况", (1, 0), "Heading 1")
    d.para("本局主要职责是负责全县水利工程建设与管理。")
    d.para("存在的问题", (1, 0), "Heading 1")
    d.para("预算编制编制的精细化程度有待提高。")
    found = [(f.rule, f.location.where) for f in review(read_docx(d.save(tmp_path / "place.docx"))).findings]
    assert ("language.doubled_word", "二、存在的问题 › 第1段") in found


def test_a_numbered_normal_paragraph_is_a_heading_by_its_number(tmp_path: Path) -> None:
    """Unstyled paragraphs fall back on 公文 numbering: with Word's 二、 in the text, a short one is a heading."""
    report = read_docx(_findings_doc(tmp_path))
    assert isinstance(report.blocks[1], Heading) and report.blocks[1].level == 1
    assert isinstance(report.blocks[2], Paragraph) and report.blocks[2].text.startswith("1、强化组织领导")


def test_every_run_sits_where_the_walk_says_after_the_labels(tmp_path: Path) -> None:
    walk = walk_document(open_docx(_findings_doc(tmp_path)))
    assert sum(1 for unit in walk.units.values() if unit.shifts) == 5  # two headings, three items
    for unit in walk.units.values():
        for seg in unit.segments():
            if seg.text.strip():
                assert unit.text[seg.start:seg.start + len(seg.text)] == seg.text


def _commented_ranges(path: Path) -> list[str]:
    d = docx.Document(str(path))
    active: dict[str, list[str]] = {}
    done: list[str] = []
    for el in d.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            active[el.get(qn("w:id"))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            done.append("".join(active.pop(el.get(qn("w:id")))))
        elif el.tag == qn("w:t"):
            for parts in active.values():
                parts.append(el.text or "")
    return done


def _finding(report: Report, block: int, start: int, end: int) -> Finding:
    loc = Location(block=block, start=start, end=end)
    return Finding(kind=Kind.NUMBERING_GAP,
                   severity=Severity.WARNING, message="示例", location=FindingLocation.of(report, loc))


def test_comments_anchor_on_the_words_a_location_points_at_past_the_labels(tmp_path: Path) -> None:
    """A round trip through the commented copy: a quote after a label covers exactly its words; a quote
    starting in the label covers the text from the label's end; a quote wholly inside the label
    (Word draws the label, no run holds it) sits on the paragraph's first run, not elsewhere."""
    source = _findings_doc(tmp_path)
    report = read_docx(source)
    item = report.blocks[3].text  # 2、规范资金管理，…
    findings = [_finding(report, 3, 2, 8),       # 规范资金管理
                _finding(report, 1, 0, 4),       # 一、主要做法 → 主要
                _finding(report, 6, 0, 2),       # 二、 (the label alone)
                _finding(report, 5, 0, 2)]       # 3、 typed by hand
    assert [f.location.quote for f in findings] == ["规范资金管理", "一、主要", "二、", "3、"] and item.startswith("2、")
    out = write_commented_docx(report, findings, tmp_path / "review.docx", source=source)
    assert sorted(_commented_ranges(out)) == sorted(["规范资金管理", "主要", "存在的问题", "3、"])
    assert [b.text for b in read_docx(out).blocks] == [b.text for b in report.blocks]  # type: ignore[union-attr]


def test_a_document_without_numbering_reads_its_runs_as_they_are(tmp_path: Path) -> None:
    """No w:numPr anywhere (the numbering part present, as in every Word file): texts and offsets as
    typed, leading blanks stripped as ever."""
    d = Doc()
    d.para("一、基本情况")
    d.para("\u3000\u3000本局主要职责是负责全县水利工程建设与管理。")
    path = d.save(tmp_path / "plain.docx")
    assert _texts(path) == ["一、基本情况", "本局主要职责是负责全县水利工程建设与管理。"]
    walk = walk_document(open_docx(path))
    assert all(not unit.shifts for unit in walk.units.values())
    assert [s.start for s in walk.units[(1, None, None)].segments()] == [-2]


def test_a_level_without_a_start_counts_from_zero_as_the_standard_says(tmp_path: Path) -> None:
    """Word writes w:start always; a file from another tool may not, and ECMA-376 starts it at 0."""
    d = Doc()
    d.abstract(1, '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>')
    d.num(1, 1)
    d.para("总体情况", (1, 0))
    d.para("主要做法", (1, 0))
    assert _texts(d.save(tmp_path / "nostart.docx")) == ["0.总体情况", "1.主要做法"]


def test_the_kept_word_reports_read_their_headings_numbered_whoever_numbered_them() -> None:
    """s49d's invented Word reports: some number their headings by hand, some let Word do it; all now
    read 一、基本情况 … 五、… with their （一） under them (and still draw no warning: test_whole_report_audit_s49d)."""
    kept = sorted((Path(__file__).parent / "data" / "whole_clean_docx").glob("*.docx"))
    for path in kept:
        headings = [b.text for b in read_docx(path).blocks if isinstance(b, Heading) and b.level == 1]
        assert [h[:2] for h in headings] == ["一、", "二、", "三、", "四、", "五、"], path.name
        assert headings[1] == "二、绩效目标及完成情况", path.name
