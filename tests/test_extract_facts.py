"""Ages, dates, places, meetings, quotes and relations on tiny texts."""

from datetime import date

from limelight.extract import extract_facts
from limelight.extract.dates import offset_days, resolve_date
from limelight.extract.places import find_place


def by_name(facts):
    return {p.key: p.name for p in facts.people}


def ages(facts):
    names = by_name(facts)
    return {(names[a.person], a.age) for a in facts.ages}


def meetings(facts):
    names = by_name(facts)
    return [(sorted(names[k] for k in m.participants), m.date, m.city) for m in facts.meetings]


# ----------------------------------------------------------------- ages


def test_ages_in_apposition_brackets_and_descriptors(article):
    doc, parsed = article(
        "Reunion",
        "Mira Solberg, 41, met Ken Oduya (39) on Friday.",
        "The 39-year-old singer said it was fun. Ken, who turned 40 on Sunday, left early.",
    )
    assert {("Mira Solberg", 41), ("Ken Oduya", 39), ("Ken Oduya", 40)} <= ages(extract_facts(doc, parsed))


def test_ages_in_who_clauses_after_aged_and_after_a_hyphenated_role(article):
    doc, parsed = article(
        "Premiere night",
        "Suri Band, who is 35, arrived with Omar Teel aged 41.",
        "Vera Lusk walked the carpet with her sister on Sunday.",
        "The mother-of-two, 44, told E! News on the carpet: \u201cI feel lucky tonight.\u201d",
        "Suri Band, who is 6 months pregnant, left early.",
    )
    facts = extract_facts(doc, parsed)
    assert ages(facts) == {("Suri Band", 35), ("Omar Teel", 41), ("Vera Lusk", 44)}
    names = by_name(facts)
    assert [(names[q.speaker], q.text) for q in facts.quotes] == [("Vera Lusk", "I feel lucky tonight.")]


def test_a_year_old_role_noun_is_the_person_before_not_the_child(article):
    doc, parsed = article(
        "Birthday",
        "Zane Ollo has shared a rare photo with his son Milo to mark the boy's 10th birthday.",
        "The 48-year-old rocker posted the snap on Wednesday.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Zane Ollo", 48)}


def test_two_described_people_with_ages_in_one_sentence(article):
    # 'restaurateur' is on no word list: a trade-shaped noun given an age is a person, and the
    # second of two joined descriptions is the other partner.
    doc, parsed = article(
        "Split",
        "Jada Fennick and Marco Lindgren have split after eight years, her rep confirmed.",
        "The actress, 41, and the restaurateur, 45, wed in 2017.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Jada Fennick", 41), ("Marco Lindgren", 45)}


def test_inverted_attribution_and_a_name_quoted_is_not_the_one_aged(article):
    doc, parsed = article(
        "Premiere",
        "Pia Lornet gushed about her co-star Dev Amarin at the premiere in Berlin on Friday.",
        "\u201cHe is the funniest man alive,\u201d said Lornet, 33.",
        "Amarin returned the compliment. \u201cPia carried this film,\u201d the 40-year-old told reporters.",
    )
    facts = extract_facts(doc, parsed)
    assert ("Pia Lornet", 40) not in ages(facts)
    names = by_name(facts)
    assert [names.get(q.speaker) for q in facts.quotes] == ["Pia Lornet", "Dev Amarin"]


def test_posting_is_not_meeting_and_an_aged_speaker_after_the_quote(article):
    doc, parsed = article(
        "Posts",
        "Gia Rollet took to Instagram to share a snap with Hal Bennick, writing: \u201cMy human.\u201d",
        "\u201cI adore her,\u201d Bennick, 50, captioned his own post.",
        published="2025-02-17",
    )
    facts = extract_facts(doc, parsed)
    assert meetings(facts) == []
    names = by_name(facts)
    assert [names.get(q.speaker) for q in facts.quotes] == ["Gia Rollet", "Hal Bennick"]


def test_more_age_phrasings_and_numbers_after_is_that_are_not_ages(article):
    doc, parsed = article(
        "Ages",
        "Nina Holtby (pictured), 45, smiled at Ben Crayton.",
        "Ben Crayton, who celebrated his 50th birthday last week, waved.",
        "Oda Ferrin is 33 and loving it.",
        "Lev Amsel is 6 feet tall, and Tim Roff was 12 when he started acting.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Nina Holtby", 45), ("Ben Crayton", 50), ("Oda Ferrin", 33)}


