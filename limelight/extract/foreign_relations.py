"""Relations in Spanish and French articles: kin and partner nouns ('su hermana X', 'le fils de
X'), marriages ('está casada con'), and couples told with a verb ('est en couple avec')."""

from __future__ import annotations

import re

from ..models import RelationFact
from . import lexicon_foreign as lx
from .foreign_text import ForeignText, Ref

# Couples told with a verb ('X mantiene una relación con Y', 'X est en couple avec Y', 'X y Y se
# divorciaron'): (pattern after X, predicate). The partner is named right after the pattern.
_DEF_NC = r"(?:(?:el|la|le|al|del|du|au|las|los)\s+|[ld]['’])"
_TO = rf"\s+(?:(?:con|à|avec)\s+{_DEF_NC}?|au\s+)(?:(?:{lx._ROLE}){lx._ADJ}{{0,2}}\s+)?(?=(?-i:[{lx.CAP}]))"
_FROM = rf"\s+(?:(?:de|del|du)\s+{_DEF_NC}?|d['’])(?:(?:{lx._ROLE}){lx._ADJ}{{0,2}}\s+)?(?=(?-i:[{lx.CAP}]))"
_SINCE = r"(?:\s+(?:desde|depuis)\s+(?:hace\s+)?[\w ]{1,20}?)?"
COUPLE_VERBS = [
    (
        lx._c(
            rf"{lx._AGE_GAP}\s+(?:mantiene una relación(?: sentimental)?|está saliendo|vive un romance|"
            r"(?:está|es) (?:comprometid[oa]|prometid[oa])|se comprometió|comparte su vida|"
            r"est en couple|vit une (?:belle )?(?:histoire d['’]amour|idylle)|file le parfait amour|"
            rf"(?:est|s['’]est) fiancée?|a refait sa vie){_SINCE}{_TO}"
        ),
        "partner_of",
    ),
    (lx._c(rf"{lx._AGE_GAP}\s+partage(?:ait)? la vie{_FROM}"), "partner_of"),
    # 'X, en couple avec Y depuis 2020', 'X, que sale con Y desde 2020'
    (lx._c(rf"\s*,\s*(?:en couple|(?:que|quien) sale){_TO}"), "partner_of"),
    (lx._c(rf"{lx._AGE_GAP}\s+(?:partage|comparte)\s+(?:\w+\s+)?(?:sa vie|su vida){_TO}"), "partner_of"),
    (lx._c(rf"{lx._AGE_GAP}\s+(?:ya no está casad[oa]|n['’]est plus mariée?){_TO}"), "ex_spouse_of"),
    (lx._c(rf"{lx._AGE_GAP}\s+(?:ya no está|n['’]est plus(?: en couple)?){_TO}"), "ex_partner_of"),
    # 'X a épousé Y', 'X, casada con Y', 'X, mariée depuis 2010 à Y'
    (
        lx._c(
            rf"\s+(?:a|avait) épousé\s+{_DEF_NC}?(?:(?:{lx._ROLE}){lx._ADJ}{{0,2}}\s+)?(?=(?-i:[{lx.CAP}]))"
        ),
        "spouse_of",
    ),
    (lx._c(rf"\s*,\s*(?:casad[oa]|mariée?){_SINCE}{_TO}"), "spouse_of"),
    # 'X, qui a été en couple avec Y', 'X, que fue pareja de Y': over
    (
        lx._c(
            rf"\s*,\s*(?:que|qui|quien)\s+(?:a été en couple|a partagé la vie|fue (?:pareja|novi[oa]))"
            rf"(?:{_TO}|{_FROM})"
        ),
        "ex_partner_of",
    ),
    (
        lx._c(rf"{lx._AGE_GAP}\s+(?:se divorció|está divorciad[oa]|a divorcé|est divorcée?){_SINCE}{_FROM}"),
        "ex_spouse_of",
    ),
    (
        lx._c(
            rf"{lx._AGE_GAP}\s+(?:rompió|a rompu){_TO}|{lx._AGE_GAP}\s+(?:se separó|s['’]est séparée?){_FROM}"
        ),
        "ex_partner_of",
    ),
]
AND_NAME = lx._c(rf"\s+(?:y|e|et)\s+(?:{_DEF_NC}?(?:{lx._ROLE}){lx._ADJ}{{0,2}}\s+)?(?=(?-i:[{lx.CAP}]))")
PARENTS_OF = lx._c(
    r"\s*,?\s+(?:(?:son|sont)\s+)?(?:los\s+|les\s+|orgullosos\s+|fiers\s+)?(?:padres|parents)\s+(?:de\s+|del\s+|du\s+|d['’])"
    rf"(?:(?:la|le|el|los|las)\s+)?(?:(?:{lx._KIN}|{lx._ROLE})\s+)?(?=(?-i:[{lx.CAP}]))"
)
PAIR_VERBS = [
    (
        lx._c(
            r"\s+(?:mantienen una relación|son pareja|están juntos desde|se comprometieron|"
            r"sont en couple|forment un couple|sont ensemble depuis|se sont fiancés)\b"
        ),
        "partner_of",
    ),
    (
        lx._c(r"\s+(?:se casaron|están casados|se sont mariés|sont mariés|se (?:dieron|dan) el\b)"),
        "spouse_of",
    ),
    # 'X y Y, que mantuvieron un breve romance en 2019': a romance in the past
    (
        lx._c(
            r"\s*,?\s+(?:que\s+|qui\s+)?(?:mantuvieron|vivieron|tuvieron|ont vécu|ont eu)\s+"
            r"una?\s+(?:breve\s+|brève\s+|fugaz\s+)?(?:romance|relación|idilio|noviazgo|histoire|idylle|liaison)\b"
        ),
        "ex_partner_of",
    ),
    (lx._c(r"\s+(?:son|sont) (?:herman[oa]s|sœurs|soeurs|frères|frère et sœur)\b"), "sibling_of"),
    (lx._c(r"\s+(?:son|sont) (?:(?:grandes|buenas|muy) )?(?:amig[oa]s|ami(?:e)?s)\b"), "friend_of"),
    (lx._c(r"\s+(?:se divorciaron|ont divorcé|sont divorcés)\b"), "ex_spouse_of"),
    (lx._c(r"\s+(?:se separaron|rompieron|se sont séparés|ont rompu)\b"), "ex_partner_of"),
    # no longer: 'ya no son pareja', 'ne sont plus en couple', 'qui ont été mariés dix ans'
    (
        lx._c(r"\s+(?:ya no (?:son pareja|están juntos)|ne sont plus (?:en couple|ensemble))\b"),
        "ex_partner_of",
    ),
    (
        lx._c(
            r"(?:\s*,\s*(?:que|qui))?\s+(?:ya no están casados|ne sont plus mariés|ont été mariés|"
            r"estuvieron casados|étaient mariés)\b"
        ),
        "ex_spouse_of",
    ),
]

