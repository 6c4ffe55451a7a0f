"""Parquet and CSV tables: people, events, ages, quotes, relations, conflicts and sources.

The same columns in both formats, declared once in ``COLUMNS`` so an empty table still has
its header and types; lists stay lists in Parquet and are joined with "; " in CSV. The
``sources`` table has one row per (fact, article) with the evidence sentence and whether the
article is an independent source (not a copy).
"""

from __future__ import annotations

import csv
from pathlib import Path

# Column name -> kind ("str", "int", "bool" or "list" of strings), in file order.
COLUMNS: dict[str, dict[str, str]] = {
    "people": {
        "id": "str",
        "name": "str",
        "aliases": "list",
        "descriptors": "list",
        "birth_earliest": "str",
        "birth_latest": "str",
        "articles": "list",
        "source_count": "int",
        "independent_sources": "int",
    },
    "events": {
        "id": "str",
        "kind": "str",
        "participants": "list",
        "participant_names": "list",
        "date": "str",
        "venue": "str",
        "city": "str",
        "region": "str",
        "country": "str",
        "occasion": "str",
        "source_count": "int",
        "independent_sources": "int",
    },
    "ages": {"id": "str", "person": "str", "age": "int", "as_of": "str", "article": "str"},
    "quotes": {"id": "str", "speaker": "str", "text": "str", "medium": "str", "article": "str"},
    "relations": {
        "id": "str",
        "subject": "str",
        "predicate": "str",
        "object": "str",
        "source_count": "int",
        "independent_sources": "int",
    },
    "conflicts": {"id": "str", "kind": "str", "description": "str", "articles": "list"},
    "sources": {
        "fact_kind": "str",
        "fact_id": "str",
        "article": "str",
        "outlet": "str",
        "url": "str",
        "published": "str",
        "evidence": "str",
        "duplicate_of": "str",
        "independent": "bool",
    },
}


def to_tables(graph: dict) -> dict[str, list[dict]]:
    """Rows per table; facts without their own id (ages, quotes, ...) get one by position."""
    articles = {a["id"]: a for a in graph["articles"]}
    names = {p["id"]: p["name"] for p in graph["people"]}
    sources: list[dict] = []

    def cite(kind: str, fact_id: str, article: str, evidence: str | None) -> None:
        meta = articles.get(article, {})
        sources.append(
            {
                "fact_kind": kind,
                "fact_id": fact_id,
                "article": article,
                "outlet": meta.get("outlet"),
                "url": meta.get("url"),
                "published": meta.get("published"),
                "evidence": evidence,
                "duplicate_of": meta.get("duplicate_of"),
                "independent": meta.get("duplicate_of") is None,
            }
        )

    people = []
    for p in graph["people"]:
        birth = p.get("birth") or {}
        people.append(p | {"birth_earliest": birth.get("earliest"), "birth_latest": birth.get("latest")})
        for a in p.get("articles") or []:
            cite("person", p["id"], a, None)
    events = []
    for e in graph["events"]:
        place = e.get("place") or {}
        names_of = [names.get(pid, pid) for pid in e["participants"]]
        events.append(e | place | {"participant_names": names_of})
        for s in e.get("sources") or []:
            cite("event", e["id"], s["article"], s.get("evidence"))
    ages, quotes, relations = [], [], []
    for i, a in enumerate(graph["ages"], start=1):
        ages.append(a | {"id": f"a{i}"})
        cite("age", f"a{i}", a["article"], a.get("evidence"))
    for i, q in enumerate(graph["quotes"], start=1):
        quotes.append(q | {"id": f"q{i}"})
        cite("quote", f"q{i}", q["article"], q.get("evidence"))
    for i, r in enumerate(graph["relations"], start=1):
        relations.append({"source_count": len(r.get("sources") or [])} | r | {"id": f"r{i}"})
        for s in r.get("sources") or []:
            cite("relation", f"r{i}", s["article"], s.get("evidence"))
    conflicts = [c | {"id": f"c{i}"} for i, c in enumerate(graph["conflicts"], start=1)]
    tables = {
        "people": people,
        "events": events,
        "ages": ages,
        "quotes": quotes,
        "relations": relations,
        "conflicts": conflicts,
        "sources": sources,
    }
    # Keep only the declared columns, in order: extra export keys never change a file's shape.
    return {
        name: [{col: row.get(col) for col in COLUMNS[name]} for row in rows] for name, rows in tables.items()
    }


def write_tables(graph: dict, folder: Path, fmt: str) -> list[Path]:
    """One ``<table>.<fmt>`` file per table in ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in to_tables(graph).items():
        path = folder / f"{name}.{fmt}"
        # Write beside the target, then rename: a reader never sees half a table.
        partial = path.with_name(path.name + ".partial")
        (write_parquet if fmt == "parquet" else write_csv)(name, rows, partial)
        partial.replace(path)
        written.append(path)
    return written


def write_csv(table: str, rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS[table]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})


def write_parquet(table: str, rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    schema = pa.schema([(col, kinds[kind]) for col, kind in COLUMNS[table].items()])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
