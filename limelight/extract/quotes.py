"""Direct quotations: where they are, who said them, and where (Instagram caption, interview...).

Titles of songs and films in quotation marks are not quotes; a paragraph that reopens the
quotation marks continues the previous speaker; "a source said" gives an unnamed speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Document, Evidence, QuoteFact
from .index import PeopleIndex
from .lexicon import ANONYMOUS_SPEAKERS, WORK_NOUNS
from .quote_media import medium_of, platform_told_before, setting_before
from .quote_words import SPEECH_LEMMAS, anonymous

_SPEECH = (
    r"(?:said|says|told|tells|wrote|writes|added|adds|captioned|penned|replied|posted|shared|explained|"
    r"insisted|revealed|admitted|gushed|joked|tweeted|declared|recalled|continued|commented|"
    r"confirmed|announced|laughed|quipped|according to|called|informed|stated|noted|went on|"
    # more of the verbs entertainment news reports speech with ('"I'm fine," she assured fans')
    r"assured|reassured|teased|hinted|confessed|mused|raved|warned|vowed|promised|claimed|boasted|"
    r"(?:hit|shot|fired) back|whispered|sighed|begged|pleaded|urged|responded|asked|"
    # '"It was lovely," Renn said, before Quell chimed in: "..."': the later verb's subject speaks
    r"chimed in|interjected|agreed|disagreed|echoed|reflected|stressed|emphasi[sz]ed|acknowledged)"
)
# "”, Benn, 50, captioned": up to five words before the speech verb, an age set off by commas
# '", Quell, who turned 30 last week, told': a relative clause may sit between name and verb;
# '" — Quell, 30, wrote': an em-dash may set off the attribution as a comma does
_AFTER_ATTRIBUTION = re.compile(
    rf"^[\s,.!?—–]*((?:[\w’'@-]+,?\s+){{0,5}}?)(?:who\b[^,“”\"]{{0,60}},\s+)?{_SPEECH}\b", re.I
)
_ACCORDING_TO = re.compile(r"^[\s,]*according to\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")


def _is_title(inner: str, before: str) -> bool:
    words = re.findall(r"[\w’'&-]+", inner)
    if not words or len(words) > 7:
        return False
    prev = re.findall(r"([\w-]+)\W*$", before)
    if prev and prev[0].lower() in WORK_NOUNS:
        return True
    significant = [w for w in words if len(w) > 3 or w[0].isupper()]
    title_case = all(w[0].isupper() or w.isdigit() for w in significant)
    return title_case and not re.search(r"[.!?]$", inner.strip()) and len(words) <= 5


def extract_quotes(
    document: Document, doc: Doc, people: PeopleIndex, regions: list[tuple[int, int]]
) -> list[QuoteFact]:
    text = document.text
    quotes: list[QuoteFact] = []
    last: QuoteFact | None = None
    last_para_end = -1
    for start, end in regions:
        inner = text[start:end].strip()
        block = document.block_at(start)
        if not inner or block is None:
            continue
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        before = text[para_start : start - 1]
        after = text[end + 1 : para_end]
        headline = block.kind == "headline"
        if (
            _is_title(inner, before)
            and not _AFTER_ATTRIBUTION.match(after[:60])
            and not _SAYS_COLON.search(before)
        ):
            # a headline quotes words in title case too ("X: 'Never Been Happier'"), but a
            # title is what opens or runs through one ("'Harbour Glass' premieres in Paris")
            said = before.rstrip().endswith(":") or after.lstrip().startswith(":")
            if not headline or not (said or _HEADLINE_SAYS.search(before)):
                continue
        continuing = last is not None and not before.strip() and _follows(text, last_para_end, para_start)
        lead_in = _lead_in(text, para_start) if not before.strip() and not continuing else None
        if lead_in is not None:
            before = lead_in[1]
        speaker, context = _speaker(document, doc, people, start, end, before, after, headline, lead_in)
        if (
            speaker is not _UNKNOWN
            and _ADDED.match(after)
            and last is not None
            and _follows(text, last_para_end, para_start, same_ok=True)
        ):
            speaker = last.speaker
        if speaker is _UNKNOWN:
            speaker = last.speaker if continuing and last else None
            medium = last.medium if continuing and last else None
        else:
            medium = (
                medium_of(context)
                or platform_told_before(text, context, para_start, text[para_start : start - 1])
                or setting_before(text[para_start : start - 1])
                or _tail_medium(inner, after)
            )
        fact = QuoteFact(
            speaker=speaker, text=inner, evidence=_sentence_evidence(doc, text, start, end), medium=medium
        )
        quotes.append(fact)
        last, last_para_end = fact, para_end
    return quotes


_UNKNOWN = object()
# '"...," her husband said': not the woman 'her' names but the husband, whom the article names
# as 'her husband Ivo Renn' or 'her husband, Ivo Renn' (nobody named if it never does)
_KIN = {"husband", "wife", "mother", "father", "mom", "mum", "dad", "sister", "brother", "daughter", "son"}
_KIN |= {"boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "partner", "co-star"}
_KIN_SPEAKER = re.compile(rf"(?:her|his|their)\s+({'|'.join(sorted(_KIN))})", re.I)


def _named_as(text: str, people: PeopleIndex, noun: str, before: int) -> str | None:
    """The person last introduced by a kin noun before `before` ('her husband, Ivo Renn')."""
    found = None
    name = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    for m in re.finditer(rf"\b(?i:{re.escape(noun)}),?\s+{name}", text[:before]):
        key = people.key_at(m.start(1), m.end(1))
        found = key or found
    return found


def _tail_medium(inner: str, after: str) -> str | None:
    """'Quell called Renn "the love of my life" in an Instagram post.': a quote inside a sentence
    that goes on names the medium after it."""
    if re.search(r"[.!?]$", inner.strip()) or re.match(r"\s*[.!?]", after):
        return None
    return medium_of(re.split(r"[.!?]", after, maxsplit=1)[0])


# 'Renn wrote: "Proud of you," alongside a photo': words after a speech verb and a colon are said,
# however short and capitalised, never a title
_SAYS_COLON = re.compile(rf"\b{_SPEECH}\b[^.!?“”\"]{{0,40}}:\s*$", re.I)
_SOMEONES_AIDE = re.compile(
    r"\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}[’']s\s+(?:[a-z]+\s+)?(?:rep|reps|representative|spokesperson|"
    r"spokesman|spokeswoman|publicist|lawyer|attorney|agent|manager|source|friend|pal|insider|team)\b"
)
_GROUP_SPEAKER = re.compile(r"\b(?:the\s+(?:couple|pair|duo|two|band|group|family)|they|both)\s*$", re.I)


_ADDED = re.compile(r"^[\s,.!?]*(?:she|he|they)\s+(?:added|continued|went on)\b", re.I)


_LONG_ANONYMOUS = re.compile(rf"^[\s,.!?]*(?:a|an|the|one)\s+[^.!?“”\"]{{0,60}}?\b{_SPEECH}\b", re.I)


def _follows(text: str, prev_end: int, para_start: int, same_ok: bool = False) -> bool:
    """Is this paragraph the next one after the previous quote's paragraph (or the same one)?"""
    if same_ok and prev_end >= para_start:
        return True
    return prev_end >= 0 and text[prev_end:para_start].strip() == ""


