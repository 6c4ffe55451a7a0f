"""People named in one article: which capitalised names are real people, and every mention of them.

A name counts as a person on evidence (spaCy's PERSON label, a known first name, an age or a role
noun beside it, a speech verb after it, coordination with another person), and not when it is a
place, a title of a work, an organisation or a fictional character. Short forms ("Ken", "Oduya",
"TOM") become aliases of the fullest name they fit.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from ..models import Document, LocalPerson
from .characters import character_names
from .gazetteer import is_place
from .index import PeopleIndex
from .lexicon import KIN_WORDS, MEDIA_OUTLETS, ORG_TAILS, PERSON_NOUNS, PLATFORMS, WORK_NOUNS
from .mentions import birth_names_and_nicknames, gender_of, link_mentions, match_name
from .name_candidates import all_spans, candidate_spans
from .names import NameSpan, first_name_gender
from .small_places import lookup_small_place

_AGE_AFTER = re.compile(r"^(?:,\s*(?:also\s+|now\s+|aged\s+)?\d{1,3}\s*[,)\s.;—–-]|\s*\(\s*\d{1,3}\b)")
_SPEECH_AFTER = re.compile(
    r"^[’']?s?\s*(?:,[^,]{0,40},\s*)?(?:\w+ly\s+|later\s+|also\s+|then\s+)?(?:said|says|told|tells|wrote|writes|added|adds|captioned|penned|"
    r"replied|posted|shared|explained|insisted|revealed|admitted|gushed|joked|tweeted|declared|"
    r"recalled|confirmed|announced|informed|posted|captioned|replied)\b"
)

GROUP_WORDS = re.compile(
    r"\b(?:the (?:pair|duo|couple|two|trio|three|four|group|former couple|former flames|"
    r"lovebirds|stars|friends|bandmates|two stars)(?: of them)?|both of them|they|them|their)\b",
    re.I,
)


def find_people(document: Document, doc: Doc, quotes: list[tuple[int, int]]) -> PeopleIndex:
    """Every real person the article names, with their mentions, aliases and descriptors."""
    text = document.text
    in_quote = _inside(quotes)
    spans = candidate_spans(document, doc)
    evidence = {s: _evidence(text, s, doc, in_quote(s.start)) for s in spans}
    characters = character_names(text, spans + all_spans(document))
    people: dict[str, LocalPerson] = {}
    by_name: dict[str, list[dict]] = defaultdict(list)
    for s in spans:
        by_name[s.norm].append(evidence[s])
    single_words = {s.norm for s in spans if len(s.norm.split()) == 1 and not evidence[s]["quoted"]}
    for s in sorted(spans, key=lambda s: -len(s.norm.split())):
        if s.norm in characters or s.norm in people or len(s.norm.split()) < 2:
            continue
        if match_name(s.norm, list(people.values()), {}) is not None:
            continue  # "Remy O" is "Remy Okonkwo"
        if _is_full_name(s, by_name[s.norm], single_words):
            people[s.norm] = LocalPerson(key=s.norm, name=s.norm)
    singles = _single_names(spans, evidence, people, characters, text)
    for name in singles:
        people.setdefault(name, LocalPerson(key="", name=name))
    people = _drop_subsumed(people)
    for i, p in enumerate(sorted(people.values(), key=lambda p: text.find(p.name))):
        p.key = f"p{i}"
    index = PeopleIndex(people=list(people.values()))
    link_mentions(index, document, doc, characters)
    index.gender = {p.key: gender_of(p, text, doc) for p in index.people}
    from .coref import resolve_references

    resolve_references(index, document, doc, in_quote)
    birth_names_and_nicknames(index, text, doc)
    index.mentions.sort(key=lambda m: m.start)
    return index


def _inside(regions: list[tuple[int, int]]):
    def check(pos: int) -> bool:
        return any(a <= pos < b for a, b in regions)

    return check


def _evidence(text: str, s: NameSpan, doc: Doc, quoted: bool) -> dict:
    before = text[max(0, s.start - 60) : s.start].rsplit("\n", 1)[-1]
    after = text[s.end : s.end + 60].split("\n", 1)[0]
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    ner = span is not None and any(t.ent_type_ == "PERSON" for t in span)
    propn = span is not None and all(t.pos_ == "PROPN" for t in span if t.is_alpha)
    prev_word = re.findall(r"([\w-]+)\W*$", before)
    prev = prev_word[0].lower() if prev_word else ""
    sentence_start = not before.strip() or before.rstrip()[-1:] in '.!?:\n“"‘'
    next_tok = span[-1].nbor(1) if span is not None and span.end < len(doc) else None
    # "the Velvet Rope singer", "his former Northbound bandmates": a name used as a modifier
    modifier = (
        next_tok is not None
        and next_tok.text.islower()
        and (
            next_tok.lower_ in PERSON_NOUNS
            or next_tok.lower_ in WORK_NOUNS
            or next_tok.lemma_ in ("bandmate", "fan")
        )
    )
    adjacent = re.search(r"([\w-]+)\s*$", before)  # no comma between: "the podcast Late Night"
    # 'actor Sean Park', 'bandmate Hae-won Park': a surname that is also a place word ('Hyde Park')
    named_as_one = (
        s.norm.split()[-1].lower() in _SURNAME_TAILS
        and prev not in _PLACE_PREPOSITIONS
        and (
            first_name_gender(s.norm.split()[0]) is not None
            or (prev in PERSON_NOUNS or prev in KIN_WORDS)
            and adjacent is not None
            and adjacent.group(1).lower() == prev
        )
    )
    titled = prev in WORK_NOUNS and adjacent is not None and adjacent.group(1).lower() == prev
    negative = (
        titled
        or bool(
            re.match(r"^\W*(?:(?:written|words|reporting|photos?|text)\s+)?by\s+$", before, re.I)
        )  # a byline
        or bool(_PHOTO_CREDIT_BEFORE.search(before))  # '(Photo by Jon Doe/Getty Images)'
        or bool(_AGENCY_AFTER.match(after))  # 'Jon Doe/WireImage': a photographer and an agency
        or bool(re.search(r"\w\s*/\s*$", before))  # the agency after the photographer: '.../Shutterstock'
        # 'The Contessa's Ledger', 'at the Beverly Hilton': people take no article
        or (prev == "the" and (len(s.norm.split()) == 1 or _right_after(adjacent, "the")))
        or modifier
        or (bool(re.search(r"[’']s\s*$", before)) and not _show_star(s))  # 'Tom's Top Gun'
        or (len(s.norm.split()) == 1 and bool(_OWNS_A_PERSON.match(after)))  # "Towie's Gemma Lee"
        or any(w.lower() in PLATFORMS for w in s.norm.split())
        or s.norm.lower() in MEDIA_OUTLETS
        or (
            len(s.norm.split()) == 1 and prev in {"at", "in", "from", "near", "outside", "inside"} and not ner
        )
        # 'dinner at Le Cinq', 'at La Esquina', 'at Il Pastaio': a name opening with a French,
        # Spanish or Italian article after a word of place is a restaurant or club
        or (prev in _PLACE_PREPOSITIONS and s.norm.split()[0] in _ROMANCE_ARTICLES)
        or bool(re.search(r"[#@]\s*$", before))
        or bool(_WORN.search(before))  # 'wore Valentino', 'in custom Dior': a label, not a person
        or bool(_GARMENT_AFTER.match(after))  # 'a Gucci dress', 'Cartier jewellery', 'Hermès Birkin bag'
        or bool(_MADE_BY_BEFORE.search(before))  # 'a suit by Tom Ford', 'a gown from Valentino'
        or bool(re.search(r"[A-Z]\w*\s+of\s+$", before))  # 'Duchess Clara of Wessmark', 'Duke of York'
        or (next_tok is not None and next_tok.lower_ in _FACILITIES)  # 'the Royal Marsden hospital'
        or (len(s.norm.split()) == 1 and _possessed_modifier(prev, adjacent, next_tok))
        or (
            len(s.norm.split()) > 1
            and any(w.lower() in ORG_TAILS for w in s.norm.split()[1:])
            and not named_as_one
        )
        # "Nino's in Santa Monica": a venue (not "X's on-again boyfriend")
        or bool(re.match(r"^[’']s\s+(?:in|on|at|near|for)\b(?!-)", after))
        or bool(re.match(r"^\s*(?:Tour|Records|Pictures|Fund|Foundation|Awards|Festival)\b", after))
        or (
            prev in {"at", "in", "from", "to", "near", "outside", "inside"}
            and bool(re.match(r"^[’']s\b", after))
            and not _PERSONS_THING.match(after)  # "at Nino's" is a venue; "at Tom Vale's side" a person
        )
        or (prev in _VENUE_PREPOSITIONS and _venue_with_its_city(s.norm))
    )
    return {
        "ner": ner,
        "propn": propn,
        "age": bool(_AGE_AFTER.match(after)),
        "role": prev in PERSON_NOUNS
        or prev in KIN_WORDS
        or bool(re.search(r"\b(?:ex|late)-?\s*$", before))
        or bool(_CHILD_NAMED_BEFORE.search(before))
        or (ner and bool(_AGENT_NOUN_BEFORE.search(before))),
        "speech": bool(_SPEECH_AFTER.match(after)),
        "quoted": quoted,
        "sentence_start": sentence_start,
        "negative": negative,
        "titled": titled,  # 'their new film Harbour Glass': the name of a work
        "modifier": modifier,
        "social": _social_role(span),
        # 'in Mykonos': a town too small for the main gazetteer, named as a place
        "place": is_place(s.norm) or (prev in ("in", "near") and lookup_small_place(s.norm) is not None),
    }


_PLACE_PREPOSITIONS = {"at", "in", "from", "to", "near", "outside", "inside", "leaving", "left"}
# Words that end places' names and are surnames too ('Hyde Park', 'Sean Park'; 'Carnegie Hall', 'Ada Hall')
_SURNAME_TAILS = {"park", "hall", "house", "bank", "banks", "street", "church", "garden"}
# 'her husband, the hurler X', 'the cellist X': a doer's noun the role lists may lack
_AGENT_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|fellow)\s+(?:[a-z]+\s+)?[a-z]{3,}(?:er|ist|or|ian|ess)\s+$")
_CHILD_NAMED_BEFORE = re.compile(
    r"\b(?:son|daughter|baby|child|boy|girl|twins?)\s+(?:named|called)\s+$", re.I
)
_PERSONS_THING = re.compile(
    r"^[’']s\s+(?:[a-z-]+\s+)?(?:side|bedside|home|house|mansion|villa|apartment|flat|place|party|wedding|"
    r"birthday|funeral|memorial|show|concert|gig|premiere|table|invitation|request)\b"
)
_VENUE_PREPOSITIONS = {"at", "inside", "outside", "leaving", "left", "exiting"}


def _venue_with_its_city(name: str) -> bool:
    """'at Nobu Malibu', 'outside Catch Miami': a venue named with its city; no first name opens it."""
    words = name.split()
    town = is_place(words[-1]) or lookup_small_place(words[-1]) is not None
    return len(words) > 1 and town and first_name_gender(words[0]) is None


_ROMANCE_ARTICLES = {"Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Da", "Chez", "Casa", "Osteria",
                     "Trattoria", "Ristorante", "Taverna", "Brasserie", "Bistro", "Café", "Cafe"}  # fmt: skip

# A photographer credited in a caption, not a person in the story.
_PHOTO_CREDIT_BEFORE = re.compile(r"\b(?:photos?|pictures?|images?|photograph)\s+(?:by|:)\s*$", re.I)
_AGENCY_AFTER = re.compile(
    r"^\s*/\s*(?:Getty|WireImage|FilmMagic|Shutterstock|Backgrid|BACKGRID|AP\b|Reuters|"
    r"PA\b|Splash|Instagram|GC Images|Invision|Variety|Rex)"
)

_WORN = re.compile(
    r"\b(?:wore|wearing|wears|donned|donning|sported|sporting|dressed in|clad in|custom|vintage)\s+"
    r"(?:(?:a|an|her|his|custom|vintage|head-to-toe|archival)\s+)*$",
    re.I,
)
_GARMENTS = (
    r"dress|dresses|gown|gowns|suit|suits|tuxedo|bag|bags|handbag|clutch|tote|heels|shoes|boots|sneakers|"
    r"trainers|sandals|jewellery|jewelry|earrings|necklace|bracelet|ring|watch|sunglasses|jacket|coat|blazer|"
    r"top|skirt|trousers|jeans|jumpsuit|bikini|swimsuit|hat|cap|scarf|frock|creation|collection|campaign|outfit"
)
_GARMENT_AFTER = re.compile(rf"^\s+(?:[a-z-]+\s+)?(?:{_GARMENTS})\b")
_MADE_BY_BEFORE = re.compile(rf"\b(?:{_GARMENTS}|look|ensemble|number|design)s?\s+(?:by|from)\s+$", re.I)
_FACILITIES = {
    "hospital", "hotel", "restaurant", "club", "school", "university", "college", "theatre", "theater",
    "stadium", "arena", "church", "cathedral", "museum", "gallery", "bar", "cafe", "café", "airport",
    "station", "park", "street", "road", "avenue", "building", "centre", "center", "studios", "store",
    "shop", "boutique", "clinic", "palace", "castle", "chapel", "garden", "gardens", "hall", "ballroom",
}  # fmt: skip
_POSSESSIVE_DETS = {"his", "her", "their", "its", "my", "our", "your"}


def _right_after(adjacent, word: str) -> bool:
    """Whether the name follows ``word`` with nothing but space between."""
    return adjacent is not None and adjacent.group(1).lower() == word


def _possessed_modifier(prev: str, adjacent, next_tok) -> bool:
    """'his Oscar nomination', 'her Vogue cover': a name between a possessive and a noun."""
    return (
        prev in _POSSESSIVE_DETS
        and adjacent is not None
        and adjacent.group(1).lower() == prev
        and next_tok is not None
        and next_tok.text.islower()
        and next_tok.pos_ == "NOUN"
    )


_SOCIAL_VERBS = {
    "hug",
    "kiss",
    "embrace",
    "greet",
    "marry",
    "divorce",
    "date",
    "meet",
    "cuddle",
    "thank",
    "invite",
    "dine",
    "din",  # the parser's lemma for 'dined'
    "propose",
    "wed",
}


# A show, team or brand owns a named person directly; a person would have a role between
# ('Ken's girlfriend Ada Brenn').
_OWNS_A_PERSON = re.compile(r"^[’']s\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


def _show_star(s: NameSpan) -> bool:
    """'Towie's Gemma Lee', 'Love Island's Mia Kerr': a first and last name after a show's
    possessive is a person (a title after a person's possessive, 'Tom's Top Gun', is not)."""
    words = s.norm.split()
    return len(words) >= 2 and first_name_gender(words[0]) is not None


def _social_role(span) -> bool:
    """'hugged Nora Vell', 'kissed X': the one hugged or kissed is a person."""
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("dobj", "nsubj") and root.head.lemma_.lower() in _SOCIAL_VERBS


def _is_full_name(s: NameSpan, evs: list[dict], single_words: set[str]) -> bool:
    """A multi-word name is a person on evidence gathered over all its occurrences."""
    said = [e for e in evs if e["quoted"]]
    evs = [e for e in evs if not e["quoted"]] or []
    if not evs:  # named only inside a quote: a person when introduced by kin or role ('my sister Kim Lo')
        words = s.norm.split()
        return any(e["role"] and not e["negative"] for e in said) and first_name_gender(words[0]) is not None
    if 2 * sum(e["negative"] for e in evs) > len(evs):
        return False
    strong = any(e["age"] or e["role"] or e["speech"] or e["social"] for e in evs)
    if any(e["place"] or e["titled"] for e in evs) and not strong:
        return False  # named as a place or as a film, show or album once: not a person
    words = s.norm.split()
    if first_name_gender(words[0]) and any(e["propn"] or e["ner"] for e in evs):
        return True
    ner = sum(e["ner"] for e in evs)
    # journalists name a person in full, then by first name or surname alone
    propn = any(e["propn"] for e in evs)
    return strong or ner >= 2 or words[-1] in single_words or (propn and words[0] in single_words)


def _single_names(
    spans, evidence, people: dict[str, LocalPerson], characters: set[str], text: str
) -> list[str]:
    """Single-word people (Vantablu, Zendra, Oona) that are no part of a fuller name."""
    fulls = list(people.values())
    by_word: dict[str, list[dict]] = defaultdict(list)
    for s in spans:
        if len(s.norm.split()) == 1 and match_name(s.norm, fulls, {}) is None and s.norm not in characters:
            by_word[s.norm].append(evidence[s])
    out = []
    for word, evs in by_word.items():
        if 2 * sum(e["negative"] for e in evs) >= len(evs) or all(e["quoted"] for e in evs):
            continue
        plain = [e for e in evs if not e["quoted"]]
        strong = any(e["age"] or e["role"] or e["speech"] for e in plain)
        clean = [e for e in plain if not e["negative"]]
        ner = sum(e["ner"] and e["propn"] and not e["sentence_start"] for e in clean)
        ner += sum(e["ner"] and e["propn"] and e["sentence_start"] for e in clean) // 2
        if any(e["place"] for e in evs) and not strong:
            continue
        if all(e["sentence_start"] for e in plain) and not strong:
            continue  # "Filming ...": a capitalised first word is no evidence
        named_alone = not any(e["negative"] for e in evs) and any(
            e["ner"] and e["propn"] and not e["sentence_start"] for e in plain
        )
        if (
            strong
            or named_alone
            or (ner and first_name_gender(word))
            or ner >= 2
            or _coordinated_with_person(word, spans, people, text)
        ):
            out.append(word)
    return out


# What separates the names of a list: 'A, B and C' (not 'The Late Hour with A').
_LIST_GAP = re.compile(r"^\s*(?:,|&|and|,\s*and)\s*$")


def _coordinated_with_person(word: str, spans, people, text: str) -> bool:
    """'Mara Lind, Zendra, Tobias Venn': a word listed among people is one."""
    ordered = sorted(spans, key=lambda s: s.start)
    for i, s in enumerate(ordered):
        if s.norm != word:
            continue
        neighbours = ordered[max(0, i - 1) : i] + ordered[i + 1 : i + 2]
        for n in neighbours:
            between = text[s.end : n.start] if n.start > s.start else text[n.end : s.start]
            if n.norm in people and _LIST_GAP.match(between):
                return True
    return False


def _drop_subsumed(people: dict[str, LocalPerson]) -> dict[str, LocalPerson]:
    """'Ivo Brandl Light' and 'Ivo Brandl': keep the name that other names do not extend by junk."""
    names = list(people)
    keep = {}
    for n in names:
        longer = [m for m in names if m != n and m.startswith(n + " ")]
        if longer:
            for m in longer:
                people.pop(m, None)
        if n in people:
            keep[n] = people[n]
    return {n: p for n, p in keep.items() if n in people}
