"""When and where a meeting happened, beyond its own clause: the paragraph, the lede, the day
named before ("two days earlier"), the dated meeting an "also" report belongs to, the occasion.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from ..models import Document
from .dates import in_period, is_vague, offset_days, resolve_date
from .meeting_merge import MeetingReport
from .places import PlaceFound, find_place

_OCCASION = re.compile(
    r"\b(?:at|during|for|before|after)\s+(?:her|his|their|the)\s+((?:[A-Z][\w’'-]*\s?){1,5}(?:Tour|Festival|Awards|Gala|Premiere|premiere|show|concert|benefit|party|dinner))"
)
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z .'-]+,(?:\s*[A-Z][a-z]+\.)?\s*(?:[A-Z][a-z]+\.? \d{1,2}\s*)?\([^)]*\)\s*[-—–]\s*"
)


def date_before(previous: list[Span], published) -> date | None:
    """The last day the article named before this sentence ('turned 32 on Monday')."""
    for s in reversed(previous[-4:]):
        d = resolve_date(s.text, published, keep_all=True)
        if d:
            return d
    return None


def paragraph_date(document: Document, previous: list[Span], sent: Span, published) -> date | None:
    para_start = document.text.rfind("\n", 0, sent.start_char) + 1
    for s in reversed(previous):
        if s.start_char < para_start:
            break
        if is_vague(s.text):
            return None
        d = resolve_date(s.text, published)
        if d:
            return d
    return None


def paragraph_place(document: Document, previous: list[Span], sent: Span, names) -> PlaceFound:
    para_start = document.text.rfind("\n", 0, sent.start_char) + 1
    for s in reversed(previous):
        if s.start_char < para_start:
            break
        p = find_place(s.text, names)
        if not p.empty:
            return p
    return PlaceFound()


def apply_lede(document: Document, merged: list[MeetingReport], published, names) -> None:
    """The article's own meeting, told first, happened when and where its opening paragraph says."""
    if not merged or document.blocks[0].kind != "headline":
        return
    body = next((b for b in document.blocks if b.kind == "body"), None)
    headline = document.blocks[0]
    if body is None or not headline.start <= merged[0].evidence.start < headline.end:
        return  # only a headline's meeting takes its day and place from the opening paragraph
    lede = _DATELINE_PREFIX.sub("", document.text[body.start : body.end])
    if offset_days(lede) is not None:
        return  # "X comes two days after Y": the opening tells of two different days
    main = merged[0]
    if main.date is None and main.offset is None and not is_vague(main.evidence.text) and not is_vague(lede):
        main.date = resolve_date(lede, published)
    if main.place.city is None:
        main.place.merge_missing(find_place(lede, names))


_GATHERING = re.compile(
    r"\b(?:party|bash|celebration|wedding|reception|gala|premiere|soirée|soiree|shindig|get-together|"
    r"festivities|ceremony|fundraiser|birthday|awards|"
    # a show people come to: 'made his Broadway debut on Monday ... the opening drew a crowd'
    r"opening night|opening|screening|concert|gig|debut)\b",
    re.I,
)


def lede_gathering(document: Document, reports: list[MeetingReport], published, names) -> None:
    """'X rang in her 40th with a party at her LA home on Saturday' ... 'X and Y posed with Z': in an
    article about one dated gathering and no meeting on another day or in another town, the
    reports are at it."""
    body = next((b for b in document.blocks if b.kind == "body"), None)
    if body is None or not reports:
        return
    lede = _DATELINE_PREFIX.sub("", document.text[body.start : body.end])
    if not _GATHERING.search(lede) or is_vague(lede) or offset_days(lede) is not None:
        return
    day = resolve_date(lede, published)
    if day is None:
        return
    place = find_place(lede, names)
    # a meeting told as of another month or year ('first spotted last month') is background,
    # neither at the gathering nor a sign that the article tells of several days
    reports = [r for r in reports if r.period is None or in_period(day, r.period)]
    for r in reports:
        other_day = r.offset is not None or (r.date is not None and r.date != day)
        if other_day or (r.place.city and r.place.city != place.city):
            return  # a meeting with a day or town of its own: the article tells of more than one
    occasion = occasion_of(lede)
    for r in reports:
        if r.evidence.start >= body.start and not is_vague(r.evidence.text):
            r.date = day
            r.place.merge_missing(place)
            r.occasion = r.occasion or occasion


def same_occasion(reports: list[MeetingReport]) -> None:
    """'Ines also attended and greeted Vasseur': an undated 'also' report with someone from the
    article's dated meeting happened at that meeting."""
    main = next((r for r in reports if r.date and r.offset is None), None)
    if main is None:
        return
    for r in reports:
        if r.date is not None or r.offset is not None or offset_days(r.evidence.text) is not None:
            continue
        if r.period is not None and not in_period(main.date, r.period):
            continue
        if re.search(r"\balso\b", r.evidence.text) and set(r.participants) & set(main.participants):
            if not is_vague(r.evidence.text):
                r.date = main.date
                r.place.merge_missing(main.place)


def occasion_of(text: str) -> str | None:
    m = _OCCASION.search(text)
    return m.group(1).strip() if m else None


def resolve_offsets(reports: list[MeetingReport]) -> None:
    """'Two days earlier' counts back from the nearest dated meeting told before it (or after it)."""
    for i, r in enumerate(reports):
        if r.offset is None:
            continue
        anchors = [x.date for x in reversed(reports[:i]) if x.date and x.offset is None]
        anchors += [x.date for x in reports[i + 1 :] if x.date and x.offset is None]
        if anchors or r.anchor:
            r.date = (anchors[0] if anchors else r.anchor) + timedelta(days=r.offset)
