"""Meetings told sideways: a negation that tells closeness ('couldn't keep their hands off each
other'), and someone who 'was later joined by' a friend where the story's meeting was. Tiny
invented texts."""

from test_extract_facts import meetings

from limelight.extract import extract_facts


def test_a_fond_denial_is_a_meeting(article):
    doc, parsed = article(
        "Courtside",
        "Nia Corvel and Bram Ostler couldn't keep their hands off each other at the game in Boston "
        "on Sunday.",
        "Ilse Tarrow never left Teo Marr's side at the party in Oslo on Monday.",
        "Ada Brenn did not meet Tom Vale in Rome.",
    )
    found = sorted((people, city) for people, _, city in meetings(extract_facts(doc, parsed)))
    assert found == [(["Bram Ostler", "Nia Corvel"], "Boston"), (["Ilse Tarrow", "Teo Marr"], "Oslo")]


def test_someone_later_joined_is_joined_where_the_meeting_was(article):
    doc, parsed = article(
        "Courtside",
        "Nia Corvel sat courtside with Bram Ostler at the game in Boston on Sunday.",
        "Ostler, 28, was later joined by his teammate Teo Marr.",
    )
    found = sorted((people, date, city) for people, date, city in meetings(extract_facts(doc, parsed)))
    assert found == [
        (["Bram Ostler", "Nia Corvel"], "2024-03-10", "Boston"),
        (["Bram Ostler", "Teo Marr"], "2024-03-10", "Boston"),
    ]


