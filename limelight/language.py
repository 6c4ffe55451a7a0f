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
    language, _ = py3langid.classify(sample)
    return language or DEFAULT_LANGUAGE
