"""schema.org JSON-LD: people as ``Person``, meetings as ``Event``, quotes as ``Quotation``,
and every source article as a ``NewsArticle`` they cite, in one ``@graph``.

Only real schema.org types and properties; relations become ``spouse``, ``parent``,
``children``, ``sibling`` or (friends, partners, exes: schema.org has nothing closer) ``knows``.
"""

from __future__ import annotations

import json
from pathlib import Path

BASE = "urn:limelight:"
# predicate -> (property on the subject, property on the object); None: not stated that way.
RELATIONS = {
    "spouse_of": ("spouse", "spouse"),
    "parent_of": ("children", "parent"),
    "child_of": ("parent", "children"),
    "sibling_of": ("sibling", "sibling"),
    "friend_of": ("knows", "knows"),
    "partner_of": ("knows", "knows"),
    "ex_partner_of": ("knows", "knows"),
    "ex_spouse_of": ("knows", "knows"),
}


def person_id(pid: str) -> str:
    return f"{BASE}person:{pid}"


def article_id(aid: str) -> str:
    return f"{BASE}article:{aid}"


def to_jsonld(graph: dict) -> dict:
    """The whole graph as one JSON-LD document with a schema.org context."""
    nodes: list[dict] = [news_article(a) for a in graph["articles"]]
    names = {p["id"]: p["name"] for p in graph["people"]}
    links: dict[str, dict[str, set[str]]] = {}

    def link(a: str, prop: str, b: str) -> None:
        if a != b:
            links.setdefault(a, {}).setdefault(prop, set()).add(b)

    for e in graph["events"]:
        for p in e["participants"]:
            for q in e["participants"]:
                link(p, "knows", q)
    for r in graph["relations"]:
        forward, backward = RELATIONS.get(r["predicate"], ("knows", "knows"))
        link(r["subject"], forward, r["object"])
        link(r["object"], backward, r["subject"])
    for p in graph["people"]:
        nodes.append(person(p, links.get(p["id"], {})))
    nodes.extend(event(e, names) for e in graph["events"])
    nodes.extend(quotation(q, i) for i, q in enumerate(graph["quotes"], start=1))
    return {"@context": "https://schema.org", "@graph": nodes}


def news_article(a: dict) -> dict:
    node = {
        "@id": article_id(a["id"]),
        "@type": "NewsArticle",
        "identifier": a["id"],
    }
    if a.get("title"):
        node["headline"] = a["title"]
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


def person(p: dict, links: dict[str, set[str]]) -> dict:
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
    for prop, others in sorted(links.items()):
        node[prop] = [{"@id": person_id(k)} for k in sorted(others)]
    return node


def event(e: dict, names: dict[str, str]) -> dict:
    who = " and ".join(names.get(p, p) for p in e["participants"])
    node = {
        "@id": f"{BASE}event:{e['id']}",
        "@type": "Event",
        "identifier": e["id"],
        "name": f"{e.get('occasion') or e.get('kind') or 'meeting'}: {who}",
        "attendee": [{"@id": person_id(p)} for p in e["participants"]],
        "subjectOf": [
            {"@id": article_id(a)} for a in dict.fromkeys(s["article"] for s in e.get("sources") or [])
        ],
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
        node["location"] = {"@type": "Place", "address": address}
        if place.get("venue") or place.get("city"):
            node["location"]["name"] = place.get("venue") or place.get("city")
    return node


def quotation(q: dict, n: int) -> dict:
    node = {
        "@id": f"{BASE}quote:{n}",
        "@type": "Quotation",
        "text": q["text"],
        "isPartOf": {"@id": article_id(q["article"])},
        "citation": {"@id": article_id(q["article"])},
    }
    if q.get("speaker"):
        node["creator"] = {"@id": person_id(q["speaker"])}
    return node


def write_jsonld(graph: dict, path: Path) -> Path:
    """Write the document (beside it first, then renamed: never half a file)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(to_jsonld(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(path)
    return path
