"""Who a meeting puts together: the meeting word of a clause and the people it governs.

A verb or noun from the word lists below is a meeting word when a person (or "the pair") is among
its own words; negated or hypothetical clauses are not meetings. People named only as possessors
("his ex-wife X") or in a who/which aside are not present. Who "the pair" / "they" stand for is
``meeting_groups.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..nlp import doc_text
from .index import Mention, PeopleIndex
from .lexicon import KIN_WORDS, WORK_NOUNS
from .meeting_acts import (
    ONLINE,
    REMOTE,
    arms_round,
    at_the_side_of,
    fond_display,
    gathering_as_subject,
    own_words,
    someones_day,
)
from .meeting_words import (
    FOND_STATES,
    NEWBORN,
    NOT_WITH_POSSESSOR,
    SHARED_ACTS,
    SHARING,
    STRONG,
    STRONG_NOUNS,
    WEAK,
)

_TOGETHER = re.compile(r"\b(?:with|together|alongside|as a couple|next to|beside)\b", re.I)
# A sighting ('seen strolling hand in hand') is a meeting with words of closeness too; a photo
# 'of both arm in arm' is not, as it is usually posted days after the meeting it shows.
_CLOSE = re.compile(r"\b(?:hand in hand|arm in arm|side by side|holding hands)\b", re.I)
GROUP = re.compile(
    # ('joined the family for lunch': the people of the meeting just told; not 'the family's home')
    r"\b(?:the (?:(?:happy|royal|famous|new|loved-up|smitten|celebrity|star|A-list|showbiz|married|"
    r"engaged|longtime|long-time|old|close|former|best)\s+)?"
    r"(?:pair|duo|couple|two|trio|three|four|group|former couple|former flames|lovebirds|"
    r"newlyweds|two stars|stars|boys|lads|girls|bandmates|pals|friends|besties|exes|co-?stars|"
    r"family(?![’']s))(?: of them)?|both|they|them)\b",
    re.I,
)
# The head word of such a phrase, as the parser sees it ('The lovebirds ... were photographed').
GROUP_NOUNS = {"pair", "duo", "couple", "two", "trio", "three", "group", "lovebirds", "newlyweds", "flames",
               "family", "pals", "friends", "besties", "exes", "co-stars", "costars"}  # fmt: skip


def _in_quote(pos: int, quotes) -> bool:
    return any(a <= pos < b for a, b in quotes)


def find_trigger(span: Span, text: str, people: PeopleIndex):
    """The meeting word of a clause; a verb must have a person or 'the pair' among its own words."""
    for tok in span:
        lemma = tok.lemma_.lower()
        word = tok.lower_
        if lemma in ("catch", "hang", "hung") and any(c.lower_ in ("up", "out") for c in tok.children):
            return tok if _governs_person(tok, people) else None
        if lemma in ("hold", "lock", "keep", "wrap", "throw", "put") and arms_round(tok):
            return tok if _governs_person(tok, people) else None  # 'held hands', 'locked lips'
        if lemma in ("marry", "wed") and tok.pos_ == "VERB" and _named_on_both_sides(span, tok, people):
            return tok  # 'X married producer Y' (which the small parser often gets wrong)
        if lemma in ("visit", "accompany", "escort") and _person_object(tok, people):
            return tok  # 'visited her mother in hospital', 'accompanied Ken to the gala'
        if lemma in ("bump", "run") and any(c.lower_ == "into" for c in tok.children):
            return tok if _governs_person(tok, people) else None  # 'bumped into', 'ran into'
        if lemma == "hit" and any(c.lower_ == "town" for c in tok.subtree):
            return tok if _governs_person(tok, people) else None  # 'hit the town with'
        if (
            (lemma in FOND_STATES or word in FOND_STATES)
            and tok.pos_ == "ADJ"
            and tok.head.pos_ in ("AUX", "VERB")
        ):
            if _joint_subject(tok.head, people):
                return tok  # 'X and Y were inseparable at the afterparty', 'looked loved-up'
        if at_the_side_of(tok) and tok.head.head.lemma_ != "stand" and _governs_person(tok.head.head, people):
            return tok  # 'X was by his side at the gala', 'stayed at her side'
        if lemma in ("draw", "include", "attract", "attend") and gathering_as_subject(tok):
            return tok if _governs_person(tok, people) else None  # "X's party drew A and B"
        if lemma == "celebrate" and someones_day(tok, people):
            return tok  # "celebrated Ken's 40th birthday": at Ken's party, with Ken
        if (
            lemma == "play"
            and any(c.lower_ == "host" for c in tok.children)
            and any(c.lower_ == "to" for c in tok.subtree)
        ):
            return tok if _governs_person(tok, people) else None  # 'played host to X'
        if lemma == "pop" and any(c.lower_ == "question" for c in tok.children):
            return tok if _governs_person(tok, people) else None  # 'popped the question'
        if lemma == "exchange" and any(c.lower_ == "vows" for c in tok.children):
            return tok if _governs_person(tok, people) else None  # 'exchanged vows' (see WEDDING)
        if lemma == "tie" and any(c.lower_ == "knot" for c in tok.children):
            return tok if _governs_person(tok, people) else None  # 'tied the knot' (see WEDDING)
        if lemma == "take" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            continue  # 'took to Instagram to share a snap with ...': posting, not meeting
        if tok.pos_ in ("NOUN", "PROPN") and tok.head.lemma_ in SHARING and lemma not in SHARED_ACTS:
            continue  # 'shared a photo with his son': a post, maybe of a meeting, not itself one
        if lemma == "welcome" and any(c.lemma_.lower() in NEWBORN for c in tok.children):
            continue  # 'welcomed their first child': a birth announcement
        if tok.pos_ in ("NOUN", "PROPN"):
            strong = lemma in STRONG_NOUNS or word in STRONG_NOUNS or fond_display(tok, text)
        else:
            strong = (lemma in STRONG or word in STRONG) and tok.pos_ == "VERB"
        if lemma in ("hang", "hung") and not re.search(r"\bhung out|hang(?:ing)? out", text):
            strong = False
        weak = (
            (lemma in WEAK or word in WEAK)
            and not ONLINE.search(own_words(tok))
            and (
                _TOGETHER.search(text)
                or (lemma in ("see", "spot") and _CLOSE.search(text))
                or (
                    tok.pos_ == "VERB"
                    and (_joint_subject(tok, people) or _pair_named_before(span, tok, people))
                    and not _APART.search(text)
                )
            )
        )
        if not (strong or weak):
            continue
        if tok.pos_ == "VERB" and not _governs_person(tok, people):
            continue
        if REMOTE.search(own_words(tok)):
            continue  # 'joined X on Instagram Live', 'duetted with X via video link': not in person
        return tok
    return None


# 'put on a loved-up display', 'a cosy display', 'a display of affection': closeness seen in person
def _pair_named_before(span: Span, tok, people: PeopleIndex) -> bool:
    """'Reyes and Bask co-hosted': two names joined by 'and' right before the verb, for when the
    parser loses the subject (it splits 'co-hosted')."""
    names = [m for m in people.mentions_in(span.start_char, tok.idx) if m.kind == "name"]
    if len(names) < 2:
        return False
    a, b = names[-2], names[-1]
    text = doc_text(span.doc)
    return bool(re.fullmatch(r"\s+(?:and|&)\s+", text[a.end : b.start])) and bool(
        re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", text[b.end : tok.idx])
    )


def _person_object(tok, people: PeopleIndex) -> bool:
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if any(people.key_at(t.idx, t.idx + len(t)) for t in obj.subtree):
            return True
    return False


def _named_on_both_sides(span: Span, tok, people: PeopleIndex) -> bool:
    names = [m for m in people.mentions_in(span.start_char, span.end_char) if m.kind != "pronoun"]
    return any(m.end <= tok.idx for m in names) and any(m.start > tok.idx for m in names)


_APART = re.compile(r"\b(?:separately|apart|alone|solo|individually|each)\b", re.I)


def _joint_subject(tok, people: PeopleIndex) -> bool:
    """'Ada and Lev arrived', 'as they arrived', 'the couple stepped out': a doing word whose
    subject is two people at once."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("xcomp", "advcl", "conj"):  # 'X and Y went shopping'
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        if subj.lower_ in ("they", "pair", "couple", "duo", "lovebirds", "newlyweds"):
            return True
        named = {people.key_at(t.idx, t.idx + len(t)) for t in subj.subtree} - {None}
        if len(named) >= 2:
            return True
    return False


