"""Who 'the pair', 'the couple' or 'they' stand for in a meeting, and whom a proposal was to.

'The couple' is a romantic pair: never a mother and daughter told together; when the pair found
has one of two partners the article named ('her fiance, X'), those partners. A proposal told from
one side ('He proposed in Rome') was to the partner the article named with him.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..nlp import doc_text
from .index import PeopleIndex
from .lexicon import KIN_WORDS
from .meeting_merge import MeetingReport
from .meeting_participants import GROUP, GROUP_NOUNS

PROPOSAL = {"propose", "pop"}
_ROMANCE_WORDS = re.compile(
    r"\b(?:engaged|fianc\w*|boyfriend|girlfriend|partner|husband|wife|dating)\b", re.I
)


def proposal_partner(people: PeopleIndex, key: str, span: Span, previous: list[Span]) -> str | None:
    """'Her fiance, X, proposed': the one he proposed to owns the partner word; 'He proposed in
    Rome': she is the partner an earlier sentence named with him ('Ada Brenn is engaged to Lev
    Sand.')."""
    for m in people.mentions_in(span.start_char, span.end_char):
        tok = span.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = tok.root if tok is not None else None
        if m.key != key and root is not None and root.dep_ == "poss" and root.head.lower_ in _PARTNER_WORDS:
            return m.key
    for s in reversed(previous):
        if not _ROMANCE_WORDS.search(s.text):
            continue
        named = {m.key for m in people.mentions_in(s.start_char, s.end_char) if m.kind == "name"}
        if key in named and len(named) == 2:
            return next(iter(named - {key}))
    return None


def group_members(
    people: PeopleIndex, reports: list[MeetingReport], previous: list[Span], sent: Span
) -> list[str]:
    """Who 'the pair' / 'they' are: the last meeting's people, else the last sentence naming two.
    'The couple' is a romantic pair: never a mother and daughter told together, and when the pair
    found has one of two partners the article named ('her fiance, X'), those partners."""
    keys = _group_members(people, reports, previous, sent)
    if not _ROMANTIC_GROUP.search(sent.text) or _group_size(sent) != 2:
        return keys
    text = doc_text(sent.doc)
    partners = _kin_pairs(people, text, _PARTNER_WORDS, sent.start_char)
    if frozenset(keys) in partners:
        return keys
    sharing = [p for p in partners if not keys or p & set(keys)]
    return sorted(sharing[-1]) if sharing else keys


# 'the couple', 'the lovebirds', 'the newlyweds': two people in love (a 'pair' or 'duo' may be
# bandmates, co-stars or a mother and daughter)
_ROMANTIC_GROUP = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:couple|lovebirds|newlyweds)\b", re.I)
_PARTNER_WORDS = {w for w, p in KIN_WORDS.items() if p in ("spouse_of", "partner_of")}
_FAMILY_WORDS = {w for w, p in KIN_WORDS.items() if p in ("sibling_of", "parent_of", "child_of")}
_KIN_BEFORE = re.compile(r"(?:\b(?:his|her|their)|[’']s)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*,?\s*$", re.I)


def _kin_pairs(people: PeopleIndex, text: str, words: set[str], before: int) -> list[frozenset[str]]:
    """Pairs told as kin before ``before``, in text order: 'her fiance, Ivo Brandl' (her = the
    owner), "Brennan's mother, Deirdre Brennan"."""
    pairs: list[frozenset[str]] = []
    for m in sorted(people.mentions, key=lambda m: m.start):
        if m.kind != "name" or m.start >= before:
            continue
        window = text[max(0, m.start - 50) : m.start]
        hit = _KIN_BEFORE.search(window)
        if not hit or hit.group(1).lower() not in words:
            continue
        at = m.start - len(window) + hit.start()
        owner = next((o for o in people.mentions if o.start <= at < o.end or o.end == at), None)
        if owner is not None and owner.key != m.key:
            pair = frozenset((owner.key, m.key))
            if pair not in pairs:
                pairs.append(pair)
    return pairs


def _group_members(
    people: PeopleIndex, reports: list[MeetingReport], previous: list[Span], sent: Span
) -> list[str]:
    text = doc_text(sent.doc)
    size = _group_size(sent)
    recent = sent.start_char
    for _ in range(3):  # the last meeting told within the three paragraphs before this one
        recent = max(0, text.rfind("\n\n", 0, max(0, recent - 1)))
    if reports and reports[-1].evidence.start >= recent and _fits(reports[-1].participants, size):
        return list(reports[-1].participants)
    if re.search(r"\bthe family\b(?![’'])", sent.text, re.I):
        # 'joined the family for lunch': the family gathering told, not whoever was named last
        return list(reports[-1].participants) if reports else []
    romantic = bool(_ROMANTIC_GROUP.search(sent.text))
    family = _kin_pairs(people, text, _FAMILY_WORDS, sent.end_char) if romantic else []
    own = [] if _group_is_object(sent) else [sent]
    for s in [*own, *reversed(previous[-3:])]:
        if size == 2 and _FORMER.search(s.text):
            continue  # 'X was previously married to Y.' then 'The couple ...': not that couple
        end = s.end_char
        if s is sent and (opening := GROUP.match(s.text)) is not None:
            end = s.start_char + opening.start()  # 'The couple ..., including X': X is a guest
        keys = [m.key for m in people.mentions_in(s.start_char, end)]
        uniq = list(dict.fromkeys(keys))
        if size == 2 and romantic and frozenset(uniq) in family:
            continue  # "Brennan's mother, Deirdre Brennan, said" then 'The couple met in 2021'
        if len(uniq) >= 2 and _fits(uniq, size):
            return uniq
    fitting = [r for r in reports if _fits(r.participants, size)]
    return list(fitting[-1].participants) if fitting else []


# 'the couple', 'the pair': two people; 'the former couple' may well be the exes just named.
_COUPLE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:pair|duo|couple|lovebirds|newlyweds|two)\b", re.I)
_FORMER = re.compile(r"\b(?:previously|formerly|former|ex|split|divorced?|separated|used to)\b", re.I)


def _group_size(sent: Span) -> int | None:
    m = _COUPLE.search(sent.text)
    return 2 if m and not re.search(r"\b(?:former|ex)\b", m.group(0), re.I) else None


def _fits(keys, size: int | None) -> bool:
    return size is None or len(set(keys)) == size


def _group_is_object(sent: Span) -> bool:
    """'X was spotted with the pair': the pair is not the sentence's own subject, so the people it
    names are the other side, not the pair."""
    return any(t.lower_ in GROUP_NOUNS and t.dep_ in ("pobj", "dobj") and t.head.lower_ != "of" for t in sent)
