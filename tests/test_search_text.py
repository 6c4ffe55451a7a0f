"""The PostgreSQL backend's search text (folding, words, snippets) against SQLite's FTS5 itself."""

from __future__ import annotations

import sqlite3

import pytest

from limelight.search_text import QUERY_WORD, fold, index_text, snippet
from limelight.store_sqlite import fts_query

TEXTS = [
    "Short note about otters.",
    "Zoë Quill met Ørjan Lund backstage: “What a night!” she wrote 🤠 after the show.\n\n"
    "The pair, both 31, first met in 2019 at a café in Malmö. Quill later said the café "
    "was her favourite place in the city, and Lund agreed.\n\nThey have not been seen "
    "together since the spring, when the café closed its doors for good.",
    " ".join(f"word{i}" for i in range(40)) + ". Then the harbour: boats, nets and gulls. " * 3,
    "Nets—and more nets—filled the harbour’s edge; the net-makers’ guild met at noon. "
    "Fishermen said the nets were older than the harbour itself, older than anyone could tell.",
]
QUERIES = ["cafe", "CAFÉ malmo", "the", "net", "nets harbour", "zoe orjan", "harb", "word3", "said the", "🤠"]


@pytest.fixture(scope="module")
def fts():
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE t USING fts5(n UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(TEXTS)))
    return db


@pytest.mark.parametrize("q", QUERIES)
def test_same_hits_and_snippets_as_fts5(fts, q):
    match = fts_query(q)
    expected = {} if match is None else dict(
        fts.execute("SELECT n, snippet(t, 1, '[', ']', '…', 16) FROM t WHERE t MATCH ?", (match,)).fetchall()
    )  # fmt: skip
    words = QUERY_WORD.findall(fold(q))
    found = {}
    for n, text in enumerate(TEXTS):
        tokens = set(index_text(text).split())
        if words and all(w in tokens for w in words[:-1]) and any(t.startswith(words[-1]) for t in tokens):
            found[n] = snippet(text, words).replace("\x02", "[").replace("\x03", "]")
    assert found == expected


def test_fold_and_index_text():
    assert fold("ÉLODIE Straße ﬁne") == "elodie strasse fine"
    assert index_text("Zoë’s café—in Malmö (2019)! snake_case") == "zoe s cafe in malmo 2019 snake case"
    assert snippet("", ["x"]) == ""