def _governs_person(tok, people: PeopleIndex) -> bool:
    words = list(tok.subtree) + [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ in ("conj", "advcl", "relcl", "xcomp") and tok.head.pos_ == "VERB":
        words += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl":
        words.append(tok.head)
    if tok.dep_ == "acl":  # 'Her fiance, producer X, proposed' parsed as a phrase about 'fiance'
        words += [t for t in tok.head.subtree if t.i < tok.i]
    for w in words:
        if people.key_at(w.idx, w.idx + len(w)) or GROUP.fullmatch(w.lower_) or w.lower_ in GROUP_NOUNS:
            return True
    return False


# 'is set to meet X next week', 'hopes to work with X one day': a plan or a wish, not a meeting.
_PLANNED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:set|due|expected|scheduled|slated|going|about)\s+to\b|"
    r"\b(?:plans?|planning|planned|hopes?|hoping|wants?|wanted|would love|intends?)\s+to\b|"
    r"\bnext\s+(?:week|month|year|weekend)\b|\btomorrow\b",
    re.I,
)


def unreal(span: Span) -> bool:
    """'She will be joined by ...', 'might persuade ... to join', 'is set to meet ... next week':
    not something that happened."""
    return bool(_PLANNED.search(span.text)) or any(
        t.lower_ in ("will", "’ll", "'ll", "would", "might", "could", "shall")
        and t.dep_ == "aux"
        and not any(c.dep_ == "neg" and _fond_denial(c) for c in t.head.children)  # "couldn't keep"
        for t in span
    )


