"""The ``limelight.export/1`` document (see shared/contract/EXPORT.md) and writing it as JSON.

Pure functions from model records to plain dicts; the API and the CLI reuse the
per-record functions so every output shows a person or an event the same way.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from limelight.models import Age, Conflict, Event, Knowledge, Person, Quote, Relation, Source

FORMAT = "limelight.export/1"
ARTICLE_KEYS = ("id", "url", "outlet", "title", "published", "language", "duplicate_of")


def to_export(articles: list[dict], knowledge: Knowledge) -> dict:
    """The whole export: ``articles`` are dicts with at least ARTICLE_KEYS. People, events and
    relations carry extra keys ``source_count`` and ``independent_sources``."""
    count = corroboration(articles, knowledge.duplicates)
    return {
        "format": FORMAT,
        "articles": [article_dict(a, knowledge.duplicates) for a in articles],
        "people": [person_dict(p) | count(p.articles) for p in knowledge.people],
        "ages": [age_dict(a) for a in knowledge.ages],
        "events": [event_dict(e) | count([s.article for s in e.sources]) for e in knowledge.events],
        "quotes": [quote_dict(q) for q in knowledge.quotes],
        "relations": [relation_dict(r) | count([s.article for s in r.sources]) for r in knowledge.relations],
        "conflicts": [conflict_dict(c) for c in knowledge.conflicts],
    }


def corroboration(articles: list[dict], duplicates: dict[str, str]):
    """A function from article ids to {source_count, independent_sources}: independent sources are
    distinct outlets among the articles that copy nobody."""
    outlet = {a["id"]: a.get("outlet") or a["id"] for a in articles}

    def count(ids: list[str]) -> dict:
        ids = sorted(set(ids))
        originals = {outlet.get(i, i) for i in ids if i not in duplicates}
        return {"source_count": len(ids), "independent_sources": len(originals)}

    return count


def article_dict(article: dict, duplicates: dict[str, str]) -> dict:
    out = {key: article.get(key) for key in ARTICLE_KEYS}
    out["duplicate_of"] = duplicates.get(out["id"], out["duplicate_of"])
    return out


def birth_dict(birth: tuple[str, str] | None) -> dict | None:
    return {"earliest": birth[0], "latest": birth[1]} if birth else None


def person_dict(p: Person) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "aliases": list(p.aliases),
        "birth": birth_dict(p.birth),
        "descriptors": list(p.descriptors),
        "articles": list(p.articles),
    }


def age_dict(a: Age) -> dict:
    return {"person": a.person, "age": a.age, "as_of": a.as_of, "article": a.article, "evidence": a.evidence}


def source_dict(s: Source) -> dict:
    return {"article": s.article, "evidence": s.evidence}


def event_dict(e: Event) -> dict:
    return {
        "id": e.id,
        "kind": e.kind,
        "participants": list(e.participants),
        "date": e.date,
        "place": e.place,
        "occasion": e.occasion,
        "sources": [source_dict(s) for s in e.sources],
    }


def quote_dict(q: Quote) -> dict:
    return {
        "speaker": q.speaker,
        "text": q.text,
        "article": q.article,
        "medium": q.medium,
        "evidence": q.evidence,
    }


def relation_dict(r: Relation) -> dict:
    return {
        "subject": r.subject,
        "predicate": r.predicate,
        "object": r.object,
        "sources": [source_dict(s) for s in r.sources],
    }


def conflict_dict(c: Conflict) -> dict:
    return {"kind": c.kind, "description": c.description, "articles": list(c.articles)}


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def write_json(data: object, path: str | Path) -> None:
    """Write ``data`` as UTF-8 JSON to ``path``; ``-`` means standard output."""
    text = dumps(data) + "\n"
    if str(path) == "-":
        sys.stdout.write(text)
        return
    target = Path(path)
    # Write beside the target, then rename: a reader never sees half an export.
    partial = target.with_name(target.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
