"""How a couple's relation stands when one article tells it more than once: over when its years
end ('married from 2010 to 2018'), over when the sentence that names it also ends it ('split
from husband X'), and a marriage when the partners have since married."""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import RelationFact

_SPAN_OF_YEARS = re.compile(
    r"\b(?:was|were|had been)\s+(?P<state>married|engaged|together|dating)\b.*?"
    r"\b(?:from\s+\d{4}\s+(?:to|until|till)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4}"
    r"|until\s+(?:(?:early|late|mid-?)\s*)?\d{4}|until\s+(?:recently|last\s+(?:year|month|summer|spring|autumn|fall|winter))"
    r"|for\s+[\w-]+\s+(?:years?|months?|decades?)\s+(?:before|until)\s+(?:\w+\s+){0,3}?"
    r"(?:divorc\w*|split\w*|separat\w*|break-?up|broke up|annul\w*))",
    re.I,
)


def over_by_its_years(fact: RelationFact) -> RelationFact:
    """'X was married to Y from 2019 to 2023', 'was married to Y for 12 years before filing for
    divorce': a couple with an end is a former one. The ended state must be the fact's kind: in
    'X, who was married to Y from 2010 to 2018, is now dating Z', Z's romance goes on."""
    m = _SPAN_OF_YEARS.search(fact.evidence.text)
    if m is None or fact.predicate not in ("spouse_of", "partner_of"):
        return fact
    if (m.group("state").lower() == "married") != (fact.predicate == "spouse_of"):
        return fact
    return replace(fact, predicate="ex_" + fact.predicate)


def now_married(facts: list[RelationFact]) -> list[RelationFact]:
    """'has married his longtime partner, X', 'the couple have been together for 25 years': a
    partner the article says is now the spouse is told once, as the spouse."""
    married = {frozenset((f.subject, f.object)) for f in facts if f.predicate == "spouse_of"}
    return [
        f for f in facts if not (f.predicate == "partner_of" and frozenset((f.subject, f.object)) in married)
    ]


def ended_in_the_same_breath(facts: list[RelationFact]) -> list[RelationFact]:
    """'split from husband Lorne Gage': the kin word tells what the couple was, the verb that it
    is over. One sentence saying both gives one fact: the former kind (ex_spouse_of here)."""

    def where(f: RelationFact) -> tuple[frozenset, int]:
        return frozenset((f.subject, f.object)), f.evidence.start

    ended = {where(f) for f in facts if f.predicate.startswith("ex_")}
    state = {where(f): f for f in facts if f.predicate in ("spouse_of", "partner_of") and where(f) in ended}
    out: list[RelationFact] = []
    couple = ("spouse_of", "partner_of", "ex_spouse_of", "ex_partner_of")
    for f in facts:
        if where(f) not in state or f.predicate not in couple:
            out.append(f)
        elif f is state[where(f)]:
            out.append(replace(f, predicate="ex_" + f.predicate))
    # 'split from his ex-wife X', or 'Y's ex, X' in one sentence and 'X was married to Y until
    # 2022' in another: the ended marriage says more than the ended couple, anywhere in the article
    married = {where(f)[0] for f in out if f.predicate == "ex_spouse_of"}
    return [f for f in out if not (f.predicate == "ex_partner_of" and where(f)[0] in married)]