def negated(span: Span) -> bool:
    return any((t.dep_ == "neg" or t.lower_ in ("never", "nobody")) and not _fond_denial(t) for t in span)


# 'couldn't keep their hands off each other', 'couldn't stop smiling', 'never left his side':
# a negation that tells closeness
_FOND_DENIALS = {"keep", "stop", "hide", "resist", "contain", "help"}


def _fond_denial(neg) -> bool:
    head = neg.head
    if head.lemma_.lower() in _FOND_DENIALS:
        return True
    return head.lemma_.lower() == "leave" and any(t.lower_ == "side" for t in head.subtree)


def participants_of(people: PeopleIndex, span: Span, quotes, trigger) -> list[str]:
    keys: list[str] = []
    doc = span.doc
    for m in people.mentions_in(span.start_char, span.end_char):
        if _in_quote(m.start, quotes) or _possessor_only(doc, m) or _aside(doc, m, trigger):
            continue
        if _actor_in_brackets(doc, m):
            continue  # 'Jess (Ada Brenn) kisses Rory (Tom Vale)': characters kiss, not the cast
        if m.key not in keys:
            keys.append(m.key)
    return keys


def _actor_in_brackets(doc: Doc, m: Mention) -> bool:
    """'Jess (Ada Brenn)', 'Jess, played by Ada Brenn,': the actor of a character in the scene told."""
    text = doc_text(doc)
    bracketed = text[max(0, m.start - 1) : m.start] == "(" and text[m.end : m.end + 1] == ")"
    return bracketed or bool(
        re.search(r"\b(?:played|portrayed|voiced)\s+by\s+$", text[max(0, m.start - 20) : m.start])
    )


def _aside(doc: Doc, m: Mention, trigger) -> bool:
    """'Zoe, who was once married to X, was joined by Y': X sits in a who/which clause that the
    meeting word is not part of."""
    if trigger is None:
        return False
    if _in_who_aside_before(doc, m, trigger):
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i:
        outside = not tok.left_edge.i <= trigger.i <= tok.right_edge.i
        if outside and tok.dep_ == "relcl":
            if any(t.lower_ in ("who", "whom", "which", "whose") for t in tok.subtree):
                return True
        if outside and tok.dep_ == "advcl" and _background_clause(tok):
            return True
        if outside and tok.dep_ == "pobj" and _parted_from(tok.head):
            return True
        tok = tok.head
    return False


_WHO = re.compile(r",\s*(?:who|whom|whose)\b[^.;]*$", re.I)


def _in_who_aside_before(doc: Doc, m: Mention, trigger) -> bool:
    """By the text, for when the parser loses the clause: 'X, who split from his wife, Y, last
    year, was joined by Z' (a who-aside opens before Y and closes with a comma before the verb)."""
    text = doc_text(doc)
    sent_start = trigger.sent.start_char
    if not sent_start <= m.start < trigger.idx:
        return False
    return bool(_WHO.search(text[sent_start : m.start])) and "," in text[m.end : trigger.idx]


# 'as X performed on stage' happens alongside; 'weeks after X finalised her divorce' before.
_ALONGSIDE_MARKS = {"as", "while", "whereas"}
_TIME_MARKS = {"after", "before", "since", "until", "till", "once"}
# Someone a person split from is the one absent: 'days after her split from X'.
_PARTING = {"split", "divorce", "separation", "breakup", "break-up", "divorced", "separated", "parted"}


def _background_clause(verb) -> bool:
    """A side clause telling what else happened ('as X performed', 'after X filed for divorce'):
    its people are not at the meeting, unless the clause is itself a get-together ('after X
    joined them')."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & _ALONGSIDE_MARKS:
        return True
    lemma = verb.lemma_.lower()
    return bool(marks & _TIME_MARKS) and lemma not in STRONG and lemma not in WEAK


def _parted_from(prep) -> bool:
    """'her split from X', 'divorced from X', 'finalised her divorce from X'."""
    if prep.lower_ not in ("from", "with"):
        return False
    head = prep.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "pobj")]
    return any(w.lower_ in _PARTING or w.lemma_.lower() in _PARTING for w in [head, *objects])


def _possessor_only(doc: Doc, m: Mention) -> bool:
    """'his ex-wife Marta', 'her Las Vegas show': the possessor is not thereby present."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ != "poss" and not (root.tag_ == "PRP$"):
        return False
    if at_the_side_of(root.head):
        return False  # 'Eve was by his side': he is there too
    if m.kind == "pronoun":
        return True
    head = root.head  # 'X's bandmate', or the name in 'X's former bandmate Jules Carter'
    words = [head, *(c for c in head.children if c.dep_ == "compound" and root.i < c.i < head.i)]
    return any(
        w.lower_ in KIN_WORDS or w.lower_ in WORK_NOUNS or w.lower_ in NOT_WITH_POSSESSOR for w in words
    )
