"""schema.org JSON-LD: people as ``Person``, meetings as ``Event``, quotes as ``Quotation``,
and every source article as a ``NewsArticle`` they cite, in one ``@graph``."""

from __future__ import annotations

import json
from pathlib import Path

BASE = "urn:limelight:"


def person_id(pid: str) -> str:
    return f"{BASE}person:{pid}"


def article_id(aid: str) -> str:
    return f"{BASE}article:{aid}"


def to_jsonld(graph: dict) -> dict:
    nodes: list[dict] = [news_article(a) for a in graph["articles"]]
    knows: dict[str, set[str]] = {}
    for e in graph["events"]:
        for p in e["participants"]:
            knows.setdefault(p, set()).update(q for q in e["participants"] if q != p)
    for p in graph["people"]:
        nodes.append(person(p, sorted(knows.get(p["id"], ()))))
    nodes.extend(event(e) for e in graph["events"])
    nodes.extend(quotation(q, i) for i, q in enumerate(graph["quotes"], start=1))
    return {"@context": "https://schema.org", "@graph": nodes}


def news_article(a: dict) -> dict:
    node = {
        "@id": article_id(a["id"]),
        "@type": "NewsArticle",
        "identifier": a["id"],
        "headline": a.get("title"),
    }
    if a.get("url"):
        node["url"] = a["url"]
    if a.get("outlet"):
        node["publisher"] = {"@type": "Organization", "name": a["outlet"]}
    if a.get("published"):
        node["datePublished"] = a["published"]
    if a.get("language"):
        node["inLanguage"] = a["language"]
    if a.get("duplicate_of"):
        node["isBasedOn"] = {"@id": article_id(a["duplicate_of"])}
    return node


def person(p: dict, knows: list[str]) -> dict:
    node = {
        "@id": person_id(p["id"]),
        "@type": "Person",
        "identifier": p["id"],
        "name": p["name"],
        "subjectOf": [{"@id": article_id(a)} for a in p.get("articles") or []],
    }
    if p.get("aliases"):
        node["alternateName"] = p["aliases"]
    if p.get("descriptors"):
        node["description"] = "; ".join(p["descriptors"])
    birth = p.get("birth")
    if birth and birth["earliest"] == birth["latest"]:
        node["birthDate"] = birth["earliest"]
    if knows:
        node["knows"] = [{"@id": person_id(k)} for k in knows]
    return node


def event(e: dict) -> dict:
    node = {
        "@id": f"{BASE}event:{e['id']}",
        "@type": "Event",
        "identifier": e["id"],
        "name": e.get("occasion") or e.get("kind") or "meeting",
        "attendee": [{"@id": person_id(p)} for p in e["participants"]],
        "subjectOf": [{"@id": article_id(s["article"])} for s in e.get("sources") or []],
    }
    if e.get("date"):
        node["startDate"] = e["date"]
    place = e.get("place") or {}
    if any(place.values()):
        address = {"@type": "PostalAddress"}
        for key, prop in (
            ("city", "addressLocality"),
            ("region", "addressRegion"),
            ("country", "addressCountry"),
        ):
            if place.get(key):
                address[prop] = place[key]
        node["location"] = {
            "@type": "Place",
            "name": place.get("venue") or place.get("city"),
            "address": address,
        }
    return node


def quotation(q: dict, n: int) -> dict:
    node = {
        "@id": f"{BASE}quote:{n}",
        "@type": "Quotation",
        "text": q["text"],
        "isPartOf": {"@id": article_id(q["article"])},
    }
    if q.get("speaker"):
        node["creator"] = {"@id": person_id(q["speaker"])}
    return node


def write_jsonld(graph: dict, path: Path) -> Path:
    path.write_text(json.dumps(to_jsonld(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    return path
