"""Shared fixtures: the spaCy pipeline (loaded once) and a tiny-article builder."""

from __future__ import annotations

import pytest

from limelight.models import Block, Document
from limelight.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


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
