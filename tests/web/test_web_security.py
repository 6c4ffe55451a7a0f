"""Ingest over HTTP: the token, body limits and malformed input get 4xx JSON; article text
renders inert; clients never see a traceback."""

from __future__ import annotations

import json

import httpx
import pytest
from webutil import MAX_BODY, TOKEN, ServerThread

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def error_of(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"]["status"] == status
    assert "Traceback" not in response.text
    return body["error"]["message"]


def test_ingest_without_token_is_refused(http):
    response = http.post("/api/articles", json={"id": "a1", "text": "Hello"})
    error_of(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    basic = {"Authorization": "Basic x"}
    error_of(http.post("/api/articles", json={"id": "a1", "text": "Hi"}, headers=basic), 401)


def test_ingest_with_a_wrong_token_is_forbidden(http):
    wrong = {"Authorization": "Bearer nope"}
    error_of(http.post("/api/articles", json={"id": "a1", "text": "Hi"}, headers=wrong), 403)


def test_ingest_is_disabled_without_a_server_token(closed_server):
    response = httpx.post(f"{closed_server}/api/articles", json={"id": "a1", "text": "Hi"}, headers=AUTH)
    assert "LIMELIGHT_TOKEN" in error_of(response, 403)
    assert httpx.get(f"{closed_server}/api/stats").status_code == 200  # reads stay open


def test_oversized_bodies_get_413(http):
    big = {"id": "big", "text": "word " * MAX_BODY}
    assert "limit" in error_of(http.post("/api/articles", json=big, headers=AUTH), 413)

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(MAX_BODY // 1024 + 2):
            yield b"x" * 1024

    streamed = http.post("/api/articles", content=chunks(), headers=AUTH | {"Content-Type": "text/plain"})
    error_of(streamed, 413)


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"{not json", "application/json", 400),
        (b"[1, 2]", "application/json", 422),
        (b'{"text": "no id"}', "application/json", 422),
        (b'{"id": "x"}', "application/json", 422),
        (b'{"id": "x", "text": 5}', "application/json", 422),
        (b'{"id": "x", "text": "fine"}', "application/xml", 415),
        (b"\xff\xfe\xfa", "text/html", 400),
        (b"", "application/json", 400),
        (json.dumps({"id": "x" * 500, "text": "long id"}).encode(), "application/json", 422),
    ],
)
def test_malformed_bodies_get_4xx_json(http, body, content_type, status):
    error_of(http.post("/api/articles", content=body, headers=AUTH | {"Content-Type": content_type}), status)


def test_ingest_json_then_html_with_the_token(http):
    record = {
        "id": "web-json-1",
        "url": "https://example.com/a",
        "title": "Quiet dinner",
        "published": "2024-04-02",
        "text": "Quiet dinner\n\nMarie Curie met Albert Einstein in Paris on April 1, 2024.",
    }
    first = http.post("/api/articles", json=record, headers=AUTH)
    assert first.status_code == 201, first.text
    assert first.json()["outcome"] == "new"
    again = http.post("/api/articles", json=record, headers=AUTH)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    assert http.get("/api/articles/web-json-1").json()["title"] == "Quiet dinner"
    assert http.get("/api/search?q=Einstein").json()["total"] >= 1  # indexed on ingest

    page = (
        "<html><head><title>Night out</title><script>alert(1)</script></head><body><article>"
        "<h1>Night out</h1><p>Nikola Tesla met Mark Twain in New York on May 3, 2024, at a lab "
        "party that ran late into the evening.</p></article></body></html>"
    )
    sent = http.post(
        "/api/articles?id=web-html-1", content=page.encode(), headers=AUTH | {"Content-Type": "text/html"}
    )
    assert sent.status_code == 201, sent.text
    assert http.get("/articles/web-html-1").status_code == 200


def test_article_text_renders_inert(http):
    page = http.get("/articles/xss-grace").text
    assert "<script>window.__pwned" not in page and "&lt;script&gt;" in page
    assert "<img" not in page and "<b onmouseover" not in page
    assert "onerror=" not in page.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
    # The only scripts are the site's own files.
    assert page.count("<script") == page.count('<script src="/static/') + page.count("application/json")
    search = http.get("/search?q=Evil").text
    assert "<script>window" not in search


def test_errors_never_leak_tracebacks(web_db, monkeypatch):
    from limelight import queries
    from limelight.web.app import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(queries, "search_articles", broken)
    with ServerThread(create_app(web_db, token=TOKEN)) as running:
        response = httpx.get(f"{running.url}/api/search?q=x")
        assert "secret" not in error_of(response, 500)
        html = httpx.get(f"{running.url}/search?q=x")
    assert html.status_code == 500 and "secret" not in html.text and "Traceback" not in html.text
