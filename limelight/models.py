"""Typed records that flow between the pipeline stages.

read -> RawArticle -> clean -> Document -> (spaCy) -> extract -> ArticleFacts
-> resolve (across articles) -> Knowledge -> store / export.

Offsets are character offsets into ``Document.text`` unless a field says otherwise.
Person references inside one article's facts are *local keys* ("p0", "p1", ...) of
``ArticleFacts.people``; after resolution they are global person ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ----------------------------------------------------------------- input


@dataclass
class RawArticle:
    """One article as read from a file, before any cleaning."""

    id: str
    source: str  # where it came from: "path" or "path:line"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date prefix when the input said
    text: str | None = None  # plain text (txt, jsonl "text")
    html: str | None = None  # a web page (html, jsonl "html")
    crawled: str | None = None  # when a crawler fetched it (WARC-Date): the last-resort date


@dataclass
class ReadProblem:
    """An input that could not be read; the batch goes on without it."""

    source: str  # "path" or "path:line"
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# ----------------------------------------------------------------- cleaned


@dataclass
class Block:
    """A span of ``Document.text`` with its role."""

    kind: str  # "headline" | "body" | "caption"
    start: int
    end: int
    credit: str | None = None  # photo credit of a caption ("Instagram", "Getty Images")


@dataclass
class Document:
    """A cleaned article: what the extractors read."""

    id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str  # ISO 639-1
    text: str  # headline, body paragraphs, then captions; blocks separated by "\n\n"
    blocks: list[Block] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # boilerplate dropped (related posts, ads...)
    original: str = ""  # the text as read (for html: the extracted main text)
    # aligned runs (clean_start, original_start, length) mapping text back to original
    offsets: list[tuple[int, int, int]] = field(default_factory=list)

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None

    def to_original(self, offset: int) -> int | None:
        """The offset in ``original`` of the character at ``offset`` in ``text``."""
        for clean_start, orig_start, length in self.offsets:
            if clean_start <= offset < clean_start + length:
                return orig_start + offset - clean_start
        return None


# ----------------------------------------------------------------- per-article facts


@dataclass
class Evidence:
    """The sentence (or span) a fact was read from."""

    text: str
    start: int
    end: int

    @classmethod
    def within(cls, text: str, start: int, end: int) -> Evidence:
        """The span ``text[start:end]`` without the blank space around it (a sentence spaCy cut
        often ends with the paragraph break)."""
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        return cls(piece.strip(), start + lead, start + lead + len(piece.strip()))


@dataclass
class LocalPerson:
    """A person named in one article, with every way the article refers to them."""

    key: str  # "p0", "p1", ... unique within the article
    name: str  # fullest real name used in the article
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    birth_names: list[str] = field(default_factory=list)  # "born Stanislaw Wendt"


@dataclass
class AgeFact:
    person: str  # local key
    age: int
    as_of: str | None
    evidence: Evidence


@dataclass
class MeetingFact:
    participants: list[str]  # local keys
    date: str | None
    evidence: Evidence
    kind: str = "meeting"
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    occasion: str | None = None
    period: str | None = None  # undated but told within a month or year: "2025-03", "2021"


@dataclass
class QuoteFact:
    speaker: str | None  # local key, None for an unnamed speaker
    text: str
    evidence: Evidence
    medium: str | None = None


@dataclass
class RelationFact:
    subject: str  # local key
    predicate: str
    object: str  # local key
    evidence: Evidence


@dataclass
class CountFact:
    """A figure stated about a person: "her 40-date tour", "his 3-year-old son"."""

    person: str  # local key of whom it is about (the artist, the parent)
    quantity: str  # normalised: "tour dates", "age of son", "children"
    value: int
    as_of: str | None
    evidence: Evidence


@dataclass
class ArticleFacts:
    article: str
    people: list[LocalPerson] = field(default_factory=list)
    ages: list[AgeFact] = field(default_factory=list)
    meetings: list[MeetingFact] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    counts: list[CountFact] = field(default_factory=list)


# ----------------------------------------------------------------- across articles


@dataclass
class Source:
    article: str
    evidence: str
    start: int | None = None
    end: int | None = None


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    birth: tuple[str, str] | None = None  # (earliest, latest) ISO dates
    members: list[tuple[str, str]] = field(default_factory=list)  # (article id, local key)
    link_keys: list[str] = field(default_factory=list)  # names that may join it to others (resolve.link_keys)


@dataclass
class Age:
    person: str
    age: int
    as_of: str | None
    article: str
    evidence: str


@dataclass
class Event:
    id: str
    kind: str
    participants: list[str]
    date: str | None
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    occasion: str | None = None
    sources: list[Source] = field(default_factory=list)
    reports: list[tuple[str, int]] = field(default_factory=list)  # (article, meeting index) merged here

    @property
    def place(self) -> dict:
        return {"venue": self.venue, "city": self.city, "region": self.region, "country": self.country}


@dataclass
class Quote:
    speaker: str | None
    text: str
    article: str
    medium: str | None
    evidence: str


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class Conflict:
    kind: str
    description: str
    articles: list[str]
    owner: str | None = None  # the person or event it is about: what an update replaces it with


def conflict_order(c: Conflict) -> tuple:
    """The order conflicts are listed in, whatever order they were found in."""
    return (c.kind, c.description, c.articles)


@dataclass
class Knowledge:
    """Everything known across the stored articles."""

    people: list[Person] = field(default_factory=list)
    ages: list[Age] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # article id -> id it copies


@dataclass
class KnowledgeUpdate:
    """A part of the stored graph recomputed after some articles changed: the people and events
    it replaces (with their ages, relations and conflicts), the articles whose quotes it
    replaces, what comes in their place, and copies found or undone (article -> original, or
    None for an original again)."""

    people_out: set[str] = field(default_factory=set)
    events_out: set[str] = field(default_factory=set)
    quote_articles: set[str] = field(default_factory=set)
    knowledge: Knowledge = field(default_factory=Knowledge)
    duplicates: dict[str, str | None] = field(default_factory=dict)