def test_someones_grandmother_there_does_not_put_them_there(article):
    doc, parsed = article(
        "Party",
        "Nia Corvel attended the party with her half-sister Ilse Tarrow.",
        "Teo Marr's grandmother, Ada Brenn, 90, was also there.",
    )
    ((people, _, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Brenn", "Ilse Tarrow", "Nia Corvel"]


def test_longtime_pals_reunited_and_arms_around_and_an_also_joined_daughter(article):
    doc, parsed = article(
        "Premiere",
        "Nia Corvel and Bram Ostler are proving that old friendships last.",
        "The longtime pals reunited on the red carpet at the Toronto International Film Festival on "
        "Friday night.",
        "Corvel, 44, wrapped her arms around Ostler, 47, outside Roy Thomson Hall.",
        "Ostler, who split from his wife of 12 years, Ilse Tarrow, last year, was also joined by his "
        "teenage daughter, Poppy, 16.",
    )
    facts = extract_facts(doc, parsed)
    assert "Roy Thomson Hall" not in {p.name for p in facts.people}
    assert meetings(facts) == [(["Bram Ostler", "Nia Corvel", "Poppy"], "2024-03-15", "Toronto")]


def test_a_trip_with_someone_is_dated_by_its_own_clause_not_the_post_about_it(article):
    doc, parsed = article(
        "Birthday trip",
        "The reality star Nia Corvel jetted off to Cabo San Lucas, Mexico, with her boyfriend Bram Ostler "
        "over the weekend, sharing snaps from the trip on Instagram on Sunday.",
        published="2026-01-12",
    )
    assert meetings(extract_facts(doc, parsed)) == [
        (["Bram Ostler", "Nia Corvel"], "2026-01-10", "Cabo San Lucas")
    ]


def test_getaways_strolls_and_fond_states_are_meetings_and_they_are_the_two_named(article):
    doc, parsed = article(
        "Romance",
        "Nia Corvel and Bram Ostler enjoyed a romantic getaway to Capri last week.",
        "Ilse Tarrow and Teo Marr looked loved-up as they strolled through Soho on Tuesday.",
        "Ada Brenn and Tom Vale were inseparable at the afterparty in Leeds on Friday.",
    )
    found = sorted((people, city) for people, _, city in meetings(extract_facts(doc, parsed)))
    assert found == [
        (["Ada Brenn", "Tom Vale"], "Leeds"),
        (["Bram Ostler", "Nia Corvel"], "Capri"),
        (["Ilse Tarrow", "Teo Marr"], "Soho"),
    ]


def test_guests_at_a_gathering_the_lede_names_share_its_occasion(article):
    doc, parsed = article(
        "Best dressed",
        "The stars came out for the Golden Hour Awards at the Palladium in London on Sunday night.",
        "Teo Marr and wife Jana Marr coordinated in matching white.",
    )
    ((people, _, city),) = meetings(facts := extract_facts(doc, parsed))
    assert (people, city, facts.meetings[0].occasion) == (
        ["Jana Marr", "Teo Marr"],
        "London",
        "Golden Hour Awards",
    )


def test_two_people_who_went_shopping(article):
    doc, parsed = article(
        "Paris", "Ada Brenn, 45, and her daughter Kim Brenn, 19, went shopping in Paris on Sunday."
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Ada Brenn", "Kim Brenn"], "2024-03-10", "Paris")]


def test_together_online_is_no_meeting(article):
    doc, parsed = article(
        "Online",
        "Ada Brenn joined Tom Vale on Instagram Live on Friday.",
        "Cal Dunn duetted with Eve Moss via video link.",
        "Kim Lo joined Ian Holt on stage in Paris on Monday.",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Ian Holt", "Kim Lo"], "2024-03-11", "Paris")]


def test_by_his_side_at_an_event_but_not_standing_by_someone(article):
    doc, parsed = article(
        "Award",
        "Ian Holt won the award in Oslo on Friday. His wife, Eve Moss, was by his side.",
        "Kim Lo stood by Ian Holt's side during the scandal.",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Eve Moss", "Ian Holt"], "2024-03-15", "Oslo")]


def test_a_gatherings_guest_list_meets_its_host(article):
    doc, parsed = article(
        "Party",
        "Nia Corvel's 60th birthday bash in Oslo on Saturday drew Bram Ostler and Ilse Tarrow.",
        "Guests at Teo Marr's wedding in Capri on Sunday included Ada Brenn and Tom Vale.",
        "Kim Lo attended the party.",
    )
    found = sorted(people for people, _, _ in meetings(extract_facts(doc, parsed)))
    assert found == [["Ada Brenn", "Teo Marr", "Tom Vale"], ["Bram Ostler", "Ilse Tarrow", "Nia Corvel"]]


def test_played_host_to_someone(article):
    doc, parsed = article(
        "Host", "Kim Lo played host to Ian Holt in Oslo on Monday.", "Ada Brenn played the host in a film."
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Ian Holt", "Kim Lo"], "2024-03-11", "Oslo")]


def test_a_shared_table_and_a_seat_next_to_someone(article):
    doc, parsed = article(
        "Paris",
        "Nia Corvel and Bram Ostler shared a table at the dinner in Paris on Tuesday.",
        "Ilse Tarrow was seated next to Teo Marr at the show in Paris on Monday.",
    )
    assert sorted(meetings(extract_facts(doc, parsed))) == [
        (["Bram Ostler", "Nia Corvel"], "2024-03-12", "Paris"),
        (["Ilse Tarrow", "Teo Marr"], "2024-03-11", "Paris"),
    ]


def test_a_caption_of_two_people_pictured_together(article):
    doc, parsed = article(
        "Premiere night",
        "The stars turned out for the premiere in London on Monday.",
        captions=[
            "Nia Corvel and Bram Ostler at the premiere of Harbour Glass in London on Monday.",
            "Ilse Tarrow arrives at the premiere.",
            "Teo Marr with his wife Ada Marr outside the cinema.",
            "Kim Lo (left) and Ian Holt (right) at the party.",
        ],
    )
    found = sorted(people for people, _, _ in meetings(extract_facts(doc, parsed)))
    assert found == [["Ada Marr", "Teo Marr"], ["Bram Ostler", "Nia Corvel"], ["Ian Holt", "Kim Lo"]]
