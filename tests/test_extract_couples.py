"""Couples: proposals as meetings, matchmakers who are not one of the pair, and an object pronoun
that means a possessor in the subject. Each on tiny invented texts."""

from test_extract_facts import meetings, relations

from limelight.extract import extract_facts


def test_a_proposal_to_a_possessor_of_the_subject(article):
    doc, parsed = article(
        "Engaged", "Actress Nia Corvel's fiancé Bram Ostler proposed to her in Lisbon on Monday."
    )
    ((people, _, city),) = meetings(extract_facts(doc, parsed))
    assert (people, city) == (["Bram Ostler", "Nia Corvel"], "Lisbon")


def test_a_proposal_told_from_one_side_is_to_the_partner(article):
    doc, parsed = article(
        "Engaged", "Nia Corvel is engaged to Bram Ostler.", "He popped the question in Lisbon on Monday."
    )
    ((people, _, city),) = meetings(extract_facts(doc, parsed))
    assert (people, city) == (["Bram Ostler", "Nia Corvel"], "Lisbon")


def test_a_proposal_by_her_fiance(article):
    doc, parsed = article(
        "Engaged",
        "Singer Nia Corvel is engaged. Her fiancé, producer Bram Ostler, proposed in Lisbon on Monday.",
    )
    ((people, _, _),) = meetings(extract_facts(doc, parsed))
    assert people == ["Bram Ostler", "Nia Corvel"]


def test_the_friend_who_introduced_a_pair_is_not_one_of_it(article):
    doc, parsed = article(
        "Dating",
        "Nia Corvel had dinner with Bram Ostler in Lisbon.",
        "The pair, who were introduced by mutual friend Ilse Tarrow, have been dating since June.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Bram Ostler", "partner_of", "Nia Corvel")}


def test_someone_dated_after_capitalised_words_of_who_they_are(article):
    doc, parsed = article(
        "Exes",
        "Nia Corvel previously dated Danish DJ Joost ter Haar.",
        "Bram Ostler married Oscar-winning director Ilse Tarrow in 2019.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Nia Corvel", "ex_partner_of", "Joost ter Haar"),
        ("Bram Ostler", "spouse_of", "Ilse Tarrow"),
    }


def test_a_role_in_the_object_means_the_partner_just_named(article):
    doc, parsed = article(
        "Lunch",
        "Bram Ostler and Nia Corvel had lunch.",
        "Ostler, who split from his wife of eight years, Ilse Tarrow, last autumn, shares two children "
        "with the French actress.",
        "Ilse Tarrow was engaged to Teo Marr until last year.",
    )
    facts = extract_facts(doc, parsed)
    assert {p.name: p.descriptors for p in facts.people}["Ilse Tarrow"] == ["French actress"]
    assert ("Ilse Tarrow", "ex_partner_of", "Teo Marr") in relations(facts)


def test_a_child_welcomed_named_or_set_off_by_commas(article):
    doc, parsed = article(
        "Baby",
        "Nia Corvel and husband Bram Ostler welcomed their first child, a daughter named Nell, last week.",
        "Ilse Tarrow and Teo Marr welcomed a son, Otis, in May.",
    )
    assert {
        ("Nia Corvel", "parent_of", "Nell"),
        ("Bram Ostler", "parent_of", "Nell"),
        ("Ilse Tarrow", "parent_of", "Otis"),
        ("Teo Marr", "parent_of", "Otis"),
    } <= relations(extract_facts(doc, parsed))


def test_a_widow_and_an_ex_who_is_also_the_co_parent(article):
    doc, parsed = article(
        "Tribute",
        "Nia Corvel, the widow of Bram Ostler, spoke at the gala.",
        "Ilse Tarrow's ex-husband and co-parent Teo Marr attended.",
    )
    rels = relations(extract_facts(doc, parsed))
    assert {("Bram Ostler", "spouse_of", "Nia Corvel"), ("Ilse Tarrow", "ex_spouse_of", "Teo Marr")} <= rels


def test_a_wedding_told_first_undated_then_dated_and_not_dated_by_the_announcement(article):
    doc, parsed = article(
        "Wedding",
        "Veteran actor Bram Ostler has married his longtime partner, the painter Teo Marr, in a private "
        "ceremony in Santa Fe, his publicist said on Tuesday.",
        "The couple, who have been together for 25 years, exchanged vows on Saturday in front of 40 "
        "friends, including Ostler's co-star Ilse Tarrow.",
        published="2025-05-13",
    )
    facts = extract_facts(doc, parsed)
    assert relations(facts) == {("Bram Ostler", "spouse_of", "Teo Marr")}
    assert meetings(facts) == [(["Bram Ostler", "Ilse Tarrow", "Teo Marr"], "2025-05-10", "Santa Fe")]