def _lead_in(text: str, para_start: int) -> tuple[int, str] | None:
    """'She penned a lengthy caption:' on the paragraph before a quote that opens its own."""
    prev_end = para_start - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    line = text[prev_start:prev_end]
    if line.rstrip().endswith(":"):
        return prev_start, line
    return None


def _speaker(document, doc, people: PeopleIndex, start, end, before, after, headline, lead_in=None):
    """(speaker key or None or _UNKNOWN, the attribution text)."""
    if headline:
        return _headline_speaker(document, people, start, before), before
    m = _ACCORDING_TO.match(after)
    if m:
        return people.key_at(end + 1 + m.start(1), end + 1 + m.end(1)), after[: m.end()]
    m = _AFTER_ATTRIBUTION.match(after[:80])
    if m and re.match(r"\s*:", after[m.end() :]):
        m = None  # '"Friends." Renn disagreed: "..."': a verb and a colon lead into the next quote
    if m:
        a0 = end + 1 + m.start(1)
        a1 = end + 1 + m.end()
        if anonymous(after[: m.end()]) or _GROUP_SPEAKER.search(m.group(1)):
            return None, after[:80]  # 'a source said', 'the couple said in a joint statement'
        kin = _KIN_SPEAKER.fullmatch(m.group(1).strip())
        if kin:
            return _named_as(document.text, people, kin.group(1), start), after[:80]
        text = document.text
        owned = {m.key for m in people.mentions_in(a0, a1) if re.match(r"[’']s\b", text[m.end : m.end + 3])}
        keys = [k for k in people.keys_in(a0, a1) if k not in owned]  # "Lind's mother, Ruth Lind, told"
        if not keys and (_SOMEONES_AIDE.match(document.text, a1) or _SOMEONES_AIDE.match(m.group(1))):
            # "said Vale's rep" or "Vale's friend told the Sun": the rep's words, not Vale's
            return None, after[:80]
        keys = keys or people.keys_in(a1, a1 + 2, ("name",))  # or 'said Lorne'
        if keys:
            return keys[0], after[:80]
        if not m.group(1).strip() and anonymous(re.split(r"[.!?]", after[m.end() :], maxsplit=1)[0]):
            return None, after[:80]  # 'said a source close to the couple'
    sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    long_anonymous = _LONG_ANONYMOUS.match(sentence)
    if long_anonymous and anonymous(long_anonymous.group(0)):
        # '"...," a source close to the star told Us Weekly': longer than the five words the
        # named attribution allows, but an unnamed source's words all the same
        return None, sentence
    m = _CAPTION_READS_AFTER.match(after)
    if m:  # '"My forever," reads the caption on Quell's latest post': the poster's words
        sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
        keys = people.keys_in(end + 1, end + 1 + len(sentence), ("name",))
        return (keys[0] if keys else _poster_before(doc, people, start - 1 - len(before))), sentence
    clause = _clause_before(before)
    if clause.strip():
        c1 = lead_in[0] + len(lead_in[1]) if lead_in else start - 1
        c0 = c1 - len(clause)
        if _CAPTION_READS_BEFORE.search(clause):  # 'She shared a photo. The caption read: "..."'
            return _poster_before(doc, people, c0), clause
        found, key = _speech_subject(doc, people, c0, c1)
        if found:
            return key, clause
        source = _according_to_before(people, clause, c0)
        if source is not _UNKNOWN:
            return source, clause
        key, is_subject = _subject_key(doc, people, c0, c1)
        if key and is_subject:
            return key, clause
        if anonymous(clause):
            return None, clause
        if key:
            return key, clause
    return _UNKNOWN, before


