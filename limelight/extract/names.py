"""Name-shaped spans in text, and what gender-guesser's first names say about a word.

Pure functions over strings: which capitalised runs could be a person's name (places are
``gazetteer.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .refdata import cached

# A name word: Title-case (with inner hyphen/apostrophe parts), an ALL-CAPS word, or an initial.
# A capitalised word: 'Quill', 'McAvoy' / 'DiCaprio' (inner capitals), "O'Dowd", 'Zeta-Jones',
# 'QUILL', initials 'J.T.', 'St.'; or a single capital.
_UP = "A-ZÀ-ÖØ-ÞĀĆČĎĒĚĞİŁŃŇŐŒŘŚŞŠŤŰŹŻŽ"  # 'Éamon', 'Ó Súilleabháin', 'Łucja', 'Šimon'
_LOW = "a-zà-öø-ÿā-žſ"
_WORD = (
    rf"(?:St\.(?= [A-Z])|[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)*(?:[-'’][A-Za-z{_LOW}{_UP}]+)*"
    rf"|[A-Z]['’][A-Z][{_LOW}]+|(?:[A-Z]\.){{2,3}}|[A-Z]{{2,}}|[{_UP}])"
)
_RUN = re.compile(rf"(?<![\w@#&]){_WORD}(?:[ ]{_WORD})*(?![\w@])")
_POSSESSIVE = re.compile(r"[’']s?$")

# Capitalised words that join or frame names in Title Case text but are never part of a name.
CONNECTORS = {
    "and",
    "at",
    "with",
    "of",
    "in",
    "on",
    "as",
    "is",
    "a",
    "an",
    "the",
    "for",
    "to",
    "from",
    "by",
    "or",
    "but",
    "after",
    "before",
    "her",
    "his",
    "their",
    "its",
    "our",
    "my",
    "your",
    "she",
    "he",
    "they",
    "we",
    "it",
    "i",
    "you",
    "me",
    "him",
    "them",
    "us",
    "this",
    "that",
    "these",
    "those",
    "who",
    "what",
    "when",
    "where",
    "why",
    "how",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
    "no",
    "yes",
    "so",
    "if",
    "then",
    "than",
    "all",
    "just",
    "also",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "st",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "credit",
    "photo",
    "pictured",
    "read",
    "more",
    "see",
    "inside",
    "exclusive",
    "watch",
    "video",
    "update",
    "breaking",
    "oh",
    "ok",
    "okay",
    "wow",
    "omg",
    "lol",
    "thank",
    "thanks",
    "happy",
    "dear",
    "love",
    "hi",
    "hey",
    "hello",
    "sooo",
    "soo",
}


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str  # as written, possessive dropped
    norm: str  # Title-cased form: "MIRA Quill" -> "Mira Quill"


def title_word(word: str) -> str:
    """ALL-CAPS words become Title case; others stay as written."""
    if len(word) > 1 and word.isupper() and "." not in word:  # not initials ('J.T.')
        return word[0] + word[1:].lower()
    return word


def name_spans(text: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    """Runs of capitalised words, split at connector words, possessives dropped; a first name
    and a surname with a particle between ('Ana de Armas', 'Tom van Berg') are one."""
    return _with_particles(text, _with_nicknames(text, _runs(text, start, end)))


_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "della",
    "dei",
    "degli",
    "delle",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "zu",
    "af",
    "du",
    "dos",
    "das",
    "la",
    "le",
}


def _with_nicknames(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """ "Nia 'Ni-Ni' Corvel": a first name, a nickname in quotes and a surname are one name."""
    out: list[NameSpan] = []
    i = 0
    while i < len(spans):
        s = spans[i]
        if i + 2 < len(spans) and first_name_gender(s.norm.split()[-1]) is not None:
            nick, last = spans[i + 1], spans[i + 2]
            opens = re.fullmatch(r"\s+['‘\"“]", text[s.end : nick.start])
            closes = re.fullmatch(r"['’\"”]\s+", text[nick.end : last.start])
            if opens and closes:
                out.append(NameSpan(s.start, last.end, text[s.start : last.end], f"{s.norm} {last.norm}"))
                i += 3
                continue
        out.append(s)
        i += 1
    return out


def _with_particles(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    out: list[NameSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        gap = text[prev.end : s.start] if prev else ""
        words = gap.split()
        if (
            prev is not None
            # 'Tom van Berg', and 'DJ Joost van Leer' (a role in front is taken off later)
            and first_name_gender(prev.norm.split()[-1]) is not None
            and 1 <= len(words) <= 2
            and all(w in _PARTICLES for w in words)
            and gap == " " + " ".join(words) + " "
        ):
            out[-1] = NameSpan(prev.start, s.end, text[prev.start : s.end], f"{prev.norm}{gap}{s.norm}")
            continue
        out.append(s)
    return out


def _runs(text: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    end = len(text) if end is None else end
    out: list[NameSpan] = []
    for m in _RUN.finditer(text, start, end):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        piece: list[tuple[int, str]] = []
        for i, (pos, word) in enumerate(words + [(-1, "")]):
            bare = _POSSESSIVE.sub("", word) if word else ""
            if not piece and _month_as_first_name(text, pos, bare, words[i + 1 : i + 2]):
                piece.append((pos, word))
                continue
            if not word or bare.lower() in CONNECTORS:
                out.extend(_piece_span(piece))
                piece = []
                continue
            piece.append((pos, word))
            if bare != word:  # a possessive ends the name
                out.extend(_piece_span(piece))
                piece = []
    return out


_MONTH_NAMES = {"april", "may", "june", "august"}
_BEFORE_A_MONTH = re.compile(
    r"\b(?:in|on|since|until|till|by|from|of|last|next|this|early|late|mid|through|during|before|after)\s+$",
    re.I,
)


def _month_as_first_name(text: str, pos: int, word: str, following: list[tuple[int, str]]) -> bool:
    """'June Carter', 'April Hale, 34': a month that starts a name, not one after a preposition
    ('In August Ada Brenn...') nor one before a number ('May 3')."""
    if word.lower() not in _MONTH_NAMES or not following:
        return False
    nxt = following[0][1]
    if not nxt[:1].isupper() or nxt.lower().rstrip(",.") in CONNECTORS:
        return False
    return not _BEFORE_A_MONTH.search(text[max(0, pos - 12) : pos])


def _piece_span(piece: list[tuple[int, str]]) -> list[NameSpan]:
    if not piece:
        return []
    # ALL-CAPS words stand in a name only before a Title-case word ("KEN Oduya") or alone.
    while len(piece) > 1 and piece[-1][1].isupper() and len(piece[-1][1]) > 1:
        piece = piece[:-1]
    start = piece[0][0]
    last_pos, last = piece[-1]
    bare = _POSSESSIVE.sub("", last)
    end = last_pos + len(bare)
    words = [w for _, w in piece[:-1]] + [bare]
    if not bare:
        return []
    text = " ".join(words)
    norm = " ".join(title_word(w) for w in words)
    return [NameSpan(start, end, text, norm)]


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as gender

    return cached("first-names", lambda: gender.Detector(case_sensitive=False))


# Names whose use has changed since the lists behind gender-guesser were drawn up: now mostly
# girls' names, or given to both.
_NAMES_NOW = {
    **dict.fromkeys(
        "harper marlowe sloane hadley everly addison madison mackenzie sydney billie".split(), "female"
    ),
    **dict.fromkeys(
        "avery riley quinn rowan emerson finley peyton reese blake sage remy hayden parker kendall "
        "kennedy ellis river phoenix skyler dakota frankie charlie".split(),
        "either",
    ),
}


def _without_accents(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=50_000)
def first_name_gender(word: str) -> str | None:
    """'female', 'male', 'either' for a known first name; None for a word that is not one.

    The US and Britain, where most English news is written, decide when their lists know the
    name ('Eli' is a man's name there, a woman's in Norway); elsewhere the worldwide answer."""
    if word.lower() in _NAMES_NOW:
        return _NAMES_NOW[word.lower()]
    detector = _gender_detector()
    g = detector.get_gender(word)
    if g == "unknown":
        plain = _without_accents(word)  # 'Ciarán', 'Zoë': the lists spell most names plainly
        return first_name_gender(plain) if plain != word else None
    local = [_LEANING.get(detector.get_gender(word, c)) for c in ("usa", "great_britain")]
    leanings = {x[0] for x in local if x}
    if len(leanings) > 1:
        return "either"  # 'Jordan': mostly a man in the US, mostly a woman in Britain
    if leanings:
        sure = any(x and x[1] for x in local)
        return leanings.pop() if sure else "either"
    return _LEANING.get(g, ("either", False))[0] if g in ("female", "male") else "either"


# gender-guesser's answer -> (gender, sure). Per country, 'andy' mostly means the list has no
# figure for the name there, so it says nothing.
_LEANING = {
    "female": ("female", True),
    "male": ("male", True),
    "mostly_female": ("female", False),
    "mostly_male": ("male", False),
}
