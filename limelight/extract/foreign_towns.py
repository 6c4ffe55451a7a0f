"""Towns in Spanish and French text that the gazetteer misses or knows by another name: resorts
('à Saint-Tropez'), and Spanish/French names of cities ('en Londres', 'à Venise')."""

from __future__ import annotations

import re

from . import lexicon_foreign as lx
from .gazetteer import Place, is_place, lookup_city

# Spanish and French names of cities the gazetteer knows by another name ('en Londres', 'à Venise');
# 'Los Ángeles' and 'Florencia' would otherwise be a Chilean and a Colombian town.
EXONYMS = {
    **dict.fromkeys(["Londres"], "London"),
    **dict.fromkeys(["Lisboa", "Lisbonne"], "Lisbon"),
    **dict.fromkeys(["Bruselas", "Bruxelles"], "Brussels"),
    **dict.fromkeys(["Ginebra", "Genève"], "Geneva"),
    **dict.fromkeys(["Venecia", "Venise"], "Venice"),
    **dict.fromkeys(["Nápoles"], "Naples"),
    **dict.fromkeys(["Atenas", "Athènes"], "Athens"),
    **dict.fromkeys(["Moscú", "Moscou"], "Moscow"),
    **dict.fromkeys(["Pekín", "Pékin"], "Beijing"),
    **dict.fromkeys(["Tokio"], "Tokyo"),
    **dict.fromkeys(["Roma"], "Rome"),
    **dict.fromkeys(["Milán"], "Milan"),
    **dict.fromkeys(["Florencia"], "Florence"),
    **dict.fromkeys(["Turín"], "Turin"),
    **dict.fromkeys(["Múnich", "Munich"], "Munich"),
    **dict.fromkeys(["Berlín"], "Berlin"),
    **dict.fromkeys(["Copenhague"], "Copenhagen"),
    **dict.fromkeys(["Estocolmo"], "Stockholm"),
    **dict.fromkeys(["Ámsterdam"], "Amsterdam"),
    **dict.fromkeys(["Viena", "Vienne"], "Vienna"),
    **dict.fromkeys(["Praga"], "Prague"),
    **dict.fromkeys(["Varsovia", "Varsovie"], "Warsaw"),
    **dict.fromkeys(["Edimburgo", "Édimbourg"], "Edinburgh"),
    **dict.fromkeys(["Dublín"], "Dublin"),
    **dict.fromkeys(["Estambul"], "Istanbul"),
    **dict.fromkeys(["Los Ángeles"], "Los Angeles"),
    **dict.fromkeys(["Ciudad de México"], "Mexico City"),
    **dict.fromkeys(["Nueva Orleans", "Nouvelle-Orléans"], "New Orleans"),
    **dict.fromkeys(["Filadelfia", "Philadelphie"], "Philadelphia"),
    **dict.fromkeys(["Marsella"], "Marseille"),
    **dict.fromkeys(["Niza"], "Nice"),
    **dict.fromkeys(["Burdeos"], "Bordeaux"),
    **dict.fromkeys(["Estrasburgo"], "Strasbourg"),
    **dict.fromkeys(["Aviñón"], "Avignon"),
    **dict.fromkeys(["Séville"], "Sevilla"),
    **dict.fromkeys(["Barcelone"], "Barcelona"),
    **dict.fromkeys(["Saragosse"], "Zaragoza"),
    **dict.fromkeys(["Zúrich", "Zurich"], "Zürich"),
    **dict.fromkeys(["Marrakech"], "Marrakesh"),
    **dict.fromkeys(["Majorque"], "Mallorca"),
    **dict.fromkeys(["Minorque"], "Menorca"),
}
# Resorts where celebrities are seen that are too small for the gazetteer: name -> (the town's
# name when not this one, country).
RESORTS = {
    **dict.fromkeys(
        "Saint-Tropez Deauville Courchevel Megève Ramatuelle Saint-Jean-Cap-Ferrat Porto-Vecchio "
        "Saint-Paul-de-Vence Gordes Arcachon Cap-Ferret Calvi Bonifacio Méribel Val-d'Isère "
        "Saint-Barthélemy Saint-Barth Honfleur".split(),
        (None, "France"),
    ),
    **dict.fromkeys(["Le Touquet", "Èze"], (None, "France")),
    **dict.fromkeys("Sotogrande Formentera Cadaqués Baqueira".split(), (None, "Spain")),
    **dict.fromkeys(["Puerto Banús"], (None, "Spain")),
    **dict.fromkeys("Gstaad Verbier Saint-Moritz".split(), (None, "Switzerland")),
    **dict.fromkeys(["St. Moritz"], (None, "Switzerland")),
    **dict.fromkeys("Capri Portofino Positano".split(), (None, "Italy")),
    **dict.fromkeys(["Mykonos", "Mikonos", "Míkonos"], (None, "Greece")),
    **dict.fromkeys(["Mónaco", "Montecarlo", "Monte-Carlo", "Monte Carlo"], ("Monaco", "Monaco")),
}
# Town names holding a word that cuts a capitalised run ('Los Ángeles', 'Ciudad de México').
SPLIT_TOWNS = re.compile(
    r"\b(?:"
    + lx._alts(n for n in [*EXONYMS, *RESORTS] if any(w.lower() in lx.STOP_CAPS for w in n.split()))
    + r")\b"
)


# Towns of Spain and France that share their name with a bigger one elsewhere: in a Spanish or
# French article 'en Valencia' is the Spanish city, not the Venezuelan one. name -> (country, people)
HOME_TOWNS = {
    "Valencia": ("Spain", 800_000),
    "Córdoba": ("Spain", 320_000),
    "Mérida": ("Spain", 60_000),
    "León": ("Spain", 124_000),
    "Toledo": ("Spain", 85_000),
    "Salamanca": ("Spain", 145_000),
    "Cádiz": ("Spain", 115_000),
    "Jerez": ("Spain", 212_000),
    "Orléans": ("France", 116_000),
}


def town(name: str) -> Place | None:
    """A city named in Spanish or French: a resort the gazetteer misses ('Saint-Tropez'), the
    gazetteer's own name for it ('Londres' -> London), else as written."""
    if name in RESORTS:
        city, country = RESORTS[name]
        return Place(city or name, None, country)
    if name in HOME_TOWNS:
        country, people = HOME_TOWNS[name]
        return Place(name, None, country, people)
    return lookup_city(EXONYMS.get(name, name))


def placename(name: str) -> bool:
    return name in RESORTS or name in HOME_TOWNS or is_place(EXONYMS.get(name, name))
