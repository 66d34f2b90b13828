from decimal import Decimal

import pytest

from drafting.quantities import Quantity, Unit, places_of, round_half_up, to_decimal


def test_rounding_is_half_up_not_bankers():
    assert round_half_up(Decimal("18.935"), 2) == Decimal("18.94")
    assert round_half_up(Decimal("0.125"), 2) == Decimal("0.13")
    assert round_half_up(Decimal("2.5"), 0) == Decimal("3")


def test_places_counts_shown_decimals():
    assert places_of(Decimal("14293.93")) == 2
    assert places_of(Decimal("9.0")) == 1
    assert places_of(Decimal("2141")) == 0


def test_money_converts_exactly_between_yuan_wan_and_yi():
    q = Quantity(value=Decimal("14293.93"), unit=Unit.YUAN)
    assert q.in_unit(Unit.WAN_YUAN) == Decimal("1.429393")
    assert Quantity(value=Decimal("2.15"), unit=Unit.YI_YUAN).in_unit(Unit.WAN_YUAN) == Decimal("21500")


def test_counts_do_not_compare_with_money():
    assert Quantity(value=Decimal(5), unit=Unit.PERSON).in_unit(Unit.YUAN) is None


def test_floats_are_refused_because_they_are_inexact():
    with pytest.raises(TypeError):
        to_decimal(0.1)
