"""Meeting reports, and how the reports of one meeting within an article merge into one fact.

A report is one clause that puts two or more people together, with what it says of when and where.
Both the English extractor (``meetings.py``) and the Spanish/French one (``foreign_facts.py``)
build reports of this shape and merge them here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models import Evidence, MeetingFact
from .dates import in_period
from .gazetteer import cities_named, km
from .places import PlaceFound
from .small_places import small_places_named


@dataclass
class MeetingReport:
    participants: list[str]
    date: date | None
    place: PlaceFound
    evidence: Evidence
    occasion: str | None = None
    offset: int | None = None
    anchor: date | None = None
    period: tuple[int, int | None] | None = None  # 'in March', 'in 2021': a month or year, no day
    joins: bool = False  # 'was later joined by Y': Y joined the last meeting told of the same people
    needs_date: bool = False  # a wedding told without its day: kept only if another report dates it


def compatible(a: MeetingReport, b: MeetingReport) -> bool:
    """Same people (two or more shared), no clash of day, and of city unless the day is the same."""
    if len(set(a.participants) & set(b.participants)) < 2:
        return False
    if not _periods_agree(a, b) or not _periods_agree(b, a):
        return False
    if a.date and b.date:
        return a.date == b.date
    return not (a.place.city and b.place.city and not same_city(a.place.city, b.place.city))


# A district or suburb within this distance of a city of a million or more is part of it.
DISTRICT_KM = 20.0


def same_city(a: str, b: str) -> bool:
    """'London' and 'Marylebone' (or 'Los Angeles' and 'West Hollywood'): a big city and a district
    or suburb inside it name one place, so a meeting told in both is one meeting."""
    if a == b:
        return True
    places_a = cities_named(a) or small_places_named(a)
    places_b = cities_named(b) or small_places_named(b)
    for pa in places_a:
        for pb in places_b:
            big, small = (pa, pb) if pa.population >= pb.population else (pb, pa)
            if big.population >= 1_000_000 and km(big, small) <= DISTRICT_KM:
                return True
    return False


def _periods_agree(a: MeetingReport, b: MeetingReport) -> bool:
    """A meeting told 'in March' or 'last month' is not the one of a day outside that month."""
    if b.period is None or b.date is not None:
        return True
    if a.date is not None:
        return in_period(a.date, b.period)
    return a.period is None or a.period == b.period


def richness(r: MeetingReport) -> int:
    return 2 * (r.date is not None) + (r.place.city is not None) + (r.place.venue is not None)


def merge_reports(reports: list[MeetingReport], richest_evidence: bool = True) -> list[MeetingReport]:
    """Reports of one meeting within an article become one. With ``richest_evidence`` the evidence
    is the sentence that says most of when and where; without, the first report's."""
    merged: list[MeetingReport] = []
    best: dict[int, int] = {}  # id of a merged report -> richness of the evidence it keeps
    for r in reports:
        target = next((m for m in merged if compatible(m, r)), None)
        if target is None:
            merged.append(r)
            best[id(r)] = richness(r)
            continue
        # the sentence that says when and where is the evidence
        if richest_evidence and richness(r) > best[id(target)]:
            target.evidence, best[id(target)] = r.evidence, richness(r)
        target.participants += [k for k in r.participants if k not in target.participants]
        target.date = target.date or r.date
        target.place.merge_missing(r.place)
        target.occasion = target.occasion or r.occasion
    return merged


def meeting_fact(r: MeetingReport) -> MeetingFact:
    """The stored fact of one merged report."""
    return MeetingFact(
        participants=r.participants,
        date=r.date.isoformat() if r.date else None,
        evidence=r.evidence,
        venue=r.place.venue,
        city=r.place.city,
        region=r.place.region,
        country=r.place.country,
        occasion=r.occasion,
        period=None if r.date or r.period is None else _period_text(r.period),
    )


def _period_text(period: tuple[int, int | None]) -> str:
    year, month = period
    return f"{year:04d}" if month is None else f"{year:04d}-{month:02d}"
