"""Parquet and CSV tables: people, events, ages, quotes, relations, conflicts and sources.

The same columns in both formats; lists stay lists in Parquet and are joined with "; " in
CSV. The ``sources`` table has one row per (fact, article) with the evidence sentence and
whether the article is an independent source (not a copy).
"""

from __future__ import annotations

import csv
from pathlib import Path


def to_tables(graph: dict) -> dict[str, list[dict]]:
    copies = {a["id"]: a.get("duplicate_of") for a in graph["articles"]}
    outlets = {a["id"]: (a.get("outlet"), a.get("url")) for a in graph["articles"]}
    sources: list[dict] = []

    def cite(kind: str, fact_id: str, article: str, evidence: str | None) -> None:
        outlet, url = outlets.get(article, (None, None))
        sources.append(
            {
                "fact_kind": kind,
                "fact_id": fact_id,
                "article": article,
                "outlet": outlet,
                "url": url,
                "evidence": evidence,
                "duplicate_of": copies.get(article),
                "independent": copies.get(article) is None,
            }
        )

    people = [
        {
            "id": p["id"],
            "name": p["name"],
            "aliases": p.get("aliases") or [],
            "descriptors": p.get("descriptors") or [],
            "birth_earliest": (p.get("birth") or {}).get("earliest"),
            "birth_latest": (p.get("birth") or {}).get("latest"),
            "articles": p.get("articles") or [],
            "source_count": p.get("source_count"),
            "independent_sources": p.get("independent_sources"),
        }
        for p in graph["people"]
    ]
    events = []
    for e in graph["events"]:
        place = e.get("place") or {}
        events.append(
            {
                "id": e["id"],
                "kind": e.get("kind"),
                "participants": e["participants"],
                "date": e.get("date"),
                "venue": place.get("venue"),
                "city": place.get("city"),
                "region": place.get("region"),
                "country": place.get("country"),
                "occasion": e.get("occasion"),
                "source_count": e.get("source_count"),
                "independent_sources": e.get("independent_sources"),
            }
        )
        for s in e.get("sources") or []:
            cite("event", e["id"], s["article"], s.get("evidence"))
    ages, quotes, relations = [], [], []
    for i, a in enumerate(graph["ages"], start=1):
        ages.append(
            {
                "id": f"a{i}",
                "person": a["person"],
                "age": a["age"],
                "as_of": a.get("as_of"),
                "article": a["article"],
            }
        )
        cite("age", f"a{i}", a["article"], a.get("evidence"))
    for i, q in enumerate(graph["quotes"], start=1):
        quotes.append(
            {
                "id": f"q{i}",
                "speaker": q.get("speaker"),
                "text": q["text"],
                "medium": q.get("medium"),
                "article": q["article"],
            }
        )
        cite("quote", f"q{i}", q["article"], q.get("evidence"))
    for i, r in enumerate(graph["relations"], start=1):
        relations.append(
            {
                "id": f"r{i}",
                "subject": r["subject"],
                "predicate": r["predicate"],
                "object": r["object"],
                "source_count": len(r.get("sources") or []),
            }
        )
        for s in r.get("sources") or []:
            cite("relation", f"r{i}", s["article"], s.get("evidence"))
    conflicts = [
        {"kind": c["kind"], "description": c["description"], "articles": c["articles"]}
        for c in graph["conflicts"]
    ]
    return {
        "people": people,
        "events": events,
        "ages": ages,
        "quotes": quotes,
        "relations": relations,
        "conflicts": conflicts,
        "sources": sources,
    }


def write_tables(graph: dict, folder: Path, fmt: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in to_tables(graph).items():
        path = folder / f"{name}.{fmt}"
        (write_parquet if fmt == "parquet" else write_csv)(rows, path)
        written.append(path)
    return written


def write_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        if not rows:
            return
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})


def write_parquet(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path)