# "La pareja, que confirmó su relación en otoño", "Le couple, ensemble depuis 2021": the couple just
# named, and what they are to each other.
_COUPLE = (
    r"\b(?:la pareja|le couple|los novios|les amoureux|les tourtereaux|los enamorados)(?!\s+de\b)\s*,?\s*"
)
COUPLE_STATUS = [
    (
        lx._c(
            _COUPLE + r"(?:(?:que|qui)\s+)?(?:(?:ha |a )?(?:confirmó|confirmado|officialisé|confirmé)"
            r" (?:su|sa|leur) (?:relación|romance|noviazgo|relation|idylle|histoire)|"
            r"ensemble depuis|juntos desde|en couple depuis|novios desde|fiancés depuis|"
            r"(?:comprometidos|prometidos) desde|se comprometió|s['’]est fiancé)"
        ),
        "partner_of",
    ),
    (
        lx._c(
            _COUPLE + r"(?:(?:que|qui)\s+)?(?:casados desde|mariés depuis|se casó|s['’]est marié|"
            r"está casada desde|(?:lleva|llevan)\s+[\w ]{1,20}?\s+casados)"
        ),
        "spouse_of",
    ),
    (
        lx._c(_COUPLE + r"(?:(?:que|qui)\s+)?(?:se divorció|a divorcé|divorcés depuis|divorciados desde)"),
        "ex_spouse_of",
    ),
    (
        lx._c(
            _COUPLE + r"(?:(?:que|qui)\s+)?(?:rompió|se separó|s['’]est séparé|séparés depuis|"
            r"separados desde|a rompu)"
        ),
        "ex_partner_of",
    ),
]
# 'sa rupture avec X', "sa séparation d'avec X", 'su divorcio de X': the possessor's ex
BREAKUP = lx._c(
    r"\b(?:su|sa|son)\s+(?:(?:reciente|récente|dolorosa|douloureuse)\s+)?"
    r"(?P<noun>ruptura|separación|rupture|séparation|divorcio|divorce)\s+"
    rf"(?:con|de|avec|d['’]avec|del|du)\s+{_DEF_NC}?(?:(?:{lx._ROLE}){lx._ADJ}{{0,2}}\s+)?(?=(?-i:[{lx.CAP}]))"
)
_NOT_COUPLE_KIN = {"parent_of", "child_of", "sibling_of", "friend_of"}


