"""The PostgreSQL backend of ``Store`` (psycopg 3), opened with a libpq URL.

What differs from SQLite lives here: placeholders translated from the shared SQL, rows
that index by name or position like ``sqlite3.Row``, COPY for bulk inserts, id lists as
arrays, an advisory lock so writers take turns (SQLite has one writer), and full-text
search on a tsvector with a GIN index. Text columns compare by code point
(``schema.postgres_schema``), so every ORDER BY agrees with SQLite on any server locale.
A missing database is created when ``create`` allows, as SQLite creates its file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import conninfo
from psycopg import sql as pgsql

from limelight import schema
from limelight.errors import StoreError
from limelight.search_text import QUERY_WORD, fold, index_text, snippet
from limelight.store import Store, one_line

WRITE_LOCK = 0x4C696D65  # the advisory lock every write transaction takes
CONNECT_TIMEOUT = 10  # seconds, unless the URL sets connect_timeout
COPY_FROM = 50  # rows: fewer go as one pipelined INSERT, which beats COPY's two round trips
# String literals and quoted names are copied as they are; ? and :name become psycopg's.
SQL_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|::|:(\w+)|[?%]""")
MISSING_DATABASE = re.compile(r'database "[^"]*" does not exist')


class PostgresStore(Store):
    """The PostgreSQL backend: one autocommit connection, explicit transactions."""

    Error = psycopg.Error
    _batching = False

    @classmethod
    def open(cls, url: str, create: bool = True) -> PostgresStore:
        shown = redact(url)
        store = cls(connect_url(url, shown, create), shown)
        try:
            encoding = store.conn.info.parameter_status("server_encoding")
            if encoding != "UTF8":
                raise StoreError(f"{shown} uses the {encoding} encoding; Limelight needs a UTF8 database")
            store._migrate(create)
        except psycopg.Error as err:
            store.close()
            raise StoreError(f"cannot open database {shown}: {one_line(err)}") from err
        except StoreError:
            store.close()
            raise
        return store

    def _migrate(self, create: bool) -> None:
        if self.query("SELECT to_regclass('meta') IS NULL")[0][0]:
            if not create:
                raise StoreError(f"no Limelight tables in {self.description} (run `limelight ingest` first)")
            with self.transaction():  # under the write lock: two first opens never race
                self.conn.execute(schema.postgres_schema())  # no parameters: several statements
                self.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
                    (str(schema.SCHEMA_VERSION),),
                )
        elif self.query("SELECT to_regclass('person_link_keys') IS NULL")[0][0]:
            with self.transaction():  # tables added since this database was made
                self.conn.execute(schema.postgres_schema())
        for table, column, kind in schema.ADDED_COLUMNS:
            found = "SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?"
            if not self.query(found, (table, column)):
                with self.transaction():
                    kind = kind.replace("TEXT", 'TEXT COLLATE "C"')
                    self.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
        version = self._meta("schema_version")
        if version is None or int(version) != schema.SCHEMA_VERSION:
            raise StoreError(
                f"{self.description} has schema version {version}; this Limelight expects "
                f"{schema.SCHEMA_VERSION}. Ingest into a fresh database."
            )
        if self._meta("search_index") != schema.SEARCH_INDEX_VERSION:
            self.reindex_search()
        if self._meta("search_keys") != schema.SEARCH_KEYS_VERSION:
            self.fill_search_keys()

    # ------------------------------------------------------------- plumbing

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield

    def execute(self, sql: str, params: Sequence | dict = ()) -> psycopg.Cursor:
        # Parameters always go along (even none), so psycopg reads the %% the translation wrote.
        return self.conn.execute(pg_sql(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(pg_sql(sql), list(rows))

    @contextmanager
    def batch(self) -> Iterator[None]:
        # A pipeline: one round trip for the lot instead of one per statement.
        self._batching = True
        try:
            with self.conn.pipeline():
                yield
        finally:
            self._batching = False

    def bulk_insert(self, table: str, rows: Iterable[Sequence]) -> None:
        rows = list(rows)
        if not rows:
            return
        name = pgsql.Identifier(table)
        if self._batching or len(rows) < COPY_FROM:  # COPY cannot join a pipeline
            marks = pgsql.SQL(", ").join([pgsql.Placeholder()] * len(rows[0]))
            insert = pgsql.SQL("INSERT INTO {} VALUES ({})").format(name, marks)
            with self.conn.cursor() as cursor:
                cursor.executemany(insert, rows)
            return
        with self.conn.cursor() as cursor, cursor.copy(pgsql.SQL("COPY {} FROM STDIN").format(name)) as copy:
            for row in rows:
                copy.write_row(row)

    def id_filter(self, column: str, ids: Sequence | None) -> tuple[str, tuple]:
        if ids is None:
            return "1 = 1", ()
        if not ids:
            return "0 = 1", ()
        return f"{column} = ANY(?)", (list(ids),)

    def _refresh_statistics(self) -> None:
        # Autovacuum analyses a bulk-loaded table only later; until then the planner guesses
        # its size and picks sequential scans for a person page (240 ms at a million articles).
        tables = ", ".join(("articles", *schema.KNOWLEDGE_TABLES))
        self.conn.execute(f"ANALYZE {tables}")

    # ------------------------------------------------------------- full-text search

    INDEX_SQL = (
        "INSERT INTO article_search (article, document) "
        "VALUES (?, setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?)) "
        "ON CONFLICT (article) DO UPDATE SET document = excluded.document"
    )

    def _index_article(self, article: str, title: str | None, text: str) -> None:
        self.execute(self.INDEX_SQL, (article, index_text(title or ""), index_text(text)))

    def reindex_search(self) -> int:
        try:
            with self.transaction():
                self.execute("DELETE FROM article_search")
                rows = self.execute("SELECT id, title, text FROM articles").fetchall()
                self.executemany(
                    self.INDEX_SQL, [(r[0], index_text(r[1] or ""), index_text(r[2])) for r in rows]
                )
                self._set_meta("search_index", schema.SEARCH_INDEX_VERSION)
        except psycopg.Error as err:
            raise StoreError(f"{self.description}: search index not rebuilt: {one_line(err)}") from err
        return len(rows)

    def search_articles(self, q: str, offset: int = 0, limit: int = 20) -> tuple[int, list[dict]]:
        words = QUERY_WORD.findall(fold(q))
        if not words:
            return 0, []
        # Quoted words (letters and digits only: no quote inside) joined by AND; the last a prefix.
        tsquery = " & ".join(f"'{w}'" for w in words) + ":*"
        match = "document @@ to_tsquery('simple', :q)"
        total = self.query(f"SELECT count(*) FROM article_search WHERE {match}", {"q": tsquery})[0][0]
        rows = self.query(
            f"""
            SELECT a.id, a.title, a.outlet, a.published, a.duplicate_of, a.text
            FROM (
                SELECT article, ts_rank(document, to_tsquery('simple', :q)) AS rank
                FROM article_search WHERE {match}
                ORDER BY rank DESC, article LIMIT :limit OFFSET :offset
            ) hit JOIN articles a ON a.id = hit.article
            ORDER BY hit.rank DESC, hit.article
            """,
            {"q": tsquery, "limit": limit, "offset": offset},
        )
        keys = ("id", "title", "outlet", "published", "duplicate_of")
        return total, [{k: r[k] for k in keys} | {"snippet": snippet(r["text"], words)} for r in rows]


# ----------------------------------------------------------------- connecting


def connect_url(url: str, shown: str, create: bool) -> psycopg.Connection:
    """A connection to ``url``; a missing database is created when ``create``."""
    try:
        given = conninfo.conninfo_to_dict(url)
    except psycopg.Error as err:
        reason = one_line(err).replace(url, shown)  # libpq quotes the URL, password and all
        raise StoreError(f"not a usable PostgreSQL URL {shown}: {reason}") from err
    options = {
        "autocommit": True,
        "row_factory": row_factory,
        "connect_timeout": given.get("connect_timeout", CONNECT_TIMEOUT),
        "application_name": given.get("application_name", "limelight"),
    }
    try:
        return psycopg.connect(url, **options)
    except psycopg.Error as err:
        if not MISSING_DATABASE.search(str(err)):
            raise StoreError(f"cannot connect to {shown}: {one_line(err)}") from err
        if not create:
            raise StoreError(f"no database at {shown} (run `limelight ingest` first)") from err
    create_database(url, shown, given.get("dbname"), options["connect_timeout"])
    try:
        return psycopg.connect(url, **options)
    except psycopg.Error as err:
        raise StoreError(f"cannot connect to {shown}: {one_line(err)}") from err


def create_database(url: str, shown: str, name: str | None, timeout: object) -> None:
    """CREATE DATABASE ``name`` from the server's ``postgres`` database: UTF8, C locale
    (Limelight folds case and accents itself, so the locale would change nothing)."""
    if not name:
        raise StoreError(f"no database at {shown}")
    statement = pgsql.SQL(
        "CREATE DATABASE {} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
    ).format(pgsql.Identifier(name))
    try:
        with psycopg.connect(url, dbname="postgres", autocommit=True, connect_timeout=timeout) as admin:
            admin.execute(statement)
    except psycopg.errors.DuplicateDatabase:
        pass  # another process created it meanwhile
    except psycopg.Error as err:
        raise StoreError(f"no database at {shown}, and creating it failed: {one_line(err)}") from err


def redact(url: str) -> str:
    """``url`` without its password (in the user part or as a parameter), for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.partition("://")[0] + "://(a URL that cannot be parsed)"
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}@{host}"
    query = "&".join(
        p for p in parts.query.split("&") if p and p.partition("=")[0].lower() not in ("password", "passfile")
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


# ----------------------------------------------------------------- rows and SQL


class Row(tuple):
    """A result row that indexes by column name or position, and turns into a dict, like
    ``sqlite3.Row``; ``names`` is set per result shape by ``row_class``."""

    __slots__ = ()
    names: dict[str, int] = {}

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


@lru_cache(maxsize=512)
def row_class(columns: tuple[str, ...]) -> type[Row]:
    names: dict[str, int] = {}
    for i, name in enumerate(columns):
        names.setdefault(name, i)  # a repeated name means its first column, as in sqlite3
    return type("Row", (Row,), {"__slots__": (), "names": names})


def row_factory(cursor: psycopg.Cursor) -> type[Row]:
    """psycopg's row factory hook: the Row class for this result (called with each row's values)."""
    return row_class(tuple(c.name for c in cursor.description or ()))


@lru_cache(maxsize=1024)
def pg_sql(sql: str) -> str:
    """The shared SQL in psycopg's syntax: ``?`` -> ``%s``, ``:name`` -> ``%(name)s``, ``%`` -> ``%%``."""

    def swap(m: re.Match) -> str:
        token = m.group(0)
        if m.group(1):
            return f"%({m.group(1)})s"
        return {"?": "%s", "%": "%%"}.get(token, token)

    return SQL_TOKEN.sub(swap, sql)
