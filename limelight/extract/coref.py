"""Within one article: which person a pronoun ("she") or a descriptor ("the 44-year-old crooner") means.

Salience rules in the spirit of centering: a descriptor that opens a sentence means the previous
sentence's subject; one in object position means someone other than this sentence's subject; a
pronoun means the nearest earlier person of a compatible gender. Role nouns stick to the person
they were first used for ("the singer" stays the singer), and gendered nouns must agree.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..models import Document
from ..nlp import doc_text
from .index import PRONOUNS, Mention, PeopleIndex
from .lexicon import FEMALE_NOUNS, KIN_WORDS, MALE_NOUNS, PERSON_NOUNS
from .pronoun_syntax import clause_subject_keys, coordinated_owner, gender_ok, possessor_is_subject

_AGE_NOUN = re.compile(r"^\d{1,3}-year-old$")


def resolve_references(index: PeopleIndex, document: Document, doc: Doc, in_quote) -> None:
    """Add pronoun and descriptor mentions to ``index`` (mentions inside quotes are left alone)."""
    names_by_sent: dict[int, list[Mention]] = {}
    for m in index.mentions:
        names_by_sent.setdefault(m.sent, []).append(m)
    bindings: dict[str, str] = {}  # role noun -> person key, from resolved descriptors
    prenominal: dict[str, str] = {}  # role noun -> person key, from "pop singer Nora Vell"
    _bind_prenominal_roles(index, doc, prenominal)
    present = _present_people(names_by_sent, doc) - _introduced_as_children(index, doc)
    history: list[list[Mention]] = []  # per sentence, resolved mentions in order
    subjects: list[str | None] = []
    for si, sent in enumerate(doc.sents):
        current = sorted(names_by_sent.get(si, []), key=lambda m: m.start)
        resolved: list[Mention] = []
        for tok in sent:
            if in_quote(tok.idx) or document.block_at(tok.idx) is None:
                continue
            named = [m for m in current if m.start <= tok.idx < m.end]
            if named:
                resolved.append(named[0])
                continue
            low = tok.lower_
            if low in PRONOUNS and tok.pos_ in ("PRON", "DET"):
                own_subject = clause_subject_keys(index, tok)
                key = (
                    coordinated_owner(index, tok, PRONOUNS[low], resolved)
                    or possessor_is_subject(index, tok, PRONOUNS[low], resolved)
                    or _resolve_pronoun(
                        index,
                        PRONOUNS[low],
                        [m for m in resolved if m.key not in own_subject],
                        history,
                        subjects,
                    )
                )
                if key:
                    m = Mention(tok.idx, tok.idx + len(tok), key, "pronoun", si)
                    index.mentions.append(m)
                    resolved.append(m)
            elif _is_descriptor_head(tok):
                chunk = _noun_phrase(tok)
                if index.keys_in(chunk.start_char, chunk.end_char, ("name",)):
                    continue
                if _name_right_after(index, chunk):
                    continue  # "X's husband, the producer Y": Y's own role, not a mention of X
                key = _resolve_descriptor(
                    index, tok, resolved, history, subjects, bindings, prenominal, present
                )
                if key:
                    m = Mention(chunk.start_char, chunk.end_char, key, "descriptor", si)
                    index.mentions.append(m)
                    resolved.append(m)
                    _remember_descriptor(index, key, chunk, tok, bindings)
        if resolved:  # sentences that name nobody (quotes, asides) do not push people out of reach
            history.append(resolved)
            subjects.append(_subject_of(resolved, doc, sent))


# 'has never met her idol X', 'hopes to work with X one day': X is not in the story's scene.
_ABSENT = re.compile(r"\b(?:never|hopes? to|hoping to|would love to|dreams? of|wants? to)\b", re.I)


def _name_right_after(index: PeopleIndex, chunk: Span) -> bool:
    text = doc_text(chunk.doc)
    after = chunk.end_char + len(text[chunk.end_char :]) - len(text[chunk.end_char :].lstrip(" "))
    return after > chunk.end_char and any(m.start == after and m.kind == "name" for m in index.mentions)


def _present_people(names_by_sent: dict[int, list[Mention]], doc: Doc) -> set[str]:
    """People named at least once outside a sentence of absence or wishes."""
    present: set[str] = set()
    for si, sent in enumerate(doc.sents):
        if si in names_by_sent and not _ABSENT.search(sent.text):
            present.update(m.key for m in names_by_sent[si])
    return present


# 'who welcomed daughter Sunny', 'her baby boy, Otis': a child named after its kin word
_CHILD_BEFORE = re.compile(
    r"\b(?:son|sons|daughter|daughters|baby|babies|child|children|twins?|newborn|grandson|granddaughter|"
    r"boy|girl)\s*,?\s*$",
    re.I,
)


def _introduced_as_children(index: PeopleIndex, doc: Doc) -> set[str]:
    """People first named as someone's child: a new role noun ('the star', 'the singer') is never
    the baby just announced, however recent (they are left out of the 'not yet described' pick)."""
    first: dict[str, Mention] = {}
    for m in sorted(index.mentions, key=lambda m: m.start):
        if m.kind == "name":
            first.setdefault(m.key, m)
    text = doc_text(doc)
    return {k for k, m in first.items() if _CHILD_BEFORE.search(text[max(0, m.start - 20) : m.start])}


def _is_descriptor_head(tok) -> bool:
    if _age_as_noun(tok):
        return _phrase_start(tok) is not None
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return False
    if tok.dep_ == "poss" and not _possessive_after(tok):
        return False
    if tok.lower_ not in PERSON_NOUNS and not _AGE_NOUN.match(tok.text) and not _aged_agent_noun(tok):
        return False
    if (
        tok.text[:1].isupper()
        and tok.i > 0
        and tok.nbor(-1).text[:1].isupper()
        and tok.nbor(-1).lower_ != "the"
    ):
        return False  # 'told the Daily Star': a paper's name, not 'the star'
    return _phrase_start(tok) is not None


def _possessive_after(tok) -> bool:
    """'The Emmy winner's mother': a role noun that owns something is still a person."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("'s", "’s")


