from decimal import Decimal

import pytest

from targetx.units import registry, unit_factor


@pytest.mark.parametrize("expression, factor, base, dimension", [
    ("mu", Decimal(10000) / 15, "square_meter", "area"),
    ("jin", Decimal("0.5"), "kilogram", "mass"),
    ("ton", Decimal(1000), "kilogram", "mass"),
    ("kilovolt", Decimal(1000), "volt", "voltage"),
    ("gigawatt", Decimal(10**9), "watt", "power"),
    ("square_kilometer", Decimal(10**6), "square_meter", "area"),
    ("kilometer_", Decimal(1000), "meter", "length"),
    ("yuan", Decimal(1), "yuan", "currency"),
    ("percent", Decimal(1), "percent", "percent"),
    ("percentage_point", Decimal(1), "percentage_point", "percentage_point"),
    ("count", Decimal(1), "count", "count"),
])
def test_unit_factors(expression, factor, base, dimension):
    got = unit_factor(expression)
    assert abs(got.factor - factor) <= Decimal("1e-20") * factor
    assert (got.base_unit, got.dimension) == (base, dimension)


def test_registry_is_built_once():
    assert registry() is registry()


def test_currency_is_its_own_dimension():
    reg = registry()
    assert reg.Quantity(1, "yuan").dimensionality != reg.Quantity(1, "count").dimensionality
    assert unit_factor("yuan").dimension != unit_factor("usd").dimension
