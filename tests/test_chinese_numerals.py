"""drafting.numbers.chinese: the one Chinese-numeral converter (quantities, ordinals, and back)."""

from decimal import Decimal

import pytest

from drafting.numbers.chinese import numeral, ordinal, to_decimal, to_int


@pytest.mark.parametrize(("text", "value"), [
    ("两千一百四十一", 2141), ("十二万", 120_000), ("十", 10), ("一百零五", 105), ("一亿二千万", 120_000_000),
])
def test_a_positional_numeral_reads_as_its_value(text, value):
    assert to_decimal(text) == value


def test_a_colloquial_numeral_drops_its_last_unit():
    assert (to_int("一万二"), to_int("两千五")) == (12_000, 2_500)


@pytest.mark.parametrize("year", ["二〇二二", "二○二二", "二零二二"])
def test_a_year_reads_digit_by_digit_with_either_zero(year):
    assert to_int(year) == 2022


def test_a_fraction_after_dian_is_an_exact_decimal():
    assert to_decimal("三点一四一五九二六五三五八九七九三二") == Decimal("3.14159265358979320")
    assert to_decimal("二十一点〇五") == Decimal("21.05")


@pytest.mark.parametrize("text", ["", "三公", "〇一", "十十", "二十〇", "三万万", "点五", "三点", "负三", "廿一"])
def test_what_is_not_one_numeral_reads_as_none(text):
    assert to_decimal(text) is None


def test_a_fraction_is_not_an_int():
    assert to_int("三点五") is None


@pytest.mark.parametrize(("text", "value"), [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23)])
def test_an_ordinal_reads_positionally(text, value):
    assert ordinal(text) == value


def test_a_digit_string_is_no_ordinal():
    assert ordinal("一二") is None and ordinal("十一一") is None


def test_numeral_writes_what_ordinal_reads_from_one_to_ninety_nine():
    assert [ordinal(numeral(n)) for n in range(1, 100)] == list(range(1, 100))


def test_numeral_writes_list_marker_style():
    assert [numeral(n) for n in (3, 10, 11, 20, 23)] == ["三", "十", "十一", "二十", "二十三"]


def test_canonical_numerals_read_and_write_as_cn2an_does_without_loading_it():
    import random

    import cn2an

    from drafting.numbers import chinese

    rng = random.Random(14)
    for n in [*range(1, 2001), *(rng.randrange(1, 10**8) for _ in range(3000))]:
        written = cn2an.an2cn(n)
        assert chinese._canonical(n) == written
        assert chinese._fast_positional(written) == cn2an.cn2an(written, "normal") == n
    for other in ["一万二", "两千", "十万零一千", "一百一", "三万五", "一十", "二十〇"]:
        assert chinese._fast_positional(other) is None  # left to cn2an
