"""GraphML, JSON-LD, Parquet and CSV exports of a tiny hand-made contract graph."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

from limelight import formats
from limelight.errors import LimelightError

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
        }
    ],
    "conflicts": [{"kind": "age", "description": "Two ages.", "articles": ["a1", "a2"]}],
}


def test_format_from_file_name_or_option():
    assert formats.format_for("x.graphml") == "graphml"
    assert formats.format_for("x.json") == "contract"
    assert formats.format_for("tables", "csv") == "csv"
    with pytest.raises(LimelightError, match="unknown export format"):
        formats.format_for("x", "xml")


def test_graphml_has_people_and_weighted_meetings(tmp_path):
    path = formats.write(GRAPH, tmp_path / "g.graphml", "graphml")[0]
    g = nx.read_graphml(path)
    assert g.nodes["ann-lee"]["label"] == "Ann Lee" and g.nodes["ann-lee"]["birth_earliest"] == "1984-05-03"
    kinds = sorted(d["kind"] for _, _, d in g.edges(data=True))
    assert kinds == ["friend_of", "met"]
    met = next(d for _, _, d in g.edges(data=True) if d["kind"] == "met")
    assert met["weight"] == 1 and met["cities"] == "Paris"


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
    copy = next(n for n in by_type["NewsArticle"] if n["identifier"] == "a2")
    assert copy["isBasedOn"]["@id"].endswith("a1")


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
