"""Ages, quotes, meetings and relations in Spanish and French articles, by pattern over the text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..models import (
    AgeFact,
    Evidence,
    MeetingFact,
    QuoteFact,
)
from . import lexicon_foreign as lx
from .dates import parse_iso, weekday_before
from .foreign_people import capitalised_runs
from .foreign_text import ForeignText, Ref
from .foreign_towns import SPLIT_TOWNS, placename, town
from .gazetteer import is_place
from .meeting_merge import MeetingReport, meeting_fact, merge_reports
from .places import PlaceFound


def extract_ages(t: ForeignText) -> list[AgeFact]:
    found: dict[tuple[str, int], AgeFact] = {}

    def add(key: str | None, age: int, pos: int) -> None:
        if key and 0 < age < 120 and (key, age) not in found:
            found[(key, age)] = AgeFact(key, age, t.document.published, t.evidence(pos))

    for r in t.refs:
        after = t.text[r.end : r.end + 50]
        if t.quoted(r.start) or _possessor(t.text, r):  # 'la hija de X, de 12 años': the daughter's
            continue
        m = lx.AGE_AFTER.match(after)
        if m and lx.AGE_UNIT.match(after):
            add(r.key, int(m.group(1)), r.start)
        elif m := lx.AGE_OF.match(after) or lx.AGE_VERB.match(after):
            add(r.key, int(m.group(1)), r.start)
        elif r.kind == "name" and (m := lx.AGE_IN_ROLE.search(t.text[max(0, r.start - 40) : r.start])):
            add(r.key, int(m.group(1)), r.start)
    for s, e in t.sents:
        lead = lx.AGE_LEAD.match(t.text, s, e)
        if lead:
            after = t.refs_in(lead.end(), e)
            add(after[0].key if after else None, int(lead.group(1)), s)
        for m in lx.AGE_TURNED.finditer(t.text, s, e):
            before = t.refs_in(s, m.start())
            add(before[-1].key if before else None, int(m.group(1)), m.start())
    return list(found.values())


# ----------------------------------------------------------------- quotes


def _is_title(inner: str, before: str, after: str) -> bool:
    words = re.findall(r"[\w’'-]+", inner)
    if not words or len(words) > 6 or re.search(r"[.!?…]\s*$", inner):
        return False
    prev = re.findall(r"([\w-]+)\W*$", before)
    if prev and prev[0].lower() in lx.WORK_NOUNS | set(lx.NONPERSON_BEFORE):
        return True
    if lx.WORK_AFTER.match(after):
        return True
    significant = [w for w in words if len(w) > 3]
    return bool(significant) and all(w[0].isupper() for w in significant)


def _subject(t: ForeignText, start: int, end: int) -> tuple[bool, str | None]:
    """(found, key) for the first person or unnamed speaker in [start, end)."""
    anon = lx.ANON.search(t.text, start, end)
    refs = t.refs_in(start, end)
    if anon and (not refs or anon.start() < refs[0].start):
        return True, None
    return (True, refs[0].key) if refs else (False, None)


def extract_quotes(t: ForeignText) -> list[QuoteFact]:
    text, out = t.text, []
    last: tuple[QuoteFact, int] | None = None  # previous quote and its paragraph's end
    for start, end in t.regions:
        inner, block = text[start:end].strip(), t.document.block_at(start)
        if not inner or block is None:
            continue
        p0 = text.rfind("\n", 0, start) + 1
        p1 = text.find("\n", end) if text.find("\n", end) >= 0 else len(text)
        before, after = text[p0 : start - 1], text[end + 1 : p1]
        attributed = lx.SPEECH_AFTER.match(after[:60]) or lx.ACCORDING.match(after)
        if _is_title(inner, before, after) and not attributed:
            continue
        clause = re.split(r"(?<=[.!?»”])\s+", before)[-1]
        if not before.strip() and p0 > 1:  # a quote opening its paragraph after 'X dijo:'
            prev = text[text.rfind("\n", 0, p0 - 2) + 1 : p0].strip()
            clause = prev if prev.endswith(":") else ""
            c0 = text.rfind(clause, 0, p0) if clause else start
        else:
            c0 = start - 1 - len(clause)
        found, speaker = _speaker(t, block, start, end, attributed, clause, c0, last, p0)
        continuing = False
        if not found and last and (last[1] == p1 or not before.strip() and not text[last[1] : p0].strip()):
            found, speaker, continuing = True, last[0].speaker, True
        if not found:
            continue
        medium = _medium(clause + after[:80])
        if continuing and last:  # a quote going on where the last one was said, unless it says where
            medium = _medium(clause) or last[0].medium
        fact = QuoteFact(speaker, inner, Evidence(text[p0:p1], p0, p1), medium)
        out.append(fact)
        last = (fact, p1)
    return out


def _medium(context: str) -> str | None:
    return next((m for pattern, m in lx.MEDIA if pattern.search(context)), None)


def _speaker(t: ForeignText, block, start, end, attributed, clause, c0, last, p0) -> tuple[bool, str | None]:
    """Who said a quote: the headline's person, the one after '», aseguró' / 'selon', or the
    subject of a lead-in ending in ':' or holding a speech verb."""
    if block.kind == "headline":
        return _subject(t, block.start, block.end)
    if attributed:
        a1 = end + 1 + attributed.end()
        pronoun = lx.INVERTED_PRONOUN.search(attributed.group())
        found, speaker = _subject(t, a1, a1 + 30) if not pronoun else (False, None)
        if not found and lx.UNKNOWN_SPEAKER.match(t.text, a1):  # '», afirmó la recién casada': who?
            return False, None
        return (found, speaker) if found else _pro_drop(t, last, p0, start, pronoun and pronoun.group())
    lead_in = clause.rstrip().endswith(":") or lx.SPEECH_LEAD.search(clause.rstrip())
    if clause.strip() and (lead_in or lx.ACCORDING_BEFORE.search(clause)):
        found, speaker = _subject(t, c0, c0 + len(clause))
        kin = _kin_speaker(t, c0, clause) if not found else None
        return (found, speaker) if found else (True, kin) if kin else _pro_drop(t, last, p0, start)
    return False, None


def _kin_speaker(t: ForeignText, c0: int, clause: str) -> str | None:
    """'Su padre, visiblemente emocionado, respondió:': the one named before as 'su padre, X'."""
    m = re.match(r"\W*(?:su|sa|son)\s+(\w+)", clause, re.IGNORECASE)
    if not m or m.group(1).lower() not in lx.KIN_NOUNS:
        return None
    named = [
        r
        for k in lx.KIN_POSS.finditer(t.text, 0, c0)
        if k.group("kin").lower() == m.group(1).lower()
        for r in t.refs_in(k.end(), k.end() + 1)
        if r.kind == "name"
    ]
    return named[-1].key if named else None


def _pro_drop(
    t: ForeignText, last, p0: int, start: int, pronoun: str | None = None
) -> tuple[bool, str | None]:
    """'», explicó.' / '», a-t-elle confié.': the speaker just quoted, else the last person named
    in this or the previous paragraph who fits the pronoun."""
    gender = {"elle": "female", "il": "male"}.get((pronoun or "").strip("-t").lower())
    if last and (last[1] >= p0 or not t.text[last[1] : p0].strip()):
        if gender is None or t.genders.get(last[0].speaker) in (None, gender):
            return True, last[0].speaker
    prev = t.text.rfind("\n", 0, max(0, p0 - 2)) + 1
    refs = [r for r in t.refs_in(prev, start) if gender is None or t.genders.get(r.key) in (None, gender)]
    return (True, refs[-1].key) if refs else (False, None)


# ----------------------------------------------------------------- meetings


def extract_meetings(t: ForeignText) -> list[MeetingFact]:
    published = parse_iso(t.document.published)
    names = {p.name for p in t.people} | {a for p in t.people for a in p.aliases}
    lede = _lede(t)
    reports: list[MeetingReport] = []
    for si, (s, e) in enumerate(t.sents):
        quoted = sum(max(0, min(b, e) - max(a, s)) for a, b in t.regions)
        if quoted > 0.5 * (e - s):
            continue
        for keys in _meeting_keys(t, s, e, reports, t.sents[max(0, si - 3)][0]):
            if len(keys) >= 2:
                reports.append(_report(t, keys, s, e, published, names, lede))
    # the first report's sentence stays the evidence (English meetings prefer the richest one)
    return [meeting_fact(r) for r in merge_reports(reports, richest_evidence=False)]


def _report(t: ForeignText, keys, s, e, published, names, lede) -> MeetingReport:
    """One meeting clause, dated and placed by its sentence, else its paragraph, else the lede."""
    sent = t.text[s:e]
    para = t.text[t.text.rfind("\n", 0, s) + 1 : s]
    day = period = None
    if not lx.VAGUE.search(sent):
        day = _date(sent, published)
        period = None if day else _period(sent, published)  # 'en enero': no day from elsewhere
        if day is None and period is None:
            day = _date(para, published) or _date(lede, published)
    # ', con quien se casó en 2015 en Santander': an aside places another moment
    place = _place(re.sub(r",\s*(?:con quien|avec qui|que|qui|quien|dont)\b[^,]*(?:,|$)", ",", sent), names)
    for fallback in (para, lede):
        if place.city is None:
            place.merge_missing(_place(fallback, names))
    return MeetingReport(keys, day, place, Evidence(sent, s, e), period=period)


def _period(text: str, published: date | None) -> tuple[int, int | None] | None:
    """'en enero', 'el pasado mes de enero', 'en janvier 2025': a month."""
    text = re.sub(r",\s*(?:que|qui|quien)\b[^,]*,", ",", text)  # ', que se conocieron en enero,': an aside
    m = lx.MONTH_PERIOD.search(text)
    if m:
        month = lx.MONTHS[m.group(1).lower()]
        year = int(m.group(2)) if m.group(2) else None
        if year is None and published:
            year = published.year - 1 if month > published.month else published.year
        return (year, month) if year else None
    return None  # a bare year ('en 2019') more often dates an aside ('que mantuvieron un romance en 2019')


def _meeting_keys(
    t: ForeignText, s: int, e: int, reports: list[MeetingReport], recent: int
) -> list[list[str]]:
    """The people of each meeting clause of a sentence: its own, the sentence's subject for a clause
    like 'antes de abrazar a X', and for 'los dos' / 'les deux femmes' the last meeting's people."""
    text, out = t.text, []
    if lx.SPECULATION.search(text, s, e):
        return []
    cuts = sorted({s, e, *(s + m.end() for m in lx.CLAUSE_SPLIT.finditer(text[s:e]))})
    for c0, c1 in zip(cuts, cuts[1:], strict=False):
        clause = _unquoted(t, c0, c1)
        trigger = lx.MEETING_STRONG.search(clause) or lx.MEETING_WEAK.search(clause)
        if not trigger or lx.NEGATION.search(clause) or lx.UNREAL.search(clause):
            continue
        keys = [r.key for r in t.refs_in(c0, c1) if not _possessor(text, r)]
        if c0 > s or not keys:
            keys += [r.key for r in t.refs_in(s, e)[:1]]
        group = lx.GROUP.search(clause)
        if group and group.start() < trigger.start():
            prior = [r.participants for r in reports[-1:] if r.evidence.start >= recent] + out[-1:]
            if not prior and lx.COUPLE_WORD.match(group.group()):  # 'le couple': the last pair seen
                prior = [r.participants for r in reports if len(r.participants) == 2][-1:]
            if not prior:  # the two people of the headline ('X se confie sur sa rupture avec Y')
                head = t.document.blocks[0]
                pair = list(dict.fromkeys(r.key for r in t.refs_in(head.start, head.end) if r.kind == "name"))
                prior = [pair] if len(pair) == 2 and head.kind == "headline" else []
            keys = (prior[-1] if prior else [r.key for r in t.refs_in(recent, c0)][-2:]) + keys
        out.append(list(dict.fromkeys(keys)))
    return out


