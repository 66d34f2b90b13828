"""Where a finding is, said as a Word reader says it: headings and paragraphs, tables by name."""

from __future__ import annotations

from drafting.findings import Finding, FindingLocation, Kind, Severity, with_place_labels
from drafting.report import Cell, Heading, Location, Paragraph, Report, Table, clip


def _report() -> Report:
    return Report(blocks=[
        Heading(text="某县人社局2022年度部门整体支出绩效自评报告", level=0),
        Paragraph(text="为加强预算绩效管理，……"),
        Heading(text="一、部门概况", level=1),
        Paragraph(text="第一段。"),
        Heading(text="二、部门整体支出情况", level=1),
        Paragraph(text="第一段。"),
        Paragraph(text=""),  # an empty line is not a paragraph a reader counts
        Paragraph(text="第二段。"),
        Heading(text="（一）年度收入情况", level=2),
        Paragraph(text="第一段。"),
        Table(rows=[[Cell(text="项目"), Cell(text="金额")], [Cell(text="合计"), Cell(text="100")]]),
        Paragraph(text="第二段。"),
        Table(rows=[[Cell(text="项目"), Cell(text="金额")]], caption="年度收入情况"),
    ])


def test_a_paragraph_is_named_by_its_heading_path_and_its_number_under_the_nearest_heading() -> None:
    r = _report()
    assert r.place_label(Location(block=7)) == "二、部门整体支出情况 › 第2段"
    assert r.place_label(Location(block=11)) == "二、部门整体支出情况 › （一）年度收入情况 › 第2段"
    assert r.place_label(Location(block=3)) == "一、部门概况 › 第1段"


def test_text_before_any_section_heading_is_just_its_number() -> None:
    assert _report().place_label(Location(block=1)) == "第1段"


def test_a_table_cell_is_named_by_caption_or_first_header_row_with_row_and_column() -> None:
    r = _report()
    path = "二、部门整体支出情况 › （一）年度收入情况 › "
    assert r.place_label(Location(block=10, row=1, col=1)) == path + "表《项目｜金额》第2行 第2列"
    assert r.place_label(Location(block=12, row=0, col=0)) == path + "表《年度收入情况》（本节第2个表格）第1行 第1列"


def test_a_heading_is_named_by_its_text_under_its_parents() -> None:
    assert _report().place_label(Location(block=8)) == "二、部门整体支出情况 › 标题“（一）年度收入情况”"


def test_findings_get_reader_labels_but_keep_a_role_a_check_gave_a_place() -> None:
    r = _report()
    loc = Location(block=7, start=0, end=2)
    seam = Location(block=5, start=0, end=2)
    f = Finding(kind=Kind.SPLICED_TEXT, severity=Severity.WARNING, message="m",
                location=FindingLocation(location=loc, quote=r.quote(loc), label=loc.label()),
                related=[FindingLocation(location=seam, quote=r.quote(seam), label="插入起点")])
    (out,) = with_place_labels([f], r)
    assert out.location.where == "二、部门整体支出情况 › 第2段"
    assert out.related[0].label == "插入起点"


def test_a_shortened_text_never_ends_inside_a_number() -> None:
    assert clip("普惠性幼儿园覆盖率达到88.2%，较上年提高1.7个百分点", 12) == "普惠性幼儿园覆盖率达到88.2%…"
    assert clip("短文本", 12) == "短文本"
