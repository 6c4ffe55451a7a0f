"""Across articles: meeting reports clustered into events, with the conflicts of their sources.

One real meeting that several outlets (or one article twice) report is one event: reports merge
when they share two people and agree on the day (or, undated, on the city); a day apart in the
same place with the same company is one meeting misdated, and the disagreement a conflict. Two
meetings of one pair on different days stay two events. Reports sharing fewer than two people
never meet, so any set of reports closed under that clusters as it would among all (``update.py``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from itertools import combinations

from .extract.gazetteer import km_between
from .models import ArticleFacts, Conflict, Event, MeetingFact, Source

METRO_KM = 35.0
Member = tuple[str, str]  # (article id, local key)


Report = tuple[str, int, MeetingFact, list[str]]  # article, meeting index, the fact, person ids


def meeting_reports(
    facts: list[ArticleFacts], person_of: dict[Member, str], only: set[tuple[str, int]] | None = None
) -> list[Report]:
    """Each meeting fact (or those ``only`` names) with its people as person ids, when two or more."""
    reports = []
    for f in facts:
        for i, m in enumerate(f.meetings):
            if only is not None and (f.article, i) not in only:
                continue
            parts = sorted({person_of[(f.article, k)] for k in m.participants})
            if len(parts) >= 2:
                reports.append((f.article, i, m, parts))
    return reports


def resolve_events(
    reports: list[Report], names: dict[str, str], duplicates: dict[str, str]
) -> tuple[list[Event], list[Conflict]]:
    """Meeting reports clustered into events (dated reports first, by day), and the conflicts of
    events whose sources disagree. Reports that share fewer than two people never meet, so any
    set of reports closed under that (see ``update.py``) clusters as it would among all."""
    dated = sorted((r for r in reports if r[2].date), key=lambda r: (r[2].date, *_place_in_text(r)))
    undated = sorted((r for r in reports if not r[2].date), key=_place_in_text)
    clusters: list[list] = []
    views: list[tuple[set, set, set, set]] = []  # each cluster's people, dates, cities and periods
    # Only a cluster sharing two people with a report can take it: index clusters by pairs.
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in dated + undated:
        target = _best_cluster([(i, clusters[i], views[i]) for i in _candidates(by_pair, r[3])], r)
        if target is None:
            target = len(clusters)
            clusters.append([])
            views.append((set(), set(), set(), set()))
        _add_to_cluster(target, r, clusters, views, by_pair)
    events = [_make_event(c) for c in clusters]
    conflicts = [
        replace(c, owner=e.id)
        for cluster, e in zip(clusters, events, strict=True)
        for c in _event_conflicts(cluster, names, duplicates)
    ]
    events.sort(key=event_order)
    return events, conflicts


def _place_in_text(r: Report) -> tuple[str, int, int]:
    return (r[0], r[2].evidence.start, r[1])


def event_order(e: Event) -> tuple[bool, str, str]:
    """Dated events by day, then undated ones; ties by id."""
    return (e.date is None, e.date or "", e.id)


def event_id(reports: list[tuple[str, int]]) -> str:
    """An event's id, from its first report: the same whatever order articles came in."""
    article, index = min(reports)
    return "e" + hashlib.blake2b(f"{article}\x00{index}".encode(), digest_size=5).hexdigest()


def _candidates(by_pair: dict[tuple[str, str], list[int]], parts: list[str]) -> list[int]:
    """The clusters that share at least two people with ``parts`` (sorted), in creation order."""
    found: set[int] = set()
    for pair in combinations(parts, 2):
        found.update(by_pair.get(pair, ()))
    return sorted(found)


def _add_to_cluster(i: int, report, clusters: list[list], views: list, by_pair: dict) -> None:
    _, _, m, parts = report
    people, dates, cities, periods = views[i]
    new = set(parts) - people
    clusters[i].append(report)
    people |= new
    if m.date:
        dates.add(m.date)
    if m.period:
        periods.add(m.period)
    if m.city:
        cities.add(m.city)
    for pair in combinations(sorted(people), 2):
        if pair[0] in new or pair[1] in new:
            by_pair[pair].append(i)


def _best_cluster(candidates: list[tuple[int, list, tuple[set, set, set, set]]], report) -> int | None:
    _, _, m, parts = report
    best, best_score = None, 0
    for i, _c, (people, dates, cities, periods) in candidates:
        shared = len(people & set(parts))
        if shared < 2 or shared < min(len(parts), 2) or not _within_periods(m, dates, periods):
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


def _within_periods(m: MeetingFact, dates: set[str], periods: set[str]) -> bool:
    """A meeting told only by its month or year ('in March') is not one on a day outside it,
    nor one told in another month."""
    if m.period:
        return all(d.startswith(m.period) for d in dates) and all(
            p.startswith(m.period) or m.period.startswith(p) for p in periods
        )
    return not m.date or all(m.date.startswith(p) for p in periods)


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
    who = " and ".join(sorted({names.get(p, p) for _, _, _, parts in cluster for p in parts}))
    for field, kind in (("date", "date"), ("city", "place")):
        told: dict[str, set[str]] = defaultdict(set)
        for article, _, m, _ in cluster:
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
    meetings: list[MeetingFact] = [m for _, _, m, _ in cluster]
    parts: list[str] = []
    for _, _, _, p in cluster:
        parts += [x for x in p if x not in parts]

    def vote(field: str):
        values = Counter(getattr(m, field) for m in meetings if getattr(m, field))
        return sorted(values, key=lambda v: (-values[v], v))[0] if values else None

    sources = []
    seen = set()
    for article, _, m, _ in sorted(cluster, key=lambda r: (r[0], r[2].evidence.start, r[1])):
        if (article, m.evidence.start) not in seen:
            seen.add((article, m.evidence.start))
            sources.append(Source(article, m.evidence.text, m.evidence.start, m.evidence.end))
    reports = sorted((article, index) for article, index, _, _ in cluster)
    return Event(
        id=event_id(reports),
        kind="meeting",
        participants=sorted(parts),
        date=vote("date"),
        venue=vote("venue"),
        city=vote("city"),
        region=vote("region"),
        country=vote("country"),
        occasion=vote("occasion"),
        sources=sources,
        reports=reports,
    )
