"""Relations between people: spouses, partners, exes, friends, parents and children, siblings.

From kinship phrases ("his ex-wife Marta Quell", "Nia's younger sister Greta", "their daughter
Ivy"), from verbs ("married to", "has been dating", "moved on with", "dated ... before their
split") and from friendship said of a pair ("the pair are just close friends"). Rumour and
speculation give nothing; metaphors with an article ("the sister I never had") give nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Evidence, QuoteFact, RelationFact
from ..nlp import doc_text
from .index import PeopleIndex
from .lexicon import PERSON_NOUNS
from .relation_lifetimes import ended_in_the_same_breath, now_married, over_by_its_years
from .relation_patterns import (
    CHILDS_PARENT_BEFORE,
    CO_PARENT,
    KIN,
    KIN_PHRASE,
    NOT_BEFORE,
    ONE_OF_FRIENDS,
    PAIR_STATE,
    PARENTS,
    REFUTED_BEFORE,
    RELATION_KIN,
    SHARE_CHILD,
    VERBAL,
)

# A child on the way with someone: the two are a couple (which kind the sentence does not say).
_EXPECTING_WITH = re.compile(
    r"\b(?:expecting|expects|having)\s+(?:(?:her|his|their)\s+)?(?:(?:first|second|third|fourth|fifth)\s+)?"
    r"(?:child|baby|twins)\s+(?:together\s+)?with\s+(?:(?:boyfriend|girlfriend|partner|husband|wife|fianc\w+)\s+)?"
    r"(?=[A-Z])"
    r"|\bpregnant\s+with\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*[’']s\s+(?:baby|child|twins)\b)"
)
SYMMETRIC = {"spouse_of", "ex_spouse_of", "partner_of", "ex_partner_of", "friend_of", "sibling_of"}
# ('romance' is speculation unless the pair made it public: 'went public with their romance')
_SPECULATION = re.compile(
    r"\b(?:speculat\w*|rumou?r\w*|wonder\w*|allegedly|reportedly|"
    r"(?<!went public with their )(?<!confirmed their )(?<!made official their )romance)\b",
    re.I,
)
_DENIED = re.compile(r"\bden(?:y|ies|ied|ying)\b|\bshut down\b|\bquashed\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer|n[’']t)\b", re.I)


def extract_relations(doc: Doc, people: PeopleIndex, quotes: list[QuoteFact], regions) -> list[RelationFact]:
    text = doc_text(doc)
    found: dict[tuple[str, str, str], RelationFact] = {}

    def add(subj: str | None, pred: str, obj: str | None, sent) -> None:
        if not subj or not obj or subj == obj:
            return
        if pred == "child_of":
            subj, pred, obj = obj, "parent_of", subj
        key = (subj, pred, obj)
        if pred in SYMMETRIC and (obj, pred, subj) in found:
            return  # 'X married Y' and 'the couple exchanged vows': one marriage
        if key not in found:
            found[key] = RelationFact(subj, pred, obj, Evidence.within(text, sent.start_char, sent.end_char))

    for sent in doc.sents:
        if _SPECULATION.search(sent.text):
            continue
        for m in KIN_PHRASE.finditer(text, sent.start_char, sent.end_char):
            _kin_relation(doc, people, quotes, regions, m, sent, add)
        for x in people.mentions:
            m = (
                _KIN_OF.match(text, x.end, sent.end_char)
                if sent.start_char <= x.start < sent.end_char
                else None
            )
            if m and x.kind == "name":
                owner = _name_at(people, m.end())
                pred = RELATION_KIN[m.group("kin")]
                if "former" in m.group(0) and pred in ("spouse_of", "partner_of"):
                    pred = "ex_" + pred
                add(owner, pred, x.key, sent)
        for pattern, pred in VERBAL:
            for m in pattern.finditer(text, sent.start_char, sent.end_char):
                if REFUTED_BEFORE.search(text, sent.start_char, m.start()) or NOT_BEFORE.search(
                    text, max(sent.start_char, m.start() - 30), m.start()
                ):
                    continue
                obj = _name_past_roles(text, people, _past_possessor(text, people, m.end()))
                subj = _subject(people, sent, m.start(), exclude=obj)
                add(subj, pred, obj, sent)
                if pred == "ex_partner_of" and obj is not None:  # 'has dated A, B and C'
                    for other in _listed_after(text, people, obj, m.end(), sent.end_char):
                        add(subj, pred, other, sent)
        for m in _EXPECTING_WITH.finditer(text, sent.start_char, sent.end_char):
            obj = _name_at(people, m.end())  # 'expecting her first child with X', 'pregnant with X's baby'
            add(_subject(people, sent, m.start(), exclude=obj), "partner_of", obj, sent)
        _pair_states(people, sent, regions, add)
        for m in ONE_OF_FRIENDS.finditer(text, sent.start_char, sent.end_char):
            owner = _name_at(people, m.start("owner"))
            add(_subject(people, sent, m.start(), exclude=owner), "friend_of", owner, sent)
        for m in PARENTS.finditer(text, sent.start_char, sent.end_char):
            children = _owners_of_possessive(text, people, m.start())
            for parent in _names_after(text, people, m.end(), sent.end_char)[:2]:
                for child in children:
                    add(parent, "parent_of", child, sent)
            if _names_after(text, people, m.end(), sent.end_char):
                _siblings(children, sent, add)  # 'Britt and Oskar's parents': a brother and sister
        for m in SHARE_CHILD.finditer(text, sent.start_char, sent.end_char):
            children = _names_after(text, people, m.end(), sent.end_char)
            if not children:
                _children_with_listed_after(text, people, sent, m, add)
            for parent in _parents(text, people, sent, m, children) if children else []:
                for child in children:
                    add(parent, "parent_of", child, sent)
            _siblings(children, sent, add)
    return now_married(ended_in_the_same_breath([over_by_its_years(f) for f in found.values()]))


def _siblings(children: list[str], sent, add) -> None:
    """Children listed together as someone's ('share daughters Ivy, 6, and Juno, 2') are siblings."""
    for i, a in enumerate(children):
        for b in children[i + 1 :]:
            add(a, "sibling_of", b, sent)


