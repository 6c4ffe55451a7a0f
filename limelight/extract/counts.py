"""Stated counts that sources can disagree on: a tour's number of dates, a child's age, a
number of children ("her 40-date tour", "his 3-year-old son", "the mother of two").

A count belongs to a person (the tour's artist, the child's parent), found as the possessor
right before the phrase ("her", "Ava's") or else the nearest named person before it in the
sentence. Quantities are normalised names ("tour dates", "age of daughter", "children") so
that counts from different articles can be compared.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import CountFact, Document, Evidence
from .index import PeopleIndex

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_NUM = r"(\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"
_KIN = r"(son|daughter|child|kid|baby|boy|girl|stepson|stepdaughter)"
_POSSESSOR = r"(?:\b(?:her|his|their)|[’']s)\s+"
_CHILD_ADJ = r"(?:(?:young|little|baby|eldest|oldest|youngest|only|adorable|newborn)\s+)?"
_TOUR_NOUN = r"(tour|residency|run|leg|trek)"

CHILD_AGE = re.compile(
    _POSSESSOR + _CHILD_ADJ + _NUM + r"[-\s](year|month)s?[-\s]old\s+" + _KIN + r"\b", re.I
)
CHILD_AGE_AFTER = re.compile(
    _POSSESSOR + _CHILD_ADJ + _KIN + r",\s+(?:aged\s+|now\s+)?" + _NUM + r"\s*,", re.I
)
TOUR_DATES = re.compile(
    _NUM + r"[-\s](?:date|show|city|stop|night|concert)\s+(?:[\w’'-]+\s+){0,4}?" + _TOUR_NOUN + r"\b",
    re.I,
)
TOUR_OF = re.compile(r"\b" + _TOUR_NOUN + r"\s+of\s+" + _NUM + r"\s+(?:dates|shows|concerts|stops)\b", re.I)
_SHOWS = r"\s+(?:dates|shows|concerts|stops|nights)\b"
TOUR_HAS = re.compile(  # 'her tour now has 60 shows'
    r"\b" + _TOUR_NOUN + r"\s+(?:now\s+)?(?:has|had|includes|included|features|spans|totals|comprises)\s+"
    r"(?:a total of\s+)?" + _NUM + _SHOWS,
    re.I,
)
TOUR_TOTAL = re.compile(  # '... to her tour, bringing the total to 58 shows'
    r"\b(?:bringing|brings|taking|takes)\s+(?:the|its|her|his|their)\s+total\s+to\s+" + _NUM + _SHOWS, re.I
)
CHILDREN = re.compile(
    r"\b(?:(?:mother|father|mom|mum|dad|parents?)\s+of\s+" + _NUM + r"\b(?!\s*-)"
    r"|" + _POSSESSOR + _NUM + r"\s+(?:children|kids)\b)",
    re.I,
)


def extract_counts(document: Document, doc: Doc, people: PeopleIndex) -> list[CountFact]:
    """Every count the article states about a person, once per (person, quantity, value).

    A quantity stated with two different values for one person in one article (two
    daughters of different ages) is ambiguous and dropped.
    """
    text = document.text
    found: dict[tuple[str, str, int], CountFact] = {}
    for quantity, value, start, end in find_count_phrases(text):
        owner = count_owner(people, doc, start, end)
        if owner is None or (owner, quantity, value) in found:
            continue
        found[(owner, quantity, value)] = CountFact(
            owner, quantity, value, document.published, sentence_of(doc, text, start)
        )
    values: dict[tuple[str, str], set[int]] = {}
    for owner, quantity, value in found:
        values.setdefault((owner, quantity), set()).add(value)
    return [f for f in found.values() if len(values[(f.person, f.quantity)]) == 1]


def find_count_phrases(text: str) -> list[tuple[str, int, int, int]]:
    """(quantity, value, start, end) for each count phrase in ``text``, in text order."""
    hits: list[tuple[str, int, int, int]] = []
    for m in CHILD_AGE.finditer(text):
        unit = "" if m.group(2).lower() == "year" else " (months)"
        hits.append((f"age of {m.group(3).lower()}{unit}", number(m.group(1)), m.start(), m.end()))
    for m in CHILD_AGE_AFTER.finditer(text):
        hits.append((f"age of {m.group(1).lower()}", number(m.group(2)), m.start(), m.end()))
    for m in TOUR_DATES.finditer(text):
        hits.append((f"{m.group(2).lower()} dates", number(m.group(1)), m.start(), m.end()))
    for m in TOUR_OF.finditer(text):
        hits.append((f"{m.group(1).lower()} dates", number(m.group(2)), m.start(), m.end()))
    for m in TOUR_HAS.finditer(text):
        hits.append((f"{m.group(1).lower()} dates", number(m.group(2)), m.start(), m.end()))
    for m in TOUR_TOTAL.finditer(text):
        tour = re.search(r"\b" + _TOUR_NOUN + r"\b", text[max(0, m.start() - 200) : m.start()], re.I)
        if tour:
            hits.append((f"{tour.group(1).lower()} dates", number(m.group(1)), m.start(), m.end()))
    for m in CHILDREN.finditer(text):
        hits.append(("children", number(m.group(1) or m.group(2)), m.start(), m.end()))
    return sorted(hits, key=lambda h: h[2])


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def count_owner(people: PeopleIndex, doc: Doc, start: int, end: int) -> str | None:
    """The person a count phrase is about: the possessor ("her", "Ava's") touching the phrase, else
    the nearest non-pronoun mention before it in the same sentence."""
    inside = [m for m in people.mentions if m.start < end and m.end >= start]
    if inside:
        return inside[0].key
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    before = [m for m in people.mentions if sent.start_char <= m.start < start]
    return before[-1].key if before else None


def sentence_of(doc: Doc, text: str, pos: int) -> Evidence:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return Evidence(text[pos : pos + 80], pos, pos + 80)
    s = span.sent
    return Evidence.within(text, s.start_char, s.end_char)
