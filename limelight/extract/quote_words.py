"""The words of attribution: which verbs report speech, and who is an unnamed source
('a source close to the star', 'someone close to Quell', 'a Quell insider')."""

from __future__ import annotations

import re

from .lexicon import ANONYMOUS_SPEAKERS

# Unnamed sources the word list alone misses: 'a person familiar with the matter', 'someone close
# to Quell', 'sources told', 'per a source', and a name used as an adjective ('a Quell insider')
_UNNAMED_SOURCE = re.compile(
    r"(?i:\b(?:someone|somebody|a person|people|those|one person)\s+"
    r"(?:close to|familiar with|near to|who knows)\b)|"
    r"(?i:\bsources\s+(?:told|tell|said|say|says|claim|claimed|revealed)\b|\bper\s+(?:a|an|one)\s+\w+)|"
    r"\b(?i:a|an|one)\s+(?:[A-Z][\w’'-]+\s+){1,2}(?:family\s+)?(?:insider|source|pal|friend|confidant)\b",
)


def anonymous(context: str) -> bool:
    if _UNNAMED_SOURCE.search(context):
        return True
    words = re.findall(r"[a-z]+", context.lower())
    for i, w in enumerate(words):
        if (
            w in ANONYMOUS_SPEAKERS
            and i > 0
            and words[i - 1] in ("a", "an", "the", "one", "his", "her", "their")
        ):
            return True
        if (
            w == "one"
            and i + 1 < len(words)
            and words[i + 1] in ("writing", "fan", "wrote", "said", "commented")
        ):
            return True
        if (
            w in ("fan", "fans")
            and i + 1 < len(words)
            and words[i + 1] in ("tweet", "account", "post", "comment", "wrote")
        ):
            return True
    return False


SPEECH_LEMMAS = {
    "say",
    "tell",
    "write",
    "add",
    "caption",
    "pen",
    "post",
    "reply",
    "comment",
    "explain",
    "insist",
    "reveal",
    "admit",
    "gush",
    "joke",
    "tweet",
    "declare",
    "recall",
    "call",
    "share",
    "describe",
    "confess",
    "announce",
    "confirm",
    "note",
    "quip",
    "laugh",
    "exclaim",
    "inform",
    "state",
    "assure",
    "reassure",
    "tease",
    "hint",
    "muse",
    "rave",
    "warn",
    "vow",
    "promise",
    "claim",
    "boast",
    "whisper",
    "sigh",
    "beg",
    "plead",
    "urge",
    "respond",
    "ask",
    "chime",
    "interject",
    "agree",
    "disagree",
    "echo",
    "reflect",
    "stress",
    "emphasise",
    "emphasize",
    "acknowledge",
}
