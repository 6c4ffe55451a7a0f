"""The SQLite store: round trips, idempotent saves, replacement, and all-or-nothing writes."""

from __future__ import annotations

import pytest

from limelight.errors import StoreError
from limelight.models import (
    Age,
    AgeFact,
    ArticleFacts,
    Block,
    Conflict,
    Document,
    Event,
    Evidence,
    Knowledge,
    LocalPerson,
    MeetingFact,
    Person,
    Quote,
    QuoteFact,
    Relation,
    RelationFact,
    Source,
)
from limelight.store import connect


def document(ident: str = "a1", body: str = "Ann Lee, 40, met Bob Ray in Paris.") -> Document:
    text = f"Ann meets Bob\n\n{body}"
    return Document(
        id=ident,
        source=f"/in/{ident}.txt",
        url=f"https://news.example/{ident}",
        outlet="news.example",
        title="Ann meets Bob",
        published="2024-05-01",
        language="en",
        text=text,
        blocks=[Block("headline", 0, 13), Block("body", 15, len(text), None)],
        removed=["Related: Other story"],
        original=text,
        offsets=[(0, 0, len(text))],
    )


def facts(ident: str = "a1", age: int = 40) -> ArticleFacts:
    ev = Evidence("Ann Lee, 40, met Bob Ray in Paris.", 15, 49)
    return ArticleFacts(
        article=ident,
        people=[
            LocalPerson(
                "p0", "Ann Lee", aliases=["Ann"], descriptors=["singer"], mentions=[(0, 3), (15, 22)]
            ),
            LocalPerson("p1", "Bob Ray", mentions=[(10, 13)], birth_names=["Robert Ray"]),
        ],
        ages=[AgeFact("p0", age, "2024-05-01", ev)],
        meetings=[MeetingFact(["p0", "p1"], "2024-04-30", ev, city="Paris", country="France")],
        quotes=[QuoteFact("p0", "Hello", ev, medium="Instagram"), QuoteFact(None, "Anon", ev)],
        relations=[RelationFact("p0", "friend_of", "p1", ev)],
    )


def knowledge() -> Knowledge:
    src = Source("a1", "Ann Lee, 40, met Bob Ray in Paris.", 15, 49)
    return Knowledge(
        people=[
            Person(
                "ann",
                "Ann Lee",
                ["Ann", "Annie"],
                ["singer"],
                ["a1"],
                ("1983-05-02", "1984-05-01"),
                [("a1", "p0")],
            ),
            Person("bob", "Bob Ray", [], [], ["a1", "a2"], None, [("a1", "p1")]),
        ],
        ages=[Age("ann", 40, "2024-05-01", "a1", src.evidence)],
        events=[
            Event(
                "e1", "meeting", ["ann", "bob"], "2024-04-30", city="Paris", country="France", sources=[src]
            ),
            Event("e2", "meeting", ["bob", "ann"], None, city="Rome", sources=[Source("a2", "They met.")]),
        ],
        quotes=[Quote("ann", "Hello", "a1", "Instagram", src.evidence), Quote(None, "Anon", "a1", None, "x")],
        relations=[Relation("ann", "friend_of", "bob", [src])],
        conflicts=[Conflict("age", "Ann is 40 and 45.", ["a1", "a2"])],
        duplicates={"a2": "a1"},
    )


@pytest.fixture
def store(tmp_path):
    with connect(str(tmp_path / "test.db")) as s:
        yield s


def test_article_round_trip(store):
    assert store.save_article(document(), facts()) == "new"
    assert store.load_documents() == [document()]
    assert store.load_facts() == [facts()]


def test_same_content_is_a_no_op(store):
    store.save_article(document(), facts())
    before = store.query("SELECT ingested_at, content_hash FROM articles")[0]
    assert store.save_article(document(), facts()) == "unchanged"
    assert tuple(store.query("SELECT ingested_at, content_hash FROM articles")[0]) == tuple(before)


