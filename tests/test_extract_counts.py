"""Counts sources can disagree on: tour dates, a child's age, a number of children."""

from limelight.extract.counts import extract_counts, find_count_phrases
from limelight.extract.people import find_people
from limelight.extract.quote_marks import quote_regions


def counts(article, *paragraphs):
    doc, parsed = article("Headline", *paragraphs)
    people = find_people(doc, parsed, quote_regions(doc.text))
    names = {p.key: p.name for p in people.people}
    return {(names[c.person], c.quantity, c.value) for c in extract_counts(doc, parsed, people)}


def test_phrases_found_without_a_parse():
    found = [(q, v) for q, v, _, _ in find_count_phrases("Her 12-date European tour and his 3-year-old son.")]
    assert found == [("tour dates", 12), ("age of son", 3)]


def test_tour_dates_belong_to_the_possessor(article):
    assert counts(article, "Nadia Ferro announced her 24-date arena tour on Monday.") == {
        ("Nadia Ferro", "tour dates", 24)
    }
    assert counts(article, "Nadia Ferro is back on the road with a tour of thirty shows.") == {
        ("Nadia Ferro", "tour dates", 30)
    }


def test_child_age_is_the_parents_count_not_their_age(article):
    found = counts(article, "Olek Brandl, 38, took his 4-year-old daughter to the park.")
    assert found == {("Olek Brandl", "age of daughter", 4)}


def test_child_age_in_apposition_and_number_of_children(article):
    found = counts(
        article,
        "Tamsin Okoro brought her son, 7, to the premiere.",
        "The mother of three said she was proud.",
    )
    assert ("Tamsin Okoro", "age of son", 7) in found
    assert ("Tamsin Okoro", "children", 3) in found


def test_two_children_of_different_ages_are_ambiguous(article):
    found = counts(article, "Olek Brandl brought his 4-year-old son and his 9-year-old son along.")
    assert not any(q == "age of son" for _, q, _ in found)


def test_numbers_that_are_not_counts(article):
    assert counts(article, "Nadia Ferro spent 3 years on tour and sold 40 million records.") == set()


def test_a_tours_total_of_shows(article):
    assert counts(
        article, "Mira Solberg added 12 new dates to her world tour, bringing the total to 58 shows."
    ) == {("Mira Solberg", "tour dates", 58)}
    assert counts(article, "Pop star Mira Solberg's world tour now has 60 shows.") == {
        ("Mira Solberg", "tour dates", 60)
    }
