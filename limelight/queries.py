"""Read queries for browsing the knowledge (the web UI and its JSON API), on top of a Store.

The CLI's queries live on ``Store`` and ``Limelight``; these are the extra ones a browser
needs: prefix search over names, pages of lists, a person's neighbourhood, one event or
article with the character spans of its facts, and full-text search (the backend's own:
SQLite FTS5 or a PostgreSQL tsvector). Every function takes a ``Store`` and returns plain
dicts; the SQL here is portable, the search SQL is the backend's (``Store.search_articles``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from limelight import export
from limelight.errors import NotFound
from limelight.store import SNIPPET_CLOSE as SNIPPET_CLOSE  # re-exported: the web layer reads them
from limelight.store import SNIPPET_OPEN as SNIPPET_OPEN
from limelight.store import Store
from limelight.store_knowledge import CONFLICT_ORDER


@dataclass
class Page:
    """One page of a list: ``items`` from ``offset`` on, out of ``total``."""

    items: list[dict]
    total: int
    offset: int
    limit: int

    def to_dict(self) -> dict:
        return {"total": self.total, "offset": self.offset, "limit": self.limit, "items": self.items}


# ----------------------------------------------------------------- people


def search_people(store: Store, q: str, offset: int = 0, limit: int = 20) -> Page:
    """People whose name or an alias starts with ``q``, or has a word starting with it (any case).

    Exact matches first, then prefixes of the whole name, then of a later word; each by
    number of articles.
    """
    key = " ".join(q.split()).casefold()
    if not key:
        return Page([], 0, offset, limit)
    upper = key + "\U0010ffff"
    # Every name and alias is indexed from its start and from each later word, with the
    # person's place in the default order: one range scan over a covering index.
    ranked = """
        SELECT person, min(ordinal) AS ordinal,
            min(CASE WHEN whole = 1 AND key = :key THEN 0 WHEN whole = 1 THEN 1 ELSE 2 END) AS rank
        FROM person_search_keys
        WHERE key >= :key AND key < :upper
        GROUP BY person
    """
    params = {"key": key, "upper": upper}
    total = store.query(
        "SELECT count(DISTINCT person) FROM person_search_keys WHERE key >= :key AND key < :upper", params
    )[0][0]
    rows = store.query(
        f"""
        SELECT p.id, p.name, r.rank,
            (SELECT count(*) FROM person_articles pa WHERE pa.person = p.id) AS articles
        FROM ({ranked} ORDER BY rank, ordinal, person LIMIT :limit OFFSET :offset) r
        JOIN people p ON p.id = r.person
        ORDER BY r.rank, r.ordinal, r.person
        """,
        params | {"limit": limit, "offset": offset},
    )
    return Page(_with_people_details(store, [dict(r) for r in rows]), total, offset, limit)


def _with_people_details(store: Store, people: list[dict]) -> list[dict]:
    """Add aliases and descriptors to rows that have an ``id``."""
    ids = [p["id"] for p in people]
    where, params = store.id_filter("person", ids)
    extra: dict[str, dict[str, list[str]]] = {i: {"aliases": [], "descriptors": []} for i in ids}
    for r in store.query(f"SELECT person, alias FROM person_aliases WHERE {where} ORDER BY position", params):
        extra[r["person"]]["aliases"].append(r["alias"])
    for r in store.query(
        f"SELECT person, descriptor FROM person_descriptors WHERE {where} ORDER BY position", params
    ):
        extra[r["person"]]["descriptors"].append(r["descriptor"])
    return [p | extra[p["id"]] for p in people]


def most_connected(store: Store, offset: int = 0, limit: int = 20) -> Page:
    """People by the number of distinct others they met (then by articles)."""
    total = store.query("SELECT count(*) FROM people")[0][0]
    rows = store.query(
        """
        WITH met AS (
            SELECT p1.person AS person, count(DISTINCT p2.person) AS connections
            FROM event_participants p1
            JOIN event_participants p2 ON p1.event = p2.event AND p1.person <> p2.person
            GROUP BY p1.person
        )
        SELECT p.id, p.name, coalesce(met.connections, 0) AS connections,
            (SELECT count(*) FROM person_articles pa WHERE pa.person = p.id) AS articles
        FROM people p LEFT JOIN met ON met.person = p.id
        ORDER BY connections DESC, articles DESC, p.id LIMIT ? OFFSET ?
        """,
        (limit, offset),
    )
    return Page(_with_people_details(store, [dict(r) for r in rows]), total, offset, limit)


def names_of(store: Store, ids: list[str]) -> dict[str, str]:
    """Names of the people ``ids`` (only those; cheap on a large database)."""
    where, params = store.id_filter("id", sorted(set(ids)))
    return {r["id"]: r["name"] for r in store.query(f"SELECT id, name FROM people WHERE {where}", params)}


def neighbourhood(store: Store, person_id: str, limit: int = 40) -> dict:
    """Who ``person_id`` met and how often, plus who among them met each other.

    ``nodes``: the person first, then up to ``limit`` others by number of shared events;
    ``edges``: ``{source, target, count}`` for every pair of nodes that met.
    """
    centre = store.query("SELECT id, name FROM people WHERE id = ?", (person_id,))
    if not centre:
        raise NotFound(f"no person with id {person_id!r}")
    met = store.query(
        """
        SELECT p2.person AS id, count(DISTINCT p1.event) AS count
        FROM event_participants p1
        JOIN event_participants p2 ON p1.event = p2.event AND p2.person <> p1.person
        WHERE p1.person = ? GROUP BY p2.person ORDER BY count DESC, p2.person LIMIT ?
        """,
        (person_id, limit),
    )
    total = store.query(
        """
        SELECT count(DISTINCT p2.person) FROM event_participants p1
        JOIN event_participants p2 ON p1.event = p2.event AND p2.person <> p1.person
        WHERE p1.person = ?
        """,
        (person_id,),
    )[0][0]
    ids = [person_id] + [r["id"] for r in met]
    names = names_of(store, ids)
    nodes = [{"id": person_id, "name": centre[0]["name"], "count": 0, "centre": True}] + [
        {"id": r["id"], "name": names.get(r["id"], r["id"]), "count": r["count"], "centre": False}
        for r in met
    ]
    edges = [{"source": person_id, "target": r["id"], "count": r["count"]} for r in met]
    others = [r["id"] for r in met]
    if len(others) > 1:
        in_a, a_params = store.id_filter("a.person", others)
        in_b, b_params = store.id_filter("b.person", others)
        edges += [
            dict(r)
            for r in store.query(
                f"""
                SELECT a.person AS source, b.person AS target, count(DISTINCT a.event) AS count
                FROM event_participants a
                JOIN event_participants b ON a.event = b.event AND a.person < b.person
                WHERE {in_a} AND {in_b}
                GROUP BY a.person, b.person
                """,
                a_params + b_params,
            )
        ]
    return {"person": person_id, "nodes": nodes, "edges": edges, "total_met": total}


# ----------------------------------------------------------------- articles


def article_meta(store: Store, ids: list[str]) -> dict[str, dict]:
    """Title, outlet, dates and duplicate_of of the articles ``ids``, by id."""
    where, params = store.id_filter("id", sorted(set(ids)))
    rows = store.query(
        f"SELECT id, url, outlet, title, published, language, duplicate_of FROM articles WHERE {where}",
        params,
    )
    return {r["id"]: dict(r) for r in rows}


def list_articles(store: Store, offset: int = 0, limit: int = 20) -> Page:
    """Articles, newest publication first (undated last)."""
    total = store.query("SELECT count(*) FROM articles")[0][0]
    rows = store.query(
        "SELECT id, url, outlet, title, published, language, duplicate_of FROM articles "
        "ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return Page([dict(r) for r in rows], total, offset, limit)


def article(store: Store, article_id: str) -> dict:
    """One article: clean text, its blocks, removed boilerplate and the spans of its facts.

    ``spans`` are ``{kind, start, end, label, person?, event?}`` with offsets into ``text``:
    person mentions, ages, meetings, quotes and relations. Local person keys are mapped to
    the resolved people.
    """
    rows = store.query(
        "SELECT id, url, outlet, title, published, language, duplicate_of, text, blocks, removed, "
        "ingested_at FROM articles WHERE id = ?",
        (article_id,),
    )
    if not rows:
        raise NotFound(f"no article with id {article_id!r}")
    row = dict(rows[0])
    members = {
        r["key"]: r["person"]
        for r in store.query("SELECT key, person FROM person_members WHERE article = ?", (article_id,))
    }
    local = {
        r["key"]: dict(r)
        for r in store.query(
            "SELECT key, name, mentions FROM article_people WHERE article = ? ORDER BY position",
            (article_id,),
        )
    }
    names = names_of(store, list(members.values()))

    def who(key: str | None) -> dict:
        person = members.get(key or "")
        name = names.get(person or "") or (local[key]["name"] if key in local else None)
        return {"person": person, "name": name}

    spans: list[dict] = []
    for key, p in local.items():
        for start, end in json.loads(p["mentions"]):
            spans.append({"kind": "person", "start": start, "end": end, "label": p["name"]} | who(key))
    for r in store.query("SELECT * FROM article_ages WHERE article = ? ORDER BY position", (article_id,)):
        person = who(r["person"])
        label = f"{person['name']}, {r['age']}"
        spans.append(_span("age", r, label) | person | {"age": r["age"]})
    events = {
        r["evidence_start"]: r["event"]
        for r in store.query(
            "SELECT event, evidence_start FROM event_sources WHERE article = ? ORDER BY event",
            (article_id,),
        )
    }
    parts: dict[int, list[str]] = {}
    for r in store.query(
        "SELECT meeting, person FROM article_meeting_participants WHERE article = ? ORDER BY position",
        (article_id,),
    ):
        parts.setdefault(r["meeting"], []).append(who(r["person"])["name"] or r["person"])
    for r in store.query("SELECT * FROM article_meetings WHERE article = ? ORDER BY position", (article_id,)):
        where = ", ".join(x for x in (r["venue"], r["city"]) if x)
        label = " & ".join(parts.get(r["position"], [])) + (f" — {where}" if where else "")
        label += f" ({r['date']})" if r["date"] else ""
        spans.append(_span("meeting", r, label) | {"event": events.get(r["evidence_start"])})
    for r in store.query("SELECT * FROM article_quotes WHERE article = ? ORDER BY position", (article_id,)):
        speaker = who(r["speaker"]) if r["speaker"] else {"person": None, "name": None}
        spans.append(_span("quote", r, f"{speaker['name'] or 'unnamed'}: “{r['text']}”") | speaker)
    for r in store.query(
        "SELECT * FROM article_relations WHERE article = ? ORDER BY position", (article_id,)
    ):
        label = f"{who(r['subject'])['name']} {r['predicate'].replace('_', ' ')} {who(r['object'])['name']}"
        spans.append(_span("relation", r, label))
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    copy_rows = store.query("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", (article_id,))
    copies = [r["id"] for r in copy_rows]
    return {
        "id": row["id"],
        "url": row["url"],
        "outlet": row["outlet"],
        "title": row["title"],
        "published": row["published"],
        "language": row["language"],
        "duplicate_of": row["duplicate_of"],
        "copies": copies,
        "ingested_at": row["ingested_at"],
        "text": row["text"],
        "blocks": json.loads(row["blocks"]),
        "removed": json.loads(row["removed"]),
        "spans": spans,
        "people": [{"key": k, "name": p["name"]} | who(k) for k, p in local.items()],
    }


def _span(kind: str, row, label: str) -> dict:
    return {"kind": kind, "start": row["evidence_start"], "end": row["evidence_end"], "label": label}


def search_articles(store: Store, q: str, offset: int = 0, limit: int = 20) -> Page:
    """Articles matching ``q`` (full text, best first), each with a snippet whose matches sit
    between SNIPPET_OPEN and SNIPPET_CLOSE."""
    total, items = store.search_articles(q, offset, limit)
    return Page(items, total, offset, limit)


# ----------------------------------------------------------------- events and conflicts


def event_page(store: Store, newest_first: bool = False, offset: int = 0, limit: int = 20, **filters) -> Page:
    """A page of events (export shape plus participant names), filtered like ``Store.events``."""
    found = store.events(**filters, newest_first=newest_first, limit=limit, offset=offset)
    total = store.count_events(**filters)
    names = names_of(store, [p for e in found for p in e.participants])
    items = [
        export.event_dict(e) | {"participant_names": [names.get(p, p) for p in e.participants]} for e in found
    ]
    return Page(items, total, offset, limit)


def event(store: Store, event_id: str) -> dict:
    """One event with participant names and, per source, the article's metadata and the
    evidence's place in the article text (``start``/``end``) and its paragraph."""
    found = store.events(ids=[event_id])
    if not found:
        raise NotFound(f"no event with id {event_id!r}")
    e = found[0]
    names = names_of(store, e.participants)
    meta = article_meta(store, [s.article for s in e.sources])
    texts = _texts(store, [s.article for s in e.sources])
    sources = []
    for s in e.sources:
        text = texts.get(s.article, "")
        source = export.source_dict(s) | {"start": s.start, "end": s.end, "article_meta": meta.get(s.article)}
        source["context"] = _context(text, s.start, s.end) if s.start is not None else None
        sources.append(source)
    independent = {(m.get("outlet") or m["id"]) for m in meta.values() if not m.get("duplicate_of")}
    return export.event_dict(e) | {
        "participant_names": [names.get(p, p) for p in e.participants],
        "participants_detail": [{"id": p, "name": names.get(p, p)} for p in e.participants],
        "sources": sources,
        "source_count": len(meta),
        "independent_sources": len(independent),
    }


def _texts(store: Store, ids: list[str]) -> dict[str, str]:
    where, params = store.id_filter("id", sorted(set(ids)))
    return {r["id"]: r["text"] for r in store.query(f"SELECT id, text FROM articles WHERE {where}", params)}


def _context(text: str, start: int, end: int) -> dict:
    """The paragraph around [start, end): ``before``, ``evidence`` and ``after`` strings."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while end > start and text[end - 1] in "\n ":
        end -= 1
    left = text.rfind("\n\n", 0, start)
    left = 0 if left < 0 else left + 2
    right = text.find("\n\n", end)
    right = len(text) if right < 0 else right
    return {"before": text[left:start], "evidence": text[start:end], "after": text[end:right]}


def conflicts_page(store: Store, offset: int = 0, limit: int = 50) -> Page:
    total = store.query("SELECT count(*) FROM conflicts")[0][0]
    rows = store.query(f"SELECT * FROM conflicts ORDER BY {CONFLICT_ORDER} LIMIT ? OFFSET ?", (limit, offset))
    items = [
        {"kind": r["kind"], "description": r["description"], "articles": json.loads(r["articles"])}
        for r in rows
    ]
    return Page(items, total, offset, limit)


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