def _unquoted(t: ForeignText, start: int, end: int) -> str:
    return "".join(" " if t.quoted(i) else t.text[i] for i in range(start, end))


def _possessor(text: str, r: Ref) -> bool:
    """'la hermana menor de Rosi': Rosi owns the noun and is not thereby present."""
    return bool(lx.POSSESSOR.search(text[max(0, r.start - 40) : r.start]))


def _lede(t: ForeignText) -> str:
    blocks = t.document.blocks
    body = next((b for b in blocks if b.kind == "body"), None)
    parts = [t.text[b.start : b.end] for b in (blocks[0], body) if b is not None and b.kind != "caption"]
    return "\n".join(dict.fromkeys(parts))


def _date(text: str, published: date | None) -> date | None:
    """The day a stretch of text names: '19 de julio', 'le 20 novembre', 'anoche', 'mardi soir'."""
    if lx.VAGUE.search(text):
        return None
    for m in lx.EXPLICIT_DATE.finditer(text):
        if lx.FUTURE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        month = lx.MONTHS[m.group(2).lower()]
        year = int(m.group(3)) if m.group(3) else None
        if year is None and published:
            year = published.year - 1 if month > published.month + 1 else published.year
        try:
            return date(year, month, int(m.group(1))) if year else None
        except ValueError:
            continue
    if published is None:
        return None
    if lx.YESTERDAY.search(text):
        return published - timedelta(days=1)
    for m in lx.WEEKDAY.finditer(text):
        if not lx.FUTURE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            return weekday_before(published, lx.WEEKDAYS[m.group(1).lower()])
    return published if lx.TODAY.search(text) else None


