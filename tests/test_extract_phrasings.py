"""Families of tabloid phrasings found by probe articles: each on tiny invented texts."""

from test_extract_facts import ages, by_name, meetings, relations

from limelight.extract import extract_facts
from limelight.extract.dates import offset_days
from limelight.extract.places import find_place


def names(facts):
    return {p.name for p in facts.people}


def test_someone_in_a_clause_of_what_happened_before_is_not_at_the_meeting(article):
    doc, parsed = article(
        "Out",
        "Mira Solberg and Ken Oduya stepped out together weeks after she finalised her divorce "
        "from ex-husband Ada Brenn.",
        "Tova Lind hugged Ivo Marr in Rome on Monday, days after her split from Lev Sand.",
    )
    found = sorted(people for people, _, _ in meetings(extract_facts(doc, parsed)))
    assert found == [["Ivo Marr", "Tova Lind"], ["Ken Oduya", "Mira Solberg"]]


def test_someone_who_joins_in_a_time_clause_is_at_the_meeting(article):
    doc, parsed = article(
        "Dinner",
        "Mira Solberg dined with Ken Oduya in Rome on Monday until Ada Brenn joined them.",
    )
    ((people, _, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Brenn", "Ken Oduya", "Mira Solberg"]


def test_a_spouse_of_so_many_years(article):
    doc, parsed = article(
        "Party",
        "Ken Oduya threw a party for his wife of 20 years, Mira Solberg, in Leeds.",
        "Ada Brenn arrived with her husband of two decades Ivo Marr.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Ken Oduya", "spouse_of", "Mira Solberg") in rels or (
        "Mira Solberg",
        "spouse_of",
        "Ken Oduya",
    ) in rels
    assert ("Ada Brenn", "spouse_of", "Ivo Marr") in rels or ("Ivo Marr", "spouse_of", "Ada Brenn") in rels


def test_a_small_town_after_in_is_a_place():
    assert find_place("They had dinner in Malibu on Saturday.").city == "Malibu"
    assert find_place("The pair holidayed in St Tropez.").city == "Saint-Tropez"
    aspen = find_place("The couple skied in Aspen, Colorado.")
    assert (aspen.city, aspen.region) == ("Aspen", "Colorado")
    assert find_place("Aspen Rae waved.").city is None  # a first name, not the town
    assert find_place("They met in Nevada.").city is None  # the state, not a town of that name


def test_a_birthday_still_to_come_is_one_year_less(article):
    doc, parsed = article(
        "News",
        "Mira Solberg, who turns 30 next month, smiled. Ken Oduya will turn 50 in two weeks.",
        "Ada Brenn turned 40 on Sunday.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Mira Solberg", 29), ("Ken Oduya", 49), ("Ada Brenn", 40)}


def test_a_holiday_named_for_someone_is_no_person(article):
    doc, parsed = article(
        "Date", "Ken Oduya dined with Mira Solberg in Paris on Valentine's Day and St Patrick's Day."
    )
    assert names(extract_facts(doc, parsed)) == {"Ken Oduya", "Mira Solberg"}


def test_welcoming_a_baby_is_no_meeting_and_their_child_has_two_parents(article):
    doc, parsed = article(
        "Baby",
        "Mira Solberg and Ken Oduya have welcomed their first child, a daughter named Nell, in London.",
    )
    facts = extract_facts(doc, parsed)
    assert meetings(facts) == []
    assert {("Mira Solberg", "parent_of", "Nell"), ("Ken Oduya", "parent_of", "Nell")} <= relations(facts)


def test_a_performer_whose_set_a_pair_dance_to_is_not_with_them(article):
    doc, parsed = article(
        "Festival",
        "Mira Solberg was joined by Ken Oduya at Coachella in Indio, California on Sunday.",
        "The pair were seen dancing together during Ada Brenn's set.",
    )
    ((people, _, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ken Oduya", "Mira Solberg"] and city == "Indio"


def test_someone_also_there_joins_the_meeting(article):
    doc, parsed = article(
        "Reunion",
        "Ken Oduya hugged his brother Ivo Oduya outside a hotel in Leeds on Monday.",
        "Ken's daughter, Mira Oduya, was also there.",
    )
    ((people, _, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ivo Oduya", "Ken Oduya", "Mira Oduya"] and city == "Leeds"


def test_split_from_a_wife_of_so_many_years_ends_the_marriage(article):
    doc, parsed = article("Split", "Ken Oduya split from his wife of eight years, Mira Solberg, in 2025.")
    rels = relations(extract_facts(doc, parsed))
    assert rels == {("Ken Oduya", "ex_spouse_of", "Mira Solberg")}


def test_a_venue_at_the_end_of_a_sentence_keeps_no_full_stop():
    assert find_place("They had lunch at Café de Flore.").venue == "Café de Flore"


def test_someone_whose_bandmate_was_seen_is_not_there(article):
    doc, parsed = article(
        "Night", "Ken Oduya was seen with Mira Solberg's former bandmate Ada Brenn at a bar in Leeds."
    )
    ((people, _, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Brenn", "Ken Oduya"]


def test_a_split_ends_a_couple_and_a_marriage_only_when_it_says_so(article):
    doc, parsed = article(
        "Split",
        "Mira Solberg recently split from producer Ken Oduya after two years together.",
        "Ada Brenn split from husband Ivo Marr in May.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert rels == {("Mira Solberg", "ex_partner_of", "Ken Oduya"), ("Ada Brenn", "ex_spouse_of", "Ivo Marr")}


def test_twins_shared_with_an_ex(article):
    doc, parsed = article(
        "Family",
        "Mira Solberg was previously married to Ken Oduya, with whom she shares twins Nell and Remy, 9.",
    )
    rels = relations(extract_facts(doc, parsed))
    parents = {(s, o) for s, p, o in rels if p == "parent_of"}
    assert parents == {(a, b) for a in ("Mira Solberg", "Ken Oduya") for b in ("Nell", "Remy")}
    assert ("Nell", "sibling_of", "Remy") in rels or ("Remy", "sibling_of", "Nell") in rels


def test_split_from_an_ex_wife_is_one_ended_marriage(article):
    doc, parsed = article("Split", "Ken Oduya split from his ex-wife Mira Solberg in 2011.")
    assert relations(extract_facts(doc, parsed)) == {("Ken Oduya", "ex_spouse_of", "Mira Solberg")}


def test_dating_someones_collaborator_is_not_dating_them(article):
    doc, parsed = article("Past", "Mira Solberg previously dated Ken Oduya's longtime collaborator Ivo Marr.")
    assert relations(extract_facts(doc, parsed)) == {("Mira Solberg", "ex_partner_of", "Ivo Marr")}


def test_a_prize_winning_role_is_a_descriptor_with_its_age(article):
    doc, parsed = article(
        "Gala",
        "Mira Solberg and Ken Oduya arrived at the gala in Leeds on Monday.",
        "The Oscar-winning actress, 47, wore a gown while the Norwegian director, 52, wore a tuxedo.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Mira Solberg", 47), ("Ken Oduya", 52)}


def test_a_red_carpet_debut_as_a_couple_is_a_meeting(article):
    doc, parsed = article(
        "Gala",
        "Mira Solberg and Ken Oduya made their red carpet debut as a couple at the gala in Leeds on Monday.",
    )
    ((people, day, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ken Oduya", "Mira Solberg"] and day == "2024-03-11" and city == "Leeds"


def test_undated_photos_in_an_article_about_one_party_are_at_the_party(article):
    doc, parsed = article(
        "Party",
        "Mira Solberg celebrated her 40th birthday with a party at her home in Leeds on Saturday.",
        "Guests included her friends Ada Brenn and Ivo Marr.",
        "Solberg posed for a photo with Brenn and Marr.",
    )
    ((people, day, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Brenn", "Ivo Marr", "Mira Solberg"] and day == "2024-03-09" and city == "Leeds"


def test_a_far_away_city_does_not_pick_a_small_namesake(article):
    doc, parsed = article(
        "Premiere",
        "Mira Solberg kissed Ken Oduya in Paris on Tuesday.",
        "Days earlier the pair had been seen at a party in Toronto.",
    )
    paris = next(m for m in extract_facts(doc, parsed).meetings if m.city == "Paris")
    assert (paris.region, paris.country) == (None, "France")


def test_an_award_or_a_label_is_no_person(article):
    doc, parsed = article(
        "Gala",
        "Mira Solberg congratulated Ken Oduya after his Oscar nomination.",
        "Solberg wore Valentino, while Oduya was dressed in custom Armani.",
    )
    assert names(extract_facts(doc, parsed)) == {"Mira Solberg", "Ken Oduya"}


def test_a_wedding_on_a_day_is_a_meeting_and_a_marriage(article):
    doc, parsed = article(
        "Wedding",
        "Singer Mira Solberg married producer Ken Oduya in a ceremony in Leeds on Saturday.",
        "Ada Brenn married Ivo Marr in 2019.",
    )
    facts = extract_facts(doc, parsed)
    assert meetings(facts) == [(["Ken Oduya", "Mira Solberg"], "2024-03-09", "Leeds")]
    rels = relations(facts)
    assert ("Mira Solberg", "spouse_of", "Ken Oduya") in rels and (
        "Ada Brenn",
        "spouse_of",
        "Ivo Marr",
    ) in rels


def test_sitting_next_to_someone_is_a_meeting_and_a_game_is_no_venue(article):
    doc, parsed = article(
        "Courtside", "Mira Solberg sat courtside next to Ken Oduya at the Lakers game in Denver on Friday."
    )
    facts = extract_facts(doc, parsed)
    assert meetings(facts) == [(["Ken Oduya", "Mira Solberg"], "2024-03-15", "Denver")]
    assert facts.meetings[0].venue is None


def test_a_surname_before_a_capitalised_verb_is_still_the_person(article):
    doc, parsed = article(
        "Call",
        "Ken Oduya sat next to Ivo Marr in Leeds on Friday.",
        "Oduya FaceTimed his mother, Ada Oduya, from the arena.",
    )
    assert ("Ada Oduya", "parent_of", "Ken Oduya") in relations(extract_facts(doc, parsed))


def test_someone_she_never_met_is_not_the_star_of_the_next_sentence(article):
    doc, parsed = article(
        "Beach",
        "Mira Solberg, 52, enjoyed a beach day in Leeds with her daughter Ada Solberg, 24.",
        "Solberg has never met her idol Tova Lind, but hopes to work with her one day.",
        "The star, who was born in Cardiff, moved to London in 1998.",
        "Her ex-husband, director Ken Oduya, 60, lives in Paris.",
    )
    assert ("Mira Solberg", "ex_spouse_of", "Ken Oduya") in relations(extract_facts(doc, parsed))


def test_a_headline_quote_opening_with_a_contraction_names_nobody(article):
    doc, parsed = article("'We're fine': Mira Solberg on her marriage", "Mira Solberg, 41, smiled in Leeds.")
    assert names(extract_facts(doc, parsed)) == {"Mira Solberg"}


def test_the_n_year_old_told_is_the_speaker(article):
    doc, parsed = article(
        "Interview",
        "Mira Solberg has shut down rumours about her marriage to Ken Oduya.",
        "\u201cWe're stronger than ever,\u201d the 41-year-old told a magazine.",
    )
    facts = extract_facts(doc, parsed)
    speakers = {q.text: by_name(facts).get(q.speaker) for q in facts.quotes}
    assert speakers == {"We're stronger than ever,": "Mira Solberg"}


def test_kin_of_a_described_or_aged_person(article):
    doc, parsed = article(
        "Engaged",
        "Ken Oduya is engaged to girlfriend of three years Mira Solberg, the actor confirmed.",
        "The Emmy winner's mother, Ada Oduya, said she was thrilled.",
        "Solberg, 29, is the daughter of rock star Ivo Solberg, 66.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert {("Ada Oduya", "parent_of", "Ken Oduya"), ("Ivo Solberg", "parent_of", "Mira Solberg")} <= rels
    assert ("Ken Oduya", "partner_of", "Mira Solberg") in rels


def test_a_proposal_is_a_meeting(article):
    doc, parsed = article("Engaged", "Ken Oduya proposed to Mira Solberg in Kyoto on Saturday.")
    assert meetings(extract_facts(doc, parsed)) == [(["Ken Oduya", "Mira Solberg"], "2024-03-09", "Kyoto")]


def test_a_couple_who_have_been_dating(article):
    doc, parsed = article(
        "Rome",
        "Mira Solberg and Ken Oduya enjoyed a date night in Rome on Monday.",
        "The couple, who have been dating since January, strolled past a fountain.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert rels in (
        {("Mira Solberg", "partner_of", "Ken Oduya")},
        {("Ken Oduya", "partner_of", "Mira Solberg")},
    )


def test_a_title_of_a_place_and_a_facility_are_no_people(article):
    doc, parsed = article(
        "Gala",
        "Prince Edmund met Sir Alan Greaves at a gala in London on Thursday.",
        "Edmund, 44, later visited the Royal Marsden hospital with the Duke of Wessmark.",
    )
    assert names(extract_facts(doc, parsed)) == {"Prince Edmund", "Alan Greaves"}  # a knight by his name


def test_the_happy_couple_are_the_pair(article):
    doc, parsed = article(
        "Gala",
        "Mira Solberg and Ken Oduya arrived at a gala in Leeds on Monday.",
        "The happy couple chatted with Ada Brenn, 88.",
    )
    ((people, _, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Brenn", "Ken Oduya", "Mira Solberg"]


def test_engaged_and_once_engaged(article):
    doc, parsed = article(
        "News",
        "Mira Solberg was previously engaged to tennis player Ken Oduya, 31.",
        "Ada Brenn is engaged to Ivo Marr.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert rels == {("Mira Solberg", "ex_partner_of", "Ken Oduya"), ("Ada Brenn", "partner_of", "Ivo Marr")}


def test_a_marriage_with_an_end_year_is_over(article):
    doc, parsed = article(
        "Past",
        "Mira Solberg was married to rapper Ken Oduya from 2019 to 2023.",
        "Ada Brenn has been married to Ivo Marr since 2019.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Mira Solberg", "ex_spouse_of", "Ken Oduya") in rels
    assert ("Ada Brenn", "spouse_of", "Ivo Marr") in rels


def test_an_ambiguous_first_name_does_not_veto_a_role_noun(article):
    doc, parsed = article(
        "Weekend",
        "Dana Kross and Eli Moreau spent a weekend together at a resort in Leeds.",
        "The singer, 30, and the actor, 34, arrived on Friday.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Dana Kross", 30), ("Eli Moreau", 34)}


def test_tabloid_words_for_partners(article):
    doc, parsed = article(
        "Yacht",
        "Mira Solberg kissed her new beau Ken Oduya on a yacht in Leeds on Sunday.",
        "Her former hubby, chef Ivo Marr, 47, was seen with his new squeeze Ada Brenn in London.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert rels == {
        ("Mira Solberg", "partner_of", "Ken Oduya"),
        ("Mira Solberg", "ex_spouse_of", "Ivo Marr"),
        ("Ivo Marr", "partner_of", "Ada Brenn"),
    }


def test_casual_meetings_and_later_that_night(article):
    doc, parsed = article(
        "Night out",
        "Mira Solberg bumped into her ex Ken Oduya at a bar in Milan on Friday.",
        "Later that night, Solberg grabbed coffee with pal Ada Brenn.",
        "On Saturday, Brenn went shopping with Solberg in Milan.",
        "Oduya hit the town with model Tova Lind on Sunday in Milan.",
    )
    got = sorted(meetings(extract_facts(doc, parsed)), key=lambda m: (m[1], m[0]))
    assert got == [  # published on Friday 15 March 2024: 'on Friday' is that day
        (["Ada Brenn", "Mira Solberg"], "2024-03-09", "Milan"),
        (["Ken Oduya", "Tova Lind"], "2024-03-10", "Milan"),
        (["Ada Brenn", "Mira Solberg"], "2024-03-15", None),
        (["Ken Oduya", "Mira Solberg"], "2024-03-15", "Milan"),
    ]


def test_visiting_or_accompanying_someone_is_a_meeting_on_the_premiere_day(article):
    doc, parsed = article(
        "Visits",
        "Mira Solberg visited her mother, Ada Solberg, in hospital in Leeds on Friday.",
        "Ken Oduya accompanied Ivo Marr to the premiere in London on Monday.",
        "Tova Lind visited Paris on Monday.",
    )
    assert sorted(meetings(extract_facts(doc, parsed))) == [
        (["Ada Solberg", "Mira Solberg"], "2024-03-15", "Leeds"),
        (["Ivo Marr", "Ken Oduya"], "2024-03-11", "London"),
    ]


def test_a_venue_someone_left():
    assert find_place("as they left Soho House in London on Monday night.").venue == "Soho House"
    assert find_place("She left London on Monday.").venue is None
    assert find_place("He left Instagram last year.").venue is None


def test_a_planned_meeting_is_no_meeting(article):
    doc, parsed = article(
        "Plans",
        "Mira Solberg is set to meet producer Ken Oduya in Los Angeles next week.",
        "Ada Brenn plans to dine with Ivo Marr in Leeds.",
        "Tova Lind was joined by her sister, Una Lind, at a cafe in Leeds on Tuesday.",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Tova Lind", "Una Lind"], "2024-03-12", "Leeds")]


def test_with_no_clue_a_suburb_of_a_big_city_beats_a_bigger_namesake(article):
    doc, parsed = article(
        "Night out", "Mira Solberg and Ken Oduya were seen kissing in West Hollywood on Friday."
    )
    assert extract_facts(doc, parsed).meetings[0].region == "California"
    doc, parsed = article("Night out", "Mira Solberg and Ken Oduya were seen kissing in Cambridge on Friday.")
    assert extract_facts(doc, parsed).meetings[0].country == "United Kingdom"
    doc, parsed = article("Night out", "Mira Solberg and Ken Oduya were seen kissing in Madrid on Friday.")
    assert extract_facts(doc, parsed).meetings[0].country == "Spain"  # not the Madrid beside Bogotá


def test_a_title_case_headline_gives_the_surnames_the_body_leaves_out(article):
    doc, parsed = article(
        "Tessa Quill And Bo Hendry Spotted Together In Miami",
        "Tessa and Bo were spotted grabbing lunch in Miami on Tuesday.",
        "Tessa, 31, wore a floral dress.",
    )
    assert names(extract_facts(doc, parsed)) == {"Tessa Quill", "Bo Hendry"}
    doc, parsed = article("Tessa Stuns In Miami", "Tessa, 31, wore a floral dress in Miami on Tuesday.")
    assert names(extract_facts(doc, parsed)) == {"Tessa"}


def test_quote_media_podcast_statement_and_comment(article):
    doc, parsed = article(
        "Talk",
        "\u201cIt was hard,\u201d Ken Oduya said on the Deep Cuts podcast.",
        "\u201cShe wishes him well,\u201d Mira Solberg said in a statement.",
        "\u201cLove you both,\u201d Ada Brenn commented.",
    )
    assert {q.text: q.medium for q in extract_facts(doc, parsed).quotes} == {
        "It was hard,": "podcast",
        "She wishes him well,": "statement",
        "Love you both,": "social media comment",
    }


def test_joined_on_stage_takes_the_day_and_place_of_the_show_just_told(article):
    doc, parsed = article(
        "Show",
        "Mira Solberg performed her old hit at the O2 in London on Friday.",
        "The 29-year-old singer was joined on stage by Ken Oduya.",
        "Oduya, who turns 41 on Sunday, said: \u201cWhat a night.\u201d",
    )
    facts = extract_facts(doc, parsed)
    assert meetings(facts) == [(["Ken Oduya", "Mira Solberg"], "2024-03-15", "London")]
    assert ages(facts) == {("Mira Solberg", 29), ("Ken Oduya", 40)}


def test_a_shows_star_and_tabloid_role_nouns(article):
    doc, parsed = article(
        "Bash",
        "Reality star Mira Solberg and her beau Ken Oduya partied at a bash in Leeds on Saturday.",
        "The reality babe, 26, and the footie ace, 28, were joined by pals including Towie's Ada Brenn.",
    )
    facts = extract_facts(doc, parsed)
    assert names(facts) == {"Mira Solberg", "Ken Oduya", "Ada Brenn"}
    assert ages(facts) == {("Mira Solberg", 26), ("Ken Oduya", 28)}


def test_an_outlets_country_picks_among_namesakes():
    from limelight.extract.places import PlaceFound, outlet_country, settle_city

    assert outlet_country("thesun.co.uk") == "United Kingdom" and outlet_country("people.com") is None
    place = PlaceFound(city="Hamilton")
    settle_city(place, "They met in Hamilton.", outlet_country("dailyrecord.co.uk"))
    assert place.country == "United Kingdom"
    place = PlaceFound(city="Hamilton")
    settle_city(place, "They met in Hamilton.")
    assert place.country == "Canada"


def test_presenting_co_hosting_and_duetting(article):
    doc, parsed = article(
        "Awards",
        "Mira Solberg presented Ken Oduya with the best actor award in Leeds on Sunday.",
        "Ada Brenn and Ivo Marr co-hosted the afterparty.",
        "Singer Tova Lind duetted with Una Moss during the show.",
    )
    assert sorted(m[0] for m in meetings(extract_facts(doc, parsed))) == [
        ["Ada Brenn", "Ivo Marr"],
        ["Ken Oduya", "Mira Solberg"],
        ["Tova Lind", "Una Moss"],
    ]


def test_one_age_per_person_per_article_and_a_bride_is_a_woman(article):
    doc, parsed = article(
        "Wedding",
        "Tilda Marr married Ben Ocampo in a ceremony in Leeds on Saturday.",
        "The bride, 33, wore a gown, while the groom, 38, wore a tuxedo.",
        "Ocampo, 41, waved.",  # the name's own age stands over the descriptor's
    )
    assert ages(extract_facts(doc, parsed)) == {("Tilda Marr", 33), ("Ben Ocampo", 41)}


def test_a_caption_lining_people_up_at_the_gala_of_the_lede(article):
    doc, parsed = article(
        "Gala night",
        "The charity gala in Manchester on Saturday raised two million pounds.",
        "Adair, 44, thanked the guests.",
        captions=["(L-R) Nell Adair, Cale Brisk and Tia Moon at the gala on Saturday. Photo: Getty Images"],
    )
    assert meetings(extract_facts(doc, parsed)) == [
        (["Cale Brisk", "Nell Adair", "Tia Moon"], "2024-03-09", "Manchester")
    ]


def test_split_from_a_described_boyfriend_ends_the_couple(article):
    doc, parsed = article(
        "Split", "Mira Solberg split from her longtime boyfriend, drummer Ken Oduya, last spring."
    )
    assert relations(extract_facts(doc, parsed)) == {("Mira Solberg", "ex_partner_of", "Ken Oduya")}


def test_a_child_shared_with_an_ex_wife_has_both_parents(article):
    doc, parsed = article(
        "Family",
        "Ken Oduya, 40, shares a four-year-old son, Remy, with his ex-wife, model Ada Brenn.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert {("Ken Oduya", "parent_of", "Remy"), ("Ada Brenn", "parent_of", "Remy")} <= rels
    assert ("Ken Oduya", "ex_spouse_of", "Ada Brenn") in rels
    assert not any("Remy" in (s, o) and p == "ex_spouse_of" for s, p, o in rels)


def test_dating_and_relationships_in_their_usual_words(article):
    doc, parsed = article(
        "Love life",
        "Mira Solberg is currently dating actor Ken Oduya.",
        "Ada Brenn has been in a relationship with footballer Ivo Marr since 2022.",
        "Tova Lind and Remy Castel sat front row on Friday. The couple, who confirmed their "
        "relationship in May, shared a kiss.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Mira Solberg", "partner_of", "Ken Oduya") in rels
    assert ("Ada Brenn", "partner_of", "Ivo Marr") in rels
    couple = {("Tova Lind", "partner_of", "Remy Castel"), ("Remy Castel", "partner_of", "Tova Lind")}
    assert couple & rels


def test_a_shared_reunion_is_a_meeting_on_its_day_and_a_guest_in_attendance_is_not_in_it(article):
    doc, parsed = article(
        "Awards night",
        "Mira Solberg and Ken Oduya shared an emotional reunion at the Leeds Film Awards on Sunday night.",
        "Solberg, 41, embraced Oduya as they walked out.",
        "Also in attendance was singer Ada Brenn, who performed her hit single.",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Ken Oduya", "Mira Solberg"], "2024-03-10", None)]


def test_a_role_after_a_quoted_title_takes_the_age(article):
    doc, parsed = article(
        "Out",
        "Mira Solberg and Ken Oduya had dinner in Leeds on Monday.",
        "The 'Paper Moons' hitmaker, 31, and the actor, 36, left together.",
    )
    assert {("Mira Solberg", 31), ("Ken Oduya", 36)} <= ages(extract_facts(doc, parsed))


def test_the_pair_as_an_object_means_the_couple_told_before_not_the_newcomer(article):
    doc, parsed = article(
        "Beach",
        "Mira Solberg and Ken Oduya kissed on a beach in Miami on Saturday.",
        "Oduya, who has a son with ex-girlfriend Tova Lind, looked relaxed.",
        "Her representative did not respond.",
        "Sources say they are smitten.",
        "Oduya's mother, Ada Oduya, was also spotted with the pair at dinner later that evening.",
    )
    found = [people for people, _, _ in meetings(extract_facts(doc, parsed))]
    assert ["Ada Oduya", "Ken Oduya", "Mira Solberg"] in found
    assert not any("Tova Lind" in people for people in found)


def test_the_couple_is_not_an_ex_couple_just_named(article):
    doc, parsed = article(
        "Date night",
        "Mira Solberg and Ken Oduya had dinner in Malibu on Tuesday.",
        '"They looked smitten," a source said.',
        "The restaurant is a favourite of stars.",
        "Solberg was previously married to producer Ivo Marr.",
        "The couple were first spotted together at a game in Boston.",
    )
    found = [people for people, _, _ in meetings(extract_facts(doc, parsed))]
    assert found and all(people == ["Ken Oduya", "Mira Solberg"] for people in found)


def test_a_child_had_with_someone_makes_them_a_co_parent_not_the_child(article):
    doc, parsed = article(
        "Beach",
        "Ken Oduya, who welcomed his first child with ex-girlfriend Tova Lind in 2021, smiled.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Ken Oduya", "parent_of", "Tova Lind") not in rels
    assert ("Ken Oduya", "ex_partner_of", "Tova Lind") in rels


def test_a_split_from_a_partner_of_so_many_years(article):
    doc, parsed = article("Split", "Mira Solberg recently split from her boyfriend of three years, Ivo Marr.")
    assert relations(extract_facts(doc, parsed)) == {("Mira Solberg", "ex_partner_of", "Ivo Marr")}


def test_a_marriage_of_so_many_years_before_a_divorce_is_over(article):
    doc, parsed = article(
        "Split",
        "Ken Oduya's ex, Mira Solberg, opened up about their split.",
        "Solberg was married to Oduya for 12 years before filing for divorce in 2022.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Mira Solberg", "ex_spouse_of", "Ken Oduya")}


def test_now_dating_someone_after_a_marriage_that_ended(article):
    doc, parsed = article(
        "Gala",
        "Mira Solberg, who was married to director Ivo Marr from 2010 to 2018, is now dating chef Ken Oduya.",
    )
    facts = extract_facts(doc, parsed)
    assert relations(facts) == {
        ("Mira Solberg", "ex_spouse_of", "Ivo Marr"),
        ("Mira Solberg", "partner_of", "Ken Oduya"),
    }
    assert next(p for p in facts.people if p.name == "Ken Oduya").descriptors == ["chef"]


def test_a_dated_opening_in_the_lede_dates_and_places_the_meetings_at_it(article):
    doc, parsed = article(
        "Debut",
        "Ken Oduya made his Broadway debut on Monday night, and the opening drew a crowd to a theatre "
        "in New York.",
        "Among those in attendance were Mira Solberg and Tova Lind, who hugged Oduya backstage "
        "after the show.",
    )
    ((people, day, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ken Oduya", "Mira Solberg", "Tova Lind"]
    assert (day, city) == ("2024-03-11", "New York City")


def test_a_small_childs_age_in_words_and_an_age_before_a_colon(article):
    doc, parsed = article(
        "Kids",
        "Mira Solberg has two children with Ken Oduya, 46: son Leo, 6, and daughter Nell, two.",
        "Their youngest, Ivo Oduya (three), stayed home.",
    )
    found = ages(extract_facts(doc, parsed))
    assert {("Ken Oduya", 46), ("Nell", 2), ("Ivo Oduya", 3)} <= found


def test_the_couples_son_has_both_parents(article):
    doc, parsed = article(
        "Christmas",
        "Ken Oduya spent Christmas Day with his wife Mira at their home.",
        "Mira also shared a photo of the couple's youngest son, Leo, opening his presents.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert {("Ken Oduya", "parent_of", "Leo"), ("Mira", "parent_of", "Leo")} <= rels


def test_a_relationship_told_in_the_past_is_over(article):
    doc, parsed = article("Ex", "Ken Oduya was previously in a relationship with singer Tova Lind.")
    assert relations(extract_facts(doc, parsed)) == {("Ken Oduya", "ex_partner_of", "Tova Lind")}


def test_joining_the_family_joins_the_meeting_just_told(article):
    doc, parsed = article(
        "Christmas",
        "Ken Oduya spent Christmas Day with his wife Mira Oduya at their home in Leeds.",
        "The singer, 49, shared a snap of the tree.",
        "Oduya's mother, Ada Oduya, and his friend Ivo Marr joined the family for lunch.",
    )
    ((people, day, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Oduya", "Ivo Marr", "Ken Oduya", "Mira Oduya"]
    assert day == "2023-12-25"


def test_children_had_with_someone_listed_after_a_colon_have_both_parents(article):
    doc, parsed = article(
        "Kids", "Mira Solberg has two children with Ken Oduya, 46: son Leo, 6, and daughter Nell, 3."
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Mira Solberg", "parent_of", "Leo"),
        ("Mira Solberg", "parent_of", "Nell"),
        ("Ken Oduya", "parent_of", "Leo"),
        ("Ken Oduya", "parent_of", "Nell"),
        ("Leo", "sibling_of", "Nell"),
    }


def test_an_event_named_for_its_city_places_the_meeting():
    assert find_place("They reunited at the Venice Film Festival on Sunday.").city == "Venice"
    assert find_place("They met at the Toronto International Film Festival.").city == "Toronto"
    assert find_place("She sat front row with him during Paris Fashion Week.").city == "Paris"
    assert find_place("They met at the Sundance Film Festival.").city is None


def test_the_family_joined_later_is_the_gathering_not_the_people_named_last(article):
    doc, parsed = article(
        "Christmas",
        "Ken Oduya spent Christmas Day with his wife Mira Oduya at their home in Leeds.",
        "The singer, 49, shared a snap of the tree.",
        '"Merry Christmas," he wrote.',
        "Mira also shared a photo of the couple's son, Leo, opening his presents.",
        "Oduya's mother, Ada Oduya, joined the family for lunch.",
    )
    ((people, day, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Oduya", "Ken Oduya", "Mira Oduya"]
    assert day == "2023-12-25"


def test_according_to_a_source_before_a_partial_quote_is_the_source(article):
    # the quote describes 'the star'; the words are the unnamed source's
    doc, parsed = article(
        "Back at work",
        "Tilda Vance returned to the set on Monday.",
        "According to a source, the star is “over the moon” to be filming again.",
        "According to her friend Rosa Quell, Vance is “happier than ever”.",
    )
    facts = extract_facts(doc, parsed)
    names = by_name(facts)
    assert [(names.get(q.speaker), q.text) for q in facts.quotes] == [
        (None, "over the moon"),
        ("Rosa Quell", "happier than ever"),
    ]


def test_the_couple_is_the_partners_not_a_mother_and_daughter_or_a_director(article):
    doc, parsed = article(
        "Engaged",
        "Lina Brill is engaged!",
        "Her fiance, Rune Osk, 32, proposed last Friday, a source said.",
        "Lina Brill's mother, Dora Brill, 58, said in a statement that she was thrilled.",
        "The couple met in 2021 at a party in Nashville.",
        published="2025-08-12",
    )
    got = meetings(extract_facts(doc, parsed))
    assert (["Dora Brill", "Lina Brill"], None, "Nashville") not in got
    assert (["Lina Brill", "Rune Osk"], None, "Nashville") in got


def test_a_meeting_told_of_another_month_or_year_is_an_earlier_one(article):
    doc, parsed = article(
        "Cannes",
        "Odo Brask attended a screening at the festival on Monday with his girlfriend, Ama Quill.",
        "Brask later enjoyed dinner with director Pavel Renn.",
        "The couple first sparked romance rumours last month when they were spotted at a Lakers game.",
        published="2025-05-20",
    )
    got = meetings(extract_facts(doc, parsed))
    assert sorted(got, key=str) == sorted(
        [
            (["Ama Quill", "Odo Brask"], "2025-05-19", None),
            (["Odo Brask", "Pavel Renn"], "2025-05-19", None),
            (["Ama Quill", "Odo Brask"], None, None),
        ],
        key=str,
    )
    # a year in a who-clause is background, not the meeting's own time
    doc, parsed = article(
        "Lunch",
        "Priya Lund and Tomas Brek had lunch in Malibu on Sunday.",
        "The pair, who split the band in 2019, were all smiles as they left.",
        published="2025-05-28",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Priya Lund", "Tomas Brek"], "2025-05-25", "Malibu")]


def test_watching_together_and_a_loved_up_display_are_meetings(article):
    doc, parsed = article(
        "Courtside",
        "Nadia Kerrow and Felix Ambrose put on a loved-up display as they watched the final on Sunday.",
        "Later, Rosa Vint and Pia Maddox watched from the stands in Paris on Saturday.",
        published="2025-07-21",
    )
    assert meetings(extract_facts(doc, parsed)) == [
        (["Felix Ambrose", "Nadia Kerrow"], "2025-07-20", None),
        (["Pia Maddox", "Rosa Vint"], "2025-07-19", "Paris"),
    ]


def test_an_event_held_by_a_brand_is_no_venue_and_earlier_in_the_evening_is_that_day():
    place = find_place("They stepped out at the Netflix BAFTA after-party in London.")
    assert (place.venue, place.city) == (None, "London")
    assert find_place("at BAFTA after-party").venue is None
    assert offset_days("Earlier in the evening, the pair had posed on the red carpet.") == 0


def test_a_district_of_the_city_told_first_is_the_same_meeting(article):
    doc, parsed = article(
        "Night out",
        "Ada Brookes and Lev Marrin stepped out together at a party in London on Sunday night.",
        "The pair were all smiles as they arrived at the Firehouse in Marylebone.",
        published="2025-02-17",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Ada Brookes", "Lev Marrin"], "2025-02-16", "London")]


def test_joined_at_the_show_takes_the_day_and_town_of_the_show_told(article):
    doc, parsed = article(
        "Front row",
        "Ravi Okafor and Gemma Thistle sat side by side at the Lanvin show in Paris on Saturday.",
        "Okafor, 44, was joined at the show by his wife, Celine Okafor.",
        published="2025-10-06",
    )
    got = meetings(extract_facts(doc, parsed))
    assert (["Celine Okafor", "Ravi Okafor"], "2025-10-04", "Paris") in got
