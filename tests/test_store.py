"""The store on each backend (SQLite, PostgreSQL): round trips, idempotent saves, replacement,
all-or-nothing writes, queries and full-text search; then what is particular to each URL."""

from __future__ import annotations

import pytest
from backends import fresh_database, pg_admin_url, with_database

from limelight import queries
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
def store(db_url):
    with connect(db_url) as s:
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


def test_postgresql_planner_statistics_follow_a_knowledge_replacement(tmp_path):
    # Without fresh statistics the planner scans whole tables for one person's page.
    with fresh_database("postgresql", tmp_path / "unused.db") as url, connect(url) as s:
        s.save_article(document(), facts())
        s.save_article(document("a2"), facts("a2"))
        s.replace_knowledge(knowledge())
        analysed = s.query(
            "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL ORDER BY relname"
        )
        assert {"articles", "event_participants", "events", "people"} <= {r[0] for r in analysed}


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


def test_rows_index_by_name_and_position(store):
    store.save_article(document(), facts())
    row = store.query("SELECT id, outlet, count(*) AS n FROM articles GROUP BY id, outlet")[0]
    assert row["id"] == row[0] == "a1" and row["n"] == row[2] == 1
    assert dict(row) == {"id": "a1", "outlet": "news.example", "n": 1}
    assert tuple(row) == ("a1", "news.example", 1)


def test_text_sorts_by_code_point_on_every_backend(store):
    for ident in ("b", "B", "a", "É", "e", "a b", "ab"):
        store.save_article(document(ident), facts(ident))
    assert [d.id for d in store.load_documents()] == ["B", "a", "a b", "ab", "b", "e", "É"]


def test_bulk_insert_is_atomic_in_a_transaction(store):
    store.save_article(document(), facts())
    rows = [("ann", 0, "Ann Lee", "ann lee", None, None), ("bob", 1, "Bob Ray", "bob ray", None, None)]
    with store.transaction():
        store.bulk_insert("people", rows)
        store.bulk_insert("person_aliases", [])
    assert store.names() == {"ann": "Ann Lee", "bob": "Bob Ray"}
    with pytest.raises(store.Error), store.transaction():
        store.bulk_insert("people", [("cy", 2, "Cy Fox", "cy fox", None, None)])
        store.bulk_insert("person_aliases", [("nobody", 0, "X", "x")])  # no such person
    assert sorted(store.names()) == ["ann", "bob"]


def test_full_text_search_any_case_and_accent_last_word_a_prefix(store):
    store.save_article(
        search_doc("s1", "Zebras dance at the Café Lumière", "The zebras danced all night."),
        ArticleFacts("s1"),
    )
    store.save_article(
        search_doc("s2", "Otters sing", "Otters sang in the cafe by the harbour."), ArticleFacts("s2")
    )
    assert ids(store, "ZEBRAS") == ["s1"]
    assert ids(store, "lumiere") == ["s1"]  # accents never matter
    assert ids(store, "cafe") == ["s1", "s2"] or ids(store, "cafe") == ["s2", "s1"]
    assert ids(store, "otters harb") == ["s2"]  # the last word is a prefix
    assert ids(store, "otters harbour zebras") == []  # every word must appear
    assert queries.search_articles(store, "  ?! ").total == 0
    hit = queries.search_articles(store, "harb").items[0]
    assert hit["snippet"].replace(queries.SNIPPET_OPEN, "[").replace(queries.SNIPPET_CLOSE, "]") == (
        "Otters sing\n\nOtters sang in the cafe by the [harbour]."
    )
    assert {"id", "title", "outlet", "published", "duplicate_of"} <= set(hit)
    store.save_article(search_doc("s1", "Giraffes dance", "Giraffes danced."), ArticleFacts("s1"))  # changed
    assert ids(store, "zebras") == [] and ids(store, "giraffe") == ["s1"]
    assert store.reindex_search() == 2 and ids(store, "giraffe") == ["s1"]


def search_doc(ident: str, title: str, body: str) -> Document:
    text = f"{title}\n\n{body}"
    return Document(
        id=ident, source="t", url=None, outlet=None, title=title, published=None, language="en",
        text=text, blocks=[Block("headline", 0, len(title)), Block("body", len(title) + 2, len(text))],
        original=text, offsets=[(0, 0, len(text))],
    )  # fmt: skip


def ids(store, q: str) -> list[str]:
    return [hit["id"] for hit in queries.search_articles(store, q).items]


