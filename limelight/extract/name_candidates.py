"""Which capitalised runs of an article could be people's names, before any evidence is weighed.

Spans per block, with leading words that are no part of a name trimmed ('While Ossia', 'DJ
Ossian Rudd'), shapes no name has dropped (contractions, holidays), and a Title Case headline's
runs kept only where the body confirms them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Document
from .lexicon import KIN_WORDS, PERSON_NOUNS
from .names import CONNECTORS, NameSpan, first_name_gender, name_spans

HONORIFICS = {"lady", "sir", "dame", "lord", "princess", "prince", "queen", "king", "duke", "duchess",
              "countess", "earl", "baroness", "baron"}  # fmt: skip


_COURTESY_TITLES = {"sir", "dame", "dr", "mr", "mrs", "ms", "miss", "mx"}


def is_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8


def candidate_spans(document: Document, doc: Doc) -> list[NameSpan]:
    """Name-shaped spans of every block; a Title Case headline's only where the body confirms them."""
    out: list[NameSpan] = []
    titled: list[NameSpan] = []
    for block in document.blocks:
        spans = [trim_leading(s, doc) for s in name_spans(document.text, block.start, block.end)]
        spans = [s for s in spans if s is not None and _shape_ok(s) and not _names_a_day(document.text, s)]
        if block.kind == "headline" and is_title_case(document.text[block.start : block.end]):
            titled.extend(spans)  # Title Case capitalises every word: only names the body confirms
        else:
            out.extend(spans)
    body_words = {w for s in out for w in s.norm.split()}
    body = " ".join(document.text[b.start : b.end] for b in document.blocks if b.kind != "headline")
    for s in titled:
        words = s.norm.split()
        for n in range(min(3, len(words)), 1, -1):
            if words[n - 1] in body_words and words[0] in body_words | {w.split()[0] for w in body_words}:
                out.append(_prefix(s, n))
                break
        else:
            if len(words) >= 2 and words[0] in body_words and _surname_in_headline(words, body):
                out.append(_prefix(s, 2))
    return out


def _surname_in_headline(words: list[str], body: str) -> bool:
    """'Tessa Quill And Bo Hendry Spotted...' over a body that says only 'Tessa' and 'Bo': a known
    first name, then a word the body never uses as an ordinary one ('Spotted' it would)."""
    first, second = words[0], words[1]
    if first_name_gender(first) is None or not second[:1].isupper() or second.lower() in CONNECTORS:
        return False
    if re.search(r"(?:ed|ing|ly|s)$", second) or second.lower() in PERSON_NOUNS:
        return False
    return not re.search(rf"\b{re.escape(second.lower())}\b", body)


_DAY_AFTER = re.compile(r"^(?:[’']s)?\s+(?:Day|Eve)\b")


def _names_a_day(text: str, s: NameSpan) -> bool:
    """'Valentine's Day', 'St Patrick's Day', 'Boxing Day': a holiday, not a person."""
    return bool(_DAY_AFTER.match(text[s.end : s.end + 8]))


def _prefix(s: NameSpan, n: int) -> NameSpan:
    words = s.text.split()[:n]
    text = " ".join(words)
    return NameSpan(s.start, s.start + len(text), text, " ".join(s.norm.split()[:n]))


_HYPHENED_ADJECTIVE = re.compile(
    r"-[a-z]*(?:born|bred|based|raised|ed|ing|ish|time|year|old|style|like|esque)$"
)


def _plural_role(low: str) -> bool:
    if not low.endswith("s") or first_name_gender(low.capitalize()):
        return False
    return any(w in PERSON_NOUNS or w in KIN_WORDS for w in (low[:-1], low[:-2]))


def trim_leading(s: NameSpan, doc: Doc) -> NameSpan | None:
    """Drop capitalised words in front of a name that are not part of it: sentence-initial
    words ('While Ossia'), roles ('DJ Ossian Rudd'), nationalities and '-born' adjectives."""
    words = s.text.split()
    norms = s.norm.split()
    pos = s.start
    while len(words) > 1:
        tok = doc.char_span(pos, pos + len(words[0]), alignment_mode="expand")
        first = tok[0] if tok is not None and len(tok) else None
        low = words[0].lower()
        if low.rstrip(".") in _COURTESY_TITLES and len(words) >= 3:
            pos += len(words[0]) + 1  # 'Sir Tom Vale', 'Dr. Ada Brenn': the name is the rest
            words, norms = words[1:], norms[1:]
            continue
        if low in HONORIFICS:
            break  # 'Lady Mira', 'Prince Edmund': the title is part of how they are named
        drop = (
            low in PERSON_NOUNS
            or low in KIN_WORDS  # "BFF Nora Vance"
            or _plural_role(low)  # "Exes Nora Vance and Ken Oduya reunite"
            or bool(_HYPHENED_ADJECTIVE.search(words[0]))  # "Age-defying", "Dublin-born" (not "Min-ji")
            or (
                first is not None
                and (first.ent_type_ in ("NORP", "DATE") or first.pos_ not in ("PROPN", "X"))
            )
            and not first_name_gender(words[0])
        )
        if not drop:
            break
        pos += len(words[0]) + 1
        words, norms = words[1:], norms[1:]
    if pos == s.start:
        return s
    return NameSpan(pos, s.end, " ".join(words), " ".join(norms))


def all_spans(document: Document) -> list[NameSpan]:
    """Every name-shaped span of the whole text, untrimmed (for spotting fictional characters)."""
    return [s for s in name_spans(document.text) if _shape_ok(s)]


_CONTRACTION = re.compile(r"[’'](?:re|m|ve|ll|d|t)$")  # "We're", "I'm", "Don't": no name


def _shape_ok(s: NameSpan) -> bool:
    words = s.norm.split()
    if any(_CONTRACTION.search(w) for w in words):
        return False
    if len(words) > 4 or any(len(w) == 1 for w in words[:-1]):
        return False
    return not (len(words) == 1 and len(words[0]) < 2)