def test_numbers_that_are_not_ages(article):
    doc, parsed = article("Money", "Mira Solberg, 2019, raised 40 million for charity.")
    assert ages(extract_facts(doc, parsed)) == set()


# ----------------------------------------------------------------- dates and places


def test_relative_dates_resolve_against_publication():
    pub = date(2024, 3, 15)  # a Friday
    assert resolve_date("They met last night.", pub) == date(2024, 3, 14)
    assert resolve_date("They met on Tuesday night.", pub) == date(2024, 3, 12)
    assert resolve_date("They met on Friday.", pub) == date(2024, 3, 15)
    assert resolve_date("They met at the weekend.", pub) == date(2024, 3, 9)
    assert resolve_date("They met on Saturday, March 2.", pub) == date(2024, 3, 2)
    assert resolve_date("They met at the weekend.", None) is None
    assert resolve_date("Ken, who turned 40 on Sunday, met her.", pub) is None
    assert resolve_date("They met last Friday.", pub) == date(2024, 3, 8)  # a week back, not today
    assert resolve_date("They met two days ago.", pub) == date(2024, 3, 13)
    assert resolve_date("They kissed on New Year’s Eve.", pub) == date(2023, 12, 31)
    assert resolve_date("They dined on Valentine's Day.", pub) == date(2024, 2, 14)


def test_day_offsets():
    assert offset_days("Two days earlier, they hugged.") == -2
    assert offset_days("It came three days after they met.") == -3
    assert offset_days("A week later they met again.") == 7


def test_places_from_gazetteer():
    place = find_place("They hugged backstage at the Lantern Hall in Charlotte, North Carolina.")
    assert (place.city, place.region, place.country) == ("Charlotte", "North Carolina", "United States")
    assert place.venue == "Lantern Hall"
    assert find_place("The Hollywood action star waved in London.").city == "London"


# ----------------------------------------------------------------- meetings


