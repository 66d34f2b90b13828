"""Every curated confusion opens with a character the one pattern of them all can look ahead for: an
entry opening with a lookbehind leaves that pattern without its lookahead, and each place of a report
then tries every entry (session 40: +128 M instructions on the sample's review)."""

from drafting.checks.curated import anyone, read_confusions


def test_the_one_pattern_of_all_confusions_keeps_its_first_character_lookahead():
    assert anyone(read_confusions()).startswith("(?=[")
