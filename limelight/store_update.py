"""The part of ``Store`` that an update of the knowledge graph uses (``update.py``).

A mixin, like ``store_knowledge.py``: the look-ups that find which people and events some
changed articles can reach (by member, by link key, by shared participants), and
``apply_update``, which swaps exactly those for their recomputed versions in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from limelight.errors import StoreError
from limelight.models import KnowledgeUpdate
from limelight.store_facts import StorePart

# What a knowledge graph stored by this version keeps for updates (``schema``'s update tables).
KNOWLEDGE_FORMAT = "2"


class UpdateMixin(StorePart):
    Error: type[Exception] = Exception

    # ------------------------------------------------------------- look-ups

    def updatable(self) -> bool:
        """Whether the stored graph was written with what an update needs."""
        return self._meta("knowledge_format") == KNOWLEDGE_FORMAT

    def _rows(self, sql: str, column: str, ids: Iterable) -> list:
        """Rows of ``sql``, whose ``{where}`` limits ``column`` to ``ids``."""
        where, params = self.id_filter(column, sorted(set(ids)))
        return self.query(sql.format(where=where), params)

    def people_with_members_in(self, articles: Iterable[str]) -> set[str]:
        return {
            r[0] for r in self._rows("SELECT person FROM person_members WHERE {where}", "article", articles)
        }

    def people_with_link_keys(self, keys: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows("SELECT person FROM person_link_keys WHERE {where}", "key", keys)}

    def link_keys_of(self, people: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows("SELECT key FROM person_link_keys WHERE {where}", "person", people)}

    def members_of(self, people: Iterable[str]) -> set[tuple[str, str]]:
        rows = self._rows("SELECT article, key FROM person_members WHERE {where}", "person", people)
        return {(r[0], r[1]) for r in rows}

    def person_of_members_in(self, articles: Iterable[str]) -> dict[tuple[str, str], str]:
        """(article, local key) -> person id, for every local person of ``articles``."""
        rows = self._rows(
            "SELECT article, key, person FROM person_members WHERE {where}", "article", articles
        )
        return {(r[0], r[1]): r[2] for r in rows}

    def ids_like(self, slugs: Iterable[str]) -> dict[str, set[str]]:
        """Slug -> the stored person ids that are that slug or it with a number ('ann-lee-2')."""
        found: dict[str, set[str]] = defaultdict(set)
        for slug in sorted(set(slugs)):
            for r in self.query("SELECT id FROM people WHERE id = ? OR id LIKE ?", (slug, slug + "-%")):
                rest = r[0][len(slug) :]
                if not rest or rest[1:].isdigit():
                    found[slug].add(r[0])
        return found

    def events_with_people(self, people: Iterable[str]) -> set[str]:
        return {
            r[0] for r in self._rows("SELECT event FROM event_participants WHERE {where}", "person", people)
        }

    def events_with_reports_in(self, articles: Iterable[str]) -> set[str]:
        return {
            r[0] for r in self._rows("SELECT event FROM event_reports WHERE {where}", "article", articles)
        }

    def events_sharing_two(self, people: Iterable[str]) -> set[str]:
        """Events with at least two participants among ``people``."""
        sql = "SELECT event FROM event_participants WHERE {where} GROUP BY event HAVING count(*) >= 2"
        return {r[0] for r in self._rows(sql, "person", people)}

    def reports_of(self, events: Iterable[str]) -> set[tuple[str, int]]:
        rows = self._rows("SELECT article, meeting FROM event_reports WHERE {where}", "event", events)
        return {(r[0], r[1]) for r in rows}

    def duplicates_among(self, articles: Iterable[str]) -> dict[str, str]:
        """Copy -> original, for the copies among ``articles``."""
        sql = "SELECT id, duplicate_of FROM articles WHERE {where} AND duplicate_of IS NOT NULL"
        return {r[0]: r[1] for r in self._rows(sql, "id", articles)}

    # ------------------------------------------------------------- duplicate finder's buckets

    def bands_ready(self, version: str) -> bool:
        """Whether the stored buckets cover every article, keyed as ``version`` of the finder
        keys them (a full rebuild does not keep them up to date: it sets this to "0")."""
        return self._meta("bands") == version

    def replace_bands(self, rows: list[tuple[int, str, str]], version: str) -> None:
        rows.sort()  # in key order the index only ever appends: several times faster than at random
        with self.transaction():
            self.execute("DELETE FROM article_bands")
            self.bulk_insert("article_bands", rows)
            self._set_meta("bands", version)

    def add_bands(self, rows: list[tuple[int, str, str]]) -> None:
        with self.transaction():
            self.bulk_insert("article_bands", rows)

    def band_members(self, keys: Iterable[int], limit: int) -> dict[int, list[tuple[str, str]]]:
        """Band key -> its first ``limit`` (chronological key, article) in chronological order."""
        found: dict[int, list[tuple[str, str]]] = {}
        for key in dict.fromkeys(keys):
            rows = self.query(
                "SELECT chrono, article FROM article_bands WHERE bucket = ? ORDER BY chrono LIMIT ?",
                (key, limit),
            )
            found[key] = [(r[0], r[1]) for r in rows]
        return found

    # ------------------------------------------------------------- writing

    def apply_update(self, update: KnowledgeUpdate) -> None:
        """Replace the people, events, quotes and conflicts ``update`` names with what it brings,
        and set the copies it lists, atomically."""
        try:
            with self.transaction():
                self._remove(update)
                self.executemany(
                    "UPDATE articles SET duplicate_of = ? WHERE id = ?",
                    [(original, copy) for copy, original in sorted(update.duplicates.items())],
                )
                first = {t: self._next_position(t) for t in ("ages", "quotes", "relations", "conflicts")}
                self._insert_knowledge(update.knowledge, first)
                self._set_meta("knowledge_stale", "0")
        except self.Error as err:
            raise StoreError(f"knowledge not updated: {' '.join(str(err).split())}") from err

    def _remove(self, u: KnowledgeUpdate) -> None:
        people, events = sorted(u.people_out), sorted(u.events_out)
        owners, owner_params = self.id_filter("owner", people + events)
        positions = [
            r[0] for r in self.query(f"SELECT conflict FROM conflict_owners WHERE {owners}", owner_params)
        ]
        self._delete(("conflict_owners", "conflict"), positions)
        self._delete(("conflicts", "position"), positions)
        subject, s_params = self.id_filter("subject", people)
        object_, o_params = self.id_filter("object", people)
        rels = [
            r[0]
            for r in self.query(
                f"SELECT position FROM relations WHERE {subject} OR {object_}", (*s_params, *o_params)
            )
        ]
        self._delete(("relation_sources", "relation"), rels)
        self._delete(("relations", "position"), rels)
        self._delete(("quotes", "article"), sorted(u.quote_articles))
        for table in ("event_reports", "event_sources", "event_participants"):
            self._delete((table, "event"), events)
        self._delete(("events", "id"), events)
        self._delete(("ages", "person"), people)
        for table in ("person_members", "person_link_keys", "person_articles", "person_descriptors",
                      "person_aliases", "person_search_keys"):  # fmt: skip
            self._delete((table, "person"), people)
        self._delete(("people", "id"), people)

    def _delete(self, where: tuple[str, str], ids: Sequence) -> None:
        if ids:
            table, column = where
            clause, params = self.id_filter(column, list(ids))
            self.execute(f"DELETE FROM {table} WHERE {clause}", params)

    def _next_position(self, table: str) -> int:
        return (self.query(f"SELECT max(position) FROM {table}")[0][0] or 0) + 1
