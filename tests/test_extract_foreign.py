"""Rule families of the Spanish/French extractor, on tiny invented articles (every name is made up)."""

from __future__ import annotations

from limelight.extract import extract_any
from limelight.extract.foreign import extract_foreign, sentences
from limelight.extract.quote_marks import quote_regions
from limelight.models import ArticleFacts, Block, Document


def foreign(language: str, headline: str, *paragraphs: str, published: str = "2025-03-14") -> Document:
    """A cleaned es/fr article: the headline, then body paragraphs."""
    parts, blocks, pos = [], [], 0
    for kind, text in [("headline", headline), *[("body", p) for p in paragraphs]]:
        blocks.append(Block(kind, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    text = "\n\n".join(parts)
    return Document(
        id="f1",
        source="test",
        url=None,
        outlet=None,
        title=headline,
        published=published,
        language=language,
        text=text,
        blocks=blocks,
        original=text,
        offsets=[(0, 0, len(text))],
    )


def read(language: str, headline: str, *paragraphs: str, published: str = "2025-03-14"):
    document = foreign(language, headline, *paragraphs, published=published)
    facts = extract_foreign(document, None)
    for fact in facts.ages + facts.meetings + facts.quotes + facts.relations:  # evidence points into the text
        assert document.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return facts, {p.key: p.name for p in facts.people}


def test_people_need_evidence_and_skip_titles_places_and_characters():
    facts, names = read(
        "es",
        "Noche de estreno en Valencia",
        "La cantante Yarisel presentó en Valencia su gira Marea Alta junto al actor Ovidio Crespo.",
        "En la película, Crespo interpreta a Gaspar Lindo, un pescador.",
        "Nacida Ramona Yarisel Pardo, la artista estrenará la serie Costa Brava.",
    )
    assert set(names.values()) == {"Yarisel", "Ovidio Crespo"}
    crespo = next(p for p in facts.people if p.name == "Ovidio Crespo")
    assert "Crespo" in crespo.aliases and len(crespo.mentions) == 2


def test_french_stage_name_needs_a_role_noun_and_full_names_a_first_name():
    _, names = read(
        "fr",
        "Soirée au Palais Nova",
        "Le rappeur Korvo et Amandine Ferlac ont chanté ensemble au Palais Nova.",
        "Le public de Bordeaux a adoré le titre Rouge Sang.",
    )
    assert set(names.values()) == {"Korvo", "Amandine Ferlac"}


def test_age_phrasings():
    facts, names = read(
        "es",
        "Aniversario",
        "La modelo Celia Brandón, de 31 años, y el piloto Tadeo Urquijo (27) llegaron juntos.",
        "A sus 45 años, Remedios Calvet sigue en forma. Urquijo cumplió 28 años el domingo.",
    )
    ages = {(names[a.person], a.age) for a in facts.ages}
    assert ages == {
        ("Celia Brandón", 31),
        ("Tadeo Urquijo", 27),
        ("Remedios Calvet", 45),
        ("Tadeo Urquijo", 28),
    }
    fr, fr_names = read(
        "fr", "Rencontre", "À 40 ans, Odette Mirail brille. Face à elle, l'acteur Basile Tran, 35 ans."
    )
    assert {(fr_names[a.person], a.age) for a in fr.ages} == {("Odette Mirail", 40), ("Basile Tran", 35)}
    assert all("años" in a.evidence.text or "ans" in a.evidence.text for a in facts.ages + fr.ages)


def test_speech_verbs_unnamed_speakers_and_titles():
    facts, names = read(
        "es",
        "Celia Brandón estrena single",
        "La cantante Celia Brandón presentó su single «Luna Roja» en Sevilla.",
        "«Estoy feliz de volver a casa», aseguró Brandón a la prensa.",
        "«Está muy ilusionada», dijo una fuente de su entorno.",
        "Brandón escribió en Instagram: «Gracias por venir».",
    )
    got = [(names.get(q.speaker), q.text, q.medium) for q in facts.quotes]
    assert got == [
        ("Celia Brandón", "Estoy feliz de volver a casa", "interview"),
        (None, "Está muy ilusionada", None),
        ("Celia Brandón", "Gracias por venir", "Instagram"),
    ]


def test_french_inverted_pronoun_and_split_quote():
    facts, names = read(
        "fr",
        "Complicité",
        "Mercredi soir, la chanteuse Maëlys a dîné avec l'acteur Bastien Roux dans un bistrot de Lyon.",
        "« Nous sommes très proches », a-t-elle confié. « On se connaît depuis l'école. »",
    )
    assert [(names[q.speaker], q.text) for q in facts.quotes] == [
        ("Maëlys", "Nous sommes très proches"),
        ("Maëlys", "On se connaît depuis l'école."),
    ]


def test_meeting_clauses_descriptors_and_group_photo():
    facts, names = read(
        "es",
        "Doble cita en Bilbao",
        "Celia Brandón actuó anoche en Bilbao.",
        "«Gracias», gritó la artista antes de fundirse en un abrazo con Tadeo Urquijo.",
        "Después, los dos posaron junto a Pilar Urquijo, la hermana de Tadeo, y el productor Anselmo Rius.",
        "El actor Fermín Osés también estuvo entre el público, pero no saludó a nadie.",
    )
    assert len(facts.meetings) == 1
    meeting = facts.meetings[0]
    assert {names[k] for k in meeting.participants} == {
        "Celia Brandón",
        "Tadeo Urquijo",
        "Pilar Urquijo",
        "Anselmo Rius",
    }
    assert meeting.date == "2025-03-13" and meeting.city == "Bilbao"
    assert "abrazo" in meeting.evidence.text


def test_meeting_keeps_a_later_greeting_apart_and_reads_french_weekdays():
    facts, names = read(
        "fr",
        "Première au Théâtre Nova",
        "Mardi soir, l'actrice Odette Mirail a posé aux côtés de Basile Tran, avant d'être rejointe par "
        "la chanteuse Maëlys. Les deux femmes se sont embrassées.",
        published="2025-03-13",
    )
    groups = sorted(sorted(names[k] for k in m.participants) for m in facts.meetings)
    assert groups == [["Basile Tran", "Odette Mirail"], ["Maëlys", "Odette Mirail"]]
    assert {m.date for m in facts.meetings} == {"2025-03-11"}


def test_negated_and_future_meetings_give_nothing():
    facts, _ = read(
        "es",
        "Sin encuentro",
        "La actriz Celia Brandón no saludó a Tadeo Urquijo.",
        "La cantante Pilar Urquijo va a cenar con Anselmo Rius el próximo viernes.",
    )
    assert facts.meetings == []


def test_kinship_relations():
    facts, names = read(
        "fr",
        "Famille",
        "Odette Mirail, la sœur cadette de Basile Tran, était là.",
        "La réalisatrice Amandine Ferlac est arrivée seule. Son mari, le chef Lucien Morel, était à Lyon.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {
        ("Basile Tran", "sibling_of", "Odette Mirail"),
        ("Amandine Ferlac", "spouse_of", "Lucien Morel"),
    }


def test_kinship_and_marriage_said_with_a_verb():
    facts, names = read(
        "es",
        "Familia",
        "El actor Nicolás Serrat, de 35 años, estuvo casado con la modelo Ana Ruizal.",
        "La cantante Mireia Font está casada con Jordi Puigvert.",
        "Marta Font es la hermana menor de la cantante Mireia Font.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {
        ("Nicolás Serrat", "ex_spouse_of", "Ana Ruizal"),
        ("Mireia Font", "spouse_of", "Jordi Puigvert"),
        ("Mireia Font", "sibling_of", "Marta Font"),
    }
    facts, names = read("fr", "Famille", "Hugo Blanchet, 33 ans, est le frère de la chanteuse Inès Blanchet.")
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {("Inès Blanchet", "sibling_of", "Hugo Blanchet")}


def test_sentences_never_split_inside_quotes():
    doc = foreign("fr", "Titre", "« Une phrase. Une autre. » Puis la suite. Et la fin.")
    cuts = [doc.text[s:e] for s, e in sentences(doc, quote_regions(doc.text))]
    assert cuts == ["Titre", "« Une phrase. Une autre. » Puis la suite.", "Et la fin."]


def test_dispatcher_routes_by_language(nlp):
    es = foreign("es", "Encuentro", "La actriz Celia Brandón, de 31 años, cenó con Tadeo Urquijo.")
    assert extract_any(es, nlp(es.text)).ages
    de = foreign("de", "Treffen", "Die Schauspielerin Celia Brandón, 31, traf Tadeo Urquijo.")
    assert extract_any(de, nlp(de.text)) == ArticleFacts(article="f1")


def test_an_outlet_told_is_no_person_and_a_who_clause_marriage_is_over():
    facts, names = read(
        "es",
        "Cena en Madrid",
        "Ferrer Olmo, que estuvo casada con el productor Dalio Sarmiento, cenó en Madrid.",
        "«Estoy muy feliz», dijo Ferrer Olmo a la revista Hola.",
    )
    assert set(names.values()) == {"Ferrer Olmo", "Dalio Sarmiento"}
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {("Ferrer Olmo", "ex_spouse_of", "Dalio Sarmiento")}
    _, names = read("fr", "Rencontre", "« Nous sommes heureux », a confié Hugo Marchal à Paris Match.")
    assert set(names.values()) == {"Hugo Marchal"}


def test_seen_in_company_holidaying_with_and_daughter_of_without_an_article():
    facts, names = read(
        "fr",
        "Complices à Nice",
        "L'actrice Léa Morin, 37 ans, a été aperçue en compagnie de son compagnon, le footballeur "
        "Yanis Béraud, samedi à Nice.",
    )
    assert [sorted(names[k] for k in m.participants) for m in facts.meetings] == [
        ["Léa Morin", "Yanis Béraud"]
    ]
    facts, names = read(
        "es",
        "Vacaciones",
        "La influencer Carla Vidal, de 29 años, disfruta de unas vacaciones en Ibiza junto a su novio, "
        "el DJ Álex Soto.",
        "Vidal es hija del empresario Jorge Vidal.",
    )
    assert set(names.values()) == {"Carla Vidal", "Álex Soto", "Jorge Vidal"}
    assert [sorted(names[k] for k in m.participants) for m in facts.meetings] == [
        ["Carla Vidal", "Álex Soto"]
    ]
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert ("Jorge Vidal", "parent_of", "Carla Vidal") in rels


def test_ages_with_de_and_no_comma_or_unit():
    facts, names = read(
        "fr",
        "Soirée à Lyon",
        "Nadia Roux et Hugo Vasseur ont dîné ensemble vendredi soir à Lyon.",
        "L'actrice de 45 ans a salué les photographes.",
    )
    assert {(names[a.person], a.age) for a in facts.ages} == {("Nadia Roux", 45)}
    facts, names = read(
        "es",
        "Cena en Sevilla",
        "La actriz Elena Soto y el cantante Pablo Ruiz cenaron juntos el sábado en Sevilla.",
        "La intérprete, de 34 años, y el artista, de 39, llegaron de la mano.",
    )
    assert {(names[a.person], a.age) for a in facts.ages} == {("Elena Soto", 34), ("Pablo Ruiz", 39)}


def test_the_city_named_after_en_or_a_beats_a_venue_or_a_district():
    facts, _ = read(
        "fr", "Dîner", "Nadia Roux et Hugo Vasseur se sont retrouvés vendredi soir au Carlton, à Cannes."
    )
    assert [m.city for m in facts.meetings] == ["Cannes"]
    facts, _ = read(
        "es",
        "Cena",
        "Elena Soto y Pablo Ruiz cenaron juntos el sábado en un restaurante del barrio de Gràcia, "
        "en Barcelona.",
    )
    assert [m.city for m in facts.meetings] == ["Barcelona"]


def test_kin_and_marriage_said_with_an_aside_or_a_year_between():
    facts, names = read(
        "es",
        "Familia",
        "Pablo Ruiz, por su parte, es hermano de la presentadora Marta Ruiz.",
    )
    assert [{names[r.subject], r.predicate, names[r.object]} for r in facts.relations] == [
        {"Pablo Ruiz", "sibling_of", "Marta Ruiz"}  # siblings either way round
    ]
    facts, names = read("fr", "Famille", "Hugo Vasseur est marié depuis 2010 à la chanteuse Lise Vasseur.")
    assert {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations} == {
        ("Hugo Vasseur", "spouse_of", "Lise Vasseur")
    }


def test_kin_of_with_a_role_an_aside_before_a_past_marriage_and_kin_named_after_the_owner():
    facts, names = read(
        "es",
        "Inma Ferrán, captada en Madrid",
        "La actriz Inma Ferrán, de 29 años, cenó con Mateo Cruzado en Madrid el sábado.",
        "Ferrán, hija del director Andrés Ferrán, estuvo casada con el cantante Nico Vidaurre "
        "entre 2018 y 2022.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert {
        ("Andrés Ferrán", "parent_of", "Inma Ferrán"),
        ("Inma Ferrán", "ex_spouse_of", "Nico Vidaurre"),
    } <= rels
    facts, names = read(
        "fr",
        "Camille Arnoult à Lyon",
        "L'actrice Camille Arnoult, 41 ans, a dîné vendredi dans une brasserie du Vieux-Lyon.",
        "Elle a été rejointe par la sœur de Camille, Inès Arnoult.",
        "Camille Arnoult a été mariée au producteur Julien Rochat de 2010 à 2016.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert {
        ("Camille Arnoult", "sibling_of", "Inès Arnoult"),
        ("Camille Arnoult", "ex_spouse_of", "Julien Rochat"),
    } <= rels
    assert all(m.venue is None for m in facts.meetings)


def test_a_surname_shared_with_a_town_is_still_the_person():
    facts, names = read(
        "es",
        "Julián Ocaña rehace su vida",
        "El actor Julián Ocaña vive ahora en Sevilla.",
        "Ocaña, que tiene 41 años, es padre de dos hijos con su expareja, la modelo Irene Valbuena.",
        "La expareja de Ocaña, Irene Valbuena, prefiere callar. El rodaje será en Ocaña.",
    )
    ocana = next(p for p in facts.people if p.name == "Julián Ocaña")
    assert "Ocaña" in ocana.aliases and len(ocana.mentions) == 4  # not the town 'en Ocaña'
    assert {(names[a.person], a.age) for a in facts.ages} == {("Julián Ocaña", 41)}
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {("Julián Ocaña", "ex_partner_of", "Irene Valbuena")}


def test_venue_named_after_a_venue_noun_keeps_its_article():
    facts, _ = read(
        "es",
        "Cena en Sevilla",
        "La actriz Nuria Espejo y el cantante Lino Barral cenaron juntos en el restaurante "
        "La Caracola Roja de Sevilla.",
    )
    assert [(m.venue, m.city) for m in facts.meetings] == [("La Caracola Roja", "Sevilla")]
    fr, _ = read(
        "fr",
        "Dîner à Lyon",
        "L'actrice Solène Varin et le chanteur Aurèle Pichon ont dîné ensemble mardi à l'hôtel étoilé "
        "Le Grand Pavois, à Lyon.",
    )
    assert [(m.venue, m.city) for m in fr.meetings] == [("Le Grand Pavois", "Lyon")]


def test_possessives_of_a_list_share_one_owner():
    facts, names = read(
        "es",
        "Familia",
        "Marta Lezcano llegó con su madre, Dolores Lezcano, y con su hermano, el actor Unai Lezcano.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {
        ("Dolores Lezcano", "parent_of", "Marta Lezcano"),
        ("Marta Lezcano", "sibling_of", "Unai Lezcano"),
    }


def test_couples_told_with_a_verb():
    facts, names = read(
        "es",
        "Amores",
        "Desde entonces, Basilio Seoane mantiene una relación con la diseñadora Vera Lasarte.",
        "Amaia Rentería y el actor Telmo Goñi se divorciaron en 2021. Amaia Rentería rompió con Ander Bida.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert rels == {
        ("Basilio Seoane", "partner_of", "Vera Lasarte"),
        ("Amaia Rentería", "ex_spouse_of", "Telmo Goñi"),
        ("Amaia Rentería", "ex_partner_of", "Ander Bida"),
    }
    fr, fr_names = read(
        "fr",
        "Amours",
        "Lucie Fabre, 33 ans, est en couple depuis deux ans avec le chanteur Nils Aubert.",
        "Émilie Roche partage la vie du footballeur Yanis Morel. Maud Brun s'est séparée de Marc Tessier.",
    )
    rels = {(fr_names[r.subject], r.predicate, fr_names[r.object]) for r in fr.relations}
    assert rels == {
        ("Lucie Fabre", "partner_of", "Nils Aubert"),
        ("Émilie Roche", "partner_of", "Yanis Morel"),
        ("Maud Brun", "ex_partner_of", "Marc Tessier"),
    }


def test_the_couple_just_named_and_what_they_are():
    facts, names = read(
        "es",
        "Nueva pareja",
        "La actriz Sara Olmedo y el cantante Dani Ferro fueron vistos juntos en Cádiz, con su hija, "
        "Lola Ferro. La pareja, que confirmó su relación en verano, cenó en el puerto.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert ("Sara Olmedo", "partner_of", "Dani Ferro") in rels
    assert not any(
        "Lola Ferro" in (names[r.subject], names[r.object]) and r.predicate == "partner_of"
        for r in facts.relations
    )
    fr, fr_names = read(
        "fr",
        "Couple",
        "L'actrice Julie Mercadier et son époux Paul Vernet ont dîné mardi à Nice. Le couple, ensemble "
        "depuis 2019, a posé pour les photographes. Anne Riva et Loïc Sorel ont été aperçus ensemble. "
        "Le couple s'est séparé en mai.",
    )
    rels = {(fr_names[r.subject], r.predicate, fr_names[r.object]) for r in fr.relations}
    assert rels == {
        ("Julie Mercadier", "spouse_of", "Paul Vernet"),
        ("Anne Riva", "ex_partner_of", "Loïc Sorel"),
    }


def test_descriptor_prefers_the_one_given_that_role_and_quotes_after_que():
    facts, names = read(
        "es",
        "Reencuentro",
        "Rocío Sanlúcar y su exmarido, el empresario Germán Oyarzun, posaron juntos con su hija, "
        "Noelia Oyarzun. La presentadora y el empresario sonrieron.",
        "“Somos una familia”, declaró Sanlúcar a la revista. Por su parte, el empresario aseguró "
        "que “lo primero son los niños”.",
    )
    by_name = {p.name: p for p in facts.people}
    assert by_name["Germán Oyarzun"].descriptors == ["empresario"]
    assert by_name["Rocío Sanlúcar"].descriptors == ["presentadora"]  # not the daughter named as kin
    assert [(names[q.speaker], q.medium) for q in facts.quotes] == [
        ("Rocío Sanlúcar", "interview"),
        ("Germán Oyarzun", None),
    ]
    fr, fr_names = read(
        "fr",
        "Officiel",
        "« Je suis comblée », confie Léna Barthe dans les colonnes de Gala. Elle a publié une photo "
        "sur Instagram avec la légende « Mon amour ».",
    )
    assert [(fr_names[q.speaker], q.medium) for q in fr.quotes] == [
        ("Léna Barthe", "interview"),
        ("Léna Barthe", "Instagram"),
    ]


def test_outings_told_without_together():
    cases = [
        ("es", "Marta Iriondo y Jon Elizalde cenaron el sábado en el restaurante Txoko Berri de Bilbao."),
        ("es", "Marta Iriondo llegó a la gala del brazo de Jon Elizalde."),
        ("es", "Marta Iriondo y Jon Elizalde fueron sorprendidos en Marbella."),
        ("es", "Marta Iriondo y Jon Elizalde compartieron mesa en Madrid."),
        ("es", "Marta Iriondo y Jon Elizalde se casaron el sábado en Sevilla."),
        ("fr", "Léa Morin et Hugo Castel se sont affichés main dans la main à Paris."),
        ("fr", "Léa Morin et Hugo Castel ont dîné samedi au restaurant Chez Lulu, à Lyon."),
        ("fr", "Léa Morin accompagnée de Hugo Castel a foulé le tapis rouge à Cannes."),
        ("fr", "Léa Morin et Hugo Castel ont échangé un baiser à Paris."),
    ]
    for language, sentence in cases:
        facts, names = read(language, "Titular", sentence)
        assert [len(m.participants) for m in facts.meetings] == [2], sentence
    for sentence in [
        "Marta Iriondo y Jon Elizalde no cenaron juntos en Bilbao.",
        "Marta Iriondo y Jon Elizalde cenaron por separado en Bilbao.",
    ]:
        facts, _ = read("es", "Cena", sentence)
        assert facts.meetings == [], sentence


def test_more_age_phrasings_and_a_possessor_keeps_no_age():
    cases = [
        ("fr", "Âgée de 38 ans, l'actrice Julie Mercadier prépare un film."),
        ("fr", "La comédienne de 38 ans Julie Mercadier prépare un film."),
        ("fr", "Julie Mercadier, aujourd'hui âgée de 38 ans, prépare un film."),
        ("fr", "Julie Mercadier a eu 38 ans samedi."),
        ("fr", "Julie Mercadier est âgée de 38 ans."),
        ("es", "La actriz de 38 años Julia Merino prepara una película."),
        ("es", "Julia Merino, que acaba de cumplir 38 años, prepara una película."),
        ("es", "Julia Merino, de 38 años de edad, prepara una película."),
        ("es", "Julia Merino tiene 38 años y prepara una película."),
        ("es", "Julia Merino, a sus 38 años, prepara una película."),
    ]
    for language, sentence in cases:
        facts, _ = read(language, "Titular", sentence)
        assert [a.age for a in facts.ages] == [38], sentence
    for language, sentence in [
        ("es", "La hija de Julia Merino, de 12 años, estudia."),
        ("fr", "Julie Mercadier a 20 ans de carrière."),
        ("es", "Julia Merino cumplirá 38 años en mayo."),
    ]:
        facts, _ = read(language, "Titular", sentence)
        assert facts.ages == [], sentence


def test_kin_of_two_and_couples_said_in_passing():
    cases = [
        (
            "es",
            "Marta Iriondo, hija de Jon Iriondo y Ana Soler, habló.",
            {("Jon Iriondo", "parent_of", "Marta Iriondo"), ("Ana Soler", "parent_of", "Marta Iriondo")},
        ),
        (
            "es",
            "Marta Iriondo y Jon Elizalde, padres de Lola Elizalde, llegaron.",
            {("Marta Iriondo", "parent_of", "Lola Elizalde"), ("Jon Elizalde", "parent_of", "Lola Elizalde")},
        ),
        (
            "es",
            "Marta Iriondo, viuda de Jon Elizalde, habló.",
            {("Jon Elizalde", "spouse_of", "Marta Iriondo")},
        ),
        ("es", "Marta Iriondo y Ana Iriondo son hermanas.", {("Marta Iriondo", "sibling_of", "Ana Iriondo")}),
        (
            "es",
            "Marta Iriondo, casada con Jon Elizalde, habló.",
            {("Marta Iriondo", "spouse_of", "Jon Elizalde")},
        ),
        ("fr", "Léa Morin et Anne Riva sont amies.", {("Léa Morin", "friend_of", "Anne Riva")}),
        ("fr", "Hugo Castel a épousé Léa Morin en 2019.", {("Hugo Castel", "spouse_of", "Léa Morin")}),
        ("fr", "Léa Morin, mariée à Hugo Castel, était là.", {("Léa Morin", "spouse_of", "Hugo Castel")}),
        (
            "fr",
            "Léa Morin, qui a été en couple avec Hugo Castel, était là.",
            {("Léa Morin", "ex_partner_of", "Hugo Castel")},
        ),
    ]
    for language, sentence, expected in cases:
        facts, names = read(language, "Titular", sentence)
        assert {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations} == expected, (
            sentence
        )


def test_more_speech_verbs_and_attributions():
    cases = [
        ("es", "«Estoy feliz», sostuvo Julia Merino.", None),
        ("es", "«Estoy feliz», se sinceró Julia Merino.", None),
        ("es", "«Estoy feliz», ha reconocido la cantante Julia Merino.", None),
        ("es", "En palabras de Julia Merino, «estoy feliz».", None),
        ("es", "Julia Merino reconoció que «estoy feliz».", None),
        ("fr", "« Je suis heureuse », lâche Julie Mercadier.", None),
        ("fr", "« Je suis heureuse », confiait Julie Mercadier.", None),
        ("fr", "« Je suis heureuse », nous a confié Julie Mercadier.", None),
        ("fr", "« Je suis heureuse », a expliqué Julie Mercadier au Parisien.", "interview"),
        ("fr", "« Je suis heureuse », a réagi Julie Mercadier sur Instagram.", "Instagram"),
        ("fr", "Pour Julie Mercadier, « c'est un rêve ».", None),
    ]
    for language, sentence, medium in cases:
        facts, names = read(language, "Titular", sentence)
        speaker = "Julia Merino" if language == "es" else "Julie Mercadier"
        assert [(names[q.speaker], q.medium) for q in facts.quotes] == [(speaker, medium)], sentence


def test_more_role_nouns_and_former_roles_name_people():
    _, names = read(
        "es",
        "Llegadas",
        "El torero Curro Albal, el cantautor Lalo Fierro y la exmodelo Sira Tovar llegaron.",
    )
    assert set(names.values()) == {"Curro Albal", "Lalo Fierro", "Sira Tovar"}
    facts, fr_names = read("fr", "Arrivées", "L'influenceuse Anaïs Ferry et l'ex-rappeur Kazzo sont arrivés.")
    assert set(fr_names.values()) == {"Anaïs Ferry", "Kazzo"}
    assert {p.name: p.descriptors for p in facts.people}["Kazzo"] == ["rappeur"]


def test_resorts_and_spanish_or_french_names_of_cities():
    cases = [
        (
            "fr",
            "Léa Morin et Hugo Castel ont dîné ensemble samedi à Saint-Tropez.",
            ("Saint-Tropez", "France"),
        ),
        ("es", "Marta Iriondo y Jon Elizalde cenaron juntos en Londres.", ("London", "United Kingdom")),
        (
            "es",
            "Marta Iriondo y Jon Elizalde posaron juntos en Los Ángeles.",
            ("Los Angeles", "United States"),
        ),
        ("fr", "Léa Morin et Hugo Castel ont été aperçus ensemble à Venise.", ("Venice", "Italy")),
        ("es", "Marta Iriondo y Jon Elizalde se besaron en Montecarlo.", ("Monaco", "Monaco")),
    ]
    for language, sentence, (city, country) in cases:
        facts, _ = read(language, "Titular", sentence)
        assert [(m.city, m.country) for m in facts.meetings] == [(city, country)], sentence


def test_a_sentence_opening_on_a_pronoun_speaks_of_the_last_subject():
    facts, names = read(
        "fr",
        "Famille",
        "Victor Desmarais, 31 ans, est le fils de l'animateur Jacques Desmarais. Il a été marié à la "
        "mannequin Inès Carrel.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert ("Victor Desmarais", "ex_spouse_of", "Inès Carrel") in rels
    facts, names = read("es", "Familia", "La actriz Julia Merino llegó. Él está casado con Ana Soler.")
    assert facts.relations == []  # no man named before


def test_weddings_dances_photos_and_past_romances():
    facts, names = read(
        "es",
        "Boda en Sevilla",
        "Cayetana Robles y Nacho Ferrán se dieron el «sí, quiero» este sábado en Sevilla. Marisa Lobo "
        "y Julián Sastre, que mantuvieron un breve romance en 2019, se saludaron en el cóctel. "
        "Nacho Ferrán bailó con su madre, Inés Ferrán.",
        published="2026-06-21",
    )
    meetings = [sorted(names[k] for k in m.participants) for m in facts.meetings]
    assert ["Cayetana Robles", "Nacho Ferrán"] in meetings and ["Inés Ferrán", "Nacho Ferrán"] in meetings
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert ("Cayetana Robles", "spouse_of", "Nacho Ferrán") in rels
    assert ("Marisa Lobo", "ex_partner_of", "Julián Sastre") in rels
    fr, fr_names = read(
        "fr",
        "Vacances",
        "Pauline Garnier et Tom Ravenel ont été photographiés samedi à Biarritz. Tom Ravenel, fils du "
        "célèbre navigateur Loïc Ravenel, se tait. Le couple a été rejoint par la sœur de Pauline, "
        "Agathe Garnier.",
    )
    assert [sorted(fr_names[k] for k in m.participants) for m in fr.meetings] == [
        ["Agathe Garnier", "Pauline Garnier", "Tom Ravenel"]  # the couple, not the father just named
    ]
    rels = {(fr_names[r.subject], r.predicate, fr_names[r.object]) for r in fr.relations}
    assert ("Loïc Ravenel", "parent_of", "Tom Ravenel") in rels


def test_couples_no_longer_together_and_crossed_paths():
    cases = [
        (
            "fr",
            "Léa Morin et Hugo Castel ne sont plus en couple.",
            ("Léa Morin", "ex_partner_of", "Hugo Castel"),
        ),
        (
            "es",
            "Marta Iriondo ya no está casada con Jon Elizalde.",
            ("Marta Iriondo", "ex_spouse_of", "Jon Elizalde"),
        ),
        (
            "es",
            "Marta Iriondo y Jon Elizalde ya no son pareja.",
            ("Marta Iriondo", "ex_partner_of", "Jon Elizalde"),
        ),
    ]
    for language, sentence, relation in cases:
        facts, names = read(language, "Titular", sentence)
        assert [(names[r.subject], r.predicate, names[r.object]) for r in facts.relations] == [relation]
    facts, names = read(
        "fr", "Croisés", "Léa Morin et Hugo Castel, qui ont été mariés dix ans, se sont croisés à Paris."
    )
    assert [(names[r.subject], r.predicate, names[r.object]) for r in facts.relations] == [
        ("Léa Morin", "ex_spouse_of", "Hugo Castel")
    ]
    assert [m.city for m in facts.meetings] == ["Paris"]


def test_a_meeting_told_within_a_month_has_a_period():
    facts, _ = read(
        "es",
        "Cena",
        "Publicado el sábado. Marta Iriondo y Jon Elizalde cenaron juntos en Madrid el pasado mes de enero.",
        published="2026-02-12",
    )
    assert [(m.date, m.period) for m in facts.meetings] == [(None, "2026-01")]
    fr, _ = read("fr", "Dîner", "Léa Morin et Hugo Castel ont dîné ensemble en janvier 2021 à Paris.")
    assert [(m.date, m.period) for m in fr.meetings] == [(None, "2021-01")]
    aside, _ = read(
        "es",
        "Cena",
        "Marta Iriondo y Jon Elizalde, que se conocieron en enero, cenaron juntos en Madrid.",
        published="2026-02-12",
    )
    assert [m.period for m in aside.meetings] == [None]


def test_surname_particles_stay_in_the_name():
    facts, names = read(
        "es",
        "Llegada",
        "La actriz María José de la Vega y su novio, Tomás Ruiz de Alda, llegaron juntos. "
        "Ruiz de Alda sonrió. El actor Ander de Bilbao no vino.",
    )
    assert {"María José de la Vega", "Tomás Ruiz de Alda"} <= set(names.values())
    tomas = next(p for p in facts.people if p.name == "Tomás Ruiz de Alda")
    assert "Ruiz de Alda" in tomas.aliases
    assert "Ander de Bilbao" not in names.values()
    _, fr_names = read(
        "fr", "Arrivée", "Le chanteur Jean-Luc Le Goff et son compagnon Pierre d'Ormesson sont arrivés."
    )
    assert set(fr_names.values()) == {"Jean-Luc Le Goff", "Pierre d'Ormesson"}


def test_breakups_new_partners_and_the_headline_pair():
    facts, names = read(
        "fr",
        "Romane Delorme se confie sur sa rupture avec Adrien Mercier",
        "L'actrice Romane Delorme partage désormais sa vie avec le pianiste Hugo Brami. Sa mère, "
        "Colette Delorme, a parlé.",
        "Les deux anciens amoureux se sont croisés lundi au cinéma Le Grand Rex, à Paris.",
    )
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations}
    assert ("Romane Delorme", "ex_partner_of", "Adrien Mercier") in rels
    assert ("Romane Delorme", "partner_of", "Hugo Brami") in rels
    assert [(sorted(names[k] for k in m.participants), m.venue) for m in facts.meetings] == [
        (["Adrien Mercier", "Romane Delorme"], "Le Grand Rex")
    ]
    es, es_names = read(
        "es",
        "Nuevo amor",
        "La periodista Paula Ezquerra fue fotografiada paseando de la mano de su nuevo novio, el "
        "arquitecto Mauro Lagos, por Valencia. Paula Ezquerra estuvo casada durante diez años con "
        "el futbolista Rodrigo Sarasola.",
    )
    rels = {(es_names[r.subject], r.predicate, es_names[r.object]) for r in es.relations}
    assert rels == {
        ("Paula Ezquerra", "partner_of", "Mauro Lagos"),
        ("Paula Ezquerra", "ex_spouse_of", "Rodrigo Sarasola"),
    }
    assert [(m.city, m.country) for m in es.meetings] == [("Valencia", "Spain")]


def test_a_person_told_by_youth_or_town():
    facts, names = read(
        "es",
        "Amor",
        "La periodista Paula Ezquerra sonríe. La madrileña, que estuvo casada con el futbolista "
        "Rodrigo Sarasola, calla.",
    )
    assert {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations} == {
        ("Paula Ezquerra", "ex_spouse_of", "Rodrigo Sarasola")
    }
    fr, fr_names = read(
        "fr",
        "Amour",
        "Pauline Garnier sourit. La jeune femme, ex-compagne du rappeur Nekko, a tourné la page.",
    )
    assert {(fr_names[r.subject], r.predicate, fr_names[r.object]) for r in fr.relations} == {
        ("Nekko", "ex_partner_of", "Pauline Garnier")
    }


def test_first_names_gendered_as_spanish_uses_them():
    facts, names = read(
        "es",
        "Reencuentro",
        "Rocío Sanlúcar y Curro Albal posaron juntos. «Somos amigos», dijo el empresario.",
    )
    assert "Curro Albal" in names.values()
    assert [names[q.speaker] for q in facts.quotes] == ["Curro Albal"]  # 'el empresario' is no Rocío


def test_events_asides_and_the_lovers():
    facts, names = read(
        "es",
        "Gala",
        "La gala, celebrada anoche en el Teatro Colón de Madrid, fue un éxito. La actriz Lidia "
        "Garmendia acudió acompañada de su marido, el productor Óscar Beltrán, con quien se casó en "
        "2015 en Santander.",
        published="2026-11-18",
    )
    assert [(m.venue, m.city) for m in facts.meetings] == [("Teatro Colón", "Madrid")]
    fr, fr_names = read(
        "fr",
        "Cannes",
        "Clarisse Sorel et Gilles Kerouac ont foulé main dans la main le tapis rouge du Festival de "
        "Cannes, à Cannes.",
        "Les amoureux avaient déjeuné à l'hôtel Martinez avec la mère de Clarisse, l'ancienne "
        "mannequin Hélène Sorel. « Gilles me rend heureuse », a confié la comédienne.",
    )
    assert all(m.venue != "Festival" for m in fr.meetings)
    assert {fr_names[k] for m in fr.meetings for k in m.participants} == {
        "Clarisse Sorel",
        "Gilles Kerouac",
        "Hélène Sorel",
    }
    assert [fr_names[q.speaker] for q in fr.quotes] == ["Clarisse Sorel"]  # not the mother named as kin


def test_kin_described_before_the_name_and_kin_as_speaker():
    facts, names = read(
        "es",
        "Premio",
        "La actriz Lidia Garmendia abrazó a su padre, el veterano actor Ramón Garmendia.",
        "«Se lo debo a él», dijo la actriz. Su padre, emocionado, respondió: «Es mi día más feliz».",
    )
    assert {(names[r.subject], r.predicate, names[r.object]) for r in facts.relations} == {
        ("Ramón Garmendia", "parent_of", "Lidia Garmendia")
    }
    assert [names[q.speaker] for q in facts.quotes] == ["Lidia Garmendia", "Ramón Garmendia"]


def test_a_speaker_told_by_an_unknown_description_is_not_the_last_named():
    facts, names = read(
        "es",
        "Boda",
        "Cayetana Robles y Nacho Ferrán se casaron en Sevilla. Ella lució un diseño de la "
        "diseñadora Nerea Bastida.",
        "«Ha sido el día más feliz de mi vida», afirmó la recién casada. «Gracias», dijo la diseñadora.",
    )
    assert [(names[q.speaker], q.text) for q in facts.quotes] == [("Nerea Bastida", "Gracias")]


def test_partners_since_and_colloquial_partner_nouns():
    cases = [
        ("es", "Marta Iriondo llegó con su pareja desde hace cinco años, Jon Elizalde."),
        ("fr", "Léa Morin est arrivée avec son compagnon depuis trois ans, Hugo Castel."),
        ("fr", "Léa Morin, en couple avec Hugo Castel depuis 2020, est arrivée."),
        ("es", "Marta Iriondo, que sale con Jon Elizalde desde 2020, llegó."),
        ("es", "Marta Iriondo y su chico, Jon Elizalde, llegaron."),
        ("fr", "Léa Morin et son chéri, Hugo Castel, sont arrivés."),
    ]
    for language, sentence in cases:
        facts, names = read(language, "Titular", sentence)
        assert [(r.predicate, {names[r.subject], names[r.object]}) for r in facts.relations] == [
            ("partner_of", set(names.values()))
        ], sentence


def test_headline_shorthand_for_a_meeting():
    cases = [
        ("es", "Marta Iriondo y Jon Elizalde, juntos en Madrid"),
        ("fr", "Léa Morin et Hugo Castel réunis à Paris"),
        ("es", "Marta Iriondo y Jon Elizalde, cena romántica en Madrid"),
        ("fr", "Léa Morin et Hugo Castel : dîner en amoureux à Paris"),
        ("es", "Marta Iriondo, muy cariñosa con Jon Elizalde en Madrid"),
    ]
    for language, headline in cases:
        facts, _ = read(language, headline, "Una foto.")
        assert [len(m.participants) for m in facts.meetings] == [2], headline
    facts, _ = read("es", "Pareja", "Marta Iriondo y Jon Elizalde, juntos desde 2020, viven en Madrid.")
    assert facts.meetings == []  # together since: a couple, not a meeting