def _age_as_noun(tok) -> bool:
    """'the 41-year-old told Glamour': the tokenizer splits the age, whose last word heads it."""
    if tok.lower_ != "old" or tok.i < 4 or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return False
    return bool(_AGE_NOUN.match(tok.doc[tok.i - 4 : tok.i + 1].text))


def _aged_agent_noun(tok) -> bool:
    """'the restaurateur, 45,': a noun shaped like a person's trade, given an age, is a person
    even when no word list knows it."""
    # Doc.text joins every token on each call: read the few tokens that follow instead
    after = (tok.whitespace_ + tok.doc[tok.i + 1 : tok.i + 9].text_with_ws)[:8]
    return bool(_AGENT_SUFFIX.search(tok.lower_) and _AGE_APPOSITION.match(after))


_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|eur|ian|man|woman|ess)$")
_AGE_APPOSITION = re.compile(r",\s*\d{1,2}\s*,")
_QUOTE_MARKS = ("'", "‘", "’", '"', "“", "”")


def _phrase_start(tok):
    """'The Top Gun: Maverick icon', 'the 44-year-old country crooner': walk left to 'the'."""
    i = tok.i - 1
    while i >= 0 and tok.i - i <= 8:
        t = tok.doc[i]
        if t.lower_ == "the":
            return t
        # "The As It Was hitmaker", "the Love and Thunder director": a title's words
        in_title = (t.is_title and not t.is_sent_start) or (
            t.lower_ in ("and", "of", "&", "in", "on", "for") and i > 0 and tok.doc[i - 1].is_title
        )
        participle = t.pos_ == "VERB" and t.tag_ in ("VBG", "VBN")  # 'Oscar-winning', 'Grammy-nominated'
        # "The 'Glass Hearts' hitmaker": the parser may tag a title's closing quote as a possessive
        title_quote = t.text in _QUOTE_MARKS
        if t.text in (",", ".", ";", "(", ")", "—") or not (
            in_title or participle or title_quote or t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "PUNCT", "ADV")
        ):
            return None
        i -= 1
    return None


