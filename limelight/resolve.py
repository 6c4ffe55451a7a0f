"""Across articles: one person, one event, with every source (a pure function of the stored facts).

People merge on their full name, a stated birth/legal name, or a lone first name that fits exactly
one fuller name seen with the same company. Meetings merge when they share two people and agree
on the day (or, undated, on the city). Ages narrow a birth window; an age no birth date in the
window allows becomes a conflict instead of widening it. Nothing here depends on input order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from itertools import combinations

from .extract.gazetteer import km_between
from .models import (
    Age,
    ArticleFacts,
    Conflict,
    Document,
    Event,
    Knowledge,
    LocalPerson,
    MeetingFact,
    Person,
    Quote,
    Relation,
    Source,
)
from .resolve_ages import age_conflict, birth_window, stated_ages
from .resolve_counts import count_conflicts

METRO_KM = 35.0
SYMMETRIC = {"spouse_of", "ex_spouse_of", "partner_of", "ex_partner_of", "friend_of", "sibling_of"}
Member = tuple[str, str]  # (article id, local key)


def resolve(documents: list[Document], facts: list[ArticleFacts], duplicates: dict[str, str]) -> Knowledge:
    """The knowledge graph over all stored articles (pure; order of inputs does not matter)."""
    facts = sorted(facts, key=lambda f: f.article)
    people, person_of = _resolve_people(facts)
    ages = stated_ages(facts, person_of)
    conflicts: list[Conflict] = []
    ages_of: dict[str, list[Age]] = defaultdict(list)
    for a in ages:
        ages_of[a.person].append(a)
    for p in people:
        p.birth, bad = birth_window(ages_of[p.id], duplicates)
        if bad:
            conflicts.append(age_conflict(p, bad, ages_of[p.id]))
    names = {p.id: p.name for p in people}
    events = _resolve_events(facts, person_of, names, duplicates, conflicts)
    conflicts.extend(count_conflicts(facts, person_of, names))
    return Knowledge(
        people=people,
        ages=ages,
        events=events,
        quotes=_quotes(facts, person_of),
        relations=_relations(facts, person_of),
        conflicts=conflicts,
        duplicates=dict(duplicates),
    )


# ----------------------------------------------------------------- people


@lru_cache(maxsize=1 << 20)
def name_key(name: str) -> str:
    """Casefolded, accent-free, single-spaced: 'DESMOND Ashby' and 'Desmond Ashby' are one key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").casefold()
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


class _Union:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _resolve_people(facts: list[ArticleFacts]) -> tuple[list[Person], dict[Member, str]]:
    locals_: dict[Member, LocalPerson] = {(f.article, p.key): p for f in facts for p in f.people}
    uf = _Union()
    by_full: dict[str, list[Member]] = defaultdict(list)
    for m, p in locals_.items():
        uf.find(m)
        for n in [p.name, *p.birth_names, *(a for a in p.aliases if len(a.split()) > 1)]:
            if len(n.split()) > 1:
                by_full[name_key(n)].append(m)
    for members in by_full.values():
        for other in members[1:]:
            uf.union(members[0], other)
    _attach_single_names(locals_, uf, facts)
    clusters: dict[Member, list[Member]] = defaultdict(list)
    for m in locals_:
        clusters[uf.find(m)].append(m)
    people: list[Person] = []
    person_of: dict[Member, str] = {}
    used_ids: set[str] = set()
    for members in sorted(clusters.values(), key=lambda ms: sorted(ms)):
        person = _make_person(sorted(members), locals_, used_ids)
        people.append(person)
        for m in members:
            person_of[m] = person.id
    people.sort(key=lambda p: p.id)
    return people, person_of


