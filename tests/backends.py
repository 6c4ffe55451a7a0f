"""Test databases on every backend: a SQLite file, or a fresh PostgreSQL database on the
server named by LIMELIGHT_TEST_PG_URL (``make test`` starts a throwaway one; without it
the PostgreSQL cases skip, except in CI, where they fail).

PostgreSQL test databases sort text the ICU en-US way (where the server has ICU), unlike
code point order, so a query that forgot Limelight's own collation shows up as a
difference from SQLite.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

PG_ENV = "LIMELIGHT_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")
SKIP_REASON = f"{PG_ENV} is not set: no PostgreSQL server to test on (`make test` starts one)"


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{PG_ENV} is not set in CI: the PostgreSQL tests must run there (use `make test`)")
    if not url:
        pytest.skip(SKIP_REASON)
    return url


def with_database(url: str, name: str) -> str:
    """``url`` pointing at database ``name`` instead."""
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


@contextmanager
def fresh_database(backend: str, sqlite_path: Path) -> Iterator[str]:
    """The URL of a new, empty database on ``backend``, dropped afterwards (PostgreSQL);
    SQLite uses ``sqlite_path``."""
    if backend == "sqlite":
        yield str(sqlite_path)
        return
    import psycopg
    from psycopg import sql

    admin_url = pg_admin_url()
    name = f"limelight_test_{uuid.uuid4().hex[:16]}"
    ident = sql.Identifier(name)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        try:
            admin.execute(
                sql.SQL(
                    "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' "
                    "LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
                ).format(ident)
            )
        except psycopg.Error:  # a server without ICU (or older than 15)
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(ident))
    try:
        yield with_database(admin_url, name)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            # FORCE: a test server thread may still hold a connection.
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(ident))
