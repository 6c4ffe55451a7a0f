"""The SQLite backend of ``Store``: one file, WAL journal, foreign keys, FTS5 search.

The shared SQL runs as written (``?`` and ``:name`` are SQLite's own placeholders); this
module adds what is SQLite's alone: opening the file, ``BEGIN IMMEDIATE`` transactions,
id lists through ``json_each`` and the FTS5 index.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from limelight import schema
from limelight.errors import StoreError
from limelight.store import SNIPPET_CLOSE, SNIPPET_OPEN, Store, one_line

WORD = re.compile(r"\w+")  # a word of a search query


class SQLiteStore(Store):
    """The SQLite backend: one file, WAL journal, foreign keys enforced."""

    Error = sqlite3.Error

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
        for table, column, kind in schema.ADDED_COLUMNS:
            if column not in {r["name"] for r in self.query(f"PRAGMA table_info({table})")}:
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        if self._meta("search_index") != schema.SEARCH_INDEX_VERSION:
            self.reindex_search()  # a database from before the index (or a new one): fill it
        if self._meta("search_keys") != schema.SEARCH_KEYS_VERSION:
            self.fill_search_keys()

    # ------------------------------------------------------------- plumbing

    @contextmanager
    def transaction(self) -> Iterator[None]:
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

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        self.conn.executemany(sql, rows)

    def bulk_insert(self, table: str, rows: Iterable[Sequence]) -> None:
        rows = list(rows)
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.conn.executemany(f"INSERT INTO {quote(table)} VALUES ({marks})", rows)

    def id_filter(self, column: str, ids: Sequence | None) -> tuple[str, tuple]:
        if ids is None:
            return "1 = 1", ()
        if not ids:
            return "0 = 1", ()
        # One JSON parameter: SQLite caps the number of ? parameters.
        return f"{column} IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)

    # ------------------------------------------------------------- full-text search

    def _index_article(self, article: str, title: str | None, text: str) -> None:
        rowid = search_rowid(article)
        self.execute("DELETE FROM article_search WHERE rowid = ?", (rowid,))
        self.execute(
            "INSERT INTO article_search (rowid, article, title, text) VALUES (?, ?, ?, ?)",
            (rowid, article, title or "", text),
        )

    def reindex_search(self) -> int:
        try:
            with self.transaction():
                self.execute("DELETE FROM article_search")
                rows = self.execute("SELECT id, title, text FROM articles").fetchall()
                self.executemany(
                    "INSERT INTO article_search (rowid, article, title, text) VALUES (?, ?, ?, ?)",
                    [(search_rowid(r["id"]), r["id"], r["title"] or "", r["text"]) for r in rows],
                )
                self._set_meta("search_index", schema.SEARCH_INDEX_VERSION)
        except sqlite3.Error as err:
            raise StoreError(f"{self.description}: search index not rebuilt: {one_line(err)}") from err
        return len(rows)

    def search_articles(self, q: str, offset: int = 0, limit: int = 20) -> tuple[int, list[dict]]:
        match = fts_query(q)
        if match is None:
            return 0, []
        total = self.query("SELECT count(*) FROM article_search WHERE article_search MATCH ?", (match,))[0][0]
        rows = self.query(
            f"""
            SELECT s.article AS id, snippet(article_search, 2, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 16)
                AS snippet, a.title, a.outlet, a.published, a.duplicate_of
            FROM article_search s JOIN articles a ON a.id = s.article
            WHERE article_search MATCH ? ORDER BY s.rank LIMIT ? OFFSET ?
            """,
            (match, limit, offset),
        )
        return total, [dict(r) for r in rows]


def fts_query(q: str) -> str | None:
    """A safe FTS5 query from free text: every word must appear; the last may be a prefix."""
    words = WORD.findall(q)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_rowid(article_id: str) -> int:
    """A stable 63-bit rowid for an article's full-text row (never changed by VACUUM)."""
    return int.from_bytes(hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest()) >> 1


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
