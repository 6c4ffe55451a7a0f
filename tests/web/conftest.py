"""Fixtures for the web tests: a database of the seeds plus tiny test articles, and real
uvicorn servers on loopback (a free port each), started in a thread and stopped after."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from backends import BACKENDS, fresh_database
from webutil import MAX_BODY, SEEDS, TINY, TOKEN, XSS, ServerThread

import limelight
from limelight.web.app import create_app


@pytest.fixture(scope="session", params=BACKENDS)
def web_db(request, tmp_path_factory) -> Iterator[str]:
    """The seeds plus a tiny article and an XSS article, ingested through the library API,
    on each backend (every web test runs on both)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    folder = tmp_path_factory.mktemp("web")
    inputs = folder / "inputs"
    inputs.mkdir()
    (inputs / "tiny-ada.txt").write_text(TINY, encoding="utf-8")
    (inputs / "xss-grace.txt").write_text(XSS, encoding="utf-8")
    with fresh_database(request.param, folder / "web.db") as db:
        with limelight.open(db, n_process=1) as ll:
            report = ll.ingest([SEEDS, inputs])
        assert not report.skipped, report.skipped
        yield db


@pytest.fixture(scope="session")
def server(web_db):
    """A server with ingest enabled (bearer TOKEN) and a 64 KiB body limit."""
    with ServerThread(create_app(web_db, token=TOKEN, max_body=MAX_BODY)) as running:
        yield running.url


@pytest.fixture(scope="session")
def closed_server(web_db):
    """A server started without a token: ingest over HTTP is disabled."""
    saved = os.environ.pop("LIMELIGHT_TOKEN", None)
    try:
        app = create_app(web_db)
    finally:
        if saved is not None:
            os.environ["LIMELIGHT_TOKEN"] = saved
    with ServerThread(app) as running:
        yield running.url


@pytest.fixture(scope="session")
def http(server):
    import httpx

    with httpx.Client(base_url=server, timeout=60) as client:
        yield client
