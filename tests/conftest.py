"""Shared fixtures: the spaCy pipeline (loaded once), a tiny-article builder, and a fresh
database on each backend (``db_url``)."""

from __future__ import annotations

import pytest
from backends import BACKENDS, fresh_database

from limelight.models import Block, Document
from limelight.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A new, empty database: a SQLite file, then a PostgreSQL database (skips without a server)."""
    with fresh_database(request.param, tmp_path / "test.db") as url:
        yield url


def make_document(
    headline: str, *paragraphs: str, published: str | None = "2024-03-15", captions=()
) -> Document:
    """A cleaned article built by hand: headline, body paragraphs, then captions."""
    parts, blocks, pos = [], [], 0
    for kind, text in [
        ("headline", headline),
        *[("body", p) for p in paragraphs],
        *[("caption", c) for c in captions],
    ]:
        blocks.append(Block(kind, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    text = "\n\n".join(parts)
    return Document(
        id="t1",
        source="test",
        url=None,
        outlet=None,
        title=headline,
        published=published,
        language="en",
        text=text,
        blocks=blocks,
        original=text,
        offsets=[(0, 0, len(text))],
    )


@pytest.fixture
def article(nlp):
    """Build a Document and its spaCy parse from a headline and paragraphs."""

    def build(headline: str, *paragraphs: str, published: str | None = "2024-03-15", captions=()):
        doc = make_document(headline, *paragraphs, published=published, captions=captions)
        return doc, nlp(doc.text)

    return build
