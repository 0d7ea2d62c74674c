"""The one private pint registry, built lazily from ``data/units_zh.txt``.

Extraction never calls pint per mention: ``unit_factor`` converts each unit expression once
(cached) into a Decimal factor onto the canonical unit of its dimension.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import regex

_lock = threading.Lock()
_registry: Any = None

# Canonical unit per dimensionality (pint's string of it), and a readable dimension name.
CANONICAL: dict[str, tuple[str, str]] = {
    "[length]": ("meter", "length"),
    "[length] ** 2": ("square_meter", "area"),
    "[length] ** 3": ("cubic_meter", "volume"),
    "[mass]": ("kilogram", "mass"),
    "[currency]": ("yuan", "currency"),
    "[usd_currency]": ("usd", "currency_usd"),
    "[count]": ("count", "count"),
    "[voltage]": ("volt", "voltage"),
    "[power]": ("watt", "power"),
    "[apparent_power]": ("volt_ampere", "apparent_power"),
    "[power] * [time]": ("kilowatt * hour", "energy"),
    "dimensionless": ("percent", "percent"),
    "[percentage_point]": ("percentage_point", "percentage_point"),
    "[score]": ("score_point", "score"),
    "[ratio]": ("fold", "ratio"),
    "[age]": ("year_of_age", "age"),
    "[time]": ("day", "time"),
    "[mass] / [length] ** 3": ("microgram / cubic_meter", "concentration"),
    "[mass] / [time]": ("ton / year", "mass_per_time"),
    "[currency] / [time]": ("yuan / year", "currency_per_time"),
    "[count] / [time]": ("count / year", "count_per_time"),
    "[length] ** 3 / [time]": ("cubic_meter / day", "volume_per_time"),
}


class UnitFactor(NamedTuple):
    factor: Decimal  # multiply a value in the unit by this to get the canonical unit
    base_unit: str
    dimension: str


def registry() -> Any:
    """The targetx ``pint.UnitRegistry`` (built on first use, then shared)."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                import pint

                reg: Any = pint.UnitRegistry(None, non_int_type=Decimal, cache_folder=None)
                path = resources.files("targetx").joinpath("data/units_zh.txt")
                with resources.as_file(path) as file:
                    reg.load_definitions(str(file))
                _registry = reg
    return _registry


def registry_with(definitions: str) -> Any:
    """A NEW, private registry: the bundled definitions plus the user's ``definitions`` lines.

    Used by a ``Rules`` that carries its own pint definitions, so that they never leak into the
    shared registry (or into any other Rules). Raises ``pint`` errors as they come; each line is
    defined separately so callers can report the offending line.
    """
    import pint

    reg: Any = pint.UnitRegistry(None, non_int_type=Decimal, cache_folder=None)
    path = resources.files("targetx").joinpath("data/units_zh.txt")
    with resources.as_file(path) as file:
        reg.load_definitions(str(file))
    for line in definitions.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            reg.define(line)
    return reg


@lru_cache(maxsize=None)
def unit_factor(expression: str) -> UnitFactor:
    """Factor from a pint unit expression (e.g. "kilovolt", "ton / year") to its canonical unit."""
    return factor_in(registry(), expression)


def factor_in(reg: Any, expression: str) -> UnitFactor:
    """``unit_factor`` on a given registry (uncached; ``Rules`` caches per rule set)."""
    quantity = reg.parse_expression(expression)
    if not hasattr(quantity, "dimensionality"):
        undefined = [w for w in regex.findall(r"[A-Za-z_]\w*", expression) if w not in reg]
        if undefined:
            raise ValueError(f"{expression!r} uses undefined unit(s): {', '.join(undefined)}")
        raise ValueError(f"{expression!r} is a plain number, not a unit")
    dims = str(quantity.dimensionality)
    base_unit, dimension = CANONICAL.get(dims, (None, dims))
    if base_unit is None:
        converted = quantity.to_base_units()
        base_unit = str(converted.units)
    else:
        converted = quantity.to(base_unit)
    return UnitFactor(Decimal(str(converted.magnitude)), base_unit, dimension)
