"""Stated ages: "Tom, 59,", "Kit (33)", "the 34-year-old", "turned 40", "Remy, also 33"."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ..models import AgeFact, Document, Evidence
from .index import PeopleIndex
from .quote_marks import quote_regions

_AFTER_MENTION = re.compile(
    r"^(?:[’']s)?(?:\s*\((?:pictured|left|right|centre|center|above|below|inset)\))?"
    # 'aged just 39', 'aged only 19': the adverb leaves the age as stated
    r"\s*(?:,\s*(?:also\s+|now\s+|aged\s+(?:just\s+|only\s+)?|who\s+is\s+(?:now\s+)?|who[’']s\s+(?:now\s+)?)?"
    r"|\(\s*|\s+aged\s+(?:just\s+|only\s+)?"
    r"|\s+is\s+(?:now\s+)?)"
    r"(\d{1,3})(?=\s*[,)\s.;:—–-]|$)"
)
# 'their youngest son, Rafe, two,': a small child's age in words, set off by commas or brackets
_SMALL_AGES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_WORD_AGE_AFTER = re.compile(rf"^(?:,\s*|\s*\(\s*)({'|'.join(_SMALL_AGES)})\s*(?=[,).;])")
# 'Kine Hald, who was 19 when she found fame, is now 45': the main verb's age, past a who-clause
_IS_AFTER_ASIDE = re.compile(
    r"^,\s*who\b[^,.;]{0,60},\s+is\s+(?:now\s+)?(\d{1,3})(?=\s*[,.;]|\s+years?\s+old\b|$)"
)
# 'Juno Varga, who will be 40 next month': a birthday still to come, so a year less today
_WILL_BE_AFTER = re.compile(
    r"^,\s*who\s+will\s+be\s+(\d{1,3})\b(?!\s*(?:%|per\s*cent|million|billion|times))"
)
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b")
_BIRTHDAY = re.compile(
    r"\b(?:celebrated|celebrates|celebrating|marked|marks|marking|rang in|toasted)\s+(?:his|her|their)\s+"
    r"(\d{1,3})(?:st|nd|rd|th)(?:\s+birthday\b|(?=\s+with\b|\s+in\b|\s+at\b|[,.]))"  # or just 'her 40th'
)
# "Callum's 40th birthday", 'at her 30th birthday party': the age someone's birthday made them
_OWNED_BIRTHDAY = re.compile(
    r"(?:[’']s|\b(?:at|for|during|ahead of)\s+(?:his|her))\s+(\d{1,3})(?:st|nd|rd|th)\s+birthday\b"
)
_AT_AGE_FIRST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))At\s+(\d{1,3}),\s+(?=[A-Z])", re.M)
_PRESENT_AFTER = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:\w+ly\s+)?(?:is|has|looks|remains|says|feels|shows|proves|still)\b"
)
_CELEBRATED = re.compile(r"\b(?:celebrat\w*|party|bash|marked|marking|toast\w*|threw|throwing|bash)\b", re.I)
_TURNED = re.compile(
    r"\b(?:turned|turns|turning|turn|transformed|became|celebrated turning|hit)\s+(\d{1,3})\b"
)
# "his 4-year-old daughter", "Ava's 6-year-old": the age of someone the possessor has, not theirs.
_POSSESSED_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|[’']s)\s+(?:[a-z]+\s+)?$", re.I)
_WILL_BEFORE = re.compile(r"\b(?:will|[’']ll|set to|about to|due to|going to)\s+(?:\w+\s+)?$", re.I)
_LATER_AFTER = re.compile(
    r"^\s+(?:next\b|later\s+this\b|in\s+(?:a|an|one|two|three|four|five|six|\d+|a\s+few)\s+"
    r"(?:days?|weeks?|months?)\b|tomorrow\b|this\s+coming\b)",
    re.I,
)
_IN_A_MONTH = re.compile(
    r"^\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|this\s+(?:year|spring|summer|autumn|fall|winter)\b)"
)
_ON_A_DAY = re.compile(r"^\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "Tofte's 62-year-old mum, Liv Tofte": the noun may be set off from the name by a comma
_NOUN_GAP = re.compile(r"^\s*(?:[\w-]+,?\s+){0,3}$")
# 'Cara Dovey is 29 years old': 'years' after the number is an age when 'old' closes it
_YEARS_OLD_AFTER = re.compile(r"^\s*years?[\s-]+old\b", re.I)
_NOT_AGE_AFTER = re.compile(
    r"^\s*(?:%|per ?cent|million|billion|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|"
    r"feet|foot|ft\b|inches|cm\b|points?\b|dates|times|songs|films|of\b)",
    re.I,
)


def extract_ages(document: Document, doc: Doc, people: PeopleIndex) -> list[AgeFact]:
    text = document.text
    found: dict[tuple[str, int], AgeFact] = {}
    beside_name: set[tuple[str, int]] = set()  # 'Okonkwo, 34': the surest kind

    def add(key: str | None, age: int, pos: int) -> None:
        if key is None or not 0 < age < 120 or (key, age) in found:
            return
        found[(key, age)] = AgeFact(key, age, document.published, _evidence(doc, text, pos))

    late = _late_people(people, text)
    for m in people.mentions:
        if m.kind == "pronoun" or m.key in late:
            continue  # 'her late mother, Eve Lo, 72,': an age at death, not now
        after = text[m.end : m.end + 32]
        hit = _AFTER_MENTION.match(after)
        rest = after[hit.end() :] if hit else ""
        if hit and (not _NOT_AGE_AFTER.match(rest) or _YEARS_OLD_AFTER.match(rest)):
            add(m.key, int(hit.group(1)), m.start)
            if m.kind == "name":
                beside_name.add((m.key, int(hit.group(1))))
        aside = _IS_AFTER_ASIDE.match(text[m.end : m.end + 100]) if m.kind == "name" else None
        if aside:
            add(m.key, int(aside.group(1)), m.start)
        will_be = _WILL_BE_AFTER.match(text[m.end : m.end + 40]) if m.kind == "name" else None
        if will_be:
            add(m.key, int(will_be.group(1)) - 1, m.start)
        word = _WORD_AGE_AFTER.match(after) if m.kind == "name" else None
        if word:
            add(m.key, _SMALL_AGES[word.group(1)], m.start)
    regions = quote_regions(text)

    def quoted(pos: int) -> bool:
        return any(a <= pos < b for a, b in regions)

    for hit in _AT_AGE_FIRST.finditer(text):  # 'At 52, Ian Holt is fitter than ever.'
        now = _PRESENT_AFTER.match(text, hit.end())  # 'At 9, she won a talent show': an age back then
        if now and not quoted(hit.start(1)):
            add(_named_after(people, text, hit.end()), int(hit.group(1)), hit.start(1))
    for hit in _OWNED_BIRTHDAY.finditer(text):
        if _birthday_marked_now(doc, hit):
            owner = _owner(people, doc, hit.start(), hit.start() + 1, True, quoted)
            add(owner, int(hit.group(1)), hit.start())
    for pattern in (_YEAR_OLD, _TURNED, _BIRTHDAY):
        for hit in pattern.finditer(text):
            if pattern is _YEAR_OLD and _POSSESSED_BEFORE.search(
                text[max(0, hit.start() - 40) : hit.start()]
            ):
                add(_named_after(people, text, hit.end()), int(hit.group(1)), hit.start())
                continue
            owner = _owner(people, doc, hit.start(), hit.end(), pattern is not _YEAR_OLD, quoted)
            age = int(hit.group(1))
            if pattern is _TURNED and _yet_to_turn(text, hit.start(), hit.end()):
                age -= 1  # 'who turns 30 next month' is 29 today
            add(owner, age, hit.start())
    return _one_age_per_person(list(found.values()), beside_name)


_LATE_BEFORE = re.compile(r"\b(?:the\s+late|late\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?)\s*$", re.I)


def _late_people(people: PeopleIndex, text: str) -> set[str]:
    """People the article calls 'the late X' or 'her late mother, X'."""
    return {
        m.key
        for m in people.mentions
        if m.kind == "name" and _LATE_BEFORE.search(text[max(0, m.start - 40) : m.start])
    }


def _birthday_marked_now(doc: Doc, hit: re.Match) -> bool:
    """A birthday being marked as the story is told; 'her 21st birthday was a blast' may be long
    ago, and 'his 50th birthday bash next week' is still to come."""
    span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
    sent = span.sent.text if span is not None else hit.group()
    to_come = re.search(r"\b(?:next|tomorrow|will|upcoming|later this)\b", sent, re.I)
    return bool(_CELEBRATED.search(sent)) and not to_come


def _one_age_per_person(ages: list[AgeFact], beside_name: set[tuple[str, int]]) -> list[AgeFact]:
    """One article gives one person one age: when a descriptor or a pronoun was read as someone
    who also has an age beside their name ('The model, who turns 30...' ... 'Okonkwo, 34'), the
    age beside the name stands and the other was someone else's."""
    by_name: dict[str, set[int]] = {}
    for person, age in beside_name:
        by_name.setdefault(person, set()).add(age)
    # (one year apart is a birthday within the story: 'Ken (39)' ... 'Ken, who turned 40 on Sunday')
    return [a for a in ages if a.person not in by_name or any(abs(a.age - n) <= 1 for n in by_name[a.person])]