def test_changed_content_replaces_the_article_rows(store):
    store.save_article(document(), facts())
    store.save_article(document("a2"), facts("a2"))
    changed_doc = document(body="Ann Lee, 41, met Bob Ray in Paris.")
    assert store.save_article(changed_doc, facts(age=41)) == "changed"
    assert store.load_documents() == [changed_doc, document("a2")]
    loaded = {f.article: f for f in store.load_facts()}
    assert loaded["a1"] == facts(age=41)
    assert loaded["a2"] == facts("a2")  # another article's rows are untouched
    assert store.query("SELECT count(*) FROM article_ages")[0][0] == 2


def test_failure_mid_article_writes_nothing(store):
    broken = facts()
    broken.relations.append(RelationFact("p0", "friend_of", "p9", Evidence("x", 0, 1)))  # no such person
    with pytest.raises(StoreError):
        store.save_article(document(), broken)
    assert store.load_documents() == []
    assert store.query("SELECT count(*) FROM article_people")[0][0] == 0


def test_failed_replacement_keeps_the_old_version(store):
    store.save_article(document(), facts())
    broken = facts(age=41)
    broken.ages.append(AgeFact("p7", 3, None, Evidence("x", 0, 1)))
    with pytest.raises(StoreError):
        store.save_article(document(body="Ann Lee, 41, met Bob Ray."), broken)
    assert store.load_documents() == [document()]
    assert store.load_facts() == [facts()]


def test_knowledge_round_trip_and_replacement(store):
    store.save_article(document(), facts())
    store.save_article(document("a2"), facts("a2"))
    assert store.knowledge_stale()
    store.replace_knowledge(knowledge())
    assert not store.knowledge_stale()
    assert store.load_knowledge() == knowledge()
    assert store.articles()[1]["duplicate_of"] == "a1"

    smaller = Knowledge(people=[Person("ann", "Ann Lee", articles=["a1"])])
    store.replace_knowledge(smaller)
    assert store.load_knowledge() == smaller  # duplicates cleared too


def test_failed_knowledge_replacement_keeps_the_old_graph(store):
    store.save_article(document(), facts())
    store.save_article(document("a2"), facts("a2"))
    store.replace_knowledge(knowledge())
    broken = knowledge()
    broken.relations.append(Relation("ann", "friend_of", "nobody"))
    with pytest.raises(StoreError):
        store.replace_knowledge(broken)
    assert store.load_knowledge() == knowledge()


def test_queries(store):
    store.save_article(document(), facts())
    store.save_article(document("a2"), facts("a2"))
    store.replace_knowledge(knowledge())
    assert store.find_people("ANNIE") == ["ann"]
    assert store.find_people("bob ray") == ["bob"]
    assert store.find_people("nobody") == []
    assert [e.id for e in store.events()] == ["e1", "e2"]  # dated first
    assert [e.id for e in store.events(since="2024-04")] == ["e1"]
    assert [e.id for e in store.events(until="2024")] == ["e1"]
    assert [e.id for e in store.events(until="2024-03")] == []
    assert [e.id for e in store.events(city="rome")] == ["e2"]
    assert [e.id for e in store.events(person="ann", city="PARIS")] == ["e1"]
    assert store.top_people(1)[0]["id"] == "bob"  # same links; more articles
    counts = store.stats()
    assert counts["articles"] == 2 and counts["people"] == 2 and counts["duplicates"] == 1
    assert counts["article_facts"]["quotes"] == 4


def test_reopen_and_url_schemes(tmp_path):
    path = tmp_path / "x.db"
    with connect(f"sqlite:///{path}") as s:
        s.save_article(document(), facts())
    with connect(str(path), create=False) as s:
        assert [d.id for d in s.load_documents()] == ["a1"]
    with pytest.raises(StoreError, match="no database"):
        connect(str(tmp_path / "missing.db"), create=False)
    with pytest.raises(StoreError, match="PostgreSQL"):
        connect("postgresql://localhost/limelight")
