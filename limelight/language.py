"""Language identification of cleaned article text.

Owns the choice of detector (py3langid, which ships its own model, so no download)
and the fallback for texts too short to judge.
"""

from __future__ import annotations

import re

import py3langid

DEFAULT_LANGUAGE = "en"
# Below this many letters a detector guess is mostly noise.
MIN_LETTERS = 40

URL_OR_HANDLE = re.compile(r"https?://\S+|[@#]\w+")
# Emoji and symbols only confuse the character n-gram model.
NON_TEXT = re.compile(r"[^\w\s'’.,;:!?«»“”\"-]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``; "en" when the text is too short to tell."""
    sample = NON_TEXT.sub(" ", URL_OR_HANDLE.sub(" ", text))
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return DEFAULT_LANGUAGE
    voted = _function_word_vote(sample)
    if voted is not None:
        return voted
    language, _ = py3langid.classify(sample)
    return language or DEFAULT_LANGUAGE


# The commonest little words of the languages Limelight reads facts from, and of their
# neighbours. On a short text the character model can be far off ('dine in Rome' read as
# Norwegian); these words are not.
_FUNCTION_WORDS = {
    "en": set("the and of to in with was were on at is her his their she he they has have had for".split()),
    "es": set("el la los las de del que y en con por una un su sus es fue para al".split()),
    "fr": set("le la les de des du et en un une avec est sur pour au aux sa son ses qui".split()),
    # neighbours that share some of those words, so that they can outvote them
    "it": set("il lo gli della delle che di per con una un sono ha suo sua nel alla".split()),
    "pt": set("o os do da dos das com que em um uma não seu sua no na ao".split()),
    "de": set("der die das und mit ist ein eine den dem nicht hat sich auf zu".split()),
}
SHORT_TEXT_LETTERS = 600


def _function_word_vote(sample: str) -> str | None:
    """For a short text: the language whose little words make up a clear share of it."""
    if sum(ch.isalpha() for ch in sample) >= SHORT_TEXT_LETTERS:
        return None
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    if not words:
        return None
    counts = {lang: sum(w in little for w in words) for lang, little in _FUNCTION_WORDS.items()}
    best, runner = sorted(counts.values(), reverse=True)[:2]
    if best >= 3 and best >= 2 * runner and best >= 0.15 * len(words):
        return max(counts, key=counts.get)
    return None