def test_tied_the_knot_is_married_and_a_plan_is_not(article):
    doc, parsed = article(
        "Wed",
        "Ada Brenn and Tom Vale tied the knot in Las Vegas last weekend.",
        "Kim Lo and Ian Holt will tie the knot next year.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Ada Brenn", "spouse_of", "Tom Vale")}


def test_a_child_on_the_way_with_someone(article):
    doc, parsed = article(
        "Baby news",
        "Nia Corvel is expecting her first child with Bram Ostler.",
        "Ilse Tarrow is pregnant with Teo Marr's baby.",
        "Kim Lo is expecting twins with husband Ian Holt.",
    )
    facts = extract_facts(doc, parsed)
    assert relations(facts) == {
        ("Nia Corvel", "partner_of", "Bram Ostler"),
        ("Ilse Tarrow", "partner_of", "Teo Marr"),
        ("Kim Lo", "spouse_of", "Ian Holt"),
    }
    assert meetings(facts) == []


def test_couples_that_parted_and_a_denial(article):
    doc, parsed = article(
        "Splits",
        "Nia Corvel and Bram Ostler have called off their engagement.",
        "Ada Brenn and Tom Vale are separating, their reps confirmed.",
        "Kim Lo and Ian Holt broke up last month.",
        "Cal Dunn denied that he and Eve Moss had split.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Nia Corvel", "ex_partner_of", "Bram Ostler"),
        ("Ada Brenn", "ex_spouse_of", "Tom Vale"),
        ("Kim Lo", "ex_partner_of", "Ian Holt"),
    }


def test_everyone_in_a_list_of_exes(article):
    doc, parsed = article("Exes", "Nia Corvel has previously dated Bram Ostler, Teo Marr and Ian Holt.")
    assert relations(extract_facts(doc, parsed)) == {
        ("Nia Corvel", "ex_partner_of", "Bram Ostler"),
        ("Nia Corvel", "ex_partner_of", "Teo Marr"),
        ("Nia Corvel", "ex_partner_of", "Ian Holt"),
    }


def test_a_tie_denied_or_laughed_off_is_no_relation(article):
    doc, parsed = article(
        "Denied",
        "Gus Millar denied he was dating Tess Arden.",
        "Kaja Holm laughed off claims that she had married Sven Orr.",
        "Ida Brem, who married Olaf Sten in 2015, dismissed the report.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Ida Brem", "spouse_of", "Olaf Sten")}


def test_a_pair_who_dated_with_no_one_named_after_are_exes(article):
    doc, parsed = article(
        "Reunited",
        "Fenna Roux and Bastian Kell, who dated in 2019, reunited on Friday.",
        "The show went on.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Fenna Roux", "ex_partner_of", "Bastian Kell")}


def test_a_tie_told_as_hearsay_is_no_relation(article):
    doc, parsed = article(
        "Claims",
        "Sources claim Eva Lisk has secretly married Bo Hart.",
        "Tilde Mork is believed to be dating Rune Ask. Vera Sol is thought to have wed Kit Rye.",
        "Ulla Dahl, who married Ivar Vik in 2012, said the claims were false.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Ulla Dahl", "spouse_of", "Ivar Vik")}


def test_someones_parents_named_are_parents_of_each_owner(article):
    doc, parsed = article(
        "Family",
        "Britt Sand is an actress.",
        "Britt Sand and Oskar Sand's parents, Inga Sand and Lars Sand, watched.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Inga Sand", "parent_of", "Oskar Sand"),
        ("Inga Sand", "parent_of", "Britt Sand"),
        ("Lars Sand", "parent_of", "Oskar Sand"),
        ("Lars Sand", "parent_of", "Britt Sand"),
        ("Oskar Sand", "sibling_of", "Britt Sand"),
    }


def test_a_one_time_fiance_is_an_ex_and_pals_are_friends(article):
    doc, parsed = article(
        "Out",
        "Kari Nes left early. Nes's one-time fiancé Arvid Lie was there.",
        "Lone Krag and Pil Ebbe have been pals since school.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Kari Nes", "ex_partner_of", "Arvid Lie"),
        ("Lone Krag", "friend_of", "Pil Ebbe"),
    }


def test_a_new_man_or_a_love_is_a_partner_but_love_for_is_not(article):
    doc, parsed = article(
        "Love",
        "Ylva Berg and her new man, Dag Ros, were seen.",
        "Her love for Stig Holm is clear, Tove Lyng said. Lyng's love, Eskil Gran, 33, is a banker.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Ylva Berg", "partner_of", "Dag Ros"),
        ("Tove Lyng", "partner_of", "Eskil Gran"),
    }