# A caption that 'reads' or 'read' is written by whoever posted it, named in the sentence or before
_CAPTION_READS_AFTER = re.compile(
    r"^[\s,.!?]*(?:reads|read)\s+(?:the|her|his|their)\s+(?:\w+\s+)?caption\b", re.I
)
_CAPTION_READS_BEFORE = re.compile(r"\bcaption\s+(?:read|reads|said|says)\s*:?\s*$", re.I)


def _poster_before(doc: Doc, people: PeopleIndex, at: int) -> str | None:
    """Who posted, as the subject of the text before `at` in its paragraph or the one before."""
    text = doc.text
    p0 = text.rfind("\n", 0, at) + 1
    if not text[p0:at].strip():
        p0 = text.rfind("\n", 0, max(0, p0 - 1)) + 1
    key, is_subject = _subject_key(doc, people, p0, at)
    return key if is_subject else None


# 'According to a source, the star is "thrilled"': the words are the source's, whoever they describe
_ACCORDING_LEAD = re.compile(r"\baccording to\s+([^,;:]{1,60}?)\s*,", re.I)


def _according_to_before(people: PeopleIndex, clause: str, c0: int):
    """The speaker an 'according to' lead-in names (None for an unnamed source), else _UNKNOWN."""
    m = _ACCORDING_LEAD.search(clause)
    if not m:
        return _UNKNOWN
    keys = people.keys_in(c0 + m.start(1), c0 + m.end(1), ("name",))
    if keys:
        return keys[0]
    return None if anonymous(m.group(0)) else _UNKNOWN