def _kin_relation(doc, people, quotes, regions, m, sent, add) -> None:
    det = m.group("det").strip().lower()
    if det in ("the", "a", "an"):
        return  # "the sister I never had": a figure of speech
    if m.group("gap").startswith(",") and CHILDS_PARENT_BEFORE.search(
        doc_text(doc), max(0, m.start() - 20), m.start()
    ):
        return  # 'the mother of his son, Lise Vold': she is the son's mother ('... son Leo': the son)
    kin = m.group("kin").lower()
    pred = RELATION_KIN[kin]
    if re.search(r"\b(?:former|estranged|one-?time|onetime|erstwhile)\b", m.group("mods")) and pred in (
        "spouse_of",
        "partner_of",
    ):
        pred = "ex_" + pred  # 'his former girlfriend X', 'her one-time fiancé X'
    named = _names_after(doc_text(doc), people, m.end(), sent.end_char)
    if not named:
        return
    if not det and kin in _PLURAL_KIN and len(named) >= 2:
        for i, a in enumerate(named):  # 'good friends X and Y', 'sisters X and Y'
            for b in named[i + 1 :]:
                add(a, _PLURAL_KIN[kin], b, sent)
        return
    owners = _owners(doc, people, quotes, regions, m, sent, det)
    for owner in owners:
        # a plural kin word lists them all: 'their friends X and Y', 'her sisters X and Y'
        for obj in named if pred == "parent_of" or kin in _PLURAL_KIN else named[:1]:
            add(owner, pred, obj, sent)
    if owners and (pred == "parent_of" or (pred == "sibling_of" and kin in _PLURAL_KIN)):
        _siblings(named, sent, add)


_PLURAL_KIN = {"friends": "friend_of", "pals": "friend_of", "sisters": "sibling_of", "brothers": "sibling_of",
               "siblings": "sibling_of", "twins": "sibling_of"}  # fmt: skip
# 'X, a close friend of Y', 'X is the daughter of Y': Y's kin is X.
_KIN_OF = re.compile(
    rf"(?:,\s*\d{{1,3}},?)?"  # 'Lunde, 29, is the daughter of'
    rf"(?:,\s+|\s+(?:is|was|are|were)\s+)(?:the|a|an)\s+(?:(?:close|longtime|long-time|old|best|good|"
    rf"eldest|youngest|younger|older|only|former)\s+)*(?P<kin>{KIN})\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}(?=[A-Z])"
)


def _names_after(text: str, people: PeopleIndex, pos: int, limit: int) -> list[str]:
    """The person named at ``pos`` and, for 'daughters Sorrel, 5, and Elsie, 3', those listed
    right after it (an age, a comma or 'and' between: 'son Leo and husband Max' lists one)."""
    out: list[str] = []
    first = next((m for m in people.mentions if m.kind == "name" and pos <= m.start < pos + 2), None)
    if first is None:
        return out
    out.append(first.key)
    end = first.end
    for m in sorted(people.mentions, key=lambda m: m.start):
        if m.kind == "name" and end <= m.start < limit and _LIST_GAP.match(text, end, m.start):
            if m.key not in out:
                out.append(m.key)
            end = m.end
    return out


