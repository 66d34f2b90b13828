"""The report model's units: built once while a review holds the report still, fresh otherwise."""

import re

from drafting.report import Paragraph, Report


def test_units_are_walked_once_while_the_report_is_held_still():
    report = Report(blocks=[Paragraph(text="一段"), Paragraph(text="二段")])
    with report.held_still():
        first, again = list(report.units()), list(report.units())
        assert [u.text for u in first] == ["一段", "二段"]
        assert all(a is b for a, b in zip(first, again, strict=True))


def test_units_follow_the_blocks_outside_the_hold_and_when_the_blocks_are_replaced():
    report = Report(blocks=[Paragraph(text="一段")])
    with report.held_still():
        report.blocks = [Paragraph(text="新的一段")]
        assert [u.text for u in report.units()] == ["新的一段"]
    report.blocks[0].text = "改过"
    assert [u.text for u in report.units()] == ["改过"]


def test_a_place_label_is_the_same_held_still_or_not_and_follows_replaced_blocks():
    from drafting.report import Heading, Location

    blocks = [Heading(text="一、基本情况", level=1), Paragraph(text="甲段"), Paragraph(text="乙段"),
              Heading(text="二、绩效目标", level=1), Paragraph(text="丙段")]
    report = Report(blocks=blocks)
    places = [Location(block=b, start=0, end=1) for b in range(len(blocks))]
    loose = [report.place_label(p) for p in places]
    with report.held_still():
        assert [report.place_label(p) for p in places] == loose
        assert [report.place_label(p) for p in places] == loose  # asked again: the same
        report.blocks = [Heading(text="三、其他", level=1), Paragraph(text="丁段")]
        assert report.place_label(places[1]) == Report(blocks=report.blocks).place_label(places[1])


def test_the_texts_are_the_units_texts_in_order_held_still_or_not():
    """``texts()`` gives what ``units()`` would, without making the units: headings, paragraphs and
    table cells row by row; empty texts and the covered positions of a merged cell are no unit."""
    from drafting.report import Cell, Heading, Table

    table = Table(rows=[[Cell(text="项目"), Cell(text="金额")],
                        [Cell(text="甲", col_span=2), Cell(text="", merged=True)],
                        [Cell(text=""), Cell(text="12.5")]])
    report = Report(blocks=[Heading(text="一、基本情况", level=1), Paragraph(text=""), table,
                            Paragraph(text="末段")])
    expected = ["一、基本情况", "项目", "金额", "甲", "12.5", "末段"]
    assert list(report.texts()) == [u.text for u in report.units()] == expected
    with report.held_still():
        assert list(report.texts()) == expected
        report.blocks = [Paragraph(text="换过")]
        assert list(report.texts()) == ["换过"]


def test_a_report_without_traditional_characters_is_reviewed_as_it_is_and_one_with_them_folded():
    from drafting.numbers.traditional import fold_traditional, has_traditional

    assert not has_traditional("部门预算总计100.46万元") and not has_traditional("")
    assert has_traditional("部门預算") and fold_traditional("部门預算") == "部门预算"
    plain = Report(blocks=[Paragraph(text="部门预算")])
    assert plain.mapped(fold_traditional) is plain
    written = Report(blocks=[Paragraph(text="部门預算")])
    assert [u.text for u in written.mapped(fold_traditional).units()] == ["部门预算"]


def test_a_wide_character_takes_two_columns_and_any_other_one():
    from drafting.report import display_width

    assert display_width("") == 0
    assert display_width("预算ab１２，,") == 2 + 2 + 1 + 1 + 2 + 2 + 2 + 1
    assert display_width("预算预算") == 8  # asked again: the same


def test_the_width_of_any_text_is_each_characters_by_unicodedata():
    """Speed (issue 14): runs of wide characters are counted at once and ASCII is narrow without asking;
    every character of those ranges is what ``unicodedata`` says, and any text measures as the
    character-by-character sum (every character of the BMP, and random mixes across its blocks)."""
    import random
    import unicodedata

    from drafting import report
    from drafting.report import display_width

    def one(ch: str) -> int:
        return 2 if unicodedata.east_asian_width(ch) in "WF" else 1

    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)  # the ranges are all in it
    for width, known in enumerate((report._NARROW, report._WIDE), 1):
        chars = re.findall(f"[{known}]", every)
        assert len(chars) > 100 and {one(ch) for ch in chars} == {width}
    assert display_width(every) == sum(map(one, every))
    rng = random.Random(14)
    for _ in range(300):
        text = "".join(chr(rng.choice([rng.randrange(0x80), rng.randrange(0x4E00, 0xA000), rng.randrange(0x3000, 0x3100),
                                       rng.randrange(0xFF00, 0xFFF0), rng.randrange(0x2000, 0x2100), 0x201C, 0x3000,
                                       rng.randrange(0x1100, 0x1200), rng.randrange(0x10000, 0x20000)]))
                       for _ in range(rng.randrange(0, 60)))
        assert display_width(text) == sum(map(one, text)), text


def test_a_reports_units_are_the_models_pydantic_would_build_without_validating_them(monkeypatch):
    """Speed (issue 14): a review makes a unit of every text (and the checks one of every table cell
    again); given ints and a str there is nothing to validate. The units equal, dump and hash as the
    validated ones, with the same fields set (a paragraph's place names no row or column)."""
    from pydantic import BaseModel

    from drafting.report import Cell, Heading, Location, Paragraph, Report, Table, TextUnit

    report = Report(blocks=[Heading(text="一、概况", level=1), Paragraph(text="资金100万元。"),
                            Table(rows=[[Cell(text="项目"), Cell(text="")], [Cell(text="合计"), Cell(text="100")]])])
    built = [TextUnit(location=Location(block=0, start=0, end=4), text="一、概况", kind="heading"),
             TextUnit(location=Location(block=1, start=0, end=8), text="资金100万元。", kind="paragraph"),
             *(TextUnit(location=Location(block=2, row=r, col=c, start=0, end=len(t)), text=t, kind="cell")
               for r, c, t in ((0, 0, "项目"), (1, 0, "合计"), (1, 1, "100")))]
    validated: list[str] = []
    real = BaseModel.__init__
    monkeypatch.setattr(BaseModel, "__init__", lambda self, **kw: validated.append(type(self).__name__) or real(self, **kw))
    units = list(report.units())
    assert validated == []
    assert units == built and [hash(u) for u in units] == [hash(u) for u in built]
    assert [u.model_dump_json() for u in units] == [u.model_dump_json() for u in built]
    assert [(u.model_fields_set, u.location.model_fields_set) for u in units] == \
        [(u.model_fields_set, u.location.model_fields_set) for u in built]


def test_a_text_holds_a_traditional_character_exactly_when_it_is_one_of_the_listed_ones():
    """``has_traditional`` searches for the listed characters in one class: a text holds one exactly
    when the set of them and the text's characters meet, whatever else it holds."""
    import random

    from drafting.numbers import traditional

    rng = random.Random(17)
    listed = list(traditional._LISTED)
    others = list("县区部门预算总计100.46万元 \n（）[]^-\\，。abc") + [chr(c) for c in range(0x4e00, 0x4e40)]
    for _ in range(3000):
        text = "".join(rng.choice(others if rng.random() < 0.97 else listed) for _ in range(rng.randint(0, 30)))
        assert traditional.has_traditional(text) == (not traditional._LISTED.isdisjoint(text)), text
    assert traditional._FOUND.pattern.count("-") == 0  # no character of the list reads as a range
