"""JSON endpoints under /api/: reads are open, ``POST /api/articles`` needs the bearer token.

Handlers only parse parameters and call the library (``Limelight`` and ``limelight.queries``);
every list is paginated with ``offset`` and ``limit`` and answers
``{"total", "offset", "limit", "items"}``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from limelight import queries
from limelight.api import Limelight
from limelight.models import RawArticle, ReadProblem
from limelight.readers import page_url, record_to_article

router = APIRouter(prefix="/api")

Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page (at most 200).")]
DateParam = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="An ISO date prefix: 2024, 2024-06, 2024-06-08."),
]
INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                        "published": {"type": "string", "description": "ISO date prefix"},
                        "text": {"type": "string"},
                        "html": {"type": "string"},
                    },
                }
            },
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def ok(data: object) -> JSONResponse:
    return JSONResponse(data)


def db(request: Request) -> Limelight:
    return request.app.state.dbs.get()


DB = Annotated[Limelight, Depends(db)]


@router.get("/people", tags=["people"], summary="Search people by name or alias (prefix-tolerant)")
def people(ll: DB, q: str = "", offset: Offset = 0, limit: Limit = 20):
    """People whose name or alias (or a word of it) starts with ``q``; without ``q``, the
    most-connected people first."""
    if q.strip():
        return ok(queries.search_people(ll.store, q, offset, limit).to_dict())
    return ok(queries.most_connected(ll.store, offset, limit).to_dict())


@router.get("/people/{person_id}", tags=["people"], summary="One person's profile")
def person(ll: DB, person_id: str):
    """Names, aliases, descriptors, birth window, ages, relations, meetings and quotes, each sourced."""
    return ok(ll.profile(person_id))


@router.get("/people/{person_id}/graph", tags=["people"], summary="Who a person met, with counts")
def person_graph(ll: DB, person_id: str, limit: Limit = 40):
    """Nodes (the person, then the people met by number of shared events) and edges between them."""
    return ok(queries.neighbourhood(ll.store, person_id, limit))


@router.get("/events", tags=["events"], summary="Events, filtered by person, dates and city")
def events(
    ll: DB,
    person: str | None = None,
    since: DateParam = None,
    until: DateParam = None,
    city: str | None = None,
    newest_first: bool = False,
    offset: Offset = 0,
    limit: Limit = 50,
):
    """``person`` is a person id, name or alias; dates are inclusive ISO prefixes."""
    person_id = resolve_person(ll, person)
    page = queries.event_page(
        ll.store, newest_first, offset, limit, person=person_id, since=since, until=until, city=city
    )
    return ok(page.to_dict())


def resolve_person(ll: Limelight, person: str | None) -> str | None:
    if person is None or not person.strip():
        return None
    if ll.store.person(person) is not None:
        return person
    ids = ll.store.find_people(person)
    if not ids:
        raise HTTPException(404, f"no person called {person!r}")
    return ids[0]


@router.get("/events/{event_id}", tags=["events"], summary="One event with every source")
def event(ll: DB, event_id: str):
    return ok(queries.event(ll.store, event_id))


@router.get("/articles", tags=["articles"], summary="Articles, newest first")
def articles(ll: DB, offset: Offset = 0, limit: Limit = 50):
    return ok(queries.list_articles(ll.store, offset, limit).to_dict())


@router.get("/articles/{article_id:path}", tags=["articles"], summary="One article with its facts' spans")
def article(ll: DB, article_id: str):
    """Clean text, blocks (headline, body, caption), removed boilerplate, and ``spans``:
    character offsets into ``text`` of person mentions and of every fact's evidence."""
    return ok(queries.article(ll.store, article_id))


@router.get("/search", tags=["articles"], summary="Full-text search over articles (FTS5)")
def search(
    ll: DB, q: Annotated[str, Query(min_length=1, max_length=500)], offset: Offset = 0, limit: Limit = 20
):
    """Every word must appear (the last as a prefix); best matches first, with a snippet whose
    matches are wrapped in U+0002 and U+0003."""
    return ok(queries.search_articles(ll.store, q, offset, limit).to_dict())


