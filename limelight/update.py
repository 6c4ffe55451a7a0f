"""Updating the knowledge graph after a few articles changed, without resolving everything again.

Resolution (``resolve.py``) only ever joins local people whose names link (a full name with the
same full name, a lone first name with fuller names that start with it or call someone by it) and
only merges meeting reports that share two people. So the people and events that some changed
articles can affect are a closed part of the graph, found here through the store's indexes:

1. people: the people with members in the changed articles, and everyone linked to them or to
   the articles' local people through a chain of link keys (``resolve.link_keys``); plus the
   people whose ids a recomputed one could take ('ann-lee-2');
2. events: the events of those people or with reports in the changed articles, and every event
   with two participants among the people of those events, until none is added.

That part is resolved again with the same functions a full rebuild uses, on the facts of the
articles involved only, and stored in place of the old part (``Store.apply_update``). The
result is the graph a full rebuild would give, whatever order the articles came in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from limelight.models import ArticleFacts, Knowledge, KnowledgeUpdate, Person, conflict_order
from limelight.resolve import (
    Member,
    link_keys,
    links_to,
    name_key,
    person_findings,
    quotes_of,
    relations_of,
    resolve_people,
)
from limelight.resolve_events import meeting_reports, resolve_events
from limelight.store import Store


class Facts:
    """The stored facts of articles, each loaded once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_article: dict[str, ArticleFacts] = {}

    def of(self, articles: Iterable[str]) -> list[ArticleFacts]:
        wanted = sorted(set(articles))
        missing = [a for a in wanted if a not in self.by_article]
        for f in self.store.load_facts(missing) if missing else []:
            self.by_article[f.article] = f
        return [self.by_article[a] for a in wanted if a in self.by_article]


def plan_update(store: Store, changed: Iterable[str], duplicates: dict[str, str | None]) -> KnowledgeUpdate:
    """The part of the graph that ``changed`` articles (new, or with new facts) and articles whose
    copy status changed (``duplicates``: article -> its original, or None) reach, recomputed."""
    changed = set(changed)
    touched = changed | set(duplicates)
    facts = Facts(store)
    old_people = _linked_people(store, store.people_with_members_in(touched), _new_keys(facts.of(changed)))
    while True:
        scope = {m for m in store.members_of(old_people) if m[0] not in changed}
        scope |= {(f.article, p.key) for f in facts.of(changed) for p in f.people}
        scope_facts = facts.of({a for a, _ in scope})
        people, person_of = resolve_people(scope_facts, scope)
        others = _id_rivals(store, people) - old_people
        if not others:
            break
        old_people |= _linked_people(store, others, set())

    copies = _copies(store, duplicates)
    events_out, reports = _event_region(store, facts, changed, touched, old_people, person_of)
    names = _names(store, people, reports)
    events, event_conflicts = resolve_events(reports, names, copies({r[0] for r in reports}))
    scope_articles = {a for a, _ in scope}
    ages, conflicts = person_findings(people, scope_facts, person_of, names, copies(scope_articles))
    quote_articles = scope_articles | changed
    everyone = store.person_of_members_in(quote_articles - changed) | person_of
    return KnowledgeUpdate(
        people_out=old_people,
        events_out=events_out,
        quote_articles=quote_articles,
        knowledge=Knowledge(
            people=people,
            ages=ages,
            events=events,
            quotes=quotes_of(facts.of(quote_articles), everyone),
            relations=relations_of(scope_facts, everyone, {p.id for p in people}),
            conflicts=sorted(conflicts + event_conflicts, key=conflict_order),
        ),
        duplicates=dict(duplicates),
    )


def _new_keys(facts: list[ArticleFacts]) -> set[str]:
    return {k for f in facts for p in f.people for k in link_keys(p)}


def _linked_people(store: Store, people: set[str], keys: set[str]) -> set[str]:
    """``people`` and everyone whose link keys chain to theirs or to ``keys``."""
    found = set(people)
    asked: set[str] = set()
    frontier = set(keys) | store.link_keys_of(people)
    while frontier:
        wanted = {k for key in frontier for k in links_to(key)} - asked
        asked |= wanted
        new = store.people_with_link_keys(wanted) - found if wanted else set()
        found |= new
        frontier = store.link_keys_of(new) if new else set()
    return found


def _id_rivals(store: Store, people: list[Person]) -> set[str]:
    """Stored people whose ids a recomputed person could take: the same slug, numbered or not."""
    slugs = {re.sub(r"-\d+$", "", p.id) for p in people} | {_slug(p.name) for p in people}
    return {pid for ids in store.ids_like(slugs).values() for pid in ids}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-") or "person"


def _event_region(
    store: Store,
    facts: Facts,
    changed: set[str],
    touched: set[str],
    old_people: set[str],
    person_of: dict[Member, str],
) -> tuple[set[str], list]:
    """The stored events the update replaces and the meeting reports to cluster in their place:
    grown until no event outside shares two people with the reports inside."""
    events = store.events_with_people(old_people) | store.events_with_reports_in(touched)
    while True:
        wanted = {r for r in store.reports_of(events) if r[0] not in changed}
        wanted |= {(f.article, i) for f in facts.of(changed) for i in range(len(f.meetings))}
        articles = {a for a, _ in wanted}
        mapping = store.person_of_members_in(articles - changed) | person_of
        reports = meeting_reports(facts.of(articles), mapping, only=wanted)
        people = {p for r in reports for p in r[3]}
        more = store.events_sharing_two(people) - events if people else set()
        if not more:
            return events, reports
        events |= more


def _names(store: Store, people: list[Person], reports: list) -> dict[str, str]:
    names = {p.id: p.name for p in people}
    others = {p for r in reports for p in r[3]} - set(names)
    return names | store.names(sorted(others))


def _copies(store: Store, duplicates: dict[str, str | None]):
    """A function from article ids to the copies among them and their originals, as they stand
    after the update."""

    def copies(articles: Iterable[str]) -> dict[str, str]:
        ids = set(articles)
        found = store.duplicates_among(ids)
        for article, original in duplicates.items():
            if article in ids:
                found.pop(article, None)
                if original is not None:
                    found[article] = original
        return found

    return copies