def _yet_to_turn(text: str, start: int, end: int) -> bool:
    """'turns 30 next month', 'will turn 50 in two weeks', 'who turns 41 on Sunday' (the present
    tense with a day: it is still to come, or the story would say 'turned'): a birthday to come."""
    after = text[end : end + 30]
    if re.match(r"turns\b", text[start:end]) and _ON_A_DAY.match(after):
        return True
    if re.match(r"turn(?:s|ing)\b", text[start:end]) and _IN_A_MONTH.match(after):
        return True  # 'turns 20 in April', 'turning 40 this summer'

    return bool(_WILL_BEFORE.search(text[max(0, start - 20) : start]) or _LATER_AFTER.match(after))


def _owner(
    people: PeopleIndex,
    doc: Doc,
    start: int,
    end: int,
    before_only: bool,
    quoted: Callable[[int], bool] | None = None,
) -> str | None:
    """The person an age phrase describes: the mention that holds it, else the nearest one before it
    in the sentence, else (for 'the 40-year-old ...') the descriptor right after it. A name inside
    a quotation ('"Pia carried this film," the 40-year-old said') is talked about, not described."""
    for m in people.mentions:
        if m.start <= start < m.end or m.start <= end - 1 < m.end:
            return m.key
    sent = doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return None
    s = sent.sent
    outside = [m for m in people.mentions if not (quoted and quoted(m.start))]
    before = [m for m in outside if s.start_char <= m.start < start and m.kind != "pronoun"]
    if before_only:
        return before[-1].key if before else None
    after = [m for m in outside if end <= m.start < s.end_char]
    if after and after[0].start - end < 40:
        return after[0].key
    return before[-1].key if before else None


def _named_after(people: PeopleIndex, text: str, end: int) -> str | None:
    """'her 40-year-old co-star Ken Oduya': the name a few words after the phrase, if any."""
    after = [m for m in people.mentions if end <= m.start < end + 40 and m.kind == "name"]
    if after and _NOUN_GAP.match(text[end : after[0].start]):
        return after[0].key
    return None


def _evidence(doc: Doc, text: str, pos: int) -> Evidence:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return Evidence(text[pos : pos + 80], pos, pos + 80)
    s = span.sent
    return Evidence.within(text, s.start_char, s.end_char)
