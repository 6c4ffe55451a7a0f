"""The database schema: articles with their per-article facts, and the resolved knowledge.

Kept apart from ``store.py`` so the tables can be read in one place. The DDL sticks to
types and constraints both SQLite and PostgreSQL accept (TEXT, INTEGER, composite keys), so
both backends create the same tables from it (``"end"`` is avoided as a column name for
the same reason); only the full-text index differs.
"""

from __future__ import annotations

import re

SCHEMA_VERSION = 1

# Per-article tables hang off ``articles``/``article_people`` with ON DELETE CASCADE, so
# replacing one article's facts is one DELETE. Knowledge tables are rebuilt wholesale.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    original TEXT NOT NULL,
    blocks TEXT NOT NULL,      -- JSON [{"kind","start","end","credit"}]
    removed TEXT NOT NULL,     -- JSON [string]
    offsets TEXT NOT NULL,     -- JSON [[clean_start, original_start, length]]
    content_hash TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS article_people (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,      -- JSON [string]
    descriptors TEXT NOT NULL,  -- JSON [string]
    mentions TEXT NOT NULL,     -- JSON [[start, end]]
    birth_names TEXT NOT NULL,  -- JSON [string]
    PRIMARY KEY (article, key)
);

CREATE TABLE IF NOT EXISTS article_ages (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person TEXT NOT NULL,
    age INTEGER NOT NULL,
    as_of TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article, position),
    FOREIGN KEY (article, person) REFERENCES article_people(article, key) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS article_counts (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person TEXT NOT NULL,
    quantity TEXT NOT NULL,    -- "tour dates", "age of son", "children"
    value INTEGER NOT NULL,
    as_of TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article, position),
    FOREIGN KEY (article, person) REFERENCES article_people(article, key) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS article_meetings (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    venue TEXT,
    city TEXT,
    region TEXT,
    country TEXT,
    occasion TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    period TEXT,               -- a month or year when no day is told ("2025-03")
    PRIMARY KEY (article, position)
);

