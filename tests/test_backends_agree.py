"""SQLite and PostgreSQL give the same answers: the same tiny articles ingested into both
yield the same export, profiles, event filters, web queries and search hits."""

from __future__ import annotations

import json

import pytest
from backends import fresh_database

import limelight
from limelight import queries

ARTICLES = {
    "opening.txt": (
        "2024-04-02\nÉlodie Marchand and Zack Adler open a gallery in Zürich\n\n"
        "Painter Élodie Marchand, 34, met sculptor Zack Adler at a gallery in Zürich "
        "on Monday, April 1, 2024.\n\n"
        '"We hardly slept before the opening," Marchand said on Instagram.\n\n'
        "Adler, 51, has been her friend since they met in 2019.\n"
    ),
    "dinner.txt": (
        "2024-05-11\nZack Adler dines with Bea Ostrowski in Lyon\n\n"
        "Zack Adler had dinner with novelist Bea Ostrowski at a bistro in Lyon on Friday, May 10, 2024.\n\n"
        "Ostrowski, 29, is the sister of Élodie Marchand.\n"
    ),
    "premiere.txt": (
        "2024-06-20\nbea ostrowski and Élodie Marchand at a premiere in Lyon\n\n"
        "Bea Ostrowski hugged Élodie Marchand at a film premiere in Lyon on Wednesday, June 19, 2024.\n\n"
        "Marchand, 34, wore a red gown.\n"
    ),
}


def answers(db: str) -> dict:
    """Everything a user can ask, as plain data; ingest timestamps left out."""
    with limelight.open(db, n_process=1) as ll:
        store = ll.store
        people = [p["id"] for p in ll.export()["people"]]
        events = [e["id"] for e in ll.export()["events"]]
        out = {
            "export": ll.export(),
            "stats": {k: v for k, v in ll.stats().items() if k != "database"},
            "profiles": [ll.profile(p) for p in people],
            "by_name": [ll.person(name) for name in ("élodie marchand", "ZACK", "bea")],
            "events": [
                ll.events(since="2024-05"),
                ll.events(until="2024-04"),
                ll.events(city="LYON"),
                ll.events(person="Zack Adler", city="zürich"),
            ],
            "conflicts": ll.conflicts(),
            "people_search": [queries.search_people(store, q).to_dict() for q in ("e", "Ad", "élo", "bea o")],
            "most_connected": queries.most_connected(store).to_dict(),
            "graphs": [queries.neighbourhood(store, p) for p in people],
            "articles": queries.list_articles(store).to_dict(),
            "article_pages": [
                {k: v for k, v in queries.article(store, a).items() if k != "ingested_at"}
                for a in ("opening", "dinner", "premiere")
            ],
            "event_pages": [queries.event(store, e) for e in events],
            "search": [
                sorted((h["id"], h["snippet"]) for h in queries.search_articles(store, q).items)
                for q in ("lyon", "ELODIE", "zur", "premiere gown", "nothing here")
            ],
        }
    return json.loads(json.dumps(out, sort_keys=True))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agree")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_sqlite_and_postgresql_give_the_same_answers(inputs, tmp_path):
    results = {}
    for backend in ("sqlite", "postgresql"):
        with fresh_database(backend, tmp_path / "agree.db") as db:
            with limelight.open(db, n_process=1) as ll:
                report = ll.ingest([inputs])
            assert report.new == 3 and not report.skipped
            results[backend] = answers(db)
    sqlite, postgresql = results["sqlite"], results["postgresql"]
    assert sqlite["export"]["people"] and sqlite["export"]["events"]  # the texts give a graph to compare
    for key in sqlite:
        assert postgresql[key] == sqlite[key], key