def _attach_single_names(locals_: dict[Member, LocalPerson], uf: _Union, facts: list[ArticleFacts]) -> None:
    """'Ivy' (one article) is 'Ivy Ashby' (others) when only one fuller name fits and they share company."""
    company: dict[str, set[str]] = defaultdict(set)  # root -> name keys of people seen alongside
    by_article: dict[str, list[Member]] = defaultdict(list)
    for m in locals_:
        by_article[m[0]].append(m)
    full_roots = {uf.find(m) for m, p in locals_.items() if len(p.name.split()) > 1}
    for members in by_article.values():
        names = {name_key(locals_[m].name) for m in members}
        for m in members:
            company[uf.find(m)] |= names - {name_key(locals_[m].name)}
    firsts: dict[str, set] = defaultdict(set)
    for m, p in locals_.items():
        if len(p.name.split()) > 1:
            firsts[name_key(p.name.split()[0])].add(uf.find(m))
    singles: dict[str, list[Member]] = defaultdict(list)
    nick_owners: dict[str, set] = defaultdict(set)
    for m, p in locals_.items():
        if len(p.name.split()) > 1:
            for a in p.aliases:
                if len(a.split()) == 1 and name_key(a) not in {name_key(w) for w in p.name.split()}:
                    nick_owners[name_key(a)].add(uf.find(m))
    for m, p in sorted(locals_.items()):
        if len(p.name.split()) > 1:
            continue
        fits = sorted(r for r in firsts.get(name_key(p.name), set()) if r in full_roots)
        if not fits:
            owners = nick_owners.get(name_key(p.name), set())
            if len(owners) == 1:  # "Roo", said elsewhere to be Ruby's nickname
                uf.union(m, next(iter(owners)))
            else:
                singles[name_key(p.name)].append(m)  # "Zephyr" in five articles is one Zephyr
            continue
        mine = company[uf.find(m)]
        scored = sorted(((len(mine & company[r]), r) for r in fits), reverse=True)
        best, root = scored[0]
        # Company is the evidence: a lone 'Theo' (a child in one story) is not the only Theo
        # Raskin the corpus knows unless they were seen with the same people.
        if best > 0 and (len(scored) == 1 or scored[1][0] < best):
            uf.union(m, root)
    for members in singles.values():
        for other in members[1:]:
            uf.union(members[0], other)


def _make_person(members: list[Member], locals_: dict[Member, LocalPerson], used_ids: set[str]) -> Person:
    forms = Counter(locals_[m].name for m in members)
    longest = max(len(n.split()) for n in forms)
    name = sorted((n for n in forms if len(n.split()) == longest), key=lambda n: (-forms[n], n))[0]
    aliases: list[str] = []
    descriptors: list[str] = []
    for m in members:
        p = locals_[m]
        for a in [p.name, *p.aliases]:
            if a != name and a not in aliases:
                aliases.append(a)
        for d in p.descriptors:
            if d not in descriptors:
                descriptors.append(d)
    slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-") or "person"
    pid, n = slug, 2
    while pid in used_ids:
        pid, n = f"{slug}-{n}", n + 1
    used_ids.add(pid)
    articles = sorted({a for a, _ in members})
    return Person(pid, name, sorted(aliases), descriptors, articles, None, members)


# ----------------------------------------------------------------- events


def _resolve_events(
    facts: list[ArticleFacts],
    person_of: dict[Member, str],
    names: dict[str, str],
    duplicates: dict[str, str],
    conflicts: list[Conflict],
) -> list[Event]:
    reports = []
    for f in facts:
        for m in f.meetings:
            parts = sorted({person_of[(f.article, k)] for k in m.participants})
            if len(parts) >= 2:
                reports.append((f.article, m, parts))
    dated = sorted((r for r in reports if r[1].date), key=lambda r: (r[1].date, r[0], r[1].evidence.start))
    undated = sorted((r for r in reports if not r[1].date), key=lambda r: (r[0], r[1].evidence.start))
    clusters: list[list] = []
    views: list[tuple[set, set, set]] = []  # each cluster's people, dates and cities
    # Only a cluster sharing two people with a report can take it: index clusters by pairs.
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in dated + undated:
        target = _best_cluster([(i, clusters[i], views[i]) for i in _candidates(by_pair, r[2])], r)
        if target is None:
            target = len(clusters)
            clusters.append([])
            views.append((set(), set(), set()))
        _add_to_cluster(target, r, clusters, views, by_pair)
    events = [_make_event(c) for c in clusters]
    conflicts.extend(c for cluster in clusters for c in _event_conflicts(cluster, names, duplicates))
    events.sort(key=lambda e: (e.date or "9999", e.sources[0].article if e.sources else ""))
    for i, e in enumerate(events, 1):
        e.id = f"e{i}"
    return events


def _candidates(by_pair: dict[tuple[str, str], list[int]], parts: list[str]) -> list[int]:
    """The clusters that share at least two people with ``parts`` (sorted), in creation order."""
    found: set[int] = set()
    for pair in combinations(parts, 2):
        found.update(by_pair.get(pair, ()))
    return sorted(found)


def _add_to_cluster(i: int, report, clusters: list[list], views: list, by_pair: dict) -> None:
    _, m, parts = report
    people, dates, cities = views[i]
    new = set(parts) - people
    clusters[i].append(report)
    people |= new
    if m.date:
        dates.add(m.date)
    if m.city:
        cities.add(m.city)
    for pair in combinations(sorted(people), 2):
        if pair[0] in new or pair[1] in new:
            by_pair[pair].append(i)


