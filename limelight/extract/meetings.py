"""Meetings: two or more named people together in person, with when, where and on what occasion.

A clause with a meeting word (kissed, hugged, posed with, hung out, had dinner with...) and two or
more people, not negated, is one report. Reports in one article that share people and agree on
date and city are one meeting. Dates resolve against the publication date; "two days earlier"
against the article's other dated meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from ..models import Document, Evidence, MeetingFact
from .dates import is_vague, offset_days, parse_iso, resolve_date
from .index import Mention, PeopleIndex
from .lexicon import KIN_WORDS, WORK_NOUNS
from .places import PlaceFound, dateline_city, find_place

# Meeting words that put people together by themselves, and ones that need "with"/"together".
STRONG = {
    "kiss",
    "hug",
    "embrace",
    "greet",
    "meet",
    "reunite",
    "snuggle",
    "cuddle",
    "pose",
    "surprise",
    "join",
    "dine",
    "chat",
    "peck",
    "smooch",
    "party",
    "hang",
    "hung",
}
# Nouns that name a get-together ("a backstage hangout with", "dinner with").
STRONG_NOUNS = {
    "hug",
    "kiss",
    "embrace",
    "peck",
    "hangout",
    "reunion",
    "catch-up",
    "dinner",
    "supper",
    "lunch",
    "brunch",
    "date",
    "selfie",
    "duet",
    "party",
    "surprise",
    "cuddle",
}
WEAK = {
    "spot",
    "see",
    "photograph",
    "snap",
    "perform",
    "sing",
    "dance",
    "leave",
    "arrive",
    "celebrate",
    "crash",
    "bring",
    "invite",
    "pull",
    "wrap",
    "spend",
    "visit",
    "accompany",
    "photo",
    "picture",
    "step",
    "walk",
    "catch",
    "take",
    "welcome",
    "team",
}
_TOGETHER = re.compile(r"\b(?:with|together|alongside)\b", re.I)
_IN_PHOTO = re.compile(r"\b(?:in|into) the (?:photo|picture|pic|snap|shot|selfie|group photo)\b", re.I)
_TEMPORAL_SPLIT = re.compile(r"\s(?:after|before|when|since)\s", re.I)
_GROUP = re.compile(
    r"\b(?:the (?:pair|duo|couple|two|trio|three|four|group|former couple|former flames|lovebirds|"
    r"two stars|stars|boys|lads|girls|bandmates)(?: of them)?|both|they|them)\b",
    re.I,
)
_OCCASION = re.compile(
    r"\b(?:at|during|for|before|after)\s+(?:her|his|their|the)\s+((?:[A-Z][\w’'-]*\s?){1,5}(?:Tour|Festival|Awards|Gala|Premiere|premiere|show|concert|benefit|party|dinner))"
)
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z .'-]+,(?:\s*[A-Z][a-z]+\.)?\s*(?:[A-Z][a-z]+\.? \d{1,2}\s*)?\([^)]*\)\s*[-—–]\s*"
)
_SPECULATION = re.compile(r"\b(?:speculat\w*|rumou?r\w*|wonder\w*|allegedly|reportedly dating)\b", re.I)


@dataclass
class _Report:
    participants: list[str]
    date: date | None
    place: PlaceFound
    evidence: Evidence
    occasion: str | None = None
    offset: int | None = None
    anchor: date | None = None


def extract_meetings(
    document: Document, doc: Doc, people: PeopleIndex, quotes: list[tuple[int, int]]
) -> list[MeetingFact]:
    published = parse_iso(document.published)
    names = {p.name for p in people.people} | {a for p in people.people for a in p.aliases}
    reports: list[_Report] = []
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
                reports.append(report)
    _apply_lede(document, reports, published, names)
    _resolve_offsets(reports)
    _same_occasion(reports)
    dateline = dateline_city(document.text)
    merged = _merge(reports)
    out = []
    for r in merged:
        if r.place.city is None and dateline:
            r.place.city = dateline
        out.append(
            MeetingFact(
                participants=r.participants,
                date=r.date.isoformat() if r.date else None,
                evidence=r.evidence,
                venue=r.place.venue,
                city=r.place.city,
                region=r.place.region,
                country=r.place.country,
                occasion=r.occasion,
            )
        )
    return out


def _mostly_quoted(sent: Span, quotes) -> bool:
    inside = sum(max(0, min(b, sent.end_char) - max(a, sent.start_char)) for a, b in quotes)
    return inside > 0.5 * (sent.end_char - sent.start_char)


def _in_quote(pos: int, quotes) -> bool:
    return any(a <= pos < b for a, b in quotes)


def _clauses(sent: Span) -> list[tuple[tuple[int, int], bool]]:
    """(char range, is a temporal clause ('after ...')) pieces of a sentence."""
    text = sent.text
    m = _TEMPORAL_SPLIT.search(text)
    if not m or offset_days(text) is None:
        return [((sent.start_char, sent.end_char), False)]
    cut = sent.start_char + m.start()
    return [((sent.start_char, cut), False), ((cut, sent.end_char), True)]


def _report(document, people, piece, sent, previous, reports, published, names, quotes) -> _Report | None:
    (start, end), temporal, split = piece
    text = document.text[start:end]
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or _SPECULATION.search(sent.text):
        return None
    trigger = _trigger(span, text, people)
    in_photo = bool(_IN_PHOTO.search(text))
    if (trigger is None and not in_photo) or _negated(span) or _unreal(span):
        return None
    keys = _participants(people, span, quotes, trigger)
    if _GROUP.search(text):
        for k in _group(people, reports, previous, sent):
            if k not in keys:
                keys.append(k)
    if reports and (in_photo or len(keys) == 1 and re.search(r"\b(?:also|too)\b", text)):
        keys = reports[-1].participants + [k for k in keys if k not in reports[-1].participants]
    if len(keys) < 2:
        return None
    when = None if is_vague(text) else resolve_date(text, published)
    place = find_place(text, names)
    if not split:  # a sentence cut in two ("X comes two days after Y") keeps each half's own facts
        full = sent.text
        if when is None and not is_vague(full):
            when = resolve_date(full, published)
        place.merge_missing(find_place(full, names))
        if when is None and not is_vague(full):
            when = _paragraph_date(document, previous, sent, published)
        if place.empty:
            place.merge_missing(_paragraph_place(document, previous, sent, names))
    offset = offset_days(sent.text) if (temporal or "earlier" in text or "later" in text) else None
    occasion = _occasion(sent.text)
    evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
    report = _Report(keys, when if offset is None else None, place, evidence, occasion, offset)
    if offset is not None:
        report.anchor = _date_before(previous, published)
    return report


def _date_before(previous: list[Span], published) -> date | None:
    """The last day the article named before this sentence ('turned 32 on Monday')."""
    for s in reversed(previous[-4:]):
        d = resolve_date(s.text, published, keep_all=True)
        if d:
            return d
    return None


def _trigger(span: Span, text: str, people: PeopleIndex):
    """The meeting word of a clause; a verb must have a person or 'the pair' among its own words."""
    for tok in span:
        lemma = tok.lemma_.lower()
        word = tok.lower_
        if lemma in ("catch", "hang", "hung") and any(c.lower_ in ("up", "out") for c in tok.children):
            return tok if _governs_person(tok, people) else None
        if tok.pos_ in ("NOUN", "PROPN"):
            strong = lemma in STRONG_NOUNS or word in STRONG_NOUNS
        else:
            strong = (lemma in STRONG or word in STRONG) and tok.pos_ == "VERB"
        if lemma in ("hang", "hung") and not re.search(r"\bhung out|hang(?:ing)? out", text):
            strong = False
        weak = (lemma in WEAK or word in WEAK) and _TOGETHER.search(text)
        if not (strong or weak):
            continue
        if tok.pos_ == "VERB" and not _governs_person(tok, people):
            continue
        return tok
    return None


def _governs_person(tok, people: PeopleIndex) -> bool:
    words = list(tok.subtree) + [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ in ("conj", "advcl", "relcl", "xcomp") and tok.head.pos_ == "VERB":
        words += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl":
        words.append(tok.head)
    for w in words:
        if (
            people.key_at(w.idx, w.idx + len(w))
            or _GROUP.fullmatch(w.lower_)
            or w.lower_ in ("pair", "duo", "two", "couple", "trio", "three", "group")
        ):
            return True
    return False


def _unreal(span: Span) -> bool:
    """'She will be joined by ...', 'might persuade ... to join': not something that happened."""
    return any(
        t.lower_ in ("will", "’ll", "'ll", "would", "might", "could", "shall") and t.dep_ == "aux"
        for t in span
    )


def _negated(span: Span) -> bool:
    return any(t.dep_ == "neg" or t.lower_ in ("never", "nobody") for t in span)


def _participants(people: PeopleIndex, span: Span, quotes, trigger) -> list[str]:
    keys: list[str] = []
    doc = span.doc
    for m in people.mentions_in(span.start_char, span.end_char):
        if _in_quote(m.start, quotes) or _possessor_only(doc, m) or _aside(doc, m, trigger):
            continue
        if m.key not in keys:
            keys.append(m.key)
    return keys


def _aside(doc: Doc, m: Mention, trigger) -> bool:
    """'Zoe, who was once married to X, was joined by Y': X sits in a who/which clause that the
    meeting word is not part of."""
    if trigger is None:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i:
        outside = not tok.left_edge.i <= trigger.i <= tok.right_edge.i
        if outside and tok.dep_ == "relcl":
            if any(t.lower_ in ("who", "whom", "which", "whose") for t in tok.subtree):
                return True
        if outside and tok.dep_ == "advcl":  # "... kissing as X performed on stage"
            if any(c.dep_ == "mark" and c.lower_ in ("as", "while", "whereas") for c in tok.children):
                return True
        tok = tok.head
    return False


def _possessor_only(doc: Doc, m: Mention) -> bool:
    """'his ex-wife Katie', 'her Las Vegas show': the possessor is not thereby present."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ != "poss" and not (root.tag_ == "PRP$"):
        return False
    if m.kind == "pronoun":
        return True
    head = root.head
    return head.lower_ in KIN_WORDS or head.lower_ in WORK_NOUNS or head.lower_ in {"fans", "team", "rep"}


