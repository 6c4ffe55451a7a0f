"""GraphML, JSON-LD, Parquet and CSV exports of a tiny hand-made contract graph, and the
``limelight export --format`` command on an empty database."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import limelight.api
from limelight import formats
from limelight.cli import app
from limelight.errors import LimelightError
from limelight.formats.tables import COLUMNS

GRAPH = {
    "format": "limelight.export/1",
    "articles": [
        {
            "id": "a1",
            "url": "https://one.example/a1",
            "outlet": "one.example",
            "title": "T",
            "published": "2024-05-02",
            "language": "en",
            "duplicate_of": None,
        },
        {
            "id": "a2",
            "url": "https://two.example/a2",
            "outlet": "two.example",
            "title": "T",
            "published": "2024-05-03",
            "language": "en",
            "duplicate_of": "a1",
        },
    ],
    "people": [
        {
            "id": "ann-lee",
            "name": "Ann Lee",
            "aliases": ["Lee"],
            "birth": {"earliest": "1984-05-03", "latest": "1985-05-02"},
            "descriptors": ["the singer"],
            "articles": ["a1", "a2"],
            "source_count": 2,
            "independent_sources": 1,
        },
        {
            "id": "bob-ray",
            "name": "Bob Ray",
            "aliases": [],
            "birth": None,
            "descriptors": [],
            "articles": ["a1"],
            "source_count": 1,
            "independent_sources": 1,
        },
    ],
    "ages": [
        {
            "person": "ann-lee",
            "age": 39,
            "as_of": "2024-05-02",
            "article": "a1",
            "evidence": "Ann Lee, 39, ...",
        }
    ],
    "events": [
        {
            "id": "e1",
            "kind": "meeting",
            "participants": ["ann-lee", "bob-ray"],
            "date": "2024-05-01",
            "place": {
                "venue": "the Olympia",
                "city": "Paris",
                "region": "Île-de-France",
                "country": "France",
            },
            "occasion": "premiere",
            "sources": [
                {"article": "a1", "evidence": "Ann met Bob."},
                {"article": "a2", "evidence": "Ann met Bob."},
            ],
            "source_count": 2,
            "independent_sources": 1,
        },
    ],
    "quotes": [
        {"speaker": "ann-lee", "text": "Best night ever", "article": "a1", "medium": None, "evidence": "…"}
    ],
    "relations": [
        {
            "subject": "ann-lee",
            "predicate": "friend_of",
            "object": "bob-ray",
            "sources": [{"article": "a1", "evidence": "They are friends."}],
            "source_count": 1,
            "independent_sources": 1,
        },
        {
            "subject": "bob-ray",
            "predicate": "parent_of",
            "object": "ann-lee",
            "sources": [{"article": "a2", "evidence": "Her father Bob."}],
            "source_count": 1,
            "independent_sources": 0,
        },
    ],
    "conflicts": [{"kind": "age", "description": "Two ages.", "articles": ["a1", "a2"]}],
}


EMPTY = {key: [] for key in ("articles", "people", "ages", "events", "quotes", "relations", "conflicts")}


def test_format_from_file_name_or_option(tmp_path):
    assert formats.format_for("x.graphml") == "graphml"
    assert formats.format_for("x.JSONLD") == "jsonld"
    assert formats.format_for("x.json") == "contract"
    assert formats.format_for("-") == "contract"
    assert formats.format_for("tables", "csv") == "csv"
    with pytest.raises(LimelightError, match="unknown export format"):
        formats.format_for("x", "xml")
    with pytest.raises(LimelightError, match="folder"):
        formats.format_for(tmp_path)
    with pytest.raises(LimelightError, match="folder"):
        formats.format_for("tables/")
    with pytest.raises(LimelightError, match="-o PATH"):
        formats.format_for("-", "graphml")


def test_unwritable_target_names_the_file(tmp_path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    with pytest.raises(LimelightError, match="taken is a file"):
        formats.write(GRAPH, tmp_path / "taken", "csv")
    with pytest.raises(LimelightError, match="cannot write .*missing"):
        formats.write(GRAPH, tmp_path / "missing" / "g.graphml", "graphml")


def test_graphml_has_people_and_weighted_meetings(tmp_path):
    path = formats.write(GRAPH, tmp_path / "g.graphml", "graphml")[0]
    g = nx.read_graphml(path)
    assert g.nodes["ann-lee"]["label"] == "Ann Lee" and g.nodes["ann-lee"]["birth_earliest"] == "1984-05-03"
    assert "birth_earliest" not in g.nodes["bob-ray"]  # GraphML has no null: left out
    assert g.nodes["ann-lee"]["aliases"] == "Lee" and g.nodes["ann-lee"]["independent_sources"] == 1
    kinds = sorted(d["kind"] for _, _, d in g.edges(data=True))
    assert kinds == ["friend_of", "met", "parent_of"]
    met = next(d for _, _, d in g.edges(data=True) if d["kind"] == "met")
    assert met["weight"] == 1 and met["cities"] == "Paris" and met["events"] == "e1"
    parent = next(d for _, _, d in g.edges(data=True) if d["kind"] == "parent_of")
    assert (parent["subject"], parent["object"]) == ("bob-ray", "ann-lee")
    assert not list(tmp_path.glob("*.partial"))


def test_jsonld_uses_schema_org_people_events_and_cited_articles(tmp_path):
    doc = json.loads(formats.write(GRAPH, tmp_path / "g.jsonld", "jsonld")[0].read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org"
    by_type = {}
    for node in doc["@graph"]:
        by_type.setdefault(node["@type"], []).append(node)
    assert {"Person", "Event", "Quotation", "NewsArticle"} <= set(by_type)
    event = by_type["Event"][0]
    assert event["startDate"] == "2024-05-01" and event["location"]["address"]["addressLocality"] == "Paris"
    assert len(event["attendee"]) == 2 and len(event["subjectOf"]) == 2
    assert event["location"]["name"] == "the Olympia" and "Ann Lee and Bob Ray" in event["name"]
    copy = next(n for n in by_type["NewsArticle"] if n["identifier"] == "a2")
    assert copy["isBasedOn"]["@id"].endswith("a1") and copy["publisher"]["name"] == "two.example"
    ann = next(n for n in by_type["Person"] if n["name"] == "Ann Lee")
    bob = next(n for n in by_type["Person"] if n["name"] == "Bob Ray")
    assert ann["alternateName"] == ["Lee"] and "birthDate" not in ann  # a window, not a date
    assert ann["parent"] == [{"@id": bob["@id"]}] and bob["children"] == [{"@id": ann["@id"]}]
    assert {"@id": bob["@id"]} in ann["knows"]
    quote = by_type["Quotation"][0]
    assert quote["creator"] == {"@id": ann["@id"]} and quote["citation"]["@id"].endswith("a1")
    assert "null" not in json.dumps(doc)  # absent, never null


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_carry_sources_with_independence(tmp_path, fmt):
    written = {p.stem: p for p in formats.write(GRAPH, tmp_path / "t", fmt)}
    assert set(written) == {"people", "events", "ages", "quotes", "relations", "conflicts", "sources"}
    if fmt == "parquet":
        sources = pq.read_table(written["sources"]).to_pylist()
        events = pq.read_table(written["events"]).to_pylist()
        assert events[0]["participants"] == ["ann-lee", "bob-ray"]
    else:
        with written["sources"].open(encoding="utf-8") as f:
            sources = list(csv.DictReader(f))
        with written["events"].open(encoding="utf-8") as f:
            assert next(csv.DictReader(f))["participants"] == "ann-lee; bob-ray"
    event_sources = [s for s in sources if s["fact_kind"] == "event"]
    assert [str(s["independent"]) for s in event_sources] == ["True", "False"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_empty_tables_keep_their_columns(tmp_path, fmt):
    written = {p.stem: p for p in formats.write(EMPTY, tmp_path / "t", fmt)}
    for name, columns in COLUMNS.items():
        if fmt == "parquet":
            table = pq.read_table(written[name])
            assert table.num_rows == 0 and table.column_names == list(columns)
        else:
            with written[name].open(encoding="utf-8") as f:
                assert next(csv.reader(f)) == list(columns)


def test_cli_export_formats_on_an_empty_database(tmp_path):
    db = str(tmp_path / "empty.db")
    limelight.api.open(db).close()
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["export", "--db", db, *args])

    assert run("-o", str(tmp_path / "g.graphml")).exit_code == 0
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 0
    assert run("-o", str(tmp_path / "g.jsonld")).exit_code == 0
    assert json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))["@graph"] == []
    assert run("--format", "parquet", "-o", str(tmp_path / "pq")).exit_code == 0
    assert (tmp_path / "pq" / "sources.parquet").exists()
    folder = run("-o", str(tmp_path / "pq"))
    assert folder.exit_code == 2 and "--format parquet or csv" in folder.output
    assert run("--format", "csv").exit_code == 2