def _best_cluster(candidates: list[tuple[int, list, tuple[set, set, set]]], report) -> int | None:
    _, m, parts = report
    best, best_score = None, 0
    for i, _c, (people, dates, cities) in candidates:
        shared = len(people & set(parts))
        if shared < 2 or shared < min(len(parts), 2):
            continue
        same_people = people == set(parts) or set(parts) <= people and len(parts) >= 3
        if m.date and dates and m.date not in dates:
            # the same company a day apart in the same place: one meeting the outlets misdate
            if not (same_people and _near_day(m.date, dates) and m.city and m.city in cities):
                continue
        elif m.city and cities and m.city not in cities and not _same_area(m.city, cities):
            if not (same_people and m.date and m.date in dates):
                continue  # a different city is a different meeting unless the same people, same day
        score = shared * 2 + (1 if m.city and m.city in cities else 0)
        if score > best_score:
            best, best_score = i, score
    return best


def _same_area(city: str, cities: set[str]) -> bool:
    """'West Hollywood' and 'Los Angeles', 'Manhattan' and 'New York City': one place in everyday
    reporting (within a metro area's reach, or sharing a word of their names)."""
    for other in cities:
        km = km_between(city, other)
        if (km is not None and km <= METRO_KM) or set(city.split()) & set(other.split()):
            return True
    return False


def _near_day(day: str, days: set[str]) -> bool:
    """One day apart: outlets that disagree by a day report one meeting (and a conflict)."""
    d = date.fromisoformat(day[:10])
    return any(abs((date.fromisoformat(x[:10]) - d).days) <= 1 for x in days if len(x) >= 10)


def _event_conflicts(cluster: list, names: dict[str, str], duplicates: dict[str, str]) -> list[Conflict]:
    """One meeting that independent sources date or place differently."""
    out = []
    who = " and ".join(sorted({names.get(p, p) for _, _, parts in cluster for p in parts}))
    for field, kind in (("date", "date"), ("city", "place")):
        told: dict[str, set[str]] = defaultdict(set)
        for article, m, _ in cluster:
            value = getattr(m, field)
            if value and article not in duplicates:
                told[value].add(article)
        values = sorted(told)
        if field == "city":
            values = [v for v in values if not _same_area(v, set(values) - {v})]
        if len(values) > 1:
            said = "; ".join(f"{v} ({', '.join(sorted(told[v]))})" for v in values)
            out.append(
                Conflict(
                    kind=kind,
                    description=f"Sources disagree on the {field} of the meeting of {who}: {said}.",
                    articles=sorted({a for v in values for a in told[v]}),
                )
            )
    return out


def _make_event(cluster: list) -> Event:
    meetings: list[MeetingFact] = [m for _, m, _ in cluster]
    parts: list[str] = []
    for _, _, p in cluster:
        parts += [x for x in p if x not in parts]

    def vote(field: str):
        values = Counter(getattr(m, field) for m in meetings if getattr(m, field))
        return sorted(values, key=lambda v: (-values[v], v))[0] if values else None

    sources = []
    seen = set()
    for article, m, _ in sorted(cluster, key=lambda r: (r[0], r[1].evidence.start)):
        if (article, m.evidence.start) not in seen:
            seen.add((article, m.evidence.start))
            sources.append(Source(article, m.evidence.text, m.evidence.start, m.evidence.end))
    return Event(
        id="",
        kind="meeting",
        participants=sorted(parts),
        date=vote("date"),
        venue=vote("venue"),
        city=vote("city"),
        region=vote("region"),
        country=vote("country"),
        occasion=vote("occasion"),
        sources=sources,
    )


# ----------------------------------------------------------------- quotes and relations


def _quotes(facts: list[ArticleFacts], person_of: dict[Member, str]) -> list[Quote]:
    out = []
    for f in facts:
        for q in f.quotes:
            speaker = person_of.get((f.article, q.speaker)) if q.speaker else None
            out.append(Quote(speaker, q.text, f.article, q.medium, q.evidence.text))
    return out


def _relations(facts: list[ArticleFacts], person_of: dict[Member, str]) -> list[Relation]:
    merged: dict[tuple[str, str, str], Relation] = {}
    for f in facts:
        for r in f.relations:
            s, o = person_of[(f.article, r.subject)], person_of[(f.article, r.object)]
            if s == o:
                continue
            if r.predicate in SYMMETRIC and s > o:
                s, o = o, s
            rel = merged.setdefault((s, r.predicate, o), Relation(s, r.predicate, o))
            if all(src.article != f.article for src in rel.sources):
                rel.sources.append(Source(f.article, r.evidence.text, r.evidence.start, r.evidence.end))
    return sorted(merged.values(), key=lambda r: (r.subject, r.predicate, r.object))
