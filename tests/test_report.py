"""The report model's units: built once while a review holds the report still, fresh otherwise."""

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
