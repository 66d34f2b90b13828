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
