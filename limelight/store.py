"""Storage of articles, their facts and the resolved knowledge (SQLite now; PostgreSQL later).

``connect(url)`` picks the backend by URL scheme and returns a ``Store``. Every write is one
transaction: an article with all its facts, or the whole knowledge graph, is stored
completely or not at all. All SQL lives here and in ``schema.py``; callers only see
the model dataclasses and plain dicts.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from limelight import schema
from limelight.errors import StoreError
from limelight.models import (
    AgeFact,
    ArticleFacts,
    Block,
    Document,
    Evidence,
    Knowledge,
    LocalPerson,
    MeetingFact,
    QuoteFact,
    RelationFact,
)
from limelight.store_knowledge import KnowledgeMixin, id_filter

# Child tables first: deleting in this order never trips a foreign key.
ARTICLE_FACT_TABLES = (
    "article_meeting_participants",
    "article_meetings",
    "article_quotes",
    "article_relations",
    "article_ages",
    "article_people",
)

ARTICLE_COLUMNS = (
    "id, source, url, outlet, title, published, language, text, original, blocks, removed, offsets, "
    "content_hash, duplicate_of, ingested_at"
)


def connect(url: str, create: bool = True) -> Store:
    """A Store for ``url``: a file path, ``sqlite:///path`` or ``sqlite://:memory:``.

    With ``create=False`` a missing database is an error instead of a new empty file.
    """
    url = str(url)
    scheme, sep, rest = url.partition("://")
    if not sep:
        return SQLiteStore.open(url, create)
    scheme = scheme.lower()
    if scheme == "sqlite":
        # sqlite:///relative.db and sqlite:////abs/path.db, as in SQLAlchemy.
        return SQLiteStore.open(rest[1:] if rest.startswith("/") else rest, create)
    if scheme in ("postgresql", "postgres"):
        raise StoreError("PostgreSQL storage is not available yet; use a SQLite file path for --db")
    raise StoreError(f"unsupported database URL scheme {scheme!r} (use a file path or sqlite:///path)")


def content_hash(document: Document, facts: ArticleFacts) -> str:
    """A hash of everything stored for one article (its source path aside).

    Facts are part of it, so re-processing with a better extractor replaces stale facts,
    while re-ingesting the same input with the same code is a no-op.
    """
    doc = asdict(document)
    doc.pop("source")
    payload = json.dumps([doc, asdict(facts)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store(KnowledgeMixin):
    """The database: per-article rows plus the knowledge resolved across them.

    Written against the DB-API with ``?`` placeholders; a PostgreSQL subclass would
    provide its own ``open`` and placeholder translation.
    """

    def __init__(self, conn: sqlite3.Connection, description: str) -> None:
        self.conn = conn
        self.description = description

    # ------------------------------------------------------------- plumbing

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; any exception rolls it back."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"{self.description}: cannot start a transaction ({err})") from err
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise StoreError(f"{self.description}: {err}") from err

    def _meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def knowledge_stale(self) -> bool:
        """True when articles changed since the knowledge was last rebuilt."""
        return self._meta("knowledge_stale") == "1"

    # ------------------------------------------------------------- articles

    def save_article(self, document: Document, facts: ArticleFacts) -> str:
        """Store one article and its facts atomically: "new", "changed" or "unchanged"."""
        digest = content_hash(document, facts)
        try:
            with self.transaction():
                row = self.conn.execute(
                    "SELECT content_hash FROM articles WHERE id = ?", (document.id,)
                ).fetchone()
                if row is not None and row["content_hash"] == digest:
                    return "unchanged"
                for table in ARTICLE_FACT_TABLES:
                    self.conn.execute(f"DELETE FROM {table} WHERE article = ?", (document.id,))
                self._upsert_article(document, digest)
                self._index_article(document.id, document.title, document.text)
                self._insert_facts(document.id, facts)
                self._set_meta("knowledge_stale", "1")
        except sqlite3.Error as err:
            raise StoreError(f"article {document.id!r} not stored: {err}") from err
        return "new" if row is None else "changed"

    def _upsert_article(self, d: Document, digest: str) -> None:
        blocks = [{"kind": b.kind, "start": b.start, "end": b.end, "credit": b.credit} for b in d.blocks]
        values = (
            d.id, d.source, d.url, d.outlet, d.title, d.published, d.language, d.text, d.original,
            dumps(blocks), dumps(d.removed), dumps([list(o) for o in d.offsets]), digest, None,
            datetime.now(UTC).isoformat(timespec="seconds"),
        )  # fmt: skip
        # An UPDATE (not DELETE + INSERT) keeps rows that reference the article valid;
        # duplicate_of is recomputed after the batch, so a changed article keeps its old one.
        self.conn.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 15)}) "
            "ON CONFLICT(id) DO UPDATE SET source = excluded.source, url = excluded.url, "
            "outlet = excluded.outlet, title = excluded.title, published = excluded.published, "
            "language = excluded.language, text = excluded.text, original = excluded.original, "
            "blocks = excluded.blocks, removed = excluded.removed, offsets = excluded.offsets, "
            "content_hash = excluded.content_hash, ingested_at = excluded.ingested_at",
            values,
        )

    def _index_article(self, article: str, title: str | None, text: str) -> None:
        """Put one article into the full-text index (replacing its previous row)."""
        rowid = search_rowid(article)
        self.conn.execute("DELETE FROM article_search WHERE rowid = ?", (rowid,))
        self.conn.execute(
            "INSERT INTO article_search (rowid, article, title, text) VALUES (?, ?, ?, ?)",
            (rowid, article, title or "", text),
        )

    def reindex_search(self) -> int:
        """Rebuild the full-text index from the stored articles; returns how many were indexed."""
        try:
            with self.transaction():
                self.conn.execute("DELETE FROM article_search")
                rows = self.conn.execute("SELECT id, title, text FROM articles").fetchall()
                self.conn.executemany(
                    "INSERT INTO article_search (rowid, article, title, text) VALUES (?, ?, ?, ?)",
                    [(search_rowid(r["id"]), r["id"], r["title"] or "", r["text"]) for r in rows],
                )
                self._set_meta("search_index", schema.SEARCH_INDEX_VERSION)
        except sqlite3.Error as err:
            raise StoreError(f"{self.description}: search index not rebuilt: {err}") from err
        return len(rows)

    def _insert_facts(self, article: str, facts: ArticleFacts) -> None:
        ex = self.conn.executemany
        ex(
            "INSERT INTO article_people VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article, p.key, i, p.name, dumps(p.aliases), dumps(p.descriptors),
                 dumps([list(m) for m in p.mentions]), dumps(p.birth_names))
                for i, p in enumerate(facts.people)
            ],
        )  # fmt: skip
        ex(
            "INSERT INTO article_ages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article, i, a.person, a.age, a.as_of, *evidence(a.evidence)) for i, a in enumerate(facts.ages)],
        )
        ex(
            "INSERT INTO article_meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article, i, m.kind, m.date, m.venue, m.city, m.region, m.country, m.occasion,
                 *evidence(m.evidence))
                for i, m in enumerate(facts.meetings)
            ],
        )  # fmt: skip
        ex(
            "INSERT INTO article_meeting_participants VALUES (?, ?, ?, ?)",
            [
                (article, i, j, key)
                for i, m in enumerate(facts.meetings)
                for j, key in enumerate(m.participants)
            ],
        )
        ex(
            "INSERT INTO article_quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article, i, q.speaker, q.text, q.medium, *evidence(q.evidence))
                for i, q in enumerate(facts.quotes)
            ],
        )
        ex(
            "INSERT INTO article_relations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article, i, r.subject, r.predicate, r.object, *evidence(r.evidence))
                for i, r in enumerate(facts.relations)
            ],
        )

    def load_documents(self) -> list[Document]:
        """Every stored article, in id order."""
        return [row_to_document(r) for r in self.query(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY id")]

    def articles(self, ids: list[str] | None = None) -> list[dict]:
        """Article metadata (no text), in id order: what the export lists (or only ``ids``)."""
        where, params = id_filter("id", None if ids is None else sorted(set(ids)))
        return [
            dict(r)
            for r in self.query(
                "SELECT id, url, outlet, title, published, language, duplicate_of FROM articles "
                f"WHERE {where} ORDER BY id",
                params,
            )
        ]

    def load_facts(self) -> list[ArticleFacts]:
        """The facts of every stored article, in article id order."""
        facts = {
            r["id"]: ArticleFacts(article=r["id"]) for r in self.query("SELECT id FROM articles ORDER BY id")
        }
        order = "ORDER BY article, position"
        for r in self.query(f"SELECT * FROM article_people {order}"):
            facts[r["article"]].people.append(
                LocalPerson(
                    key=r["key"],
                    name=r["name"],
                    aliases=json.loads(r["aliases"]),
                    descriptors=json.loads(r["descriptors"]),
                    mentions=[tuple(m) for m in json.loads(r["mentions"])],
                    birth_names=json.loads(r["birth_names"]),
                )
            )
        for r in self.query(f"SELECT * FROM article_ages {order}"):
            facts[r["article"]].ages.append(AgeFact(r["person"], r["age"], r["as_of"], row_evidence(r)))
        participants: dict[tuple[str, int], list[str]] = defaultdict(list)
        for r in self.query("SELECT * FROM article_meeting_participants ORDER BY article, meeting, position"):
            participants[r["article"], r["meeting"]].append(r["person"])
        for r in self.query(f"SELECT * FROM article_meetings {order}"):
            facts[r["article"]].meetings.append(
                MeetingFact(
                    participants=participants[r["article"], r["position"]],
                    date=r["date"],
                    evidence=row_evidence(r),
                    kind=r["kind"],
                    venue=r["venue"],
                    city=r["city"],
                    region=r["region"],
                    country=r["country"],
                    occasion=r["occasion"],
                )
            )
        for r in self.query(f"SELECT * FROM article_quotes {order}"):
            facts[r["article"]].quotes.append(
                QuoteFact(r["speaker"], r["text"], row_evidence(r), r["medium"])
            )
        for r in self.query(f"SELECT * FROM article_relations {order}"):
            facts[r["article"]].relations.append(
                RelationFact(r["subject"], r["predicate"], r["object"], row_evidence(r))
            )
        return list(facts.values())

    # ------------------------------------------------------------- knowledge

    def replace_knowledge(self, knowledge: Knowledge) -> None:
        """Swap the stored knowledge (and every article's duplicate_of) for ``knowledge``, atomically."""
        try:
            with self.transaction():
                for table in schema.KNOWLEDGE_TABLES:
                    self.conn.execute(f"DELETE FROM {table}")
                self.conn.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
                self.conn.executemany(
                    "UPDATE articles SET duplicate_of = ? WHERE id = ?",
                    [(original, copy) for copy, original in knowledge.duplicates.items()],
                )
                self._insert_knowledge(knowledge)
                self._set_meta("knowledge_stale", "0")
        except sqlite3.Error as err:
            raise StoreError(f"knowledge not stored: {err}") from err

    def stats(self) -> dict:
        """Counts of everything stored, for ``limelight stats``."""
        count = self._count
        return {
            "articles": count("articles"),
            "languages": dict(
                self.query("SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC, 1")
            ),
            "duplicates": count("articles", "duplicate_of IS NOT NULL"),
            "people": count("people"),
            "ages": count("ages"),
            "events": count("events"),
            "quotes": count("quotes"),
            "relations": count("relations"),
            "conflicts": count("conflicts"),
            "article_facts": {
                "people": count("article_people"),
                "ages": count("article_ages"),
                "meetings": count("article_meetings"),
                "quotes": count("article_quotes"),
                "relations": count("article_relations"),
            },
            "knowledge_stale": self.knowledge_stale(),
        }

    def _count(self, table: str, where: str = "1 = 1") -> int:
        return self.query(f"SELECT count(*) FROM {table} WHERE {where}")[0][0]


class SQLiteStore(Store):
    """The SQLite backend: one file, WAL journal, foreign keys enforced."""

    @classmethod
    def open(cls, path: str, create: bool = True) -> SQLiteStore:
        memory = path in (":memory:", "")
        if not memory and not create and not Path(path).exists():
            raise StoreError(f"no database at {path} (run `limelight ingest` first)")
        if not memory and create:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per unit of work.
            conn = sqlite3.connect(path or ":memory:", isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.create_function("casefold", 1, casefold, deterministic=True)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster per commit
            store = cls(conn, path or ":memory:")
            store._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open database {path}: {err}") from err
        return store

    def _migrate(self) -> None:
        self.conn.executescript(schema.SCHEMA + schema.SQLITE_SEARCH)
        version = self._meta("schema_version")
        if version is None:
            with self.transaction():
                self._set_meta("schema_version", str(schema.SCHEMA_VERSION))
        elif int(version) != schema.SCHEMA_VERSION:
            raise StoreError(
                f"{self.description} has schema version {version}; this Limelight expects "
                f"{schema.SCHEMA_VERSION}. Ingest into a fresh database."
            )
        if self._meta("search_index") != schema.SEARCH_INDEX_VERSION:
            self.reindex_search()  # a database from before the index (or a new one): fill it


# ----------------------------------------------------------------- row helpers


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def search_rowid(article_id: str) -> int:
    """A stable 63-bit rowid for an article's full-text row (never changed by VACUUM)."""
    return int.from_bytes(hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest()) >> 1


def casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def evidence(ev: Evidence) -> tuple[str, int, int]:
    return ev.text, ev.start, ev.end


def row_evidence(row: sqlite3.Row) -> Evidence:
    return Evidence(row["evidence"], row["evidence_start"], row["evidence_end"])


def row_to_document(r: sqlite3.Row) -> Document:
    return Document(
        id=r["id"],
        source=r["source"],
        url=r["url"],
        outlet=r["outlet"],
        title=r["title"],
        published=r["published"],
        language=r["language"],
        text=r["text"],
        blocks=[Block(**b) for b in json.loads(r["blocks"])],
        removed=json.loads(r["removed"]),
        original=r["original"],
        offsets=[tuple(o) for o in json.loads(r["offsets"])],
    )