CREATE TABLE IF NOT EXISTS article_meeting_participants (
    article TEXT NOT NULL,
    meeting INTEGER NOT NULL,
    position INTEGER NOT NULL,
    person TEXT NOT NULL,
    PRIMARY KEY (article, meeting, position),
    FOREIGN KEY (article, meeting) REFERENCES article_meetings(article, position) ON DELETE CASCADE,
    FOREIGN KEY (article, person) REFERENCES article_people(article, key) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS article_quotes (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    speaker TEXT,
    text TEXT NOT NULL,
    medium TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article, position),
    FOREIGN KEY (article, speaker) REFERENCES article_people(article, key) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS article_relations (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article, position),
    FOREIGN KEY (article, subject) REFERENCES article_people(article, key) ON DELETE CASCADE,
    FOREIGN KEY (article, object) REFERENCES article_people(article, key) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS people (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,     -- casefolded name, for lookups
    birth_earliest TEXT,
    birth_latest TEXT
);
CREATE INDEX IF NOT EXISTS people_name_key ON people(name_key);

CREATE TABLE IF NOT EXISTS person_aliases (
    person TEXT NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (person, position)
);
CREATE INDEX IF NOT EXISTS person_aliases_key ON person_aliases(alias_key);

-- People search by prefix, through an index: each casefolded name and alias from its start
-- (whole = 1) and from every later word, so "lee" finds "Ann Lee" with a range scan. The
-- person's place in the default order (most articles first, then name) rides along, so the
-- first page of a common prefix is read from the index alone, without counting articles.
CREATE TABLE IF NOT EXISTS person_search_keys (
    person TEXT NOT NULL REFERENCES people(id),
    key TEXT NOT NULL,
    whole INTEGER NOT NULL,
    ordinal INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS person_search_keys_key ON person_search_keys(key, whole, ordinal, person);

CREATE TABLE IF NOT EXISTS person_descriptors (
    person TEXT NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    descriptor TEXT NOT NULL,
    PRIMARY KEY (person, position)
);

CREATE TABLE IF NOT EXISTS person_articles (
    person TEXT NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (person, position)
);
CREATE INDEX IF NOT EXISTS person_articles_article ON person_articles(article);

-- Which local people (article, key) were resolved into each person.
CREATE TABLE IF NOT EXISTS person_members (
    person TEXT NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    key TEXT NOT NULL,
    PRIMARY KEY (person, position)
);

CREATE TABLE IF NOT EXISTS ages (
    position INTEGER PRIMARY KEY,
    person TEXT NOT NULL REFERENCES people(id),
    age INTEGER NOT NULL,
    as_of TEXT,
    article TEXT NOT NULL REFERENCES articles(id),
    evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ages_person ON ages(person);

CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    venue TEXT,
    city TEXT,
    region TEXT,
    country TEXT,
    occasion TEXT
);

CREATE TABLE IF NOT EXISTS event_participants (
    event TEXT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    person TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (event, position)
);
CREATE INDEX IF NOT EXISTS event_participants_person ON event_participants(person);

CREATE TABLE IF NOT EXISTS event_sources (
    event TEXT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    evidence TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (event, position)
);

CREATE TABLE IF NOT EXISTS quotes (
    position INTEGER PRIMARY KEY,
    speaker TEXT REFERENCES people(id),
    text TEXT NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    medium TEXT,
    evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);

CREATE TABLE IF NOT EXISTS relations (
    position INTEGER PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES people(id),
    predicate TEXT NOT NULL,
    object TEXT NOT NULL REFERENCES people(id)
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object);

CREATE TABLE IF NOT EXISTS relation_sources (
    relation INTEGER NOT NULL REFERENCES relations(position),
    position INTEGER NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    evidence TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (relation, position)
);

CREATE TABLE IF NOT EXISTS conflicts (
    position INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    articles TEXT NOT NULL      -- JSON [article id]
);

-- What an update (``update.py``) needs to replace part of the knowledge and nothing else:
-- the person or event each conflict is about, the meeting facts each event merges, the keys
-- through which each person's names link to others', and local people by article.
CREATE TABLE IF NOT EXISTS conflict_owners (
    conflict INTEGER NOT NULL REFERENCES conflicts(position),
    owner TEXT NOT NULL,
    PRIMARY KEY (conflict, owner)
);
CREATE INDEX IF NOT EXISTS conflict_owners_owner ON conflict_owners(owner);

CREATE TABLE IF NOT EXISTS event_reports (
    event TEXT NOT NULL REFERENCES events(id),
    article TEXT NOT NULL,
    meeting INTEGER NOT NULL,
    PRIMARY KEY (event, article, meeting)
);
CREATE INDEX IF NOT EXISTS event_reports_article ON event_reports(article);

CREATE TABLE IF NOT EXISTS person_link_keys (
    key TEXT NOT NULL,
    person TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (key, person)
);
CREATE INDEX IF NOT EXISTS person_link_keys_person ON person_link_keys(person);
CREATE INDEX IF NOT EXISTS person_members_article ON person_members(article, key);

-- The duplicate finder's LSH buckets (``dedupe.py``): the first articles, in chronological
-- order, of each band key, so an update finds a new article's originals by look-up. Built on
-- the first update after a full rebuild (meta 'bands'), then kept up to date.
CREATE TABLE IF NOT EXISTS article_bands (
    bucket BIGINT NOT NULL,
    chrono TEXT NOT NULL,       -- dedupe.chrono_text: sorts as the articles' chronological order
    article TEXT NOT NULL,
    PRIMARY KEY (bucket, chrono)
);
"""

# SQLite only: full-text search over article headlines and clean text (FTS5). The rowid is
# a hash of the article id (``store_sqlite.search_rowid``), so an article's row is found without
# a scan; ``Store.save_article`` keeps it in step and opening an older database fills it.
SQLITE_SEARCH = """
CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
    article UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
"""
SEARCH_INDEX_VERSION = "1"

# PostgreSQL only: the same search on a tsvector per article with a GIN index. The words
# are casefolded and stripped of accents in Python (``store_pg.fold``) before the 'simple'
# configuration sees them, as SQLite's unicode61 tokenizer does, whatever the server locale.
POSTGRES_SEARCH = """
CREATE TABLE IF NOT EXISTS article_search (
    article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS article_search_document ON article_search USING GIN (document);
"""


def postgres_schema() -> str:
    """The DDL for PostgreSQL: the shared tables with text compared by code point
    (COLLATE "C", as SQLite does), so ORDER BY and range tests agree with SQLite on any
    server locale; then the search table."""
    return re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', SCHEMA + POSTGRES_SEARCH)


# Columns added since the first release: opening an older database adds them (empty).
ADDED_COLUMNS = (("article_meetings", "period", "TEXT"),)

SEARCH_KEYS_VERSION = "2"  # bump to refill person_search_keys when opening older databases


def search_keys(person: str, key: str, ordinal: int) -> list[tuple[str, str, int, int]]:
    """Rows of ``person_search_keys`` for one casefolded name or alias ``key``."""
    rows = [(person, key, 1, ordinal)]
    rows += [(person, key[i + 1 :], 0, ordinal) for i, ch in enumerate(key) if ch == " " and key[i + 1 :]]
    return rows


def search_ordinal(articles: int) -> int:
    """A person's place in the default people order (most articles first, then by id): one that
    no other person's change moves, so an update rewrites only the people it changes."""
    return -articles


# Children first, so that a full rebuild never trips a foreign key.
KNOWLEDGE_TABLES = (
    "conflict_owners",
    "event_reports",
    "person_link_keys",
    "relation_sources",
    "relations",
    "quotes",
    "event_sources",
    "event_participants",
    "events",
    "ages",
    "person_members",
    "person_articles",
    "person_descriptors",
    "person_aliases",
    "person_search_keys",
    "people",
    "conflicts",
)
