"""The ``limelight`` command end to end on a tiny folder of good and bad inputs.

These check structure (what is stored, skipped, exported), not which facts the
extractors find, so they hold whatever the extraction currently knows.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from limelight.cli import app

GOOD_TEXT = (
    " date 2024-05-06 Ann Lee and Bob Ray share a kiss backstage in Paris\n\n"
    "Singer Ann Lee, 40, kissed actor Bob Ray backstage at the Olympia in Paris on Saturday night.\n\n"
    '"It was the best night of my life," Lee wrote on Instagram after the show.\n\n'
    "Ray, 45, has been her friend since they met on a film set in 2015.\n"
)
GOOD_RECORD = {
    "id": "j1",
    "url": "https://www.gossip.example/2024/05/07/carla-dean",
    "text": "Carla Dean hugs Ann Lee at London premiere\n\n"
    "Actress Carla Dean, 33, hugged her sister Ann Lee at the premiere in London on Monday.\n\n"
    "The pair posed for photographers before heading inside the cinema together.",
}
CONTRACT_KEYS = {"format", "articles", "people", "ages", "events", "quotes", "relations", "conflicts"}
ARTICLE_KEYS = {"id", "url", "outlet", "title", "published", "language", "duplicate_of"}


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x01\x02\x00garbage")
    (folder / "batch.jsonl").write_text(json.dumps(GOOD_RECORD) + "\n{not json at all\n", encoding="utf-8")
    return folder


@pytest.fixture
def db(db_url):
    """A fresh database on each backend (conftest's ``db_url``)."""
    return db_url


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def ingest(inputs, db, *extra):
    return run("ingest", str(inputs), "--db", db, "-j", "1", *extra)


def test_ingest_stores_good_inputs_and_names_the_bad_ones(inputs, db):
    result = ingest(inputs, db)
    assert result.exit_code == 1
    for name in ("empty.txt", "binary.txt", "batch.jsonl:2"):
        assert name in result.stdout
    report = json.loads(ingest(inputs, db, "--json").stdout)
    assert report["read"] == 5 and report["unchanged"] == 2 and report["stored"] == 0
    skipped = dict(report["skipped"])
    assert set(skipped) == {str(inputs / n) for n in ("empty.txt", "binary.txt")} | {
        f"{inputs / 'batch.jsonl'}:2"
    }
    assert all(skipped.values())  # each with a reason


def test_first_ingest_report(inputs, db):
    result = ingest(inputs, db, "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["new"] == 2 and report["stored"] == 2 and len(report["skipped"]) == 3
    assert set(report["facts_added"]) == {"people", "ages", "meetings", "quotes", "relations"}
    assert report["knowledge"] is not None


def test_reingest_changes_nothing(inputs, db):
    ingest(inputs, db)
    before = run("export", "--db", db).stdout
    report = json.loads(ingest(inputs, db, "--json").stdout)
    assert report["knowledge"] is None  # nothing changed, so no rebuild
    assert run("export", "--db", db).stdout == before


def test_export_follows_the_contract(inputs, db, tmp_path):
    ingest(inputs, db)
    target = tmp_path / "out" / "knowledge.json"
    target.parent.mkdir()
    assert run("--db", db, "export", "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert CONTRACT_KEYS <= set(data) and data["format"] == "limelight.export/1"
    assert sorted(a["id"] for a in data["articles"]) == ["good", "j1"]
    for article in data["articles"]:
        assert ARTICLE_KEYS <= set(article) and article["language"] == "en"
    for person in data["people"]:
        assert {"id", "name", "aliases", "birth", "descriptors", "articles"} <= set(person)
        assert person["birth"] is None or set(person["birth"]) == {"earliest", "latest"}
    for event in data["events"]:
        assert set(event["place"]) == {"venue", "city", "region", "country"}
        assert all(set(s) >= {"article", "evidence"} for s in event["sources"])
    assert json.loads(run("export", "--db", db, "-o", "-").stdout) == data


def test_queries_print_json(inputs, db):
    ingest(inputs, db)
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["articles"] == 2 and stats["languages"] == {"en": 2}
    events = json.loads(run("events", "--db", db, "--json").stdout)
    assert isinstance(events, list)
    assert json.loads(run("events", "--db", db, "--json", "--since", "2100").stdout) == []
    people = json.loads(run("export", "--db", db).stdout)["people"]
    top = run("person", "--top", "--db", db, "--json")
    assert top.exit_code == 0
    if people:
        name = people[0]["name"]
        profile = json.loads(run("person", name.upper(), "--db", db, "--json").stdout)
        assert profile["name"] == name
        assert {"aliases", "descriptors", "ages", "birth", "relations", "meetings"} <= set(profile)
    for command in (["stats"], ["events"], ["person", "--top"]):
        assert run(*command, "--db", db).exit_code == 0  # the readable output renders


def test_library_errors_are_one_line_messages(tmp_path, db, inputs):
    missing = run("stats", "--db", str(tmp_path / "missing.db"))
    assert missing.exit_code == 2 and "no database" in missing.stderr
    assert "Traceback" not in missing.output
    ingest(inputs, db)
    bad_date = run("events", "--db", db, "--since", "last week")
    assert bad_date.exit_code == 2 and bad_date.stderr.count("\n") == 1
    assert run("person", "Nobody Atall", "--db", db).exit_code == 2
    assert run("stats", "--db", "postgresql://localhost/x").exit_code == 2


def test_two_processes_give_the_same_knowledge(inputs, tmp_path):
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    run("ingest", str(inputs), "--db", one, "-j", "1")
    result = run("ingest", str(inputs), "--db", two, "-j", "2")
    assert result.exit_code == 1
    assert run("export", "--db", one).stdout == run("export", "--db", two).stdout
