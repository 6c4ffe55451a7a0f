"""Within one article: linking every name mention to its person, birth names and nicknames
("born Stanislaw Wendt", "Bibi, as she is known"), and each person's likely pronouns."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Document, LocalPerson
from .index import PRONOUNS, Mention, PeopleIndex
from .names import NameSpan, first_name_gender, name_spans, title_word

_BIRTH_NAME = re.compile(
    r"(?<![-\w])(?:born|real name is|real name,|real name|birth name is|née|legal name is)"
    r"\s+((?:[A-Z][\w’'-]+\s?){2,4})"
)
_NICKNAME = re.compile(
    r"(?:nicknamed|nickname,?|known as|calls? (?:him|her) by (?:his|her) (?:\w+ )?nickname,?)"
    r"\s+([A-Z][\w’'-]+)"
)
_NICK_AS_KNOWN = re.compile(r"([A-Z][\w’'-]+),?\s+as (?:he|she) is (?:known|called)\b")


def link_mentions(index: PeopleIndex, document: Document, doc: Doc, characters: set[str]) -> None:
    """Every occurrence of a person's name or a part of it (headline and quotes included)."""
    text = document.text
    sent_of = _sentence_finder(doc)
    fulls = sorted(index.people, key=lambda p: _first_position(text, p.name))
    last_seen: dict[str, int] = {}
    for run in sorted(name_spans(text), key=lambda s: s.start):
        for s, key in _names_in_run(run, fulls, last_seen):
            if key is None or s.norm in characters and s.norm != index.person(key).name:
                continue
            _add_mention(index, s, key, sent_of(s.start))
            last_seen[key] = s.start


def _names_in_run(run: NameSpan, fulls: list[LocalPerson], last_seen: dict[str, int]):
    """The people a capitalised run names: itself, else the full names inside it, else what is
    left once leading words go ("Meanwhile Beatrix", "Action hero")."""
    key = match_name(run.norm, fulls, last_seen)
    if key is not None:
        return [(run, key)]
    inside = [(n, match_name(n.norm, fulls, last_seen)) for n in _full_names_in(run, fulls)]
    if inside:
        return inside
    s = run
    while key is None and len(s.norm.split()) > 1:
        s = _drop_first(s)
        key = match_name(s.norm, fulls, last_seen)
    if key is None and len(run.norm.split()) > 1:  # 'Vale FaceTimed his mother': a capitalised verb
        head = _first_word(run)
        if match_name(head.norm, fulls, last_seen) is not None:
            return [(head, match_name(head.norm, fulls, last_seen))]
    return [(s, key)]


def _first_word(s: NameSpan) -> NameSpan:
    first = s.text.split()[0]
    return NameSpan(s.start, s.start + len(first), first, s.norm.split()[0])


def _add_mention(index: PeopleIndex, s: NameSpan, key: str, sentence: int) -> None:
    p = index.person(key)
    if s.norm != p.name and s.text not in p.aliases:
        p.aliases.append(s.text)
    elif s.text != p.name and s.text not in p.aliases:
        p.aliases.append(s.text)
    p.mentions.append((s.start, s.end))
    index.mentions.append(Mention(s.start, s.end, key, "name", sentence))


def _full_names_in(run: NameSpan, people: list[LocalPerson]) -> list[NameSpan]:
    """Known full names inside a longer capitalised run that is no name itself, as a Title Case
    headline makes of 'Ann Lee Hugs Bo Ray Backstage': 'Ann Lee' and 'Bo Ray'."""
    known = {n.lower() for p in people for n in [p.name, *p.aliases] if " " in n}
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", run.text)]
    norms = run.norm.split()
    if len(words) != len(norms) or len(words) < 3:
        return []
    out, i = [], 0
    while i < len(words):
        fits = [n for n in (3, 2) if i + n <= len(words)]
        n = next((n for n in fits if " ".join(norms[i : i + n]).lower() in known), 0)
        if n:
            a, b = words[i][0], words[i + n - 1][1]
            out.append(NameSpan(run.start + a, run.start + b, run.text[a:b], " ".join(norms[i : i + n])))
        i += n or 1
    return out


