"""The knowledge half of ``Store``: writing a Knowledge graph and querying it.

A mixin so ``store.py`` stays small; it relies on the ``Store`` methods declared below.
List order is kept in ``position`` columns so a stored graph loads back exactly. The SQL
is portable; lists of ids go through the backend's ``id_filter``.
"""

from __future__ import annotations

import json
from collections import defaultdict

from limelight import schema
from limelight.models import Age, Conflict, Event, Knowledge, Person, Quote, Relation, Source
from limelight.store_facts import StorePart

# Every list loads in an order of its own content (never of when rows were written), so an
# update that rewrites part of the graph reads back as a full rebuild would.
CONFLICT_ORDER = "kind, description, articles, position"
AGE_ORDER = "person, article, age, position"
RELATION_ORDER = "subject, predicate, object"


class KnowledgeMixin(StorePart):
    # ------------------------------------------------------------- writing

    def fill_search_keys(self) -> None:
        """Index the stored people's names for prefix search (databases from before the index)."""
        with self.transaction():
            self.execute("DROP TABLE IF EXISTS person_name_suffixes")  # its forerunner
            self.execute("DELETE FROM person_search_keys")
            people = self.query(
                "SELECT p.id, p.name, p.name_key, "
                "(SELECT count(*) FROM person_articles pa WHERE pa.person = p.id) FROM people p"
            )
            ordinals = {r[0]: schema.search_ordinal(r[3]) for r in people}
            keys = [(r[0], r[2]) for r in people]
            keys += [(r[0], r[1]) for r in self.query("SELECT person, alias_key FROM person_aliases")]
            self.bulk_insert(
                "person_search_keys",
                [row for p, key in dict.fromkeys(keys) for row in schema.search_keys(p, key, ordinals[p])],
            )
            self._set_meta("search_keys", schema.SEARCH_KEYS_VERSION)

    def _insert_knowledge(self, k: Knowledge, first: dict[str, int] | None = None) -> None:
        """Insert ``k``'s rows; numbered rows (ages, quotes, relations, conflicts) start at
        ``first[table]`` (0), so an update can add them beside rows already stored."""
        ex = self.bulk_insert
        at = first or {}
        ages, quotes, relations, conflicts = (
            at.get(t, 0) for t in ("ages", "quotes", "relations", "conflicts")
        )
        ex(
            "people",
            [
                (p.id, i, p.name, p.name.casefold(), *(p.birth if p.birth else (None, None)))
                for i, p in enumerate(k.people)
            ],
        )
        ex(
            "person_aliases",
            [(p.id, i, a, a.casefold()) for p in k.people for i, a in enumerate(p.aliases)],
        )
        ex(
            "person_search_keys",
            [
                row
                for p in k.people
                for key in dict.fromkeys([p.name.casefold(), *(a.casefold() for a in p.aliases)])
                for row in schema.search_keys(p.id, key, schema.search_ordinal(len(p.articles)))
            ],
        )
        ex(
            "person_descriptors",
            [(p.id, i, d) for p in k.people for i, d in enumerate(p.descriptors)],
        )
        ex(
            "person_articles",
            [(p.id, i, a) for p in k.people for i, a in enumerate(p.articles)],
        )
        ex(
            "person_members",
            [(p.id, i, art, key) for p in k.people for i, (art, key) in enumerate(p.members)],
        )
        ex("person_link_keys", [(key, p.id) for p in k.people for key in p.link_keys])
        ex(
            "ages",
            [(ages + i, a.person, a.age, a.as_of, a.article, a.evidence) for i, a in enumerate(k.ages)],
        )
        ex(
            "events",
            [
                (e.id, i, e.kind, e.date, e.venue, e.city, e.region, e.country, e.occasion)
                for i, e in enumerate(k.events)
            ],
        )
        ex(
            "event_participants",
            [(e.id, i, p) for e in k.events for i, p in enumerate(e.participants)],
        )
        ex(
            "event_sources",
            [
                (e.id, i, s.article, s.evidence, s.start, s.end)
                for e in k.events
                for i, s in enumerate(e.sources)
            ],
        )
        ex("event_reports", [(e.id, article, index) for e in k.events for article, index in e.reports])
        ex(
            "quotes",
            [
                (quotes + i, q.speaker, q.text, q.article, q.medium, q.evidence)
                for i, q in enumerate(k.quotes)
            ],
        )
        ex(
            "relations",
            [(relations + i, r.subject, r.predicate, r.object) for i, r in enumerate(k.relations)],
        )
        ex(
            "relation_sources",
            [
                (relations + n, i, s.article, s.evidence, s.start, s.end)
                for n, r in enumerate(k.relations)
                for i, s in enumerate(r.sources)
            ],
        )
        ex(
            "conflicts",
            [
                (conflicts + i, c.kind, c.description, json.dumps(c.articles))
                for i, c in enumerate(k.conflicts)
            ],
        )
        ex(
            "conflict_owners",
            [(conflicts + i, c.owner) for i, c in enumerate(k.conflicts) if c.owner is not None],
        )

    # ------------------------------------------------------------- reading

    def load_knowledge(self) -> Knowledge:
        """The stored knowledge graph, exactly as it was saved."""
        return Knowledge(
            people=self._people(),
            ages=self.ages(),
            events=self.events(),
            quotes=self.quotes(),
            relations=self.relations(),
            conflicts=[
                Conflict(r["kind"], r["description"], json.loads(r["articles"]))
                for r in self.query(f"SELECT * FROM conflicts ORDER BY {CONFLICT_ORDER}")
            ],
            duplicates={
                r["id"]: r["duplicate_of"]
                for r in self.query(
                    "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL ORDER BY id"
                )
            },
        )

    def _people(self, ids: list[str] | None = None) -> list[Person]:
        where, params = self.id_filter("id", ids)
        people = {
            r["id"]: Person(
                id=r["id"],
                name=r["name"],
                birth=(r["birth_earliest"], r["birth_latest"]) if r["birth_earliest"] else None,
            )
            for r in self.query(f"SELECT * FROM people WHERE {where} ORDER BY id", params)
        }
        where, params = self.id_filter("person", ids)
        for table, column, attr in (
            ("person_aliases", "alias", "aliases"),
            ("person_descriptors", "descriptor", "descriptors"),
            ("person_articles", "article", "articles"),
        ):
            for r in self.query(
                f"SELECT person, {column} FROM {table} WHERE {where} ORDER BY position", params
            ):
                getattr(people[r["person"]], attr).append(r[column])
        for r in self.query(f"SELECT * FROM person_members WHERE {where} ORDER BY position", params):
            people[r["person"]].members.append((r["article"], r["key"]))
        return list(people.values())

    def person(self, person_id: str) -> Person | None:
        found = self._people([person_id])
        return found[0] if found else None

    def find_people(self, name: str) -> list[str]:
        """Ids of the people called ``name`` (case-insensitively): full names first, then
        aliases, each by number of articles."""
        key = name.strip().casefold()
        rows = self.query(
            "SELECT m.id, min(m.rank) AS rank FROM ("
            "  SELECT id, 0 AS rank FROM people WHERE name_key = ?"
            "  UNION ALL SELECT person, 1 FROM person_aliases WHERE alias_key = ?"
            ") m GROUP BY m.id "
            "ORDER BY rank, (SELECT count(*) FROM person_articles pa WHERE pa.person = m.id) DESC, m.id",
            (key, key),
        )
        return [r["id"] for r in rows]

    def names(self, ids: list[str] | None = None) -> dict[str, str]:
        """Person id -> name, for everyone (or only ``ids``)."""
        where, params = self.id_filter("id", None if ids is None else sorted(set(ids)))
        return {r["id"]: r["name"] for r in self.query(f"SELECT id, name FROM people WHERE {where}", params)}

    def ages(self, person: str | None = None) -> list[Age]:
        where, params = self.id_filter("person", None if person is None else [person])
        return [
            Age(r["person"], r["age"], r["as_of"], r["article"], r["evidence"])
            for r in self.query(
                f"SELECT * FROM ages WHERE {where} ORDER BY person, article, age, position", params
            )
        ]

    def quotes(self, speaker: str | None = None) -> list[Quote]:
        where, params = self.id_filter("speaker", None if speaker is None else [speaker])
        return [
            Quote(r["speaker"], r["text"], r["article"], r["medium"], r["evidence"])
            for r in self.query(f"SELECT * FROM quotes WHERE {where} ORDER BY article, position", params)
        ]

    def relations(self, person: str | None = None) -> list[Relation]:
        """Relations, or those ``person`` is the subject or object of."""
        where, params = ("1 = 1", ()) if person is None else ("subject = ? OR object = ?", (person, person))
        rows = self.query(
            f"SELECT * FROM relations WHERE {where} ORDER BY subject, predicate, object", params
        )
        sources = self._sources("relation_sources", "relation", [r["position"] for r in rows])
        return [
            Relation(r["subject"], r["predicate"], r["object"], sources.get(r["position"], [])) for r in rows
        ]

    def events(
        self,
        person: str | None = None,
        since: str | None = None,
        until: str | None = None,
        city: str | None = None,
        *,
        ids: list[str] | None = None,
        newest_first: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Events, filtered; ``since``/``until`` are inclusive ISO date prefixes and an event
        dated only "2024" is within since="2024-06". Undated events fail any date filter.
        ``ids`` limits to those events; ``limit``/``offset`` page through the date order
        (undated last either way)."""
        where, params = self._event_filter(person, since, until, city, ids)
        order = "date IS NULL, date DESC, id DESC" if newest_first else "date IS NULL, date, id"
        page = ""
        if limit is not None:
            page = " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        rows = self.query(f"SELECT * FROM events WHERE {where} ORDER BY {order}{page}", params)
        ids = [r["id"] for r in rows]
        participants: dict[str, list[str]] = defaultdict(list)
        where, id_params = self.id_filter("event", ids)
        for r in self.query(
            f"SELECT event, person FROM event_participants WHERE {where} ORDER BY position", id_params
        ):
            participants[r["event"]].append(r["person"])
        sources = self._sources("event_sources", "event", ids)
        return [
            Event(
                id=r["id"],
                kind=r["kind"],
                participants=participants[r["id"]],
                date=r["date"],
                venue=r["venue"],
                city=r["city"],
                region=r["region"],
                country=r["country"],
                occasion=r["occasion"],
                sources=sources.get(r["id"], []),
            )
            for r in rows
        ]

    def count_events(
        self,
        person: str | None = None,
        since: str | None = None,
        until: str | None = None,
        city: str | None = None,
    ) -> int:
        """How many events ``events`` returns with the same filters and no limit."""
        where, params = self._event_filter(person, since, until, city, None)
        return self.query(f"SELECT count(*) FROM events WHERE {where}", params)[0][0]

    def _sources(self, table: str, owner: str, ids: list) -> dict[object, list[Source]]:
        where, params = self.id_filter(owner, ids)
        found: dict[object, list[Source]] = defaultdict(list)
        for r in self.query(f"SELECT * FROM {table} WHERE {where} ORDER BY {owner}, position", params):
            found[r[owner]].append(
                Source(r["article"], r["evidence"], r["evidence_start"], r["evidence_end"])
            )
        return found

    def top_people(self, limit: int = 1) -> list[dict]:
        """The most-connected people: distinct others met at events or linked by a relation."""
        rows = self.query(
            """
            WITH links(a, b) AS (
                SELECT p1.person, p2.person FROM event_participants p1
                JOIN event_participants p2 ON p1.event = p2.event AND p1.person <> p2.person
                UNION SELECT subject, object FROM relations WHERE subject <> object
                UNION SELECT object, subject FROM relations WHERE subject <> object
            )
            SELECT p.id, p.name, count(DISTINCT l.b) AS connections,
                (SELECT count(*) FROM person_articles pa WHERE pa.person = p.id) AS articles
            FROM people p LEFT JOIN links l ON l.a = p.id
            GROUP BY p.id ORDER BY connections DESC, articles DESC, p.id LIMIT ?
            """,
            (limit,),
        )
        return [dict(r) for r in rows]

    def _event_filter(
        self,
        person: str | None,
        since: str | None,
        until: str | None,
        city: str | None,
        ids: list[str] | None,
    ) -> tuple[str, list]:
        """The WHERE clause and parameters shared by ``events`` and ``count_events``."""
        clauses, params = ["1 = 1"], []
        if ids is not None:
            where, id_params = self.id_filter("id", ids)
            clauses.append(where)
            params += list(id_params)
        if person is not None:
            clauses.append("id IN (SELECT event FROM event_participants WHERE person = ?)")
            params.append(person)
        # Compare on the shorter of the two prefixes, so precision never excludes an overlap.
        if since is not None:
            clauses.append("substr(date, 1, length(?)) >= substr(?, 1, length(date))")
            params += [since, since]
        if until is not None:
            clauses.append("substr(date, 1, length(?)) <= substr(?, 1, length(date))")
            params += [until, until]
        if city is not None:
            # Python's casefold, not the database's lower(): the same on every backend and locale.
            key = city.strip().casefold()
            rows = self.query("SELECT DISTINCT city FROM events WHERE city IS NOT NULL")
            where, city_params = self.id_filter("city", sorted(r[0] for r in rows if r[0].casefold() == key))
            clauses.append(where)
            params += list(city_params)
        return " AND ".join(clauses), params
