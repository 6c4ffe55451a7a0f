"""Facts from Spanish and French articles, by rule: people, ages, quotes, meetings and relations.

This module owns extraction for ``es`` and ``fr`` documents. spaCy's English tagger is no use on
them, so everything here is pattern work over the text (lexicon in ``lexicon_foreign.py``): people
are capitalised runs with evidence (a known first name, a role noun, an age, a speech verb or a
kinship noun beside them); "la artista" / "l'actrice" stand for the last person named who fits;
sentences are split by rule, never inside quotation marks. Every fact keeps its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import (
    AgeFact,
    ArticleFacts,
    Document,
    Evidence,
    LocalPerson,
    MeetingFact,
    QuoteFact,
    RelationFact,
)
from . import lexicon_foreign as lx
from .dates import parse_iso, weekday_before
from .names import CONNECTORS, first_name_gender, is_place, lookup_city
from .places import PlaceFound
from .quotes import quote_regions


@dataclass
class _Ref:
    start: int
    end: int
    key: str
    kind: str  # "name" | "descriptor"


@dataclass
class _Text:
    """What the extractors share: the text, its quotations, sentences, people and references."""

    document: Document
    regions: list[tuple[int, int]]
    sents: list[tuple[int, int]]
    people: list[LocalPerson]
    refs: list[_Ref]
    genders: dict[str, str | None]

    @property
    def text(self) -> str:
        return self.document.text

    def quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.regions)

    def refs_in(self, start: int, end: int) -> list[_Ref]:
        return [r for r in self.refs if start <= r.start < end and not self.quoted(r.start)]

    def evidence(self, pos: int) -> Evidence:
        s, e = next(((a, b) for a, b in self.sents if a <= pos < b), (pos, min(len(self.text), pos + 80)))
        return Evidence(self.text[s:e], s, e)


def extract_foreign(document: Document, doc=None) -> ArticleFacts:
    """Every fact one Spanish or French article states. ``doc`` (spaCy's English parse) is accepted
    for the dispatcher's sake; its sentence boundaries split quotations, so sentences are cut here."""
    regions = quote_regions(document.text)
    sents = sentences(document, regions)
    people, refs, genders = find_people(document, regions)
    t = _Text(document, regions, sents, people, refs, genders)
    quotes = extract_quotes(t)
    return ArticleFacts(
        article=document.id,
        people=people,
        ages=extract_ages(t),
        meetings=extract_meetings(t),
        quotes=quotes,
        relations=extract_relations(t),
    )


def sentences(document: Document, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of every block, cut after . ! ? before a capital or an opening quote mark."""
    out = []
    for block in document.blocks:
        for para in re.finditer(r"[^\n]+", document.text[block.start : block.end]):
            start, end = block.start + para.start(), block.start + para.end()
            for m in lx.BOUNDARY.finditer(document.text, start, end):
                if not any(a <= m.start(1) < b for a, b in regions):
                    out.append((start, m.start(1)))
                    start = m.end(1)
            out.append((start, end))
    return out


# ----------------------------------------------------------------- people


@dataclass
class _Cand:
    start: int
    end: int
    norm: str
    evidence: bool
    gender: str | None
    framed: bool  # named as a work, a place, a company, a fictional character or a birth name
    place: bool  # a place's name, and no role noun beside it

    @property
    def blocked(self) -> bool:
        return self.framed or self.place


def _runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Capitalised runs cut at words that are never part of a name (articles, weekdays, ALL CAPS)."""
    out = []
    for m in lx.RUN.finditer(text, start, end):
        piece: list[tuple[int, str]] = []
        for w in [*re.finditer(r"\S+", m.group()), None]:
            word = w.group() if w else ""
            if not w or word.lower() in lx.STOP_CAPS | CONNECTORS or (len(word) > 2 and word.isupper()):
                if piece:
                    s, e = m.start() + piece[0][0], m.start() + piece[-1][0] + len(piece[-1][1])
                    out.append((s, e, text[s:e]))
                piece = []
            else:
                piece.append((w.start(), word))
    return out


def _candidate(text: str, s: int, e: int, norm: str, kin_ends: set[int]) -> _Cand:
    before, after = text[max(0, s - 60) : s], text[e : e + 60]
    role = lx.ROLE_BEFORE.search(before) or lx.ROLE_AFTER.match(after)
    gender = _role_gender(role) if role else None
    evidence = bool(
        role
        or (lx.AGE_AFTER.match(after) and lx.AGE_UNIT.match(after))
        or lx.SPEECH_BEFORE.search(before)
        or lx.SPEECH_AFTER.match(after)
        or lx.KIN_AFTER.match(after)
        or s in kin_ends
        or (" " in norm and first_name_gender(norm.split()[0]) is not None)
    )
    framed = bool(
        lx.NONPERSON.search(before)
        or lx.CHARACTER.search(before)
        or lx.BIRTH.search(before)
        or (not role and lx.PLACE_PREP.search(before) and lookup_city(norm))
    )
    return _Cand(s, e, norm, evidence, gender, framed, not role and is_place(norm))


def _role_gender(m: re.Match) -> str | None:
    det = (m.group("det") or "").lower()
    g = lx.ROLE_NOUNS.get(m.group("role").lower())
    return g or ("female" if det in lx.FEMALE_DETERMINERS else "male" if det in lx.MALE_DETERMINERS else None)


def find_people(document: Document, regions) -> tuple[list[LocalPerson], list[_Ref], dict]:
    """The people an article names (outside quotation marks) and every reference to them."""
    text = document.text
    kin_ends = {m.end() for m in lx.KIN_POSS.finditer(text)}  # "su hermana |X"
    cands = [
        _candidate(text, s, e, norm, kin_ends)
        for b in document.blocks
        for s, e, norm in _runs(text, b.start, b.end)
        if not any(a <= s < z for a, z in regions)
    ]
    framed_words = {w for c in cands if c.framed and not c.evidence for w in c.norm.split()}
    full = {c.norm for c in cands if " " in c.norm and c.evidence and not c.blocked}
    surnames = {n.split()[-1] for n in full}
    full |= {c.norm for c in cands if " " in c.norm and not c.blocked and c.norm.split()[-1] in surnames}
    order = sorted(full, key=lambda n: min(c.start for c in cands if c.norm == n))
    singles = [
        c.norm
        for c in cands
        if " " not in c.norm and c.evidence and not c.blocked and _owner_of_word(c.norm, order) is None
    ]
    names = list(dict.fromkeys(order + singles))
    names.sort(key=lambda n: min(c.start for c in cands if c.norm == n))
    people = [LocalPerson(key=f"p{i}", name=n) for i, n in enumerate(names)]
    by_name = {p.name: p for p in people}
    genders: dict[str, str | None] = {p.key: _first_gender(p.name) for p in people}
    refs: list[_Ref] = []
    for c in cands:
        p = by_name.get(c.norm) or (
            by_name.get(_owner_of_word(c.norm, order) or "") if " " not in c.norm else None
        )
        if p is None or c.framed and c.norm not in by_name or c.norm in framed_words - by_name.keys():
            continue
        refs.append(_Ref(c.start, c.end, p.key, "name"))
        p.mentions.append((c.start, c.end))
        if c.norm != p.name and c.norm not in p.aliases:
            p.aliases.append(c.norm)
        genders[p.key] = genders[p.key] or c.gender
    _birth_names(text, cands, people, refs)
    refs.extend(_descriptors(text, regions, refs, genders, people))
    refs.sort(key=lambda r: r.start)
    return people, refs, genders


def _first_gender(name: str) -> str | None:
    g = first_name_gender(name.split()[0])
    return g if g in ("female", "male") else None


def _owner_of_word(word: str, full_names: list[str]) -> str | None:
    """The full name a single word stands for: the one it is the first word of, else the first
    named whose last word it is."""
    firsts = [n for n in full_names if n.split()[0] == word]
    lasts = [n for n in full_names if n.split()[-1] == word]  # a shared surname: the first named
    return firsts[0] if len(firsts) == 1 else (lasts or [None])[0]


def _birth_names(text: str, cands: list[_Cand], people: list[LocalPerson], refs: list[_Ref]) -> None:
    """'Nacida Lucía Moreno Ibarra, Lux...', 'de son vrai nom ...': the birth name of the person who
    shares a word with it, else of the next person named."""
    for c in cands:
        if " " not in c.norm or not lx.BIRTH.search(text[max(0, c.start - 30) : c.start]):
            continue
        words = set(c.norm.split())
        sharing = [p for p in people if words & set(p.name.split())]
        after = [r for r in refs if r.start > c.end]
        owner = (
            sharing[0]
            if len(sharing) == 1
            else next((p for p in people if after and p.key == after[0].key), None)
        )
        if owner is not None:
            owner.birth_names.append(c.norm)
            owner.aliases.append(c.norm)


def _descriptors(text, regions, refs, genders, people) -> list[_Ref]:
    """'la artista', "l'actrice" (no name after): the last person named before who fits the gender."""
    out = []
    for m in lx.DESCRIPTOR.finditer(text):
        if any(a <= m.start() < b for a, b in regions):
            continue
        gender = _role_gender(m)
        before = [r for r in refs if r.end <= m.start() and not any(a <= r.start < b for a, b in regions)]
        fit = [r for r in before if genders.get(r.key) in (None, gender) or gender is None]
        if fit:
            out.append(_Ref(m.start(), m.end(), fit[-1].key, "descriptor"))
            desc = next(p for p in people if p.key == fit[-1].key).descriptors
            if m.group("role").lower() not in desc:
                desc.append(m.group("role").lower())
    return out


# ----------------------------------------------------------------- ages


def extract_ages(t: _Text) -> list[AgeFact]:
    found: dict[tuple[str, int], AgeFact] = {}

    def add(key: str | None, age: int, pos: int) -> None:
        if key and 0 < age < 120 and (key, age) not in found:
            found[(key, age)] = AgeFact(key, age, t.document.published, t.evidence(pos))

    for r in t.refs:
        after = t.text[r.end : r.end + 40]
        m = lx.AGE_AFTER.match(after)
        if m and not t.quoted(r.start) and lx.AGE_UNIT.match(after):
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


def _subject(t: _Text, start: int, end: int) -> tuple[bool, str | None]:
    """(found, key) for the first person or unnamed speaker in [start, end)."""
    anon = lx.ANON.search(t.text, start, end)
    refs = t.refs_in(start, end)
    if anon and (not refs or anon.start() < refs[0].start):
        return True, None
    return (True, refs[0].key) if refs else (False, None)


def extract_quotes(t: _Text) -> list[QuoteFact]:
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
        context = clause + after[:80]
        medium = next((m for pattern, m in lx.MEDIA if pattern.search(context)), None)
        medium = last[0].medium if continuing and last else medium
        fact = QuoteFact(speaker, inner, Evidence(text[p0:p1], p0, p1), medium)
        out.append(fact)
        last = (fact, p1)
    return out


def _speaker(t: _Text, block, start, end, attributed, clause, c0, last, p0) -> tuple[bool, str | None]:
    """Who said a quote: the headline's person, the one after '», aseguró' / 'selon', or the
    subject of a lead-in ending in ':' or holding a speech verb."""
    if block.kind == "headline":
        return _subject(t, block.start, block.end)
    if attributed:
        a1 = end + 1 + attributed.end()
        pronoun = lx.INVERTED_PRONOUN.search(attributed.group())
        found, speaker = _subject(t, a1, a1 + 30) if not pronoun else (False, None)
        return (found, speaker) if found else _pro_drop(t, last, p0, start, pronoun and pronoun.group())
    lead_in = clause.rstrip().endswith(":") or lx.SPEECH_BEFORE.search(clause.rstrip() + " ")
    if clause.strip() and (lead_in or lx.ACCORDING_BEFORE.search(clause)):
        found, speaker = _subject(t, c0, c0 + len(clause))
        return (found, speaker) if found else _pro_drop(t, last, p0, start)
    return False, None


def _pro_drop(t: _Text, last, p0: int, start: int, pronoun: str | None = None) -> tuple[bool, str | None]:
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


@dataclass
class _Report:
    keys: list[str]
    day: date | None
    place: PlaceFound
    evidence: Evidence


def extract_meetings(t: _Text) -> list[MeetingFact]:
    published = parse_iso(t.document.published)
    names = {p.name for p in t.people} | {a for p in t.people for a in p.aliases}
    lede = _lede(t)
    reports: list[_Report] = []
    for si, (s, e) in enumerate(t.sents):
        quoted = sum(max(0, min(b, e) - max(a, s)) for a, b in t.regions)
        if quoted > 0.5 * (e - s):
            continue
        for keys in _meeting_keys(t, s, e, reports, t.sents[max(0, si - 3)][0]):
            if len(keys) >= 2:
                reports.append(_report(t, keys, s, e, published, names, lede))
    return _merge(reports)


def _report(t: _Text, keys, s, e, published, names, lede) -> _Report:
    """One meeting clause, dated and placed by its sentence, else its paragraph, else the lede."""
    sent = t.text[s:e]
    para = t.text[t.text.rfind("\n", 0, s) + 1 : s]
    day = None
    if not lx.VAGUE.search(sent):
        day = _date(sent, published) or _date(para, published) or _date(lede, published)
    place = _place(sent, names)
    for fallback in (para, lede):
        if place.city is None:
            place.merge_missing(_place(fallback, names))
    return _Report(keys, day, place, Evidence(sent, s, e))


def _merge(reports: list[_Report]) -> list[MeetingFact]:
    """Reports sharing two people and agreeing on day and city are one meeting."""
    merged: list[_Report] = []
    for r in reports:
        target = next((m for m in merged if _compatible(m, r)), None)
        if target is None:
            merged.append(r)
            continue
        target.keys += [k for k in r.keys if k not in target.keys]
        target.day = target.day or r.day
        target.place.merge_missing(r.place)
    return [MeetingFact(r.keys, r.day and r.day.isoformat(), r.evidence, **vars(r.place)) for r in merged]


def _meeting_keys(t: _Text, s: int, e: int, reports: list[_Report], recent: int) -> list[list[str]]:
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
            prior = [r.keys for r in reports[-1:] if r.evidence.start >= recent] + out[-1:]
            keys = (prior[-1] if prior else [r.key for r in t.refs_in(recent, c0)][-2:]) + keys
        out.append(list(dict.fromkeys(keys)))
    return out


def _unquoted(t: _Text, start: int, end: int) -> str:
    return "".join(" " if t.quoted(i) else t.text[i] for i in range(start, end))


def _possessor(text: str, r: _Ref) -> bool:
    """'la hermana menor de Lux': Lux owns the noun and is not thereby present."""
    return bool(lx.POSSESSOR.search(text[max(0, r.start - 40) : r.start]))


def _compatible(a: _Report, b: _Report) -> bool:
    if len(set(a.keys) & set(b.keys)) < 2:
        return False
    if a.day and b.day:
        return a.day == b.day
    return not (a.place.city and b.place.city and a.place.city != b.place.city)


def _lede(t: _Text) -> str:
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
    for m in lx.VENUE.finditer(text):
        name = m.group(1).strip()
        if name not in names and not is_place(name) and name.split()[0].lower() not in lx.STOP_CAPS:
            place.venue = name
            break
    runs = [(s, norm) for s, _, norm in _runs(text, 0, len(text)) if norm not in names]
    runs.sort(key=lambda r: not lx.PLACE_PREP.search(text[max(0, r[0] - 8) : r[0]]))
    for s, norm in runs:
        city = lookup_city(norm)
        if city and (lx.PLACE_PREP.search(text[max(0, s - 8) : s]) or city.population >= 500_000):
            place.city, place.region, place.country = city.city, city.region, city.country
            break
    return place


# ----------------------------------------------------------------- relations


def extract_relations(t: _Text) -> list[RelationFact]:
    """'su hermana X' / 'son mari, le chef X' and 'X, la hermana menor de Y'."""
    text, found = t.text, {}

    def add(subj: str | None, pred: str, obj: str | None, pos: int) -> None:
        if subj and obj and subj != obj:
            if pred == "child_of":
                subj, pred, obj = obj, "parent_of", subj
            found.setdefault((subj, pred, obj), RelationFact(subj, pred, obj, t.evidence(pos)))

    for s, e in t.sents:
        if lx.SPECULATION.search(text, s, e):
            continue
        for m in lx.KIN_POSS.finditer(text, s, e):
            named = [r for r in t.refs_in(m.end(), m.end() + 1) if r.kind == "name"]
            owner = _possessor_of(t, s, m.start())
            if named and owner and not t.quoted(m.start()):
                add(owner, lx.KIN_NOUNS[m.group("kin").lower()], named[0].key, m.start())
        for r in t.refs_in(s, e):
            m = lx.KIN_OF.match(text, r.end, e)
            owner = t.refs_in(m.end(), m.end() + 1) if m else []
            if m and owner:
                pred = lx.KIN_NOUNS[m.group("kin").lower()]
                add(owner[0].key, pred, r.key, r.start)
    return list(found.values())


def _possessor_of(t: _Text, sent_start: int, pos: int) -> str | None:
    """Whose 'su' / 'son': the last person named before it in the sentence, else the one person
    of the nearest earlier sentence that names anybody (two or more there: nobody can tell)."""
    here = t.refs_in(sent_start, pos)
    if here:
        return here[-1].key
    for s, e in reversed([x for x in t.sents if x[1] <= sent_start]):
        keys = {r.key for r in t.refs_in(s, e)}
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None
