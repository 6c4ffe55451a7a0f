"""Server-rendered HTML pages: home, search, people, person, events, event, articles, article,
conflicts and the local API docs.

Every page works without JavaScript; only the person page's graph needs it (its data is
also listed as plain links). Handlers call the library and hand plain dicts to Jinja2
templates, which escape everything they print.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from limelight import queries
from limelight.api import Limelight
from limelight.web.present import page_numbers, segments

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HIGHLIGHT = re.compile(r"^(\d{1,9})-(\d{1,9})$")
PageNo = Annotated[int, Query(ge=1, le=100_000)]
PER_PAGE = 20


def db(request: Request) -> Limelight:
    return request.app.state.dbs.get()


DB = Annotated[Limelight, Depends(db)]


def render(request: Request, template: str, **context):
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/")
def home(request: Request, ll: DB):
    top = queries.most_connected(ll.store, 0, 12)
    latest = queries.event_page(ll.store, newest_first=True, offset=0, limit=8)
    return render(request, "home.html", top=top.items, latest=latest.items, stats=ll.store.stats())


@router.get("/search")
def search(request: Request, ll: DB, q: str = "", page: PageNo = 1):
    q = q.strip()[:500]
    people = queries.search_people(ll.store, q, 0, 12) if q else None
    found = queries.search_articles(ll.store, q, (page - 1) * 10, 10) if q else None
    pages = page_numbers(found.total, 10, page) if found else None
    return render(request, "search.html", q=q, people=people, found=found, pages=pages)


@router.get("/people")
def people(request: Request, ll: DB, q: str = "", page: PageNo = 1):
    offset = (page - 1) * PER_PAGE
    if q.strip():
        found = queries.search_people(ll.store, q.strip()[:500], offset, PER_PAGE)
    else:
        found = queries.most_connected(ll.store, offset, PER_PAGE)
    return render(
        request, "people.html", q=q.strip(), found=found, pages=page_numbers(found.total, PER_PAGE, page)
    )


@router.get("/people/{person_id}")
def person(request: Request, ll: DB, person_id: str):
    profile = ll.profile(person_id)
    graph = queries.neighbourhood(ll.store, person_id, 30)
    timeline: list[tuple[str, list[dict]]] = []
    for meeting in profile["meetings"]:
        year = meeting["date"][:4] if meeting["date"] else "Undated"
        if not timeline or timeline[-1][0] != year:
            timeline.append((year, []))
        timeline[-1][1].append(meeting)
    titles = queries.article_meta(ll.store, profile["articles"])
    return render(request, "person.html", p=profile, graph=graph, timeline=timeline, titles=titles)


@router.get("/events")
def events(
    request: Request,
    ll: DB,
    person: str = "",
    since: str = "",
    until: str = "",
    city: str = "",
    page: PageNo = 1,
):
    problems = [
        f"“{v}” is not a date like 2024, 2024-06 or 2024-06-08"
        for v in (since, until)
        if v and not DATE.match(v)
    ]
    person_id, person_name = None, None
    if person.strip():
        ids = [person] if ll.store.person(person) else ll.store.find_people(person)
        if ids:
            person_id, person_name = ids[0], queries.names_of(ll.store, ids[:1]).get(ids[0])
        else:
            problems.append(f"Nobody called “{person}” is known.")
    found = None
    if not problems:
        found = queries.event_page(
            ll.store,
            offset=(page - 1) * PER_PAGE,
            limit=PER_PAGE,
            person=person_id,
            since=since or None,
            until=until or None,
            city=city.strip() or None,
        )
    params = {"person": person, "since": since, "until": until, "city": city}
    return render(
        request,
        "events.html",
        found=found,
        problems=problems,
        params=params,
        person_name=person_name,
        pages=page_numbers(found.total, PER_PAGE, page) if found else None,
    )


@router.get("/events/{event_id}")
def event(request: Request, ll: DB, event_id: str):
    return render(request, "event.html", e=queries.event(ll.store, event_id))


@router.get("/articles")
def articles(request: Request, ll: DB, page: PageNo = 1):
    found = queries.list_articles(ll.store, (page - 1) * PER_PAGE, PER_PAGE)
    return render(request, "articles.html", found=found, pages=page_numbers(found.total, PER_PAGE, page))


@router.get("/articles/{article_id:path}")
def article(request: Request, ll: DB, article_id: str, hl: str = ""):
    a = queries.article(ll.store, article_id)
    # Facts starting at the same character share an anchor, so every fact link has a target.
    spans = [s | {"anchor": f"fact-{s['start']}"} for s in a["spans"]]
    facts = [s for s in spans if s["kind"] != "person"]
    target = HIGHLIGHT.match(hl)
    if target and int(target.group(1)) < int(target.group(2)):
        start, end = int(target.group(1)), int(target.group(2))
        spans.append({"kind": "evidence", "start": start, "end": end, "anchor": "hl"})
    text = a["text"]
    main, captions = [], []
    for block in a["blocks"]:
        pieces = segments(text, block["start"], block["end"], spans)
        shown = {"kind": block["kind"], "credit": block.get("credit"), "pieces": pieces}
        (captions if block["kind"] == "caption" else main).append(shown)
    meta = queries.article_meta(ll.store, [x for x in [a["duplicate_of"], *a["copies"]] if x])
    return render(request, "article.html", a=a, main=main, captions=captions, facts=facts, meta=meta)


@router.get("/conflicts")
def conflicts(request: Request, ll: DB, page: PageNo = 1):
    found = queries.conflicts_page(ll.store, (page - 1) * PER_PAGE, PER_PAGE)
    titles = queries.article_meta(ll.store, [i for c in found.items for i in c["articles"]])
    return render(
        request, "conflicts.html", found=found, titles=titles, pages=page_numbers(found.total, PER_PAGE, page)
    )


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/docs")
def docs(request: Request):
    return render(request, "docs.html")