def _noun_phrase(tok) -> Span:
    end = tok.i + 1
    rest = tok.doc[end : end + 4]
    if len(rest) == 4 and [t.text for t in rest[:3]] == ["-", "of", "-"]:
        end += 4  # 'the mother-of-two', 'the dad-of-three': the hyphenated whole
    elif len(rest) >= 2 and rest[0].lower_ == "of" and rest[1].lower_ in _HOW_MANY:
        end += 2  # 'the mother of three', unhyphenated
    return tok.doc[_phrase_start(tok).i : end]


_HOW_MANY = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def _candidates(resolved: list[Mention], history, subjects, depth: int = 3) -> list[str]:
    """Same-sentence mentions (nearest first), then earlier subjects, then other earlier mentions."""
    out: list[str] = []
    for m in reversed(resolved):
        if m.key not in out:
            out.append(m.key)
    for back in range(1, depth + 1):
        if len(history) < back:
            break
        subj = subjects[-back]
        if subj and subj not in out:
            out.append(subj)
        for m in history[-back]:
            if m.key not in out:
                out.append(m.key)
    return out


def _resolve_pronoun(index, gender, resolved, history, subjects) -> str | None:
    """The nearest compatible person; nearby, someone known to be of that gender beats an unknown."""
    near = _candidates(resolved, history, subjects, depth=1)
    sure = [k for k in near if index.gender.get(k) == gender]
    if sure:
        return sure[0]
    for key in _candidates(resolved, history, subjects):
        if gender_ok(index, key, gender):
            return key
    return None


def _resolve_descriptor(index, tok, resolved, history, subjects, bindings, prenominal, present) -> str | None:
    head = tok.lower_
    gender = "female" if head in FEMALE_NOUNS else "male" if head in MALE_NOUNS else None
    in_sentence = [m.key for m in resolved]
    dep = tok.dep_
    if dep == "appos" or (dep in ("relcl", "acl") and tok.head.pos_ == "PROPN"):
        owner = index.key_at(tok.head.idx, tok.head.idx + len(tok.head))
        if owner:  # "Pell, 34, the Cork-born DJ": the name it stands beside
            return owner
        dep = tok.head.dep_  # "The Top Gun: Maverick icon" hangs off 'Gun' as its apposition
    if dep in ("nsubj", "nsubjpass") and resolved:
        # "... hugged Nora on set, where the singer performed": the nearest non-subject person
        pool = [m.key for m in reversed(resolved) if m.key != resolved[0].key]
        pool += [k for k in _candidates([], history, subjects) if k not in pool]
    elif dep in ("nsubj", "nsubjpass"):
        pool = []
        for back in range(1, 4):
            if len(history) >= back:
                if subjects[-back] and subjects[-back] not in pool:
                    pool.append(subjects[-back])
                pool.extend(m.key for m in history[-back] if m.key not in pool)
    else:
        # an object descriptor is not its own sentence's subject; a possessor nearby ('her show ...
        # snuggled up to the singer') is the likeliest, then the people of the sentences before
        subj = {m.key for m in resolved if _mention_dep(tok.doc, m) in ("nsubj", "nsubjpass")}
        pool = [m.key for m in reversed(resolved) if m.key not in subj and _mention_dep(tok.doc, m) == "poss"]
        # 'X, who split from his wife Y, shares a son with the actress': Y, told in the aside
        pool += [
            m.key
            for m in reversed(resolved)
            if m.key not in subj
            and m.key not in pool
            and (_in_aside(tok.doc, m) or _kin_introduced(tok.doc, m))
        ]
        pool += [k for k in _candidates([], history, subjects) if k not in subj and k not in pool]
        pool += [
            k for k in in_sentence if k not in pool and k not in subj and dep not in ("dobj", "pobj", "appos")
        ]
    pool = [k for k in pool if gender_ok(index, k, gender)]
    if tok.dep_ == "conj":  # 'the actress, 41, and the restaurateur, 45': two people, not one
        pool = [k for k in pool if k != index.key_at(tok.head.idx, tok.head.idx + len(tok.head))]
    if not pool:
        return None
    bound = prenominal.get(head)
    if bound in pool:
        return bound
    # a new role noun ("the singer" after "the A-list star") prefers someone not yet described
    recent = {m.key for m in resolved} | {m.key for m in (history[-1] if history else [])}
    unbound = [k for k in pool if k not in bindings.values() and k in present and k in recent]
    if dep in ("nsubj", "nsubjpass") and head not in bindings and unbound and pool[0] in bindings.values():
        return unbound[0]
    return pool[0]


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<kin>[\w-]+)(?:\s+of\s+[\w-]+\s+years?)?,?\s*$", re.I
)