def _couple_named(t: ForeignText, before: int) -> tuple[str, str] | None:
    """The two people the nearest earlier sentence names, leaving out one named only as someone's
    child, parent, sibling or friend ('de su hija, Alba X'); none when it names more than two."""
    for s, e in reversed([(s, min(e, before)) for s, e in t.sents if s < before]):
        kin = {
            r.start
            for m in lx.KIN_POSS.finditer(t.text, s, e)
            if lx.KIN_NOUNS[m.group("kin").lower()] in _NOT_COUPLE_KIN
            for r in t.refs_in(m.end(), m.end() + 1)
        }
        owners = {r.start for r in t.refs_in(s, e) if _possessed(t, r)}
        keys = list(
            dict.fromkeys(r.key for r in t.refs_in(s, e) if r.kind == "name" and r.start not in kin | owners)
        )
        if len(keys) >= 2:
            return (keys[0], keys[1]) if len(keys) == 2 else None
    return None


def _possessed(t: ForeignText, r: Ref) -> bool:
    """'la hermana de |X': X owns the noun."""
    return bool(lx.POSSESSOR.search(t.text[max(0, r.start - 40) : r.start]))


def extract_relations(t: ForeignText) -> list[RelationFact]:
    """'su hermana X' / 'son mari, le chef X', 'X, la hermana menor de Y' / 'X est le frère de Y',
    and 'X está casada con Y' / 'X était marié à Y'."""
    text, found = t.text, {}

    def add(subj: str | None, pred: str, obj: str | None, pos: int) -> None:
        if subj and obj and subj != obj:
            if pred == "child_of":
                subj, pred, obj = obj, "parent_of", subj
            found.setdefault((subj, pred, obj), RelationFact(subj, pred, obj, t.evidence(pos)))

    for s, e in t.sents:
        if lx.SPECULATION.search(text, s, e):
            continue
        for m in lx.KIN_POSS.finditer(text, s, e):
            named = [r for r in t.refs_in(m.end(), m.end() + 1) if r.kind == "name"]
            owner = _possessor_of(t, s, m.start())
            if named and owner and not t.quoted(m.start()):
                add(owner, lx.KIN_NOUNS[m.group("kin").lower()], named[0].key, m.start())
        for m in BREAKUP.finditer(text, s, e):
            ex = [r for r in t.refs_in(m.end(), m.end() + 1) if r.kind == "name"]
            owner = _possessor_of(t, s, m.start())
            if ex and owner and not t.quoted(m.start()):
                divorce = m.group("noun").lower() in ("divorcio", "divorce")
                add(owner, "ex_spouse_of" if divorce else "ex_partner_of", ex[0].key, m.start())
        for pattern, pred in COUPLE_STATUS:
            for m in pattern.finditer(text, s, e):
                couple = _couple_named(t, m.start()) if not t.quoted(m.start()) else None
                if couple:
                    add(couple[0], pred, couple[1], m.start())
        for m in lx.KIN_OF_THEN_NAMED.finditer(text, s, e):
            owner, kin = _owner_then_kin(t, m.end(), e)
            if owner and not t.quoted(m.start()):
                add(owner, lx.KIN_NOUNS[m.group("kin").lower()], kin, m.start())
        for r in [*_pronoun_subject(t, s, e), *t.refs_in(s, e)]:
            m = lx.KIN_OF.match(text, r.end, e) or lx.KIN_IS_OF.match(text, r.end, e)
            owner = t.refs_in(m.end(), m.end() + 1) if m else []
            if m and owner:
                pred = lx.KIN_NOUNS[m.group("kin").lower()]
                add(owner[0].key, pred, r.key, r.start)
                # 'hija de Jon X y Ana Y': both parents own the noun
                second = _and_name(t, owner[0], e) if pred in ("child_of", "parent_of") else None
                if second:
                    add(second.key, pred, r.key, r.start)
            married = ((lx.MARRIED_NOW, "spouse_of"), (lx.MARRIED_BEFORE, "ex_spouse_of"))
            for pattern, pred in (*married, *COUPLE_VERBS):
                m = pattern.match(text, r.end, e)
                spouse = t.refs_in(m.end(), m.end() + 1) if m else []
                if spouse and not t.quoted(r.start):
                    add(r.key, pred, spouse[0].key, r.start)
            _pair(t, r, e, add)
    # a married couple is no more 'partners' ('son époux ...', 'le couple, ensemble depuis 2021')
    stronger = {"partner_of": "spouse_of", "ex_partner_of": "ex_spouse_of"}
    pairs = {(k[1], frozenset((k[0], k[2]))) for k in found}
    return [f for (a, pred, b), f in found.items() if (stronger.get(pred), frozenset((a, b))) not in pairs]


