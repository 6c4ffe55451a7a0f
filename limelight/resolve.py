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
from dataclasses import replace
from functools import lru_cache

from .models import (
    Age,
    ArticleFacts,
    Conflict,
    Document,
    Knowledge,
    LocalPerson,
    Person,
    Quote,
    Relation,
    Source,
    conflict_order,
)
from .resolve_ages import age_conflict, birth_window, stated_ages
from .resolve_counts import count_conflicts
from .resolve_events import meeting_reports, resolve_events

SYMMETRIC = {"spouse_of", "ex_spouse_of", "partner_of", "ex_partner_of", "friend_of", "sibling_of"}
Member = tuple[str, str]  # (article id, local key)


def resolve(documents: list[Document], facts: list[ArticleFacts], duplicates: dict[str, str]) -> Knowledge:
    """The knowledge graph over all stored articles (pure; order of inputs does not matter)."""
    facts = sorted(facts, key=lambda f: f.article)
    people, person_of = resolve_people(facts)
    names = {p.id: p.name for p in people}
    ages, conflicts = person_findings(people, facts, person_of, names, duplicates)
    events, event_conflicts = resolve_events(meeting_reports(facts, person_of), names, duplicates)
    return Knowledge(
        people=people,
        ages=ages,
        events=events,
        quotes=quotes_of(facts, person_of),
        relations=relations_of(facts, person_of),
        conflicts=sorted(conflicts + event_conflicts, key=conflict_order),
        duplicates=dict(duplicates),
    )


def person_findings(
    people: list[Person],
    facts: list[ArticleFacts],
    person_of: dict[Member, str],
    names: dict[str, str],
    duplicates: dict[str, str],
) -> tuple[list[Age], list[Conflict]]:
    """The ages stated for ``people`` (whose members ``person_of`` maps), their birth windows
    (set on each person), and the conflicts of their ages and counts."""
    ages = stated_ages(facts, person_of)
    ages_of: dict[str, list[Age]] = defaultdict(list)
    for a in ages:
        ages_of[a.person].append(a)
    conflicts: list[Conflict] = []
    for p in people:
        p.birth, bad = birth_window(ages_of[p.id], duplicates)
        if bad:
            conflicts.append(replace(age_conflict(p, bad, ages_of[p.id]), owner=p.id))
    conflicts.extend(count_conflicts(facts, person_of, names))
    return ages, conflicts


# ----------------------------------------------------------------- people


@lru_cache(maxsize=1 << 20)
def name_key(name: str) -> str:
    """Casefolded, accent-free, single-spaced: 'CORMAC Hale' and 'Cormac Hale' are one key."""
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


def resolve_people(
    facts: list[ArticleFacts], scope: set[Member] | None = None
) -> tuple[list[Person], dict[Member, str]]:
    """People from the local people of ``facts`` (only those in ``scope``, when given: a part of
    the corpus that no other local person's name links to, see ``link_keys``). What the
    articles' other people are called still counts as the company a lone first name keeps."""
    every = {(f.article, p.key): p for f in facts for p in f.people}
    locals_ = every if scope is None else {m: p for m, p in every.items() if m in scope}
    company_names: dict[str, set[str]] = defaultdict(set)
    for (article, _), p in every.items():
        company_names[article].add(name_key(p.name))
    uf = _Union()
    by_full: dict[str, list[Member]] = defaultdict(list)
    for m, p in locals_.items():
        uf.find(m)
        for key in full_keys(p):
            by_full[key].append(m)
    for members in by_full.values():
        for other in members[1:]:
            uf.union(members[0], other)
    _attach_single_names(locals_, uf, company_names)
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


def full_keys(p: LocalPerson) -> list[str]:
    """The name keys of a local person's names of more than one word: equal keys are one person."""
    names = [p.name, *p.birth_names, *(a for a in p.aliases if len(a.split()) > 1)]
    return list(dict.fromkeys(name_key(n) for n in names if len(n.split()) > 1))


def link_keys(p: LocalPerson) -> list[str]:
    """Keys through which resolution can join this local person with another: full names
    ('F:'), and a lone name ('S:') with the first names ('P:') and nicknames ('K:') of fuller
    names. People that no chain of keys links are resolved independently (see ``links_to``)."""
    words = p.name.split()
    if len(words) == 1:
        return [f"S:{name_key(p.name)}"]
    own = {name_key(w) for w in words}
    nicks = [name_key(a) for a in p.aliases if len(a.split()) == 1 and name_key(a) not in own]
    keys = [f"F:{k}" for k in full_keys(p)] + [f"P:{name_key(words[0])}"]
    return keys + [f"K:{n}" for n in dict.fromkeys(nicks)]


def links_to(key: str) -> list[str]:
    """The keys a key joins with: a full name with itself; a lone name with itself and with
    the first names and nicknames of fuller names; those with lone names."""
    kind, word = key.split(":", 1)
    if kind == "F":
        return [key]
    if kind == "S":
        return [key, f"P:{word}", f"K:{word}"]
    return [f"S:{word}"]


def _attach_single_names(
    locals_: dict[Member, LocalPerson], uf: _Union, company_names: dict[str, set[str]]
) -> None:
    """'Nell' (one article) is 'Nell Hale' (others) when only one fuller name fits and they share company."""
    company: dict[str, set[str]] = defaultdict(set)  # root -> name keys of people seen alongside
    for m, p in locals_.items():
        company[uf.find(m)] |= company_names[m[0]] - {name_key(p.name)}
    full_roots = {uf.find(m) for m, p in locals_.items() if len(p.name.split()) > 1}
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
            if len(owners) == 1:  # "Bibi", said elsewhere to be Beatrix's nickname
                uf.union(m, next(iter(owners)))
            else:
                singles[name_key(p.name)].append(m)  # "Kestrel" in five articles is one Kestrel
            continue
        mine = company[uf.find(m)]
        scored = sorted(((len(mine & company[r]), r) for r in fits), reverse=True)
        best, root = scored[0]
        # Company is the evidence: a lone 'Otto' (a child in one story) is not the only Otto
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
    links = sorted({k for m in members for k in link_keys(locals_[m])})
    return Person(pid, name, sorted(aliases), descriptors, articles, None, members, links)


# ----------------------------------------------------------------- quotes and relations


def quotes_of(facts: list[ArticleFacts], person_of: dict[Member, str]) -> list[Quote]:
    out = []
    for f in facts:
        for q in f.quotes:
            speaker = person_of.get((f.article, q.speaker)) if q.speaker else None
            out.append(Quote(speaker, q.text, f.article, q.medium, q.evidence.text))
    return out


def relations_of(
    facts: list[ArticleFacts], person_of: dict[Member, str], only: set[str] | None = None
) -> list[Relation]:
    """Relations merged across articles (or only those with a person of ``only`` in them)."""
    merged: dict[tuple[str, str, str], Relation] = {}
    for f in facts:
        for r in f.relations:
            s, o = person_of[(f.article, r.subject)], person_of[(f.article, r.object)]
            if s == o or (only is not None and s not in only and o not in only):
                continue
            if r.predicate in SYMMETRIC and s > o:
                s, o = o, s
            rel = merged.setdefault((s, r.predicate, o), Relation(s, r.predicate, o))
            if all(src.article != f.article for src in rel.sources):
                rel.sources.append(Source(f.article, r.evidence.text, r.evidence.start, r.evidence.end))
    return sorted(merged.values(), key=lambda r: (r.subject, r.predicate, r.object))