def match_name(norm: str, people: list[LocalPerson], last_seen: dict[str, int]) -> str | None:
    words = norm.split()
    exact = [p for p in people if p.name.lower() == norm.lower() or norm in p.aliases]
    if exact:
        return exact[0].key
    if len(words) > 1:
        # "Remy O" fits "Remy Okonkwo"
        for p in people:
            pw = p.name.split()
            if len(pw) == len(words) and pw[0].lower() == words[0].lower() and pw[-1].startswith(words[-1]):
                return p.key
        return None
    w = words[0].lower()
    multi = [p for p in people if len(p.name.split()) > 1]
    firsts = [p for p in multi if p.name.split()[0].lower() == w]
    lasts = [p for p in multi if w in (x.lower() for x in p.name.split()[1:])]
    if firsts:
        # two people share a first name (two Remys): the one mentioned most recently
        return max(firsts, key=lambda p: last_seen.get(p.key, -1)).key
    if lasts:
        # a shared surname (two Okafors): the article's protagonist, named first
        return lasts[0].key
    # "Ossi" for Ossian, "Tobi" for Tobias
    prefixed = [p for p in multi if len(w) >= 3 and p.name.split()[0].lower().startswith(w)]
    return prefixed[0].key if len(prefixed) == 1 else None


def _first_position(text: str, name: str) -> int:
    """Where a full name first appears, ALL-CAPS openings included ("KEN Oduya")."""
    m = re.search(re.escape(name), text, re.I)
    return m.start() if m else len(text)


def _drop_first(s: NameSpan) -> NameSpan:
    first = s.text.split()[0]
    return NameSpan(s.start + len(first) + 1, s.end, s.text[len(first) + 1 :], " ".join(s.norm.split()[1:]))