_PRONOUN = lx._c(r"\W*(?P<p>il|elle|él|ella)\b")


def _pronoun_subject(t: ForeignText, s: int, e: int) -> list[Ref]:
    """'Il a été marié à X', 'Ella es hija de X': a sentence opening on a pronoun speaks of the
    subject of the sentence before (its first person who fits the pronoun and owns no noun)."""
    m = _PRONOUN.match(t.text, s, e)
    if not m or t.quoted(m.start("p")):
        return []
    gender = "male" if m.group("p").lower() in ("il", "él") else "female"
    for s0, e0 in reversed([x for x in t.sents if x[1] <= s][-2:]):
        fits = [
            r for r in t.refs_in(s0, e0) if t.genders.get(r.key) in (None, gender) and not _possessed(t, r)
        ]
        if fits:
            return [Ref(m.start("p"), m.end("p"), fits[0].key, "pronoun")]
    return []


def _and_name(t: ForeignText, r: Ref, end: int) -> Ref | None:
    """The person named right after 'X y' / 'X et'."""
    m = AND_NAME.match(t.text, r.end, end)
    return next((o for o in t.refs_in(m.end(), m.end() + 1) if o.kind == "name"), None) if m else None


def _pair(t: ForeignText, r: Ref, end: int, add) -> None:
    """'X y Y se divorciaron', 'X et le chanteur Y sont en couple': a couple named as the subject;
    'X y Y, padres de Z': both are Z's parents."""
    other = _and_name(t, r, end)
    if other is None or t.quoted(r.start):
        return
    for pattern, pred in PAIR_VERBS:
        if pattern.match(t.text, other.end, end):
            add(r.key, pred, other.key, r.start)
    m = PARENTS_OF.match(t.text, other.end, end)
    child = next((c for c in t.refs_in(m.end(), m.end() + 1) if c.kind == "name"), None) if m else None
    if child:
        add(r.key, "parent_of", child.key, r.start)
        add(other.key, "parent_of", child.key, r.start)


def _owner_then_kin(t: ForeignText, pos: int, end: int) -> tuple[str | None, str | None]:
    """'la sœur de |Camille, Inès Arnaud': the owner named at ``pos``, then the kin right after."""
    owner = next((r for r in t.refs_in(pos, pos + 1) if r.kind == "name"), None)
    gap = re.match(r"\s*,\s*", t.text[owner.end : end]) if owner else None
    if gap is None:
        return None, None
    at = owner.end + gap.end()
    kin = next((r for r in t.refs_in(at, at + 1) if r.kind == "name" and r.start == at), None)
    return (owner.key, kin.key) if kin else (None, None)


def _possessor_of(t: ForeignText, sent_start: int, pos: int) -> str | None:
    """Whose 'su' / 'son': the last person named before it in the sentence, else the one person
    of the nearest earlier sentence that names anybody (two or more there: nobody can tell).
    One already named as someone's kin ('por su madre, Pilar X, y por su hermano') owns nothing:
    the possessives of a list share one owner."""
    kin = {
        r.start
        for m in lx.KIN_POSS.finditer(t.text, sent_start, pos)
        for r in t.refs_in(m.end(), m.end() + 1)
    }
    here = [r for r in t.refs_in(sent_start, pos) if r.start not in kin]
    if here:
        return here[-1].key
    for s, e in reversed([x for x in t.sents if x[1] <= sent_start]):
        keys = {r.key for r in t.refs_in(s, e)}
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None
