"""Acts that make a clause a meeting beyond its plain word: closeness ('wrapped her arms around',
'was by his side', 'a cosy display'), someone's day being celebrated ("Ken's 40th birthday"), a
gathering's guest list ("X's party drew A and B") — and togetherness that is no meeting, online or
remote ('on Instagram Live', 'via video link')."""

from __future__ import annotations

import re

from ..nlp import doc_text
from .index import PeopleIndex

_FOND_DISPLAY = re.compile(
    r"\b(?:loved-up|affectionate|cosy|cozy|romantic|flirty|amorous|steamy|passionate|smitten)\s+display\b|"
    r"\bdisplays?\s+of\s+affection\b",
    re.I,
)


_SOMEONES_DAY = re.compile(
    r"^[’']s\s+(?:\d{1,3}(?:st|nd|rd|th)\s+|[a-z]+\s+)?(?:birthday|anniversary|engagement|retirement|graduation)\b"
)
ONLINE = re.compile(
    r"\b(?:on|via)\s+(?:Instagram|TikTok|Twitter|X|Facebook|social media)\b|\b(?:post|tribute|message)\b"
)


REMOTE = re.compile(
    r"\b(?:on|via|over)\s+(?:Instagram|TikTok|YouTube|Twitch)\s+Live\b|\b(?:via|by|over)\s+(?:a\s+)?"
    r"(?:video(?:\s+(?:link|call|chat))?|FaceTime|Zoom|Skype|phone|satellite)\b|\bvirtually\b|\bremotely\b|"
    r"\b(?:on|in)\s+(?:a\s+)?(?:video|Zoom|FaceTime)\s+call\b|\bon\s+the\s+phone\b|\blivestream\w*\b",
    re.I,
)


def own_words(verb) -> str:
    """The words of a verb's own clause, without the clauses hanging off it ('jetted off to Cabo
    with X, sharing snaps on Instagram': the trip, not the post)."""
    skip = {t.i for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj", "ccomp") for t in c.subtree}
    return " ".join(t.text for t in verb.subtree if t.i not in skip)


def arms_round(verb) -> bool:
    """'held hands', 'locked lips', 'wrapped her arms around', 'threw an arm round'."""
    words = [c.lower_ for c in verb.children]
    if verb.lemma_.lower() in ("hold", "lock", "keep"):
        return any(w in ("hands", "lips", "arms") for w in words)
    return any(w in ("arm", "arms") for w in words) and any(
        t.lower_ in ("around", "round") for t in verb.subtree
    )


_GATHERING_NOUNS = {"party", "bash", "wedding", "celebration", "reception", "dinner", "soiree", "soirée",
                    "gala", "launch", "shindig", "birthday", "funeral", "memorial", "ceremony",
                    "premiere"}  # fmt: skip


def gathering_as_subject(verb) -> bool:
    """'X's birthday bash drew A and B', 'Guests at X's wedding included A and B', 'the party was
    attended by A': a gathering (with its host, the possessor) and who came to it."""
    if verb.lemma_.lower() == "attend" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # 'A attended the party' is one guest, not a gathering's guest list
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a host is needed: guests of 'the gala' may never have met, guests of 'X's party' met X
    return any(
        t.lemma_.lower() in _GATHERING_NOUNS and any(c.dep_ == "poss" for c in t.children)
        for s in subjects
        for t in s.subtree
    )


def someones_day(verb, people: PeopleIndex) -> bool:
    """Whether the verb's object is a named person's day ("celebrated Ken's 40th birthday", 'his
    brother Ken's birthday') marked in person, not in a post."""
    text = doc_text(verb.doc)
    sent = verb.sent
    if ONLINE.search(sent.text):
        return False
    start = verb.idx + len(verb)
    for m in people.mentions_in(start, min(sent.end_char, start + 50)):
        if m.kind == "name" and re.fullmatch(
            r"\s+(?:(?:his|her|their)\s+)?(?:[a-z-]+\s+)?", text[start : m.start]
        ):
            return bool(_SOMEONES_DAY.match(text[m.end : m.end + 40]))
    return False


def fond_display(tok, text: str) -> bool:
    return tok.lemma_.lower() == "display" and bool(_FOND_DISPLAY.search(text))


def at_the_side_of(tok) -> bool:
    """'by his side', 'at her side', "by Ken's side": being beside someone."""
    return (
        tok.lower_ == "side"
        and tok.head.lower_ in ("by", "at")
        and any(c.dep_ == "poss" for c in tok.children)
    )