def test_a_pair_who_wed_in_a_place_or_year_are_spouses(article):
    doc, parsed = article(
        "Wed",
        "Gry Holt, 27, and Stian Vik, 30, wed in Bergen in 2021.",
        "Tora Eik and Sam Lie will be married in June.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Gry Holt", "spouse_of", "Stian Vik")}


def test_plural_kin_with_an_owner_names_them_all(article):
    doc, parsed = article(
        "Family",
        "Ida Vang arrived with her sisters Ane Holt and Kaja Moss.",
        "Ola Ness and Siri Bø are close. Their friends Maja Lid and Tine Oft came too.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Ida Vang", "sibling_of", "Ane Holt"),
        ("Ida Vang", "sibling_of", "Kaja Moss"),
        ("Ane Holt", "sibling_of", "Kaja Moss"),
        ("Siri Bø", "friend_of", "Maja Lid"),
        ("Siri Bø", "friend_of", "Tine Oft"),
        ("Ola Ness", "friend_of", "Maja Lid"),
        ("Ola Ness", "friend_of", "Tine Oft"),
    }


def test_a_negated_verb_is_no_tie_and_a_pair_who_split_are_exes(article):
    doc, parsed = article(
        "Single",
        "Ragna Wolff, 29, is not engaged to Teo Lund. Ivy Sand isn't married to Jo Beck.",
        "Ola Krog has never dated Nina Hov.",
        "Tess Ulven, 42, and Hugo Brink split in 2022 after eight years together.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Tess Ulven", "ex_partner_of", "Hugo Brink")}


def test_an_item_a_romance_made_public_and_a_hyphenated_tenure(article):
    doc, parsed = article(
        "Couples",
        "Pop star Leni Sky and actor Vito Brun have been an item since March.",
        "Kaia Dyb and Rolf Eng went public with their romance in May.",
        "Gina Roos smiled. Roos's wife-of-ten-years Mia Hald was absent.",
        "Fans wonder about the romance between Ina Dal and Ole Rye.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Leni Sky", "partner_of", "Vito Brun"),
        ("Kaia Dyb", "partner_of", "Rolf Eng"),
        ("Gina Roos", "spouse_of", "Mia Hald"),
    }


def test_hearsay_about_a_pair_is_nothing_and_a_marriage_ended_in_one_breath_is_over(article):
    doc, parsed = article(
        "Couples",
        "Elin Tang and Bo Storm are said to be an item. Insiders say Tang and Storm are dating.",
        "Nils Borg and Ada Kvist married in 2010 but divorced in 2015.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Nils Borg", "ex_spouse_of", "Ada Kvist")}


def test_an_age_may_open_the_role_words_after_a_kin_word(article):
    doc, parsed = article(
        "Kiss",
        "Helga Brun, 40, and her boyfriend, 25-year-old model Kai Sund, kissed.",
        "Brun's son, 17-year-old Leo Brun, filmed it.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Helga Brun", "partner_of", "Kai Sund"),
        ("Helga Brun", "parent_of", "Leo Brun"),
    }


def test_the_mother_of_his_son_set_off_by_a_comma_is_the_ex_not_the_son(article):
    doc, parsed = article(
        "Exes",
        "Kasper Myr's ex-girlfriend and the mother of his son, Lise Vold, was there.",
        "The show went on.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Kasper Myr", "ex_partner_of", "Lise Vold")}


def test_mates_are_friends_but_running_mates_are_not(article):
    doc, parsed = article(
        "Mates",
        "Even Sund arrived.",
        "Sund and Nils Rud are mates from school. Tor Lie and Kim Ask are running mates.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Even Sund", "friend_of", "Nils Rud")}


def test_a_pair_engaged_or_expecting_is_a_couple(article):
    doc, parsed = article(
        "Engaged",
        "Maria Holt, 38, and Jon Sand, 41, announced their engagement on Instagram.",
        "Ane Fos and Rolf Ness are expecting their first child. Ida Lie and Jo Rud are not engaged.",
    )
    assert relations(extract_facts(doc, parsed)) == {
        ("Maria Holt", "partner_of", "Jon Sand"),
        ("Ane Fos", "partner_of", "Rolf Ness"),
    }


def test_a_pair_who_divorced_are_ex_spouses(article):
    doc, parsed = article(
        "Co-parents",
        "Vibeke Ås and Jens Rud, who divorced in 2018, were seen chatting.",
        "The show went on.",
    )
    assert relations(extract_facts(doc, parsed)) == {("Vibeke Ås", "ex_spouse_of", "Jens Rud")}