def test_meeting_with_date_and_place(article):
    doc, parsed = article(
        "Mira Solberg kisses Ken Oduya",
        "Mira Solberg kissed Ken Oduya backstage in Madrid on Tuesday night.",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Ken Oduya", "Mira Solberg"], "2024-03-12", "Madrid")]


def test_a_sighting_hand_in_hand_is_a_meeting_but_a_photo_of_it_is_not(article):
    doc, parsed = article(
        "Sightings",
        "Mara Quill and Desi Harte were seen strolling hand in hand along the river on Sunday.",
        "Later, Nell Osei posted a picture of Bo Lind and Cy Marr arm in arm.",
        published="2025-03-10",
    )
    got = meetings(extract_facts(doc, parsed))
    assert [set(m[0]) for m in got] == [{"Mara Quill", "Desi Harte"}]


def test_a_meeting_told_against_rumours_is_still_a_meeting(article):
    doc, parsed = article(
        "Night out",
        "Tamsin Vey and Rollo Dunne stepped out together in Leeds on Tuesday for the first time "
        "since rumours of a split.",
        "Fans speculated that Rollo Dunne had met Ines Carr in secret.",
        published="2025-03-13",
    )
    assert meetings(extract_facts(doc, parsed)) == [(["Rollo Dunne", "Tamsin Vey"], "2025-03-11", "Leeds")]


def test_the_lovebirds_kissing_is_a_meeting_and_sharing_a_photo_is_not(article):
    doc, parsed = article(
        "Getaway",
        "Lia Moreau and her boyfriend Dax Reed spent the weekend in Paris.",
        "The lovebirds were photographed kissing outside their hotel on Saturday.",
        "Zane Ollo shared a rare photo with his son Milo Ollo on Instagram.",
        published="2025-03-12",
    )
    got = meetings(extract_facts(doc, parsed))
    assert [m[0] for m in got] == [["Dax Reed", "Lia Moreau"]]
    assert got[0][1] == "2025-03-08"


def test_cosying_up_is_a_meeting_and_an_outlet_is_not_a_person(article):
    doc, parsed = article(
        "Gala night",
        "Cass Embry, 29, cosied up to Otto Brandl at a gala in Boston on Monday night.",
        "\u201cWe're just having fun,\u201d Embry told Vogue in an interview.",
        "Brandl previously dated model Ivy Lowry.",
        published="2025-05-06",
    )
    facts = extract_facts(doc, parsed)
    assert meetings(facts) == [(["Cass Embry", "Otto Brandl"], "2025-05-05", "Boston")]
    assert "Vogue" not in by_name(facts).values()
    assert ("Otto Brandl", "ex_partner_of", "Ivy Lowry") in relations(facts)


def test_two_people_arriving_as_one_subject_is_a_meeting_unless_apart(article):
    doc, parsed = article(
        "Awards night",
        "Ada Quellin and Lev Sornby were all smiles as they arrived at the awards in Denver on Sunday.",
        "Mo Reyes and Kai Tull arrived separately at the awards on Sunday.",
        "The couple, who got engaged in December, held hands on the red carpet.",
        published="2025-02-03",
    )
    got = meetings(extract_facts(doc, parsed))
    assert got == [(["Ada Quellin", "Lev Sornby"], "2025-02-02", "Denver")]


def test_a_city_name_shared_by_several_places_follows_the_article(article):
    def region_of(*paragraphs: str) -> str | None:
        doc, parsed = article("Night out", *paragraphs, published="2025-02-17")
        return extract_facts(doc, parsed).meetings[0].region

    kiss = "Ria Vossen and Cal Piket were seen kissing in West Hollywood on Friday."
    assert region_of(kiss.replace("Hollywood on", "Hollywood, California, on")) == "California"
    assert region_of(kiss, "Vossen flew back to Los Angeles later.") == "California"
    assert region_of(kiss, "The pair then drove to Miami.") == "Florida"


def test_a_group_photo_takes_its_day_and_place_from_the_guest_list_before(article):
    doc, parsed = article(
        "Party",
        "Guests at the birthday bash in Miami on Saturday included Abe Lotter, Cara Nyxon and Dom Pellow.",
        "Lotter posed for a group photo with Nyxon and Pellow.",
        published="2025-02-17",
    )
    got = meetings(extract_facts(doc, parsed))
    assert got == [(["Abe Lotter", "Cara Nyxon", "Dom Pellow"], "2025-02-15", "Miami")]


def test_attendance_negation_and_future_are_not_meetings(article):
    doc, parsed = article(
        "Gala",
        "Ken Oduya was also at the gala but did not meet Mira Solberg.",
        "Mira Solberg will be joined by Ada Brenn on tour next year.",
    )
    assert meetings(extract_facts(doc, parsed)) == []


def test_group_photo_joins_the_pair(article):
    doc, parsed = article(
        "Duet",
        "Mira Solberg hugged Ken Oduya on stage in Oslo last night.",
        "Backstage, the pair posed for a group photo with producer Ada Brenn.",
    )
    ((people, when, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ada Brenn", "Ken Oduya", "Mira Solberg"] and when == "2024-03-14" and city == "Oslo"


def test_two_days_earlier_counts_back_from_the_dated_meeting(article):
    doc, parsed = article(
        "Party",
        "Mira Solberg had dinner with Ken Oduya in Rome last night.",
        "Two days earlier, Mira Solberg had hugged Ada Brenn in Milan.",
    )
    found = meetings(extract_facts(doc, parsed))
    assert (["Ada Brenn", "Mira Solberg"], "2024-03-12", "Milan") in found


# ----------------------------------------------------------------- quotes


def test_quote_speakers_named_pronoun_and_anonymous(article):
    doc, parsed = article(
        "Chat",
        "Mira Solberg waved. “I loved every minute,” she said.",
        "A source said: “They are inseparable.”",
        "Ken Oduya told reporters: “We will be back.”",
    )
    facts = extract_facts(doc, parsed)
    names = by_name(facts)
    got = {(q.text.strip(",. "), names.get(q.speaker)) for q in facts.quotes}
    assert got == {
        ("I loved every minute", "Mira Solberg"),
        ("They are inseparable", None),
        ("We will be back", "Ken Oduya"),
    }


def test_speaker_after_a_possessive_and_after_a_show_title(article):
    doc, parsed = article(
        "Quotes",
        "Vera Lindell spoke about her album on a podcast.",
        "Speaking on The Late Hour podcast, Omar Zedan said: \u201cVera is a genius.\u201d",
        "\u201cWe are so proud,\u201d Lindell's mother, Ruth Lindell, told reporters.",
    )
    facts = extract_facts(doc, parsed)
    names = by_name(facts)
    assert [(names.get(q.speaker), q.text) for q in facts.quotes] == [
        ("Omar Zedan", "Vera is a genius."),
        ("Ruth Lindell", "We are so proud,"),
    ]


def test_song_titles_in_quotes_are_not_quotes(article):
    doc, parsed = article("Duet", 'Mira Solberg and Ken Oduya sang their duet "Silver Lake Road" again.')
    assert extract_facts(doc, parsed).quotes == []


def test_multi_paragraph_quote_keeps_its_speaker(article):
    doc, parsed = article(
        "Caption",
        "Mira Solberg wrote on Instagram: “What a night.",
        "“Thank you all for coming.”",
    )
    facts = extract_facts(doc, parsed)
    names = by_name(facts)
    assert [names.get(q.speaker) for q in facts.quotes] == ["Mira Solberg", "Mira Solberg"]
    assert facts.quotes[0].medium == "Instagram"


# ----------------------------------------------------------------- relations


def relations(facts):
    names = by_name(facts)
    return {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}


def test_kinship_phrases(article):
    doc, parsed = article(
        "Family",
        "Ken Oduya split from his ex-wife Ada Brenn in 2015, but the pair share a daughter, Lina Oduya.",
        "Ada Brenn's younger sister Tova Brenn was there too.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Ken Oduya", "ex_spouse_of", "Ada Brenn") in rels or (
        "Ada Brenn",
        "ex_spouse_of",
        "Ken Oduya",
    ) in rels
    assert ("Ada Brenn", "sibling_of", "Tova Brenn") in rels
    assert ("Ken Oduya", "parent_of", "Lina Oduya") in rels


def test_a_split_from_a_husband_is_a_former_marriage_only(article):
    doc, parsed = article(
        "Moving on",
        "Tessa Varn, who split from husband Rolf Amis last year, looked happy in Rome.",
        "Ivo Penn, who broke up with girlfriend Lia Sorel in May, was there too.",
    )
    rels = relations(extract_facts(doc, parsed))
    pairs = {frozenset((s, o)): p for s, p, o in rels}
    assert pairs[frozenset(("Tessa Varn", "Rolf Amis"))] == "ex_spouse_of"
    assert ("Tessa Varn", "spouse_of", "Rolf Amis") not in rels
    assert pairs[frozenset(("Ivo Penn", "Lia Sorel"))] == "ex_partner_of"


def test_the_couple_who_married_are_spouses(article):
    doc, parsed = article(
        "Dinner",
        "Tina Vale and Rory Dunne left a restaurant in Leeds together.",
        "The couple, who married in 2019, were all smiles.",
        "Ada Moss and Ben Kerr, the couple who married in 2010 and divorced in 2016, were not there.",
    )
    rels = relations(extract_facts(doc, parsed))
    spouses = {frozenset((s, o)) for s, p, o in rels if p == "spouse_of"}
    assert spouses == {frozenset(("Tina Vale", "Rory Dunne"))}


def test_friendship_phrasings_and_a_former_girlfriend(article):
    doc, parsed = article(
        "Launch",
        "Ula Brisk's BFF Nora Vancey was by her side at the launch in London.",
        "Ula Brisk, a close friend of Ian Holter, also posed with him.",
        "Good friends Pete Arnot and Max Quillon shared a table.",
        "Quillon's former girlfriend, Dina Salter, arrived later.",
        "Tom Reeve hugged Big Brother star Lina Voss.",
    )
    rels = {(frozenset((s, o)), p) for s, p, o in relations(extract_facts(doc, parsed))}
    assert rels == {
        (frozenset(("Ula Brisk", "Nora Vancey")), "friend_of"),
        (frozenset(("Ula Brisk", "Ian Holter")), "friend_of"),
        (frozenset(("Pete Arnot", "Max Quillon")), "friend_of"),
        (frozenset(("Max Quillon", "Dina Salter")), "ex_partner_of"),
    }


def test_children_listed_together_are_each_a_child_and_siblings(article):
    doc, parsed = article(
        "Anniversary",
        "Ada Brook and her husband Cale Wynn marked their anniversary with a dinner in Paris.",
        "The couple, who married in 2014, share daughters Ivy, 6, and Juno, 2, who stayed at home.",
    )
    rels = relations(extract_facts(doc, parsed))
    for parent in ("Ada Brook", "Cale Wynn"):
        assert {(parent, "parent_of", "Ivy"), (parent, "parent_of", "Juno")} <= rels
    assert ("Ivy", "sibling_of", "Juno") in rels or ("Juno", "sibling_of", "Ivy") in rels


def test_a_kin_word_lists_only_names_that_follow_as_a_list(article):
    doc, parsed = article(
        "Premiere",
        "Rhea Moss, 40, brought her son Tobin Moss and producer Emil Fenn to the premiere.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Rhea Moss", "parent_of", "Tobin Moss") in rels
    assert not any("Emil Fenn" in (s, o) for s, _, o in rels)


def test_rumours_and_metaphors_are_not_relations(article):
    doc, parsed = article(
        "Rumours",
        "Fans speculated that Mira Solberg was dating Ken Oduya.",
        "“Ken Oduya is the brother I never had,” Mira Solberg said.",
    )
    assert relations(extract_facts(doc, parsed)) == set()


def test_married_to_and_friends(article):
    doc, parsed = article(
        "Couple",
        "Mira Solberg, who has been married to chef Ken Oduya since 2010, dined with pal Ada Brenn.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert ("Mira Solberg", "spouse_of", "Ken Oduya") in rels
    assert ("Mira Solberg", "friend_of", "Ada Brenn") in rels


def test_a_place_name_in_a_role_is_no_place():
    assert find_place("The Brighton actress, 36, left the hotel.").city is None
    assert find_place("She waved at her Brighton gig.").city == "Brighton"


def test_people_in_a_who_clause_are_not_at_the_meeting(article):
    doc, parsed = article(
        "Dinner",
        "Ada Brenn, who was once married to actor Ken Oduya, was joined by Tova Lind in Rome on Monday.",
    )
    (found,) = meetings(extract_facts(doc, parsed))
    assert found[0] == ["Ada Brenn", "Tova Lind"]


def test_someone_performing_while_a_pair_kiss_is_not_in_their_meeting(article):
    doc, parsed = article(
        "Festival",
        "Mira Solberg and Ken Oduya were pictured kissing as Ada Brenn performed on the main stage.",
        "The pair were later joined by Ken's sister Tova Lind, who flew in from London.",
    )
    ((people, _, city),) = meetings(extract_facts(doc, parsed))
    assert people == ["Ken Oduya", "Mira Solberg", "Tova Lind"] and city is None


def test_a_possessed_year_old_is_someone_elses_age(article):
    doc, parsed = article(
        "Outing",
        "Olek Brandl, 38, took his 4-year-old daughter to the park.",
        "Nadia Ferro arrived with her 40-year-old co-star Ken Oduya.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Olek Brandl", 38), ("Ken Oduya", 40)}


def test_a_pronoun_in_a_clause_on_a_noun_does_not_set_the_gender(article):
    # 'he' in "had no idea he was there" is someone else: it must not make Zarek a man, so
    # the later "Her ex-husband" still finds Zarek rather than the last woman named.
    doc, parsed = article(
        "Zarek Voll plays a sold-out night in Lisbon",
        "Zarek Voll, 30, shared the stage with the guitarist's sister Amira, 22.",
        "Zarek had no idea he was in the crowd until the show ended, a friend said.",
        "Her ex-husband, drummer Felix Darrow, was seen near the bar.",
    )
    facts = extract_facts(doc, parsed)
    names = {p.key: p.name for p in facts.people}
    pairs = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert ("Zarek Voll", "ex_spouse_of", "Felix Darrow") in pairs
    assert not any("Amira" in (s, o) for s, p, o in pairs if p == "ex_spouse_of")


def test_a_headline_quote_belongs_to_whoever_says_it(article):
    # A Title Case headline names both people in one capitalised run; the quote is hers
    # because 'She Says' comes right before it, not because she is named first.
    doc, parsed = article(
        "Bram Keller Hugs Odette Vane Backstage As She Says It Was ‘A Perfect Night’",
        "Bram Keller, 51, went backstage after Odette Vane played London on Friday.",
        "Odette Vane, 44, thanked her band and the crowd.",
    )
    facts = extract_facts(doc, parsed)
    names = {p.key: p.name for p in facts.people}
    headline_quote = next(q for q in facts.quotes if q.text == "A Perfect Night")
    assert names[headline_quote.speaker] == "Odette Vane"


def test_evidence_is_the_sentence_without_the_blank_around_it(article):
    doc, parsed = article("Night out", "Ada Brenn, 41, hugged Ken Oduya in Leeds on Monday.", "They laughed.")
    facts = extract_facts(doc, parsed)
    for ev in [a.evidence for a in facts.ages] + [m.evidence for m in facts.meetings]:
        assert ev.text == ev.text.strip() and doc.text[ev.start : ev.end] == ev.text


def test_holidays_that_move_from_year_to_year():
    from datetime import date

    from limelight.extract.dates import resolve_date

    published = date(2025, 12, 1)
    assert resolve_date("They hugged on Thanksgiving.", published) == date(2025, 11, 27)
    assert resolve_date("They met on Memorial Day.", published) == date(2025, 5, 26)
    assert resolve_date("They kissed on Easter Sunday.", published) == date(2025, 4, 20)
    assert resolve_date("They dined over the Labor Day weekend.", published) is None  # several days