def _sentence_finder(doc: Doc):
    starts = [s.start_char for s in doc.sents]

    def find(pos: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    return find


def birth_names_and_nicknames(index: PeopleIndex, text: str, doc: Doc) -> None:
    """'born Stanislaw Wendt', 'real name is ...', 'nicknamed Pip', 'Baz, as he is known'."""
    sent_of = _sentence_finder(doc)
    for pattern in (_BIRTH_NAME, _NICKNAME, _NICK_AS_KNOWN):
        for m in pattern.finditer(text):
            alias = " ".join(title_word(w) for w in m.group(1).split()).strip(" ’'")
            owner = _alias_owner(index, text, m, alias, sent_of, pattern is _NICK_AS_KNOWN)
            if owner is None:
                continue
            p = index.person(owner)
            if pattern is _BIRTH_NAME and len(alias.split()) >= 2:
                p.birth_names.append(alias)
            if alias not in p.aliases and alias != p.name:
                p.aliases.append(alias)
            for other in list(index.people):  # an entry the nickname spawned is the same person
                if other.key != owner and other.name == alias:
                    _merge_into(index, other.key, owner)
            _add_alias_mentions(index, text, alias, owner, sent_of)


def _alias_owner(
    index: PeopleIndex, text: str, m: re.Match, alias: str, sent_of, as_known: bool
) -> str | None:
    """Whose nickname: 'calls her by her nickname' -> her; 'X, as he is known' -> the last 'he' person;
    otherwise the nearest person named before it in the sentence."""
    if as_known:
        gender = "male" if " he " in m.group(0) else "female"
        before = [
            x for x in index.mentions if x.start < m.start() and index.gender.get(x.key) in (gender, None)
        ]
        return before[-1].key if before else None
    pron = re.search(r"calls? (him|her)\b", m.group(0))
    if pron:
        pos = m.start() + pron.start(1)
        hit = [x for x in index.mentions if x.start == pos]
        return hit[0].key if hit else None
    sent = sent_of(m.start())
    near = [
        x
        for x in index.mentions
        if sent_of(x.start) == sent and x.start < m.start() and index.person(x.key).name != alias
    ]
    if near:
        return near[-1].key if near[-1].kind == "name" else near[0].key
    return None


def _add_alias_mentions(index: PeopleIndex, text: str, alias: str, key: str, sent_of) -> None:
    if " " in alias:
        return
    taken = {(x.start, x.end) for x in index.mentions}
    for m in re.finditer(rf"(?<![\w@#]){re.escape(alias)}(?!\w)", text):
        if (m.start(), m.end()) not in taken:
            index.mentions.append(Mention(m.start(), m.end(), key, "name", sent_of(m.start())))
            index.person(key).mentions.append((m.start(), m.end()))


def _merge_into(index: PeopleIndex, src: str, dst: str) -> None:
    for m in index.mentions:
        if m.key == src:
            m.key = dst
    index.person(dst).mentions.extend(index.person(src).mentions)
    index.people = [p for p in index.people if p.key != src]


def gender_of(p: LocalPerson, text: str, doc: Doc) -> str | None:
    """From a gendered word right before a mention ('his ex-wife Marta'), else from the first name,
    else from the pronoun that follows the name in its sentence ('Nora belt out her hits')."""
    from .lexicon import FEMALE_NOUNS, MALE_NOUNS

    for start, _ in p.mentions:
        kin = re.findall(r"([a-z-]+)[,]?\s*$", text[max(0, start - 40) : start].lower())
        if kin:
            word = kin[0].removeprefix("ex-")
            if word in FEMALE_NOUNS:
                return "female"
            if word in MALE_NOUNS:
                return "male"
    own = _own_possessives(p, doc)
    if len(own) == 1:  # 'Rio Dant celebrated his birthday' outweighs a first-name list
        return own.pop()
    g = first_name_gender(p.name.split()[0])
    if g in ("female", "male"):
        return g
    votes = {"female": 0, "male": 0}
    for start, end in p.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span.sent:
            if tok.i < span.end:
                continue
            if tok.ent_type_ == "PERSON":
                break
            g2 = PRONOUNS.get(tok.lower_)
            if g2 and (tok.dep_ in ("nsubj", "nsubjpass") and not _in_noun_clause(tok) or tok.dep_ == "poss"):
                votes[g2] += 1
                break
            if g2:  # an object pronoun ("wrapped him") is somebody else, as is often the subject
                break  # of a clause on a noun ("had no idea he was there")
    if votes["female"] != votes["male"]:
        return max(votes, key=votes.get)
    return None


def _own_possessives(p: LocalPerson, doc: Doc) -> set[str]:
    """Genders of 'his'/'her' on a kin word or birthday in the object of a verb the person is
    the subject of ('celebrated his birthday', 'shared a photo with his son'): other objects
    ('praised her set') belong to someone else as often as not."""
    from .lexicon import KIN_WORDS

    found: set[str] = set()
    for start, end in p.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj":
            continue
        verb = span.root.head
        for tok in verb.subtree:
            noun = tok.head
            if tok.dep_ != "poss" or tok.lower_ not in ("his", "her"):
                continue
            if (noun.lower_ in KIN_WORDS or noun.lemma_ in _SELF) and _object_of(noun, verb):
                found.add(PRONOUNS[tok.lower_])
    return found


def _object_of(noun, verb) -> bool:
    """Whether ``noun`` hangs off ``verb`` through objects and prepositions only."""
    while noun.i != verb.i:
        if noun.dep_ not in ("dobj", "pobj", "prep") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return True


_SELF = {"birthday", "wedding", "anniversary", "home"}


def _in_noun_clause(tok) -> bool:
    """Whether ``tok`` sits in a clause that hangs off a noun ('no idea he was', 'the news she')."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False
