"""Across articles: people, events, birth windows and conflicts from hand-made facts."""

import random

from limelight.models import AgeFact, ArticleFacts, Document, Evidence, LocalPerson, MeetingFact
from limelight.resolve import resolve

EV = Evidence("sentence", 0, 8)


def doc(aid: str, published: str | None = "2024-05-10") -> Document:
    return Document(
        id=aid, source=aid, url=None, outlet=None, title=None, published=published, language="en", text=""
    )


def person(key, name, *aliases):
    return LocalPerson(key=key, name=name, aliases=list(aliases))


def meeting(*keys, date=None, city=None):
    return MeetingFact(participants=list(keys), date=date, evidence=EV, city=city)


def test_one_person_across_articles_and_a_lone_first_name():
    facts = [
        ArticleFacts("a1", people=[person("p0", "Mira Solberg", "Mira"), person("p1", "Ken Oduya")]),
        ArticleFacts("a2", people=[person("p0", "MIRA Solberg".title()), person("p1", "Ken Oduya")]),
        ArticleFacts("a3", people=[person("p0", "Mira"), person("p1", "Ken Oduya")]),
    ]
    k = resolve([doc("a1"), doc("a2"), doc("a3")], facts, {})
    assert [(p.name, p.articles) for p in k.people] == [
        ("Ken Oduya", ["a1", "a2", "a3"]),
        ("Mira Solberg", ["a1", "a2", "a3"]),
    ]


def test_a_lone_first_name_with_no_company_in_common_stays_apart():
    facts = [
        ArticleFacts("a1", people=[person("p0", "Otto Raskin"), person("p1", "Maya Lunde")]),
        ArticleFacts("a2", people=[person("p0", "Lena Vos"), person("p1", "Otto")]),  # her son
    ]
    assert sorted(p.name for p in resolve([doc("a1"), doc("a2")], facts, {}).people) == [
        "Lena Vos",
        "Maya Lunde",
        "Otto",
        "Otto Raskin",
    ]


def test_two_people_sharing_a_first_name_stay_apart():
    facts = [ArticleFacts("a1", people=[person("p0", "Jo Lind"), person("p1", "Jo Marr")])]
    assert len(resolve([doc("a1")], facts, {}).people) == 2


def test_one_meeting_many_outlets_and_two_meetings_on_different_days():
    pair = [person("p0", "Mira Solberg"), person("p1", "Ken Oduya")]
    facts = [
        ArticleFacts("a1", people=pair, meetings=[meeting("p0", "p1", date="2024-05-04", city="Oslo")]),
        ArticleFacts("a2", people=pair, meetings=[meeting("p0", "p1", city="Oslo")]),
        ArticleFacts("a3", people=pair, meetings=[meeting("p0", "p1", date="2024-05-09", city="Bergen")]),
    ]
    events = resolve([doc("a1"), doc("a2"), doc("a3")], facts, {}).events
    assert [(e.date, e.city, [s.article for s in e.sources]) for e in events] == [
        ("2024-05-04", "Oslo", ["a1", "a2"]),
        ("2024-05-09", "Bergen", ["a3"]),
    ]


def test_birth_window_and_age_conflict_counted_by_independent_outlets():
    people = [person("p0", "Mira Solberg")]
    facts = [
        ArticleFacts("a1", people=people, ages=[AgeFact("p0", 41, "2024-05-10", EV)]),
        ArticleFacts("a2", people=people, ages=[AgeFact("p0", 41, "2024-05-12", EV)]),
        ArticleFacts("a3", people=people, ages=[AgeFact("p0", 47, "2024-05-11", EV)]),
    ]
    k = resolve([doc("a1"), doc("a2"), doc("a3")], facts, {})
    (mira,) = k.people
    assert mira.birth == ("1982-05-13", "1983-05-10")
    (conflict,) = k.conflicts
    assert conflict.kind == "age" and conflict.articles == ["a1", "a2", "a3"]


def test_result_does_not_depend_on_input_order():
    pair = [person("p0", "Mira Solberg"), person("p1", "Ken Oduya")]
    facts = [
        ArticleFacts(f"a{i}", people=pair, meetings=[meeting("p0", "p1", date=d, city="Oslo")])
        for i, d in enumerate(["2024-05-04", None, "2024-05-04", None])
    ]
    docs = [doc(f.article) for f in facts]
    first = resolve(docs, facts, {})
    shuffled = facts[:]
    random.Random(3).shuffle(shuffled)
    assert resolve(docs[::-1], shuffled, {}) == first


def test_consistent_ages_make_no_conflict_even_with_copies():
    people = [person("p0", "Mira Solberg")]
    facts = [
        ArticleFacts(f"a{i}", people=people, ages=[AgeFact("p0", 41, day, EV)])
        for i, day in enumerate(["2024-05-10", "2024-07-01", "2024-07-02", "2024-09-30"])
    ]
    k = resolve([doc(f.article) for f in facts], facts, {"a2": "a1"})
    assert k.conflicts == [] and k.people[0].birth is not None


def test_outlets_a_day_apart_report_one_meeting_and_a_date_conflict():
    pair = [person("p0", "Mira Solberg"), person("p1", "Ken Oduya")]
    facts = [
        ArticleFacts("a1", people=pair, meetings=[meeting("p0", "p1", date="2024-05-04", city="Oslo")]),
        ArticleFacts("a2", people=pair, meetings=[meeting("p0", "p1", date="2024-05-05", city="Oslo")]),
    ]
    k = resolve([doc("a1"), doc("a2")], facts, {})
    assert len(k.events) == 1
    (conflict,) = k.conflicts
    assert conflict.kind == "date" and conflict.articles == ["a1", "a2"]


def test_neighbouring_cities_are_one_place_not_a_conflict():
    pair = [person("p0", "Mira Solberg"), person("p1", "Ken Oduya")]
    facts = [
        ArticleFacts("a1", people=pair, meetings=[meeting("p0", "p1", date="2024-05-04", city="Manhattan")]),
        ArticleFacts("a2", people=pair, meetings=[meeting("p0", "p1", date="2024-05-04", city="Brooklyn")]),
    ]
    k = resolve([doc("a1"), doc("a2")], facts, {})
    assert len(k.events) == 1 and k.conflicts == []


def test_a_meeting_told_only_by_its_month_is_not_one_on_a_day_outside_it():
    pair = [person("p0", "Mira Solberg"), person("p1", "Ken Oduya")]
    facts = [
        ArticleFacts("a1", people=pair, meetings=[meeting("p0", "p1", date="2024-06-01")]),
        ArticleFacts("a2", people=pair, meetings=[MeetingFact(["p0", "p1"], None, EV, period="2024-03")]),
        ArticleFacts("a3", people=pair, meetings=[MeetingFact(["p0", "p1"], None, EV, period="2024-06")]),
    ]
    k = resolve([doc("a1"), doc("a2"), doc("a3")], facts, {})
    told = {e.date: [s.article for s in e.sources] for e in k.events}
    assert told == {"2024-06-01": ["a1", "a3"], None: ["a2"]}  # June fits the day; March is another
