"""Where: regions abroad, 'Town, Region' pairs, small towns inside a region, and venue names
with little words. Each on tiny invented phrases."""

from limelight.extract.places import find_place


def where(text):
    p = find_place(text, set())
    return p.venue, p.city, p.region, p.country


def test_a_county_beats_a_small_namesake_city_abroad():
    assert where("a weekend in Kent") == (None, None, "Kent", "United Kingdom")
    assert where("a villa in Tuscany") == (None, None, "Tuscany", "Italy")
    assert where("a holiday in Scotland") == (None, None, "Scotland", "United Kingdom")


def test_a_small_town_named_with_its_county_is_that_countys():
    # both towns have namesakes elsewhere (a Padstow in Australia); the county decides
    assert where("lunch in Padstow, Cornwall, on Saturday") == (None, "Padstow", "Cornwall", "United Kingdom")


def test_city_comma_region_picks_the_city_there():
    assert where("a gig in Norfolk, Virginia") == (None, "Norfolk", "Virginia", "United States")
    assert where("a show in London, Ontario") == (None, "London", "Ontario", "Canada")
    assert where("in Perth, Scotland") == (None, "Perth", "Scotland", "United Kingdom")
    assert where("in Glasgow, Scotland")[1:] == ("Glasgow", "Scotland", "United Kingdom")


def test_venue_names_keep_their_little_words():
    assert where("dinner at the Hotel du Cap in Antibes")[:2] == ("Hotel du Cap", "Antibes")
    assert where("drinks at the Bar du Port")[:2] == ("Bar du Port", None)
    assert where("a tour of the Musee d'Orsay")[0] is None  # 'of' is no venue word
    assert where("seen at the Musee d'Orsay")[:2] == ("Musee d'Orsay", None)
    assert where("at La Colombe d'Or in Nice")[:2] == ("La Colombe d'Or", "Nice")
    assert where("at the House of Blues in Chicago")[:2] == ("House of Blues", "Chicago")


def test_a_weekday_after_a_venue_is_not_part_of_it():
    assert where("at Chiltern Firehouse on Monday")[0] == "Chiltern Firehouse"
    assert where("a wedding at Villa d'Este on Lake Como")[0] == "Villa d'Este"


def test_an_island_is_a_place():
    assert where("a beach in Kauai")[2:] == ("Kauai", "United States")


def test_a_town_with_its_county_is_never_a_namesake_abroad():
    assert where("in Whitby, Yorkshire")[1:] == ("Whitby", "Yorkshire", "United Kingdom")
    # a village in no list still gets its county and country
    assert where("a pub in Mousehole, Cornwall")[1:] == ("Mousehole", "Cornwall", "United Kingdom")
    assert find_place("in Ada Brenn, Texas", {"Ada Brenn"}).city is None


def test_an_event_named_as_a_place_is_where_it_is_held():
    assert where("a duet at Glastonbury on Saturday")[1:] == ("Glastonbury", "Somerset", "United Kingdom")
    assert where("she headlined Coachella")[1:] == ("Indio", "California", "United States")
    assert where("in Glastonbury, Connecticut")[1:] == ("Glastonbury", "Connecticut", "United States")


def test_a_restaurant_named_with_an_italian_or_french_word_is_a_venue(article):
    from limelight.extract import extract_facts

    doc, parsed = article("Dinner", "Ada Brenn and Tom Vale had dinner at Da Enzo in Rome on Saturday.")
    facts = extract_facts(doc, parsed)
    assert {p.name for p in facts.people} == {"Ada Brenn", "Tom Vale"}
    assert facts.meetings[0].venue == "Da Enzo"


def test_a_home_named_by_its_town():
    assert where("dinner at her Malibu home last night") == (None, "Malibu", "California", "United States")
    assert where("at the couple's Cotswolds farm")[2:] == ("Cotswolds", "United Kingdom")


def test_a_small_town_after_in_is_no_person(article):
    from limelight.extract import extract_facts

    doc, parsed = article(
        "Holiday",
        "Clara Vane packed on the PDA with her boyfriend Otto Lindahl during a holiday in Mykonos on Monday.",
    )
    facts = extract_facts(doc, parsed)
    assert {p.name for p in facts.people} == {"Clara Vane", "Otto Lindahl"}
    assert facts.meetings[0].city == "Mykonos"


def test_places_the_press_calls_by_other_names():
    assert where("a night out in Vegas")[1:] == ("Las Vegas", "Nevada", "United States")
    assert where("a mansion in Bel Air")[1:] == ("Los Angeles", "California", "United States")
    assert where("a villa in St Barts")[1:] == ("Gustavia", None, "Saint Barthelemy")
    assert where("a trip to Cabo, Mexico")[1:] == ("Cabo San Lucas", None, "Mexico")
    assert where("a gig at Glastonbury, Connecticut")[1:] == ("Glastonbury", "Connecticut", "United States")