def _place(text: str, names: set[str]) -> PlaceFound:
    """Venue ('en el X', 'au X') and city (after a preposition first, else a big city) outside quotes."""
    text = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group()), text)
    place = PlaceFound()
    # a name after a venue noun first ('au restaurant Le Cabanon'): its article is its own
    for m in [*lx.VENUE_NAMED.finditer(text), *lx.VENUE.finditer(text)]:
        name = re.sub(r"(?<=[a-zà-ÿ]{3})\.$", "", m.group(1).strip())  # the sentence's full stop
        district = any(is_place(part) for part in name.split("-")[1:])  # 'du Vieux-Lyon': a quarter
        first = name.split()[0].lower()
        if (
            name not in names
            and not placename(name)
            and not district
            and first not in lx.EVENT_WORDS
            and (first not in lx.STOP_CAPS or m.re is lx.VENUE_NAMED and len(name.split()) > 1)
        ):
            place.venue = name
            break
    runs = [
        (s, norm)
        for s, _, norm in capitalised_runs(text, 0, len(text))
        if norm not in names and norm != place.venue  # 'au Carlton, à Cannes': the hotel is no town
    ]
    runs += [(m.start(), m.group()) for m in SPLIT_TOWNS.finditer(text)]  # 'Los Ángeles', 'Le Touquet'
    runs.sort(key=lambda r: _preposition_rank(text[max(0, r[0] - 8) : r[0]]))
    for s, norm in runs:
        city = town(norm)
        if city and (lx.PLACE_PREP.search(text[max(0, s - 8) : s]) or city.population >= 500_000):
            place.city, place.region, place.country = city.city, city.region, city.country
            break
    return place


def _preposition_rank(before: str) -> int:
    """'en Barcelona', 'à Cannes' say where; 'de Gràcia' (a district of), 'au' (a venue) less so."""
    if lx.IN_PLACE.search(before):
        return 0
    return 1 if lx.PLACE_PREP.search(before) else 2
