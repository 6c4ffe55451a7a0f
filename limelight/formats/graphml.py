"""GraphML (opens in Gephi): people as nodes, who-met-whom and relations as edges.

Attributes are typed scalars only (GraphML has no lists or nulls): lists are joined with
"; " and missing values are left out.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx


def to_graph(graph: dict) -> nx.MultiGraph:
    """People and their meetings (one edge per pair, weighted by events) and relations."""
    g = nx.MultiGraph()
    for p in graph["people"]:
        attrs = {
            "label": p["name"],
            "aliases": "; ".join(p.get("aliases") or []),
            "descriptors": "; ".join(p.get("descriptors") or []),
            "articles": len(p.get("articles") or []),
            "source_count": p.get("source_count", 0),
            "independent_sources": p.get("independent_sources", 0),
        }
        if p.get("birth"):
            attrs["birth_earliest"], attrs["birth_latest"] = p["birth"]["earliest"], p["birth"]["latest"]
        g.add_node(p["id"], **attrs)
    met: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in graph["events"]:
        people = sorted(set(e["participants"]))
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                met[(a, b)].append(e)
    for (a, b), events in sorted(met.items()):
        g.add_edge(a, b, key=f"met:{a}:{b}", kind="met", label="met", weight=len(events),
                   events="; ".join(e["id"] for e in events),
                   dates="; ".join(e["date"] or "?" for e in events),
                   cities="; ".join((e.get("place") or {}).get("city") or "?" for e in events),
                   sources=sum(len(e.get("sources") or []) for e in events))  # fmt: skip
    for r in graph["relations"]:
        # The graph is undirected (meetings are); subject and object keep a relation's direction.
        g.add_edge(r["subject"], r["object"], key=f"{r['predicate']}:{r['subject']}:{r['object']}",
                   kind=r["predicate"], label=r["predicate"], subject=r["subject"], object=r["object"],
                   weight=1, sources=len(r.get("sources") or []),
                   independent_sources=r.get("independent_sources", 0))  # fmt: skip
    return g


def write_graphml(graph: dict, path: Path) -> Path:
    """Write the GraphML file (beside it first, then renamed: never half a file)."""
    partial = path.with_name(path.name + ".partial")
    nx.write_graphml(to_graph(graph), partial, encoding="utf-8")
    partial.replace(path)
    return path