@router.get("/conflicts", tags=["knowledge"], summary="Where sources disagree")
def conflicts(ll: DB, offset: Offset = 0, limit: Limit = 50):
    return ok(queries.conflicts_page(ll.store, offset, limit).to_dict())


@router.get("/stats", tags=["knowledge"], summary="Counts of articles, facts and knowledge")
def stats(ll: DB):
    return ok(ll.stats())


@router.get("/export", tags=["knowledge"], summary="The whole graph as limelight.export/1")
def export(ll: DB):
    return ok(ll.export())


# ----------------------------------------------------------------- ingest


def check_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "ingest over HTTP is disabled: start the server with LIMELIGHT_TOKEN set")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "a bearer token is required: Authorization: Bearer <LIMELIGHT_TOKEN>")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")


async def read_body(request: Request) -> bytes:
    """The request body, refused with 413 past the server's limit (declared or streamed)."""
    limit = request.app.state.max_body
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "invalid Content-Length")
        if int(declared) > limit:
            raise HTTPException(413, f"request body over the limit of {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"request body over the limit of {limit} bytes")
    if not body:
        raise HTTPException(400, "empty request body")
    return bytes(body)


def article_from(body: bytes, content_type: str, params) -> RawArticle:
    """A RawArticle from a JSON record, or from raw HTML or text with ?id=&url=&title=."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8") from None
    if content_type in ("application/json", ""):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            raise HTTPException(400, f"malformed JSON: {err.msg} at line {err.lineno}") from None
        for key in ("id", "url", "title", "published", "text", "html"):
            value = record.get(key) if isinstance(record, dict) else None
            if value is not None and not isinstance(value, str) and key != "id":
                raise HTTPException(422, f"{key!r} must be a string")
        found = record_to_article(record, "http")
        if isinstance(found, ReadProblem):
            raise HTTPException(422, f"not an article: {found.reason}")
        check_id(found.id)
        return found
    if content_type in ("text/html", "application/xhtml+xml", "text/plain"):
        ident = (params.get("id") or "").strip() or "web-" + hashlib.sha256(body).hexdigest()[:16]
        check_id(ident)
        html = content_type != "text/plain"
        return RawArticle(
            id=ident,
            source="http",
            url=params.get("url") or (page_url(text) if html else None),
            title=params.get("title"),
            published=params.get("published"),
            html=text if html else None,
            text=None if html else text,
        )
    raise HTTPException(415, "send application/json, text/html or text/plain")


def check_id(ident: str) -> None:
    if len(ident) > 200 or any(ord(c) < 32 for c in ident):
        raise HTTPException(422, "an article id is at most 200 printable characters")


@router.post(
    "/articles",
    tags=["articles"],
    summary="Ingest one article (needs the bearer token)",
    status_code=201,
    openapi_extra=INGEST_BODY,
    responses={401: {"description": "no token"}, 403: {"description": "wrong token or ingest disabled"}},
)
async def ingest(request: Request):
    """JSON ``{id, url, text | html, title?, published?}``, or raw HTML (``?id=`` names it).
    The article is cleaned, extracted and stored, and the knowledge graph rebuilt."""
    check_token(request)
    body = await read_body(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = article_from(body, content_type, request.query_params)
    dbs = request.app.state.dbs

    def work():
        with dbs.ingest_lock:
            return dbs.get().ingest_articles([raw])

    report = await run_in_threadpool(work)
    if report.skipped:
        raise HTTPException(422, f"article not stored: {report.skipped[0][1]}")
    outcome = "new" if report.new else "changed" if report.changed else "unchanged"
    status = 201 if outcome == "new" else 200
    return JSONResponse(
        {"article": raw.id, "outcome": outcome, "url": f"/articles/{raw.id}", "report": report.to_dict()},
        status_code=status,
    )