_LIST_GAP = re.compile(r"(?:,\s*\d{1,2})?\s*(?:,\s*)?(?:(?:and|&)\s+)?$")


_POSSESSED = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])")


def _past_possessor(text: str, people: PeopleIndex, pos: int) -> int:
    """'dated Ben's longtime collaborator Piet Hagen': the one dated is the name after the
    possessive (-1, no one, when no name follows)."""
    named = next((m for m in people.mentions if m.kind == "name" and pos <= m.start < pos + 2), None)
    if named is None or not text.startswith(("'s", "’s"), named.end):
        return pos
    after = _POSSESSED.match(text, named.end)
    return after.end() if after else -1


# 'dated Dutch DJ X', 'married Oscar-winning actor X': capitalised words of who the person is
_ROLE_WORD = re.compile(r"[A-Z]{2,}|[A-Z][a-z]+(?:ish|ian|an|ese|ch|i)|[A-Z][\w]*-[a-z][\w-]*")


def _name_past_roles(text: str, people: PeopleIndex, pos: int) -> str | None:
    """The person named at ``pos``, or right after a few capitalised words saying who they are."""
    found = _name_at(people, pos)
    if found or pos < 0:
        return found
    at = pos
    for _ in range(3):
        word = re.match(r"(\S+)\s+", text[at : at + 40])
        if word is None or not (_ROLE_WORD.fullmatch(word.group(1)) or word.group(1).lower() in PERSON_NOUNS):
            return None
        at += word.end()
        found = _name_at(people, at)
        if found:
            return found
    return None


def _listed_after(text: str, people: PeopleIndex, first: str, pos: int, end: int) -> list[str]:
    """The names listed after ``first`` ('A, B and C'), when the list closes the clause."""
    names = _names_after(
        text, people, next((m.start for m in people.mentions if m.key == first and m.start >= pos), pos), end
    )
    if len(names) < 2:
        return []
    last = max(
        (m for m in people.mentions if m.key == names[-1] and pos <= m.start < end), key=lambda m: m.start
    )
    return names[1:] if re.match(r"\s*(?:[.;,!?]|$)", text[last.end : end]) else []


def _name_at(people: PeopleIndex, pos: int) -> str | None:
    if pos < 0:
        return None
    for m in people.mentions:
        if m.kind == "name" and pos <= m.start < pos + 2:
            return m.key
    return None


def _owners(doc, people: PeopleIndex, quotes, regions, m, sent, det: str) -> list[str]:
    start = m.start()
    if det == "my":
        q = next((q for q in quotes if q.evidence.start <= start < q.evidence.end), None)
        return [q.speaker] if q and q.speaker else []
    if det in ("his", "her"):
        pron = [x for x in people.mentions if x.start == start]
        return [pron[0].key] if pron else []
    if det == "their":
        return _pair_before(people, sent, start)
    if m.group("det").strip().startswith(("’", "'")):
        before = [x for x in people.mentions if x.end <= start and start - x.end <= 2]
        if not before and _COUPLE_BEFORE.search(doc_text(doc), max(0, start - 20), start):
            return _pair_before(people, sent, start)  # 'the couple's youngest son, Rafe': both
        return [before[-1].key] if before else []
    subj = _subject(people, sent, start, exclude=_name_at(people, m.end()))
    return [subj] if subj else []


def _owners_of_possessive(text: str, people: PeopleIndex, pos: int) -> list[str]:
    """The name ending at ``pos`` (before "'s"), with the one joined to it by 'and' ('Britt and
    Oskar's parents' are both's)."""
    names = [x for x in people.mentions if x.kind == "name" and x.end <= pos and pos - x.end <= 1]
    if not names:
        return []
    last = names[-1]
    joined = [
        x
        for x in people.mentions
        if x.kind == "name" and re.fullmatch(r"\s+(?:and|&)\s+", text[x.end : last.start])
    ]
    return [last.key] + [x.key for x in joined[-1:] if x.key != last.key]


_COUPLE_BEFORE = re.compile(r"\b(?:couple|pair|duo|newlyweds)$", re.I)


def _subject(people: PeopleIndex, sent, pos: int, exclude: str | None) -> str | None:
    """The first person the sentence names before ``pos`` (usually its subject)."""
    for x in people.mentions:
        if sent.start_char <= x.start < pos and x.key != exclude:
            return x.key
    return None


def _parents(text: str, people: PeopleIndex, sent, m, children: list[str]) -> list[str]:
    """'X shares a son, Leo, with Y': X and Y; 'the pair share a son': the two last named."""
    listed = [x for x in people.mentions if x.key == children[-1] and x.start >= m.end()]
    last = min(listed, key=lambda x: x.start)
    other = CO_PARENT.match(text, last.end, sent.end_char)
    subject = _subject(people, sent, m.start(), exclude=None)
    co_parent = _name_at(people, other.end()) if other else None
    if subject and co_parent and co_parent != subject:
        return [subject, co_parent]
    return _pair_before(people, sent, m.start())


