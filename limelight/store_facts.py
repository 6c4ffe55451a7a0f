"""The per-article half of ``Store``: writing one article's facts and reading facts back.

A mixin, like ``store_knowledge.py``; rows keep each list's order in ``position`` columns, and
person references stay the article's local keys ("p0", "p1"...).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from limelight.models import (
    AgeFact,
    ArticleFacts,
    CountFact,
    Evidence,
    LocalPerson,
    MeetingFact,
    QuoteFact,
    RelationFact,
)


class StorePart:
    """What the parts of ``Store`` (these mixins) rely on the backend for."""

    def query(self, sql: str, params: Sequence | dict = ()) -> list:
        raise NotImplementedError

    def bulk_insert(self, table: str, rows: Iterable[Sequence]) -> None:
        raise NotImplementedError

    def id_filter(self, column: str, ids: Sequence | None) -> tuple[str, tuple]:
        raise NotImplementedError


class FactsMixin(StorePart):
    def _insert_facts(self, article: str, facts: ArticleFacts) -> None:
        ex = self.bulk_insert
        ex(
            "article_people",
            [
                (article, p.key, i, p.name, dumps(p.aliases), dumps(p.descriptors),
                 dumps([list(m) for m in p.mentions]), dumps(p.birth_names))
                for i, p in enumerate(facts.people)
            ],
        )  # fmt: skip
        ex(
            "article_ages",
            [(article, i, a.person, a.age, a.as_of, *evidence(a.evidence)) for i, a in enumerate(facts.ages)],
        )
        ex(
            "article_counts",
            [
                (article, i, c.person, c.quantity, c.value, c.as_of, *evidence(c.evidence))
                for i, c in enumerate(facts.counts)
            ],
        )
        ex(
            "article_meetings",
            [
                (article, i, m.kind, m.date, m.venue, m.city, m.region, m.country, m.occasion,
                 *evidence(m.evidence), m.period)
                for i, m in enumerate(facts.meetings)
            ],
        )  # fmt: skip
        ex(
            "article_meeting_participants",
            [
                (article, i, j, key)
                for i, m in enumerate(facts.meetings)
                for j, key in enumerate(m.participants)
            ],
        )
        ex(
            "article_quotes",
            [
                (article, i, q.speaker, q.text, q.medium, *evidence(q.evidence))
                for i, q in enumerate(facts.quotes)
            ],
        )
        ex(
            "article_relations",
            [
                (article, i, r.subject, r.predicate, r.object, *evidence(r.evidence))
                for i, r in enumerate(facts.relations)
            ],
        )

    def load_facts(self, ids: Sequence[str] | None = None) -> list[ArticleFacts]:
        """The facts of every stored article (or of ``ids``), in article id order."""
        where, params = self.id_filter("id", None if ids is None else sorted(set(ids)))
        facts = {
            r["id"]: ArticleFacts(article=r["id"])
            for r in self.query(f"SELECT id FROM articles WHERE {where} ORDER BY id", params)
        }
        where, params = self.id_filter("article", None if ids is None else sorted(facts))
        order = f"WHERE {where} ORDER BY article, position"
        for r in self.query(f"SELECT * FROM article_people {order}", params):
            facts[r["article"]].people.append(
                LocalPerson(
                    key=r["key"],
                    name=r["name"],
                    aliases=json.loads(r["aliases"]),
                    descriptors=json.loads(r["descriptors"]),
                    mentions=[tuple(m) for m in json.loads(r["mentions"])],
                    birth_names=json.loads(r["birth_names"]),
                )
            )
        for r in self.query(f"SELECT * FROM article_ages {order}", params):
            facts[r["article"]].ages.append(AgeFact(r["person"], r["age"], r["as_of"], row_evidence(r)))
        for r in self.query(f"SELECT * FROM article_counts {order}", params):
            facts[r["article"]].counts.append(
                CountFact(r["person"], r["quantity"], r["value"], r["as_of"], row_evidence(r))
            )
        participants: dict[tuple[str, int], list[str]] = defaultdict(list)
        for r in self.query(
            f"SELECT * FROM article_meeting_participants WHERE {where} ORDER BY article, meeting, position",
            params,
        ):
            participants[r["article"], r["meeting"]].append(r["person"])
        for r in self.query(f"SELECT * FROM article_meetings {order}", params):
            facts[r["article"]].meetings.append(
                MeetingFact(
                    participants=participants[r["article"], r["position"]],
                    date=r["date"],
                    evidence=row_evidence(r),
                    kind=r["kind"],
                    venue=r["venue"],
                    city=r["city"],
                    region=r["region"],
                    country=r["country"],
                    occasion=r["occasion"],
                    period=r["period"],
                )
            )
        for r in self.query(f"SELECT * FROM article_quotes {order}", params):
            facts[r["article"]].quotes.append(
                QuoteFact(r["speaker"], r["text"], row_evidence(r), r["medium"])
            )
        for r in self.query(f"SELECT * FROM article_relations {order}", params):
            facts[r["article"]].relations.append(
                RelationFact(r["subject"], r["predicate"], r["object"], row_evidence(r))
            )
        return list(facts.values())


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def evidence(ev: Evidence) -> tuple[str, int, int]:
    return ev.text, ev.start, ev.end


def row_evidence(row) -> Evidence:
    return Evidence(row["evidence"], row["evidence_start"], row["evidence_end"])
