"""The JSON API against a real uvicorn server on loopback, over the seeds and tiny articles."""

from __future__ import annotations

import pytest

LISTS = ["/api/people", "/api/events", "/api/articles", "/api/conflicts", "/api/search?q=the"]


def get(http, url, status=200):
    response = http.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


@pytest.mark.parametrize("q", ["Tom", "tom", "TOM C", "to", "cru", "Cruise", "tom cruise"])
def test_people_search_is_prefix_tolerant_on_names_and_aliases(http, q):
    found = get(http, f"/api/people?q={q}")
    assert "tom-cruise" in [p["id"] for p in found["items"]]


def test_people_search_ranks_exact_first_and_pages(http):
    found = get(http, "/api/people?q=Tom+Cruise")
    assert found["items"][0]["name"] == "Tom Cruise"
    everyone = get(http, "/api/people?limit=200")
    assert everyone["total"] == len(everyone["items"]) >= 10
    first, second = get(http, "/api/people?limit=1"), get(http, "/api/people?limit=1&offset=1")
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert get(http, "/api/people?q=zzzz")["items"] == []


def test_person_profile_has_both_seed_meetings(http):
    tom = get(http, "/api/people/tom-cruise")
    assert tom["name"] == "Tom Cruise" and "Tom" in tom["aliases"]
    assert tom["birth"] is not None
    meetings = {(m["place"]["city"], m["date"]) for m in tom["meetings"]}
    assert {("Las Vegas", None), ("Charlotte", "2023-05-12")} <= meetings
    get(http, "/api/people/nobody-at-all", 404)


def test_neighbourhood_graph_counts_meetings(http):
    graph = get(http, "/api/people/tom-cruise/graph")
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert graph["nodes"][0]["id"] == "tom-cruise" and graph["nodes"][0]["centre"]
    assert nodes["janet-jackson"]["count"] == 1 and nodes["lady-gaga"]["count"] == 1
    assert {"source": "tom-cruise", "target": "lady-gaga", "count": 1} in graph["edges"]


def test_events_filters(http):
    assert get(http, "/api/events?person=Tom")["total"] == 2
    assert get(http, "/api/events?person=tom-cruise")["total"] == 2
    charlotte = get(http, "/api/events?city=charlotte")
    assert [e["date"] for e in charlotte["items"]] == ["2023-05-12"]
    may = get(http, "/api/events?since=2023-05-11&until=2023-05")
    assert [e["place"]["city"] for e in may["items"]] == ["Charlotte"]
    newest = get(http, "/api/events?newest_first=true&limit=1")["items"][0]
    assert newest["date"] >= "2024"
    get(http, "/api/events?since=May", 422)
    get(http, "/api/events?person=Nobody+Known", 404)


def test_event_has_sources_with_evidence_spans(http):
    event_id = get(http, "/api/events?city=Charlotte")["items"][0]["id"]
    event = get(http, f"/api/events/{event_id}")
    assert set(event["participant_names"]) == {"Tom Cruise", "Janet Jackson"}
    source = event["sources"][0]
    assert source["article"] == "002_b76f1acd0917b650"
    assert source["context"]["evidence"].strip() in source["evidence"]
    get(http, "/api/events/no-such-event", 404)


def test_article_has_text_blocks_spans_captions_and_removed(http):
    article = get(http, "/api/articles/000_cb39013d1be2703c")
    text = article["text"]
    kinds = {b["kind"] for b in article["blocks"]}
    assert {"headline", "body", "caption"} <= kinds
    assert any("Related Posts" in r for r in article["removed"])
    meetings = [s for s in article["spans"] if s["kind"] == "meeting"]
    assert meetings and all(0 <= s["start"] < s["end"] <= len(text) for s in article["spans"])
    mention = next(s for s in article["spans"] if s["kind"] == "person" and s["person"] == "tom-cruise")
    assert text[mention["start"] : mention["end"]].casefold().startswith("tom")
    listing = get(http, "/api/articles?limit=2")
    assert listing["total"] >= 4 and len(listing["items"]) == 2
    get(http, "/api/articles/missing", 404)


def test_full_text_search(http):
    found = get(http, "/api/search?q=backstage")
    assert found["total"] >= 2
    assert "\x02" in found["items"][0]["snippet"]
    assert get(http, "/api/search?q=Babbage")["items"][0]["id"] == "tiny-ada"
    assert get(http, "/api/search?q=backst")["total"] >= 2  # the last word is a prefix
    assert get(http, "/api/search?q=%22(%20NEAR(")["total"] >= 0  # FTS syntax is never passed through
    assert get(http, "/api/search?q=%22(")["total"] == 0
    get(http, "/api/search?q=", 422)


def test_conflicts_stats_export(http):
    conflicts = get(http, "/api/conflicts")
    assert set(conflicts) == {"total", "offset", "limit", "items"}
    stats = get(http, "/api/stats")
    assert stats["articles"] >= 4 and stats["people"] >= 10
    export = get(http, "/api/export")
    assert export["format"] == "limelight.export/1"
    for key in ("articles", "people", "ages", "events", "quotes", "relations", "conflicts"):
        assert isinstance(export[key], list)


@pytest.mark.parametrize("url", LISTS)
def test_every_list_is_paginated(http, url):
    joiner = "&" if "?" in url else "?"
    page = get(http, f"{url}{joiner}limit=1&offset=0")
    assert page["limit"] == 1 and page["offset"] == 0 and len(page["items"]) <= 1
    assert page["total"] >= len(page["items"])
    error = get(http, f"{url}{joiner}limit=0", 422)
    assert error["error"]["status"] == 422
    get(http, f"{url}{joiner}offset=-1", 422)


def test_openapi_and_local_docs(http):
    schema = get(http, "/openapi.json")
    for path in ("/api/people", "/api/people/{person_id}", "/api/events", "/api/search", "/api/articles"):
        assert path in schema["paths"]
    docs = http.get("/docs")
    assert docs.status_code == 200
    assert "/swagger/swagger-ui-bundle.js" in docs.text
    assert "//cdn" not in docs.text and "https://" not in docs.text
    assert http.get("/swagger/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize(
    "url", ["/", "/search?q=Tom", "/people", "/people?q=tom", "/people/tom-cruise", "/events",
            "/events?person=Tom&since=2023", "/articles", "/articles/000_cb39013d1be2703c", "/conflicts"],
)  # fmt: skip
def test_pages_render(http, url):
    response = http.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in response.headers
    assert "http://" not in response.text and "https://" not in response.text  # nothing external


def test_unknown_pages_are_html_404(http):
    response = http.get("/people/nobody-at-all")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert http.get("/events?since=junk").status_code == 200  # a form error, shown on the page


def test_serve_refuses_a_missing_database(tmp_path):
    from typer.testing import CliRunner

    from limelight.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db"), "--port", "0"])
    assert result.exit_code == 2 and "no database" in result.output