# 'has two children with Kessler, 46: son Arlo, 6, and daughter Sorrel, 3'
_WITH_THEN_COLON = re.compile(r"with\s+(?=[A-Z])")
_AFTER_CO_PARENT = re.compile(r"(?:,\s*\d{1,3})?\s*[:—–-]\s*")
_CHILD_GAP = re.compile(
    r"(?:,\s*\d{1,2})?,?\s*(?:(?:and|&)\s+)?(?:(?:son|daughter|twins?|stepson|stepdaughter)\s+)?$"
)


def _children_with_listed_after(text: str, people: PeopleIndex, sent, m, add) -> None:
    """'X has two children with Y, 46: son A, 6, and daughter B, 3': X and Y are both parents of
    the children listed after the colon (who are siblings)."""
    w = _WITH_THEN_COLON.match(text, m.end(), sent.end_char)
    co = next((x for x in people.mentions if x.kind == "name" and w and x.start == w.end()), None)
    colon = _AFTER_CO_PARENT.match(text, co.end, sent.end_char) if co else None
    parent = _subject(people, sent, m.start(), exclude=co.key if co else None)
    if not (co and colon and parent):
        return
    children, end = [], colon.end()
    for x in sorted(people.mentions, key=lambda x: x.start):
        if x.kind == "name" and end <= x.start < sent.end_char and _CHILD_GAP.match(text, end, x.start):
            if x.key not in children:
                children.append(x.key)
            end = x.end
    for child in children:
        add(parent, "parent_of", child, sent)
        add(co.key, "parent_of", child, sent)
    _siblings(children, sent, add)


def _pair_before(people: PeopleIndex, sent, pos: int, skip: set[str] = frozenset()) -> list[str]:
    """'their daughter', 'the pair share a son': the two people last named together."""
    keys: list[str] = []
    for x in reversed([x for x in people.mentions if x.start < pos]):
        if x.key not in keys and x.key not in skip:
            keys.append(x.key)
        if len(keys) == 2:
            break
    return keys


# 'introduced by mutual friend X', 'who met through X', 'set up by X': someone who brought a pair
# together, not one of the pair
_GO_BETWEEN = re.compile(
    r"\b(?:by|through|via|thanks to)\s+(?:(?:their|a|an|the|mutual|friend|pal)\s+)*$", re.I
)
_WHO_ASIDE = re.compile(r",\s*(?:who|whom|whose)\b[^,]*,")


def _go_betweens(people: PeopleIndex, sent, pos: int) -> set[str]:
    """People a state clause is not about: a matchmaker ('introduced by mutual friend X') and
    anyone in a who-aside that ends before the clause ("The pair, who met at X's party, are...")."""
    text = doc_text(sent.doc)
    asides = [
        (sent.start_char + a.start(), sent.start_char + a.end())
        for a in _WHO_ASIDE.finditer(sent.text)
        if sent.start_char + a.end() <= pos
    ]
    out: set[str] = set()
    for x in people.mentions:
        if not sent.start_char <= x.start < pos or x.kind == "pronoun":
            continue
        if _GO_BETWEEN.search(text[max(sent.start_char, x.start - 40) : x.start]) or any(
            a <= x.start < b for a, b in asides
        ):
            out.add(x.key)
    return out


def _pair_states(people: PeopleIndex, sent, regions, add) -> None:
    """'the pair are just close friends', 'Brenner and Tosh have been married since 2017'."""
    text = sent.text
    for pattern, pred in PAIR_STATE:
        m = pattern.search(text)
        if not m or _NEGATED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if pred.startswith("ex_") and _DENIED.search(text[: m.start()]):
            continue  # "denied that they had split"
        if REFUTED_BEFORE.search(text[: m.start()]):
            continue  # 'are said to be an item', 'insiders say the pair are dating'

        # a pattern that needs the pair's names in its match says where the state begins ('at')
        pos = sent.start_char + (m.start("at") if "at" in pattern.groupindex else m.start())
        aside = _go_betweens(people, sent, pos)
        keys = list(
            dict.fromkeys(
                x.key
                for x in people.mentions
                if sent.start_char <= x.start < pos and x.kind != "pronoun" and x.key not in aside
            )
        )
        if len(keys) < 2:
            keys = _pair_before(people, sent, pos, aside)
        if len(keys) == 2:
            add(keys[0], pred, keys[1], sent)
