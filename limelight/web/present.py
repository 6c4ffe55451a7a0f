"""Presentation helpers for the templates: dates, places, labels, pages, and highlighted text.

Highlighting never builds HTML from article text: ``segments`` cuts text into plain
pieces, each with the facts it belongs to, and the templates print every piece through
Jinja2's autoescaping. Markup comes only from the templates themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from markupsafe import Markup, escape

from limelight.queries import SNIPPET_CLOSE, SNIPPET_OPEN

MONTHS = "January February March April May June July August September October November December".split()
PREDICATES = {
    "spouse_of": "spouse of",
    "ex_spouse_of": "former spouse of",
    "partner_of": "partner of",
    "ex_partner_of": "former partner of",
    "friend_of": "friend of",
    "parent_of": "parent of",
    "child_of": "child of",
    "sibling_of": "sibling of",
}
FACT_KINDS = ("meeting", "age", "quote", "relation", "evidence")


def nice_date(value: str | None, empty: str = "undated") -> str:
    """ "2023-05-12" -> "12 May 2023"; "2023-05" -> "May 2023"; "2023" stays."""
    if not value:
        return empty
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return value


def place(value: dict | None) -> str:
    """A place dict as "Venue, City, Region, Country" without repeats or blanks."""
    if not value:
        return ""
    seen: list[str] = []
    for key in ("venue", "city", "region", "country"):
        part = value.get(key)
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)


def predicate(value: str) -> str:
    return PREDICATES.get(value, value.replace("_", " "))


def snippet(value: str) -> Markup:
    """An FTS snippet with its match markers turned into <mark>, everything else escaped."""
    out = []
    for i, piece in enumerate(value.split(SNIPPET_OPEN)):
        if i == 0:
            out.append(escape(piece))
            continue
        inside, _, rest = piece.partition(SNIPPET_CLOSE)
        out.append(Markup("<mark>") + escape(inside) + Markup("</mark>") + escape(rest))
    return Markup("").join(out)


def initials(name: str) -> str:
    letters = [w[0] for w in name.split() if w and w[0].isalpha()]
    return (letters[0] + (letters[-1] if len(letters) > 1 else "")).upper() if letters else "?"


@dataclass
class Segment:
    """A piece of text and the spans (facts, mentions) it lies in."""

    text: str
    kinds: list[str] = field(default_factory=list)  # fact kinds, e.g. ["meeting", "quote"]
    person: str | None = None  # a resolved person the piece names
    anchors: list[str] = field(default_factory=list)  # ids of facts starting here, for links
    labels: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"fact-{k}" for k in self.kinds)


def segments(text: str, start: int, end: int, spans: list[dict]) -> list[Segment]:
    """``text[start:end]`` cut at every span boundary; spans are dicts with ``kind``,
    ``start``, ``end`` and optionally ``person``, ``label`` and ``anchor``."""
    inside = [s for s in spans if s["start"] < end and s["end"] > start and s["end"] > s["start"]]
    cuts = {start, end}
    for s in inside:
        cuts.add(max(start, s["start"]))
        cuts.add(min(end, s["end"]))
    points = sorted(cuts)
    pieces: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        covering = [s for s in inside if s["start"] <= a and s["end"] >= b]
        seg = Segment(text[a:b])
        for s in covering:
            if s["kind"] == "person":
                seg.person = seg.person or s.get("person")
            elif s["kind"] not in seg.kinds:
                seg.kinds.append(s["kind"])
                if s.get("label"):
                    seg.labels.append(s["label"])
            anchor = s.get("anchor")
            if s["kind"] != "person" and anchor and s["start"] == a and anchor not in seg.anchors:
                seg.anchors.append(anchor)
        pieces.append(seg)
    return pieces


def page_numbers(total: int, per_page: int, page: int) -> dict:
    """Pagination state for templates: page, pages, has_prev, has_next."""
    pages = max(1, -(-total // per_page))
    return {"page": page, "pages": pages, "has_prev": page > 1, "has_next": page < pages, "total": total}


def with_page(params: dict, page: int) -> str:
    """A query string for ``params`` at ``page`` (empty values dropped)."""
    keep = {k: v for k, v in params.items() if v not in (None, "") and k != "page"}
    if page > 1:
        keep["page"] = page
    return "?" + urlencode(keep) if keep else "?"


FILTERS = {
    "nice_date": nice_date,
    "place": place,
    "predicate": predicate,
    "snippet": snippet,
    "initials": initials,
}
GLOBALS = {"with_page": with_page, "FACT_KINDS": FACT_KINDS}