def _headline_speaker(document, people: PeopleIndex, start: int, before: str) -> str | None:
    """Who says a headline's quote: the one before its speech verb ('... As She Says It Was'),
    else the first person the headline names."""
    m = _HEADLINE_SAYS.search(before)
    if m:
        at = start - 1 - len(before) + m.start(1)
        key = people.key_at(at, at + len(m.group(1)))
        if key:
            return key
    keys = people.keys_in(document.blocks[0].start, document.blocks[0].end, ("name",))
    return keys[0] if keys else None


_HEADLINE_SAYS = re.compile(rf"([\w’'-]+)\s+{_SPEECH}\b[^“”\"‘]{{0,30}}$", re.I)


def _clause_before(before: str) -> str:
    """The sentence that leads into the quote ('A source said: '). An outlet's '!' ('told E! News',
    'OK! magazine', 'Yahoo! Life') does not end a sentence."""
    # a sentence may end inside a quote ('Quell told People: "Friends." Renn disagreed: "..."')
    parts = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"’']))\s+(?=[A-Z“\"])", before)
    while len(parts) > 1 and _BRAND_BANG.search(parts[-2]):
        parts[-2:] = [parts[-2] + " " + parts[-1]]
    return parts[-1] if parts else before


_BRAND_BANG = re.compile(r"\b(?:[A-Z]{1,2}|Yahoo|Hello)!$")  # E! News, OK!, Yahoo!, Hello!


def _speech_subject(doc: Doc, people: PeopleIndex, start: int, end: int) -> tuple[bool, str | None]:
    """Who does the saying in 'X told the crowd that ...' or 'a fan tweet that said ...':
    (found a speech verb with a subject, the speaker's key or None for someone unnamed)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, None
    verbs = [t for t in span if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"]
    if not verbs:
        return False, None
    verb = verbs[-1]
    while True:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
    if not subj:
        return False, None
    s = subj[0]
    if s.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        s = verb.head  # "a fan tweet that said": the tweet's author
    key = people.key_at(s.idx, s.idx + len(s))
    if key:
        return True, key
    if s.lower_ in _KIN and any(c.lower_ in ("her", "his", "their") for c in s.children):
        return True, _named_as(doc.text, people, s.lower_, s.idx)  # 'Her husband said:'
    if s.lemma_.lower() in ANONYMOUS_SPEAKERS or s.lemma_.lower() in _UNSIGNED | _SPOKESPEOPLE:
        return True, None  # "a source", "Otto's rep", "a fan tweet": nobody the article names
    return False, None


# "Quell's team said in a statement": those who speak for a star, not the star
_SPOKESPEOPLE = {"team", "lawyer", "lawyers", "attorney", "agent", "manager", "management", "camp", "label"}
# 'a shirt that said "Not Today."': words printed on a thing are nobody's
_UNSIGNED = {"tweet", "post", "comment", "message", "statement", "sign", "banner", "account", "caption"}
_UNSIGNED |= {"shirt", "t-shirt", "sweatshirt", "hoodie", "jacket", "hat", "cap", "placard", "cake", "mug"}


def _subject_key(doc: Doc, people: PeopleIndex, start: int, end: int) -> tuple[str | None, bool]:
    mentions = people.mentions_in(start, end)
    subjects = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
        ):
            subjects.append(m.key)
    if subjects:
        return subjects[-1], True
    return (mentions[0].key if mentions else None), False


def _sentence_evidence(doc: Doc, text: str, start: int, end: int) -> Evidence:
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return Evidence(text[para_start:para_end], para_start, para_end)