def _group(people: PeopleIndex, reports: list[_Report], previous: list[Span], sent: Span) -> list[str]:
    """Who 'the pair' / 'they' are: the last meeting's people, else the last sentence naming two."""
    text = sent.doc.text
    recent = sent.start_char
    for _ in range(3):  # the last meeting told within the three paragraphs before this one
        recent = max(0, text.rfind("\n\n", 0, max(0, recent - 1)))
    if reports and reports[-1].evidence.start >= recent:
        return list(reports[-1].participants)
    for s in [sent, *reversed(previous[-3:])]:
        keys = [m.key for m in people.mentions_in(s.start_char, s.end_char)]
        uniq = list(dict.fromkeys(keys))
        if len(uniq) >= 2:
            return uniq
    return list(reports[-1].participants) if reports else []


def _paragraph_date(document: Document, previous: list[Span], sent: Span, published) -> date | None:
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


def _paragraph_place(document: Document, previous: list[Span], sent: Span, names) -> PlaceFound:
    para_start = document.text.rfind("\n", 0, sent.start_char) + 1
    for s in reversed(previous):
        if s.start_char < para_start:
            break
        p = find_place(s.text, names)
        if not p.empty:
            return p
    return PlaceFound()


def _apply_lede(document: Document, merged: list[_Report], published, names) -> None:
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


