"""Birthdays and days: a birthday to come is not an age yet, someone's birthday being celebrated gives
their age and puts the guests with them, a birthday post is no meeting, and 'on the 8th' is a day of the
story's month. Tiny invented texts."""

from datetime import date

from test_extract_facts import ages, meetings

from limelight.extract import extract_facts
from limelight.extract.dates import resolve_date


def test_turning_in_a_later_month_is_one_year_younger_now(article):
    doc, parsed = article("Star", "Singer Teo Marr, 19, smiled.", "Teo Marr turns 20 in April.")
    assert ages(extract_facts(doc, parsed)) == {("Teo Marr", 19)}


def test_a_named_persons_birthday_being_celebrated(article):
    doc, parsed = article(
        "Party", "Ivo Lask was seen celebrating his brother Ren Lask's 40th birthday in Oslo on Friday."
    )
    facts = extract_facts(doc, parsed)
    assert ages(facts) == {("Ren Lask", 40)}
    assert [m[0] for m in meetings(facts)] == [["Ivo Lask", "Ren Lask"]]


def test_birthdays_long_ago_or_to_come_give_no_age(article):
    doc, parsed = article(
        "Party",
        "Ada Brenn will attend Tom Vale's 50th birthday bash next week.",
        "Kim Lo's 21st birthday was a blast, she told fans.",
    )
    assert ages(extract_facts(doc, parsed)) == set()


def test_a_birthday_post_is_no_meeting(article):
    doc, parsed = article("Post", "Ada Brenn celebrated Tom Vale's birthday on Instagram with a sweet post.")
    assert meetings(extract_facts(doc, parsed)) == []


def test_at_an_age_opening_a_sentence_in_the_present(article):
    doc, parsed = article(
        "Fit",
        "At 52, Ivo Lask is fitter than ever.",
        "At 9, Ren Lask won a talent show.",
        "At 8, Teo Marr left.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Ivo Lask", 52)}


def test_on_the_ordinal_day_is_that_day_of_the_month_or_the_one_before():
    published = date(2025, 6, 12)
    assert resolve_date("They met on the 8th.", published) == date(2025, 6, 8)
    assert resolve_date("They met on the 20th, at a bar.", published) == date(2025, 5, 20)
    assert resolve_date("He won on the 3rd day.", published) is None


def test_celebrating_her_40th_with_someone_on_a_day(article):
    doc, parsed = article("Party", "Kim Lo celebrated her 40th with Ian Holt in Rome on Saturday.")
    facts = extract_facts(doc, parsed)
    assert ages(facts) == {("Kim Lo", 40)}
    assert meetings(facts) == [(["Ian Holt", "Kim Lo"], "2024-03-09", "Rome")]


def test_the_mother_of_three_unhyphenated_with_an_age(article):
    doc, parsed = article(
        "Rome",
        "Tom Vale was seen with Pam Fey in Rome on Friday.",
        "The father-of-two, 38, wore black, while the mother of three, 41, opted for red.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Tom Vale", 38), ("Pam Fey", 41)}


def test_the_age_of_someone_late_is_their_age_at_death_not_now(article):
    doc, parsed = article(
        "Tribute",
        "Kim Lo's late mother, Eve Lo, 72, was a singer.",
        "The late Cal Dunn, 60, was remembered.",
        "Ada Brenn, 45, arrived late.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Ada Brenn", 45)}


def test_will_be_is_a_year_less_and_aged_just_or_years_old_is_the_age(article):
    doc, parsed = article(
        "Star",
        "Model Juno Varga, who will be 40 next month, posed in Milan.",
        "Singer Pia Lund, aged just 19, wowed the crowd. Cara Dovey is 29 years old.",
        "Ida Fors is 12 years into her career.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Juno Varga", 39), ("Pia Lund", 19), ("Cara Dovey", 29)}


def test_a_possessed_age_reaches_a_name_after_a_comma(article):
    doc, parsed = article(
        "Family",
        "The 29-year-old singer Pia Tofte stunned.",
        "Tofte's 62-year-old mum, Liv Tofte, watched.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Pia Tofte", 29), ("Liv Tofte", 62)}


def test_the_age_past_a_who_clause_is_the_age_now(article):
    doc, parsed = article(
        "Then and now",
        "Kine Hald, who was 19 when she found fame, is now 45. Hald spoke out.",
        "Mia Lund, who has two kids, is 5 months pregnant.",
    )
    assert ages(extract_facts(doc, parsed)) == {("Kine Hald", 45)}
