"""Syntax that binds a pronoun within its sentence: 'Y and her partner' (her = Y), a possessive
in the object meaning the clause's subject ("X shares a son with his ex-wife"), and an object
pronoun never meaning its own clause's subject, though it may mean a possessor inside it ("X's
fiance proposed to her": her = X)."""

from __future__ import annotations

from .index import Mention, PeopleIndex


def gender_ok(index: PeopleIndex, key: str, gender: str | None) -> bool:
    g = index.gender.get(key)
    return gender is None or g is None or g == gender


def coordinated_owner(index: PeopleIndex, tok, gender: str, resolved: list[Mention]) -> str | None:
    """'with bandmate Y and her partner Z': a possessive right after 'Name and' is that name's."""
    if tok.dep_ != "poss" or tok.i < 2 or tok.nbor(-1).lower_ not in ("and", "with"):
        return None
    before = tok.nbor(-2)
    last = next((m for m in reversed(resolved) if m.start <= before.idx < m.end and m.kind == "name"), None)
    return last.key if last is not None and gender_ok(index, last.key, gender) else None


def possessor_is_subject(index: PeopleIndex, tok, gender: str, resolved: list[Mention]) -> str | None:
    """'X shares a son, Leo, with his ex-wife': a possessive in the object of a clause means its
    subject when the gender fits, even with someone named in between."""
    if tok.dep_ != "poss" or _in_subject(tok):
        return None
    said = {m.key for m in resolved}
    keys = _verb_subject_keys(index, tok)
    fits = [k for k in keys if k in said and index.gender.get(k) == gender]
    return fits[0] if len(fits) == 1 else None


def _in_subject(tok) -> bool:
    """Whether ``tok`` is inside its clause's subject ('his wife said': someone said before)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.head.pos_ in ("VERB", "AUX"):
            return node.dep_ in ("nsubj", "nsubjpass")
        node = node.head
    return tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ in ("VERB", "AUX")


def clause_subject_keys(index: PeopleIndex, tok) -> set[str]:
    """An object pronoun ('snapped a photo with her') never means its own clause's subject; it
    may mean a possessor inside that subject ("X's fiance proposed to her": her = X)."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return set()
    return set(_verb_subject_keys(index, tok, skip_possessors=True))


def _verb_subject_keys(index: PeopleIndex, tok, skip_possessors: bool = False) -> list[str]:
    """The people named in the subject of the verb ``tok`` hangs off."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    keys: list[str] = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for t in c.subtree:
                if skip_possessors and _under_possessor(t, c):
                    continue
                k = index.key_at(t.idx, t.idx + len(t))
                if k and k not in keys:
                    keys.append(k)
    return keys


def _under_possessor(tok, top) -> bool:
    """Whether ``tok`` belongs to a possessor ('Marlowe Dunn' in "Marlowe Dunn's fiance") below
    ``top``."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "poss":
            return True
        node = node.head
    return False
