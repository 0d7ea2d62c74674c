"""The one private pint registry, built lazily from ``data/units_zh.txt``.

Extraction never calls pint per mention: ``unit_factor`` converts each unit expression once into a
Decimal factor onto the canonical unit of its dimension. Those factors are also kept on disk (a
JSON file in the user cache directory, keyed by a hash of ``units_zh.txt`` and of the canonical
units), so that a new process imports pint only for an expression it has never seen: pint and
numpy cost a third of a second to import.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
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
    "[coal_equivalent]": ("coal_equivalent_ton", "coal_equivalent"),
    "[computing_power]": ("petaflops", "computing_power"),
    "[steam_capacity]": ("steam_ton_per_hour", "steam_capacity"),
    "[coal_equivalent] / [power] / [time]": ("gram_coal_equivalent / kilowatt / hour", "coal_per_energy"),
    "[coal_equivalent] / [count]": ("kilogram_coal_equivalent / count", "coal_per_capita"),
    "[coal_equivalent] / [length] ** 2": ("kilogram_coal_equivalent / square_meter", "coal_per_area"),
    "[coal_equivalent] / [currency]": ("coal_equivalent_ton / yuan", "coal_per_currency"),
    "[length] ** 3 / [currency]": ("cubic_meter / yuan", "volume_per_currency"),
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


def cache_dir() -> Path:
    """Where targetx keeps derived caches (a user cache directory, never the package)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "targetx"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        path = Path(tempfile.gettempdir())
    return path


_disk: dict[str, list[str]] | None = None  # expression -> [factor, base unit, dimension]


def _disk_path() -> Path:
    definitions = resources.files("targetx").joinpath("data/units_zh.txt").read_bytes()
    key = hashlib.sha256(definitions + repr(sorted(CANONICAL.items())).encode()).hexdigest()[:16]
    return cache_dir() / f"unit-factors-{key}.json"


def _load_disk() -> dict[str, list[str]]:
    """The factors earlier processes derived; a missing or unreadable file is an empty table."""
    global _disk
    if _disk is None:
        try:
            found = json.loads(_disk_path().read_text("utf-8"))
            valid = isinstance(found, dict) and all(
                isinstance(v, list) and len(v) == 3 and all(isinstance(x, str) for x in v) for v in found.values())
            _disk = found if valid else {}
        except (OSError, ValueError):
            _disk = {}
    return _disk


def _save_disk(table: dict[str, list[str]]) -> None:
    """Write the table whole (temp file + rename); a cache that cannot be written is skipped."""
    path = _disk_path()
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".unit-factors-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(table, out, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
    except OSError:
        pass


@lru_cache(maxsize=None)
def unit_factor(expression: str) -> UnitFactor:
    """Factor from a pint unit expression (e.g. "kilovolt", "ton / year") to its canonical unit,
    from the on-disk table when an earlier process derived it, else through pint."""
    with _lock:
        table = _load_disk()
        if expression in table:
            factor, base_unit, dimension = table[expression]
            try:
                return UnitFactor(Decimal(factor), base_unit, dimension)
            except ArithmeticError:
                pass  # a damaged entry: derive it again
    found = factor_in(registry(), expression)
    with _lock:
        table = dict(_load_disk())
        table[expression] = [str(found.factor), found.base_unit, found.dimension]
        globals()["_disk"] = table
        _save_disk(table)
    return found


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
