"""Meetings: two or more named people together in person, with when, where and on what occasion.

A clause with a meeting word (kissed, hugged, posed with, hung out, had dinner with...) and two or
more people, not negated, is one report. Reports in one article that share people and agree on
date and city are one meeting. Dates resolve against the publication date; "two days earlier"
against the article's other dated meeting. This module cuts sentences into clauses and builds the
reports; who is in one is ``meeting_participants.py``, when and where beyond the clause
``meeting_context.py``, merging ``meeting_merge.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..models import Document, Evidence, MeetingFact
from .dates import in_period, is_vague, offset_days, parse_iso, period_of, resolve_date
from .index import PeopleIndex
from .meeting_acts import own_words
from .meeting_context import (
    apply_lede,
    date_before,
    lede_gathering,
    occasion_of,
    paragraph_date,
    paragraph_place,
    resolve_offsets,
    same_occasion,
)
from .meeting_groups import PROPOSAL, group_members, proposal_partner
from .meeting_merge import MeetingReport, compatible, meeting_fact, merge_reports
from .meeting_participants import (
    GROUP,
    GROUP_NOUNS,
    find_trigger,
    negated,
    participants_of,
    unreal,
)
from .meeting_words import WEDDING
from .places import dateline_city, find_place, outlet_country, settle_city

_IN_PHOTO = re.compile(r"\b(?:in|into) the (?:photo|picture|pic|snap|shot|selfie|group photo)\b", re.I)
# 'His daughter was also there': one more person at the meeting just told ('also in attendance
# was X' lists a guest of the event, who only attended).
_ALSO_THERE = re.compile(
    r"\b(?:was|were)\s+also\s+(?:there|present|on hand|in tow)\b|"
    r"\balso\s+(?:present|on hand)\s+(?:was|were)\b",
    re.I,
)
_TEMPORAL_SPLIT = re.compile(r"\s(?:after|before|when|since)\s", re.I)
_SPECULATION = re.compile(r"\b(?:speculat\w*|rumou?r\w*|wonder\w*|allegedly|reportedly dating)\b", re.I)
# 'since rumours of a split', 'amid romance rumours', 'sparking speculation': the rumour is the
# background of a meeting told as fact, not the meeting itself.
_RUMOUR_AS_BACKDROP = re.compile(
    r"\b(?:amid|since|despite|following|after|quash\w*|dispel\w*|fuel\w*|spark\w*|deny\w*|denied)\s+"
    r"(?:the\s+|their\s+|fresh\s+|new\s+|recent\s+)*(?:[a-z]+\s+){0,2}?(?:rumou?rs?|speculation)\b"
    r"(?:\s+(?:of|that|about)\s+[a-z\s]+)?",
    re.I,
)


def extract_meetings(
    document: Document, doc: Doc, people: PeopleIndex, quotes: list[tuple[int, int]]
) -> list[MeetingFact]:
    published = parse_iso(document.published)
    names = {p.name for p in people.people} | {a for p in people.people for a in p.aliases}
    reports: list[MeetingReport] = []
    undated_weddings: list[MeetingReport] = []  # background unless another report dates them
    sentences = list(doc.sents)
    for si, sent in enumerate(sentences):
        if _mostly_quoted(sent, quotes) or document.block_at(sent.start_char) is None:
            continue
        clauses = _clauses(sent)
        for clause, temporal in clauses:
            split = len(clauses) > 1
            report = _report(
                document,
                people,
                (clause, temporal, split),
                sent,
                sentences[:si],
                reports,
                published,
                names,
                quotes,
            )
            if report:
                (undated_weddings if report.needs_date else reports).append(report)
    apply_lede(document, reports, published, names)
    lede_gathering(document, reports, published, names)
    resolve_offsets(reports)
    _join_where_joined(reports)
    same_occasion(reports)
    dateline = dateline_city(document.text)
    merged = merge_reports(reports + [w for w in undated_weddings if _dated_elsewhere(w, reports)])
    for r in merged:
        if r.place.city is None and dateline:
            r.place.city = dateline
        settle_city(r.place, document.text, outlet_country(document.outlet))
    return [meeting_fact(r) for r in merged]


def _told_before(people: PeopleIndex, previous: list[Span], keys: list[str], reports, trigger) -> Span | None:
    """The sentence just before, when it names all of this meeting's people together and tells
    no meeting of its own (whose day and place would be that meeting's); for 'was joined by'
    ('X performed at the O2 on Friday. The singer was joined on stage by Y.'), naming one."""
    if not previous or any(r.evidence.start == previous[-1].start_char for r in reports):
        return None
    last = previous[-1]
    named = {m.key for m in people.mentions_in(last.start_char, last.end_char)}
    joined = trigger is not None and trigger.lemma_.lower() == "join" and bool(set(keys) & named)
    return last if set(keys) <= named or joined else None


_LINE_UP = re.compile(r"\((?:L-R|l-r|left to right|from left|clockwise from left)\)|^\s*Pictured\b", re.I)
# 'Nia Corvel and Bram Ostler at the premiere in London on Monday': names, then where, no verb
_NAME = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}"
_NAME_TAIL = r"(?:\s*\((?:left|right|centre|center|pictured)\)|,\s*\d{1,3},?)?"
_PAIR_PICTURED = re.compile(
    rf"^\W*{_NAME}{_NAME_TAIL}\s*(?:and|&|with)\s+(?:(?:his|her|their)\s(?:[a-z-]+\s){{1,2}})?{_NAME}{_NAME_TAIL}"
    r"\s+(?:at|in|during|on|outside|inside|leaving|arriving)\b"
)


def _group_caption(document, sent: Span, text: str) -> bool:
    """'(L-R) A, B and C at the gala on Saturday': a photo caption lining people up together."""
    block = document.block_at(sent.start_char)
    return block is not None and block.kind == "caption" and bool(_LINE_UP.search(text))


def _pictured_together(document, sent: Span, text: str) -> bool:
    """'A and B at the premiere', 'A with his wife B outside the cinema': a caption of two
    people photographed together (a verbless line; each caption its own photo)."""
    block = document.block_at(sent.start_char)
    return block is not None and block.kind == "caption" and bool(_PAIR_PICTURED.match(text))


def _mostly_quoted(sent: Span, quotes) -> bool:
    inside = sum(max(0, min(b, sent.end_char) - max(a, sent.start_char)) for a, b in quotes)
    return inside > 0.5 * (sent.end_char - sent.start_char)


def _clauses(sent: Span) -> list[tuple[tuple[int, int], bool]]:
    """(char range, is a temporal clause ('after ...')) pieces of a sentence."""
    text = sent.text
    m = _TEMPORAL_SPLIT.search(text)
    if not m or offset_days(text) is None:
        return [((sent.start_char, sent.end_char), False)]
    cut = sent.start_char + m.start()
    return [((sent.start_char, cut), False), ((cut, sent.end_char), True)]


def _report(
    document, people, piece, sent, previous, reports, published, names, quotes
) -> MeetingReport | None:
    (start, end), temporal, split = piece
    text = document.text[start:end]
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or _SPECULATION.search(_RUMOUR_AS_BACKDROP.sub(" ", sent.text)):
        return None
    trigger = find_trigger(span, text, people)
    in_photo = (
        bool(_IN_PHOTO.search(text))
        or bool(reports and _ALSO_THERE.search(text))
        or _group_caption(document, sent, text)
    )
    pictured = _pictured_together(document, sent, text)  # its own photo: not added to the last
    if (trigger is None and not in_photo and not pictured) or negated(span) or unreal(span):
        return None
    keys = participants_of(people, span, quotes, trigger)
    if GROUP.search(text) and not _pair_named_as_subject(keys, span):
        for k in group_members(people, reports, previous, sent):
            if k not in keys:
                keys.append(k)
    if reports and (in_photo or len(keys) == 1 and re.search(r"\b(?:also|too)\b", text)):
        keys = reports[-1].participants + [k for k in keys if k not in reports[-1].participants]
    if len(keys) == 1 and trigger is not None and trigger.lemma_.lower() in PROPOSAL:
        partner = proposal_partner(people, keys[0], span, previous)
        keys += [partner] if partner else []
    if len(keys) < 2:
        return None
    when = None if is_vague(text) else _own_date(trigger, text, published)
    place = find_place(text, names)
    if not split:  # a sentence cut in two ("X comes two days after Y") keeps each half's own facts
        full = sent.text
        if when is None and not is_vague(full):
            when = resolve_date(_unsaid(full), published)
        place.merge_missing(find_place(full, names))
        if when is None and not is_vague(full):
            when = paragraph_date(document, previous, sent, published)
        if place.empty:
            place.merge_missing(paragraph_place(document, previous, sent, names))
        # 'Guests at the party in Miami included A, B and C.' then 'A posed with B and C'
        told = _told_before(people, previous, keys, reports, trigger)
        if told is not None and when is None and not is_vague(told.text):
            when = resolve_date(told.text, published)
        if told is not None and place.empty:
            place.merge_missing(find_place(told.text, names))
    if when is None and not is_vague(text):
        told = _event_told(text, reports)
        if told is not None:  # 'was joined at the show by his wife'
            when = told.date
            place.merge_missing(told.place)
    period = _own_period(span if split else sent, published)
    if period is not None and when is not None and not in_period(when, period):
        when = None  # the day of the paragraph or the sentence before is not 'in March'
    relative = temporal or re.search(r"\b(?:earlier|later|same)\b", text, re.I)
    offset = offset_days(sent.text) if relative else None
    occasion = occasion_of(sent.text)
    evidence = Evidence.within(document.text, sent.start_char, sent.end_char)
    report = MeetingReport(keys, when if offset is None else None, place, evidence, occasion, offset)
    if offset is not None:
        report.anchor = date_before(previous, published)
    report.period = period if when is None and offset is None else None
    report.joins = trigger is not None and trigger.lemma_.lower() == "join" and period is None
    # a marriage told without its day is background ('married in 2019'), unless another report
    # of the same wedding gives the day ('has married X in Santa Fe' ... 'exchanged vows on Saturday')
    report.needs_date = trigger is not None and trigger.lemma_.lower() in WEDDING and report.date is None
    return report


# 'at the show', 'at the festival': a definite event noun points back to the event just told
_THE_EVENT = re.compile(
    r"\b(?:at|during|after|before)\s+the\s+(show|festival|gala|party|after-?party|premiere|concert|gig|game|"
    r"match|ceremony|event|wedding|bash|screening|launch|awards)\b",
    re.I,
)


def _event_told(text: str, reports: list[MeetingReport]) -> MeetingReport | None:
    """The latest dated meeting whose sentence named the event 'the show' refers back to
    ('sat front row at the Lanvin show on Saturday' ... 'was joined at the show by his wife')."""
    m = _THE_EVENT.search(text)
    if m is None:
        return None
    noun = re.compile(rf"\b{re.escape(m.group(1))}\b", re.I)
    for r in reversed(reports):
        if r.date is not None and r.offset is None and noun.search(r.evidence.text):
            return r
    return None


def _dated_elsewhere(wedding: MeetingReport, reports: list[MeetingReport]) -> bool:
    """Whether another report of the same couple gives the day of a wedding told without one."""
    return any(r.date is not None and compatible(r, wedding) for r in reports)


def _pair_named_as_subject(keys: list[str], span: Span) -> bool:
    """'Kim and Ian looked loved-up as they strolled': 'they' are the two the clause names."""
    group = [t for t in span if GROUP.fullmatch(t.text) or t.lower_ in GROUP_NOUNS]
    return len(keys) >= 2 and bool(group) and all(t.dep_ in ("nsubj", "nsubjpass") for t in group)


# ', his publicist said on Tuesday': when it was told, not when it happened
_SAID_ON_A_DAY = re.compile(
    r",?\s*(?:[\w’'-]+\s+){0,3}(?:said|told|confirmed|announced|revealed|reported)(?:\s+[\w-]+){0,3}?\s+on\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _unsaid(text: str) -> str:
    return _SAID_ON_A_DAY.sub("", text)


def _own_date(trigger, text: str, published):
    """The day the meeting word's own clause names, before any other of the sentence ('jetted off
    with X over the weekend, sharing snaps on Sunday': the weekend)."""
    if trigger is not None:
        own = own_words(trigger)
        # 'celebrated her 40th with X on Saturday': the celebration is the meeting, its day the day
        keep = trigger.lemma_.lower() == "celebrate"
        when = None if is_vague(own) else resolve_date(_unsaid(own), published, keep_all=keep)
        if when is not None:
            return when
    return resolve_date(_unsaid(text), published)


def _join_where_joined(reports: list[MeetingReport]) -> None:
    """'Okafor was later joined by his teammate': an undated joining happened at the last dated
    meeting told of the one joined, once the lede has dated the story's meetings."""
    for i, r in enumerate(reports):
        if not r.joins or r.date is not None or r.offset is not None:
            continue
        for before in reversed(reports[max(0, i - 3) : i]):
            if set(r.participants) & set(before.participants) and before.date is not None:
                r.date = before.date
                r.place.merge_missing(before.place)
                if re.search(r"\balso\b", r.evidence.text):  # 'was also joined by': one more there
                    r.participants = before.participants + [
                        k for k in r.participants if k not in before.participants
                    ]
                break


_WHO_ASIDE_OPEN = re.compile(r",\s*(?:who|whom|whose|which)\b[^.;]*$", re.I)


def _own_period(span: Span, published) -> tuple[int, int | None] | None:
    """The month or year a clause's meeting happened in ('first spotted last month', 'met in 2021'),
    not one of a who/which aside ('The pair, who split in 2019, were seen ...')."""
    found = period_of(span.text, published)
    if found is None:
        return None
    year, month, at = found
    if _WHO_ASIDE_OPEN.search(span.text[:at]) and "," in span.text[at:]:
        return None  # by the text, for when the parser loses the who-clause
    tok = span.doc.char_span(span.start_char + at, span.start_char + at + 1, alignment_mode="expand")
    node = tok.root if tok is not None else None
    while node is not None and node.head.i != node.i:
        if node.dep_ in ("relcl", "appos"):
            return None
        node = node.head
    return year, month