def _same_occasion(reports: list[_Report]) -> None:
    """'Solenne also attended and greeted Ferrand': an undated 'also' report with someone from the
    article's dated meeting happened at that meeting."""
    main = next((r for r in reports if r.date and r.offset is None), None)
    if main is None:
        return
    for r in reports:
        if r.date is not None or r.offset is not None or offset_days(r.evidence.text) is not None:
            continue
        if re.search(r"\balso\b", r.evidence.text) and set(r.participants) & set(main.participants):
            if not is_vague(r.evidence.text):
                r.date = main.date
                r.place.merge_missing(main.place)


def _occasion(text: str) -> str | None:
    m = _OCCASION.search(text)
    return m.group(1).strip() if m else None


def _resolve_offsets(reports: list[_Report]) -> None:
    """'Two days earlier' counts back from the nearest dated meeting told before it (or after it)."""
    for i, r in enumerate(reports):
        if r.offset is None:
            continue
        anchors = [x.date for x in reversed(reports[:i]) if x.date and x.offset is None]
        anchors += [x.date for x in reports[i + 1 :] if x.date and x.offset is None]
        if anchors or r.anchor:
            r.date = (anchors[0] if anchors else r.anchor) + timedelta(days=r.offset)


def _compatible(a: _Report, b: _Report) -> bool:
    """Same people (two or more shared), no clash of day, and of city unless the day is the same."""
    if len(set(a.participants) & set(b.participants)) < 2:
        return False
    if a.date and b.date:
        return a.date == b.date
    return not (a.place.city and b.place.city and a.place.city != b.place.city)


def _richness(r: _Report) -> int:
    return 2 * (r.date is not None) + (r.place.city is not None) + (r.place.venue is not None)


def _merge(reports: list[_Report]) -> list[_Report]:
    """Reports of one meeting within an article become one, the richest evidence first."""
    merged: list[_Report] = []
    best: dict[int, int] = {}  # id of a merged report -> richness of the evidence it keeps
    for r in reports:
        target = next((m for m in merged if _compatible(m, r)), None)
        if target is None:
            merged.append(r)
            best[id(r)] = _richness(r)
            continue
        if _richness(r) > best[id(target)]:  # the sentence that says when and where is the evidence
            target.evidence, best[id(target)] = r.evidence, _richness(r)
        target.participants += [k for k in r.participants if k not in target.participants]
        target.date = target.date or r.date
        target.place.merge_missing(r.place)
        target.occasion = target.occasion or r.occasion
    return merged
