"""People in Spanish and French articles: capitalised runs with evidence (a known first name, a
role noun, an age, a speech verb or a kinship noun beside them), birth names, and descriptors
("la artista", "l'actrice") that stand for the last person named who fits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import (
    Document,
    LocalPerson,
)
from . import lexicon_foreign as lx
from .foreign_text import Ref
from .foreign_towns import placename, town
from .lexicon import MEDIA_OUTLETS
from .names import CONNECTORS
from .names import first_name_gender as _any_first_name_gender


@dataclass
class _Cand:
    start: int
    end: int
    norm: str
    evidence: bool
    gender: str | None
    framed: bool  # named as a work, a place, a company, a fictional character or a birth name
    place: bool  # a place's name, and no role noun beside it
    town_only: bool  # framed only as a town after a preposition ('de Escalante')
    locative: bool  # right after 'en' / 'à': where something is
    role: str | None = None  # 'la cantante |X', 'X|, l'actrice'

    @property
    def blocked(self) -> bool:
        return self.framed or self.place


def capitalised_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
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


def first_name_gender(word: str) -> str | None:
    """A first name's gender as Spanish and French use it ('Rocío', 'Jesús', 'Maxime'), else the
    general list's."""
    return lx.FIRST_NAMES.get(word) or _any_first_name_gender(word)


def _with_particles(
    text: str, runs: list[tuple[int, int, str]], joined: set[str]
) -> list[tuple[int, int, str]]:
    """'María José de la Vega', 'Tomás Ruiz de Alda', "Pierre d'Ormesson", 'Jean-Luc Le Goff': a
    surname after a particle belongs to the first name before it, unless it names a place ('Unai
    de Bilbao'); 'Ruiz de Alda' alone, once a name ``joined`` ends so."""
    out: list[tuple[int, int, str]] = []
    for s, e, norm in runs:
        if out:
            ps, pe, prev = out[-1]
            first = prev.split()[0]
            person = (
                first_name_gender(first) is not None
                or lx.ROLE_BEFORE.search(text[max(0, ps - 60) : ps])
                or any(n.endswith(" " + text[ps:e]) for n in joined)
            )
            if (
                lx.PARTICLE.fullmatch(text[pe:s])
                and person
                and not placename(norm)
                and len(text[ps:e].split()) <= 6
            ):
                out[-1] = (ps, e, text[ps:e])
                continue
        out.append((s, e, norm))
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
    other = bool(
        lx.NONPERSON.search(before)
        or lx.CHARACTER.search(before)
        or lx.BIRTH.search(before)
        or norm.lower() in MEDIA_OUTLETS  # 'a confié X à Paris Match'
    )
    in_town = bool(not role and lx.PLACE_PREP.search(before) and town(norm))
    place = not role and placename(norm)
    locative = bool(lx.IN_PLACE.search(before))
    noun = role.group("role").lower() if role else None
    return _Cand(s, e, norm, evidence, gender, other or in_town, place, in_town and not other, locative, noun)


def _surname_not_town(cands: list[_Cand], full_names: list[str]) -> None:
    """'Escalante, que tiene 41 años', 'la expareja de Escalante': a single word that is part of
    a name given in full is that person even when a town shares it, unless it follows 'en' / 'à'
    (where something happens)."""
    for c in cands:
        if " " not in c.norm and not c.locative and _owner_of_word(c.norm, full_names):
            if c.town_only:
                c.framed = False
            c.place = False


def _role_gender(m: re.Match) -> str | None:
    det = (m.group("det") or "").lower()
    g = lx.ROLE_NOUNS.get(m.group("role").lower())
    return g or ("female" if det in lx.FEMALE_DETERMINERS else "male" if det in lx.MALE_DETERMINERS else None)


def find_people(document: Document, regions) -> tuple[list[LocalPerson], list[Ref], dict]:
    """The people an article names (outside quotation marks) and every reference to them."""
    text = document.text
    kin_ends = {m.end() for m in lx.KIN_POSS.finditer(text)}  # "su hermana |X"
    runs = [capitalised_runs(text, b.start, b.end) for b in document.blocks]
    joined = {n for r in runs for _, _, n in _with_particles(text, r, set()) if lx.PARTICLE.search(n)}
    cands = [
        _candidate(text, s, e, norm, kin_ends)
        for r in runs
        for s, e, norm in _with_particles(text, r, joined)
        if not any(a <= s < z for a, z in regions)
    ]
    full = {c.norm for c in cands if " " in c.norm and c.evidence and not c.blocked}
    surnames = {n.split()[-1] for n in full}
    full |= {c.norm for c in cands if " " in c.norm and not c.blocked and c.norm.split()[-1] in surnames}
    full = {n for n in full if not any(o.endswith(" " + n) for o in full)}  # 'Ruiz de Alda': a surname
    order = sorted(full, key=lambda n: min(c.start for c in cands if c.norm == n))
    _surname_not_town(cands, order)
    framed_words = {
        w
        for c in cands
        if c.framed and not c.evidence and not (c.town_only and _owner_of_word(c.norm, order))
        for w in c.norm.split()
    }
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
    refs: list[Ref] = []
    for c in cands:
        p = by_name.get(c.norm) or (
            by_name.get(_owner_of_word(c.norm, order) or "")
            if " " not in c.norm
            else next((by_name[o] for o in order if o.endswith(" " + c.norm)), None)
        )
        if p is None or c.framed and c.norm not in by_name or c.norm in framed_words - by_name.keys():
            continue
        refs.append(Ref(c.start, c.end, p.key, "name"))
        p.mentions.append((c.start, c.end))
        if c.norm != p.name and c.norm not in p.aliases:
            p.aliases.append(c.norm)
        genders[p.key] = genders[p.key] or c.gender
        if c.role and c.role not in p.descriptors:
            p.descriptors.append(c.role)
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


def _birth_names(text: str, cands: list[_Cand], people: list[LocalPerson], refs: list[Ref]) -> None:
    """'Nacida Rosa Lema Ortiz, Rosi...', 'de son vrai nom ...': the birth name of the person who
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


def _descriptors(text, regions, refs, genders, people) -> list[Ref]:
    """'la artista', "l'actrice" (no name after): the last person named before who was given that
    same role ('el cantante Unai X ... el cantante'), else the last who fits the gender."""
    out = []
    for m in lx.DESCRIPTOR.finditer(text):
        if any(a <= m.start() < b for a, b in regions):
            continue
        gender = _role_gender(m)
        before = [r for r in refs if r.end <= m.start() and not any(a <= r.start < b for a, b in regions)]
        fit = [r for r in before if genders.get(r.key) in (None, gender) or gender is None]
        role = m.group("role").lower()
        same = [r for r in fit if role in next(p for p in people if p.key == r.key).descriptors]
        # one named only as kin ('de su hija, Alba X', "la mère de Léa, l'ancienne mannequin X") is
        # seldom the one described next
        main = [r for r in fit if not lx.NAMED_AS_KIN.search(text[max(0, r.start - 80) : r.start])]
        fit = same or main or fit
        if fit:
            out.append(Ref(m.start(), m.end(), fit[-1].key, "descriptor"))
            desc = next(p for p in people if p.key == fit[-1].key).descriptors
            if m.group("role").lower() not in desc:
                desc.append(m.group("role").lower())
    return out


# ----------------------------------------------------------------- ages