def _kin_introduced(doc: Doc, m: Mention) -> bool:
    """Whether a name comes right after a kin phrase of the subject ('his wife of eight years, Y')."""
    hit = _KIN_BEFORE.search(doc_text(doc)[max(0, m.start - 50) : m.start])
    return hit is not None and hit.group("kin").lower() in KIN_WORDS


def _in_aside(doc: Doc, m: Mention) -> bool:
    """Whether a mention sits in a who/which clause ('X, who split from Y last year, ...')."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    node = span.root if span is not None else None
    while node is not None and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _mention_dep(doc: Doc, m: Mention) -> str:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root.dep_ if span is not None else ""


def _remember_descriptor(index, key, chunk: Span, tok, bindings) -> None:
    bindings.setdefault(tok.lower_, key)
    if index.gender.get(key) is None:  # 'the bride' tells what her first name did not
        head = tok.lower_
        index.gender[key] = "female" if head in FEMALE_NOUNS else "male" if head in MALE_NOUNS else None
    desc = re.sub(r"^(?:the|The)\s+", "", chunk.text)
    desc = re.sub(r"\b\d{1,3}\s*-\s*year\s*-\s*old\s*", "", desc).strip(" ,")
    p = index.person(key)
    if desc and desc not in p.descriptors:
        p.descriptors.append(desc)


def _bind_prenominal_roles(index: PeopleIndex, doc: Doc, bindings: dict[str, str]) -> None:
    """'pop singer Nora Vell', 'the Cork-born DJ Ossian Rudd': a role noun before a name."""
    for m in [m for m in index.mentions if m.kind == "name"]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        i = span.start - 1
        words = []
        while i >= 0 and _role_word(doc[i]):
            if doc[i].ent_type_ == "PERSON" or index.key_at(doc[i].idx, doc[i].idx + 1):
                break
            words.insert(0, doc[i])
            i -= 1
            if len(words) >= 4:
                break
        while words and words[-1].lower_ not in PERSON_NOUNS:
            words.pop()
        if not words:
            continue
        head = words[-1].lower_
        bindings.setdefault(head, m.key)
        desc = doc[words[0].i : words[-1].i + 1].text
        p = index.person(m.key)
        if desc not in p.descriptors:
            p.descriptors.append(desc)


def _role_word(tok) -> bool:
    """A word of a role before a name ('Dublin-born DJ'); a finite verb ('dated model X') is not."""
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return True  # the hyphen inside 'Dublin-born'
    if tok.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB") or tok.is_alpha is False:
        return False
    if tok.pos_ == "VERB" and any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # 'is now dating chef X': a verb with its auxiliary, not 'rising star X'
    if tok.tag_ == "VBN" and not (tok.i > 0 and tok.doc[tok.i - 1].text == "-"):
        return False  # 'previously dated NFL star X' (but 'Dublin-born')
    return tok.tag_ not in ("VBD", "VBZ", "VBP", "MD")


def _subject_of(resolved: list[Mention], doc: Doc, sent: Span) -> str | None:
    for m in resolved:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span):
            return m.key
        if span is not None and span.root.head.dep_ in ("nsubj", "nsubjpass") and span.root.dep_ == "poss":
            continue
    return resolved[0].key if resolved else None