def test_sqlite_paths_and_urls(tmp_path):
    path = tmp_path / "x.db"
    with connect(f"sqlite:///{path}") as s:
        s.save_article(document(), facts())
    with connect(str(path), create=False) as s:
        assert [d.id for d in s.load_documents()] == ["a1"]
    with pytest.raises(StoreError, match="no database"):
        connect(str(tmp_path / "missing.db"), create=False)
    with pytest.raises(StoreError, match="unsupported database URL scheme 'mysql'"):
        connect("mysql://localhost/limelight")


def test_postgresql_errors_name_the_url_without_its_password():
    with pytest.raises(StoreError, match="cannot connect to postgresql://ann@127.0.0.1:1/kb") as caught:
        connect("postgresql://ann:s3cret@127.0.0.1:1/kb?connect_timeout=5")
    assert "s3cret" not in str(caught.value)
    with pytest.raises(StoreError) as caught:
        connect("postgres://127.0.0.1:1/kb?password=s3cret&connect_timeout=5")
    assert "s3cret" not in str(caught.value) and "postgres://127.0.0.1:1/kb" in str(caught.value)
    with pytest.raises(StoreError, match="not a usable PostgreSQL URL") as caught:
        connect("postgresql://ann:s3cret@[::1/kb")
    assert "s3cret" not in str(caught.value)


def test_postgresql_database_is_created_when_missing_unless_asked_not_to(tmp_path):
    with fresh_database("postgresql", tmp_path / "unused.db") as url:
        missing = with_database(pg_admin_url(), url.rsplit("/", 1)[1] + "_new")
        with pytest.raises(StoreError, match="no database at"):
            connect(missing, create=False)
        try:
            with connect(missing) as s:  # created, as SQLite creates its file
                s.save_article(document(), facts())
            with connect(missing, create=False) as s:
                assert [d.id for d in s.load_documents()] == ["a1"]
                assert s.description == missing
        finally:
            import psycopg

            with psycopg.connect(pg_admin_url(), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{missing.rsplit("/", 1)[1]}" WITH (FORCE)')
        with pytest.raises(StoreError, match="no Limelight tables"):
            connect(url, create=False)  # the database exists but was never ingested into


def test_people_search_by_any_word_prefix_and_its_index_is_refilled(db_url):
    from limelight.models import Knowledge, Person

    store = connect(db_url)
    people = [Person("ann-lee", "Ann Lee", ["Annie"]), Person("lee-ray", "Lee Ray"), Person("bo", "Bo Dunn")]
    store.replace_knowledge(Knowledge(people=people))
    found = queries.search_people(store, "lee")
    assert [(p["id"], p["rank"]) for p in found.items] == [("lee-ray", 1), ("ann-lee", 2)]
    assert [p["id"] for p in queries.search_people(store, "ANN").items] == ["ann-lee"]
    with store.transaction():  # as a database made before the index
        store.execute("DELETE FROM person_search_keys")
        store.execute("DELETE FROM meta WHERE key = 'search_keys'")
        store.execute("CREATE TABLE person_name_suffixes (person TEXT REFERENCES people(id), suffix TEXT)")
    store.close()
    store = connect(db_url)
    assert queries.search_people(store, "ann lee").total == 1
    assert store.query("SELECT count(*) FROM person_search_keys")[0][0] == 7
    store.replace_knowledge(Knowledge(people=people))  # the forerunner table is gone: no foreign key trips
    store.close()


def test_people_search_pages_follow_the_number_of_articles(db_url):
    from limelight import queries
    from limelight.models import Knowledge, Person

    store = connect(db_url)
    for j in range(3):
        store.save_article(document(f"a{j}"), facts(f"a{j}"))
    people = [Person(f"p{i}", f"Kim Vale{i}", articles=[f"a{j}" for j in range(i % 4)]) for i in range(9)]
    store.replace_knowledge(Knowledge(people=people))
    found = queries.search_people(store, "kim", 0, 4)
    assert found.total == 9
    assert [p["articles"] for p in found.items] == [3, 3, 2, 2]
    assert [p["name"] for p in found.items] == ["Kim Vale3", "Kim Vale7", "Kim Vale2", "Kim Vale6"]
    rest = queries.search_people(store, "kim", 4, 10)
    assert [p["articles"] for p in rest.items] == [1, 1, 0, 0, 0]
    store.close()


def test_a_database_from_before_a_column_gets_it_on_open(tmp_path):
    import sqlite3

    from limelight.store import connect

    path = tmp_path / "old.db"
    connect(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE article_meetings DROP COLUMN period")
    store = connect(str(path))
    assert "period" in {r["name"] for r in store.query("PRAGMA table_info(article_meetings)")}
    store.close()
