"""Storage of articles, their facts and the resolved knowledge, on SQLite or PostgreSQL.

``connect(url)`` picks the backend by URL scheme and returns a ``Store``: a file path or
``sqlite:///path`` opens SQLite (``store_sqlite.py``), ``postgresql://...`` PostgreSQL
(``store_pg.py``). Every write is one transaction: an article with all its facts, or the
whole knowledge graph, is stored completely or not at all. The SQL here (and in
``store_knowledge.py``, ``queries.py``) is portable, written with ``?`` or ``:name``
placeholders; a backend supplies the connection, transactions, bulk inserts, list filters
and full-text search. Callers only see the model dataclasses, plain dicts and rows that
index by column name or position.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from limelight import schema
from limelight.errors import StoreError
from limelight.models import (
    ArticleFacts,
    Block,
    Document,
    Knowledge,
)
from limelight.store_facts import FactsMixin, dumps
from limelight.store_knowledge import KnowledgeMixin
from limelight.store_update import KNOWLEDGE_FORMAT, UpdateMixin

SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"  # match markers in search snippets; never in text

# Child tables first: deleting in this order never trips a foreign key.
ARTICLE_FACT_TABLES = (
    "article_meeting_participants",
    "article_meetings",
    "article_quotes",
    "article_relations",
    "article_ages",
    "article_counts",
    "article_people",
)

ARTICLE_COLUMNS = (
    "id, source, url, outlet, title, published, language, text, original, blocks, removed, offsets, "
    "content_hash, duplicate_of, ingested_at"
)


def connect(url: str, create: bool = True) -> Store:
    """A Store for ``url``: a file path, ``sqlite:///path``, ``sqlite://:memory:`` or
    ``postgresql://user:password@host:port/dbname`` (any libpq URL).

    With ``create=False`` a missing database is an error instead of a new empty one.
    """
    url = str(url)
    scheme, sep, rest = url.partition("://")
    scheme = scheme.lower() if sep else ""
    if scheme in ("postgresql", "postgres"):
        from limelight.store_pg import PostgresStore  # psycopg is imported only when used

        return PostgresStore.open(url, create)
    from limelight.store_sqlite import SQLiteStore

    if not sep:
        return SQLiteStore.open(url, create)
    if scheme == "sqlite":
        # sqlite:///relative.db and sqlite:////abs/path.db, as in SQLAlchemy.
        return SQLiteStore.open(rest[1:] if rest.startswith("/") else rest, create)
    raise StoreError(
        f"unsupported database URL scheme {scheme!r} (use a file path, sqlite:///path or postgresql://...)"
    )


def content_hash(document: Document, facts: ArticleFacts) -> str:
    """A hash of everything stored for one article (its source path aside).

    Facts are part of it, so re-processing with a better extractor replaces stale facts,
    while re-ingesting the same input with the same code is a no-op.
    """
    doc = asdict(document)
    doc.pop("source")
    payload = json.dumps([doc, asdict(facts)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store(FactsMixin, KnowledgeMixin, UpdateMixin):
    """The database: per-article rows plus the knowledge resolved across them.

    Backends subclass it and provide ``open``, ``Error`` (their driver's exception base),
    ``transaction``, ``execute``, ``executemany``, ``bulk_insert``, ``id_filter`` and the
    full-text search hooks; everything else is shared.
    """

    Error: type[Exception] = Exception

    def __init__(self, conn: Any, description: str) -> None:
        self.conn = conn
        self.description = description  # the file or URL, never with a password

    # ------------------------------------------------------------- plumbing

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[None]:
        """One atomic unit of work, one writer at a time; any exception rolls it back."""
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence | dict = ()) -> Any:
        """Run one statement (``?`` or ``:name`` placeholders); a cursor to fetch from."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        raise NotImplementedError

    def batch(self) -> AbstractContextManager[None]:
        """Writes whose results nobody reads, sent together where the backend can."""
        return nullcontext()

    def bulk_insert(self, table: str, rows: Iterable[Sequence]) -> None:
        """Append ``rows`` (every column, in table order) to ``table``, the fastest way the
        backend has; inside a ``transaction`` for atomicity. For loaders and benchmarks too."""
        raise NotImplementedError

    def id_filter(self, column: str, ids: Sequence | None) -> tuple[str, tuple]:
        """A WHERE clause limiting ``column`` to ``ids`` (everything when ``ids`` is None)."""
        raise NotImplementedError

    def _index_article(self, article: str, title: str | None, text: str) -> None:
        """Put one article into the full-text index (replacing its previous entry)."""
        raise NotImplementedError

    def reindex_search(self) -> int:
        """Rebuild the full-text index from the stored articles; returns how many were indexed."""
        raise NotImplementedError

    def search_articles(self, q: str, offset: int = 0, limit: int = 20) -> tuple[int, list[dict]]:
        """Full-text search: every word of ``q`` must appear, the last may be a prefix, any
        case or accent. The total and one page of ``{id, snippet, title, outlet, published,
        duplicate_of}``, best first; matches in ``snippet`` sit between SNIPPET_OPEN and
        SNIPPET_CLOSE."""
        raise NotImplementedError

    def query(self, sql: str, params: Sequence | dict = ()) -> list:
        """All rows of one read; rows index by column name or position."""
        try:
            return self.execute(sql, params).fetchall()
        except self.Error as err:
            raise StoreError(f"{self.description}: {one_line(err)}") from err

    def _meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else None

    def _set_meta(self, key: str, value: str) -> None:
        self.execute(
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
                found = self.execute("SELECT content_hash FROM articles WHERE id = ?", (document.id,))
                row = found.fetchone()
                if row is not None and row["content_hash"] == digest:
                    return "unchanged"
                with self.batch():
                    for table in ARTICLE_FACT_TABLES:
                        self.execute(f"DELETE FROM {table} WHERE article = ?", (document.id,))
                    self._upsert_article(document, digest)
                    self._index_article(document.id, document.title, document.text)
                    self._insert_facts(document.id, facts)
                    self._set_meta("knowledge_stale", "1")
        except self.Error as err:
            raise StoreError(f"article {document.id!r} not stored: {one_line(err)}") from err
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
        self.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 15)}) "
            "ON CONFLICT(id) DO UPDATE SET source = excluded.source, url = excluded.url, "
            "outlet = excluded.outlet, title = excluded.title, published = excluded.published, "
            "language = excluded.language, text = excluded.text, original = excluded.original, "
            "blocks = excluded.blocks, removed = excluded.removed, offsets = excluded.offsets, "
            "content_hash = excluded.content_hash, ingested_at = excluded.ingested_at",
            values,
        )

    def load_documents(self, originals: bool = True, ids: Sequence[str] | None = None) -> list[Document]:
        """Every stored article (or those of ``ids``), in id order. Without ``originals`` the text
        as read and its offsets are left empty: rebuilding the knowledge needs only the clean
        text, and at a million articles the originals would double the memory it takes."""
        columns = ARTICLE_COLUMNS
        if not originals:
            columns = columns.replace("original,", "'' AS original,").replace("offsets,", "'[]' AS offsets,")
        where, params = self.id_filter("id", None if ids is None else sorted(set(ids)))
        rows = self.query(f"SELECT {columns} FROM articles WHERE {where} ORDER BY id", params)
        return [row_to_document(r) for r in rows]

    def articles(self, ids: list[str] | None = None) -> list[dict]:
        """Article metadata (no text), in id order: what the export lists (or only ``ids``)."""
        where, params = self.id_filter("id", None if ids is None else sorted(set(ids)))
        return [
            dict(r)
            for r in self.query(
                "SELECT id, url, outlet, title, published, language, duplicate_of FROM articles "
                f"WHERE {where} ORDER BY id",
                params,
            )
        ]

    # ------------------------------------------------------------- knowledge

    def replace_knowledge(self, knowledge: Knowledge) -> None:
        """Swap the stored knowledge (and every article's duplicate_of) for ``knowledge``, atomically."""
        try:
            with self.transaction():
                for table in schema.KNOWLEDGE_TABLES:
                    self.execute(f"DELETE FROM {table}")
                self.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
                self.executemany(
                    "UPDATE articles SET duplicate_of = ? WHERE id = ?",
                    [(original, copy) for copy, original in sorted(knowledge.duplicates.items())],
                )
                self._insert_knowledge(knowledge)
                self._set_meta("knowledge_stale", "0")
                self._set_meta("knowledge_format", KNOWLEDGE_FORMAT)
                self._set_meta("bands", "0")  # the duplicate finder's buckets are rebuilt on first need
        except self.Error as err:
            raise StoreError(f"knowledge not stored: {one_line(err)}") from err
        try:
            self._refresh_statistics()
        except self.Error as err:
            raise StoreError(f"knowledge stored, planner statistics not refreshed: {one_line(err)}") from err

    def _refresh_statistics(self) -> None:
        """Tell the query planner about the tables just rewritten (a backend's hook)."""

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

    def knowledge_counts(self) -> dict[str, int]:
        """How many people, ages, events, quotes, relations, conflicts and copies are stored."""
        tables = ("people", "ages", "events", "quotes", "relations", "conflicts", "articles")
        return {t: self._count(t) for t in tables} | {
            "duplicates": self._count("articles", "duplicate_of IS NOT NULL")
        }

    def _count(self, table: str, where: str = "1 = 1") -> int:
        return self.query(f"SELECT count(*) FROM {table} WHERE {where}")[0][0]


# ----------------------------------------------------------------- row helpers


def one_line(err: BaseException) -> str:
    """A driver's message on one line (libpq's span several)."""
    return " ".join(str(err).split())


def row_to_document(r) -> Document:
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
