"""The FTS5 index: kept in step on save, and filled when an older database is opened."""

from __future__ import annotations

from limelight import queries
from limelight.models import ArticleFacts, Block, Document
from limelight.store import connect


def doc(ident: str, text: str) -> Document:
    return Document(
        id=ident, source="t", url=None, outlet=None, title=text.split("\n")[0], published=None,
        language="en", text=text, blocks=[Block("headline", 0, len(text))], original=text,
        offsets=[(0, 0, len(text))],
    )  # fmt: skip


def test_index_follows_saves_and_is_filled_for_old_databases(tmp_path):
    path = str(tmp_path / "old.db")
    with connect(path) as store:
        store.save_article(doc("a1", "Zebras dance in Lisbon"), ArticleFacts("a1"))
        store.save_article(doc("a2", "Otters sing in Porto"), ArticleFacts("a2"))
        assert [h["id"] for h in queries.search_articles(store, "zebra").items] == ["a1"]
        store.save_article(doc("a1", "Giraffes dance in Lisbon"), ArticleFacts("a1"))  # changed
        assert queries.search_articles(store, "zebra").total == 0
        assert queries.search_articles(store, "dance").total == 1
        # As a database from before the index: no table, no marker.
        store.conn.execute("DROP TABLE article_search")
        store.conn.execute("DELETE FROM meta WHERE key = 'search_index'")
    with connect(path) as store:
        assert [h["id"] for h in queries.search_articles(store, "otters porto").items] == ["a2"]
        assert queries.search_articles(store, "gir").total == 1
